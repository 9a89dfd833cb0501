"""Export page (`/export?<quote filters>`): the Quotes page's current filtered table as a file.

The Quotes page links here with its filters in the query string, so an export URL is as
shareable as the view it came from. The file is built (by `dashboard.exporting`, through
`tracker.export`) only when the download button is pressed.
"""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, exporting, filters, helpers, nav
from tracker.store import Store


def render(store: Store) -> None:
    st.title("Export")
    params = {k: v for k, v in st.query_params.to_dict().items() if k in filters.FILTER_PARAMS}
    f = filters.filter_from_params(params)
    total = data.cached(store, "count_quotes", f)
    components.html(helpers.meta_line(("Filters:", filters.describe(f))))
    st.page_link(nav.QUOTES, label="Back to these quotes", icon=":material/arrow_back:", query_params=params)
    label = st.radio("Format", list(exporting.FORMATS), horizontal=True, key="format", bind="query-params")
    fmt = exporting.FORMATS[label or "CSV"]
    limit = min(total, exporting.MAX_ROWS[fmt])
    if total == 0:
        st.info("No quote matches these filters: nothing to export.")
        return
    if total > limit:
        st.warning(f"{total:,} quotes match; the {fmt.upper()} file holds the first {limit:,}. "
                   "Narrow the filters to export the rest.")
    else:
        st.write(f"{total:,} quotes will be exported.")
    st.download_button(
        f"Download {label}", data=exporting.builder(f, fmt, limit, data.db_path()), file_name=f"quotes.{fmt}",
        mime=exporting.MIMES[fmt], icon=":material/download:", type="primary", on_click="ignore",
    )
    with st.expander("Preview (first 20 rows)"):
        components.quote_table(store.search_quotes(f, limit=20), key="export-preview")


data.run_page(render)
