"""Ingestion stage: files, directories, URLs and feeds -> `Article` records.

Takes: paths (directories walked recursively; .txt, .md, .html/.htm, .json/.jsonl), http(s) URLs and
RSS/Atom feed URLs.
Gives: `Article` records (text repaired with ftfy, dates normalised to YYYY-MM-DD, language detected
offline when not given) and, for every input that cannot be read, an `IngestError(source, message)`.

Reading API:
    iter_source(path_or_url)        -> Iterator[Article | IngestError]   (errors are yielded, never raised)
    read_path(path_or_url, on_error=None) -> Iterator[Article]
        With on_error=None the first unreadable input raises IngestError (articles read before it have
        already been yielded); with a callback, each IngestError is passed to it and reading goes on.
    read_feed(url)                  -> Iterator[Article | IngestError]   (one error per broken item)

Pipeline: `run_ingest(sources, store, feeds=...)` reads, extracts quotes (tracker.extract) for languages
that have a pipeline, and writes each article to the store in its own transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ftfy

from tracker.records import Article, Quote
from tracker.workers import default_jobs, extract_stream

if TYPE_CHECKING:
    from tracker.store import Store

# One article file larger than this is refused: the longest real articles are ~100 kB, so 20 MB
# leaves room for HTML pages full of scripts while refusing dumps that would stall extraction.
MAX_FILE_BYTES = 20 * 1024 * 1024
# One JSON line (one record) larger than this is refused; the whole .jsonl file may be bigger.
MAX_RECORD_BYTES = MAX_FILE_BYTES
MAX_URL_BYTES = 10 * 1024 * 1024
URL_TIMEOUT_S = 15.0
# A writer releases the database file this often between articles so the dashboard can read.
RELEASE_AFTER_S = 1.0
USER_AGENT = "quote-tracker/0.1 (+https://example.invalid/quote-tracker)"

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False, explain=False)
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*?)\s*$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


class IngestError(Exception):
    """One input (file, record, URL, feed item) that could not be read."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def line(self) -> str:
        return f"{self.source}: {self.message}"


# ---------------------------------------------------------------------------- text helpers


def fix_text(text: str) -> str:
    """Repair mojibake and normalise to NFC, keeping typographic quotes and apostrophes."""
    return ftfy.fix_text(text, _FTFY_CONFIG)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) + sample.count(b"\x7f")
    # Real text has essentially no C0 controls; random bytes have ~10%. 1% tolerates stray form feeds.
    return controls > max(2, len(sample) // 100)


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes of a text file -> str: BOM, then UTF-8, then cp1252 (then latin-1); mojibake repaired."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        if _looks_binary(data):
            raise IngestError(source, "binary content, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = fix_text(text)
    if _looks_binary(text.encode("utf-8", errors="replace")):
        raise IngestError(source, "binary content, not text")
    return text


def normalise_date(value: Any) -> str | None:
    """Any date-like value -> 'YYYY-MM-DD', or None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        d = value if isinstance(value, date) and not isinstance(value, datetime) else value.date()
        return d.isoformat()
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser  # slow import (~0.5 s): only when a non-ISO date shows up

    parsed = dateparser.parse(text, languages=["fr", "en", "de", "es", "it"],
                              settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None or not 1800 <= parsed.year <= 2200:
        return None
    return parsed.date().isoformat()


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid, offline), None when too short to tell."""
    sample = text[:4000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    import py3langid

    lang, _score = py3langid.classify(sample)
    return lang


def _norm_lang(value: Any) -> str | None:
    if not value or not isinstance(value, str):
        return None
    return value.strip().lower().replace("_", "-").split("-")[0] or None


def _short_hash(value: str, n: int = 8) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:n]


def _slug(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", value).strip("-")[:60] or "article"


def url_article_id(url: str) -> str:
    return "url-" + _short_hash(url.strip(), 12)


def path_article_id(path: Path) -> str:
    # The stem keeps ids readable; the path hash keeps two index.html from different folders apart.
    return f"{_slug(path.stem)}-{_short_hash(str(path.resolve()), 6)}"


def _finish(article: Article) -> Article:
    article.text = article.text.strip("\n")
    if not article.lang:
        article.lang = detect_lang(article.text)
    return article


# ---------------------------------------------------------------------------- readers


def _read_file_bytes(path: Path, source: str) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from None
    if size == 0:
        raise IngestError(source, "empty file")
    if size > MAX_FILE_BYTES:
        raise IngestError(source, f"file too large ({size / 2**20:.1f} MB > {MAX_FILE_BYTES // 2**20} MB limit)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from None


def parse_plain_text(text: str, *, article_id: str, source: str | None) -> Article:
    """A .txt article: `date YYYY-MM-DD Outlet` first line (the sample's format), else the first line
    is the title. The whole text is kept (quotes in the title are quotes too)."""
    lines = text.split("\n")
    first = lines[0] if lines else ""
    m = _DATE_LINE.match(first)
    title = None
    published = outlet = None
    if m:
        published = normalise_date(m[1])
        outlet = m[2] or None
        # Title: the first line of at least 6 words standing alone (followed by a blank line).
        for i, line in enumerate(lines[1:40], start=1):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if len(line.split()) >= 6 and not nxt.strip():
                title = line.strip()
                break
    else:
        title = first.strip() or None
    if not text.strip():
        raise IngestError(source or article_id, "no text")
    return Article(id=article_id, text=text, title=title, published=published, outlet=outlet, source=source)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def parse_markdown(text: str, *, article_id: str, source: str | None) -> Article:
    title = None
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        heading = re.match(r"^#{1,6}\s+(.*)$", stripped)
        if heading:
            line = heading[1].strip()
            if title is None:
                title = line
        elif re.match(r"^(-{3,}|\*{3,}|_{3,})$", stripped):
            continue
        line = re.sub(r"^\s*>\s?", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(r"\2", line)
        out.append(line)
    body = "\n".join(out)
    if not body.strip():
        raise IngestError(source or article_id, "no text")
    if title is None:
        title = next((ln.strip() for ln in out if ln.strip()), None)
    return Article(id=article_id, text=body, title=title, source=source)


def parse_html(html: bytes | str, *, source: str, url: str | None = None,
               article_id: str | None = None) -> Article:
    """Main text of a news page (trafilatura: no navigation, comments or tables), paragraphs separated
    by a blank line, with title, date (htmldate inside trafilatura), site name and canonical URL."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, deduplicate=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise IngestError(source, f"unreadable HTML ({type(exc).__name__})") from None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    if len(text) < 40:
        raise IngestError(source, "no article text found in HTML page")
    text = fix_text("\n\n".join(p.strip() for p in text.split("\n") if p.strip()))
    published = normalise_date(meta.get("date"))
    if published is None:
        try:
            from htmldate import find_date

            published = normalise_date(find_date(html, url=url, original_date=True))
        except Exception:  # htmldate is a best effort: no date is fine
            published = None
    canonical = meta.get("url") or url
    if article_id is None:
        article_id = url_article_id(canonical) if canonical else "html-" + _short_hash(source, 12)
    title = meta.get("title")
    return Article(id=article_id, text=text, title=fix_text(title) if title else None, published=published,
                   outlet=meta.get("sitename") or meta.get("hostname"), url=canonical,
                   lang=_norm_lang(meta.get("language")), source=source)


RECORD_KEYS = ("id", "lang", "outlet", "url", "title", "published", "text", "license", "source_repo")


def article_from_record(rec: Any, *, source: str, default_id: str) -> Article:
    """One JSON record with the corpus keys (id, lang, outlet, url, title, published, text, ...)."""
    if not isinstance(rec, dict):
        raise IngestError(source, f"expected a JSON object, got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(source, "record has no 'text'")
    rid = rec.get("id")
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    if rid is None or str(rid).strip() == "":
        rid = url_article_id(url) if url else default_id
    title = rec.get("title") if isinstance(rec.get("title"), str) else None
    return Article(id=str(rid), text=fix_text(text), lang=_norm_lang(rec.get("lang")),
                   outlet=rec.get("outlet") if isinstance(rec.get("outlet"), str) else None, url=url,
                   title=fix_text(title) if title else None, published=normalise_date(rec.get("published")),
                   source=source)


def _read_jsonl(path: Path, source: str) -> Iterator[Article | IngestError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(source, f"cannot read file ({exc.strerror or exc})")
        return
    seen_any = False
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{source}:{lineno}"
            if len(raw) > MAX_RECORD_BYTES:
                yield IngestError(where, f"record too large ({len(raw) / 2**20:.1f} MB)")
                continue
            if not raw.strip():
                continue
            seen_any = True
            try:
                rec = json.loads(decode_bytes(raw, where))
            except IngestError as exc:
                yield exc
                continue
            except json.JSONDecodeError as exc:
                yield IngestError(where, f"truncated or invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            try:
                yield _finish(article_from_record(rec, source=where, default_id=f"{path.stem}-{lineno}"))
            except IngestError as exc:
                yield exc
    if not seen_any:
        yield IngestError(source, "empty file")


def _read_json(path: Path, source: str) -> Iterator[Article | IngestError]:
    try:
        data = json.loads(decode_bytes(_read_file_bytes(path, source), source))
    except IngestError as exc:
        yield exc
        return
    except json.JSONDecodeError as exc:
        # A .json file holding JSON lines is common enough to accept.
        if exc.msg == "Extra data":
            yield from _read_jsonl(path, source)
            return
        yield IngestError(source, f"truncated or invalid JSON ({exc.msg} at line {exc.lineno})")
        return
    records = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else [data]
    for i, rec in enumerate(records):
        where = source if len(records) == 1 else f"{source}[{i}]"
        try:
            default = f"{_slug(path.stem)}-{_short_hash(str(path.resolve()), 6)}" + (f"-{i}" if len(records) > 1 else "")
            yield _finish(article_from_record(rec, source=where, default_id=default))
        except IngestError as exc:
            yield exc


def read_file(path: Path, source: str | None = None) -> Iterator[Article | IngestError]:
    """One file, by extension. Errors are yielded."""
    source = source or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield IngestError(source, f"unsupported file type '{suffix or path.name}' "
                                  f"(expected {', '.join(sorted(SUPPORTED_SUFFIXES))})")
        return
    if suffix == ".jsonl" or suffix == ".ndjson":
        try:
            size = path.stat().st_size
        except OSError as exc:
            yield IngestError(source, f"cannot read file ({exc.strerror or exc})")
            return
        if size == 0:
            yield IngestError(source, "empty file")
            return
        yield from _read_jsonl(path, source)
        return
    if suffix == ".json":
        yield from _read_json(path, source)
        return
    try:
        data = _read_file_bytes(path, source)
        if suffix in HTML_SUFFIXES:
            if _looks_binary(data):
                raise IngestError(source, "binary content, not HTML")
            yield _finish(parse_html(data, source=source, article_id=None))
            return
        text = decode_bytes(data, source)
        if not text.strip():
            raise IngestError(source, "empty file (whitespace only)")
        aid = path_article_id(path)
        if suffix in MARKDOWN_SUFFIXES:
            yield _finish(parse_markdown(text, article_id=aid, source=source))
        else:
            yield _finish(parse_plain_text(text, article_id=aid, source=source))
    except IngestError as exc:
        yield exc


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(root) / name
            if not name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES:
                yield p


def is_url(value: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value))


def expand_sources(items: Iterable[str]) -> list[str]:
    """Paths and URLs as given, directories replaced by the supported files under them; a directory
    without any stays, so that reading it reports it (`iter_source`)."""
    out: list[str] = []
    for item in items:
        p = Path(item)
        files = [str(f) for f in _walk(p)] if not is_url(item) and p.is_dir() else []
        out.extend(files or [item])
    return out


def iter_source(path_or_url: str) -> Iterator[Article | IngestError]:
    """Articles and errors from one path (file or directory) or URL. Never raises IngestError."""
    if is_url(path_or_url):
        yield from read_url(path_or_url)
        return
    p = Path(path_or_url)
    if p.is_dir():
        files = list(_walk(p))
        if not files:
            yield IngestError(path_or_url, "directory holds no supported file")
        for f in files:
            yield from read_file(f)
        return
    if not p.exists():
        yield IngestError(path_or_url, "no such file or directory")
        return
    if not p.is_file():
        yield IngestError(path_or_url, "not a regular file")
        return
    yield from read_file(p, path_or_url)


def read_path(path_or_url: str, on_error: Callable[[IngestError], None] | None = None) -> Iterator[Article]:
    """Articles from a path or URL. See the module docstring for how errors are reported."""
    for item in iter_source(path_or_url):
        if isinstance(item, IngestError):
            if on_error is None:
                raise item
            on_error(item)
        else:
            yield item


# ---------------------------------------------------------------------------- network


@dataclass
class Fetched:
    url: str
    data: bytes
    content_type: str
    charset: str | None


def fetch_url(url: str, *, timeout: float = URL_TIMEOUT_S, max_bytes: int = MAX_URL_BYTES) -> Fetched:
    """GET an http(s) URL with a timeout and a size limit; IngestError on any failure."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme.lower() not in ("http", "https"):
        raise IngestError(url, f"unsupported URL scheme '{parsed.scheme}' (only http and https)")
    if not parsed.hostname:
        raise IngestError(url, "URL has no host")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            final = resp.geturl()
            if urllib.parse.urlsplit(final).scheme.lower() not in ("http", "https"):
                raise IngestError(url, "redirected to a non-http URL")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(url, f"response too large ({int(length) / 2**20:.1f} MB > "
                                       f"{max_bytes // 2**20} MB limit)")
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestError(url, f"response too large (> {max_bytes // 2**20} MB limit)")
            ctype = resp.headers.get_content_type() or ""
            charset = resp.headers.get_content_charset()
    except IngestError:
        raise
    except urllib.error.HTTPError as exc:
        raise IngestError(url, f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        raise IngestError(url, f"unreachable ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:
        raise IngestError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise IngestError(url, f"fetch failed ({type(exc).__name__}: {exc})") from None
    if not data:
        raise IngestError(url, "empty response")
    return Fetched(url=final, data=data, content_type=ctype, charset=charset)


def _is_feed(fetched: Fetched) -> bool:
    if any(t in fetched.content_type for t in ("rss", "atom")):
        return True
    head = fetched.data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _article_from_fetched(fetched: Fetched, source: str, **meta: Any) -> Article:
    ctype = fetched.content_type
    if ctype.startswith("text/plain"):
        text = decode_bytes(fetched.data, source)
        art = parse_plain_text(text, article_id=url_article_id(fetched.url), source=source)
        art.url = fetched.url
    elif "html" in ctype or ctype in ("", "application/octet-stream") or fetched.data.lstrip()[:1] == b"<":
        if _looks_binary(fetched.data):
            raise IngestError(source, f"binary content ({ctype or 'unknown type'}), not an article")
        art = parse_html(fetched.data, source=source, url=fetched.url, article_id=url_article_id(fetched.url))
    else:
        raise IngestError(source, f"unsupported content type '{ctype}'")
    for key, value in meta.items():
        if value and not getattr(art, key):
            setattr(art, key, value)
    return _finish(art)


def read_url(url: str) -> Iterator[Article | IngestError]:
    """An article page, or a feed (detected from its content) whose items are fetched one by one."""
    try:
        fetched = fetch_url(url)
    except IngestError as exc:
        yield exc
        return
    if _is_feed(fetched):
        yield from _read_feed_data(url, fetched.data)
        return
    try:
        yield _article_from_fetched(fetched, url)
    except IngestError as exc:
        yield exc


def read_feed(url: str) -> Iterator[Article | IngestError]:
    """RSS/Atom feed: each item's link is fetched and read as an article; a broken item is one error."""
    try:
        fetched = fetch_url(url)
    except IngestError as exc:
        yield exc
        return
    yield from _read_feed_data(url, fetched.data)


def _read_feed_data(url: str, data: bytes) -> Iterator[Article | IngestError]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({type(parsed.bozo_exception).__name__})" if parsed.get("bozo") else ""
        yield IngestError(url, f"not a feed or a feed with no items{why}")
        return
    outlet = parsed.feed.get("title") if parsed.get("feed") else None
    for i, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        where = f"{url} item {i}" + (f" ({link})" if link else "")
        if not link:
            yield IngestError(where, "item has no link")
            continue
        link = urllib.parse.urljoin(url, link)
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                published = date(*entry[key][:3]).isoformat()
                break
        if published is None:
            published = normalise_date(entry.get("published") or entry.get("updated"))
        try:
            fetched = fetch_url(link)
            yield _article_from_fetched(fetched, link, title=entry.get("title"), published=published,
                                        outlet=outlet)
        except IngestError as exc:
            yield IngestError(where, exc.message)


# ---------------------------------------------------------------------------- pipeline


# Languages the extractor handles from the text alone when no Stanza models are installed
# (quotation marks and cue lists; English speakers and claims by tracker.attribution_text); any
# other language needs tracker.nlp.models_available(lang).
TEXT_ONLY_LANGS = {"fr", "en"}


def pipeline_available(lang: str | None) -> bool:
    """Whether quotes can be extracted for this language."""
    if not lang:
        return False
    if lang in TEXT_ONLY_LANGS:
        return True
    try:
        from tracker import nlp

        check = getattr(nlp, "models_available", None)
        return bool(check(lang)) if check else False
    except Exception:  # a broken model install means "no pipeline", reported per article
        return False


def _default_extractor() -> Callable[[Article], list[Quote]] | None:
    try:
        from tracker.extract import extract_article
    except ImportError:
        return None
    return extract_article


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    not_extracted: int = 0  # stored without quotes: no pipeline for the language
    quotes: int = 0
    errors: list[IngestError] = field(default_factory=list)
    no_pipeline: list[tuple[str, str]] = field(default_factory=list)  # (article id, lang) stored unextracted
    extraction_off: bool = False  # no extractor was used (disabled or not importable)


def run_ingest(sources: Iterable[str], store: Store, *, feeds: Iterable[str] = (),
               extractor: Callable[[Article], list[Quote]] | None | bool = True,
               on_article: Callable[[str, Article | IngestError], None] | None = None,
               on_total: Callable[[int], None] | None = None, jobs: int | None = None) -> IngestReport:
    """Read every source, extract quotes where a pipeline exists, store each article in one transaction.

    extractor: True -> tracker.extract.extract_article when importable; None/False -> store without
    quotes; or any callable Article -> list[Quote]. on_article(status, item) is called once per article
    or error (status: new|unchanged|replaced|failed); on_total(n) as the expected count grows.
    jobs: extraction processes (default: `tracker.workers.default_jobs` for the expected count); a
    custom extractor always runs in this process."""
    # the default extractor runs in worker processes; a custom one (tests, callers) in this process
    custom = None if extractor is True or extractor is None or extractor is False else extractor
    if extractor is True:
        extractor = _default_extractor()
    report = IngestReport(extraction_off=not extractor)
    items = expand_sources(sources)
    feeds = list(feeds)
    total = sum(estimate_count(s) for s in items) + len(feeds)
    if on_total:
        on_total(total)

    def stream() -> Iterator[Article | IngestError]:
        for s in items:
            yield from iter_source(s)
        for f in feeds:
            yield from read_feed(f)

    def decided() -> Iterator[tuple[Article | IngestError, bool, bool | Exception]]:
        # (item, extract?, needs storing?) decided before the item goes to a worker
        for item in stream():
            if isinstance(item, IngestError):
                yield item, False, False
                continue
            extract = bool(extractor) and pipeline_available(item.lang)
            try:
                needs: bool | Exception = store.needs_extraction(item, extracted=extract)
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure below
                needs = exc
            yield item, extract, needs

    def wanted(entry: tuple[Article | IngestError, bool, bool | Exception]) -> Article | None:
        item, extract, needs = entry
        return item if extract and needs is True else None  # type: ignore[return-value]

    if jobs is None:
        jobs = default_jobs(total)
    for (item, extract, needs), result in extract_stream(decided(), wanted, jobs=jobs, extractor=custom):
        if isinstance(item, IngestError):
            report.failed += 1
            report.errors.append(item)
            if on_article:
                on_article("failed", item)
            continue
        quotes: list[Quote] = result if isinstance(result, list) else []
        try:
            if isinstance(needs, Exception):
                raise needs
            if isinstance(result, Exception):
                raise result
            if not needs:
                status = "unchanged"
            else:
                status = store.upsert_article(item, quotes, extracted=extract)
        except IngestError as exc:
            status = "failed"
            report.errors.append(exc)
        except Exception as exc:  # one article's failure must not stop the batch
            status = "failed"
            report.errors.append(IngestError(item.source or item.id, f"{type(exc).__name__}: {exc}"))
        if status == "failed":
            report.failed += 1
            if on_article:
                on_article(status, report.errors[-1])
            continue
        setattr(report, status, getattr(report, status) + 1)
        if status != "unchanged":
            report.quotes += len(quotes)
        if not extract:
            report.not_extracted += 1
            report.no_pipeline.append((item.id, item.lang or "unknown"))
        if on_article:
            on_article(status, item)
        if store.held_for > RELEASE_AFTER_S:
            store.release()
    store.release()
    return report


def estimate_count(source: str) -> int:
    """How many articles a source is expected to hold (lines of a JSON Lines file, else 1)."""
    if is_url(source):
        return 1
    p = Path(source)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        try:
            with p.open("rb") as fh:
                return max(1, sum(1 for line in fh if line.strip()))
        except OSError:
            return 1
    return 1
