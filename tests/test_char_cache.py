"""Remembered character-model vectors are the vectors the model computes."""

from __future__ import annotations

import pytest
import torch

from tracker.nlp import char_cache, models_available, parse
from tracker.nlp.int8 import float_weights
from tracker.nlp.pipeline import annotator, stock_inference

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")


def test_same_annotation_with_a_warm_cache(sample_text):
    text = sample_text[:5000]
    with float_weights():  # compare like with like: stock_inference runs float32 LSTMs
        parse(text)  # fills the caches with this text's word forms
        warm = parse(text)
    with stock_inference():
        stock = parse(text)
    for a, b in zip(warm.sentences, stock.sentences, strict=True):
        assert [(w.upos, w.feats, w.lemma, w.head, w.deprel) for w in a.words] == \
               [(w.upos, w.feats, w.lemma, w.head, w.deprel) for w in b.words]
        assert [t.ner for t in a.tokens] == [t.ner for t in b.tokens]


def test_each_character_model_keeps_its_own_vectors():
    parse("Le président a déclaré que le pays était prêt.")
    pipeline = annotator("fr")
    charmodels = [pipeline.processors[p]._trainer.model.charmodel for p in ("pos", "depparse")]
    caches = [m.__dict__.get("_tracker_vectors") for m in charmodels]
    assert all(caches) and caches[0] is not caches[1]
    key = next(iter(caches[0]))
    assert key in caches[1] and not torch.equal(caches[0][key], caches[1][key])  # different weights


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(char_cache, "MAX_ENTRIES", 5)
    parse("Une phrase nouvelle avec des mots jamais vus : zorglub, brontosaurix, quetzalcoatlesque.")
    model = annotator("fr").processors["pos"]._trainer.model.charmodel
    assert len(model.__dict__["_tracker_vectors"]) <= 5
