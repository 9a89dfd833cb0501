"""Files for the Export page: the filtered quote table as CSV, Parquet or XLSX bytes.

Writing is done by `tracker.export.write_frame` (which prefixes spreadsheet formulas with an
apostrophe in CSV and XLSX); this module only picks the columns and turns the file into bytes
for `st.download_button`. `builder` defers the work until the button is pressed and reads from
its own short-lived read-only store, since the page's store is closed by then.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import polars as pl

from dashboard import data
from tracker import export as export_module
from tracker.store import QuoteFilter

FORMATS = {"CSV": "csv", "Parquet": "parquet", "XLSX": "xlsx"}
MIMES = {
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
MAX_ROWS = {"csv": 1_000_000, "parquet": 1_000_000, "xlsx": 200_000}
EXPORT_COLUMNS = (
    "quote_id", "text", "kind", "speaker", "speaker_canonical", "speaker_type", "cue", "outlet", "published",
    "title", "url", "lang", "in_heading", "confidence", "article_id", "cluster_id",
)


def to_bytes(df: pl.DataFrame, fmt: str) -> bytes:
    """The file contents of `df` in `fmt` (csv|parquet|xlsx), written by tracker.export."""
    if fmt not in MIMES:
        raise ValueError(f"unknown export format {fmt!r}")
    with tempfile.TemporaryDirectory(prefix="tracker-export-") as tmp:
        out = Path(tmp) / f"quotes.{fmt}"
        export_module.write_frame(df, fmt, out)
        return out.read_bytes()


def rows(f: QuoteFilter, limit: int, path: Path | None = None) -> pl.DataFrame:
    """The quotes matching `f` (newest first, at most `limit`), export columns only."""
    store = data.open_store(path)
    try:
        df = store.search_quotes(f, limit=limit, offset=0)
    finally:
        store.close()
    return df.select([c for c in EXPORT_COLUMNS if c in df.columns])


def builder(f: QuoteFilter, fmt: str, limit: int, path: Path | None = None) -> Callable[[], bytes]:
    """A no-argument callable producing the file, for `st.download_button(data=...)`."""

    def build() -> bytes:
        return to_bytes(rows(f, limit, path), fmt)

    return build
