"""The compiled tree decoder gives the trees Stanza's own decoder gives."""

from __future__ import annotations

import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from tracker.nlp import mst


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=1, keepdims=True))


@pytest.mark.parametrize("scale", [0.01, 1.0, 10.0])
@pytest.mark.parametrize("log_probs", [False, True])
def test_same_tree_as_stanza(scale, log_probs):
    rng = np.random.default_rng(7)
    for _ in range(300):
        n = int(rng.integers(2, 70))
        x = rng.normal(size=(n, n)) * scale
        if log_probs:  # what the parser hands over: log-softmax over heads, confident arcs near 0
            x = _log_softmax(x * 20)
        x = x.astype(np.float32)
        expected = chuliu_edmonds_one_root(x)
        got = mst.one_root_tree(x)
        assert list(got[1:]) == list(expected[1:])


def test_one_root_and_no_cycle():
    rng = np.random.default_rng(3)
    # every word prefers the root: the tree must still have a single root
    x = rng.normal(size=(12, 12)).astype(np.float32)
    x[:, 0] += 50
    heads = mst.one_root_tree(x)[1:]
    assert list(heads).count(0) == 1
    for start in range(1, 12):  # walking up from any word reaches the root
        node, seen = start, set()
        while node != 0:
            assert node not in seen
            seen.add(node)
            node = heads[node - 1]


def test_installed_in_the_pipeline():
    import stanza.models.depparse.model as depparse_model

    from tracker.nlp import parse

    doc = parse("Le président a déclaré qu'il viendrait demain.")
    assert depparse_model.chuliu_edmonds_one_root is mst.one_root_tree
    assert sum(1 for w in doc.sentences[0].words if w.head == 0) == 1
