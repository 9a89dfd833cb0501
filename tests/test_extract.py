"""Tests of tracker.extract and the `tracker extract` / `tracker evaluate` commands.

The accuracy gate runs the real pipeline on the shipped dev set (as trafilatura keeps one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.cli import main
from tracker.evaluate import evaluate, load_gold
from tracker.extract import extract_article, extract_articles, extract_text, nlp_ready
from tracker.nlp.int8 import float_weights
from tracker.records import Article, Quote

EVAL = Path(__file__).parent / "data" / "eval"
DEV = EVAL / "dev"
needs_models = pytest.mark.skipif(not nlp_ready("fr"), reason="French Stanza models not installed")

# Gate values from issue #3: the build fails below these on the dev set.
GATE_QUOTE_F1 = 0.95
GATE_SPEAKER_ACC = 0.85

SAMPLE = ("Le ministre a parlé longtemps. « Nous irons jusqu'au bout », a-t-il déclaré. "
          "La « Coalition des volontaires » se réunit jeudi.")


def test_extract_text_gives_typed_records_with_offsets():
    quotes = extract_text(SAMPLE, article_id="a")
    assert quotes and all(isinstance(q, Quote) for q in quotes)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Nous irons jusqu'au bout"]
    q = direct[0]
    assert SAMPLE[q.start:q.end] == q.text and q.article_id == "a"
    assert set(q.to_output()) == set(Quote.OUTPUT_KEYS)
    # a name in quotation marks is not a quote
    assert all("Coalition" not in q.text for q in quotes)


def test_a_batch_gives_what_one_article_at_a_time_gives():
    texts = [SAMPLE, "", "Selon la préfecture, la manifestation a réuni 3 000 personnes.",
             "\"We will win,\" the mayor said.", "Le temps était doux."]
    langs = ["fr", "fr", "fr", "en", "fr"]
    articles = [Article(id=f"a{i}", text=t, lang=lang) for i, (t, lang) in enumerate(zip(texts, langs, strict=True))]
    with float_weights():  # exactly so in float32; int8 parses may move a little with their batch
        batch = extract_articles(articles)
        assert batch == [extract_article(a) for a in articles]
    assert batch[0] and batch[2] and batch[3] and batch[1] == [] and batch[4] == []


def test_the_same_batch_gives_the_same_output_whatever_ran_before():
    # a worker's caches (character vectors, lemmas) fill with what it read before: they must not
    # change what a later chunk gives
    articles = [Article(id="a", text=SAMPLE[:4000], lang="fr"),
                Article(id="b", text="« Nous ne céderons rien », a déclaré mardi la ministre Aurélie Zembrowska.",
                        lang="fr")]
    first = extract_articles(articles)
    extract_articles([Article(id="c", text=SAMPLE[4000:], lang="fr"),
                      Article(id="d", text="Selon le syndicat Trabouillex, la grève continuera.", lang="fr")])
    assert extract_articles(articles) == first and first[0] and first[1]


def test_a_failing_article_fails_alone_in_a_batch(monkeypatch):
    import tracker.extract as extract_module

    real = extract_module.attribute

    def failing(text, doc, spans, article_id, *args, **kwargs):
        if article_id == "bad":
            raise RuntimeError("attribution broke")
        return real(text, doc, spans, article_id, *args, **kwargs)

    monkeypatch.setattr(extract_module, "attribute", failing)
    articles = [Article(id="good1", text=SAMPLE, lang="fr"), Article(id="bad", text=SAMPLE, lang="fr"),
                Article(id="good2", text=SAMPLE, lang="fr")]
    first, bad, last = extract_articles(articles)
    assert isinstance(bad, RuntimeError) and str(bad) == "attribution broke"
    assert first and [q.text for q in first] == [q.text for q in last]


# '0«\x1bÀ': a short open quote in a sentence left unparsed (found by hypothesis in CI)
@pytest.mark.parametrize("text", ["", " ", "\n\n", "«", "»", "« »", "\"", "a « b", "0«\x1bÀ"])
def test_degenerate_texts(text):
    assert isinstance(extract_text(text), list)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list("«»“”‘’\"„‹› \u00a0\u202f\n.,:;!?-'"))),
               max_size=300))
def test_extract_never_raises(text):
    for q in extract_text(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.kind in ("direct", "partial", "indirect")
        assert 0.0 <= q.confidence <= 1.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["«", "»", "“", "”", "\"", ":", "\n", ".", "Il a dit", "que", "selon lui",
                                 "Macron", "« Nous irons", "a-t-il dit", "», explique une source.", "le",
                                 "ministre", "estime", "d'après elle", "ce dernier"]), max_size=30))
def test_extract_never_raises_on_reported_speech_pieces(parts):
    """Real quote-and-cue pieces in random order reach the parser and attribution rules, not only
    the mark scanner."""
    text = " ".join(parts)
    for q in extract_text(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.kind in ("direct", "partial", "indirect")


@pytest.mark.slow
def test_one_megabyte_article():
    para = ("Le maire a confirmé que les travaux commenceront lundi. « Nous sommes prêts », a-t-il déclaré. "
            "Selon la préfecture, la circulation sera déviée pendant trois semaines.\n\n")
    filler = ("La ville compte de nombreux commerces et une gare rénovée depuis peu de temps, "
              "au bord du fleuve, où passent chaque jour des milliers de voyageurs.\n\n")
    text = ""
    while len(text.encode("utf-8")) < 1_000_000:
        text += para + filler * 40
    quotes = extract_article(Article(id="big", text=text, lang="fr"))
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == text.count("« Nous sommes prêts »")
    assert all(text[q.start:q.end] == q.text for q in direct)


def test_cli_extract_jsonl_and_errors(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("date 2025-09-02 Public Sénat\n" + SAMPLE + "\n", encoding="utf-8")
    rc = main(["extract", str(good), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert any(r["text"] == "Nous irons jusqu'au bout" and r["kind"] == "direct" for r in records)
    assert all(set(r) == set(Quote.OUTPUT_KEYS) for r in records)
    assert rc == 1 and "missing.txt" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_cli_extract_formats(tmp_path, capsys, fmt):
    good = tmp_path / "a.txt"
    good.write_text("date 2025-09-02 Public Sénat\n" + SAMPLE + "\n", encoding="utf-8")
    assert main(["extract", str(good), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Nous irons jusqu'au bout" in out


def test_cli_evaluate_with_prediction_file(tmp_path, capsys):
    gold = load_gold(DEV)[0]
    pred = tmp_path / "p.jsonl"
    pred.write_text("\n".join(json.dumps({"article_id": gold["id"], "text": q["text"], "kind": q["kind"],
                                          "speaker": None, "speaker_canonical": None})
                              for q in gold["quotes"]), encoding="utf-8")
    assert main(["evaluate", str(DEV), "--pred", str(pred)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(gold["id"] + ": quotes tp=")
    assert out[-1].startswith("quotes P=")
    assert len(out) == 12


@needs_models
def test_accuracy_gate_on_dev_set():
    scores = evaluate(load_gold(DEV))
    assert scores.quotes.f1 >= GATE_QUOTE_F1, scores.summary_line()
    assert scores.speaker_accuracy >= GATE_SPEAKER_ACC, scores.summary_line()
    assert scores.term_fp == 0, scores.summary_line()


# Floors on the held-out sets (quote F1, indirect F1, speaker accuracy): each set's figures when its
# floor was last set, less about 0.05 (0.07 for heldout's speakers, which move with single parses), so
# that they catch regressions without pinning today's exact output. Each set was first measured blind,
# then used to find general rules, so none is blind now.
HELDOUT_FLOORS = {
    # 5 Wikinews articles annotated before the system was run on them. First blind measurement 0.905 /
    # 0.558 / 0.932; after the rules it showed up (infinitive and noun-object claims, the term rule)
    # 0.987 / 0.902 / 0.989.
    "heldout": (0.93, 0.83, 0.92),
    # 8 Wikinews articles of a second blind annotator (4 press articles cannot ship). First 0.980 /
    # 0.643 / 0.890; after its rules (euphonic -t, person gender, ne … que, trailing source phrases…)
    # 0.987 / 0.732 / 0.921; now 0.993 / 0.864 / 1.000.
    "heldout2": (0.93, 0.80, 0.93),
    # the 4 Wikinews articles of two blind batches of 9 (5 press articles cannot ship; README there):
    # 1.000 / 0.952 / 0.939 when set (1.000 for speakers since the eleventh session). Wider margins:
    # 4 articles are few.
    "heldout3": (0.94, 0.85, 0.84),
    # 6 Wikinews articles of the tenth session's blind batch (README there): first 0.984 / 0.692 /
    # 0.846, now 0.984 / 0.786 / 0.927.
    "heldout4": (0.93, 0.73, 0.87),
    # 6 Wikinews articles of the eleventh session's first blind batch (README there): first 1.000 /
    # 0.743 / 0.706, now 1.000 / 0.778 / 0.904.
    "heldout5": (0.95, 0.72, 0.85),
    # 6 Wikinews articles of the eleventh session's second blind batch (README there): first run
    # 0.933 / 0.471 / 0.778, now 0.933 / 0.649 / 0.900.
    "heldout6": (0.88, 0.59, 0.85),
    # the twelfth session's two blind Wikinews batches (READMEs there): first runs 0.879 / 0.686 /
    # 0.750 and 0.889 / 0.710 / 0.795, now 0.879 / 0.686 / 0.875 and 0.947 / 0.750 / 0.867.
    "heldout7": (0.83, 0.63, 0.82),
    "heldout8": (0.89, 0.70, 0.81),
    # the thirteenth session's two blind Wikinews batches, each reviewed by a second blind annotator
    # (READMEs there): first runs 0.967 / 0.762 / 0.822 and 0.871 / 0.857 / 0.806, now 0.967 / 0.780 /
    # 0.978 and 0.871 / 0.857 / 0.806.
    "heldout9": (0.92, 0.72, 0.92),
    "heldout10": (0.82, 0.80, 0.75),
    # its third Wikinews batch (README there: the low indirect score is mostly annotation choices the
    # guidelines leave open): first run 0.909 / 0.385 / 0.840, now 0.930 / 0.385 / 0.840.
    "heldout11": (0.86, 0.33, 0.79),
    # the fourteenth session's two blind Wikinews batches, each reviewed blind (READMEs there): first runs
    # 0.966 / 0.821 / 0.814 and 0.939 / 0.773 / 0.875, when set 0.966 / 0.831 / 0.892 and 0.939 / 0.773 /
    # 0.979.
    "heldout12": (0.91, 0.77, 0.84),
    "heldout13": (0.88, 0.71, 0.92),
    # its second round's two batches (READMEs there): first runs 1.000 / 0.606 / 0.853 and 0.967 / 0.692 /
    # 0.868, when set 1.000 / 0.647 / 0.857 and 0.967 / 0.692 / 0.868.
    "heldout14": (0.95, 0.59, 0.80),
    "heldout15": (0.91, 0.64, 0.81),
    # its third round's Wikinews batch (README there): first run 0.937 / 0.643 / 0.897, when set 0.937 /
    # 0.643 / 0.923.
    "heldout16": (0.88, 0.59, 0.87),
    # its fourth round's batch, measured only (README there): 0.930 / 0.706 / 0.903.
    "heldout17": (0.88, 0.65, 0.85),
    # its fifth round's two batches (READMEs there): first runs 0.943 / 0.811 / 0.908 and 0.880 / 0.732 /
    # 0.958, when set 0.943 / 0.811 / 0.908 and 0.917 / 0.732 / 0.958.
    "heldout18": (0.89, 0.76, 0.86),
    "heldout19": (0.87, 0.68, 0.91),
    # the fifteenth session's first round, three blind Wikinews batches each reviewed blind (READMEs
    # there): first runs 0.936 / 0.698 / 0.812, 0.863 / 0.713 / 0.830 and 0.930 / 0.615 / 0.827; when set
    # 0.951 / 0.698 / 0.855, 0.880 / 0.713 / 0.872 and 0.938 / 0.633 / 0.854.
    "heldout20": (0.90, 0.64, 0.80),
    "heldout21": (0.83, 0.66, 0.82),
    "heldout22": (0.88, 0.58, 0.80),
    # its second round, scored first with the first round's rules (READMEs there): first runs 0.912 /
    # 0.758 / 0.804 and 0.946 / 0.636 / 0.859; when set 0.912 / 0.758 / 0.839 and 0.946 / 0.644 / 0.859.
    "heldout23": (0.86, 0.70, 0.78),
    "heldout24": (0.89, 0.59, 0.80),
    # the sixteenth session's blind Wikinews batch, reviewed blind (README there): first run 1.000 / 0.667 /
    # 0.857 (the session's starting code the same), when set 1.000 / 0.774 / 0.865.
    "heldout25": (0.95, 0.72, 0.81),
    # the seventeenth session's four blind Wikinews batches, each reviewed blind, in two sets (READMEs
    # there): first runs together 0.894 / 0.812 / 0.961 and 0.948 / 0.645 / 0.738, when set 0.950 /
    # 0.917 / 0.988 and 0.979 / 0.688 / 0.940.
    "heldout26": (0.90, 0.86, 0.93),
    "heldout27": (0.93, 0.63, 0.89),
    # the eighteenth session's three blind Wikinews batches, reviewed blind (README there): first run
    # together 0.906 / 0.865 / 0.886 (the session's starting code), when set 0.967 / 0.919 / 0.978.
    "heldout28": (0.92, 0.87, 0.93),
    # the nineteenth session's blind Wikinews article (one long chronicle, reviewed blind; README there):
    # first run 0.727 / 0.706 / 0.923, when set 0.762 / 0.947 / 0.938. Wider margins: one article.
    "heldout29": (0.70, 0.85, 0.85),
}


@needs_models
@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_accuracy_floor_on_heldout_sets(name):
    quote_f1, indirect_f1, speaker_acc = HELDOUT_FLOORS[name]
    scores = evaluate(load_gold(EVAL / name))
    assert scores.quotes.f1 >= quote_f1, scores.summary_line()
    assert scores.indirect.f1 >= indirect_f1, scores.summary_line()
    assert scores.speaker_accuracy >= speaker_acc, scores.summary_line()


# English (no parser: tracker.attribution_text): (quote F1, indirect F1, speaker accuracy) floors, about
# 0.05 below the scores when set, and the terms output allowed (0 unless listed).
ENGLISH_FLOORS = {
    # the 6 annotated en.wikinews articles of ../shared/eval/dev-en: 0.987 / 0.905 / 0.905 with the rules
    # (before them: 0.899 / 0 / 0); 0.919 speakers since the thirteenth session.
    "dev-en": (0.93, 0.85, 0.85),
    # 4 en.wikinews articles annotated blind: 0.857 / 0.488 / 0.900 on the first run, 0.933 / 0.889 /
    # 0.949 when set (README there).
    "heldout-en": (0.88, 0.81, 0.89),
    # the 4 en.wikinews articles of two blind batches (2 press articles cannot ship): 1.000 / 0.817 /
    # 0.845 when set.
    "heldout-en2": (0.95, 0.76, 0.79),
    # the 12 en.wikinews articles of the thirteenth session's first two blind batches (first runs 0.941 /
    # 0.635 / 0.788 and 0.945 / 0.737 / 0.809), 0.976 / 0.835 / 0.947 when set.
    "heldout-en3": (0.93, 0.78, 0.89),
    # its third batch (first run 0.935 / 0.818 / 0.826), 0.952 / 0.818 / 0.915 when set.
    "heldout-en4": (0.90, 0.76, 0.86),
    # its third round's batch: first run 1.000 / 0.444 / 0.721, 1.000 / 0.667 / 0.867 when set.
    "heldout-en5": (0.95, 0.60, 0.82),
    # its fourth round's batch: first run 0.963 / 0.522 / 0.625, 0.963 / 0.522 / 0.750 when set.
    "heldout-en6": (0.91, 0.47, 0.70),
    # the fourteenth session's two batches: first runs 0.897 / 0.328 / 0.867 (two interview transcripts,
    # README there) and 0.938 / 0.667 / 0.812; when set 0.945 / 0.899 / 0.938 and 0.962 / 0.667 / 0.899.
    "heldout-en7": (0.89, 0.84, 0.88),
    "heldout-en8": (0.91, 0.61, 0.84),
    # its second round: first runs 0.857 / 0.559 / 0.813 and 0.938 / 0.644 / 0.754; when set 0.872 / 0.559 /
    # 0.813 and 0.938 / 0.667 / 0.948.
    "heldout-en9": (0.82, 0.50, 0.76),
    "heldout-en10": (0.88, 0.61, 0.89),
    # its third round: first runs 0.946 / 0.600 / 0.845 and 0.884 / 0.612 / 0.824; when set 0.946 / 0.600 /
    # 0.862 and 0.884 / 0.612 / 0.824.
    "heldout-en11": (0.89, 0.55, 0.81),
    "heldout-en12": (0.83, 0.56, 0.77),
    # the fifteenth session's blind batch (README there): first run 0.987 / 0.795 / 0.833, when set 0.987 /
    # 0.795 / 0.903.
    "heldout-en13": (0.93, 0.74, 0.85),
    # the seventeenth session's blind batch (README there: interview answers left unannotated): first run
    # 0.941 / 0.410 / 0.792, when set 0.941 / 0.486 / 0.800.
    "heldout-en14": (0.89, 0.43, 0.75),
    # the twentieth session's two blind batches (an interview and a campaign month, reviewed blind; README
    # there): first run 0.938 / 0.709 / 0.889, when set 0.938 / 0.709 / 0.949.
    "heldout-en15": (0.89, 0.65, 0.89),
    # the twenty-first session's blind batch (a campaign month, reviewed blind; README there): first run
    # 0.909 / 0.721 / 0.885, when set 0.909 / 0.752 / 0.901.
    "heldout-en16": (0.87, 0.70, 0.86),
    # the twenty-second session's English Wikinews batch (an interview, reviewed blind; README there):
    # first run 0.889 / 0.882 / 0.912, when set 0.889 / 0.900 / 0.912.
    "heldout-en17": (0.85, 0.85, 0.87),
    # the twenty-third session's English Wikinews batch (reviewed blind; README there): first run 1.000 /
    # 0.625 / 0.958, when set 1.000 / 0.667 / 1.000.
    "heldout-en18": (0.95, 0.60, 0.95),
}
# Terms the annotators listed that the system outputs as quotes (0 elsewhere): two panel titles of
# heldout-en6; a manifesto's slogans and plans' names in an interview (heldout-en7), an event's name
# after a comma, a religious word and a virus's name after "named … it" (heldout-en8), legal terms inside
# a scholar's claim (heldout-en9), slogans and scare quotes (heldout-en11, heldout-en12), a tweet's quoted
# label (heldout-en14), a plan's one-word label ("packing" the Court, heldout-en15), a nickname out of an
# e-mail ("big guy", heldout-en16), a technical word and a section's title an interviewee quotes
# (heldout-en17): annotation calls.
TERM_FP_ALLOWED = {"heldout-en6": 2, "heldout-en7": 3, "heldout-en8": 3, "heldout-en9": 5, "heldout-en11": 2,
                   "heldout-en12": 3, "heldout-en14": 1, "heldout-en15": 1, "heldout-en16": 1, "heldout-en17": 2}


@pytest.mark.parametrize("name", sorted(ENGLISH_FLOORS))
def test_english_floor(name):
    quote_f1, indirect_f1, speaker_acc = ENGLISH_FLOORS[name]
    scores = evaluate(load_gold(EVAL / name))
    assert scores.quotes.f1 >= quote_f1, scores.summary_line()
    assert scores.indirect.f1 >= indirect_f1, scores.summary_line()
    assert scores.speaker_accuracy >= speaker_acc, scores.summary_line()
    assert scores.term_fp <= TERM_FP_ALLOWED.get(name, 0), scores.summary_line()

