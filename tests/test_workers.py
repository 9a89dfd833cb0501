"""Extraction across processes: same results as in one process, in order, failures kept per article."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from tracker.records import Article
from tracker.workers import MIN_ARTICLES_FOR_WORKERS, default_jobs, extract_stream

TEXTS = [
    "« Nous irons jusqu'au bout », a déclaré le ministre de l'Intérieur.",
    "Le temps était doux ce matin-là sur la ville.",
    "Selon la préfecture, la manifestation a réuni 3 000 personnes.",
    "La présidente de la région, Carole Delga, a affirmé que « rien n'est décidé ».",
    "« Coalition des volontaires » est le nom retenu pour le groupe.",
    "Le maire a promis de reconstruire le pont avant l'été.",
]


def articles() -> list[Article]:
    return [Article(id=f"a{i}", text=t, lang="fr") for i, t in enumerate(TEXTS)]


def as_rows(stream) -> list[tuple[str, list[tuple]]]:
    out = []
    for item, result in stream:
        ident = item if isinstance(item, str) else item.id
        rows = None if result is None else [(q.text, q.kind, q.speaker_canonical, q.start, q.end) for q in result]
        out.append((ident, rows))
    return out


def wanted(item):
    return None if isinstance(item, str) else item


def test_workers_give_the_same_quotes_in_order():
    # strings stand for items with nothing to extract (ingest errors, unchanged articles)
    items = ["skip-0", *articles()[:3], "skip-1", *articles()[3:]]
    one = as_rows(extract_stream(items, wanted, jobs=1))
    two = as_rows(extract_stream(items, wanted, jobs=2))
    assert two == one
    assert [i for i, _ in two] == ["skip-0", "a0", "a1", "a2", "skip-1", "a3", "a4", "a5"]
    assert two[0][1] is None and two[4][1] is None
    by_id = dict(one)
    assert by_id["a0"] and by_id["a0"][0][0] == "Nous irons jusqu'au bout"
    assert by_id["a1"] == [] and by_id["a4"] == []  # no claim; a name in quotation marks is not a quote


def test_a_failing_article_does_not_stop_the_batch():
    def extractor(article: Article):
        if article.id == "a1":
            raise ValueError("bad article")
        return []

    results = list(extract_stream(articles(), wanted, jobs=1, extractor=extractor))
    assert [a.id for a, _ in results] == [a.id for a in articles()]
    assert isinstance(results[1][1], ValueError) and str(results[1][1]) == "bad article"
    assert all(r == [] for i, (_, r) in enumerate(results) if i != 1)


def test_a_killed_worker_fails_only_what_it_held():
    # enough chunks that some are still being extracted when the first result comes back
    items = articles() * 8
    seen: list[tuple[str, object]] = []
    killed = False
    for item, result in extract_stream(items, wanted, jobs=2):
        seen.append((item.id, result))
        if not killed:
            for child in multiprocessing.active_children():
                os.kill(child.pid, 9)
            killed = True
    assert len(seen) == len(items)  # every article comes back, as quotes or as an error
    failed = [r for _, r in seen if isinstance(r, Exception)]
    assert failed and all("worker died" in str(r) for r in failed)
    assert len(failed) < len(items) - 1
    assert isinstance(seen[-1][1], list)  # the articles after the crash run in a fresh pool


@pytest.mark.parametrize("env, expected, want", [
    ("3", None, 3),
    ("0", None, 1),
    (None, MIN_ARTICLES_FOR_WORKERS - 1, 1),
])
def test_default_jobs(monkeypatch, env, expected, want):
    if env is None:
        monkeypatch.delenv("TRACKER_JOBS", raising=False)
    else:
        monkeypatch.setenv("TRACKER_JOBS", env)
    assert default_jobs(expected) == want


def test_default_jobs_one_per_core(monkeypatch):
    monkeypatch.delenv("TRACKER_JOBS", raising=False)
    assert 1 <= default_jobs(1000) <= max(1, min(os.cpu_count() or 1, 4))
