"""Padded id tensors: the same tensor as Stanza's, whatever the shape."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from stanza.models.common import data as stanza_data

from tracker.nlp import padding

fast = padding._numpy_filled(stanza_data.get_long_tensor)


def stanza_own(tokens_list, batch_size, pad_id=0):
    # Stanza's function as shipped, whatever is installed in its module at test time
    return padding.patches._originals.get((id(stanza_data), "get_long_tensor"),
                                          (None, stanza_data.get_long_tensor))[1](tokens_list, batch_size, pad_id)


ids = st.integers(min_value=0, max_value=50_000)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(ids, max_size=12), min_size=1, max_size=8), extra=st.integers(0, 3),
       pad=st.sampled_from([0, 1, 7]))
def test_two_dimensions(rows, extra, pad):
    if all(len(r) == 0 for r in rows):
        return  # Stanza builds an empty-width tensor there too; covered below
    got, want = fast(rows, len(rows) + extra, pad), stanza_own(rows, len(rows) + extra, pad)
    assert got.dtype == want.dtype == torch.int64 and torch.equal(got, want)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.lists(ids, min_size=4, max_size=4), min_size=1, max_size=6), min_size=1,
                     max_size=5))
def test_three_dimensions_with_fixed_inner_rows(rows):
    # tag features: each word of a sentence a fixed-length list of ids
    assert torch.equal(fast(rows, len(rows)), stanza_own(rows, len(rows)))


@pytest.mark.parametrize("bad", [[], [[[1, 2], [3]]]])
def test_what_stanza_rejects_it_rejects(bad):
    with pytest.raises((IndexError, ValueError, TypeError)):
        stanza_own(bad, 1)
    with pytest.raises((IndexError, ValueError, TypeError)):
        fast(bad, 1)
