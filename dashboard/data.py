"""Database access for the dashboard: the store, opened read-only, shared by the script runs.

DuckDB lets one process write a file or many processes read it, not both. A connection kept
open by the dashboard would therefore lock `tracker ingest` out; one opened per script run
costs ~30 ms to open at a million quotes and starts with a cold cache (its queries then ran
about twice as slow). So the server process keeps one read-only open of the file while pages
are being drawn and lets go of it HOLD_IDLE_S after the last one finishes; each script run gets
its own cursor on it (`Store.reader`). An ingest waiting for the file (it retries for 10 s)
gets in at the next idle moment; runs that overlap without a break keep the file held. While
an ingest holds the write lock the open fails: the page then says so and offers a retry
instead of crashing. Reads are memoised per database version (`cached`, keyed on the file's
mtime and size), so a page viewed again, or paged back to, costs only the open.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import streamlit as st

from dashboard import helpers
from tracker.store import QuoteFilter, Store, StoreBusy

DEFAULT_DB = "tracker.duckdb"

_LOCK_WORDS = ("lock", "conflicting", "being used", "another process", "busy")


class Unavailable(Exception):
    """The database cannot be read right now; `str(exc)` says why, for the reader."""


def db_path() -> Path:
    """The database the dashboard shows: $TRACKER_DB, else tracker.duckdb in the working dir."""
    return Path(os.environ.get("TRACKER_DB") or DEFAULT_DB)


def db_stamp(path: Path) -> int:
    """A number that changes whenever the database file (or its WAL) changes: a cache key."""
    stamp = 0
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st_ = p.stat()
        except OSError:
            continue
        stamp ^= hash((st_.st_mtime_ns, st_.st_size, p.name))
    return stamp


def _is_lock_error(exc: BaseException) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return any(w in text for w in _LOCK_WORDS)


# Kept short: an ingest that wants the file waits for this much idleness (its own retry lasts 10 s).
HOLD_IDLE_S = 1.0


class _SharedOpen:
    """The process's one read-only open of the database, handed out as per-run cursors."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._users = 0
        self._last = 0.0
        self._stamp = 0

    def open(self, path: Path) -> Store:
        stamp = db_stamp(path)  # no writer gets in while the file is open, but it can be replaced
        with self._lock:
            if self._store is not None and (self._store.path != path or self._stamp != stamp):
                if self._users:  # another database while runs still read the first one: not shared
                    root = Store(path, read_only=True)
                    return root.reader(on_close=root.close)
                self._close()
            if self._store is None:
                self._store, self._stamp = Store(path, read_only=True), stamp
            try:
                child = self._store.reader(on_close=self._release)
            except Exception:
                self._close()
                raise
            self._users += 1
            return child

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            self._last = time.monotonic()
        timer = threading.Timer(HOLD_IDLE_S, self._expire)
        timer.daemon = True
        timer.start()

    def _expire(self) -> None:
        with self._lock:
            if self._users == 0 and time.monotonic() - self._last >= HOLD_IDLE_S - 0.01:
                self._close()

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


_SHARED = _SharedOpen()


def open_store(path: Path | None = None, wait_s: float = 3.0) -> Store:
    """A read-only store for one script run (close it after), retrying for up to `wait_s` while a
    writer holds the lock.

    Opening connects at once, so a held lock shows now rather than halfway through drawing a
    page. `tracker ingest` lets go of the file about once a second, so a few retries usually get
    in between two articles."""
    path = path or db_path()
    if not path.exists():
        raise Unavailable(
            f"No database at {path}. Build one with `make run` (or `tracker ingest corpus/`), "
            "or point TRACKER_DB at an existing file."
        )
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return _SHARED.open(path)
        except Exception as exc:  # StoreBusy / StoreError, or a duckdb error the store let through
            if not (isinstance(exc, StoreBusy) or _is_lock_error(exc)):
                raise Unavailable(f"Cannot read {path}: {exc}") from exc
            if time.monotonic() >= deadline:
                raise Unavailable(
                    f"{path} is being written right now (an ingest holds the database lock), so it "
                    "cannot be read. The dashboard shows it again as soon as the writer lets go: "
                    "press Retry in a moment."
                ) from exc
            time.sleep(0.15)


def run_page(render: Callable[[Store], None]) -> None:
    """Open the store, call `render(store)`, close it; on failure explain and stop the page.

    The time the page took on the server (store opened, queried, closed; elements built) is
    shown at the foot of the sidebar and kept in `st.session_state["_render_ms"]`."""
    t0 = time.perf_counter()
    try:
        store = open_store()
    except Unavailable as exc:
        st.warning(str(exc), icon="⏳")  # operator-side text (path, store error), not article data
        st.button("Retry", key="retry-open")
        st.stop()
    try:
        _sidebar(store)
        footer = st.sidebar.empty()
        render(store)
    finally:
        store.close()
    ms = (time.perf_counter() - t0) * 1000
    st.session_state["_render_ms"] = ms
    footer.caption(f"Page built in {ms:,.0f} ms")


def _sidebar(store: Store) -> None:
    """Which database is shown, and how big it is (cached per database version)."""
    path, stamp = key()
    try:
        s = stats(store, path, stamp)
    except Exception as exc:  # a broken stats query must not take the page down
        s = {"error": str(exc)}
    bits = [f"{int(s[k]):,} {k.replace('_', ' ')}" for k in ("quotes", "articles", "speakers", "repeated_claims")
            if isinstance(s.get(k), int)]
    span = ""
    if s.get("first_published") and s.get("last_published"):
        span = f"<br>{helpers.esc(helpers.fmt_date(s['first_published']))} → {helpers.esc(helpers.fmt_date(s['last_published']))}"
    st.sidebar.html(
        f'<div class="qt-meta"><b>Database</b> {helpers.esc(db_path())}<br>{helpers.esc(" · ".join(bits))}{span}</div>'
    )


# --- cached lookups (keyed on the database path and version; the store arg is not hashed) ---


@st.cache_data(ttl=600, show_spinner=False, max_entries=8)
def outlets(_store: Store, path: str, stamp: int) -> list[str]:
    """Outlet names present in the database."""
    return [o for o in _store.outlets() if o]


@st.cache_data(ttl=600, show_spinner=False, max_entries=8)
def langs(_store: Store, path: str, stamp: int) -> list[str]:
    """Languages present in the database."""
    return [lang for lang in _store.langs() if lang]


@st.cache_data(ttl=600, show_spinner=False, max_entries=8)
def top_speakers(_store: Store, path: str, stamp: int, limit: int = 300) -> list[str]:
    """Canonical names of the most quoted speakers, for the speaker filter."""
    df = _store.speakers(limit=limit)
    if df.is_empty() or "name" not in df.columns:
        return []
    return [n for n in df["name"].to_list() if n]


@st.cache_data(ttl=600, show_spinner=False, max_entries=8)
def stats(_store: Store, path: str, stamp: int) -> dict:
    """Store statistics (counts), for the sidebar."""
    return dict(_store.stats())


@st.cache_data(ttl=600, show_spinner=False, max_entries=1024)
def _cached_call(_store: Store, path: str, stamp: int, method: str, args: tuple, kwargs: tuple) -> Any:
    args = tuple(QuoteFilter(**dict(a[1])) if isinstance(a, tuple) and a and a[0] == _QF else a for a in args)
    return getattr(_store, method)(*args, **dict(kwargs))


_QF = "__QuoteFilter__"
CACHEABLE = frozenset({
    "search_quotes", "count_quotes", "speakers", "get_speaker", "speaker_timeline", "speaker_outlets",
    "speaker_top_claims", "claims", "get_cluster", "cluster_mentions", "articles", "article_quotes",
})


def cached(store: Store, method: str, *args: object, **kwargs: object) -> Any:
    """`store.<method>(*args, **kwargs)`, memoised per database version (path + mtime/size stamp).

    Any write to the database changes the stamp, so a cached answer is never older than the
    file. Only the read methods in CACHEABLE go through here; QuoteFilter arguments are turned
    into plain tuples so that they hash."""
    if method not in CACHEABLE:
        raise ValueError(f"{method} is not a cacheable store read")
    path, stamp = key()
    plain = tuple((_QF, tuple(sorted(asdict(a).items()))) if isinstance(a, QuoteFilter) else a for a in args)
    return _cached_call(store, path, stamp, method, plain, tuple(sorted(kwargs.items())))


def key() -> tuple[str, int]:
    """(path, stamp) of the current database: the cache key for the lookups above."""
    path = db_path()
    return str(path.resolve()), db_stamp(path)

