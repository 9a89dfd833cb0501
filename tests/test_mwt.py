"""The multi-word-token expander asks its dictionary first: the same words, the seq2seq only for the rest."""

from __future__ import annotations

import pytest
from stanza.models.mwt.trainer import Trainer

from tracker.nlp import models_available, segment
from tracker.nlp.pipeline import segmenter, stock_inference

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")

TEXT = ("Le président du Sénat a répondu aux questions des élus au sujet du budget. "
        "Auxquels de ces textes le gouvernement tient-il ? Au Parlement, on parle des retraites.")


def _words(doc):
    return [(w.text, w.id) for s in doc.sentences for w in s.words]


@pytest.mark.parametrize("forgotten", [(), ("du", "aux")])
def test_same_words_as_stanza(monkeypatch, forgotten):
    segment("Il a dit non.")  # builds the pipeline (stock_inference needs it built)
    trainer = segmenter("fr").processors["mwt"].trainer
    # a dictionary without some forms: those are spelled by the seq2seq, both ways
    monkeypatch.setattr(trainer, "expansion_dict", {k: v for k, v in trainer.expansion_dict.items() if k not in forgotten})
    spelled: list[str] = []
    real = Trainer.predict

    def counting(self, batch, *args, **kwargs):
        out = real(self, batch, *args, **kwargs)
        spelled.extend(batch.orig_text)
        return out

    monkeypatch.setattr(Trainer, "predict", counting)
    with stock_inference():
        stock = segment(TEXT)
    stock_spelled = sorted(spelled)
    spelled.clear()
    fast = segment(TEXT)
    assert _words(fast) == _words(stock)
    assert ("de", 3) in _words(fast) and ("le", 4) in _words(fast)  # du -> de le
    assert len(stock_spelled) >= 7  # Stanza spells every multi-word token: du, aux, des, au, ...
    # here only the forms the dictionary lacks, and not one that it has (des, au)
    assert sorted(spelled) == sorted(t for t in stock_spelled if t.lower() in forgotten)
