"""Attribution stage: who said each quote or claim.

Stage: attribution (after quotes, before dedup).
Takes: the article text, its stanza Document (annotated on the sentences that hold quotes and
their neighbours; more are annotated on demand through an `annotate` callback) and the
`QuoteSpan`s of the quotes stage.
Gives: `Quote` records with speaker (mention as written), speaker_canonical (full name, or the
institution of an anonymous source), speaker_type, cue and confidence.

Rules, in the order they are tried for a quotation:
1. a reporting verb above the quote in the dependency tree (`a salué « … »`, `estime que « … »`)
   or right after it (incise: `« … », a indiqué X`, `« … » a-t-il déclaré`): its subject;
2. a verbless source marker in the sentence (`Selon X, « … »`): X;
3. a colon (`X a appelé à … : « … »`): the subject of the last verb before the colon;
4. a heading quote: the speaker of the same quote in the body, or the person a teaser names;
5. otherwise the previous sentence's speaking subject (a direct quote standing alone) or the
   last speaker of the paragraph (a partial quote).
Subjects are completed by the usual French constructions: inverted subjects, appositions
(`Valérie Niquet, chercheuse …`), relative `qui`, participles and infinitives that take the
subject or object of their governor, `par la voix de X`. Pronouns and definite descriptions go
to the nearest compatible antecedent; `on` goes to the institution in view.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz
from stanza.models.common.doc import Document, Sentence, Token, Word

from tracker.quotes import (
    _SPACES,
    DOCUMENT_NOUNS,
    GIVEN_OUT,
    LEARNED_FROM_RE,
    MONTHS,
    QUANTITY_NOUNS,
    SOME_PEOPLE,
    TIME_NOUNS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
    WORDING_NOUNS,
    QuoteSpan,
    WordIndex,
    _data_lines,
    _line_bounds,
    _present_participle,
    _quote_head,
    _sentence_start,
    agent_phrase,
    ancestors,
    bare_participle,
    base_deprel,
    children,
    comma_incise,
    cue_lemma,
    euphonic_t,
    flagged_verbs,
    governing_cue,
    guess_lemmas,
    has_reflexive,
    impersonal_passive,
    incise_after_comma,
    incise_cue,
    incise_homograph_cue,
    initial_markers,
    is_annotated,
    is_heading_line,
    mark_word,
    marked_sources,
    marker_at,
    norm_apos,
    noun_class,
    opens_sentence,
    outside_marked_clause,
    reporting_verbs,
    sentence_offsets,
    source_marker_re,
    source_markers,
    span_of,
    speaker_nouns,
    speech_noun_of,
    subtree_ids,
    word_offsets,
    word_span,
)
from tracker.records import Quote, SpeakerType
from tracker.textnorm import fold, strip_accents

Annotate = Callable[[list[int]], None]

_PERSONAL = {
    "il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur"),
    "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur"),
}
# A cleft sentence's opening ("C'est Maradona qui …").
_CLEFT_RE = re.compile(r"\s*(?:Et\s+|Mais\s+|Puis\s+)?[Cc]['’]est\s+")
# Demonstrative pronouns that head a described someone ("celui qui …", "ceux qui …").
_DEMONSTRATIVE_HEADS = frozenset({"celui", "celle", "ceux", "celles"})
# A phrase that counts people: a number or a share opens it ("71 % des Français", "plus de 300
# manifestants").
_COUNTED_RE = re.compile(r"\s*(?:(?:plus|près|moins|environ)\s+(?:de\s+|d['’])?)?\d")
# Participles of being asked: the clause they open before a pronoun is about what was asked.
_ASKED = {"interroger", "questionner", "interpeller", "sonder", "solliciter", "inviter", "relancer"}
_DEMONSTRATIVE = {
    "ce dernier": ("Masc", "Sing"), "cette dernière": ("Fem", "Sing"), "ces derniers": (None, "Plur"),
    "ces dernières": ("Fem", "Plur"), "celui-ci": ("Masc", "Sing"), "celle-ci": ("Fem", "Sing"),
    "ceux-ci": ("Masc", "Plur"), "celles-ci": ("Fem", "Plur"),
}
_RELATIVE = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}
# Documents (`DOCUMENT_NOUNS`) speak for whoever issued them: "X a publié un communiqué dénonçant la
# brutalité …" is X's word, "le communiqué du ministère" the ministry's: the issuer as the subject of
# the verb they are the object of, or as their "de" complement; a document with no issuer in view stays
# the speaker ("selon un rapport publié mardi").
# "le premier … le second": the first or the second of the last two people named
_ORDINALS = {"premier": 0, "première": 0, "second": 1, "seconde": 1, "deuxième": 1}
_INDEFINITE = {"un", "une", "des", "d'", "de", "plusieurs", "certains", "certaines", "quelques", "d'autres", "autres"}
_APPOS_NAME_RE = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:(?:le|la|l['’])\s*(?:[a-zà-ÿ-]+\s+){0,2})?")
# after the name: a comma, a verb, or the end of the sentence ("…, selon le directeur de la centrale, Stéphane Brasseur.")
_AFTER_APPOS_RE = re.compile(r"[\s\u00a0]*(?:,|[.!?…;]|$|(?:a|ont|avait|aurait|est|sont|était|avaient)\b)")
_MARKS = set("«»“”„‟\"‹›")
_PARTICLE_RE = re.compile(r" (?:d['’]|de )[A-ZÀ-Ý][\w-]+\b")
_PARTICLE_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]+ d['’]$")
_TITLE_RE = re.compile(r"(?:Mme|Mmes|Madame|Mlle|Mademoiselle|M\.|MM\.|Monsieur|Mgr|Me)\.?\s+")
_FEM_TITLE_RE = re.compile(r"\b(?:Mme|Mmes|Madame|Mlle|Mademoiselle)\.?\s+$")
_MASC_TITLE_RE = re.compile(r"(?:\bM\.|\bMM\.|\bMonsieur|\bMgr)\s+$")
_CIVILITY_BEFORE_RE = re.compile(r"(?<!\w)(?:Mme|Mmes|Mlle|M\.|MM\.|Me)\s+$")
# the signature line under a quote box: a dash, then a name or a body (Wikinews layout)
_SIGNATURE_RE = re.compile(r"[ \t]*\n[ \t\u00a0]*\n[ \t\u00a0]*[—–][ \t\u00a0]*([A-ZÀ-Ý][^\n]{1,150})(?:\n|$)")
# multipliers a tagger reads as the noun before a role ("le triple champion", "le septuple vainqueur")
_MULTIPLIERS = frozenset({"double", "triple", "quadruple", "quintuple", "sextuple", "septuple", "octuple"})
# verbs of going on speaking, whose incise speaks with the last quote's voice
_GOING_ON = frozenset({"ajouter", "poursuivre", "continuer", "renchérir", "compléter", "enchaîner"})
# A speaker's own voice in the first person singular: je, j', m', moi, mon, ma, mes
_FIRST_PERSON_RE = re.compile(r"(?<!\w)(?:(?:je|moi|mon|ma|mes)(?!\w)|[jm]['’])", re.IGNORECASE)

# The indefinite subject `on` (with its place: "on au palais"), as a mention is written
_INDEFINITE_ON_RE = re.compile(r"^-?(?:t-)?on\b", re.IGNORECASE)

_CLITIC_RE = re.compile(r"^-?(?:t-)?(il|elle|on|ils|elles)$", re.IGNORECASE)

# How far back (sentences) a pronoun looks for its antecedent. Calibrated on the dev set: the
# longest chain there ("annonçait-il" -> Pierre Bouteiller) crosses 8 sentences of "il".
ANTECEDENT_WINDOW = 10
# Capitalised words before a surname that are not forenames (sentence starts, "Selon X", "M. X").
_ARTICLES = {"le", "la", "les", "un", "une", "du", "des", "au", "aux"}
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(_ARTICLES)) + r"|l['’])\s*$", re.IGNORECASE)
_NOT_FORENAMES = {"le", "la", "les", "selon", "pour", "par", "de", "du", "et", "m.", "mme", "en", "au", "aux",
                  "à", "a", "un", "une", "des", "chez", "avec", "sans", "sur", "dans", "si", "mais", "ou", "où"}
# Sentences parsed per step when a pronoun looks further back than the parsed ones: 3 found every
# antecedent of the dev set in one step, where 1 took up to three pipeline calls.
LOOKBACK_BATCH = 3
# Heading quote -> body quote: partial_ratio over normalised texts. Intertitles shorten the body
# quote ("On est prêts à donner ces garanties de sécurité"); 90 accepted every such pair on dev
# while distinct quotes of one article stayed under 70.
HEADING_MATCH = 90
# How many sentences back a quote without a cue looks for the voice it continues. Calibrated on the
# dev set: implicit partials there follow their speaker's last quote by at most 4 sentences, and 6
# reached no quote of another speaker.
CONTEXT_SENTENCES = 6


@cache
def first_name_genders() -> dict[str, str]:
    """Given name -> "Masc" or "Fem", from `data/first_names_gender.txt`."""
    return {name.strip(): gender.strip() for name, gender in
            (line.split("\t") for line in _data_lines("first_names_gender.txt"))}


@cache
def _folded_first_names() -> dict[str, str]:
    return {strip_accents(name): gender for name, gender in first_name_genders().items()}


def given_name_gender(name: str) -> str | None:
    """"Masc" or "Fem": the usual gender of a full name's first word as a given name, or None
    (written with or without its accents: "Évelyne" is the list's "Evelyne")."""
    words = name.split()
    if not words:
        return None
    return first_name_genders().get(words[0]) or _folded_first_names().get(strip_accents(words[0]))


@cache
def institution_adjectives() -> dict[str, str]:
    """Adjective -> institution (`élyséen` -> the Élysée), from `data/institution_adjectives_fr.txt`."""
    return {adj.strip().lower(): inst.strip()
            for adj, inst in (line.split("\t", 1) for line in _data_lines("institution_adjectives_fr.txt"))}


@dataclass
class Speaker:
    text: str
    canonical: str | None
    type: SpeakerType
    start: int | None = None
    end: int | None = None
    confidence: float = 0.5

    @classmethod
    def of(cls, q: Quote, confidence: float, keep_span: bool = True) -> Speaker:
        """The speaker of an already attributed quote, lent to another mention (`keep_span`: with the
        offsets of the written mention)."""
        return cls(q.speaker or "", q.speaker_canonical, q.speaker_type, q.speaker_start if keep_span else None,
                   q.speaker_end if keep_span else None, confidence)


# Acts of speech that, behind a demonstrative, stand for the quotation just before ("Cette déclaration
# pressante laisse entendre que …": the declaration's author says it).
_SPEECH_ACT_NOUNS = frozenset({"déclaration", "propos", "discours", "annonce", "phrase", "parole", "sortie",
                               "remarque", "affirmation", "intervention", "message", "réponse", "réaction",
                               "commentaire", "mise en garde", "avertissement", "allocution"})

# A purpose right before a quotation: "afin de « … »", "pour « … »".
_PURPOSE_BEFORE_RE = re.compile(r"\b(?:afin\s+(?:de|d['’])|pour)\s*$", re.IGNORECASE)

_OBJECT_CLITICS = frozenset({"lui", "leur", "le", "la", "les", "l'", "l’", "me", "m'", "te", "t'", "nous", "vous",
                             "se", "s'", "y", "en"})


def _noun_before_participle(sent: Sentence, verb: Word) -> Word | None:
    """The noun right before a present participle (past its object clitics), with no comma or "en"
    between: the phrase the participle qualifies."""
    i = verb.id - 2
    while i >= 0 and sent.words[i].upos == "PRON" and norm_apos(sent.words[i].text or "").lower() in _OBJECT_CLITICS:
        i -= 1
    if i < 0 or sent.words[i].upos not in ("NOUN", "PROPN"):
        return None
    return sent.words[i]


def _noun_before_parenthesis(sent: Sentence, verb: Word) -> Word | None:
    """The head of the noun phrase before a parenthesis that ends right before `verb` (past a comma
    and the verb's auxiliaries): "la ministre de la Culture (…), assure" gives "ministre"."""
    i = verb.id - 2
    while i >= 0 and (sent.words[i].text == "," or sent.words[i].head == verb.id
                      and sent.words[i].upos in ("AUX", "ADV")):
        i -= 1
    if i < 0 or sent.words[i].text != ")":
        return None
    depth = 0
    for j in range(i, -1, -1):
        depth += {")": 1, "(": -1}.get(sent.words[j].text or "", 0)
        if depth == 0:
            break
    else:
        return None
    if j < 1 or sent.words[j - 1].upos not in ("NOUN", "PROPN"):
        return None
    w = sent.words[j - 1]
    # up the name or complement chain to the phrase's head ("Culture" of "la ministre de la Culture")
    while base_deprel(w) in ("nmod", "flat", "flat:name") and w.head and w.head < w.id \
            and sent.words[w.head - 1].upos in ("NOUN", "PROPN"):
        w = sent.words[w.head - 1]
    return w


def _name_of_apposition(sent: Sentence, noun: Word) -> Word | None:
    """The name a noun stands in apposition to ("Robert Gates, caution républicaine du cabinet"), also
    when the parser hung the apposition on the noun the name completes ("l'affaire Chantal Sébire, une
    femme atteinte d'une tumeur …": the name right before the comma)."""
    if base_deprel(noun) != "appos" or noun.upos != "NOUN" or not noun.head:
        return None
    gov = sent.words[noun.head - 1]
    if gov.upos == "PROPN":
        return gov
    first = min(i for i in subtree_ids(sent, noun.id) if sent.words[i - 1].upos != "PUNCT")
    if gov.upos != "NOUN" or first < 3 or sent.words[first - 2].text != ",":
        return None
    return next((c for c in children(sent, gov.id) if c.upos == "PROPN" and base_deprel(c) == "nmod"
                 and max(subtree_ids(sent, c.id)) == first - 2), None)


def _role_of_post(sent: Sentence, noun: Word) -> Word | None:
    """`une conseillère à la chambre de l'instruction`, `un chercheur au CNRS`: the role noun right
    before the "à" phrase of a post, which belongs to its title (the parser hangs it on the verb, as
    if said to the chamber); None when `noun` heads no such phrase."""
    if noun.upos not in ("NOUN", "PROPN") or (noun.lemma or noun.text or "").lower() not in noun_class("post"):
        return None
    case = [c for c in children(sent, noun.id) if base_deprel(c) == "case"]
    first = min(i for i in subtree_ids(sent, noun.id) if sent.words[i - 1].upos != "PUNCT")
    if len(case) != 1 or (case[0].lemma or "").lower() != "à" or case[0].id != first or first < 2:
        return None
    role = sent.words[first - 2]
    while role.upos == "ADJ" and role.head and role.head < role.id:  # "un conseiller technique au ministère"
        role = sent.words[role.head - 1]
    return role if role.upos == "NOUN" and speaker_nouns().get((role.lemma or "").lower()) == "person" else None


def _role_only(name: str) -> bool:
    """A "name" the NER tagged that is only a role and acronyms ("Candidat UMP" opening a sentence):
    no one's name."""
    nouns = speaker_nouns()
    return all(nouns.get(w.lower()) or (w.isupper() and len(w) > 1) for w in name.split())


# A nationality noun, capitalised as French writes it when it names people ("l'Américain", "les
# Québécois", "la Britannique"): the usual demonym endings, and the few that end otherwise.
_DEMONYM_RE = re.compile(r"[A-ZÉ][a-zéèëïô]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne|and|ande|ol|ole)s?"
                         r"|(?:Belge|Suisse|Russe|Turc|Turque|Grec|Grecque|Tchèque|Slovaque|Basque|Britannique)s?")


@dataclass
class _Entity:
    start: int
    end: int
    label: str
    text: str


def _verb_group_start(verb: Word, kids: list[Word]) -> int:
    """Where the verb group starts: its auxiliary before it, if any ("a-t-il déclaré")."""
    return min([word_offsets(verb)[0] or 0] + [word_offsets(c)[0] or 0 for c in kids
                                               if base_deprel(c) == "aux" and c.id < verb.id])


# Up to three adjectives of place, side or kind between a body's noun and its name ("le quotidien
# israélien de gauche Haaretz", "l'hebdomadaire satirique Le Canard enchaîné"), by their endings: a verb
# never stands there in the regex's place.
_BODY_ADJECTIVES = (r"(?:[ \u00a0]+(?:de gauche|de droite|du soir|du matin|[a-zà-ÿ-]+(?:ien|ienne|ais|aise|ain|aine|"
                    r"ique|al|ale|el|elle|if|ive|ois|oise|ol|ole|and|ande|ard|arde|ec|ecque)s?)){0,3}")


class Attributor:
    """Speaker finding and resolution over one article."""

    def __init__(self, text: str, doc: Document, spans: list[QuoteSpan], annotate: Annotate | None = None,
                 lang: str = "fr") -> None:
        self.text = text
        self.doc = doc
        self.quotes = [s for s in spans if s.kind in ("direct", "partial") and s.depth == 0]
        self.marked = [s for s in spans if s.kind != "indirect" and s.depth == 0]
        # (a claim reported from the next sentence, "… C'est ce qu'il a assuré", keeps its subject
        # as the pronoun's antecedent: it is what the speaker said of himself)
        self.claims = [s for s in spans if s.kind == "indirect" and not (
            s.cue_word is not None and doc is not None and s.cue_word[0] < len(doc.sentences)
            and (sentence_offsets(doc.sentences[s.cue_word[0]])[0] or 0) >= s.end)]
        # claims a verb reports: their subjects are what is talked about (`_in_verb_claim`)
        markers = set(source_markers(lang))
        self.verb_claims = [c for c in self.claims if (c.cue or "").lower() not in markers]
        self.annotate_cb = annotate
        self.lang = lang
        self._resolved: dict[tuple[int, int, bool], Speaker | None] = {}
        self._names: dict[str, str] = {}
        self._genders: dict[str, str | None] | None = None
        self.done: list[Quote] = []  # quotes attributed so far (set by `attribute`)
        self.worded: set[int] = set()  # starts of quotes whose words a marker on the wording gives
        self._first_person = False  # the quote being attributed speaks as "je" (set by `attribute_quote`)
        self._refresh()

    # ------------------------------------------------------------------ document access

    def _refresh(self) -> None:
        # newly annotated sentences bring entities: longer names and genders are read again
        self._genders = None
        self._names.clear()
        self.idx = WordIndex.build(self.doc)
        self.entities = self._entities()
        self.sent_bounds = [sentence_offsets(s) for s in self.doc.sentences]

    def _ensure(self, sent_ids: list[int]) -> None:
        missing = [i for i in sent_ids if 0 <= i < len(self.doc.sentences) and not is_annotated(self.doc.sentences[i])]
        if missing and self.annotate_cb is not None:
            self.annotate_cb(missing)
            self._refresh()

    def _entities(self) -> list[_Entity]:
        ents: list[_Entity] = []
        for sent in self.doc.sentences:
            cur: _Entity | None = None
            for k, tok in enumerate(sent.tokens):
                if k and (tok.ner or "O")[:1] in ("B", "S") and tok.ner[2:] == "ORG" and \
                        sent.tokens[k - 1].text in _NAME_ARTICLES and (
                            tok.ner[0] == "S" and _common_word(tok)
                            or any(t.words and t.words[0].upos != "PUNCT" for t in sent.tokens[:k - 1])):
                    # a capitalised article inside a sentence is part of the body's name ("… que La
                    # Poste a …", "selon Le Monde"); at the sentence's start only before a one-word
                    # name that is a common noun ("La Poste, direction du courrier, a réagi", "Le
                    # Parisien"), not a name of its own ("La France", "La Commission européenne")
                    cur = _Entity(sent.tokens[k - 1].start_char, tok.end_char, "ORG", "")
                    ents.append(cur)
                    if tok.ner[0] == "S":
                        cur = None
                    continue
                tag = tok.ner or "O"
                inverted = k + 1 < len(sent.tokens) and sent.tokens[k + 1].text.startswith("-")
                if tag == "O" or tag == "_" or ((tok.text[:1].islower() or inverted) and tok.words
                                                and tok.words[0].upos in ("VERB", "AUX")
                                                and "VerbForm=Fin" in (tok.words[0].feats or "")) \
                        or (tok.text.startswith("-") and tok.words and tok.words[0].upos == "PRON"):
                    # (a finite verb the tagger ran the name on into: "le Comité explique"; not a
                    # participle of the name, "Le Canard enchaîné"; nor a verb and its inverted
                    # pronoun, "Pense-t-il vraiment …")
                    cur = None
                    continue
                pos, label = tag[0], tag[2:]
                if pos in ("B", "S") or cur is None or cur.label != label:
                    cur = _Entity(tok.start_char, tok.end_char, label, "")
                    ents.append(cur)
                else:
                    cur.end = tok.end_char
                if pos in ("E", "S"):
                    cur = None
        for e in ents:
            # NER often takes a title into the name ("Mme Betancourt"): the name starts after it
            # (the title stays in the text, where `gender_of` reads it)
            m = _TITLE_RE.match(self.text, e.start, e.end)
            if m and m.end() < e.end:
                e.start = m.end()
                e.label = "PER"  # "M. Sompong" came out ORG: a civility title names a person
            e.text = self.text[e.start:e.end]
            if e.label != "PER" and _CIVILITY_BEFORE_RE.search(self.text, max(0, e.start - 12), e.start):
                e.label = "PER"  # "proche de Mme Royal": after a civility title, a person whatever the tag
            if e.label == "PER" and _place_noun_before(self.text, e.start):
                e.label = "LOC"  # "l'hôtel George V", "la rue Jean-Jaurès": a place named after someone
            elif e.label == "PER" and _word_before_name(self.text, e.start) == "depuis":
                e.label = "LOC"  # "Depuis New Dehli, le chef de l'État a fustigé …": where from, nobody
        # a name with a particle that the NER cut ("Patrick Poivre" + "Arvor" for "Patrick Poivre
        # d'Arvor"): a first name and a surname, then d'/de and a capitalised word right after
        for e in ents:
            if e.label == "PER" and len(e.text.split()) >= 2:
                m = _PARTICLE_RE.match(self.text, e.end)
                if m:
                    e.end = m.end()
                    e.text = self.text[e.start:e.end]
            # the particle's first half left out ("Poivre d'" + "Arvor", tagged a place): a capitalised
            # word and d' just before the entity belong to it
            m = _PARTICLE_BEFORE_RE.search(self.text, max(0, e.start - 40), e.start)
            if m and not any(o is not e and o.start < e.start and m.start() < o.end for o in ents):
                e.start = m.start()
                e.text = self.text[e.start:e.end]
        out: list[_Entity] = []
        for e in ents:
            # an agency's acronym run into the name after it ("a déclaré à l'AFP Fabrice Delloye", one ORG
            # for the NER): the acronym, then the person
            m = _ACRONYM_THEN_NAME_RE.fullmatch(e.text)
            if e.label == "ORG" and m and given_name_gender(m.group(2).split()[0]) is not None:
                out.append(_Entity(e.start, e.start + m.end(1), "ORG", m.group(1)))
                out.append(_Entity(e.start + m.start(2), e.end, "PER", m.group(2)))
                continue
            out.append(e)
        # a one-word name the NER reads as a place elsewhere in the article is that place ("Bogota a
        # fermement démenti": the government, not a person)
        places = {e.text for e in out if e.label == "LOC"}
        # (not after a civility title, nor a surname of someone the article names in full: "Mme Royal",
        # "Ségolène Royal" beside "l'équipe Royal")
        surnames = {e.text.split()[-1] for e in out if e.label == "PER" and " " in e.text}
        for e in out:
            if e.label == "PER" and " " not in e.text and e.text in places and e.text not in surnames \
                    and not _CIVILITY_BEFORE_RE.search(self.text, max(0, e.start - 12), e.start):
                e.label = "LOC"
        # a role noun capitalised at a sentence's start is no name ("Candidat déclaré au poste, il …")
        nouns = speaker_nouns()
        out = [e for e in out if not (e.label == "PER" and " " not in e.text and e.text.lower() in nouns
                                      and _opens_sentence_at(self.text, e.start))]
        return [e for e in out if not any(o is not e and o.start <= e.start and e.end <= o.end and o.label == "PER"
                                          for o in out)]

    def _entity_at(self, start: int, end: int, labels: tuple[str, ...] = ("PER", "ORG", "LOC")) -> _Entity | None:
        for e in self.entities:
            if e.label in labels and e.start < end and start < e.end:
                return e
        return None

    def _sent_index(self, pos: int) -> int | None:
        return self.idx.sentence_of(pos)

    def _in_quote(self, pos: int | None) -> bool:
        return pos is not None and any(q.start <= pos < q.end for q in self.quotes)

    def _in_claim(self, pos: int | None) -> bool:
        """Inside the reported content of an indirect claim: the subject of "X affirme que Y a …"
        is X; Y is what is talked about, never a speaker or a pronoun's antecedent."""
        return pos is not None and any(c.start <= pos < c.end for c in self.claims)

    def _in_verb_claim(self, pos: int | None) -> bool:
        """`_in_claim`, for a claim a verb reports. A clause a source marker attributes is still the
        sentence's own, and its subject a topic a pronoun may take up ("Les personnels ont décidé de
        reconduire la grève, selon la CGT. Ils s'affirment « prêts » …")."""
        return pos is not None and any(c.start <= pos < c.end for c in self.verb_claims)

    def _in_marks(self, pos: int | None) -> bool:
        """Inside any quotation marks, names and titles included (« L'Émission politique »), but
        not in the incise cut out of a quote (« Quand ils sont descendus, a-t-elle poursuivi, … »)."""
        return pos is not None and any(q.outer_start <= pos < q.outer_end
                                       and not (q.incise and q.incise[0] <= pos < q.incise[1]) for q in self.marked)

    def _scare_quoted_noun(self, sent: Sentence, w: Word) -> bool:
        """A noun whose marks set off a term, its determiner outside them ("La « mère » de Mohamed …
        assure que"): the journalist's noun phrase, a subject like any other."""
        pos = word_offsets(w)[0]
        if pos is None or w.upos != "NOUN":
            return False
        inside = [q for q in self.marked if q.outer_start <= pos < q.outer_end]
        return bool(inside) and all(q.kind == "term" for q in inside) and any(
            base_deprel(d) == "det" and not self._in_marks(word_offsets(d)[0]) for d in children(sent, w.id))

    # ------------------------------------------------------------------ names

    def full_name(self, name: str) -> str:
        """The longest form of a person's or body's name in the article (`Urvoas` -> `Jean-Jacques Urvoas`)."""
        if name not in self._names:
            self._names[name] = self._full_name(name)
        return self._names[name]

    def _full_name(self, name: str) -> str:
        folded = fold(name)
        best = name
        for e in self.entities:
            if e.label == "ORG" and fold(e.text) in (f"le {folded}", f"la {folded}", f"les {folded}") \
                    and self.text[:e.start].rstrip()[-1:] not in ("", ".", "!", "?", "»", '"', "”", ":"):
                # a title whose article is its own ("La Tribune", "Le Monde"): written with a capital
                # inside a sentence ("affirme La Tribune"), it is the paper of "selon la Tribune"
                return e.text
            if e.label != "PER":
                continue
            ef = fold(e.text)
            # (a surname with its particle elided: "Arvor" of "D'Arvor" is "Patrick Poivre d'Arvor")
            if len(ef) > len(fold(best)) and (ef.endswith(" " + folded) or ef.endswith(folded) and
                                                 re.search(rf"(^|[\s-]|\sd['’]){re.escape(folded)}$", ef)):
                best = e.text
        if len(name.split()) != 1:
            return best
        if best != name:
            # Of two people with the surname ("François Fillon", "Penelope Fillon"), the bare surname
            # is the one the article introduced first: journalists name the main person first,
            # relatives by their forename. The NER runs only on the sentences that can hold a quote,
            # so the first one may be known only from the text: a forename right before the name.
            found = [best, *(f"{m.group(1)} {name}" for m in re.finditer(
                rf"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+{re.escape(name)}\b(?![\s\u00a0]+[A-ZÀ-Ý])",
                self.text) if m.group(1).lower() not in _NOT_FORENAMES
                and not self._entity_at(m.start(1), m.end(1), ("ORG", "LOC", "MISC")))]
            return min(found, key=lambda c: (self._first_mention(c), -len(c)))
        # NER may miss the full form: look for capitalised words right before the name.
        # the name must end the run: in "la République François Hollande", François is not
        # the surname of someone called "République François"
        m = re.search(rf"((?:[A-ZÀ-Ý][\w'’-]+\s+){{1,3}}){re.escape(name)}\b(?![\s\u00a0]+[A-ZÀ-Ý])", self.text)
        if m is not None:
            # keep only the capitalised words next to the name that can be forenames: an
            # acronym ("CGT Philippe Martinez") or a word the NER tags as a place or body
            # ("Rouen Dominique Lebrun") ends the run
            prefix = m.group(1).split()
            keep: list[str] = []
            pos = m.start(1) + len(m.group(1))
            first = pos
            for word in reversed(prefix):
                pos = self.text.rfind(word, 0, pos)
                if (word.isupper() and len(word) > 1) or self._entity_at(pos, pos + len(word), ("ORG", "LOC", "MISC")):
                    break
                keep.insert(0, word)
                first = pos
            # function words are no forenames ("Selon", "Le"), and a forename takes no article: in
            # "le Français Christian Bauer" the word after the article is a noun
            after_article = bool(_ARTICLE_BEFORE.search(self.text[max(0, first - 6):first]))
            while keep and keep[0].lower() in _NOT_FORENAMES:
                after_article = keep.pop(0).lower() in _ARTICLES
            if after_article and len(keep) > 1:
                keep = keep[1:]
            m = m if keep else None
        if m is not None:
            best = (" ".join(keep) + " " + name).strip()
        return best

    def _first_mention(self, full: str) -> int:
        pos = self.text.find(full)
        return pos if pos >= 0 else len(self.text)

    def gender_of(self, name: str, given_names: bool = True) -> str | None:
        """"Masc" or "Fem" for a person named in the article, from what the article itself says of
        them: a title (Mme X, M. X) or the gender of a noun or adjective in apposition or governing
        the name (la ministre X, X, ancien président); when it says nothing, the usual gender of the
        given name (`given_names`, from `data/first_names_gender.txt`). None when neither says or the
        article disagrees with itself."""
        if self._genders is None:
            votes: dict[str, list[str]] = {}
            for e in self.entities:
                if e.label == "PER":
                    g = self._gender_evidence(e)
                    if g:
                        votes.setdefault(self.full_name(e.text), []).append(g)
            self._genders = {k: (v[0] if len(set(v)) == 1 else None) for k, v in votes.items()}
        full = self.full_name(name)
        if full in self._genders or not given_names:
            return self._genders.get(full)
        # the article says nothing: the given name's usual gender, as a reader takes it
        return given_name_gender(full)

    def _gender_evidence(self, e: _Entity) -> str | None:
        before = self.text[max(0, e.start - 12):e.start]
        if _FEM_TITLE_RE.search(before):
            return "Fem"
        if _MASC_TITLE_RE.search(before):
            return "Masc"
        found = self.idx.words_in(e.start, e.end)
        if not found:
            return None
        sent, word = self.doc.sentences[found[0][0]], found[0][1]
        if not is_annotated(sent):
            return None
        while word.head and base_deprel(word) in ("flat", "fixed"):
            word = sent.words[word.head - 1]
        nouns = speaker_nouns()
        related = [c for c in children(sent, word.id) if base_deprel(c) == "appos"]
        if word.head and base_deprel(word) in ("appos", "flat", "nmod", "nsubj"):
            gov = sent.words[word.head - 1]
            # a subject agrees with an adjective or a participle after être ("X s'est dite", "X est
            # arrivée"), never with a participle after avoir ("X a affirmé")
            etre = any(base_deprel(c) in ("cop", "aux") and (c.lemma or "").lower() == "être" or c.deprel == "aux:pass"
                       or (c.lemma or "").lower() == "se" for c in children(sent, gov.id))
            # (a noun the name complements through a preposition says nothing of its gender: "les
            # partisans de Ségolène Royal")
            linked = base_deprel(word) != "nmod" or not any(base_deprel(c) == "case" for c in children(sent, word.id))
            if linked and (base_deprel(word) != "nsubj" or (gov.upos in ("ADJ", "VERB") and etre)):
                related.append(gov)
        for r in related:
            feminine = r.upos == "NOUN" and _feminine_form(r)
            if r.upos in ("NOUN", "ADJ", "VERB") and (r.upos != "NOUN" or feminine
                                                       or nouns.get((r.lemma or "").lower()) == "person"):
                g = "Fem" if feminine else _feat(r, "Gender")
                if r.upos == "NOUN" and not feminine and _epicene(r):
                    # "porte-parole", "ministre", "juge": one form for both, and the tagger's gender
                    # for it is a guess; only an article or a demonstrative says ("la ministre")
                    g = _determiner_gender(sent, r)
                if g in ("Masc", "Fem"):
                    return g
        return None

    # ------------------------------------------------------------------ mentions

    def mention(self, sent: Sentence, head: Word, depth: int = 0) -> Speaker | None:
        """Speaker record for the noun phrase headed by `head` (a subject, `X` of selon X …).

        Cached per phrase and per kind of quote being attributed: a pronoun of a first-person quote
        never stands for a body (`resolve_pronoun`), so its answer may differ for another quote."""
        key = (self.idx.index_of(sent), head.id, self._first_person)
        if key in self._resolved:
            return self._resolved[key]
        self._resolved[key] = None  # guards cycles
        result = self._mention(sent, head, depth)
        if result is not None and result.type == "person" and result.end is not None and not result.text[:1].isupper():
            result = self._name_after_description(result) or result
        elif result is not None and result.end is not None and not result.text[:1].isupper():
            result = self._body_name_after_description(result) or result
        self._resolved[key] = result
        return result

    def _name_after_description(self, sp: Speaker) -> Speaker | None:
        """The name a description runs into (`l'historien cambodgien Son Soubert`), which the parser
        left out of its phrase."""
        gap = _DESCRIPTION_TO_NAME_RE.match(self.text, sp.end)
        if gap is None:
            return None
        named = next((e for e in self.entities if e.label == "PER" and e.start == gap.end()), None)
        if named is not None:
            return Speaker(sp.text, self.full_name(named.text), "person", sp.start, sp.end, sp.confidence)
        if self._entity_at(gap.end(), gap.end() + 1) is not None:
            return None
        # (a name the NER missed: "Son Soubert", its first word read as a determiner)
        run = _CAPITALISED_NAME_RE.match(self.text, gap.end())
        return Speaker(sp.text, run.group(), "person", sp.start, sp.end, sp.confidence) if run else None

    def _body_name_after_description(self, sp: Speaker) -> Speaker | None:
        """The name a description of something other than a person runs into through an article
        (`avertit son concurrent le Nikkei`), which the parser made a phrase of its own."""
        gap = re.match(r"[ \u00a0]+(?:le|la|les|l['’])[ \u00a0]*(?=[A-ZÀ-Ý])", self.text[sp.end:sp.end + 8])
        named = next((e for e in self.entities if gap is not None and e.start == sp.end + gap.end()), None)
        return Speaker(sp.text, named.text, sp.type, sp.start, sp.end, sp.confidence) if named is not None else None

    def _mention(self, sent: Sentence, head: Word, depth: int) -> Speaker | None:
        hs, he = word_offsets(head)
        if hs is None:
            return None
        if head.id > 1 and sent.words[head.id - 2].text in (",", "»", "”", '"') \
                and incise_homograph_cue(sent, head, self.lang):
            # the verb of an incise the tagger read as a noun and the parser made the head of its
            # subject ("», juge le Club de la presse étrangère en Chine qui dénonce …"): the phrase
            # after it
            nxt = sent.words[head.id]
            sub = nxt if nxt.upos == "PROPN" or not nxt.head or nxt.head == head.id else sent.words[nxt.head - 1]
            if sub.upos == "DET" or sub.id <= head.id:
                sub = next((c for c in children(sent, head.id) if c.id > head.id and c.upos in ("NOUN", "PROPN")), None)
            return self.mention(sent, sub, depth + 1) if sub is not None and sub.id > head.id else None
        low = (head.text or "").lower()
        lemma = (head.lemma or low).lower()
        clitic = _CLITIC_RE.match(low)
        pron = clitic.group(1).lower() if clitic else (low if head.upos == "PRON" else None)
        if pron is not None and re.fullmatch(r"(?:lui|elle|eux|elles)-mêmes?", pron):
            pron = pron.split("-")[0]  # "Lui-même le pense aussi": lui
        if pron in _RELATIVE and base_deprel(head) == "nsubj":
            rel_verb = sent.words[head.head - 1] if head.head else None
            found = None
            host = rel_verb
            if (host is not None and host.head and base_deprel(host) == "conj"
                    and base_deprel(sent.words[host.head - 1]) == "acl" and host.head < head.id):
                # "60 % des Français, déçus, qui estiment …": the parser coordinated the relative
                # clause with the participle before it; both describe the same noun
                host = sent.words[host.head - 1]
            if host is not None and host.head and base_deprel(host) == "acl" \
                    and not (self._in_quote(word_offsets(sent.words[host.head - 1])[0]) and not self._in_quote(hs)):
                # (not a word inside a quotation closed before the pronoun: "« … une dimension
                # symbolique » selon X, qui …" is X's clause, whatever the parser hung it on)
                ante = sent.words[host.head - 1]
                # "Robert Gates, caution républicaine du cabinet, qui évoque …": the clause hung on
                # the name's apposition is the named person's
                ante = _name_of_apposition(sent, ante) or ante
                # (or on the post of a role: "une conseillère à la chambre de l'instruction, qui raconte")
                ante = _role_of_post(sent, ante) or ante
                found = self.mention(sent, ante, depth + 1)
                owner = sent.words[ante.head - 1] if ante.head and base_deprel(ante) == "nmod" else None
                if (found is not None and found.type != "person" and owner is not None
                        and speaker_nouns().get((owner.lemma or "").lower()) == "person"):
                    # "le chef de mission de MSF pour la Syrie qui considère que …": the parser hung the
                    # relative clause on the place or body of a person's title; the person speaks
                    found = self.mention(sent, owner, depth + 1) or found
                if found is not None and _names_a_thing(found, ante):
                    # a thing does not ask or say: the parser hung the clause on a noun inside the
                    # person's description ("une femme atteinte d'une tumeur incurable au visage qui
                    # demandait …"), the person is up its chain
                    up = ante
                    named_in = True  # the phrase so far is a complement of the body's name
                    for _ in range(4):
                        if not up.head or base_deprel(up) not in ("nmod", "obl", "acl"):
                            break
                        named_in = named_in and base_deprel(up) == "nmod"
                        up = sent.words[up.head - 1]
                        up = _name_of_apposition(sent, up) or up
                        person = self.mention(sent, up, depth + 1) if up.upos in ("NOUN", "PROPN") else None
                        # (or a body whose name holds the thing: "le Club de la presse étrangère en
                        # Chine qui dénonce …")
                        if person is not None and (person.type in ("person", "anonymous")
                                                   or person.type == "organization" and named_in):
                            return person
            nearer = self._own_name_before_relative(sent, head, rel_verb, depth)
            if nearer is not None and found is not None and (found.end or 0) <= (nearer.start or 0):
                return nearer  # "reconnu par 115 états, excepté entre autres la Serbie, qui considère …"
            if found is None or found.type == "unknown":
                return (self._name_before_relative(sent, head, rel_verb, depth)
                        or self._phrase_before_relative(sent, head, depth) or found)
            return found
        if pron in _RELATIVE:
            ante = self._relative_antecedent(sent, head)
            found = self.mention(sent, ante, depth + 1) if ante is not None else None
            if (found is not None and ante is not None and ante.head and base_deprel(ante) == "obj"
                    and (_names_a_thing(found, ante) or (ante.lemma or "").lower() in GIVEN_OUT)):
                # "Le Canard enchaîné a révélé des informations selon lesquelles …": what is given out
                # speaks for whoever gave it out
                giver = self.subject_of(sent, sent.words[ante.head - 1], depth + 1)
                if giver is not None and giver.type != "unknown":
                    return giver
            return found
        if lemma in _ORDINALS and head.upos in ("ADJ", "NOUN") and not any(
                base_deprel(c) in ("nmod", "amod", "acl") for c in children(sent, head.id)):
            # "X avait reçu Y, mais le premier a affirmé que le second …": one of the last two people named
            sp = self._ordinal_referent(sent, head, _ORDINALS[lemma])
            if sp is not None:
                return sp
        if pron == "on":
            return self._on_speaker(sent, head)
        if low in SOME_PEOPLE and not any(base_deprel(c) in ("nmod", "amod", "acl") for c in children(sent, head.id)):
            # "pour certains, … ; pour d'autres, …": unnamed people (tagged pronoun, determiner or adjective)
            prev = sent.words[head.id - 2] if head.id > 1 else None
            s0 = word_offsets(prev)[0] if prev is not None and norm_apos(prev.text or "").lower() in ("d'", "des") else hs
            return Speaker(self.text[s0:he], self.text[s0:he], "anonymous", s0, he, 0.4)
        if head.upos == "PRON" and lemma == "ce":
            # "selon ce qu'a confié X", "d'après ce que X a déclaré": the speaker of the relative
            # clause's reporting verb (French puts its subject after the verb as often as before)
            for rel in children(sent, head.id):
                if base_deprel(rel) == "acl" and cue_lemma(sent, rel, self.lang):
                    rs = word_offsets(rel)[0] or 0
                    later = any(is_subject(c, sent) and (word_offsets(c)[0] or 0) > rs for c in children(sent, rel.id))
                    earlier = any(is_subject(c, sent) and (word_offsets(c)[0] or 0) < rs for c in children(sent, rel.id))
                    sp = self.subject_of(sent, rel, depth + 1, inverted=later or not earlier)
                    if sp is not None and sp.type != "unknown":
                        return sp
                    # the inverted subject read as part of a complement ("qu'a confié à France Info
                    # Jacques Witkowski"): the person named in the clause after its verb
                    span = span_of(sent, subtree_ids(sent, rel.id))
                    named = [e for e in self.entities if e.label == "PER" and span and rs < e.start < span[1]]
                    if named:
                        e = named[0]
                        return Speaker(e.text, self.full_name(e.text), "person", e.start, e.end, 0.6)
                    return sp
        role = self._role_of_the_one(sent, head) if head.upos == "PRON" and low in _DEMONSTRATIVE_HEADS else None
        if role is not None:
            return role
        if head.upos == "PRON" and low in ("celui", "celle") and any(
                base_deprel(c) == "acl" and (c.deprel or "").startswith("acl:relcl") for c in children(sent, head.id)):
            # "a ajouté celle qui avait mis sa candidature au « Frigidaire »": the one the relative
            # clause describes is a person named before, resolved as the pronoun of that gender
            ante = self.resolve_pronoun(sent, head, "elle" if low == "celle" else "il", depth)
            if ante is not None and ante.type == "person":
                np = self._noun_phrase(sent, head)
                written = np.text if np is not None else head.text
                return Speaker(written, ante.canonical, "person", hs, hs + len(written), ante.confidence * 0.9)
        latter = self._demonstrative(sent, head)
        if latter is not None and latter.lower() in ("ces derniers", "ces dernières"):
            # "au grand dam des socialistes. Ces derniers ont accusé …": "the latter" is the group
            # named last, wherever it stands, not the last speaking subject
            group = self._last_plural_group(sent, head, depth)
            if group is not None:
                return Speaker(latter, group.canonical, group.type, he - len(latter), he, group.confidence * 0.9)
        if latter is not None and latter.lower() in ("ce dernier", "cette dernière", "celui-ci", "celle-ci"):
            named = self._last_named(sent, head, _DEMONSTRATIVE.get(latter.lower(), (None, None))[0],
                                     bodies=latter.lower().startswith("cel"))
            if named is not None:
                return Speaker(latter, named.canonical, named.type, he - len(latter), he, named.confidence * 0.9)
        if low in ("intéressé", "intéressée") and any(base_deprel(c) == "det" and norm_apos(c.text or "").lower()
                                                      in ("le", "la", "l'") for c in children(sent, head.id)):
            # "l'intéressé" (the person concerned) points back like "il"/"elle"
            ante = self.resolve_pronoun(sent, head, "il" if low == "intéressé" else "elle", depth)
            if ante is not None and ante.type == "person":
                s0 = min(word_offsets(c)[0] or hs for c in children(sent, head.id) if base_deprel(c) == "det")
                return Speaker(self.text[s0:he], ante.canonical, "person", s0, he, ante.confidence * 0.9)
        if pron in _PERSONAL or self._demonstrative(sent, head):
            written = self._demonstrative(sent, head) or self.text[hs:he].lstrip("-").replace("t-", "", 1)
            ante = self.resolve_pronoun(sent, head, re.sub(r"-mêmes?$", "", written.lower()), depth)
            if ante is None:
                return Speaker(written, None, "unknown", hs, he, 0.3)
            return Speaker(written, ante.canonical or ante.text, ante.type, hs, he, ante.confidence * 0.9)
        if head.upos == "PRON" and lemma in ("un", "une", "l'un", "l'une"):
            for c in children(sent, head.id):
                if base_deprel(c) == "appos":
                    sub = self._mention(sent, c, depth)
                    if sub is not None:
                        s0 = min(hs, sub.start or hs)
                        return Speaker(self.text[s0:sub.end or he], sub.canonical, sub.type, s0, sub.end, sub.confidence)
            # "l'un d'eux", "l'un des manifestants": an unnamed member of a group of people
            group = [c for c in children(sent, head.id) if base_deprel(c) == "nmod"]
            if not group or not (group[0].upos == "PRON" or
                                 speaker_nouns().get((group[0].lemma or "").lower()) == "person"):
                return None
            sp = self._noun_phrase(sent, head)
            return Speaker(sp.text, sp.text, "anonymous", sp.start, sp.end, 0.4) if sp else None
        if head.upos == "NOUN" and lemma in _SPEECH_ACT_NOUNS:
            sp = self._author_of_demonstrated_speech(sent, head)
            if sp is not None:
                return sp
        if lemma in DOCUMENT_NOUNS and head.upos == "NOUN":
            sp = self._publisher(sent, head, depth)
            if sp is not None:
                return sp
        if (head.upos not in ("NOUN", "PROPN", "X", "ADJ", "PRON") and head.text != "%") or lemma in TIME_NOUNS:
            return None  # "le 1er juillet" is when, not who ("60 % des Français": see the share below)
        if _TITLE_RE.fullmatch(head.text + " ") and head.id < len(sent.words):
            # "M. Tête" (a surname that is a common word, which the NER leaves out): the title makes a person
            run = list(itertools.takewhile(lambda x: x.upos == "PROPN", sent.words[head.id:]))
            ns, ne = (word_offsets(run[0])[0], word_offsets(run[-1])[1]) if run else (None, None)
            if ns is not None and ne is not None:
                ent = self._entity_at(ns, ne, ("PER",))
                name = ent.text if ent is not None else self.text[ns:ne]
                ne = max(ne, ent.end) if ent is not None else ne
                return Speaker(self.text[hs:ne], self.full_name(name), "person", hs, ne, 0.7)
        return self._noun_phrase(sent, head)

    def _author_of_demonstrated_speech(self, sent: Sentence, head: Word) -> Speaker | None:
        """`Cette déclaration pressante laisse entendre que …`, `Ces propos …`: a demonstrative act of
        speech with no author of its own points back to the last quotation; its speaker is the author."""
        kids = children(sent, head.id)
        if not any(base_deprel(c) == "det" and (c.text or "").lower() in ("ce", "cet", "cette", "ces") for c in kids) \
                or any(base_deprel(c) == "nmod" for c in kids):
            return None
        np = self._noun_phrase(sent, head)
        hs = word_offsets(head)[0] or 0
        last = max((q for q in self.done if q.end <= hs), key=lambda q: q.end, default=None)
        if np is None or last is None or last.speaker_type not in ("person", "organization") \
                or not last.speaker_canonical or self._sentences_apart(last.end, self.idx.index_of(sent)) > 2:
            return None
        return Speaker(np.text, last.speaker_canonical, last.speaker_type, np.start, np.end, last.confidence * 0.8)

    def _ordinal_referent(self, sent: Sentence, head: Word, which: int) -> Speaker | None:
        """`le premier` (which=0) / `le second` (which=1): the first or second of the last two people
        named before it, in its sentence or the one before."""
        hs, he = word_offsets(head)
        if hs is None or he is None:
            return None
        si = self.idx.index_of(sent)
        lo = self.sent_bounds[max(0, si - 1)][0] or 0
        people = [e for e in self.entities if e.label == "PER" and lo <= e.start and e.end <= hs
                  and not self._in_marks(e.start)]
        if len(people) < 2:
            return None
        e = people[-2:][which]
        det = next((c for c in children(sent, head.id) if base_deprel(c) == "det"), None)
        start = word_offsets(det)[0] if det is not None else hs
        return Speaker(self.text[start:he], self.full_name(e.text), "person", start, he, 0.6)

    def _name_before_relative(self, sent: Sentence, rel: Word, rel_verb: Word | None, depth: int) -> Speaker | None:
        """`le cas de Cyprien, qui commente …`: the parser hung the relative clause on a noun that
        names nobody ("cas"); the name right before the pronoun is who it stands for. A person's
        name, or one the NER missed; not a place or a body ending a phrase ("le vainqueur du Tour de
        France, qui a annoncé …"), nor the name the parser already hung the clause on."""
        # (past the comma or the dash that opens the clause: "Ségolène Royal -qui a dit …-")
        prev = [w for w in sent.words[:rel.id - 1] if w.upos != "PUNCT" or w.text not in (",", "-", "–", "—")][-1:]
        gap = 2
        if prev and prev[0].text == ")":
            # a party or an age in parentheses after the name ("Laurent Wauquiez (LR), qui …")
            opening = next((w for w in reversed(sent.words[:prev[0].id - 1]) if w.text in "()"), None)
            if opening is not None and opening.text == "(" and prev[0].id - opening.id <= 6 and opening.id > 1:
                gap += prev[0].id - opening.id + 1
                prev = [sent.words[opening.id - 2]]
        if not prev or prev[0].upos != "PROPN" or rel.id - prev[0].id > gap:
            return None
        name_head = prev[0]
        while name_head.head and base_deprel(name_head) in ("flat", "fixed"):
            name_head = sent.words[name_head.head - 1]
        if rel_verb is not None and rel_verb.head == name_head.id:
            return None
        named = self.mention(sent, prev[0], depth + 1)
        return named if named is not None and named.type in ("person", "unknown") else None

    def _own_name_before_relative(self, sent: Sentence, rel: Word, rel_verb: Word | None, depth: int) -> Speaker | None:
        """A name with its article right before `, qui` that is no other noun's complement ("reconnu par
        115 états, excepté entre autres la Serbie, qui considère que …"): the parser may hang the
        clause on a noun further back, the pronoun stands for the nearest phrase."""
        if rel.id < 4 or sent.words[rel.id - 2].text != ",":
            return None
        name = sent.words[rel.id - 3]
        while name.head and base_deprel(name) in ("flat", "fixed") and name.head < name.id:
            name = sent.words[name.head - 1]
        if name.upos != "PROPN" or base_deprel(name) == "nmod" or name.id < 2 \
                or (sent.words[name.id - 2].text or "").lower() not in ("la", "le", "les", "l'", "l’") \
                or (rel_verb is not None and rel_verb.head == name.id):
            return None
        return self.mention(sent, name, depth + 1)

    def _phrase_before_relative(self, sent: Sentence, rel: Word, depth: int) -> Speaker | None:
        """`… n'enlève pas sa valeur à ces conclusions, selon l'une des juges du Tribunal, qui précise
        que …`: the parser hung the relative clause on a thing; the noun phrase that ends right before
        the comma and the pronoun (climbing from its last word to its head) is who it stands for, when
        it names a person or an anonymous source."""
        k = rel.id - 1
        if k < 2 or sent.words[k - 1].text != ",":
            return None
        w = sent.words[k - 2]
        if base_deprel(w) == "conj":
            return None  # "Président du Tchad et de l'Union africaine, qui": the person, not the last conjunct
        while w.head and base_deprel(w) in ("nmod", "flat", "fixed", "amod") and w.head < w.id:
            w = sent.words[w.head - 1]
        if w.upos not in ("NOUN", "PROPN", "PRON"):
            return None
        sp = self.mention(sent, w, depth + 1)
        return sp if sp is not None and sp.type in ("person", "anonymous") and not _names_a_thing(sp, w) else None

    def _relative_antecedent(self, sent: Sentence, rel: Word) -> Word | None:
        """`le responsable russe, pour lequel …`, `X, selon qui …`: the noun the relative pronoun after
        a preposition stands for, read on the words (parsers hang the pronoun on the quoted verb):
        the head of the phrase just before the preposition."""
        case = [c for c in children(sent, rel.id) if base_deprel(c) == "case"]
        first = min([rel.id] + [c.id for c in case])
        k = first - 1
        while k >= 1 and sent.words[k - 1].upos == "PUNCT":
            k -= 1
        if k < 1:
            return None
        w = sent.words[k - 1]
        while w.upos in ("ADJ", "PROPN") and w.head and base_deprel(w) in ("amod", "flat", "flat:name") \
                and sent.words[w.head - 1].id < w.id:
            w = sent.words[w.head - 1]
        return w if w.upos in ("NOUN", "PROPN") and not self._in_quote(word_offsets(w)[0]) else None

    def _relative_source(self, span: QuoteSpan) -> Speaker | None:
        """`…, pour lequel « … »`, `…, selon qui « … »`: the quote right after a source marker whose
        object is a relative pronoun speaks with the pronoun's antecedent."""
        ws = self.idx.words_in(max(0, span.outer_start - 40), span.outer_start) if self.idx else []
        # (a few words of the relative clause may come first: "un conseiller de l'Elysée selon qui il
        # faudra « … »")
        seen = 0
        for k in range(len(ws) - 1, -1, -1):
            si, w = ws[k]
            if w.upos == "PUNCT":
                if w.text in ".;:!?" or seen:
                    return None
                continue
            # (the marker its case, or right before it when the parser hung it elsewhere)
            if (w.text or "").lower() in _RELATIVE and (any(
                    base_deprel(c) == "case" and marker_at(self.doc.sentences[si], c, self.lang)
                    for c in children(self.doc.sentences[si], w.id))
                    or seen and k > 0 and (ws[k - 1][1].text or "").lower() in ("selon", "pour", "d'après", "d’après")):
                return self.mention(self.doc.sentences[si], w)
            seen += 1
            if seen > 3:
                return None
        return None

    def _last_plural_group(self, sent: Sentence, head: Word, depth: int) -> Speaker | None:
        """The plural noun naming people or bodies nearest before `head`, in its sentence or the one
        before ("des socialistes", "les syndicats"), outside quotation marks."""
        si = self.idx.index_of(sent)
        pos = word_offsets(head)[0] or 0
        nouns = speaker_nouns()
        for j in (si, si - 1):
            if j < 0:
                return None
            self._ensure([j])
            cand = self.doc.sentences[j]
            for w in reversed(cand.words):
                ws = word_offsets(w)[0]
                if ws is None or ws >= pos or self._in_marks(ws) or w.upos != "NOUN" or _feat(w, "Number") != "Plur":
                    continue
                if (w.lemma or "").lower() in nouns:
                    sp = self.mention(cand, w, depth + 1)
                    if sp is not None:
                        return sp
        return None

    def _last_named(self, sent: Sentence, head: Word, gender: str | None, bodies: bool = False) -> Speaker | None:
        """`ce dernier`: "the latter" is the person named last before it, in its sentence or the one
        before, whatever their role ("prêté par une connaissance, Mohammed. Ce dernier …", "à une
        époque où Boeselager était responsable … Ce dernier aurait expliqué"), not the last speaking
        subject that `il` would stand for; a name of the other gender is passed over. With `bodies`
        (`celui-ci`, which stands for any noun), a body named last too ("l'instruction du
        Saint-Office dans laquelle celui-ci explique"); "ce dernier" goes on naming people in news
        prose, so the bodies named in between are passed over ("miss Tahiti, Vaimalama Chaves, a
        été élue Miss France 2019, cette dernière a affirmé")."""
        si = self.idx.index_of(sent)
        self._ensure([si - 1])
        pos = word_offsets(head)[0] or 0
        lo = self.sent_bounds[max(0, si - 1)][0] or 0
        named = [e for e in self.entities if e.label in (("PER", "ORG") if bodies else ("PER",))
                 and lo <= e.start and e.end <= pos
                 and not self._in_marks(e.start)
                 and (gender is None or e.label == "ORG" or self.gender_of(e.text) in (None, gender))]
        # a person the NER tagged elsewhere, written again where it missed him ("si M. Poivre d'Arvor
        # quittait la chaîne, ce dernier …"): his full name or his name without the given name
        for full in {self.full_name(e.text) for e in self.entities if e.label == "PER"}:
            words = full.split()
            for form in {full, " ".join(words[1:])} if len(words) > 1 else set():
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", self.text[lo:pos]):
                    at = lo + m.start()
                    if not any(x.start <= at < x.end for x in named) and not self._in_marks(at) \
                            and (gender is None or self.gender_of(full) in (None, gender)):
                        named.append(_Entity(at, at + len(form), "PER", form))
        named.sort(key=lambda x: x.start)
        if not named:
            return None
        e = named[-1]
        if e.label == "ORG":
            return Speaker(e.text, e.text, "organization", e.start, e.end, 0.6)
        return Speaker(e.text, self.full_name(e.text), "person", e.start, e.end, 0.7)

    def _last_person_subject(self, sent: Sentence, pos: int, gender: str | None) -> str | None:
        """The person last named as a subject before `pos` (a name the NER tags as a person), of
        `gender` when known: what a demonym without a name stands for. A subject, not any name: the
        NER takes a team or a company for a person often enough ("son équipe, Astana")."""
        si = self.idx.index_of(sent)
        for j in range(si, max(-1, si - ANTECEDENT_WINDOW), -1):
            self._ensure(list(range(max(0, j - LOOKBACK_BATCH + 1), j + 1)))
            if not is_annotated(self.doc.sentences[j]):
                continue
            for s2, w in self._subjects_before(j, pos if j == si else None):
                if _DEMONYM_RE.fullmatch(w.text or ""):
                    continue  # (another demonym: looked up in turn, further back)
                sp = self.mention(s2, w)
                if (sp is not None and sp.type == "person" and sp.canonical and sp.start is not None
                        and (w.upos == "PRON" or self._entity_at(sp.start, sp.end, ("PER",)) is not None)
                        and (gender is None or self.gender_of(sp.canonical) in (None, gender))):
                    return sp.canonical
        return None

    def _demonstrative(self, sent: Sentence, head: Word) -> str | None:
        """`ce dernier`, `ces derniers`, `celui-ci` … as written, when `head` heads one."""
        low = (head.text or "").lower()
        if low in ("dernier", "dernière", "derniers", "dernières"):
            det = [c for c in children(sent, head.id) if base_deprel(c) == "det"]
            if det and det[0].text.lower() in ("ce", "cette", "ces"):
                s = word_offsets(det[0])[0]
                return self.text[s:word_offsets(head)[1]]
        if low in ("celui-ci", "celle-ci", "ceux-ci", "celles-ci"):
            return head.text
        return None

    def _np_ids(self, sent: Sentence, head: Word) -> set[int]:
        # relative clauses and clauses go; a participle that identifies ("un Kanak âgé de 20 ans") stays
        drop = {c.id for c in children(sent, head.id)
                if base_deprel(c) in ("punct", "advcl", "parataxis", "dep", "case", "mark", "cc", "xcomp", "cop", "aux")
                or c.deprel == "acl:relcl"
                # when it came out is not who ("des révélations du journal X en août 2005")
                or (base_deprel(c) == "nmod" and (c.lemma or "").lower() in MONTHS
                    and any((g.text or "").lower() == "en" for g in children(sent, c.id)))
                or (base_deprel(c) == "acl" and not ("VerbForm=Part" in (c.feats or "") and "Tense=Past" in (c.feats or "")
                                                     or c.upos == "ADJ"))
                # a participle set off by a comma is said of the person, not who it is ("Le chef
                # spirituel tibétain, souvent applaudi pendant son discours …, a insisté")
                or (base_deprel(c) == "acl" and c.id > head.id
                    and speaker_nouns().get((head.lemma or "").lower()) == "person"
                    and sent.words[min(i for i in subtree_ids(sent, c.id) if sent.words[i - 1].upos != "PUNCT") - 2].text == ",")
                # a figure coordinated to it is not one more speaker ("selon les autorités et 100
                # morts selon …": the parser joined the next count to the source)
                or (base_deprel(c) in ("conj", "appos") and (c.upos == "NUM" or c.upos == "NOUN" and any(
                    base_deprel(g) == "nummod" for g in children(sent, c.id))))
                # ... nor a figure after a comma the parser hung on it ("selon les organisateurs, 7 000
                # à Lyon selon la préfecture")
                or (base_deprel(c) == "nmod" and c.id > head.id and (c.upos == "NUM" or any(
                    g.upos == "NUM" and g.id < c.id for g in children(sent, c.id)))
                    and any(sent.words[k - 1].text == "," for k in range(head.id + 1, c.id)))}
        # clauses lower in the phrase go too ("la candidate des verts qui a rendu hommage à X": X is
        # not the candidate), and a participle that takes a clause is a predicate, not a description
        # (and a bare weekday the parser hung on one of its nouns: "le ministre de l'Économie mardi")
        drop |= {w.id for w in sent.words if w.id != head.id and (
            (w.lemma or "").lower() in WEEKDAYS and w.id > head.id and not children(sent, w.id) and w.head
            and sent.words[w.head - 1].upos in ("NOUN", "PROPN")
            or w.deprel == "acl:relcl" or base_deprel(w) in ("advcl", "parataxis", "ccomp", "csubj")
            or (base_deprel(w) == "conj" and any((c.text or "").lower() in _RELATIVE and base_deprel(c) == "nsubj"
                                                 for c in children(sent, w.id)))  # ", déçus, qui estiment"
            or (base_deprel(w) == "acl" and any(base_deprel(g) in ("ccomp", "csubj", "xcomp")
                                                 for g in children(sent, w.id))))}
        ids = subtree_ids(sent, head.id, exclude=drop)
        # a phrase outside quotation marks never reaches into them
        if not self._in_marks(word_offsets(head)[0]):
            # but for a publication's name in marks ("selon des révélations du journal « L'Equipe »")
            titles = set().union(*(
                sub for w in sent.words if base_deprel(w) == "appos" and w.head in ids
                and (sent.words[w.head - 1].lemma or "").lower() in noun_class("media")
                and len(sub := subtree_ids(sent, w.id)) <= 6))
            marked = {i for i in ids if i != head.id and i not in titles and (
                self._in_marks(word_offsets(sent.words[i - 1])[0]) or sent.words[i - 1].text in _MARKS)}
            # (and the preposition and determiner of a quoted noun stay out with it: "les critiques de
            # l'opposition sur son « silence assourdissant »" is the opposition's)
            marked |= {i for i in ids if i != head.id and sent.words[i - 1].head in marked
                       and base_deprel(sent.words[i - 1]) in ("case", "det")}
            ids -= marked
        # an NP stops at the verb that governs it
        # (but for a noun's infinitive complement: "l'Association pour le droit de mourir dans la dignité")
        ids = {i for i in ids if sent.words[i - 1].upos != "VERB" or i == head.id or
               base_deprel(sent.words[i - 1]) in ("amod", "acl") or _noun_infinitive(sent, sent.words[i - 1])}
        # and is contiguous around its head (parsers hang far-away words on nouns)
        lo = hi = head.id
        while lo - 1 in ids or (lo - 2 in ids and sent.words[lo - 2].text in _MARKS):
            lo -= 1  # (across the opening mark of a quoted noun: "La « mère » de Mohamed")
        appos = {c.id for c in children(sent, head.id) if base_deprel(c) in ("appos", "flat")}
        # (not over a comma but to an apposition: "selon Le Monde, considérable, …" hung an
        # adjective after the comma on the source)
        while (hi + 1 in ids and (sent.words[hi].text != "," or hi + 2 in appos)) \
                or (hi + 2 in ids and sent.words[hi].upos == "PUNCT" and (sent.words[hi].text != "," or hi + 2 in appos)):
            hi += 1
        ids = {i for i in ids if lo <= i <= hi} | _adjective_complement(sent, hi)
        if hi < len(sent.words) and base_deprel(nxt := sent.words[hi]) == "case" and nxt.head:
            # the post of a role the parser hung on the verb is part of the phrase ("confirme une
            # conseillère à la chambre de l'instruction")
            post = sent.words[nxt.head - 1]
            if post.id not in ids and (role := _role_of_post(sent, post)) is not None and role.id in ids:
                tail = self._np_ids(sent, post)
                if tail and min(tail) <= hi + 3:
                    ids |= tail | {nxt.id}
        return ids

    def _noun_phrase(self, sent: Sentence, head: Word) -> Speaker | None:
        ids = self._np_ids(sent, head)
        offs = [word_offsets(sent.words[i - 1]) for i in sorted(ids)]
        offs = [o for o in offs if o[0] is not None]
        if not offs:
            return None
        s, e = offs[0][0], max(o[1] for o in offs)
        first = sent.words[min(ids) - 1]
        if len(offs) > 1 and (first.text or "").lower() == "le" \
                and self.text[s:offs[0][1]].lower() in ("du", "au"):
            # ("des" stays: the expander also splits the indefinite article, "selon des témoins")
            # the article contracted with a preposition the phrase leaves out ("du Joueur du Grenier"
            # is "de le Joueur …"): the phrase starts after the contracted word
            s = offs[1][0]
        gov = sent.words[head.head - 1] if head.head else None
        if (head.upos == "PROPN" and base_deprel(head) == "nmod" and gov is not None and gov.upos == "NOUN"
                and gov.id < head.id and gov.id > 1 and (gov.text or "")[:1].isupper()
                and all(base_deprel(sent.words[i - 1]) in ("case", "det") for i in range(gov.id + 1, head.id))):
            # a capitalised common noun inside the sentence heads a name with its complement ("le
            # Joueur du Grenier", "la Ligue des champions"): the name is the whole phrase
            s = word_offsets(gov)[0] or s
        if self._entity_at(s, e, ("PER",)) is None:
            # a name in apposition that the parser hung elsewhere: "Le ministre de l'intérieur
            # hongrois, Sándor Pintér, a expliqué", "Le commandant …, le général Freddy Padilla a révélé"
            m = _APPOS_NAME_RE.match(self.text, e)
            ent = next((x for x in self.entities if x.label == "PER" and m and x.start == m.end()), None)
            if ent is not None and _AFTER_APPOS_RE.match(self.text, ent.end):
                e = ent.end
        for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
            inside = self.text[s:e]
            if (inside.count(opening) > inside.count(closing) if opening != closing else inside.count('"') % 2):
                # a name in marks the phrase cut short ("le site internet « Gilets jaunes le Mouvement »")
                close = self.text.find(closing, e, e + 60)
                if close >= 0 and "\n" not in self.text[e:close]:
                    e = close + 1
        written = self.text[s:e].strip(" ,:")
        if "(" in written and ")" not in written[written.index("("):]:
            # a parenthesis the phrase cut open ("la ministre de la Culture (celle qui …"): the phrase
            # ends before it
            written = written[:written.index("(")].rstrip()
            e = s + len(written)
        if head.upos == "PRON" and written.lower() in _DEMONSTRATIVE_HEADS:
            # "ceux qui ont vu l'accident": the relative clause is the whole description (unnamed
            # people); without it the pronoun names nobody
            rel = [c for c in children(sent, head.id) if c.deprel == "acl:relcl"]
            span = span_of(sent, subtree_ids(sent, rel[0].id)) if rel else None
            if span is None or span[1] - s > 120:
                return None
            return Speaker(self.text[s:span[1]], self.text[s:span[1]], "anonymous", s, span[1], 0.5)
        # the name of a person in the phrase (head or apposition) is the speaker
        person = self._entity_at(s, e, ("PER",))
        nouns = speaker_nouns()
        lemma = (head.lemma or head.text).lower()
        head_class = nouns.get(lemma) or nouns.get(head.text.lower())
        if head_class is None and head.id < len(sent.words) and (nxt := sent.words[head.id]).head == head.id \
                and base_deprel(nxt) in ("nmod", "appos") and nxt.upos == "NOUN" \
                and not any(base_deprel(c) == "case" for c in children(sent, nxt.id)):
            # "les deux principaux syndicats": the tagger made the adjective the noun, the noun its
            # complement with no preposition
            head_class = nouns.get((nxt.lemma or "").lower())
        if head_class is None and lemma in _MULTIPLIERS:
            # "Le septuple vainqueur du Tour": the tagger made the multiplier the noun, the role its adjective
            head_class = next((nouns.get((c.lemma or "").lower()) for c in children(sent, head.id)
                               if base_deprel(c) == "amod" and nouns.get((c.lemma or "").lower())), None)
        if head_class is None and lemma in QUANTITY_NOUNS and any(
                base_deprel(c) == "nmod" and nouns.get((c.lemma or "").lower()) in ("person", "anonymous")
                for c in children(sent, head.id)):
            head_class = "anonymous"  # "la plupart des experts", "la majeure partie des éditorialistes"
        if head_class is None and head.text == "%" and any(
                base_deprel(c) == "nmod" and (nouns.get((c.lemma or "").lower()) in ("person", "anonymous")
                                              or c.upos == "NOUN" and c.text[:1].isupper())
                for c in children(sent, head.id)):
            head_class = "anonymous"  # a poll's share: "60 % des Français", "54 % des sondés"
        det = [c for c in children(sent, head.id) if base_deprel(c) == "det"]
        det_text = det[0].text.lower() if det else ""
        appos_names = [c for c in children(sent, head.id) if base_deprel(c) in ("appos", "flat", "flat:name")]
        if person is None:
            person = self._unlabelled_name(sent, ids)
        if (head_class is None and head.upos in ("NOUN", "PROPN") and _DEMONYM_RE.fullmatch(head.text or "")
                and (head.lemma or "")[:1].islower()  # (the tagger's lemma: "américain", a name's stays capitalised)
                and det_text in ("le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces")
                and self._entity_at(s, e) is None):
            # "l'Américain", "la Britannique": a capitalised demonym is a person, and without a name of
            # its own the one named last (news prose calls its foreign subject so to avoid repeating
            # the name: "Lance Armstrong … l'Américain laissait planer un doute")
            named = self._last_person_subject(sent, word_offsets(head)[0] or 0, _feat(head, "Gender"))
            if named is not None and _feat(head, "Number") != "Plur":
                return Speaker(written, named, "person", s, e, 0.6)
            head_class = "person"
        if det_text in _INDEFINITE:
            person = None  # "un Kanak", "une Française": a description, not a name
        if (person is None and det_text in ("ce", "cet", "cette") and head.upos == "NOUN"
                and head.text[:1].isupper() and head_class is None):
            # "… le site internet de Christophe Chalençon, ce Gilet jaune du Vaucluse s'est adressé …": a
            # demonstrative naming a member of a movement points back to the person named last (not a
            # role noun: "souligne cet analyste" after "aux yeux de Martine Aubry" is someone else)
            named = self._last_named(sent, head, "Fem" if det_text == "cette" else "Masc")
            if named is not None and named.type == "person":
                return Speaker(written, named.canonical, "person", s, e, 0.6)
        related = person is not None and head.upos == "NOUN" and self._complement_name(sent, head, person)
        if related:
            person = None  # "l'avocate de Benoît Hamon" is the lawyer, not Benoît Hamon
        coordinated = [c for c in children(sent, head.id) if base_deprel(c) == "conj" and c.id in ids
                       and c.upos == "PROPN" and any(base_deprel(g) == "cc" for g in children(sent, c.id))]
        if person is not None and head.upos == "PROPN" and coordinated and len(written) < 80:
            # "Thierry et Véronique Roy rapportent …": the speakers are the couple, not the first name
            return Speaker(written, written.split(",")[0].strip(), "person", s, e, 0.8)  # not the apposition
        if person is not None and (head.upos == "PROPN" or head_class == "person" or appos_names
                                   or (person.start <= word_offsets(head)[0] < person.end)):
            name = person.text
            full = self.full_name(name)
            hs = word_offsets(head)[0] or 0
            if len(full.split()) == 1 and head_class == "person" and hs < person.start \
                    and not self.text[hs:person.start].strip(" \u00a0").count(" "):
                # one name and no fuller form in the article: the title goes with it ("le pape
                # François" is "pape François", "le président Sall" stays "président Sall")
                full = f"{head.text} {full}"
            return Speaker(written if len(written) < 80 else name, full, "person", s, e, 0.85)
        # (an indefinite thing is nobody: "redoute une réforme répondant « … »")
        if head_class == "anonymous" or (det_text in _INDEFINITE and head_class != "organization"
                                         and head.upos in ("NOUN", "PROPN")
                                         and (head_class or head.upos == "PROPN" or lemma in DOCUMENT_NOUNS
                                              or lemma in GIVEN_OUT or lemma in QUANTITY_NOUNS
                                              or _count_noun(lemma))):
            inst = self._institution(sent, head, s, e)
            if inst and not set(re.findall(r"\w+", fold(inst))) <= set(re.findall(r"\w+", fold(written))):
                # the institution read off an adjective ("une source judiciaire" -> la justice): the
                # source stays in view, so an unnamed insider is not shown as the institution itself
                inst = f"{written} ({inst})"
            return Speaker(written, inst or written, "anonymous", s, e, 0.7)
        org = self._entity_at(s, e, ("ORG", "LOC"))
        if org is not None and org.start <= word_offsets(head)[0] < org.end:
            name = org.text
            bare = re.sub(r"(?i)^(?:(?:les?|la)\s+|l['’]\s*)", "", written)
            if len(bare) > len(name) and any(x.label == "ORG" and fold(x.text) == fold(bare) for x in self.entities):
                # a longer name the NER tagged elsewhere in the article, spelled out here ("Chine
                # Nouvelle a critiqué …": the agency, tagged here as the country "Chine")
                name = bare
            full = self.full_name(name)
            # a surname the NER took for a body ("selon Spicer") whose full form it tags as a person,
            # or a name with a person's role in apposition ("Gillles Pargneaux, premier secrétaire fédéral")
            role = any(base_deprel(c) == "appos" and nouns.get((c.lemma or c.text).lower()) == "person"
                       for c in children(sent, head.id))
            return Speaker(written, full, "person" if role or self._tagged_elsewhere(full, org.text) else "organization",
                           s, e, 0.8)
        if lemma in DOCUMENT_NOUNS and head.upos == "NOUN":
            issuer = self._issuer(sent, head)
            if issuer is not None:
                return Speaker(written, issuer.canonical, issuer.type, s, e, 0.75)
        if head_class == "organization":
            named = self._body_name(sent, head, s, e)
            if named is not None:
                return Speaker(written, named, "organization", s, e, 0.8)
            # a body or a document has no person in apposition: a name after its comma is another
            # phrase the parser hung on it ("une étude publiée par la revue, François Hammer, …")
            cut = re.search(r",\s*[A-ZÀ-Ý]", written)
            person = self._entity_at(s + cut.end() - 1, e, ("PER",)) if cut is not None else None
            if cut is not None and head.upos == "NOUN" and person is not None and " " in person.text:
                written = written[:cut.start()].strip()
                e = s + len(written)
            if det_text in ("le", "la", "l'", "l’") and not any(sent.words[i - 1].upos == "PROPN" for i in ids):
                ante = self._body_described(sent, head)
                if ante is not None:
                    return Speaker(written, ante, "organization", s, e, 0.6)
            return Speaker(written, written, "organization", s, e, 0.7)
        if head_class == "person":
            ante = self.resolve_description(sent, head, written)
            if det_text in ("ce", "cet", "cette") and not appos_names:
                # "ce conseiller" takes up the last one called so, named or not: "un autre conseiller
                # élyséen" between a named adviser and it is the one meant
                unnamed = self._unnamed_mention(sent, head, ante)
                if unnamed is not None:
                    return Speaker(written, unnamed.canonical, unnamed.type, s, e, 0.6)
            if ante is None and det_text in ("le", "la", "l'", "l’") and not appos_names and not related:
                ante = self._last_named_subject(sent, head)
            if ante is not None:
                return Speaker(written, ante, "person", s, e, 0.7)
            return Speaker(written, written, "person", s, e, 0.6)
        if head.upos == "PROPN":
            # a surname the NER left untagged (a heading line, "Armstrong doute des frigidaires") whose
            # full form it tags as a person elsewhere
            full = self.full_name(written)
            return Speaker(written, full, "person" if self._tagged_elsewhere(full, written) else "unknown", s, e, 0.5)
        return Speaker(written, written, "unknown", s, e, 0.3)

    def _unnamed_mention(self, sent: Sentence, head: Word, named: str | None) -> Speaker | None:
        """The last indefinite mention of `head`'s noun before it ("un autre conseiller élyséen"), in the
        sentences in view, when it comes after the last mention of the person a title gives (`named`)."""
        pos = word_offsets(head)[0] or 0
        si = self.idx.index_of(sent)
        lo = self.sent_bounds[max(0, si - 3)][0] or 0
        noun = re.escape((head.text or "").lower())
        found = None
        for m in re.finditer(rf"(?<!\w)(?:un|une)\s+(?:autre\s+)?{noun}(?!\w)", self.text[lo:pos].lower()):
            found = lo + m.end() - len(head.text)
        if found is None:
            return None
        if named is not None and self.text.rfind(named.split()[-1], 0, pos) > found:
            return None  # the named person was spoken of since
        hit = self.idx.words_in(found, found + len(head.text))
        if not hit:
            return None
        ms = self.doc.sentences[hit[0][0]]
        if not is_annotated(ms):
            return None
        sp = self.mention(ms, hit[0][1])
        return sp if sp is not None and sp.type in ("anonymous", "person") else None

    def _tagged_elsewhere(self, full: str, written: str) -> bool:
        """`full`, the full name found for a name as `written`, is one the NER tags as a person."""
        return full != written and any(x.label == "PER" and x.text == full for x in self.entities)

    def _publisher(self, sent: Sentence, doc_noun: Word, depth: int) -> Speaker | None:
        """Who published a document that is the object of a verb: that verb's subject (`X a publié
        un communiqué dénonçant …` speaks as X, written as X)."""
        if base_deprel(doc_noun) != "obj" or not doc_noun.head:
            return None
        subject = next((c for c in children(sent, doc_noun.head) if base_deprel(c) == "nsubj"), None)
        sp = self.mention(sent, subject, depth + 1) if subject is not None else None
        return sp if sp is not None and sp.type in ("person", "organization", "anonymous") else None

    def _issuer(self, sent: Sentence, doc_noun: Word) -> Speaker | None:
        """Who issued a document: its `de` complement when that names a person or a body (`le
        communiqué du ministère de l'Intérieur` speaks for the ministry, `une lettre de X` for X)."""
        for c in _de_complements(sent, doc_noun):
            sp = self.mention(sent, c)
            if sp is not None and sp.type in ("person", "organization") and sp.canonical:
                return sp
        return None

    def _complement_name(self, sent: Sentence, head: Word, person: _Entity) -> bool:
        """The person's name hangs on the phrase's noun through a preposition (`l'avocate de Benoît
        Hamon`, `le fils de X`): the phrase names someone else by their relation to that person. A
        name in apposition or after a title (`le président Emmanuel Macron`, `le ministre de
        l'Intérieur, X`) has no preposition of its own."""
        inside = [w for w in sent.words if person.start <= (word_offsets(w)[0] or -1) < person.end]
        ids = {w.id for w in inside}
        top = next((w for w in inside if w.head not in ids), None)
        if top is None or top.head != head.id or base_deprel(top) != "nmod":
            return False
        return any(base_deprel(c) == "case" and c.upos == "ADP" for c in children(sent, top.id))

    def _body_name(self, sent: Sentence, head: Word, s: int, e: int) -> str | None:
        """The name that a body's noun introduces: `le quotidien britannique The Independent`,
        `l'ONG Human Rights Watch` are The Independent and Human Rights Watch. Only adjectives may
        stand between the noun and the name (`le ministère de la Défense` is no name of the ministère)."""
        he = word_offsets(head)[1]
        if he is None:
            return None
        ent = next((x for x in self.entities if x.label != "PER" and he < x.start and x.end <= e), None)
        if ent is None:
            return None
        between = [w for w in sent.words if he <= (word_offsets(w)[0] or -1) < ent.start]
        if not all(w.upos == "ADJ" for w in between) or re.match(r"\s+(?:et|ou)\s", self.text[ent.end:e]):
            return None  # "les fédérations CGT et FO": not one name
        if re.match(r"\s+(?:de|du|des|d['’])\s*[A-ZÀ-Ý]", self.text[ent.end:e]):
            return None  # "la fédération PS de Gironde": a body of the named one, in a place of its own
        if ent.label == "LOC" and re.fullmatch(r"\s+[a-zà-ÿ]+", self.text[ent.end:e]):
            # "l'agence officielle Chine nouvelle": a place is no agency's name, the word after it is part of it
            return self.text[ent.start:e]
        return ent.text

    def _unlabelled_name(self, sent: Sentence, ids: set[int]) -> _Entity | None:
        """A person's name the NER missed at the end of a phrase: two or more proper nouns
        ("le chef de l'organisation Ayman al-Zawahiri")."""
        run: list[Word] = []
        for i in sorted(ids, reverse=True):
            w = sent.words[i - 1]
            if w.upos == "PROPN" and w.text[:1].isupper() or (run and w.upos == "PROPN"):
                run.insert(0, w)
            else:
                break
        if len(run) < 2:
            return None
        s, e = word_offsets(run[0])[0], word_offsets(run[-1])[1]
        if s is None or e is None or self._entity_at(s, e, ("ORG", "LOC", "MISC")) is not None:
            return None
        return _Entity(s, e, "PER", self.text[s:e])

    def _institution(self, sent: Sentence, head: Word, s: int, e: int) -> str | None:
        """The body behind an anonymous source: `une source de l'Élysée`, `notre source élyséenne`.
        Not the one a circle surrounds: `l'entourage de Carolis` is the entourage, whatever the NER
        made of the name."""
        if (head.lemma or head.text).lower() in ("entourage", "camp"):
            return None
        org = self._entity_at(s, e, ("ORG", "LOC"))
        if org is not None and re.search(r"\bauprès\s+(?:de\s+l[a']?\s*|de\s+|du\s+|des\s+|d[’'])$",
                                         self.text[max(0, org.start - 20):org.start]):
            org = None  # "un expert auprès du Parisien": the outlet spoken to, not the source's body
        hs = word_offsets(head)[0] or 0
        if org is not None and org.label == "LOC" and not (org.start <= hs < org.end) \
                and speaker_nouns().get((head.lemma or head.text).lower()) == "person" \
                and any(word_offsets(c)[0] == org.start and base_deprel(c) == "nmod" for c in children(sent, head.id)):
            # "un élu socialiste de Haute-Garonne", "un habitant de Kaboul": a person's place, not a
            # body speaking through them (a source's place is one: "une source de l'Élysée")
            return None
        if org is not None and not (org.start <= hs < org.end) and self._through_a_person(sent, head, org):
            return None  # "un proche du chef spirituel des Tibétains": close to a person, not to a body
        if org is not None and not (org.start <= hs < org.end):
            # the name may complete a body's noun: "un porte-parole du ministère de la Sécurité" speaks
            # for the ministère de la Sécurité, not for "Sécurité"
            for w in sent.words:
                if word_offsets(w)[0] == org.start and w.head and base_deprel(w) == "nmod":
                    body = sent.words[w.head - 1]
                    bs = word_offsets(body)[0]
                    if bs is not None and s <= bs < org.start and \
                            speaker_nouns().get((body.lemma or body.text).lower()) == "organization":
                        return self.text[bs:org.end]
            return org.text
        adjectives = institution_adjectives()
        for c in children(sent, head.id):
            if base_deprel(c) == "amod":
                lem = (c.lemma or c.text).lower()
                if lem in adjectives:
                    return adjectives[lem]
        return None

    def _through_a_person(self, sent: Sentence, head: Word, org: _Entity) -> bool:
        """The name hangs on the source's noun through a person's title (`un proche du chef
        spirituel des Tibétains`, `un conseiller du ministre de l'Intérieur`)."""
        w = next((x for x in sent.words if word_offsets(x)[0] == org.start), None)
        seen = 0
        while w is not None and w.head and w.head != head.id and seen < 8:
            w, seen = sent.words[w.head - 1], seen + 1
            if speaker_nouns().get((w.lemma or w.text).lower()) == "person":
                return True
        return False

    def _on_speaker(self, sent: Sentence, head: Word) -> Speaker:
        """`on` speaks for the institution in view: `affirme-t-on au palais`, `du côté de l'Élysée, on …`."""
        hs, he = word_offsets(head)
        written = "on"
        end = he
        verb = sent.words[head.head - 1] if head.head else None
        if verb is not None and (verb.lemma or "").lower() in flagged_verbs("on-only", self.lang):
            # "a-t-on appris (jeudi) de source proche du dossier / auprès du parquet": the source it
            # was learned from, read on the words (the parser hangs it on the date or takes it for an object)
            m = LEARNED_FROM_RE.match(self.text, word_offsets(verb)[1] or he)
            if m is not None:
                src = re.sub(r"^auprès\s+(?:de\s+|d['’]\s*|du\s+|des\s+)", "", m.group("src")).rstrip()
                return Speaker(written, src, "anonymous", hs, he, 0.6)
            # ("Selon un communiqué de l'aéroport, on apprend que …": the sentence's source)
            for _w, _marker, x in marked_sources(sent, self.lang):
                sp = self.mention(sent, x)
                if sp is not None:
                    return Speaker(written, sp.canonical or sp.text, sp.type, hs, he, sp.confidence)
        if verb is not None:
            for c in children(sent, verb.id):
                if base_deprel(c) != "obl":
                    continue
                ids = subtree_ids(sent, c.id)
                cs = min((word_offsets(sent.words[i - 1])[0] or he) for i in ids)
                ce = word_offsets(c)[1]
                if cs > hs and cs - he < 3:
                    end = max(word_offsets(sent.words[i - 1])[1] or ce for i in ids)
                    written = "on " + self.text[word_offsets(sent.words[min(ids) - 1])[0]:end]
                    named = [e for e in self.entities if e.label in ("ORG", "MISC", "PER") and cs <= e.start
                             and e.end <= end] if (verb.lemma or "").lower() == "lire" else []
                    if named:
                        # "lit-on sur la première page du Diario de Noticias": the paper read is who speaks
                        return Speaker(written, named[-1].text, "anonymous", hs, end, 0.6)
                    break
        if verb is not None:
            # "Mais dans l'entourage de Mme Lagarde, on avertit que …", "affirme-t-on dans l'entourage
            # de M. Sarkozy": the group named around "on" is who speaks
            for c in children(sent, verb.id):
                # (a noun of a group or a body, or a body's name written as a common noun: "confirme-t-on
                # au Fonds de garantie")
                body = speaker_nouns().get((c.lemma or "").lower()) is not None or (
                    c.upos == "NOUN" and c.text[:1].isupper() and not _opens_sentence_at(self.text, word_offsets(c)[0] or 0))
                if base_deprel(c) != "obl" or not body \
                        or not any(base_deprel(k) == "case" and (k.lemma or "").lower() in ("dans", "chez", "à", "auprès")
                                   for k in children(sent, c.id)):
                    continue
                ids = [i for i in subtree_ids(sent, c.id) if sent.words[i - 1].upos != "PUNCT"
                       and (base_deprel(sent.words[i - 1]) != "case" or sent.words[i - 1].head != c.id)]
                cs, ce = word_offsets(sent.words[min(ids) - 1])[0], word_offsets(sent.words[max(ids) - 1])[1]
                # (right before "on", its apposition included, or right after it and its verb: "a-t-on
                # abondé dans son entourage")
                if cs is None or ce is None or not (0 <= hs - ce <= 3 or 0 <= cs - he <= 12 or (
                        verb.id == head.id + 1 and 0 <= cs - (word_offsets(verb)[1] or he) <= 8)):
                    continue
                # (a contracted article's preposition shares its word: "au Fonds de garantie")
                group = re.sub(r"^(?:au|aux|du|des)\s+", "", self.text[cs:ce])
                if ce <= hs:
                    written = "on " + self.text[word_offsets(sent.words[min(subtree_ids(sent, c.id)) - 1])[0] or cs:ce]
                    return Speaker(written, group, "anonymous", hs, he, 0.6)
                return Speaker(written, group, "anonymous", hs, max(end, ce), 0.6)
        si = self.idx.index_of(sent)
        # the group an "on" of the last sentences stood for ("Dans l'entourage de X, on assurait … « … »,
        # insistait-on"): the same voice goes on
        for q in reversed(self.done):
            if q.start < hs and _INDEFINITE_ON_RE.match(q.speaker or "") and q.speaker_canonical \
                    and self._sentences_apart(q.end, si) <= 3:
                return Speaker(written, q.speaker_canonical, "anonymous", hs, end, 0.55)
        for j in range(si, max(-1, si - 3), -1):
            s0, _ = self.sent_bounds[j]
            limit = hs if j == si else self.sent_bounds[j][1]
            cands = [e for e in self.entities if e.label in ("ORG", "LOC") and s0 <= e.start and e.end <= limit
                     and not self._in_quote(e.start)]
            if cands:
                return Speaker(written, cands[-1].text, "anonymous", hs, end, 0.6)
        return Speaker(written, None, "anonymous", hs, end, 0.3)

    # ------------------------------------------------------------------ coreference

    def resolve_description(self, sent: Sentence, head: Word, written: str) -> str | None:
        """`le candidat de droite` -> the nearest earlier person introduced with that noun
        (`le candidat LR, François Fillon`, `François Fillon, candidat LR`, `la romancière Christine Angot`).
        Not a plural one: "Les députés souhaitent …" are the group, not the one deputy named before."""
        if _feat(head, "Number") == "Plur":
            return None
        lemma = (head.lemma or head.text).lower()
        form = head.text.lower()
        pos = word_offsets(head)[0] or 0
        # (a description may take up a title with a synonym of its noun: "le Dr Emmanuel Debost, médecin
        # traitant de …" is "le praticien" further on)
        alternatives = [lemma, form, *_ROLE_SYNONYMS.get(lemma, ())]
        # "le chef du gouvernement": the office's usual title ("le Premier ministre François Fillon"),
        # whose complement the title need not repeat; one person only may bear it
        office = _OFFICES.get(_of_complement(self.text[pos:pos + 40], re.escape(form)) or "") if lemma == "chef" else None
        if office is not None:
            alternatives = list(office)
        # (not inside a compound title: "le vice-président élu Joe Biden" is no "président")
        noun = rf"(?<![\w-])(?:{'|'.join(re.escape(a) for a in alternatives)})\b"
        # the sentences before that use the noun get their names: a title with a name may stand in
        # a sentence that holds no quote and was left unparsed
        si = self.idx.index_of(sent)
        self._ensure([j for j in range(max(0, si - ANTECEDENT_WINDOW), si)
                      if not is_annotated(self.doc.sentences[j]) and self.sent_bounds[j][0] is not None
                      and re.search(noun, self.text[self.sent_bounds[j][0]:self.sent_bounds[j][1]].lower())])
        # the description's adjectives ("le ministre cambodgien") must be in the title too when some
        # title has them: "le Premier ministre thaïlandais Somchai Wongsawat" is not the one meant
        def stems(deprel: str, upos: str) -> list[str]:
            # the words after the noun, cut to a stem that ignores gender and number endings
            return [fold(c.text)[:max(5, len(c.text) - 2)] for c in children(sent, head.id)
                    if base_deprel(c) == deprel and c.upos == upos and (word_offsets(c)[0] or 0) > pos]

        adjectives = stems("amod", "ADJ")
        # so must its complement ("le directeur des rédactions du journal" is not "le directeur de
        # Libération, Laurent Joffrin"): with a complement no title has, the description stays unresolved
        complements = stems("nmod", "NOUN") if office is None else []
        own_of = _of_complement(self.text[pos:pos + 80], noun) if office is None else None
        best = best_described = None
        holders: set[str] = set()
        for e in self.entities:
            if e.label != "PER" or e.start >= pos:
                continue
            before = self.text[max(0, e.start - 80):e.start].lower()
            after = self.text[e.end:e.end + 60].lower()
            # the noun in the title just before the name (at most six words between: "le ministre de
            # l'Économie et des Finances Michel Sapin"; further back, the noun is someone else's:
            # "mère de cinq enfants, la jeune femme a affirmé ne pas avoir emmené le petit Mohamed"),
            # or in an apposition right after it
            m = re.search(noun + r"(?:[\s,]+[^\s.;:!?«»]+){0,6}[\s,]+$", before)
            title = before[m.start():] if m else None
            if title is not None and (_ADJUNCT_AFTER_COMMA_RE.search(title) or _AGENT_BEFORE_NAME_RE.search(title)
                                      or re.search(r"\bet\s+$", title)
                                      or _PREDICATE_BEFORE_TITLE_RE.search(before[:m.start()])):
                # ("… est nommé président de son conseil, et Patricia Barbizet …": the title is the
                # conjunct's before the name; "Augustin de Romanet, sera président du conseil du fonds,
                # Jean-François Dehecq …": a predicate is its own clause's subject's, not the next name's)
                # "le dalaï lama, en compagnie de Carla Bruni-Sarkozy": someone else, beside; "le dalaï
                # lama reçu par Chirac": the one who acts on him
                title = None
            if title is not None and any(x.label == "PER" and e.start - len(title) <= x.start < e.start
                                         for x in self.entities):
                title = None  # "le député Dominique Dord et le ministre Bernard Cazeneuve": Dord's title
            if title is not None and _NAME_AS_COMPLEMENT_RE.search(before):
                title = None  # "la mère du petit Mohammed": the name is the noun's complement, not its bearer
            if title is None:
                # (or with no comma, right after the name and its article: "explique Joechen
                # Zaumseil le vice-président de L'Oréal")
                # (not a complement: "Christophe Reille, conseiller du trader" is not the trader)
                # (or as the predicate of its own clause: "Pierre Martin sera président du comité")
                m = re.match(r"\s*,\s*(?:(?!(?:du|des|de|d)\b)\w+\s+){0,3}?" + noun, after) \
                    or re.match(r"\s+(?:le|la)\s+" + noun, after) \
                    or re.match(r"\s*,?\s*(?:a\s+été\s+|sera\s+|est\s+)?" + _PREDICATE_VERBS + r"\s+(?:(?:le|la|l'|l’)\s*)?" + noun, after)
                title = after[:m.end() + 40] if m else None
                # the name's own title right before it tells its gender ("le député socialiste Gaëtan
                # Gorce, la nouvelle secrétaire d'Etat …": not her)
                own = re.search(r"\b(le|un|la|une)\s+[\w-]+(?:\s+[\w-]+){0,2}\s*$", before)
                known = {"le": "Masc", "un": "Masc", "la": "Fem", "une": "Fem"}[own.group(1)] if own else None
                said = _determiner_gender(sent, head)
                if title is not None and said and known and said != known:
                    title = None
            if title is not None and own_of and _other_complement(title, noun, own_of):
                title = None  # "le candidat de Debout la France" is not "le candidat d'En marche !"
            if title is not None and all(c in fold(title) for c in complements):
                best = e
                holders.add(self.full_name(e.text))
                if adjectives and all(a in fold(title) for a in adjectives):
                    best_described = e
        if office is not None and len(holders) > 1:
            return None  # two Premiers ministres named ("le Premier ministre chinois Wen Jiabao" too)
        best = best_described or best
        return self.full_name(best.text) if best is not None else None

    def _last_named_subject(self, sent: Sentence, head: Word) -> str | None:
        """`Emmanuel Macron a nié toute responsabilité. « … », a confié le candidat d'En marche !`:
        a definite description whose noun the article has not used before names, as news writing
        does to avoid repeating a name, the person who is the last subject of the sentence before. Not a subject
        of its own sentence, which is what the speaker talks about (`Hillary Clinton et Robert Gates
        sont de « … », a estimé le responsable russe`); not when the genders disagree, nor when the
        article gives that person another title (`le président Obama … « … », a déclaré le
        ministre` is someone else)."""
        lemma = (head.lemma or head.text).lower()
        pos = word_offsets(head)[0] or 0
        noun = rf"(?:{re.escape(lemma)}|{re.escape(head.text.lower())})"
        own_of = _of_complement(self.text[pos:pos + 80], noun)
        used = [m.end() for m in re.finditer(rf"(?<!\w)(?:le|la|l'|l’|du|au|les|des|aux)\s*{noun}(?!\w)",
                                             self.text[:pos].lower())]
        if used and (own_of is None or any(_of_complement(self.text[max(0, u - len(head.text) - 2):u + 80], noun) in (own_of, None)
                                           for u in used)):
            # the noun was used before as a description or a title: `resolve_description` judged that
            # use (Le directeur de X, …); a possessive is someone else's ("l'exécutif nommera son président").
            # Used only with other complements ("le candidat du PS", "le candidat d'En marche !"), the
            # description of another one ("le candidat de Debout la France") is still the last subject.
            return None
        si = self.idx.index_of(sent)
        if si > 0:
            self._ensure([si - 1])
        subjects = self._subjects_before(si - 1, None) if si > 0 and is_annotated(self.doc.sentences[si - 1]) else []
        # the last subject that names a person: a thing's ("c'est l'exécutif qui …") is no antecedent
        sp = ent = None
        for cand in subjects:
            sp = self.mention(*cand)
            if sp is not None and sp.type == "person" and sp.start is not None:
                ent = self._entity_at(sp.start, sp.end, ("PER",))
                subj = cand[1]
                if (ent is None and sp.canonical and (subj.text or "").lower() in ("il", "elle")
                        and subj.head and subj.id < subj.head):
                    # "il" or "elle" before its verb, resolved to a named person: the person the
                    # sentence is about (not the "a-t-il déclaré" of another one's quotation, nor
                    # a relative "qui" about someone in passing)
                    ent = next((x for x in self.entities if x.label == "PER" and x.start < sp.start
                                and self.full_name(x.text) == sp.canonical), None)
                elif ent is None and sp.canonical and subj.upos == "PROPN":
                    # a surname the NER left untagged (an intertitle: "Armstrong doute des frigidaires"),
                    # whose full name it tagged before
                    ent = next((x for x in self.entities if x.label == "PER" and x.start < sp.start
                                and x.text == sp.canonical), None)
                break
            if sp is not None and sp.type in ("organization", "anonymous"):
                break
        if sp is None or sp.type != "person" or ent is None:
            return None  # the last subject is no named person: no guess
        name = self.full_name(ent.text)
        surname = re.escape(name.split()[-1])
        if used and any(re.search(surname, self.text[max(0, u - 60):u + 60]) for u in used):
            return None  # "Le directeur de Libération, Laurent Joffrin": his title, with another complement
        gender, known = _feat(head, "Gender"), self.gender_of(name)
        if gender and known and gender != known:
            return None
        return None if any(t != lemma for t in self._titles_of(name)) else name

    def _titles_of(self, name: str) -> set[str]:
        """The person nouns the article puts right before or in apposition after a person's name
        (`le président Barack Obama`, `Obama, président des États-Unis`)."""
        nouns = speaker_nouns()
        out: set[str] = set()
        surname = name.split()[-1]
        for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", self.text):
            before = self.text[max(0, m.start() - 40):m.start()].split()
            while before and before[-1][:1].isupper():  # the forenames
                before.pop()
            after = re.match(r"\s*,\s*(?:(?:l'|l’|le|la|un|une|ancien|ancienne|nouveau|nouvelle)\s*)?([\w-]+)", self.text[m.end():])
            for word in ([before[-1]] if before else []) + ([after.group(1)] if after else []):
                word = word.lower().strip(",;:()")
                if nouns.get(word) == "person":
                    out.add(word)
        return out

    def _body_described(self, sent: Sentence, head: Word) -> str | None:
        """`le journal`, `le quotidien`, `l'agence` with no name of its own: the body introduced
        earlier with that noun ("le journal Le Monde"), else the body that speaks in the clause
        this one depends on: its subject or its `pour X` source ("Pour L'Opinion, il s'agit d'une
        « intrusion » que le journal estime …"; "Le Figaro dénonce des blocages dont le journal est
        victime"). An incise ("…, conclut l'agence") depends on no such clause: no guess there."""
        pos = word_offsets(head)[0] or 0
        lemma = (head.lemma or head.text).lower()
        # (adjectives may stand between the noun and the name: "le quotidien israélien de gauche Haaretz")
        titled = list(re.finditer(rf"\b(?i:{re.escape(lemma)}|{re.escape(head.text.lower())}){_BODY_ADJECTIVES}[ \u00a0]+"
                                  rf"((?:[A-ZÀ-Ý][\w'’-]*[ \u00a0]?){{1,4}})", self.text[:max(0, pos - 1)]))
        for m in reversed(titled):
            name = m.group(1).strip()
            # a name, not only an article ("le journal Le Monde"; not "le journal\nLe lendemain")
            if any(part.lower() not in ("le", "la", "les", "l'", "l’", "un", "une") for part in name.split()) \
                    and not self._in_marks(m.start(1)):
                # a name with lowercase words that the NER read whole ("l'association Médecins du
                # monde", "Reporters sans frontières"): the entity's end, not the capitals'
                if re.match(r"[ \u00a0]+(?:du|de|des|d'|d’|sans|pour|contre)\b", self.text[m.start(1) + len(name):]):
                    # the NER of that (maybe unparsed) sentence says where the name ends
                    si = self._sent_index(m.start(1))
                    if si is not None:
                        self._ensure([si])
                ent = self._entity_at(m.start(1), m.start(1) + 1, ("ORG",))
                if ent is not None and ent.end > m.start(1) + len(name) and "\n" not in self.text[m.start(1):ent.end]:
                    return self.text[m.start(1):ent.end].strip()
                return name
        # the clauses above the description, up to the sentence's root, not through an incise
        above_ids: set[int] = set()
        subordinate = False
        w = head
        while w.head:
            parent = sent.words[w.head - 1]
            if base_deprel(w) == "parataxis":
                break
            subordinate = subordinate or base_deprel(w) in _SUBORDINATE
            if subordinate:
                above_ids.add(parent.id)
            w = parent
        cands: list[tuple[Word, bool]] = []  # (word, is a `pour X` / `selon X` source)
        for c in sent.words:
            if not c.head or c.head not in above_ids or (word_offsets(c)[0] or 0) >= pos or self._in_marks(word_offsets(c)[0]):
                continue
            if is_subject(c, sent):
                cands.append((c, False))
            elif base_deprel(c) in ("obl", "obl:mod") and any(
                    base_deprel(k) == "case" and (k.text.lower() == "pour" or marker_at(sent, k, self.lang))
                    for k in children(sent, c.id)):
                cands.append((c, True))
        for c, source in sorted(cands, key=lambda x: -(word_offsets(x[0])[0] or 0)):
            if (c.lemma or "").lower() == lemma:
                continue
            sp = self.mention(sent, c)
            if sp is None or not sp.canonical:
                continue
            named = sp.start is not None and self._entity_at(sp.start, sp.end, ("ORG",)) is not None
            # a source after "pour" that is a proper name is a body even when the NER missed it
            # ("Pour L'Express, …"); a subject needs more (a subject may be a person the NER missed)
            if (sp.type == "organization" and (c.upos == "PROPN" or named) or _missed_name(sp, c)
                    or source and sp.type == "unknown" and c.upos == "PROPN"):
                return sp.canonical
        return None

    def _subjects_before(self, si: int, limit: int | None) -> list[tuple[Sentence, Word]]:
        """Subjects of the sentence `si` (before `limit`), nearest first, outside quotes."""
        sent = self.doc.sentences[si]
        out = []
        for w in sent.words:
            # (the agent of a passive is its logical subject: "la nouvelle est accueillie par l'Union …
            # : « … », a-t-elle déclaré")
            if not (is_subject(w, sent) or w.deprel in ("nsubj:pass", "obl:agent") or self._inverted_object(sent, w)
                    or _passive_agent(sent, w)):
                continue
            s, _ = word_offsets(w)
            if s is None or (limit is not None and s >= limit) or self._in_quote(s) or self._in_verb_claim(s):
                continue
            # the subject of a verb quoted (`Marine Le Pen « est une femme »`) is talked about; not
            # when the copula stays outside the marks (`L'imam … est « effaré par le décès … »`)
            if w.head and self._in_quote(word_offsets(sent.words[w.head - 1])[0]) and not any(
                    base_deprel(c) in ("cop", "aux") and not self._in_quote(word_offsets(c)[0])
                    for c in children(sent, w.head)):
                continue
            if w.head and (w.upos == "NOUN" or w.upos == "PROPN" and speaker_nouns().get((w.text or "").lower())) \
                    and not any(base_deprel(c) == "det" for c in children(sent, w.id)) \
                    and any(c.upos == "PRON" and is_subject(c, sent) and c.id > w.id for c in children(sent, w.head)):
                # "Candidat UMP à l'élection présidentielle, il avait choisi …": a bare role set before
                # the pronoun describes it (the parser's second subject); the pronoun is the referent
                # (not a name: "Jean-Marc Ayrault, il …" is the sentence's topic)
                continue
            out.append((sent, w))
        return list(reversed(out))

    def _inverted_object(self, sent: Sentence, w: Word) -> bool:
        """A name the parser took for the object of an incise verb with no subject of its own
        (« … », répond encore Moscovici à la question …), or a phrase it took for the object of a
        reporting verb whose object is a relative `que` before it (C'est cette « mise au pas » que
        dénonce ce vice-procureur): the verb's inverted subject."""
        if base_deprel(w) != "obj" or w.upos not in ("PROPN", "NOUN") or not w.head or w.head > w.id:
            return False
        verb = sent.words[w.head - 1]
        if any(is_subject(c, sent) for c in children(sent, verb.id)) or cue_lemma(sent, verb, self.lang) is None:
            return False
        if w.upos == "NOUN":
            return verb.deprel == "acl:relcl" and any(
                c.id < verb.id and norm_apos(c.text).lower() in ("que", "qu'") for c in children(sent, verb.id))
        return verb.id > 1 and sent.words[verb.id - 2].text == ","

    def _role_of_the_one(self, sent: Sentence, head: Word) -> Speaker | None:
        """"celui qui est (considéré comme) le chef du groupe": the role its relative clause gives,
        a description of someone unnamed (written whole, resolved to the role's noun phrase)."""
        for rel in children(sent, head.id):
            if not (rel.deprel or "").startswith("acl:relcl") or not any(
                    "PronType=Rel" in (c.feats or "") and base_deprel(c).startswith("nsubj") for c in children(sent, rel.id)):
                continue
            copula = any(base_deprel(c) == "cop" for c in children(sent, rel.id))
            noun = rel if copula and rel.upos == "NOUN" else next(
                (c for c in children(sent, rel.id) if c.upos == "NOUN" and base_deprel(c) in ("obl", "xcomp")
                 and any((k.text or "").lower() == "comme" for k in children(sent, c.id))), None)
            if noun is None or speaker_nouns().get((noun.lemma or "").lower()) not in ("person", "anonymous"):
                continue
            whole = span_of(sent, subtree_ids(sent, head.id, exclude={c.id for c in children(sent, head.id)
                                                                      if c.id != rel.id}))
            role = span_of(sent, subtree_ids(sent, noun.id, exclude={
                c.id for c in children(sent, noun.id) if base_deprel(c) in ("case", "cop", "nsubj", "punct", "aux")}))
            if whole is None or role is None:
                return None
            return Speaker(self.text[whole[0]:whole[1]], self.text[role[0]:role[1]], "person", whole[0], whole[1], 0.6)
        return None

    def _sentences_apart(self, pos: int, si: int) -> int:
        """Sentences from the one at `pos` to sentence `si`, not counting those inside quotation
        marks (« A. B », a-t-il ajouté: B's sentence is as near to the quote before as A's)."""
        start = self._sent_index(max(0, pos - 1)) or 0
        return sum(1 for j in range(start + 1, si + 1)
                   if j == si or not any(self._in_quote((self.sent_bounds[j][0] or 0) + k) for k in range(3)))

    def _dislocated(self, sent: Sentence, head: Word) -> Speaker | None:
        """`L'UMP, elle, continue de marteler que …`: a stressed pronoun between commas takes up the
        noun phrase that opens the sentence before it."""
        k = head.id - 1  # (0-based index of the pronoun)
        if k < 2 or k + 1 >= len(sent.words) or sent.words[k - 1].text != "," or sent.words[k + 1].text != ",":
            return None
        if (head.text or "").lower() not in ("elle", "lui", "eux", "elles"):
            return None
        np = [w for w in sent.words[:k - 1]]
        top = [w for w in np if not w.head or not 1 <= w.head <= k - 1]
        if len(top) != 1 or top[0].upos not in ("NOUN", "PROPN") or any(w.upos in ("VERB", "AUX") for w in np):
            return None
        sp = self.mention(sent, top[0])
        return sp if sp is not None and sp.type != "unknown" else None

    def resolve_pronoun(self, sent: Sentence, head: Word, pron: str, depth: int = 0) -> Speaker | None:
        """Nearest compatible antecedent: a speaking subject of agreeing gender and number.

        For a feminine pronoun, a person the article never marks as a woman (no Mme, no feminine
        noun or agreement) is kept only as a fallback while a nearer-than-the-window antecedent the
        article does mark as a woman is looked for: news texts mark women far more often than men,
        so an unmarked name is usually a man's (rpm2 Betancourt: « … », a-t-elle dit after a
        paragraph naming the minister Juan Manuel Santos)."""
        if depth > 12:
            return None
        gender, number = _PERSONAL.get(pron) or _DEMONSTRATIVE.get(pron) or (None, None)
        si = self.idx.index_of(sent)
        pos = word_offsets(head)[0]
        dislocated = self._dislocated(sent, head)
        if dislocated is not None:
            return dislocated
        fallback: list[Speaker] = []
        fallback_fem: list[Speaker] = []

        def accept(sp: Speaker, word: Word | None = None, given_ok: bool = False) -> bool:
            if self._first_person and number == "Sing" and sp.type == "organization" and not (
                    sp.start is not None and sp.end is not None and self._entity_at(sp.start, sp.end, ("PER",))):
                return False  # (but for a phrase the NER names a person in: the typing may be wrong)
            if _INDEFINITE_ON_RE.match(sp.text):
                return False  # "espère-t-on dans les milieux diplomatiques": on is nobody il or elle stands for
            if number == "Sing" and (_COUNTED_RE.match(sp.text) or norm_apos(sp.text).lower().split("'")[-1] in SOME_PEOPLE):
                return False  # "71 % des Français", "300 manifestants", "d'autres": many, never "il" or "elle"
            if _names_a_thing(sp, word):
                # a thing ("Un argumentaire qui est loin de satisfaire X. Pour lui, …"), also through a
                # relative pronoun: the pronoun that speaks stands for someone
                return False
            if gender == "Masc" and number != "Plur" and sp.type == "person":
                # "Ingrid Betancourt": a woman's given name, which the article does not contradict,
                # is never "il" (the article's own evidence alone is too weak: "des personnes âgées,
                # selon Issa Tchiroma Bakary" reads as feminine)
                name = sp.canonical or sp.text
                return not (given_name_gender(name) == "Fem"
                            and self.gender_of(name, given_names=False) != "Masc")
            if gender != "Fem" or number == "Plur" or sp.type != "person":
                return True
            if word is not None and word.upos != "PROPN" and _feat(word, "Gender") == "Fem":
                return True  # "la responsable socialiste": the phrase itself is feminine
            known = self.gender_of(sp.canonical or sp.text, given_names=False)
            # (the given name's gender, unless the article contradicts itself about the person)
            given = self.gender_of(sp.canonical or sp.text) if known is None else None
            if known is None and given == "Masc":
                return False  # "Eric Drouet": a man's given name, never "elle"
            if known is None and given == "Fem":
                if given_ok and not fallback_fem:
                    return True  # a subject with a woman's given name, nearest ("Theresa May a jugé …")
                if not fallback_fem:
                    fallback_fem.append(sp)  # a woman's given name: the first fallback
            if known is None and not fallback:
                fallback.append(sp)
            return known == "Fem"

        def accept_given(sp: Speaker, word: Word | None = None) -> bool:
            return accept(sp, word, given_ok=True)

        verb = sent.words[head.head - 1] if head.head else None
        if verb is not None and (verb.lemma or "").lower() in _GOING_ON \
                and ((head.text or "").startswith("-") or (word_offsets(verb)[0] or 0) < (pos or 0)):
            # "« … », a-t-il ajouté": who goes on is who just spoke, the voice of the last quote
            # in this sentence or the one before ("« A », a-t-il déclaré. TF1 lui a proposé de
            # rester, « B », a-t-il ajouté": il is the one who declared, not TF1)
            # (or a document's: "« … », conclut ce rapport. « … », ajoute-t-il")
            last = [q for q in self.done if q.kind != "indirect" and q.speaker_canonical and (
                        q.speaker_type == "person" or q.speaker_type == "organization" and _DOCUMENT_SPEAKER_RE.match(q.speaker or ""))
                    and q.start < (pos or 0) and self._sentences_apart(q.end, si) <= 1
                    and _written_agrees(q.speaker or "", gender, number)]
            if last:
                sp = Speaker.of(last[-1], last[-1].confidence * 0.9)
                # (a woman's given name is enough here: she is the one who just spoke)
                if accept_given(sp) or _DOCUMENT_SPEAKER_RE.match(sp.text):
                    return sp
        for j in range(si, max(-1, si - ANTECEDENT_WINDOW), -1):
            if not is_annotated(self.doc.sentences[j]):
                # parse further back only when the antecedent is not in view, a few sentences at a time
                self._ensure(list(range(max(0, j - LOOKBACK_BATCH + 1), j + 1)))
                if not is_annotated(self.doc.sentences[j]):
                    continue
            subjects = self._subjects_before(j, pos if j == si else None)
            if j == si:
                # not a subject inside the pronoun's own participle clause ("Interrogé sur les buts
                # encaissés par Thierry Omeyer, il explique …": Omeyer is what he was asked about)
                inner = self._own_clause_adjuncts(sent, head)
                # (nor a second subject of the pronoun's own verb: the parser's misreading of a name in
                # an adjunct, "En réponse au président du groupe, Jean-Marc Ayrault, il a promis …")
                subjects = [sw for sw in subjects
                            if not any(a <= (word_offsets(sw[1])[0] or 0) < b for a, b in inner)
                            and not (head.head and sw[1].head == head.head and sw[1].id != head.id)]
                # (nor the subject of a verb whose object clitic is this same pronoun: "TF1 lui a proposé
                # de rester, mais pour lui « … »": lui is not TF1, which a clitic of its own verb cannot be)
                form = (head.text or "").lower()
                if form in ("lui", "eux"):
                    subjects = [sw for sw in subjects if not (sw[1].head and any(
                        (c.text or "").lower() == form and c.upos == "PRON" and c.id != head.id
                        and base_deprel(c) in ("iobj", "obj", "obl:arg")
                        for c in children(sent, sw[1].head)))]
            # the subject of a clause a source marker attributes ("Les personnels ont décidé …, selon la
            # CGT") comes last, and only as a person: the marker's source or a subject of the
            # journalist's own is nearer in mind ("Pour Chartier, Fillon est victime … Il estime …": il
            # is Chartier)
            claimed = [sw for sw in subjects if self._in_claim(word_offsets(sw[1])[0])]
            subjects = [sw for sw in subjects if sw not in claimed]
            if not subjects and j != si and number != "Plur":
                found = self._verbless_name(j, gender)
                if found is not None and accept(found):
                    return found
            speaking = [sw for sw in subjects if self._speaking(*sw)]
            relative = [sw for sw in subjects if sw not in speaking and "PronType=Rel" in (sw[1].feats or "")]
            others = [sw for sw in subjects if sw not in speaking and sw not in relative]
            # a subject inside a relative clause is about its antecedent, not a topic of the sentence
            # ("le candidat a dressé un portrait …, avant de pointer les problèmes auxquels le pays
            # fait face. Il affirme …": il is the candidate): it comes after the others; and so does the
            # agent of a passive, after the passive's subject ("Le présentateur a été écarté par le
            # directeur …, il dit …": il is the presenter)
            others.sort(key=lambda sw: (self._in_relative_clause(*sw), sw[1].deprel == "obl:agent"))
            speaking.sort(key=lambda sw: sw[1].deprel == "obl:agent")
            # A careful reader takes "a-t-il ajouté" for the last one who spoke: the subject of a
            # reporting verb, else another subject of the sentence, else the voice of a quote or
            # claim already attributed in it ("Pour X, Y « … ». « … », ajoute-t-il": il = X, not Y;
            # "Pour X, il s'agit d'une coïncidence. « … », précise-t-il": il = X), and only then the
            # subject of a relative clause about someone else ("… offrir des costumes à un homme
            # politique, qui pourrait …").
            found = (self._agreeing(speaking, sent, head, gender, number, depth, accept_given)
                     or self._agreeing(others, sent, head, gender, number, depth, accept_given))
            if found is None and number != "Plur":
                found = self._voice_of_sentence(j, None if j != si else pos, accept, gender, number)
            found = found or self._agreeing(relative, sent, head, gender, number, depth, accept)
            if found is None:
                found = self._agreeing(claimed, sent, head, gender, number, depth,
                                       lambda sp, w=None: sp.type == "person" and accept(sp, w))
            if found is None and number == "Plur" and j == si - 1:
                found = self._plural_group(j, head, gender, depth)
            if found is not None:
                return found
            # no speaking subject: a named person of the sentence, nearest first (not in an
            # intertitle, whose names are topics: "Un duel qui promet avec Contador")
            s0, e0 = self.sent_bounds[j]
            if number == "Sing" and not (j != si and s0 is not None and e0 is not None
                                         and "\n" not in self.text[s0:e0].strip() and is_heading_line(self.text[s0:e0])):
                lim = pos if j == si else e0
                own = self._own_clause_adjuncts(sent, head) if j == si else []
                # (not a name in apposition to the adjunct before the pronoun: "En réponse au président
                # du groupe socialiste, Jean-Marc Ayrault, il a promis …"; a name opening the sentence,
                # "Jean-Marc Ayrault, il …", is its topic and may be)
                people = [e for e in self.entities if e.label == "PER" and s0 <= e.start < lim
                          and not self._in_marks(e.start) and self.gender_of(e.text) in (None, gender)
                          and not any(a <= e.start < b for a, b in own) and not _role_only(e.text)
                          and not (j == si and re.fullmatch(r"\s*,\s*", self.text[e.end:lim])
                                   and self.text[s0:e.start].rstrip().endswith(","))]
                if people:
                    e = people[-1]
                    sp = Speaker(e.text, self.full_name(e.text), "person", e.start, e.end, 0.5)
                    if accept(sp):
                        return sp
        return (fallback_fem or fallback or [None])[0]

    def _verbless_name(self, j: int, gender: str | None) -> Speaker | None:
        """A sentence with no verb, cut short or misparsed ("Le 6 août, le YouTubeur Squeezie, …,
        poste", "poste" read as a noun): a role noun heading it with a name after it ("le YouTubeur
        Squeezie") is what the sentence is about, and stands as its subject."""
        sent = self.doc.sentences[j]
        if any(w.upos in ("VERB", "AUX") for w in sent.words):
            return None
        nouns = speaker_nouns()
        for root in (w for w in sent.words if not w.head):
            if nouns.get((root.lemma or root.text or "").lower()) != "person":
                continue
            names = [c for c in children(sent, root.id) if c.upos == "PROPN" and base_deprel(c) in ("flat", "appos")
                     and c.id == root.id + 1]
            if not names or (gender and _feat(root, "Gender") not in (None, gender)):
                continue
            name_ids = subtree_ids(sent, names[0].id)
            ids = {root.id} | name_ids | {c.id for c in children(sent, root.id) if base_deprel(c) == "det" and c.id < root.id}
            span = span_of(sent, {i for i in ids if sent.words[i - 1].upos != "PUNCT"})
            if span is None:
                continue
            name = " ".join(w.text for w in sent.words if w.id in name_ids and w.upos == "PROPN")
            return Speaker(self.text[span[0]:span[1]], self.full_name(name), "person", span[0], span[1], 0.5)
        return None

    def _plural_group(self, j: int, head: Word, gender: str | None, depth: int) -> Speaker | None:
        """A plural pronoun with no subject to stand for in sentence `j`: the last group of people
        named there in another role, with what it is coordinated to ("Cette décision a provoqué la
        colère des féministes ainsi que des défenseurs des droits de l'homme. Pour eux, « … »")."""
        sent = self.doc.sentences[j]
        nouns = speaker_nouns()
        def shallow(w: Word) -> bool:
            # at most one noun between the group and its verb ("la colère des féministes"; NOT "la
            # montée de la radicalisation des jeunes": a topic, not people acting)
            up = itertools.takewhile(lambda a: a.upos not in ("VERB", "AUX"), ancestors(sent, w))
            return sum(a.upos in ("NOUN", "PROPN") for a in up) <= 1

        groups = [w for w in sent.words if w.upos == "NOUN" and _feat(w, "Number") == "Plur"
                  and nouns.get((w.lemma or "").lower()) in ("person", "anonymous") and shallow(w)
                  and not self._in_marks(word_offsets(w)[0]) and not self._in_claim(word_offsets(w)[0])]
        for w in reversed(groups):
            first = None
            while w.head and base_deprel(w) == "conj":
                up = sent.words[w.head - 1]
                if up.upos == "NOUN" and _feat(up, "Number") == "Plur":
                    w = up  # the first of the coordinated groups heads them all
                    continue
                # the parser hung the second group on another noun ("la colère des féministes ainsi
                # que des défenseurs …"): the plural noun right before the coordinator is the first
                cc = min([c.id for c in children(sent, w.id) if base_deprel(c) in ("cc", "det")] or [w.id])
                first = next((x for x in reversed(sent.words[max(0, cc - 4):cc - 1])
                              if x.upos == "NOUN" and _feat(x, "Number") == "Plur"), None)
                break
            if gender == "Fem" and _feat(first or w, "Gender") == "Masc":
                continue
            sp = self.mention(sent, w, depth + 1)
            if sp is None or not sp.canonical or sp.type not in ("person", "anonymous", "unknown"):
                continue
            if first is not None and sp.start is not None:
                fs = min(word_offsets(x)[0] or 0 for x in [first] + [c for c in children(sent, first.id)
                                                                  if base_deprel(c) == "det"])
                text = self.text[fs:sp.end]
                return Speaker(text, text, "anonymous", fs, sp.end, sp.confidence * 0.8)
            return Speaker(sp.text, sp.canonical, "anonymous" if sp.type == "unknown" else sp.type,
                           sp.start, sp.end, sp.confidence * 0.8)
        return None

    def _own_clause_adjuncts(self, sent: Sentence, pron: Word) -> list[tuple[int, int]]:
        """Spans of the arguments of the non-finite clauses before a personal pronoun that hang on
        its own verb: the clause's unstated subject is the pronoun, and a pronoun does not stand for
        its own co-argument ("Succédant à Robert Namias, il réfute …": il is not Namias; "Interrogé
        par X, il …"). A name deeper in a phrase may be ("dans une vidéo mise en ligne sur le site de
        X, ce dernier a affirmé": X), and so may any name for a demonstrative."""
        if not pron.head or base_deprel(pron) not in ("nsubj", "expl") or (pron.text or "").lower() not in _PERSONAL:
            return []
        verb = sent.words[pron.head - 1]
        pos = word_offsets(pron)[0] or 0
        clauses = [c for c in children(sent, verb.id) if c.id < pron.id and base_deprel(c) in ("advcl", "acl", "xcomp")
                   and (_feat(c, "VerbForm") in ("Part", "Inf", "Ger") or c.upos == "ADJ")]
        clauses += [k for c in clauses for k in children(sent, c.id) if base_deprel(k) == "conj"]
        out = []
        for c in clauses:
            for g in children(sent, c.id):
                if base_deprel(g) in ("obj", "iobj", "obl"):
                    span = span_of(sent, subtree_ids(sent, g.id))
                    if span and span[0] < pos:
                        out.append(span)
            if (c.lemma or "").lower() in _ASKED:
                # "Interrogé sur les nombreux buts encaissés par Thierry Omeyer, il explique …": what he
                # was asked about, however deep, names someone else
                span = span_of(sent, subtree_ids(sent, c.id))
                if span and span[0] < pos:
                    out.append(span)
        return out

    def _in_relative_clause(self, sent: Sentence, w: Word) -> bool:
        return any((a.deprel or "").startswith("acl:relcl") for a in ancestors(sent, w))

    def _speaking(self, sent: Sentence, w: Word) -> bool:
        """The subject of a reporting verb."""
        return bool(w.head) and cue_lemma(sent, sent.words[w.head - 1], self.lang) is not None

    def _agreeing(self, subjects: list[tuple[Sentence, Word]], sent: Sentence, head: Word, gender: str | None,
                  number: str | None, depth: int, accept: Callable[..., bool]) -> Speaker | None:
        """The first of `subjects` (not the pronoun itself) that agrees and names a speaker."""
        for s2, w in subjects:
            if (s2 is sent and w.id == head.id) or not self._agrees(s2, w, gender, number):
                continue
            cand = self.mention(s2, w, depth + 1)
            if (cand is not None and cand.canonical and accept(cand, w)
                    and (cand.type in ("person", "organization", "anonymous") or _missed_name(cand, w))):
                return cand
        return None

    def _voice_of_sentence(self, j: int, before: int | None, accept: Callable[..., bool],
                           gender: str | None = None, number: str | None = None) -> Speaker | None:
        """The speaker of the last quote or claim already attributed in sentence `j` (before `before`)
        that agrees with the pronoun as written ("elle" is not "selon les militaires colombiens")."""
        quoted = [q for q in self.done if q.speaker_canonical
                  and q.speaker_type in ("person", "anonymous", "organization")
                  and self._sent_index(q.start) == j and (before is None or q.start < before)
                  and _written_agrees(q.speaker or "", gender, number)]
        if quoted:
            sp = Speaker.of(quoted[-1], quoted[-1].confidence * 0.8)
            if accept(sp):
                return sp
        return None

    def _agrees(self, sent: Sentence, w: Word, gender: str | None, number: str | None) -> bool:
        if "PronType=Rel" in (w.feats or "") and w.head:
            # "qui" agrees as its antecedent does ("une lecture … qui concerne" is no "il")
            rel_verb = sent.words[w.head - 1]
            if base_deprel(rel_verb) == "acl" and rel_verb.head:
                w = sent.words[rel_verb.head - 1]
        feats = dict(f.split("=", 1) for f in (w.feats or "").split("|") if "=" in f)
        # a coordinated name or determined noun makes a group; a bare noun is one more title of the same
        # person ("Benjamin Cauchy, Gilet jaune de Haute-Garonne et fondateur du mouvement")
        conj = any(base_deprel(c) == "conj" and any(base_deprel(g) == "cc" for g in children(sent, c.id))
                   and (c.upos in ("PROPN", "PRON") or any(base_deprel(g) == "det" for g in children(sent, c.id)))
                   and not self._in_marks(word_offsets(c)[0])  # « Citron »: a name quoted, not a person
                   for c in children(sent, w.id))
        # (a share of people counts many: "71 % des Français" is no "elle")
        w_number = "Plur" if conj or w.text == "%" else feats.get("Number")
        if w_number is None and w.upos == "PROPN" and self._entity_at(*(o or 0 for o in word_offsets(w)), ("PER",)):
            w_number = "Sing"  # a person's name the tagger left without number is one person
        if number and w_number and w_number != number:
            return False
        named = any(base_deprel(c) == "appos" and (c.upos == "PROPN" or c.upos == "X" and c.text[:1].isupper())
                    for c in children(sent, w.id))  # a foreign name is tagged X ("l'ONG Human Rights Watch")
        if gender and feats.get("Gender") and feats["Gender"] != gender and w.upos != "PROPN" and not named:
            # (a noun with a name in apposition goes by the name: the tagger guesses the gender of
            # an elided noun, "L'imam …, Mohammed Karabila" came out feminine)
            return number == "Plur"  # a masculine plural covers mixed groups
        if gender and number != "Plur" and w.upos == "PROPN":
            ent = self._entity_at(*(o or 0 for o in word_offsets(w)), ("PER",))
            known = self.gender_of(ent.text) if ent is not None else None
            if known and known != gender:
                return False
        return True

    # ------------------------------------------------------------------ subjects of cue verbs

    def _speaking_phrase(self, sent: Sentence, noun: Word | None) -> Speaker | None:
        """The phrase headed by `noun` as a speaker, when it names someone (a person, a body or an
        unnamed source), not a thing."""
        sp = self.mention(sent, noun) if noun is not None else None
        return sp if sp is not None and sp.type in ("person", "organization", "anonymous") else None

    def subject_of(self, sent: Sentence, verb: Word, depth: int = 0, inverted: bool = False) -> Speaker | None:
        """Speaker of a reporting verb (`_subject_of_any`), never words quoted when the verb is not
        (« C'est un geste … » poursuivant par « … »: "C'" is what is said, not who says it)."""
        sp = self._subject_of_any(sent, verb, depth, inverted)
        if sp is not None and sp.start is not None and self._in_quote(sp.start) \
                and not self._in_quote(word_offsets(verb)[0]):
            return None
        return sp

    def _subject_of_any(self, sent: Sentence, verb: Word, depth: int = 0, inverted: bool = False) -> Speaker | None:
        """Speaker of a reporting verb: its subject, completed by French control and voice rules.

        `inverted`: the verb opens an incise after a quote, where French puts the subject after
        the verb; parsers often take that subject for an object."""
        if depth > 6 or impersonal_passive(sent, verb):
            return None
        # "Ces poids lourds, dit le 44e président, « partagent … »": an incise between commas inside
        # the sentence puts its subject after it, whatever subject the parser hung before it
        inverted = inverted or comma_incise(sent, verb)
        # "Comme le rappelle le ministre, …": after "comme" the subject follows the verb (the parser
        # makes it the object)
        inverted = inverted or (mark_word(sent, verb, "comme") is not None
                                and not any(is_subject(c, sent) for c in children(sent, verb.id)))
        if inverted and (_present_participle(verb) or (_feat(verb, "VerbForm") == "Inf" and any(
                base_deprel(c) == "mark" for c in children(sent, verb.id)))) and not (
                # (but for the infinitive of an incise's verb: "», a tenu à préciser le député")
                base_deprel(verb) == "xcomp" and verb.head and self._opens_incise(sent, sent.words[verb.head - 1])):
            # "« … », invitant les journalistes à …", "« … », sans en préciser la nature": a participle
            # or an infinitive with its preposition puts no subject after it ("a fait valoir Mme Weiss" does)
            inverted = False
        if inverted and verb.upos in ("NOUN", "ADJ") and incise_homograph_cue(sent, verb, self.lang):
            # the incise's verb read as a noun or an adjective ("», plaisante un responsable"): its
            # subject is the phrase right after it, wherever the parser hung that
            nxt = sent.words[verb.id]
            head = nxt if nxt.upos == "PROPN" or not nxt.head else sent.words[nxt.head - 1]
            if head.id > verb.id and head.upos in ("NOUN", "PROPN"):
                found = self.mention(sent, head, depth + 1)
                if found is not None:
                    return found
        kids = [c for c in children(sent, verb.id) if not self._in_marks(word_offsets(c)[0])
                or self._scare_quoted_noun(sent, c)]
        # "par la voix de X": X speaks
        for c in kids:
            if base_deprel(c) == "obl" and (c.lemma or c.text).lower() == "voix":
                for n in children(sent, c.id):
                    if base_deprel(n) == "nmod":
                        sp = self.mention(sent, n)
                        if sp is not None:
                            return sp
        agent = [c for c in kids if c.deprel == "obl:agent"]
        passive = any(c.deprel == "aux:pass" for c in kids)
        if agent and passive:
            return self.mention(sent, agent[0])
        if passive or bare_participle(sent, verb, "Past"):
            # a bare past participle is passive: "Qualifié de journal qui « s'est couché » par le
            # directeur de Libération": the agent speaks, wherever the parser hung it in the phrase
            # (and so does a passive's agent the parser hung inside the quote: "sont décrits comme
            # « des gens … » par une voisine")
            vs = word_offsets(verb)[0] or 0
            agents = [w for w in sent.words if agent_phrase(sent, w)
                      and not any(base_deprel(c) == "case" and c.text.lower() == "de" for c in children(sent, w.id))
                      and (word_offsets(w)[0] or 0) > vs and self._agent_path(sent, w, verb)
                      and not self._in_marks(word_offsets(w)[0])]
            if agents:
                return self.mention(sent, agents[0])
        subj = outside_marked_clause([c for c in kids if is_subject(c, sent)], kids, verb)
        if not subj and any(_impersonal_passive(sent, c) for c in kids):
            return None  # "il est demandé que …": nobody named, not the nearest person
        if not subj and passive and depth == 0 and base_deprel(verb) == "xcomp" and not has_reflexive(sent, verb):
            # a reporting verb in the passive under a modal: the modal's subject is what the verb is
            # done to, no speaker ("un marché public peut être conclu « sans aucune procédure »"); a
            # passive above the verb may speak ("X est invité à expliquer"), and a clause it hangs on
            # does ("encourage … afin que la conservation … soit assurée")
            return None
        if len(subj) > 1:
            # (a noun after a comparison's "que" is no subject: "Julien Dray, signataire de la même
            # motion que la présidente de la région, a déclaré")
            subj = [c for c in subj if not any(base_deprel(g) == "case" for g in children(sent, c.id))] or subj
            # "un mois après, il avait avoué": the parser took a time for a second subject
            subj = [c for c in subj if (c.lemma or "").lower() not in TIME_NOUNS] or subj
            # "L'Etat, a-t-il ajouté, va …": an inverted clitic is the verb's own subject, the noun
            # before the incise is the other clause's; and a subject pronoun is the verb's own beside a
            # name the parser hung there too ("En réponse au président du groupe, Jean-Marc Ayrault, il
            # a promis …")
            subj = [c for c in subj if (c.text or "").startswith("-") and c.upos == "PRON"] or [
                c for c in subj if c.upos == "PRON" and "PronType=Prs" in (c.feats or "")] or subj
        if inverted and any(c.upos == "PRON" and "PronType=Prs" in (c.feats or "") and c.id < verb.id
                            and not (c.text or "").startswith("-") for c in subj):
            # a subject pronoun before the verb is the plain order, no incise ("Evoquant sa « pudeur »,
            # elle n'a pas commenté sa grossesse": she speaks, not her pregnancy)
            inverted = False
        if inverted:
            # an incise: the subject follows the verb at once (parsers often call it an object,
            # and sometimes take a later noun for the subject)
            # after the verb group: "a-t-il estimé" puts the pronoun between auxiliary and participle
            vs = _verb_group_start(verb, kids)
            # (an adjective with a determiner is a noun: "glisse un proche", tagged ADJ)
            # (not a time before the subject: "a ainsi reconnu jeudi le procureur")
            after = sorted((c for c in kids if (word_offsets(c)[0] or 0) > vs and (
                               c.upos in ("NOUN", "PROPN", "PRON")
                               or c.upos == "ADJ" and any(base_deprel(d) == "det" for d in children(sent, c.id)))
                            and not euphonic_t(c)
                            and not ((c.lemma or "").lower() in TIME_NOUNS
                                     and (base_deprel(c) == "obl" or not any(base_deprel(d) == "det"
                                                                               for d in children(sent, c.id))))
                            and (base_deprel(c) in ("nsubj", "obj", "iobj", "appos", "obl", "nmod", "expl")
                                 # ("peste un autre": the adjective with its determiner read as an attribute)
                                 or base_deprel(c) == "xcomp" and c.upos == "ADJ")
                            and not any(base_deprel(g) == "case" for g in children(sent, c.id))
                            and (base_deprel(c) != "expl" or is_subject(c, sent))),
                           key=lambda c: c.id)
            if after:
                subj = after[:1]
                first = after[0]
                if first.upos == "NOUN" and first.id < len(sent.words) and sent.words[first.id].text == "," \
                        and not any(base_deprel(d) == "det" for d in children(sent, first.id)):
                    # a bare word set off by commas is a manner ("s'exclame, goguenard, X"): the name after it
                    named = [c for c in children(sent, first.id) if base_deprel(c) in ("conj", "appos")
                             and c.upos == "PROPN"]
                    subj = named[:1] or subj
            elif not subj:
                # "a déclaré à l'AFP Christophe Reille": the parser ran the name into the
                # complement before it; the person the NER finds right after the verb speaks
                sp = self._nearest_person(sent, verb, inverted=True)
                # (further when the name closes the sentence: "», remarquait d'ailleurs lors de son
                # audition la Garde des Sceaux Rachida Dati.", the name the parser hung on "lors")
                if sp is not None and sp.start is not None and sp.end is not None and sp.start > vs \
                        and ((sp.start - vs) < 60 or ((sp.start - vs) < 120 and re.match(r"\s*[.!?]", self.text[sp.end:])))\
                        and "," not in self.text[vs:sp.start]:
                    return sp
        if subj and verb.head and _present_participle(verb) and not inverted and all(c.id < verb.id and sent.words[verb.id - 2].text == "," and
                                         any(w.text == "," for w in sent.words[c.id:verb.id - 2]) for c in subj):
            # "…, reconnaissant que": a present participle after a comma has the subject of the clause
            # it hangs on; a noun before an earlier comma that the parser made its subject is not
            # ("n'a confirmé que le blocage de l'usine, qui dure depuis mai, reconnaissant que …")
            subj = []
        if not subj and _feat(verb, "VerbForm") == "Inf" and verb.head and any(
                base_deprel(c) == "mark" and (c.lemma or "").lower() == "de" for c in kids):
            # "Et Jean-François Téaldi d'ajouter : « … »": the narrative infinitive, the noun before
            # it (which heads the verbless sentence) is who speaks
            noun = sent.words[verb.head - 1]
            if noun.upos in ("PROPN", "NOUN") and base_deprel(noun) == "root" and noun.id < verb.id:
                sp = self.mention(sent, noun)
                if sp is not None and sp.type in ("person", "organization", "anonymous"):
                    return sp
        if not subj and not inverted:
            # "la ministre de la Culture (celle qui présentera …, elle qui …), assure qu'…": a
            # parenthesis between the subject and its verb, which the parser then loses
            sp = self._speaking_phrase(sent, _noun_before_parenthesis(sent, verb))
            if sp is not None:
                return sp
        if not subj and _present_participle(verb) and not inverted:
            own = self._absolute_subject(sent, verb)
            if own is not None:
                return self.mention(sent, own)
            # "a reçu une demande écrite du ministère lui suggérant de …": a participle right after a
            # noun phrase, no comma between, qualifies it; its subject is that phrase, whatever the
            # parser hung it on (here the main verb's conjunct)
            sp = self._speaking_phrase(sent, _noun_before_participle(sent, verb))
            if sp is not None:
                return sp
        if not subj:
            # "Tout comme Nadine Morano, ex-députée, l'avait appelée …": with no subject of its own,
            # the verb's subject is the name the parser read as a comparison ("comme X")
            like = [c for c in kids if base_deprel(c) == "obl" and c.id < verb.id and c.upos == "PROPN"
                    and any(base_deprel(k) == "case" and (k.text or "").lower() == "comme" for k in children(sent, c.id))]
            if like:
                sp = self.mention(sent, like[0])
                if sp is not None and sp.type == "person":
                    return sp
        if (not subj and (verb.deprel or "").startswith("acl:relcl") and verb.head
                and (sent.words[verb.head - 1].text or "").lower() in _DEMONSTRATIVE_HEADS
                and not any("PronType=Rel" in (c.feats or "") for c in kids) and verb.head < verb.id):
            # "celui qui est considéré comme le chef du groupe avait affirmé que …": no relative pronoun
            # of its own, so not a second relative clause; the parser hung the main verb on its subject
            sp = self.mention(sent, sent.words[verb.head - 1], depth + 1)
            if sp is not None:
                return sp
        if not subj and (not any(c.deprel == "aux:pass" for c in kids) or has_reflexive(sent, verb)):
            # a participle in the active voice that the parser read as passive; a pronominal verb
            # ("s'est défendu") takes être as its auxiliary and is never passive
            subj = [c for c in kids if c.deprel == "nsubj:pass"]
        if subj:
            # "L'un d'eux, un Kanak âgé de 20 ans, a affirmé": a noun beats a pronoun; but not a
            # detached word before the pronoun that no entity covers ("Ému, il déclare")
            subj = [c for c in subj if not (
                len(subj) > 1 and c.upos in ("NOUN", "PROPN", "ADJ") and c.id < len(sent.words)
                and sent.words[c.id].text == "," and self._entity_at(*(o or 0 for o in word_offsets(c))) is None)]
            nouns = [c for c in subj if c.upos in ("NOUN", "PROPN")]
            if len(subj) > 1 and any(c.upos == "PRON" and (c.text or "").lower().lstrip("-").replace("t-", "", 1)
                                     in _PERSONAL for c in subj):
                # a pronoun beats a thing the parser also took for a subject ("La libération d'Ingrid
                # Betancourt annoncée, il a fait savoir …": an absolute clause, il speaks)
                nouns = [c for c in nouns if c.upos == "PROPN" or (c.lemma or "").lower() in speaker_nouns()
                         or self._entity_at(*(o or 0 for o in word_offsets(c))) is not None]
                if not nouns:
                    subj = [c for c in subj if c.upos == "PRON"] or subj
            # two nouns before the verb: the nearer is its subject, the other a detached phrase the
            # parser also took for one ("Outre Laurence Parisot, le patron de la CFDT … avait protesté")
            before = [c for c in nouns if c.id < verb.id]
            if len(before) > 1:
                return self.mention(sent, before[-1])
            chosen = (nouns or subj)[0]
            sp = self.mention(sent, chosen)
            if (sp is not None and sp.type == "unknown" and chosen.upos == "NOUN" and chosen.id < verb.id
                    and (chosen.lemma or "").lower() not in speaker_nouns()):
                # a thing the parser made the subject, with a person named in apposition right before
                # the verb ("Dernière sortie, …, le ministre de la Défense …, Hervé Morin, s'est
                # interrogé …"): the person acts
                vgs = min([_verb_group_start(verb, kids)] + [
                    word_offsets(c)[0] or 0 for c in kids if c.id < verb.id and c.deprel == "expl:pv"])
                while vgs > 0 and self.text[vgs - 1] in " ,\u00a0":
                    vgs -= 1  # (the comma that closes the apposition)
                named = self._person_before(sent, vgs)
                if named is not None and (named.start or 0) > (word_offsets(chosen)[0] or 0) \
                        and not self._in_pp(sent, named.start or 0, named.end or 0):
                    # (not a name after a preposition: "l'équipe de François Fillon")
                    return named
            return sp
        if not verb.head:
            return self._nearest_person(sent, verb, inverted)
        gov = sent.words[verb.head - 1]
        # a parser hangs "…, précisant que" on a verb inside the quote before it: the clause
        # goes with the journalist's verb above the quote, not with the quoted words
        while gov.head and self._in_quote(word_offsets(gov)[0]) and not self._in_quote(word_offsets(verb)[0]):
            gov = sent.words[gov.head - 1]
        rel = base_deprel(verb)
        de_infinitive = (rel in ("conj", "advcl") and "VerbForm=Inf" in (verb.feats or "")
                         and any(base_deprel(m) == "mark" and m.text.lower() in ("de", "d'", "d’")
                                 for m in children(sent, verb.id)))
        if rel == "xcomp" and gov.upos in ("NOUN", "PROPN") and gov.id < verb.id and base_deprel(gov) == "nsubj":
            # the narrative infinitive: "Et le premier ministre de conclure : « … »" (the parser
            # hangs the infinitive on the noun, its subject)
            return self.mention(sent, gov)
        if rel == "xcomp" or de_infinitive:
            if gov.upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
                # an infinitive the parser hung on an adverb ("n'a pas manqué lors de sa visite de
                # réaffirmer que"): the verb above it is the one it depends on
                up = next((a for a in ancestors(sent, gov) if a.upos in ("VERB", "AUX")), None)
                return self.subject_of(sent, up, depth + 1) if up is not None else None
            obj = [c for c in children(sent, gov.id) if base_deprel(c) in ("obj", "iobj") and c.id < verb.id]
            if obj and obj[0].upos != "PRON":
                return self.mention(sent, obj[0])  # convaincre X de demander: X asks
            return self.subject_of(sent, gov, depth + 1)
        gerund = rel == "advcl" and any(base_deprel(m) == "mark" and (m.text or "").lower() == "en"
                                          for m in children(sent, verb.id))
        if (rel in ("ccomp", "parataxis") or gerund) and _present_participle(verb) and gov.upos in ("VERB", "AUX"):
            # "…, affirmant que": the clause's subject speaks (and a gerund's, "tout en martelant
            # que", is its clause's by French grammar); "« … », a déclaré le ministre, ajoutant
            # que": the clause is an incise, whose subject follows its verb
            if (gov.deprel or "").startswith("acl:relcl") and (word_offsets(verb)[0] or 0) > (word_offsets(gov)[0] or 0):
                # a relative clause's verb describes its noun, whose subject does not act on after
                # it: "… sur les violences qui ont secoué le Tibet, menaçant de quitter sa charge" is
                # the one who threatens in the clause above ("Le dalaï lama a assuré …")
                up = next((a for a in ancestors(sent, gov) if a.upos in ("VERB", "AUX")
                           and not (a.deprel or "").startswith("acl:relcl")), None)
                if up is not None:
                    return self.subject_of(sent, up, depth + 1)
            if gerund:
                # a gerund goes with its sentence's main clause: one the parser hung inside a reported
                # clause is the reporting verb's ("Une source affirme que l'exploitation … laisserait
                # penser que …, tout en ajoutant qu'« … »": the source adds)
                chain = [gov, *ancestors(sent, gov)]
                top = None
                for lower, upper in zip(chain, chain[1:], strict=False):
                    if base_deprel(lower) not in ("ccomp", "xcomp"):
                        break
                    if cue_lemma(sent, upper, self.lang):
                        top = upper
                if top is not None:
                    return self.subject_of(sent, top, depth + 1)
            return self.subject_of(sent, gov, depth + 1, inverted=self._opens_incise(sent, gov))
        if rel == "acl" and gov.upos not in ("VERB", "AUX") and is_subject(gov, sent):
            return self.mention(sent, gov)  # "Ce dernier, accusant X de …": the subject the participle describes
        if rel in ("conj", "advcl", "acl") and gov.upos in ("VERB", "AUX", "ADJ", "NOUN"):
            if rel == "conj" and (not gov.head or base_deprel(gov) == "conj") and any(
                    base_deprel(c) == "aux" for c in kids) and not any(
                    c.deprel == "obl:agent" for c in children(sent, gov.id)):
                # "La femme … avait été interpellée et avait expliqué avoir …": the active verb
                # coordinated with a passive shares its subject, the one the passive acted upon
                pass_subj = [c for c in children(sent, gov.id) if c.deprel == "nsubj:pass"]
                if pass_subj and not any(is_subject(c, sent) for c in kids):
                    return self.mention(sent, pass_subj[0])
            if rel == "acl" and gov.upos == "NOUN":
                # a noun with a subject of its own is a parser slip for a verb phrase ("le général a,
                # dans un discours, précisé que": discours taken for the root): its subject speaks
                gsubj = [c for c in children(sent, gov.id) if is_subject(c, sent)]
                if gsubj:
                    return self.mention(sent, gsubj[0])
                # a noun inside a prepositional phrase ("…, au terme d'une semaine de négociations,
                # annonçant que …") is not who speaks: the clause's own subject is
                if any(base_deprel(c) == "case" for c in children(sent, gov.id)) and gov.head:
                    up = sent.words[gov.head - 1]
                    if up.upos in ("VERB", "AUX", "ADJ"):
                        return self.subject_of(sent, up, depth + 1)
                    return None
                if bare_participle(sent, verb, "Past"):
                    # a passive participle describes the thing it qualifies, which does not speak
                    # ("en lançant une cagnotte, ironiquement qualifiée d'« opération de la dernière
                    # chance »"): with no agent, whoever acts on that thing does; else nobody named
                    up = sent.words[gov.head - 1] if gov.head else None
                    if up is not None and up.upos in ("VERB", "AUX") and base_deprel(gov) in ("obj", "obl", "obl:arg"):
                        return self.subject_of(sent, up, depth + 1)
                    return None
                return self.mention(sent, gov)
            if rel == "advcl" and _present_participle(verb) and base_deprel(gov) == "ccomp" and gov.head \
                    and sent.words[verb.id - 2].text == ",":
                # "X refuse que les échantillons soient analysés, arguant qu'ils …": the parser hung the
                # participle on the clause X refuses; what that clause is about does not argue, X does
                sp = self.subject_of(sent, gov, depth + 1)
                up = sent.words[gov.head - 1]
                if (sp is None or sp.type == "unknown") and up.upos in ("VERB", "AUX"):
                    return self.subject_of(sent, up, depth + 1) or sp
                return sp
            # "…, a reconnu la ministre, Christine Lagarde, précisant que": the participle goes on from
            # an incise, whose subject follows its verb
            incise = rel == "conj" and _present_participle(verb) and self._incise_shaped(sent, gov)
            return self.subject_of(sent, gov, depth + 1, inverted=incise)
        return self._nearest_person(sent, verb, inverted)

    def _incise_shaped(self, sent: Sentence, verb: Word) -> bool:
        """A verb group right after a comma, with no subject before it: the verb of an incise."""
        kids = children(sent, verb.id)
        first = min([verb.id] + [c.id for c in kids if base_deprel(c) == "aux" and c.id < verb.id])
        return first > 1 and sent.words[first - 2].text == "," and not any(
            is_subject(c, sent) and c.id < verb.id for c in kids)

    def _agent_path(self, sent: Sentence, w: Word, verb: Word) -> bool:
        """`w` hangs under `verb` through no clause of the journalist's own: a verb on the way is
        one inside quotation marks (the parser read the agent into the quote), never another
        clause ("… affirmant que ces chicanes ont été générées par les médias": the medias are the
        agent of the reported clause, not of the reporting verb)."""
        for a in ancestors(sent, w):
            if a.id == verb.id:
                return True
            if a.upos in ("VERB", "AUX") and not self._in_marks(word_offsets(a)[0]):
                return False
        return False

    def _absolute_subject(self, sent: Sentence, verb: Word) -> Word | None:
        """The subject of an absolute participle clause that the parser hung elsewhere: a name (or a
        speaker's noun) between a comma and the participle (`…, Phnom Penh annonçant que …, mais
        Bangkok réfutant …`). French puts a participle's own subject right before it; the clause's
        subject is taken only when there is none."""
        j = verb.id - 1  # words before the participle, back to the comma or coordinator
        while j > 0 and sent.words[j - 1].upos in ("PROPN", "NOUN", "DET", "ADJ") and verb.id - j <= 5:
            j -= 1
        if j < 1 or j == verb.id - 1 or not (sent.words[j - 1].text == "," or base_deprel(sent.words[j - 1]) == "cc"):
            return None
        words = sent.words[j:verb.id - 1]
        heads = [w for w in words if not (w.head and j < w.head < verb.id)]  # the phrase's own head
        if len(heads) != 1 or any(base_deprel(c) == "case" for c in children(sent, heads[0].id)):
            return None
        h = heads[0]
        noun = (h.lemma or h.text).lower()
        return h if h.upos == "PROPN" or speaker_nouns().get(noun) in ("person", "organization", "anonymous") else None

    def _in_pp(self, sent: Sentence, start: int, end: int) -> bool:
        """Is the name between `start` and `end` the object of a preposition ("un soutien à Vladimir
        Poutine")?"""
        for w in sent.words:
            ws = word_offsets(w)[0]
            if ws is not None and start <= ws < end:
                head = w
                # (up to the name's own first word: "à l'AFP Christophe Reille" read as one name)
                while head.head and base_deprel(head) in ("flat", "fixed") \
                        and start <= (word_offsets(sent.words[head.head - 1])[0] or -1) < end:
                    head = sent.words[head.head - 1]
                return any(base_deprel(c) == "case" for c in children(sent, head.id))
        return False

    def _nearest_person(self, sent: Sentence, verb: Word, inverted: bool) -> Speaker | None:
        """No subject in the tree (a parser slip): the named person before the verb in its sentence
        (French puts the subject first), or the one right after it in an incise."""
        s0, e0 = self.sent_bounds[self.idx.index_of(sent)]
        vs = word_offsets(verb)[0] or 0
        people = [e for e in self.entities if e.label == "PER" and s0 <= e.start and e.end <= e0
                  and not self._in_marks(e.start) and not self._in_pp(sent, e.start, e.end)]
        before = [e for e in people if e.end <= vs]
        after = [e for e in people if e.start > vs]
        if inverted and not after:
            # "», a renchéri sur le même ton rassurant M. de Castries.": a titled name closing the
            # incise is its subject, whatever phrase the parser hung it in
            after = [e for e in self.entities if e.label == "PER" and vs < e.start and e.end <= e0
                     and not self.text[e.end:e0].strip(" .!?…\u00a0")
                     and _TITLED_BEFORE_RE.search(self.text, max(s0, e.start - 8), e.start)]
        pick = after[0] if inverted and after else (before[-1] if before else None)
        if pick is None:
            return None
        start = pick.start
        particle = re.search(r"\b(?:de|d['’])\s*$", self.text[max(s0, start - 4):start])
        if particle is not None and _TITLED_BEFORE_RE.search(self.text, max(s0, start - 8), start):
            start -= len(particle.group())  # ("M. de Castries": the particle is part of the name)
        name = self.text[start:pick.end]
        return Speaker(name, self.full_name(name), "person", start, pick.end, 0.5)

    # ------------------------------------------------------------------ quote attribution

    def _incise_verb(self, span: QuoteSpan) -> tuple[Sentence, Word] | None:
        """The verb of an incise cut out of the quote, else of the one right after it (« …, réagit-elle
        au micro de BFMTV, mardi. … », a-t-elle confié: when the first gives no reporting verb)."""
        found = self._incise_verb_in(*span.incise) if span.incise is not None else None
        return found or self._incise_verb_in(span.outer_end, span.outer_end + 100)

    def _incise_verb_in(self, start: int, end: int) -> tuple[Sentence, Word] | None:
        ws = self.idx.words_in(start, end) if self.idx else []
        # six words: « … », a-t-il déclaré mardi soir; further across a participle clause that the
        # journalist slips in before the verb (« … » mardi, mettant fin à la grève, a déclaré X)
        limit, in_participle = 6, False
        # and across a verbless aside between commas (« … », actuellement à 7,2 % de la population
        # active, a reconnu la ministre)
        if ws and ws[0][1].text == ",":
            close = next((j for j in range(1, min(len(ws), 14)) if ws[j][1].text == ","), None)
            if close is not None and close + 1 < len(ws) and ws[close + 1][1].upos in ("VERB", "AUX") \
                    and not any(w.upos in ("VERB", "AUX") or w.text in ".!?;:" for _, w in ws[1:close]) \
                    and ws[close + 1][0] == ws[0][0] \
                    and not incise_homograph_cue(self.doc.sentences[ws[1][0]], ws[1][1], self.lang):
                ws = ws[close:]
        for k, (si, w) in enumerate(ws[:16]):
            if k >= limit:
                break
            if "\n" in self.text[start:word_offsets(w)[0] or start]:
                break  # an incise runs on the quote's line: the next line is a paragraph or a heading of its own
            # a comma may open the incise (« … », a-t-il dit); a full stop after the closing mark
            # ends the quote's sentence, and the verb after it is the next sentence's
            if w.upos == "PUNCT" and (k > 0 and w.text != "," or w.text in ".!?…;"):
                break
            if in_participle:
                in_participle = w.text != ","  # the participle clause runs to its comma
                continue
            if w.upos == "VERB" and _present_participle(w) and not cue_lemma(self.doc.sentences[si], w, self.lang):
                limit, in_participle = 16, True
                continue
            if k <= 1 and incise_homograph_cue(self.doc.sentences[si], w, self.lang):
                # "« … », analyse un expert": a verb form the tagger read as its homograph noun
                return self.doc.sentences[si], w
            if w.upos in ("VERB", "AUX"):
                sent = self.doc.sentences[si]
                verb = w
                if w.upos == "AUX" and w.head and sent.words[w.head - 1].upos == "VERB":
                    verb = sent.words[w.head - 1]
                elif (w.lemma or "") in ("avoir", "être"):
                    # "a pour sa part commenté X": the participle a few words on is the verb
                    later = [x for sj, x in ws[k + 1:k + 5] if sj == si and x.upos == "VERB"]
                    if later:
                        verb = later[0]
                if not cue_lemma(sent, verb, self.lang):
                    # "a-t-il fait valoir", "préférait rectifier l'intéressé": the phrase's second verb
                    # carries the cue
                    nxt = [x for x in sent.words[verb.id:verb.id + 2] if x.upos == "VERB" and (
                        (verb.lemma or "").lower() in ("faire", "laisser")
                        or base_deprel(x) == "xcomp" and x.head == verb.id and _feat(x, "VerbForm") == "Inf"
                        and self._opens_incise(sent, verb))]
                    if nxt and cue_lemma(sent, nxt[0], self.lang):
                        verb = nxt[0]
                # a relative clause's verb is about a noun of the journalist's sentence, not an
                # incise ("« … », de X qui publie une blague …": X's own act, not a report of the quote)
                relative = any(is_subject(c, sent) and "PronType=Rel" in (c.feats or "") for c in children(sent, verb.id))
                if not relative and (cue_lemma(sent, verb, self.lang) or self._inverted_subject(sent, verb)):
                    return sent, verb
                return None
        return None

    def _opens_incise(self, sent: Sentence, verb: Word) -> bool:
        """The verb group comes right after a closing quotation mark (and a comma): `« … », a déclaré`."""
        kids = children(sent, verb.id)
        # (its negation too: "», n'a cessé de marteler X")
        vs = min([_verb_group_start(verb, kids)] + [word_offsets(c)[0] or 0 for c in kids if c.id < verb.id
                                                      and norm_apos(c.text or "").lower() in ("ne", "n'")])
        return self.text[max(0, vs - 6):vs].rstrip(" ,\u00a0\u202f\t").endswith(("»", "”", '"'))

    def _inverted_subject(self, sent: Sentence, verb: Word) -> bool:
        vs = word_offsets(verb)[0] or 0
        return any(is_subject(c, sent) and (word_offsets(c)[0] or 0) > vs for c in children(sent, verb.id))

    def _marker_right_before(self, span: QuoteSpan) -> Speaker | None:
        """A source marker opening the quote's own clause, right before its mark ("TF1 lui a proposé de
        rester, mais pour lui « il n'était pas envisageable … »"): its source, whatever verb the parser
        hung the quote on."""
        si = self._sent_index(span.outer_start)
        if si is None or not is_annotated(self.doc.sentences[si]):
            return None
        sent = self.doc.sentences[si]
        for w, _marker, x in marked_sources(sent, self.lang):
            ids = subtree_ids(sent, x.id)
            xe = max((word_offsets(sent.words[i - 1])[1] or 0) for i in ids)
            ws = word_offsets(w)[0]
            if ws is None or xe > span.outer_start or self._in_quote(ws):
                continue
            if re.fullmatch(r"[\s,\u00a0]*", self.text[xe:span.outer_start]) and re.search(
                    r"(?:^|[.!?:]|,\s*(?:mais|et)?|\b(?:mais|et))\s*$", self.text[(self.sent_bounds[si][0] or 0):ws]):
                sp = self.mention(sent, x)
                if sp is not None and sp.type != "unknown":
                    return sp
        return None

    def _wording_source(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """`Les interlocuteurs de Mme Royal disent mener les pourparlers « sur le fond », selon les
        termes du maire de Paris`: a source marker on the wording itself (termes, mots, expression,
        formule) after the quotation in its sentence says whose words they are, whatever verb or
        claim holds them."""
        si = self._sent_index(span.outer_start)
        if si is None or not is_annotated(self.doc.sentences[si]):
            return None
        sent = self.doc.sentences[si]
        for w, marker, x in marked_sources(sent, self.lang):
            ws = word_offsets(w)[0]
            if ws is None or ws < span.outer_end or not w.head or self._in_quote(ws):
                continue
            wording = sent.words[w.head - 1]
            if (wording.lemma or "").lower() not in WORDING_NOUNS or x.id == wording.id:
                continue
            sp = self._speaking_phrase(sent, x)
            if sp is not None:
                return sp, marker, word_span(w)
        return None

    def _source_in_sentence(self, span: QuoteSpan) -> Speaker | None:
        """`Selon X, « … »`: X, for a quote after the marker phrase in its sentence."""
        si = self._sent_index(span.outer_start)
        if si is None or not is_annotated(self.doc.sentences[si]):
            return None
        sent = self.doc.sentences[si]
        for w, marker, x in marked_sources(sent, self.lang):
            if marker in initial_markers(self.lang) and not opens_sentence(sent, w):
                continue  # "Pour X," only at the head of the sentence
            xs = word_offsets(x)[0]
            if xs is None or self._in_quote(xs):
                continue
            return self.mention(sent, x)
        return None

    def _colon_speaker(self, span: QuoteSpan) -> tuple[Speaker | None, str | None]:
        """`X a appelé à … : « … »`: the subject of the last verb before the colon."""
        left_start = _sentence_start(self.text, span.outer_start)
        left_end = span.outer_start
        across = not self.text[left_start:left_end].strip() and left_start > 0
        if across:
            # the quote opens a paragraph and the paragraph before ends on a colon ("X a réagi
            # vivement :" and a blank line): that paragraph's last sentence introduces it
            left_end = _end_before_spaces(self.text, left_start)
            if not self.text[:left_end].endswith(":"):
                return None, None
            left_start = _sentence_start(self.text, left_end - 1)
            si = self._sent_index(left_end - 1)
            if si is not None:
                self._ensure([si])
        left = self.text[left_start:left_end].rstrip()
        if not left.endswith(":"):
            return None, None
        ws = self.idx.words_in(left_start, left_end) if self.idx else []
        verbs = [(si, w) for si, w in ws if w.upos == "VERB" and not self._in_quote(word_offsets(w)[0])]
        if verbs and (incise := self._incise_before_colon(*verbs[-1])) is not None:
            # "Mais la portée du vote ne s'arrêtera pas …, prédit le Guardian britannique : « … »":
            # the incise's speaker goes on past the colon, whatever the parser hung its verb on
            return incise
        # an adverbial clause's verb is not the one the colon continues ("Pour lui, X « … » alors que
        # 86 % des Français réclament la légalisation : « … »": the quote is still his)
        verbs = [(si, w) for si, w in verbs if not _subordinate_verb(self.doc.sentences[si], w, ("advcl",))]
        # nor a past participle describing a noun ("Candidat déclaré au poste, il est catégorique :")
        verbs = [(si, w) for si, w in verbs if not _describing_participle(self.doc.sentences[si], w)]
        if across:
            # across a paragraph break only a verb of the main clause introduces the quote, not one
            # under a conjunction ("Et pas l'once d'une inquiétude si l'opposition parvient à … :")
            verbs = [(si, w) for si, w in verbs
                     if not any(base_deprel(c) == "mark" for c in children(self.doc.sentences[si], w.id))]
        # a reporting verb of the main clause before a relative clause's verb: the relative clause is
        # about a noun of the sentence, whose speaker is the main clause's ("Et le premier ministre
        # de conclure par une pique à X, qui a demandé des « explications » : « … »" is the prime
        # minister's; but "France3 a diffusé le coup de gueule de X, qui a annoncé sa démission :
        # « … »" is X's: diffuser reports nothing)
        def main_cue(p: tuple[int, Word]) -> bool:
            sent = self.doc.sentences[p[0]]
            return (not self._in_relative_clause(sent, p[1]) and not (p[1].deprel or "").startswith("acl:relcl")
                    and cue_lemma(sent, p[1], self.lang) is not None)

        def relative(p: tuple[int, Word]) -> bool:
            sent = self.doc.sentences[p[0]]
            return self._in_relative_clause(sent, p[1]) or (p[1].deprel or "").startswith("acl:relcl")

        # (and a relative clause's verb never, when a verb of the main clause follows it: "Le document
        # reprend l'idée d'un parti, qui ne fait pas l'unanimité, et explicite … : « … »" is the document's)
        mains = [word_offsets(p[1])[0] or 0 for p in verbs if not relative(p)]
        verbs = [p for p in verbs if not (relative(p) and any(m > (word_offsets(p[1])[0] or 0) for m in mains))]
        verbs.sort(key=main_cue)
        for si, w in reversed(verbs):
            sent = self.doc.sentences[si]
            sp = self.subject_of(sent, w)
            if sp is not None and sp.type != "unknown":
                return sp, cue_lemma(sent, w, self.lang) or ":"
        # "il est catégorique :", "La ministre est formelle :": the subject of a copula's predicate
        for si, w in reversed(ws):
            sent = self.doc.sentences[si]
            if (not w.head and w.upos in ("ADJ", "NOUN") and not self._in_quote(word_offsets(w)[0])
                    and any(base_deprel(c) == "cop" for c in children(sent, w.id))):
                sp = self.subject_of(sent, w)
                if sp is not None and sp.type != "unknown":
                    return sp, ":"
        # "Sophie Richardson, une des responsables de Human Rights Watch, tranche dans le vif :": a
        # verb the tagger read as a noun leaves the name that opens the sentence as its root
        first = next(((si, w) for si, w in ws if w.upos != "PUNCT"), None)
        if first is not None and first[1].upos == "PROPN" and not first[1].head \
                and not self._in_quote(word_offsets(first[1])[0]):
            sp = self.mention(self.doc.sentences[first[0]], first[1])
            if sp is not None and sp.type == "person":
                return sp, ":"
        if not verbs:
            # "Réponse lapidaire, ce mercredi, du haut dignitaire tibétain :": no verb, the act of
            # speech and whose it is
            for si, w in ws:
                if w.upos == "NOUN" and (w.lemma or "").lower() in noun_class("answer"):
                    sent = self.doc.sentences[si]
                    owner = next(iter(_de_complements(sent, w)), None)
                    # (through "du côté de", "de la part de": "Même constat du côté de Pascal Rogard")
                    while owner is not None and (owner.lemma or "").lower() in ("côté", "part"):
                        owner = next(iter(_de_complements(sent, owner)), None)
                    sp = self.mention(sent, owner) if owner is not None else None
                    if sp is not None:
                        return sp, ":"
        # "C'est Maradona qui a fait le premier pas : « … »": the name a cleft sentence puts first
        cleft = _CLEFT_RE.match(left)
        if cleft is not None:
            at = left_start + cleft.end()
            ent = next((e for e in self.entities if e.label in ("PER", "ORG") and e.start == at
                        and re.match(r"\s+qui\b", self.text[e.end:e.end + 6])), None)
            if ent is not None:
                full = self.full_name(ent.text)
                return Speaker(ent.text, ent.text if _CLEFT_RE.match(full) else full,
                               "person" if ent.label == "PER" else "organization", ent.start, ent.end, 0.6), ":"
        # "Macron : « … »": a bare name before the colon
        ent = self._entity_at(left_start, left_end, ("PER", "ORG"))
        if ent is not None and not verbs and len(left) - len(ent.text) < 6:
            return Speaker(ent.text, self.full_name(ent.text), "person" if ent.label == "PER" else "organization",
                           ent.start, ent.end, 0.6), ":"
        return None, None

    def _incise_before_colon(self, si: int, verb: Word) -> tuple[Speaker, str] | None:
        """The reporting verb set off by a comma after its clause, its subject after it (`…, prédit le
        Guardian britannique (centre gauche) :`): that subject and the verb's lemma."""
        sent = self.doc.sentences[si]
        lemma = cue_lemma(sent, verb, self.lang)
        if lemma is None or not incise_after_comma(sent, verb) or not self._inverted_subject_phrase(sent, verb):
            return None
        sp = self.subject_of(sent, verb, inverted=True)
        return (sp, lemma) if sp is not None else None

    @staticmethod
    def _inverted_subject_phrase(sent: Sentence, verb: Word) -> bool:
        """Only a noun phrase (with a parenthesis) stands between the verb and the colon."""
        colon = next((w.id for w in sent.words[verb.id:] if w.text == ":"), None)
        between = sent.words[verb.id:colon - 1] if colon is not None else []
        return bool(between) and between[0].upos in ("DET", "PROPN") and all(
            w.upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "ADP") for w in between)

    def attribute_quote(self, span: QuoteSpan, done: list[Quote]) -> tuple[Speaker | None, str | None, tuple[int, int] | None]:
        """(speaker, cue lemma, cue offsets) of a direct or partial quote."""
        # a quote in the first person singular is a person's: "elle" then never stands for a body
        # ("… sont rapportés par Le Monde.fr. « Je veux rester prudente … », dit-elle")
        self._first_person = _FIRST_PERSON_RE.search(span.text) is not None
        if self.idx is not None and (worded := self._wording_source(span)) is not None:
            self.worded.add(span.start)
            return worded
        if self.idx is not None:
            rel = self._relative_source(span)
            if rel is not None and rel.type != "unknown":
                return rel, self._marker_word(span), None
            comme = self._comme_source(span)
            if comme is not None:
                return comme
            marked = self._marker_right_before(span)
            if marked is not None:
                return marked, self._marker_word(span), None
            owner = self._speech_noun_owner(span)
            if owner is not None:
                return owner
            end = _end_before_spaces(self.text, span.outer_start)
            if self.text[end - 1:end] == ":":
                named = self._name_before_misread_verb(self.idx.words_in(max(0, end - 80), end - 1))
                if named is not None:
                    return named, ":", None
            gov = governing_cue(self.idx, span, self.lang, quoted=lambda pos: any(
                q.depth == 0 and q.start <= pos < q.end and not q.start <= span.start < q.end for q in self.quotes))
            if gov is not None and self._relative_before_colon(self.doc.sentences[gov[0]], gov[1], span):
                gov = None
            # the verb above the quote in the tree, else a verb right before the mark the parser
            # did not hang it on
            cue = gov or self._cue_before_mark(span)
            weak = None
            if cue is not None:
                si, verb, lemma = cue
                sent = self.doc.sentences[si]
                sp = self.subject_of(sent, verb, inverted=(word_offsets(verb)[0] or 0) >= span.outer_end)
                if sp is None and gov is not None:
                    sp, lemma, verb = self._asker(sent, verb, lemma)
                # (a thing's verb reports nobody's words: "Un protocole qui rappelle celui de 2015 :
                # « … », précise-t-il" is the incise's; checked through a relative pronoun only, where
                # the antecedent is the parser's guess)
                through_relative = any(base_deprel(c) == "nsubj" and "PronType=Rel" in (c.feats or "")
                                       for c in children(sent, verb.id))
                if sp is not None and sp.type != "unknown" and not (through_relative and _names_a_thing(sp, None)):
                    if span.incise is not None and span.incise[0] <= (word_offsets(verb)[0] or -1) < span.incise[1]:
                        sp = self._named_in_incise(span, sp)
                    return sp, lemma, word_span(verb)
                weak = (sp, lemma, word_span(verb)) if sp is not None else None
            inc = self._incise_verb(span)
            if inc is not None:
                sent, verb = inc
                sp = self._named_in_incise(span, self.subject_of(sent, verb, inverted=True))
                if sp is not None:
                    return sp, (incise_cue(sent, verb, self.lang) or (verb.lemma or verb.text).lower()), word_span(verb)
            src = self._source_in_sentence(span)
            if src is not None:
                marker = self._marker_word(span)
                return src, marker, None
            final = self._closing_incise_of_sentence(span) or self._incise_after_own_words(span)
            if final is not None:
                return final
            # (not under an impersonal report: "il est demandé qu'il « reconnaisse … »" quotes who asks)
            impersonal = gov is not None and any(_impersonal_passive(self.doc.sentences[gov[0]], c)
                                                 for c in children(self.doc.sentences[gov[0]], gov[1].id))
            own = None if impersonal else self._verb_quote_subject(span)
            if own is not None:
                return own
            wish = (self._volition_subject(span) or self._purpose_subject(span)) if span.kind == "partial" else None
            if wish is not None:
                return wish
            fronted = self._fronted_phrase_subject(span) if span.kind == "partial" else None
            if fronted is not None:
                return fronted, None, None
            sp, cue = self._colon_speaker(span)
            if sp is not None:
                return sp, cue, None
            if weak is not None:
                return weak
        if self.idx is not None:
            sig = self._signature(span)
            if sig is not None:
                return sig, None, None
        if span.in_heading:
            sp = self._heading_speaker(span, done)
            if sp is not None:
                return sp, None, None
        if self._shares_next_incise(span):
            return None, None, None  # (its voice comes from the next quote's incise: `_share_incise`)
        return self._context_speaker(span, done), None, None

    def _closing_incise_of_sentence(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """`Mais si elle a « la puissance humaine », « militaire » et « économique », « il y a un facteur
        important … », a-t-il déclaré.`: the incise after the sentence's last quotation reports every
        quotation of the sentence, whatever verb of the journalist's sentence a fragment hangs on."""
        si = self._sent_index(span.start)
        if si is None:
            return None
        e0 = sentence_offsets(self.doc.sentences[si])[1] or 0
        later = [q for q in self.quotes if q.depth == 0 and q.start > span.end and q.outer_end <= e0
                 and q.kind in ("direct", "partial")]
        # (not across "mais": "La direction justifie l'austérité par les « difficultés financières »,
        # mais « … », souligne X" sets X's words against the direction's)
        if not later or re.search(r"[.!?;:\n]|\bmais\b", self.text[span.outer_end:later[-1].outer_start]):
            return None
        last = later[-1]
        return self._incise_report(last.outer_end, last.outer_end + 100)

    def _incise_report(self, start: int, end: int) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """The speaker, cue and verb span of the incise found between `start` and `end`, when its verb
        reports and its subject (after it) is someone."""
        inc = self._incise_verb_in(start, end)
        if inc is None:
            return None
        sent, verb = inc
        lemma = incise_cue(sent, verb, self.lang)
        sp = self.subject_of(sent, verb, inverted=True) if lemma else None
        if sp is None or sp.type == "unknown":
            return None
        return sp, lemma, word_span(verb)

    def _incise_after_own_words(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """`« … limiter … les personnes » autorisées à entrer dans le fichier, a déclaré X.`: a sentence
        opening on its only quotation, then the journalist's words with no verb of their own, then an
        incise at the first comma: the incise reports the quotation (the parser hung the quotation's
        last noun on the incise's verb as its subject)."""
        si = self._sent_index(span.start)
        if si is None or not _opens_sentence_at(self.text, span.outer_start):
            return None
        sent = self.doc.sentences[si]
        e0 = sentence_offsets(sent)[1] or 0
        if any(q.depth == 0 and q.start > span.end and q.outer_end <= e0 for q in self.quotes):
            return None
        for w in sent.words:
            ws = word_offsets(w)[0]
            if ws is None or ws < span.outer_end:
                continue
            if w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or ""):
                return None
            if w.text == ",":
                return self._incise_report(ws, e0)
        return None

    def _named_in_incise(self, span: QuoteSpan, sp: Speaker | None) -> Speaker | None:
        """The person the NER names in the quote's incise, when the incise's subject is no person or a
        role with no name of its own, its name in apposition after a comma ("argue le conseiller pour
        la communication du président, Franck Louvrier"); not a name inside the subject's own phrase
        ("rapporte un proche de James Mchel")."""
        named = self._entity_at(*span.incise, ("PER",)) if span.incise else None
        unnamed_role = sp is not None and sp.type == "person" and not (sp.canonical or "")[:1].isupper()
        if named is not None and (sp is None or sp.type != "person" or unnamed_role) and not (
                sp is not None and sp.start is not None and sp.end is not None
                and sp.start <= named.start and named.end <= sp.end):
            return Speaker(named.text, self.full_name(named.text), "person", named.start, named.end, 0.7)
        return sp

    def _shares_next_incise(self, span: QuoteSpan) -> bool:
        """« A » mais « B », lance-t-il: A says nothing of its own and the next quote, right after it,
        has an incise. A's voice is left to that incise, so that no voice guessed for A from the
        context becomes the antecedent of the incise's pronoun."""
        nxt = next((s for s in self.quotes if s.start > span.end), None)
        between = self.text[span.end:nxt.start] if nxt is not None else "\n"
        if "\n" in between or not _BETWEEN_QUOTES_RE.match(between) or not _opens_sentence_at(self.text, span.start, after_quote=True):
            return False
        return nxt.incise is not None or self._incise_verb(nxt) is not None

    def _signature(self, span: QuoteSpan) -> Speaker | None:
        """A quote box: a paragraph that is the quote and nothing else, signed on the line below
        (`— Stéphanie, témoin`, `— Service de presse du festival`), is the signer's. Only a
        paragraph that is all quote: a box signed under a journalist's paragraph lost its quote."""
        line_start, _ = _line_bounds(self.text, span.outer_start)
        _, line_end = _line_bounds(self.text, max(span.outer_start, span.outer_end - 1))
        if self.text[line_start:span.outer_start].strip(_SPACES) \
                or self.text[span.outer_end:line_end].strip(_SPACES + ".!?…"):
            return None
        m = _SIGNATURE_RE.match(self.text, line_end)
        if m is None:
            return None
        # the name is written before the first comma; the rest is a role (`— Stéphanie, témoin`)
        name = m.group(1).split(",")[0].strip(_SPACES)
        start = m.start(1)
        if len(name.split()) > 8:
            return None
        si = self._sent_index(start)
        if si is not None:
            self._ensure([si])
        if self._entity_at(start, start + len(name), ("PER",)) is not None or given_name_gender(name):
            return Speaker(name, self.full_name(name), "person", start, start + len(name), 0.8)
        return Speaker(name, name, "organization", start, start + len(name), 0.7)

    def _comme_source(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """`…, bien que, comme le rappelle HRW, « … »`: a comme-clause of saying right before the
        opening mark (past a comma) gives its subject the quote, whatever verb the parser hung the
        quote on (here the main clause's "l'ONG a demandé …")."""
        near = self.idx.words_in(max(0, span.outer_start - 60), span.outer_start) if self.idx else []
        ws = [(si, w) for si, w in near if w.upos != "PUNCT"]
        if not ws:
            return None
        si, last = ws[-1]
        sent = self.doc.sentences[si]
        between = self.text[word_offsets(last)[1] or 0:span.outer_start]
        if between.strip(" ,:\u00a0\u202f") != "":
            return None
        # the verb itself, or its subject's last word ("comme l'indique Chris McKay, scientifique de la
        # NASA : « … »")
        verb = last if last.upos == "VERB" else next((a for a in ancestors(sent, last) if a.upos == "VERB"), None)
        if verb is None or "comme" not in _subordinators(sent, verb):
            return None
        lemma = cue_lemma(sent, verb, self.lang)
        if lemma is None:
            return None
        sp = self.subject_of(sent, verb, inverted=True)
        if sp is None or sp.type == "unknown":
            return None
        return sp, lemma, word_span(verb)

    def _relative_before_colon(self, sent: Sentence, verb: Word, span: QuoteSpan) -> bool:
        """The reporting verb is a relative clause's, and a colon stands between it and the quote
        ("… une pique à X, qui a demandé des « explications » au gouvernement : « … »"): the colon
        opens the main clause's quotation, which the parser hung on the nearer verb. So does an
        adverbial clause's ("Pour lui, X « … » alors que 86 % des Français réclament la
        légalisation : « … »")."""
        # (a root with a subordinator is such a clause too: the parser lost the main verb, here
        # read as a noun)
        adverbial = _subordinate_verb(sent, verb, ("advcl", "root"))
        if not ((verb.deprel or "").startswith("acl:relcl") or self._in_relative_clause(sent, verb) or adverbial):
            return False
        vs = word_offsets(verb)[1] or 0
        return vs < span.outer_start and self.text[vs:span.outer_start].rstrip().endswith(":")

    def _cue_before_mark(self, span: QuoteSpan) -> tuple[int, Word, str] | None:
        """A reporting verb right before the opening mark that the parser left without an object,
        hanging the quote elsewhere ("le cas de Cyprien, qui commente « Ne nous mettez pas … »"
        parsed as a second relative clause of "cas"): the quote is what the verb reports."""
        ws = self.idx.words_in(max(0, span.outer_start - 40), span.outer_start) if self.idx else []
        ws = [(si, w) for si, w in ws if w.upos != "PUNCT" or w.text == ":"]
        if not ws or ws[-1][1].upos != "VERB":
            return None
        si, verb = ws[-1]
        if self.text[word_offsets(verb)[1] or 0:span.outer_start].strip(" :\u00a0\u202f\t") != "":
            return None  # right before the mark, past nothing but a colon
        sent = self.doc.sentences[si]
        lemma = cue_lemma(sent, verb, self.lang)
        kids = children(sent, verb.id)
        if lemma is None or any(base_deprel(c) in ("obj", "ccomp", "xcomp") for c in kids):
            return None
        # a verb of its own clause, not a participle describing a noun ("des personnes jugées « … »"),
        # or an infinitive under one ("se met à espérer « … »")
        if _feat(verb, "VerbForm") != "Fin" and not any(base_deprel(c) == "aux" for c in kids) \
                and not (_feat(verb, "VerbForm") == "Inf" and base_deprel(verb) == "xcomp"):
            return None
        return si, verb, lemma

    def _asker(self, sent: Sentence, verb: Word, lemma: str) -> tuple[Speaker | None, str, Word]:
        """For a cue with no subject of its own inside another report or request ("a demandé à
        l'association de préciser les « études … »"), the speaker of the cue above it within three
        steps, with that cue: the words quoted are those of the one who asked."""
        up = verb
        for _ in range(3):
            if base_deprel(up) not in ("xcomp", "ccomp", "obl", "obj") or not up.head:
                break
            up = sent.words[up.head - 1]
            up_lemma = cue_lemma(sent, up, self.lang)
            if up_lemma:
                sp = self.subject_of(sent, up)
                if sp is not None:
                    return sp, up_lemma, up
        return None, lemma, verb

    def _verb_quote_subject(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """The quote is the predicate of a clause whose subject is the journalist's, outside the
        marks: the subject is the one quoted (it said the words). Three shapes:
        `Le Conseil d'État a « enjoint au ministre … »` (participle, auxiliary outside),
        `le pape François « s'associe à la douleur »` (finite verb, its clitics inside),
        `Mohammed Karabila est « effaré par le décès »` (predicate, copula outside)."""
        head = _quote_head(self.idx, span)
        if head is None:
            return None
        si, w = head
        sent = self.doc.sentences[si]
        # the participle is often tagged NOUN here ("enjoint"); its auxiliary outside the marks
        # is what shows it is a verb
        if w.upos not in ("VERB", "NOUN", "ADJ"):
            return None
        kids = children(sent, w.id)
        if (w.upos == "VERB" and _feat(w, "VerbForm") == "Inf" and base_deprel(w) == "xcomp" and w.head
                and (sent.words[w.head - 1].lemma or "").lower() in ("venir", "aller")
                and (word_offsets(sent.words[w.head - 1])[0] or 0) < span.outer_start):
            # a fourth: the words someone came to say ("Me Benoît Chabert est venu « soutenir des juges … »")
            gov = sent.words[w.head - 1]
            gsubj = [c for c in children(sent, gov.id) if is_subject(c, sent) or c.deprel == "nsubj:pass"]
            sp = self.mention(sent, gsubj[-1]) if gsubj else None
            if sp is not None and sp.type == "person":
                return sp, (w.lemma or w.text).lower(), word_span(w)
        outside = [c for c in kids if (word_offsets(c)[0] or 0) < span.outer_start]
        aux = [c for c in outside if base_deprel(c) in ("aux", "cop") and (c.lemma or "").lower() in ("avoir", "être")]
        subj = [c for c in outside if is_subject(c, sent)]
        finite = w.upos == "VERB" and _feat(w, "VerbForm") == "Fin"
        if aux and not subj:
            # the parser hung the subject elsewhere ("…, François de Rugy, ministre de …, est
            # « agréablement surpris »"): the person named right before the copula, past one
            # apposition between commas, is its subject
            named = self._person_before(sent, word_offsets(aux[0])[0] or 0)
            if named is not None:
                return named, (w.lemma or w.text).lower(), word_span(w)
        if not (aux or finite) or not subj:
            return None
        if finite and not aux and _feat(w, "Tense") == "Imp":
            # an imperfect is the tense of reported speech: "Jérôme Kerviel « collaborait et était prêt
            # à s'expliquer »" is what someone else said of him (he would have said "je collabore")
            return None
        if subj[0].upos == "NOUN" and (subj[0].lemma or "").lower() not in speaker_nouns() \
                and self._entity_at(*(o or 0 for o in word_offsets(subj[0]))) is None:
            return None  # a thing says nothing: "des avalanches sont « possibles … »" quotes someone else
        sp = self.mention(sent, subj[0])
        if sp is None or sp.type == "unknown" or not sp.canonical:
            return None  # (an "on" no institution explains is nobody to quote)
        return sp, (w.lemma or w.text).lower(), word_span(w)

    def _name_before_misread_verb(self, ws: list[tuple[int, Word]]) -> Speaker | None:
        """`même si Obama nuance : « … »`: the verb of saying right before the colon, read as a noun
        (often as a part of the name before it), and the person named right before it."""
        words = [w for _, w in ws if w.upos != "PUNCT"]
        if len(words) < 2 or words[-1].upos not in ("NOUN", "ADJ", "PROPN") \
                or not any(c in reporting_verbs(self.lang) for c in guess_lemmas(words[-1].text)) \
                or any(base_deprel(c) == "det" for c in children(self.doc.sentences[ws[-1][0]], words[-1].id)):
            return None
        s, e = word_offsets(words[-2])
        ent = self._entity_at(s or 0, e or 0, ("PER",))
        if ent is None or ent.end != e:
            return None
        return Speaker(ent.text, self.full_name(ent.text), "person", ent.start, ent.end, 0.6)

    def _speech_noun_owner(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """`au lendemain de critiques de l'opposition sur son « silence assourdissant »`: the quotation
        is the words of an act of speech named by a noun, whose "de" complement says whose act it is."""
        found = speech_noun_of(self.idx, span)
        if found is None:
            return None
        si, noun = found
        sent = self.doc.sentences[si]
        owner = next((c for c in _de_complements(sent, noun) if (word_offsets(c)[0] or 0) < span.outer_start), None)
        sp = self.mention(sent, owner) if owner is not None else None
        if sp is None or sp.type not in ("person", "organization", "anonymous"):
            return None
        return sp, (noun.lemma or noun.text).lower(), word_span(noun)

    def _fronted_phrase_subject(self, span: QuoteSpan) -> Speaker | None:
        """`Lassée des « méthodes d'un autre âge », elle n'hésite pas …`: a quotation inside a
        participle or adjective phrase that opens the sentence, set off by a comma, is said by the
        subject that phrase describes, the main clause's."""
        head = _quote_head(self.idx, span)
        if head is None:
            return None
        si, w = head
        sent = self.doc.sentences[si]
        first = next((v for v in sent.words if v.upos != "PUNCT"), None)
        if first is None or first.id == w.id:
            return None
        # the phrase's head is the sentence's first word, bare (no determiner, no preposition: "Pour
        # les « … », …" is an adjunct), and hangs on the main verb
        if not (first.upos in ("ADJ", "NOUN") or first.upos == "VERB" and _feat(first, "VerbForm") == "Part") \
                or any(base_deprel(c) in ("case", "det") for c in children(sent, first.id)) \
                or base_deprel(first) not in ("advcl", "acl", "amod", "appos", "dep") or not first.head:
            return None
        if not any(a.id == first.id for a in ancestors(sent, w)):
            return None
        verb = sent.words[first.head - 1]
        comma = next((v for v in sent.words[first.id:] if v.text == ","), None)
        if comma is None or (word_offsets(comma)[0] or 0) < span.outer_end or verb.id < comma.id:
            return None
        subj = [c for c in children(sent, verb.id) if is_subject(c, sent) and c.id > comma.id]
        sp = self.mention(sent, subj[0]) if subj else None
        return sp if sp is not None and sp.type in ("person", "organization", "anonymous") else None

    def _volition_subject(self, span: QuoteSpan) -> tuple[Speaker, str, tuple[int, int] | None] | None:
        """A partial quote inside what someone wants, asks for or decides (`Hamon veut « lever toute
        suspicion »`, `la préfecture a interdit la vente dans « tout récipient transportable »`,
        `La candidate voudrait interdire « tout aller-retour … »`): the words are the wording of the
        subject's own will or order. The verb above the quote, climbing through objects and
        infinitives, must be one of will or decision (`_VOLITION_VERBS`) and its subject a person or
        a body, not a thing."""
        head = _quote_head(self.idx, span)
        if head is None:
            return None
        si, below = head
        sent = self.doc.sentences[si]
        found = None
        for anc in ancestors(sent, below)[:6]:
            # (a reason or condition given for it is the subject's too: "veut rester prudente « car ce
            # n'est pas encore consolidé »")
            if base_deprel(below) not in ("obj", "xcomp", "obl", "nmod", "ccomp", "acl", "advcl") and not (
                    base_deprel(below) == "conj" and any((c.text or "").lower() == "car" for c in children(sent, below.id))):
                break
            if anc.upos == "VERB" and (word_offsets(anc)[0] or 0) < span.outer_start \
                    and ((anc.lemma or "").lower() in _VOLITION_VERBS
                         # ("entend préserver un « parti de militants »": intends; "entendre" with a
                         # noun hears)
                         or (anc.lemma or "").lower() == "entendre" and base_deprel(below) == "xcomp"
                         and below.upos == "VERB") \
                    and not self._in_marks(word_offsets(anc)[0]):
                found = anc
                if base_deprel(anc) != "xcomp":
                    break  # ("voudrait interdire": the infinitive's subject is its governor's)
            below = anc
        sp = self._acting_subject(sent, found) if found is not None else None
        return (sp, None, None) if sp is not None else None

    def _purpose_subject(self, span: QuoteSpan) -> tuple[Speaker, str | None, tuple[int, int] | None] | None:
        """`Le parquet avait ouvert une enquête afin de « déterminer le mécanisme … »`: a quoted
        infinitive of purpose (after "afin de" or "pour") is the wording of the one who acts, the
        subject of the verb the purpose hangs on (a person or a body, not a thing)."""
        if not _PURPOSE_BEFORE_RE.search(self.text, max(0, span.outer_start - 12), span.outer_start):
            return None
        ws = self.idx.words_in(span.start, span.end)
        # (past its clitic objects: pour « l'alerter »)
        first = next((w for _, w in ws if w.upos != "PUNCT" and not (
            w.upos == "PRON" and norm_apos(w.text or "").lower() in _OBJECT_CLITICS)), None)
        if first is None or first.upos != "VERB" or _feat(first, "VerbForm") != "Inf":
            return None
        si = ws[0][0]
        sent = self.doc.sentences[si]
        verb = first
        for _ in range(4):  # up to the finite verb the purpose hangs on (through "afin", an adverb to the parser)
            if not verb.head:
                return None
            verb = sent.words[verb.head - 1]
            finite = verb.upos in ("VERB", "AUX") and _feat(verb, "VerbForm") == "Fin"
            if finite or (verb.upos == "VERB" and any(base_deprel(c) == "aux" for c in children(sent, verb.id))):
                break
        else:
            return None
        if verb.upos not in ("VERB", "AUX") or (word_offsets(verb)[0] or 0) > span.outer_start:
            return None
        sp = self._acting_subject(sent, verb)
        return (sp, None, None) if sp is not None else None

    def _acting_subject(self, sent: Sentence, verb: Word) -> Speaker | None:
        """The subject of a verb of will or of action whose wording a quotation gives, when it names
        someone (a person, a body, an unnamed source), not a thing."""
        sp = self.subject_of(sent, verb)
        if sp is None or sp.type not in ("person", "organization", "anonymous") or not sp.canonical \
                or _names_a_thing(sp, None):
            return None
        return sp

    def _person_before(self, sent: Sentence, pos: int) -> Speaker | None:
        """The person (an entity) whose name ends right before `pos`, or before an apposition set
        off by commas that ends there (a noun phrase: no verb in it, so no relative clause)."""
        for e in self.entities:
            if (e.label == "PER" and e.end <= pos
                    and re.fullmatch(r"\s*(?:,[^,«»“”\n]{1,80},)?\s*", self.text[e.end:pos])
                    and not any(w.upos in ("VERB", "AUX") and e.end <= (word_offsets(w)[0] or -1) < pos
                                for w in sent.words)):
                return Speaker(e.text, self.full_name(e.text), "person", e.start, e.end, 0.6)
        return None

    def _marker_word(self, span: QuoteSpan) -> str | None:
        s = _sentence_start(self.text, span.outer_start)
        low = self.text[s:span.outer_start].lower().replace("’", "'").lstrip()
        marker_re = source_marker_re(self.lang)
        m = marker_re.search(low) if marker_re is not None else None
        return m.group(0) if m else None

    def _heading_speaker(self, span: QuoteSpan, done: list[Quote]) -> Speaker | None:
        """Title or intertitle quote: the body quote it repeats; a teaser: the person it names."""
        target = fold(span.text)
        best, best_score = None, 0.0
        for q in done:
            if q.in_heading or q.kind == "indirect" or not (q.speaker_canonical or q.speaker):
                continue
            if q.start < span.start:
                continue  # a heading announces what follows it
            score = fuzz.partial_ratio(target, fold(q.text)) if len(target) <= len(q.text) else \
                fuzz.partial_ratio(fold(q.text), target)
            if score > best_score:
                best, best_score = q, score
        if best is not None and best_score >= HEADING_MATCH:
            return Speaker.of(best, best.confidence * 0.9, keep_span=False)
        if any(fuzz.partial_ratio(target, fold(q.text)) >= HEADING_MATCH for q in done if not q.in_heading):
            return None  # an intertitle of an unattributed body quote, not a teaser
        # A teaser: the heading line is followed by its blurb, which names the interviewee last.
        _, line_end = _line_bounds(self.text, span.outer_start)
        pos = line_end
        for _ in range(4):
            nxt_s = pos + 1
            if nxt_s >= len(self.text):
                break
            _, nxt_e = _line_bounds(self.text, nxt_s)
            line = self.text[nxt_s:nxt_e]
            if line.strip() and not is_heading_line(line) and len(line) > 80:
                first, last = self._sent_index(nxt_s + len(line) - len(line.lstrip())), self._sent_index(nxt_e - 1)
                if first is not None and last is not None:
                    self._ensure(list(range(first, last + 1)))
                people = [e for e in self.entities if e.label == "PER" and nxt_s <= e.start < nxt_e]
                if people:
                    e = people[-1]
                    return Speaker(e.text, self.full_name(e.text), "person", e.start, e.end, 0.5)
                break
            pos = nxt_e
        return None

    def _context_speaker(self, span: QuoteSpan, done: list[Quote]) -> Speaker | None:
        """No cue: the previous sentence's subject (a quote standing alone) or the paragraph's voice."""
        si = self._sent_index(span.start)
        # the voice of the last few sentences (the dev set's implicit partials are all within 4)
        horizon = self.sent_bounds[max(0, si - CONTEXT_SENTENCES)][0] if si is not None else span.outer_start
        last = None
        for q in reversed(done):
            if q.start < span.start and (q.speaker_canonical or q.speaker) and q.start >= (horizon or 0) \
                    and not q.in_heading:
                last = q
                break
        last_sp = Speaker.of(last, last.confidence * 0.7, keep_span=False) if last is not None else None
        if last_sp is not None and self._named_inside(span, last_sp):
            last_sp = None
        own = None
        if si is not None and span.kind == "partial":
            self._ensure([si])
            for sent, w in self._subjects_before(si, span.outer_start):
                sp = self.mention(sent, w)
                if sp is not None and sp.type in ("person",) and sp.canonical:
                    own = sp
                    break
        if span.kind == "partial":
            reporter = self._reporter_before(si, span.outer_start) if si is not None else None
            if reporter is not None:
                return reporter  # (its sentence reports someone's words: "X s'est faite plus précise en réaffirmant …")
            return last_sp or own
        prev = _sentence_start(self.text, span.outer_start)
        psi = self._sent_index(prev - 2) if prev >= 2 else None
        if psi is not None:
            self._ensure([psi])
            if is_annotated(self.doc.sentences[psi]):
                for sent, w in reversed(self._subjects_before(psi, None)):
                    sp = self.mention(sent, w)
                    if sp is not None and sp.type in ("person", "organization") and sp.canonical \
                            and not self._named_inside(span, sp):
                        return Speaker(sp.text, sp.canonical, sp.type, sp.start, sp.end, sp.confidence * 0.7)
        return last_sp

    def _reporter_before(self, si: int, pos: int) -> Speaker | None:
        """The person who speaks through the last verb of saying outside quotation marks before `pos` in
        sentence `si`, if a person."""
        sent = self.doc.sentences[si]
        verbs = [w for w in sent.words if (word_offsets(w)[0] or pos) < pos and w.upos == "VERB"
                 and not self._in_quote(word_offsets(w)[0]) and cue_lemma(sent, w, self.lang)]
        if not verbs:
            return None
        sp = self.subject_of(sent, verbs[-1], inverted=self._opens_incise(sent, verbs[-1]))
        return sp if sp is not None and sp.type == "person" and sp.canonical else None

    def _named_inside(self, span: QuoteSpan, sp: Speaker) -> bool:
        """A quote in the first person that names `sp` in the third ("Le dalaï lama m'a indiqué …"):
        whoever says it, it is not `sp`."""
        if not self._first_person:
            return False
        words = {w for w in re.findall(r"\w+", fold(span.text))}
        name = [w for w in re.findall(r"\w+", fold(sp.canonical or sp.text)) if len(w) > 2 and w not in _NOT_FORENAMES]
        return bool(name) and all(w in words for w in name)

    # ------------------------------------------------------------------ claims

    def attribute_claim(self, span: QuoteSpan) -> Speaker | None:
        self._first_person = False
        if span.source_word is not None:
            si, wid = span.source_word
            sent = self.doc.sentences[si]
            if span.cue_word is not None and span.cue_word[1] > wid:
                sp = self.subject_of(sent, sent.words[span.cue_word[1] - 1])
                if sp is not None and sp.type == "unknown":
                    return self._marked_source(sent, span) or sp
                return sp
            # `selon X`, or the subject after an incise verb (`…, conclut l'agence`) that the quote
            # stage found where the parser had misread it
            return self.mention(sent, sent.words[wid - 1])
        if span.cue_word is not None:
            si, wid = span.cue_word
            sent = self.doc.sentences[si]
            # ("…, comme l'a rappelé le Premier ministre X": `_subject_of_any` puts the subject after
            # the verb after "comme")
            sp = self.subject_of(sent, sent.words[wid - 1])
            if sp is not None and sp.type == "unknown":
                return self._marked_source(sent, span) or sp
            return sp
        return None

    def _marked_source(self, sent: Sentence, span: QuoteSpan) -> Speaker | None:
        """For a claim of a verb of showing whose subject is a thing ("l'usage de la torture prouve
        qu'il existe …"): the person or body a source marker of the sentence names outside the claim
        ("Pour l'organisation, …"). Other verbs keep their subject, often people the lexicon does not
        list ("sept Français sur dix considèrent que …", "Le trader … déclare")."""
        if (span.cue or "").lower() not in flagged_verbs("perceive", self.lang):
            return None
        for _case, _marker, x in marked_sources(sent, self.lang):
            if not span.start <= (word_offsets(x)[0] or 0) < span.end:
                src = self.mention(sent, x)
                if src is not None and src.type in ("person", "organization", "anonymous"):
                    return src
        return None


_IMPERSONAL = {"falloir", "agir", "sembler", "paraître", "avoir", "être", "rester", "suffire", "arriver",
               "pleuvoir", "exister", "convenir", "importer", "manquer", "valoir", "y"}


# Relations that put a clause under another one: what the upper clause's subject says or does
# frames the lower one ("Libération ajoute que le journal …", "des blocages dont le journal est victime").
_SUBORDINATE = ("ccomp", "xcomp", "advcl", "acl", "csubj")


# Adjectives whose "de" complement belongs to the speaker's phrase ("un élu très proche d'elle").
_ADJECTIVES_WITH_DE = frozenset({"proche", "chargé", "issu", "responsable"})


def _adjective_complement(sent: Sentence, last: int) -> set[int]:
    """The "de" complement right after a phrase that ends (word `last`) on such an adjective, whatever
    the parser hung it on ("un autre élu très proche d'elle"); empty when there is none."""
    if last + 2 > len(sent.words) or (sent.words[last - 1].lemma or "").lower() not in _ADJECTIVES_WITH_DE:
        return set()
    case = sent.words[last]
    if norm_apos(case.text or "").lower() not in ("de", "d'", "du", "des") or base_deprel(case) != "case" \
            or not case.head or case.head <= last:
        return set()
    return {i for i in subtree_ids(sent, case.head) if i > last} | {last + 1}


# A title right before a name, with the name's particle ("M. de Castries").
_TITLED_BEFORE_RE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))
                               + r")\s+(?:de\s+|d['’])?$")
# A name right after "de" (and an article, a title or an adjective of age): the complement of the
# noun before it ("la mère du petit Mohammed", "l'avocat de M. Dupont"), someone else than the noun says.
_NAME_AS_COMPLEMENT_RE = re.compile(r"(?<![\w-])(?:de|du|des|d['’])\s*(?:(?:la|le|l['’]|les|petit|petite|jeune|m\.|mme|mlle|me|dr)\s*){0,2}$")


def _of_complement(title: str, noun: str) -> str | None:
    """The first word of the `de` complement right after the title noun ("candidat d'En marche" ->
    "en"), folded, or None."""
    m = re.search(noun + r"\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*([\w-]+)", title, re.IGNORECASE)
    return fold(m.group(1)) if m else None


def _other_complement(title: str, noun: str, own_of: str) -> bool:
    """The title gives its noun a `de` complement other than the description's."""
    theirs = _of_complement(title, noun)
    return theirs is not None and theirs != own_of


# Verbs of will, request and decision: a quotation in their object is the wording of the subject's
# own will ("veut « lever toute suspicion »", "a interdit « la vente … »"), as the annotators of the
# fifteenth session's blind batches read it (Hamon, the prefecture, the prefect, the Front national's
# candidate). Not verbs of receiving, reading or seeing: their object's words are someone else's.
_VOLITION_VERBS = frozenset({
    "vouloir", "souhaiter", "interdire", "autoriser", "ordonner", "décider", "décréter", "réclamer", "exiger",
    "promettre", "refuser", "imposer", "prôner", "revendiquer", "demander", "proposer", "préconiser",
    # ("M. Lamy attend des avancées sur « les salaires, la justice fiscale … »": what he expects)
    "attendre",
})


def _subordinators(sent: Sentence, verb: Word) -> set[str]:
    """The subordinating conjunctions a verb's clause opens with, lowercased ("bien que, comme le
    rappelle HRW": {"bien", "comme"})."""
    return {(c.lemma or c.text).lower() for c in children(sent, verb.id) if base_deprel(c) == "mark"}


def _subordinate_verb(sent: Sentence, verb: Word, relations: tuple[str, ...]) -> bool:
    """A finite verb of a subordinate clause ("alors que 86 % des Français réclament …") hung with
    one of `relations`: its clause is not the one a colon after it goes on with. Not a comme-clause
    of saying ("comme l'indique X : « … »" introduces the quote), nor an infinitive's ("pour le
    décrire : « … »")."""
    marks = _subordinators(sent, verb)
    return base_deprel(verb) in relations and _feat(verb, "VerbForm") != "Inf" and bool(marks - {"comme"})


def _names_a_thing(sp: Speaker, word: Word | None) -> bool:
    """A mention typed unknown or anonymous whose head is a common noun that names no speaker (not a
    role, a body, nor a count of people: "plusieurs dizaines d'entre eux"), or whose text is a
    determiner and such a noun (a relative pronoun's antecedent: "Un argumentaire qui …")."""
    if sp.type not in ("unknown", "anonymous"):
        return False
    nouns = speaker_nouns()
    if word is not None and word.upos == "NOUN":
        lemma = (word.lemma or "").lower()
        sent = word.sent
        if lemma in QUANTITY_NOUNS and sent is not None:
            # a part of a time is no one ("une bonne partie de la journée"); a part of a people may be
            return any((c.lemma or "").lower() in TIME_NOUNS for c in children(sent, word.id) if base_deprel(c) == "nmod")
        return lemma not in nouns and lemma not in QUANTITY_NOUNS and not _count_noun(lemma)
    bare = _THING_PHRASE_RE.match(sp.text)
    return bare is not None and bare.group(1).lower() not in nouns


def _describing_participle(sent: Sentence, w: Word) -> bool:
    """A past participle describing a noun, with no agent ("Candidat déclaré au poste"); one with its
    agent still reports ("Une idée partagée aussi par le député Gaëtan Gorce :")."""
    if not (w.deprel == "acl" and _feat(w, "VerbForm") == "Part" and _feat(w, "Tense") == "Past"):
        return False
    return not any(agent_phrase(sent, c) for c in children(sent, w.id))


def _passive_agent(sent: Sentence, w: Word) -> bool:
    """"par X" after a passive verb, which the parser left a plain obl ("récusée par Ségolène Royal")."""
    return (base_deprel(w) == "obl" and w.deprel != "obl:agent" and bool(w.head)
            and any(base_deprel(c) == "case" and (c.text or "").lower() == "par" for c in children(sent, w.id))
            and any(c.deprel == "aux:pass" for c in children(sent, w.head)))


def _opens_sentence_at(text: str, pos: int, after_quote: bool = False) -> bool:
    """The word at `pos` opens its sentence or paragraph (an opening quotation mark may stand before
    it); with `after_quote`, a closing mark before it counts as a sentence's end too."""
    before = text[max(0, pos - 40):pos].rstrip(" \t\u00a0\u202f«\"“‹")
    if not before:
        return pos < 40 or not text[:pos].strip(" \t\u00a0\u202f«\"“‹")
    return before[-1] in ".!?…:\n" or after_quote and before[-1] in "»”"


_NAME_ARTICLES = ("La", "Le", "Les", "L'", "L’")
# A determiner and one common noun, nothing else: a thing's bare description ("Un argumentaire").
_THING_PHRASE_RE = re.compile(r"(?i:un|une|le|la|l['’]|ce|cet|cette)\s*([a-zà-ÿ][\w-]*)$")
# A comma and a preposition between a noun and a name: an adjunct about someone else, not a title.
# Between a description and the name it runs into (`explique l'historien cambodgien Son Soubert`, which
# the parser may cut): adjectives only, no complement, comma or conjunction.
_DESCRIPTION_TO_NAME_RE = re.compile(r"(?:[ \u00a0]+(?!(?:de|du|des|et|à|au|aux|ou|chez|en|sur|pour|par|qui|que|a|est)\b)"
                                     r"[a-zà-ÿ][\w-]*){0,3}[ \u00a0]+(?=[A-ZÀ-Ý])")
_CAPITALISED_NAME_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \u00a0]+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}(?=[ \u00a0]*[,.;:)]|$)")
# A document that speaks, written with its determiner ("ce rapport", "le communiqué").
_DOCUMENT_SPEAKER_RE = re.compile(r"(?i)(?:le|la|l['’]|ce|cette|cet|un|une)\s*(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
# Role nouns a journalist uses for one another when taking up a person named earlier.
# An office French news names by a periphrasis: `chef` + its complement -> the titles that name the
# office's holder. Checked on the annotated sets: every "chef du gouvernement" there is the Premier
# ministre named. Not "chef de l'État" -> "président": the French president often goes untitled beside
# a foreign one who is ("le président chinois Hu Jintao"; two blind batches fell with it).
_OFFICES = {"gouvernement": ("premier ministre", "première ministre")}
_ROLE_SYNONYMS = {"praticien": ("médecin", "docteur", "dr"), "médecin": ("praticien", "docteur", "dr"),
                  "docteur": ("médecin", "praticien", "dr")}
# Nouns of an answer or a comment, which a verbless line before a colon names with its author.
_ACRONYM_THEN_NAME_RE = re.compile(r"([A-Z]{2,6})[ \u00a0]+([A-ZÀ-Ý][\w'’-]+(?:[ \u00a0]+[A-ZÀ-Ý][\w'’-]+)+)")
# The word right before a name, as a place noun would stand there ("rue Jean-Jaurès").
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])(\w+)[ \u00a0]+$")


def _count_noun(lemma: str) -> bool:
    """A round count of people, singular or plural ("une centaine", "des milliers")."""
    counts = noun_class("count")
    return lemma in counts or (lemma.endswith("s") and lemma[:-1] in counts)


def _word_before_name(text: str, start: int) -> str | None:
    """The word right before `start`, lowercased."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m is not None else None


def _place_noun_before(text: str, start: int) -> bool:
    """A noun of a place or building right before `start` (the name is the place's, not a person's)."""
    return _word_before_name(text, start) in noun_class("place")

def _end_before_spaces(text: str, pos: int) -> int:
    """The end of `text[:pos]` without its trailing spaces (`len(text[:pos].rstrip())`, with no copy)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


_AGENT_BEFORE_NAME_RE = re.compile(r"\b(?:par|avec|contre|chez|selon|face\s+à)\s+$")
# A title after a copula or a verb of naming is a predicate ("X sera président du conseil, Y …")
_PREDICATE_VERBS = (r"(?:est|sont|sera|seront|serait|était|fut|été|devient|deviendra|devenue?s?|nommée?s?|"
                    r"élue?s?|désignée?s?|reste|restera|demeure)")
_PREDICATE_BEFORE_TITLE_RE = re.compile(r"\b" + _PREDICATE_VERBS + r"\s+(?:(?:le|la|l'|l’)\s*)?$")
_ADJUNCT_AFTER_COMMA_RE = re.compile(r",\s*(?:en|avec|à|au|aux|dans|pour|par|sur|chez|sans|selon|après|avant|"
                                     r"comme|contre|face)\b")


def _common_word(tok: Token) -> bool:
    """A capitalised word the tagger reads as a common noun or adjective ("Poste", "Parisien")."""
    return bool(tok.words) and tok.words[0].upos in ("NOUN", "ADJ")


def _feminine_form(w: Word) -> bool:
    """The written form is the feminine of a person noun of the lexicon: avocate (avocat),
    directrice (directeur), chercheuse (chercheur), patronne (patron), députée (député). The form
    is surer than the tagger's Gender feature (it read "avocate" as masculine in a press article)
    and than the lemmatizer (which kept "avocate")."""
    form = (w.text or "").lower()
    nouns = speaker_nouns()
    stems = [form[:-len(fem)] + masc for fem, masc in _FEMININE_ENDINGS if form.endswith(fem)]
    return any(nouns.get(stem) == "person" for stem in stems if stem != form)


def _epicene(w: Word) -> bool:
    """A person noun in -e with no feminine of its own (ministre, juge, porte-parole, secrétaire,
    responsable, journaliste): French marks such a noun's gender only on its determiner."""
    form = (w.text or "").lower()
    return form.endswith("e") and not form.endswith(("esse", "euse", "rice", "ière", "ienne", "enne", "onne", "ée"))


_MASC_DETERMINERS = {"le", "un", "ce", "cet", "son", "mon", "ton"}
_FEM_DETERMINERS = {"la", "une", "cette", "sa", "ma", "ta"}


def _determiner_gender(sent: Sentence, noun: Word) -> str | None:
    # (son/sa agree with the noun: "sa porte-parole" is a woman, "son porte-parole" a man)
    for d in children(sent, noun.id):
        if base_deprel(d) == "det":
            token = (d.text or "").lower()
            if token in _FEM_DETERMINERS:
                return "Fem"
            if token in _MASC_DETERMINERS and not (token in ("son", "mon", "ton") and noun.text[:1].lower() in "aeéèêiîoôuh"):
                return "Masc"  # ("son élue": son before a vowel is either)
    return None


# feminine ending -> masculine ending of person nouns
_FEMININE_ENDINGS = (("e", ""), ("ne", ""), ("euse", "eur"), ("rice", "eur"), ("ère", "er"), ("ve", "f"))


# The determiner that opens a written mention tells its number and often its gender.
_DET_AGREEMENT = {"le": ("Masc", "Sing"), "un": ("Masc", "Sing"), "ce": ("Masc", "Sing"), "cet": ("Masc", "Sing"),
                  "la": ("Fem", "Sing"), "une": ("Fem", "Sing"), "cette": ("Fem", "Sing"),
                  "les": (None, "Plur"), "des": (None, "Plur"), "ces": (None, "Plur"), "plusieurs": (None, "Plur"),
                  "certains": ("Masc", "Plur"), "certaines": ("Fem", "Plur"), "deux": (None, "Plur")}


def _written_agrees(written: str, gender: str | None, number: str | None) -> bool:
    """Does a mention as written ("les militaires colombiens", "la préfecture") agree with a
    pronoun's gender and number? Unknown (a name, "l'agence") agrees with anything."""
    parts = written.split()
    first = re.sub(r"^-(?:t-)?", "", parts[0].lower()) if parts else ""
    # (a pronoun as written agrees as it is: "ils" is never the "il" of the next incise)
    g, n = _DET_AGREEMENT.get(first) or _PERSONAL.get(first) or (None, None)
    return not (number and n and n != number) and not (gender and g and g != gender)


def _missed_name(sp: Speaker, w: Word) -> bool:
    """A proper name of two or more capitalised words that the NER missed ("Business France a
    reconnu …"): still a speaker for a pronoun to point back to. One capitalised word is not
    enough: the tagger also reads a sentence-initial adjective as a name ("Ému, il …")."""
    parts = sp.text.split()
    return sp.type == "unknown" and w.upos == "PROPN" and len(parts) >= 2 and all(p[:1].isupper() for p in parts)


def is_subject(w: Word, sent: Sentence | None = None) -> bool:
    """A subject: nsubj, or an inverted clitic the parser left as expl:subj ("a-t-il dit")."""
    if (w.deprel or "") == "nsubj:pass" or euphonic_t(w):
        return False
    if sent is not None and _impersonal_passive(sent, w):
        return False
    if base_deprel(w) == "nsubj":
        return True
    impersonal = True
    if sent is not None and w.head:
        verb = sent.words[w.head - 1]
        impersonal = (verb.lemma or "").lower() in _IMPERSONAL or any(
            (c.lemma or "").lower() == "y" for c in children(sent, verb.id))
    # an inverted clitic ("a-t-il dit") or a personal pronoun the parser took for the impersonal
    # "il" (expl:subj), except with the impersonal verbs themselves (il faut, il s'agit, il y a)
    if base_deprel(w) != "expl" or not _CLITIC_RE.match((w.text or "").lower()):
        return False
    return (w.text or "").startswith("-") or (w.deprel == "expl:subj" and not impersonal)


def _impersonal_passive(sent: Sentence, w: Word) -> bool:
    """`il est demandé qu'il …`, `il a été décidé de …`: the impersonal il of a passive that takes a
    clause names nobody (the parser reads it as an ordinary subject)."""
    if (w.text or "").lower() != "il" or not w.head:
        return False
    kids = children(sent, w.head)
    return any(c.deprel == "aux:pass" for c in kids) and any(
        base_deprel(c) in ("ccomp", "csubj", "xcomp") and c.id > w.id for c in kids)


def _feat(w: Word, name: str) -> str | None:
    for f in (w.feats or "").split("|"):
        k, _, v = f.partition("=")
        if k == name:
            return v
    return None


def _sentence_text(text: str, doc: Document, pos: int) -> str:
    for sent in doc.sentences:
        s, e = sentence_offsets(sent)
        if s is not None and s <= pos < e:
            return text[s:e]
    s = _sentence_start(text, pos)
    return text[s:s + 300]


def attribute(text: str, doc: Document | None, spans: list[QuoteSpan], article_id: str = "doc",
              annotate: Annotate | None = None, lang: str = "fr") -> list[Quote]:
    """Quote records, with speakers, for the direct, partial and indirect spans (text order)."""
    keep = [s for s in spans if s.kind in ("direct", "partial", "indirect") and s.depth == 0]
    if doc is None:
        return [quote_record(text, None, s, None, None, None, article_id) for s in keep]
    att = Attributor(text, doc, spans, annotate, lang)
    done: list[Quote] = att.done
    # Body quotes first, so that heading quotes can borrow the speaker of the body quote they repeat.
    # A claim goes before the quotes it holds, which speak with its voice.
    order = sorted(keep, key=lambda s: (s.in_heading, s.start, s.kind != "indirect"))
    for span in order:
        if span.kind == "indirect":
            sp = att.attribute_claim(span)
            cue, cue_span = span.cue, span.cue_span
        else:
            sp, cue, cue_span = att.attribute_quote(span, done)
            outer = _enclosing_claim(span, done, cue_span, lang)
            if outer is not None and (_nested_report(att, outer, sp, cue, cue_span) or span.start in att.worded):
                outer = None
            if outer is not None:
                sp = Speaker.of(outer, outer.confidence)
                cue = outer.cue
                cue_span = (outer.cue_start, outer.cue_end) if outer.cue_start is not None else None
        done.append(quote_record(text, doc, span, sp, cue, cue_span, article_id))
    done.sort(key=lambda q: (q.start, q.end))
    _share_incise(text, done)
    _share_translation(text, done)
    return done


# A quotation in parentheses right after another: its translation or its original ("« no más peleas,
# te prometo » (« plus de combats, je vous promets »)").
_TRANSLATION_BETWEEN_RE = re.compile(r"^[\s»”\"]*\([\s«“\"]*$")


def _share_translation(text: str, done: list[Quote]) -> None:
    """A quote in parentheses right after a quote, with no speaker of its own, has the first's (in place)."""
    quotes = [q for q in done if q.kind in ("direct", "partial")]
    for q1, q2 in zip(quotes, quotes[1:], strict=False):
        if (q2.speaker_canonical or q2.speaker) or not (q1.speaker_canonical or q1.speaker):
            continue
        if not _TRANSLATION_BETWEEN_RE.match(text[q1.end:q2.start]):
            continue
        _take_voice(q2, q1)
        q2.confidence = q1.confidence


def _take_voice(dst: Quote, src: Quote) -> None:
    """`dst` gets the speaker and cue of `src` (in place)."""
    dst.speaker, dst.speaker_canonical, dst.speaker_type = src.speaker, src.speaker_canonical, src.speaker_type
    dst.speaker_start, dst.speaker_end, dst.cue = src.speaker_start, src.speaker_end, src.cue
    dst.cue_start, dst.cue_end = src.cue_start, src.cue_end


# What may stand between two quotes that one incise covers: « A », « B », a dit X / « A ». « B »,
# ont confié des témoins.
_BETWEEN_QUOTES_RE = re.compile(r"^[\s«»“”\"‹›,;.]*(?:(?:et|mais|puis)\s*)?[\s«»“”\"‹›]*$")


def _share_incise(text: str, done: list[Quote]) -> None:
    """A quote with no cue of its own, followed by nothing but punctuation and a quote that has
    an incise, is said by the incise's speaker too (in place)."""
    quotes = [q for q in done if q.kind in ("direct", "partial")]
    for q1, q2 in reversed(list(zip(quotes, quotes[1:], strict=False))):
        # a fragment inside the journalist's sentence ("l'avait appelée la « … »") is not covered by an
        # incise after it
        if not _opens_sentence_at(text, q1.start, after_quote=True):
            continue
        if q1.cue is not None or q2.cue is None or not (q2.speaker_canonical or q2.speaker):
            continue
        if q2.cue_start is None or q2.cue_start < q2.end or not _BETWEEN_QUOTES_RE.match(text[q1.end:q2.start]):
            continue
        _take_voice(q1, q2)


def _nested_report(att: Attributor, outer: Quote, sp: Speaker | None, cue: str | None,
                   cue_span: tuple[int, int] | None) -> bool:
    """The quote's own verb of saying inside the claim, finite or a participle, with its own named
    subject there (not an infinitive: "Il estime que Fillon a bien fait de dire « la vérité »" stays
    the claim's)."""
    return (sp is not None and cue in flagged_verbs("nested", att.lang) and sp.type == "person"
            and sp.start is not None and outer.start <= sp.start < outer.end
            and sp.canonical != outer.speaker_canonical and sp.text[:1].isupper()
            and cue_span is not None and att.idx is not None
            and any(_feat(w, "VerbForm") in ("Fin", "Part") for _, w in att.idx.words_in(*cue_span)))


def _de_complements(sent: Sentence, noun: Word) -> list[Word]:
    """The nouns hung on `noun` with "de" (`le communiqué du ministère`, `réponse du dignitaire`)."""
    return [c for c in children(sent, noun.id) if base_deprel(c) == "nmod" and c.upos in ("NOUN", "PROPN")
            and any(base_deprel(g) == "case" and (g.lemma or g.text).lower() == "de" for g in children(sent, c.id))]


def _noun_infinitive(sent: Sentence, w: Word) -> bool:
    """An infinitive that completes a noun (`le droit de mourir`, `la volonté d'agir`)."""
    return (base_deprel(w) in ("xcomp", "acl") and _feat(w, "VerbForm") == "Inf" and bool(w.head)
            and sent.words[w.head - 1].upos == "NOUN"
            and any(base_deprel(c) == "mark" and (c.lemma or "").lower() in ("de", "à") for c in children(sent, w.id)))


def _enclosing_claim(span: QuoteSpan, done: list[Quote], cue_span: tuple[int, int] | None,
                     lang: str = "fr") -> Quote | None:
    """The attributed claim that holds a quote (`X affirme que le journal publiait « bien volontiers »
    …`), when the quote has no reporting verb of its own outside that claim: a verb inside the
    claim ("publiait") is part of what X reports, not a cue."""
    for q in done:
        if q.kind != "indirect" or not (q.speaker_canonical or q.speaker):
            continue
        if not (q.start <= span.start and span.end <= q.end):
            continue
        # (a verb after the claim governs nothing in it: French puts objects after their verb, so
        # a parser that hangs the quote on a later verb, "… est « intolérable » et X estime que …", erred)
        # (nor a verb before the claim's own: "Le mineur avait déclaré … tandis que celui qui … avait
        # affirmé que « … »": the parser hung the second report under the first, the nearer one holds it)
        # (a claim that is a "ce qui" comment of its own holds its words whatever verb came before:
        # "X s'est félicité de …, ce qui est « une première », selon Y")
        if (cue_span is None or q.start <= cue_span[0] < q.end or cue_span[0] >= q.end
                or re.match(r"ce\s+qu", q.text, re.IGNORECASE)
                or (q.cue_start is not None and cue_span[0] < q.cue_start and q.cue not in (*source_markers(lang), ":"))):
            return q
    return None


def quote_record(text: str, doc: Document | None, span: QuoteSpan, sp: Speaker | None, cue: str | None,
                 cue_span: tuple[int, int] | None, article_id: str) -> Quote:
    """The output record of one span with its speaker (also used by `tracker.attribution_text`)."""
    conf = span.confidence
    if sp is not None:
        conf = round(min(0.99, 0.5 * conf + 0.5 * sp.confidence + (0.1 if span.kind == "direct" else 0)), 3)
    else:
        conf = round(0.5 * conf, 3)
    sentence = _sentence_text(text, doc, span.start) if doc is not None else text[
        _sentence_start(text, span.outer_start):span.outer_end + 1]
    return Quote(
        article_id=article_id, text=span.text, kind=span.kind, start=span.start, end=span.end,
        speaker=sp.text if sp else None, speaker_canonical=sp.canonical if sp else None,
        speaker_type=sp.type if sp else "unknown", cue=cue, in_heading=span.in_heading,
        confidence=conf, sentence=sentence.strip(),
        cue_start=cue_span[0] if cue_span else None, cue_end=cue_span[1] if cue_span else None,
        speaker_start=sp.start if sp else None, speaker_end=sp.end if sp else None,
        is_fragment=span.kind == "partial",
    )
