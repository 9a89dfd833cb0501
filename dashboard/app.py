"""Dashboard entry point: `streamlit run dashboard/app.py` (database: $TRACKER_DB or tracker.duckdb).

This file is the router: it declares the pages with `st.navigation` and runs the selected
one. Every view has its own URL (`/`, `/quote?id=..`, `/speakers?id=..`, `/claims?id=..`,
`/articles?id=..`, `/export?..`) and keeps its filters in the query string, so any view can
be shared by copying the address bar.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run` puts only dashboard/ on sys.path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard.nav import PAGES  # noqa: E402

st.set_page_config(page_title="Quote tracker", page_icon="❝", layout="wide")

page = st.navigation(
    [st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path or None, default=p.default) for p in PAGES]
)
page.run()
