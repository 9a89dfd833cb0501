"""The NLP stage with the shipped models: real Stanza pipeline, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tracker.nlp import annotate, annotate_many, doc_from_conllu, parse, segment, segment_many
from tracker.nlp.int8 import float_weights

ELYSEE = ("« On est au terme des travaux techniques et on est prêts à donner ces garanties de sécurité », "
          "explique une source de l'Elysée proche du dossier.")


def subtree(sent, head_id: int) -> list:
    ids = {head_id}
    changed = True
    while changed:
        changed = False
        for w in sent.words:
            if w.head in ids and w.id not in ids:
                ids.add(w.id)
                changed = True
    return [w for w in sent.words if w.id in ids]


def test_sample_article_splits_into_sentences(sample_text):
    doc = segment(sample_text)
    texts = [s.text.replace("\xa0", " ") for s in doc.sentences]
    assert len(texts) > 40
    # two sentences that follow each other in one paragraph are split apart
    assert any(t.startswith("C’est un pas de plus dans le chemin long et tortueux") and t.endswith("Ukraine.")
               for t in texts)
    assert any(t.startswith("Jeudi, la « Coalition des volontaires » se réunira à Paris") for t in texts)
    # character offsets point back into the article
    for s in doc.sentences:
        assert sample_text[s.tokens[0].start_char:s.tokens[-1].end_char] == s.text


def test_reporting_verb_and_its_inverted_subject():
    doc = parse(ELYSEE)
    (sent,) = doc.sentences
    verb = next(w for w in sent.words if w.text == "explique")
    assert verb.upos == "VERB"
    assert verb.lemma == "expliquer"
    # the inverted subject of an incise: UD French labels it nsubj; a parser may also read it as obj
    subj = [w for w in sent.words if w.head == verb.id and w.deprel.split(":")[0] in ("nsubj", "obj")
            and w.upos in ("NOUN", "PROPN", "PRON")]
    assert subj, [(w.text, w.head, w.deprel) for w in sent.words]
    words = [w.text for w in subtree(sent, subj[0].id)]
    assert " ".join(words) == "une source de l' Elysée proche de le dossier"


@pytest.mark.parametrize("text, token, words", [
    ("Il revient du marché.", "du", ["de", "le"]),
    ("Elle parle aux journalistes.", "aux", ["à", "les"]),
    ("Le président de la République est arrivé.", "de", ["de"]),  # not a contraction: no expansion
])
def test_multiword_tokens_are_expanded(text, token, words):
    doc = segment(text)
    tok = next(t for t in doc.sentences[0].tokens if t.text == token)
    assert [w.text for w in tok.words] == words


def test_entities_found():
    doc = parse("Emmanuel Macron a reçu Volodymyr Zelensky à Paris.")
    ents = {(e.text, e.type) for e in doc.ents}
    assert ("Emmanuel Macron", "PER") in ents
    assert ("Volodymyr Zelensky", "PER") in ents
    assert ("Paris", "LOC") in ents
    assert not any(e.text == "reçu" for e in doc.ents)


def test_annotate_only_chosen_sentences():
    doc = segment("Il pleut. Le ministre a déclaré que la réforme passera. Il fait beau.")
    annotate(doc, [1])
    assert all(w.upos is None for w in doc.sentences[0].words)
    assert all(w.upos for w in doc.sentences[1].words)
    assert next(w for w in doc.sentences[1].words if w.text == "déclaré").lemma == "déclarer"


@pytest.mark.parametrize("text", ["", "   \n\n ", "\x00\x01\x02 abc \x07\x1b[31m", "«««", "»", "\u200b\ufeff"])
def test_odd_input_does_not_crash(text):
    doc = parse(text)
    assert isinstance(doc.sentences, list)


def test_one_megabyte_of_text(sample_text):
    body = sample_text.split("\n", 1)[1]
    big = (body * (1_000_000 // len(body) + 1))[:1_000_000]
    doc = segment(big)
    assert len(doc.sentences) > 1000
    annotate(doc, [0, len(doc.sentences) // 2, len(doc.sentences) - 1])
    assert doc.sentences[-1].words[0].upos is not None


def test_doc_from_conllu_keeps_entities():
    conllu = textwrap.dedent("""\
        # text = Macron parle.
        1\tMacron\tMacron\tPROPN\t_\t_\t2\tnsubj\t_\tner=S-PER
        2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\tner=O|SpaceAfter=No
        3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tner=O

        """)
    doc = doc_from_conllu(conllu)
    assert [(e.text, e.type) for e in doc.ents] == [("Macron", "PER")]
    assert doc.sentences[0].words[0].deprel == "nsubj"


def test_pipeline_runs_offline_with_empty_home(tmp_path):
    """A fresh process with no network, an empty HOME and no Stanza resources dir parses with shipped models."""
    code = textwrap.dedent("""
        import json, socket
        def refuse(*a, **k):
            raise OSError("network used")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from tracker.nlp import parse, find_models
        doc = parse("Le ministre a déclaré que la réforme passera.")
        print(json.dumps({"source": find_models("fr").source,
                          "upos": [w.upos for w in doc.sentences[0].words]}))
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANZA")}
    env["HOME"] = str(tmp_path)
    env.pop("XDG_CACHE_HOME", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["source"] == "shipped"
    assert result["upos"][:2] == ["DET", "NOUN"]


@pytest.mark.parametrize("text, expected", [
    ("Le direct\nTrump rencontre Zelensky", ["Le direct", "Trump rencontre Zelensky"]),
    ("Par Mathilde Nutarelli\n\nTemps de lecture :", ["Par Mathilde Nutarelli", "Temps de lecture :"]),
    # no line break: one sentence stays one sentence
    ("Il revient du marché de Paris avec des pommes", ["Il revient du marché de Paris avec des pommes"]),
])
def test_a_line_break_ends_a_sentence(text, expected):
    doc = segment(text)
    assert [s.text for s in doc.sentences] == expected
    for s in doc.sentences:
        assert [w.id for w in s.words] == list(range(1, len(s.words) + 1))


@pytest.mark.parametrize("token, pieces", [
    ("Saïfi»", ["Saïfi", "»"]),  # a closing mark glued to the last word
    ("«mystère", ["«", "mystère"]),
    ('"PPDA"', ['"', "PPDA", '"']),
    # NOT a mark inside a word, NOT a mark alone
    ('9"81', ['9"81']),
    ("»", ["»"]),
    # a verb and its inverted subject pronoun left in one token
    ("réagit-elle", ["réagit", "-elle"]),
    ("répond-on", ["répond", "-on"]),
    ("convient-t-il", ["convient", "-t-il"]),
    # NOT a noun or an imperative with its object, NOT a name
    ("rendez-vous", ["rendez-vous"]),
    ("dis-nous", ["dis-nous"]),
    ("Jean-Léon", ["Jean-Léon"]),
])
def test_a_token_glued_to_another_is_cut_off(token, pieces):
    from tracker.nlp.pipeline import _split_tokens

    sentence = [{"id": 1, "text": "Il", "start_char": 0, "end_char": 2},
                {"id": 2, "text": token, "start_char": 3, "end_char": 3 + len(token)},
                {"id": (3, 4), "text": "du", "start_char": 4 + len(token), "end_char": 6 + len(token)},
                {"id": 3, "text": "de"}, {"id": 4, "text": "le"}]
    (out,), changed = _split_tokens([sentence])
    assert changed == (len(pieces) > 1)
    assert [t["text"] for t in out[1:1 + len(pieces)]] == pieces
    # ids run on, the multi-word token included, and offsets still cut the same characters
    assert [t["id"] for t in out] == [1, *range(2, 2 + len(pieces)), (2 + len(pieces), 3 + len(pieces)),
                                      2 + len(pieces), 3 + len(pieces)]
    text = "Il " + token + " du"
    assert all(text[t["start_char"]:t["end_char"]] == t["text"] for t in out if "start_char" in t)


def test_a_glued_quotation_mark_leaves_the_name_and_the_incise_readable():
    from tracker.extract import extract_text

    text = ("L'idée qu'elle puisse quitter le ministère ne convainc pas son entourage.\n\n"
            "«Elle n'est pas Tokia Saïfi», glisse un proche.")
    doc = segment(text)
    tokens = [t.text for s in doc.sentences for t in s.tokens]
    assert "Saïfi" in tokens and "Saïfi»" not in tokens
    (q,) = extract_text(text)
    assert (q.speaker, q.cue) == ("un proche", "glisser")


def test_an_incise_verb_glued_to_its_pronoun_is_read_as_a_verb():
    from tracker.extract import extract_text

    text = ("Marie Dupont a été mise en cause mardi.\n\n"
            "« Je suis choquée que mon nom soit sali », réagit-elle au micro de BFMTV.")
    (q,) = extract_text(text)
    assert (q.speaker_canonical, q.cue) == ("Marie Dupont", "réagir")


@pytest.mark.parametrize("text, n_sentences", [
    # the tokenizer ends a sentence after the bracket; nothing there ends it: one sentence, renumbered
    ("« Différentes armes ont été découvertes dans le coffre » de sa voiture, « des armes blanches, un riot "
     "gun [fusil à pompe] et un bidon du garage contenant un produit encore indéterminé », selon le parquet.", 1),
    # ... or before a capitalised word: a name, a title (each was cut in two by the tokenizer alone)
    ("Le journal Le Monde souligne que plusieurs masters ne respectent pas la loi.", 1),
    ("Le porte-parole du collectif a expliqué au Washington Post que l'exposition a été montée en une nuit.", 1),
    ("Pour l'occasion, Johnny Hallyday a chanté Un dimanche de janvier, en présence du président.", 1),
    ("Il a été recherché pour une agression à l'arme blanche [survenue] plus tôt dans la journée.", 1),
    # ... or inside a quotation whose source or incise follows its closing mark and a comma
    ("L'incendie a été « circonscrit » : « le dégagement de fumée est maîtrisé, les opérations sont sous "
     "contrôle. », selon les propos du directeur de la centrale.", 1),
    # what must stay apart: sentences that end on their punctuation, and lines
    ("Il est venu. Elle est partie.", 2),
    ("« Nous partons. » Elle a souri.", 2),
    ("« Le ventilateur a explosé. Il s'est mis à surchauffer. » ; c'est un court-circuit, précise la préfecture.", 3),
    ("Un titre sans point\nLe texte commence ici.", 2),
])
def test_a_sentence_ends_on_its_punctuation(text, n_sentences):
    doc = segment(text)
    assert len(doc.sentences) == n_sentences, [s.text for s in doc.sentences]
    for s in doc.sentences:
        assert [w.id for w in s.words] == list(range(1, len(s.words) + 1))
        ids = [i for t in s.tokens for i in t.id]
        assert ids == list(range(1, len(s.words) + 1))
    assert "".join(s.text for s in doc.sentences).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")


def test_batches_give_what_one_text_at_a_time_gives(sample_text):
    texts = [sample_text[:3000], "", "Le ministre a parlé.\nIl est parti.", ELYSEE]
    # exactly so with float32 weights; the int8 kernels quantize a whole batch's activations with one
    # scale, so there a sentence's parse may move a little with its batch (below)
    with float_weights():
        one = [parse(t) for t in texts]
        many = segment_many(texts)
        annotate_many([(doc, None) for doc in many])
    assert [d.to_dict() for d in many] == [d.to_dict() for d in one]
    assert [[e.text for e in d.ents] for d in many] == [[e.text for e in d.ents] for d in one]
    assert sum(len(d.sentences) for d in many) > 10
    one = [parse(t) for t in texts]
    many = segment_many(texts)
    annotate_many([(doc, None) for doc in many])
    pairs = [(a, b) for d1, d2 in zip(one, many, strict=True) for s1, s2 in zip(d1.sentences, d2.sentences, strict=True)
             for a, b in zip(s1.words, s2.words, strict=True)]
    assert len(pairs) > 500
    assert sum((a.upos, a.lemma) == (b.upos, b.lemma) for a, b in pairs) / len(pairs) > 0.99
    assert sum((a.head, a.deprel) == (b.head, b.deprel) for a, b in pairs) / len(pairs) > 0.98  # 610 of 612 here


def test_loading_the_models_builds_no_optimizer():
    # Stanza's trainers build optimizers even to predict; the first one imports torch._dynamo (1.5 s
    # of a worker's start here). The pipelines are built without them, and still work.
    code = textwrap.dedent("""
        import sys
        from tracker.nlp import parse
        doc = parse("Le ministre a dit que la réforme serait votée.")
        print(len(doc.sentences[0].words), "torch._dynamo" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert out.stdout.split() == ["10", "False"], out.stderr[-2000:]
