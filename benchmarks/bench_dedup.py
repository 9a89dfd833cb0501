"""Benchmark: cross-article quote clustering (tracker.dedup.QuoteClusterer) at 10 k, 100 k and 1 M
synthetic quotes, against an all-pairs rapidfuzz baseline on the 10 k set.

Synthetic quotes are made from the corpus quotes (« », “ ”, "…" spans of ../shared/corpus/*.jsonl) and
corpus sentences, with realistic variants: other quotation marks and apostrophes, punctuation and case
changes, a dropped or changed word, fragments, and new quotes spliced from two sentences.

    python benchmarks/bench_dedup.py [--quick] [--sizes 10000,100000,1000000] [--corpus DIR]

Prints one line per size (time, peak memory, clusters, the machine's load when it ran) with the growth
exponent and the baseline of the same run. Each size runs in its own process so that peak memory is its own;
all sizes run back to back in one invocation, and sizes under 1 M are run `--repeat` times (best time kept)
so that one busy moment on a shared machine does not bend the fit. The exponent is fitted over all sizes and
over the sizes from 100 k up (the small size's fixed costs weigh on the first).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
QUOTE_RE = re.compile(r"«\s*([^«»]{12,400}?)\s*»|\"([^\"\n]{12,400}?)\"|“([^“”]{12,400}?)”")
SENT_RE = re.compile(r"[^.!?\n]{40,300}[.!?]")


def corpus_texts(corpus: Path) -> tuple[list[str], list[str]]:
    quotes: list[str] = []
    sentences: list[str] = []
    files = sorted(corpus.glob("*.jsonl"))
    if not files:
        sys.exit(f"bench: {corpus}: no *.jsonl corpus files (use --corpus DIR)")
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            quotes += [next(g for g in m.groups() if g) for m in QUOTE_RE.finditer(text)]
            sentences += [s.strip() for s in SENT_RE.findall(text)]
    return sorted(set(quotes)), sorted(set(sentences))


_MARKS = [("« ", " »"), ("\"", "\""), ("“", "”"), ("", "")]


def variant(text: str, rng: random.Random) -> str:
    """One realistic re-printing of a quote."""
    r = rng.random()
    words = text.split()
    if r < 0.25:
        text = text.replace("'", "’") if "'" in text else text.replace("’", "'")
    elif r < 0.45:
        text = text.rstrip(".!?;") + rng.choice([".", " !", "…", ""])
    elif r < 0.6 and len(words) > 6:
        i = rng.randrange(len(words))
        text = " ".join(words[:i] + words[i + 1:])  # a dropped word
    elif r < 0.7:
        text = text[:1].lower() + text[1:] if text[:1].isupper() else text[:1].upper() + text[1:]
    elif r < 0.85 and len(words) > 8:
        i = rng.randrange(0, len(words) - 4)
        text = " ".join(words[i:i + rng.randint(4, max(4, len(words) // 2))])  # a fragment
    a, b = rng.choice(_MARKS)
    return f"{a}{text}{b}" if rng.random() < 0.2 else text


def synthetic_quotes(n: int, corpus: Path, seed: int = 7) -> list[str]:
    """n quote mentions: ~35 % re-printings of an earlier quote, the rest new."""
    quotes, sentences = corpus_texts(corpus)
    pool = quotes + sentences
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        if out and rng.random() < 0.35:
            out.append(variant(out[rng.randrange(len(out))], rng))
        elif i < len(pool) and rng.random() < 0.5:
            out.append(pool[rng.randrange(len(pool))])
        else:  # a new quote: two half-sentences spliced, so that texts share words the way real ones do
            a, b = pool[rng.randrange(len(pool))].split(), pool[rng.randrange(len(pool))].split()
            out.append(" ".join(a[: max(3, len(a) // 2)] + b[len(b) // 2:]))
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int, corpus: Path) -> dict:
    from tracker.dedup import QuoteClusterer

    texts = synthetic_quotes(n, corpus)
    before = peak_rss_mb()
    c = QuoteClusterer()
    t = time.perf_counter()
    for i, text in enumerate(texts):
        c.add(str(i), text)
    elapsed = time.perf_counter() - t
    return {"n": n, "seconds": elapsed, "peak_mb": peak_rss_mb(), "data_mb": before, "clusters": c.n_clusters}


def run_baseline(n: int, corpus: Path) -> dict:
    """All pairs with rapidfuzz.process.cdist (fuzz.ratio, C++, 2 workers), then union-find; plus how many of
    its matched pairs the blocked clustering also puts together."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from tracker.dedup import VARIANT_MIN_RATIO, QuoteClusterer, match_key

    texts = synthetic_quotes(n, corpus)
    keys = [match_key(t) for t in texts]
    t = time.perf_counter()
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=VARIANT_MIN_RATIO, dtype=np.uint8, workers=2)
    ii, jj = np.nonzero(np.triu(scores, k=1))
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(ii.tolist(), jj.tolist(), strict=True):
        parent[find(a)] = find(b)
    elapsed = time.perf_counter() - t
    c = QuoteClusterer()
    for i, text in enumerate(texts):
        c.add(str(i), text)
    together = sum(c.cluster_of(str(a)) == c.cluster_of(str(b)) for a, b in zip(ii.tolist(), jj.tolist(), strict=True))
    return {"n": n, "seconds": elapsed, "pairs": len(ii), "recall": together / max(1, len(ii)),
            "clusters": len({find(i) for i in range(n)}), "peak_mb": peak_rss_mb()}


def _child(kind: str, n: int, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--sizes", str(n), "--corpus", str(corpus)],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        sys.exit(f"bench: {kind} at n={n} failed: {out.stderr.strip().splitlines()[-1] if out.stderr else out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def growth_exponent(points: list[dict]) -> float:
    xs = [math.log(p["n"]) for p in points]
    ys = [math.log(max(p["seconds"], 1e-9)) for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke-size run (2 k, 5 k, 20 k; baseline on 2 k)")
    ap.add_argument("--sizes", help="comma-separated sizes")
    ap.add_argument("--baseline-size", type=int)
    ap.add_argument("--repeat", type=int, default=3, help="runs per size under 1 M, best kept (default 3)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--child", choices=("blocked", "baseline"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.child:
        n = int(args.sizes)
        res = run_size(n, args.corpus) if args.child == "blocked" else run_baseline(n, args.corpus)
        print(json.dumps(res))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [2_000, 5_000, 20_000] if args.quick else [10_000, 100_000, 1_000_000])
    base_n = args.baseline_size or sizes[0]
    print(f"dedup benchmark ({'quick' if args.quick else 'full'}), corpus {args.corpus}")
    points = []
    for n in sizes:
        load = os.getloadavg()[0]
        runs = [_child("blocked", n, args.corpus) for _ in range(max(1, args.repeat) if n < 1_000_000 else 1)]
        p = min(runs, key=lambda r: r["seconds"])
        points.append(p)
        spread = f"  (best of {len(runs)}, worst {max(r['seconds'] for r in runs):.2f} s)" if len(runs) > 1 else ""
        print(f"  blocked  n={n:>9,}  {p['seconds']:8.2f} s  {p['seconds'] / n * 1e6:7.1f} us/quote  "
              f"peak {p['peak_mb']:7.0f} MB (data {p['data_mb']:.0f} MB)  clusters {p['clusters']:,}  "
              f"load {load:.1f}{spread}", flush=True)
    b = _child("baseline", base_n, args.corpus)
    blocked_at_base = next((p for p in points if p["n"] == base_n), None)
    print(f"  baseline n={base_n:>9,}  {b['seconds']:8.2f} s  all-pairs rapidfuzz cdist (ratio only, 2 workers), "
          f"peak {b['peak_mb']:.0f} MB, {b['pairs']:,} matching pairs, blocked recall of them {b['recall']:.3f}")
    if blocked_at_base:
        print(f"  speed-up over all pairs at n={base_n:,}: {b['seconds'] / blocked_at_base['seconds']:.1f}x")
    if len(points) > 1:
        k = growth_exponent(points)
        print(f"  growth exponent (time ~ n^k), {points[0]['n']:,} to {points[-1]['n']:,}: k = {k:.2f} (target <= 1.1)")
        upper = [p for p in points if p["n"] >= 100_000]
        if 1 < len(upper) < len(points):
            print(f"  growth exponent, {upper[0]['n']:,} to {upper[-1]['n']:,}: k = {growth_exponent(upper):.2f}")
    last = points[-1]
    if last["n"] >= 1_000_000:
        ok = last["seconds"] <= 600 and last["peak_mb"] <= 4096
        print(f"  1 M target (<= 600 s, <= 4096 MB): {'met' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
