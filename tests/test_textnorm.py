"""Accent folding shared by the stages (tracker.textnorm)."""

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tracker.textnorm import strip_accents


def _nfkd_without_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize("text, expected", [
    ("Élysée", "Elysee"),
    ("e\u0301te\u0301", "ete"),          # decomposed input: the combining marks go
    ("ĳ ½ ﬁ", "ij 1⁄2 fi"),              # compatibility forms are spelled out
    ("ʰ", "h"),                           # a spacing modifier letter, at the table's edge
    ("Mohammed ben Salmane", "Mohammed ben Salmane"),
    # what must NOT change: letters without a diacritic, œ (a letter of its own), the grapheme
    # joiner (no combining class), non-Latin scripts' base letters
    ("œuvre", "œuvre"),
    ("a\u034fb", "a\u034fb"),
    ("Москва", "Москва"),
])
def test_strip_accents(text: str, expected: str) -> None:
    assert strip_accents(text) == expected


@given(st.text())
@example("Ça a été « déjà vu » ʰ\u034f ё й")
def test_strip_accents_is_nfkd_without_marks(text: str) -> None:
    assert strip_accents(text) == _nfkd_without_marks(text)
