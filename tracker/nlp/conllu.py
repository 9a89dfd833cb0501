"""NLP stage helper: build stanza Documents from CoNLL-U, for unit tests of the later stages.

`ner=B-PER` (or `NER=`) in the MISC column becomes the token's entity tag; `doc.ents` is built."""

from __future__ import annotations

from stanza.models.common.doc import Document
from stanza.utils.conll import CoNLL


def doc_from_conllu(conllu: str) -> Document:
    doc = CoNLL.conll2doc(input_str=conllu)
    for token in doc.iter_tokens():
        if token.ner is None:
            token.ner = "O"
    doc.build_ents()
    return doc
