"""CLI for the store: ingest, quotes, speakers, clusters, claims, stats, export.

Takes: command-line arguments. Gives: listings on stdout (table, jsonl or csv), one-line errors on stderr,
exit status 0, or 1 when any input failed or the store could not be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import polars as pl

from tracker.export import FORMATS, export_quotes, to_csv, to_jsonl
from tracker.store import QuoteFilter, Store, StoreError

LIST_FORMATS = ("table", "jsonl", "csv")

# Columns shown by --format table (jsonl/csv carry every column).
_TABLE_COLS = {
    "quotes": ["published", "outlet", "speaker_canonical", "kind", "text", "cluster_id", "article_id"],
    "speakers": ["speaker_id", "name", "type", "quotes", "articles", "outlets", "first_seen", "last_seen"],
    "clusters": ["cluster_id", "mentions", "articles", "outlets", "first_seen", "last_seen", "text"],
    "claims": ["cluster_id", "articles", "outlets", "days", "first_seen", "last_seen", "speakers", "text"],
}


def _err(msg: str) -> None:
    print(f"tracker: {msg}", file=sys.stderr)


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="DuckDB file (default: $TRACKER_DB or ./tracker.duckdb)")


def _add_format(p: argparse.ArgumentParser, extra: tuple[str, ...] = ()) -> None:
    p.add_argument("--format", choices=LIST_FORMATS + extra, default="table")


def _add_quote_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", help="text in the quote or speaker (case and accents ignored)")
    p.add_argument("--speaker", help="speaker id, name or alias")
    p.add_argument("--outlet")
    p.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    p.add_argument("--kind", choices=("direct", "partial", "indirect"))
    p.add_argument("--lang")
    p.add_argument("--cluster", dest="cluster_id")
    p.add_argument("--article", dest="article_id")
    p.add_argument("--no-headings", action="store_true", help="hide quotes from titles and intertitles")


def _filter(args: argparse.Namespace) -> QuoteFilter:
    return QuoteFilter(search=args.search, speaker=args.speaker, outlet=args.outlet, since=args.since,
                       until=args.until, kind=args.kind, lang=args.lang, include_headings=not args.no_headings,
                       cluster_id=args.cluster_id, article_id=args.article_id)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("ingest", help="read articles (files, folders, URLs, feeds), extract and store quotes")
    p.add_argument("sources", nargs="*", metavar="PATH|URL")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="RSS/Atom feed (repeatable)")
    p.add_argument("--no-extract", action="store_true", help="store articles without extracting quotes")
    p.add_argument("--jobs", type=int, default=None,
                   help="extraction processes (default: one per core, 1 below 8 articles; env TRACKER_JOBS)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_db(p)
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("quotes", help="list quote mentions")
    _add_quote_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    _add_format(p)
    _add_db(p)
    p.set_defaults(func=cmd_quotes)

    p = subparsers.add_parser("speakers", help="list speakers with their aliases")
    p.add_argument("--search")
    p.add_argument("--limit", type=int, default=100)
    _add_format(p)
    _add_db(p)
    p.set_defaults(func=cmd_speakers)

    p = subparsers.add_parser("clusters", help="list quote clusters (one per utterance)")
    p.add_argument("--limit", type=int, default=100)
    _add_format(p)
    _add_db(p)
    p.set_defaults(func=cmd_clusters)

    p = subparsers.add_parser("claims", help="clusters repeated across articles, outlets or days")
    p.add_argument("--min-articles", type=int, default=2)
    p.add_argument("--limit", type=int, default=100)
    _add_format(p)
    _add_db(p)
    p.set_defaults(func=cmd_claims)

    p = subparsers.add_parser("stats", help="counts of articles, quotes, clusters, speakers")
    _add_format(p, ("json",))
    _add_db(p)
    p.set_defaults(func=cmd_stats)

    p = subparsers.add_parser("export", help="export quotes to csv, parquet, json or xlsx")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--limit", type=int, default=None)
    _add_quote_filters(p)
    _add_db(p)
    p.set_defaults(func=cmd_export)


# ---------------------------------------------------------------------------- output


def _print_frame(df: pl.DataFrame, fmt: str, kind: str) -> None:
    if fmt == "jsonl":
        sys.stdout.write(to_jsonl(df))
    elif fmt == "csv":
        sys.stdout.write(to_csv(df))
    else:
        from rich.console import Console
        from rich.table import Table

        cols = [c for c in _TABLE_COLS.get(kind, df.columns) if c in df.columns]
        table = Table(show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold", max_width=70 if c == "text" else 28)
        for row in df.select(cols).iter_rows():
            table.add_row(*[_cell(v) for v in row])
        Console(soft_wrap=False).print(table)
        if df.height == 0:
            print(f"no {kind}")


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return str(v)


def _with_store(args: argparse.Namespace, fn: Any, read_only: bool = True) -> int:
    try:
        with Store(args.db, read_only=read_only) as store:
            return int(fn(store) or 0)
    except StoreError as exc:
        _err(str(exc))
        return 1


def cmd_quotes(args: argparse.Namespace) -> int:
    return _with_store(args, lambda s: _print_frame(
        s.search_quotes(_filter(args), limit=args.limit, offset=args.offset), args.format, "quotes"))


def cmd_speakers(args: argparse.Namespace) -> int:
    return _with_store(args, lambda s: _print_frame(s.speakers(args.search, limit=args.limit), args.format,
                                                    "speakers"))


def cmd_clusters(args: argparse.Namespace) -> int:
    return _with_store(args, lambda s: _print_frame(s.clusters(limit=args.limit), args.format, "clusters"))


def cmd_claims(args: argparse.Namespace) -> int:
    return _with_store(args, lambda s: _print_frame(s.claims(args.min_articles, limit=args.limit), args.format,
                                                    "claims"))


def cmd_stats(args: argparse.Namespace) -> int:
    def show(store: Store) -> None:
        st = store.stats()
        rec = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in st.items()}
        if args.format == "json":
            print(json.dumps(rec, ensure_ascii=False, indent=1))
        elif args.format in ("jsonl", "csv"):
            flat = pl.DataFrame([{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
                                  for k, v in rec.items()}])
            _print_frame(flat, args.format, "stats")
        else:
            for k, v in rec.items():
                print(f"{k:>16}: {v}")
    return _with_store(args, show)


def cmd_export(args: argparse.Namespace) -> int:
    def run(store: Store) -> None:
        n = export_quotes(store, _filter(args), args.format, args.out, limit=args.limit)
        print(f"exported {n} quotes to {args.out}", file=sys.stderr)
    try:
        return _with_store(args, run)
    except (OSError, ValueError) as exc:
        _err(f"{args.out}: {exc}")
        return 1


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tracker.ingest import IngestError, run_ingest

    if not args.sources and not args.feed:
        _err("ingest: give at least one PATH, URL or --feed URL")
        return 2
    console = Console(stderr=True)
    try:
        store = Store(args.db)
    except StoreError as exc:
        _err(str(exc))
        return 1
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.fields[last]}"), console=console, transient=True,
                        disable=args.quiet or not console.is_terminal)
    task = progress.add_task("ingest", total=None, last="")

    def on_article(status: str, item: object) -> None:
        if isinstance(item, IngestError):
            progress.console.print(f"tracker: {item.line()}", markup=False, highlight=False, soft_wrap=True)
            label = item.source
        else:
            label = getattr(item, "id", "")
        progress.update(task, advance=1, last=f"{status} {label}"[:60])

    def on_total(n: int) -> None:
        progress.update(task, total=n)

    try:
        with progress:
            report = run_ingest(args.sources, store, feeds=args.feed, extractor=not args.no_extract,
                                on_article=on_article, on_total=on_total, jobs=args.jobs)
        stats = store.stats()
    except StoreError as exc:
        _err(str(exc))
        return 1
    finally:
        store.close()
    if report.no_pipeline:
        langs: dict[str, int] = {}
        for _aid, lang in report.no_pipeline:
            langs[lang] = langs.get(lang, 0) + 1
        detail = ", ".join(f"{lang}: {n}" for lang, n in sorted(langs.items()))
        why = "extraction off or unavailable" if report.extraction_off else "no extraction pipeline for"
        print(f"tracker: {report.not_extracted} article(s) stored without quotes ({why}: {detail})",
              file=sys.stderr)
    print(f"articles: {report.new} new, {report.unchanged} unchanged, {report.replaced} replaced, "
          f"{report.failed} failed; quotes: {report.quotes} new; store: {stats['articles']} articles, "
          f"{stats['quotes']} quotes, {stats['clusters']} clusters, {stats['speakers']} speakers")
    return 1 if report.failed else 0


__all__ = ["register"]
