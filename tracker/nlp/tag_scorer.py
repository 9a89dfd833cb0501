"""NLP stage, tagger inference: the biaffine tag scorers contracted once per POS tag.

Takes: Stanza's `BiaffineScorer` (the tagger scores XPOS and each morphological feature with one).
Gives: the same scores, with about a fiftieth of the arithmetic.

Each scorer computes, for every word and output o, x1ᵀ W_o x2 + b_o, where x1 is the word's hidden
vector and x2 the embedding of the UPOS tag the tagger predicted for it. x2 therefore takes one of
the 20 rows of the UPOS embedding. Contracting W with each distinct x2 first gives one (outputs x
inputs) matrix per tag; each word then needs one product with its tag's matrix: 145 x 101 multiply-adds
a word for the shipped feature scorers instead of 145 x 101 x 51: for 2,000 words, 6 ms instead of 61
(one core; 4% of extraction time before). The sums run in another order, so scores differ in the
last bits (5e-5 at most on scores of about 100): on the first 120 articles of the French corpus
parsed in full, every one of the 57,452 words got the same XPOS, features, lemma, head and label.
"""

from __future__ import annotations

import torch

from tracker.nlp import patches

# x2 is an embedding of predicted tags (20 UPOS tags in the shipped tagger); with more distinct rows
# than this it is something else and Stanza's product runs. Calibrated on the shipped scorers (one
# core): grouped, the 21 scorers took 2.9 / 3.8 / 5.8 / 5.2 ms for 20 / 100 / 400 / 2,000 words, against
# 3.0 / 5.2 / 14.5 / 61 ms, so there is no lower bound on the words.
MAX_DISTINCT = 64

_cache: dict = {}  # the last x2 and x1 laid out: the 20 feature scorers of a batch share them


def _layout(x2: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, int]:
    """Distinct rows of x2, each word's row in a (tags x slots) grid (the words of one tag side by
    side), and the grid's width."""
    hit = _cache.get("x2")
    if hit is not None and hit[0] is x2 and hit[1] == x2._version:
        return hit[2]
    uniq, inverse = torch.unique(x2, dim=0, return_inverse=True)
    counts = torch.bincount(inverse, minlength=len(uniq))
    width = int(counts.max())
    order = torch.argsort(inverse, stable=True)
    slot = torch.empty_like(order)
    slot[order] = torch.arange(len(order)) - (torch.cumsum(counts, 0) - counts)[inverse[order]]
    layout = (uniq, inverse * width + slot, width)
    _cache["x2"] = (x2, x2._version, layout)
    return layout


def _gridded(x1: torch.Tensor, flat: torch.Tensor, n_tags: int, width: int) -> torch.Tensor:
    """x1 with a column of ones, its rows placed in the (tags, slots) grid."""
    hit = _cache.get("x1")
    if hit is not None and hit[0] is x1 and hit[1] == x1._version and hit[2] is flat:
        return hit[3]
    grid = x1.new_zeros(n_tags * width, x1.size(1) + 1)
    grid[flat, :-1] = x1
    grid[flat, -1] = 1.0
    grid = grid.view(n_tags, width, -1)
    _cache["x1"] = (x1, x1._version, flat, grid)
    return grid


def _grouped(original):
    def forward(self, input1, input2):
        n = input1.size(0)
        if input1.dim() != 2 or input2.dim() != 2 or n == 0 or self.training:
            return original(self, input1, input2)
        uniq, flat, width = _layout(input2)
        if len(uniq) > MAX_DISTINCT:
            return original(self, input1, input2)
        weight, bias = self.W_bilin.weight, self.W_bilin.bias  # (O, I+1, J+1), (O,)
        n_out, n_in, n_in2 = weight.shape
        x2 = torch.cat([uniq, uniq.new_ones(len(uniq), 1)], 1)  # (U, J+1)
        # W contracted with each tag's vector: (U, I+1, O)
        per_tag = (weight.reshape(n_out * n_in, n_in2) @ x2.T).view(n_out, n_in, -1).permute(2, 1, 0)
        scores = torch.bmm(_gridded(input1, flat, len(uniq), width), per_tag)  # (U, slots, O)
        return scores.reshape(-1, n_out)[flat] + bias

    return forward


def install() -> None:
    from stanza.models.common.biaffine import BiaffineScorer

    patches.replace(BiaffineScorer, "forward", _grouped)


def uninstall() -> None:
    from stanza.models.common.biaffine import BiaffineScorer

    patches.restore(BiaffineScorer, "forward")
