"""NER without the CRF loss at prediction: the same entities, the loss still there for training."""

from __future__ import annotations

import pytest
import torch
from stanza.models.common.crf import CRFLoss

from tracker.nlp import models_available, parse
from tracker.nlp.pipeline import stock_inference

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")


def test_same_entities_as_stanza(sample_text, monkeypatch):
    parse("Il a dit non.")  # builds the pipelines (stock_inference needs them built)
    computed: list[int] = []
    real = CRFLoss.crf_log_norm

    def counting(self, *args, **kwargs):
        computed.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(CRFLoss, "crf_log_norm", counting)
    text = sample_text[:5000]
    with stock_inference():
        stock = parse(text)
    assert computed  # Stanza computes the loss to predict
    computed.clear()
    fast = parse(text)
    assert not computed
    assert [t.ner for s in fast.sentences for t in s.tokens] == [t.ner for s in stock.sentences for t in s.tokens]
    assert [e.text for e in fast.ents] == [e.text for e in stock.ents] and len(fast.ents) > 5


def test_training_still_gets_its_loss():
    crf = CRFLoss(5)
    inputs, masks, tags = torch.randn(2, 4, 5), torch.zeros(2, 4, dtype=torch.bool), torch.randint(0, 5, (2, 4))
    crf.train()
    assert crf(inputs, masks, tags)[0].item() != 0.0
    crf.eval()
    assert crf(inputs, masks, tags)[0].item() != 0.0  # gradients on: a dev-set loss during training
    with torch.no_grad():
        assert crf(inputs, masks, tags)[0].item() == 0.0
