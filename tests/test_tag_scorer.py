"""The tag scorers contracted once per POS tag give Stanza's scores."""

from __future__ import annotations

import pytest
import torch

from tracker.nlp import models_available, tag_scorer
from tracker.nlp.pipeline import annotator

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")


@pytest.fixture()
def tagger():
    model = annotator("fr").processors["pos"]._trainer.model
    was_training = model.training
    model.eval()
    yield model
    model.train(was_training)


def scores(scorers, hid, parent, grouped: bool) -> list[torch.Tensor]:
    (tag_scorer.install if grouped else tag_scorer.uninstall)()
    try:
        with torch.no_grad():
            return [s(hid, parent) for s in scorers]
    finally:
        tag_scorer.install()


@pytest.mark.parametrize("n_words", [1, 7, 300])
@pytest.mark.parametrize("column", ["xpos", "feats"])
def test_same_scores_and_tags_as_stanza(tagger, column, n_words):
    torch.manual_seed(n_words)
    scorers = list(tagger.tag_clf[column]) if column == "feats" else [tagger.tag_clf[column]]
    hid = torch.randn(n_words, scorers[0].W_bilin.weight.shape[1] - 1) * 3
    parent = tagger.upos_emb(torch.randint(1, 20, (n_words,))).detach()  # as Tagger.forward builds it
    got, want = scores(scorers, hid, parent, True), scores(scorers, hid, parent, False)
    compared = 0
    for g, w in zip(got, want, strict=True):
        assert torch.allclose(g, w, rtol=1e-4, atol=1e-3)
        # the same tag wherever the best two scores are further apart than the products' rounding:
        # random inputs give many exact ties between feature values, which a CPU with other vector
        # units breaks the other way (seen on an AMD EPYC: Stanza's scores tied to the last bit)
        clear = torch.ones(len(w), dtype=torch.bool)
        if w.shape[1] > 1:
            top = w.topk(2, dim=1).values
            clear = (top[:, 0] - top[:, 1]) > 1e-3
        compared += int(clear.sum())
        assert torch.equal(g.argmax(1)[clear], w.argmax(1)[clear])
    assert compared >= n_words  # (NOT a test of ties alone)


def test_not_a_tag_embedding_runs_stanzas_product(tagger, monkeypatch):
    # every word its own x2: grouping would not pay, and Stanza's product runs, bit for bit
    scorer = tagger.tag_clf["xpos"]
    hid = torch.randn(100, scorer.W_bilin.weight.shape[1] - 1)
    parent = torch.randn(100, scorer.W_bilin.weight.shape[2] - 1)
    assert torch.equal(scores([scorer], hid, parent, True)[0], scores([scorer], hid, parent, False)[0])
    monkeypatch.setattr(tag_scorer, "MAX_DISTINCT", 1000)
    assert not torch.equal(scores([scorer], hid, parent, True)[0], scores([scorer], hid, parent, False)[0])
