"""Extraction across processes: the extract stage run on several cores at once.

Takes: a stream of items (articles, or ingest items that may be errors) and a function that says
which `Article`, if any, each item needs extracted. Gives: each item with its `Quote` list (or the
error that stopped its extraction), in input order, as results come back.

Stanza runs on one core per process (torch with one thread is fastest under contention, see
`tracker.nlp.pipeline`), so a batch uses the machine's cores by running one extraction process
per core, each extracting a chunk of articles at a time (the networks batch across a chunk's
articles). Workers are spawned (not forked: the parent may hold threads, e.g. a progress bar) and
load their models once; at most `WINDOW_PER_JOB` chunks per worker are in flight, so memory stays
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

# Chunks queued per worker: 2 keeps each worker busy while the parent stores the previous results.
WINDOW_PER_JOB = 2
# Articles a worker extracts together (`tracker.extract.extract_articles`): the networks run once for
# the chunk. Measured on 64 Wikinews articles, tokenizing 8 at a time took 52 ms an article against
# 118 ms one at a time, 32 at a time 47 ms; 8 keeps a killed worker's loss and the wait for the first
# result small.
CHUNK = 8
# A chunk also ends after this many items, so a stream of items needing no extraction (an unchanged
# re-ingest) is not held in memory waiting for CHUNK articles.
MAX_CHUNK_ITEMS = 64
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


def _extract_many(articles: list[Article]) -> list[Result]:
    from tracker.extract import extract_articles

    try:
        return list(extract_articles(articles))
    except Exception as exc:  # noqa: BLE001 - reported per article by the caller
        return [exc] * len(articles)


def extract_stream(items: Iterable[T], wanted: Callable[[T], Article | None], jobs: int = 1,
                   extractor: Callable[[Article], list[Quote]] | None = None) -> Iterator[tuple[T, Result]]:
    """(item, quotes) for each item in order; quotes is None when `wanted(item)` is None (nothing to
    extract) and an exception when extraction failed. `wanted` runs in this process, just before the
    item's chunk is handed to a worker. A custom `extractor` runs in this process, one article at a time."""
    if extractor is not None:
        from tracker.extract import safely  # the parent process loads the NLP stack only when it extracts

        for item in items:
            article = wanted(item)
            yield item, (None if article is None else safely(extractor, article))
        return
    if jobs <= 1:
        for chunk in _chunks(iter(items), wanted):
            yield from _pair(chunk, _extract_many([a for _, a in chunk if a is not None]))
        return
    yield from _pooled(iter(items), wanted, jobs)


def _chunks(items: Iterator[T], wanted: Callable[[T], Article | None]) -> Iterator[list[tuple[T, Article | None]]]:
    """Items with their articles, CHUNK articles (or MAX_CHUNK_ITEMS items) at a time."""
    chunk: list[tuple[T, Article | None]] = []
    n_articles = 0
    for item in items:
        article = wanted(item)
        chunk.append((item, article))
        n_articles += article is not None
        if n_articles >= CHUNK or len(chunk) >= MAX_CHUNK_ITEMS:
            yield chunk
            chunk, n_articles = [], 0
    if chunk:
        yield chunk


def _pair(chunk: list[tuple[T, Article | None]], results: list[Result] | Exception) -> Iterator[tuple[T, Result]]:
    """The chunk's items with their results (the same error for all when the chunk failed as a whole)."""
    it = iter(results) if isinstance(results, list) else None
    for item, article in chunk:
        if article is None:
            yield item, None
        else:
            yield item, next(it) if it is not None else results


def _succeeded(future: Future | None) -> bool:
    """Finished with results (a chunk done before its pool broke keeps them)."""
    return future is not None and future.done() and not future.cancelled() and future.exception() is None


def _done(value: list[Result]) -> Future:
    f: Future = Future()
    f.set_result(value)
    return f


def _pooled(items: Iterator[T], wanted: Callable[[T], Article | None], jobs: int) -> Iterator[tuple[T, Result]]:
    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"))

    def submit(chunk: list[tuple[T, Article | None]]) -> Future | None:
        """The chunk's future; None when the pool broke before the chunk could be handed over."""
        articles = [a for _, a in chunk if a is not None]
        if not articles:
            return _done([])
        try:
            return pool.submit(_extract_many, articles)
        except BrokenProcessPool:
            return None

    def renew() -> ProcessPoolExecutor:
        pool.shutdown(wait=False, cancel_futures=True)
        return new_pool()

    pool = new_pool()
    chunks = _chunks(items, wanted)
    pending: deque[tuple[list[tuple[T, Article | None]], Future | None]] = deque()
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < jobs * WINDOW_PER_JOB:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, submit(chunk)))
            if not pending:
                break
            chunk, future = pending.popleft()
            if future is None:  # never handed to the pool that died: a fresh pool takes it
                pool = renew()
                future = submit(chunk)
            try:
                if future is None:
                    raise BrokenProcessPool("a fresh pool broke at once")
                results: list[Result] | Exception = future.result()
            except BrokenProcessPool as exc:
                # A worker died (killed, out of memory): the articles it held fail; the chunks queued
                # behind it go to a fresh pool.
                results = RuntimeError(f"extraction worker died ({exc})")
                pool = renew()
                pending = deque((c, f if _succeeded(f) else submit(c)) for c, f in pending)
            yield from _pair(chunk, results)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
