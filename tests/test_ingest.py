"""Ingestion: readers for each source, dates, languages, encodings, bad inputs, URLs and feeds
(served by a local http.server on 127.0.0.1), and the ingest pipeline into a real store."""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tracker.ingest import (
    IngestError,
    decode_bytes,
    detect_lang,
    fetch_url,
    fix_text,
    iter_source,
    normalise_date,
    read_feed,
    read_path,
    run_ingest,
)
from tracker.records import Article
from tracker.store import QuoteFilter, Store

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "corpus" / "public-senat-2025-09-02.txt"
SHARED_HTML = SHARED / "html"


def items(source: str | Path) -> tuple[list[Article], list[IngestError]]:
    arts: list[Article] = []
    errs: list[IngestError] = []
    for it in iter_source(str(source)):
        (errs if isinstance(it, IngestError) else arts).append(it)
    return arts, errs


# ---------------------------------------------------------------------------- helpers


@pytest.mark.parametrize("value, expected", [
    ("2025-09-02", "2025-09-02"),
    ("2025-09-02T10:00:00Z", "2025-09-02"),
    ("2 septembre 2025", "2025-09-02"),
    ("Tue, 02 Sep 2025 10:00:00 GMT", "2025-09-02"),
    ("September 2, 2025", "2025-09-02"),
    ("2025-02-30", None),
    ("pas une date", None),
    ("", None),
    (None, None),
])
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("text, lang", [
    ("Le président de la République a déclaré mercredi que la réforme serait votée avant l'été.", "fr"),
    ("The prime minister said on Wednesday that the bill would pass before the summer recess.", "en"),
    ("El presidente del gobierno dijo el miércoles que la ley se aprobaría antes del verano.", "es"),
    ("ok", None),
])
def test_detect_lang(text: str, lang: str | None) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize("broken, fixed", [
    ("Lâ€™Ã‰lysÃ©e a dit Â« oui Â»", "L’Élysée a dit « oui »"),
    ("â€œWe will winâ€\x9d, she said", "“We will win”, she said"),
    ("« Déjà » et “curly” restent", "« Déjà » et “curly” restent"),  # typographic quotes are kept
])
def test_fix_text(broken: str, fixed: str) -> None:
    assert fix_text(broken) == fixed


@pytest.mark.parametrize("raw, text", [
    ("« L’Élysée a été très clair », a-t-il dit.".encode("cp1252"), "« L’Élysée a été très clair », a-t-il dit."),
    ("Café crème à 2 €".encode("latin-1", errors="replace"), "Café crème à 2 ?"),
    ("Déjà vu".encode("utf-8-sig"), "Déjà vu"),
    ("Déjà vu".encode("utf-16"), "Déjà vu"),
])
def test_decode_bytes(raw: bytes, text: str) -> None:
    assert decode_bytes(raw, "x") == text


# ---------------------------------------------------------------------------- files


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared corpus not available")
def test_sample_txt_header_line() -> None:
    (a,) = list(read_path(str(SAMPLE)))
    assert (a.published, a.outlet, a.lang) == ("2025-09-02", "Public Sénat", "fr")
    assert a.title and a.title.startswith("Guerre en Ukraine : Les Américains seront") and "très certainement" in a.title
    assert a.text == SAMPLE.read_text(encoding="utf-8").strip("\n")  # offsets match the file


def test_txt_first_line_title_and_md(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Un titre simple\n\nLe ministre a dit « oui » hier soir à Paris.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Titre **fort**\n\nIl a dit « non » selon [Le Monde](https://lemonde.fr).\n",
                                   encoding="utf-8")
    arts, errs = items(tmp_path)
    assert not errs
    by_title = {a.title: a for a in arts}
    assert "Un titre simple" in by_title
    md = by_title["Titre **fort**"]
    assert "selon Le Monde." in md.text and "https://" not in md.text and "#" not in md.text


def test_local_html_page() -> None:
    arts, errs = items(DATA / "html" / "local-news.html")
    assert not errs
    (a,) = arts
    assert (a.published, a.outlet, a.lang) == ("2024-03-14", "La Gazette du Test", "fr")
    assert a.url == "https://gazette.example/politique/reforme-retraites"
    assert "« Nous irons jusqu'au bout de cette réforme, parce qu'elle est juste »" in a.text
    assert "\n\nLes syndicats" in a.text  # paragraph breaks kept
    for nav in ("S'abonner", "Les plus lus", "Mentions légales", "Par Jeanne Martin"):
        assert nav not in a.text


@pytest.mark.skipif(not SHARED_HTML.exists(), reason="shared/html not available")
@pytest.mark.parametrize("name, lang, title, mark", [
    ("franceculture.fr.idees.html", "fr", "Prendre la parole", "«"),
    ("reuters.com.parasite.html", "en", "'Parasite' scores historic upset at SAG awards, boosting Oscar chances", "“"),
])
def test_real_html_pages(name: str, lang: str, title: str, mark: str) -> None:
    (a,) = list(read_path(str(SHARED_HTML / name)))
    assert (a.lang, a.title) == (lang, title)
    assert a.published and a.outlet and a.url and mark in a.text
    assert "\n\n" in a.text


def test_jsonl_records_and_truncated_line(tmp_path: Path) -> None:
    good = {"id": "g1", "lang": "fr", "outlet": "Wikinews", "url": None, "title": "T", "published": "3 mars 2017",
            "text": "Le maire a déclaré : « Nous reconstruirons le pont. »", "license": "CC BY 2.5", "source_repo": "x"}
    no_lang = dict(good, id="g2", lang=None, text="The mayor said the bridge would be rebuilt next year.")
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps(good) + "\n" + json.dumps(good)[:40] + "\n\n" + json.dumps(no_lang) + "\n", encoding="utf-8")
    arts, errs = items(f)
    assert [a.id for a in arts] == ["g1", "g2"]
    assert arts[0].published == "2017-03-03" and arts[1].lang == "en"
    assert len(errs) == 1 and errs[0].source.endswith("a.jsonl:2") and "truncated or invalid JSON" in errs[0].message


def test_json_file_list_and_single(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"id": "x1", "text": "Bonjour à tous, a dit le maire."},
                                                    {"id": "x2", "text": ""}]), encoding="utf-8")
    arts, errs = items(tmp_path / "list.json")
    assert [a.id for a in arts] == ["x1"] and "no 'text'" in errs[0].message


def bad_inputs(tmp: Path) -> dict[str, str]:
    """name -> expected error substring (None: readable)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "random.txt").write_bytes(os.urandom(4096))
    with (tmp / "huge.txt").open("wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    (tmp / "blank.md").write_text("   \n\n", encoding="utf-8")
    (tmp / "noarticle.html").write_bytes((DATA / "html" / "no-article.html").read_bytes())
    (tmp / "data.bin").write_bytes(b"\x00\x01")
    return {"empty.txt": "empty file", "random.txt": "binary content", "huge.txt": "file too large (100.0 MB",
            "blank.md": "empty file", "noarticle.html": "no article text found", "data.bin": "unsupported file type"}


def test_bad_files_one_clear_error_each(tmp_path: Path) -> None:
    expected = bad_inputs(tmp_path)
    for name, message in expected.items():
        arts, errs = items(tmp_path / name)
        assert not arts
        assert len(errs) == 1, name
        assert errs[0].source.endswith(name) and message in errs[0].message, errs[0].line()
        assert "\n" not in errs[0].line()


def test_read_path_raises_or_reports(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(IngestError, match="empty.txt: empty file"):
        list(read_path(str(tmp_path / "empty.txt")))
    seen: list[IngestError] = []
    assert list(read_path(str(tmp_path / "empty.txt"), on_error=seen.append)) == []
    assert len(seen) == 1
    with pytest.raises(IngestError, match="no such file"):
        list(read_path(str(tmp_path / "missing.txt")))


# ---------------------------------------------------------------------------- URLs and feeds

PAGE = (DATA / "html" / "local-news.html").read_text(encoding="utf-8")


def _page(n: int) -> str:
    return PAGE.replace("reforme-retraites", f"article-{n}").replace("Le ministre du Travail", f"Le ministre numéro {n}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("www")
    for n in (1, 2):
        (root / f"a{n}.html").write_text(_page(n), encoding="utf-8")
    (root / "big.html").write_text(PAGE * 50, encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    handler = partial(_QuietHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    items_xml = "".join(f"<item><title>Article {n}</title><link>{base}/{name}</link>"
                        f"<pubDate>Thu, 14 Mar 2024 08:00:00 GMT</pubDate></item>"
                        for n, name in ((1, "a1.html"), (2, "missing.html"), (3, "a2.html")))
    (root / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>La Gazette</title>'
                                   f"<link>{base}</link>{items_xml}</channel></rss>", encoding="utf-8")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass


def closed_port_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/article.html"


def test_url_article(server: str) -> None:
    arts, errs = items(f"{server}/a1.html")
    assert not errs
    (a,) = arts
    assert a.url == "https://gazette.example/politique/article-1" and a.published == "2024-03-14"
    assert "Le ministre numéro 1" in a.text


@pytest.mark.parametrize("url, message", [
    ("{closed}", "unreachable"),
    ("{server}/missing.html", "HTTP error 404"),
    ("{server}/image.png", "content type 'image/png'"),
    ("file:///etc/passwd", "unsupported URL scheme 'file'"),
    ("ftp://127.0.0.1/x", "unsupported URL scheme 'ftp'"),
])
def test_url_errors(server: str, url: str, message: str) -> None:
    url = url.format(server=server, closed=closed_port_url())
    arts, errs = items(url)
    assert not arts and len(errs) == 1
    assert errs[0].source == url and message in errs[0].message


def test_fetch_limits(server: str) -> None:
    with pytest.raises(IngestError, match="response too large"):
        fetch_url(f"{server}/big.html", max_bytes=10_000)
    silent = socket.socket()  # accepts connections (kernel backlog) but never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        with pytest.raises(IngestError, match="timed out"):
            fetch_url(f"http://127.0.0.1:{silent.getsockname()[1]}/", timeout=0.5)
    finally:
        silent.close()


def test_feed_with_one_broken_item(server: str) -> None:
    got = list(read_feed(f"{server}/feed.xml"))
    arts = [g for g in got if isinstance(g, Article)]
    errs = [g for g in got if isinstance(g, IngestError)]
    assert [a.url for a in arts] == ["https://gazette.example/politique/article-1",
                                     "https://gazette.example/politique/article-2"]
    assert all(a.outlet == "La Gazette du Test" and a.published == "2024-03-14" for a in arts)
    assert len(errs) == 1 and "item 2" in errs[0].source and "HTTP error 404" in errs[0].message
    # a feed URL given as a plain source is recognised as a feed
    assert len([g for g in iter_source(f"{server}/feed.xml") if isinstance(g, Article)]) == 2


# ---------------------------------------------------------------------------- pipeline


def test_run_ingest_bad_and_good_inputs(tmp_path: Path, server: str) -> None:
    bad_dir = tmp_path / "in"
    bad_dir.mkdir()
    expected_errors = bad_inputs(bad_dir)
    (bad_dir / "cp1252.txt").write_bytes("Titre\n\n« L’Élysée a été très clair », a-t-il déclaré.".encode("cp1252"))
    (bad_dir / "unbalanced.txt").write_text("Titre\n\nLe ministre a dit « nous irons jusqu'au bout et puis rien.\n",
                                            encoding="utf-8")
    good = {"id": "j1", "lang": "fr", "text": "« Le pont sera reconstruit », a promis le maire de Gênes."}
    (bad_dir / "mixed.jsonl").write_text(json.dumps(good) + "\n" + '{"id": "j2", "text": "tronqu', encoding="utf-8")
    (bad_dir / "german.jsonl").write_text(json.dumps({"id": "e1", "lang": "de", "text": '„Wir schaffen das“, sagte sie.'}),
                                          encoding="utf-8")
    sources = [str(bad_dir), closed_port_url()]
    with Store(tmp_path / "db.duckdb") as store:
        report = run_ingest(sources, store, feeds=[f"{server}/feed.xml"])
        # failures: the bad files (data.bin is not even read: a folder walk takes supported types only),
        # the truncated line, the closed port, the broken feed item
        assert report.failed == len(expected_errors) - 1 + 3, [e.line() for e in report.errors]
        assert report.new == 6  # cp1252, unbalanced, j1, e1, two feed articles
        assert report.not_extracted == 1 and report.no_pipeline == [("e1", "de")]  # stored, reported
        st = store.stats()
        assert st["articles"] == 6
        cp = store.search_quotes(QuoteFilter(search="elysee"))
        assert cp.height == 1 and cp["text"][0] == "L’Élysée a été très clair"
        again = run_ingest(sources, store, feeds=[f"{server}/feed.xml"])
        assert (again.new, again.unchanged, again.replaced) == (0, 6, 0)
        assert store.stats()["quotes"] == st["quotes"] and store.stats()["articles"] == 6


def test_an_empty_directory_is_reported_by_ingest(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.bin").write_bytes(b"\x00\x01")  # not a supported type: the walk skips it
    with Store(tmp_path / "db.duckdb") as store:
        report = run_ingest([str(empty)], store, extractor=None)
    assert report.failed == 1 and "holds no supported file" in report.errors[0].line()
