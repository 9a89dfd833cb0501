"""Quote page (`/quote?id=<quote_id>`): one quote in its paragraph, its speaker, its other mentions.

The paragraph that holds the quote is shown with the quote, the reporting verb (cue) and the
speaker mention highlighted; below come the speaker's canonical name and the mention as written, every mention of
the same claim (cluster) across articles on a timeline, and the source URL.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, helpers, nav
from tracker.store import Store


def _paragraph(q: dict, article: dict | None) -> str:
    """HTML of the paragraph holding the quote (falls back to the stored sentence)."""
    text = (article or {}).get("text") or ""
    spans = helpers.quote_spans(q)
    if text and spans and text[int(q["start"]):int(q["end"])] == q.get("text"):
        lo = min(s.start for s in spans)
        hi = max(s.end for s in spans)
        p0, p1 = helpers.paragraph_bounds(text, lo, hi)
        return helpers.paragraph_html(text[p0:p1], helpers.shift(spans, p0))
    sentence = q.get("sentence") or ""
    quote = q.get("text") or ""
    at = sentence.find(quote) if quote else -1
    local = [helpers.Span(at, at + len(quote), helpers.QUOTE)] if at >= 0 else []
    return helpers.paragraph_html(sentence or quote, local)


def _speaker_block(q: dict) -> None:
    """Canonical name, the mention as written (which often carries the role: « le Premier ministre
    britannique », « une source de l'Elysée proche du dossier ») and the speaker type.

    Uses only the quote record: `get_speaker` would add a scan of the quotes table for counts
    the Speakers page shows anyway."""
    name = components.speaker_label(q)
    written = q.get("speaker")
    components.html(helpers.meta_line(
        ("Speaker", name),
        ("as written", written if written and written != name else None),
        ("type", q.get("speaker_type")),
    ))
    if q.get("speaker_id"):
        st.page_link(nav.SPEAKERS, label="Speaker page: all their quotes, outlets, claims", icon=":material/person:",
                     query_params={"id": str(q["speaker_id"])})


def _id_picker() -> None:
    st.info("Open a quote from the Quotes page, or paste a quote id.")
    qid = st.text_input("Quote id", key="quote-id-input")
    if qid.strip():
        st.query_params["id"] = qid.strip()
        st.rerun()


def render(store: Store) -> None:
    components.css()
    st.title("Quote")
    qid = st.query_params.get("id")
    if not qid:
        _id_picker()
        return
    q = store.get_quote(qid)
    if not q:
        st.warning("No quote with this id in the database.")
        _id_picker()
        return
    components.html(helpers.blockquote_html(q.get("text")))
    components.html(helpers.meta_line(
        ("Said by", components.speaker_label(q)),
        ("outlet", q.get("outlet")),
        ("date", helpers.fmt_date(q.get("published"))),
        ("kind", q.get("kind")),
        ("verb", q.get("cue")),
        ("in a heading or teaser", "yes" if q.get("in_heading") else None),
        ("confidence", f"{float(q['confidence']):.2f}" if q.get("confidence") is not None else None),
    ))

    article = store.get_article(q["article_id"]) if q.get("article_id") else None
    st.subheader("In context")
    components.html(helpers.LEGEND)
    components.html(_paragraph(q, article))
    c1, c2 = st.columns(2)
    with c1:
        url = helpers.safe_url(q.get("url"))
        if url:
            st.link_button("Source article ↗", url)
            components.html(helpers.meta_line(("URL", url)))
        else:
            st.caption("No source URL recorded.")
    with c2:
        if q.get("article_id"):
            st.page_link(nav.ARTICLES, label="Whole article with its quotes", icon=":material/article:",
                         query_params={"id": str(q["article_id"])})

    st.subheader("Speaker")
    _speaker_block(q)

    st.subheader("Same claim elsewhere")
    cluster_id = q.get("cluster_id")
    if not cluster_id:
        st.caption("This quote is not grouped with any other mention.")
        return
    cluster = data.cached(store, "get_cluster", cluster_id)
    if cluster is not None and int(cluster.get("mentions") or 0) <= 1:
        st.caption("Seen only here so far: no other article reports this claim.")
        return
    mentions = data.cached(store, "cluster_mentions", cluster_id)
    st.caption(f"{mentions.height} mention(s) of this claim.")
    components.timeline(mentions, key="quote-timeline")
    st.page_link(nav.CLAIMS, label="Claim page", icon=":material/repeat:", query_params={"id": str(cluster_id)})


data.run_page(render)
