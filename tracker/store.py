"""Store stage: articles, quote mentions, speakers and clusters in one DuckDB file.

Takes: `Article` records with their `Quote` records (from ingest + extract).
Gives: the query API the CLI and the dashboard use (polars DataFrames, dicts), and exports' input.

This module is the only place SQL lives; every value is passed as a parameter.

Files and locking: the database is `path`, else $TRACKER_DB, else ./tracker.duckdb. DuckDB lets one process
write a file, or several read it, not both. A writer `Store` opens the file on its first call and keeps
it until `release()`/`close()`; `tracker ingest` releases it about once a second between articles, so a
reader (the dashboard) gets in between. Opening while another process holds the file raises `StoreBusy`
(a writer first retries for `lock_timeout` seconds). Readers should likewise hold the file briefly
(open per request or call `release()`), or a writer will wait and then report the store busy.

Writes: `upsert_article` writes one article, its quotes, speakers and the clusters they touch in one
transaction: a process killed mid-run leaves whole articles only, and the next run carries on
(unchanged articles are skipped). Clustering is incremental (tracker.dedup.QuoteClusterer, rebuilt in
memory from the quotes table once per writer session).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import astuple, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from tracker.dedup import (
    FRAGMENT_MAX_LENGTH_RATIO,
    QuoteClusterer,
    SpeakerResolver,
    family_of,
    search_fold,
    speaker_key,
)
from tracker.records import Article, Quote

SCHEMA_VERSION = 1
DEFAULT_DB = "tracker.duckdb"


class StoreError(Exception):
    """The store cannot be opened or used (one line, meant for the user)."""


class StoreBusy(StoreError):
    """Another process holds the database file (an ingest is writing)."""


def default_db_path() -> Path:
    return Path(os.environ.get("TRACKER_DB") or DEFAULT_DB)


def content_hash(article: Article) -> str:
    """What decides 'unchanged' vs 'replaced' on re-ingestion."""
    h = hashlib.sha256()
    for part in (article.text, article.title, article.published, article.outlet, article.url, article.lang):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


@dataclass
class QuoteFilter:
    search: str | None = None  # case/accent-insensitive substring over quote text (and speaker)
    speaker: str | None = None  # speaker id or canonical name / alias (case/accent-insensitive)
    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD inclusive
    until: str | None = None
    kind: str | None = None  # direct|partial|indirect
    lang: str | None = None
    include_headings: bool = True  # False hides in_heading quotes
    cluster_id: str | None = None
    article_id: str | None = None


_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR, published DATE, lang VARCHAR,
        text VARCHAR, content_hash VARCHAR, ingested_at TIMESTAMP, source VARCHAR,
        status VARCHAR, n_quotes INTEGER)""",
    """CREATE TABLE IF NOT EXISTS quotes (
        quote_id VARCHAR, article_id VARCHAR, seq INTEGER, start INTEGER, "end" INTEGER,
        text VARCHAR, match_text VARCHAR, search_text VARCHAR USING COMPRESSION uncompressed, kind VARCHAR,
        speaker VARCHAR, speaker_id VARCHAR, speaker_type VARCHAR, cue VARCHAR, in_heading BOOLEAN,
        confidence DOUBLE, sentence VARCHAR, cue_start INTEGER, cue_end INTEGER,
        speaker_start INTEGER, speaker_end INTEGER, cluster_id VARCHAR, is_fragment BOOLEAN,
        outlet VARCHAR, published DATE, lang VARCHAR)""",
    "CREATE TABLE IF NOT EXISTS speakers (speaker_id VARCHAR, name VARCHAR, type VARCHAR, name_key VARCHAR)",
    "CREATE TABLE IF NOT EXISTS speaker_aliases (speaker_id VARCHAR, alias VARCHAR, alias_key VARCHAR)",
    """CREATE TABLE IF NOT EXISTS clusters (
        cluster_id VARCHAR, text VARCHAR, first_seen DATE, last_seen DATE, mentions INTEGER,
        articles INTEGER, outlets INTEGER, days INTEGER, speakers VARCHAR[], outlet_list VARCHAR[])""",
    # Point lookups (opening a quote, a claim's mentions, an article's quotes, the rows of a result page):
    # at 1 M quotes, 2 cores, get_quote went from 71 ms (full scan) to 4 ms and cluster_mentions from 45 to
    # 12 ms; per-article upserts were not slower. Created on a writer's open (IF NOT EXISTS), so an older
    # database gets them the next time it is written to.
    "CREATE INDEX IF NOT EXISTS quotes_quote_id ON quotes (quote_id)",
    "CREATE INDEX IF NOT EXISTS quotes_article_id ON quotes (article_id)",
    "CREATE INDEX IF NOT EXISTS quotes_cluster_id ON quotes (cluster_id)",
    "CREATE INDEX IF NOT EXISTS articles_id ON articles (id)",
    "CREATE INDEX IF NOT EXISTS clusters_cluster_id ON clusters (cluster_id)",
]

# search_text is stored uncompressed: every search scans it whole, and a substring scan over plain
# strings measured 72 ms against 115-165 ms over DuckDB's FSST-compressed ones (1 M quotes, 2 cores).
_QUOTE_COLS = [
    "quote_id", "article_id", "seq", "start", "end", "text", "match_text", "search_text", "kind", "speaker",
    "speaker_id", "speaker_type", "cue", "in_heading", "confidence", "sentence", "cue_start", "cue_end",
    "speaker_start", "speaker_end", "cluster_id", "is_fragment", "outlet", "published", "lang",
]
_QUOTE_SCHEMA = {
    "quote_id": pl.String, "article_id": pl.String, "seq": pl.Int32, "start": pl.Int32, "end": pl.Int32,
    "text": pl.String, "match_text": pl.String, "search_text": pl.String, "kind": pl.String,
    "speaker": pl.String, "speaker_id": pl.String, "speaker_type": pl.String, "cue": pl.String,
    "in_heading": pl.Boolean, "confidence": pl.Float64, "sentence": pl.String, "cue_start": pl.Int32,
    "cue_end": pl.Int32, "speaker_start": pl.Int32, "speaker_end": pl.Int32, "cluster_id": pl.String,
    "is_fragment": pl.Boolean, "outlet": pl.String, "published": pl.Date, "lang": pl.String,
}

# Columns of search_quotes(); get_quote() adds the offsets and sentence.
_LIST_SELECT = """
    h.quote_id, h.article_id, h.cluster_id, h.text, h.kind, h.speaker, s.name AS speaker_canonical,
    h.speaker_id, COALESCE(s.type, h.speaker_type) AS speaker_type, h.cue, h.in_heading, h.confidence,
    h.start, h."end", h.outlet, h.published, a.title, a.url, h.lang, h.is_fragment"""
_ORDER = 'published DESC NULLS LAST, article_id, seq'


def _to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Store:
    """The tracker's DuckDB database. See the module docstring for locking."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False, lock_timeout: float = 10.0) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened_at = 0.0
        self._clusterer: QuoteClusterer | None = None
        self._resolver: SpeakerResolver | None = None
        self._generation: int | None = None  # generation the in-memory state matches
        self._scans: dict[tuple, tuple[int, list[str], list[str], int]] = {}  # see _scan()
        self._on_close: Callable[[], None] | None = None
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no database here (run `tracker ingest` first)")

    # ------------------------------------------------------------------ connection

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.release()
        self._clusterer = self._resolver = None
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close()

    def reader(self, on_close: Callable[[], None] | None = None) -> Store:
        """A read-only Store on this store's open database: a cursor of its own (one per thread) over the
        same file handle, lock and cache. Closing it leaves this store open and then calls `on_close`.
        Opens this store first, so a held lock shows here (StoreBusy)."""
        con = self._connect()
        child = Store(self.path, read_only=True)
        child._con = con.cursor()
        child._opened_at = time.monotonic()
        child._on_close = on_close
        return child

    def release(self) -> None:
        """Close the file (keeping in-memory state) so that other processes can open it."""
        self._scans.clear()
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def held_for(self) -> float:
        return time.monotonic() - self._opened_at if self._con is not None else 0.0

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self._con is not None:
            return self._con
        deadline = time.monotonic() + (0 if self.read_only else self.lock_timeout)
        delay = 0.05
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=self.read_only)
                break
            except duckdb.IOException as exc:
                msg = str(exc)
                if "lock" in msg.lower():
                    if time.monotonic() < deadline:
                        time.sleep(delay)
                        delay = min(delay * 2, 0.5)
                        continue
                    raise StoreBusy(f"{self.path}: database is in use by another process "
                                    "(an ingest is probably writing); try again shortly") from None
                raise StoreError(f"{self.path}: cannot open database ({msg.splitlines()[0]})") from None
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: not a tracker database ({str(exc).splitlines()[0]})") from None
        self._con = con
        self._opened_at = time.monotonic()
        if self.read_only:
            self._check_schema(con)
        else:
            self._create_schema(con)
            gen = self._read_generation(con)
            if gen != self._generation:  # another writer changed the file since we built our indexes
                self._clusterer = self._resolver = None
                self._generation = gen
        return con

    def _check_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        try:
            row = _first(con.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
        except duckdb.CatalogException:
            raise StoreError(f"{self.path}: not a tracker database (no schema)") from None
        if row is None or int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {row[0] if row else '?'} not supported "
                             f"(this tracker knows {SCHEMA_VERSION})")

    def _create_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute("BEGIN TRANSACTION")
        for stmt in _SCHEMA:
            con.execute(stmt)
        row = _first(con.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
        if row is None:
            con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('generation', '0')", [str(SCHEMA_VERSION)])
        elif int(row[0]) > SCHEMA_VERSION:
            con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: schema version {row[0]} is newer than this tracker's ({SCHEMA_VERSION})")
        con.execute("COMMIT")

    @staticmethod
    def _read_generation(con: duckdb.DuckDBPyConnection) -> int:
        row = _first(con.execute("SELECT value FROM meta WHERE key = 'generation'"))
        return int(row[0]) if row else 0

    def _q(self, sql: str, params: list | tuple | None = None) -> duckdb.DuckDBPyConnection:
        return self._connect().execute(sql, params or [])

    def _df(self, sql: str, params: list | tuple | None = None) -> pl.DataFrame:
        return self._connect().sql(sql, params=params or None).pl()

    def _one(self, sql: str, params: list | tuple | None = None) -> dict | None:
        cur = self._q(sql, params)
        row = _first(cur)
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    # ------------------------------------------------------------------ in-memory indexes

    def _state(self) -> tuple[QuoteClusterer, SpeakerResolver]:
        con = self._connect()
        if self._clusterer is None or self._resolver is None:
            clusterer = QuoteClusterer()
            rel = con.sql("SELECT quote_id, match_text, cluster_id, kind = 'indirect' FROM quotes").to_arrow_table()
            for qid, key, cid, claim in zip(*(rel.column(i).to_pylist() for i in range(4)), strict=True):
                clusterer.load(qid, key or "", cid, "claim" if claim else "quote")
            resolver = SpeakerResolver()
            aliases: dict[str, list[str]] = {}
            for sid, alias in con.execute("SELECT speaker_id, alias FROM speaker_aliases").fetchall():
                aliases.setdefault(sid, []).append(alias)
            for sid, name, type_ in con.execute("SELECT speaker_id, name, type FROM speakers").fetchall():
                resolver.load(sid, name, type_, aliases.get(sid, []))
            resolver.finish_loading()
            self._clusterer, self._resolver = clusterer, resolver
        return self._clusterer, self._resolver

    # ------------------------------------------------------------------ writes

    def article_state(self, article_id: str) -> tuple[str, str] | None:
        """(content_hash, status) of a stored article, None when absent."""
        row = _first(self._q("SELECT content_hash, status FROM articles WHERE id = ?", [article_id]))
        return (row[0], row[1]) if row else None

    def _article_states(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        if len(ids) == 1:
            state = self.article_state(ids[0])
            return {ids[0]: state} if state else {}
        rows = self._q("SELECT id, content_hash, status FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                       [ids]).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def needs_extraction(self, article: Article, extracted: bool = True) -> bool:
        """False when upsert_article would answer 'unchanged' (so extraction can be skipped)."""
        state = self.article_state(article.id)
        if state is None or state[0] != content_hash(article):
            return True
        return extracted and state[1] != "extracted"

    def upsert_article(self, article: Article, quotes: list[Quote], extracted: bool = True) -> str:
        """Store one article and its quote mentions in one transaction: 'new', 'unchanged' or 'replaced'.

        `extracted=False` records an article whose language has no pipeline (no quotes); a later
        upsert with extracted=True re-processes it even though its text has not changed."""
        return self.upsert_many([(article, quotes)], extracted=extracted)[0]

    def upsert_many(self, items: list[tuple[Article, list[Quote]]], extracted: bool = True) -> list[str]:
        """Several articles in ONE transaction (bulk loads); use upsert_article for per-article safety."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        con = self._connect()
        clusterer, resolver = self._state()
        self._scans.clear()
        statuses: list[str] = []
        con.execute("BEGIN TRANSACTION")
        try:
            quote_rows: list[dict] = []
            article_rows: list[dict] = []
            touched: set[str] = set()
            touched_speakers: set[str] = set()
            new_aliases: list[tuple[str, str]] = []
            replaced_ids: list[str] = []
            batch_ids: set[str] = set()
            states = self._article_states([a.id for a, _ in items])
            for article, quotes in items:
                h = content_hash(article)
                state = states.get(article.id) if article.id not in batch_ids else None
                if state and state[0] == h and (state[1] == "extracted" or not extracted):
                    statuses.append("unchanged")
                    continue
                if article.id in batch_ids:
                    raise StoreError(f"article id {article.id!r} appears twice in one batch")
                batch_ids.add(article.id)
                if state:
                    replaced_ids.append(article.id)
                    old = con.execute("SELECT quote_id FROM quotes WHERE article_id = ?", [article.id]).fetchall()
                    for (qid,) in old:
                        cid = clusterer.remove(qid)
                        if cid:
                            touched.add(cid)
                statuses.append("replaced" if state else "new")
                published = _to_date(article.published)
                article_rows.append({
                    "id": article.id, "url": article.url, "outlet": article.outlet, "title": article.title,
                    "published": published, "lang": article.lang, "text": article.text, "content_hash": h,
                    "ingested_at": datetime.now(UTC).replace(tzinfo=None), "source": article.source,
                    "status": "extracted" if extracted else "not_extracted", "n_quotes": len(quotes),
                })
                for seq, q in enumerate(quotes):
                    qid = f"{article.id}#{seq}"
                    sm = resolver.resolve(q.speaker, q.speaker_canonical, q.speaker_type, article.text)
                    if sm.speaker_id:
                        touched_speakers.add(sm.speaker_id)
                        new_aliases.extend((sm.speaker_id, a) for a in sm.aliases)
                    assignment = clusterer.add(qid, q.text, family_of(q.kind))
                    touched.add(assignment.cluster_id)
                    q.cluster_id, q.is_fragment = assignment.cluster_id, assignment.is_fragment
                    if sm.name:
                        q.speaker_canonical = sm.name
                    speaker_type = sm.type if sm.speaker_id else (q.speaker_type or "unknown")
                    quote_rows.append({
                        "quote_id": qid, "article_id": article.id, "seq": seq, "start": q.start, "end": q.end,
                        "text": q.text, "match_text": assignment.key,
                        "search_text": search_fold(q.text) + " \x1f " + search_fold(" ".join(filter(None, {q.speaker or "", sm.name or ""}))),
                        "kind": q.kind, "speaker": q.speaker, "speaker_id": sm.speaker_id,
                        "speaker_type": speaker_type, "cue": q.cue, "in_heading": bool(q.in_heading),
                        "confidence": float(q.confidence), "sentence": q.sentence, "cue_start": q.cue_start,
                        "cue_end": q.cue_end, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                        "cluster_id": assignment.cluster_id, "is_fragment": assignment.is_fragment,
                        "outlet": article.outlet, "published": published, "lang": article.lang,
                    })
            if replaced_ids:
                con.execute("DELETE FROM quotes WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [replaced_ids])
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [replaced_ids])
            if article_rows:
                adf = pl.DataFrame(article_rows, schema={
                    "id": pl.String, "url": pl.String, "outlet": pl.String, "title": pl.String,
                    "published": pl.Date, "lang": pl.String, "text": pl.String, "content_hash": pl.String,
                    "ingested_at": pl.Datetime("us"), "source": pl.String, "status": pl.String,
                    "n_quotes": pl.Int32})
                con.register("_new_articles", adf)
                con.execute("INSERT INTO articles SELECT * FROM _new_articles")
                con.unregister("_new_articles")
            if quote_rows:
                qdf = pl.DataFrame(quote_rows, schema=_QUOTE_SCHEMA)
                con.register("_new_quotes", qdf)
                con.execute(f"INSERT INTO quotes SELECT {', '.join(chr(34) + c + chr(34) for c in _QUOTE_COLS)} "
                            "FROM _new_quotes")
                con.unregister("_new_quotes")
            self._write_speakers(con, resolver, touched_speakers, new_aliases)
            self._refresh_clusters(con, touched)
            if article_rows:
                con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) "
                            "WHERE key = 'generation'")
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            # The in-memory indexes saw this batch: rebuild them from what is really stored.
            self._clusterer = self._resolver = None
            raise
        if article_rows:
            self._generation = self._read_generation(con)
        return statuses

    def _write_speakers(self, con: duckdb.DuckDBPyConnection, resolver: SpeakerResolver, ids: set[str],
                        aliases: list[tuple[str, str]]) -> None:
        if not ids:
            return
        rows = [(sid, resolver.speakers[sid].name, resolver.speakers[sid].type,
                 speaker_key(resolver.speakers[sid].name)) for sid in sorted(ids)]
        con.execute("DELETE FROM speakers WHERE speaker_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(ids)])
        con.executemany("INSERT INTO speakers VALUES (?, ?, ?, ?)", rows)
        for sid in ids:  # the canonical name is an alias too
            aliases.append((sid, resolver.speakers[sid].name))
        fresh = {(sid, a): (sid, a, speaker_key(a)) for sid, a in aliases}
        if fresh:
            existing = set(con.execute(
                "SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(ids)]).fetchall())
            rows2 = [v for k, v in fresh.items() if k not in existing]
            if rows2:
                con.executemany("INSERT INTO speaker_aliases VALUES (?, ?, ?)", rows2)

    def _refresh_clusters(self, con: duckdb.DuckDBPyConnection, cluster_ids: set[str]) -> None:
        if not cluster_ids:
            return
        ids = sorted(cluster_ids)
        con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _touched AS
            SELECT q.quote_id, q.cluster_id, q.text, q.match_text, q.article_id, q.outlet, q.published,
                   s.name AS speaker_name
            FROM quotes q LEFT JOIN speakers s ON s.speaker_id = q.speaker_id
            WHERE q.cluster_id IN (SELECT unnest(?::VARCHAR[]))""", [ids])
        con.execute("""
            INSERT INTO clusters
            SELECT cluster_id, arg_max(text, length(match_text)), min(published), max(published), count(*),
                   count(DISTINCT article_id), count(DISTINCT outlet), count(DISTINCT published),
                   list(DISTINCT speaker_name ORDER BY speaker_name) FILTER (WHERE speaker_name IS NOT NULL),
                   list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL)
            FROM _touched GROUP BY cluster_id""")
        con.execute("""
            UPDATE quotes SET is_fragment = (length(quotes.match_text) < ? * m.longest)
            FROM (SELECT cluster_id, max(length(match_text)) AS longest FROM _touched GROUP BY cluster_id) m
            WHERE quotes.cluster_id = m.cluster_id""", [FRAGMENT_MAX_LENGTH_RATIO])
        con.execute("DROP TABLE _touched")

    # ------------------------------------------------------------------ quote reads

    def _where(self, f: QuoteFilter, alias: str = "q") -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        p = alias + "."
        if f.search:
            conds.append(f"contains({p}search_text, ?)")
            params.append(search_fold(f.search))
        if f.speaker:
            conds.append(f"""({p}speaker_id = ? OR {p}speaker_id IN (
                SELECT speaker_id FROM speakers WHERE name_key = ?
                UNION SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?))""")
            params += [f.speaker, speaker_key(f.speaker), speaker_key(f.speaker)]
        if f.outlet:
            # Folded in Python, like the search text: SQL's strip_accents/lower leave curly
            # apostrophes and œ alone, so « L’Humanité » never matched a typed "l'humanite".
            wanted = search_fold(f.outlet)
            names = [o for o in self.outlets() if search_fold(o) == wanted]
            conds.append(f"{p}outlet IN ({', '.join('?' * len(names))})" if names else "FALSE")
            params += names
        if f.since:
            conds.append(f"{p}published >= ?")
            params.append(_parse_day(f.since, "since"))
        if f.until:
            conds.append(f"{p}published <= ?")
            params.append(_parse_day(f.until, "until"))
        if f.kind:
            conds.append(f"{p}kind = ?")
            params.append(f.kind)
        if f.lang:
            conds.append(f"{p}lang = ?")
            params.append(f.lang.lower())
        if not f.include_headings:
            conds.append(f"NOT {p}in_heading")
        if f.cluster_id:
            conds.append(f"{p}cluster_id = ?")
            params.append(f.cluster_id)
        if f.article_id:
            conds.append(f"{p}article_id = ?")
            params.append(f.article_id)
        return (" WHERE " + " AND ".join(conds)) if conds else "", params

    # Pages of results: one pass over the quotes counts the matches and keeps the first _SCAN_ROWS of them
    # (ids only, newest first); the page's full rows are then fetched through the quote_id and articles.id
    # indexes. The count and the page a list view asks for, in either order, cost a single scan, which
    # matters most for a text search (contains() over every row's search_text).
    _SCAN_ROWS = 200  # first pages of every page size the dashboard offers (25..200)
    _SCAN_MAX = 1000  # deeper pages take the plain query (top-N with the engine's late materialisation)

    def _scan(self, f: QuoteFilter, upto: int) -> tuple[int, list[str], list[str]]:
        """(matches, quote ids, article ids): the count and the first `upto` matches, newest first.

        Kept per filter until the connection closes or this store writes (a read-only connection sees
        a file no other process can change)."""
        key = astuple(f)
        hit = self._scans.get(key)
        if hit is None or (hit[3] < upto and len(hit[1]) < hit[0]):
            where, params = self._where(f)
            n = max(upto, self._SCAN_ROWS)
            row = _first(self._q(f"""
                WITH m AS MATERIALIZED (SELECT quote_id, article_id, published, seq FROM quotes q{where})
                SELECT (SELECT count(*) FROM m), list(quote_id ORDER BY {_ORDER}), list(article_id ORDER BY {_ORDER})
                FROM (SELECT * FROM m ORDER BY {_ORDER} LIMIT ?)""", [*params, n]))
            assert row is not None
            if len(self._scans) >= 16:
                self._scans.clear()
            hit = self._scans[key] = (int(row[0]), row[1] or [], row[2] or [], n)
        return hit[0], hit[1], hit[2]

    def _joined(self, where: str, params: list[Any], tail: str, article_ids: list[str] | None = None,
                extra: str = "") -> tuple[str, list[Any]]:
        """SQL and parameters: quote rows `h` WHERE `where` (an indexed condition) with their speaker and
        article. The articles are picked by id first (an index lookup): joining the whole table scans it."""
        if article_ids is None:
            article_ids = [r[0] for r in self._q(f"SELECT DISTINCT article_id FROM quotes h WHERE {where}",
                                                  params).fetchall()]
        return (f"""
            WITH a AS (SELECT id, title, url FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])))
            SELECT {_LIST_SELECT}{extra}
            FROM quotes h LEFT JOIN speakers s ON s.speaker_id = h.speaker_id
                          LEFT JOIN a ON a.id = h.article_id
            WHERE {where} {tail}""", [sorted(set(article_ids)), *params])

    def _page(self, ids: list[str], article_ids: list[str]) -> pl.DataFrame:
        return self._df(*self._joined("h.quote_id IN (SELECT unnest(?::VARCHAR[]))", [ids],
                                      "ORDER BY h.published DESC NULLS LAST, h.article_id, h.seq", article_ids))

    def search_quotes(self, f: QuoteFilter | None = None, limit: int | None = 50, offset: int = 0) -> pl.DataFrame:
        """Quote mentions matching the filter, newest first. limit=None returns all."""
        f = f or QuoteFilter()
        where, params = self._where(f)
        offset = max(0, int(offset))
        if limit is not None and offset + int(limit) <= self._SCAN_MAX:
            end = offset + max(0, int(limit))
            if where:
                _total, ids, aids = self._scan(f, end)
            else:  # no filter: the engine's top-N skips most of the table by date, and the count is free
                rows = self._q(f"SELECT quote_id, article_id FROM quotes ORDER BY {_ORDER} LIMIT ?", [end]).fetchall()
                ids, aids = [r[0] for r in rows], [r[1] for r in rows]
            return self._page(ids[offset:end], aids[offset:end])
        page = "LIMIT ? OFFSET ?" if limit is not None else "OFFSET ?"
        params += ([int(limit), offset] if limit is not None else [offset])
        # Top-N on the quotes table first, joins after: keeps searches fast at a million rows.
        return self._df(f"""
            WITH h AS (SELECT * FROM quotes q{where} ORDER BY {_ORDER} {page})
            SELECT {_LIST_SELECT}
            FROM h LEFT JOIN speakers s ON s.speaker_id = h.speaker_id
                   LEFT JOIN articles a ON a.id = h.article_id
            ORDER BY h.published DESC NULLS LAST, h.article_id, h.seq""", params)

    def count_quotes(self, f: QuoteFilter | None = None) -> int:
        f = f or QuoteFilter()
        where, params = self._where(f)
        if not where:
            return int(_first(self._q("SELECT count(*) FROM quotes"))[0])
        return self._scan(f, 0)[0]

    _DETAIL = ", h.sentence, h.cue_start, h.cue_end, h.speaker_start, h.speaker_end"

    def get_quote(self, quote_id: str) -> dict | None:
        return self._one(*self._joined("h.quote_id = ?", [quote_id], "", extra=self._DETAIL))

    def article_quotes(self, article_id: str) -> pl.DataFrame:
        return self._df(*self._joined("h.article_id = ?", [article_id], "ORDER BY h.start, h.seq", [article_id],
                                      extra=self._DETAIL))

    # ------------------------------------------------------------------ clusters / claims

    _CLUSTER_COLS = ("cluster_id, text, mentions, articles, outlets, days, first_seen, last_seen, speakers, "
                     "outlet_list")

    def cluster_mentions(self, cluster_id: str) -> pl.DataFrame:
        return self._df(*self._joined("h.cluster_id = ?", [cluster_id],
                                      "ORDER BY h.published NULLS LAST, h.article_id, h.seq"))

    def get_cluster(self, cluster_id: str) -> dict | None:
        return self._one(f"SELECT {self._CLUSTER_COLS} FROM clusters WHERE cluster_id = ?", [cluster_id])

    def claims(self, min_articles: int = 2, limit: int | None = 100, offset: int = 0) -> pl.DataFrame:
        """Clusters seen in at least `min_articles` articles, most widely spread first."""
        return self._df(f"""
            SELECT {self._CLUSTER_COLS} FROM clusters WHERE articles >= ?
            ORDER BY outlets DESC, articles DESC, days DESC, mentions DESC, cluster_id
            {"LIMIT ? OFFSET ?" if limit is not None else "OFFSET ?"}""",
                        [int(min_articles)] + ([int(limit), int(offset)] if limit is not None else [int(offset)]))

    def clusters(self, limit: int | None = 100, offset: int = 0) -> pl.DataFrame:
        return self._df(f"""
            SELECT {self._CLUSTER_COLS} FROM clusters
            ORDER BY mentions DESC, articles DESC, cluster_id
            {"LIMIT ? OFFSET ?" if limit is not None else "OFFSET ?"}""",
                        [int(limit), int(offset)] if limit is not None else [int(offset)])

    # ------------------------------------------------------------------ speakers

    def speakers(self, search: str | None = None, limit: int | None = 100, offset: int = 0) -> pl.DataFrame:
        params: list[Any] = []
        cond = ""
        if search:
            cond = """WHERE s.speaker_id IN (SELECT speaker_id FROM speaker_aliases
                                             WHERE contains(alias_key, ?) OR contains(lower(strip_accents(alias)), ?))"""
            params += [speaker_key(search), search_fold(search)]
        page = "LIMIT ? OFFSET ?" if limit is not None else "OFFSET ?"
        params += [int(limit), int(offset)] if limit is not None else [int(offset)]
        return self._df(f"""
            WITH st AS (SELECT speaker_id, count(*) AS quotes, count(DISTINCT article_id) AS articles,
                               count(DISTINCT outlet) AS outlets, min(published) AS first_seen,
                               max(published) AS last_seen
                        FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id),
                 al AS (SELECT speaker_id, list(alias ORDER BY alias) AS aliases FROM speaker_aliases GROUP BY speaker_id)
            SELECT s.speaker_id, s.name, s.type, st.quotes, st.articles, st.outlets, st.first_seen,
                   st.last_seen, COALESCE(al.aliases, []) AS aliases
            FROM speakers s JOIN st ON st.speaker_id = s.speaker_id LEFT JOIN al ON al.speaker_id = s.speaker_id
            {cond}
            ORDER BY st.quotes DESC, s.name {page}""", params)

    def get_speaker(self, speaker_id: str) -> dict | None:
        # one pass over the speaker's quotes for all five figures (five correlated subqueries took
        # 51 ms at 1 M quotes, one aggregate 15 ms)
        row = self._one("""
            SELECT s.speaker_id, s.name, s.type, coalesce(st.quotes, 0) AS quotes,
                   coalesce(st.articles, 0) AS articles, coalesce(st.outlets, 0) AS outlets,
                   st.first_seen, st.last_seen
            FROM speakers s LEFT JOIN (
                SELECT count(*) AS quotes, count(DISTINCT article_id) AS articles,
                       count(DISTINCT outlet) AS outlets, min(published) AS first_seen,
                       max(published) AS last_seen
                FROM quotes WHERE speaker_id = ?) st ON TRUE
            WHERE s.speaker_id = ?""", [speaker_id, speaker_id])
        if row is None:
            return None
        row["aliases"] = [a for (a,) in self._q(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", [speaker_id]).fetchall()]
        return row

    def speaker_timeline(self, speaker_id: str) -> pl.DataFrame:
        return self._df("""SELECT published, count(*) AS quotes FROM quotes
                           WHERE speaker_id = ? AND published IS NOT NULL GROUP BY published ORDER BY published""",
                        [speaker_id])

    def speaker_outlets(self, speaker_id: str) -> pl.DataFrame:
        return self._df("""SELECT outlet, count(*) AS quotes, count(DISTINCT article_id) AS articles
                           FROM quotes WHERE speaker_id = ? GROUP BY outlet ORDER BY quotes DESC, outlet""",
                        [speaker_id])

    def speaker_top_claims(self, speaker_id: str, limit: int = 10) -> pl.DataFrame:
        return self._df(f"""
            SELECT {', '.join('c.' + c.strip() for c in self._CLUSTER_COLS.split(','))}
            FROM clusters c
            WHERE c.cluster_id IN (SELECT cluster_id FROM quotes WHERE speaker_id = ?)
            ORDER BY c.articles DESC, c.outlets DESC, c.mentions DESC, c.cluster_id LIMIT ?""",
                        [speaker_id, int(limit)])

    # ------------------------------------------------------------------ articles / facets / stats

    def get_article(self, article_id: str) -> dict | None:
        return self._one("""SELECT id, url, outlet, title, published, lang, text, content_hash, ingested_at,
                                   source, status, n_quotes FROM articles WHERE id = ?""", [article_id])

    def articles(self, limit: int | None = 100, offset: int = 0) -> pl.DataFrame:
        return self._df(f"""
            SELECT id, title, outlet, published, lang, url, status, n_quotes, ingested_at FROM articles
            ORDER BY published DESC NULLS LAST, id {"LIMIT ? OFFSET ?" if limit is not None else "OFFSET ?"}""",
                        [int(limit), int(offset)] if limit is not None else [int(offset)])

    def outlets(self) -> list[str]:
        return [r[0] for r in self._q(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet").fetchall()]

    def langs(self) -> list[str]:
        return [r[0] for r in self._q(
            "SELECT DISTINCT lang FROM articles WHERE lang IS NOT NULL ORDER BY lang").fetchall()]

    def stats(self) -> dict:
        row = self._one("""
            SELECT (SELECT count(*) FROM articles) AS articles,
                   (SELECT count(*) FROM quotes) AS quotes,
                   (SELECT count(*) FROM clusters) AS clusters,
                   (SELECT count(*) FROM speakers s WHERE EXISTS
                        (SELECT 1 FROM quotes q WHERE q.speaker_id = s.speaker_id)) AS speakers,
                   (SELECT count(*) FROM clusters WHERE articles >= 2) AS repeated_claims,
                   (SELECT count(*) FROM quotes WHERE is_fragment) AS fragments,
                   (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
                   (SELECT count(*) FROM articles WHERE status <> 'extracted') AS not_extracted,
                   (SELECT min(published) FROM articles) AS first_published,
                   (SELECT max(published) FROM articles) AS last_published""")
        assert row is not None
        row["langs"] = dict(self._q("SELECT COALESCE(lang, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall())
        row["kinds"] = dict(self._q("SELECT kind, count(*) FROM quotes GROUP BY 1 ORDER BY 1").fetchall())
        row["schema_version"] = SCHEMA_VERSION
        row["db"] = str(self.path)
        return row


def _first(cur: duckdb.DuckDBPyConnection) -> tuple | None:
    # DuckDB 2 refuses new work on a connection whose last result was not read to the end.
    rows = cur.fetchall()
    return rows[0] if rows else None


def _parse_day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise StoreError(f"--{name} {value!r}: expected a date YYYY-MM-DD") from None
