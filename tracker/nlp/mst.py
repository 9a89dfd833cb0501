"""NLP stage, parser decoding: a compiled maximum-spanning-tree decoder for Stanza's parser.

Takes: the arc scores Stanza's parser computes for one sentence (n+1 x n+1, row = dependent,
column = head, index 0 = root). Gives: the head of each word, the same tree Stanza's own
`chuliu_edmonds_one_root` returns.

Stanza decodes each sentence with Chu-Liu/Edmonds written in Python; measured here on the
French corpus it took 10 ms a sentence, 14% of extraction time. `ufal.chu_liu_edmonds` (UDPipe's
C++ implementation) finds the same tree in about 0.25 ms. `install()` points Stanza's parser at it;
without the package Stanza keeps its own decoder.
"""

from __future__ import annotations

import numpy as np

from tracker.nlp import patches

try:
    from ufal.chu_liu_edmonds import chu_liu_edmonds as _compiled_mst
except ImportError:  # pragma: no cover - the package is a dependency; keep Stanza's decoder without it
    _compiled_mst = None


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """Maximum spanning tree with exactly one word attached to the root, as Stanza computes it.

    Same reweighting as Stanza (Stanojević & Cohen 2021): every root arc is lowered by n times the
    lowest score, so a tree with two roots always scores below any tree with one."""
    s = np.array(scores, dtype=np.float64)
    n = s.shape[0]
    np.fill_diagonal(s, np.nan)  # NaN = no such arc for the compiled decoder
    s[0] = np.nan
    finite = np.isfinite(s)
    # Every word takes exactly one head, so shifting all scores by one constant keeps the best tree;
    # shifting them below -1 keeps them clear of the decoder's tolerance around zero.
    s[finite] -= s[finite].max() + 1.0
    s[1:, 0] += s[np.isfinite(s)].min() * n
    heads, _ = _compiled_mst(s)
    return np.asarray(heads, dtype=np.int64)


def install() -> bool:
    """Make Stanza's parser decode with the compiled MST; False when the package is missing."""
    if _compiled_mst is None:
        return False
    import stanza.models.depparse.model as depparse_model

    patches.replace(depparse_model, "chuliu_edmonds_one_root", lambda _original: one_root_tree)
    return True


def uninstall() -> None:
    """Give Stanza's parser its own decoder back (benchmarks compare the two)."""
    import stanza.models.depparse.model as depparse_model

    patches.restore(depparse_model, "chuliu_edmonds_one_root")
