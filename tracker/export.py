"""Export stage: store listings -> files (csv, parquet, json, xlsx) and printable rows.

Takes: polars DataFrames from `tracker.store.Store` (quotes matching a `QuoteFilter`, claims, ...).
Gives: files written with polars (xlsx through xlsxwriter) and text rows for the CLI (jsonl, csv).

Spreadsheet safety: in csv and xlsx output every text cell that a spreadsheet would read as a formula
(starting with = + - @, or a tab / carriage return) is prefixed with an apostrophe. Parquet and JSON keep
the text as it is (they are data formats, not opened as sheets).
"""

from __future__ import annotations

import io
from pathlib import Path

import polars as pl

from tracker.store import QuoteFilter, Store

FORMATS = ("csv", "parquet", "json", "xlsx")
_FORMULA_START = r"^[=+\-@\t\r]"


def flatten_lists(df: pl.DataFrame, sep: str = "; ") -> pl.DataFrame:
    """List columns (aliases, speakers, outlets) joined into one string, for flat formats."""
    cols = [pl.col(name).list.eval(pl.element().cast(pl.String)).list.join(sep).alias(name)
            for name, dtype in df.schema.items() if isinstance(dtype, pl.List)]
    return df.with_columns(cols) if cols else df


def neutralise_formulas(df: pl.DataFrame) -> pl.DataFrame:
    """Prefix with ' every string cell a spreadsheet would evaluate as a formula."""
    cols = [pl.when(pl.col(name).str.contains(_FORMULA_START)).then(pl.lit("'") + pl.col(name))
            .otherwise(pl.col(name)).alias(name)
            for name, dtype in df.schema.items() if dtype == pl.String]
    return df.with_columns(cols) if cols else df


def spreadsheet_safe(df: pl.DataFrame) -> pl.DataFrame:
    return neutralise_formulas(flatten_lists(df))


def write_frame(df: pl.DataFrame, fmt: str, out: str | Path) -> int:
    """Write a DataFrame as csv|parquet|json|xlsx; returns the number of rows written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if out.parent and not out.parent.exists():
        raise FileNotFoundError(f"{out.parent}: no such directory")
    if fmt == "csv":
        spreadsheet_safe(df).write_csv(out)
    elif fmt == "parquet":
        df.write_parquet(out)
    elif fmt == "json":
        _iso_times(df).write_json(out)
    else:
        _write_xlsx(spreadsheet_safe(df), out)
    return df.height


def _write_xlsx(df: pl.DataFrame, out: Path) -> None:
    import xlsxwriter

    # strings_to_formulas/urls off: cell text is always written as text, never evaluated.
    wb = xlsxwriter.Workbook(str(out), {"strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False})
    try:
        df.write_excel(workbook=wb, worksheet="quotes", autofit=False)
    finally:
        wb.close()


def export_quotes(store: Store, f: QuoteFilter, fmt: str, out: str | Path, limit: int | None = None) -> int:
    """All quotes matching the filter (newest first) written to `out`; returns the row count."""
    return write_frame(store.search_quotes(f, limit=limit), fmt, out)


def _iso_times(df: pl.DataFrame) -> pl.DataFrame:
    """Datetime columns as ISO 8601 text (`2024-05-01T12:00:00`); dates are already written so."""
    cols = [pl.col(name).dt.strftime("%Y-%m-%dT%H:%M:%S").alias(name)
            for name, dtype in df.schema.items() if isinstance(dtype, pl.Datetime)]
    return df.with_columns(cols) if cols else df


def to_jsonl(df: pl.DataFrame) -> str:
    """One JSON object per row (polars writes them: about 10x faster than a Python loop at 200 k rows)."""
    return _iso_times(df).write_ndjson() if df.height else ""


def to_csv(df: pl.DataFrame) -> str:
    buf = io.StringIO()
    spreadsheet_safe(df).write_csv(buf)
    return buf.getvalue()
