"""The int8 LSTMs: installed in the annotator, switchable back to float, close to the float parses."""

from __future__ import annotations

import pytest
from torch import nn

from tracker.nlp import int8, models_available, parse
from tracker.nlp.pipeline import annotator

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")


def module_types(proc: str, kind: str, char_model: bool = False) -> set[type]:
    """Types of the model's layers named `kind`, outside its character model (or inside it)."""
    model = annotator("fr").processors[proc]._trainer.model
    inside = int8._character_model_parts(model)
    return {type(m) for m in model.modules() if type(m).__name__ == kind and (id(m) in inside) == char_model}


@pytest.mark.parametrize("proc", int8.PROCESSORS)
def test_the_annotator_runs_int8_layers_and_float_ones_on_demand(proc):
    twins = int8._dynamic_modules()
    expected = {"LSTM": {twins[nn.LSTM]},
                "Linear": {twins[nn.Linear]} if proc in int8.LINEAR_PROCESSORS else {nn.Linear}}
    for kind, types in expected.items():
        assert module_types(proc, kind) == types, (proc, kind)
    # the character model stays float32: its word vectors are cached, and must not depend on a batch
    assert module_types(proc, "LSTM", char_model=True) == {nn.LSTM}
    model = annotator("fr").processors[proc]._trainer.model
    assert int8.reduced(model)
    with int8.float_weights():
        assert not int8.reduced(model)  # what arc_labels reads to keep its float32 product
        assert module_types(proc, "LSTM") == {nn.LSTM} and module_types(proc, "Linear") == {nn.Linear}
        with int8.float_weights():  # nested blocks: float until the outer one ends
            pass
        assert module_types(proc, "LSTM") == {nn.LSTM}
    for kind, types in expected.items():
        assert module_types(proc, kind) == types, (proc, kind)


def test_not_applied_twice_nor_when_switched_off(monkeypatch):
    assert int8.quantize(annotator("fr")) == 0  # already quantized
    monkeypatch.setenv("TRACKER_INT8", "0")
    assert not int8.enabled()


def test_int8_annotation_stays_close_to_float(sample_text):
    text = sample_text[:8000]
    q = parse(text)
    with int8.float_weights():
        f = parse(text)
    pairs = [(a, b) for sa, sb in zip(q.sentences, f.sentences, strict=True)
             for a, b in zip(sa.words, sb.words, strict=True)]
    assert len(pairs) > 800
    # On GSD test the int8 LSTMs moved UPOS by -0.04 and LAS by +0.02 points (tracker.nlp.int8):
    # two annotations of one text should agree on nearly every word.
    same = lambda key: sum(key(a) == key(b) for a, b in pairs) / len(pairs)  # noqa: E731
    assert same(lambda w: w.upos) > 0.98
    assert same(lambda w: (w.head, w.deprel)) > 0.95
    assert same(lambda w: w.lemma) > 0.98
