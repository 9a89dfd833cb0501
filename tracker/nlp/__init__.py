"""NLP stage: text -> stanza Document (sentences, words, lemmas, POS, dependencies, entities).

API used by the later stages:
    segment(text, lang)               -> Document with tokenize + mwt only (fast, char offsets)
    segment_many(texts, lang)         -> the same for several texts in one batch (faster)
    annotate(doc, sentence_ids, lang) -> runs pos, lemma, depparse, ner on those sentences, in place
    annotate_many([(doc, ids)], lang) -> the same for several documents in one batch (faster)
    parse(text, lang)                 -> full pipeline on every sentence
    doc_from_conllu(conllu)           -> Document from CoNLL-U (tests of later stages)
    models_available(lang)            -> whether a model set exists for the language
"""

from tracker.nlp.conllu import doc_from_conllu
from tracker.nlp.models import ModelError, find_models, models_available
from tracker.nlp.pipeline import annotate, annotate_many, parse, segment, segment_many

__all__ = ["ModelError", "annotate", "annotate_many", "doc_from_conllu", "find_models", "models_available", "parse",
           "segment", "segment_many"]
