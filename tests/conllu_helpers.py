"""Build stanza Documents from compact hand-written parses (for the tests of later stages)."""

from __future__ import annotations

from stanza.models.common.doc import Document
from stanza.utils.conll import CoNLL


def doc_from_rows(text: str, sentences: list[list[tuple]]) -> Document:
    """`sentences`: per sentence, rows (form, lemma, upos, head, deprel[, feats[, ner]]).

    Character offsets are found by searching each form in `text` from the previous one on."""
    pos = 0
    blocks = []
    for rows in sentences:
        lines = []
        for i, row in enumerate(rows, start=1):
            form, lemma, upos, head, deprel = row[:5]
            feats = row[5] if len(row) > 5 and row[5] else "_"
            ner = row[6] if len(row) > 6 else "O"
            start = text.index(form, pos)
            end = start + len(form)
            pos = end
            lines.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t{feats}\t{head}\t{deprel}\t_\t"
                         f"start_char={start}|end_char={end}|ner={ner}")
        blocks.append("\n".join(lines))
    return CoNLL.conll2doc(input_str="\n\n".join(blocks) + "\n\n")
