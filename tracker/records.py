"""Typed records passed between the pipeline stages.

ingest -> Article -> nlp (stanza Document) -> quotes (QuoteSpan) -> attribution (Quote)
-> dedup (cluster ids on Quote) -> store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["direct", "partial", "indirect"]
SpeakerType = Literal["person", "organization", "anonymous", "unknown"]


@dataclass
class Article:
    """One news article as read from any source, before any NLP."""

    id: str
    text: str
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    source: str | None = None  # path or URL it was read from


@dataclass
class Quote:
    """One quote mention in one article, with its attribution.

    `start`/`end` are character offsets of `text` in `Article.text`
    (text without the quotation marks)."""

    article_id: str
    text: str
    kind: Kind
    start: int
    end: int
    speaker: str | None = None
    speaker_canonical: str | None = None
    speaker_type: SpeakerType = "unknown"
    cue: str | None = None
    in_heading: bool = False
    confidence: float = 0.5
    sentence: str = ""
    cue_start: int | None = None  # offsets of the cue word in the article, for highlighting
    cue_end: int | None = None
    speaker_start: int | None = None  # offsets of the speaker mention, when in the text
    speaker_end: int | None = None
    cluster_id: str | None = None
    is_fragment: bool = False

    OUTPUT_KEYS = (
        "article_id", "text", "kind", "speaker", "speaker_canonical", "speaker_type",
        "cue", "start", "end", "in_heading", "confidence", "sentence",
    )

    def to_output(self) -> dict:
        """The record `tracker extract` prints (issue #3 key set)."""
        return {k: getattr(self, k) for k in self.OUTPUT_KEYS}
