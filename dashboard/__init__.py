"""Streamlit dashboard over the quote store: who said what, when and where.

`dashboard/app.py` is the entry point (`streamlit run dashboard/app.py`); each page lives in
`dashboard/views/`. The dashboard reads the database only through `tracker.store.Store`, opened
read-only, and shows untrusted text (articles, quotes, names) only as escaped text.
"""
