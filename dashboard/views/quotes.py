"""Quotes page (the home page): search and filter every quote, one page of rows at a time.

Every widget is bound to the URL (`bind="query-params"`), so the address bar always holds the
current view: `/?q=camp+de+la+paix&outlet=Public+Sénat&page=2`. Search ignores case and
accents (done by the store). Picking a row opens that quote.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, filters, helpers, nav
from tracker.store import Store

PAGE_SIZES = (25, 50, 100, 200)


def _reset_page() -> None:
    st.session_state["page"] = 1


def _filter_widgets(store: Store) -> dict[str, object]:
    """The filter bar; returns the widget values keyed by query-param name."""
    path, stamp = data.key()
    values: dict[str, object] = {}
    values["q"] = st.text_input(
        "Search quotes", key="q", bind="query-params", on_change=_reset_page,
        placeholder="words from the quote, any case, with or without accents",
    )
    c1, c2, c3, c4 = st.columns([3, 3, 2, 2])
    with c1:
        values["speaker"] = _facet("Speaker", "speaker", data.top_speakers(store, path, stamp), "any speaker", True)
    with c2:
        values["outlet"] = _facet("Outlet", "outlet", data.outlets(store, path, stamp), "any outlet", True)
    with c3:
        values["since"] = st.date_input(
            "From", value=None, key="since", bind="query-params", on_change=_reset_page, format="YYYY-MM-DD",
        )
    with c4:
        values["until"] = st.date_input(
            "To", value=None, key="until", bind="query-params", on_change=_reset_page, format="YYYY-MM-DD",
        )
    c5, c6, c7 = st.columns([2, 2, 4])
    with c5:
        values["kind"] = st.selectbox(
            "Kind", filters.KINDS, index=None, key="kind", bind="query-params",
            placeholder="any kind", on_change=_reset_page,
        )
    with c6:
        values["lang"] = _facet("Language", "lang", data.langs(store, path, stamp), "any language", False)
    with c7:
        st.write("")
        values["headings"] = st.checkbox(
            "Include headings and teasers", key="headings", bind="query-params", on_change=_reset_page,
            help="Quotes in titles, subtitles and teasers of other articles are hidden unless this is on.",
        )
    return values


def _facet(label: str, key: str, values: list[str], placeholder: str, accept_new: bool) -> str | None:
    """A filter selectbox bound to `?{key}=`, keeping a value given in the URL among its options
    (`accept_new`: a value typed in, e.g. a speaker beyond the listed ones)."""
    current = st.session_state.get(key) or st.query_params.get(key)
    return st.selectbox(label, components.selectbox_options(values, current), index=None, key=key,
                        bind="query-params", accept_new_options=accept_new, placeholder=placeholder,
                        on_change=_reset_page)


def _scope_params() -> dict[str, str]:
    """Filters that come from links, not widgets: a claim (cluster) or an article."""
    out: dict[str, str] = {}
    for name in ("cluster", "article"):
        value = st.query_params.get(name)
        if value:
            out[name] = value
    return out


def render(store: Store) -> None:
    components.css()
    st.title("Quotes")
    values = _filter_widgets(store)
    scope = _scope_params()
    f = filters.filter_from_params({**values, **scope})
    if scope:
        c1, c2 = st.columns([6, 1])
        with c1:
            names = {"cluster": "claim", "article": "article"}
            components.html(helpers.meta_line(*((f"Restricted to {names[k]}", v) for k, v in scope.items())))
        if c2.button("Clear", key="clear-scope"):
            for name in scope:
                del st.query_params[name]
            st.rerun()

    total = data.cached(store, "count_quotes", f)
    size_col, count_col, export_col = st.columns([1, 4, 1])
    with size_col:
        size = st.selectbox("Rows per page", PAGE_SIZES, index=1, key="size", bind="query-params",
                            on_change=_reset_page)
    size = int(size or 50)
    with count_col:
        st.write("")
        st.markdown(f"**{total:,}** quotes" + (" match" if total else ""))
    with export_col:
        st.write("")
        st.page_link(nav.EXPORT, label="Export", icon=":material/download:",
                     query_params=filters.params_from_filter(f))
    offset = components.pager(total, size, key="page")
    rows = data.cached(store, "search_quotes", f, limit=size, offset=offset)
    if rows.is_empty():
        st.info("No quote matches these filters." if total == 0 else "This page is empty.")
        return
    st.caption(f"Rows {offset + 1:,}–{offset + rows.height:,} of {total:,}. Pick a row to open the quote.")
    components.quote_table(rows, key="quotes-table")


data.run_page(render)
