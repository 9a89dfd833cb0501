"""NLP stage, inference: the tagger, parser and NER with 8-bit weights in their heavy layers.

Takes: a built Stanza pipeline. Gives: the same pipeline whose word-level `nn.LSTM` layers (pos,
depparse, ner) and the parser's `nn.Linear` layers run PyTorch's dynamic int8 kernels: weights stored
as int8 with one scale per matrix, activations quantized on the fly, sums in int32. Everything else
stays float32: embeddings, character models (see `_character_model_parts`), the tagger's and NER's
linear layers, biaffine weights, CRF.

Unlike the exact replacements (`mst`, `arc_labels`, `char_cache`, …), this changes the numbers, so it
was measured (models/train/evaluate.py on GSD test from raw text and the WiNER held-out articles,
and `tracker evaluate`), one core:
- float32: UPOS 95.50, UAS 86.83, LAS 82.88, WiNER entity F1 80.38;
- all LSTMs int8: UPOS 95.46, UAS 86.87, LAS 82.90, F1 80.26. In extraction (40 corpus articles,
  batches of 8) depparse took 85 ms an article instead of 130, pos 47 instead of 68, ner 24 instead
  of 34; in an A/B over 96 articles (chunks alternating), extraction took 269 ms an article against
  339 in float32;
- and the parser's linear layers: UPOS 95.46, UAS 86.87, LAS 82.91; the tagger's as well cost 0.2
  UPOS and 0.5 LAS (95.24, 82.36), so they stay float;
- what is shipped, the character models back in float32: UPOS 95.50, UAS 86.90, LAS 82.91, F1 80.30.
- `tracker evaluate`: the same scores on the French sets of tests/data/eval, but heldout's indirect
  F1, 0.824 -> 0.846, once the one claim it lost on dev (a coordinated que-clause the int8 parser
  hung elsewhere) was read whatever the attachment (`quotes._stray_que_conjuncts`); on 9 press
  articles annotated here and not shipped, indirect F1 0.833 -> 0.822, speaker accuracy 0.957 -> 0.956.

The int8 kernels quantize a whole batch's activations with one scale, so a sentence's annotation can
move a little with the batch it is parsed in (in float32 it does not): on the batching test's four
texts, 2 heads of 612 differed between one text at a time and all four together. A worker's chunks
are the input's articles 8 by 8, and the cached character vectors are float32, so the same input in
the same order nearly always gives the same output: two runs of `tracker extract` on the 200 French
corpus articles with 2 workers wrote identical output. Not always: a float32 character vector is
computed with its batch of unseen forms, which depends on what the worker read before, and differs
in its last bits (4e-7); int8 rounding can turn that into another parse. Two runs on all of corpus/
(3,691 mentions, 2 workers) differed in one mention.

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
# processors whose linear layers get int8 weights too (measured above: the parser's cost nothing,
# the tagger's cost UPOS)
LINEAR_PROCESSORS = ("depparse",)
_quantized: list[Any] = []  # the models that hold int8 layers, for float_weights()
_float_blocks = 0  # float_weights() blocks entered and not left


def enabled() -> bool:
    return os.environ.get("TRACKER_INT8", "1").strip() not in ("0", "false", "no", "")


def _dynamic_modules() -> dict[type, type] | None:
    """Float module type -> its int8 dynamic twin."""
    try:
        from torch.ao.nn.quantized import dynamic
    except ImportError:  # a PyTorch without eager-mode quantization: stay in float
        return None
    return {nn.LSTM: dynamic.LSTM, nn.Linear: dynamic.Linear}


def quantize(pipeline: Any) -> int:
    """Give the LSTMs of the pipeline's pos, depparse and ner models, and the parser's linear layers,
    int8 weights; return how many layers.

    The float modules are kept beside their int8 twins (the int8 copies add a quarter of their size),
    so that `float_weights` can swap them back."""
    twins = _dynamic_modules()
    if twins is None or not enabled():
        return 0
    count = 0
    for name, proc in pipeline.processors.items():
        trainer = getattr(proc, "_trainer", None)
        model = getattr(trainer, "model", None)
        if name not in PROCESSORS or model is None or hasattr(model, "_tracker_int8_layers"):
            continue
        kinds = (nn.LSTM, nn.Linear) if name in LINEAR_PROCESSORS else (nn.LSTM,)
        swaps = []
        char_parts = _character_model_parts(model)
        for parent in model.modules():
            for child_name, child in parent.named_children():
                if type(child) in kinds and id(child) not in char_parts:
                    child.qconfig = torch.ao.quantization.default_dynamic_qconfig
                    with warnings.catch_warnings():  # PyTorch flags eager-mode quantization as deprecated
                        warnings.simplefilter("ignore")
                        swaps.append((parent, child_name, child, twins[type(child)].from_float(child)))
        for parent, child_name, _float, twin in swaps:
            setattr(parent, child_name, twin)
        model._tracker_int8_layers = swaps
        _quantized.append(model)
        _use(model, int8=_float_blocks == 0)  # a pipeline built inside float_weights() starts in float
        count += len(swaps)
    return count


def _character_model_parts(model: Any) -> set[int]:
    # The character models stay float32: char_cache keeps the vector a word form first got, and an
    # int8 vector would depend on the batch it was computed in (one activation scale a batch), so a
    # worker's output would depend on which chunks it had read before (seen: 1,994 then 1,995 mentions
    # from two runs of the same 200 articles on 2 workers).
    from stanza.models.common.char_model import CharacterModel

    return {id(m) for c in model.modules() if isinstance(c, CharacterModel) for m in c.modules()}


def _use(model: Any, int8: bool) -> None:
    # (the character models, float32 either way, keep their cached vectors)
    for parent, child_name, float_layer, int8_layer in model._tracker_int8_layers:
        setattr(parent, child_name, int8_layer if int8 else float_layer)
    model._tracker_int8 = int8


def reduced(model: Any) -> bool:
    """Whether the model runs in reduced precision now (int8 layers, outside `float_weights`)."""
    return getattr(model, "_tracker_int8", False)


@contextmanager
def float_weights() -> Iterator[None]:
    """Inside the block, every quantized model (those built inside it too) runs its float32 layers."""
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
