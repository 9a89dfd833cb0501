"""Benchmark: store write rate and `tracker quotes --search` latency at 1 M quotes.

    python benchmarks/bench_store.py [--quick] [--quotes 1000000] [--db FILE] [--corpus DIR]

1. Insert rate: `Store.upsert_article` (one transaction per article, clusters and speakers maintained)
   and `Store.upsert_many` (bulk, 500 articles per transaction), articles/s and quotes/s.
2. Search: a database of N synthetic quotes (bench_dedup's generator, 10 quotes per article, 200 outlets,
   dates over three years) is built with upsert_many, then 200 searches (words and phrases from the quotes,
   accent-stripped and missing terms) run through `Store.search_quotes(limit=50)` and `count_quotes`:
   p50 / p95 latency; plus the end-to-end `tracker quotes --search` command (process start included).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from bench_dedup import DEFAULT_CORPUS, synthetic_quotes  # noqa: E402

from tracker.records import Article, Quote  # noqa: E402
from tracker.store import QuoteFilter, Store  # noqa: E402
from tracker.textnorm import strip_accents  # noqa: E402

PER_ARTICLE = 10
SPEAKERS = [f"{first} {last}" for first in ("Marie", "Jean", "Paul", "Anne", "Louis", "Claire")
            for last in ("Martin", "Bernard", "Dubois", "Laurent", "Garnier", "Roux", "Fontaine")]


def articles_from(texts: list[str], seed: int = 3) -> list[tuple[Article, list[Quote]]]:
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    out = []
    for a in range(len(texts) // PER_ARTICLE):
        chunk = texts[a * PER_ARTICLE:(a + 1) * PER_ARTICLE]
        body = "\n\n".join(f"« {t} », a déclaré {rng.choice(SPEAKERS)}." for t in chunk)
        art = Article(id=f"b{a}", text=body, lang=rng.choice(["fr", "fr", "fr", "en"]),
                      outlet=f"Outlet {rng.randrange(200)}", title=f"Article {a}",
                      published=(start + timedelta(days=rng.randrange(3 * 365))).isoformat())
        quotes, pos = [], 0
        for t in chunk:
            s = body.find(t, pos)
            pos = s + len(t)
            quotes.append(Quote(article_id=art.id, text=t, kind=rng.choice(["direct", "direct", "partial", "indirect"]),
                                start=s, end=pos, speaker=rng.choice(SPEAKERS), speaker_type="person"))
        out.append((art, quotes))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_inserts(n_articles: int, corpus: Path, tmp: Path) -> None:
    items = articles_from(synthetic_quotes(n_articles * PER_ARTICLE, corpus, seed=11))
    with Store(tmp / "ins.duckdb") as s:
        t = time.perf_counter()
        for art, quotes in items:
            s.upsert_article(art, quotes)
        dt = time.perf_counter() - t
    print(f"  upsert_article (1 transaction each): {len(items) / dt:8.1f} articles/s  "
          f"{len(items) * PER_ARTICLE / dt:9.0f} quotes/s  ({len(items):,} articles, {dt:.1f} s)", flush=True)
    with Store(tmp / "bulk.duckdb") as s:
        t = time.perf_counter()
        for i in range(0, len(items), 500):
            s.upsert_many(items[i:i + 500])
        dt = time.perf_counter() - t
    print(f"  upsert_many (500 per transaction):   {len(items) / dt:8.1f} articles/s  "
          f"{len(items) * PER_ARTICLE / dt:9.0f} quotes/s", flush=True)


def build_db(db: Path, n_quotes: int, corpus: Path) -> list[str]:
    texts = synthetic_quotes(n_quotes, corpus, seed=5)
    t = time.perf_counter()
    with Store(db) as s:
        have = s.stats()["quotes"]
        if have >= n_quotes:
            print(f"  reusing {db} ({have:,} quotes)")
            return texts
        items = articles_from(texts)
        for i in range(0, len(items), 500):
            s.upsert_many(items[i:i + 500])
            if i and i % 20_000 == 0:
                print(f"    ... {i * PER_ARTICLE:,} quotes, {time.perf_counter() - t:.0f} s", flush=True)
        st = s.stats()
    print(f"  built {db}: {st['quotes']:,} quotes, {st['articles']:,} articles, {st['clusters']:,} clusters "
          f"in {time.perf_counter() - t:.0f} s ({db.stat().st_size / 2**20:.0f} MB)", flush=True)
    return texts


def search_terms(texts: list[str], n: int = 200, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    terms = []
    while len(terms) < n:
        words = [w.strip(",.;:!?«»\"“”") for w in rng.choice(texts).split()]
        words = [w for w in words if len(w) > 3]
        if not words:
            continue
        k = rng.choice([1, 1, 2, 3])
        i = rng.randrange(max(1, len(words) - k + 1))
        term = " ".join(words[i:i + k])
        r = rng.random()
        if r < 0.2:
            term = strip_accents(term).upper()
        elif r < 0.25:
            term += "xyzzy"  # finds nothing: a full scan
        terms.append(term)
    return terms


def bench_search(db: Path, texts: list[str]) -> None:
    terms = search_terms(texts)
    with Store(db, read_only=True) as s:
        s.search_quotes(QuoteFilter(search="warm up"), limit=50)
        lat_search, lat_count, lat_both = [], [], []
        for term in terms:
            f = QuoteFilter(search=term)
            t0 = time.perf_counter()
            s.search_quotes(f, limit=50)
            t1 = time.perf_counter()
            s.count_quotes(f)
            t2 = time.perf_counter()
            lat_search.append((t1 - t0) * 1000)
            lat_count.append((t2 - t1) * 1000)
            lat_both.append((t2 - t0) * 1000)
        n = s.stats()["quotes"]
    for name, lat in (("search_quotes(limit=50)", lat_search), ("count_quotes", lat_count),
                      ("search + count", lat_both)):
        print(f"  {name:<24} at {n:,} quotes: p50 {pct(lat, 50):6.1f} ms  p95 {pct(lat, 95):6.1f} ms  "
              f"max {max(lat):6.1f} ms  ({len(lat)} searches)", flush=True)
    print(f"  target p95 <= 300 ms: {'met' if pct(lat_both, 95) <= 300 else 'MISSED'} (search + count)")
    walls = []
    for term in terms[:5]:
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "tracker", "quotes", "--db", str(db), "--search", term,
                              "--format", "jsonl", "--limit", "50"], capture_output=True, text=True, cwd=ROOT)
        walls.append((time.perf_counter() - t) * 1000)
        if out.returncode != 0:
            print(f"  tracker quotes failed: {out.stderr.strip()}")
            return
    print(f"  `tracker quotes --search` end to end (process start + imports included): "
          f"median {statistics.median(walls):.0f} ms over {len(walls)} runs")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke-size run (200 articles, 20 k quotes)")
    ap.add_argument("--quotes", type=int, help="quotes in the search database (default 1 M, quick 20 k)")
    ap.add_argument("--insert-articles", type=int, help="articles for the insert rate (default 2000, quick 200)")
    ap.add_argument("--db", type=Path, help="keep/reuse the search database here")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--search-only", action="store_true", help="skip the insert-rate part")
    args = ap.parse_args()
    n_quotes = args.quotes or (20_000 if args.quick else 1_000_000)
    n_ins = args.insert_articles or (200 if args.quick else 2_000)
    print(f"store benchmark ({'quick' if args.quick else 'full'})")
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmpdir:
        tmp = Path(tmpdir)
        if not args.search_only:
            bench_inserts(n_ins, args.corpus, tmp)
        db = args.db or tmp / "search.duckdb"
        texts = build_db(db, n_quotes, args.corpus)
        bench_search(db, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
