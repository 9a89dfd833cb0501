"""Exports (csv, parquet, json, xlsx) of quote listings; spreadsheet formulas neutralised."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from tracker.export import export_quotes, neutralise_formulas, to_csv, to_jsonl, write_frame
from tracker.records import Article, Quote
from tracker.store import QuoteFilter, Store

DANGEROUS = ["=HYPERLINK(\"http://evil\",\"x\")", "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd"]


@pytest.mark.parametrize("cell, expected", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2", "'-2"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Nous irons", "Nous irons"), ("a=b", "a=b"), ("« =1 »", "« =1 »"), ("", ""),
])
def test_neutralise_formulas(cell: str, expected: str) -> None:
    df = pl.DataFrame({"text": [cell], "n": [1]})
    assert neutralise_formulas(df)["text"][0] == expected


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "x.duckdb") as s:
        text = " ".join(f"« {d} », a dit Jean Dupont." for d in DANGEROUS)
        a = Article(id="evil", text=text, lang="fr", outlet="=cmd|' /C calc'!A0", published="2024-01-02")
        quotes = [Quote(article_id="evil", text=d, kind="direct", start=text.find(d), end=text.find(d) + len(d),
                        speaker="Jean Dupont") for d in DANGEROUS]
        s.upsert_article(a, quotes)
        yield s


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "xlsx"])
def test_export_formats(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"q.{fmt}"
    n = export_quotes(store, QuoteFilter(), fmt, out)
    assert n == len(DANGEROUS) and out.stat().st_size > 0
    if fmt == "csv":
        df = pl.read_csv(out)
        assert all(t.startswith("'") for t in df["text"].to_list())
        assert df["outlet"][0].startswith("'=")
        assert {"article_id", "cluster_id"} <= set(df.columns)
    elif fmt == "parquet":
        df = pl.read_parquet(out)
        assert sorted(df["text"].to_list()) == sorted(DANGEROUS)  # data formats keep the text as is
    elif fmt == "json":
        rows = json.loads(out.read_text(encoding="utf-8"))
        assert len(rows) == n and rows[0]["published"] == "2024-01-02"
    else:
        import zipfile

        with zipfile.ZipFile(out) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
            shared = z.read("xl/sharedStrings.xml").decode()
        assert "<f>" not in sheet  # no cell is a formula
        assert "'=HYPERLINK" in shared and "'@SUM(A1)" in shared


def test_export_filters_and_bad_target(store: Store, tmp_path: Path) -> None:
    assert export_quotes(store, QuoteFilter(search="sum"), "csv", tmp_path / "one.csv") == 1
    with pytest.raises(FileNotFoundError):
        export_quotes(store, QuoteFilter(), "csv", tmp_path / "nodir" / "x.csv")
    with pytest.raises(ValueError):
        write_frame(pl.DataFrame({"a": [1]}), "doc", tmp_path / "x.doc")


def test_text_rows(store: Store) -> None:
    df = store.search_quotes(QuoteFilter())
    lines = to_jsonl(df).splitlines()
    assert len(lines) == len(DANGEROUS) and json.loads(lines[0])["article_id"] == "evil"
    assert "'=HYPERLINK" in to_csv(df)


def test_jsonl_writes_iso_times_and_text_as_is() -> None:
    from datetime import datetime

    df = pl.DataFrame({"text": ["« Élysée »"], "at": [datetime(2024, 5, 1, 12, 30)]})
    line = to_jsonl(df)
    assert json.loads(line) == {"text": "« Élysée »", "at": "2024-05-01T12:30:00"} and "«" in line
    assert to_jsonl(df.clear()) == ""
