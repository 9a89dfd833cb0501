"""Text normalisation shared by the stages (quotes, attribution, dedup, evaluate): accents dropped.

Takes a string, gives it back with every diacritic removed (NFKD, combining marks dropped), and
lowercased by `fold`, the way search, clustering, attribution and scoring compare words however they
are written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _accent_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0xA0, 0x300):  # Latin-1 supplement to spacing modifiers: one lookup per character
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch:
            table[cp] = base
    for cp in range(0x300, 0x370):  # combining marks left over from decomposed input
        if unicodedata.combining(chr(cp)):
            table[cp] = None
    return table


_ACCENTS = _accent_table()
_BEYOND_TABLE = re.compile("[^\x00-\u036f]")


def strip_accents(text: str) -> str:
    """`text` without its diacritics ("Élysée" -> "Elysee"); one table lookup per Latin character, the
    same result as NFKD with its combining marks dropped."""
    if text.isascii():
        return text
    t = text.translate(_ACCENTS)
    if _BEYOND_TABLE.search(t) is None:
        return t
    return _BEYOND_TABLE.sub(_strip_one, t)


@lru_cache(maxsize=4096)
def _strip_char(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _strip_one(m: re.Match[str]) -> str:
    return _strip_char(m.group())


def fold(text: str) -> str:
    """Lowercase, accents dropped: words compared however they are written ("Élysée" -> "elysee")."""
    return strip_accents(text).lower()
