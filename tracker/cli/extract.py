"""CLI for extraction and evaluation: `tracker extract` and `tracker evaluate`.

Takes: command-line arguments. Gives: one record per quote mention on stdout (jsonl, csv or a
table), the evaluation report, one line per unreadable input on stderr; exit status 0, or 1 when
an input could not be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys

from tracker.records import Quote

FORMATS = ("jsonl", "csv", "table")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("extract", help="find quotes and claims in articles and who said them")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .jsonl, .html) or folders")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--lang", default=None, help="language of the articles (default: as read, else fr)")
    p.add_argument("--jobs", type=int, default=None,
                   help="extraction processes (default: one per core, 1 below 8 articles; env TRACKER_JOBS)")
    p.set_defaults(func=cmd_extract)

    e = subparsers.add_parser("evaluate", help="score extraction against annotated articles")
    e.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of annotated articles (*.json)")
    e.add_argument("--pred", help="score this prediction file (jsonl) instead of running extraction")
    e.add_argument("--details", action="store_true", help="list misses, spurious mentions and wrong speakers")
    e.set_defaults(func=cmd_evaluate)


def _err(msg: str) -> None:
    print(f"tracker: {msg}", file=sys.stderr)


def _table_row(q: dict) -> str:
    speaker = q.get("speaker_canonical") or q.get("speaker") or "-"
    text = q["text"].replace("\n", " ")
    if len(text) > 70:
        text = text[:67] + "..."
    return f"{q['article_id'][:24]:24} {q['kind']:8} {speaker[:28]:28} {(q.get('cue') or '-')[:12]:12} {text}"


def cmd_extract(args: argparse.Namespace) -> int:
    from tracker.ingest import IngestError, estimate_count, expand_sources, iter_source
    from tracker.workers import default_jobs, extract_stream

    failed = 0

    def on_error(err: IngestError) -> None:
        nonlocal failed
        failed += 1
        _err(err.line())

    out = sys.stdout
    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(Quote.OUTPUT_KEYS))
        writer.writeheader()
    elif args.format == "table":
        out.write(f"{'article':24} {'kind':8} {'speaker':28} {'cue':12} text\n")
    sources = expand_sources(args.paths)

    def articles():
        for source in sources:
            for item in iter_source(source):
                if not isinstance(item, IngestError) and args.lang:
                    item.lang = args.lang
                yield item

    def wanted(item):
        return None if isinstance(item, IngestError) else item

    jobs = args.jobs or default_jobs(sum(estimate_count(s) for s in sources))
    for item, result in extract_stream(articles(), wanted, jobs=jobs):
        if isinstance(item, IngestError):
            on_error(item)
            continue
        if isinstance(result, Exception):
            on_error(IngestError(item.source or item.id, f"extraction failed: {type(result).__name__}: {result}"))
            continue
        for quote in result or []:
            rec = quote.to_output()
            if writer is not None:
                writer.writerow(rec)
            elif args.format == "table":
                out.write(_table_row(rec) + "\n")
            else:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from tracker.evaluate import evaluate, load_gold, load_predictions, report

    try:
        golds = load_gold(args.gold_dir)
    except (OSError, ValueError) as exc:
        _err(f"{args.gold_dir}: {exc}")
        return 1
    if not golds:
        _err(f"{args.gold_dir}: no annotated articles (*.json)")
        return 1
    predictions = None
    if args.pred:
        try:
            predictions = load_predictions(args.pred)
        except (OSError, ValueError, KeyError) as exc:
            _err(f"{args.pred}: unreadable prediction file ({exc})")
            return 1
    print(report(evaluate(golds, predictions), details=args.details))
    return 0
