"""Benchmark: articles per second of `extract_article` on the French corpus.

Compares selective extraction (the expensive processors only on the sentences that can hold
a quote or claim, and their neighbours, in one batch) with the full Stanza pipeline run on
every sentence followed by the same quote and attribution stages. Prints both rates and
their ratio; the issue's target for extraction is 10.7 articles/s (stretch 20).

Usage: python benchmarks/bench_extract.py [CORPUS.jsonl] [--n 50] [--skip-full]
The corpus defaults to the project's shipped French corpus (corpus/fr-wikinews.jsonl), else
the shared one beside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.attribution import attribute  # noqa: E402
from tracker.extract import extract_article, nlp_ready  # noqa: E402
from tracker.quotes import all_spans  # noqa: E402
from tracker.records import Article  # noqa: E402

CANDIDATES = (ROOT / "corpus" / "fr-wikinews.jsonl", ROOT.parent / "shared" / "corpus" / "fr-wikinews.jsonl")


def load(path: Path, n: int) -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("lang", "fr") != "fr" or not rec.get("text"):
                continue
            out.append(Article(id=rec["id"], text=rec["text"], lang="fr"))
            if len(out) >= n:
                break
    return out


def full_pipeline(article: Article) -> int:
    from tracker import nlp

    doc = nlp.parse(article.text, "fr")
    return len(attribute(article.text, doc, all_spans(article.text, doc, "fr"), article.id))


def rate(fn, articles: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    found = sum(len(r) if isinstance(r, list) else r for r in (fn(a) for a in articles))
    return len(articles) / (time.perf_counter() - start), found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--n", type=int, default=50, help="articles to run (default 50)")
    ap.add_argument("--skip-full", action="store_true", help="do not time the full pipeline")
    args = ap.parse_args()
    path = Path(args.corpus) if args.corpus else next((p for p in CANDIDATES if p.exists()), None)
    if path is None or not path.exists():
        print("bench_extract: no French corpus found", file=sys.stderr)
        return 1
    if not nlp_ready("fr"):
        print("bench_extract: French Stanza models not installed", file=sys.stderr)
        return 1
    articles = load(path, args.n)
    extract_article(articles[0])  # load the models before timing
    sel, n_sel = rate(extract_article, articles)
    line = f"extract: {sel:.2f} articles/s ({len(articles)} articles, {n_sel} mentions)"
    if not args.skip_full:
        full, n_full = rate(full_pipeline, articles)
        line += f" | full pipeline on every sentence: {full:.2f} articles/s ({n_full} mentions) | ratio {sel / full:.2f}x"
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
