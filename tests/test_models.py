"""Model lookup: official Stanza models first when installed, else the shipped ones; status offline."""

from __future__ import annotations

import json
import subprocess
import sys

from tracker.nlp import models


def test_shipped_models_are_complete_and_small():
    found = models.find_models("fr")
    assert found.source == "shipped"
    total = sum(p.stat().st_size for p in (models.SHIPPED_DIR / "fr").glob("*.pt"))
    assert total <= 60 * 2**20
    assert set(found.paths) == set(models.PROCESSORS)


def test_official_models_are_preferred_when_installed(tmp_path, monkeypatch):
    res = {"fr": {"default_processors": {p: "combined" for p in models.PROCESSORS}}}
    (tmp_path / "resources.json").write_text(json.dumps(res))
    for p in models.PROCESSORS:
        (tmp_path / "fr" / p).mkdir(parents=True)
        (tmp_path / "fr" / p / "combined.pt").write_bytes(b"x")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert models.find_models("fr").source == "official"
    # an incomplete install falls back to the shipped set
    (tmp_path / "fr" / "ner" / "combined.pt").unlink()
    assert models.find_models("fr").source == "shipped"


def test_unknown_language_has_no_models():
    assert not models.models_available("xx")
    assert not models.models_available(None)


def test_status_command_offline(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "STANZA_RESOURCES_DIR": str(tmp_path / "none")}
    out = subprocess.run([sys.executable, "-m", "tracker", "models", "status", "--format", "json"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["processor"] for r in rows] == list(models.PROCESSORS)
    assert all(r["source"] == "shipped" for r in rows)
    assert "gsd_test_las" in next(r for r in rows if r["processor"] == "depparse")["scores"]


def test_download_fails_with_one_line_offline(tmp_path):
    code = ("import socket\n"
            "def refuse(*a, **k): raise OSError('no network')\n"
            "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
            "from tracker.cli import main\nraise SystemExit(main(['models', 'download', 'fr']))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                              "STANZA_RESOURCES_DIR": str(tmp_path / "res")})
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tracker: could not download"), out.stderr
