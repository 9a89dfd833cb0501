"""NLP stage: text -> stanza Document (sentences, words, lemmas, POS, dependencies, entities).

API used by the later stages:
    segment(text, lang)               -> Document with tokenize + mwt only (fast, char offsets)
    annotate(doc, sentence_ids, lang) -> runs pos, lemma, depparse, ner on those sentences, in place
    parse(text, lang)                 -> full pipeline on every sentence
    doc_from_conllu(conllu)           -> Document from CoNLL-U (tests of later stages)
    models_available(lang)            -> whether a model set exists for the language
"""

from tracker.nlp.conllu import doc_from_conllu
from tracker.nlp.models import ModelError, find_models, models_available
from tracker.nlp.pipeline import annotate, parse, segment

__all__ = ["ModelError", "annotate", "doc_from_conllu", "find_models", "models_available", "parse", "segment"]
