"""Dashboard tests with streamlit.testing.v1.AppTest (the real app script, a real DuckDB file).

The database is built once per module through `Store.upsert_article` from real article text
(dashboard/sample.py: the Public Sénat sample with « dans le camp de la paix » at its real
offsets, Wikinews articles, and a hostile-markup article). Every page is run, filters must
change the rows, the URL (query params) must reproduce a view, hostile text must stay text and
any search string must work. The escaping helpers are unit-tested at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import exporting, filters, helpers, sample
from tracker.store import QuoteFilter, Store

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
TIMEOUT = 60  # seconds per script run: the CI machine is shared


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    try:
        path = sample.build(tmp_path_factory.mktemp("dash") / "tracker.duckdb")
    except FileNotFoundError as exc:
        pytest.fail(str(exc))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRACKER_DB", str(path))
        yield path


@pytest.fixture(scope="module")
def ids(db: Path) -> dict[str, str]:
    """Ids of the things the pages are opened on, read back through the store."""
    with Store(db, read_only=True) as store:
        camp = store.search_quotes(QuoteFilter(search="dans le camp de la paix"), limit=1).row(0, named=True)
        hostile = store.article_quotes(sample.HOSTILE_ID).row(0, named=True)
        claim = store.claims(min_articles=2, limit=1).row(0, named=True)
    return {
        "quote": camp["quote_id"], "speaker": camp["speaker_id"], "cluster": camp["cluster_id"],
        "article": camp["article_id"], "hostile_quote": hostile["quote_id"], "claim": claim["cluster_id"],
    }


def _app(view: str | None = None, /, **params: str) -> AppTest:
    """Run the app on `view` (a page file, default: the home page) with `params` in the URL."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if view:
        at.run()  # switch_page needs the pages st.navigation registered on a first run
        at.switch_page(view)
    at.query_params = dict(params)
    return at.run()


def _ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def _rows(at: AppTest, i: int = 0) -> int:
    return len(at.dataframe[i].value)


def _html(at: AppTest) -> str:
    return "\n".join(str(h.proto.body) for h in at.get("html"))


# ---------------------------------------------------------------- every page runs


PAGES = [
    ("views/quotes.py", {}),
    ("views/quote.py", {"id": "quote"}),
    ("views/quote.py", {}),
    ("views/quote.py", {"id": "=no such quote"}),
    ("views/speakers.py", {}),
    ("views/speakers.py", {"id": "speaker"}),
    ("views/speakers.py", {"id": "nobody"}),
    ("views/speakers.py", {"name": "elysee"}),
    ("views/claims.py", {}),
    ("views/claims.py", {"id": "claim"}),
    ("views/claims.py", {"id": "cluster"}),
    ("views/claims.py", {"id": "no-cluster"}),
    ("views/articles.py", {}),
    ("views/articles.py", {"id": "article"}),
    ("views/articles.py", {"id": "hostile_article"}),
    ("views/articles.py", {"id": "no-article"}),
    ("views/export.py", {"q": "paix"}),
    ("views/export.py", {}),
]


@pytest.mark.parametrize(("page", "params"), PAGES, ids=[f"{p}-{'-'.join(q.values()) or 'plain'}" for p, q in PAGES])
def test_every_page_runs(db: Path, ids: dict[str, str], page: str, params: dict[str, str]) -> None:
    ids = {**ids, "hostile_article": sample.HOSTILE_ID}
    resolved = {k: ids.get(v, v) for k, v in params.items()}
    _ok(_app(page, **resolved))


def test_home_page_is_quotes_with_headings_hidden(db: Path) -> None:
    at = _ok(_app())
    assert at.title[0].value == "Quotes"
    with Store(db, read_only=True) as store:
        visible = store.count_quotes(QuoteFilter(include_headings=False))
        everything = store.count_quotes(QuoteFilter())
    assert visible < everything
    assert _rows(at) == visible
    at.checkbox(key="headings").check().run()
    assert _rows(_ok(at)) == everything


# ---------------------------------------------------------------- filters change the rows


def test_search_filters_rows_ignoring_case_and_accents(db: Path) -> None:
    at = _ok(_app())
    before = _rows(at)
    at.text_input(key="q").input("camp de la paix").run()
    texts = at.dataframe[0].value["text"].tolist()
    assert 0 < len(texts) < before
    assert "dans le camp de la paix" in texts
    assert all("camp de la paix" in t for t in texts)
    at.text_input(key="q").input("CAMP DE LA PAIX").run()
    assert at.dataframe[0].value["text"].tolist() == texts
    at.text_input(key="q").input("securite").run()  # matches « sécurité »
    assert any("sécurité" in t for t in at.dataframe[0].value["text"])


def test_outlet_kind_lang_and_date_filters_change_rows(db: Path) -> None:
    at = _ok(_app())
    before = _rows(at)
    at.selectbox(key="outlet").select("Wikinews (en)").run()
    after = at.dataframe[0].value
    assert 0 < len(after) < before and set(after["outlet"]) == {"Wikinews (en)"}

    at = _ok(_app())
    at.selectbox(key="kind").select("partial").run()
    assert set(at.dataframe[0].value["kind"]) == {"partial"}

    at = _ok(_app())
    at.selectbox(key="lang").select("en").run()
    assert set(at.dataframe[0].value["lang"]) == {"en"}

    at = _ok(_app(since="2025-09-01", until="2025-09-02"))
    published = at.dataframe[0].value["published"]
    assert len(published) > 0 and all(str(d)[:10] == "2025-09-02" for d in published)


def test_speaker_filter_accepts_canonical_name(db: Path, ids: dict[str, str]) -> None:
    with Store(db, read_only=True) as store:
        name = store.get_speaker(ids["speaker"])["name"]
        expected = store.count_quotes(QuoteFilter(speaker=name, include_headings=False))
    at = _ok(_app(speaker=name))
    assert _rows(at) == expected > 0
    at = _ok(_app(speaker=ids["speaker"]))  # a speaker id works too (links from speaker pages)
    assert _rows(at) == expected


def test_url_reproduces_the_view(db: Path) -> None:
    """Shareable URLs: the query string alone rebuilds the filtered table."""
    at = _ok(_app(q="camp de la paix", outlet="Public Sénat", headings="true"))
    assert at.text_input(key="q").value == "camp de la paix"
    assert at.checkbox(key="headings").value is True
    texts = at.dataframe[0].value["text"].tolist()
    with Store(db, read_only=True) as store:
        expected = store.search_quotes(QuoteFilter(search="camp de la paix", outlet="Public Sénat"))["text"]
    assert texts == expected.to_list() and len(texts) >= 3  # the heading variant is included


def test_cluster_and_article_links_restrict_rows(db: Path, ids: dict[str, str]) -> None:
    at = _ok(_app(cluster=ids["claim"], headings="true"))
    with Store(db, read_only=True) as store:
        n = store.count_quotes(QuoteFilter(cluster_id=ids["claim"]))
    assert _rows(at) == n >= 2
    at = _ok(_app(article=sample.HOSTILE_ID))
    assert _rows(at) == 1


def test_pagination(db: Path) -> None:
    at = _ok(_app(size="25", headings="true"))
    assert _rows(at) <= 25  # the sample is small: one page; the pager only shows when needed
    assert not at.get("pagination") or len(at.get("pagination")) == 1


def test_list_pages_page_through_the_store(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import components

    monkeypatch.setattr(components, "LIST_PAGE_SIZE", 2)  # the sample has more speakers than that
    first = _ok(_app("views/speakers.py")).dataframe[0].value
    assert len(first) == 2
    second = _ok(_app("views/speakers.py", spage="2")).dataframe[0].value
    assert 1 <= len(second) <= 2 and set(second["name"]).isdisjoint(first["name"])


# ---------------------------------------------------------------- detail pages show what they should


def test_quote_page_shows_paragraph_speaker_and_source(db: Path, ids: dict[str, str]) -> None:
    at = _ok(_app("views/quote.py", id=ids["quote"]))
    html = _html(at)
    assert '<span class="hl-quote">dans le camp de la paix</span>' in html
    assert "Public Sénat" in html and "2025-09-02" in html
    assert "une source de l&#x27;Elysée" in html  # the speaker as written, escaped
    assert "L&#x27;objectif est de montrer" in html or "L’objectif est de montrer" in html  # the paragraph


def test_quote_page_highlights_cue_and_speaker(db: Path) -> None:
    with Store(db, read_only=True) as store:
        q = store.search_quotes(QuoteFilter(search="au terme des travaux"), limit=1).row(0, named=True)
    html = _html(_ok(_app("views/quote.py", id=q["quote_id"])))
    assert '<span class="hl-cue">explique</span>' in html
    assert '<span class="hl-speaker">une source de l’Elysée proche du dossier</span>' in html


def test_article_page_highlights_every_quote(db: Path) -> None:
    at = _ok(_app("views/articles.py", id=sample.SAMPLE_ID))
    html = _html(at)
    with Store(db, read_only=True) as store:
        n = store.article_quotes(sample.SAMPLE_ID).height
    assert html.count('class="qt-who"') == n
    assert _rows(at) == n


def test_claim_page_lists_mentions_across_articles(db: Path, ids: dict[str, str]) -> None:
    at = _ok(_app("views/claims.py", id=ids["claim"]))
    table = at.dataframe[0].value
    assert len(table) >= 2 and table["title"].nunique() >= 2


def test_speaker_page(db: Path, ids: dict[str, str]) -> None:
    at = _ok(_app("views/speakers.py", id=ids["speaker"]))
    assert any(m.label == "Quotes" and int(str(m.value).replace(",", "")) > 0 for m in at.metric)
    assert "l&#x27;Élysée (source anonyme)" in _html(at) or "Élysée" in _html(at)


# ---------------------------------------------------------------- safety


def test_hostile_quote_renders_literally(db: Path, ids: dict[str, str]) -> None:
    for page, params in (("views/quote.py", {"id": ids["hostile_quote"]}),
                         ("views/articles.py", {"id": sample.HOSTILE_ID})):
        at = _ok(_app(page, **params))
        html = _html(at)
        assert "&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;" in html
        assert "<script" not in html.replace("<style>", "")
        assert "<img" not in html and "javascript:" not in html.replace("(javascript:alert", "")
        assert "href" not in html
        for md in at.markdown:  # nothing untrusted goes through markdown
            assert "alert" not in md.value
        assert all("alert" not in t.value for t in at.title)


def test_hostile_article_url_is_never_a_link(db: Path) -> None:
    at = _ok(_app("views/articles.py", id=sample.HOSTILE_ID))
    assert not at.get("link_button")
    at = _ok(_app(article=sample.HOSTILE_ID))
    urls = at.dataframe[0].value["url"].tolist()
    assert all(u is None or u != u for u in urls)  # None/NaN: the javascript: URL was dropped


@pytest.mark.parametrize("needle", [
    "'; DROP TABLE quotes; --", '" OR 1=1 --', "%", "_", "\\", "[", "(", "*", "?", "$1", "{0}", "%s",
    "\x00", "é" * 2000, "« »", "🙂", "<script>", "NULL", "   ", "\u202e", "a" * 10_000,
])
def test_any_search_string_works(db: Path, needle: str) -> None:
    at = _ok(_app(q=needle))
    assert at.title[0].value == "Quotes"


def test_bad_url_params_do_not_crash(db: Path) -> None:
    _ok(_app(since="not-a-date", until="2025-13-45", kind="bogus", page="-3", size="7", headings="maybe"))
    _ok(_app("views/quote.py", id="../../etc/passwd"))
    _ok(_app("views/claims.py", min="-5"))
    _ok(_app("views/articles.py", apage="abc"))
    _ok(_app("views/speakers.py", spage="x"))


def test_article_list_shows_quote_counts(db: Path) -> None:
    at = _ok(_app("views/articles.py"))
    table = at.dataframe[0].value
    assert "n_quotes" in table.columns and table["n_quotes"].sum() > 0


def test_missing_database_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "absent.duckdb"))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("No database at" in w.value for w in at.warning)


def test_locked_database_is_explained(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While another process writes the file, the page says so instead of crashing."""
    import multiprocessing as mp

    locked = tmp_path / "locked.duckdb"
    locked.write_bytes(db.read_bytes())
    ready, done = mp.get_context("spawn").Event(), mp.get_context("spawn").Event()
    proc = mp.get_context("spawn").Process(target=_hold_write_lock, args=(str(locked), ready, done))
    proc.start()
    try:
        assert ready.wait(60)
        monkeypatch.setenv("TRACKER_DB", str(locked))
        at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
        assert not at.exception
        assert any("being written" in w.value for w in at.warning)
    finally:
        done.set()
        proc.join(30)


def test_pages_let_go_of_the_file_for_an_ingest(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard keeps the file open between page runs only briefly: a writer gets in."""
    import subprocess
    import sys

    copy = tmp_path / "shared.duckdb"
    copy.write_bytes(db.read_bytes())
    monkeypatch.setenv("TRACKER_DB", str(copy))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception and not at.warning
    code = "import sys; from tracker.store import Store; print(Store(sys.argv[1], lock_timeout=10).stats()['quotes'])"
    out = subprocess.run([sys.executable, "-c", code, str(copy)], capture_output=True, text=True, timeout=120,
                         cwd=Path(APP).parent.parent)
    assert out.returncode == 0 and int(out.stdout) > 0, out.stderr


def _hold_write_lock(path: str, ready, done) -> None:  # runs in a child process
    store = Store(path)
    store.stats()  # connects read-write and keeps the file
    ready.set()
    done.wait(60)
    store.close()


# ---------------------------------------------------------------- export


def test_export_files(db: Path) -> None:
    f = filters.filter_from_params({"q": "paix"})
    df = exporting.rows(f, 100, db)
    assert df.height == 2 and "text" in df.columns
    csv = exporting.to_bytes(df, "csv").decode("utf-8")
    assert "dans le camp de la paix" in csv
    parquet = exporting.to_bytes(df, "parquet")
    assert parquet[:4] == b"PAR1"
    assert pl.read_parquet(parquet)["text"].to_list() == df["text"].to_list()
    xlsx = exporting.to_bytes(df, "xlsx")
    assert xlsx[:2] == b"PK"


def test_export_neutralises_formulas(db: Path) -> None:
    df = pl.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "ok"], "speaker": ["@SUM(1)", "b"]})
    csv = exporting.to_bytes(df, "csv").decode("utf-8")
    assert "'=HYPERLINK" in csv and "'@SUM" in csv


def test_filters_round_trip() -> None:
    f = filters.filter_from_params({"q": " paix ", "outlet": "Public Sénat", "since": "2025-09-01",
                                    "until": "bad", "kind": "partial", "headings": "true", "x": "y"})
    assert f == QuoteFilter(search="paix", outlet="Public Sénat", since="2025-09-01", kind="partial",
                            include_headings=True)
    assert filters.filter_from_params(filters.params_from_filter(f)) == f
    assert filters.filter_from_params({"kind": "evil"}).kind is None


# ---------------------------------------------------------------- helpers


def test_highlight_escapes_everything() -> None:
    text = 'a <b>"x"</b> & \'y\''
    out = helpers.highlight(text, [helpers.Span(2, 8, helpers.QUOTE, label="<i>who</i>", title='"t"')])
    assert "<b>" not in out and "<i>" not in out
    assert out.startswith("a <span class=\"hl-quote\" title=\"&quot;t&quot;\">&lt;b&gt;&quot;x&quot;</span>")
    assert '<span class="qt-who">&lt;i&gt;who&lt;/i&gt;</span>' in out
    assert out.endswith(" &amp; &#x27;y&#x27;")


def test_highlight_overlapping_and_out_of_range_spans() -> None:
    text = "Il a dit « bonjour » hier"
    spans = [helpers.Span(10, 17, helpers.QUOTE), helpers.Span(5, 8, helpers.CUE), helpers.Span(0, 2, helpers.SPEAKER),
             helpers.Span(12, 14, helpers.CUE), helpers.Span(-5, 1, "x"), helpers.Span(20, 999, "y"),
             helpers.Span(3, 3, "empty")]
    out = helpers.highlight(text, spans)
    assert re.sub(r"<[^>]+>", "", out) == helpers.esc(text)
    assert '<span class="hl-quote hl-cue">on</span>' in out
    assert "empty" not in out


def test_paragraph_bounds() -> None:
    text = "titre\n\npremier paragraphe « citation » fin.\n\nsuite"
    start = text.index("citation")
    p0, p1 = helpers.paragraph_bounds(text, start, start + 8)
    assert text[p0:p1] == "premier paragraphe « citation » fin."


@pytest.mark.parametrize(("url", "ok"), [
    ("https://www.publicsenat.fr/a?b=1", True), ("http://x.org", True), ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False), ("data:text/html,<script>", False), ("//evil.org", False),
    ("https://", False), (" https://x.org ", True), ("https://x.org/\nSet-Cookie", False), (None, False),
])
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (helpers.safe_url(url) is not None) is ok
