"""Model-training stage 2: score a model set the way the README reports it.

Takes the built data in $WORK (default .train) and the models found by tracker.nlp (shipped or official);
gives tokens/sentences/words/UPOS/lemma/UAS/LAS F1 on GSD test from raw text (the CoNLL 2018 shared-task
scorer, as Stanza uses it) and entity F1 on the held-out WiNER articles, and writes them to scores.json
beside the shipped models.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

from stanza.models.common.doc import Document
from stanza.utils.conll import CoNLL
from udtools import udeval as ud_eval

from tracker.nlp import find_models, parse
from tracker.nlp.pipeline import annotator

ROOT = Path(__file__).resolve().parents[2]


def score_ud(work: Path, lang: str) -> dict:
    gold_path = work / "extern_data/ud2/UD_French-Tracker/fr_tracker-ud-test.conllu"
    gold_text = gold_path.read_text(encoding="utf-8")
    # raw text: the sentences' text, one paragraph per sentence as in Stanza's end-to-end evaluation
    raw = "\n\n".join(ln[9:] for ln in gold_text.splitlines() if ln.startswith("# text = "))
    t0 = time.time()
    doc = parse(raw, lang)
    elapsed = time.time() - t0
    pred = io.StringIO()
    CoNLL.write_doc2conll(doc, pred)
    pred.seek(0)
    gold = ud_eval.load_conllu(io.StringIO(gold_text), "gold", {})
    system = ud_eval.load_conllu(pred, "system", {})
    res = ud_eval.evaluate(gold, system)
    ntok = sum(len(s.tokens) for s in doc.sentences)
    out = {m: round(100 * res[m].f1, 2) for m in ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")}
    out["tokens_per_s"] = round(ntok / elapsed)
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        bio, _, t = tag.partition("-")
        if start is not None and (bio in ("O", "B", "S") or t != typ):
            out.add((start, i, typ))
            start = None
        if bio in ("B", "S") or (bio in ("I", "E") and start is None):
            start, typ = i, t
        if bio in ("E", "S") and start is not None:
            out.add((start, i + 1, typ))
            start = None
    return out


def score_ner(work: Path, lang: str) -> dict:
    sents = json.loads((work / "data/ner/fr_winer.test.json").read_text(encoding="utf-8"))
    doc = Document([[{"id": (i + 1,), "text": t["text"]} for i, t in enumerate(s)] for s in sents])
    doc = annotator(lang).processors["ner"].process(doc)
    tp = fp = fn = 0
    for gold_sent, sent in zip(sents, doc.sentences, strict=True):
        g = spans([t["ner"] for t in gold_sent])
        p = spans([t.ner for t in sent.tokens])
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    return {"P": round(100 * prec, 2), "R": round(100 * rec, 2),
            "F1": round(200 * prec * rec / max(prec + rec, 1e-9), 2), "sentences": len(sents)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=str(ROOT / ".train"))
    ap.add_argument("--lang", default="fr")
    ap.add_argument("--write", action="store_true", help="write scores.json beside the shipped models")
    args = ap.parse_args()
    work = Path(args.work)
    models = find_models(args.lang)
    ud = score_ud(work, args.lang)
    print("GSD test (raw text):", json.dumps(ud), flush=True)
    ner = score_ner(work, args.lang)
    print("WiNER held-out NER:", json.dumps(ner), flush=True)
    if args.write and models.source == "shipped":
        scores = {
            "tokenize": {"gsd_test_tokens_f1": ud["Tokens"], "gsd_test_sentences_f1": ud["Sentences"]},
            "mwt": {"gsd_test_words_f1": ud["Words"]},
            "pos": {"gsd_test_upos": ud["UPOS"]},
            "lemma": {"gsd_test_lemmas": ud["Lemmas"]},
            "depparse": {"gsd_test_uas": ud["UAS"], "gsd_test_las": ud["LAS"]},
            "ner": {"winer_heldout_f1": ner["F1"], "winer_heldout_p": ner["P"], "winer_heldout_r": ner["R"]},
        }
        path = models.paths["tokenize"].parent / "scores.json"
        path.write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
        print("wrote", path, file=sys.stderr)


if __name__ == "__main__":
    main()
