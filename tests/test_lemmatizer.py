"""The lemmatizer without its unread loader and unused spellings: the same lemmas, less work."""

from __future__ import annotations

import pytest
from stanza.models.common.seq2seq_model import Seq2SeqModel
from stanza.models.lemma import data as lemma_data

from tracker.nlp import models_available, parse
from tracker.nlp.pipeline import annotator, stock_inference

pytestmark = pytest.mark.skipif(not models_available("fr"), reason="French Stanza models not installed")


# Invented names and words, so that the lemmatizer's dictionary lacks them whatever ran before
# (it stores what it spelled): names it keeps as they are, words it has to spell.
TEXTS = [
    "Le ministre Kravatchenko a déclaré mardi à Plouzanec que les zorglubiennes grimblaient sans cesse. "
    "Selon Mme Ostrovanska, les vroutiers de Brastislevo ont refrondé toutes les bimbelettes. "
    "« Nous flambouillerons jusqu'au bout », a lancé Jérémias Fantoulidès devant les trabouilleurs.",
    "La préfète Anouchka Velibartova estime que les glinques de Morzanville trémoussaient trop. "
    "Les quarbonnades du syndicat Fédérix ont été brinquebalées par les crustimolles, a-t-elle ajouté. "
    "D'après Oswaldo Perruchinsky, ces farbouillis dégringolent chaque printemps.",
]


def test_same_lemmas_less_work(monkeypatch):
    parse("Il a dit non.")  # builds the pipelines (stock_inference needs them built)
    prepared: list[int] = []
    spelled: list[int] = []
    real_preprocess, real_decode = lemma_data.DataLoader.preprocess, Seq2SeqModel.decode

    def counting_preprocess(self, data, *args, **kwargs):
        prepared.append(len(data))
        return real_preprocess(self, data, *args, **kwargs)

    def counting_decode(self, dec_inputs, *args, **kwargs):
        if self.edit:  # the lemmatizer's seq2seq (the multi-word-token expander's has no edits)
            spelled.append(dec_inputs.size(0))  # words decoded at this step
        return real_decode(self, dec_inputs, *args, **kwargs)

    monkeypatch.setattr(lemma_data.DataLoader, "preprocess", counting_preprocess)
    monkeypatch.setattr(Seq2SeqModel, "decode", counting_decode)
    # the lemmatizer adds what it spelled to its dictionary: not here, so that both ways spell
    monkeypatch.setattr(annotator("fr").processors["lemma"], "store_results", False)
    for text in TEXTS:
        with stock_inference():
            stock = parse(text)
        stock_prepared, stock_spelled = sum(prepared), sum(spelled)
        prepared[:], spelled[:] = [], []
        fast = parse(text)
        n_words = sum(len(s.words) for s in fast.sentences)
        assert [w.lemma for s in fast.sentences for w in s.words] == \
               [w.lemma for s in stock.sentences for w in s.words]
        assert stock_prepared >= n_words > 40  # Stanza prepares every word at least once
        assert sum(prepared) < n_words / 2  # here only the forms its dictionary lacks
        assert 0 < sum(spelled) < stock_spelled  # and only the lemmas it keeps
        prepared[:], spelled[:] = [], []
