"""CLI: `tracker models status|download` — which Stanza model serves each processor."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="show or install the Stanza models")
    msub = p.add_subparsers(dest="models_command", required=True)
    s = msub.add_parser("status", help="which model each processor uses, its source and scores")
    s.add_argument("lang", nargs="?", default="fr")
    s.add_argument("--format", choices=("table", "json"), default="table")
    s.set_defaults(func=cmd_status)
    d = msub.add_parser("download", help="install the official Stanza models (needs internet)")
    d.add_argument("lang")
    d.set_defaults(func=cmd_download)


def cmd_status(args: argparse.Namespace) -> int:
    from tracker.nlp import models as nlp_models

    rows = nlp_models.status(args.lang)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"Stanza models for {args.lang!r} (official models dir: {nlp_models.resources_dir()})")
    for row in rows:
        scores = ", ".join(f"{k}={v}" for k, v in row["scores"].items()) or "no scores recorded"
        where = row["path"] or row.get("error", "")
        size = f"{row['size_mb']} MB" if "size_mb" in row else ""
        print(f"  {row['processor']:<9} {row['source']:<9} {size:>8}  {scores}\n            {where}")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from tracker.nlp import models as nlp_models

    try:
        root = nlp_models.download(args.lang)
    except nlp_models.ModelError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return 1
    print(f"official Stanza models for {args.lang!r} installed in {root}")
    return 0
