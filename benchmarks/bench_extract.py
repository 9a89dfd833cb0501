"""Benchmark: articles per second of `extract_article` on the French corpus.

Compares, article by article in one process, selective extraction (the expensive processors only
on the sentences that can hold a quote or claim, and their neighbours) with the full pipeline on
every sentence followed by the same quote and attribution stages, the latter both with this
project's inference code (same parses, less time: tracker.nlp.arc_labels, char_cache, mst) and with
Stanza's own (`stock_inference`). Then times what `tracker extract` does on a batch: worker
processes, one per core, each extracting chunks of articles. Prints the rates and their ratios;
the issue's target for extraction is 10.7 articles/s (stretch 20).

Usage: python benchmarks/bench_extract.py [CORPUS.jsonl] [--n 50] [--batch-n 0] [--skip-full]
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
from tracker.workers import default_jobs, extract_stream  # noqa: E402

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


def stock_full_pipeline(article: Article) -> int:
    from tracker.nlp.pipeline import stock_inference

    with stock_inference():
        return full_pipeline(article)


def timed(fn, article: Article) -> tuple[float, int]:
    start = time.perf_counter()
    r = fn(article)
    return time.perf_counter() - start, (len(r) if isinstance(r, list) else r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--n", type=int, default=100, help="articles timed one by one in one process (default 100)")
    ap.add_argument("--batch-n", type=int, default=0, help="articles of the batch run (default: the whole corpus)")
    ap.add_argument("--skip-full", action="store_true", help="do not time the full pipeline")
    ap.add_argument("--quick", action="store_true", help="10 articles")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes for the batch run (default: one per core)")
    args = ap.parse_args()
    path = Path(args.corpus) if args.corpus else next((p for p in CANDIDATES if p.exists()), None)
    if path is None or not path.exists():
        print("bench_extract: no French corpus found", file=sys.stderr)
        return 1
    if not nlp_ready("fr"):
        print("bench_extract: French Stanza models not installed", file=sys.stderr)
        return 1
    corpus = load(path, 10 if args.quick else (args.batch_n or 10**9))
    articles = corpus[:10 if args.quick else args.n]
    extract_article(articles[0])  # load the models before timing
    # The runs are timed article by article, interleaved, so that a change in machine load (the
    # machine is shared) weighs on all alike.
    runs = {"extract": extract_article}
    if not args.skip_full:
        runs.update({"full": full_pipeline, "stock": stock_full_pipeline})
    secs = dict.fromkeys(runs, 0.0)
    found = dict.fromkeys(runs, 0)
    for article in articles:
        for name, fn in runs.items():
            t, n = timed(fn, article)
            secs[name] += t
            found[name] += n
    rate = {name: len(articles) / secs[name] for name in runs}
    sel = rate["extract"]
    line = f"extract, one process, one article at a time: {sel:.2f} articles/s ({len(articles)} articles, {found['extract']} mentions)"
    if not args.skip_full:
        full, stock = rate["full"], rate["stock"]
        line += (f"\nfull pipeline on every sentence: {full:.2f} articles/s ({found['full']} mentions) | extract {sel / full:.2f}x"
                 f"\nfull pipeline, Stanza's own inference code: {stock:.2f} articles/s ({found['stock']} mentions) | "
                 f"extract {sel / stock:.2f}x | this project's inference code {full / stock:.2f}x")
    print(line)
    if args.jobs != 1:
        # what `tracker extract` / `tracker ingest` do on a batch: one process per core, in order,
        # timed from the start of the workers (they load torch, Stanza and the models) to the last result
        jobs = args.jobs or default_jobs()
        start = time.perf_counter()
        n_par = sum(len(r) for _a, r in extract_stream(corpus, lambda a: a, jobs=jobs) if isinstance(r, list))
        par = len(corpus) / (time.perf_counter() - start)
        line = (f"tracker extract, {jobs} worker processes, chunks of articles: {par:.2f} articles/s ({len(corpus)} articles, {n_par} mentions, "
                f"worker start-up included) | {par / sel:.2f}x one process")
        if not args.skip_full:
            line += f" | {par / stock:.2f}x Stanza's full pipeline in one process"
        print(line)
    print("target (issue #3): 10.7 articles/s, stretch 20")
    return 0


if __name__ == "__main__":
    sys.exit(main())
