"""NLP stage, parser inference: label only the arcs of the chosen tree.

Takes: Stanza's graph parser (its trained weights, unchanged). Gives: the same heads and labels,
sooner.

Stanza's parser scores a label for every (dependent, head) pair of a sentence before it knows the
tree: a bilinear product of size words x words x 59 labels, over sentences padded to the longest
in the batch. Measured here on 30 French Wikinews articles (one core), that label scorer took 178 ms
of the parser's 379 ms an article, more than the three-layer BiLSTM (86 ms). Only the label of each
word's chosen head is ever read, so this computes the unlabelled scores, decodes the tree, then
scores labels for those n arcs alone (one matrix product over the real words, no padding).

Stanza can then repair head-constraint violations (two subjects or two objects on one head; off
in the shipped configuration), which needs every label score of the sentence: the few sentences
whose labels violate a constraint get the full label tensor computed for them alone and go through
Stanza's own repair. The result is the same parse: checked on every sentence of 120 corpus articles
(113,580 words), and by `tests/test_arc_labels.py` with and without the repair.

With the int8 parser (`tracker.nlp.int8`), the scorer's one large product (each head's vector
contracted with the 301 x 301 x 59 bilinear weights) runs in bfloat16 where the CPU has bfloat16
units: on the 1,200 heads of 8 articles, 135 ms in float32, 49 in bfloat16. Measured with it: GSD
test LAS 82.91 either way; extraction of 96 corpus articles 232 ms an article against 240.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from tracker.nlp import int8, patches

# bfloat16 products are fast only on CPUs with bfloat16 instructions; elsewhere PyTorch emulates them
_BF16_UNITS = bool(getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)()
                   or getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)())


def _unlabeled_scores(model, lstm_outputs: torch.Tensor, word: torch.Tensor, head: torch.Tensor) -> torch.Tensor:
    """Arc scores as `GraphParser.forward_scores` computes them (eval mode: no dropout)."""
    unlabeled = model.unlabeled(lstm_outputs, lstm_outputs).squeeze(3)
    if model.args["linearization"] or model.args["distance"]:
        positions = torch.arange(word.size(1), device=head.device)
        head_offset = positions.view(1, 1, -1) - positions.view(1, -1, 1)
        head_offset = head_offset.expand(word.size(0), -1, -1)
    if model.args["linearization"]:
        lin_scores = model.linearization(lstm_outputs, lstm_outputs).squeeze(3)
        unlabeled += F.logsigmoid(lin_scores * torch.sign(head_offset).float())
    if model.args["distance"]:
        dist_scores = model.distance(lstm_outputs, lstm_outputs).squeeze(3)
        dist_pred = 1 + F.softplus(dist_scores)
        unlabeled += -torch.log((torch.abs(head_offset).float() - dist_pred) ** 2 / 2 + 1)
    diag = torch.eye(head.size(-1) + 1, dtype=torch.bool, device=head.device).unsqueeze(0)
    unlabeled.masked_fill_(diag, -float("inf"))
    return unlabeled


def _arc_label_scores(model, lstm_outputs: torch.Tensor, batch_idx: torch.Tensor, deps: torch.Tensor,
                      heads: torch.Tensor) -> torch.Tensor:
    """Label scores of the given arcs only: (arcs, labels), the values Stanza's full tensor holds there.

    The bilinear form is contracted with each distinct head first (a head has on average two
    dependents), giving one (inputs x labels) matrix per head; each head's dependents then go
    through their head's matrix together, in one batched product. Gathering that matrix once per
    arc instead (the first version) copied 38 KB an arc: on 48 corpus articles, 29 ms an article
    against 17 for this grouping, with bit-identical scores."""
    scorer = model.deprel
    bilinear = scorer.scorer.W_bilin
    n_in, n_in2, n_out = bilinear.weight.shape
    # one integer key per (sentence, head): a 1-D unique is much cheaper than torch.unique(dim=1)
    stride = lstm_outputs.size(1) + 1
    keys, inverse, counts = torch.unique(batch_idx * stride + heads, return_inverse=True, return_counts=True)
    right = scorer.hidden_func(scorer.W2(lstm_outputs[keys // stride, keys % stride]))
    right = torch.cat([right, right.new_ones(len(right), 1)], 1)
    left = scorer.hidden_func(scorer.W1(lstm_outputs[batch_idx, deps]))
    left = torch.cat([left, left.new_ones(len(left), 1)], 1)
    weight = getattr(bilinear, "_head_major", None)
    if weight is None:  # (J, I*O), made once per model
        weight = bilinear.weight.permute(1, 0, 2).reshape(n_in2, n_in * n_out).contiguous()
        bilinear._head_major = weight
    if int8.reduced(model) and _BF16_UNITS:
        half = getattr(bilinear, "_head_major_bf16", None)
        if half is None:
            half = bilinear._head_major_bf16 = weight.to(torch.bfloat16)
        per_head = (right.to(torch.bfloat16) @ half).float().view(-1, n_in, n_out)
    else:
        per_head = (right @ weight).view(-1, n_in, n_out)
    # each head's dependents side by side, padded to the most dependents any head has
    order = torch.argsort(inverse, stable=True)
    head_of = inverse[order]
    slot = torch.arange(len(order)) - (torch.cumsum(counts, 0) - counts)[head_of]
    grouped = left.new_zeros(len(keys), int(counts.max()) if len(counts) else 0, n_in)
    grouped[head_of, slot] = left[order]
    scores = torch.bmm(grouped, per_head)
    out = scores.new_empty(len(order), n_out)
    out[order] = scores[head_of, slot]
    return out + bilinear.bias


def predict(model, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head,
            deprel, word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """Drop-in for `GraphParser.predict`: [[(head, deprel), ...] per sentence]."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse import head_constraints as hc
    from stanza.models.depparse import model as depparse_model

    lstm_outputs = model.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                               head, deprel, word_orig_idx, sentlens, wordlens, text)
    arc_logp = F.log_softmax(_unlabeled_scores(model, lstm_outputs, word, head), 2).cpu().numpy()
    trees = [depparse_model.chuliu_edmonds_one_root(arc_logp[i][:n, :n]) for i, n in enumerate(sentlens)]

    batch_idx = torch.tensor([i for i, t in enumerate(trees) for _ in t[1:]], dtype=torch.long)
    deps = torch.tensor([j for t in trees for j in range(1, len(t))], dtype=torch.long)
    heads = torch.tensor(np.concatenate([t[1:] for t in trees]) if trees else [], dtype=torch.long)
    labels = _arc_label_scores(model, lstm_outputs, batch_idx, deps, heads).argmax(1).cpu().numpy()

    vocab = model.vocab["deprel"]
    out, start = [], 0
    for i, (tree, n) in enumerate(zip(trees, sentlens, strict=True)):
        raw = labels[start:start + n - 1]
        start += n - 1
        rels = vocab.unmap([int(r) + VOCAB_PREFIX_SIZE for r in raw])
        if resolve_head_constraints and hc.find_head_constraint_violations(tree, rels):
            sent = lstm_outputs[i:i + 1, :n]
            label_logp = F.log_softmax(model.deprel(sent, sent), 3)[0].cpu().numpy()
            tree, raw = hc.resolve_head_constraint_violations(arc_logp[i][:n, :n], label_logp, tree, vocab)
            rels = vocab.unmap([int(r) + VOCAB_PREFIX_SIZE for r in raw])
        out.append([[int(h), r] for h, r in zip(tree[1:], rels, strict=True)])
    return out


def _eval_only(original):
    def fast_predict(self, *args, **kwargs):
        if self.training or self.args.get("use_arc_embedding"):
            return original(self, *args, **kwargs)
        return predict(self, *args, **kwargs)

    return fast_predict


def install() -> None:
    """Make Stanza's graph parser, in eval mode, label only the chosen arcs. Idempotent."""
    from stanza.models.depparse.model import GraphParser

    patches.replace(GraphParser, "predict", _eval_only)


def uninstall() -> None:
    """Give Stanza its own method back (benchmarks and tests compare the two)."""
    from stanza.models.depparse.model import GraphParser

    patches.restore(GraphParser, "predict")
