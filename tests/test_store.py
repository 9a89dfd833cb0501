"""The DuckDB store: writes (new / unchanged / replaced, one transaction each), incremental clusters,
speakers, the read API used by the CLI and the dashboard, locking."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.records import Article, Quote
from tracker.store import QuoteFilter, Store, StoreBusy, StoreError

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "eval" / "dev" / "seed-public-senat.json"
RPM2 = SHARED / "corpus" / "fr-press-rpm2.jsonl"
ROOT = Path(__file__).resolve().parents[1]
QUOTE_RE = re.compile(r"«\s*([^«»]+?)\s*»|\"([^\"\n]+?)\"|“([^“”]+?)”")


def make_quotes(article: Article, specs: list[dict]) -> list[Quote]:
    out = []
    for s in specs:
        start = article.text.find(s["text"])
        out.append(Quote(article_id=article.id, text=s["text"], kind=s.get("kind", "direct"),
                         start=max(start, 0), end=max(start, 0) + len(s["text"]), speaker=s.get("speaker"),
                         speaker_type=s.get("speaker_type", "unknown"), in_heading=s.get("in_heading", False),
                         cue=s.get("cue")))
    return out


def art(aid: str, text: str, *, outlet: str = "Le Monde", published: str = "2024-05-01", lang: str = "fr") -> Article:
    return Article(id=aid, text=text, outlet=outlet, published=published, lang=lang, title=f"title {aid}")


A1 = art("a1", "« Nous irons jusqu'au bout », a déclaré Emmanuel Macron à l'Élysée. Selon lui, la réforme passera.")
A1_Q = [
    {"text": "Nous irons jusqu'au bout", "speaker": "Emmanuel Macron", "speaker_type": "person", "cue": "déclarer"},
    {"text": "la réforme passera", "kind": "indirect", "speaker": "lui"},
]
A2 = art("a2", "\"Nous irons jusqu’au bout\", a répété M. Macron. =HYPERLINK(\"x\") « Élysée »", outlet="Libération",
         published="2024-05-03")
A2_Q = [
    {"text": "Nous irons jusqu’au bout", "speaker": "M. Macron"},
    {"text": "Élysée", "kind": "partial", "in_heading": True},
]


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_new_unchanged_replaced(store: Store) -> None:
    assert store.upsert_article(A1, make_quotes(A1, A1_Q)) == "new"
    assert store.upsert_article(A1, make_quotes(A1, A1_Q)) == "unchanged"
    changed = art("a1", A1.text + " « Encore une phrase », a-t-il ajouté.")
    assert store.upsert_article(changed, make_quotes(changed, A1_Q + [{"text": "Encore une phrase"}])) == "replaced"
    st = store.stats()
    assert (st["articles"], st["quotes"]) == (1, 3)
    assert store.count_quotes(QuoteFilter(article_id="a1")) == 3
    # replaced with fewer quotes: the old ones are gone, their clusters too
    assert store.upsert_article(A1, make_quotes(A1, A1_Q[:1])) == "replaced"
    assert store.stats()["quotes"] == 1
    assert store.stats()["clusters"] == 1


def test_cross_article_cluster_and_claims(store: Store) -> None:
    store.upsert_article(A1, make_quotes(A1, A1_Q))
    store.upsert_article(A2, make_quotes(A2, A2_Q))
    q1 = store.search_quotes(QuoteFilter(article_id="a1", kind="direct")).row(0, named=True)
    q2 = store.search_quotes(QuoteFilter(article_id="a2", kind="direct")).row(0, named=True)
    assert q1["cluster_id"] == q2["cluster_id"]
    cl = store.get_cluster(q1["cluster_id"])
    assert cl is not None
    assert (cl["mentions"], cl["articles"], cl["outlets"], cl["days"]) == (2, 2, 2, 2)
    assert str(cl["first_seen"]) == "2024-05-01" and str(cl["last_seen"]) == "2024-05-03"
    assert cl["speakers"] == ["Emmanuel Macron"]
    claims = store.claims(min_articles=2)
    assert claims["cluster_id"].to_list() == [q1["cluster_id"]]
    assert store.claims(min_articles=3).height == 0
    mentions = store.cluster_mentions(q1["cluster_id"])
    assert mentions["article_id"].to_list() == ["a1", "a2"]


def test_speakers_merged_by_alias(store: Store) -> None:
    store.upsert_article(A1, make_quotes(A1, A1_Q))
    store.upsert_article(A2, make_quotes(A2, A2_Q))
    sp = store.speakers()
    macron = sp.filter(sp["name"] == "Emmanuel Macron").row(0, named=True)
    assert macron["quotes"] == 2 and macron["articles"] == 2 and macron["outlets"] == 2
    assert "M. Macron" in macron["aliases"]
    detail = store.get_speaker(macron["speaker_id"])
    assert detail and "Emmanuel Macron" in detail["aliases"]
    assert (detail["quotes"], detail["articles"], detail["outlets"]) == (2, 2, 2)
    assert str(detail["first_seen"]) == "2024-05-01" and detail["last_seen"] > detail["first_seen"]
    assert store.get_speaker("no-such-speaker") is None
    assert store.speaker_timeline(macron["speaker_id"])["quotes"].to_list() == [1, 1]
    assert set(store.speaker_outlets(macron["speaker_id"])["outlet"].to_list()) == {"Le Monde", "Libération"}
    assert store.speaker_top_claims(macron["speaker_id"]).height == 1
    # filter by speaker id, canonical name or alias, accents and case ignored
    for key in (macron["speaker_id"], "emmanuel macron", "M. Macron"):
        assert store.count_quotes(QuoteFilter(speaker=key)) == 2, key
    assert store.speakers(search="macron").height == 1


@pytest.mark.parametrize("f, expected", [
    (QuoteFilter(search="Elysee"), {"a2#1"}),
    (QuoteFilter(search="ÉLYSÉE"), {"a2#1"}),
    (QuoteFilter(search="jusqu'au"), {"a1#0", "a2#0"}),  # apostrophe variants fold together
    (QuoteFilter(search="macron"), {"a1#0", "a2#0"}),  # speaker text is searched too
    (QuoteFilter(search="%"), set()),  # no LIKE wildcards
    (QuoteFilter(outlet="liberation"), {"a2#0", "a2#1"}),
    (QuoteFilter(outlet="LIBÉRATION "), {"a2#0", "a2#1"}),
    (QuoteFilter(outlet="Libé"), set()),  # the whole name, not a part of it
    (QuoteFilter(since="2024-05-02"), {"a2#0", "a2#1"}),
    (QuoteFilter(until="2024-05-01"), {"a1#0", "a1#1"}),
    (QuoteFilter(kind="indirect"), {"a1#1"}),
    (QuoteFilter(lang="en"), set()),
    (QuoteFilter(include_headings=False, article_id="a2"), {"a2#0"}),
    (QuoteFilter(search="'; DROP TABLE quotes; --"), set()),
])
def test_filters(store: Store, f: QuoteFilter, expected: set[str]) -> None:
    store.upsert_article(A1, make_quotes(A1, A1_Q))
    store.upsert_article(A2, make_quotes(A2, A2_Q))
    got = set(store.search_quotes(f, limit=100)["quote_id"].to_list())
    assert got == expected
    assert store.count_quotes(f) == len(expected)


def test_read_api_columns(store: Store) -> None:
    store.upsert_article(A1, make_quotes(A1, A1_Q))
    df = store.search_quotes(QuoteFilter())
    assert df.columns == ["quote_id", "article_id", "cluster_id", "text", "kind", "speaker", "speaker_canonical",
                          "speaker_id", "speaker_type", "cue", "in_heading", "confidence", "start", "end",
                          "outlet", "published", "title", "url", "lang", "is_fragment"]
    q = store.get_quote("a1#0")
    assert q and {"sentence", "cue_start", "cue_end", "speaker_start", "speaker_end"} <= q.keys()
    assert store.get_quote("nope") is None and store.get_cluster("nope") is None
    assert store.get_article("a1")["text"] == A1.text
    assert store.article_quotes("a1").height == 2
    assert store.articles()["id"].to_list() == ["a1"]
    assert store.outlets() == ["Le Monde"] and store.langs() == ["fr"]
    st = store.stats()
    assert {"articles", "quotes", "clusters", "speakers"} <= st.keys()
    assert store.clusters().height == 2


def test_not_extracted_then_extracted(store: Store) -> None:
    en = art("e1", "\"We will win\", she said.", lang="en")
    assert store.upsert_article(en, [], extracted=False) == "new"
    assert store.upsert_article(en, [], extracted=False) == "unchanged"
    assert store.needs_extraction(en, extracted=True)
    assert store.upsert_article(en, make_quotes(en, [{"text": "We will win"}])) == "replaced"
    assert store.stats()["not_extracted"] == 0


def test_incremental_across_sessions(tmp_path: Path) -> None:
    db = tmp_path / "inc.duckdb"
    with Store(db) as s:
        s.upsert_article(A1, make_quotes(A1, A1_Q))
    with Store(db) as s:  # a new process: indexes rebuilt from the tables, nothing re-clustered
        s.upsert_article(A2, make_quotes(A2, A2_Q))
        ids = s.search_quotes(QuoteFilter(kind="direct"))["cluster_id"].unique().to_list()
        assert len(ids) == 1
        assert len(s.speakers().filter(s.speakers()["name"] == "Emmanuel Macron")) == 1


@pytest.mark.skipif(not SEED.exists(), reason="shared/eval not available")
def test_sample_article_clusters_in_store(tmp_path: Path) -> None:
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    article = Article(id="sample", text=gold["text"], lang="fr", outlet=gold["outlet"], published=gold["published"])
    with Store(tmp_path / "s.duckdb") as s:
        s.upsert_article(article, make_quotes(article, gold["quotes"]))
        df = s.search_quotes(QuoteFilter(), limit=None)
        by_text: dict[str, set[str]] = {}
        for row in df.iter_rows(named=True):
            by_text.setdefault(row["text"], set()).add(row["cluster_id"])
        body = "On est au terme des travaux techniques et on est prêts à donner ces garanties de sécurité"
        assert by_text["On est prêts à donner ces garanties de sécurité"] == by_text[body]
        moldova = by_text["S’imposer en Moldavie est un moyen pour la Russie de peser sur la guerre en Ukraine"]
        assert len(moldova) == 1
        assert s.get_cluster(next(iter(moldova)))["mentions"] == 2
        frag = df.filter(df["text"] == "On est prêts à donner ces garanties de sécurité").row(0, named=True)
        assert frag["is_fragment"] is True
        assert s.stats()["clusters"] == len({q["cluster"] for q in gold["quotes"]})
        elysee = s.speakers(search="elysee")
        assert elysee.height == 1 and elysee["quotes"][0] == 2


@pytest.mark.skipif(not RPM2.exists(), reason="RPM2 corpus not available (not shippable)")
def test_rpm2_cluster_in_store(tmp_path: Path) -> None:
    with Store(tmp_path / "r.duckdb") as s:
        for line in RPM2.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if not rec["id"].startswith("rpm2-T15"):
                continue
            article = Article(id=rec["id"], text=rec["text"], lang="fr", outlet=rec["outlet"])
            quotes = [Quote(article_id=article.id, text=next(g for g in m.groups() if g), kind="direct",
                            start=m.start(), end=m.end()) for m in QUOTE_RE.finditer(article.text)]
            s.upsert_article(article, quotes)
        hits = s.search_quotes(QuoteFilter(search="vie privee compliquee"), limit=None)
        assert hits["cluster_id"].n_unique() == 1
        cluster = s.get_cluster(hits["cluster_id"][0])
        assert (cluster["mentions"], cluster["articles"]) == (6, 5)
        assert hits.filter(hits["is_fragment"]).height == 1
        assert hits["cluster_id"][0] in s.claims(min_articles=5)["cluster_id"].to_list()


def test_read_only_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    db = tmp_path / "busy.duckdb"
    with Store(db) as s:
        s.upsert_article(A1, make_quotes(A1, A1_Q))
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from tracker.store import Store
        s = Store({str(db)!r}); s.stats(); print("held", flush=True); time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusy, match="in use by another process"):
            Store(db, read_only=True).stats()
        with pytest.raises(StoreBusy):
            Store(db, lock_timeout=0.2).stats()
    finally:
        holder.kill()
        holder.wait()
    with Store(db, read_only=True) as ro:  # once released, readers get in
        assert ro.stats()["articles"] == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.upsert_article(A2, [])


def test_release_lets_a_reader_in(tmp_path: Path) -> None:
    db = tmp_path / "rel.duckdb"
    writer = Store(db)
    writer.upsert_article(A1, make_quotes(A1, A1_Q))
    writer.release()
    out = subprocess.run([sys.executable, "-c",
                          f"from tracker.store import Store; print(Store({str(db)!r}, read_only=True).stats()['quotes'])"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.stdout.strip() == "2", out.stderr
    writer.upsert_article(A2, make_quotes(A2, A2_Q))  # reconnects transparently
    assert writer.stats()["quotes"] == 4
    writer.close()



def test_pages_match_the_plain_query(tmp_path: Path) -> None:
    """Counted-and-kept first rows, deep pages and the unfiltered list agree with one ORDER BY over all."""
    db = tmp_path / "pages.duckdb"
    with Store(db) as s:
        items = []
        for i in range(130):  # 1300 quotes: past the kept rows (_SCAN_ROWS) and the kept-page limit (_SCAN_MAX)
            texts = [f"phrase {i} numero {j} {'commune' if j % 2 else 'rare'}" for j in range(10)]
            a = art(f"p{i:03d}", " ".join(f"« {t} »" for t in texts), published=f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}")
            items.append((a, make_quotes(a, [{"text": t} for t in texts])))
        s.upsert_many(items)
    with Store(db, read_only=True) as s:
        for f in (QuoteFilter(search="commune"), QuoteFilter(), QuoteFilter(search="absent")):
            everything = s.search_quotes(f, limit=None)["quote_id"].to_list()
            assert s.count_quotes(f) == len(everything)
            for limit, offset in ((50, 0), (25, 175), (200, 150), (100, 950), (50, 1200)):
                assert s.search_quotes(f, limit=limit, offset=offset)["quote_id"].to_list() == \
                    everything[offset:offset + limit], (f, limit, offset)
        closed = []
        child = s.reader(on_close=lambda: closed.append(True))
        assert child.count_quotes(QuoteFilter(search="rare")) == 650
        child.close()
        assert closed == [True] and s.stats()["quotes"] == 1300  # the parent stays open


WRITER = """
import random, sys
from tracker.records import Article, Quote
from tracker.store import Store
n = int(sys.argv[2])
vocab = [f"mot{k}" for k in range(5000)]
with Store(sys.argv[1]) as s:
    for i in range(n):
        said = [" ".join(random.Random(i * 100 + j).sample(vocab, 8)) for j in range(20)]
        a = Article(id=f"k{i}", text=" ".join(f"« {t} », a dit Jean Dupont." for t in said), lang="fr",
                    outlet=f"o{i % 5}", published=f"2024-01-{1 + i % 28:02d}")
        qs = [Quote(article_id=a.id, text=t, kind="direct", start=0, end=1, speaker="Jean Dupont") for t in said]
        print(s.upsert_article(a, qs), flush=True)
"""


def test_killed_mid_run_leaves_whole_articles(tmp_path: Path) -> None:
    db = tmp_path / "kill.duckdb"
    n = 150
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(n)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    for _ in range(40):
        assert proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db, read_only=True) as s:
        arts = s.articles(limit=None)
        stored = s.stats()
        assert 40 <= stored["articles"] < n
        assert stored["quotes"] == 20 * stored["articles"]  # no half article
        assert int(arts["n_quotes"].sum()) == stored["quotes"]
        assert int(s.clusters(limit=None)["mentions"].sum()) == stored["quotes"]
    done = subprocess.run([sys.executable, "-c", WRITER, str(db), str(n)], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    statuses = done.stdout.split()
    assert statuses.count("unchanged") == stored["articles"] and statuses.count("new") == n - stored["articles"]
    with Store(db, read_only=True) as s:
        final = s.stats()
        assert (final["articles"], final["quotes"]) == (n, 20 * n)
        assert final["clusters"] == 20 * n
        assert s.search_quotes(QuoteFilter(), limit=None)["quote_id"].n_unique() == 20 * n


def test_schema_version_recorded(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "v.duckdb"
    Store(db).stats()
    con = duckdb.connect(str(db))
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("1",)]
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store(db).stats()


def test_outlet_filter_folds_apostrophes_like_the_search(store: Store) -> None:
    humanite = art("h1", "« Nous irons jusqu'au bout », a déclaré le maire.", outlet="L’Humanité")
    store.upsert_article(humanite, make_quotes(humanite, [{"text": "Nous irons jusqu'au bout"}]))
    store.upsert_article(A1, make_quotes(A1, A1_Q))
    for typed in ("l'humanite", "L’Humanité", "L‘HUMANITÉ"):
        assert set(store.search_quotes(QuoteFilter(outlet=typed))["quote_id"].to_list()) == {"h1#0"}, typed
