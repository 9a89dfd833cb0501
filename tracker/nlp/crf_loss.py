"""NLP stage, NER inference: no CRF loss computed to predict.

Takes: Stanza's `CRFLoss` (the NER tagger's output layer). Gives: the same transitions and tags.

To predict, Stanza's NER runs its whole forward pass, which ends in the CRF's training loss (the
forward algorithm over every sentence, one log-sum-exp a word) and then throws the loss away: only
the emission scores and the transition matrix reach the Viterbi decoder. Outside training and
without gradients, the loss is returned as 0 and not computed. Measured with py-spy on 96 corpus
articles, it was a seventh of the NER's time (1.5% of extraction).
"""

from __future__ import annotations

import torch

from tracker.nlp import patches


def _lossless(original):
    def forward(self, inputs, masks, tag_indices):
        if self.training or torch.is_grad_enabled():
            return original(self, inputs, masks, tag_indices)
        return inputs.new_zeros(()), self._transitions

    return forward


def install() -> None:
    from stanza.models.common.crf import CRFLoss

    patches.replace(CRFLoss, "forward", _lossless)


def uninstall() -> None:
    from stanza.models.common.crf import CRFLoss

    patches.restore(CRFLoss, "forward")
