"""NLP stage, inference: swap a Stanza attribute for this project's version, and back.

Takes: an object (a class, a module), an attribute name, and a function that builds the replacement
from the original. Gives: the replacement installed once (idempotent), and `restore` to give Stanza
its own back (`pipeline.stock_inference` compares the two).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_originals: dict[tuple[int, str], tuple[Any, Any]] = {}


def replace(owner: Any, name: str, make: Callable[[Any], Any]) -> None:
    """Set `owner.name` to `make(original)` unless already replaced."""
    key = (id(owner), name)
    if key in _originals:
        return
    original = getattr(owner, name)
    _originals[key] = (owner, original)
    setattr(owner, name, make(original))


def restore(owner: Any, name: str) -> None:
    """Put the original `owner.name` back, if it was replaced."""
    entry = _originals.pop((id(owner), name), None)
    if entry is not None:
        setattr(owner, name, entry[1])
