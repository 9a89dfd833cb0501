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


def timed(fn, article: Article) -> tuple[float, int]:
    start = time.perf_counter()
    r = fn(article)
    return time.perf_counter() - start, (len(r) if isinstance(r, list) else r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--n", type=int, default=100, help="articles to run (default 100)")
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
    articles = load(path, 10 if args.quick else args.n)
    extract_article(articles[0])  # load the models before timing
    # The two are timed article by article, interleaved, so that a change in machine load (the
    # machine is shared) weighs on both alike.
    t_sel = t_full = 0.0
    n_sel = n_full = 0
    for article in articles:
        t, n = timed(extract_article, article)
        t_sel, n_sel = t_sel + t, n_sel + n
        if not args.skip_full:
            t, n = timed(full_pipeline, article)
            t_full, n_full = t_full + t, n_full + n
    sel = len(articles) / t_sel
    line = f"extract: {sel:.2f} articles/s ({len(articles)} articles, {n_sel} mentions)"
    if not args.skip_full:
        full = len(articles) / t_full
        line += f" | full pipeline on every sentence: {full:.2f} articles/s ({n_full} mentions) | ratio {sel / full:.2f}x"
    print(line)
    if args.jobs != 1:
        # what `tracker extract` / `tracker ingest` do on a batch: one process per core, in order,
        # timed from the start of the workers (they load torch, Stanza and the models) to the last result
        jobs = args.jobs or default_jobs()
        start = time.perf_counter()
        n_par = sum(len(r) for _a, r in extract_stream(articles, lambda a: a, jobs=jobs) if isinstance(r, list))
        par = len(articles) / (time.perf_counter() - start)
        line = (f"extract with {jobs} worker processes: {par:.2f} articles/s ({n_par} mentions, worker start-up "
                f"included) | {par / sel:.2f}x one process")
        if not args.skip_full:
            line += f" | {par / full:.2f}x full pipeline in one process"
        print(line)
    print("target (issue #3): 10.7 articles/s, stretch 20")
    return 0


if __name__ == "__main__":
    sys.exit(main())
