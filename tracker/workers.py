"""Extraction across processes: the extract stage run on several cores at once.

Takes: a stream of items (articles, or ingest items that may be errors) and a function that says
which `Article`, if any, each item needs extracted. Gives: each item with its `Quote` list (or the
error that stopped its extraction), in input order, as results come back.

Stanza runs one article at a time on one core (torch with one thread is fastest under contention,
see `tracker.nlp.pipeline`), so a batch uses the machine's cores by running one extraction process
per core. Workers are spawned (not forked: the parent may hold threads, e.g. a progress bar) and load
their models once; at most `WINDOW_PER_JOB` articles per worker are in flight, so memory stays
bounded however long the stream is.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import TypeVar

from tracker.records import Article, Quote

T = TypeVar("T")
Result = list[Quote] | Exception | None

# Articles queued per worker: 2 keeps each worker busy while the parent stores the previous result.
WINDOW_PER_JOB = 2
# A worker holds its own models (about 1.5 GB resident with the shipped French set), so more than
# four rarely pays on a desktop; TRACKER_JOBS or --jobs override.
MAX_AUTO_JOBS = 4
# Below this many articles, starting workers (each loads torch, Stanza and the models: ~5 s) costs
# more than it saves.
MIN_ARTICLES_FOR_WORKERS = 8


def default_jobs(expected_articles: int | None = None) -> int:
    """Worker count: TRACKER_JOBS when set, else one per core (at most MAX_AUTO_JOBS), 1 for small batches."""
    env = os.environ.get("TRACKER_JOBS")
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            pass
    if expected_articles is not None and expected_articles < MIN_ARTICLES_FOR_WORKERS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_AUTO_JOBS))


def _extract(article: Article) -> list[Quote]:
    from tracker.extract import extract_article

    return extract_article(article)


def _safe_extract(article: Article, extractor: Callable[[Article], list[Quote]] | None = None
                  ) -> list[Quote] | Exception:
    # An exception comes back as a value, so one article's failure never breaks the pool.
    try:
        return list((extractor or _extract)(article))
    except Exception as exc:  # noqa: BLE001 - reported per article by the caller
        return exc


def extract_stream(items: Iterable[T], wanted: Callable[[T], Article | None], jobs: int = 1,
                   extractor: Callable[[Article], list[Quote]] | None = None) -> Iterator[tuple[T, Result]]:
    """(item, quotes) for each item in order; quotes is None when `wanted(item)` is None (nothing to
    extract) and an exception when extraction failed. `wanted` runs in this process, just before the
    item is handed to a worker. A custom `extractor` always runs in this process."""
    if jobs <= 1 or extractor is not None:
        for item in items:
            article = wanted(item)
            yield item, (None if article is None else _safe_extract(article, extractor))
        return
    yield from _pooled(iter(items), wanted, jobs)


def _done(value: Result) -> Future:
    f: Future = Future()
    f.set_result(value)
    return f


def _pooled(items: Iterator[T], wanted: Callable[[T], Article | None], jobs: int) -> Iterator[tuple[T, Result]]:
    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"))

    def submit(article: Article | None) -> Future:
        return _done(None) if article is None else pool.submit(_safe_extract, article)

    pool = new_pool()
    pending: deque[tuple[T, Article | None, Future]] = deque()
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < jobs * WINDOW_PER_JOB:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                article = wanted(item)
                pending.append((item, article, submit(article)))
            if not pending:
                break
            item, article, future = pending.popleft()
            try:
                yield item, future.result()
            except BrokenProcessPool as exc:
                # A worker died (killed, out of memory): this article fails; the ones queued behind it
                # go to a fresh pool.
                yield item, RuntimeError(f"extraction worker died ({exc})")
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                pending = deque((i, a, submit(a)) for i, a, _ in pending)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
