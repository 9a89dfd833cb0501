"""Cross-article deduplication: normalisation, quote clusters, speaker aliases."""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from tracker.dedup import (
    FRAGMENT_MIN_PARTIAL,
    VARIANT_MIN_RATIO,
    QuoteClusterer,
    SpeakerResolver,
    family_of,
    match_key,
    person_name,
    search_fold,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL_DIRS = [SHARED / "eval" / "dev", SHARED / "eval" / "dev-en"]
RPM2 = SHARED / "corpus" / "fr-press-rpm2.jsonl"
SEED = SHARED / "eval" / "dev" / "seed-public-senat.json"

# Quotes as printed by the press: « », “ ”, "…" (a test-side reader for building mentions from raw text).
QUOTE_RE = re.compile(r"«\s*([^«»]+?)\s*»|\"([^\"\n]+?)\"|“([^“”]+?)”")


def raw_quotes(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in QUOTE_RE.finditer(text)]


@pytest.mark.parametrize("a, b", [
    ("« J’ai une vie privée compliquée. »", '"J\'ai une vie privée compliquée"'),
    ("L’Élysée", "l'elysee"),
    ("il aurait à compter sur [leur] engagement", "il aurait à compter sur leur engagement"),
    ("humaniste (…) et militant", "humaniste et militant"),
    ("humaniste […] et militant", "humaniste [...] et militant"),
    ("on est  prêts,\u00a0à donner", "On est prêts à donner"),
    ("Ce n'est pas une maladie !", "ce n’est pas une maladie"),
    ("cœur", "coeur"),
])
def test_match_key_equal(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a, b", [
    ("très certainement", "certainement pas"),
    ("Je ne dirai rien", "Je dirai tout"),
    ("la paix", "le camp de la paix"),
])
def test_match_key_different(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


def test_fold_keeps_punctuation_drops_case_and_accents() -> None:
    assert search_fold("« L’Élysée »") == "« l'elysee »"


@given(st.text(max_size=80))
@example("0:'‘0")  # a run of apostrophes at a word's edge, as marks written with apostrophes leave
def test_match_key_idempotent(text: str) -> None:
    assert match_key(match_key(text)) == match_key(text)


# (first mention, second mention, same cluster?)
PAIRS = [
    # variants: marks, punctuation, case, apostrophes, small wording differences
    ("J'ai une vie privée compliquée et c'est la limite que je me pose vis-à-vis de la presse. Je ne dirai rien là-dessus",
     "J’ai une vie privée compliquée et c’est la limite que je me pose vis-à-vis de la presse ; je ne dirai rien là-dessus.",
     True),
    ("L’Ukraine est une question générale et le camp de la paix, c’est nous",
     "l’Ukraine est une question générale et que le camp de la paix, c’est nous", True),
    ("susceptibles de porter atteinte à l'ordre public", "susceptible de porter atteinte à l’ordre public", True),
    # fragments, in both orders
    ("J'ai une vie privée compliquée et c'est la limite que je me pose vis-à-vis de la presse",
     "une vie privée compliquée", True),
    ("On est prêts à donner ces garanties de sécurité",
     "On est au terme des travaux techniques et on est prêts à donner ces garanties de sécurité", True),
    # must NOT match: a short common phrase, different quotes sharing words, another claim
    ("Les Américains seront très certainement associés aux travaux", "très certainement", False),
    ("dans le camp de la paix", "L’Ukraine est une question générale et le camp de la paix, c’est nous", False),
    ("Je veux rester prudente", "Je veux rester prudente sur ce dossier, a-t-elle dit, mais je suis confiante", True),
    ("Nous sommes capables de tenir les engagements pris", "Nous ne sommes pas capables de tenir ces délais", False),
    ("unprecedented", "unexpected", False),
    ("S’imposer en Moldavie est un moyen pour la Russie", "S’imposer en Ukraine est un moyen pour la Chine", False),
]


@pytest.mark.parametrize("first, second, same", PAIRS)
def test_pairs(first: str, second: str, same: bool) -> None:
    c = QuoteClusterer()
    a = c.add("a", first)
    b = c.add("b", second)
    assert (a.cluster_id == b.cluster_id) is same


def test_fragment_does_not_chain_two_quotes() -> None:
    c = QuoteClusterer()
    c.add("frag", "une vie privée compliquée")
    c.add("long1", "J'ai une vie privée compliquée et c'est la limite que je me pose")
    other = c.add("long2", "Elle a une vie privée compliquée depuis des années selon ses proches")
    # long2 contains the fragment but is not the cluster's longest form: it starts its own cluster
    assert other.created


def test_indirect_claim_never_joins_a_quote() -> None:
    c = QuoteClusterer()
    q = c.add("q", "aux avances sexuelles", family_of("partial"))
    claim = c.add("c", "avoir agi ainsi en réaction « aux avances sexuelles »", family_of("indirect"))
    assert q.cluster_id != claim.cluster_id
    again = c.add("c2", "avoir agi ainsi en réaction aux avances sexuelles", family_of("indirect"))
    assert again.cluster_id == claim.cluster_id


def test_remove_and_reassign() -> None:
    c = QuoteClusterer()
    a = c.add("a", "Nous irons jusqu'au bout de cette réforme")
    c.add("b", "nous irons jusqu’au bout de cette réforme !")
    assert c.remove("a") == a.cluster_id
    assert c.cluster_of("b") == a.cluster_id
    c.remove("b")
    assert c.n_clusters == 0
    fresh = c.add("a", "Nous irons jusqu'au bout de cette réforme")
    assert fresh.created


def _partition(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for k, v in labels.items():
        groups[v].add(k)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.skipif(not SEED.exists(), reason="shared/eval not available")
@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_sample_article_gold_clusters(order: str) -> None:
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    quotes = list(enumerate(gold["quotes"]))
    if order == "reverse":
        quotes.reverse()
    c = QuoteClusterer()
    for i, q in quotes:
        c.add(str(i), q["text"], family_of(q["kind"]))
    pred = {str(i): c.cluster_of(str(i)) for i, _ in quotes}
    expected = {str(i): q["cluster"] for i, q in quotes}
    assert _partition(pred) == _partition(expected)
    # the intertitle joins the body quote it shortens; the twice-printed teaser is one cluster
    by_text = {q["text"]: pred[str(i)] for i, q in quotes}
    assert by_text["On est prêts à donner ces garanties de sécurité"] == by_text[
        "On est au terme des travaux techniques et on est prêts à donner ces garanties de sécurité"]
    moldova = [pred[str(i)] for i, q in quotes if q["cluster"] == "moldavie"]
    assert len(moldova) == 2 and len(set(moldova)) == 1


@pytest.mark.skipif(not all(d.exists() for d in EVAL_DIRS), reason="shared/eval not available")
def test_thresholds_separate_gold_clusters() -> None:
    """Calibration check behind VARIANT_MIN_RATIO / FRAGMENT_MIN_PARTIAL: no two different gold utterances
    of the same family (quote / claim) come near either threshold."""
    mentions = []
    for d in EVAL_DIRS:
        for f in sorted(d.glob("*.json")):
            art = json.loads(f.read_text(encoding="utf-8"))
            for i, q in enumerate(art["quotes"]):
                mentions.append((f"{art['id']}::{q.get('cluster') or i}", match_key(q["text"]), family_of(q["kind"])))
    worst_ratio = worst_partial = 0.0
    for a, b in itertools.combinations(mentions, 2):
        if a[0] == b[0] or a[2] != b[2]:
            continue
        worst_ratio = max(worst_ratio, fuzz.ratio(a[1], b[1]))
        short, long_ = sorted((a[1], b[1]), key=len)
        if len(short.split()) >= 3:
            worst_partial = max(worst_partial, fuzz.partial_ratio(short, long_))
    assert worst_ratio < VARIANT_MIN_RATIO - 10
    assert worst_partial < FRAGMENT_MIN_PARTIAL - 10


@pytest.mark.skipif(not RPM2.exists(), reason="RPM2 corpus not available (not shippable)")
def test_rpm2_vie_privee_cluster() -> None:
    """« J'ai une vie privée compliquée … » in five articles, « » or "", plus the fragment
    « une vie privée compliquée » in a sixth mention: one cluster of six."""
    c = QuoteClusterer()
    mentions: dict[str, tuple[str, str]] = {}
    for line in RPM2.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        for i, text in enumerate(raw_quotes(art["text"])):
            key = f"{art['id']}#{i}"
            mentions[key] = (art["id"], text)
            c.add(key, text)
    target = [k for k, (_, t) in mentions.items() if "vie privée compliquée" in t]
    clusters = {c.cluster_of(k) for k in target}
    assert len(clusters) == 1
    members = [k for k in mentions if c.cluster_of(k) in clusters]
    assert len(members) == 6
    assert len({mentions[k][0] for k in members}) == 5
    assert any(mentions[k][1] == "une vie privée compliquée" for k in members)


# ---------------------------------------------------------------------------- speakers


@pytest.mark.parametrize("surface, tokens", [
    ("le président Emmanuel Macron", ["Emmanuel", "Macron"]),
    ("M. Macron", ["Macron"]),
    ("Mme Le Pen", ["Le", "Pen"]),
    ("Jean-Marie Le Pen", ["Jean-Marie", "Le", "Pen"]),
    ("une source proche du dossier", None),
])
def test_person_name(surface: str, tokens: list[str] | None) -> None:
    assert person_name(surface) == tokens


def test_speaker_aliases_merge_across_articles() -> None:
    r = SpeakerResolver()
    full = r.resolve("Emmanuel Macron", type_="person")
    for alias in ("Macron", "M. Macron", "le président Emmanuel Macron"):
        assert r.resolve(alias).speaker_id == full.speaker_id, alias
    assert r.resolve("il", canonical="Emmanuel Macron").speaker_id == full.speaker_id
    elysee = r.resolve("une source de l'Elysée")
    assert elysee.type == "anonymous"
    assert r.resolve("notre source élyséenne").speaker_id == elysee.speaker_id
    assert r.resolve("source à l'Élysée").speaker_id == elysee.speaker_id


@pytest.mark.parametrize("mentions, must_differ", [
    # two people sharing a surname are never merged, and the bare surname is ambiguous without evidence
    ([("Marine Le Pen", ""), ("Jean-Marie Le Pen", "")], [(0, 1)]),
    ([("Marine Le Pen", ""), ("Jean-Marie Le Pen", ""), ("Le Pen", "")], [(0, 2), (1, 2)]),
    ([("Emmanuel Macron", ""), ("Brigitte Macron", "")], [(0, 1)]),
    # anonymous sources without an institution are nobody in particular
    ([("une source proche du dossier", ""), ("une source proche du dossier", "")], []),
])
def test_speakers_not_merged_without_evidence(mentions: list[tuple[str, str]], must_differ: list[tuple[int, int]]) -> None:
    r = SpeakerResolver()
    ids = [r.resolve(s, context=ctx).speaker_id for s, ctx in mentions]
    for i, j in must_differ:
        assert ids[i] != ids[j]
    if not must_differ:
        assert ids == [None, None]


def test_ambiguous_surname_resolved_by_article_text() -> None:
    r = SpeakerResolver()
    marine = r.resolve("Marine Le Pen").speaker_id
    r.resolve("Jean-Marie Le Pen")
    assert r.resolve("Le Pen", context="Marine Le Pen a réagi hier. « Non », a dit Le Pen.").speaker_id == marine


def test_surname_seen_before_full_name_is_merged() -> None:
    r = SpeakerResolver()
    early = r.resolve("Macron")
    full = r.resolve("Emmanuel Macron")
    assert full.speaker_id == early.speaker_id and full.name == "Emmanuel Macron" and full.type == "person"


@pytest.mark.parametrize("pronoun", ["il", "Elle", "on", "ces derniers"])
def test_pronouns_are_not_speakers(pronoun: str) -> None:
    assert SpeakerResolver().resolve(pronoun).speaker_id is None
