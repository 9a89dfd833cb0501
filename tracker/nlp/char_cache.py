"""NLP stage, inference: remember each word's character-model vector.

Takes: Stanza's character models (the tagger's, the parser's and the NER's `CharacterModel`).
Gives: the same word vectors, computed once per word form and model.

A character model reads a word's characters with an LSTM (400 units in the shipped tagger and
parser) and pools them into one vector; that vector depends on the word's characters and nothing
else. Measured here on 30 French Wikinews articles (one core), the three character models took
about 90 ms an article, a quarter of the annotation time, while most tokens are forms seen before
(de, la, a, que, président...). Each model keeps an LRU map from a word's character ids to its
vector; only unseen forms go through the LSTM.
"""

from __future__ import annotations

from collections import OrderedDict

import torch

from tracker.nlp import patches

# Entries per model: 50,000 vectors of 400 floats is 80 MB; a worker's three models stay under
# 200 MB. The 200 French Wikinews articles of the corpus (100,000 words) have 13,340 distinct forms,
# so the map rarely evicts.
MAX_ENTRIES = 50_000


def forward(model, original, chars, chars_mask, word_orig_idx, sentlens, wordlens):
    """Drop-in for `CharacterModel.forward` in eval mode; `original` is Stanza's, run on unseen forms."""
    from stanza.models.common.utils import tensor_unsort
    from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

    cache: OrderedDict = model.__dict__.setdefault("_tracker_vectors", OrderedDict())
    lens = [int(n) for n in wordlens]
    keys = [tuple(row[:n]) for row, n in zip(chars.tolist(), lens, strict=True)]
    missing: dict[tuple, int] = {}
    for i, key in enumerate(keys):
        if key not in cache and key not in missing:
            missing[key] = i
    known = {key: cache[key] for key in keys if key not in missing}
    if missing:
        # Stanza's own forward on the unseen forms, as one "sentence" in their (length-sorted) order
        rows = list(missing.values())
        out = original(model, chars[rows], None, list(range(len(rows))), [len(rows)], [lens[i] for i in rows])
        vectors = out[0] if model.pad else out.data
        known.update(zip(missing, vectors, strict=True))
    res = torch.stack([known[key] for key in keys])
    for key, vector in known.items():  # most recently used last
        cache[key] = vector
        cache.move_to_end(key)
    while len(cache) > MAX_ENTRIES:
        cache.popitem(last=False)
    res = tensor_unsort(res, word_orig_idx)
    res = pack_sequence(res.split(sentlens))
    if model.pad:
        res = pad_packed_sequence(res, batch_first=True)[0]
    return res


def _eval_only(original):
    def cached_forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
        if self.training:
            self.__dict__.pop("_tracker_vectors", None)  # weights are changing
            return original(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
        return forward(self, original, chars, chars_mask, word_orig_idx, sentlens, wordlens)

    return cached_forward


def install() -> None:
    """Make Stanza's character models, in eval mode, reuse the vectors of word forms seen before."""
    from stanza.models.common.char_model import CharacterModel

    patches.replace(CharacterModel, "forward", _eval_only)


def uninstall() -> None:
    """Give Stanza its own method back (benchmarks and tests compare the two)."""
    from stanza.models.common.char_model import CharacterModel

    patches.restore(CharacterModel, "forward")
