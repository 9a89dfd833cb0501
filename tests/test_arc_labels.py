"""Labelling only the chosen arcs gives the parses Stanza's own inference gives."""

from __future__ import annotations

import pytest
from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
from stanza.models.depparse import head_constraints

from tracker.nlp import models_available, parse
from tracker.nlp.int8 import float_weights
from tracker.nlp.pipeline import annotator, stock_inference

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")

TEXTS = [
    "« Nous irons jusqu'au bout », a déclaré le ministre de l'Intérieur devant les députés réunis jeudi.",
    "Selon la préfecture, la manifestation, partie de la place de la République, a réuni 3 000 personnes.",
    "Le maire, qui avait promis de reconstruire le pont avant l'été, a reconnu que le chantier prendrait "
    "du retard et que les habitants devraient patienter.",
    "Oui.",
]


def arcs(doc) -> list[list[tuple]]:
    return [[(w.head, w.deprel) for w in s.words] for s in doc.sentences]


def test_same_parse_as_stanza(sample_text):
    texts = [*TEXTS, sample_text[:6000]]
    with float_weights():  # the int8 LSTMs change numbers (measured in tracker.nlp.int8); this does not
        fast = [arcs(parse(t)) for t in texts]
    with stock_inference():
        stock = [arcs(parse(t)) for t in texts]
    assert fast == stock
    assert sum(len(s) for d in fast for s in d) > 500


@pytest.mark.filterwarnings("ignore:resolve_head_constraint_violations hit")
def test_head_constraint_repair_as_stanza(monkeypatch):
    # The shipped configuration leaves Stanza's repair of two subjects / two objects off; turn it on
    # and push every arc towards `nsubj`, so that heads get two subjects and the repair has to run
    # on the full label scores of those sentences.
    processor = annotator("fr").processors["depparse"]
    monkeypatch.setitem(processor.config, "resolve_head_constraints", True)
    model = processor._trainer.model  # the same model object with float or int8 LSTMs
    bias = model.deprel.scorer.W_bilin.bias
    nsubj = model.vocab["deprel"].unit2id("nsubj") - VOCAB_PREFIX_SIZE
    repairs = []
    real_repair = head_constraints.resolve_head_constraint_violations

    def counting(*args, **kwargs):
        repairs.append(1)
        return real_repair(*args, **kwargs)

    monkeypatch.setattr(head_constraints, "resolve_head_constraint_violations", counting)
    saved = bias.data.clone()
    bias.data[nsubj] += 1000.0  # far above any label score: every head with two dependents violates
    try:
        with float_weights():
            fast = [arcs(parse(t)) for t in TEXTS]
        with stock_inference():
            stock = [arcs(parse(t)) for t in TEXTS]
    finally:
        bias.data.copy_(saved)
    assert repairs, "the repair path was not exercised"
    assert fast == stock
