"""Attribution stage without a parse: speakers and reported claims from the words around them.

Stage: attribution for a language the project has no Stanza models for yet (English).
Takes: the article text and the quote spans the quotes stage found from the text alone.
Gives: `Quote` records: direct and partial quotes with their speakers, and indirect claims
introduced by a reporting verb (`X said (that) …`) or by `according to X`.

Without a tree, the rules read English reporting clauses off the surface, the way their grammar
lays them out (Quirk et al. 16.66): the reporting clause before the quote (`Lam said, "…"`),
after it (`"…", Johnson said` / `"…", said Johnson`), or the journalist's sentence around a partial
quote (`Sturgeon said it was "the moment …"`). The speaker is the noun phrase before the verb (a
name, a role, `a Woolworths spokesperson`), the name of an apposition (`The mayor of London, Sadiq
Khan, tweeted`), or, for he/she/they, the speaker quoted last. Verb forms come from
`data/reporting_verbs_en.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from tracker.attribution import Speaker, given_name_gender, quote_record
from tracker.quotes import (
    QuoteSpan,
    _sentence_end,
    _sentence_start,
    claim_verbs_re,
    ends_sentence,
    mostly_quoted,
    surface_verbs_re,
    verb_forms,
)
from tracker.records import Quote

_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_QUANTIFIERS = {"several", "some", "many", "most", "all", "others", "both", "another", "one", "each", "either",
                "neither", "none"}
# Quantifiers that stand for part of a group named as the subject of the sentence before ("Analysts
# were divided. Some said …"), and that subject: a plural noun of people before a verb of being.
_GROUP_PART = {"some", "many", "most", "several", "others"}
_GROUP_SUBJECT_RE = re.compile(r"\s*(?:The\s+|Many\s+|Most\s+)?([A-Z]?[a-z]+(?:ers|ists|ysts|ors|ants|ents|ans|"
                               r"ives|ees|men|women|people|officials|experts|critics))\s+"
                               r"(?:were|are|have\s+been|had\s+been|remained|remain|seemed|seem)\b")
# Words that never open a speaker's phrase (the clause before the verb was cut in the wrong place).
_FUNCTION_WORDS = {"and", "but", "or", "as", "so", "which", "that", "who", "while", "when", "if", "because",
                   "although", "though", "also", "then", "there", "here", "this", "these", "those", "to", "in",
                   "on", "at", "for", "with", "by", "from", "of"}
# Capitalised at the head of a sentence, never the first word of a name ("Will Red Hat …?", "Once I agreed")
_OPENERS = {"will", "would", "can", "could", "should", "did", "does", "do", "is", "are", "was", "were", "has",
            "have", "had", "may", "might", "must", "once", "after", "before", "since", "yet", "however",
            "meanwhile", "why", "how", "what", "where", "not", "only", "even", "hi", "hello", "dear", "good",
            "morning", "yes", "no", "oh", "please", "thanks", "thank", "across", "throughout", "within", "among",
            "amid", "along", "around", "despite", "during", "under", "over", "inside", "outside", "near",
            "beyond", "until", "without", "via", "into", "onto", "upon", "between", "against", "toward", "towards",
            "my", "our", "your", "his", "her", "their", "its", "unlike", "like", "following", "although", "though",
            "because", "if", "unless", "whether", "while", "when", "as",
            # sentence adverbs ("Afterwards Trump visited California": no name "Afterwards Trump")
            "afterwards", "afterward", "later", "earlier", "then", "still", "also", "instead", "nevertheless",
            "subsequently", "thereafter", "additionally", "finally", "similarly", "likewise", "separately",
            "lastly", "moreover", "furthermore"}
_TITLES = ("President", "Prime Minister", "Minister", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr",
           "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Queen", "King", "Prince",
           "Princess", "Chancellor", "Secretary", "General", "Gen.", "Pope", "Legislator", "Judge", "Justice",
           "Chief Executive", "Foreign Minister", "Premier", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof.")
# Sentence adverbs that open a clause before its subject ("Nevertheless, Collins …", "Afterwards Trump …").
_CONNECTIVE_RE = re.compile(r"\s*(?:However|Nevertheless|Meanwhile|Still|Later|Earlier|Instead|Also|Moreover|"
                            r"Furthermore|Afterwards?|Then|Whereas|Thereafter|Subsequently|Additionally|Finally|"
                            r"Similarly|Likewise|Separately|But|And|Yet|Lastly)\b,?\s+"
                            r"|\s*(?:First|Second|Third|Next),\s+")  # (with its comma: "First Minister …" is a title)
# A turn of an interview transcript: the speaker's name in double parentheses opens the paragraph.
_TRANSCRIPT_TURN_RE = re.compile(r"\s*\(\(([^()\n]{1,60})\)\)")
# Capitalised role nouns that end a title, not a name ("Assistant Secretary of the Air Force").
_ROLE_WORDS = frozenset({"Secretary", "Minister", "President", "Director", "General", "Governor", "Mayor", "Member",
                         "Chairman", "Chairwoman", "Chair", "Chief", "Officer", "Commissioner", "Ambassador",
                         "Spokesperson", "Spokesman", "Spokeswoman", "Head", "Leader", "Professor", "Senator",
                         "Representative", "Undersecretary", "Attorney", "Judge", "Justice", "Deputy", "Assistant"})
# Capitalised nouns of a title that may stand right before a name besides the role words
# ("Chief Executive Mary Barra", "Managing Editor Jane Doe").
_TITLE_NOUNS = frozenset({"Executive", "Editor", "Manager", "Coach", "Captain", "Counsel", "Adviser", "Advisor",
                          "Superintendent", "Inspector", "Commander", "Colonel", "Lieutenant", "Sergeant", "Constable"})
_ORG_WORDS = re.compile(
    r"\b(?:Ministry|Department|Association|Commission|Committee|Council|Company|Corporation|Inc\.?|Ltd|Group|"
    r"Government|government|Party|Police|police|Agency|Office|Organization|Organisation|Union|University|"
    r"Institute|Foundation|Court|court|Parliament|Congress|Senate|Bank|Army|army|Navy|Service|Authority|"
    r"Federation|News|Times|Post|Press|Reuters|Network|Coalition|Council|League|Board|Bureau|Associates|Partners|"
    r"spokesperson for|outlets?|media|Media)\b")
_ANONYMOUS = re.compile(r"^(?:an?|one|some|several|two|three|many)\s+(?:\w+\s+){0,3}?"
                        r"(?:source|official|spokesperson|spokesman|spokeswoman|person|witness|resident|aide|"
                        r"diplomat|insider|employee|member)s?\b|\bsources\b", re.IGNORECASE)
# Verbs that report only right after a quote (`"…," Druyun's daughter continued in the e-mail`):
# elsewhere they report nothing ("the talks continued").
_INCISE_ONLY = r"continued|continues|continuing"
# Between the two halves of a quote cut by its incise: the closing mark, the incise between commas.
_RESUMED_RE = re.compile(r"\s*[\"”]\s*(,?)\s*[^\"“”\n.!?]{2,120},\s*")
# A message sent (`Sears sent an e-mail to …`), whose text a quote standing alone may then give.
_SENT_MESSAGE_RE = re.compile(r"\s(?:sent|wrote|e-?mailed|texted)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?"
                              r"(?:e-?mail|letter|note|message|memo|text)\b")
# Words that may stand between the subject and the verb: auxiliaries and adverbs ("has also said").
_BETWEEN = r"(?:\b(?:has|have|had|was|were|is|are|would|will|did|does|do|also|further|later|then|once|again|" \
           r"previously|earlier|first|never|not|just|recently|repeatedly|publicly|reportedly|[a-z]\w*ly)\s+)*"
# A capitalised run that ends on a place noun ("the Red Sea", "Tahrir Square", "the Eastern
# Mediterranean") or is a direction and one word ("North Korea") names a place, never a person:
# no antecedent for he/she. A longer run with a direction is a title ("South African President …").
_PLACE_END = re.compile(
    r"\b(?:Mediterranean|Sea|Ocean|Gulf|River|Mountains|Lake|Island|Islands|Republic|Kingdom|States|Street|"
    r"Square|Avenue|Airport|Station|Strait|Bay|Valley|County|Province|Region|City|Coast|Peninsula|Desert|"
    r"Canal)$")
_DIRECTIONS = {"Eastern", "Western", "Northern", "Southern", "North", "South", "East", "West", "Middle", "Central"}
# Days and months: "On Wednesday", "In March" are capitalised runs that name no one.
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CALENDAR = re.compile(r"\b(?:" + _DAYS + r"|" + _MONTHS + r")\b")
# a lowercase title before a lone surname makes it a person ("Turkish president Erdoğan")
_LOWER_TITLE = re.compile(r"\b(?:president|minister|leader|spokes(?:man|woman|person)|secretary|chancellor|senator|"
                          r"governor|mayor|chief|director|judge|king|queen|prince|pope|general|commander|ambassador|"
                          r"envoy|premier|lawyer|attorney|prosecutor|candidate)\s+$")


# An adverb before the verb is no subject ("the withdrawal first announced", "officials later said").
_ADVERB_RE = re.compile(r"\w+ly|first|also|then|later|now|again|already|still|once|since|soon|never|even|further")


# a preposition, maybe with a lowercase title, before a name ("to Martin Smith", "of journalist Jamal Khashoggi")
_SPACE_RUN = re.compile(r"\s*")
_OF_BEFORE = re.compile(r"\bof\s+(?:[a-z]+\s+){0,2}$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|by|for|from|at|of|in|on|against|about)\s+(?:[a-z]+\s+){0,2}$")


# Between commas after the subject, an aside that is not the subject: a participle phrase or an
# adjunct of time or place ("…, speaking to BBC, said", "…, in a statement, said").
_ASIDE_RE = re.compile(r"\s*(?:[a-z]+ing|in|at|on|during|after|before|via|through|later|earlier|also|however|which|"
                       r"who|whose|(?:both|all|some|many|most|each|one|neither|none)\s+of\s+(?:which|whom)|"
                       # a focus on part of the subject ("Policy-makers and the media, particularly in the
                       # United States, frequently assert …")
                       r"(?:particularly|especially|notably|mainly|mostly|chiefly|primarily)\s+(?:in|at|on|among|from)"
                       r")\b")
# After "and" in a subject, a second role of the same person, without a determiner ("Jennifer Daskal
# of American University and contributor to Slate wrote"): no second subject.
_ROLE_AFTER_AND_RE = re.compile(r"\s*(?:[a-z]+\s+)?(?:contributor|member|author|director|founder|head|editor|chair|"
                                r"professor|fellow|adviser|advisor|columnist|host|co-founder|president|chief)\s+"
                                r"(?:of|to|at|for)\b")
_TRAILING_TIME_RE = re.compile(
    r"(?:\s+(?:during|over|on|at|in|earlier|later|late|early|this|last)\s+(?:the\s+|this\s+|last\s+)?"
    r"(?:weekend|week|day|morning|afternoon|evening|night|month|year|" + _DAYS + r")s?"
    r"|\s+(?:on\s+)?" + _DAYS + r"|\s+(?:yesterday|today|tonight))$")
# A time or a date opening the sentence before its subject ("On Wednesday, …", "In 2018, …").
_LEADING_TIME_RE = re.compile(r"\s*(?:On|In|At|By|During|Since|Early|Late|Last|Today|Yesterday|Earlier|Later)\b"
                              r"[^,;:\"“”]{0,40},\s+(?=[A-Za-z])")
# A day opening the sentence without a comma before its subject ("On Friday Ford announced …",
# "Yesterday the Agency told …").
_BARE_LEADING_TIME_RE = re.compile(r"(?:(?:[Oo]n|[Ll]ast|[Ee]arly|[Ll]ate)\s+(?:" + _DAYS + r")|[Yy]esterday|[Tt]oday"
                                   r"|[Ee]arlier today)\s+"
                                   r"(?=\w)")
# Collective nouns a "they" may stand for ("The Montreal team, led by Björn Benneke, used data … They
# found that …").
_COLLECTIVE_RE = re.compile(r"\b(?:team|group|panel|crew|staff|family|couple|duo|trio|band)$")
# Past participles that are no past tense.
_PARTICIPLE_ONLY = frozenset({"written", "spoken", "shown", "known", "given", "drawn", "sworn", "chosen", "taken",
                              "forgotten", "begun", "broken", "thrown", "stolen"})
# A text that speaks for whoever issued it: "a report from X", "the summary of X", "X's statement".
_DOCUMENT_NOUNS = (r"(?:report|statement|summary|ruling|judg(?:e)?ment|release|press\s+release|communiqu[eé]|letter|"
                   r"tweet|post|filing|opinion|memo|study|survey|announcement|notice|verdict|e-?mail)")
# (the adjectives a text's issuer may stand before, in both orders: "the official report of X", "X's official report")
_DOCUMENT_ADJECTIVES = r"official|joint|written|new|latest|final"
_DOCUMENT_RE = re.compile(
    r"(?:(?:the|a|an|another|its|their|his|her|a\s+new|the\s+latest)\s+)?(?:(?:[a-z]+ly\s+)?(?:" + _DOCUMENT_ADJECTIVES
    + r"|brief|short|initial|critical|damning|scathing|internal|independent|confidential|leaked|draft|"
    r"annual)\s+)?" + _DOCUMENT_NOUNS + r"\s+(?:from|by|of|issued\s+by)\s+(?P<of>.+)"
    r"|(?P<own>.+?)['’]s?\s+(?:(?:" + _DOCUMENT_ADJECTIVES + r")\s+)?" + _DOCUMENT_NOUNS, re.IGNORECASE)
# (lowercase modifiers only: "the 102-page report"; "the US statement" names its issuer)
_BARE_DOCUMENT_RE = re.compile(r"(?i:the|this|that|its|their|his|her)\s+(?:[a-z0-9][\w-]*\s+){0,2}?(?i:"
                               + _DOCUMENT_NOUNS + r")")
# A subject, a verb of issuing and a text: "Facebook released a statement which read, in part, "…"".
_ISSUED_RE = re.compile(r"\s*[^,;:\"“”]{2,80}?\s+(?P<verb>released|issued|published|posted|put out|sent|shared)\s+"
                        r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?" + _DOCUMENT_NOUNS +
                        r"\b[^\"“”]{0,40}$", re.IGNORECASE)
# Nouns and titles that mark a woman or a man, before a name or in apposition after it.
_FEMININE_RE = re.compile(r"\b(?:Mrs\.?|Ms\.?|Miss|Lady|Dame|Queen|Princess|fianc[ée]e|wife|widow|mother|daughter|"
                          r"sister|woman|girl|actress|businesswoman|chairwoman|spokeswoman|congresswoman|grandmother|"
                          r"aunt|niece|girlfriend|Madam)(?!\w)", re.IGNORECASE)
_MASCULINE_RE = re.compile(r"\b(?:Mr\.?|Sir|Lord|King|Prince|fianc[ée](?!e)|husband|widower|father|son|brother|man|boy|"
                           r"businessman|chairman|spokesman|congressman|grandfather|uncle|nephew|boyfriend)(?!\w)",
                           re.IGNORECASE)
# The same right before a name, or in apposition after it ("Hatice Cengiz, fiancée of …"); case as
# written there (a title is capitalised, a noun is not), unlike in a description.
_GENDER_CUES = tuple((re.compile(rf"(?:{cue.pattern})\s*$"),
                      re.compile(rf",\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:{cue.pattern})"), pron)
                     for cue, pron in ((_FEMININE_RE, "she"), (_MASCULINE_RE, "he")))
# A definite description headed by a person's role ("the head of …", "the city's mayor").
_ROLE_PHRASE_RE = re.compile(
    r"(?:the|The)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>head|chief|director|president|chairman|chairwoman|chair|mayor|"
    r"governor|minister|secretary|spokesperson|spokesman|spokeswoman|prosecutor|attorney|lawyer|judge|sheriff|"
    r"commissioner|ambassador|leader|founder|manager|coach|captain|chancellor|senator|premier)(?P<of>\s+of\b.*)?$")
# "the analyst", "the economist": a commentator's profession, which stands for the person just quoted.
_COMMENTATOR_RE = re.compile(r"(?:the|The)\s+(?:analyst|expert|economist|researcher|scientist|professor|scholar|"
                             r"academic|historian|commentator|observer|specialist|author|writer|veteran|activist)")
# Lowercase particles inside a person's name ("Arnel dela Vega", "Ursula von der Leyen").
_PARTICLE = r"(?:de|dela|di|dos|das|van|von|der|del|da|du|bin|ibn)"
# A person's name, then "of" and where they work ("Steve Peers of the University of Essex").
_NAME_OF_RE = re.compile(r"((?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:" + _PARTICLE + r"\s+)?"
                         r"(?:[A-Z][\w'’-]+|[A-Z]\.)){1,3})\s+of\s+\S")
# "the court", "the three-judge court", "the ministry": a definite description of a body.
_DESCRIBED_BODY_RE = re.compile(r"(?:the|The|this|This)\s+(?:[\w-]+\s+){0,2}?(?P<noun>court|ministry|government|"
                                r"agency|commission|committee|council|company|airline|party|union|university|"
                                r"institute|foundation|department|tribunal|parliament|assembly|senate|board|"
                                r"organi[sz]ation|newspaper|network|firm|group|bank|army|navy|police)")


def _without_the(name: str) -> str:
    return re.sub(r"^(?:The|the)\s+", "", name)


def _person_like(name: str) -> bool:
    """Two to four capitalised words shaped like a person's name: no body's or place's word, not a
    title ("Prime Minister", "Foreign Secretary")."""
    words = name.split()
    return (not _ORG_WORDS.search(name) and not _is_place(name) and not _CALENDAR.search(name)
            and words[-1] not in _ROLE_WORDS and words[0] not in _DIRECTIONS
            and words[0].lower() not in _FUNCTION_WORDS | _OPENERS and not any(w.isupper() and len(w) > 1 for w in words))


def _last_two_person(name: str) -> str | None:
    """The last two words of a run when they are shaped like a person's name."""
    last = " ".join(name.split()[-2:])
    return last if _person_like(last) else None


def _is_place(run: str) -> bool:
    words = run.split()
    return bool(_PLACE_END.search(run)) or (len(words) <= 2 and words[0] in _DIRECTIONS)


# A name: capitalised words; a dot only after an initial or a title ("J.", "Mr.", "Dr.", "U.S."), so
# that a sentence's last word never joins the next one's first ("Monday. Murphy", "Eid. This").
_NAME = (r"(?:(?:[A-Z]\.){2,}|(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Mme|Mgr)\.|[A-Z][\w'’-]*)"
         r"(?:\s+(?:(?:de|dela|di|dos|das|van|von|der|al|bin|ibn|da|du|del|la|le|y|of)\s+)?"
         r"(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w'’-]*))*")
_NAME_RE = re.compile(_NAME)
# How far a quote standing alone looks back for the voice of the quotes before it (characters):
# the English dev set's implicit continuations all lie within two sentences.
CONTEXT_CHARS = 500
# How far after a sentence-opening name a he/she may still point to it (characters). The one case
# the English sets have (heldout-en2, Agnès Callamard … "…," she said) spans 264; further on, the
# voice of the last quote is the safer guess. A guess with a margin, not a calibration on many cases.
OPENER_CHARS = 300
# A noun phrase before the verb longer than this is a clause, not a subject (dev: the longest
# subject, "Critics from across Britain's political spectrum", has 6 words).
MAX_SUBJECT_WORDS = 8


def has_text_rules(lang: str) -> bool:
    return surface_verbs_re(lang) is not None


# Surface rules are less sure than rules over a parse (0.85 for a named subject there).
CONFIDENCE = 0.6


class TextAttributor:
    """Speaker finding over the text of one article."""

    def __init__(self, text: str, lang: str = "en") -> None:
        self.text = text
        self.lang = lang
        self.verbs = surface_verbs_re(lang)
        self.forms = verb_forms(lang)
        # the claims' verbs: the reporting verbs and the verbs that report only through "X as Y"
        self.as_only = verb_forms(lang, as_only=True)
        self.claim_forms = {**self.as_only, **self.forms}
        self.claim_verbs = claim_verbs_re(lang)
        # runs of two capitalised words or more; not a sentence-initial preposition and a day ("On
        # Wednesday", "In March") nor a place
        runs = [m for m in _NAME_RE.finditer(text) if "\n" not in m.group()]
        # (a name after a capitalised word that opens the sentence: "But Darrell Rigby, head of …")
        runs = [(_NAME_RE.match(text, m.start() + len(m.group().split()[0]) + 1) or m)
                if m.group().split()[0] in _OPENING_CONJUNCTIONS and len(m.group().split()) >= 3 else m
                for m in runs]
        self.names = [m for m in runs if len(m.group().split()) >= 2
                      and m.group().split()[0].lower() not in _FUNCTION_WORDS | _OPENERS
                      and "I" not in m.group().split() and not _is_place(m.group())
                      and not _CALENDAR.search(m.group())]
        # the text with each parenthesis blanked out (same offsets), for the look-ahead to a clause's
        # verb: "hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped"
        self.flat = _PARENTHESIS_RE.sub(lambda m: " " * len(m.group()), text)
        # the text with the dots that end no sentence ("Dr.", "U.S.", "John C. Eastman") masked
        # (same offsets), for the phrases read up to a dot: "according to Dr. Tom Frieden"
        self.plain = "".join("\u2024" if c == "." and not ends_sentence(text, i) else c for i, c in enumerate(text))
        self._mentions: list[re.Match] | None = None
        self._owners: dict[str, set[str]] | None = None
        self._surname_people: dict[str, str | None] = {}  # surname -> the person it stands for (`_surname_person`)
        self.quotes: list[QuoteSpan] = []
        self.terms: list[QuoteSpan] = []
        self.cited: dict[int, Speaker | None] = {}  # quotes of a cited author (by start): who cites them
        self.done: list[Quote] = []
        # he/she already resolved to a speaker: a later "he" skips a speaker the article called "she"
        self.pronoun_of: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}

    # ------------------------------------------------------------------ names and phrases

    def full_name(self, name: str) -> str:
        """The longest form of a person's name in the article (`Johnson` -> `Boris Johnson`)."""
        name = _after_title_run(_strip_titles(name))
        if re.match(r"of\s", name) or _OWNED_NAME_RE.search(name):
            # "(Mayor) of London Sadiq Khan", "Mexico's Foreign Secretary Marcelo Ebrard": the name after
            # the title's place or owner
            name = _last_two_person(name) or name
        best = name
        for m in self.names:
            cand = _after_title_run(_strip_titles(m.group()))
            # not "Martin Smith of PBS" for "PBS": a name "of" another is someone else
            if (_OWNED_NAME_RE.search(cand) and not re.search(r"['’]s\s", name)) or (
                    " of " in f" {cand}" and " of " not in f" {name}"):
                # "BBC's Hannah Hennessy", "Mayor of London Sadiq Khan", "Director of National Intelligence
                # John Ratcliffe": an owner, or a title and its complement, before the name
                cand = _last_two_person(cand)
                if cand is None:
                    continue
            if len(cand) > len(best) and re.search(rf"(?:^|\s)(?<!\bof\s){re.escape(name)}$", cand):
                best = cand
        if " " not in name and best != name:
            # a surname several people share: the one the article names most ("Biden": Joe, named
            # three times, not Hunter, named once), else the longest
            dominant = self._surname_person(name)
            if dominant is not None and " of " not in dominant and not _OWNED_NAME_RE.search(dominant):
                return dominant
        return best

    def _group_before(self, start: int) -> str | None:
        """The plural people the sentence before `start` opens on ("Analysts were divided …",
        "The experts are split …"), lower-cased, or None."""
        s0 = _sentence_start(self.text, start)
        k = s0
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        prev = _sentence_start(self.text, k - 1) if k > 0 else None
        if prev is None or prev >= s0:
            return None
        m = _GROUP_SUBJECT_RE.match(self.text, prev, s0)
        return m.group(1).lower() if m else None

    def _speaker(self, phrase: str, start: int) -> Speaker | None:
        """Speaker record for a subject phrase at `start` (already cut to the phrase)."""
        phrase, start = _trimmed_phrase(phrase, start)
        if not re.search(r"[A-Za-z]", phrase):
            return None  # "Dec. 9", a number: nobody
        words = phrase.split()
        low = phrase.lower()
        # ("WHO director-general Tedros …": an acronym, not the pronoun)
        too_long = len(words) > MAX_SUBJECT_WORDS and not _DOCUMENT_RE.match(phrase)
        named = re.match(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+[a-z]", phrase)
        if too_long and named is not None:
            # a name and its apposition, no comma closing it before the verb ("Gary Ruffing, head of
            # retail services at management consulting group BBK said …"): the name
            return self._speaker(named.group(1), start)
        function_word = (bool(words) and words[0].lower() in _FUNCTION_WORDS
                         and not (words[0].isupper() and len(words[0]) > 1))
        if low in _GROUP_PART and not too_long:
            group = self._group_before(start)
            if group is not None:
                # "Analysts were divided over the motives. Some said …": some of them
                written = f"{'Other' if low == 'others' else phrase} {group}"
                return Speaker(phrase, written, "anonymous", start, start + len(phrase), CONFIDENCE)
        # (nor a verb phrase: "placed further emphasis on maintaining …" names nobody)
        verb_first = bool(words) and words[0][:1].islower() and re.fullmatch(rf"{_PAST}|{_IRREGULAR_PAST}", words[0]) is not None
        if not words or too_long or function_word or verb_first or low in ("the", "a", "an", "this", "these", "those") \
                or low in verb_forms(self.lang) or low in _QUANTIFIERS or _ADVERB_RE.fullmatch(low):
            return None
        s, e = start, start + len(phrase)
        turn = _TRANSCRIPT_TURN_RE.match(phrase)
        if turn is not None:  # "((WN)) You said …": the turn marker is no part of the phrase
            rest = phrase[turn.end():]
            phrase = rest.lstrip()
            start += turn.end() + len(rest) - len(phrase)
            s, e = start, start + len(phrase)
            words, low = phrase.split(), phrase.lower()
            if words and self._transcript_voice(s) is None and words[0].lower() in _QUESTION_WORDS:
                # the question's own words before a name ("Are you aware Electronic Frontier Foundation
                # said …"): the name; none ("Why do you think …"): nobody quoted
                j = next((k for k, x in enumerate(words) if k and x[:1].isupper() and x != "I"), None)
                if j is None:
                    return None
                cut = phrase.index(words[j], len(" ".join(words[:j])))
                phrase, start = phrase[cut:], start + cut
                s, e = start, start + len(phrase)
                words, low = phrase.split(), phrase.lower()
            if not words or (self._transcript_voice(s) is None and not (
                    words[0][:1].isupper() and words[0].lower() not in _FUNCTION_WORDS)):
                return None  # a question of the interviewer's: nobody quoted
            # (but a name stands: "((WN)) Chris Wright said Stream was not the replacement …")
        if words[0].lower() == "you":
            return None  # "you": nobody the reader can name
        if words[0] in ("I", "We", "we", "I've", "I'm", "We've", "We're"):
            # the first person speaks in a transcript's answer ("((Naomi Martisius)) … I think …"); in
            # the journalist's text, nobody the reader can name
            who = self._transcript_voice(s)
            return Speaker(phrase, who, "person", s, e, CONFIDENCE) if who else None
        if low in _PRONOUNS:
            ante = self._antecedent(low, s)
            if ante is None:
                return None
            return Speaker(phrase, ante.canonical, ante.type, s, e, CONFIDENCE)
        if low.startswith(("who ", "which ", "that ")) and not words[0].isupper():
            return None
        if _BARE_DOCUMENT_RE.fullmatch(phrase):
            # "The announcement also mentioned …": the text of the voice just reported
            for q in reversed(self.done):
                if q.start < s and s - q.end <= CONTEXT_CHARS and q.speaker_canonical and q.speaker_type != "unknown":
                    return Speaker(phrase, q.speaker_canonical, q.speaker_type, s, e, CONFIDENCE)
        given = re.fullmatch(r"(?:the\s+)?(?:[a-z]+\s+)?[a-z]+s\s+(?:reported|released|published|provided|compiled|gathered)"
                             r"\s+by\s+(.+)", phrase)
        if given is not None:
            # "numbers reported by The Associated Press": whoever gave the figures speaks
            sp = self._speaker(given.group(1), start + given.start(1))
            if sp is not None and sp.type != "unknown":
                return sp
        doc = _DOCUMENT_RE.match(phrase)
        if doc is not None:
            # "Another report from the Mexican government", "The court's summary": the body or
            # person that issued the text speaks through it
            owner = doc.group("of") or doc.group("own")
            at = start + (doc.start("of") if doc.group("of") else doc.start("own"))
            owner = re.split(r"\s+to\s+", owner, maxsplit=1)[0]  # "An email from X to James Roche": X's
            sp = self._speaker(owner, at)
            if sp is not None and sp.type != "unknown":
                return sp
        person = _NAME_OF_RE.match(phrase)
        if person is not None and _person_like(person.group(1)):
            # "Steve Peers of the University of Essex", "Mike Ryan of the World Health Organization
            # (WHO)": a person's name and where they work; the person speaks
            name = person.group(1)
            return Speaker(phrase, self.full_name(name), "person", s, e, CONFIDENCE)
        if _ANONYMOUS.search(phrase):
            org = _NAME_RE.search(phrase)
            inst = org.group() if org and org.start() > 0 else phrase
            return Speaker(phrase, inst, "anonymous", s, e, CONFIDENCE)
        # a name at the end of the phrase ("Deputy Labour leader Tom Watson", "President Erdogan")
        tail = re.search(rf"({_NAME})$", phrase)
        if tail and tail.start() > 0 and re.search(r"\b(?:of|for)\s+(?:the\s+)?$", phrase[:tail.start()]) \
                and not _NAME_RE.fullmatch(phrase[:tail.start()].strip()):
            # after "of" or "for", the run may be a title's complement and the name ("US Special
            # Representative for Iran Brian Hook", "director of Amnesty International Man-kei Tam"):
            # the name is its last two words when they are shaped like one; else the run is the
            # complement and names nobody ("Members of the House of Commons")
            words = tail.group(1).split()
            last_two = " ".join(words[-2:])
            if len(words) >= 3 and " of " not in tail.group(1) and _person_like(last_two):
                return Speaker(phrase, last_two, "person", s, e, CONFIDENCE)
            tail = None
        org_word = _ORG_WORDS.search(phrase)
        role_before = re.search(r"\b([a-z][\w-]*)\s+$", phrase[:tail.start()]) if tail else None
        if tail and org_word and org_word.start() < tail.start() and not (
                len(tail.group(1).split()) >= 2 and _person_like(tail.group(1))
                and role_before is not None and role_before.group(1) not in _FUNCTION_WORDS):
            # "The Commission on Presidential Debates": a body named by its head noun; NOT a person's
            # name after a lowercase role ("Northwestern University public health expert Wendy Parmet")
            tail = None
        if tail and not _ORG_WORDS.search(tail.group(1)) and not _is_place(tail.group(1)):
            name = tail.group(1)
            full = self.full_name(name)
            if len(full.split()) >= 2 or len(_strip_titles(name).split()) >= 2 or name != full:
                return Speaker(phrase, full, "person", s, e, CONFIDENCE)
            if tail.start() == 0 and not phrase.isupper():
                return Speaker(phrase, full, "person", s, e, CONFIDENCE)  # a surname alone
            if _LOWER_TITLE.search(phrase[:tail.start()]):
                return Speaker(phrase, full, "person", s, e, CONFIDENCE)
        named = self._named_in_apposition(phrase) if not tail and not _ANONYMOUS.search(phrase) else None
        if named is not None:
            return Speaker(phrase, named, "person", s, e, CONFIDENCE)
        role = _ROLE_PHRASE_RE.match(phrase)
        if role is not None and not _ANONYMOUS.search(phrase):
            # "The head of the police's internal investigators", "the president": a person described
            # by a role, whom he/she may then stand for; the one named earlier with that title
            # ("President Trump … The president vowed …") when the role has no complement
            named = self._titled(role.group("role"), s) if not role.group("of") else None
            return Speaker(phrase, named or phrase, "person", s, e, CONFIDENCE)
        body = self._described_body(phrase, s)
        if body is not None:
            return Speaker(phrase, body, "organization", s, e, CONFIDENCE)
        if _ORG_WORDS.search(phrase) or re.fullmatch(r"[A-Z]{2,}[\w&.-]*", phrase):
            return Speaker(phrase, re.sub(r"^(?:the|The)\s+", "", phrase), "organization", s, e, CONFIDENCE)
        if _COMMENTATOR_RE.fullmatch(phrase):
            # "said the analyst" after a paragraph of Reyes Matta's: the journalist's other name for the
            # person just quoted (a commentator's profession, never a title that names a post)
            for q in reversed(self.done):
                if q.end <= s and s - q.end <= CONTEXT_CHARS and q.speaker_type == "person" and q.speaker_canonical \
                        and len(q.speaker_canonical.split()) >= 2:
                    return Speaker(phrase, q.speaker_canonical, "person", s, e, CONFIDENCE)
        return Speaker(phrase, phrase, "unknown", s, e, CONFIDENCE)

    def _named_in_apposition(self, phrase: str) -> str | None:
        """The name the article gives a description in apposition somewhere (`Druyun's daughter,
        Heather, sent …` … `Druyun's daughter continued`): the person it stands for."""
        words = phrase.split()
        if len(words) < 2 or words[0].lower() in ("the", "a", "an"):
            return None  # ("the president": a title, _titled's; "a spokesman": anyone)
        pattern = rf"(?<![\w'’-])[{phrase[0].upper()}{phrase[0].lower()}]{re.escape(phrase[1:])},\s+({_NAME}(?:\s+{_NAME})*),"
        for m in re.finditer(pattern, self.text):
            if _person_like(m.group(1)) or len(m.group(1).split()) == 1 and self._gender_pronoun(m.group(1)):
                return self.full_name(m.group(1))
        return None

    def _titled(self, role: str, pos: int) -> str | None:
        """The person last named before `pos` with `role` as their title ("President Trump", "US
        President Donald Trump", "president Erdoğan"), as a full name."""
        for n in reversed(self.names):
            if n.start() >= pos:
                continue
            words = n.group().split()
            if role.capitalize() in words[:-1] and words[-1] not in _ROLE_WORDS:
                rest = words[words.index(role.capitalize()) + 1:]
                if rest and _person_like(" ".join(rest[-2:])):
                    return self.full_name(" ".join(rest))
        return None

    def _described_body(self, phrase: str, pos: int) -> str | None:
        """`the court`, `the three-judge court`, `the ministry`: a body the article named before with
        that noun (`the Court of Session in Scotland`). Of several, the one named most often so far
        (an article's subject is named again and again; a body mentioned in passing, "the only court
        with higher authority is the Supreme Court", is not what "the court" then means), the later
        one on a tie."""
        m = _DESCRIBED_BODY_RE.fullmatch(phrase)
        if m is None:
            return None
        noun = m.group("noun").lower()
        counts: dict[str, tuple[int, int]] = {}
        for n in self.names:
            if n.start() >= pos:
                break
            name = _without_the(n.group())
            if re.search(rf"\b{noun}s?\b", name, re.IGNORECASE) and not _CALENDAR.search(name):
                # counted by its first words ("Court of Session" and "Court of Session in Scotland")
                key = " ".join(name.split()[:3])
                seen, _ = counts.get(key, (0, 0))
                counts[key] = (seen + 1, n.start())
        if not counts:
            return None
        best = max(counts, key=lambda k: counts[k])
        return next(name for name in map(_without_the, (n.group() for n in self.names)) if name.startswith(best))

    def _antecedent(self, pronoun: str, pos: int) -> Speaker | None:
        """he/she/they/it: the voice quoted last before `pos` (persons for he/she), unless for he/she
        a person named later opens a sentence of their own: "Cengiz said, "…". Agnès Callamard, a UN
        rapporteur, cautioned justice does not come swiftly. "…," she said": she is Callamard."""
        if pronoun in ("he", "she"):
            # inside a person's reported clause, he/she is that person ("Mendez once told The Washington
            # Post he considered himself "an artist first."")
            for q in reversed(self.done):
                if (q.kind == "indirect" and q.start <= pos < q.end and q.speaker_type == "person"
                        and q.speaker_canonical and self.pronoun_of.get(q.speaker_canonical, pronoun) == pronoun
                        and self._gender_pronoun(q.speaker_canonical) in (None, pronoun)):
                    return Speaker.of(q, CONFIDENCE)
        opener = self._sentence_opener(pronoun, pos) if pronoun in ("he", "she") else None
        if pronoun == "they":
            # "The researchers used satellite imagery … From this, they concluded …": the plural
            # subject of the sentence before (or of the pronoun's own, before it)
            own = _sentence_start(self.text, pos)
            for s0, s1 in ((own, pos), self._sentence_before(own)):
                if s1 - s0 < 3:
                    continue
                sp = self._first_subject(s0, self.text[s0:s1])
                if sp is not None and (re.search(r"[a-z]{3,}s$", sp.text) or _COLLECTIVE_RE.search(sp.text)) \
                        and sp.text.split()[0].lower() in ("the", "these", "those", "many", "some", "several", "both",
                                                            "most"):
                    return sp
                pair = self._two_persons(s0, s1)
                if pair is not None:
                    return pair
        if pronoun == "it":
            # "The government warns … It promises to …": the body that is the subject of the sentence
            # before
            s0, s1 = self._sentence_before(_sentence_start(self.text, pos))
            v = next((v for v in self.verbs.finditer(self.text, s0, s1) if not _noun_use(self.text, v.start())), None)
            sp = self.subject_before(s0, v.start()) if v is not None else None
            if sp is not None and sp.type == "organization":
                return sp
        for q in reversed(self.done):
            if q.start >= pos or not q.speaker_canonical:
                continue
            if opener is not None and q.start < opener.start():
                break  # the sentence opener came after this voice
            if pronoun in ("he", "she"):
                human = q.speaker_type == "person" or (
                    q.speaker_type == "anonymous" and _ANONYMOUS_PERSON_RE.search(q.speaker or ""))
                if not human or self.pronoun_of.get(q.speaker_canonical, pronoun) != pronoun \
                        or self._gender_pronoun(q.speaker_canonical) not in (None, pronoun):
                    continue
                self.pronoun_of.setdefault(q.speaker_canonical, pronoun)
            return Speaker.of(q, CONFIDENCE)
        if pronoun in ("he", "she"):
            # not a name after a preposition in the pronoun's sentence ("Speaking to Martin Smith of
            # PBS, he said" is not Smith; "… reached out to Sergey M. Later, he …" may be), nor one
            # after "of" anywhere ("the murder of journalist Jamal Khashoggi. … he said")
            own = _sentence_start(self.text, pos)
            before = [m for m in self._person_mentions() if m.end() <= pos and not _ORG_WORDS.search(m.group())
                      and not _is_place(m.group())
                      and self.text[max(0, m.start() - 4):m.start()].lower() != "the "  # "the White House"
                      and not any(q.start <= m.start() < q.end for q in self.quotes + self.terms)
                      and self.text[m.end():m.end() + 2] not in ("'s", "’s")
                      and not (self._object_of_preposition(m.start()) and (
                          _sentence_start(self.text, m.start()) == own
                          or _OF_BEFORE.search(self.text, max(0, m.start() - 30), m.start())))]
            before = [m for m in before if self.pronoun_of.get(self.full_name(m.group()), pronoun) == pronoun
                      and self._gender_pronoun(self.full_name(m.group())) in (None, pronoun)]
            if opener is not None:
                before = [opener]
            if before:
                m = before[-1]
                # (remembered, as for a voice: "X … when he revealed …" makes X a "he" for later pronouns)
                self.pronoun_of.setdefault(self.full_name(m.group()), pronoun)
                return Speaker(m.group(), self.full_name(m.group()), "person", m.start(), m.end(), CONFIDENCE)
        return None

    def _two_persons(self, s0: int, s1: int) -> Speaker | None:
        """"Myles Allen, who supervised Stott's study, and UK lawyer Richard Lord write …": two persons
        named as one subject of a verb of saying; the first named stands for both ("they")."""
        for m in _TWO_PERSONS_RE.finditer(self.text, s0, s1):
            v = self.verbs.search(self.text, m.end(), min(s1, m.end() + 60))
            second = re.search(rf"({_NAME})\s+$", self.text[m.end():v.start()]) if v is not None else None
            if second is None or re.search(r"[,;.\"“”]", self.text[m.end():v.start()]) \
                    or not (_person_like(m.group(1)) and _person_like(second.group(1))):
                continue
            end = m.end() + second.end(1)
            return Speaker(self.text[m.start():end], self.full_name(m.group(1)), "person", m.start(), end, CONFIDENCE)
        return None

    def _gender_pronoun(self, name: str) -> str | None:
        """"he" or "she" for a person the article marks as a man or a woman: a gendered noun in
        apposition or as their title ("Hatice Cengiz, fiancée of …", "his wife Jonna Mendez",
        "actress Emma Stone"), or a civility title (Mr, Mrs, Ms); None when it says nothing."""
        if name in self._genders:
            return self._genders[name]
        found = None
        if re.search(r"\s", name) and not _NAME_RE.fullmatch(name):
            # a description ("The actress", "his wife"): its own noun says it
            found = "she" if _FEMININE_RE.search(name) else "he" if _MASCULINE_RE.search(name) else None
            self._genders[name] = found
            return found
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(_strip_titles(name))}(?![\w'’-])", self.text):
            lead = self.text[max(0, m.start() - 60):m.start()]
            after = self.text[m.end():m.end() + 30]
            for before, apposed, pron in _GENDER_CUES:
                if before.search(lead) or apposed.match(after):
                    found = found or pron
        if found is None:
            # the article says nothing: a given name's usual gender ("Donald Trump" is no "she")
            found = {"Masc": "he", "Fem": "she"}.get(given_name_gender(_strip_titles(name)) or "")
        self._genders[name] = found
        return found

    def _transcript_voice(self, pos: int) -> str | None:
        """The interviewee whose answer holds `pos`, in an interview transcript whose paragraphs open
        on the speaker's name in double parentheses ("((Naomi Martisius)) Okay. Well, …"); None for
        the interviewer's questions ("((WN))") and outside a transcript."""
        start = self.text.rfind("\n", 0, pos) + 1
        m = _TRANSCRIPT_TURN_RE.match(self.text, start)
        if m is None or m.group(1).strip().upper() in ("WN", "WIKINEWS") or re.fullmatch(r"[A-Z]{2,4}", m.group(1).strip()):
            return None  # the interviewer: Wikinews, or a reporter's initials ("((WSS))")
        return m.group(1).strip()

    def _person_mentions(self) -> list[re.Match]:
        """The names of two words or more, and the surnames of those names standing alone ("President
        Donald Trump … Trump was released …"), in text order."""
        if self._mentions is None:
            # from names shaped like a person's: two to four capitalised words, no "of", no body
            surnames = {m.group().split()[-1] for m in self.names
                        if 2 <= len(m.group().split()) <= 4 and " of " not in m.group()
                        and re.fullmatch(r"[A-Z][a-z’'-]{2,}", m.group().split()[-1])
                        and m.group().split()[-1] not in _ROLE_WORDS and not _ORG_WORDS.search(m.group())}
            alone = []
            if surnames:
                pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(x) for x in sorted(surnames)) + r")(?![\w’'-])")
                spans = [(m.start(), m.end()) for m in self.names]
                alone = [m for m in pattern.finditer(self.text) if not any(a <= m.start() < b for a, b in spans)]
            self._mentions = sorted(self.names + alone, key=lambda m: m.start())
        return self._mentions

    def _surname_owners(self) -> dict[str, set[str]]:
        """Last word of each name run -> the distinct runs ending with it ("Trump": "Donald Trump",
        "First Lady Melania Trump")."""
        if self._owners is None:
            self._owners = {}
            for n in self.names:
                self._owners.setdefault(n.group().split()[-1], set()).add(n.group())
        return self._owners

    def _surname_person(self, surname: str) -> str | None:
        """The one person a surname alone stands for: the only full name ending with it (titles and
        "The Biden campaign" aside), or the one the article names at least three times as often as
        any other ("Joe Biden", not "Hunter Biden")."""
        if surname in self._surname_people:
            return self._surname_people[surname]
        self._surname_people[surname] = found = self._count_surname_owners(surname)
        return found

    def _count_surname_owners(self, surname: str) -> str | None:
        owners: dict[str, int] = {}
        for run in self._surname_owners().get(surname, ()):
            words = _after_title_run(_strip_titles(run)).split()
            if len(words) < 2 or words[0].lower() in _FUNCTION_WORDS | _OPENERS | {"the", "a", "an"}:
                continue
            owners[" ".join(words)] = 0
        if not owners:
            return None
        for name in owners:
            owners[name] = len(re.findall(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", self.text))
        ranked = sorted(owners.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]:
            return ranked[0][0]
        return None

    def _object_of_preposition(self, start: int) -> bool:
        """A name after a preposition ("Speaking to Martin Smith, he said": in the pronoun's own
        sentence, not its antecedent), not inside a title that goes on through one ("Special Representative for Iran Brian Hook", "Vice President of the United States")."""
        m = _PREPOSITION_BEFORE.search(self.text, max(0, start - 30), start)
        if m is None:
            return False
        before = self.text[max(0, m.start() - 30):m.start()].split()
        return not (before and before[-1][:1].isupper() and not before[-1].endswith("ing"))

    def _sentence_opener(self, pronoun: str, pos: int, depth: int = 0) -> re.Match | None:
        """A person's name that opens the sentence before the pronoun's (or the pronoun's own), or,
        through the same pronoun as the subject of the sentence before in the paragraph, the one
        that opened the chain ("President Trump made … Early in the month, he received … He hinted
        …")."""
        own = _sentence_start(self.text, pos)
        prev = _sentence_start(self.text, max(0, own - 2)) if own > 1 else own
        if self.text[own:own + 1] in "\"“" and "\n" in self.text[max(0, own - 3):own]:
            # a quotation opening its paragraph: the paragraph before introduces its speaker ("But
            # Darrell Rigby, head of …, was more sceptical.¶"…," he said.")
            prev = _sentence_start(self.text, max(0, len(self.text[:own].rstrip()) - 1))
        starts = {_SPACE_RUN.match(self.text, k).end() for k in (prev, own)}  # past the spaces
        for k in list(starts):
            # past a conjunction opening the sentence ("But Darrell Rigby, head of …, was more sceptical")
            conj = re.match(rf"(?:{'|'.join(_OPENING_CONJUNCTIONS)})\s+(?=[A-Z])", self.text[k:k + 10])
            if conj is not None:
                starts.add(k + conj.end())
                k += conj.end()
            # a name in apposition after a role opening the sentence ("Another voice actor, Lauren
            # Landa, would list …"): it opens the sentence as its subject
            role = re.match(r"(?:An?|The|Another|One)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+", self.text[k:k + 60])
            if role is not None:
                starts.add(k + role.end())
            # or a role without a determiner right before it ("Special effects costumer Ian Campbell, …")
            # (nouns only: not "Speaking to Martin Smith of PBS, he said")
            bare = re.match(r"[A-Z][a-z]+(?:\s+[a-z][\w-]*){1,3}\s+(?=[A-Z][a-z])", self.text[k:k + 60])
            if bare is not None and not any(w.lower() in _FUNCTION_WORDS | _OPENERS or w.endswith(("ing", "ed"))
                                            for w in bare.group().split()):
                starts.add(k + bare.end())
        for m in reversed(self._person_mentions()):
            # a person: not a bare title ("US Special Representative for Iran …"), and the subject
            # of its sentence (a comma or a verb after it); a surname alone only when one full name
            # of the article ends with it ("Tipton"; not "Trump" with Donald and Melania)
            if " " not in m.group() and self._surname_person(m.group()) is None:
                continue
            if m.start() in starts and m.end() <= pos <= m.start() + OPENER_CHARS and not _ORG_WORDS.search(m.group()) \
                    and not _is_place(m.group()) and not _CALENDAR.search(m.group()) \
                    and not m.group().endswith((*_TITLES, "Officer")) \
                    and re.match(r"\s*(?:,|[a-z]+(?:ed|s)\b|(?:" + _IRREGULAR_PAST + r")\b)",
                                 self.text[m.end():m.end() + 20]) \
                    and self.pronoun_of.get(self.full_name(m.group()), pronoun) == pronoun \
                    and self._gender_pronoun(self.full_name(m.group())) in (None, pronoun):
                return m
        if depth < 3 and prev < own and "\n" not in self.text[prev:own]:
            chain = re.match(rf"\s*(?:[A-Z][^,.;:\"“”]{{0,40}},\s+)?({pronoun})\s+[a-z]+", self.text[prev:own], re.IGNORECASE)
            if chain is not None:
                return self._sentence_opener(pronoun, prev + chain.start(1), depth + 1)
        return None

    def subject_before(self, sent_start: int, verb_start: int) -> Speaker | None:
        """The subject of a reporting verb: the phrase right before it in its sentence."""
        left = self.text[sent_start:verb_start]
        if re.match(r"[a-z]+ing\b", self.text[verb_start:verb_start + 20]) and \
                re.search(r"\b(?:by|while|after|before|when|in)\s+$", left):
            # "He underlined the call by saying …": a gerund speaks with its sentence's subject
            return self._first_subject(sent_start, left)
        on = _GOES_ON_RE.search(left)
        left = left[:on.start()] if on else left  # "Dittmar went on to add"
        m = re.search(rf"\s*{_BETWEEN}$", left)
        left = left[:m.start()] if m else left
        if not left.strip():
            return None
        team = _AND_COLLEAGUES_RE.search(left)
        if team is not None and team.start() > 0:
            # "Peter Stott of the UK Hadley Centre, and colleagues say": the one named leads the team
            # (the name opening the last phrase before it, its "of …" left out)
            seg = max(left.rfind(",", 0, team.start()), left.rfind(";", 0, team.start())) + 1
            lead = re.match(rf"\s*({_NAME})", left[seg:team.start()])
            if lead is not None and _person_like(lead.group(1)):
                return self._speaker(lead.group(1), sent_start + seg + lead.start(1))
            return self.subject_before(sent_start, sent_start + team.start())
        untimed = _TRAILING_TIME_RE.sub("", left.rstrip())
        if untimed != left.rstrip() and untimed.endswith(","):
            left = untimed  # "X, a security official from the port, on Tuesday told …": the apposition's
        if left.rstrip().endswith(","):
            # an apposition: "The mayor of London, Sadiq Khan, tweeted" / "X, director of Y, said"
            body = left.rstrip()[:-1]
            cut = body.rfind(",")
            last = body[cut + 1:]
            prev_start = body.rfind(",", 0, cut) + 1 if cut >= 0 else 0
            prev = body[prev_start:cut] if cut >= 0 else ""
            if cut >= 0 and re.search(rf"\b(?:in|at|from|near)\s+{_NAME}\s*$", prev):
                # "addressed reporters in New York, New York, calling for …": a place and its state
                return self._first_subject(sent_start, left)
            segs = body.split(",")
            lead = re.match(rf"\s*{_LEADING_CONNECTIVE}", segs[0])
            head = segs[0][lead.end():]
            if len(segs) >= 3 and re.fullmatch(rf"{_NAME}\s*", head) and _person_like(head.strip()) \
                    and all(re.match(r"\s*(?:[a-z]|(?:an?|the)\s)", x) for x in segs[1:]):
                # "Ken Boehm, chairman of the National Legal and Policy Center, an independent group
                # that …, said": a chain of descriptions after the name; the name is the subject
                return self._speaker(head.strip(), sent_start + lead.end())
            if cut >= 0 and _ASIDE_RE.match(last):
                # "Steve Peers of the University of Essex, speaking to BBC, said": the participle or
                # adjunct between commas is an aside; the subject is before it
                return self.subject_before(sent_start, sent_start + cut)
            if cut >= 0 and not re.fullmatch(rf"\s*{_NAME}\s*", last):
                name = re.search(rf"({_NAME})\s*$", prev)
                if name:
                    return self._speaker(name.group(1), sent_start + prev_start + name.start(1))
            return self._speaker(last, sent_start + cut + 1)
        # a name and its apposition that no comma closes before the verb ("Gary Ruffing, head of retail
        # services at management consulting group BBK said …"): the name
        unclosed = re.match(rf"\s*{_LEADING_CONNECTIVE}({_NAME}),\s+(?:an?\s+|the\s+)?[a-z][^,;:\"“”]*$",
                            left)
        if unclosed is not None and _person_like(unclosed.group(1)) and len(unclosed.group(1).split()) >= 2 \
                and unclosed.group(1).split()[0].lower() not in _FUNCTION_WORDS | _OPENERS:
            return self._speaker(unclosed.group(1), sent_start + unclosed.start(1))
        # a relative "who" right before the verb stands for the phrase before it ("the Health
        # Secretary who had declared he was …")
        rel = re.search(r"(?:^|[\s,])((?:the|a|an)\s+(?:(?!(?:who|and|or|that|which|from|with|to|by|for|in|on|at)\b)[\w'’.-]+\s+){0,4}?[\w'’.-]+|"
                        + _NAME + r")\s+who(?:\s+(?:had|has|have|was|were|is|been|also|once|previously|earlier|later))*\s*$",
                        left)
        sp = self._speaker(rel.group(1), sent_start + rel.start(1)) if rel else None
        if sp is not None:
            return sp
        # a pronoun right before the verb is its subject ("In a statement he asserted")
        pron = re.search(r"(?:^|[\s,])(he|she|they|it|we|I)\s*$", left)
        if pron:
            return self._speaker(pron.group(1), sent_start + pron.start(1))
        # the last clause before the verb: after a comma, semicolon, colon, dash or conjunction
        # (a spaced hyphen is a dash too: "WASHINGTON, Nov. 23 - A harshly critical report … says"; a
        # subordinator may open the sentence: "When Trump tweeted that …"; a relative after a
        # preposition ends the clause before it: "… fewer taxes to which Trump claimed …")
        cuts = [mm.end() for mm in re.finditer(r"[,;:—–]|\s-\s|\b(?:and|but|while|as|whereas|(?i:when|after|before|although|"
                                               r"though|because|since|(?:to|in|of|after|for|by|at|on)\s+which))(?:\s|$)",
                                               left)
                if not (mm.group().strip() == "and" and (
                    _ROLE_AFTER_AND_RE.match(left, mm.end())
                    # "The High Court of England and Wales": "and" inside a body's name
                    or re.search(rf"\bof\s+{_NAME}\s+$", left[:mm.start()]) and left[mm.end():mm.end() + 1].isupper()
                    # "the Search and Rescue Agency": "and" between capitalised words of a body's name
                    or re.search(r"\b[A-Z][\w'’-]*\s+$", left[:mm.start()]) and left[mm.end():].lstrip()[:1].isupper()
                    and _ORG_WORDS.search(left[mm.end():]) is not None
                    # "Policy-makers and the media": two short noun phrases, one subject
                    or "," not in left[:mm.start()] and _short_noun_phrase(left[:mm.start()])
                    and _short_noun_phrase(left[mm.end():])))]
        start = cuts[-1] if cuts else 0
        if not left[start:].strip() or (re.match(r"\s*[a-z]+ing\b", left[start:]) and not _ING_TITLE_RE.fullmatch(left[start:])):
            # "… did not concede, however, and vowed", "Protesters, carrying placards asking": the
            # verb shares the subject of the sentence's first clause, or of the clause after a
            # semicolon ("…," said X; he described the attacks as … and urged …)
            semi = left.rfind(";", 0, start)
            # (past a relative clause on a name, the relative's: "spoke to the Navy, who told it … and
            # noted …")
            who = [m for m in re.finditer(rf"(?:the\s+)?({_NAME})\s*,\s*who\b", left) if m.start() > semi]
            if who and left[start:].strip() == "" and left[:start].rstrip().endswith("and"):
                sp = self._speaker(who[-1].group(1), sent_start + who[-1].start(1))
                if sp is not None:
                    return sp
            if semi >= 0:
                return self._first_subject(sent_start + semi + 1, left[semi + 1:])
            return self._first_subject(sent_start, left)
        rel = re.search(r"(?:,\s*)?\b(?:who|which|that)\s*$", left)
        if rel:  # "Tom Watson, who said …"
            # (an age between the name and "who": "Thomas Gray, 24, who cited …")
            named = re.search(rf"(?<![\w'’-])({_NAME})(?:,\s*\d{{1,3}})?\s*$", left[:rel.start()])
            if named is not None and named.start(1) > 0 and re.match(r",\s*who\b", left[rel.start():]):
                # "the paper also spoke to the Navy, who told it …": the name "who" follows (not "that"
                # or "which": "a statement released by the Nobel Committee that said" is the statement's)
                sp = self._speaker(named.group(1), sent_start + named.start(1))
                if sp is not None and sp.type in ("person", "organization"):
                    return sp
            sp = self.subject_before(sent_start, sent_start + rel.start())
            if sp is None or sp.type == "unknown":
                # "… has raised questions among legal experts, who say …": the people named right
                # before the pronoun, when the clause's subject is a thing
                near = re.search(r"\b(?:among|from|including)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+s)\s*,?\s*$",
                                 left[:rel.start()])
                if near is None and sp is not None and len(sp.text.split()) >= 4:
                    # "the reforms do not impress some campaigners, who had called for …": a clause is
                    # no subject; the plural people right before "who" are
                    near = re.search(r"\b((?:some|many|several|the|other|most)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s)\s*,?\s*$",
                                     left[:rel.start()])
                if near is not None:
                    return self._speaker(near.group(1), sent_start + near.start(1)) or sp
            return sp
        return self._speaker(left[start:], sent_start + start)

    def _first_subject(self, sent_start: int, left: str) -> Speaker | None:
        """The subject of a sentence's first clause: the words before its first verb."""
        lead = _CONNECTIVE_RE.match(left) or _LEADING_TIME_RE.match(left)
        if lead:  # "Nevertheless, Collins did not want …", "On Wednesday, the Court of Session issued …"
            sent_start, left = sent_start + lead.end(), left[lead.end():]
        m = re.match(r"\s*(.+?)(?:,|\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could|should|"
                     r"may|might|must|(?![A-Z])(?:" + _PAST + "|" + _IRREGULAR_PAST + r"))\b)", left)
        if m is None:
            return None
        said = next((v for v in self.verbs.finditer(left, m.start(1), m.end(1))
                     if v.start() > m.start(1) and not _noun_use(left, v.start())), None)
        if said is not None:
            # "The researchers conclude that … doubled …, and say …": the subject ends at the first
            # verb of saying, whatever its tense
            return self._speaker(left[m.start(1):said.start()].rstrip(), sent_start + m.start(1))
        named = re.match(rf"\s*({_NAME})\s*,", left[m.end():]) if left[m.end() - 1:m.end()] == "," else None
        if named is not None and re.fullmatch(r"(?:an?|the|An?|The)\s+(?:[\w-]+\s+)?[\w-]+", m.group(1).strip()) \
                and _person_like(named.group(1)):
            # "Since then, a Republican, Mark Amodei, has publicly voiced support …": the name in
            # apposition after a role
            at = sent_start + m.end() + named.start(1)
            return self._speaker(named.group(1), at)
        return self._speaker(m.group(1), sent_start + m.start(1))

    # ------------------------------------------------------------------ quotes

    def attribute_quote(self, span: QuoteSpan) -> tuple[Speaker | None, str | None, tuple[int, int] | None]:
        text = self.text
        s0 = _sentence_start(text, span.outer_start)
        e0 = _sentence_end(text, span.outer_end)
        # after the quote: `"…", Johnson said` / `"…", said Johnson` / `"…" she said`
        after = text[span.outer_end:min(len(text), span.outer_end + 120)]
        if span.text.rstrip()[-1:] in ".!?" and after.lstrip(" \u00a0")[:1].isupper() \
                or after.lstrip(" \u00a0")[:1] in ".!?":
            # "… tolerated." She further stated / "… stability". He added: the next sentence has its
            # own quote
            after = ""
        m = re.match(rf"[\s,.]*((?:{_NAME}|{_NAME}['’]s\s+[a-z][\w-]+|[a-z][\w'’ -]{{0,40}}?|he|she|they|it))\s+{_BETWEEN}"
                     rf"({self.verbs.pattern}|{_INCISE_ONLY})", after)
        if m and (self.verbs.match(m.group(1)) or m.group(1).lower() in ("a", "an", "the", "this", "that")
                  or _noun_use(text, span.outer_end + m.start(2))):
            # `says the 102-page report`: the verb comes first, "report" is a noun; `"regrettable," a
            # remark Tokyo interprets as …`: a determiner makes the verb's form a noun
            m = None
        if m and m.group(1).lower() not in ("and", "but") and "\n" not in m.group(0):
            # ("…", he went on to say: the subject before "went on to")
            sp = self._speaker(re.sub(r"\s+(?:went|goes|go|going|gone)\s+on\s+to$", "", m.group(1)),
                               span.outer_end + m.start(1))
            if sp is not None:
                return sp, self.forms.get(m.group(2)), (span.outer_end + m.start(2), span.outer_end + m.end(2))
        dash = _DASH_SIGNATURE_RE.match(self.plain, span.outer_end, e0)  # (the dots of "Dr. James J. Kennedy" masked)
        if dash is not None and not re.search(rf"(?:{_NAME})\s*$", dash.group("who")):
            dash = None  # "— they would demand everything", "— how do you plan …": the sentence goes on
        if dash is not None:
            # a reaction signed after a dash: `"It's a very tough draw" - Ken Merrett, Manchester United
            # secretary.`
            sp = self._speaker(dash.group("who"), dash.start("who"))
            if sp is not None:
                return sp, None, None
        # (read past the 120 characters of `after`: a role with its employer and a second one runs
        # long, "chief privacy officer for ePrivacyGroup.com and counsel for the Coalition Against …")
        apposed = re.match(rf"[ \t,]*({_NAME}),\s+[^\"“”\n]{{2,160}}?,\s+(?:{self.verbs.pattern})\b",
                           text[span.outer_end:span.outer_end + 240]) if after else None
        if apposed is not None:
            # `"…," Ray Everett-Church, chief privacy officer for ePrivacyGroup.com, said.`
            sp = self._speaker(apposed.group(1), span.outer_end + apposed.start(1))
            if sp is not None and sp.type == "person":
                return sp, None, None
        named = _INVERTED_TITLE_NAME_RE.match(self.plain, span.outer_end, e0) if self.verbs.match(
            after.lstrip(" ,.")) else None
        if named is not None and named.group("name").rstrip(".") in _STATE_ABBREVIATIONS:
            named = None  # "said Michael Costas, RS-68 program director in Canoga Park, Calif.": a place
        if named is not None:
            # `said University of California, San Diego's chancellor, Pradeep Khosla.`: the name
            # closing the inverted subject's title
            v = self.verbs.match(text, named.start("verb"))
            sp = self._speaker(named.group("name"), named.start("name"))
            if sp is not None and v is not None:
                return sp, self.forms.get(v.group(0)), (v.start(), v.end())
        # (read on the text with the dots of titles masked: `said Lt. Col. Robert Atkins`)
        m = re.match(rf"[\s,.]*({self.verbs.pattern})\s+([^,.;:!?\n\"“”]{{2,80}})",
                     self.plain[span.outer_end:span.outer_end + len(after)])
        if m and (_ing(m.group(1)) or re.match(r"(?:it|him|her|them|us|me)\b", m.group(2))):
            m = None  # "…", calling it a "…": a participle with its object, not an inverted subject
        if m:
            # `said Mayor Berg that day in the hall`: the subject ends before a time or a place
            phrase = _SUBJECT_END_RE.split(m.group(2), maxsplit=1)[0]
            at = span.outer_end + m.start(2)
            sp = self._speaker(text[at:at + len(phrase)], at)  # (the phrase as written, its dots back)
            if sp is not None:
                return sp, self.forms.get(m.group(1)), (span.outer_end + m.start(1), span.outer_end + m.end(1))
        resumed = self._resumed(span, s0)
        if resumed is not None:
            return resumed, None, None
        # before the quote, in its sentence: `Lam said, "…"`, `X said in a press conference: "…"`,
        # or the journalist's verb before a partial quote
        # not a verb in the passive: its subject is what was reported ("COVID-19 was announced to be a
        # "pandemic" by the WHO")
        cited = _CITED_QUOTE_RE.search(text, s0, span.outer_start)
        if cited is not None:
            # "citing the Chuck Jones quote that "every artist has …"": the quote is its author's
            sp = self._speaker(cited.group(1), cited.start(1))
            if sp is not None:
                # (an author cited is not the voice that goes on after it: whoever cites is)
                self.cited[span.start] = self._first_subject(s0, text[s0:cited.start()])
                return sp, None, None
        found = [v for v in self.verbs.finditer(text, s0, span.outer_start) if not self._quoted(v.start())
                 and not self._bare_participle(v) and not _noun_use(text, v.start())]
        # (and a verb of judging whose "X as" the quote completes: "Politico regarded the debate as
        # "markedly more civil"")
        found += [v for v in self.claim_verbs.finditer(text, s0, span.outer_start)
                  if v.group(0) in self.as_only and v.group(0) not in self.forms and not self._quoted(v.start())
                  and _AS_OBJECT_RE.match(text, v.end()) and re.search(r"\sas\s*$", text[v.end():span.outer_start])]
        found.sort(key=lambda v: v.start())
        # (a participle with its agent is a passive without the auxiliary too: "a pattern described
        # by Marine Bulletin as "…"")
        passive = [v for v in found if _PASSIVE_BEFORE_RE.search(text, s0, v.start())
                   or (not _ing(v.group(0)) and not v.group(0).endswith("s") and self._agent_quoted(v, span))]
        verbs = [v for v in found if v not in passive]
        if passive and (not verbs or passive[-1].start() > verbs[-1].start()):
            # its agent is the speaker: "he was told by Minister Yevgeny Zinichev of "…"", "Amman, who
            # was described as "knife-obsessed" by the police"
            v = passive[-1]
            by = _BY_AGENT_RE.match(text, v.end(), span.outer_start) or _BY_AGENT_RE.match(text, span.outer_end, e0)
            sp = self._speaker(by.group(1), by.start(1)) if by else None
            if sp is not None:
                return sp, self.forms.get(v.group(0)), (v.start(), v.end())
        for v in reversed(verbs):
            participle = v
            if _ing(v.group(0)) and (ws := _WITH_SUBJECT_RE.search(text, s0, v.start())) is not None \
                    and re.search(r"(?:^|[,;(—–-])\s*$", text[s0:ws.start()]):
                # (an absolute "with", set off or opening the sentence: not "come up with a task saying")
                # "with pop queen Madonna reminding people "none of us can forget"": the participle's own subject
                sp = self._speaker(ws.group(1), ws.start(1))
                if sp is not None:
                    return sp, self.forms.get(v.group(0)), (v.start(), v.end())
            if _ing(v.group(0)) and text[s0:v.start()].rstrip().endswith(","):
                # "…, saying "…"": the subject of the main clause
                main = [w for w in verbs if w.start() < v.start() and not _ing(w.group(0))]
                if main:
                    v = main[-1]
                else:
                    sp = self._first_subject(s0, text[s0:v.start()])
                    if sp is not None:
                        return sp, self.forms.get(v.group(0)), (v.start(), v.end())
            if _infinitive_marker(text, s0, v.start()):  # "to say", "in order to"
                continue
            sp = self.subject_before(s0, v.start())
            if sp is None and text[s0:v.start()].rstrip()[-1:] in "\"”" and span.outer_start > v.end():
                # `"We stand ready" tweeted Johnson "to provide …"`: a verb between the two halves of
                # a quote, its subject after it
                sp = self._speaker(_SUBJECT_END_RE.split(text[v.end():span.outer_start], maxsplit=1)[0], v.end())
            if sp is None and participle is not v:
                # "Biden … also countered claims about his acuity, declaring that he "…"": no subject
                # before the nearer verb; the participle's is the sentence's
                sp = self._first_subject(s0, text[s0:participle.start()])
            if sp is not None:
                return sp, self.forms.get(v.group(0)), (v.start(), v.end())
        acc = re.search(r"\baccording to ([^,.;:\"“”]{2,80})", self.plain[s0:e0], re.IGNORECASE)
        if acc:
            sp = self._speaker(text[s0 + acc.start(1):s0 + acc.end(1)], s0 + acc.start(1))
            rest = s0 + acc.end()
            if acc.start() == 0 or text[s0:s0 + acc.start()].strip() == "":
                # "According to the BBC, a spokesman for Downing Street expressed disappointment …;
                # "…"": a person speaking in the clause the source reports is the quote's voice
                lead = re.match(r",\s*", text[rest:span.outer_start])
                own = self._first_subject(rest + lead.end(), text[rest + lead.end():span.outer_start]) if lead else None
                if own is not None and own.type in ("person", "anonymous"):
                    return own, None, None
            if sp is not None:
                return sp, "according to", None
        issued = _ISSUED_RE.match(text, s0, span.outer_start)
        if issued is not None:
            # "Facebook released a statement which read, in part, "…"": whoever issued the text
            sp = self._first_subject(s0, text[s0:issued.end("verb")])
            if sp is not None and sp.type != "unknown":
                return sp, None, None
        lead = text[s0:span.outer_start].rstrip()
        if lead.endswith(",") and span.text[:1].isupper() and re.search(
                rf"\s(?![A-Z])(?:{_PAST}|{_IRREGULAR_PAST})\b", lead):
            # `Trump, also on Twitter, defended his decision, "As I have stated …"`: a comma after the
            # journalist's clause about a person introduces that person's words, as a colon does
            sp = self._first_subject(s0, lead)
            if sp is not None and sp.type == "person":
                return sp, None, None
        if text[s0:span.outer_start].rstrip().endswith(":"):
            # `Brazilian President Jair Bolsonaro opposed Macron's statement: "…"`: a colon after a
            # clause of the journalist's introduces its subject's words
            sp = self._first_subject(s0, text[s0:span.outer_start])
            if sp is not None and sp.type in ("person", "organization", "anonymous"):
                return sp, ":", None
        # after it in its sentence, for a partial quote: `… "sharp increase" last week, X said`
        for v in self.verbs.finditer(text, span.outer_end, e0):
            if self._quoted(v.start()) or _noun_use(text, v.start()):
                continue  # `is "null and void" and "infringes … third states, …"`: quoted words report nothing
            if re.match(r"\s+(?:about|of)\b", text[v.end():v.end() + 7]):
                continue  # `posted the "Allah is gay" photo, and some celebrities complained about it`: a topic
            cs = _clause_start(text, span.outer_end, v.start())
            if span.text.rstrip()[-1:] in ".!?" and text[span.outer_end:cs].strip():
                # `… a "woman of color." At the time, …, Harris and Warren were considered`: past a
                # full stop in the marks, only a subject right after them reports the quote (`"…."
                # Kmart Chairman Edward Lampert said Thursday.`)
                break
            sp = self.subject_before(cs, v.start())
            if sp is None and re.fullmatch(r"[\s,]*(?:and|but)\s+(?:\w+ly\s+|also\s+)?",
                                           text[span.outer_end:v.start()]):
                # `X gave its "deepest sympathies" and said …`: the verb shares the sentence's subject
                sp = self._first_subject(s0, text[s0:span.outer_start])
            if sp is not None:
                return sp, self.forms.get(v.group(0)), (v.start(), v.end())
            break
        # a partial quote in a sentence with no verb of saying: the person the sentence is about, a
        # he or she or a person's name, uses those words ("She endorsed the selection of a "woman of
        # color.""); not the subject of a passive ("Trump was said to be suffering "minor symptoms"")
        if s0 < span.outer_start:
            sp = self._first_subject(s0, text[s0:span.outer_start])
            if (sp is not None and sp.type == "person" and sp.end is not None
                    and (sp.text.lower() in ("he", "she")
                         or any(_person_like(name) and len(name.split()) >= 2 for name in (sp.text, sp.canonical or ""))
                         and sp.text.split()[0] not in ("The", "A", "An"))
                    and not _PASSIVE_RE.search(text, sp.end, span.outer_start)):
                return sp, None, None
        # a quote standing alone: the voice of the quote just before it, or of a person's claim in the
        # sentence right before ("X broke news when he revealed that …. "Jerry and I are talking …"")
        p0, _p1 = self._sentence_before(s0)
        if not text[s0:span.outer_start].strip() and _p1 > 1:
            sent = _SENT_MESSAGE_RE.search(text, p0, _p1)
            sp = self.subject_before(p0, sent.start() + 1) if sent else None
            if sp is not None and sp.type == "person":
                # `Sears sent an e-mail to Albaugh … summarizing the meeting. "Howdy. Had a …"`: the
                # message quoted after the sentence that tells who sent it is its sender's
                return sp, None, None
        for q in reversed(self.done):
            reported = (q.kind == "indirect" and q.speaker_type == "person" and not text[s0:span.outer_start].strip()
                        and q.start >= p0)
            if (q.kind != "indirect" or reported) and q.speaker_canonical \
                    and 0 <= span.outer_start - q.end <= CONTEXT_CHARS:
                if q.start in self.cited:
                    citer = self.cited[q.start]
                    if citer is None:
                        continue
                    return Speaker(citer.text, citer.canonical, citer.type, None, None, CONFIDENCE), None, None
                return Speaker.of(q, CONFIDENCE), None, None
        # else the person the sentence before is about, when it opens the paragraph's story ("Comic
        # artist Jenn St-Onge told of being forced to … "In my first stint, …"")
        p0, p1 = self._sentence_before(s0)
        if s0 == span.outer_start and p1 > 1:
            sp = self._first_subject(p0, text[p0:p1])
            if sp is not None and sp.type == "person":
                return sp, None, None
        return None, None, None

    def _resumed(self, span: QuoteSpan, s0: int) -> Speaker | None:
        """The speaker of a quote that resumes after its incise (`"She is very interested," Druyun's
        daughter continued in the e-mail, "but we would …"`): the first half's, found after it."""
        before = [q for q in self.done if q.kind != "indirect" and s0 <= q.start and q.end <= span.outer_start]
        if not before:
            return None
        q = before[-1]
        if not q.speaker_canonical or q.speaker_start is None or not q.end <= q.speaker_start < span.outer_start:
            return None
        m = _RESUMED_RE.fullmatch(self.plain, q.end, span.outer_start)  # (the dots of "Sept. 5" masked)
        if m is None or not (m.group(1) or q.text.rstrip().endswith(",")):
            return None
        return Speaker.of(q, CONFIDENCE)

    def _agent_quoted(self, v: re.Match, span: QuoteSpan) -> bool:
        """A participle without its auxiliary, its agent and then the quote: "a pattern described by
        Marine Bulletin as "…"". Not "as reported by X" (an aside), nor a participle whose agent is
        followed by a clause of its own ("a statement released by the Nobel Committee that said: "…"")."""
        by = re.match(r"\s+by\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*",
                      self.text[v.end():span.outer_start])
        return (by is not None and not re.search(r"\bas\s+$", self.text[max(0, v.start() - 4):v.start()])
                and re.fullmatch(r"\s*(?:as|,|:)?\s*", self.text[v.end() + by.end():span.outer_start]) is not None)

    def _sentence_before(self, start: int) -> tuple[int, int]:
        """(start, end) of the sentence before the one starting at `start`, across the blank lines of a
        paragraph break; (0, 0) when there is none."""
        k = start - 1
        while k > 0 and self.text[k].isspace():
            k -= 1
        return (_sentence_start(self.text, k), k + 1) if k > 0 else (0, 0)

    def _bare_participle(self, v: re.Match) -> bool:
        """A participle-only form ("written", "spoken") without have before it: a passive or an
        adjective ("the manifesto if written by the suspect"), never the verb of a report."""
        return v.group(0).split()[0] in _PARTICIPLE_ONLY and not re.search(
            r"\b(?:has|have|had|having)\s+(?:\w+ly\s+|also\s+|not\s+|never\s+)?$", self.text[max(0, v.start() - 30):v.start()])

    def _quoted(self, pos: int) -> bool:
        return any(q.depth == 0 and q.outer_start <= pos < q.outer_end for q in self.quotes)

    # ------------------------------------------------------------------ claims

    def claims(self, quotes: list[QuoteSpan]) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        # the speaker of each claim is resolved later, in text order, so that he/she find the voices before it
        """Indirect claims: `X said (that) …`, `according to X, …`, `…, according to X`."""
        text = self.text
        out: list[tuple[QuoteSpan, Callable[[], Speaker | None]]] = []
        pos = 0
        while pos < len(text):
            end = _sentence_end(text, pos)
            if end <= pos:
                end = pos + 1
            s0 = pos
            while s0 < end and text[s0].isspace():
                s0 += 1
            found = self._sentence_claims(s0, end, quotes)
            out.extend(found)
            pos = end
        turns = self._transcript_turns(quotes)
        if turns:
            # an interviewee's answer is one statement: the claims found inside it are its parts
            out = [(c, f) for c, f in out if not any(t.start <= c.start < t.end for t, _ in turns)]
            out = sorted(out + turns, key=lambda cf: cf[0].start)
        return out

    def _transcript_turns(self, quotes: list[QuoteSpan]) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """The answers of an interview transcript ("((Gregory Kurtzer)) CentOS was originally created
        because …", up to the next turn, over as many paragraphs as it runs): each is what the
        interviewee says, like the guidelines' "X : …", one claim with ":" as its cue. Not the
        interviewer's questions ("((WN)) …")."""
        text = self.text
        labels = list(re.finditer(r"(?m)^[ \t]*\(\(([^()\n]{1,60})\)\)[ \t]*", text))
        out: list[tuple[QuoteSpan, Callable[[], Speaker | None]]] = []
        for k, m in enumerate(labels):
            who = self._transcript_voice(m.end())
            if who is None or len(who.split()) < 2 and not who[:1].isupper():
                continue  # the interviewer, or a language code opening a translation ("((hi))Hindi language: …")
            s, e = m.end(), labels[k + 1].start() if k + 1 < len(labels) else len(text)
            # a paragraph naming the interviewee is the journalist's again ("Wayne Tseng also shared
            # his insights …"): nobody names himself in his answer
            surname = re.escape(who.split()[-1])
            for brk in re.finditer(r"\n\s*\n", text[s:e]):
                if re.search(rf"(?<![\w'’-]){surname}(?![\w'’-])", text[s + brk.end():e].split("\n", 1)[0]):
                    e = s + brk.start()
                    break
            while e > s and text[e - 1] in " \n\t\u00a0":
                e -= 1
            if len(re.findall(r"\w+", text[s:e])) < 4 or mostly_quoted(s, e, quotes, text):
                continue
            span = QuoteSpan(start=s, end=e, text=text[s:e], kind="indirect", cue=":", confidence=0.5)
            speaker = Speaker(who, self.full_name(who), "person", m.start(1), m.end(1), CONFIDENCE)
            out.append((span, lambda sp=speaker: sp))
        return out

    def _sentence_claims(self, s0: int, e0: int, quotes: list[QuoteSpan]
                         ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        text = self.text
        # a sentence cut inside a quotation (`"… I may do it." Trump also said that …`): what
        # follows the quotation is the journalist's sentence
        inside = [q for q in quotes if q.outer_start < s0 < q.outer_end]
        if inside:
            s0 = max(q.outer_end for q in inside)
            while s0 < e0 and (text[s0].isspace() or text[s0] in "\"”’'"):
                s0 += 1
        sentence = self.plain[s0:e0]
        if len(sentence.split()) < 5:
            return []
        # "According to X, …", "Per the request, …" (per + a determiner or a name: not "Per capita")
        # (or a bare plural with its participle: "Per numbers reported by The Associated Press, …")
        m = re.match(r"\s*(?:\w+\s+){0,3}?(?P<cue>[Aa]ccording to|Per(?=\s+(?:the|a|an|his|her|its|their|[A-Z]|"
                     r"[a-z]+s\s+(?:reported|released|published|provided|compiled|gathered)\b)))\s+"
                     r"([^,]{2,120}),\s*(?:" + _APPOSITION + r",\s*)?(.+?)[.!?]?$", sentence)
        if m:
            g1, p1 = text[s0 + m.start(2):s0 + m.end(2)], s0 + m.start(2)
            # the journalist's participle clause ends it (", meaning the UK would …"), not a relative
            # clause (", which he is to present on October 14": the English annotations keep it)
            end = _claim_stop(text, s0 + m.start(3), s0 + m.end(3), _PARTICIPLE_STOP_RE)
            return self._claim(s0 + m.start(3), end, m.group("cue").lower(),
                               lambda: self._speaker(g1, p1), quotes)
        set_off = self._set_off_source_claim(s0, e0, quotes)
        if set_off:
            return set_off
        # the source closes the sentence, after a comma or not ("… in Northamptonshire according to
        # traffic camera footage"), a relative clause on it left out ("according to a report from ABC
        # in which they said …"); without a comma, not a manner ("went according to plan")
        # (an apposition may describe the source: "according to prosecutor Josh Bash, the U.S. Attorney
        # for the Western District of Texas.", "according to Wessel van Rensburg, head of e-mail at Lycos
        # UK."; not a clause of its own: "…, adding that …", "…, and …")
        m = re.match(r"\s*(.+?)(,\s*|\s+)according to ([^,.]{2,80}?)"
                     r"(?:,\s+(?!(?:and|but|or|who|which|where|when)\b|\w+ing\b)[^,.]{2,100})?"
                     r"(?:,?\s+(?:in which|which|who|where|when)\b[^.]*)?[.!]?$", sentence)
        if m and ((not m.group(2).strip() and _MANNER_RE.match(m.group(3))) or sentence.rstrip().endswith("?")):
            m = None  # a manner, or a question ("what should have been done according to you?")
        if m and re.search(r"\b(?:and|or|but)\s*$", m.group(1)):
            m = None  # "largely Kurdish and, according to Turkey, supportive of the PKK": set off inside
        if m:
            g2, p2 = text[s0 + m.start(3):s0 + m.end(3)], s0 + m.start(3)
            # "…, according to police, who said officers arrived …": the relative clause's reports
            # are the source's too
            tail = self._verb_claims(s0 + m.end(3), e0, quotes)
            if re.match(r",?\s+(?:who|which)\b", text[s0 + m.end(3):e0]):  # not "in which they said"
                tail = [(span, lambda: self._speaker(g2, p2)) for span, _ in tail]
            # "X emphasized they were working …, according to Y": the reporting verb's claim, Y being
            # the source of the report
            own = self._verb_claims(s0, s0 + m.end(1), quotes)
            if own:
                return own + tail
            return self._claim(s0 + m.start(1), s0 + m.end(1), "according to", lambda: self._speaker(g2, p2),
                               quotes) + tail
        own = self._verb_claims(s0, e0, quotes)
        if own:
            return self._nested_in_incise(s0, e0, quotes, own) or own
        return self._incise_claim(s0, e0, quotes) or self._passive_claim(s0, e0, quotes) \
            or self._parenthetical_claim(s0, e0, quotes) or self._stance_noun_claim(s0, e0, quotes) \
            or self._quoted_as_saying_claim(s0, e0, quotes)

    def _quoted_as_saying_claim(self, s0: int, e0: int, quotes: list[QuoteSpan]
                                ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """`Media reports have quoted government sources as saying the sub is Chinese`: the one quoted
        is the source of the clause after "as saying"; the medium that quotes only passes it on."""
        m = _QUOTED_AS_SAYING_RE.search(self.plain, s0, e0)
        if m is None or not (_PLAIN_SUBJECT_RE.match(self.text, m.end()) or _FINITE_AHEAD_RE.match(self.flat, m.end())):
            return []
        who, at = m.group("who"), m.start("who")
        end = _claim_stop(self.text, m.end(), e0)
        return self._claim(m.end(), end, "say", lambda: self._speaker(who, at), quotes,
                           (m.start("verb"), m.end("verb")))

    def _nested_in_incise(self, s0: int, e0: int, quotes: list[QuoteSpan],
                          own: list[tuple[QuoteSpan, Callable[[], Speaker | None]]]
                          ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """"China extended an apology … after admitting that one of its submarines intruded …, an
        incident it laid to "technical errors," Japanese officials said": the closing incise reports
        the whole clause, and the gerund inside it (`own`, the sentence's verb claims) its own claim,
        cut at the clause's end. Empty when the clause is itself a report ("Mitchell argues that …,
        she said": its own voice's) or holds a colon or a whole quotation (the incise is the
        quotation's)."""
        text = self.text
        incise = self._incise_claim(s0, e0, quotes, nested=True)
        if not incise:
            return []
        outer = incise[0][0]
        if ":" in outer.text or any(outer.start <= q.outer_start < outer.end and len(q.text.split()) > 6
                                    for q in quotes):
            return []
        inner = [(replace(span, end=min(span.end, outer.end), text=text[span.start:min(span.end, outer.end)]), find)
                 for span, find in own if outer.start <= span.start < outer.end]
        if not inner or not all(span.cue_span is not None and _ing(text[span.cue_span[0]:span.cue_span[1]])
                                for span, _ in inner):
            return []
        return incise + [(span, find) for span, find in inner if span.text.strip()]

    def _set_off_source_claim(self, s0: int, e0: int, quotes: list[QuoteSpan]
                              ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """`…, according to X, …` inside the sentence, set off by commas: after a time or a place (or
        "and"), the source speaks for the clause that follows it ("On Sunday in London, according to
        witness accounts, a man … entered a store"); after a subject, for the whole clause around it,
        the source's phrase included ("Local authorities, according to Maritime Bulletin, have noted
        …", as the English annotations give it)."""
        m = _SET_OFF_SOURCE_RE.match(self.plain, s0, e0)
        if m is None or _MANNER_RE.match(m.group("who")):
            return []  # (not a manner: "went according to plan")
        who, at = self.text[m.start("who"):m.end("who")], m.start("who")
        before, after = m.group("before"), m.group("after")
        if re.search(r"\b(?:and|but)$", before):
            start = m.start("after")  # "… largely Kurdish and, according to Turkey, supportive of the PKK"
        elif _FINITE_BEFORE_RE.search(before):
            return []
        elif _ADVERBIAL_OPENING_RE.match(before):
            start = m.start("after")
        elif _VERB_FIRST_RE.match(after):
            start = m.start("before")
        else:
            return []
        end = _claim_stop(self.text, m.start("after"), m.end("after"), _PARTICIPLE_STOP_RE)
        return self._claim(start, end, "according to", lambda: self._speaker(who, at), quotes)

    def _stance_noun_claim(self, s0: int, e0: int, quotes: list[QuoteSpan]
                           ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """`The general consensus among lawyers is that …`, `The government's counter-argument was that
        …`: a noun of stance with "is that": its clause is the claim of whoever holds the stance (the
        people after among/of, or the possessor)."""
        m = _STANCE_NOUN_RE.match(self.plain, s0, e0)
        if m is None or not (m.group("who") or m.group("own")):
            return []  # "The message is that …": nobody holds it
        clause = self.flat[m.start("claim"):m.end("claim")]
        if not (_FINITE_AHEAD_RE.match(clause) or re.match(r"(?:[\w'’.-]+\s+){1,6}?[a-z]{3,}s\b", clause)):
            return []
        holder = "who" if m.group("who") else "own"
        phrase, at = self.text[m.start(holder):m.end(holder)], m.start(holder)
        return self._claim(m.start("claim"), m.end("claim"), None, lambda: self._speaker(phrase, at), quotes)

    def _passive_claim(self, s0: int, e0: int, quotes: list[QuoteSpan]
                       ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """`X was reported by local media to have visited …`, `X was previously announced to be a
        "pandemic" by the WHO`: a report in the passive with an infinitive; the claim is the
        clause, the agent after "by" its source."""
        m = _PASSIVE_REPORT_RE.match(self.plain, s0, e0)
        if m is None or any(m.start("claim") < q.outer_start < m.end("claim") and q.kind != "partial"
                            for q in quotes if q.depth == 0 and q.kind != "indirect"):
            return []
        by = "by1" if m.group("by1") else "by2" if m.group("by2") else None
        if by == "by2" and re.search(r"\bto\s+(?:be|have\s+been)\s+\w+(?:ed|en)\b", m.group("claim")):
            by = None  # "was said to have been shot by police": the shooter, not the source
        if by is None or re.search(r"\b(?:who|whose|which|that)\b", m.group("claim")[:m.start("verb") - m.start()]):
            return []  # "X is said to be …": nobody named; a relative clause's report is not the sentence's
        phrase, at = self.text[m.start(by):m.end(by)], m.start(by)
        return self._claim(m.start("claim"), m.end("claim"), self.forms.get(m.group("verb")),
                           lambda: self._speaker(phrase, at), quotes, (m.start("verb"), m.end("verb")))

    def _parenthetical_claim(self, s0: int, e0: int, quotes: list[QuoteSpan]
                             ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """`Day, they said, desired no memorials`: a reporting clause set between commas inside the
        sentence it reports, without quotation marks; the claim is the whole sentence."""
        m = re.match(rf"\s*(?P<a>[A-Z][^,\"“”]{{1,60}}),\s+(?P<subj>he|she|they|we|{_NAME}|the\s+[a-z]+)\s+"
                     rf"(?P<verb>{self.verbs.pattern}),\s+(?P<b>[a-z][^\"“”]+?)[.!]?\s*$", self.text[s0:e0])
        if (m is None or _ing(m.group("verb")) or not _FINITE_AHEAD_RE.match(m.group("b"))
                or m.group("subj") in ("I", "we") or self.forms.get(m.group("verb")) in _HEDGE_VERBS):
            return []  # "But, I think, it was …": a hedge, not a report
        subj, at = m.group("subj"), s0 + m.start("subj")
        # ("But then, he says, so was the creation of …": a connective before the incise is the
        # journalist's link, not a part of the clause; the claim is what follows)
        start = m.start("b") if _CONNECTIVE_ONLY_RE.fullmatch(m.group("a")) else m.start("a")
        return self._claim(s0 + start, s0 + m.end("b"), self.forms.get(m.group("verb")),
                           lambda: self._speaker(subj, at), quotes, (s0 + m.start("verb"), s0 + m.end("verb")))

    def _incise_claim(self, s0: int, e0: int, quotes: list[QuoteSpan], nested: bool = False
                      ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """`<clause>, police revealed on Saturday.`: a reporting clause closing the sentence after a
        comma attributes the clause before it (without quotation marks: with them, it is a quote's
        incise). A leading adverbial phrase ("Despite the assurances, …") stays out of the claim.
        `nested`: the clause may hold a reporting verb of its own (its claim is given besides)."""
        text = self.text
        # (a dash may add the journalist's gloss after it: "…, they said Sunday — murder carrying …")
        # (English puts the comma inside the marks: `… it laid to "technical errors," Japanese
        # officials said.` closes on a partial quote, kept as the claim's end)
        # (the subject may carry a party and state or a role between commas: "…, House Armed Services
        # Chairman Duncan Hunter, R-Calif., said.", "…, Jane Doe, a spokeswoman, said.")
        m = re.match(rf"(?P<c>.+?)(?:,|,[\"”])\s+(?P<s>[^,\"“”]{{2,60}}?)(?:,\s+{_SUBJECT_APPOSITION},)?\s+{_BETWEEN}(?P<v>{self.verbs.pattern})(?:\s+[^,.;:\"“”—–]{{0,30}})?"
                     rf"(?:\s+[—–]\s+[^\"“”]*)?[.!?]?\s*$", text[s0:e0], re.DOTALL)
        if m is None:
            m = self._inverted_incise(s0, e0)  # `<clause>, said X, …`: the same groups
        if m is not None and text[s0 + m.end("c"):s0 + m.end("c") + 2] in (',"', ',”'):
            # the clause ends inside a quotation: the claim when the quotation is a part of it, not
            # when it is all of it (`"We will win," Smith said` is a quote and its incise)
            opening = max(text.rfind('"', s0, s0 + m.end("c")), text.rfind("“", s0, s0 + m.end("c")))
            if opening < 0 or len(re.findall(r"\w+", text[s0:opening])) < 4:
                return []
            m_end1 = s0 + m.end("c") + 2  # the claim keeps its closing mark
        else:
            m_end1 = None
        if m is None or _ing(m.group("v")) or _noun_use(text, s0 + m.start("v")) \
                or (m_end1 is None and m.group("c").rstrip()[-1:] in "\"“”'’") \
                or _PASSIVE_BEFORE_RE.search(text, s0, s0 + m.start("v")) \
                or m.group("s").split()[0].lower() in _AUXILIARIES:
            return []  # "…, were openly called to join": a passive, its subject before the comma
        cs, ce = s0 + m.start("c"), m_end1 or s0 + m.end("c")
        lead = re.match(r"\s*(?:Despite|After|Before|In|On|At|With|Without|Although|While|Since|When|However|"
                        r"Meanwhile|Earlier|Later)\b[^,]{0,60},\s*", text[cs:ce])
        if lead:
            cs += lead.end()
        conj = re.match(r"\s*(?:But|And|Yet)\s+", text[cs:ce])
        if conj:
            cs += conj.end()  # "But protecting other people … justified this exception, he told …": the clause
        subj, sp0 = m.group("s"), s0 + m.start("s")
        claim = text[cs:ce]
        if (subj.split()[0].lower() in _FUNCTION_WORDS or claim.split()[0].lower() in _FUNCTION_WORDS
                or self.forms.get(m.group("v")) == "find" or _NOT_A_SUBJECT_RE.search(subj)
                or any(cs <= q.outer_start < ce and len(re.findall(r"\w+", text[cs:q.outer_start])) < 4 for q in quotes)
                or (not nested and any(not _noun_use(text, cs + v.start()) for v in self.verbs.finditer(claim)))
                or not (_PLAIN_SUBJECT_RE.match(claim) or _FINITE_AHEAD_RE.search(claim))):
            # a phrase, not a clause ("In the government of …, X said"); a clause holding a
            # quotation or a reporting verb of its own is that quote's or that verb's
            return []
        def find() -> Speaker | None:
            if subj.strip().lower() == "they":
                # "State prosecutors charged the suspect …, they said Sunday": the plural subject of
                # the clause they report is who "they" are (before any voice quoted earlier)
                own = self._first_subject(cs, claim)
                if own is not None and re.search(r"[a-z]s$", own.text):
                    return own
            return self._speaker(subj, sp0)

        return self._claim(cs, ce, self.forms.get(m.group("v")), find, quotes, (s0 + m.start("v"), s0 + m.end("v")))

    def _inverted_incise(self, s0: int, e0: int) -> re.Match[str] | None:
        """`<clause>, said Anne Mitchell, president of the Institute for Spam.`: the verb before its
        subject, a name or a noun phrase without a verb of its own, and its apposition to the end of
        the sentence. The match names its groups as the plain order's: c the clause, s the subject, v
        the verb."""
        m = re.match(rf"(?P<c>.+?),\s+(?P<v>{self.verbs.pattern})\s+(?P<s>(?:[A-Z][\w'’-]*(?:\.[\w'’-]+)*(?:\.(?=\s))?|the|a|an|one|two|three)"
                     rf"(?:\s+[\w'’-]+(?:\.[\w'’-]+)*(?:\.(?=\s))?){{0,6}}?)(?:,\s+[^\"“”]{{0,200}}?)?[.!?]?\s*$", self.text[s0:e0], re.DOTALL)
        if m is None or _ing(m.group("v")) or _FINITE_AHEAD_RE.match(m.group("s") + " ") \
                or m.group("s").split()[0].lower() in _FUNCTION_WORDS \
                and m.group("s").split()[0].lower() not in ("the", "a", "an"):
            return None
        if re.search(r"\b(?:is|are|was|were|will|would|could|can|may|might|should|has|have|had|did|does|do)\b",
                     self.text[s0 + m.end("s"):s0 + m.end()]):
            return None  # "said the merger, expected to be finalized by March, would generate …": its clause
        if not _FINITE_AHEAD_RE.search(m.group("c")) or re.search(r",\s+(?:who|which|whose|whom)\b", m.group("c")):
            # no clause before the verb, a subject and its apposition or relative clause ("Dr Gary
            # Mortimer, retail expert from …, said the stores fill …", "Gregory Kurtzer, who had started
            # the CentOS project, announced a new operating system"): the plain order, the claim after
            return None
        return m

    def _verb_claims(self, s0: int, e0: int, quotes: list[QuoteSpan]
                     ) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        """The claims of the reporting verbs of one sentence, left to right (a claim's own words are
        not searched for more verbs: `said he thinks …` is one claim)."""
        text = self.text
        out = []
        after = s0
        inverted = self._inverted_incise(s0, e0)  # (`<clause>, said X`: its verb reports no claim of its own)
        for v in self.claim_verbs.finditer(text, s0, e0):
            form = v.group(0)
            if v.start() < after or any(q.outer_start <= v.start() < q.outer_end for q in quotes) \
                    or _noun_use(text, v.start()):
                continue
            before = text[max(0, v.start() - 40):v.start()].rstrip(" ,\u00a0")
            if before and before[-1] in "\"“”":
                continue  # `"…," said Mayor Berg`: the reporting clause of a quote, not a claim
            if inverted is not None and s0 + inverted.start("v") == v.start():
                continue  # `<clause>, said Anne Mitchell, …`: the incise's, its subject is no claim
            if _infinitive_marker(text, s0, v.start()):
                continue  # "to say", "in order to" (a word of its own: not the end of "McCain")
            if _AS_EXPECTED_RE.search(text, s0, v.start()) and not re.match(r"\s+by\b", text[v.end():]):
                continue  # "As expected McMillan will replace …", "more than predicted": no one's claim
            if _NEGATED_RE.search(text, s0, v.start()):
                continue  # "did not say that …", "I don't think it can …": not what was said or believed
            if _ASKED_RE.search(text, s0, v.start()) and text[s0:e0].rstrip(" \"”’)").endswith("?"):
                continue  # "How do you think Fedora now fits …?": an interviewer's question, no claim
            lemma = self.claim_forms.get(form)
            rest = text[v.end():e0]
            c = None
            if form in self.as_only and form not in self.forms:
                c = None if _PASSIVE_BEFORE_RE.search(text, s0, v.start()) else _AS_OBJECT_RE.match(rest)
                if c is None:
                    continue  # ("the attacks", "in his view": no object said to be something)
            if lemma in _CONTROL_VERBS and _PASSIVE_BEFORE_RE.search(text, s0, v.start()):
                continue  # "Facebook was ordered to remove the post": who was ordered, not who ordered
            if lemma == "find" and (_PASSIVE_BEFORE_RE.search(text, s0, v.start())
                                    or re.search(r"\b(?:if|whether|unless)\s+(?:\w+\s+){0,3}$", text[s0:v.start()])):
                continue  # "was found in sites that …", "if they find that …": found in place, or supposed
            if lemma in _CONTROL_VERBS or lemma in _INFINITIVE_VERBS:
                # "urged officials to push …", "advises citizens to continue …": the person urged and
                # the action; "vowed to keep fighting": the action, with its "to"
                pattern = _CONTROL_RE if lemma in _CONTROL_VERBS else _TO_INFINITIVE_RE
                c = pattern.match(rest)
            if c is None and lemma in _CONTROL_VERBS:
                c = _TO_INFINITIVE_RE.match(rest)  # "asking to waive her immunity": the action alone
            if c is None and lemma in _TO_BE_VERBS:
                c = _TO_BE_RE.match(rest)  # "considered her best performance to be …": the judgement
            if c is None and lemma in _CONTROL_VERBS:
                c = _SUBJUNCTIVE_RE.match(rest)  # "urged the immunity be waived": the clause
            if c is None and lemma in _AS_VERBS and not _PASSIVE_BEFORE_RE.search(text, s0, v.start()):
                c = _AS_OBJECT_RE.match(rest)  # "described the story as possibly a hoax": the object and what it is said to be
            if c is not None and c.re is _AS_OBJECT_RE and _NAMING_ACT_RE.match(rest, c.end()):
                continue  # "attacked the proclamation of Golan Heights as Israeli territory": the "as" is the act's
            if c is None and lemma in _OF_VERBS and not _PASSIVE_BEFORE_RE.search(text, s0, v.start()):
                c = _OF_OBJECT_RE.match(rest)  # "accused Johnson of misleading the Queen": the accused and the charge
            with_subject = _WITH_SUBJECT_RE.search(text, s0, v.start()) if _ing(form) else None
            appositive = None
            if c is None and _ing(form) and not _PARTICIPLE_RE.search(text, s0, v.start()) and with_subject is None \
                    and not (_AFTER_PREPOSITION_RE.search(text, s0, v.start()) and re.match(r"\s+that\s", rest)):
                # a gerund ("saying goodbye"), not a participle clause ("…, saying the bill …"); but a
                # gerund after a preposition reports its that-clause ("after admitting that one of its
                # submarines intruded …"), with the sentence's subject
                continue
            if c is None:
                # the complement: `that …`, or a clause opening on a subject; not a quotation, a colon or
                # an object (`called the demand "unprecedented"`, `told reporters`)
                # (not past "about": "tweeted about the riots that followed …" is a relative clause)
                # (and the medium's addressee: "said in a letter to … Chairman John Warner, R-Va., that …")
                c = re.match(r"\s+(?!about\b)(?:(?:" + _MEDIUM + r"(?:\s+to\s+[^\"“”;:]{2,90}?)?(?:,?\s+" + _TIME
                             + r")?,?\s+|(?:\w+\s+){0,3}?)that\s+)"
                             if lemma != "find" else r"\s+(?:\w+ly\s+)?that\s+",
                             rest) if lemma not in _TO_BE_ONLY else None  # ("find the solutions that they need")
                if c is not None and _CLAUSE_BEFORE_THAT_RE.search(rest, 0, c.end()):
                    c = None  # "said he was confident that …": the clause said opens on "he", not after "that"
                if c is not None and _REPORT_NOUN_THAT_RE.search(rest, 0, c.end()) and lemma not in _DENIAL_VERBS:
                    # "she said of claims that AIDS was …": the clause is the claims' (no one named); but
                    # what is denied is the clause ("denied all claims that Khashoggi was slain")
                    c = None
                if c is None and lemma in _TELL_VERBS:
                    # "told me in an interview this week that …": the person told, then a time or place
                    # (or a name or a medium told: "told Wikinews after the event that …", "told the press that")
                    c = re.match(r"\s+(?:me|us|him|her|them|reporters|journalists|(?:the\s+)?(?:press|media)|"
                                 r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:[\w-]+\s+){0,6}?that\s+",
                                 rest)
            if c is None and lemma in _NP_CLAIM_VERBS:
                # "cited the medicinal benefits of …", "called for a regional cooperation …": the
                # object is the claim, in the English annotations; not a person or a pronoun
                c = _NP_OBJECT_RE.match(rest)
            if c is None:
                if lemma not in _CLAUSE_VERBS and lemma not in _FINITE_CLAUSE_VERBS:
                    continue
                # "said on Friday he …", "told reporters today the …": a time, and after tell-verbs
                # the person told, may come between the verb and the clause
                if lemma in _TELL_VERBS:
                    tries = [_TOLD_CLAUSE_RE.match(rest) or _TOLD_LOOSE_RE.match(rest)]
                else:
                    # (a time the clause may open on itself: "reported this year 908 of the … brought")
                    tries = (p.match(rest) for p in (_CLAUSE_RE, _BARE_CLAUSE_RE))
                c = next((t for t in tries if t is not None and self._clause_ahead(rest, t, lemma, v.end(), e0)), None)
                if c is None:
                    # past a time or a person told, or on a word that also opens objects ("said many
                    # things", "confirmed Dasbach's account"): only a clause with a verb of its own
                    continue
            cs = v.end() + c.end()
            if text[cs:cs + 1] in "\"“”'‘" or text[v.end():cs].strip().startswith((":", ",")):
                continue
            if c.re is not _NP_OBJECT_RE and re.search(r",\s*$", text[s0:v.start()]) \
                    and re.match(rf"{_FINITE_AUX}\b", text[cs:cs + 8]):
                # "The deal, announced Wednesday morning, will create …": a participle set off by commas,
                # the verb after it the main clause's (not "which he said would allow him to …")
                continue
            ce = _claim_stop(text, cs, e0)
            ce = self._next_report(cs, ce)
            if c.re is _AS_OBJECT_RE or c.re is _OF_OBJECT_RE:
                if re.search(r"\b(?:which|who)\s+(?:\w+\s+)?$", text[s0:v.start()]) and "," in text[cs:ce]:
                    ce = cs + text[cs:ce].index(",")  # "The party, which describes itself as centrist, advocates …"
                attr = re.search(r"\s(?:as|of)\s+(?:(?:a|an|the|not)\s+)?", text[cs:ce])
                outside = re.sub(r"\"[^\"]*\"|“[^”]*”", " ", text[cs + attr.end():ce]) if attr is not None else ""
                if attr is None or not set(re.findall(r"\w+", outside.lower())) - {"and", "or", "but", "a", "an", "the"}:
                    # "described the attacks as a "dastardly act"": the quoted words are the report, a
                    # partial quote (the English annotations give no claim beside it)
                    continue
            if c.re is _NP_OBJECT_RE and re.search(r"\b(?:who|that)\s+(?:\w+\s+)?$", text[s0:v.start()]):
                # "a former official who admitted giving special treatment to Boeing was jailed": the
                # relative clause ends before the main clause's verb
                main_verb = re.search(rf"\s{_FINITE_AUX}\s", text[cs:ce])
                if main_verb is not None:
                    ce = cs + main_verb.start()
            if lemma in _CONTROL_VERBS or lemma in _INFINITIVE_VERBS or c.re is _AS_OBJECT_RE:
                # "urged the embassy to reconsider and spoke with …": a past tense after "and" cannot
                # be coordinated with the infinitive (that would be "and speak"); it is the subject's
                # next act, outside the claim
                past = _AND_PAST_RE.search(text, cs, ce)
                if past:
                    ce = past.start()
                comma = re.search(r",\s", text[cs:ce])
                if lemma in _INFINITIVE_VERBS and _ing(form) and re.search(r",\s*$", text[s0:v.start()]) \
                        and text[cs:cs + 3] == "to " and comma is not None:
                    # "a meeting between Giuliani, claiming to represent the State Department, and …":
                    # a participle's infinitive set off by commas ends at the next one, and the
                    # participle, an apposition, belongs to the name before it
                    ce = cs + comma.start()
                    appositive = _NAME_BEFORE_COMMA_RE.search(text, s0, v.start())
            vs = v.start()
            if appositive is not None and not _CALENDAR.search(appositive.group(1)):
                def find(ap=appositive, vs=vs):
                    return self._speaker(ap.group(1), ap.start(1)) or self.subject_before(s0, vs)
            elif with_subject is not None:
                # "with local media reporting no-one was in the houses": the participle's own subject
                def find(ws=with_subject):
                    return self._speaker(ws.group(1), ws.start(1))
            elif _ing(form):
                # "…, she said, noting it was …": the subject of the reporting verb before the
                # participle, else of the sentence's first clause
                main = [m for m in self.verbs.finditer(text, s0, vs) if not _ing(m.group(0))
                        and not _noun_use(text, m.start())]  # ("confirmed the claim, arguing …": not "claim")

                def find(vs=vs, main=main):
                    if main:
                        sp = self.subject_before(s0, main[-1].start())
                        if sp is not None:
                            return sp
                    return self._first_subject(s0, text[s0:vs]) or self.subject_before(s0, vs)
            else:
                def find(vs=vs):
                    return self.subject_before(s0, vs)
            found = []
            # "announced he had asked for …, and that Bolton tendered it": one claim per that-clause
            for part_s, part_e in _that_clauses(text, cs, ce):
                found += self._claim(part_s, part_e, lemma, find, quotes, (v.start(), v.end()))
            out.extend(found)
            if found:
                after = ce
        return out

    def _clause_ahead(self, rest: str, c: re.Match[str], lemma: str, v_end: int, e0: int) -> bool:
        """The words after the reporting verb open a clause: a plain subject right after it, or a
        finite verb a few words on (further for a say-verb's clause opening on an owner's name)."""
        if c.end() == len(rest) - len(rest.lstrip()) and lemma in _CLAUSE_VERBS and _PLAIN_SUBJECT_RE.match(rest, c.end()):
            return True
        ahead = self.flat[v_end:e0]
        return bool(_FINITE_AHEAD_RE.match(ahead, c.end())
                    or (lemma in _SAY_VERBS and (_OWNER_SUBJECT_RE.match(ahead, c.end())
                                                 or _ASIDE_SUBJECT_RE.match(ahead, c.end()))))

    def _next_report(self, cs: int, ce: int) -> int:
        """Where a claim ends before a reporting verb coordinated after it ("said people changed
        their minds and several said …", "asked the court to review it and said it was unfair"):
        that verb opens a report of its own, found next by the caller's loop."""
        for v in self.verbs.finditer(self.text, cs, ce):
            if _ing(v.group(0)):
                continue
            m = _AND_BEFORE_RE.search(self.text[cs:v.start()]) or _COMMA_NAME_BEFORE_RE.search(self.text[cs:v.start()])
            if m and not _TO_OR_IN_RE.search(m.group(0)):
                if (self.claim_forms.get(v.group(0)) == v.group(0) and _BARE_CONNECTIVE_RE.fullmatch(m.group(0))
                        and _TO_INFINITIVE_BEFORE_RE.search(self.text, cs, v.start())):
                    # "said it was bizarre to accept the wisdom of a ban but then deny its benefits": a
                    # bare verb after an infinitive is the infinitive's conjunct, not a report of its own
                    continue
                return cs + m.start()
        return ce

    def _claim(self, s: int, e: int, cue: str | None, sp: Callable[[], Speaker | None], quotes: list[QuoteSpan],
               cue_span: tuple[int, int] | None = None) -> list[tuple[QuoteSpan, Callable[[], Speaker | None]]]:
        while e > s and self.text[e - 1] in " .!?\n\u00a0":
            e -= 1
        content = self.text[s:e]
        if len(re.findall(r"\w+", content)) < 3:
            return []
        if mostly_quoted(s, e, quotes, self.text):
            return []  # the quotation is the claim
        span = QuoteSpan(start=s, end=e, text=content, kind="indirect", cue=cue, cue_span=cue_span, confidence=0.55)
        return [(span, sp)]


# `…, according to X, …` set off by commas inside a sentence (see `_set_off_source_claim`).
_SET_OFF_SOURCE_RE = re.compile(r"\s*(?P<before>[^\"“”;:]{3,160}?),?\s+according to (?P<who>[^,.;:\"“”]{2,80}),\s+"
                                r"(?P<after>[^;]+?)[.!]?\s*$")
# A finite verb: the words before the source phrase are a clause of their own, not a subject or an adverbial.
_FINITE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|told)\b"
                               r"|\b(?!(?:working|being|living|according)\b)[a-z]{3,}(?:ed)\b(?!\s+by)")
# A time or a place opening the sentence: the source speaks for the clause after it.
_ADVERBIAL_OPENING_RE = re.compile(r"(?:On|In|At|During|After|Before|Since|From|By|Early|Late|Last|Earlier|Later|"
                                   r"Yesterday|Today|Overnight|Meanwhile|However)\b")
# The clause after the source phrase opens on its verb: the subject came before the phrase.
_VERB_FIRST_RE = re.compile(r"(?:(?:also|later|then|had|have|has|were|was|is|are|will|would|could|may|might|"
                            r"had\s+been|have\s+been)\s+)?(?:[a-z]{2,}ed|found|made|took|gave|left|went|came|saw|"
                            r"are|is|was|were|have|has|had|will|would|could|may|might|remain|remains)\b")
# Where a reported clause ends: before the source of the report, the reporter's own participle,
# a semicolon or a dash, and before the journalist's comment on it (", which was one of his
# campaign promises", ", meaning the UK would …", " despite several states …"), which the
# English gold leaves out of the claim.
_CLAIM_STOP_RE = re.compile(r",[\"”]?\s*(?:(?:further|also|then|later)\s+(?=[a-z]+ing\b))?(?:according to|saying|"
                            r"adding|noting|insisting|claiming|remarking|arguing|which|meaning|while|"
                            r"whereas|although|though|such as)\b|;|\s[—–]\s|\s+despite\b|:(?=\s*[\"“‘])"
                            # the journalist's gloss in apposition ("a 10 percent margin, a level that's
                            # generated by such retailers as Gap")
                            r"|,\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+(?:that|which)\b")
# "and", then nothing, an adverb or a subject of up to three words opening on a pronoun, a
# determiner or a capital ("and later", "and several", "and the minister"), before a reporting
# verb that ends a claim (see `_next_report`). Not a modal ("he can and may declare a state of
# emergency") nor a bare noun ("day and night to maintain the supply"): the verb is the claim's.
# A short apposition set off by commas between a subject and its verb: a party and state ("R-Calif.",
# "D-N.Y.") or a role opening on an article ("a spokeswoman for the agency").
_SUBJECT_APPOSITION = r"(?:[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|(?:a|an|the)\s+[^,\"“”]{2,60}?)"
_AND_BEFORE_RE = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|later|then|again|he|she|they|it|we|I|"
    r"(?:the|a|an|several|many|some|other|others|his|her|their|its|our|most|all|both|[A-Z][\w'’-]*)"
    r"(?:\s+[\w'’-]+){0,2})\s+)?\Z")
# "the Chuck Jones quote that "…"", "Churchill's line: "…"": a quotation named by its author.
_CITED_QUOTE_RE = re.compile(r"\b(?:the\s+)?(" + _NAME + r")(?:['’]s)?\s+(?:quote|quotation|line|maxim|motto)"
                             r"\s*(?:that\s+|:\s*)?$")
# A signature after a dash closing the quote's sentence: "- Ken Merrett, Manchester United secretary."
_DASH_SIGNATURE_RE = re.compile(r"[ \t]*[-–—][ \t]+(?P<who>[^\n\"“”,.]{2,80}?)(?:,[^\n\"“”]{0,120})?[.!?]?[ \t]*(?:\n|$)")
# An anonymous source that is a person, whom he/she may stand for ("a senior official").
_ANONYMOUS_PERSON_RE = re.compile(r"\b(?:official|spokes(?:man|woman|person)|aide|diplomat|officer|resident|witness|"
                                  r"employee|member|insider|person)\b", re.IGNORECASE)
# Verbs of denial: "denied claims that X" denies X.
_DENIAL_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "dispute", "rebut", "counter", "contest"})
# A noun of report right before "that": the clause is what the claims or rumours say, not the verb's
_REPORT_NOUN_THAT_RE = re.compile(r"\b(?:claims?|allegations?|reports?|rumou?rs?|suggestions?|assertions?|"
                                  r"accusations?|charges?|speculation|theory|theories)\s+that\s+$")
# A team after its named member, before the verb ("X, and colleagues say", "X and his co-authors write").
_AND_COLLEAGUES_RE = re.compile(r",?\s+and\s+(?:his|her|their|other)?\s*(?:colleagues|co-authors|coauthors|co-workers|"
                                r"collaborators|team|teammates)\s*$")
# Two persons named as one subject, an aside after the first and a role before the second allowed
# ("Myles Allen, who supervised Stott's study, and UK lawyer Richard Lord write").
_TWO_PERSONS_RE = re.compile(rf"({_NAME})(?:\s*,[^,;\"“”]{{1,80}},)?\s+and\s+")
# A stance noun, its holder, "is/was that" and the clause held.
_STANCE_NOUN_RE = re.compile(
    r"\s*(?:(?P<own>(?:[Tt]he\s+)?(?:[\w.\u2024-]+\s+){0,2}?[\w.\u2024-]+)['’]s?\s+|(?:The|the|A|a)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:consensus|argument|counter-argument|position|view|assessment|conclusion|belief|contention|message|"
    r"verdict|finding)(?:\s+(?:among|of|from)\s+(?P<who>[^,;:\"“”]{2,60}?))?\s+(?:is|was|remains)\s+that\s+(?!of\b)"
    r"(?P<claim>[^;\"“”]{10,400}?)[.!?]?\s*$")
# A comma and a name right before a reporting verb: the next report of a list ("Shane Warne has stated
# that he will be targeting Fleming, Glenn McGrath has revealed that …").
_COMMA_NAME_BEFORE_RE = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:has\s+|have\s+|had\s+|also\s+)?\Z")
# The abbreviations of US states after a town ("Canoga Park, Calif."), in the AP style of US news.
_STATE_ABBREVIATIONS = frozenset({"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
                                  "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
                                  "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo"})
# After an inverted reporting verb, a title closing on a person's name: "said University of California,
# San Diego's chancellor, Pradeep Khosla."
_INVERTED_TITLE_NAME_RE = re.compile(
    r"[\s,.]*(?P<verb>\S+(?:\s+(?:out|of|on|for))?)\s+[^\"“”\n]{0,100}?[a-z][\w-]*,\s+"
    r"(?P<name>" + _NAME + r")\s*[.!?]?\s*$")
# "and" + a past tense opening a predicate (an object, a preposition or a clause after it), which an
# infinitive claim cannot hold; a participle used as an adjective ("and related documents") is not
# followed by these words.
_AND_PAST_RE = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+|repeatedly\s+)?(?:[a-z]+ed|spoke|said|told|met|went|gave|made|"
                          r"took|left|sent|wrote|held|brought|began|became|came|saw|found|got|kept)\s+"
                          r"(?=(?:the|a|an|with|to|that|his|her|their|its|him|them|it|on|about|for|in|by)\b)")
# A description of the source in apposition after "According to X,": a role with its noun
# ("formerly the director of the United States' Centers for Disease Control, the pandemic is …").
_APPOSITION = (r"(?:formerly\s+|currently\s+|now\s+)?(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?"
               r"(?:director|head|chief|president|professor|spokesperson|spokesman|spokeswoman|minister|secretary|"
               r"leader|chair|chairman|chairwoman|founder|member|expert|official|analyst|researcher|CEO|editor|"
               r"author|governor|mayor|ambassador|commissioner)\b[^,]{0,100}")
# What "according to" introduces when it tells how, not who: "went according to plan".
_MANNER_RE = re.compile(r"(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:plan|plans|schedule|rules?|laws?|needs?|"
                        r"tradition|custom|protocol|procedures?|instructions|script|expectations?|type|size|age|rank)\b")
_HEDGE_VERBS = {"think", "believe", "guess", "suppose", "expect", "estimate"}
# A report in the passive with an infinitive (Quirk et al. 16.34, "complex transitive" passives): "X
# was reported by local media to have visited …", "X was announced to be a pandemic by the WHO"; the
# claim runs to the infinitive clause's end (a comma or "while", "when", "as"…), the agent comes after
# "by". Read on the text with abbreviation dots masked.
_PASSIVE_REPORT_RE = re.compile(
    r"\s*(?P<claim>[A-Z][^;:\n]*?\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>reported|said|announced|believed|alleged|claimed|thought|understood|rumou?red)\s+"
    r"(?:by\s+(?P<by1>[^,.;]{2,60}?)\s+)?to\s+(?:be|have)\s+[^,;.]*?)"
    r"(?:\s+by\s+(?P<by2>[^,.;]{2,80}?))?(?=\s*[,;.!?]|\s+(?:while|when|as|after|before|because)\b|\s*$)")
# "by X" after a passive reporting verb (up to "of", "to", "about", "that" or punctuation).
_BY_AGENT_RE = re.compile(r"[^,;\"“”]{0,40}?\bby\s+([^,.;:\"“”]{2,80}?)(?=\s+(?:of|to|that|about|as)\b|\s*[,.;:\"“”]|\s*$)")
# A negation right before the reporting verb (an auxiliary's n't, not, never, an adverb between).
_NEGATED_RE = re.compile(r"(?:n['’]t|\bnot|\bnever)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had"}
# A finite auxiliary or modal: the verb of a clause, never the first word of a subject.
_MODALS = r"will|would|shall|should|can|could|may|might|must"
_FINITE_AUX = rf"(?:{_MODALS}|has|have|had|is|are|was|were)"
# (and "be" after a modal: "Children will be encouraged to cycle …")
_PASSIVE_BEFORE_RE = re.compile(rf"\b(?:was|were|is|are|been|being|(?:{_MODALS})\s+(?:\w+ly\s+)?be)\s+(?:\w+ly\s+)?$")
# A parenthesis inside a sentence (no nesting, no sentence end inside).
_PARENTHESIS_RE = re.compile(r"\([^()\n.!?]{1,120}\)")
# After a verb of request, a clause in the mandative subjunctive: "urged (that) the immunity be
# waived", "asked that he be released".
_SUBJUNCTIVE_RE = re.compile(r"\s+(?:that\s+)?(?=(?:(?:the|a|an|his|her|their|its|this|he|she|they|it|[A-Z][\w'’-]+)\s+)"
                             r"(?:[\w'’-]+\s+){0,3}?be\s+\w+(?:ed|en)\b)")
_PARTICIPLE_STOP_RE = re.compile(r",\s*(?:saying|adding|noting|insisting|claiming|meaning)\b|;|:(?=\s*[\"“‘])")
_SUBJECT_END_RE = re.compile(r"\s+(?=(?:in|at|on|during|after|before|that|this|last|yesterday|today|to|from|when|"
                             r"while|as|with|told|adding|according)\b)")
_TO_OR_IN_RE = re.compile(r"\b(?:to|in)\s+$")
# A conjunction with no subject of its own after it, and an infinitive earlier in the claim.
_BARE_CONNECTIVE_RE = re.compile(r",?\s+(?:and|but|or)\s+(?:then\s+|also\s+)?")
_TO_INFINITIVE_BEFORE_RE = re.compile(r"\bto\s+(?:\w+ly\s+)?[a-z]{2,}\b")
# A reporting participle after a comma or a conjunction opens a participle clause ("…, saying the
# defense bill merely killed …", "and noting it was …"), unlike a gerund used as a noun.
_AFTER_PREPOSITION_RE = re.compile(r"\b(?:after|before|by|since|upon|on|in)\s+$")
_PARTICIPLE_RE = re.compile(r"(?:,|\band|\bbut|\bwhile)\s*$")
# Verbs whose noun-phrase object the English annotations take as the claim (a proposition in nominal
# form: "cited improvements to the treatment of …", "expects rising production costs", "admitted
# giving special treatment …"); the object must open on a determiner, an adjective or a gerund, never
# on a name or a pronoun (a person cited, mentioned or expected).
_NP_CLAIM_VERBS = {"cite", "call for", "speak of", "mention", "expect", "admit", "pledge"}
_NP_OBJECT_RE = re.compile(r"\s+(?=(?:the|a|an|its|their|his|her|our|new|further|more|possible)\s+[a-z]|[a-z]+ing\s+\w"
                           r"|(?:[A-Z][\w'’-]+\s+){1,3}[a-z]+ing\b)"
                           r"(?!(?:the|a|an)\s+(?:day|week|month|year|time|end)\b)")
# Verbs that report a request or an order: the person asked and the action ("urged officials to push
# the president …", "asking the government to revoke …"): the claim is both.
_CONTROL_VERBS = {"urge", "advise", "ask", "encourage", "implore", "invite", "call on", "order", "request"}
# Verbs that report a commitment with a to-infinitive ("vowed to keep fighting"): the claim is the
# infinitive with its "to", as the English gold writes it.
# ("refused to say whether …", "agreed to meet": an action, not a report, so not these)
# ("claimed to be seeking a bomb", "claiming to represent the State Department": five of the English
# annotations' claims, each with its "to")
_INFINITIVE_VERBS = {"vow", "pledge", "promise", "threaten", "recommend", "hope", "claim"}
_CONTROL_RE = re.compile(r"\s+(?!(?:for|about|of|with|on|in|at|by|from|into|over|after|before|to|that|whether|if)\b)"
                         r"(?=(?:(?:the|a|an|his|her|their|its|our|all|other|fellow)\s+)?(?:[\w'’.-]+\s+){0,4}?"
                         r"to\s+[a-z])")
# Verbs whose object and its attribute after "as" are a claim ("described the story as possibly a
# hoax", "describes itself as centrist", "hailed the pipeline as an advancement"): four of the six
# unquoted such attributes of the English annotations (the others: "labeled X as a terrorist", not
# listed here, and one half quoted); and "consider/identify X as Y" (three of three, "U.S. officials
# identified the suspect as …").
_AS_VERBS = {"describe", "characterize", "characterise", "hail", "consider", "identify"}
# An object that is itself an act of naming or recognising, whose "of X as Y" belongs to it.
_NAMING_ACT_RE = re.compile(r"(?:the|its|their|his|her|a|an)\s+(?:\w+\s+)?(?:proclamation|recognition|designation|"
                            r"classification|listing|declaration|description|nomination|appointment|election)\s+of\s")
_AS_OBJECT_RE = re.compile(r"\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|itself|himself|"
                           r"herself|themselves|any|all|some|[A-Z][\w'’-]*|"
                           # (a bare noun: "regarded technology under capitalism as problematic")
                           r"(?!(?:as|to|that|how|what|why|in|on|with|for|by|at|of|and|or|but|is|was|were|are|be|your|my|our|"
                           r"been|being|not|also|only|just|then|such)\b)[a-z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,6}?(?<!such\s)as\s+\S)"
                           r"|\s+(?=(?:itself|himself|herself|themselves|him|her|them|it)\s+as\s)")
# ... and the accused and the charge after "of" ("accused Johnson of misleading the Queen": five of the
# six such accusations of the English annotations whose charge is not all quoted).
_OF_VERBS = {"accuse"}
_OF_OBJECT_RE = re.compile(r"\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|[A-Z][\w'’-]*)"
                           r"(?:\s+[\w'’-]+){0,6}?\s+of\s+\S)")
# Verbs of judgement with an object and "to be" (Quirk et al. 16.31: "consider her to be the best"): the
# claim is the object with its infinitive ("her best film performance to be her portrayal of …").
_TO_BE_VERBS = {"consider", "believe", "declare", "find"}
# ... and reports with nothing else ("I consider that unacceptable": a demonstrative, no clause)
_TO_BE_ONLY = {"consider"}
_TO_BE_RE = re.compile(r"\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|[A-Z][\w'’-]*)\s+"
                       r"(?:[\w'’-]+\s+){0,7}?to\s+be\b)")
_TO_INFINITIVE_RE = re.compile(r"\s+(?=to\s+[a-z]+)(?!to\s+(?:the|a|an|his|her|their|its|our|be\s+\w+ed\s+by)\b)")
# Verbs whose clause complement may come without "that" ("said he would vote"); the others need
# "that" to introduce a claim (their bare object is a thing: "called the demand …", "tweeted a photo").
_CLAUSE_VERBS = {"say", "claim", "argue", "assert", "insist", "explain", "announce", "declare", "report", "note",
                 "state", "add", "admit", "acknowledge", "confirm", "deny", "maintain", "contend", "allege",
                 "believe", "think", "estimate", "predict", "expect", "conclude", "warn", "suggest", "indicate",
                 "imply", "reveal", "write", "pledge", "promise", "vow", "remark", "comment", "tell", "inform",
                 "caution"}
# Verbs that take a clause without "that" as often as an object ("stressed the need", "recalled the
# day"): a clause only with a finite verb of its own ahead ("emphasized they were working …").
_FINITE_CLAUSE_VERBS = {"emphasize", "emphasise", "stress", "recall", "observe", "point out", "reply", "respond",
                        "testify", "assert", "rule", "hope"}
# A subject and its verb between a say-verb and "that": the clause said opens on the subject ("said he
# was confident that …", "said it was clear that …"), not on what "that" introduces.
_CLAUSE_BEFORE_THAT_RE = re.compile(r"\b(?:he|she|they|we|I|it|there)\s+(?:\w+\s+)?(?:is|are|was|were|am|has|have|had|"
                                    r"will|would|could|can|should|may|might|must|did|does|do)\b")
# Verbs of saying proper, whose clause may open on an owner's name and run long before its verb
# ("said Kmart's low prices and Sears reputation for service should make …"): an auxiliary or a modal
# within ten words. Not verbs that also take such objects ("confirmed Dasbach's account").
_SAY_VERBS = {"say", "claim", "argue", "insist", "believe", "think", "tell", "warn", "predict", "expect"}
_OWNER_SUBJECT_RE = re.compile(r"[A-Z][\w-]+['’]s\s+(?:[\w'’-]+,?\s+){0,10}?(?:is|are|was|were|will|would|could|"
                               r"can|may|might|should|must|has|have|had)\b")
# Verbs whose clause follows the person told: "told reporters today psychiatric assessments will …".
_TELL_VERBS = {"tell", "inform"}
# The person told, between a tell-verb and its clause: a name read whole (Agence France-Presse, the
# Jakarta Post: every capitalised word goes with it, so the clause then opens in lower case) or one to
# three lower-case words (reporters, local media), never a preposition or an infinitive marker
# ("told him to leave", "told reporters about the budget").
_DETERMINERS = "the|a|an|his|her|their|its|our"
# (a capitalised modifier and its noun: "told an AFP correspondent he went …")
_TOLD_RE = (r"(?:(?:" + _DETERMINERS + r")\s+)?(?:(?:[A-Z][\w.'’-]*\s+)+(?![A-Z])"
            r"(?:[a-z]+\s+(?=(?:he|she|they|it|we|I|the|a|an|his|her|their)\s))?|"
            r"(?:(?!(?:to|about|of|for|with|that|on|in|at|" + _DETERMINERS + r")\b)[a-z][\w.'’-]*\s+){1,3}?)")
# A subject with an aside set off by commas, then its auxiliary: "said the merger, expected to be
# finalized by next March, would generate …"
_ASIDE_SUBJECT_RE = re.compile(r"(?:the|a|an|its|their|his|her|this|these)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+"
                               r"[a-z][^,;:\"“”()]{2,80},\s+(?:is|are|was|were|will|would|could|can|may|might|"
                               r"should|must|has|have|had)\b")
# A past form: a word in -ed, but not one in -eed or a short one (need, speed, bed, red, hundred).
_PAST = r"(?!hundred\b)\w{2,}(?<!e)ed"
# Frequent irregular past forms, where a sentence's first verb ends its subject ("The State
# Department gave its …").
_IRREGULAR_PAST = ("agreed|gave|took|made|said|told|went|came|left|found|held|kept|met|sent|won|lost|brought|thought|"
                   "saw|began|became|wrote|spoke|got|put|set|ran|paid|led|felt|stood|heard|knew|sought|chose|fell")
# The irregular past forms that are no common noun, as a clause's verb ("says tech glitch led to …";
# not "set", "put", "saw", "ran", nor "said")
_CLAUSE_IRREGULAR_PAST = ("agreed|gave|took|made|told|went|came|left|found|held|kept|met|sent|won|lost|brought|"
                          "thought|began|became|wrote|spoke|got|paid|led|felt|stood|heard|knew|sought|chose|fell")
# "be" and a past participle: a passive ("Trump was said to be suffering …"; not "has been cosplaying").
_PASSIVE_RE = re.compile(rf"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:{_PAST}|{_IRREGULAR_PAST}|"
                         r"given|shown|known|seen)\b")
# A finite verb within the next words of the clause: "the city would rebuild", "they'd run out",
# "the heart was restarted".
_FINITE_AHEAD_RE = re.compile(
    # (a figure with its separators is one word: "85,000 Americans were …")
    # (a word may stand in quotation marks: "the “emotional” video featured …")
    r"(?:(?:\d[\d,.]*\d|[\"“]?[\w'’-]+[\"”]?)\s+){0,5}?(?:is|are|was|were|will|would|could|can|may|might|should|shall|must|has|have|had|did|"
    r"does|do|" + _PAST + r"|won['’]t|can['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t)\b"
    # (an irregular past after its subject only: "says tech glitch led to …", not "states met in …")
    # (and not a relative clause's: "recalled someone who went to fight …")
    r"|(?:(?!(?:who|which|that)\b)(?:\d[\d,.]*\d|[\"“]?[\w'’-]+[\"”]?)\s+){1,5}?(?:" + _CLAUSE_IRREGULAR_PAST + r")\b"
    r"|(?:[\w'’-]+\s+){0,5}?(?:I|you|he|she|it|we|they|that|there|who)['’](?:d|s|ll|re|ve|m)\s"
    r"|(?:he|she|it|this|there)\s+(?:also\s+|still\s+|now\s+)?\w+s\b", re.IGNORECASE)
# A time between the verb and its clause: "on Friday", "today", "last Wednesday", "on Monday morning".
_TIME = (r"(?:(?:on\s+)?(?:last\s+|this\s+|early\s+|late\s+)?(?:today|yesterday|tonight|earlier|later|"
         + _DAYS + r")(?:\s+(?:morning|afternoon|evening|night))?"
         # a month or a week ("said in May the AfCFTA might be …", "said last week the …")
         r"|(?:in|on|since|by)\s+(?:early\s+|late\s+|mid-)?" + _MONTHS + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
         r"|(?:last|this|earlier this|later this)\s+(?:week|month|year))")
# Where it was said, between the verb and its clause: "said in a joint statement the merger …",
# "said in an interview on Monday that …" (a speech event, never a place: "said in the area that …")
_SPEECH_EVENTS = r"statement|interview|speech|letter|release|post|tweet|conference|briefing|message"
_MEDIUM = (r"(?:in|during|at|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _SPEECH_EVENTS
           + r"|e-?mail|address|memo|op-ed|editorial)s?\b(?!\s+(?:" + _SPEECH_EVENTS + r")s?\b)")
# (not a participle after it: "said in a video statement released in conjunction with …" describes
# the statement)
_WHEN_RE = r"(?:(?:" + _TIME + r"|" + _MEDIUM + r"(?:,?\s+" + _TIME + r")?(?!,?\s+[a-z]+(?:ed|ing)\b)),?\s+)?"
# Subjects that open a clause right after say-verbs on the dev set ("said he would", "said the plan");
# the other openings of _CLAUSE_RE need a finite verb ahead (_FINITE_AHEAD_RE).
_PLAIN_SUBJECTS = r"he|she|they|it|we|I|there|this|the|a|an|his|her|their|its|[A-Z]\w+|(?:[A-Z][.\u2024]){2,}"
# "it"/"this" followed by a determiner, a preposition or an adverb of repetition is the verb's
# object ("said it a couple of times", "said it again"), not a clause's subject.
_PLAIN_SUBJECT_RE = re.compile(r"(?!(?:it|this)\s+(?:a|an|the|to|on|in|at|for|with|again|twice|once|before|after|"
                               r"during|about|of)\b)(?:" + _PLAIN_SUBJECTS + r")\s+\w")
# The clause opens on a subject: a pronoun, a determiner, or a capitalised name (possessive allowed),
# followed by another word.
_SUBJECT_OPENERS = (r"(?:" + _PLAIN_SUBJECTS + r"|you|these|those|our|some|many|most|all|no|[A-Z][\w'’-]+"
                    r"|they['’]d|he['’]d|she['’]d|it['’]s"
                    # a number ("roughly one million people marched", "around 200 people attended")
                    r"|(?:roughly|about|around|nearly|almost|over|some|up to|more than|at least)\s+[\d\w]+|\d[\d,.]*")
# Or a noun phrase opening on an adjective or noun ("psychiatric assessments will be carried out"):
# never a preposition, an infinitive or a question word; tried last, as it also reads a person told
# ("told local media the city would …") as the clause's first word.
_LOWER_OPENER = (r"|(?!(?:to|about|of|for|with|on|in|at|by|from|into|over|after|before|that|if|whether|what|"
                 r"yesterday|today|tonight|"
                 r"how|why|when|where|which|who|not|also|again|so|as|up|out|off|down|back|and|or|but|"
                 # (a reflexive is an object: "declared himself "immune" and offered …")
                 r"himself|herself|itself|themselves|myself|ourselves|yourself)\b)"
                 r"[a-z][\w'’-]+")
# (the word after the opener may stand in quotation marks: "the “emotional” video featured …")
_CLAUSE_SUBJECT = r"(?=" + _SUBJECT_OPENERS + _LOWER_OPENER + r")\s+[\"“]?\w)"
_STRICT_SUBJECT = r"(?=" + _SUBJECT_OPENERS + r")\s+[\"“]?\w)"
_CLAUSE_RE = re.compile(r"\s+" + _WHEN_RE + _CLAUSE_SUBJECT)
_BARE_CLAUSE_RE = re.compile(r"\s+" + _CLAUSE_SUBJECT)
_TOLD_CLAUSE_RE = re.compile(r"\s+" + _TOLD_RE + _WHEN_RE + _STRICT_SUBJECT)
_TOLD_LOOSE_RE = re.compile(r"\s+" + _TOLD_RE + _WHEN_RE + _CLAUSE_SUBJECT)


# The person asked, after the auxiliary of a question, right before its verb ("How do you think
# …?", "Could you briefly explain …?", "Do you agree that …?"): the question reports nobody's words
# ("You said you have been working there, right?" reports the interviewee's).
_ASKED_RE = re.compile(r"\b(?:do|does|did|could|would|can|will|should|may|might|must)\s+you\s+"
                       r"(?:\w+ly\s+|also\s+|still\s+|now\s+)?$", re.IGNORECASE)


# A conjunction opening a sentence before its subject's name ("But Darrell Rigby, head of …, was …").
_OPENING_CONJUNCTIONS = ("But", "And", "Yet", "So")
# A connective that may open a subject phrase ("However Ken Boehm, chairman of …, said").
_LEADING_CONNECTIVE = r"(?:(?:But|And|However|Meanwhile|Yet)\s+)?"
# "quoted government sources as saying (that) …", "citing officials as saying …" (see `_quoted_as_saying_claim`).
_QUOTED_AS_SAYING_RE = re.compile(r"\b(?:quot|cit)(?:ed|es|e|ing)\s+(?P<who>[^,;:\"“”]{2,80}?)\s+as\s+"
                                  r"(?P<verb>saying)\s+(?:that\s+)?")
# A sentence's opening link and nothing else ("But then", "And yet", "Still").
_CONNECTIVE_ONLY_RE = re.compile(r"(?:But|And|Yet|Still|So|Now|However|Then|Instead)(?:\s+(?:then|now|so|yet|still|also))?")
# The words that open a question: an interviewer's, not a subject.
_QUESTION_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "which", "do", "does", "did", "could",
                             "would", "can", "will", "should", "is", "are", "have", "has"})


def _noun_use(text: str, start: int) -> bool:
    """A verb form after a determiner is its homograph noun ("wrote in a tweet", "the report"), and so
    is one after a determiner and an adjective ("issued an executive order making …"); a past
    participle after a preposition or a determiner and before a word is an adjective ("his lead
    among pledged delegates", "the alleged victim"). And "add" before an amount adds it up; "be
    assured" is sure."""
    if _DETERMINER_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    base = re.match(r"[a-z]+\b", text[start:start + 30])
    if base and base.group() in ("hope", "hopes") and _BARE_NOUN_BEFORE_RE.search(text[max(0, start - 12):start]):
        return True  # "There is hope that …", "little hope of …": the noun
    if base and base.group() in _NOUN_HOMOGRAPHS and _DETERMINER_ADJECTIVE_BEFORE_RE.search(text, max(0, start - 30), start):
        return True  # (those nouns only: "The official said" is a verb after a noun)
    if base and base.group() in _NOUN_HOMOGRAPHS | {"state"} and re.search(r"\bof\s+$", text[max(0, start - 4):start]):
        return True  # "the Emperor as head of state", "a matter of record": the noun after "of"
    plural_noun = bool(base) and base.group().endswith("s") and base.group()[:-1] in _NOUN_HOMOGRAPHS
    if plural_noun and re.search(r"\b(?:of|about|amid|despite|over|against|following)\s+$",
                                 text[max(0, start - 10):start], re.IGNORECASE):
        return True  # "she said of claims that …", "amid reports that …": a plural noun after a preposition
    if plural_noun and re.match(r"\s+(?:have|had|were|are|say|said|suggest|suggested)\b",
                                text[start + base.end():start + base.end() + 12]):
        return True  # "Media reports have quoted …": a plural noun before its verb (never a verb's third person)
    if base and base.group() in ("add", "adds", "added", "adding") and _AMOUNT_AFTER_RE.match(text, start + base.end()):
        return True  # "would add nearly $100 million": a sum, not words
    if base and base.group() == "assured" and re.search(r"\b(?:be|rest|feel|is|are|was|were)\s+$", text[max(0, start - 8):start]):
        return True  # "you can be assured that …", "rest assured": sure, not told
    word = re.match(r"[a-z]+ed\b", text[start:start + 30])
    return bool(word and _ATTRIBUTIVE_BEFORE_RE.search(text, max(0, start - 12), start)
                and re.match(r"\s+[A-Za-z]", text[start + word.end():start + word.end() + 2]))


# An amount after "add" ("would add nearly $100 million", "added 3,000 jobs").
_AMOUNT_AFTER_RE = re.compile(r"\s+(?:(?:nearly|about|almost|around|roughly|some|another|more\s+than|up\s+to|over)\s+)?"
                              r"(?:[$£€]|\d)")
# (a year or a number may stand between: "a 1992 report declassified by the Pentagon")
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:" + _DETERMINERS + r"|my|your|this|these|those|every|each)\s+(?:\d[\d,.]*\s+)?$",
                                   re.IGNORECASE)
# Words before a bare noun that a verb form never follows ("There is hope that …", "little hope of …").
_BARE_NOUN_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|no|little|some|new|of)\s+$")
# A determiner and an adjective of a common suffix ("an executive", "a formal", "an official", "a public").
_DETERMINER_ADJECTIVE_BEFORE_RE = re.compile(r"\b(?:" + _DETERMINERS + r")\s+[a-z]+(?:ive|al|ic|ous|ary|ful|ial)\s+$",
                                             re.IGNORECASE)
# Reporting verbs' base forms that are nouns as often ("an executive order", "a formal request").
_NOUN_HOMOGRAPHS = frozenset({"order", "report", "claim", "call", "note", "comment", "request", "promise", "pledge",
                              "vow", "tweet", "post", "answer", "reply", "response", "appeal", "warning", "statement"})
# A preposition or a determiner before a past participle used as an adjective.
_ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b(?:among|of|for|with|by|from|about|" + _DETERMINERS + r")\s+$",
                                    re.IGNORECASE)


def _that_clauses(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """A claim cut at each coordinated "and that" / "but that" (outside quotation marks)."""
    parts, start = [], cs
    for m in _AND_THAT_RE.finditer(text, cs, ce):
        if text.count('"', cs, m.start()) % 2 == 0:
            parts.append((start, m.start()))
            start = m.end()
    parts.append((start, ce))
    return parts


# ("and that way …", "and that was then given …": a determiner or a pronoun, not a second clause)
_AND_THAT_RE = re.compile(r",?\s+(?:and|but)\s+that\s+(?!(?:way|is|was|were|would|could|will|can|may|might|must|"
                          r"should|has|had|have|does|did|means|meant|said|time|day|year|kind|one|same|much|many|"
                          r"part|point|sort|type|amount|number|process|period)\b|['’]s\b)")


def _claim_stop(text: str, cs: int, ce: int, stops: re.Pattern[str] | None = None) -> int:
    """Where a claim starting at `cs` ends, at the latest `ce`: before the first of `stops`
    (`_CLAIM_STOP_RE`), but not a "such as" in the claim's first words, inside its subject ("a host,
    such as Facebook, must remove …")."""
    for stop in (stops or _CLAIM_STOP_RE).finditer(text, cs, ce):
        if stop.group().rstrip().endswith("such as") and len(text[cs:stop.start()].split()) <= 3:
            continue
        if stop.group().rstrip().endswith(("which", "who")) and (
                _SUBJECT_RELATIVE_RE.match(text, stop.end(), ce)
                or (len(text[cs:stop.start()].split()) <= 5 and _SUBJECT_RELATIVE_PRESENT_RE.match(text, stop.end(), ce))):
            # "reported the failed landing at Fath, which has a much shorter runway than Payam, was a
            # mistake": the relative clause is inside the claim's subject, whose verb comes after it
            # (a verb in the present only after a short subject: "said that the trans-Anatolian
            # pipeline, which is already up and running, renders …")
            continue
        return stop.start()
    return ce


# A capitalised name right before a comma ("a meeting between Giuliani, claiming to …").
_NAME_BEFORE_COMMA_RE = re.compile(r"\b((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+),\s*$")
# "with" and a subject before a participle: an absolute clause ("with local media reporting …").
_WITH_SUBJECT_RE = re.compile(r"\bwith\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+$")
# A clause, not a subject, before an incise's verb: a participle, a conjunction, a second clause
# ("…, blocking the exits as they chanted slogans", "…, we fight it and we also find …").
# a participle right after "as" or "than" with no subject of its own ("As expected, …", "higher than
# forecast"): the journalist's comparison with what was expected, not a claim of anyone
_AS_EXPECTED_RE = re.compile(r"\b(?:[Aa]s|than)\s+(?:\w+ly\s+)?$")
_NOT_A_SUBJECT_RE = re.compile(r"^[a-z]+ing\b|\b(?:as|when|while|after|before|because|if|until)\s+\w|"
                               r"\b(?:and|but|or)\s+(?:he|she|they|we|I|it|you)\b|"
                               # (a copula outside a relative clause: "…, Trump's was the only identity disclosed")
                               r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:is|are|was|were)\b")
# A relative clause between commas followed by a finite verb: it sat inside the subject of that verb.
_SUBJECT_RELATIVE_RE = re.compile(r"[^,;:\"“”]{2,100},\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|"
                                  r"might|must|should|did|does|(?!(?:led|based|called|named)\b)[a-z]{2,}ed)\b")


_SUBJECT_RELATIVE_PRESENT_RE = re.compile(r"[^,;:\"“”]{2,100},\s+(?:[a-z]{3,}(?<!ss)(?<!us)(?<!is)s)\s+[a-z]")


# An owner's possessive, then a name of two words or a title and a name ("BBC's Hannah Hennessy",
# "Mexico's Foreign Secretary Marcelo Ebrard"); not a thing's name ("WHO's Monitored Emergency Use").
_OWNED_NAME_RE = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|(?:[A-Z][\w'’-]+\s+)*(?:"
                            + "|".join(sorted(_ROLE_WORDS)) + r")\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)$")


# A noun in -ing in a title before a name ("such as training specialist Joe Leuer say …"): a role, not a
# participle; no preposition between it and the name ("speaking to John Smith" is a participle's object).
_ING_TITLE_RE = re.compile(r"\s*[a-z]+ing(?:\s+(?!(?:to|with|by|for|of|on|at|in|from|about|as|the|a|an)\b)[a-z][\w-]*){1,2}"
                           r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*")


# A full name closing a phrase: two capitalised words or more, initials allowed inside.
_FULL_NAME_END_RE = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:" + _PARTICLE + r"\s+)?(?:[A-Z]\.|[A-Z][\w'’-]+))+$")


# A lowercase word after the first, not after a relative pronoun, and not a participle with its agent
# ("a statement released by …"): checked against the verbs of `_PHRASE_VERBS`.
# (not after a determiner: "the request", "The reports" are nouns)
_VERB_IN_PHRASE_RE = re.compile(r"(?:^|(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bThe)"
                                r"(?<!\bA)(?<!\bits)(?<!\btheir)(?<!\bhis)(?<!\bher)\s)([a-z]+)\b(?!\s+by\b)")
_POST_MODIFIER_RE = re.compile(r"\s+(?:online\s+)?(?:on|to|in|at|from|by|online|via)\b")
_PASSIVE_AGENT_AFTER_RE = re.compile(r"\s+(?:\w+\s+)?\w+ed\s+by\b")
_DETERMINER_AFTER_RE = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b")


@cache
def _phrase_verbs() -> frozenset[str]:
    """Finite forms that end a subject: the reporting verbs' past forms (present ones are nouns as
    often: "the reports", "state media") and the auxiliaries."""
    forms = {f for f, lemma in verb_forms("en").items() if " " not in f and f != lemma and not f.endswith(("ing", "s"))}
    return frozenset(forms | {"was", "were", "has", "have", "had"})


def _trimmed_phrase(phrase: str, start: int) -> tuple[str, int]:
    """A subject phrase cut to what can name a speaker, with its new start: after the last quotation
    mark, without edge punctuation, a possessive or a sentence adverb; a phrase too long for a subject
    cut to the name in it (see `MAX_SUBJECT_WORDS`)."""
    # never across a quotation mark: the phrase starts after the last one
    cut = max(phrase.rfind(c) for c in "\"“”")
    if cut >= 0:
        start += cut + 1
        phrase = phrase[cut + 1:]
    stripped = phrase.lstrip(" ,;:—–-\u00a0")
    start += len(phrase) - len(stripped)
    phrase = stripped.rstrip(" ,;:—–-\u00a0")
    phrase = re.sub(r"['’]s$", "", phrase)  # "Hong Kong's": a possessive, not a subject
    # a trailing aside in brackets ("Mayor of London Sadiq Khan (no relation)"): no part of the name
    # (not an acronym: "the Syrian Democratic Forces (SDF)" keeps it)
    phrase = re.sub(r"\s*\((?![A-Z]{2,}\))[^()]*\)$", "", phrase)
    # an auxiliary left before an adverb ("Heidrich did, however, doubt that …")
    phrase = re.sub(r"\s+(?:did|does|do|has|have|had|will|would|can|could|should|may|might|must)$", "", phrase)
    # nor a time after the subject ("Another report from the Mexican government during the weekend said")
    phrase = _TRAILING_TIME_RE.sub("", phrase)
    # an adverb before the verb is no part of the subject ("The High Court … also ruled")
    phrase = re.sub(r"(?:\s+(?:also|too|then|later|now|again|still|(?!(?:family|ally|rally|assembly|supply|reply|"
                    r"anomaly|monopoly|bully)\b)[a-z]+ly))+$", "", phrase)
    sub = re.match(r"(?:where|when|while|whereas|after|before|because|although|though|since|once|until|unless)\s+"
                   r"(?=[A-Z])", phrase)
    if sub and sub.end() < len(phrase):
        start, phrase = start + sub.end(), phrase[sub.end():]  # "…, where Trump denied that …": Trump
    lead = _CONNECTIVE_RE.match(phrase) or _BARE_LEADING_TIME_RE.match(phrase)
    if lead and lead.end() < len(phrase):
        # "Afterwards Trump said", "On Friday Ford Motor Company announced", "Yesterday the Agency
        # told": the adverb or the time is no part of the name
        start, phrase = start + lead.end(), phrase[lead.end():]
    # a clause read as the subject ("They released a statement", "The spokesperson added regarding
    # Iran", "was first elected to the"): the subject is the words before its verb, if any
    if not _DOCUMENT_RE.match(phrase):
        for verb in _VERB_IN_PHRASE_RE.finditer(phrase):
            word, after = verb.group(1), phrase[verb.end():]
            if _POST_MODIFIER_RE.match(after) or (word in ("was", "were", "has", "have", "had")
                                                   and _PASSIVE_AGENT_AFTER_RE.match(after)):
                continue  # "a memo posted online by …", "a statement posted to …", "The bill was drafted by X"
            if word in _phrase_verbs() or (word.endswith("ed") and _DETERMINER_AFTER_RE.match(after)):
                phrase = phrase[:verb.start()].rstrip(" ,")
                break
    words = phrase.split()
    if len(words) > MAX_SUBJECT_WORDS and _DOCUMENT_RE.match(phrase):
        return phrase, start  # "An email from Burkhardt & Associates to James Roche": the text's issuer decides
    if len(words) > MAX_SUBJECT_WORDS:
        # "Professor John C. Eastman of Chapman University School of Law", "Member of Parliament (MP)
        # Yvette Cooper of the Labour Party": the phrase up to the first "of" after a full name
        for of in re.finditer(r"\s+of\s+", phrase):
            head = phrase[:of.start()]
            name = _FULL_NAME_END_RE.search(head)
            if (name and len(_strip_titles(name.group()).split()) >= 2 and not _ORG_WORDS.search(name.group())
                    and name.group().split()[-1] not in _ROLE_WORDS):
                if len(head.split()) <= MAX_SUBJECT_WORDS:
                    phrase, words = head, head.split()
                break
    agent = re.search(r"(?:\s+(?:to\s+be|being|been))?\s+[a-z]+ed\s+by\s", phrase) if len(words) > MAX_SUBJECT_WORDS else None
    if agent is not None and 1 < len(phrase[:agent.start()].split()) <= MAX_SUBJECT_WORDS:
        # "A 1992 report declassified by the Pentagon in 1996", "the two-page draft to be signed by the
        # sub-region's 10 presidents Dec. 9": the head before its participle and agent
        phrase = phrase[:agent.start()]
        words = phrase.split()
    if len(words) > MAX_SUBJECT_WORDS and "," not in phrase and not any(
            re.fullmatch(rf"(?![A-Z]){_PAST}|{_IRREGULAR_PAST}|[a-z]+ing", w) for w in words):
        # "Assistant Secretary of the Air Force for Acquisition Marvin Sambur", "Train drivers' trade
        # union Aslef general secretary Mick Whelan": the name closing a title (not a clause that
        # ends on a name: no comma, no verb)
        name = _FULL_NAME_END_RE.search(phrase)
        if name and len(name.group().split()) <= 4 and not _ORG_WORDS.search(name.group()) \
                and not set(name.group().split()) & _ROLE_WORDS:
            start += name.start()
            phrase = name.group()
    return phrase, start


def _short_noun_phrase(text: str) -> bool:
    """One to four words with no verb form among them (no clause): a conjunct of a subject."""
    words = text.split()
    return 0 < len(words) <= 4 and not any(
        re.fullmatch(rf"{_PAST}|{_IRREGULAR_PAST}|{_FINITE_AUX}|[a-z]+ing", w)
        or w.lower() in _FUNCTION_WORDS - {"the", "a", "an"} for w in words)


def _infinitive_marker(text: str, lo: int, verb_start: int) -> bool:
    """"to" or "in" right before the verb ("to say", "in order to"); not after "went on to", "proceeded
    to", whose infinitive is the subject's next report ("Dittmar went on to add, "…"")."""
    return bool(_TO_OR_IN_RE.search(text, lo, verb_start)) and not _GOES_ON_RE.search(text, lo, verb_start)


_GOES_ON_RE = re.compile(r"\b(?:went|goes|go|going|gone)\s+on\s+to\s+$|\b(?:proceeded|proceeds)\s+to\s+$")


def _ing(form: str) -> bool:
    """A participle or gerund form, multi-word ones included ("calling for")."""
    return form.split()[0].endswith("ing")


def _after_title_run(name: str) -> str:
    """A capitalised title before a name is no part of it ("House Armed Services Chairman Duncan
    Hunter", "Attorney General William Barr"): the name is what follows the title's last role word,
    when that is two words or more shaped like a name."""
    run = name.split()
    k = max((i for i, w in enumerate(run[:-2]) if w in _ROLE_WORDS or w in _TITLE_NOUNS), default=None)
    if k is not None and _person_like(" ".join(run[k + 1:])):
        return " ".join(run[k + 1:])
    return name


def _strip_titles(name: str) -> str:
    out = name.strip()
    changed = True
    while changed:
        changed = False
        for t in _TITLES:
            if out.startswith(t + " ") and len(out) > len(t) + 1:
                out = out[len(t) + 1:].strip()
                changed = True
    return out


def _clause_start(text: str, lo: int, verb_start: int) -> int:
    cut = max(text.rfind(",", lo, verb_start), text.rfind(";", lo, verb_start))
    return cut + 1 if cut >= 0 else lo


def attribute_text(text: str, spans: list[QuoteSpan], article_id: str = "doc", lang: str = "en") -> list[Quote]:
    """Quote records for one article of a language without a parser, in text order."""
    att = TextAttributor(text, lang)
    quotes = [s for s in spans if s.kind in ("direct", "partial") and s.depth == 0]
    att.quotes = quotes
    att.terms = [s for s in spans if s.kind == "term"]  # a name in marks is a title, no one's name
    claims = att.claims(quotes)
    resolvers = {id(span): find for span, find in claims}
    for span in sorted(quotes + [c[0] for c in claims], key=lambda s: s.start):
        if span.kind == "indirect":
            sp, cue, cue_span = resolvers[id(span)](), span.cue, span.cue_span
        else:
            sp, cue, cue_span = att.attribute_quote(span)
            # (not an interviewee's answer, cue ":": the words quoted in it are often others')
            host = next((q for q in reversed(att.done) if q.kind == "indirect" and q.speaker and q.cue not in (None, ":")
                         and q.start <= span.start and span.end <= q.end + 2), None)
            if host is not None and (sp is None or cue_span is not None and host.start <= cue_span[0] < host.end
                                     and not re.match(r"[A-Z]|(?:he|she|they|we|I|it)\b", sp.text)):
                # a partial inside a claim, unattributed or given a phrase of the claim by the claim's
                # own verb ("said the merger, expected to …, could trigger sales of "…""): the claim's
                # voice (not a person the claim quotes: "Pelosi called it a "…," according to NBC")
                sp, cue, cue_span = Speaker.of(host, host.confidence * 0.9), host.cue, None
        att.done.append(quote_record(text, None, span, sp, cue, cue_span, article_id))
    att.done.sort(key=lambda q: (q.start, q.end))
    return att.done
