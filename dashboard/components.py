"""Building blocks shared by the pages: quote tables, timelines, escaped text blocks.

Tables go through `st.dataframe` (a canvas grid: cell text is never interpreted), untrusted
strings shown elsewhere go through `dashboard.helpers` and `st.html`. Row selection in a
table opens the matching detail page via `st.switch_page` with the id in the query string.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import polars as pl
import streamlit as st

from dashboard import data, helpers, nav
from tracker.store import Store

QUOTE_COLUMNS = ("text", "speaker", "speaker_type", "outlet", "published", "kind", "lang", "url")


def css() -> None:
    """Inject the dashboard's small stylesheet (style-only HTML takes no space on the page)."""
    st.html(helpers.CSS)


def html(fragment: str) -> None:
    """Show an HTML fragment built by `dashboard.helpers` (all untrusted parts escaped)."""
    st.html(fragment)


def heading(text: object, level: int = 2) -> None:
    """A heading whose text is shown literally (st.header would parse markdown)."""
    st.html(helpers.heading_html(text, level))


def safe_urls(df: pl.DataFrame, column: str = "url") -> pl.DataFrame:
    """Replace non-http(s) URLs by null, so a `javascript:` URL never becomes a link."""
    if column not in df.columns:
        return df
    return df.with_columns(pl.col(column).map_elements(helpers.safe_url, return_dtype=pl.Utf8))


def speaker_label(row: dict) -> str:
    """Canonical speaker name, else the mention as written, else 'unattributed'."""
    return str(row.get("speaker_canonical") or row.get("speaker") or "unattributed")


def quote_display(df: pl.DataFrame) -> pl.DataFrame:
    """The columns a reader needs, in reading order, from a `search_quotes`-shaped frame."""
    if "speaker_canonical" in df.columns and "speaker" in df.columns:
        df = df.with_columns(pl.coalesce("speaker_canonical", "speaker").alias("speaker"))
    df = safe_urls(df)
    cols = [c for c in QUOTE_COLUMNS if c in df.columns]
    return df.select(cols)


def quote_table(df: pl.DataFrame, key: str, height: int | str = "auto") -> None:
    """Show quotes as a table; returns nothing, but opens the Quote page when a row is picked."""
    shown = quote_display(df)
    event = st.dataframe(
        shown,
        key=key,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        height=height,
        column_config={
            "text": st.column_config.TextColumn("quote", width="large"),
            "speaker": st.column_config.TextColumn("speaker"),
            "speaker_type": st.column_config.TextColumn("speaker type"),
            "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "url": st.column_config.LinkColumn("article", display_text="source ↗"),
        },
    )
    picked = pick_row(event, df, "quote_id")
    if picked:
        st.switch_page(nav.QUOTE, query_params={"id": picked})


def pick_row(event: object, df: pl.DataFrame, column: str) -> str | None:
    """The `column` value of the row selected in a dataframe selection event, if any."""
    rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if rows and column in df.columns and 0 <= rows[0] < df.height:
        value = df[column][rows[0]]
        return None if value is None else str(value)
    return None


LIST_PAGE_SIZE = 100


def page_number(key: str) -> int:
    """The page asked for in the session or the URL (`?apage=3`); 1 when missing or not a number."""
    try:
        return max(1, int(st.session_state.get(key) or st.query_params.get(key) or 1))
    except (TypeError, ValueError):
        return 1


def paged_list(store: Store, method: str, *, page_key: str, table_key: str, id_column: str, target: str,
               empty: str, caption: str, columns: Callable[[pl.DataFrame], pl.DataFrame],
               column_config: dict[str, Any] | None = None, **query: Any) -> None:
    """One page of a store listing (`store.<method>(**query, limit, offset)`) as a table; picking a
    row opens `target?id=<id_column>`; a pager below while there is more. The listings have no
    count, so a page asks for one row more than it shows to know whether another page follows."""
    page = page_number(page_key)
    df = data.cached(store, method, limit=LIST_PAGE_SIZE + 1, offset=(page - 1) * LIST_PAGE_SIZE, **query)
    has_more = df.height > LIST_PAGE_SIZE
    df = df.head(LIST_PAGE_SIZE)
    if df.is_empty():
        st.info(empty)
    else:
        event = st.dataframe(columns(df), key=table_key, hide_index=True, on_select="rerun",
                             selection_mode="single-row", column_config=column_config or {})
        st.caption(caption)
        picked = pick_row(event, df, id_column)
        if picked:
            st.switch_page(target, query_params={"id": picked})
    pages = page + (1 if has_more else 0)
    if pages > 1:
        st.pagination(pages, key=page_key, bind="query-params", max_visible_pages=9)


def join_lists(df: pl.DataFrame, *cols: str) -> pl.DataFrame:
    """List columns shown as comma-separated text (the grid shows lists poorly)."""
    for col in cols:
        if col in df.columns and isinstance(df.schema[col], pl.List):
            df = df.with_columns(pl.col(col).cast(pl.List(pl.Utf8), strict=False).list.join(", "))
    return df


def timeline(df: pl.DataFrame, key: str, title: str = "Mentions over time") -> None:
    """Dot timeline of mentions (x: date, colour: outlet) plus the mention table."""
    if df.is_empty():
        st.info("No mentions.")
        return
    if "published" in df.columns and df["published"].drop_nulls().len():
        plot = df.with_columns(pl.col("published").cast(pl.Utf8).str.slice(0, 10).alias("date"))
        plot = plot.with_columns(pl.col("outlet").fill_null("unknown outlet") if "outlet" in plot.columns
                                 else pl.lit("unknown outlet").alias("outlet"))
        tooltip = [c for c in ("date", "outlet", "speaker", "title") if c in plot.columns]
        chart = (
            alt.Chart(plot.select([c for c in {"date", "outlet", *tooltip} if c in plot.columns]).to_pandas())
            .mark_circle(size=140, opacity=0.8)
            .encode(
                x=alt.X("date:T", title="date"),
                y=alt.Y("outlet:N", title=None),
                color=alt.Color("outlet:N", legend=None),
                tooltip=tooltip,
            )
            .properties(title=title, height=max(120, 32 * plot["outlet"].n_unique()))
        )
        st.altair_chart(chart, width="stretch")
    if "speaker_canonical" in df.columns and "speaker" in df.columns:
        df = df.with_columns(pl.coalesce("speaker_canonical", "speaker").alias("speaker"))
    cols = [c for c in ("published", "outlet", "speaker", "text", "title", "url", "quote_id") if c in df.columns]
    event = st.dataframe(
        safe_urls(df.select(cols)),
        key=key,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        column_config={
            "published": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "url": st.column_config.LinkColumn("article", display_text="source ↗"),
            "quote_id": None,
        },
    )
    picked = pick_row(event, df, "quote_id")
    if picked:
        st.switch_page(nav.QUOTE, query_params={"id": picked})


def bar_over_time(df: pl.DataFrame, x: str, y: str, title: str) -> None:
    """Bar chart of counts over dates (e.g. a speaker's quotes per day)."""
    if df.is_empty():
        st.info("Nothing to chart.")
        return
    plot = df.with_columns(pl.col(x).cast(pl.Utf8).str.slice(0, 10).alias(x)).drop_nulls(x)
    chart = (
        alt.Chart(plot.select(x, y).to_pandas())
        .mark_bar()
        .encode(x=alt.X(f"{x}:T", title="date"), y=alt.Y(f"{y}:Q", title=y), tooltip=[x, y])
        .properties(title=title, height=220)
    )
    st.altair_chart(chart, width="stretch")


def pager(total: int, size: int, key: str) -> int:
    """Page picker bound to the URL (`?{key}=N`); returns the 0-based offset."""
    pages = max(1, -(-total // size))
    if pages == 1:
        return 0
    page = st.pagination(pages, key=key, bind="query-params", max_visible_pages=9)
    return (min(max(1, int(page or 1)), pages) - 1) * size


def selectbox_options(values: Sequence[str], current: object) -> list[str]:
    """Options for a filter selectbox, with the current (e.g. URL-given) value kept in."""
    opts = [v for v in dict.fromkeys(values) if v]
    if isinstance(current, str) and current and current not in opts:
        opts.insert(0, current)
    return opts
