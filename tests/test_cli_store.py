"""`tracker ingest | quotes | speakers | clusters | claims | stats | export` end to end, through the real
console entry point, extraction and a DuckDB file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "corpus" / "public-senat-2025-09-02.txt"
RPM2 = SHARED / "corpus" / "fr-press-rpm2.jsonl"
DATA = Path(__file__).parent / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    recs = [
        {"id": "m1", "lang": "fr", "outlet": "Le Monde", "published": "2024-05-01", "title": "Réforme",
         "text": "« Nous irons jusqu'au bout de cette réforme », a déclaré Emmanuel Macron à l'Élysée."},
        {"id": "l1", "lang": "fr", "outlet": "Libération", "published": "2024-05-03", "title": "Réforme bis",
         "text": "\"Nous irons jusqu’au bout de cette réforme\", a répété Emmanuel Macron."},
    ]
    (d / "a.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    (d / "page.html").write_bytes((DATA / "html" / "local-news.html").read_bytes())
    return d


def test_ingest_then_listings(capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", db)
    assert rc == 0, err
    assert "articles: 3 new, 0 unchanged, 0 replaced, 0 failed" in out
    rc, out, _ = run(capsys, "ingest", str(corpus), "--db", db)
    assert "0 new, 3 unchanged" in out

    rc, out, _ = run(capsys, "quotes", "--db", db, "--search", "Elysee", "--format", "jsonl")
    assert rc == 0 and out == ""  # « Élysée » is not inside a quote here
    rc, out, _ = run(capsys, "quotes", "--db", db, "--search", "JUSQU'AU BOUT DE CETTE", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    # two variants and the longer form in the HTML page: one cluster
    assert len(rows) == 3 and all(r["article_id"] and r["cluster_id"] for r in rows)
    assert len({r["cluster_id"] for r in rows}) == 1
    assert [r["published"] for r in rows] == ["2024-05-03", "2024-05-01", "2024-03-14"]  # newest first

    rc, out, _ = run(capsys, "quotes", "--db", db, "--outlet", "le monde", "--since", "2024-05-01",
                     "--until", "2024-05-02", "--kind", "direct", "--lang", "fr", "--limit", "5", "--format", "csv")
    lines = out.splitlines()
    assert lines[0].startswith("quote_id,article_id,cluster_id") and len(lines) == 2

    rc, out, _ = run(capsys, "claims", "--db", db, "--format", "jsonl")
    claims = [json.loads(line) for line in out.splitlines()]
    assert len(claims) == 1 and claims[0]["articles"] == 3
    assert claims[0]["outlet_list"] == ["La Gazette du Test", "Le Monde", "Libération"]
    rc, out, _ = run(capsys, "claims", "--db", db, "--min-articles", "4", "--format", "jsonl")
    assert out == ""

    rc, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    st = json.loads(out)
    assert st["articles"] == 3 and st["quotes"] >= 3 and st["clusters"] >= 1 and "speakers" in st

    for cmd in ("quotes", "speakers", "clusters", "claims", "stats"):
        for fmt in ("table", "jsonl", "csv"):
            rc, out, err = run(capsys, cmd, "--db", db, "--format", fmt)
            assert rc == 0 and not err, (cmd, fmt, err)
            assert out or (cmd == "speakers" and fmt == "jsonl"), (cmd, fmt)  # speakers need the nlp models

    rc, out, err = run(capsys, "export", "--db", db, "--format", "xlsx", "--out", str(tmp_path / "q.xlsx"),
                       "--outlet", "Libération")
    assert rc == 0 and "exported 1 quotes" in err


def test_ingest_bad_inputs_exit_1_one_line_each(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "random.txt").write_bytes(os.urandom(2048))
    (d / "ok.txt").write_text("Titre\n\n« Tout va bien », a dit le maire.", encoding="utf-8")
    db = str(tmp_path / "b.duckdb")
    rc, out, err = run(capsys, "ingest", str(d), str(tmp_path / "missing.txt"), "--db", db)
    assert rc == 1
    err_lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(err_lines) == 3, err
    assert all(ln.startswith("tracker: ") for ln in err_lines)
    assert "Traceback" not in err
    assert "1 new, 0 unchanged, 0 replaced, 3 failed" in out


def test_store_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, out, err = run(capsys, "quotes", "--db", str(tmp_path / "none.duckdb"))
    assert rc == 1 and err.count("\n") == 1 and "no database" in err
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    rc, out, err = run(capsys, "stats", "--db", str(tmp_path / "junk.duckdb"))
    assert rc == 1 and err.count("\n") == 1 and "Traceback" not in err
    rc, out, err = run(capsys, "ingest", "--db", str(tmp_path / "x.duckdb"))
    assert rc == 2


def test_tracker_db_environment_variable(tmp_path: Path, corpus: Path) -> None:
    env = dict(os.environ, TRACKER_DB=str(tmp_path / "env.duckdb"))
    done = subprocess.run([sys.executable, "-m", "tracker", "ingest", str(corpus / "a.jsonl"), "--quiet"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.duckdb").exists() and not (tmp_path / "tracker.duckdb").exists()


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared corpus not available")
def test_sample_article_clusters(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    assert run(capsys, "ingest", str(SAMPLE), "--db", db)[0] == 0
    _, out, _ = run(capsys, "quotes", "--db", db, "--search", "garanties de sécurité", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2 and len({r["cluster_id"] for r in rows}) == 1
    assert [r["is_fragment"] for r in rows if r["text"].startswith("On est prêts")] == [True]
    _, out, _ = run(capsys, "quotes", "--db", db, "--search", "S’imposer en Moldavie", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2 and len({r["cluster_id"] for r in rows}) == 1


@pytest.mark.skipif(not RPM2.exists(), reason="RPM2 corpus not available (not shippable)")
def test_rpm2_claim(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "t15.jsonl"
    src.write_text("".join(line + "\n" for line in RPM2.read_text(encoding="utf-8").splitlines()
                           if '"rpm2-T15_' in line), encoding="utf-8")
    db = str(tmp_path / "r.duckdb")
    assert run(capsys, "ingest", str(src), "--db", db)[0] == 0
    _, out, _ = run(capsys, "quotes", "--db", db, "--search", "vie privée compliquée", "--format", "jsonl",
                    "--limit", "50")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 6 and len({r["cluster_id"] for r in rows}) == 1
    assert len({r["article_id"] for r in rows}) == 5
    _, out, _ = run(capsys, "claims", "--db", db, "--min-articles", "5", "--format", "jsonl")
    assert rows[0]["cluster_id"] in {json.loads(line)["cluster_id"] for line in out.splitlines()}


def test_store_commands_do_not_import_the_nlp_stack() -> None:
    """`tracker quotes|stats|...` start fast: stanza and torch load only for extraction."""
    code = ("import sys; from tracker.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'stanza') "
            "or m.startswith(('tracker.nlp', 'tracker.extract'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
