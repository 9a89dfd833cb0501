"""Articles page: the article list (`/articles`), or one article (`/articles?id=<article_id>`)
shown in full with its quotes highlighted inline and each quote's speaker tagged after it."""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, helpers, nav
from tracker.store import Store

PAGE_SIZE = 100


def _article_list(store: Store) -> None:
    st.title("Articles")
    page = int(st.session_state.get("apage") or st.query_params.get("apage") or 1)
    offset = (max(1, page) - 1) * PAGE_SIZE
    df = data.cached(store, "articles", limit=PAGE_SIZE + 1, offset=offset)
    has_more = df.height > PAGE_SIZE
    df = df.head(PAGE_SIZE)
    if df.is_empty():
        st.info("No articles in the database yet.")
    else:
        cols = [c for c in ("published", "outlet", "title", "lang", "quotes", "url") if c in df.columns]
        event = st.dataframe(
            components.safe_urls(df.select(cols)), key="articles-table", hide_index=True,
            on_select="rerun", selection_mode="single-row",
            column_config={
                "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                "title": st.column_config.TextColumn("title", width="large"),
                "url": st.column_config.LinkColumn("source", display_text="source ↗"),
            },
        )
        st.caption("Pick a row to read the article with its quotes.")
        picked = components.pick_row(event, df, "id" if "id" in df.columns else "article_id")
        if picked:
            st.switch_page(nav.ARTICLES, query_params={"id": picked})
    pages = page + (1 if has_more else 0)
    if pages > 1:
        st.pagination(pages, key="apage", bind="query-params", max_visible_pages=9)


def _spans(quotes) -> list[helpers.Span]:
    spans: list[helpers.Span] = []
    for q in quotes.iter_rows(named=True):
        if q.get("start") is None or q.get("end") is None:
            continue
        who = components.speaker_label(q)
        title = f"{who} · {q.get('kind') or ''}".strip(" ·")
        spans.append(helpers.Span(int(q["start"]), int(q["end"]), helpers.QUOTE, label=who, title=title))
        if q.get("cue_start") is not None and q.get("cue_end") is not None:
            spans.append(helpers.Span(int(q["cue_start"]), int(q["cue_end"]), helpers.CUE))
        if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
            spans.append(helpers.Span(int(q["speaker_start"]), int(q["speaker_end"]), helpers.SPEAKER))
    return spans


def _article(store: Store, article_id: str) -> None:
    art = store.get_article(article_id)
    if not art:
        st.title("Article")
        st.warning("No article with this id in the database.")
        st.page_link(nav.ARTICLES, label="All articles", icon=":material/article:")
        return
    components.heading(art.get("title") or "Untitled article", 1)
    components.html(helpers.meta_line(
        ("outlet", art.get("outlet")),
        ("date", helpers.fmt_date(art.get("published"))),
        ("language", art.get("lang")),
    ))
    url = helpers.safe_url(art.get("url"))
    c1, c2, c3 = st.columns(3)
    if url:
        c1.link_button("Source article ↗", url)
    c2.page_link(nav.QUOTES, label="These quotes in the quote table", icon=":material/format_quote:",
                 query_params={"article": article_id, "headings": "true"})
    c3.page_link(nav.ARTICLES, label="All articles", icon=":material/article:")

    quotes = data.cached(store, "article_quotes", article_id)
    st.caption(f"{quotes.height} quote(s) found in this article.")
    components.html(helpers.LEGEND)
    components.html(helpers.article_html(art.get("text") or "", _spans(quotes)))
    if not quotes.is_empty():
        st.subheader("Quotes")
        components.quote_table(quotes, key="article-quotes")


def render(store: Store) -> None:
    components.css()
    article_id = st.query_params.get("id")
    if article_id:
        _article(store, article_id)
    else:
        _article_list(store)


data.run_page(render)
