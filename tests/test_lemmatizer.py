"""The lemmatizer without its unread loader and unused spellings: the same lemmas, less work."""

from __future__ import annotations

import pytest
from stanza.models.common.seq2seq_model import Seq2SeqModel
from stanza.models.lemma import data as lemma_data

from tracker.nlp import models_available, parse
from tracker.nlp.pipeline import annotator, stock_inference

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")


def test_same_lemmas_less_work(sample_text, monkeypatch):
    parse("Il a dit non.")  # builds the pipelines (stock_inference needs them built)
    prepared: list[int] = []
    spelled: list[int] = []
    real_preprocess, real_decode = lemma_data.DataLoader.preprocess, Seq2SeqModel.decode

    def counting_preprocess(self, data, *args, **kwargs):
        prepared.append(len(data))
        return real_preprocess(self, data, *args, **kwargs)

    def counting_decode(self, dec_inputs, *args, **kwargs):
        spelled.append(dec_inputs.size(0))  # words decoded at this step
        return real_decode(self, dec_inputs, *args, **kwargs)

    monkeypatch.setattr(lemma_data.DataLoader, "preprocess", counting_preprocess)
    monkeypatch.setattr(Seq2SeqModel, "decode", counting_decode)
    # the lemmatizer adds what it spelled to its dictionary: not here, so that both ways spell
    monkeypatch.setattr(annotator("fr").processors["lemma"], "store_results", False)
    for text in (sample_text[:4000], sample_text[4000:8000]):
        with stock_inference():
            stock = parse(text)
        stock_prepared, stock_spelled = sum(prepared), sum(spelled)
        prepared[:], spelled[:] = [], []
        fast = parse(text)
        n_words = sum(len(s.words) for s in fast.sentences)
        assert [w.lemma for s in fast.sentences for w in s.words] == \
               [w.lemma for s in stock.sentences for w in s.words]
        assert stock_prepared >= n_words > 300  # Stanza prepares every word at least once
        assert sum(prepared) < n_words / 2  # here only the forms its dictionary lacks
        assert 0 < sum(spelled) < stock_spelled
        prepared[:], spelled[:] = [], []
