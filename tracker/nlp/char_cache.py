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

# Entries per model: 50,000 vectors of 400 floats is 80 MB; a worker's three models stay under
# 200 MB. A day of French news has about 30,000 distinct forms, so the map rarely evicts.
MAX_ENTRIES = 50_000
_original = None  # Stanza's own method while ours is installed


def _word_vectors(model, chars: torch.Tensor, wordlens: list[int]) -> torch.Tensor:
    """Rows of the character model's pooled output, in the (length-sorted) order of `chars`."""
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    embs = model.dropout(model.char_emb(chars))
    batch_size = embs.size(0)
    packed = pack_padded_sequence(embs, wordlens, batch_first=True)
    shape = (model.num_dir * model.args["char_num_layers"], batch_size, model.args["char_hidden_dim"])
    output = model.charlstm(packed, wordlens, hx=(model.charlstm_h_init.expand(*shape).contiguous(),
                                                  model.charlstm_c_init.expand(*shape).contiguous()))
    if model.attn:
        reps = output[0]
        weights = torch.sigmoid(model.char_attn(model.dropout(reps.data)))
        reps = torch.nn.utils.rnn.PackedSequence(reps.data * weights, reps.batch_sizes)
        return pad_packed_sequence(reps, batch_first=True)[0].sum(1)
    h, _c = output[1]
    return h[-2:].transpose(0, 1).contiguous().view(batch_size, -1)


def forward(model, chars, chars_mask, word_orig_idx, sentlens, wordlens):
    """Drop-in for `CharacterModel.forward` in eval mode."""
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
        rows = list(missing.values())  # still in decreasing length, as packing requires
        vectors = _word_vectors(model, chars[rows], [lens[i] for i in rows])
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


def install() -> None:
    """Make Stanza's character models, in eval mode, reuse the vectors of word forms seen before."""
    global _original
    from stanza.models.common.char_model import CharacterModel

    if _original is not None:
        return
    original = _original = CharacterModel.forward

    def cached_forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
        if self.training:
            self.__dict__.pop("_tracker_vectors", None)  # weights are changing
            return original(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
        return forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)

    CharacterModel.forward = cached_forward


def uninstall() -> None:
    """Give Stanza its own method back (benchmarks and tests compare the two)."""
    global _original
    from stanza.models.common.char_model import CharacterModel

    if _original is not None:
        CharacterModel.forward, _original = _original, None
