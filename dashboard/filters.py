"""Quote filters <-> URL query parameters, shared by the Quotes and Export pages.

The query-string names are the widget keys on the Quotes page (widgets there are bound to the
URL with `bind="query-params"`), so `/?q=paix&outlet=Public+Sénat&since=2025-09-01` is a
shareable view and `/export?<same params>` exports exactly those rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from tracker.store import QuoteFilter

# query param -> QuoteFilter field (widget keys on the Quotes page)
TEXT_PARAMS = {
    "q": "search",
    "speaker": "speaker",
    "outlet": "outlet",
    "kind": "kind",
    "lang": "lang",
    "cluster": "cluster_id",
    "article": "article_id",
}
DATE_PARAMS = {"since": "since", "until": "until"}
HEADINGS = "headings"  # "true" -> include headings and teasers (hidden by default)
FILTER_PARAMS = (*TEXT_PARAMS, *DATE_PARAMS, HEADINGS)
KINDS = ("direct", "partial", "indirect")


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _iso(value: object) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    text = _clean(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None  # a bad date in a hand-edited URL is ignored, not an error


def _truthy(value: object) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "on")


def filter_from_params(params: Mapping[str, object]) -> QuoteFilter:
    """A QuoteFilter from query parameters or widget values (unknown keys are ignored)."""
    kwargs: dict[str, object] = {}
    for param, field in TEXT_PARAMS.items():
        kwargs[field] = _clean(params.get(param))
    for param, field in DATE_PARAMS.items():
        kwargs[field] = _iso(params.get(param))
    if kwargs.get("kind") not in (None, *KINDS):
        kwargs["kind"] = None
    kwargs["include_headings"] = _truthy(params.get(HEADINGS, False))
    return QuoteFilter(**kwargs)  # type: ignore[arg-type]


def params_from_filter(f: QuoteFilter) -> dict[str, str]:
    """Query parameters for `f`, leaving out defaults (so URLs stay short)."""
    out: dict[str, str] = {}
    for param, field in (*TEXT_PARAMS.items(), *DATE_PARAMS.items()):
        value = getattr(f, field, None)
        if value not in (None, ""):
            out[param] = str(value)
    if f.include_headings:
        out[HEADINGS] = "true"
    return out


def describe(f: QuoteFilter) -> str:
    """Plain-text summary of a filter, e.g. 'search "paix" · outlet Public Sénat'."""
    labels = {
        "search": "search", "speaker": "speaker", "outlet": "outlet", "kind": "kind", "lang": "language",
        "cluster_id": "claim", "article_id": "article", "since": "from", "until": "to",
    }
    bits = []
    for field, label in labels.items():
        value = getattr(f, field, None)
        if value not in (None, ""):
            bits.append(f'{label} "{value}"' if field == "search" else f"{label} {value}")
    bits.append("headings and teasers included" if f.include_headings else "headings and teasers hidden")
    return " · ".join(bits)
