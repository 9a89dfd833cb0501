"""Articles page: the article list (`/articles`), or one article (`/articles?id=<article_id>`)
shown in full with its quotes highlighted inline and each quote's speaker tagged after it."""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, helpers, nav
from tracker.store import Store


def _article_list(store: Store) -> None:
    st.title("Articles")
    components.paged_list(
        store, "articles", page_key="apage", table_key="articles-table", id_column="id", target=nav.ARTICLES,
        empty="No articles in the database yet.", caption="Pick a row to read the article with its quotes.",
        columns=lambda df: components.safe_urls(
            df.select([c for c in ("published", "outlet", "title", "lang", "n_quotes", "url") if c in df.columns])),
        column_config={
            "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "title": st.column_config.TextColumn("title", width="large"),
            "n_quotes": st.column_config.NumberColumn("quotes"),
            "url": st.column_config.LinkColumn("source", display_text="source ↗"),
        },
    )


def _spans(quotes) -> list[helpers.Span]:
    spans: list[helpers.Span] = []
    for q in quotes.iter_rows(named=True):
        who = components.speaker_label(q)
        spans += helpers.quote_spans(q, label=who, title=f"{who} · {q.get('kind') or ''}".strip(" ·"))
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
