"""Escaping and highlighting: the only place where untrusted text becomes HTML.

Every string that comes from an article (text, title, outlet, speaker names, quotes) goes
through `html.escape` here before it reaches `st.html`; nothing here emits markdown, so
markdown or Streamlit directives inside a quote (`**`, `[x](javascript:..)`, `:red[..]`, `$..$`)
are shown as they are. Pure functions, no Streamlit import, so they are unit-testable.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

# Classes used by `highlight`; styled by `CSS`.
QUOTE, CUE, SPEAKER = "hl-quote", "hl-cue", "hl-speaker"

CSS = """
<style>
.qt-text { line-height: 1.65; white-space: normal; overflow-wrap: anywhere; }
.qt-text p { margin: 0 0 0.8em 0; }
.qt-text .hl-quote { background: rgba(255, 214, 10, 0.35); border-radius: 3px; padding: 0 1px; }
.qt-text .hl-cue { background: rgba(0, 160, 255, 0.30); border-bottom: 2px solid rgba(0, 120, 220, 0.9); }
.qt-text .hl-speaker { background: rgba(40, 200, 120, 0.30); border-bottom: 2px solid rgba(20, 150, 80, 0.9); }
.qt-text .hl-heading { opacity: 0.75; }
.qt-text .qt-who { font-size: 0.75em; font-weight: 600; margin-left: 3px; padding: 0 4px; border-radius: 3px;
  background: rgba(128, 128, 128, 0.18); vertical-align: super; }
.qt-legend span { margin-right: 1em; padding: 0 4px; border-radius: 3px; }
.qt-meta { color: rgba(128, 128, 128, 1); font-size: 0.9em; }
</style>
"""

LEGEND = (
    '<div class="qt-text qt-legend"><span class="hl-quote">quote</span>'
    '<span class="hl-cue">reporting verb</span><span class="hl-speaker">speaker</span></div>'
)

_SAFE_SCHEMES = ("http", "https")


def esc(value: object) -> str:
    """HTML-escape any value (None -> empty string), quotes included."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def safe_url(url: object) -> str | None:
    """Return `url` if it is an absolute http(s) URL, else None (no javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ch in url for ch in "\x00\r\n\t "):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return url


def fmt_date(value: object) -> str:
    """YYYY-MM-DD for dates, datetimes and ISO strings; '' for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


@dataclass(frozen=True)
class Span:
    """A highlighted region `[start, end)` of a text, with a CSS class.

    `label`, when set, is shown as a small tag right after the span (e.g. the speaker of a
    quote); `title` becomes the hover tooltip. Both are escaped."""

    start: int
    end: int
    cls: str
    label: str | None = None
    title: str | None = None


def highlight(text: str, spans: Iterable[Span]) -> str:
    """Escaped HTML of `text` with `spans` wrapped in `<span class=...>`.

    Spans may overlap or nest (a speaker inside a quote); the text is cut at every span
    boundary and each piece gets the classes of all spans covering it. Spans outside the text
    are clipped; empty ones are dropped. Newlines become `<br>`."""
    n = len(text)
    clean = []
    for s in spans:
        a, b = max(0, min(n, int(s.start))), max(0, min(n, int(s.end)))
        if b > a:
            clean.append(Span(a, b, s.cls, s.label, s.title))
    bounds = sorted({0, n, *(s.start for s in clean), *(s.end for s in clean)})
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = _text_html(text[a:b])
        covering = [s for s in clean if s.start <= a and b <= s.end]
        if covering:
            classes = " ".join(dict.fromkeys(s.cls for s in covering))
            titles = [s.title for s in covering if s.title]
            title_attr = f' title="{esc(titles[-1])}"' if titles else ""
            piece = f'<span class="{esc(classes)}"{title_attr}>{piece}</span>'
        out.append(piece)
        for s in clean:
            if s.end == b and s.label:
                out.append(f'<span class="qt-who">{esc(s.label)}</span>')
    return "".join(out)


def _text_html(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def paragraph_bounds(text: str, start: int, end: int, max_chars: int = 3000) -> tuple[int, int]:
    """The line (paragraph) of `text` that contains `[start, end)`, widened to whole lines.

    Paragraphs are lines (the corpus separates them by newlines, often blank lines). When the
    paragraph is longer than `max_chars` it is cut around the span at sentence-ish limits."""
    n = len(text)
    start, end = max(0, min(n, start)), max(0, min(n, end))
    if end < start:
        start, end = end, start
    p0 = text.rfind("\n", 0, start) + 1
    p1 = text.find("\n", end)
    p1 = n if p1 == -1 else p1
    if p1 - p0 > max_chars:
        half = max(0, (max_chars - (end - start)) // 2)
        p0, p1 = max(p0, start - half), min(p1, end + half)
    return p0, p1


def quote_spans(q: dict, label: str | None = None, title: str | None = None) -> list[Span]:
    """Highlight spans of one quote row: the quote itself, its reporting verb and its speaker mention
    (offsets into the article text; those not recorded are left out)."""
    if q.get("start") is None or q.get("end") is None:
        return []
    spans = [Span(int(q["start"]), int(q["end"]), QUOTE, label=label, title=title)]
    if q.get("cue_start") is not None and q.get("cue_end") is not None:
        spans.append(Span(int(q["cue_start"]), int(q["cue_end"]), CUE))
    if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
        spans.append(Span(int(q["speaker_start"]), int(q["speaker_end"]), SPEAKER))
    return spans


def paragraph_html(text: str, spans: Sequence[Span], extra_class: str = "") -> str:
    """One `<div class="qt-text">` with `text` highlighted by `spans` (offsets in `text`)."""
    cls = "qt-text" + (f" {extra_class}" if extra_class else "")
    return f'<div class="{esc(cls)}">{highlight(text, spans)}</div>'


def shift(spans: Iterable[Span], offset: int) -> list[Span]:
    """Spans moved by `-offset` (article offsets -> offsets in an excerpt starting at `offset`)."""
    return [Span(s.start - offset, s.end - offset, s.cls, s.label, s.title) for s in spans]


def article_html(text: str, spans: Sequence[Span]) -> str:
    """Whole article as `<p>` paragraphs (split on blank lines/newlines) with spans highlighted.

    Offsets in `spans` are offsets in `text`; spans that cross a paragraph break are cut."""
    parts: list[str] = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.start(), m.end()
        local = [Span(max(s.start, a) - a, min(s.end, b) - a, s.cls, s.label if s.end <= b else None, s.title)
                 for s in spans if s.start < b and s.end > a]
        parts.append(f"<p>{highlight(m.group(0), local)}</p>")
    return '<div class="qt-text">' + "".join(parts) + "</div>"


def meta_line(*items: tuple[str, object]) -> str:
    """`label: value · label: value` line, escaped, skipping empty values."""
    bits = [f"<b>{esc(k)}</b> {esc(v)}" for k, v in items if v not in (None, "")]
    return '<div class="qt-meta">' + " · ".join(bits) + "</div>"


def heading_html(text: object, level: int = 2) -> str:
    """A heading with escaped text (Streamlit's st.header would interpret markdown)."""
    level = min(6, max(1, level))
    return f"<h{level}>{esc(text)}</h{level}>"


def blockquote_html(text: object) -> str:
    """A quote shown as escaped text in a blockquote."""
    return f'<blockquote class="qt-text">« {_text_html(str(text or ""))} »</blockquote>'
