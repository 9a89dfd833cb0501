"""Tests of tracker.quotes: quotation-mark scanning, kinds, terms, incises, claims over a parse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stanza.utils.conll import CoNLL

from tracker.quotes import (
    candidate_sentences,
    cue_surface_re,
    find_claims,
    find_quote_spans,
    guess_lemmas,
    is_heading_line,
    mostly_quoted,
    no_infinitive_verbs,
    reporting_verbs,
    scan_quotes,
    source_markers,
)

NB = "\u00a0"
NNB = "\u202f"


def _found(text):
    return [(s.kind, s.text) for s in find_quote_spans(text) if s.kind in ("direct", "partial")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every quotation style
        ("« Nous irons jusqu'au bout », a-t-il dit.", [("direct", "Nous irons jusqu'au bout")]),
        (f"«{NB}Nous irons jusqu'au bout{NB}», a-t-il dit.", [("direct", "Nous irons jusqu'au bout")]),
        (f"«{NNB}Nous irons jusqu'au bout{NNB}», a-t-il dit.", [("direct", "Nous irons jusqu'au bout")]),
        ("«Nous irons jusqu'au bout», a-t-il dit.", [("direct", "Nous irons jusqu'au bout")]),
        ("“Nous irons jusqu'au bout”, a-t-il dit.", [("direct", "Nous irons jusqu'au bout")]),
        ("‘Nous irons jusqu’au bout’, a-t-il dit.", [("direct", "Nous irons jusqu’au bout")]),
        ('"Nous irons jusqu\'au bout", a-t-il dit.', [("direct", "Nous irons jusqu'au bout")]),
        ("„Nous irons jusqu'au bout“, a-t-il dit.", [("direct", "Nous irons jusqu'au bout")]),
        # sentence-final punctuation inside the marks, incise without comma
        ("« Jugez-moi sur mon parcours. » a-t-il déclaré.", [("direct", "Jugez-moi sur mon parcours.")]),
        # colon and selon X
        ("Le documentaire précise : « La conclusion, c'est que nous avons trouvé du polonium ».",
         [("direct", "La conclusion, c'est que nous avons trouvé du polonium")]),
        ("Selon lui, « Pierre est quelqu'un qui venait du peuple ».",
         [("direct", "Pierre est quelqu'un qui venait du peuple")]),
        # partial quotes inside the journalist's sentence
        ("Les Américains seront « très certainement » associés aux travaux.", []),  # no parse: term
        ("Philippe Germain a salué « un homme qui cherchait à faire bouger les lignes ».",
         [("partial", "un homme qui cherchait à faire bouger les lignes")]),
        ("Il a déclaré que « vous pouvez sacrifier sans hésitation les liens ».",
         [("partial", "vous pouvez sacrifier sans hésitation les liens")]),
        # names, titles, coined terms: NOT quotes
        ("Jeudi, la « Coalition des volontaires » se réunira à Paris.", []),
        ("Il publie le livre « Bienvenue Place Beauvau » chez Fayard.", []),
        ("La loi dite « Sapin 2 » est votée.", []),
        ("Le peuple turc a dit « oui » au référendum.", []),
        ("Ses relations lui valent une mise « au placard ».", []),
        ("Le candidat a répondu au « 20 Heures » de la chaîne jeudi soir.", []),  # a title opening on a number
        ("Rien à signaler ici.", []),
        ("", []),
    ],
)
def test_quote_kinds(text, expected):
    assert _found(text) == expected


def test_nested_quote_is_kept_but_never_output():
    text = "« Mai 68 a été le prétexte pour mettre un nom – « gauchisme » – sur un mauvais esprit »."
    spans = find_quote_spans(text)
    kinds = [(s.kind, s.depth) for s in spans]
    assert kinds == [("direct", 0), ("nested", 1)]
    assert spans[0].text.startswith("Mai 68") and spans[0].text.endswith("mauvais esprit")
    assert spans[1].text == "gauchisme" and spans[1].parent == 0


def test_multi_paragraph_quote_reopened_at_each_paragraph():
    text = "« Nous irons jusqu'au bout.\n\n« Nous ne céderons rien.\n\n« Jamais », a-t-il conclu."
    spans = [s for s in find_quote_spans(text) if s.depth == 0]
    assert len(spans) == 1
    q = spans[0]
    assert q.kind == "direct" and len(q.pieces) == 3
    assert q.text == "Nous irons jusqu'au bout.\n\nNous ne céderons rien.\n\nJamais"
    assert (q.start, q.end) == (2, text.index(" »"))


def test_quote_left_open_closes_at_paragraph_end():
    text = "Il a lancé : « Nous irons jusqu'au bout.\n\nLe lendemain, rien n'avait changé."
    spans = scan_quotes(text)
    assert len(spans) == 1
    assert spans[0].closed is False and spans[0].text == "Nous irons jusqu'au bout."


@pytest.mark.parametrize(
    "text",
    ["« « « »", "»»» «", "« ", "\"", "“”", "‘", "« \n\n »", "a « b\n« c\n\n« d", "«»", '"""', "« ’ »"],
)
def test_unbalanced_marks_never_crash(text):
    for s in scan_quotes(text):
        assert 0 <= s.start <= s.end <= len(text)
    find_quote_spans(text)


def test_incise_inside_quote_is_cut_out():
    text = "« Nous irons, a-t-il dit, jusqu'au bout »."
    (q,) = [s for s in find_quote_spans(text) if s.depth == 0]
    assert q.kind == "direct"
    assert q.text == "Nous irons jusqu'au bout"
    assert text[q.incise[0]:q.incise[1]] == "a-t-il dit"


@pytest.mark.parametrize("text, expected", [
    # an incise that ends its sentence inside the marks closes the first quote: two quotes
    ("« Ici, elle a laissé un souvenir exceptionnel, rapporte-t-il. Elle est des nôtres. »",
     ["Ici, elle a laissé un souvenir exceptionnel", "Elle est des nôtres."]),
    ("« Je suis choquée, réagit-elle au micro de BFMTV. Personne ne peut nier mon travail. »",
     ["Je suis choquée", "Personne ne peut nier mon travail."]),
    # ... with a time after the incise's comma
    ("« Je suis choquée, réagit-elle au micro de BFMTV, mardi. Personne ne peut nier mon travail. »",
     ["Je suis choquée", "Personne ne peut nier mon travail."]),
    # ... with where and to whom it was said after the incise's comma
    ("« Je veux rester prudente car ce n’est pas encore consolidé, a-t-elle déclaré, lors "
     "d’une conversation informelle rapportée sur le site Le Monde.fr. Je suis encore dans une zone à risques. »",
     ["Je veux rester prudente car ce n’est pas encore consolidé", "Je suis encore dans une zone à risques."]),
    # ... and the next sentence's opening words set off by a comma are no part of the incise
    ("« Nous devons bâtir de bonnes relations, a-t-il déclaré. Pour ce qui est de la violence, c'est mal. »",
     ["Nous devons bâtir de bonnes relations", "Pour ce qui est de la violence, c'est mal."]),
    # NOT an incise inside a sentence after one or two words: one quote, the incise cut out
    ("« Nous irons, a-t-il dit, jusqu'au bout. Rien ne nous arrêtera. »",
     ["Nous irons jusqu'au bout. Rien ne nous arrêtera."]),
    # NOT hearsay inside the speaker's words
    ("« C'est une fille, dit-on. On peut au moins le savoir ? »", ["C'est une fille, dit-on. On peut au moins le savoir ?"]),
    # NOT a sentence of the quote's own with a hyphenated pronoun
    ("« Ira-t-il jusqu'au bout ? Rien ne l'arrêtera. »", ["Ira-t-il jusqu'au bout ? Rien ne l'arrêtera."]),
])
def test_an_incise_that_ends_a_sentence_splits_the_quote(text, expected):
    spans = [s for s in find_quote_spans(text) if s.depth == 0]
    assert [s.text for s in spans] == expected
    if len(spans) == 2:
        a, b = spans
        # both halves keep the incise for attribution; the first ends before it, the second starts after
        assert a.incise == b.incise and a.end <= a.incise[0] and b.start > b.incise[1]


def test_incise_between_two_quotes_leaves_two():
    # every annotation keeps the text between each pair of marks (5 such pairs in the French sets)
    text = "« Nous irons », a-t-il dit, « jusqu'au bout »."
    assert [s.text for s in find_quote_spans(text) if s.depth == 0] == ["Nous irons", "jusqu'au bout"]


def test_two_separate_sentences_are_not_joined():
    text = "« Nous irons. », a-t-il dit. « Rien ne nous arrêtera », a-t-il ajouté."
    assert len([s for s in find_quote_spans(text) if s.depth == 0]) == 2


@pytest.mark.parametrize("text, quotes", [
    # a straight mark between digits is a unit (seconds, inches), not a quotation mark
    ('En courant le 100m en 9"81 devant Gatlin, Bolt a dit "je suis content" hier.', ["je suis content"]),
    ('He stands 6\'2" tall and said "we will win" on Monday.', ["we will win"]),
    # NOT digits on one side only: "2019" opens a quotation
    ('Le slogan était "2019 sera l\'année du changement" selon lui.', ["2019 sera l'année du changement"]),
])
def test_straight_marks_between_digits(text, quotes):
    assert [q.text for q in scan_quotes(text) if q.depth == 0] == quotes


def test_apostrophes_are_not_quotes():
    text = "L’Élysée l’a dit aujourd’hui : les parents’ choix."
    assert scan_quotes(text) == []


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Guerre en Ukraine : Les Américains seront « très certainement » associés", True),
        ("« On est prêts à donner ces garanties de sécurité »", True),
        ("« S’imposer en Moldavie est un moyen pour la Russie » ", True),
        ("« Ce n’était pas un bon endroit ».", False),
        ("Il a dit « oui ».", False),
        ("« Jugez-moi sur mon parcours. »", False),
        # a short line that is all one question or exclamation in marks is an intertitle
        ('"Que peut-on lui reprocher?"', True),
        ("«C'est louche, cette histoire ! »", True),
        # NOT a long one, NOT one with words outside the marks
        ("« Est-ce que vous allez médiatiser ou pas la naissance de votre enfant, madame la ministre ? »", False),
        ("Il a demandé : « Pourquoi ? »", False),
        ("Temps de lecture :", False),
        ("", False),
    ],
)
def test_heading_lines(line, heading):
    assert is_heading_line(line) is heading


def test_heading_quotes_are_flagged():
    text = "Titre : « Nous irons jusqu'au bout »\n\nLe président a dit : « Nous irons jusqu'au bout ». Voilà."
    spans = [s for s in find_quote_spans(text) if s.kind == "direct"]
    assert [s.in_heading for s in spans] == [True, False]


def test_lexicon_files():
    verbs = reporting_verbs("fr")
    for lemma in ("dire", "déclarer", "affirmer", "estimer", "assurer", "annoncer", "se dire", "insister"):
        assert lemma in verbs
    assert "manger" not in verbs and "vouloir" not in verbs
    assert "demander" in no_infinitive_verbs("fr") and "affirmer" not in no_infinitive_verbs("fr")
    assert {"selon", "d'après", "pour"} <= set(source_markers("fr"))
    assert reporting_verbs("xx") == frozenset()
    assert not cue_surface_re("fr").search("la maison bleue")


# Inflected forms the parser prefilter must see, spelling alternations included, and words that
# merely begin with a reporting verb's stem, which it must not.
@pytest.mark.parametrize("word, is_cue", [
    ("déclaré", True), ("affirment", True), ("estimant", True), ("dit", True), ("précisé", True),
    ("déclarèrent", True), ("annonçant", True), ("jugeait", True), ("répète", True),
    ("rappelle", True), ("maintient", True), ("soutiennent", True), ("craignant", True),
    ("craint", True), ("admis", True), ("promet", True), ("reconnu", True), ("croyait", True),
    ("écrivait", True), ("garde", True),
    ("notamment", False), ("notre", False), ("Montrouge", False), ("public", False),
    ("particulièrement", False), ("partie", False), ("estimation", False), ("qualification", False),
])
def test_cue_surface_forms(word, is_cue):
    assert bool(cue_surface_re("fr").fullmatch(word)) is is_cue


# --------------------------------------------------------------------- over a hand-written parse

# "Il a affirmé que le groupe restera une cible." / "Selon le parquet, il aurait frappé la victime."
# / "Il a salué « un homme de paix »."
CONLLU = """# text = Il a affirmé que le groupe restera une cible.
1	Il	il	PRON	_	Gender=Masc|Number=Sing|Person=3	3	nsubj	_	start_char=0|end_char=2|ner=O
2	a	avoir	AUX	_	_	3	aux	_	start_char=3|end_char=4|ner=O
3	affirmé	affirmer	VERB	_	_	0	root	_	start_char=5|end_char=12|ner=O
4	que	que	SCONJ	_	_	7	mark	_	start_char=13|end_char=16|ner=O
5	le	le	DET	_	_	6	det	_	start_char=17|end_char=19|ner=O
6	groupe	groupe	NOUN	_	_	7	nsubj	_	start_char=20|end_char=26|ner=O
7	restera	rester	VERB	_	_	3	ccomp	_	start_char=27|end_char=34|ner=O
8	une	un	DET	_	_	9	det	_	start_char=35|end_char=38|ner=O
9	cible	cible	NOUN	_	_	7	xcomp	_	start_char=39|end_char=44|ner=O
10	.	.	PUNCT	_	_	3	punct	_	start_char=44|end_char=45|ner=O

# text = Selon le parquet, il aurait frappé la victime.
1	Selon	selon	ADP	_	_	3	case	_	start_char=46|end_char=51|ner=O
2	le	le	DET	_	_	3	det	_	start_char=52|end_char=54|ner=O
3	parquet	parquet	NOUN	_	_	6	obl:mod	_	start_char=55|end_char=62|ner=O
4	,	,	PUNCT	_	_	3	punct	_	start_char=62|end_char=63|ner=O
5	il	il	PRON	_	_	6	nsubj	_	start_char=64|end_char=66|ner=O
6	aurait	avoir	AUX	_	_	0	root	_	start_char=67|end_char=73|ner=O
7	frappé	frapper	VERB	_	_	6	xcomp	_	start_char=74|end_char=80|ner=O
8	la	le	DET	_	_	9	det	_	start_char=81|end_char=83|ner=O
9	victime	victime	NOUN	_	_	7	obj	_	start_char=84|end_char=91|ner=O
10	.	.	PUNCT	_	_	6	punct	_	start_char=91|end_char=92|ner=O

# text = Il a salué « un homme de paix ».
1	Il	il	PRON	_	_	3	nsubj	_	start_char=93|end_char=95|ner=O
2	a	avoir	AUX	_	_	3	aux	_	start_char=96|end_char=97|ner=O
3	salué	saluer	VERB	_	_	0	root	_	start_char=98|end_char=103|ner=O
4	«	«	PUNCT	_	_	6	punct	_	start_char=104|end_char=105|ner=O
5	un	un	DET	_	_	6	det	_	start_char=106|end_char=108|ner=O
6	homme	homme	NOUN	_	_	3	obj	_	start_char=109|end_char=114|ner=O
7	de	de	ADP	_	_	8	case	_	start_char=115|end_char=117|ner=O
8	paix	paix	NOUN	_	_	6	nmod	_	start_char=118|end_char=122|ner=O
9	»	»	PUNCT	_	_	6	punct	_	start_char=123|end_char=124|ner=O
10	.	.	PUNCT	_	_	3	punct	_	start_char=124|end_char=125|ner=O

"""
TEXT = ("Il a affirmé que le groupe restera une cible. Selon le parquet, il aurait frappé la victime. "
        "Il a salué « un homme de paix ».")


def test_claims_over_parse():
    doc = CoNLL.conll2doc(input_str=CONLLU)
    quotes = find_quote_spans(TEXT, doc)
    assert [(q.kind, q.text) for q in quotes] == [("partial", "un homme de paix")]
    claims = find_claims(TEXT, doc, quotes)
    assert [(c.text, c.cue) for c in claims] == [
        ("le groupe restera une cible", "affirmer"),
        ("il aurait frappé la victime", "selon"),
    ]
    # NOT claims: the NP object of saluer
    assert all("homme" not in c.text for c in claims)


def conllu_of(rows: list[tuple]) -> tuple[str, str]:
    """CoNLL-U and text of one sentence from (form, lemma, upos, head, deprel[, feats[, ner]]) rows,
    the forms joined by spaces."""
    lines, text = [], ""
    for i, (form, lemma, upos, head, rel, *rest) in enumerate(rows, start=1):
        start = len(text) + (1 if text else 0)
        text = f"{text} {form}" if text else form
        feats, ner = (rest + ["_", "O"][len(rest):])[:2]
        lines.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t{feats}\t{head}\t{rel}\t_\t"
                     f"start_char={start}|end_char={len(text)}|ner={ner}")
    return f"# text = {text}\n" + "\n".join(lines) + "\n\n", text


def _hand_claims(rows: list[tuple]):
    """The claims `find_claims` gives over a hand-written parse of one sentence, in text order."""
    conllu, text = conllu_of(rows)
    doc = CoNLL.conll2doc(input_str=conllu)
    return sorted(find_claims(text, doc, find_quote_spans(text, doc)), key=lambda c: c.start)


# "et que B" after the cue's que-clause, hung by the parser on a verb before the cue (seen with the
# int8 parser on a dev article): B is a claim of the cue; not when that verb has a que-clause of its own.
_STRAY_HEAD = [
    ("Ils", "il", "PRON", 3, "nsubj"), ("ont", "avoir", "AUX", 3, "aux"), ("réagi", "réagir", "VERB", 0, "root"),
    ("par", "par", "ADP", 6, "case"), ("la", "le", "DET", 6, "det"), ("voix", "voix", "NOUN", 3, "obl"),
    ("de", "de", "ADP", 8, "case"), ("Paul", "Paul", "PROPN", 6, "nmod"), (",", ",", "PUNCT", 11, "punct"),
    ("qui", "qui", "PRON", 11, "nsubj", "PronType=Rel"), ("indique", "indiquer", "VERB", 8, "acl:relcl"),
]
_STRAY_TAIL = [
    ("que", "que", "SCONJ", 14, "mark"), ("tout", "tout", "PRON", 14, "nsubj"),
    ("va", "aller", "VERB", 11, "ccomp"), ("bien", "bien", "ADV", 14, "advmod"),
    ("et", "et", "CCONJ", 20, "cc"), ("que", "que", "SCONJ", 20, "mark"), ("le", "le", "DET", 19, "det"),
    ("groupe", "groupe", "NOUN", 20, "nsubj"), ("reste", "rester", "VERB", 3, "conj"),
    ("uni", "uni", "ADJ", 20, "xcomp"), (".", ".", "PUNCT", 3, "punct"),
]
# the same, the first verb with a que-clause of its own ("Ils veulent que rien ne change par la voix …")
_OWN_QUE = [
    ("Ils", "il", "PRON", 2, "nsubj"), ("veulent", "vouloir", "VERB", 0, "root"),
    ("que", "que", "SCONJ", 5, "mark"), ("rien", "rien", "PRON", 5, "nsubj"), ("change", "changer", "VERB", 2, "ccomp"),
    ("selon", "selon", "ADP", 7, "case"), ("Paul", "Paul", "PROPN", 2, "obl"), (",", ",", "PUNCT", 10, "punct"),
    ("qui", "qui", "PRON", 10, "nsubj", "PronType=Rel"), ("indique", "indiquer", "VERB", 7, "acl:relcl"),
    ("que", "que", "SCONJ", 13, "mark"), ("tout", "tout", "PRON", 13, "nsubj"),
    ("va", "aller", "VERB", 10, "ccomp"), ("bien", "bien", "ADV", 13, "advmod"),
    ("et", "et", "CCONJ", 19, "cc"), ("que", "que", "SCONJ", 19, "mark"), ("le", "le", "DET", 18, "det"),
    ("groupe", "groupe", "NOUN", 19, "nsubj"), ("reste", "rester", "VERB", 2, "conj"),
    ("uni", "uni", "ADJ", 19, "xcomp"), (".", ".", "PUNCT", 2, "punct"),
]


@pytest.mark.parametrize(("rows", "expected"), [
    # (joined to the first: one verb's coordinated que-clauses are one claim)
    (_STRAY_HEAD + _STRAY_TAIL, [("tout va bien et que le groupe reste uni", "indiquer")]),
    # NOT: "et le groupe reste uni" without que is the journalist's clause
    (_STRAY_HEAD + [r if r[0] != "que" or r[3] != 20 else ("donc", "donc", "ADV", 20, "advmod")
                    for r in _STRAY_TAIL], [("tout va bien", "indiquer")]),
    # NOT: the que-clause coordinated with the first verb's own que-clause
    (_OWN_QUE, [("tout va bien", "indiquer")]),
], ids=["stray-et-que", "no-que", "head-has-own-que"])
def test_coordinated_que_clause_hung_before_the_cue(rows, expected):
    assert [(c.text, c.cue) for c in _hand_claims(rows) if c.cue == "indiquer"] == expected


# A clause the parser hung on the reporting verb right after the claim's last word: a `si` condition,
# a clause of time or purpose, and a relative `que` after the claim's noun are the claim's.
def _averti(mood: str, si_word: str) -> list[tuple]:
    return [
        ("Paul", "Paul", "PROPN", 2, "nsubj"), ("a", "avoir", "AUX", 3, "aux"),
        ("averti", "avertir", "VERB", 0, "root"), ("que", "que", "SCONJ", 6, "mark"),
        ("Lyon", "Lyon", "PROPN", 6, "nsubj"), ("saisirait", "saisir", "VERB", 3, "ccomp", mood),
        ("la", "le", "DET", 8, "det"), ("cour", "cour", "NOUN", 6, "obj"),
        (si_word, si_word, "SCONJ", 12, "mark"), ("les", "le", "DET", 11, "det"),
        ("pays", "pays", "NOUN", 12, "nsubj"), ("échouaient", "échouer", "VERB", 3, "advcl"),
        (".", ".", "PUNCT", 3, "punct"),
    ]


_RELATIVE = [
    ("Paul", "Paul", "PROPN", 2, "nsubj"), ("a", "avoir", "AUX", 3, "aux"), ("indiqué", "indiquer", "VERB", 0, "root"),
    ("avoir", "avoir", "AUX", 5, "aux", "VerbForm=Inf"), ("arrêté", "arrêter", "VERB", 3, "xcomp", "VerbForm=Part"),
    ("un", "un", "DET", 7, "det"), ("réseau", "réseau", "NOUN", 5, "obj"),
    ("qu'", "que", "SCONJ", 10, "mark"), ("il", "il", "PRON", 10, "nsubj"), ("surveille", "surveiller", "VERB", 3, "advcl"),
    (".", ".", "PUNCT", 3, "punct"),
]


@pytest.mark.parametrize(("rows", "expected"), [
    (_averti("Mood=Cnd", "si"), ["Lyon saisirait la cour si les pays échouaient"]),
    (_averti("Mood=Ind", "si"), ["Lyon saisirait la cour si les pays échouaient"]),
    (_averti("Mood=Cnd", "quand"), ["Lyon saisirait la cour quand les pays échouaient"]),
    # NOT: a contrast, which as often opens the journalist's comment
    (_averti("Mood=Cnd", "alors"), ["Lyon saisirait la cour"]),
    (_RELATIVE, ["avoir arrêté un réseau qu' il surveille"]),
    # NOT: a comma before the que: another clause
    (_RELATIVE[:7] + [(",", ",", "PUNCT", 11, "punct")] + [(*r[:3], r[3] + 1 if r[3] > 7 else r[3], *r[4:])
                                                           for r in _RELATIVE[7:]],
     ["avoir arrêté un réseau"]),
], ids=["si-conditional", "si-indicative", "quand", "not-alors", "relative-que", "comma-que"])
def test_clause_hung_on_the_verb_after_the_claim(rows, expected):
    assert [c.text for c in _hand_claims(rows)] == expected


# Where a sentence ends: not at the dot of an initial, a title or an abbreviation before a lower-case word.
@pytest.mark.parametrize(("text", "first"), [
    ("It began at 10:39 a.m. local time. Police came.", "It began at 10:39 a.m. local time."),
    ("He crossed the U.S. border on Monday. Then he left.", "He crossed the U.S. border on Monday."),
    ("Sen. Warren spoke first. Then he left.", "Sen. Warren spoke first."),
    ("M. Deteix est arrivé. Il parle.", "M. Deteix est arrivé."),
    # a closing mark right after the final punctuation goes with the sentence it closes
    ('He said it was "very difficult." Police left.', 'He said it was "very difficult."'),
    ('Il a dit « c\'est fini ». Puis il est parti.', "Il a dit « c'est fini »."),
    # NOT: a real end before a capital, also after a short word
    ("The answer was no. The minister left.", "The answer was no."),
    ("Il est venu à 10 h. Puis il est parti.", "Il est venu à 10 h."),
    ("What now? Nobody knows.", "What now?"),
])
def test_sentence_end(text, first):
    from tracker.quotes import _sentence_end

    assert text[:_sentence_end(text, 0)] == first


def test_candidate_sentences():
    doc = CoNLL.conll2doc(input_str=CONLLU)
    assert candidate_sentences(doc, TEXT) == [0, 1, 2]



@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list("«»“”‘’\"„‹› \u00a0\u202f\n.,:;!?-'a"))),
               max_size=400))
def test_scanner_never_raises_and_offsets_hold(text):
    for s in find_quote_spans(text):
        assert 0 <= s.start <= s.end <= len(text)
        for a, b in s.pieces:
            assert s.start <= a <= b <= s.end
        if len(s.pieces) == 1 and s.incise is None:
            assert text[s.start:s.end] == s.text


def _claims(text, rows):
    from conllu_helpers import doc_from_rows

    doc = doc_from_rows(text, rows)
    quotes = [q for q in find_quote_spans(text, doc) if q.depth == 0]
    return [(c.text, c.cue) for c in find_claims(text, doc, quotes)]


def test_comme_le_dit_x_attributes_the_main_clause_even_when_the_verb_is_mistagged():
    text = "Comme le sous-entend Paul, le groupe a changé de nom."
    rows = [[("Comme", "comme", "ADP", 3, "case"), ("le", "le", "DET", 3, "det"),
             ("sous-entend", "sous-entend", "NOUN", 9, "obl:mod"), ("Paul", "Paul", "PROPN", 3, "nmod", None, "S-PER"),
             (",", ",", "PUNCT", 3, "punct"), ("le", "le", "DET", 7, "det"), ("groupe", "groupe", "NOUN", 9, "nsubj"),
             ("a", "avoir", "AUX", 9, "aux"), ("changé", "changer", "VERB", 0, "root"), ("de", "de", "ADP", 11, "case"),
             ("nom", "nom", "NOUN", 9, "obl"), (".", ".", "PUNCT", 9, "punct")]]
    assert _claims(text, rows) == [("le groupe a changé de nom", "sous-entendre")]


def test_coordinated_que_clauses_are_one_claim_as_ni_que_is():
    # (two when the first carries quoted words of its own: see the next test)
    text = "Il dit que le groupe part et que la ville reste."
    rows = [[("Il", "il", "PRON", 2, "nsubj"), ("dit", "dire", "VERB", 0, "root"), ("que", "que", "SCONJ", 6, "mark"),
             ("le", "le", "DET", 5, "det"), ("groupe", "groupe", "NOUN", 6, "nsubj"), ("part", "partir", "VERB", 2, "ccomp"),
             ("et", "et", "CCONJ", 11, "cc"), ("que", "que", "SCONJ", 11, "mark"), ("la", "le", "DET", 10, "det"),
             ("ville", "ville", "NOUN", 11, "nsubj"), ("reste", "rester", "VERB", 6, "conj"), (".", ".", "PUNCT", 2, "punct")]]
    assert _claims(text, rows) == [("le groupe part et que la ville reste", "dire")]
    text = "Il dit que le groupe part ni que la ville reste."
    rows[0][6] = ("ni", "ni", "CCONJ", 11, "cc")
    assert _claims(text, rows) == [("le groupe part ni que la ville reste", "dire")]


def test_a_coordinated_que_clause_all_in_quotation_marks_is_only_a_partial_quote():
    # "qu'« un kit » existe et que « la ville reste »": the second clause is quoted whole, so it is a
    # partial quote and not part of the first claim; a conjunct partly outside the marks stays a claim
    text = "Il dit qu'« un kit » existe déjà et que « la ville reste »."
    rows = [[("Il", "il", "PRON", 2, "nsubj"), ("dit", "dire", "VERB", 0, "root"), ("qu'", "que", "SCONJ", 8, "mark"),
             ("«", "«", "PUNCT", 6, "punct"), ("un", "un", "DET", 6, "det"), ("kit", "kit", "NOUN", 8, "nsubj"),
             ("»", "»", "PUNCT", 6, "punct"), ("existe", "exister", "VERB", 2, "ccomp"),
             ("déjà", "déjà", "ADV", 8, "advmod"),
             ("et", "et", "CCONJ", 15, "cc"), ("que", "que", "SCONJ", 15, "mark"), ("«", "«", "PUNCT", 15, "punct"),
             ("la", "le", "DET", 14, "det"), ("ville", "ville", "NOUN", 15, "nsubj"),
             ("reste", "rester", "VERB", 8, "conj"), ("»", "»", "PUNCT", 15, "punct"), (".", ".", "PUNCT", 2, "punct")]]
    assert _claims(text, rows) == [("« un kit » existe déjà", "dire")]
    text = "Il dit qu'« un kit » existe déjà et que la ville « reste »."
    rows[0][11:16] = [("la", "le", "DET", 13, "det"), ("ville", "ville", "NOUN", 15, "nsubj"),
                      ("«", "«", "PUNCT", 15, "punct"), ("reste", "rester", "VERB", 8, "conj"),
                      ("»", "»", "PUNCT", 15, "punct")]
    assert sorted(_claims(text, rows)) == [("la ville « reste »", "dire"), ("« un kit » existe déjà", "dire")]


@pytest.mark.parametrize("verb, lemma, cue", [
    # the lemmatizer's slip ("répondant" -> "réponder") still reads as the reporting verb it is a form of
    ("répondant", "réponder", "répondre"),
    # NOT a verb none of whose possible infinitives is listed
    ("courant", "couranter", None),
])
def test_a_lemmatizer_slip_is_read_through_the_form(verb, lemma, cue):
    text = f"Il a parlé, tout en {verb} que les dons étaient gratuits."
    rows = [[("Il", "il", "PRON", 3, "nsubj"), ("a", "avoir", "AUX", 3, "aux"), ("parlé", "parler", "VERB", 0, "root"),
             (",", ",", "PUNCT", 7, "punct"), ("tout", "tout", "ADV", 7, "advmod"), ("en", "en", "ADP", 7, "mark"),
             (verb, lemma, "VERB", 3, "advcl"), ("que", "que", "SCONJ", 12, "mark"), ("les", "le", "DET", 10, "det"),
             ("dons", "don", "NOUN", 12, "nsubj"), ("étaient", "être", "AUX", 12, "cop"),
             ("gratuits", "gratuit", "ADJ", 7, "ccomp"), (".", ".", "PUNCT", 3, "punct")]]
    assert _claims(text, rows) == ([("les dons étaient gratuits", cue)] if cue else [])


@pytest.mark.parametrize("form, infinitive", [
    # stems that change before a silent ending: the accent ("relève", "révèle") and the doubled consonant
    ("relève", "relever"), ("révèle", "révéler"), ("rappelle", "rappeler"), ("martèlent", "marteler"),
])
def test_the_infinitives_a_form_may_come_from(form, infinitive):
    assert infinitive in guess_lemmas(form)
    assert form not in guess_lemmas(form)  # NOT the form itself


def test_no_claim_for_a_noun_object_or_a_purpose_infinitive():
    # "Il a démenti ces allégations pour rassurer les électeurs." - NOT a claim
    text = "Il a démenti ces allégations pour rassurer les électeurs."
    rows = [[("Il", "il", "PRON", 3, "nsubj"), ("a", "avoir", "AUX", 3, "aux"), ("démenti", "démentir", "VERB", 0, "root"),
             ("ces", "ce", "DET", 5, "det"), ("allégations", "allégation", "NOUN", 3, "obj"),
             ("pour", "pour", "ADP", 7, "mark"), ("rassurer", "rassurer", "VERB", 3, "xcomp", "VerbForm=Inf"),
             ("les", "le", "DET", 9, "det"), ("électeurs", "électeur", "NOUN", 7, "obj"), (".", ".", "PUNCT", 3, "punct")]]
    assert _claims(text, rows) == []


def test_de_infinitive_after_accuser_keeps_the_object():
    text = "Paul a accusé le régime d'être à l'origine de l'attaque."
    rows = [[("Paul", "Paul", "PROPN", 3, "nsubj", None, "S-PER"), ("a", "avoir", "AUX", 3, "aux"),
             ("accusé", "accuser", "VERB", 0, "root"), ("le", "le", "DET", 5, "det"), ("régime", "régime", "NOUN", 3, "obj"),
             ("d'", "de", "ADP", 10, "mark"), ("être", "être", "AUX", 10, "cop", "VerbForm=Inf"), ("à", "à", "ADP", 10, "case"),
             ("l'", "le", "DET", 10, "det"), ("origine", "origine", "NOUN", 3, "obl:mod"), ("de", "de", "ADP", 13, "case"),
             ("l'", "le", "DET", 13, "det"), ("attaque", "attaque", "NOUN", 10, "nmod"), (".", ".", "PUNCT", 3, "punct")]]
    assert _claims(text, rows) == [("le régime d'être à l'origine de l'attaque", "accuser")]


# --------------------------------------------------------------------------- over the real parser

@pytest.mark.parametrize("text, claim, expected", [
    # no word outside the marks: the quotation is the claim
    ("Selon le ministre, « tout va bien ».", "« tout va bien »", True),
    ("Selon le ministre, « tout va bien ».", "tout va bien »", True),
    # a subject or a complement of the journalist's outside the marks: a claim of its own
    ("Ils ont dit que ces chiffres « témoignent de la surenchère politique de la CGT ».",
     "ces chiffres « témoignent de la surenchère politique de la CGT »", False),
    ("Selon lui, « tout va bien » depuis lundi.", "« tout va bien » depuis lundi", False),
    ("Il a dit que tout allait bien.", "tout allait bien", False),
])
def test_mostly_quoted(text, claim, expected):
    s = text.index(claim)
    assert mostly_quoted(s, s + len(claim), scan_quotes(text), text) is expected


from tracker.extract import nlp_ready, prepare_document  # noqa: E402
from tracker.quotes import all_spans  # noqa: E402

needs_models = pytest.mark.skipif(not nlp_ready("fr"), reason="French Stanza models not installed")


def _kinds(text):
    doc = prepare_document(text)
    return {(s.kind, s.text) for s in all_spans(text, doc) if s.depth == 0}


# Short quotes: what governs them decides between a word said (partial) and a term.
@needs_models
@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        # an attribute of a copula is a word said
        ("Pour le syndicat, cette décision est « inacceptable ».", "inacceptable", "partial"),
        ("Le vaccin avait été « retiré » du marché en 2008.", "retiré", "partial"),
        # a list of quoted words is a list of words said, capitalised first word included
        ("« Honteuse », « insupportable » et « mépris ». Tels sont les mots des syndicats.",
         "Honteuse", "partial"),
        ("« Honteuse », « insupportable » et « mépris ». Tels sont les mots des syndicats.", "mépris", "partial"),
        # ... and a verbless line listed with words said is one more slogan, not a title
        ("« Investir dans l'école, c'est l'avenir », « Non à la casse du service public d'éducation », « Banques ou "
         "éducation, j'ai choisi ! », tels étaient les slogans.", "Non à la casse du service public d'éducation",
         "partial"),
        # NOT titles listed together
        ("Il a lu « Le Monde diplomatique », « La Croix du Nord » et « Le Figaro littéraire » chaque matin.",
         "La Croix du Nord", "term"),
        # a noun and its adjective after an indefinite or partitive determiner
        ("La chute n'aurait pas de « conséquences graves » pour le joueur.", "conséquences graves", "partial"),
        # governed by a verb of qualifying
        ("La ministre a qualifié son geste d'« héroïque ».", "héroïque", "partial"),
        # a verb of opinion taking an object and its attribute qualifies too
        ("Il conteste ces reproches, qu'il juge « infondées » et blessants.", "infondées", "partial"),
        # a bare noun label that is the plain object of a reporting verb or a charge: a term
        ("Le rapport a recommandé une « médiation » entre les parties.", "médiation", "term"),
        # the complement of an attribute verb is a word said, even tagged as a noun
        ("Le Medef et la CFDT se disent « inquiets ».", "inquiets", "partial"),
        # a quotation alone in parentheses after a noun is a gloss: an example, a title, a case's name
        ("Les candidats ont réfléchi sur le désir (« Le désir est-il par nature illimité ? ») ce matin.",
         "Le désir est-il par nature illimité ?", "term"),
        ("Six ans après un cas similaire à Nantes (« affaire Dupont de Ligonnès »), l'enquête continue.",
         "affaire Dupont de Ligonnès", "term"),
        # NOT after a verb: it may be what was said; nor after a message or a text: its wording
        ("Le ministre a réagi (« C'est totalement inacceptable et scandaleux ») sur Twitter.",
         "C'est totalement inacceptable et scandaleux", "partial"),
        ("La fête a commencé par le message de bienvenue de l'incontournable Confucius (« N'est-ce pas un "
         "bonheur d'avoir des amis qui viennent de loin ? »), puis elle a continué.",
         "N'est-ce pas un bonheur d'avoir des amis qui viennent de loin ?", "partial"),
        ("Il a été placé en garde à vue pour « violences aggravées ».", "violences aggravées", "term"),
        # a wording set aside ("et non « X »") is mentioned, not said
        ("Il voulait parler de « petite fille bourgeoise », et non de « petite bourgeoise ».",
         "petite bourgeoise", "term"),
        # an adjective modifying a noun, ungoverned: a scare quote
        ("Le groupe a effectué ce changement « cosmétique » en juillet.", "cosmétique", "term"),
        # a charge's legal name after a procedure and "pour", with or without a verb between
        ("Après les menaces de plaintes pour «faux en écriture» échangées dimanche, la tension baisse.",
         "faux en écriture", "term"),
        ("Il a été mis en examen jeudi soir pour \"abus de confiance\".", "abus de confiance", "term"),
        # however long, after detention, a complaint against someone, an alert; and the charges listed after it
        ("Le recruteur a déjà été placé en détention pour « association de malfaiteurs en relation avec une "
         "entreprise terroriste » et « financement du terrorisme », ses parents rapportent que d'autres sévissent.",
         "association de malfaiteurs en relation avec une entreprise terroriste", "term"),
        ("Le recruteur a déjà été placé en détention pour « association de malfaiteurs en relation avec une "
         "entreprise terroriste » et « financement du terrorisme », ses parents rapportent que d'autres sévissent.",
         "financement du terrorisme", "term"),
        ("Aussi menacent-ils de porter plainte contre le maire UDE pour « non-assistance à personne en danger ».",
         "non-assistance à personne en danger", "term"),
        ("Ils ont été mis en examen pour « association de malfaiteurs » et, concernant Thomas Sauret, pour "
         "« fabrication et détention d’explosifs en bande organisée ».",
         "fabrication et détention d’explosifs en bande organisée", "term"),
        ("Météo France place la Corse en vigilance orange pour « orages et fortes précipitations ».",
         "orages et fortes précipitations", "term"),
        # NOT a charge whose source is named right after it: the prosecutor's wording, kept as a quote
        ("L'homme a été inculpé pour « tentative d'assassinat à caractère terroriste, tentative de meurtre » "
         "selon le parquet.", "tentative d'assassinat à caractère terroriste, tentative de meurtre", "partial"),
        ("L'homme a été inculpé pour « tentative d'assassinat à caractère terroriste, tentative de meurtre », a "
         "annoncé le parquet fédéral.", "tentative d'assassinat à caractère terroriste, tentative de meurtre",
         "partial"),
        # a name after an elided article: « l’ORTS », « l'Office de radio-télévision sarkozyenne »
        ("Cette réforme marque l’avènement de « l’ORTS » (« l’Office de radio-télévision sarkozyenne »), dit-il.",
         "l’ORTS", "term"),
        ("Cette réforme marque l’avènement de « l’ORTS » (« l’Office de radio-télévision sarkozyenne »), dit-il.",
         "l’Office de radio-télévision sarkozyenne", "term"),
        # NOT a purpose after a complaint: an infinitive, even negated
        ("Manuel Valls a décidé de porter plainte pour « ne pas laisser passer cet acte de violence ».",
         "ne pas laisser passer cet acte de violence", "partial"),
        # NOT after "pour" without a procedure: a purpose quoted
        ("Des mesures ont été prises par les banques pour « sécuriser les paiements ».", "sécuriser les paiements",
         "partial"),
        # an exclamation a reporting verb governs is said, not a name
        ("Le réalisateur, Bernard Stora, avait pourtant dit « Chiche ! » le 8 janvier dernier.", "Chiche !",
         "partial"),
        # NOT a title after its noun, even with a reporting verb above
        ("Le président a répondu à la pétition « Pour une baisse des prix du carburant ! » lancée par une "
         "automobiliste.", "Pour une baisse des prix du carburant !", "term"),
        # an incise opening on a pronominal verb's clitic
        ("« Déjà ! », s'exclame, goguenard, Franz-Olivier Giesbert, directeur du Point.", "Déjà !", "direct"),
        # charges after the passive "accusés de", and the ones listed after them
        ("Ils sont accusés de « violences sur personne dépositaire de l'autorité publique », « attroupement "
         "armé » et « rébellion ».", "attroupement armé", "term"),
        ("Ils sont accusés de « violences sur personne dépositaire de l'autorité publique » et « rébellion ».",
         "violences sur personne dépositaire de l'autorité publique", "term"),
        # NOT after the active "l'avait accusé de": the accuser's words; NOT a clause of its own
        ("Christine Angot l'avait accusé de « chantage au suicide ».", "chantage au suicide", "partial"),
        ("Elle est accusée de « ne pas respecter l’égalité devant la loi ».",
         "ne pas respecter l’égalité devant la loi", "partial"),
        # a group named after "membre des"; a translation after "littéralement"
        ("Jacqueline Moreau, membre des \"gilets jaunes libres\", affirme que la grève continue.",
         "gilets jaunes libres", "term"),
        ("Intitulé « The Emperor Has No Balls » (littéralement « L'empereur n'a pas de couilles »), le projet est "
         "une initiative du collectif Indecline.", "L'empereur n'a pas de couilles", "term"),
        # a word's meaning; a theme or a slogan named before it; a charge 80 characters after its procedure
        ("« Sindumuja » signifie « je ne suis pas esclave » et constituait le point d'orgue d'un discours.",
         "je ne suis pas esclave", "term"),
        ("Les bâtiments ont été décorés. Le thème de cette année était « Nous sommes une famille ».",
         "Nous sommes une famille", "term"),
        # the words a flag or a placard carries
        ("Vers 15h15, un drapeau « armée catholique de France, vive le roi », flotte au-dessus d'un groupe.",
         "armée catholique de France, vive le roi", "term"),
        ("Les manifestants brandissaient des pancartes « Macron démission » devant la préfecture.",
         "Macron démission", "term"),
        # NOT words about a flag after a comma, NOT "inscription" in the law
        ("Les manifestations ont vu apparaître des drapeaux tibétains, \"vous savez, celui du Tibet il y a un peu "
         "plus de cinquante ans\", selon les moines.", "vous savez, celui du Tibet il y a un peu plus de cinquante ans",
         "partial"),
        ("Elle est allée encore plus loin, en se disant favorable à une inscription « dans la loi » de toutes les "
         "garanties.", "dans la loi", "partial"),
        # a word or two quoted three times in one article is the journalist's label
        ("La « nounou » a été placée en garde à vue. Le concubin de la « nounou » aussi. La mère a appelé la "
         "« nounou » à plusieurs reprises.", "nounou", "term"),
        # NOT twice
        ("Le couple dénonce l'« immobilisme » du maire. Cet « immobilisme » coûte cher, selon eux.",
         "immobilisme", "partial"),
        # the predicate of a reported clause is the speaker's words, even a bare noun label
        ("Ingrid Betancourt a souligné que l'opération de mercredi était une « opération d'intelligence » militaire.",
         "opération d'intelligence", "partial"),
        # NOT after the verb "afficher"
        ("Pour Christophe Régnard, Rachida Dati affiche « un bilan très négatif, le plus mauvais de tous ».",
         "un bilan très négatif, le plus mauvais de tous", "partial"),
        ("Cette interpellation est en rapport avec une enquête préliminaire ouverte le 30 décembre 2016 par le "
         "parquet de Paris pour « association de malfaiteurs en relation avec une entreprise terroriste ».",
         "association de malfaiteurs en relation avec une entreprise terroriste", "term"),
        # NOT what people say on a theme
        ("Les pro-Kerviel glosent sur le thème « le pauvre, c'est une victime du système ».",
         "le pauvre, c'est une victime du système", "partial"),
        # an incise whose verb the tagger read as its homograph noun or adjective: the quote is direct
        ("« Ça change toutes les cinq minutes », plaisante un responsable.", "Ça change toutes les cinq minutes",
         "direct"),
        ("« Un excellent résultat », juge Jean-Paul Krief, délégué syndical national CGT, en particulier au regard "
         "des fortes pressions.", "Un excellent résultat", "direct"),
        # the objects of an infinitive a plan governs are labels of what is planned, not words said
        ("Edvige a prévu de répertorier le « comportement », les « déplacements », « l'environnement » de chacun.",
         "déplacements", "term"),
        ("Edvige a prévu de répertorier le « comportement », les « déplacements », « l'environnement » de chacun.",
         "l'environnement", "term"),
        # ... whatever their length
        ("A côté des données d'état civil, Edvige a prévu de répertorier le « comportement » et les « relations "
         "directes et non fortuites ».", "relations directes et non fortuites", "term"),
        # a name the journalist glosses ("sorte de …" after it or before it), and its intertitle
        ("Reste d'application immédiate la « surveillance de sûreté », sorte de contrôle judiciaire renforcé.",
         "surveillance de sûreté", "term"),
        ("Ils seront placés en « rétention », sorte de « prison après la prison » pour une période d'un an.",
         "prison après la prison", "term"),
        ("Le texte est voté.\n\n« SURVEILLANCE DE SÛRETÉ »\n\nReste d'application immédiate la « surveillance de "
         "sûreté », sorte de contrôle judiciaire renforcé.", "SURVEILLANCE DE SÛRETÉ", "term"),
        # NOT a request's own words: they are the asker's
        ("Le président a demandé à la ministre de « régler au plus vite » le problème du fichier.",
         "régler au plus vite", "partial"),
        # a clause's finite verb with a word of its own is said, not a name
        ("Il faut une autorité morale, et celle-ci « lui manque » à cause de son bilan, a-t-il déclaré.",
         "lui manque", "partial"),
        # the words of an act of speech a noun names: its complement is what was said
        ("La France a opté pour la modération : appels à la « retenue » avec les Tibétains.", "retenue", "partial"),
        ("C'est au lendemain de critiques de l'opposition sur son « silence assourdissant » que l'Elysée a réagi.",
         "silence assourdissant", "partial"),
        # NOT one word alone, a form held at a distance
        ("Il « cheminai[t] » dans la forêt depuis des heures quand les gendarmes l'ont trouvé.",
         "cheminai[t]", "term"),
        # a verb with its clitic object is a piece of a clause, not a name
        ("Les syndicats ont saisi le Conseil supérieur de la magistrature pour « l'alerter » sur la situation.",
         "l'alerter", "partial"),
        # "Pour X," with a name opening the sentence: a short quotation after it is X's wording; NOT one
        # word, a scare quote there too
        ("Pour François Rebsamen, numéro 2 du PS, elle a « toute légitimité » à l'être.", "toute légitimité",
         "partial"),
        ("Pour Jean-Michel Bezat, journaliste au Monde, les « élites » et la noblesse d'État ne peuvent pas dire "
         "ne pas avoir vu les signaux.", "élites", "term"),
        # a title whose participle the tagger read as a verb: an adjective on its noun, no clause
        ("\"Après avoir hésité, elle a choisi de dire oui\", selon la radio qui connaît bien Laurence Ferrari, "
         "puisqu'elle y présente chaque samedi depuis 2006 \"Le Journal inattendu\".", "Le Journal inattendu",
         "term"),
    ],
)
def test_short_quote_kind_over_parse(text, quote, kind):
    kinds = _kinds(text)
    assert (kind, quote) in kinds, kinds


# Incises found over the parse (a verb and its named subject, no inverted pronoun).
@needs_models
@pytest.mark.parametrize("text, expected", [
    # an incise cut out mid-sentence after three words or more: two quotes, as annotators keep them
    ("« La vraie question, résume Éric Charbonnier, est de savoir si l'on va diminuer le volume des cours. »",
     ["La vraie question", "est de savoir si l'on va diminuer le volume des cours."]),
    # the speaker's description in apposition runs to the full stop, out of the quote
    ("« Je trouve ce chantier très intéressant, explique Yves-Jean Thomas, président du principal syndicat des "
     "chefs d'établissement de l'enseignement catholique (Snceel). La conception du savoir imposé ne tient plus. »",
     ["Je trouve ce chantier très intéressant", "La conception du savoir imposé ne tient plus."]),
    ("« Voilà quinze ans qu'on dénigre les pédagogues, soupire Gabriel Cohn-Bendit, ancien responsable du lycée "
     "expérimental de Saint-Nazaire (Loire-Atlantique). Chez nous, on travaillait par groupes d'élèves. »",
     ["Voilà quinze ans qu'on dénigre les pédagogues", "Chez nous, on travaillait par groupes d'élèves."]),
    # NOT a participle without its auxiliary: it describes, the quote stays whole
    ("« Selon le décret, le fichier, appelé Edvige, contiendra des données sur les personnes de 13 ans et plus. »",
     ["Selon le décret, le fichier, appelé Edvige, contiendra des données sur les personnes de 13 ans et plus."]),
])
def test_an_incise_over_the_parse_splits_the_quote(text, expected):
    doc = prepare_document(text)
    assert [s.text for s in find_quote_spans(text, doc) if s.depth == 0] == expected


# Indirect claims: what must be found (a claim containing `claim`) and what must not.
@needs_models
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # reporting verb + infinitive complement
        ("De son côté, le club estime avoir bien agi dans cette affaire.", "avoir bien agi dans cette affaire"),
        # noun object that is itself a claim
        ("Le maire a nié mardi toute responsabilité dans l'attribution du marché.",
         "toute responsabilité dans l'attribution du marché"),
        # a que-clause that opens with a quote but goes on outside it
        ("La ministre a précisé qu'« un dispositif gratuit » existe déjà pour les familles.",
         "« un dispositif gratuit » existe déjà pour les familles"),
        # « Pour X, » with a title before the name, subject between the comma and the quote
        ("Pour le ministre de l'Intérieur Gérald Darmanin, cependant, les policiers « ont fait leur travail ».",
         "les policiers « ont fait leur travail »"),
        # renchérir que
        ("Il renchérit que la réforme est un échec complet.", "la réforme est un échec complet"),
        # "… et, selon X, Y": the source phrase speaks for the conjunct it opens
        ("Le parti n'a pu que constater son échec et, selon son président Paul Roy, la difficulté de passer "
         "à un parti de gouvernement.", "la difficulté de passer à un parti de gouvernement"),
        # an adverbial phrase between the verb and its que-clause, which the parser hung elsewhere
        ("La responsable socialiste a souligné de son côté que le dirigeant était « un exemple pour la paix ».",
         "le dirigeant était « un exemple pour la paix »"),
        # an infinitive of saying after "pour" still reports its que-clause
        ("Le député en a profité pour révéler qu'il avait employé deux de ses enfants.",
         "il avait employé deux de ses enfants"),
        # an infinitive copula clause the parser hung as an oblique
        ("Ce mercredi, une centaine de stations-service ont indiqué être en rupture de carburant.",
         "être en rupture de carburant"),
        # a reporting participle whose verb is cut off by a spelling change (annoncer -> annonçant)
        ("Le président a renoncé, au terme d'une semaine de négociations, annonçant même que le parti "
         "pourrait perdre beaucoup de sièges.", "le parti pourrait perdre beaucoup de sièges"),
        # a claim ends before a last source phrase ("…, selon un enregistrement")
        ("Le dirigeant a affirmé qu'il appréciait vivement le soutien de la candidate, selon un enregistrement "
         "obtenu par l'agence.", "il appréciait vivement le soutien de la candidate"),
        # a noun object carrying de + infinitive or a que-clause
        ("Le président a annoncé son intention de porter plainte contre les journaux.",
         "son intention de porter plainte contre les journaux"),
        ("La ministre a exprimé sa crainte que la situation ne se dégrade encore.",
         "sa crainte que la situation ne se dégrade encore"),
        # an attribute verb: the attribute and all that hangs on the verb after it
        ("Le député s'est dit prêt à renoncer à sa candidature s'il est mis en examen.",
         "prêt à renoncer à sa candidature s'il est mis en examen"),
        ("Les syndicats s'affirment « prêts » à suspendre le mouvement dès lundi.",
         "« prêts » à suspendre le mouvement dès lundi"),
        # a claim opening on a quotation keeps its opening mark
        ("Le représentant a annoncé que « la transmission du virus » était terminée dans le pays.",
         "« la transmission du virus » était terminée dans le pays"),
        # an incise after the claim, its subject misread by the parser (an adjunct's apposition, an
        # object), with or without a partial quotation closing the claim
        ("La réforme sera votée avant l'été, estime pour sa part Paul Girard, professeur de droit public.",
         "La réforme sera votée avant l'été"),
        ("Sur ce point, la baisse ne « devrait pas durer au-delà de l'hiver », estime Claire Morel.",
         "la baisse ne « devrait pas durer au-delà de l'hiver »"),
        ("C'est « sans doute une fuite de gaz » qui a provoqué l'explosion, précise encore la mairie.",
         "C'est « sans doute une fuite de gaz » qui a provoqué l'explosion"),
        ("L'usine, qui emploie trois cents salariés, a ensuite fermé ses portes, conclut le syndicat.",
         "L'usine, qui emploie trois cents salariés, a ensuite fermé ses portes"),
        # a bare infinitive the parser hung as an adverbial after adjuncts
        ("Le maire a assuré au journal de 20 heures, ce lundi 3 mars, être prêt à démissionner s'il est "
         "condamné.", "être prêt à démissionner s'il est condamné"),
        # `, selon X,` inside the clause speaks for all of it, on both sides
        ("Le bilan, selon la préfecture, s'élève à douze morts.", "Le bilan, selon la préfecture, s'élève à douze morts"),
        ("Les habitants, selon plusieurs témoins, sont obligés de quitter leurs maisons avant la nuit.",
         "Les habitants, selon plusieurs témoins, sont obligés de quitter leurs maisons avant la nuit"),
        # ... also when the parser hangs what follows the phrase's closing comma on the source
        ("Ceci serait cependant, selon la mère du suspect, « une légende familiale ».",
         "Ceci serait cependant, selon la mère du suspect, « une légende familiale »"),
        ("Cette révélation avait été, selon Me Meyer, \"l'argument pour envoyer Kerviel en prison\".",
         "Cette révélation avait été, selon Me Meyer, \"l'argument pour envoyer Kerviel en prison\""),
        # a closing incise followed by what went with the act of speaking ("sans préciser où …")
        ("Les enquêteurs ont mis la main sur 176 armes à feu et 3.504 kg d'explosifs, a-t-il dit, sans préciser "
         "où les saisies avaient été opérées.", "Les enquêteurs ont mis la main sur 176 armes à feu et 3.504 kg "
         "d'explosifs"),
        # an object and its adjective attribute after juger: what the subject holds of it
        ("Un proche du chef spirituel des Tibétains a jugé \"infondées\" les accusations chinoises.",
         "\"infondées\" les accusations chinoises"),
        ("Les syndicats ont jugé insuffisantes les propositions du gouvernement.",
         "insuffisantes les propositions du gouvernement"),
        ("Ils jugeaient le texte trop proche de la réforme précédente.", "le texte trop proche de la réforme précédente"),
        # a noun's de-complement right after the claim, hung by the parser on the reporting verb
        ("Ce lundi, 70 stations-service ont indiqué être en rupture d’au moins un produit.",
         "être en rupture d’au moins un produit"),
        # a call on someone named outside the marks, the action quoted
        ("Le ministère termine sur une note plus conciliante, puisqu'il appelle la France à \"corriger ses erreurs "
         "afin de permettre aux relations de se maintenir\".",
         "la France à \"corriger ses erreurs afin de permettre aux relations de se maintenir\""),
        # a call on someone by people who speak for others
        ("Les représentants du dalaï-lama ont appelé Pékin à autoriser l'envoi d'une mission d'enquête au Tibet.",
         "Pékin à autoriser l'envoi d'une mission d'enquête au Tibet"),
        # a que-clause past an addressee and adjuncts set off by commas, hung by the parser on the verb
        ("La mère a expliqué mardi aux enquêteurs, dès son retour à Marseille, que l'amie à qui elle avait "
         "confié son fils ne lui avait pas dit que le garçon avait disparu.",
         "l'amie à qui elle avait confié son fils ne lui avait pas dit que le garçon avait disparu"),
        # an incise's claim beside a clause of contrast after it, and that clause's own report
        ("Les premiers aveux du suspect « n'avaient aucun sens », précise-t-elle, tandis qu'une autre source a "
         "suggéré que des chefs d'inculpation larges avaient été choisis par précaution.",
         "Les premiers aveux du suspect « n'avaient aucun sens »"),
        ("Les premiers aveux du suspect « n'avaient aucun sens », précise-t-elle, tandis qu'une autre source a "
         "suggéré que des chefs d'inculpation larges avaient été choisis par précaution.",
         "des chefs d'inculpation larges avaient été choisis par précaution"),
        # "selon lesquelles": the relative clause is the claim
        ("Les rumeurs selon lesquelles son départ serait dû à des pressions politiques se multiplient.",
         "son départ serait dû à des pressions politiques"),
        # a colon opening a quotation ends the claim; the quotation is a direct quote of its own
        ("Le ministre a expliqué que la réforme serait votée avant le mois de mars : « nous tiendrons le "
         "calendrier », a-t-il ajouté.", "la réforme serait votée avant le mois de mars"),
        # de + a copula: the noun after être heads the clause
        ("Plusieurs capitales ont aussitôt accusé le gouvernement d'être à l'origine du bombardement.",
         "le gouvernement d'être à l'origine du bombardement"),
        # de + infinitive set off from the verb by an adjunct between commas
        ("Les syndicats insistent sur la nécessité, avant toute chose, de rouvrir les négociations.",
         "de rouvrir les négociations"),
        # a claim closing on a quotation keeps its closing mark
        ("Le quotidien estime qu'ils « relèvent d'une surenchère politique inédite ».",
         "ils « relèvent d'une surenchère politique inédite »"),
        # an absolute clause after the que-clause goes on with the claim
        ("La préfecture précise que les quartiers concernés sont ceux où le réseau est géré par la ville, "
         "ceux relevant des opérateurs privés étant épargnés.", "ceux relevant des opérateurs privés étant épargnés"),
        # a quoted clause of the speaker's that ends the sentence goes on with the claim, wherever the
        # parser hung it
        ("La ministre estime avoir résisté aux pressions pendant ces années « parce que j'avais les épaules "
         "pour cela ».", "pendant ces années « parce que j'avais les épaules"),
        # a listed verb phrase is a cue
        ("Le maire a laissé entendre que la réforme serait retirée avant l'été.",
         "la réforme serait retirée avant l'été"),
        # an infinitive copula on a pronoun ("n'y être pour rien") is a claim, also after a gerund cue
        ("« Il n'y a entre nous aucun lien d'intérêt », ajoute-t-il, tout en disant n'y être pour rien dans la "
         "conclusion des contrats.", "n'y être pour rien dans la conclusion des contrats"),
        # a one-word subject after "Selon X," is the clause's, not an apposition
        ("Selon le maire, Lyon, la plus grande ville de la région, sera touchée demain.",
         "Lyon, la plus grande ville de la région, sera touchée demain"),
        # a quoted infinitive complement that an unquoted one continues: one claim over both
        ("La mairie a expliqué avoir été « contrainte de recourir à la force publique » et avoir dû "
         "redéployer ses effectifs dans la nuit.",
         "avoir été « contrainte de recourir à la force publique » et avoir dû redéployer"),
        # "Pour X," with X a role noun the NER does not tag: X's view
        ("Quatre personnes ont été arrêtées. Pour le procureur fédéral, plus de 3 millions d'euros auraient été "
         "volés dans les cinq grandes banques belges.", "plus de 3 millions d'euros auraient été volés"),
        ("Pour un proche du dossier, la décision du ministre est déjà prise.", "la décision du ministre est déjà prise"),
        # ... while a noun carrying a de-infinitive after a verb of saying stays a claim
        ("Le ministre a insisté sur la nécessité de parvenir à un accord.", "la nécessité de parvenir à un accord"),
        # a quotation cut inside the source's clause, which goes on outside the marks, is a claim
        ("« Différentes armes ont été découvertes dans le coffre » de sa voiture, selon le parquet.",
         "« Différentes armes ont été découvertes dans le coffre » de sa voiture"),
        # a clause whose subject and verb stand outside the marks is a claim, to the closing mark of a
        # quotation that runs past the sentence's end
        ("Selon Daniel Vaillant, il n'est « pas question d'arriver à une comptabilisation incontestée (…) On n'a pas "
         "refait les totaux, on n'est pas là en comptables ».",
         "il n'est « pas question d'arriver à une comptabilisation incontestée (…) On n'a pas refait les totaux, on "
         "n'est pas là en comptables »"),
        # NOT a source's apposition before a quotation that runs past the sentence's end
        # (see test_indirect_claims_not_found)
        # "redire son souhait que …"
        ("Ségolène Royal, à Poitiers, a redit son souhait que le PS organise un nouveau scrutin pour trancher le litige.",
         "le PS organise un nouveau scrutin"),
        # a sentence closed by an incise and an adjunct after it ("sans plus de précision"), with or
        # without a partial quotation in it
        ("Elle a parlé d'une stratégie différente. Cette nouvelle stratégie a été le fruit d'une réflexion commune, "
         "a-t-elle ajouté, sans plus de précision.", "Cette nouvelle stratégie a été le fruit d'une réflexion commune"),
        ("Elle a parlé d'une stratégie différente. Cette nouvelle stratégie a été « le fruit d'une réflexion "
         "commune », a-t-elle ajouté, sans plus de précision.",
         "Cette nouvelle stratégie a été « le fruit d'une réflexion commune »"),
        # "se dire persuadé que" (its feminine "dite" sent to the parser too)
        ("Ingrid Betancourt s'est dite samedi persuadée que le commandant Enrique n'avait pas été acheté.",
         "le commandant Enrique n'avait pas été acheté"),
        # a que-clause after the addressee, which the parser read as a relative clause on it
        ("Il a annoncé aux téléspectateurs qu'il reviendrait lundi.", "il reviendrait lundi"),
        ("Il a terminé son journal en annonçant aux téléspectateurs qu'il « aurait le plaisir de les retrouver lundi ».",
         "il « aurait le plaisir de les retrouver lundi »"),
        # a quotation opening the clause, then words of the journalist's that go on: a claim
        ("« Je crois de moins en moins » à la volonté du gouvernement chinois de négocier sérieusement, a déclaré le "
         "dalaï lama.", "« Je crois de moins en moins » à la volonté du gouvernement chinois"),
        # a que-clause opening on a quotation whose first words the parser hung on the reporting verb
        ("Vers 9h30, le porte-parole du gouvernement Benjamin Griveaux affirme que « si on ne trouve pas de "
         "solution, on renoncera » à la hausse des taxes.",
         "« si on ne trouve pas de solution, on renoncera » à la hausse des taxes"),
        # "se dire contre X": a stance taken is the attribute
        ("Eric Zemmour s'est dit cependant contre le référendum révocatoire, typique de l'extrême gauche.",
         "contre le référendum révocatoire, typique de l'extrême gauche"),
        # a bare copula whose attribute the parser hung on the reporting verb
        ("Nadine Morano, la nouvelle secrétaire d’État à la famille, s’est même faite plus précise en réaffirmant "
         "être, à titre personnel, en faveur de la création d’une commission nationale d’euthanasie.",
         "être, à titre personnel, en faveur de la création d’une commission nationale d’euthanasie"),
    ],
)
def test_indirect_claims_found(text, claim):
    claims = [t for k, t in _kinds(text) if k == "indirect"]
    assert any(claim in c or c in claim and len(c) > 0.6 * len(claim) for c in claims), claims


# A day before an infinitive claim dates the report; inside a que-clause it is the claim's own word.
@needs_models
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("La nourrice aurait avoué à la mère dimanche ou lundi avoir perdu l'enfant.", "avoir perdu l'enfant"),
        ("Le ministre a assuré que lundi serait un jour de deuil national.", "lundi serait un jour de deuil national"),
    ],
)
def test_claim_edges_around_a_day(text, claim):
    assert [t for k, t in _kinds(text) if k == "indirect"] == [claim]


# Another act of the speaker after the claim ends it: a gerund coordinated with "et en" (a claim of its
# own when its verb reports), one after ", tout en" whatever its verb.
@needs_models
@pytest.mark.parametrize(
    ("text", "claim", "not_in_it"),
    [
        ("Le présentateur évincé de TF1, Patrick Poivre d'Arvor, a salué avec émotion jeudi soir ses télespectateurs, "
         "en assurant que « nul ne pourrait défaire » les liens tissés entre eux et en promettant de les retrouver "
         "« très vite », à la fin de son dernier JT sur la chaîne privée.",
         "« nul ne pourrait défaire » les liens tissés entre eux", "promettant"),
        ("Le présentateur a estimé qu'il n'y avait « aucun fait objectif » pouvant l'expliquer, tout en se refusant à "
         "« commenter les rumeurs ».",
         "il n'y avait « aucun fait objectif » pouvant l'expliquer", "refusant"),
    ],
)
def test_claim_ends_before_another_act_of_the_speaker(text, claim, not_in_it):
    claims = [t for k, t in _kinds(text) if k == "indirect"]
    assert claim in claims and not any(not_in_it in c for c in claims), claims


# The clause after "Selon X," / "Pour X,": past the apposition of a person (a name, a role), but a
# person's name after a document or a body is the clause's subject, while a body's own name is its
# apposition.
@needs_models
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Pour Jean-Michel Bezat, journaliste au Monde, les élites ne peuvent ignorer les signaux d'alarme.",
         "les élites ne peuvent ignorer les signaux d'alarme"),
        ("Selon une étude publiée par la revue Nature, François Hammer et son équipe sont parvenus à cette "
         "conclusion.", "François Hammer et son équipe sont parvenus à cette conclusion"),
        ("Selon l'organisation, Amnesty International, les arrestations se multiplient dans le pays.",
         "les arrestations se multiplient dans le pays"),
        # a time before the source phrase; a participle of the source's; a role with its article
        ("Vers 14h15, selon une enquête du Syndicat des Indépendants, 83 % des artisans approuvent le mouvement.",
         "83 % des artisans approuvent le mouvement"),
        ("Vers 7h40, selon le sondage Bva, réalisé du 26 novembre au 6 décembre, 7 Français sur 10 jugent "
         "négativement la politique du gouvernement.", "7 Français sur 10 jugent négativement la politique du gouvernement"),
        ("D'après Luc Escoda, le secrétaire régional du syndicat Alliance, l'individu interpellé ferait une fixation "
         "sur la France.", "l'individu interpellé ferait une fixation sur la France"),
        # NOT an apposition: the clause's subject right after the comma
        ("Selon Paul Roy, le ministre a menti aux députés pendant la séance.", "le ministre a menti aux députés pendant la séance"),
    ],
)
def test_claim_after_a_source_and_its_apposition(text, claim):
    assert [t for k, t in _kinds(text) if k == "indirect"] == [claim]


# The same when the parser hangs the clause's subject on the source as a second apposition: only the
# first apposition is the source's.
_SECOND_APPOS = [
    ("Selon", "selon", "ADP", 2, "case"), ("Paul", "Paul", "PROPN", 11, "obl"), ("Roy", "Roy", "PROPN", 2, "flat:name"),
    (",", ",", "PUNCT", 5, "punct"), ("journaliste", "journaliste", "NOUN", 2, "appos"),
    ("économique", "économique", "ADJ", 5, "amod"), (",", ",", "PUNCT", 9, "punct"),
    ("les", "le", "DET", 9, "det"), ("élites", "élite", "NOUN", 2, "appos"),
    ("ne", "ne", "ADV", 11, "advmod"), ("ignorent", "ignorer", "VERB", 0, "root"), ("plus", "plus", "ADV", 11, "advmod"),
    ("le", "le", "DET", 14, "det"), ("signal", "signal", "NOUN", 11, "obj"), (".", ".", "PUNCT", 11, "punct"),
]


# A person's name after a document is the clause's subject, even hung on the document as apposition.
_DOCUMENT_THEN_NAME = [
    ("Selon", "selon", "ADP", 3, "case"), ("le", "le", "DET", 3, "det"), ("rapport", "rapport", "NOUN", 14, "obl:mod"),
    (",", ",", "PUNCT", 5, "punct"), ("Paul", "Paul", "PROPN", 3, "appos", "_", "B-PER"),
    ("Roy", "Roy", "PROPN", 5, "flat:name", "_", "E-PER"), (",", ",", "PUNCT", 8, "punct"),
    ("chercheur", "chercheur", "NOUN", 5, "appos"), (",", ",", "PUNCT", 12, "punct"), ("et", "et", "CCONJ", 12, "cc"),
    ("son", "son", "DET", 12, "det"), ("équipe", "équipe", "NOUN", 5, "conj"),
    ("sont", "être", "AUX", 14, "aux"), ("parvenus", "parvenir", "VERB", 0, "root"), ("à", "à", "ADP", 17, "case"),
    ("cette", "ce", "DET", 17, "det"), ("conclusion", "conclusion", "NOUN", 14, "obl"), (".", ".", "PUNCT", 14, "punct"),
]


@pytest.mark.parametrize(("rows", "expected"), [
    (_SECOND_APPOS, ["les élites ne ignorent plus le signal"]),
    (_DOCUMENT_THEN_NAME, ["Paul Roy , chercheur , et son équipe sont parvenus à cette conclusion"]),
], ids=["only-the-first-apposition", "name-after-a-document"])
def test_source_phrase_over_a_hand_parse(rows, expected):
    assert [c.text for c in _hand_claims(rows)] == expected


# A claim whose last word the parser left inside a quotation ending with its own final punctuation
# goes on to the closing mark.
@needs_models
def test_claim_ends_with_the_quotation_it_runs_into():
    text = ("Patrick Poivre d'Arvor estime également avoir résisté aux pressions lors de ces années à la tête du "
            "journal « parce que j'ai les épaules et parce que je suis patron de mon journal. »")
    claims = [t for k, t in _kinds(text) if k == "indirect"]
    assert claims and claims[0].startswith("avoir résisté") and claims[0].endswith("journal. »"), claims


@needs_models
@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        # "pour avoir …" is a cause, not a source or a claim
        ("L'entreprise est accusée de « favoritisme » pour avoir choisi un prestataire sans appel d'offres.",
         "pour avoir choisi"),
        # a relative clause inside a passive qualifying construction is not reported content
        ("Qualifié de journal qui « a cédé » par le directeur de la rédaction, le quotidien s'est défendu.",
         "qui « a cédé »"),
        # the incise of a direct quote is not an inverted claim
        ("« Nous avons réagi aussitôt », affirme la direction.", "Nous avons réagi aussitôt"),
        # a verb after a comma is no incise when its subject stands before it, when it is a participle
        # of the sentence's subject, or when what precedes the comma is no clause
        ("Les avocats du prévenu, ainsi que sa famille, ont contesté le soir même ces accusations.",
         "Les avocats du prévenu"),
        ("Paul Girard souhaite « bon courage » à son rival, reconnaissant ainsi sa défaite.", "Paul Girard souhaite"),
        ("À Berlin, le ministre des Affaires étrangères, Karl Weber, a salué cette décision.", "À Berlin"),
        # a clause of contrast after an incise is not the incise verb's content
        ("Les premiers aveux du suspect « n'avaient aucun sens », précise-t-elle, tandis qu'une autre source a "
         "suggéré que des chefs d'inculpation larges avaient été choisis par précaution.", "tandis"),
        # the apposition of a source before a quotation that runs past the sentence's end is no claim
        ("Ainsi, selon Augustin de Livois, président de l'IPSN (Institut pour la protection de la santé naturelle), "
         "« [la] tentation du gouvernement va être de rendre obligatoire les six vaccins. La question des vaccins "
         "pourrait alors devenir un enjeu électoral. ».", "président de l'IPSN"),
        # another one's report coordinated with "et" is no part of the first claim, nor a claim of the first
        ("Ségolène Royal (PS) a estimé qu'il n'était « plus temps de tergiverser » et François Bayrou a dénoncé la "
         "politique « massivement erronée » de Nicolas Sarkozy.", "François Bayrou"),
        # a plan is no claim ("prévoir de", like "espérer de"): what a report or a file plans to do
        ("Le rapport prévoit aussi d'élargir le droit de recourir à la procédure collégiale.", "élargir le droit"),
        # what someone did NOT say is no claim of theirs
        ("La voisine ne lui avait pas dit que le garçon avait disparu depuis trois jours.", "le garçon avait disparu"),
        ("Le ministre n'a jamais affirmé que la réforme serait votée avant l'été.", "la réforme serait votée"),
        # the relative clause after the source of `, selon X,` is the journalist's
        ("Trois suspects ont été placés en garde à vue, selon une source judiciaire, qui a précisé les faits.",
         "qui a précisé"),
        ("Le ministre a expliqué que la réforme serait votée avant le mois de mars : « nous tiendrons le "
         "calendrier », a-t-il ajouté.", "nous tiendrons"),
        # a journalist's sentence ending on a quoted reason is not the incise's claim
        ("Il y parle de cuisine à Lyon comme à Marseille, parce que « la gastronomie se décentralise », "
         "écrivait-il dans son premier billet.", "Il y parle de cuisine"),
        # "pour s'assurer que": a purpose, not a report
        ("Il a téléphoné à la mairie pour s'assurer que la salle était libre ce soir-là.", "la salle était libre"),
        # restrictive ne … que ("only"): no que-clause follows
        ("Le syndicat mixte n'a confirmé que le blocage de l'usine d'Ivry depuis le 30 mai.", "le blocage"),
        ("Le ramassage des ordures n'est plus assuré que dans un arrondissement sur deux.", "arrondissement"),
        # "nommé d'après X" is "named after", not "according to"
        ("Le projet de loi est nommé d'après un militant de la démocratie, Jean Soral.", "projet de loi"),
        # a comma-separated description of the speaker after an incise is not what was said
        ("« Nous attendions tranquillement », a indiqué Marie Dupuis, vêtue d'un treillis militaire.", "vêtue"),
        # the source of a report, not a claim of its own
        ("« La sénatrice est une amie de notre pays », a déclaré le Premier ministre Paul Ardan, selon un "
         "communiqué.", "a déclaré"),
        # the speaker's own reporting participle after a comma is not part of the claim
        ("Le dirigeant a affirmé qu'il appréciait le soutien de la candidate, ajoutant qu'il la recevrait "
         "bientôt.", "ajoutant"),
        # a noun object is not a claim because a verb hangs on it (a thing announced, not a proposition)
        ("Le ministre a annoncé un plan qui doit relancer l'économie du pays.", "un plan"),
        ("Le maire a annoncé la construction de logements sociaux près de la gare.", "la construction"),
        # an attribute verb without an attribute, or taking a role, reports nothing
        ("Un incendie s'est déclaré au bar de la gare lors d'une fête d'anniversaire.", "au bar"),
        ("Le joueur s'est affirmé comme le meilleur attaquant de sa génération.", "comme le meilleur"),
        # a source marker inside a word ("pourtant") is no source
        ("Pourtant, la direction a maintenu le calendrier prévu pour la rentrée.", "la direction"),
        # a gerund tells how the speaker spoke, it is not part of what was denied
        ("Le groupe a démenti toute responsabilité dans l'incendie en accusant ses concurrents.", "en accusant"),
        # past a semicolon after the quotation, the journalist's own text
        ("Le rapport précise : « Nous avons trouvé des traces de plomb dans ces prélèvements » ; ces "
         "prélèvements se composent de sol, d'eau et de poussière.", "se composent"),
        # the name in apposition to the source of "Selon X," is not part of the claim
        ("Selon le porte-parole du gouvernement, Paul Girard, la réforme sera votée avant l'été.", "Paul Girard"),
        ("Selon le président du comité d'organisation, Christophe Borgel, « nous serons à la clôture entre 1,7 et "
         "2 millions de votants », tandis que le premier tour avait réuni 1,6 million de votants.", "Borgel"),
        # ne … que before a present participle: "only", and a participle heads no que-clause
        ("Le Syctom, quant à lui, n'a confirmé que le blocage de l'usine de Vitry, qui dure depuis le 30 mai, "
         "reconnaissant cependant que le mouvement avait tendance à s'étendre.", "le blocage"),
        # a quotation in the next sentence does not extend the claim
        ("Le maire estime que la ville a bien réagi face aux inondations. « Nous étions prêts », dit-il.",
         "Nous étions prêts"),
        # a request's infinitive hung on its addressee is no claim ("demander à X de …")
        ("La préfecture a demandé aux riverains de rester chez eux.", "rester chez eux"),
        # "continuer à" + infinitive: keeps doing, says nothing
        ("Évincé de l'antenne, le présentateur a continué pendant plus d'un mois à présenter son journal.",
         "présenter son journal"),
        # "Pour X," with X whom something is for, not whose view it is
        ("Pour les victimes, une cellule d'aide psychologique a été ouverte à la mairie.", "une cellule"),
        # "ne peuvent pas dire": a negated modal denies the report
        ("Les élites ne peuvent pas dire ne pas avoir vu les signaux d'alarme depuis des années.", "ne pas avoir vu"),
        # a fact explains or shows, nobody reports: a demonstrative subject, or a relative on one
        ("Ce qui pourrait expliquer le fait qu'elle ne se soit pas présentée aux autorités.", "présentée"),
        ("Cela montre que le gouvernement a échoué dans sa mission.", "le gouvernement a échoué"),
        # "reconnaître" a person is recognising, not admitting: no claim as a noun
        ("Interrogée dimanche, elle a reconnu le fils de sa cousine sur la photo.", "le fils"),
        # a verb of praise or blame takes no infinitive: one after it is its object's ("la décision de X de …")
        ("Des alliés occidentaux ont salué lundi la décision de Barack Obama de choisir son ancienne rivale pour "
         "diriger la diplomatie.", "choisir"),
        ("Il dénonce le refus du président de l'Assemblée de faire amender le texte.", "faire amender"),
        # "Pour X, « … », très organisés": the quotation is the utterance, no claim doubles it
        ("Pour le président du Centre d'analyse du terrorisme, Jean-Charles Brisard, « on est face à des individus "
         "déterminés, radicalisés et surtout avec un projet d'attentat très avancé », très organisés.", "on est face"),
        # an attribute of belief reports its que-clause, not the belief
        ("Le ministre s'est dit convaincu que la réforme passera.", "convaincu"),
        ("Elle s'est déclarée certaine qu'il reviendrait bientôt.", "certaine"),
        # a relative clause on the addressee, with its subject after its verb or its participle agreeing
        # with the "que" before it, is no que-clause
        ("Il veut répondre aux grandes transformations que connaît le monde aujourd'hui.", "connaît le monde"),
        ("Il a écrit aux élèves qu'il avait rencontrés l'an dernier.", "il avait rencontrés"),
        # what "comme il l'avait promis" promises is what the main verb reports: one claim, not the sentence
        ("Comme il l'avait promis le mois dernier, le chef de l'Etat a confirmé que le plan passerait de 7 à 25 "
         "bassins d'emploi.", "a confirmé"),
        # the speaker's own first person before an incise: misplaced marks, no claim
        ("Je le « démontrerai », a-t-il conclu, ajoutant avoir le sentiment d'être traité à part.", "Je le"),
        # a quotation and its source set off by dashes: the quoted words are the source's, not the sentence
        ("Elle comprenait en outre - « à titre personnel » selon M. Leonetti - les députés Gaëtan Gorce et Olivier "
         "Jardé.", "Elle comprenait"),
        # a past participle after a name, no agent: who he is said to be, by nobody named
        ("La justice se prononcera ce matin sur la mise en liberté du trader Jérôme Kerviel, accusé d'avoir fait "
         "perdre 4,9 milliards d'euros à la Société générale.", "4,9 milliards"),
        # "maintenir en détention": to keep, not to maintain that
        ("La cour d'appel doit décider mardi si elle remet en liberté ou maintient en détention provisoire Jérôme "
         "Kerviel, trader de la Société Générale soupçonné de falsifications.", "Société Générale"),
        # NOT the sentence's closing incise as a second clause of the verb before it
        ("La mère a affirmé qu'elle était partie en Algérie, a déclaré le procureur Jacques Dallest.",
         "a déclaré le procureur"),
        # NOT a que-clause opening on a compound conjunction ("une fois que"), NOT what one sees in a place
        ("Les images montrent des essais de matériel qui doivent permettre aux militaires d'immobiliser les membres "
         "des Farc, une fois qu'ils seront montés à bord des hélicoptères.", "une fois"),
        ("La quatrième partie commence par un plan sur la chemise d'un des militaires, où l'on reconnaît le visage "
         "du Che Guevara, une image qui a marqué Ingrid Betancourt.", "le visage"),
        # NOT the adjective "précise" after its noun, which the tagger read as the verb
        ("Le délit d'initié ne peut être retenu que dans le cas où une information précise encore confidentielle, "
         "portant sur les perspectives de la société, est utilisée par un dirigeant.", "confidentielle"),
        # NOT a quotation and the journalist's words after it before an incise: no clause outside the marks
        ("La taxe, les chaînes privées n'en veulent pas. « Nous avons été stupéfaits » par cette annonce, indique la "
         "lettre, signée du DG de TF1.", "par cette annonce"),
        # NOT a relative clause after "pour X,": no clause is said
        ("La révélation tombe au plus mauvais moment. Et pour l'ensemble des banques françaises, qui cherchent à "
         "regagner la confiance des investisseurs depuis l'annonce du plan de garantie de l'Etat.", "regagner"),
        # "le temps de" + infinitive: how long, not what was confided
        ("Il y a deux semaines, la jeune femme avait confié la garde du garçon à une amie, Naïma, le temps d'aller "
         "en Algérie au chevet de sa propre mère, malade.", "le temps d'aller"),
        # NOT a claim of an aim ("avec pour objectif de …") after a verb whose object is an act announced
        ("Il a annoncé hier l'organisation d'une réunion de parlementaires avec pour objectif de déposer une "
         "nouvelle proposition de loi.", "objectif de déposer"),
        # NOT an object and attribute: juger without an adjective (a trial), a past participle
        # without auxiliary (a description), nor the noun "le juge"
        ("Le tribunal a jugé l'affaire en appel la semaine dernière à Lyon.", "l'affaire en appel"),
        ("Les propos jugés inacceptables par la direction ont été retirés du site du journal.", "inacceptables"),
        ("Le juge a trouvé le dossier très incomplet et a renvoyé l'audience.", "le dossier très incomplet"),
        # NOT a claim after a closing incise and a prepositional phrase between commas: the que-clause
        # after them is the verb's
        ("La mère du garçon trouvé seul à Marseille il y a deux semaines, a expliqué mardi aux enquêteurs, dès son "
         "retour à Marseille, que l'amie ne lui avait rien dit.", "La mère du garçon"),
    ],
)
def test_indirect_claims_not_found(text, not_claim):
    claims = [t for k, t in _kinds(text) if k == "indirect"]
    assert not any(not_claim in c for c in claims), claims


# A question put to the one asked reports nobody's words (interviews); the interviewee's answer does.
@needs_models
@pytest.mark.parametrize(("text", "claim", "found"), [
    ("Pensez-vous que la réforme sera adoptée avant l'été ?", "la réforme sera adoptée", False),
    ("Comment expliquez-vous que le chômage augmente encore ?", "le chômage augmente", False),
    ("Le ministre a affirmé que la réforme serait adoptée avant l'été.", "la réforme serait adoptée", True),
    # NOT a question of the journalist's about what someone said: that report stands
    ("Le ministre a-t-il affirmé que la réforme serait adoptée ?", "la réforme serait adoptée", True),
])
def test_a_question_to_the_one_asked_is_no_claim(text, claim, found):
    claims = [t for k, t in _kinds(text) if k == "indirect"]
    assert any(claim in c for c in claims) == found, claims


# « X : claim »: a named person or organisation before the colon introduces a claim; a topic does not,
# and a quotation right after the colon stays a direct quote.
@needs_models
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Macron : la réforme des retraites ira à son terme.",
         {("indirect", "la réforme des retraites ira à son terme")}),
        ("Guerre en Ukraine : les Américains seront associés aux travaux.", set()),
        ("Emmanuel Macron : « Nous irons jusqu'au bout ».", {("direct", "Nous irons jusqu'au bout")}),
    ],
)
def test_colon_source_claims(text, expected):
    assert _kinds(text) == expected


@needs_models
def test_adjectival_participle_is_not_a_report():
    # "reconnue coupable" qualifies the noun: the only claim is the one "selon le projet" attributes
    text = "Selon le projet, toute personne reconnue coupable d'avoir aidé des migrants est passible de prison."
    claims = [t for k, t in _kinds(text) if k == "indirect"]
    assert claims == ["toute personne reconnue coupable d'avoir aidé des migrants est passible de prison"]


@needs_models
def test_coordinated_infinitives_are_one_claim():
    claims = [t for k, t in _kinds("Le maire a expliqué avoir reçu les syndicats lundi et avoir refusé toutes "
                                   "leurs demandes.") if k == "indirect"]
    assert claims == ["avoir reçu les syndicats lundi et avoir refusé toutes leurs demandes"], claims


@needs_models
def test_one_clause_two_cues_gives_one_claim():
    text = ("« Je n'ai rien ressenti », a ajouté l'ancienne otage soulignant que ce guérillero l'avait humiliée "
            "à de nombreuses reprises.")
    claims = [t for k, t in _kinds(text) if k == "indirect" and "guérillero" in t]
    assert len(claims) == 1, claims


# The journalist's formulas to the reader report no one; the same verbs with a speaker do.
@needs_models
@pytest.mark.parametrize(("text", "claim"), [
    ("Rappelons que le premier cas connu du virus est apparu en Guinée en 2013.", None),
    ("À noter que le marché des cosmétiques a augmenté de 12 % cette année.", None),
    # NOT formulas: a subject, even "nous", and a plain infinitive complement
    ("Le ministre a rappelé que le virus est apparu en Guinée en 2013.", "le virus est apparu en Guinée en 2013"),
    ("Nous rappelons que le virus est apparu en Guinée, a-t-il dit.", "le virus est apparu en Guinée"),
    ("Il tient à rappeler que le virus est apparu en Guinée.", "le virus est apparu en Guinée"),
], ids=["rappelons", "a-noter", "subject", "nous", "tient-a-rappeler"])
def test_formulas_to_the_reader_are_no_claims(text, claim):
    claims = [t for kind, t in _kinds(text) if kind == "indirect"]
    assert claims == ([claim] if claim else [])


def _object_then_que(comma: bool, rel: str, obj_after: bool) -> list[tuple]:
    """`Le syndicat a dénoncé le gouvernement[,] qu'il accuse [le ministre] de mentir.`, the que-clause
    hung by the parser on the cue verb as `rel` (a misread relative pronoun when it follows the comma)."""
    rows = [("Le", "le", "DET", 2, "det"), ("syndicat", "syndicat", "NOUN", 4, "nsubj"),
            ("a", "avoir", "AUX", 4, "aux"), ("dénoncé", "dénoncer", "VERB", 0, "root"),
            ("le", "le", "DET", 6, "det"), ("gouvernement", "gouvernement", "NOUN", 4, "obj")]
    if comma:
        rows.append((",", ",", "PUNCT", 10, "punct"))
    v = len(rows) + 3
    rows += [("qu'", "que", "SCONJ", v, "mark"), ("il", "il", "PRON", v, "nsubj"), ("accuse", "accuser", "VERB", 4, rel)]
    if obj_after:
        rows += [("le", "le", "DET", v + 2, "det"), ("ministre", "ministre", "NOUN", v, "obj")]
    n = len(rows)
    return rows + [("de", "de", "ADP", n + 2, "mark"), ("mentir", "mentir", "VERB", v, "xcomp"),
                   (".", ".", "PUNCT", 4, "punct")]


@pytest.mark.parametrize(("rows", "is_claim"), [
    # NOT a claim of "dénoncer": "qu'" after the object's comma stands for the object (advcl or conj)
    (_object_then_que(True, "advcl", False), False),
    (_object_then_que(True, "conj", False), False),
    # without the comma the que-clause is the verb's complement ("a prévenu le ministre que …")
    (_object_then_que(False, "advcl", False), True),
    # a clause with an object of its own is no relative on that object
    (_object_then_que(True, "advcl", True), True),
], ids=["comma-advcl", "comma-conj", "no-comma", "own-object"])
def test_que_after_the_objects_comma_is_a_relative_pronoun(rows, is_claim):
    claims = [c.text for c in _hand_claims(rows) if c.cue == "dénoncer"]
    assert bool(claims) == is_claim, claims


def test_que_clauses_in_a_row_are_not_relatives():
    # "a affirmé qu'il a soutenu les policiers, qu'il n'appelle pas à l'insurrection": the second que
    # follows an object and its comma, but continues a que-clause: NOT a relative pronoun
    rows = [("Il", "il", "PRON", 2, "nsubj"), ("affirme", "affirmer", "VERB", 0, "root"),
            ("qu'", "que", "SCONJ", 5, "mark"), ("il", "il", "PRON", 5, "nsubj"), ("soutient", "soutenir", "VERB", 2, "ccomp"),
            ("les", "le", "DET", 7, "det"), ("policiers", "policier", "NOUN", 5, "obj"), (",", ",", "PUNCT", 11, "punct"),
            ("qu'", "que", "SCONJ", 11, "mark"), ("il", "il", "PRON", 11, "nsubj"), ("appelle", "appeler", "VERB", 5, "conj"),
            ("au", "à", "ADP", 13, "case"), ("calme", "calme", "NOUN", 11, "obl"), (".", ".", "PUNCT", 2, "punct")]
    # (soutenir is a reporting verb too: the clause after its object and comma is its own claim)
    claims = [c.text for c in _hand_claims(rows) if c.cue == "soutenir"]
    assert any(c.startswith("il appelle au calme") for c in claims), claims


@pytest.mark.parametrize(("text", "expected"), [
    # a closing mark whose opening one was lost, then an incise: the quote opens at its paragraph's start
    ("Les sportifs doutent.\n\nJe suis dégoûté, franchement \", s'indignait Paul Girard.",
     [("Je suis dégoûté, franchement", False)]),
    ("Le texte est clair », a-t-il dit.", [("Le texte est clair", False)]),
    # NOT: a straight mark followed by a full stop opens nothing ("10\". « C'est … »" is one quote)
    ("Il termine au-dessus des 10\". « C'est une déception » a-t-il confié.", [("C'est une déception", True)]),
    # NOT: an orphan mark without an incise, or in a paragraph with other marks, makes no quote
    ("Il mesure 2 mètres\". Voilà.", []),
    ("Un \"test\" ici. Encore \", dit-il.", [("test", True)]),
    # NOT an orphan: an opening mark before an ellipsis
    ("Il n'a pas \"...reconnu l'autorité du Sénat.\" Fin.", [("...reconnu l'autorité du Sénat.", True)]),
    # «reportée« : an opening mark glued to its word and followed by a space closes the quote
    ("Réforme «reportée« et pas «enterrée» selon lui.", [("reportée", True), ("enterrée", True)]),
    # NOT: a mark after a space opens a nested quote as usual
    ("« Il a dit « non » hier »", [("Il a dit « non » hier", True), ("non", True)]),
    # a straight mark spaced on both sides opens after a colon or at a paragraph's start …
    ("Comme l'explique Paul Girard : \" Certes, il n'a rien dit. Mais il doute. \" A ce sujet, rien.",
     [("Certes, il n'a rien dit. Mais il doute.", True)]),
    ("\" Nous irons au bout \", a-t-il dit.", [("Nous irons au bout", True)]),
    # … and elsewhere when the paragraph's next mark is spaced the same way around words of its own …
    ("Le chef de l'État a fustigé \" un système qui marche sur la tête \", puisqu'il permet des \" profits "
     "gigantesques \".", [("un système qui marche sur la tête", True), ("profits gigantesques", True)]),
    # … NOT elsewhere, where it is a stray mark (a lone word, or no spaced mark after it)
    ("Il mesure 1,80 m \" environ \" dit-on.", []),
    ("Il mesure 1,80 m \" environ, dit-on, et pèse 90 kg.", []),
    # a straight mark shaped as an opening one inside a straight quote, two marks closing together: nested
    ("Il a dit \"pas besoin d'utiliser ce \"guichet public\"\", hier.",
     [("pas besoin d'utiliser ce \"guichet public\"", True), ("guichet public", True)]),
    # an opening-shaped mark (after a space or an elided article) inside a straight quote, the next two
    # marks shaped as closing ones: nested
    ("\"Il ne s'agit plus de ficher les auteurs d'\"infractions constatées\", mais de cibler des enfants\", "
     "affirme la LDH.", [("Il ne s'agit plus de ficher les auteurs d'\"infractions constatées\", mais de cibler "
                          "des enfants", True), ("infractions constatées", True)]),
    ("Elle ajoute: \"Vont pouvoir être eux aussi \"tracés\" comme futurs délinquants les enfants\".",
     [("Vont pouvoir être eux aussi \"tracés\" comme futurs délinquants les enfants", True), ("tracés", True)]),
    # NOT nested when no second closing mark follows: the first quote ends there
    ("Il a dit \"nous irons \"demain\" et c'est tout.", [("nous irons", True)]),
    # NOT nested: a mark after a full stop and before a capital opens the next quote
    ("Il a dit : \"Nous irons. \"Ces jeux sont finis\", a-t-il ajouté.",
     [("Nous irons.", False), ("Ces jeux sont finis", True)]),
])
def test_scan_repairs_a_lost_or_mistyped_mark(text, expected):
    assert [(s.text, s.closed) for s in scan_quotes(text)] == expected


@needs_models
@pytest.mark.parametrize(("text", "claim"), [
    # "Pour X," after a coordinator, X a group counted out of speakers: a source
    ("Mais pour la majeure partie des autres éditorialistes, c'est la déception qui l'emporte.",
     "c'est la déception qui l'emporte"),
    # NOT: a part of something else ("une partie de la journée") is no source
    ("Pour une partie de la journée, la route est fermée.", None),
    # a quotation, then a second clause with its own subject: the source's claim besides the quotations
    ("Pour Christine Lagarde, « l'Etat ne fait pas de cadeau aux banques », et ces fonds injectés « généreront des "
     "revenus substantiels pour l'Etat ».", "« l'Etat ne fait pas de cadeau aux banques », et ces fonds injectés "
     "« généreront des revenus substantiels pour l'Etat »"),
    # NOT two quotations in a row, with no clause outside them
    ("Pour Christine Lagarde, « l'Etat ne fait pas de cadeau », « les banques paieront ».", None),
])
def test_pour_a_group_of_speakers_is_a_source(text, claim):
    claims = [q for q in all_spans(text, prepare_document(text), "fr") if q.kind == "indirect"]
    assert [q.text for q in claims] == ([claim] if claim else []), [q.text for q in claims]


def _affirms_infinitive(before: list[str]) -> list[tuple]:
    """`Paul affirme [ne pas] être un organisateur.`, the negation hung by the parser on `affirme`."""
    rows = [("Paul", "Paul", "PROPN", 2, "nsubj"), ("affirme", "affirmer", "VERB", 0, "root")]
    rows += [(b, b, "ADV", 2, "advmod") for b in before]
    n = len(rows)
    return rows + [("être", "être", "AUX", n + 3, "cop", "VerbForm=Inf"), ("un", "un", "DET", n + 3, "det"),
                   ("organisateur", "organisateur", "NOUN", 2, "xcomp"), (".", ".", "PUNCT", 2, "punct")]


@pytest.mark.parametrize(("before", "expected"), [
    # both words of an infinitive's negation stand before it: they are in the claim (NOT "être un organisateur")
    (["ne", "pas"], "ne pas être un organisateur"),
    (["ne", "jamais"], "ne jamais être un organisateur"),
    # without a negation nothing is added; an adverb that is no negation stays out
    ([], "être un organisateur"),
    (["également"], "être un organisateur"),
])
def test_an_infinitive_claim_keeps_its_negation(before, expected):
    assert [c.text for c in _hand_claims(_affirms_infinitive(before))] == [expected]


@pytest.mark.parametrize(("rows", "expected"), [
    # two words with a full verb after a reporting verb are a claim
    ([("Lance", "Lance", "PROPN", 3, "nsubj"), ("se", "se", "PRON", 3, "obj"), ("défend", "défendre", "VERB", 0, "root"),
      ("d'", "de", "ADP", 6, "mark"), ("avoir", "avoir", "AUX", 6, "aux", "VerbForm=Inf"),
      ("triché", "tricher", "VERB", 3, "xcomp", "Tense=Past|VerbForm=Part"), (".", ".", "PUNCT", 3, "punct")],
     ["avoir triché"]),
    # NOT two words without one ("être là")
    ([("Il", "il", "PRON", 2, "nsubj"), ("affirme", "affirmer", "VERB", 0, "root"),
      ("être", "être", "AUX", 4, "cop", "VerbForm=Inf"), ("là", "là", "ADV", 2, "xcomp"), (".", ".", "PUNCT", 2, "punct")],
     []),
])
def test_a_two_word_claim_needs_a_full_verb(rows, expected):
    assert [c.text for c in _hand_claims(rows)] == expected


@pytest.mark.parametrize("text, quote", [
    ("Pour ses derniers jeux, le Jamaïcain a confirmé son statut d'« homme le plus rapide du monde ».",
     "homme le plus rapide du monde"),
    ("Il a décroché le titre de « meilleur joueur de la saison » dimanche.", "meilleur joueur de la saison"),
    # a name given after a participle of naming or a thing named (a capital opens the name)
    ("Dans une vidéo intitulée « Le chaos annoncé », il s'est adressé aux politiques.", "Le chaos annoncé"),
    ("Vers 5h00, le site internet « Gilets jaunes le Mouvement » a publié un communiqué.",
     "Gilets jaunes le Mouvement"),
    ("Cette localité se trouve dans une zone surnommée « triangle de la mort » depuis 2000.", "triangle de la mort"),
    # the name of an affair, a text or an event: its noun, then a proper name or a date
    ("Diverses affaires entachent sa campagne, en particulier l'« affaire Pénélope Fillon ».", "affaire Pénélope Fillon"),
    ("Juncker ajoute qu'il signe en paraphant la « déclaration de Rome » avec le même stylo.", "déclaration de Rome"),
    ("Les dix Gilets jaunes de l'« appel du 2 décembre » ont reçu des menaces.", "appel du 2 décembre"),
    # a participle of naming after a noun or an adverb of usage names, whatever the case
    ("Les capacités mentales invisibles, aussi appelées « théorie de l'esprit », désignent le fait d'attribuer "
     "des intentions à autrui.", "théorie de l'esprit"),
    ("Pour mettre en évidence cette capacité, on utilise le test appelé « épreuve du transfert inattendu ».",
     "épreuve du transfert inattendu"),
    # an expression named as such
    ("Il était passé à la postérité en laissant son nom à une expression, « un Tour à la Walko », qui désigne "
     "un vainqueur de seconde zone.", "un Tour à la Walko"),
    # a name spelled out before its acronym in parentheses
    ("Le décret crée un fichier « exploitation documentaire et valorisation de l'information générale » (Edvige).",
     "exploitation documentaire et valorisation de l'information générale"),
    # "dites", "dite", "dits" after a noun: so-called
    ("Les lycéens choisiront des disciplines dites d' « exploration et d'approfondissement ».",
     "exploration et d'approfondissement"),
    ("Les enseignants rejettent la méthode dite « globale » depuis des années.", "globale"),
    # a thing created or set up, right before its name
    ("La mission suggère aussi la création d'un « observatoire des pratiques médicales de la fin de vie » chargé "
     "du suivi.", "observatoire des pratiques médicales de la fin de vie"),
    ("L'agence veut lancer un « dispositif de guérilla marketing » cet été.", "dispositif de guérilla marketing"),
])
def test_a_label_after_a_noun_of_naming_is_a_term(text, quote):
    kinds = [s.kind for s in find_quote_spans(text) if s.text == quote]
    assert kinds == ["term"]


@pytest.mark.parametrize("text, quote", [
    # NOT a witness's words after "groupe" (no capital), NOT the words a speaker called someone
    ("Il faisait partie du groupe « quelques minutes avant le drame » et l'attendait en bas de la piste.",
     "quelques minutes avant le drame"),
    ("Le ministre a appelé « traîtres à la nation » les grévistes de la raffinerie.", "traîtres à la nation"),
    # NOT a clause that opens on such a name, NOT such a noun without a name or a date
    ("Trump a déclaré : « L'accord de Paris est mauvais car il provoque une hausse des prix de l'énergie. »",
     "L'accord de Paris est mauvais car il provoque une hausse des prix de l'énergie."),
    ("Le ministre a défendu son « plan de relance ambitieux » devant les députés.", "plan de relance ambitieux"),
    # NOT words followed by an acronym they do not spell (the speaker's body, in parentheses)
    ("Elle a parlé d'une « menace pour nos libertés publiques » (LDH).", "menace pour nos libertés publiques"),
    # NOT the verb's own form "dit", nor "vous dites": words said
    ("Le ministre dit « non à la réforme des retraites » devant les députés.", "non à la réforme des retraites"),
    ("Vous dites « jamais plus la guerre » depuis des années.", "jamais plus la guerre"),
])
def test_words_after_a_noun_are_no_name(text, quote):
    kinds = [s.kind for s in find_quote_spans(text) if s.text == quote]
    assert kinds and kinds != ["term"], kinds


@needs_models
@pytest.mark.parametrize(("text", "quote", "kind"), [
    # a verbless noun phrase hung on a definite noun names a kind of thing
    ("Les opérateurs évoquent l'effet \"boule de neige\" des ventes de la banque.", "boule de neige", "term"),
    ("Il a évoqué le programme « Lycée de la réussite » devant les députés.", "Lycée de la réussite", "term"),
    # NOT a judgement on an indefinite noun, NOT a time
    ("La LDH dénonce un décret « porteur de nombreuses dérives » pour les libertés.",
     "porteur de nombreuses dérives", "partial"),
    ("Le ministre a dit qu'il prendra sa décision « mercredi sans doute ».", "mercredi sans doute", "partial"),
    # a charge's legal name after a complaint filed
    ("Le parquet centralise les plaintes. La première a été déposée jeudi au nom d'un porteur pour \"escroquerie, "
     "abus de confiance, faux et usage de faux\".", "escroquerie, abus de confiance, faux et usage de faux", "term"),
])
def test_a_name_hung_on_a_noun_is_a_term(text, quote, kind):
    assert (kind, quote) in _kinds(text), _kinds(text)


def test_a_name_quoted_again_is_still_a_term():
    text = ("On utilise le test appelé « épreuve du transfert inattendu ». Les singes ont regardé une vidéo du "
            "déroulement d'une « épreuve du transfert inattendu ». Ils ont dit « on comprend tout ».")
    assert [(s.text, s.kind) for s in find_quote_spans(text) if s.depth == 0] == [
        ("épreuve du transfert inattendu", "term"), ("épreuve du transfert inattendu", "term"),
        ("on comprend tout", "partial")]


def test_quotes_either_side_of_a_sentence_are_not_one_split_quote():
    text = ("\"J'ai reçu une lettre de licenciement, donc je suis viré\", a-t-il déclaré. TF1 lui a proposé de "
            "rester, \"mais, pour moi, il n'était pas envisageable de rester dans un placard\", a-t-il ajouté.")
    assert [s.text for s in find_quote_spans(text)] == [
        "J'ai reçu une lettre de licenciement, donc je suis viré",
        "mais, pour moi, il n'était pas envisageable de rester dans un placard"]

@needs_models
@pytest.mark.parametrize("text, expected", [
    # an incise in a compound tense after the clause it reports, with an adverb or not
    ("Cinq écoles ont été bombardées dans le nord de la Syrie, a annoncé l'ONU.", [0]),
    ("Le plan devrait s'élever à 19 milliards d'euros, a ensuite précisé Christine Lagarde.", [0]),
    ("Le bilan s'élève à douze morts, conclut l'agence.", [0]),
    # NOT an incise of a verb that reports nothing, NOT a sentence without a report
    ("Cinq écoles ont été bombardées dans le nord du pays, a ensuite détruit l'aviation.", []),
    ("Les bâtiments ont été décorés aux couleurs de l'arc-en-ciel.", []),
])
def test_candidate_sentences_on_incises(text, expected):
    from tracker import nlp

    assert candidate_sentences(nlp.segment(text, "fr"), text) == expected


def test_an_english_quote_going_on_over_paragraphs_is_one_quote():
    text = ('Madonna introduced the video by saying: "20 years ago, I performed at Live Aid. You saw me.\n\n"Once '
            'again, here we are 20 years later.\n\n"I am honoured to introduce Band Aid 20."\n\nThe video ran.')
    spans = [s for s in find_quote_spans(text) if s.depth == 0]
    assert len(spans) == 1 and spans[0].text.endswith("Band Aid 20.") and len(spans[0].pieces) == 3
    # with the paragraph breaks lost, a mark after a full stop and before a capital opens the next quote
    text = ('Madonna said: "I performed at Live Aid. Once again, here we are. "Bob Geldof and his friends are here. '
            'I am honoured to introduce Band Aid 20." U2 frontman Bono sang.')
    spans = [s.text for s in find_quote_spans(text) if s.depth == 0]
    assert spans == ["I performed at Live Aid. Once again, here we are.",
                     "Bob Geldof and his friends are here. I am honoured to introduce Band Aid 20."], spans
    # NOT a paragraph signed after a dash, which lost its closing mark
    text = ('"We have confidence in our own ability - David Barnard, Chelsea secretary.\n\n"It\'s a very tough '
            'draw" - Ken Merrett, Manchester United secretary.')
    assert len([s for s in find_quote_spans(text) if s.depth == 0]) == 2


@pytest.mark.parametrize("name", ["speaker_nouns_fr.txt", "reporting_verbs_fr.txt", "reporting_verbs_en.txt",
                                  "institution_adjectives_fr.txt", "source_prepositions_fr.txt"])
def test_a_lexicon_lists_each_entry_once(name):
    # an entry listed twice is a sign that a part was added without reading the file; with
    # different classes or flags, only one of them would be read
    from collections import Counter

    from tracker.quotes import _data_lines

    keys = [line.split("\t")[0 if name != "speaker_nouns_fr.txt" else 1].strip() for line in _data_lines(name)]
    assert keys, name
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_a_phrase_quoted_in_every_paragraph_stays_a_quote_in_english():
    # English reports quote a phrase again and again ("technical errors", three times in one article)
    text = ("China extended an apology Tuesday to Tokyo after admitting that one of its submarines intruded into "
            "Japan's waters, an incident it laid to \"technical errors,\" Japanese officials said. According to "
            "Hosoda, the vice minister did not give details of the \"technical errors,\" which the minister said "
            "took place during \"the process of normal training.\" The Defense Agency will study if \"technical "
            "errors\" could lead a nuclear-powered submarine into the narrow channel between islands, Hosoda added.")
    from tracker.extract import extract_text

    found = [q.text.rstrip(",") for q in extract_text(text, "en") if q.kind == "partial"]
    assert found.count("technical errors") == 3, found
