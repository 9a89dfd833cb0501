"""NLP stage, inference: the recurrent layers of the tagger, parser and NER with 8-bit weights.

Takes: a built Stanza pipeline. Gives: the same pipeline whose `nn.LSTM` layers (word and character
LSTMs of pos, depparse and ner) run PyTorch's dynamic int8 kernels: weights stored as int8 with one
scale per matrix, activations quantized on the fly, sums in int32. Everything else (embeddings,
biaffine scorers, CRF) stays in float32.

Unlike `mst`, `arc_labels` and `char_cache`, this changes the numbers, so it was measured
(models/train/evaluate.py on GSD test and the WiNER held-out articles, and `tracker evaluate`):
- the LSTMs of an article's annotation took 40% less time (depparse 130 -> 85 ms an article,
  pos 68 -> 47, ner 34 -> 24; one core, 40 corpus articles in batches of 8);
- GSD test UPOS 95.50 -> 95.46, UAS 86.83 -> 86.87, LAS 82.88 -> 82.90; WiNER entity F1
  80.38 -> 80.26;
- `tracker evaluate`: the same scores on the four French sets of tests/data/eval, once the one claim
  it lost on dev (a coordinated que-clause the int8 parser hung elsewhere) was read whatever the
  attachment (`quotes._stray_que_conjuncts`); on 9 press articles annotated here and not shipped,
  indirect-claim F1 0.833 -> 0.830 and speaker accuracy 0.957 -> 0.956.
Quantizing the linear layers as well saved little more and cost 0.7 UPOS and 1.0 LAS: they stay float.

`TRACKER_INT8=0` keeps float32 weights; `float_weights()` switches a built pipeline back for a block
(Stanza's own inference in the benchmarks, and the tests that compare exact speed-ups with it).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import torch
from torch import nn

PROCESSORS = ("pos", "depparse", "ner")
_quantized: list[Any] = []  # the models that hold int8 LSTMs, for float_weights()
_float_blocks = 0  # float_weights() blocks entered and not left


def enabled() -> bool:
    return os.environ.get("TRACKER_INT8", "1").strip() not in ("0", "false", "no", "")


def _dynamic_lstm():
    try:
        from torch.ao.nn.quantized.dynamic import LSTM
    except ImportError:  # a PyTorch without eager-mode quantization: stay in float
        return None
    return LSTM


def quantize(pipeline: Any) -> int:
    """Give the LSTMs of the pipeline's pos, depparse and ner models int8 weights; return how many.

    The float modules are kept beside their int8 twins (the int8 copies add a quarter of their size),
    so that `float_weights` can swap them back."""
    qlstm = _dynamic_lstm()
    if qlstm is None or not enabled():
        return 0
    count = 0
    for name, proc in pipeline.processors.items():
        trainer = getattr(proc, "_trainer", None)
        model = getattr(trainer, "model", None)
        if name not in PROCESSORS or model is None or hasattr(model, "_tracker_lstms"):
            continue
        swaps = []
        for parent in model.modules():
            for child_name, child in parent.named_children():
                if type(child) is nn.LSTM:
                    child.qconfig = torch.ao.quantization.default_dynamic_qconfig
                    with warnings.catch_warnings():  # PyTorch flags eager-mode quantization as deprecated
                        warnings.simplefilter("ignore")
                        swaps.append((parent, child_name, child, qlstm.from_float(child)))
        for parent, child_name, _float, int8 in swaps:
            setattr(parent, child_name, int8)
        model._tracker_lstms = swaps
        _quantized.append(model)
        _use(model, int8=_float_blocks == 0)  # a pipeline built inside float_weights() starts in float
        count += len(swaps)
    return count


def _use(model: Any, int8: bool) -> None:
    for parent, child_name, float_lstm, int8_lstm in model._tracker_lstms:
        setattr(parent, child_name, int8_lstm if int8 else float_lstm)
    _forget_char_vectors(model)


def _forget_char_vectors(model: Any) -> None:
    # char_cache keeps each character model's word vectors; they depend on the LSTM's weights
    for module in model.modules():
        module.__dict__.pop("_tracker_vectors", None)


@contextmanager
def float_weights() -> Iterator[None]:
    """Inside the block, every quantized model (those built inside it too) runs its float32 LSTMs."""
    global _float_blocks
    _float_blocks += 1
    if _float_blocks == 1:
        for model in _quantized:
            _use(model, int8=False)
    try:
        yield
    finally:
        _float_blocks -= 1
        if _float_blocks == 0:
            for model in _quantized:
                _use(model, int8=True)
