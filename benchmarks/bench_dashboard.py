"""Dashboard benchmark: server-side time of search, filter and opening a quote, p50/p95.

    python benchmarks/bench_dashboard.py            # a million quotes (target: p95 <= 300 ms)
    python benchmarks/bench_dashboard.py --quick    # 50 000 quotes, fewer repetitions

The database is built once through the store API (`Store.upsert_many`) and kept under
out/bench/ for the next run (`--rebuild` to redo it). Its quotes are the real quotations
(« ... » in French, "..." in English) of the shared corpus articles, with the paragraphs
that hold them as article text, copied as many times as needed under varied outlets and
dates (2015-2025) so that every filter has something to select.

Each scenario is timed two ways:
  page  - the server-side time of one run of the dashboard page script, as the dashboard
          itself measures it (`st.session_state["_render_ms"]`, also shown in the sidebar):
          store opened read-only, every query of the page, Streamlit elements built (the
          table serialised to Arrow), store closed. Each run is a new session (AppTest);
          network and the browser's drawing are not included.
  store - the store calls that page makes, alone.
Scenarios: search (a text search on the Quotes page), filter (outlet + date range + kind),
quote (the Quote page for a random quote: quote, article paragraph, speaker, claim timeline).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.records import Article, Quote  # noqa: E402
from tracker.store import QuoteFilter, Store  # noqa: E402

APP = ROOT / "dashboard" / "app.py"
TARGET_P95_MS = 300.0
CORPUS_FILES = ("fr-wikinews.jsonl", "en-wikinews.jsonl", "fr-press-rpm2.jsonl", "en-outlets.jsonl")
OUTLETS = (
    "Le Monde", "Le Figaro", "Libération", "Les Échos", "La Croix", "L'Humanité", "Le Parisien", "Ouest-France",
    "Sud Ouest", "La Voix du Nord", "Le Point", "L'Express", "L'Obs", "Marianne", "Mediapart", "France Info",
    "France Inter", "RFI", "France 24", "Public Sénat", "LCP", "BFM TV", "TF1 Info", "20 Minutes", "Le Télégramme",
    "BBC News", "Reuters", "The Guardian", "The Times", "Financial Times", "Associated Press", "CNN", "NPR",
    "The New York Times", "The Washington Post", "Al Jazeera English", "Deutsche Welle", "Politico Europe",
    "Euronews", "The Independent",
)
SEARCHES = (
    "camp de la paix", "sécurité", "securite", "président", "guerre", "emplois", "gouvernement", "élection",
    "police", "la france", "europe", "people", "government", "we will", "economy", "pas", "climat", "ukraine",
    "« nous", "l'état",
)
_QUOTE_FR = re.compile(r"«\s*([^«»\n]{12,400}?)\s*»")
_QUOTE_EN = re.compile(r"[\"“]([^\"“”\n]{12,400}?)[\"”]")
_NAME = re.compile(r"\b([A-ZÉ][a-zéèëïîôç]+(?:[ -][A-ZÉ][a-zéèëïîôç]+)+)\b")
_CUES = {"fr": ("a déclaré", "a affirmé", "explique", "estime", "a ajouté", "selon"),
         "en": ("said", "told", "added", "according to", "stated", "wrote")}


# ---------------------------------------------------------------- database


def _corpus_dir() -> Path:
    for d in (ROOT / "corpus", ROOT.parent / "shared" / "corpus", Path(os.environ.get("TRACKER_CORPUS", "/nonexistent"))):
        if all((d / f).is_file() for f in CORPUS_FILES[:2]):
            return d
    raise SystemExit("bench_dashboard: corpus not found (corpus/ or ../shared/corpus/ with the .jsonl files)")


def _templates() -> list[tuple[dict, list[tuple[int, int, str, str | None]]]]:
    """(article record with text cut to its quote paragraphs, quotes as (start, end, text, speaker))."""
    out = []
    d = _corpus_dir()
    for fname in CORPUS_FILES:
        path = d / fname
        if not path.is_file():
            continue
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            lang = rec.get("lang") or ("fr" if fname.startswith("fr") else "en")
            rx = _QUOTE_FR if lang == "fr" else _QUOTE_EN
            paras = [p for p in rec["text"].split("\n") if rx.search(p)]
            if not paras:
                continue
            text = "\n\n".join(paras)
            quotes = []
            for m in rx.finditer(text):
                tail = text[m.end(): m.end() + 120]
                name = _NAME.search(tail) or _NAME.search(text[max(0, m.start() - 120): m.start()])
                quotes.append((m.start(1), m.end(1), m.group(1), name.group(1) if name else None))
            out.append(({"id": rec["id"], "lang": lang, "title": rec.get("title"), "text": text}, quotes))
    return out


def _records(n_quotes: int, seed: int = 7) -> Iterator[tuple[Article, list[Quote]]]:
    rng = random.Random(seed)
    templates = _templates()
    made = 0
    replica = 0
    while made < n_quotes:
        for rec, quotes in templates:
            if made >= n_quotes:
                return
            outlet = rng.choice(OUTLETS)
            day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            aid = f"{rec['id']}~{replica}"
            art = Article(id=aid, text=rec["text"], lang=rec["lang"], outlet=outlet,
                          url=f"https://example.org/{replica}/{rec['id']}", title=rec["title"], published=day)
            qs = []
            for i, (start, end, text, speaker) in enumerate(quotes[: n_quotes - made]):
                kind = rng.choices(("direct", "partial", "indirect"), (6, 3, 1))[0]
                qs.append(Quote(
                    article_id=aid, text=text, kind=kind, start=start, end=end, speaker=speaker,
                    speaker_type="person" if speaker else "unknown", cue=rng.choice(_CUES[rec["lang"]]),
                    in_heading=(i == 0 and rng.random() < 0.1), confidence=round(rng.uniform(0.4, 1.0), 2),
                    sentence=text,
                ))
            made += len(qs)
            yield art, qs
        replica += 1


def build_db(path: Path, n_quotes: int, batch_quotes: int = 100_000) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, tmp.with_name(tmp.name + ".wal")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    done = 0
    batch: list[tuple[Article, list[Quote]]] = []
    in_batch = 0
    with Store(tmp) as store:
        for art, quotes in _records(n_quotes):
            batch.append((art, quotes))
            in_batch += len(quotes)
            if in_batch >= batch_quotes:
                store.upsert_many(batch)
                done += in_batch
                batch, in_batch = [], 0
                rate = done / (time.perf_counter() - t0)
                print(f"  built {done:,}/{n_quotes:,} quotes ({rate:,.0f}/s)", file=sys.stderr, flush=True)
        if batch:
            store.upsert_many(batch)
    tmp.replace(path)
    print(f"  database ready in {time.perf_counter() - t0:.0f}s: {path}", file=sys.stderr)


def ensure_db(path: Path, n_quotes: int, rebuild: bool) -> None:
    if path.exists() and not rebuild:
        with Store(path, read_only=True) as store:
            have = store.count_quotes(QuoteFilter())
        if have == n_quotes:
            return
        print(f"  {path} has {have:,} quotes, want {n_quotes:,}: rebuilding", file=sys.stderr)
    build_db(path, n_quotes)


# ---------------------------------------------------------------- timing


def _pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _time(fn: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _page_ms(view: str | None, params: dict[str, str]) -> float:
    """Server-side time of one page run, as the dashboard measures it (`_render_ms`)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=120)
    if view:
        at.run()
        at.switch_page(view)
    at.query_params = dict(params)
    at.run()
    if at.exception:
        raise RuntimeError(f"{view or 'quotes'} {params}: {at.exception[0].value}")
    return float(at.session_state["_render_ms"])


def _time_pages(view: str | None, params_list: list[dict[str, str]], repeat: int, warmup: int = 2) -> list[float]:
    times = [_page_ms(view, params_list[i % len(params_list)]) for i in range(repeat + warmup)]
    return times[warmup:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="50 000 quotes and fewer repetitions")
    ap.add_argument("--quotes", type=int, help="database size (default 1 000 000, 50 000 with --quick)")
    ap.add_argument("--db", type=Path, help="database file (default out/bench/dashboard-<N>.duckdb)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the database even if it exists")
    ap.add_argument("--repeat", type=int, help="timed runs per scenario (default 30, 10 with --quick)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a p95 is over the target")
    ap.add_argument("--json", type=Path, help="also write the results here (default out/bench/dashboard.json)")
    args = ap.parse_args(argv)
    n = args.quotes or (50_000 if args.quick else 1_000_000)
    repeat = args.repeat or (10 if args.quick else 30)
    db = args.db or ROOT / "out" / "bench" / f"dashboard-{n}.duckdb"
    ensure_db(db, n, args.rebuild)
    os.environ["TRACKER_DB"] = str(db)

    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from dashboard import data, filters  # imported here: they import streamlit, outside the timings

    # Every timed run gets parameters of its own: the dashboard memoises reads per database
    # version, so a repeated search would be answered from its cache and flatter the timings.
    rng = random.Random(11)
    runs = repeat + 4
    with Store(db, read_only=True) as store:
        outlets = store.outlets()
        sample = store.search_quotes(QuoteFilter(), limit=2000, offset=rng.randint(0, max(0, n - 2000)))
    quote_ids = rng.sample(sample["quote_id"].to_list(), min(sample.height, runs))
    words = sorted({w.lower() for t in sample["text"].to_list() for w in re.findall(r"\w{6,}", t)} - set(SEARCHES))
    terms = list(SEARCHES) + rng.sample(words, max(0, min(len(words), runs - len(SEARCHES))))
    searches = [{"q": t} for t in rng.sample(terms, len(terms))]
    combos = [(o, y, k) for o in outlets for y in range(2015, 2025) for k in ("direct", "partial", "indirect")]
    filters_ = [{"outlet": o, "since": f"{y}-01-01", "until": f"{y + 1}-06-30", "kind": k}
                for o, y, k in rng.sample(combos, min(len(combos), runs))]

    def store_search(params: dict[str, str]) -> None:
        s = data.open_store()
        try:
            f = filters.filter_from_params(params)
            s.count_quotes(f)
            s.search_quotes(f, limit=50)
        finally:
            s.close()

    def store_quote(qid: str) -> None:
        s = data.open_store()
        try:
            q = s.get_quote(qid)
            s.get_article(q["article_id"])
            if q.get("cluster_id"):
                c = s.get_cluster(q["cluster_id"])
                if c is None or int(c.get("mentions") or 0) > 1:
                    s.cluster_mentions(q["cluster_id"])
        finally:
            s.close()

    def cycle(items: list, fn: Callable) -> Callable[[], None]:
        it = iter(items * (repeat + 10))
        return lambda: fn(next(it))

    results: dict[str, dict[str, list[float]]] = {}
    print(f"bench_dashboard: {n:,} quotes in {db}, {repeat} runs per scenario", file=sys.stderr)
    results["search"] = {"store": _time(cycle(searches, store_search), repeat),
                         "page": _time_pages(None, searches, repeat)}
    results["filter"] = {"store": _time(cycle(filters_, store_search), repeat),
                         "page": _time_pages(None, filters_, repeat)}
    results["quote"] = {"store": _time(cycle(quote_ids, store_quote), repeat),
                        "page": _time_pages("views/quote.py", [{"id": q} for q in quote_ids], repeat)}

    summary = {}
    worst = 0.0
    for name, by in results.items():
        summary[name] = {k: {"p50_ms": round(_pct(v, 50), 1), "p95_ms": round(_pct(v, 95), 1)} for k, v in by.items()}
        worst = max(worst, summary[name]["page"]["p95_ms"])
        print(f"{name:7s} page  p50 {summary[name]['page']['p50_ms']:7.1f} ms  p95 {summary[name]['page']['p95_ms']:7.1f} ms"
              f"   | store p50 {summary[name]['store']['p50_ms']:7.1f} ms  p95 {summary[name]['store']['p95_ms']:7.1f} ms")
    ok = worst <= TARGET_P95_MS
    print(f"bench_dashboard: {n:,} quotes, worst page p95 {worst:.0f} ms "
          f"(target <= {TARGET_P95_MS:.0f} ms): {'PASS' if ok else 'OVER TARGET'}")
    out = args.json or ROOT / "out" / "bench" / "dashboard.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"quotes": n, "repeat": repeat, "target_p95_ms": TARGET_P95_MS,
                               "results": summary, "pass": ok}, indent=1), encoding="utf-8")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
