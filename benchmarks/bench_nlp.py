"""Benchmark of the NLP stage: tokens per second and peak memory of the shipped Stanza pipeline over the
French corpus, printed beside tokenize-only (tokenize + mwt) on the same text, in the same run.

Each mode runs in its own process so that its peak memory (max RSS) is its own.
Usage: python benchmarks/bench_nlp.py [--quick] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(limit: int | None) -> list[str]:
    texts = [(ROOT / "corpus/public-senat-2025-09-02.txt").read_text(encoding="utf-8")]
    for line in (ROOT / "corpus/fr-wikinews.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    return texts[:limit] if limit else texts


def worker(mode: str, limit: int | None, threads: int) -> None:
    os.environ["TRACKER_TORCH_THREADS"] = str(threads)  # read when the pipelines are built
    from tracker.nlp import annotate, segment

    texts = corpus_texts(limit)
    segment("Mise en route.")  # load models outside the timing
    if mode == "full":
        annotate(segment("Le ministre a parlé."))
    t0 = time.perf_counter()
    tokens = 0
    for text in texts:
        doc = segment(text)
        if mode == "full":
            annotate(doc)
        tokens += sum(len(s.tokens) for s in doc.sentences)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "articles": len(texts), "tokens": tokens, "seconds": elapsed,
                      "tokens_per_s": tokens / elapsed, "peak_mb": peak_mb}))


def run(mode: str, limit: int | None, threads: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", mode, "--threads", str(threads)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="20 articles instead of the whole corpus")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (the library's default is 1)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--worker", choices=("full", "tokenize"))
    args = ap.parse_args()
    limit = args.limit or (20 if args.quick else None)
    if args.worker:
        worker(args.worker, limit, args.threads)
        return
    base = run("tokenize", limit, args.threads)
    full = run("full", limit, args.threads)
    for r in (base, full):
        print(f"nlp {r['mode']:<8} {r['articles']} articles, {r['tokens']} tokens: "
              f"{r['tokens_per_s']:,.0f} tokens/s, peak {r['peak_mb']:,.0f} MB")
    print(f"nlp full pipeline / tokenize-only: speed ratio {full['tokens_per_s'] / base['tokens_per_s']:.3f}, "
          f"memory ratio {full['peak_mb'] / base['peak_mb']:.2f}  ({args.threads} threads)")


if __name__ == "__main__":
    main()
