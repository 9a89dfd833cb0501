"""NLP stage, inference: the lemmatizer does only the work whose result it keeps.

Takes: Stanza's lemma processor and its seq2seq model. Gives: the same lemmas with less work.

- The processor builds a data loader over every word (character ids, POS ids, edit types) and then
  reads only its `doc`; the words its dictionary lacks go through a second loader, the one the
  seq2seq reads. Here a loader is built when something other than its `doc` is asked of it, so the
  first one never is.
- For each word it lacks, the lemmatizer's edit classifier says whether the lemma is the word, the
  word in lower case, or what the seq2seq spells; Stanza spells every word character by character
  and throws the spelling away for the first two. Here only the words whose edit is "spell" are
  decoded (most of the words the dictionary lacks are names, kept as they are).

Measured here on the first 120 articles of corpus/fr-wikinews.jsonl parsed in full (one core): the
processor took 49 ms an article with Stanza's code and 24 with this, with the same lemma for each of
the 57,452 words.
"""

from __future__ import annotations

from typing import Any

from tracker.nlp import patches

SPELL = 0  # stanza.models.lemma.edit: 0 = the seq2seq's spelling, 1 = the word, 2 = the word lower-cased


def _lazy(original: type) -> type:
    class LazyDataLoader:
        def __init__(self, doc: Any, *args: Any, **kwargs: Any) -> None:
            self.doc = doc
            self._call = (doc, args, kwargs)
            self._loader = None

        def _load(self) -> Any:
            if self._loader is None:
                doc, args, kwargs = self._call
                self._loader = original(doc, *args, **kwargs)
            return self._loader

        def __getattr__(self, name: str) -> Any:  # only reached for what __init__ did not set
            return getattr(self._load(), name)

        def __iter__(self):
            return iter(self._load())

        def __len__(self) -> int:
            return len(self._load())

        def __getitem__(self, key: int) -> Any:
            return self._load()[key]

    return LazyDataLoader


def _spell_only_where_read(original):
    def predict_greedy(self, src, src_mask, pos=None, raw=None, never_decode_unk=False):
        if not self.edit:
            return original(self, src, src_mask, pos, raw, never_decode_unk)
        enc_inputs, batch_size, src_lens, _mask = self.embed(src, src_mask, pos, raw)
        _h_in, (hn, _cn) = self.encode(enc_inputs, src_lens)
        edit_logits = self.edit_clf(hn)
        # the same argmax as the trainer's (numpy's, first maximum on ties)
        rows = [i for i, e in enumerate(edit_logits.argmax(1).tolist()) if e == SPELL]
        seqs: list[list[int]] = [[] for _ in range(batch_size)]
        if rows:
            # the batch is sorted by length, longest first, and a subset keeps that order; its
            # padding is cut to its own longest word, as the encoder's output is
            width = int((~src_mask[rows]).sum(1).max())
            sub = original(self, src[rows, :width], src_mask[rows, :width], None if pos is None else pos[rows],
                           None if raw is None else [raw[i] for i in rows], never_decode_unk)[0]
            for i, seq in zip(rows, sub, strict=True):
                seqs[i] = seq
        return seqs, edit_logits

    return predict_greedy


def install() -> None:
    from stanza.models.common.seq2seq_model import Seq2SeqModel
    from stanza.pipeline import lemma_processor

    patches.replace(lemma_processor, "DataLoader", _lazy)
    patches.replace(Seq2SeqModel, "predict_greedy", _spell_only_where_read)


def uninstall() -> None:
    from stanza.models.common.seq2seq_model import Seq2SeqModel
    from stanza.pipeline import lemma_processor

    patches.restore(lemma_processor, "DataLoader")
    patches.restore(Seq2SeqModel, "predict_greedy")
