"""Tests of tracker.evaluate: the GUIDELINES.md scoring rules, on hand-made and real gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.evaluate import (
    evaluate,
    load_gold,
    load_predictions,
    quote_similarity,
    score_article,
    speaker_matches,
    word_shares,
)

DEV = Path(__file__).parent / "data" / "eval" / "dev"


@pytest.mark.parametrize(
    ("predicted", "aliases", "expected"),
    [
        ("Emmanuel Macron", ["Emmanuel Macron", "Macron"], True),
        ("Macron", ["Emmanuel Macron", "Macron"], True),
        ("le président Emmanuel Macron", ["Emmanuel Macron"], True),  # contains all the words
        ("EMMANUEL MACRON", ["Emmanuel Macron"], True),  # case ignored
        ("l'Elysee", ["l'Élysée"], True),  # accents ignored
        ("l’Élysée", ["l'Élysée"], True),  # apostrophes ignored
        ("une source de l’Elysée proche du dossier", ["une source de l'Elysée"], True),
        ("Erdogan", ["Recep Tayyip Erdoğan", "Erdoğan"], True),
        # must NOT match
        ("Emmanuel", ["Emmanuel Macron"], False),  # only part of the alias
        ("il", ["il", "Vladimir Poutine"], False),  # a pronoun alone is never right
        ("on", ["on au palais"], False),
        ("Ces derniers", ["ces derniers"], False),
        ("Valls", ["Manuel Valls"], False),
        (None, ["Macron"], False),
        ("", ["Macron"], False),
    ],
)
def test_speaker_alias_rule(predicted, aliases, expected):
    assert speaker_matches(predicted, aliases) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "paired"),
    [
        ("On est prêts à donner ces garanties", "On est prêts à donner ces garanties", True),
        ("On est prêts à donner ces garanties", "« On est prêts à donner ces garanties »", True),
        ("On est prêts à donner ces garanties.", "on est prets a donner ces garanties", True),
        ("On est prêts à donner ces garanties", "Nous sommes capables de tenir les engagements", False),
        ("Nous irons jusqu'au bout", "Nous irons jusqu'au bout, a-t-il dit", True),
        ("très certainement", "Coalition des volontaires", False),
    ],
)
def test_quote_similarity_threshold(gold, pred, paired):
    assert (quote_similarity(gold, pred) >= 80) is paired


def test_word_shares_are_multisets():
    gold = "le groupe restera une cible de l'aviation russe"
    assert word_shares(gold, gold) == (1.0, 1.0)
    g, p = word_shares(gold, "le groupe restera une cible")
    assert g == pytest.approx(5 / 9) and p == 1.0
    assert word_shares("", "x") == (0.0, 0.0)


def _gold(quotes, not_quotes=()):
    return {"id": "a1", "text": "…", "quotes": quotes, "not_quotes": list(not_quotes)}


def _q(text, kind="direct", aliases=("Macron",)):
    return {"text": text, "kind": kind, "speaker_aliases": list(aliases)}


def _p(text, kind="direct", speaker="Emmanuel Macron", canonical=None):
    return {"article_id": "a1", "text": text, "kind": kind, "speaker": speaker, "speaker_canonical": canonical}


def test_one_to_one_best_first():
    # two golds, one prediction: the prediction pairs with the better gold only
    gold = _gold([_q("nous irons jusqu'au bout"), _q("nous irons jusqu'au bout de la nuit")])
    res = score_article(gold, [_p("nous irons jusqu'au bout de la nuit")])
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (1, 0, 1)
    assert res.pairs[0].gold["text"] == "nous irons jusqu'au bout de la nuit"


def test_direct_and_partial_pool_together_indirect_apart():
    gold = _gold([_q("un tandem claudiquant", kind="partial"),
                  _q("le groupe restera une cible de l'aviation russe", kind="indirect")])
    preds = [_p("un tandem claudiquant", kind="direct"),
             _p("le groupe restera une cible de l'aviation russe", kind="partial")]
    res = score_article(gold, preds)
    assert (res.quotes.tp, res.quotes.fp, res.quotes.fn) == (1, 1, 0)
    assert (res.indirect.tp, res.indirect.fp, res.indirect.fn) == (0, 0, 1)


@pytest.mark.parametrize(
    ("pred_text", "paired"),
    [
        ("le groupe restera une cible de l'aviation russe", True),
        ("le groupe restera une cible", False),  # 5/9 of the gold words < 60%
        ("que le groupe restera une cible de l'aviation russe", True),  # 9/10 of the predicted words
    ],
)
def test_indirect_word_share(pred_text, paired):
    gold = _gold([_q("le groupe restera une cible de l'aviation russe", kind="indirect")])
    res = score_article(gold, [_p(pred_text, kind="indirect")])
    assert res.indirect.tp == int(paired)


def test_indirect_prediction_too_long_is_not_paired():
    gold = _gold([_q("la victime était mal placée", kind="indirect")])
    long = "la victime était mal placée " + " ".join(f"mot{i}" for i in range(10))
    assert score_article(gold, [_p(long, kind="indirect")]).indirect.tp == 0  # 5/15 < 40%


def test_speaker_accuracy_uses_resolved_name_and_skips_empty_aliases():
    gold = _gold([_q("a b c d e f", aliases=("Vladimir Poutine",)), _q("g h i j k l", aliases=())])
    preds = [_p("a b c d e f", speaker="il", canonical="Vladimir Poutine"), _p("g h i j k l", speaker=None)]
    res = score_article(gold, preds)
    assert (res.speaker_right, res.speaker_total) == (1, 1)
    res = score_article(gold, [_p("a b c d e f", speaker="il", canonical=None)])
    assert (res.speaker_right, res.speaker_total) == (0, 1)


def test_term_false_positives():
    gold = _gold([], not_quotes=["Coalition des volontaires", "oui"])
    preds = [_p("Coalition des volontaires", kind="partial"), _p("« oui »", kind="direct"),
             _p("Coalition des volontaires", kind="indirect")]
    assert score_article(gold, preds).term_fp == 2


def test_perfect_predictions_from_gold_score_one():
    golds = load_gold(DEV)
    assert len(golds) == 11
    preds = {
        g["id"]: [
            {"article_id": g["id"], "text": q["text"], "kind": q["kind"],
             "speaker": (q["speaker_aliases"] or [None])[0], "speaker_canonical": None}
            for q in g["quotes"]
        ]
        for g in golds
    }
    scores = evaluate(golds, preds)
    assert scores.quotes.f1 == 1.0 and scores.indirect.f1 == 1.0
    assert scores.speaker_accuracy == 1.0 and scores.term_fp == 0


def test_empty_predictions_score_zero():
    scores = evaluate(load_gold(DEV), {})
    assert scores.quotes.recall == 0.0 and scores.quotes.f1 == 0.0 and scores.term_fp == 0


def test_prediction_file_round_trip(tmp_path):
    golds = load_gold(DEV)
    g = golds[0]
    path = tmp_path / "pred.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for q in g["quotes"]:
            fh.write(json.dumps({"article_id": g["id"], "text": q["text"], "kind": q["kind"],
                                 "speaker": None, "speaker_canonical": None}) + "\n")
    preds = load_predictions(path)
    res = evaluate([g], preds)
    assert res.quotes.recall == 1.0 and res.indirect.recall == 1.0
