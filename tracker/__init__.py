"""Quote and claim attribution tracker: who said what, when and where.

Pipeline stages (one module each): ingest -> nlp -> quotes -> attribution -> dedup -> store.
"""

__version__ = "0.1.0"
