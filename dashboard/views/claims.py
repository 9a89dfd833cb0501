"""Repeated claims page: claims (quote clusters) seen in several articles, outlets or days,
ranked by spread with first and last seen (`/claims?min=2`), or one claim with every
mention on a timeline (`/claims?id=<cluster_id>`)."""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, helpers, nav
from tracker.store import Store


def _reset_page() -> None:
    st.session_state["cpage"] = 1


def _claim_list(store: Store) -> None:
    st.title("Repeated claims")
    st.caption("The same quote or claim reported by several articles, ranked by how far it spread.")
    min_articles = st.number_input("Seen in at least N articles", min_value=1, max_value=1000, value=2, step=1,
                                   key="min", bind="query-params", on_change=_reset_page)
    components.paged_list(
        store, "claims", page_key="cpage", table_key="claims-table", id_column="cluster_id", target=nav.CLAIMS,
        empty="No claim is repeated across that many articles yet.",
        caption="Pick a row to see every mention of the claim.",
        columns=lambda df: components.join_lists(df.drop([c for c in ("cluster_id",) if c in df.columns]),
                                                  "speakers", "outlet_list"),
        column_config={
            "text": st.column_config.TextColumn("claim", width="large"),
            "first_seen": st.column_config.DateColumn("first seen", format="YYYY-MM-DD"),
            "last_seen": st.column_config.DateColumn("last seen", format="YYYY-MM-DD"),
            "outlet_list": st.column_config.TextColumn("outlet list"),
        },
        min_articles=int(min_articles or 2),
    )


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
