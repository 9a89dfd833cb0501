"""Repeated claims page: claims (quote clusters) seen in several articles, outlets or days,
ranked by spread with first and last seen (`/claims?min=2`), or one claim with every
mention on a timeline (`/claims?id=<cluster_id>`)."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import components, data, helpers, nav
from tracker.store import Store

PAGE_SIZE = 100


def _reset_page() -> None:
    st.session_state["cpage"] = 1


def _claim_list(store: Store) -> None:
    st.title("Repeated claims")
    st.caption("The same quote or claim reported by several articles, ranked by how far it spread.")
    min_articles = st.number_input("Seen in at least N articles", min_value=1, max_value=1000, value=2, step=1,
                                   key="min", bind="query-params", on_change=_reset_page)
    page = int(st.session_state.get("cpage") or st.query_params.get("cpage") or 1)
    offset = (max(1, page) - 1) * PAGE_SIZE
    df = data.cached(store, "claims", min_articles=int(min_articles or 2), limit=PAGE_SIZE + 1, offset=offset)
    has_more = df.height > PAGE_SIZE
    df = df.head(PAGE_SIZE)
    if df.is_empty():
        st.info("No claim is repeated across that many articles yet.")
    else:
        shown = df.drop([c for c in ("cluster_id",) if c in df.columns])
        for col in ("speakers", "outlet_list"):
            if col in shown.columns and isinstance(shown.schema[col], pl.List):
                shown = shown.with_columns(pl.col(col).cast(pl.List(pl.Utf8), strict=False).list.join(", "))
        event = st.dataframe(
            shown, key="claims-table", hide_index=True, on_select="rerun", selection_mode="single-row",
            column_config={
                "text": st.column_config.TextColumn("claim", width="large"),
                "first_seen": st.column_config.DateColumn("first seen", format="YYYY-MM-DD"),
                "last_seen": st.column_config.DateColumn("last seen", format="YYYY-MM-DD"),
                "outlet_list": st.column_config.TextColumn("outlet list"),
            },
        )
        st.caption("Pick a row to see every mention of the claim.")
        picked = components.pick_row(event, df, "cluster_id")
        if picked:
            st.switch_page(nav.CLAIMS, query_params={"id": picked})
    pages = page + (1 if has_more else 0)
    if pages > 1:
        st.pagination(pages, key="cpage", bind="query-params", max_visible_pages=9)


def _claim(store: Store, cluster_id: str) -> None:
    st.title("Claim")
    cluster = data.cached(store, "get_cluster", cluster_id)
    mentions = data.cached(store, "cluster_mentions", cluster_id)
    if not cluster and mentions.is_empty():
        st.warning("No claim with this id in the database.")
        st.page_link(nav.CLAIMS, label="All repeated claims", icon=":material/repeat:")
        return
    cluster = cluster or {}
    text = cluster.get("text") or (mentions["text"][0] if "text" in mentions.columns and mentions.height else "")
    components.html(helpers.blockquote_html(text))
    components.html(helpers.meta_line(
        ("mentions", cluster.get("mentions", mentions.height)),
        ("articles", cluster.get("articles")),
        ("outlets", cluster.get("outlets")),
        ("days", cluster.get("days")),
        ("first seen", helpers.fmt_date(cluster.get("first_seen"))),
        ("last seen", helpers.fmt_date(cluster.get("last_seen"))),
    ))
    c1, c2 = st.columns(2)
    c1.page_link(nav.QUOTES, label="These mentions in the quote table", icon=":material/format_quote:",
                 query_params={"cluster": cluster_id, "headings": "true"})
    c2.page_link(nav.CLAIMS, label="All repeated claims", icon=":material/repeat:")
    components.timeline(mentions, key="claim-timeline")


def render(store: Store) -> None:
    components.css()
    cluster_id = st.query_params.get("id")
    if cluster_id:
        _claim(store, cluster_id)
    else:
        _claim_list(store)


data.run_page(render)
