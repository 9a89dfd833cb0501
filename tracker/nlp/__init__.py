"""NLP stage: text -> stanza Document (sentences, words, lemmas, POS, dependencies, entities).

API used by the later stages:
    segment(text, lang)            -> Document with tokenize + mwt only (fast, char offsets)
    annotate(doc, sentence_ids, lang) -> runs pos, lemma, depparse, ner on those sentences, in place
    parse(text, lang)              -> full pipeline on every sentence
    doc_from_conllu(conllu)        -> Document from CoNLL-U (tests of later stages)
"""
