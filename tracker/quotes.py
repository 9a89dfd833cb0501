"""Quotes stage: find quote and claim spans in an article.

Stage: quotes (after nlp, before attribution).
Takes: the article text and, when available, its stanza Document (sentences with words, lemmas,
POS and dependencies on the sentences that were annotated).
Gives: `QuoteSpan` records: the content of every quotation (direct, partial, or `term` for
names, titles and scare quotes that are not quotations) and every indirect claim found over the
parse (que-clauses and infinitives after reporting verbs, `selon X`, `comme le dit X`), each with
the cue that introduces it, when there is one, for the attribution stage.

Quotation-mark rules (shared eval/GUIDELINES.md):
- « », “ ”, „ “, ‹ ›, ‘ ’ and straight "…" are recognised, with or without (narrow) no-break spaces;
  nested quotes are kept with their depth and never output on their own;
- French convention: a quote that goes on over several paragraphs reopens « at the start of each
  paragraph without closing the previous one: the pieces are one quote;
- a quote left open closes at the end of its paragraph (documented rule, never an error);
- an incise inside a quote (« Nous irons, a-t-il dit, jusqu'au bout ») is cut out and the pieces are one
  quote; one between two quotes (« Nous irons », a-t-il dit, « jusqu'au bout ») leaves two, as every
  annotation has them (a quote's text is what stands between its marks), both the incise's.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from stanza.models.common.doc import Document, Sentence, Word

from tracker.textnorm import fold

DATA_DIR = Path(__file__).parent / "data"

SpanKind = Literal["direct", "partial", "indirect", "term", "nested"]

# Opening mark -> the closing marks that end it.
_PAIRS: dict[str, tuple[str, ...]] = {
    "«": ("»",),
    "‹": ("›",),
    "“": ("”", "“"),
    "„": ("“", "”"),
    "‚": ("‘", "’"),
    "‘": ("’",),
    '"': ('"',),
}
_CLOSERS = {c for closers in _PAIRS.values() for c in closers}
_SPACES = " \t\u00a0\u202f\u2009\u2007\u200b\ufeff"
_SENT_END = ".!?…"
_DASHES = "—–-"

# What can follow a closing mark but never an opening one; and the incise after a closing mark
# whose opening one was lost (`…", s'indignait X`, `… », a-t-il dit`): a comma and a lowercase word.
_AFTER_CLOSING = ",.;:!?)]"
_ORPHAN_INCISE_RE = re.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*[a-zà-ÿ]")
_INVERSION = r"\w+(?:-t)?-(?:il|elle|on|ils|elles|iel|je|nous|vous)\b"
# An incise after or inside a quote: inverted pronoun ("a-t-il dit", "affirme-t-on au palais",
# "dit-elle") - the surface form French uses for it; verb-subject incises without a hyphen are
# found over the parse (`_verb_first`).
_INCISE_RE = re.compile(rf"^(?:(?:a|avait|aurait|ont|avaient)-t-\w+|{_INVERSION})", re.IGNORECASE)
# an incise's verb and inverted pronoun ("a-t-il", "réagit-elle"), inside a quote
_INVERTED_VERB = rf"(?:(?:a|avait|aurait)-t-(?:il|elle|on)|{_INVERSION})"
_INNER_INCISE_RE = re.compile(
    # (not across a full stop: « A, a-t-il déclaré. Pour ce qui est de B, … » ends A's sentence)
    rf",[{_SPACES}]*({_INVERTED_VERB}[^,«»\"“”\n.!?;]{{0,60}}?)[{_SPACES}]*,",
    re.IGNORECASE,
)
_YES_NO = {"oui", "non", "yes", "no", "ok"}


# --------------------------------------------------------------------------- lexicons


def _data_lines(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.exists():  # a language without this lexicon yet
        return []
    text = path.read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def reporting_verbs(lang: str = "fr") -> frozenset[str]:
    """Lemmas of reporting verbs; pronominal ones as `se dire` (apostrophes normalised). Not the verbs
    flagged "as-only", which report only through an object and its attribute (`_as_attribute_claim`)."""
    return frozenset(_norm_apos(v.split("\t")[0]).lower() for v in _data_lines(f"reporting_verbs_{lang}.txt")) \
        - flagged_verbs("as-only", lang)


def _flagged(name: str, flag: str) -> frozenset[str]:
    """Entries of a lexicon file carrying `flag` in its second column (comma-separated flags)."""
    out = set()
    for line in _data_lines(name):
        parts = line.split("\t")
        if len(parts) > 1 and flag in {f.strip() for f in parts[1].split(",")}:
            out.add(_norm_apos(parts[0]).lower())
    return frozenset(out)


@cache
def flagged_verbs(flag: str, lang: str = "fr") -> frozenset[str]:
    """Reporting verbs carrying `flag` in the lexicon's second column."""
    return _flagged(f"reporting_verbs_{lang}.txt", flag)


def no_infinitive_verbs(lang: str = "fr") -> frozenset[str]:
    """Reporting verbs whose infinitive complement is a request or plan, not a reported claim."""
    return flagged_verbs("no-inf", lang)


# Prefixes that make a role of a role (vice-procureur, ex-ministre, co-fondateur): the same class.
_ROLE_PREFIXES = ("vice-", "ex-", "co-")


@cache
def speaker_nouns() -> dict[str, str]:
    """Noun -> class (person, organization, anonymous), from `data/speaker_nouns_fr.txt`; a person
    noun also with the prefixes of a role (`_ROLE_PREFIXES`)."""
    nouns = {noun.strip().lower(): cls.strip()
             for cls, noun in (line.split("\t", 1) for line in _data_lines("speaker_nouns_fr.txt"))}
    for noun, cls in list(nouns.items()):
        if cls == "person":
            for prefix in _ROLE_PREFIXES:
                nouns.setdefault(prefix + noun, cls)
    return nouns


@cache
def noun_class(cls: str) -> frozenset[str]:
    """Nouns of one class (count, answer, place, media) in `data/noun_classes_fr.txt`."""
    return frozenset(noun.strip().lower() for c, noun in (line.split("\t", 1) for line in _data_lines("noun_classes_fr.txt"))
                     if c == cls)


@cache
def source_markers(lang: str = "fr") -> tuple[str, ...]:
    """Verbless source markers (`selon`, `d'après`...), longest first."""
    return tuple(sorted((_norm_apos(m.split("\t")[0]).lower() for m in _data_lines(f"source_prepositions_{lang}.txt")),
                        key=len, reverse=True))


@cache
def initial_markers(lang: str = "fr") -> frozenset[str]:
    """Source markers that attribute only at the head of their sentence (the lexicon's `initial`
    flag: French "pour")."""
    return _flagged(f"source_prepositions_{lang}.txt", "initial")


@cache
def source_marker_re(lang: str = "fr", anywhere_only: bool = False) -> re.Pattern[str] | None:
    """The source markers as words of their own ("pour", not the "pour" of "pourtant"), in lower-case
    text with straight apostrophes; `anywhere_only`: without the markers flagged `initial`, which
    attribute only at the head of a sentence."""
    markers = [m for m in source_markers(lang) if not (anywhere_only and m in initial_markers(lang))]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(m) for m in markers) + r")(?!\w)") if markers else None


def _regular_forms(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if re.search(r"[^aeiou]y$", lemma):
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if re.search(r"(?:s|sh|ch|x|z)$", lemma):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


@cache
def verb_forms(lang: str = "en", as_only: bool = False) -> dict[str, str]:
    """Inflected form -> lemma for the language's reporting verbs; with `as_only`, for its verbs
    flagged "as-only" instead (they report only through an object and what it is said to be:
    "blasted Biden as a career politician"), which no other rule reads."""
    out: dict[str, str] = {}
    for line in _data_lines(f"reporting_verbs_{lang}.txt"):
        lemma, _, forms = line.partition("\t")
        lemma = lemma.strip()
        if ("as-only" in forms.split()) != as_only:
            continue
        # "no-base": the base form is a noun far more often than the verb ("rule", "the rules")
        no_base = "no-base" in forms.split()
        forms = " ".join(f for f in forms.split() if f not in ("no-base", "as-only"))
        for form in forms.split() if forms.strip() and " " not in lemma else _regular_forms(lemma):
            if not (no_base and form == lemma):
                out[form] = lemma
        if not no_base:
            out.setdefault(lemma, lemma)  # the base form too ("some experts say …", "they tell …")
        if " " in lemma:  # "point out": forms listed as pairs of words
            words = forms.split()
            for i in range(0, len(words) - 1, 2):
                out[f"{words[i]} {words[i + 1]}"] = lemma
            out[lemma] = lemma
    return out


# Languages read without a parser, by surface rules over inflected verb forms (tracker.attribution_text).
TEXT_RULE_LANGS = frozenset({"en"})


@cache
def claim_verbs_re(lang: str) -> re.Pattern[str] | None:
    """`surface_verbs_re` with the verbs flagged "as-only" besides: the verbs a claim may hang on in a
    language read without a parser."""
    forms = sorted({**verb_forms(lang, as_only=True), **verb_forms(lang)}, key=len, reverse=True) \
        if lang in TEXT_RULE_LANGS else []
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b") if forms else None


@cache
def surface_verbs_re(lang: str) -> re.Pattern[str] | None:
    """The inflected forms of the reporting verbs of a language read without a parser (English);
    None for the other languages."""
    forms = sorted(verb_forms(lang), key=len, reverse=True) if lang in TEXT_RULE_LANGS else []
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b") if forms else None


# Inflectional endings that may follow a stem in `cue_surface_re`, by infinitive ending: without
# them a stem matched any word it began ("not" of noter in "notamment", "montr" in "Montrouge",
# "publi" in "public"), which sent a third of the verb-cue sentences of the corpus to the parser for
# nothing. The -re and -oir verbs (écrire: écrivait, admettre: admis) keep any ending: their stems
# change too much to list.
_ER_ENDINGS = (
    "e es ent ons ez é ée és ées er ai as a âmes âtes èrent ais ait aient ions iez ant era eras erons "
    "erez eront erai erais erait erions eriez eraient asse assent ât")
_IR_ENDINGS = (
    "i ie ies is it ir ira iras irons irez iront irai irais irait irions iriez iraient issons issez "
    "issent issais issait issions issiez issaient issant isse îmes irent ant ent u ue us ues ons ez "
    "ais ait aient")


@cache
def cue_surface_re(lang: str = "fr") -> re.Pattern[str]:
    """Surface prefilter for inflected reporting verbs, before any lemma is known.

    Built from the lemmas' stems (lemma minus its infinitive ending) followed by an inflectional
    ending; it over-generates on purpose: it only decides which sentences the parser sees.
    Languages read without a parser have their inflected forms listed: those are the pattern."""
    if lang in TEXT_RULE_LANGS:
        return re.compile(surface_verbs_re(lang).pattern, re.IGNORECASE)
    stems: dict[str, set[str]] = {"er": set(), "ir": set(), "any": set(), "exact": set()}
    for lemma in reporting_verbs(lang) | flagged_verbs("as-only", lang):
        verb = lemma.split()[-1]
        for ending in ("er", "ir", "re", "oir"):
            if verb.endswith(ending) and len(verb) > len(ending) + 1:
                stems[ending if ending in ("er", "ir") else "any"].add(verb[: -len(ending)])
                break
        else:
            stems["exact"].add(verb)  # the noun of a locution ("faire part", "mettre en garde")
    # stems of 1-2 letters ("di" of dire, "vo" of voir) would match half the vocabulary: list their
    # forms (of voir only the present and imperfect that "voit X comme Y" takes).
    forms = {"dit", "dis", "disent", "dise", "dira", "diront", "disait", "disaient", "dire", "dirait",
             "dite", "dites", "dits", "disant", "dirent", "diraient",
             "voit", "voient", "voyait", "voyaient", "voyant"}
    # spelling alternations inside the stem: annoncer -> annonçant, juger -> jugeait, répéter ->
    # répète, lever -> lève, rappeler -> rappelle, jeter -> jette, envoyer -> envoie
    for stem in list(stems["er"]):
        if stem.endswith("c"):
            stems["er"].add(stem[:-1] + "ç")
        if stem.endswith("g"):
            stems["er"].add(stem + "e")
        if stem.endswith("y"):
            stems["er"].add(stem[:-1] + "i")
        if re.search(r"e[lt]$", stem):
            stems["er"].add(stem + stem[-1])
        m = re.search(r"[eé]([^aeiouyéèê]+)$", stem)
        if m:
            stems["er"].add(stem[:m.start()] + "è" + m.group(1))
    for stem in list(stems["ir"]):
        if stem.endswith("en"):  # maintenir -> maintient, maintiennent
            stems["any"].add(stem[:-2] + "ien")
    for stem in list(stems["any"]):
        if stem.endswith("ind"):  # craindre -> craint, craignant
            stems["any"].update((stem[:-1], stem[:-2] + "gn"))
        if stem.endswith("mett"):  # admettre -> admet, admis
            stems["any"].update((stem[:-2], stem[:-3] + "is"))
        if stem.endswith("aît"):  # reconnaître -> reconnais, reconnu
            stems["any"].add(stem[:-3])
        if stem.endswith("oi"):  # croire -> croyait
            stems["any"].add(stem[:-1] + "y")
        if stem.endswith("prend"):  # apprendre -> appris, apprenait
            stems["any"].update((stem[:-3] + "is", stem[:-1]))

    def alternation(group: set[str]) -> str:
        return "|".join(re.escape(s) for s in sorted((s for s in group if len(s) >= 3), key=len, reverse=True))

    parts = [
        rf"\b(?:{alternation(stems['er'])})(?:{'|'.join(_ER_ENDINGS.split())})?\b",
        rf"\b(?:{alternation(stems['ir'])})(?:{'|'.join(_IR_ENDINGS.split())})?\b",
        rf"\b(?:{alternation(stems['any'])})\w*",
        rf"\b(?:{'|'.join(sorted(forms | stems['exact']))})\b",
    ]
    return re.compile("|".join(p for p in parts if "(?:)" not in p), re.IGNORECASE)


def norm_apos(text: str) -> str:
    """The text with typographic apostrophes as "'"."""
    return text.replace("’", "'").replace("ʼ", "'")


_norm_apos = norm_apos


# --------------------------------------------------------------------------- records


@dataclass
class QuoteSpan:
    """A quotation or claim found in the text; offsets are into the article text."""

    start: int  # first character of the content
    end: int  # one past the last character of the content
    text: str  # content without the quotation marks (pieces joined)
    kind: SpanKind = "partial"
    open_start: int | None = None  # the opening mark (None for indirect claims)
    close_end: int | None = None  # one past the closing mark, or the content end when left open
    mark: str | None = None
    closed: bool = True
    depth: int = 0
    parent: int | None = None
    pieces: list[tuple[int, int]] = field(default_factory=list)
    incise: tuple[int, int] | None = None  # an incise cut out of the quote, if any
    in_heading: bool = False
    # Cue and speaker anchors found by this stage (indirect claims, selon X); attribution
    # finds the others.
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    cue_word: tuple[int, int] | None = None  # (sentence index, word id) of the cue verb
    source_word: tuple[int, int] | None = None  # head of `X` in `selon X` / the subject, if known
    confidence: float = 0.5

    @property
    def outer_start(self) -> int:
        return self.open_start if self.open_start is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_end if self.close_end is not None else self.end


# --------------------------------------------------------------------------- scanning


@dataclass
class _Frame:
    mark: str
    open_start: int
    pieces: list[tuple[int, int]]
    piece_start: int
    depth: int
    parent: int | None
    index: int


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _SPACES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SPACES):
        end -= 1
    return start, end


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation-mark span of `text`, outer and nested, in order of opening."""
    spans: list[QuoteSpan | None] = []
    stack: list[_Frame] = []
    n = len(text)

    def close(frame: _Frame, end: int, close_end: int, closed: bool) -> None:
        pieces = frame.pieces + [(frame.piece_start, end)]
        pieces = [_trim(text, s, e) for s, e in pieces]
        pieces = [(s, e) for s, e in pieces if e > s]
        if not pieces:
            spans[frame.index] = None
            return
        joined = "\n\n".join(text[s:e] for s, e in pieces)
        spans[frame.index] = QuoteSpan(
            start=pieces[0][0], end=pieces[-1][1], text=joined, kind="partial",
            open_start=frame.open_start, close_end=close_end, mark=frame.mark, closed=closed,
            depth=frame.depth, parent=frame.parent, pieces=pieces,
        )

    def open_frame(mark: str, at: int) -> None:
        parent = stack[-1].index if stack else None
        spans.append(None)
        stack.append(_Frame(mark, at, [], at + 1, len(stack), parent, len(spans) - 1))

    def orphan_close(at: int) -> None:
        # A closing mark with no opening one, then an incise ("… dégoûté ", s'indignait X): the
        # opening mark was lost; the quote runs from the start of its paragraph (no other mark there)
        p = text.rfind("\n", 0, at) + 1
        if not _ORPHAN_INCISE_RE.match(text, at + 1) or any(c in "«»‹›“”„\"" for c in text[p:at]):
            return
        s, e = _trim(text, p, at)
        if e > s:
            spans.append(QuoteSpan(start=s, end=e, text=text[s:e], kind="partial", open_start=p, close_end=at + 1,
                                   mark=text[at], closed=False, depth=0, parent=None, pieces=[(s, e)]))

    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            if stack:
                j = i
                while j < n and (text[j].isspace() or text[j] in _SPACES):
                    j += 1
                outer = stack[0]
                if j < n and text[j] == outer.mark and (outer.mark in "«‹“„" or (
                        outer.mark == '"' and len(stack) == 1 and text[:i].rstrip(_SPACES + " \t")[-1:] in ".!?…"
                        # (not a paragraph signed after a dash: `"… ability - David Barnard, Chelsea
                        # secretary.` lost its closing mark, the next quote is another's)
                        and not re.search(r"\s[-–—]\s*[A-Z][^\n\"]{0,80}$", text[outer.open_start:i]))):
                    # French convention: the quote goes on; the reopening mark is not a new quote.
                    # (English has it with straight marks too: a paragraph's quote left open on a
                    # full stop, the next one opening on a mark, is the same quote going on.)
                    while len(stack) > 1:
                        inner = stack.pop()
                        close(inner, i, i, closed=False)
                    outer.pieces.append((outer.piece_start, i))
                    outer.piece_start = j + 1
                    i = j + 1
                    continue
                # A quote left open closes at the end of its paragraph.
                while stack:
                    frame = stack.pop()
                    close(frame, i, i, closed=False)
            i += 1
            continue
        top = stack[-1] if stack else None
        if ch in _CLOSERS or ch in _PAIRS:
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if ch in ("’", "'") and _is_letter(prev) and _is_letter(nxt):
                i += 1  # apostrophe inside a word
                continue
            if ch == '"' and prev.isdigit() and nxt.isdigit():
                i += 1  # a time or a length between digits ("en 9"81", 5'11"): no quotation mark
                continue
            if ch == '"':
                if (top is not None and top.mark == '"' and len(stack) == 1 and (prev.isspace() or prev in _SPACES)
                        and nxt.isupper() and text[:i].rstrip(_SPACES + " \t")[-1:] in ".!?…"):
                    # `"… put together. "Bob Geldof and his friends … Band Aid 20."`: a mark after a full
                    # stop and before a capital opens, so the quote before it lost its closing mark (or
                    # the paragraph break of a quote going on): the first quote ends there, the next
                    # opens (one annotator of each language read such a pair as one quote, the other
                    # as two; two keeps each one's words exact)
                    stack.pop()
                    close(top, i, i, closed=False)
                    open_frame(ch, i)
                    i += 1
                    continue
                if (top is not None and top.mark == '"' and len(stack) == 1 and (prev.isspace() or prev in _SPACES)
                        and nxt.isalpha() and text.find('""', i, _paragraph_end(text, i)) >= 0):
                    # `"pas besoin d'utiliser ce "guichet public""`: a straight mark shaped as an opening
                    # one, two marks closing together further on: a quote nested in the quote
                    open_frame(ch, i)
                    i += 1
                    continue
                if (top is not None and top.mark == '"' and len(stack) == 1
                        and (prev.isspace() or prev in _SPACES or prev in "'’") and nxt.isalpha()
                        and _closing_marks_follow(text, i, 2)):
                    # `"… ficher les auteurs d'"infractions constatées", mais … hypothétiques"`, `"… être
                    # eux aussi "tracés" comme …"`: shaped as an opening mark, and the next two marks
                    # of the paragraph shaped as closing ones: a quote nested in the quote, then its end
                    open_frame(ch, i)
                    i += 1
                    continue
                if top is not None and top.mark == '"':
                    stack.pop()
                    close(top, i, i + 1, closed=True)
                elif nxt in _AFTER_CLOSING and not stack and text[i + 1:i + 3] != "..":
                    orphan_close(i)  # followed by a comma or a full stop (not "...): it closes, it cannot open
                elif not nxt.isspace() or any(f.mark == '"' for f in stack) or _spaced_opening(text, i):
                    if any(f.mark == '"' for f in stack):
                        while stack and stack[-1].mark != '"':
                            inner = stack.pop()
                            close(inner, i, i, closed=False)
                        frame = stack.pop()
                        close(frame, i, i + 1, closed=True)
                    else:
                        open_frame(ch, i)
                i += 1
                continue
            if (ch in "«‹" and top is not None and top.mark == ch and _is_letter(prev)
                    and (nxt.isspace() or nxt in _SPACES or nxt in _AFTER_CLOSING)):
                # «reportée« et pas …: an opening mark glued to the word before it closes (a typo for »)
                stack.pop()
                close(top, i, i + 1, closed=True)
                i += 1
                continue
            matching = [k for k, f in enumerate(stack) if ch in _PAIRS[f.mark]]
            if matching and ch in _PAIRS and (prev.isspace() or prev in _SPACES or prev in "(["):
                matching = []  # “ both opens and closes (after „): after a space it opens
            if matching:
                k = matching[-1]
                while len(stack) > k + 1:
                    inner = stack.pop()
                    close(inner, i, i, closed=False)
                frame = stack.pop()
                close(frame, i, i + 1, closed=True)
            elif ch in _PAIRS and not (ch == "‘" and (nxt.isspace() or nxt in _SPACES)):
                open_frame(ch, i)
            elif not stack and ch in "»”":
                orphan_close(i)
            i += 1
            continue
        i += 1
    while stack:
        frame = stack.pop()
        close(frame, n, n, closed=False)
    return [s for s in spans if s is not None]


def _closing_marks_follow(text: str, i: int, n: int) -> bool:
    """The next `n` straight marks of the paragraph after `i` are all shaped as closing ones: glued to
    the word before them, and followed by a space, a punctuation mark or the paragraph's end."""
    end = _paragraph_end(text, i)
    k = i
    for _ in range(n):
        k = text.find('"', k + 1, end)
        if k < 0 or text[k - 1].isspace() or text[k - 1] in _SPACES:
            return False
        if k + 1 < end and not (text[k + 1].isspace() or text[k + 1] in _SPACES + _AFTER_CLOSING + '"'):
            return False
    return True


def _paragraph_end(text: str, i: int) -> int:
    """Where the paragraph holding position `i` ends (its line break, or the end of the text)."""
    end = text.find("\n", i)
    return end if end >= 0 else len(text)


def _spaced_opening(text: str, i: int) -> bool:
    """A straight mark with a space after it (French spacing: `: " Certes, … "`) opens a quote
    after a colon or at the start of a paragraph; elsewhere only when the paragraph's next mark is
    spaced the same way around words of its own (`a fustigé " un système financier qui … ", puisqu'…`):
    otherwise it is read as a stray mark."""
    j = i - 1
    while j >= 0 and text[j] in _SPACES:
        j -= 1
    if j < 0 or text[j] in ":\n":
        return True
    k = text.find('"', i + 1, _paragraph_end(text, i))
    # (two words at least: a lone spaced word is a term or a stray mark, `1,80 m " environ "`)
    return (k > 0 and text[k - 1] in _SPACES and (k + 1 == len(text) or text[k + 1] in _SPACES + "\n" + _AFTER_CLOSING)
            and len(text[i + 1:k].split()) >= 2)


def _split_inner_incise(text: str, span: QuoteSpan) -> None:
    """Cut an inverted-pronoun incise out of a quote (« Nous irons, a-t-il dit, jusqu'au bout »)."""
    if span.incise is not None or len(span.pieces) != 1:
        return
    s, e = span.pieces[0]
    m = _INNER_INCISE_RE.search(text, s, e)
    if not m:
        return
    # Only a comma-bounded incise with content on both sides.
    left = _trim(text, s, m.start())
    right = _trim(text, m.end(), e)
    if left[1] <= left[0] or right[1] <= right[0]:
        return
    span.pieces = [left, right]
    span.incise = (m.start(1), m.end(1))
    span.text = text[left[0]:left[1]] + " " + text[right[0]:right[1]]


def _sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence holding `pos`, searching back to a line start or final punctuation."""
    i = pos - 1
    while i >= floor:
        ch = text[i]
        if ch == "\n":
            return i + 1
        if ch in _SENT_END and i + 1 < len(text) and ends_sentence(text, i):
            return i + 1
        if ch in _CLOSING_QUOTES and i > floor and text[i - 1] in _SENT_END and _capital_after(text, i + 1):
            return i + 1  # `… very difficult." Police said`: the sentence ends with the quotation
        i -= 1
    return floor


# Closing marks written right after the final punctuation (`…difficult." Police`), English style.
_CLOSING_QUOTES = "\"”"


def _next_visible(text: str, i: int) -> str:
    """The first character at or after `i` that is not a space ("" at the end of the text)."""
    return text[i:i + 40].lstrip(_SPACES + " \t")[:1]


def _capital_after(text: str, i: int) -> bool:
    """A space at `i`, then a capital: the next sentence opens there."""
    if i >= len(text) or not (text[i].isspace() or text[i] in _SPACES):
        return False
    return _next_visible(text, i).isupper()


# Abbreviations closed by a dot that does not end the sentence ("Mr. Smith", "Dr. Who", "Sen. Warren").
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
                            "prof", "jr", "sr", "mme", "mgr", "vs", "approx", "dept", "inc", "corp", "mt",
                            # military and clerical ranks before a name ("Air Force Maj. Angela Billings")
                            "maj", "brig", "adm", "cmdr", "cpl", "pvt", "rev", "hon"})


# A month's abbreviation before its day ("Oct. 27", "Sept. 11")
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def ends_sentence(text: str, i: int) -> bool:
    """Whether the final punctuation at `i` ends its sentence: followed by a space or the end, and
    for a dot, not after a single capital ("M. Deteix", "J.-P.") or a title ("Mr.", "Sen."), nor
    before a lower-case word ("10:39 a.m. local time", "the U.S. border")."""
    if i + 1 < len(text) and not (text[i + 1].isspace() or text[i + 1] in _SPACES):
        return False
    if text[i] != ".":
        return True
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS:
        return False
    if word.lower() in _MONTH_ABBREVIATIONS and _next_visible(text, i + 1).isdigit():
        return False  # "in the third quarter ended Oct. 27, compared with …"
    return not _next_visible(text, i + 1).islower()


def _sentence_end(text: str, pos: int) -> int:
    n = len(text)
    i = pos
    while i < n:
        ch = text[i]
        if ch == "\n":
            return i
        if ch in _SENT_END and ends_sentence(text, i):
            return i + 1
        if ch in _SENT_END and i + 1 < n and text[i + 1] in _CLOSING_QUOTES and _capital_after(text, i + 2):
            return i + 2
        i += 1
    return n


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def is_heading_line(line: str) -> bool:
    """A title, intertitle or teaser line: a short line that does not end as a sentence does."""
    stripped = line.strip(_SPACES + " \t")
    if not stripped or len(stripped) > 300:
        return False
    # Closing marks are looked through: « … » ends a heading, « …. » ends a sentence.
    core = stripped.rstrip("»”\"›’" + _SPACES + " ")
    if not core:
        return False
    if core[-1] in "?!" and len(stripped) <= 70 and stripped[0] in "«“\"" and stripped[-1] in "»”\"":
        # a short line that is all one question or exclamation in marks is an intertitle (« C'est louche,
        # cette histoire ! », "Que peut-on lui reprocher?": all three such lines of the annotated sets,
        # while the two ending on a full stop are body paragraphs)
        return True
    if core[-1] in _SENT_END + ":;,":
        return False
    return stripped[-1] not in _SENT_END + ":;"


# --------------------------------------------------------------------------- parse helpers


@dataclass
class WordIndex:
    """Char-offset access to the words and sentences of a Document (bisect over sorted offsets)."""

    doc: Document
    entries: list[tuple[int, int, int, Word]] = field(default_factory=list)  # start, end, sent, word
    starts: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    sent_ends: list[int] = field(default_factory=list)
    sent_pos: dict[int, int] = field(default_factory=dict)  # id(Sentence) -> index

    @classmethod
    def build(cls, doc: Document | None) -> WordIndex | None:
        if doc is None:
            return None
        idx = cls(doc)
        for si, sent in enumerate(doc.sentences):
            idx.sent_pos[id(sent)] = si
            s0, e0 = sentence_offsets(sent)
            idx.sent_starts.append(s0 if s0 is not None else -1)
            idx.sent_ends.append(e0 if e0 is not None else -1)
            for w in sent.words:
                s, e = word_offsets(w)
                if s is not None:
                    idx.entries.append((s, e, si, w))
        idx.entries.sort(key=lambda x: (x[0], x[2], x[3].id))
        idx.starts = [x[0] for x in idx.entries]
        return idx

    def words_in(self, start: int, end: int) -> list[tuple[int, Word]]:
        lo = bisect.bisect_left(self.starts, start)
        out = []
        for k in range(lo, len(self.entries)):
            s, e, si, w = self.entries[k]
            if s >= end:
                break
            if e <= end:
                out.append((si, w))
        return out

    def sentence_of(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and self.sent_starts[k] <= pos < self.sent_ends[k]:
            return k
        return None

    def index_of(self, sent: Sentence) -> int:
        return self.sent_pos[id(sent)]


def word_offsets(w: Word) -> tuple[int | None, int | None]:
    """Offsets of a word; words of a multi-word token (du = de le) take their token's."""
    if w.start_char is not None:
        return w.start_char, w.end_char
    tok = w.parent
    return (tok.start_char, tok.end_char) if tok is not None else (None, None)


def sentence_offsets(sent: Sentence) -> tuple[int | None, int | None]:
    if not sent.tokens:
        return None, None
    return sent.tokens[0].start_char, sent.tokens[-1].end_char


def is_annotated(sent: Sentence) -> bool:
    return bool(sent.words) and sent.words[0].upos is not None and sent.words[0].head is not None


def children(sent: Sentence, head_id: int) -> list[Word]:
    return [w for w in sent.words if w.head == head_id]


def subtree_ids(sent: Sentence, head_id: int, exclude: set[int] | None = None) -> set[int]:
    exclude = exclude or set()
    out = {head_id}
    frontier = [head_id]
    kids: dict[int, list[int]] = {}
    for w in sent.words:
        kids.setdefault(w.head, []).append(w.id)
    while frontier:
        h = frontier.pop()
        for k in kids.get(h, []):
            if k not in out and k not in exclude:
                out.add(k)
                frontier.append(k)
    return out


def span_of(sent: Sentence, ids: set[int]) -> tuple[int, int] | None:
    offs = [word_offsets(sent.words[i - 1]) for i in ids]
    offs = [o for o in offs if o[0] is not None]
    if not offs:
        return None
    return min(s for s, _ in offs), max(e for _, e in offs)


def ancestors(sent: Sentence, word: Word) -> list[Word]:
    out = []
    seen = set()
    w = word
    while w.head and w.head not in seen:
        seen.add(w.head)
        w = sent.words[w.head - 1]
        out.append(w)
    return out


def base_deprel(w: Word) -> str:
    return (w.deprel or "").split(":")[0]


def has_reflexive(sent: Sentence, verb: Word) -> bool:
    return any(
        c.deprel in ("expl:pv", "expl:comp", "expl") or (c.lemma in ("se", "soi") and c.upos == "PRON")
        for c in children(sent, verb.id)
    )


# French verb endings (present, imperfect, simple past, future, participles), longest first, for
# recovering the infinitive of a form the lemmatiser left as is ("indique" -> "indiquer").
_ENDINGS = sorted(
    "e es ent ons ez ais ait aient a as ât èrent é ée és ées ant era eront erait eraient "
    "is it issent issait issaient i ie ies ît irent ira iront".split(),
    key=len, reverse=True,
)


@cache
def guess_lemmas(form: str) -> tuple[str, ...]:
    """Infinitives a French verb form can come from (-er, -ir, -re), for lemmatiser slips (cached:
    `cue_lemma` asks for every verb outside the lexicon, over and over for the same forms)."""
    form = form.lower()
    # third group: "entend" -> "entendre", "répond" -> "répondre", "dit" -> "dire"
    out = [form + "re"] + ([form[:-1] + "re"] if form.endswith("t") else [])
    # verbs in -indre: "craint", "craignent", "se plaignait" (craindre, se plaindre)
    m = re.match(r"(.*?[aeo])(?:in[ts]?|ign\w*)$", form)
    if m:
        out.append(m.group(1) + "indre")
    for ending in _ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            stem = form[: -len(ending)]
            out += [stem + "er", stem + "ir", stem + "re"]
            if stem.endswith("ç"):
                out.append(stem[:-1] + "cer")
            if stem.endswith("g") and ending.startswith(("e", "a")):
                out.append(stem + "er")
            # stems that change before a silent ending: "relève" (relever), "révèle" (révéler),
            # "rappelle" (rappeler), "jette" (jeter)
            k = stem.rfind("è")
            if k >= 0 and not any(c in "aeéiouy" for c in stem[k + 1:]):
                out += [stem[:k] + "e" + stem[k + 1:] + "er", stem[:k] + "é" + stem[k + 1:] + "er"]
            if stem.endswith(("ll", "tt")):
                out.append(stem[:-1] + "er")
    return tuple(out)


def _means(sent: Sentence, w: Word) -> bool:
    """`ce qui veut dire que …`, `cela veut dire`: "vouloir dire" with a thing for subject means,
    it reports nobody's words."""
    if not w.head or base_deprel(w) != "xcomp":
        return False
    want = sent.words[w.head - 1]
    if (want.lemma or "").lower() != "vouloir":
        return False
    return any(base_deprel(c) == "nsubj" and (c.lemma or c.text or "").lower() in ("ce", "cela", "ça", "qui", "ceci")
               for c in children(sent, want.id))


def cue_lemma(sent: Sentence, w: Word, lang: str = "fr") -> str | None:
    """The reporting-verb lemma of `w` ("se dire" when reflexive and listed so), or None."""
    if w.upos not in ("VERB", "AUX") or not w.lemma:
        return None
    verbs = reporting_verbs(lang)
    lemma = _norm_apos(w.lemma).lower()
    if lemma == "dire" and _means(sent, w):
        return None
    if lemma in flagged_verbs("on-only", lang) and not _on_learned_from_a_source(sent, w, lang):
        return None
    candidates = [lemma]
    if lemma not in verbs:
        # the lemmatizer's slips: "répondant" -> "réponder", not only lemmas that are no infinitive
        candidates += guess_lemmas(_norm_apos(w.text))
    reflexive = has_reflexive(sent, w)
    for cand in candidates:
        if reflexive:
            # a pronominal verb is its own lemma: "se dire" reports, "s'assurer" (make sure) does not
            for pron in ("se ", "s'"):
                if pron + cand in verbs:
                    return pron + cand
        elif cand in verbs:
            return cand
    return _phrasal_cue(sent, w, lemma, lang)


def _on_learned_from_a_source(sent: Sentence, w: Word, lang: str) -> bool:
    """`w` (a verb that reports only with "on") has "on" for subject and a source: "a-t-on appris de
    source …", "Selon (Dans) un communiqué, on apprend que …"; "il a appris que …" learned, and "on
    apprend que …" with no source is the journalist's own news."""
    kids = children(sent, w.id)
    if not any(base_deprel(c) == "nsubj" and re.sub(r"^-(?:t-)?", "", (c.text or "").lower()) == "on" for c in kids):
        return False
    return bool((sent.doc is not None and LEARNED_FROM_RE.match(sent.doc.text or "", word_offsets(w)[1] or 0))
                or marked_sources(sent, lang)
                or any(base_deprel(c) == "obl" and (c.lemma or "").lower() in DOCUMENT_NOUNS for c in kids))


@cache
def _phrasal_verbs(lang: str) -> tuple[tuple[str, ...], ...]:
    """The listed verb phrases that are not pronominal verbs, as words ("mettre", "en", "garde")."""
    return tuple(tuple(entry.split()) for entry in sorted(reporting_verbs(lang))
                 if " " in entry and not entry.startswith(("se ", "s'")))


def _phrasal_cue(sent: Sentence, w: Word, lemma: str, lang: str) -> str | None:
    """A listed verb phrase ("mettre en garde", "laisser entendre") read on the words next to `w`,
    whether `w` is its first word or its last (the parser heads one or the other)."""
    for parts in _phrasal_verbs(lang):
        entry = " ".join(parts)
        if lemma == parts[0]:
            # the phrase's last verb heads its complement: "laisser entendre que" is cued on entendre
            nxt = sent.words[w.id:w.id + len(parts) - 1]
            if tuple((x.lemma or x.text).lower() for x in nxt) == parts[1:] and not any(x.upos == "VERB" for x in nxt):
                return entry
        elif lemma == parts[-1] and w.id >= len(parts):
            prev = sent.words[w.id - len(parts):w.id - 1]
            if tuple((x.lemma or x.text).lower() for x in prev) == parts[:-1]:
                return entry
    return None


# --------------------------------------------------------------------------- classification


def _content_words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[-'’]\w+)*", text)


def _is_source_phrase(left: str, lang: str) -> bool:
    """`Selon X,` / `D'après X` alone before the quote: the marker, a noun phrase, a comma."""
    low = _norm_apos(left).lower().strip(_SPACES + " ")
    # (after a short connective or time and its comma: "À l'inverse, pour X, « … »", "Hier, selon X, …")
    lead = re.match(r"(?:mais|et|or|en revanche|à l'inverse|au contraire|de son côté|de leur côté|"
                    r"(?:hier|aujourd'hui|ce \w+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \w+)?)\s*,?\s+", low)
    if lead is not None:
        low = low[lead.end():]
    for marker in source_markers(lang):
        if low.startswith(marker + " ") or low.startswith(marker + "'"):
            rest = low[len(marker):].rstrip(" ,")
            # a comma inside would be a clause of the journalist's after the source
            return "," not in rest and "«" not in rest and len(rest) < 100
    return False


# Abbreviated titles before a name (monsieur, madame, maître, docteur, monseigneur).
TITLE_ABBREVIATIONS = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Mgr"})


def incise_homograph_cue(sent: Sentence, w: Word, lang: str = "fr") -> str | None:
    """The reporting verb a noun or an adjective stands for when the tagger read the verb of an incise
    as its homograph ("« … », analyse un expert", "…, souligne une source", "», plaisante un
    responsable"): no determiner of its own, right before a noun phrase or a name, and its form a
    listed verb's third person."""
    if w.upos not in ("NOUN", "ADJ") or any(base_deprel(c) == "det" for c in children(sent, w.id)) \
            or w.id >= len(sent.words):
        return None
    nxt = sent.words[w.id]
    if nxt.upos not in ("DET", "PROPN") and nxt.text not in TITLE_ABBREVIATIONS:
        return None  # (a title before the name is tagged a noun: "», brocarde M. Romero")
    verbs = reporting_verbs(lang)
    return next((cand for cand in guess_lemmas(w.text) if cand in verbs), None)


def incise_cue(sent: Sentence, w: Word, lang: str = "fr") -> str | None:
    """The reporting-verb lemma of an incise's verb, also when the tagger read it as its noun homograph."""
    return cue_lemma(sent, w, lang) or incise_homograph_cue(sent, w, lang)


def _verb_first(idx: WordIndex | None, start: int, end: int) -> bool:
    """Does the text at start..end open with a verb whose subject follows it (an incise)?"""
    if idx is None:
        return False
    ws = idx.words_in(start, end)
    for si, w in ws[:5]:
        if w.upos == "PUNCT" or "Reflex=Yes" in (w.feats or "") or _norm_apos(w.text or "").lower() in ("ne", "n'"):
            continue  # (the clitic of a pronominal verb: "», s'exclame X"; a negation: "», n'a cessé de")
        sent = idx.doc.sentences[si]
        verb = w
        if w.upos == "AUX" and w.head:
            verb = sent.words[w.head - 1]
        if verb.upos not in ("VERB", "AUX"):
            return incise_homograph_cue(sent, w) is not None
        if cue_lemma(sent, verb):
            return True  # ", constate un ambassadeur": a reporting verb right after the quote
        if any(x.upos == "VERB" and x.head == verb.id and base_deprel(x) == "xcomp" and "VerbForm=Inf" in (x.feats or "")
               and cue_lemma(sent, x) for x in sent.words[verb.id:verb.id + 2]):
            return True  # "», n'a cessé de marteler X", "», a tenu à préciser X": the infinitive reports
        vs = word_offsets(verb)[0] or 0
        # an inverted subject, whatever relation the parser gave it
        return any((word_offsets(c)[0] or 0) > vs and c.upos in ("NOUN", "PROPN", "PRON")
                   and base_deprel(c) in ("nsubj", "obj", "expl")
                   and not any(base_deprel(g) == "case" for g in children(sent, c.id))
                   for c in children(sent, verb.id))
    return False


def _looks_like_incise(text: str, pos: int, idx: WordIndex | None, lang: str) -> bool:
    """Text right after a closing mark: `, a indiqué X` / `a-t-il déclaré` / `, explique X`."""
    rest = text[pos:pos + 120]
    stripped = rest.lstrip(_SPACES + " ")
    comma = stripped.startswith(",")
    stripped = stripped.lstrip(_SPACES + " ,")
    if _INCISE_RE.match(stripped):
        return True
    if not comma:
        return False
    if idx is not None and idx.words_in(pos, pos + 120):
        return _verb_first(idx, pos, pos + 120)
    # No parse: an inflected reporting verb (after an auxiliary, an adverb) opens the incise.
    first = re.findall(r"\w+", stripped)[:5]
    return any(cue_surface_re(lang).fullmatch(w) for w in first)


def _quote_head(idx: WordIndex, span: QuoteSpan) -> tuple[int, Word] | None:
    """The word of the quote whose head lies outside it (the quote's syntactic head)."""
    ws = idx.words_in(span.start, span.end)
    if not ws:
        return None
    ids = {(si, w.id) for si, w in ws}
    for si, w in ws:
        if w.upos == "PUNCT":
            continue
        if (si, w.head) not in ids:
            return si, w
    return ws[0]


def governing_cue(idx: WordIndex, span: QuoteSpan, lang: str = "fr",
                  quoted: Callable[[int], bool] | None = None) -> tuple[int, Word, str] | None:
    """A reporting verb above the quote in the tree (`a salué « … »`, `estime que « … »`); with
    `quoted`, not a verb of another quotation (`ajoute que cette menace « signifie … », « depuis
    … »`: the second quote is still what he adds, not what "signifie" reports)."""
    head = _quote_head(idx, span)
    if head is None:
        return None
    si, w = head
    sent = idx.doc.sentences[si]
    if not is_annotated(sent):
        return None
    below = w
    perceive = flagged_verbs("perceive", lang)
    for anc in ancestors(sent, w):
        s, _ = word_offsets(anc)
        inside = s is not None and (span.start <= s < span.end or (quoted is not None and quoted(s)))
        lemma = None if inside else cue_lemma(sent, anc, lang)
        if lemma in perceive and base_deprel(below) not in ("ccomp", "parataxis") and (s or 0) < span.start:
            lemma = None  # "ont remarqué un « signe distinctif »": seen, not said
        # a quote inside the subject of a reporting verb is not what that subject says
        if lemma and base_deprel(below) != "nsubj":
            return si, anc, lemma
        below = anc
    return None


def _has_clause(idx: WordIndex | None, span: QuoteSpan) -> bool:
    """A finite verb, or an infinitive opening the quotation ("pour « sécuriser les paiements »"):
    words of a clause, not a noun phrase whose participles or nouns the tagger read as verbs
    ("détention d'explosifs en bande organisée", "non-assistance à personne en danger")."""
    ws = [w for _, w in idx.words_in(span.start, span.end) if w.upos != "PUNCT"] if idx is not None else []
    if any(w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "") for w in ws):
        return True
    ws = [w for w in ws if (w.lemma or "").lower() not in _NEGATION_ADVERBS]  # "« ne pas laisser passer … »"
    return bool(ws) and ws[0].upos in ("VERB", "AUX") and "VerbForm=Inf" in (ws[0].feats or "")


def _has_verb(idx: WordIndex | None, span: QuoteSpan) -> bool | None:
    if idx is None:
        return None
    ws = idx.words_in(span.start, span.end)
    if not ws or any(w.upos is None for _, w in ws):
        return None
    # (a past participle on a noun is an adjective, no clause: « Le Journal inattendu »)
    return any(w.upos in ("VERB", "AUX") and not (base_deprel(w) == "acl" and _adjectival_participle(idx.doc.sentences[si], w))
               for si, w in ws)


def _sentence_has_source(idx: WordIndex | None, text: str, span: QuoteSpan, lang: str) -> bool:
    s = _sentence_start(text, span.outer_start)
    e = _sentence_end(text, span.outer_end)
    low = " " + _norm_apos(text[s:e]).lower()
    # ("Pour X," opening the sentence with a name: "Pour François Rebsamen, elle a « toute légitimité »"; a
    # single word stays a scare quote: "Pour X, les « élites » et la noblesse d'État …")
    return any(f" {m} " in low or f" {m}'" in low for m in source_markers(lang) if m not in initial_markers(lang)) \
        or (lang == "fr" and len(_content_words(span.text)) >= 2 and _POUR_NAME_RE.match(text, s, span.outer_start) is not None)


_POUR_NAME_RE = re.compile(r"\s*Pour\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*,")


# A word or two in quotation marks this many times in one article is the journalist's label (« nounou »
# five times, « Obamacare », « injure publique », « gilets jaunes »): all six such strings of the
# French annotated sets are not-quotes, while a speaker's word quoted twice ("immobilisme") is partial
# twice. Not in English, where a report quoted in every paragraph is ("technical errors", three times).
REPEATED_LABEL = 3


def _short_key(content: str) -> str:
    return _norm_apos(content).lower().strip(_SPACES + " .,;:!?")


_ACRONYM_AFTER_RE = re.compile(r"[\s\u00a0]*\((?:l['’])?([A-ZÀ-Ý][\w-]{2,11})\)")


def _spelled_acronym(text: str, span: QuoteSpan) -> bool:
    """The quote is what the acronym in parentheses after it stands for: its letters, in order,
    from the quote's first letter on (« exploitation documentaire et valorisation de
    l'information générale » (Edvige))."""
    m = _ACRONYM_AFTER_RE.match(text, span.outer_end)
    if m is None:
        return False
    letters = [c for c in fold(span.text) if c.isalpha()]
    acronym = [c for c in fold(m.group(1)) if c.isalpha()]
    if not letters or not acronym or letters[0] != acronym[0]:
        return False
    it = iter(letters)
    return all(c in it for c in acronym)


def classify(text: str, spans: list[QuoteSpan], doc: Document | None = None, lang: str = "fr") -> None:
    """Set kind (direct / partial / term / nested) and in_heading of scanned quote spans, in place."""
    idx = WordIndex.build(doc)
    short_terms: list[QuoteSpan] = []
    charge: QuoteSpan | None = None  # the last charge's name, which one after it may extend
    marked = collections.Counter(_short_key(s.text) for s in spans if s.depth == 0)
    for span in spans:
        line_s, line_e = _line_bounds(text, span.outer_start)
        span.in_heading = is_heading_line(text[line_s:line_e])
        if span.depth > 0:
            span.kind = "nested"
            continue
        content = span.text
        words = _content_words(content)
        if not any(c.isalpha() for c in content):
            span.kind = "term"
            continue
        sent_s = _sentence_start(text, span.outer_start)
        left = text[sent_s:span.outer_start].strip(_SPACES + " \t")
        left_ok = (
            left == "" or left.endswith(":") or left in _DASHES or _is_source_phrase(left, lang)
        )
        after = span.outer_end
        rest = text[after:_sentence_end(text, after) if after < len(text) else after]
        rest_s = rest.strip(_SPACES + " \t")
        ends_sentence = content.rstrip(_SPACES + " )]")[-1:] in tuple(_SENT_END)
        right_ok = (
            rest_s == "" or rest_s[0] in _SENT_END + ";" or _looks_like_incise(text, after, idx, lang)
            or (not span.closed) or (ends_sentence and rest_s[:1].isupper())
        )
        surface = surface_verbs_re(lang) if idx is None else None
        if surface is not None and not (left_ok and right_ok):
            # English puts the comma inside the marks: `"…," said X` / `"…," X said` / `X said, "…"`
            lead = re.match(rf"[\s,.]*(?:\w[\w.'’-]*\s+){{0,5}}?{surface.pattern}", rest)
            if lead and not re.search(r"[\"“”]", lead.group(0)) and (
                    ends_sentence or content.rstrip()[-1:] in ",—–" or rest.lstrip()[:1] == ","):
                right_ok = right_ok or rest_s[:1] != ""
                left_ok = left_ok or left == "" or left[-1:] in _SENT_END
            tail = re.search(rf"{surface.pattern}[^\"“”]{{0,60}}?[,:]\s*$", left)
            if tail is not None:
                left_ok = True
                right_ok = right_ok or rest_s == "" or rest_s[0] in _SENT_END + ";"
            else:
                said = re.search(rf"\b({surface.pattern})\s*$", left)
                if said and content.rstrip()[-1:] in ",.!?" and not _title_case(words) \
                        and verb_forms(lang).get(said.group(1).lower()) != "call":
                    # `X said "We couldn't win," and …`: a sentence said, the verb right before it
                    # (not a name: `a song called "Day after Day,"`)
                    span.kind = "direct"
                    continue
        if left_ok and right_ok and not (idx is None and _english_title(words) and not re.search(r"[.!?]", content)
                                         and not _TITLE_CASED_CLAUSE_RE.search(content)):
            # (not an English title set off by commas: `submitted its report, "Study of the Imposition
            # of the Death Penalty in Connecticut," to …`; the title tests below take it)
            span.kind = "direct"
            continue
        if lang == "fr" and 1 <= len(words) <= 2 and marked[_short_key(content)] >= REPEATED_LABEL:
            span.kind = "term"  # the journalist's label for someone or something (la « nounou », « Obamacare »)
            continue
        if words and words[0].lower() in _YES_NO and len(words) == 1:
            span.kind = "term"
            continue
        if _charge(text, span, charge, idx, lang):
            span.kind = "term"  # a charge's legal name: mis en examen pour « injure publique »
            charge = span
            continue
        if len(words) >= 2 and _spelled_acronym(text, span):
            span.kind = "term"  # a name spelled out before its acronym: un fichier « exploitation … » (Edvige)
            continue
        if _parenthesised_gloss(text, span, idx):
            span.kind = "term"  # "sur les convictions (« Nos convictions … ? »)": an example or a title
            continue
        if content.rstrip(_SPACES + " ")[-1:] in ("!", "?") and _said_outright(idx, span, lang):
            span.kind = "partial"  # an exclamation a reporting verb governs ("avait dit « Chiche ! »")
            continue
        if _named_before(text, span, content):
            span.kind = "term"  # a status, title or name given: "son statut d'« homme le plus rapide du monde »"
            continue
        if lang == "fr" and _NAMED_THING_RE.match(content) and (
                (verb := _has_verb(idx, span)) is False or (verb is None and len(words) <= 6)):
            span.kind = "term"  # an affair's, a text's or an event's name: « affaire Pénélope Fillon », « appel du 2 décembre »
            continue
        if lang == "fr" and _noun_modifier_name(idx, span, words):
            span.kind = "term"  # a kind of thing named: l'effet « boule de neige »
            continue
        if _GLOSS_BEFORE_RE.search(text, max(0, span.outer_start - 40), span.outer_start):
            span.kind = "term"  # a translation or a gloss: "the Swahili phrase pamoja tulinde maisha or "together save lives""
            continue
        if lang == "fr" and _GLOSSED_AFTER_RE.match(text, span.outer_end):
            span.kind = "term"  # a name the journalist then explains: la « surveillance de sûreté », sorte de contrôle …
            continue
        if _CASE_NAME_RE.search(content):
            span.kind = "term"  # a lawsuit's name: "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited"
            continue
        if len(words) >= 2 and any(p.kind == "term" and p.outer_end <= span.outer_start
                                   and _content_words(p.text) == words for p in spans):
            span.kind = "term"  # a name given earlier, quoted again ("le test appelé « X » … d'une « X »")
            continue
        if lang == "en" and left != "" and _song_title(words) and not content.isupper():
            span.kind = "term"  # "belt out "And Tonight Thank God it's Them Instead of You"": a title, verb or not
            continue
        has_verb = _has_verb(idx, span)
        # (an elided article before a capital: « l’ORTS », « l'Office de radio-télévision sarkozyenne »)
        first = re.sub(r"^[lL]['’]\s*(?=[A-ZÀ-Ý])", "", content.lstrip(_SPACES + " (["))[:1]
        if has_verb is None and (_PRONOUN_OPENING_RE.match(content) or _ENGLISH_VERB_RE.search(content)):
            # no parse: a clause opening on a personal pronoun ("We stand ready") or holding an
            # auxiliary ("Basic investigations weren't done.") is said, not a title
            has_verb = True
        if (first.isupper() or _title_case(words)) and (has_verb is False or (has_verb is None and (
                len(words) <= 4 or _english_title(words)))) and not _all_upos(idx, span, ("ADJ",)):
            # a name or title: « Coalition des volontaires », « Sapin 2 »; a lone adjective
            # (« Scandaleuse ») is a word said, capitalised because it opens the sentence
            span.kind = "term"
            if len(words) == 1 and left == "":
                short_terms.append(span)  # a sentence-initial word: a list can still make it partial
            continue
        if idx is not None and _planned_label(idx, span, lang):
            span.kind = "term"  # "Edvige a prévu de répertorier les « relations directes et non fortuites »"
            continue
        # Short quotes (at most 2 words) are terms unless what surrounds them makes them words
        # somebody said. Calibrated on the dev set (every lowercase not-quote there - scare quotes,
        # idioms: « cosmétique », « au placard » - has at most 2 words) and on the kinds of
        # construction the held-out annotation showed (predicates, lists, noun + adjective).
        if len(words) <= 2:
            span.kind = "partial" if _short_quote_is_uttered(text, span, idx, lang) else "term"
            if span.kind == "term":
                short_terms.append(span)
            continue
        span.kind = "partial"
    # a name of several words is a name wherever it is quoted, an intertitle included (« SURVEILLANCE DE
    # SÛRETÉ » over a paragraph that writes la « surveillance de sûreté », sorte de contrôle …)
    names = {tuple(fold(w) for w in _content_words(s.text)) for s in spans if s.depth == 0 and s.kind == "term"}
    for span in spans:
        words = tuple(fold(w) for w in _content_words(span.text))
        if span.depth == 0 and span.kind in ("direct", "partial") and len(words) >= 2 and words in names:
            span.kind = "term"
    _quote_lists(text, spans, short_terms, idx)


# French month and weekday names (dates in names of events, times in claims).
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre")
WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


# The name of an affair, a text, a body or an event: one of their nouns first, then a proper name
# (« affaire Pénélope Fillon », « déclaration de Rome », « coordination nationale des Gilets jaunes ») or a
# date (« appel du 2 décembre »). Without a verb: « L'accord de Paris est mauvais … » is said. Checked on
# every annotated French article: the gold quotes that open this way all hold a verb.
_NAMED_THING_RE = re.compile(
    r"(?i:l['’]\s*|la\s+|le\s+|les\s+)?(?i:affaire|déclaration|appel|opération|plan|loi|pacte|traité|charte|accord|"
    r"commission|coordination|comité|conseil|mouvement|collectif|journée|nuit|marche|sommet|conférence|manifeste|"
    r"protocole|procès|scandale|forum|grenelle)\b\s+\S.*?(?:\b[A-ZÀ-Ý]|\b\d{1,2}(?:er)?\s+(?:" + "|".join(MONTHS) + r")\b)",
    re.DOTALL)


# A noun of naming right before the quotation: what follows is a label, not words said ("le statut
# d'« homme le plus rapide du monde »", "le titre de « meilleur joueur »", "the title of "…"").
# An expression named as such ("laissant son nom à une expression, « un Tour à la Walko »") too; not "le
# mot « prison »", which the gold has said ("en lâchant le mot « prison »").
_LABEL_BEFORE_RE = re.compile(r"\b(?:(?:statut|titre|surnom|sobriquet|appellation|qualificatif|étiquette|label|"
                              r"title|nickname|moniker|status|sorte|espèce|genre)\s+(?:de\s+|d['’]\s*|of\s+)"
                              r"|(?:une|l['’])\s*(?:expression|locution)\s*,?\s*)$", re.IGNORECASE)
# English words of naming right before the quotation: a name given, not words said ("a retrospective
# entitled "…"", "was commonly called "swine flu."", "used the terms "…""). "called"/"named" only after
# an adverb of usage or a noun ("a song called "…""): "called the move "a smash and grab"" quotes the
# speaker's words, and so does a passive with its agent ("was called "a disgrace" by …", checked apart).
_NAMED_BEFORE_RE = re.compile(r"(?:\b(?:entitled|titled|dubbed|nicknamed|known as)"
                              r"|\b(?:commonly|often|popularly|widely|locally|officially|also|sometimes|so-)\s*"
                              r"(?:called|named)"
                              # a passive of naming: "was called the "breadbasket" of southern Africa"
                              r"|\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:called|named)(?:\s+the)?"
                              r"|\bthe\s+(?:terms?|words?|name|slogan|motto|hashtag|label|description)"
                              r")\s*,?\s*$")
# A thing created or set up, right before its name ("la création d'un « observatoire des pratiques
# … »", "lancer un « dispositif de guérilla marketing »"): the three such quotations in the gold sets
# of the twenty-fourth session are all names.
_CREATED_BEFORE_RE = re.compile(r"\b(?:création|instauration|lancement|mise\s+en\s+place|mise\s+sur\s+pied|créer|"
                                r"instaurer|lancer|mettre\s+en\s+place)\s+(?:d['’]\s*|de\s+|du\s+)?(?:un|une|nouvel|"
                                r"nouvelle|nouveau)(?:\s+nouvel(?:le)?|\s+nouveau)?\s*$", re.IGNORECASE)
# The same in French: a thing named right before its name ("le site internet « … »", "une vidéo
# intitulée « … »", "ont créé un groupe : « … »"); "appelé"/"nommé" only after a noun or an adverb
# ("un collectif appelé « … »"; "a appelé « traîtres » les …" quotes the speaker's word); after a bare
# noun, a name opens on a capital ("faisait partie du groupe « quelques minutes avant le drame »" is a witness's words).
_NAMED_BEFORE_FR_RE = re.compile(r"(?:\b(?P<given>intitulée?s?|baptisée?s?|dénommée?s?|surnommée?s?"
                                 # a member of a named group ("membre des « gilets jaunes libres »")
                                 r"|membres?\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*|de\s+)"
                                 # a participle of naming after a noun or an adverb of usage ("le test
                                 # appelé « épreuve du transfert inattendu »", "aussi appelées « théorie
                                 # de l'esprit »"): a name, whatever its case
                                 r"|(?:un|une|le|la|les|des)\s+[a-zéèê]+\s+(?:appelée?s?|nommée?s?)"
                                 r"|(?:aussi|également|parfois|souvent|communément|couramment)\s+(?:appelée?s?|nommée?s?)"
                                 # so-called, after a noun ("des disciplines dites d'« exploration et
                                 # d'approfondissement »", "la méthode dite « globale »"); not "dit",
                                 # the verb's own form ("le ministre dit « … »"), nor "vous dites"
                                 r"|(?:un|une|le|la|les|des|du|aux?)\s+[a-zéèêëîïôûç-]+(?:\s+[a-zéèêëîïôûç-]+)?\s+"
                                 r"(?:dite|dites|dits)(?:\s+de\s+la\s+|\s+de\s+l['’]\s*|\s+du\s+|\s+des\s+|\s+d['’]\s*|\s+de\s+)?)"
                                 r"|\b(?:site(?:\s+internet)?|groupe|collectif|page|compte|blog|hashtag|pétition)"
                                 r")\s*:?\s*$")


# A theme or a slogan named before its words, up to a verb or a colon ("Le thème de cette année était
# « Nous sommes une famille »", "avait pour thème cette année : « … »", "son slogan « Macron dégage »"):
# the four such quotations of the French sets are not-quotes. So are the words a banner, a placard or a
# flag carries, right after it ("un drapeau « armée catholique de France, vive le roi » flotte", "une
# pancarte « Je suis Charlie »"): written, not said (not after a comma: "des drapeaux tibétains, « vous
# savez, celui du Tibet … »" is a witness's words about them).
# Not "sur le thème « … »": what people say on a theme ("les pro-Kerviel glosent sur le thème « le
# pauvre, c'est une victime du système »").
_THEME_BEFORE_RE = re.compile(r"(?<!\bsur le )(?<!\bsur les )\b(?:thème|slogan|mot d['’]ordre|leitmotiv)s?\b"
                              r"[^«»\"“”.;!?]{0,30}$"
                              r"|\b(?:banderole|pancarte|drapeau|écriteau|affichette)[sx]?"
                              r"(?:\s+(?:portant|proclamant|affichant|indiquant))?\s*:?\s*$", re.IGNORECASE)
# A word and its meaning ("« Sindumuja » signifie « je ne suis pas esclave »"): a gloss, nobody's words.
_MEANING_BEFORE_RE = re.compile(r"\b(?:signifie|signifiant|signifiait|veut dire|voulant dire|se traduit par)\s*:?\s*$",
                                re.IGNORECASE)


def _named_before(text: str, span: QuoteSpan, content: str) -> bool:
    """A word of naming right before the quotation makes it a label, not words said: a status or title
    (`_LABEL_BEFORE_RE`), a name given in English or French (`_NAMED_BEFORE_RE`, `_NAMED_BEFORE_FR_RE`),
    unless an agent follows ("was called "a disgrace" by …": the agent's words)."""
    lo = max(0, span.outer_start - 40)
    if _LABEL_BEFORE_RE.search(text, lo, span.outer_start) or _MEANING_BEFORE_RE.search(text, lo, span.outer_start):
        return True
    if _THEME_BEFORE_RE.search(text, max(0, span.outer_start - 60), span.outer_start):
        return True
    if _CREATED_BEFORE_RE.search(text, lo, span.outer_start) and "?" not in content:
        return True
    named_fr = _NAMED_BEFORE_FR_RE.search(text, lo, span.outer_start)
    return bool((_NAMED_BEFORE_RE.search(text, lo, span.outer_start)
                 or (named_fr is not None and (named_fr.group("given") or content.lstrip()[:1].isupper())))
                and not re.match(r"[\s,.]*(?:by|par)\b", text[span.outer_end:span.outer_end + 6]))


# A gloss in apposition right after the quotation ("la « surveillance de sûreté », sorte de contrôle
# judiciaire renforcé"): the quoted words are a name the journalist explains.
_GLOSSED_AFTER_RE = re.compile(r"\s*,\s*(?:sorte|espèce|genre)\s+d(?:e\s|['’])")
# "or", "meaning", "literally" right before the quotation (not after another quotation): what follows
# glosses the words before it, a translation or a meaning, which nobody says.
_GLOSS_BEFORE_RE = re.compile(r"(?<![\"”»])[\s(](?:or|meaning|means|literally|translated as|translates as|"
                              r"c'est-à-dire|autrement dit|littéralement|traduit par|en français)\s*[,:]?\s*$")
# Two parties' names around "v." / "vs." / "versus": the name of a case.
_CASE_NAME_RE = re.compile(r"^[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*\s+(?:v|vs|versus)\.?\s+[A-Z]")
# An auxiliary or a negated one (English, read without a parse): a clause.
_ENGLISH_AUXILIARIES = r"is|are|was|were|has|have|had|will|would|can|could|should|must|does|did"
_ENGLISH_VERB_RE = re.compile(rf"\b(?:{_ENGLISH_AUXILIARIES})\b"
                              r"|n['’]t\b|\b(?:I|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)\b")
# A title-cased clause: a subject pronoun or an auxiliary, whatever its case ("We Will Win This Fight").
_TITLE_CASED_CLAUSE_RE = re.compile(rf"(?i)^\s*(?:I|we|you|he|she|they|it|let['’]s)\b|\b(?:{_ENGLISH_AUXILIARIES}|do)\b"
                                    r"|n['’]t\b")
# A clause opening on a subject pronoun (English, read without a parse): words said, not a title.
_PRONOUN_OPENING_RE = re.compile(r"\s*(?:I|We|You|He|She|They|It|I'm|We're|We'll|I'll|We've|I've)\s+[a-z]")


def _parenthesised_gloss(text: str, span: QuoteSpan, idx: WordIndex | None) -> bool:
    """The quotation alone in parentheses right after a noun: a gloss naming what the noun stands
    for (an exam question, a case's name, "an anti-Brexit (« British exit ») march"), not words
    reported. Every such quotation of the annotated sets is a not-quote; after a verb ("a réagi
    (« C'est inacceptable »)") it may be said, and stays."""
    before = text[max(0, span.outer_start - 40):span.outer_start].rstrip(_SPACES + " ")
    after = text[span.outer_end:span.outer_end + 3].lstrip(_SPACES + " ")
    if not (before.endswith("(") and after.startswith(")")):
        return False
    head = before[:-1].rstrip(_SPACES + " ")
    if not head[-1:].isalpha():
        return False
    if idx is not None:
        paren = text.rfind("(", 0, span.outer_start)
        ws = idx.words_in(max(0, paren - 60), paren)
        if ws and ws[-1][1].upos in ("VERB", "AUX"):
            return False
        # the words of a message, a text or a declaration named just before are quoted ("le message
        # de bienvenue de Confucius (« N'est-ce pas un bonheur … ? »)", "le pacte de Marrakech (« le
        # but étant … »)")
        phrase = [w for _, w in ws][-8:]
        if any((w.lemma or "").lower() in _GLOSSED_WORDS for w in phrase):
            return False
    return True


# Documents that carry someone's words ("le communiqué du ministère", "une lettre de X"): attribution
# gives them their issuer's voice, and a parenthesised gloss after one is its wording.
DOCUMENT_NOUNS = frozenset({"communiqué", "lettre", "message", "texte", "tweet", "courrier", "déclaration",
                            "note", "tribune", "rapport"})
# Nouns of what a source gives out, which speak for it after "selon lequel/laquelle" ("X a publié
# un rapport selon lequel …", "a révélé des informations selon lesquelles …"): the documents, and
# information itself.
GIVEN_OUT = DOCUMENT_NOUNS | {"information", "révélation", "étude", "enquête", "sondage", "document"}
# Nouns whose parenthesised gloss is their wording: a document, a saying, an agreement
_GLOSSED_WORDS = DOCUMENT_NOUNS | {"pacte", "accord", "phrase", "citation", "formule", "propos", "discours", "appel",
                                   "réponse", "slogan", "devise", "traité", "résolution", "article", "statement",
                                   "letter", "text", "words", "speech"}


# A procedure and "pour" before the quote: what follows names a charge ("mis en examen jeudi soir
# pour « abus de confiance »", "placé en détention pour « association de malfaiteurs en relation avec
# une entreprise terroriste »", "porter plainte contre le maire pour « non-assistance à personne en
# danger »", "chargés de l'« enquête Fillon » pour « … »"), or an alert's hazard ("en vigilance orange
# pour « orages et fortes précipitations »"). Every such quotation of the annotated French sets is a
# not-quote (21 of 22, whatever its length), unless a source is named right after it (below). The
# procedure may stand up to 100 characters before "pour" ("une enquête préliminaire ouverte le 30
# décembre 2016 par le parquet de Paris pour « … »").
_CHARGE_BEFORE_RE = re.compile(
    r"\b(?:examen|plaintes?|garde à vue|inculpée?s?|poursuivie?s?|poursuites|condamnée?s?|condamnation|"
    r"interpellée?s?|arrêtée?s?|écrouée?s?|déférée?s?|jugée?s?|procès|enquête|détention|détenue?s?|réquisitoire|déposée?s?|"
    r"mise?s? en cause|incriminée?s?|information judiciaire|mandat d['’]arrêt|vigilance|alerte)"
    r"[^.;:!?«]{0,100}?\spour[\s\u00a0\u202f]*$"
    # the passive participle right before "de" ("Ils sont accusés de « rébellion »"); not after
    # avoir ("l'avait accusé de « … »": the accuser's words). Of the sets' four quotations after it,
    # the two noun phrases are not-quotes, the two with a verb quotes (`_has_clause`).
    r"|(?<!\sa\s)(?<!\sont\s)(?<!vait\s)(?<!aient\s)\b(?:accusée?s?|soupçonnée?s?|suspectée?s?|inculpée?s?|"
    r"coupables?)[\s\u00a0\u202f]+d(?:e|u|es|['’])[\s\u00a0\u202f]*$", re.IGNORECASE)
# What may stand between a charge's name and the next one: "pour « A » et « B »", "pour « A » et,
# concernant X, pour « B »".
_NEXT_CHARGE_RE = re.compile(r"[\s\u00a0\u202f]*(?:,|et|ou)(?:[^.;:!?«»]{0,60}?\spour)?[\s\u00a0\u202f]*$")
# A source right after the closing mark: the charge as someone worded it ("inculpé pour « tentative
# d'assassinat … », a annoncé le parquet fédéral"), which the annotators keep as a quote.
_SOURCE_AFTER_RE = re.compile(r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:selon|d['’]après)\b", re.IGNORECASE)


def _charge(text: str, span: QuoteSpan, previous: QuoteSpan | None, idx: WordIndex | None, lang: str) -> bool:
    """The quotation names a charge (or the one before it did, and this one is listed after it): no
    verb of its own, no source named right after it."""
    if lang != "fr":
        return False
    after = previous is not None and previous.close_end is not None and previous.close_end <= span.outer_start \
        and _NEXT_CHARGE_RE.fullmatch(text, previous.close_end, span.outer_start) is not None
    if not (after or _CHARGE_BEFORE_RE.search(text[max(0, span.outer_start - 120):span.outer_start])):
        return False
    if _has_clause(idx, span):
        return False
    return not (_SOURCE_AFTER_RE.match(text, span.outer_end) or _looks_like_incise(text, span.outer_end, idx, lang))


# "…, et non « X »", "non pas « X »", "plutôt que « X »": a wording set aside, mentioned not used.
_CONTRAST_RE = re.compile(r"(?:\bet non(?: pas)?|\bnon pas|\bplutôt que|\bmais pas)(?: de| d'| à)?[\s,]*$",
                          re.IGNORECASE)
# Copulas whose attribute a quoted adjective or noun can be (« ce blocage est « intolérable » »).
_COPULAS = {"être", "devenir", "sembler", "paraître", "rester", "demeurer"}
# Indefinite and partitive determiners: "des « blocages scandaleux »" quotes a wording, where a
# definite article often introduces a coined name ("les « gilets jaunes »").
_INDEFINITE = {"un", "une", "des", "de", "d'", "du", "aucun", "aucune"}


_TITLE_FUNCTION_WORDS = {"de", "des", "du", "d", "la", "le", "les", "l", "et", "à", "au", "aux", "en", "sur", "pour"}


def _said_outright(idx: WordIndex | None, span: QuoteSpan, lang: str) -> bool:
    """The quote's head hangs on a reporting verb itself (`a dit « Chiche ! »`), not on a noun below
    it (`a répondu à la pétition « Pour une baisse des prix ! »`: a title)."""
    if idx is None:
        return False
    before = _word_before(idx, span)
    if before is not None and before[1].upos in ("NOUN", "PROPN"):
        return False  # a name right after its noun, whatever the parser hung it on
    gc, head = governing_cue(idx, span, lang), _quote_head(idx, span)
    return gc is not None and head is not None and gc[0] == head[0] and head[1].head == gc[1].id


def _title_case(words: list[str]) -> bool:
    """« 20 Heures », « 7 Jours à la Une »: a title that opens on a number; every other word
    capitalised or a function word."""
    return (len(words) >= 2 and words[0][:1].isdigit() and any(w[:1].isupper() for w in words)
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_FUNCTION_WORDS for w in words))


# Short words left lowercase inside an English title ("A Tribute For a King", "Storm Area 51 Basecamp
# Experience").
_ENGLISH_TITLE_SMALL = {"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "at", "by", "with"}


def _english_title(words: list[str]) -> bool:
    """Every word capitalised but the small ones, and no clause (checked by the caller): the title of
    a work or an event, however long."""
    return (len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _ENGLISH_TITLE_SMALL
                                    for w in words)
            and sum(w[:1].isupper() for w in words) >= 3)


def _song_title(words: list[str]) -> bool:
    """Five words or more, all capitalised but the small ones and at most one other: a title even
    with a verb in it (a song, a book), which a sentence said never is."""
    lower = [w for w in words if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _ENGLISH_TITLE_SMALL)]
    return len(words) >= 5 and len(lower) <= 1 and sum(w[:1].isupper() for w in words) >= 4


def _all_upos(idx: WordIndex | None, span: QuoteSpan, upos: tuple[str, ...]) -> bool:
    if idx is None:
        return False
    ws = [w for _, w in idx.words_in(span.start, span.end) if w.upos != "PUNCT"]
    return bool(ws) and all(w.upos in upos for w in ws)


def _word_before(idx: WordIndex, span: QuoteSpan) -> tuple[int, Word] | None:
    k = bisect.bisect_left(idx.starts, span.outer_start) - 1
    while k >= 0:
        si, w = idx.entries[k][2], idx.entries[k][3]
        if w.upos != "PUNCT" and w.text not in _PAIRS and w.text not in _CLOSERS:
            return si, w
        if w.upos == "PUNCT" and w.text not in _PAIRS:
            return None  # a comma, a colon: nothing governs the quote from the left
        k -= 1
    return None


def _noun_modifier_name(idx: WordIndex | None, span: QuoteSpan, words: list[str]) -> bool:
    """A verbless noun phrase quoted right after a bare noun, as its modifier: the name of a kind of
    thing ("l'effet « boule de neige »", "le programme « Lycée de la réussite »", "l'arrêt « Rue du
    Progrès »"), not words said; a quoted adjective there is the speaker's judgement ("des mesures
    « très ambitieuses »")."""
    if idx is None or not 3 <= len(words) <= 5:
        return False
    before = _word_before(idx, span)
    ws = idx.words_in(span.start, span.end)
    if before is None or before[1].upos != "NOUN" or not ws or ws[0][1].upos != "NOUN":
        return False
    # (hung on that noun as its modifier: not "prendra sa décision « mercredi sans doute »", a time;
    # a definite noun, which the name tells apart: "un décret « porteur de nombreuses dérives »" is
    # a judgement on one)
    sent = idx.doc.sentences[before[0]]
    if any(base_deprel(d) == "det" and _norm_apos(d.text or "").lower() in _INDEFINITE
           for d in children(sent, before[1].id)):
        return False
    # (in a clause with a finite verb outside the marks: in "Pour lui, la mission « accouche d'une
    # souris avortée »" the quotation is the predicate the tagger missed)
    if not any("VerbForm=Fin" in (v.feats or "") and not span.outer_start <= (word_offsets(v)[0] or -1) < span.outer_end
               for v in sent.words):
        return False
    # (or as a second object of the verb, the parser's reading of a noun set beside another)
    first, noun = ws[0][1], before[1]
    return ws[0][0] == before[0] and (first.head == noun.id or first.head == noun.head
                                      and base_deprel(first) == base_deprel(noun)) and _has_verb(idx, span) is False


def _cue_path(idx: WordIndex, span: QuoteSpan, lang: str) -> tuple[str, bool] | None:
    """The reporting verb above the quote and whether it is reached directly (the first verb
    above the quote is the cue: the quote is its object or attribute) or through a clause (the
    quote is inside reported content: "considère qu'il y a eu des « manipulations »")."""
    gc = governing_cue(idx, span, lang)
    head = _quote_head(idx, span)
    if gc is None or head is None:
        return None
    si, cue, lemma = gc
    sent = idx.doc.sentences[si]
    if any(base_deprel(c) in ("cop", "nsubj") for c in children(sent, head[1].id)):
        return lemma, False  # the predicate of a reported clause: "a souligné que l'opération était une « … »"
    for anc in ancestors(sent, head[1]):
        if anc.id == cue.id:
            return lemma, True
        if anc.upos in ("VERB", "AUX"):
            return lemma, False
    return lemma, False


def _object_of_infinitive(idx: WordIndex, span: QuoteSpan) -> bool:
    """The quote's head is the object of an infinitive (« répertorier le « comportement » »)."""
    head = _quote_head(idx, span)
    if head is None:
        return False
    sent, w = idx.doc.sentences[head[0]], head[1]
    while base_deprel(w) in ("conj", "appos") and w.head:
        w = sent.words[w.head - 1]  # (one of a list of objects: le « comportement », les « déplacements »)
    if not w.head or base_deprel(w) != "obj":
        return False
    verb = sent.words[w.head - 1]
    return verb.upos == "VERB" and "VerbForm=Inf" in (verb.feats or "")


def _planned_label(idx: WordIndex, span: QuoteSpan, lang: str) -> bool:
    """A noun phrase (no verb) that is the object of an infinitive a verb of planning governs ("Edvige
    a prévu de répertorier le « comportement », les « relations directes et non fortuites »"): the
    plan's own labels, whatever their length."""
    ws = [w for _, w in idx.words_in(span.start, span.end) if w.upos != "PUNCT"]
    bare = ws[1:] if len(ws) > 1 and ws[0].upos == "DET" else ws
    if not bare or bare[0].upos not in ("NOUN", "PROPN") or any(
            w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "") for w in bare):
        return False
    path = _cue_path(idx, span, lang)
    return path is not None and path[0] in flagged_verbs("plan", lang) and _object_of_infinitive(idx, span)


def _short_quote_is_uttered(text: str, span: QuoteSpan, idx: WordIndex | None, lang: str) -> bool:
    """Is a quote of at most 2 words a fragment of an utterance (partial) rather than a term?"""
    if _CONTRAST_RE.search(text[max(0, span.outer_start - 30):span.outer_start]):
        return False
    if idx is None:
        # No parse (English): a lowercase fragment in a sentence with a reporting verb or an
        # "according to" is a word said ("called the demand "unprecedented"", "injuries "serious"");
        # capitalised ones are titles and names ("Day after Day").
        surface = surface_verbs_re(lang)
        if surface is None or not span.text[:1].islower():
            return False
        s0 = _sentence_start(text, span.outer_start)
        sentence = text[s0:_sentence_end(text, span.outer_end)]
        return bool(surface.search(sentence) or re.search(r"\baccording to\b", sentence, re.IGNORECASE))
    ws = [w for _, w in idx.words_in(span.start, span.end) if w.upos != "PUNCT"]
    if not ws:
        return False
    path = _cue_path(idx, span, lang)
    if path is not None:
        lemma, direct = path
        # A bare noun label (no determiner, adjective or verb of its own: « favoritisme »,
        # « transaction ») that is the plain object of a reporting verb names a thing (a charge, a
        # procedure); only verbs of qualifying (« qualifier de », « dénoncer ») make it a word said.
        # An attribute verb's complement is what the speaker says they are, whatever its tag
        # (« se disent « inquiets » », the adjective tagged as a noun).
        # (a plan's labels never come here: `classify` made them terms first, `_planned_label`)
        label = ws[0].upos in ("NOUN", "PROPN") and all(w.upos in ("NOUN", "PROPN", "ADP", "DET") for w in ws)
        if not (label and direct and lemma not in flagged_verbs("qualify", lang)
                and lemma not in flagged_verbs("attribute", lang)):
            return True
    if _all_upos(idx, span, ("ADV",)) or _sentence_has_source(idx, text, span, lang):
        return True
    before = _word_before(idx, span)
    if before is not None and (before[1].lemma or "").lower() in _COPULAS:
        return True  # an attribute: « intolérable », avait été « suspendu », d'être « grossier »
    upos = [w.upos or "" for w in ws]  # words of a sentence left unannotated have no upos
    if sorted(upos) == ["ADJ", "NOUN"] and before is not None \
            and _norm_apos(before[1].text).lower() in _INDEFINITE:
        return True  # a noun and its adjective: de « conséquences vitales », des « blocages scandaleux »
    if speech_noun_of(idx, span) is not None:
        return True  # the words of an appeal or a criticism: appels à la « retenue », critiques sur son « silence »
    # a clause's finite verb with a word of its own is said, not a name (celle-ci « lui manque »): a
    # label is a noun, an adjective or a participle; one word alone may be a form the journalist
    # holds at a distance (« cheminai[t] »), or a tagger's slip
    # (and a verb with its clitic object is a piece of a clause: pour « l'alerter »)
    return len(ws) == 2 and (any(w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "") for w in ws)
                             or ws[0].upos == "PRON" and ws[1].upos == "VERB")


# Nouns of an act of speech whose complement gives its words ("appels à la « retenue »", "critiques
# de l'opposition sur son « silence assourdissant »", "sa demande de « transparence »").
_WORDS_OF_SPEECH_NOUNS = frozenset({"appel", "critique", "accusation", "propos", "discours", "message",
                                    "déclaration", "demande", "exhortation", "avertissement", "plaidoyer",
                                    "réponse", "réaction", "commentaire", "injonction"})


def speech_noun_of(idx: WordIndex, span: QuoteSpan) -> tuple[int, Word] | None:
    """The noun of an act of speech the quotation hangs on, through at most two noun complements,
    before it (sentence index and word)."""
    head = _quote_head(idx, span)
    if head is None:
        return None
    si, w = head
    sent = idx.doc.sentences[si]
    for _ in range(2):
        if not w.head or base_deprel(w) not in ("nmod", "obl", "conj"):
            return None
        w = sent.words[w.head - 1]
        if w.upos == "NOUN" and (w.lemma or "").lower() in _WORDS_OF_SPEECH_NOUNS \
                and (word_offsets(w)[0] or 0) < span.outer_start:
            return si, w
    return None


def _quote_lists(text: str, spans: list[QuoteSpan], short_terms: list[QuoteSpan], idx: WordIndex | None) -> None:
    """Quotes listed together (« A », « B » et « C ») are of a kind: a list of three or more is a
    list of words said, and a short quote coordinated with a partial one is partial too."""
    top = [s for s in spans if s.depth == 0 and s.close_end is not None]
    groups: list[list[QuoteSpan]] = []
    for s in top:
        prev = groups[-1][-1] if groups else None
        between = text[prev.close_end:s.outer_start] if prev is not None and prev.close_end <= s.outer_start else None
        if between is not None and re.fullmatch(rf"[{_SPACES}]*(?:,|,?[{_SPACES}]*(?:et|ou|ni))[{_SPACES}]*", between):
            groups[-1].append(s)
        else:
            groups.append([s])
    shorts = {id(s) for s in short_terms}
    for g in groups:
        if len(g) < 2:
            continue
        if len(g) >= 3 or any(s.kind == "partial" for s in g):
            said = any(s.kind in ("partial", "direct") for s in g)
            for s in g:
                # (and, listed with words said, a verbless line that reads like a title: the slogans
                # « Investir dans l'école, c'est l'avenir », « Non à la casse du service public », …)
                if (id(s) in shorts or said and s.kind == "term" and len(_content_words(s.text)) >= 3) \
                        and not _CONTRAST_RE.search(text[max(0, s.outer_start - 30):s.outer_start]):
                    s.kind = "partial"


def _split_parsed_incise(text: str, span: QuoteSpan, idx: WordIndex | None, lang: str) -> None:
    """Cut a verb-subject incise out of a quote over the parse: « …, confie Fabrice Delloye. … »."""
    if idx is None or span.incise is not None or len(span.pieces) != 1:
        return
    ws = idx.words_in(span.start, span.end)
    for k in range(1, len(ws)):
        si, w = ws[k]
        sent = idx.doc.sentences[si]
        if ws[k - 1][1].text != "," or not is_annotated(sent):
            continue
        # (the verb the tagger read as its noun homograph: "La vraie question, résume Éric
        # Charbonnier, est …")
        homograph = incise_homograph_cue(sent, w, lang) is not None
        if w.upos not in ("VERB", "AUX") and not homograph:
            continue
        verb = w
        if w.upos == "AUX" and k + 1 < len(ws) and ws[k + 1][1].upos == "VERB":
            verb = ws[k + 1][1]
        if not homograph and not cue_lemma(sent, verb, lang):
            continue
        if verb is w and "VerbForm=Part" in (w.feats or ""):
            continue  # a participle without its auxiliary describes ("le fichier, appelé Edvige, …")
        vs = word_offsets(verb)[0] or 0
        subject = next((c for c in children(sent, verb.id)
                        if (word_offsets(c)[0] or 0) > vs and (c.upos in ("NOUN", "PROPN") or (
                            # ("peste un autre", "ajoute l'un d'eux": a pronoun or adjective with its determiner)
                            c.upos in ("ADJ", "PRON") and any(base_deprel(d) == "det" for d in children(sent, c.id))))
                        and (base_deprel(c) in ("nsubj", "obj", "appos", "xcomp")
                             # a noun homograph takes its subject as a name or modifier of its own
                             or homograph and base_deprel(c) in ("flat", "nmod"))
                        and not any(base_deprel(g) == "case" for g in children(sent, c.id))), None)
        if subject is None:
            continue
        # the incise runs to the next comma or full stop, within a few words
        end = next((j for j in range(k + 1, min(len(ws), k + 10)) if ws[j][1].text in (",", ".", ";")), None)
        if end is None:
            continue
        # (and past the comma of the speaker's name in apposition, up to the full stop: "argue le
        # conseiller pour la communication du président, Franck Louvrier. Ce qui …"; or of the
        # speaker's description: "remarque Éric Charbonnier, expert sur les questions d'éducation
        # à l'OCDE. Après …", every word of it the subject's own)
        if ws[end][1].text == ",":
            name_end = next((j for j in range(end + 1, min(len(ws), end + 6)) if ws[j][1].upos != "PROPN"), None)
            if name_end is not None and name_end > end + 1 and ws[name_end][1].text == ".":
                end = name_end
            else:
                stop = next((j for j in range(end + 1, min(len(ws), end + 30)) if ws[j][1].text in (".", ";")), None)
                own = subtree_ids(sent, subject.id)
                between = [ws[j] for j in range(end + 1, stop)] if stop is not None else []
                # (or a verbless noun phrase, whatever the parser hung it on: "soupire Gabriel
                # Cohn-Bendit, ancien responsable du lycée expérimental de Saint-Nazaire. Chez …")
                # (not a clause with a subject of its own that the parser hung on the speaker: "assure
                # un analyste parisien, le contrôle évolue au même rythme …" goes on with the quote)
                if between and (all(b_si == si and b.id in own for b_si, b in between)
                                and not any("VerbForm=Fin" in (b.feats or "") and any(
                                    base_deprel(c) == "nsubj" and "PronType=Rel" not in (c.feats or "")
                                    for c in children(sent, b.id)) for _, b in between)
                                or between[0][1].upos in ("DET", "ADJ", "NOUN", "NUM")
                                and not any(b.upos in ("VERB", "AUX") for _, b in between)):
                    end = stop
        comma_s = word_offsets(ws[k - 1][1])[0]
        inc_s, inc_e = word_offsets(w)[0], word_offsets(ws[end - 1][1])[1]
        left = _trim(text, span.start, comma_s)
        right = _trim(text, word_offsets(ws[end][1])[1], span.end)
        if left[1] <= left[0]:
            return
        span.incise = (inc_s, inc_e)
        span.pieces = [left] + ([right] if right[1] > right[0] else [])
        span.text = " ".join(text[a:b] for a, b in span.pieces)
        return


def find_quote_spans(text: str, doc: Document | None = None, lang: str = "fr") -> list[QuoteSpan]:
    """Scan, split/merge incises and classify every quotation of `text`."""
    spans = scan_quotes(text)
    idx = WordIndex.build(doc)
    for span in spans:
        if span.depth == 0:
            _split_inner_incise(text, span)
            _split_parsed_incise(text, span, idx, lang)
    classify(text, spans, doc, lang)
    return [part for span in spans for part in _split_at_final_incise(text, span)]


# A time after an incise's comma, then the sentence end and the next sentence: `… BFMTV, mardi.
# Personne …`, `confiait-elle, en juillet. Parce que …` (a time only: `, a-t-il dit, jusqu'au bout.
# Rien …` goes on with the quote's own sentence)
_TIME_THEN_NEXT_SENTENCE_RE = re.compile(
    rf"(?:(?:{'|'.join(sorted(WEEKDAYS))}|hier|avant-hier|aujourd'hui|aujourd’hui|ce \w+|cette \w+|en \w+(?: \d{{4}})?"
    rf"|le \d{{1,2}}(?:er)? \w+(?: \d{{4}})?)(?: (?:matin|midi|soir|après-midi|dernier|dernière))?"
    # or where and to whom it was said (`, a déclaré la ministre, lors d'une conversation informelle
    # rapportée sur le site Le Monde.fr. B`): words a quotation does not open on
    rf"|(?:lors d|au cours d|devant |au micro d|à l'antenne d|à l’antenne d|sur l'antenne d|sur l’antenne d"
    rf"|sur les ondes d|dans un entretien|dans une interview|dans un communiqué|à l'issue d|à l’issue d"
    rf"|en marge d)(?:[^«»\"“”\n.!?]|\.(?=\w)){{0,100}})"
    rf"[.!?…][{_SPACES}]+(?=[A-ZÀ-Ý«])",
    re.IGNORECASE,
)
# An inverted-pronoun incise that ends its sentence inside the marks, with no comma after it
# (« A, réagit-elle au micro de BFMTV. B »)
_FINAL_INCISE_RE = re.compile(
    rf",[{_SPACES}]*({_INVERTED_VERB}[^,;:«»\"“”\n.!?]{{0,60}}?)"
    rf"[.!?…][{_SPACES}]+(?=[A-ZÀ-Ý«])",
    re.IGNORECASE,
)


def _split_at_final_incise(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """Two quotes where an incise ends a sentence inside the marks: « A, rapporte X. B » is A and
    B, both said by X. Every blind annotator split these (13 cases of 13 over the French batches):
    the incise closes the first utterance, while one cut out mid-sentence (« Nous irons, a-t-il
    dit, jusqu'au bout ») leaves one quote."""
    if span.depth != 0 or span.kind not in ("direct", "partial") or span.open_start is None:
        return [span]
    if span.incise is not None and len(span.pieces) == 2:
        (a0, a1), (b0, b1) = span.pieces
        inc_s, inc_e = span.incise
        gap = text[inc_e:b0]
        if re.search(r"[.!?…]", gap):
            b_start = b0  # the incise ran to its full stop: `, confie X. B`
        else:
            m = _TIME_THEN_NEXT_SENTENCE_RE.match(text, b0, b1)  # `, réagit-elle au micro de BFMTV, mardi. B`
            if m is None:
                # an incise cut out mid-sentence: two quotes too, as the annotations keep what stands
                # between the marks and the incise (« La vraie question, résume X, est de savoir … »);
                # but a piece of one or two words stays with the rest (« Cela, estime-t-il, ne tient
                # pas debout »: "Cela" alone is no quotation)
                if len(re.findall(r"\w+", text[a0:a1])) < 3:
                    return [span]
                b_start = b0
            else:
                b_start = m.end()
                inc_e = _trim(text, inc_s, m.end() - 1)[1]
        first, second = (a0, a1), _trim(text, b_start, b1)
    elif span.incise is None and len(span.pieces) == 1:
        s, e = span.pieces[0]
        m = _FINAL_INCISE_RE.search(text, s, e)
        if m is None:
            return [span]
        inc_s, inc_e = m.start(1), m.end(1)
        first, second = _trim(text, s, m.start()), _trim(text, m.end(), e)
    else:
        return [span]
    if first[1] - first[0] < 2 or second[1] - second[0] < 2:
        return [span]
    if re.match(r"\w+-(?:t-)?on\b", text[inc_s:inc_e], re.IGNORECASE):
        return [span]  # "Une fille, dit-on. On peut …": hearsay inside the speaker's own words
    a = dataclasses.replace(span, start=first[0], end=first[1], text=text[first[0]:first[1]],
                            pieces=[first], incise=(inc_s, inc_e), close_end=None)
    b = dataclasses.replace(span, start=second[0], end=second[1], text=text[second[0]:second[1]],
                            pieces=[second], incise=(inc_s, inc_e), open_start=None)
    return [a, b]


# --------------------------------------------------------------------------- candidate sentences


_AFTER_CUE_RE = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:que\b|qu'|qu’|de\b|d'|d’|à\b|\w+(?:er|ir|re|oir)\b|prêt)",
                           re.IGNORECASE)


def candidate_sentences(doc: Document, text: str, lang: str = "fr") -> list[int]:
    """Indices of the sentences that can hold a quote or a claim (for selective parsing):
    quotation marks, a verbless source marker, or an inflected reporting verb followed closely by
    a que-clause, an infinitive or `de`."""
    cue_re = cue_surface_re(lang)
    marker_re = source_marker_re(lang, anywhere_only=True)
    out = []
    for si, sent in enumerate(doc.sentences):
        s, e = sentence_offsets(sent)
        if s is None:
            continue
        chunk = text[s:e]
        if any(c in chunk for c in "«»“”\"„‹›"):
            out.append(si)
            continue
        low = _norm_apos(chunk).lower()
        if (marker_re is not None and marker_re.search(low)) or _INITIAL_POUR_RE.match(low) or ", pour qui " in low:
            out.append(si)
            continue
        if _OBJ_CLAIM_RE.search(chunk) or _COLON_SOURCE_RE.match(chunk) or (lang == "fr" and (
                _CE_QUE_RE.match(chunk) or _SPEECH_NOUN_COLON_RE.search(chunk) or _JUDGED_RE.search(chunk))):
            out.append(si)
            continue
        for m in cue_re.finditer(chunk):
            if _AFTER_CUE_RE.match(chunk[m.end():m.end() + 40]) or _COMME_AFTER_RE.match(chunk, m.end()) or (
                    lang == "fr" and _COLON_AFTER_CUE_RE.match(chunk, m.end())) or (
                    _INCISE_BEFORE_RE.search(chunk[:m.start()]) and _INVERTED_END_RE.match(chunk[m.end():])) or (
                    _CLITIC_INCISE_RE.search(chunk[:m.start()])
                    and (not chunk[m.end():].strip(" .!?…\u00a0") or chunk[m.end():].lstrip().startswith(","))) or (
                    _COMME_BEFORE_CUE_RE.match(chunk[:m.start()])):
                out.append(si)
                break
    return out


# "Comme l'a souligné X, …", "Ainsi que le rappelle X, …": a sentence opening on a comme-incise
# (after a coordinator: "Et, comme l'indique le communiqué du groupe, …")
_COORDINATOR_BEFORE = r"(?:(?:et|mais|or|donc|puis)\s*,?\s*)?"
_COMME_BEFORE_CUE_RE = re.compile(r"\s*" + _COORDINATOR_BEFORE + r"(?:comme|ainsi\s+que)\s+(?:\S+\s+){0,3}$",
                                  re.IGNORECASE)
# "l'a annoncé mardi : la réforme …": a colon a word or two after the verb, then no quotation
_COLON_AFTER_CUE_RE = re.compile(r"[^\S\n]*(?:\w+[^\S\n]+){0,2}:[^\S\n]*[^«“\"\s]")


# "voient ce système comme l'ancêtre …": an object (up to eight words, no comma) and its attribute
# after comme (the lexicon's as-attribute verbs)
_COMME_AFTER_RE = re.compile(r"\s+(?:[^\s.;:!?,]+\s+){1,8}comme\s", re.IGNORECASE)


# "…, a-t-il enfin confié.": an auxiliary with its inverted clitic after a comma, before the verb
_CLITIC_INCISE_RE = re.compile(r",\s*\w+(?:-t)?-(?:il|elle|ils|elles|on)(?:\s+\w+){0,2}\s*$", re.IGNORECASE)


# "Pour X," at the head of a sentence, after a coordinator if any ("Mais pour la plupart des …,"), as
# `_initial_source_ok` accepts it
_INITIAL_POUR_RE = re.compile(r"\s*(?:(?:mais|et|or|car|puis)\s+)?pour\s+\w")


# Inflected forms of the verbs whose noun object is a claim (the "obj-claim" lexicon flag: nier,
# démentir, reconnaître, admettre, contester); their objects need no que/de after them, so the
# sentence is a candidate on the verb alone.
_OBJ_CLAIM_RE = re.compile(
    r"\b(?:ni(?:e|es|ent|é|ée|és|ées|ait|aient|a|ant|er)|reconn(?:u|ue|us|ues|aît|ais|aissent|aissait|aître)"
    r"|admi(?:s|se|ses|t|ts)|admet\w*|dément\w*|démenti\w*|contest\w+)\b", re.IGNORECASE)
# Inflected forms of juger, whose object and adjective attribute need no que/de after them ("ont jugé
# inacceptables les propos", "jugeaient le texte trop proche de …", `_object_attribute_claim`); not
# the noun "le juge".
_JUDGED_RE = re.compile(r"\b(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+\s+){0,2}jugé"
                        r"|juge(?:ait|aient|ant|nt|ra|ront|rait|raient)|(?:il|elle|on|qui|ils|elles)\s+juge)\b",
                        re.IGNORECASE)
# "Emmanuel Macron : …": up to four capitalised words, then a colon (checked against the NER once parsed).
_COLON_SOURCE_RE = re.compile(r"\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de|du|des|d'|la|le|[A-ZÀ-Ý][\w'’.-]*)){0,3}\s*:\s*\S")
_COLON_QUOTE_RE = re.compile(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*[«“\"„‹]")
# "…, conclut l'agence." - a reporting verb after a comma with its subject after it, at the end
# of the sentence: at most 8 words (a subject with its apposition) then the final punctuation.
# (12 words: "a indiqué la préfecture de police de Paris avant 13 heures"; `_sentence_tail` keeps
# out a verb of the sentence's own among them)
# What stands between the comma and the verb of such an incise: nothing, or its auxiliary and an
# adverb ("…, a rapporté le quotidien The Independent.", "…, a ensuite annoncé l'ONU."): compound
# tenses were left unparsed before the seventeenth session.
_INCISE_BEFORE_RE = re.compile(r",\s*(?:(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|s['’]est|"
                               r"se\s+sont)\s+(?:\w+ment\s+|aussi\s+|encore\s+|ensuite\s+|enfin\s+|déjà\s+|"
                               r"alors\s+|pourtant\s+|cependant\s+)?)?$")
# (a parenthesis on the subject is part of it: "prédit le Guardian britannique (centre gauche)")
_INVERTED_END_RE = re.compile(r"^(?:[\s\-]+[\w'’.-]+){1,12}(?:\s*\([^()]{1,40}\))?\s*[.!?…]?\s*$")
_LONG_TAIL_RE = re.compile(r"(?:[\s\-]+[\w'’.-]+){9}")


# --------------------------------------------------------------------------- indirect claims


_DAY_NOUNS = WEEKDAYS | {"hier", "aujourd'hui", "demain", "veille", "lendemain"}
# Nouns of time: when something was said, never who said it nor what
TIME_NOUNS = WEEKDAYS | set(MONTHS) | {
    "jour", "semaine", "mois", "année", "an", "heure", "soir", "matin", "veille", "lendemain", "fois",
    "week-end", "après-midi", "nuit", "midi", "soirée", "matinée", "journée",
}


def _strip_edges(sent: Sentence, ids: set[int], drop_leading_marks: bool = True) -> set[int]:
    """Drop leading que/de marks, punctuation and adverbs and trailing punctuation of a claim."""
    ordered = sorted(ids)
    while ordered:
        w = sent.words[ordered[0] - 1]
        lem = _norm_apos(w.lemma or w.text).lower()
        if w.upos == "PUNCT" or base_deprel(w) == "cc" or (w.upos == "CCONJ" and lem != "ni") or (
                drop_leading_marks and base_deprel(w) == "mark" and lem in ("que", "de", "qu'", "d'")) or (
                # "à" before an infinitive ("appelle à poursuivre …"), not in a locution ("à tort")
                drop_leading_marks and base_deprel(w) == "mark" and lem == "à" and w.head
                and "VerbForm=Inf" in (sent.words[w.head - 1].feats or "") and sent.words[w.head - 1].upos == "VERB"):
            ordered.pop(0)
        elif (drop_leading_marks and lem == "ainsi" and base_deprel(w) == "mark" and len(ordered) > 2
              and _norm_apos(sent.words[ordered[1] - 1].text).lower() in ("que", "qu'")):
            # "craint ainsi que …" (thus fears that): the parser reads the locution "ainsi que" (as) as the mark
            del ordered[:2]
        elif w.upos == "ADV" and base_deprel(w) == "advmod" and len(ordered) > 2 and lem not in ("ne", "n'", "pas"):
            ordered.pop(0)
        elif base_deprel(w) == "advmod" and len(ordered) > 3 and (n := _locution_length(sent, w, ordered)):
            del ordered[:n]  # "Par ailleurs, …", "En effet, …": a connective locution
        elif (lem in _DAY_NOUNS and len(ordered) > 2
              and "VerbForm=Inf" in (sent.words[ordered[1] - 1].feats or "")):
            # "a avoué lundi avoir perdu l'enfant": a day before an infinitive claim dates the
            # report (an infinitive has no time of its own to open on), whatever the parser hung it on
            ordered.pop(0)
        elif w.upos == "ADP" and base_deprel(w) == "case" and (j := _infinitive_after_phrase(sent, ordered)):
            # "a affirmé devant les juges n'avoir rien su …": a phrase before an infinitive claim is
            # the report's circumstance (the infinitive's own come after it), whatever the parser hung it on
            del ordered[:j]
        else:
            break
    while ordered and sent.words[ordered[-1] - 1].upos == "PUNCT" and \
            sent.words[ordered[-1] - 1].text not in ("»", "”", "\"", ")"):
        ordered.pop()
    return set(ordered)


def _locution_length(sent: Sentence, w: Word, ordered: list[int]) -> int:
    """The words of the fixed locution `w` opens ("par ailleurs", "en effet"), when `ordered` starts
    with all of them; 0 when `w` opens none."""
    fixed = [c.id for c in children(sent, w.id) if base_deprel(c) == "fixed"]
    n = len(fixed) + 1
    return n if fixed and [w.id, *fixed] == list(range(w.id, w.id + n)) == ordered[:n] else 0


def impersonal_passive(sent: Sentence, verb: Word) -> bool:
    """`il est reproché X`, `il est demandé aux riverains de …`: a passive with the impersonal "il"
    for subject and its object after it; the one who reproaches or asks is left unsaid."""
    kids = children(sent, verb.id)
    return any(base_deprel(c) == "aux" and c.deprel == "aux:pass" for c in kids) and any(
        base_deprel(c) in ("nsubj", "expl") and (c.text or "").lower() == "il" and c.id < verb.id for c in kids
    ) and any(base_deprel(c) in ("obj", "xcomp", "ccomp") and c.id > verb.id for c in kids)


def _infinitive_after_phrase(sent: Sentence, ordered: list[int]) -> int:
    """Where an infinitive group (its negation, auxiliary or the verb) opens right after the
    prepositional phrase that `ordered` starts with (at most five words on, the ids contiguous, no
    verb, mark or punctuation between); 0 when none does."""
    for j in range(1, min(6, len(ordered) - 1)):
        x = sent.words[ordered[j] - 1]
        if ordered[j] != ordered[j - 1] + 1:
            return 0
        if _norm_apos(x.text or "").lower() in ("ne", "n'") or "VerbForm=Inf" in (x.feats or ""):
            return j
        if x.text == "," and j + 2 < len(ordered) and _norm_apos(sent.words[ordered[j + 1] - 1].text or "").lower() in ("de", "d'") \
                and "VerbForm=Inf" in (sent.words[ordered[j + 2] - 1].feats or ""):
            return j + 1  # "a menacé mardi, à New Delhi, de quitter …": the phrase set off by commas
        if x.upos not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP") or base_deprel(x) == "mark":
            return 0
    return 0


def _subject(sent: Sentence, verb: Word) -> Word | None:
    if impersonal_passive(sent, verb):
        return None  # "Il lui est reproché une aide au séjour irrégulier": nobody named reproaches
    kids = children(sent, verb.id)
    subjects = [c for c in kids if base_deprel(c) == "nsubj"]
    return outside_marked_clause(subjects, kids, verb)[0] if subjects else None


def outside_marked_clause(subjects: list[Word], kids: list[Word], verb: Word) -> list[Word]:
    """A verb's subjects less those before its own `que`, outside its clause (`…, dont le Congrès
    de la jeunesse, qu'il a accusé de …`: the parser gave "accusé" two subjects; "il" is its own)."""
    if len(subjects) < 2:
        return subjects
    marks = [c.id for c in kids if base_deprel(c) == "mark"]
    return [c for c in subjects if not any(c.id < m < verb.id for m in marks)] or subjects


def _inside_any(pos: int | None, spans: list[QuoteSpan]) -> bool:
    return pos is not None and any(q.start <= pos < q.end for q in spans)


# Words of a complement outside its quotation marks above which the complement is a claim of its
# own even when its subject or head is quoted (« qu'« un kit … » existe déjà », « avoir « bien
# fait de refuser » la publication »): 2 lets a lone "que"/"avoir" + one word through (they add
# nothing to the quote); calibrated on dev, where every quote-dominated complement has at most 1.
_OUTSIDE_WORDS = 2


def _active_cue(sent: Sentence, comp: Word) -> bool:
    """The verb `comp` hangs on is finite, or has an auxiliary of tense: not a passive report."""
    cue = sent.words[comp.head - 1] if comp.head else None
    return cue is not None and ("VerbForm=Fin" in (cue.feats or "") or any(
        base_deprel(c) == "aux" and c.deprel != "aux:pass" for c in children(sent, cue.id)))


def _quote_dominated(sent: Sentence, comp: Word, quotes: list[QuoteSpan]) -> bool:
    """A complement whose subject (or head, without a subject) is quoted, with (almost) nothing of
    its own outside the quote: the quote is the claim."""
    # (a subject clitic the parser left as expl:subj counts: "qu'il « se rendra … »")
    subj = _subject(sent, comp) or next((c for c in children(sent, comp.id) if c.deprel == "expl:subj"), None)
    anchor = subj if subj is not None else comp
    if not _inside_any(word_offsets(anchor)[0], quotes):
        return False
    if subj is None and _active_cue(sent, comp) and any(
            base_deprel(c) == "cop" and "VerbForm=Inf" in (c.feats or "") and not _inside_any(word_offsets(c)[0], quotes)
            for c in children(sent, comp.id)):
        # an infinitive copula outside the marks makes the claim the speaker's ("se targue d'être
        # « seulement raciste »"); a tense auxiliary does not ("explique avoir « appris … »": the
        # annotators give the quote alone)
        return False
    # the complement's own clause: not what is juxtaposed or coordinated to it, nor another
    # reporting verb's clause hung under it ("…», précisant qu'…")
    # (a relative clause describes a noun of the complement, whatever its verb: "les « Français sont
    # pris en otage par une minorité », qui souhaite continuer …")
    skip = {c.id for c in sent.words if c.head and c.id != comp.id
            and (base_deprel(c) in ("parataxis", "conj")
                 or (cue_lemma(sent, c) and not (c.deprel or "").startswith("acl:relcl")))}
    ids = subtree_ids(sent, comp.id, exclude=skip)
    outside = [w for i in ids for w in [sent.words[i - 1]]
               if w.upos != "PUNCT" and not _inside_any(word_offsets(w)[0], quotes)
               and not (base_deprel(w) in ("mark", "aux", "cop") and w.head == comp.id)]
    return len(outside) < _OUTSIDE_WORDS


def mostly_quoted(s: int, e: int, quotes: list[QuoteSpan], text: str | None = None) -> bool:
    """A claim that is nearly all quotation adds nothing to its quote: 90 % of its characters are
    quoted, or (given the text) not one word stands outside the quotation marks (« Selon le ministre,
    « tout va bien ». »: the claim would be `tout va bien »`; an indirect claim is one without marks)."""
    tops = [q for q in quotes if q.depth == 0]
    if sum(max(0, min(e, q.end) - max(s, q.start)) for q in tops) >= 0.9 * (e - s):
        return True
    if text is None:
        return False
    outside, pos = [], s
    for q in sorted(tops, key=lambda q: q.outer_start):
        if q.outer_end <= pos or q.outer_start >= e:
            continue
        outside.append(text[pos:max(pos, q.outer_start)])
        pos = max(pos, q.outer_end)
    outside.append(text[pos:e])
    # an article before the opening mark is the quoted noun's own ("Selon X, les « liens avec la
    # monarchie continuent … »"): no word of the journalist's
    return not re.search(r"\w", _LONE_ARTICLE_RE.sub(" ", " ".join(outside)))


_QUE_BEFORE_RE = re.compile(r"\bqu(?:e|['’])\s*$")
_LONE_ARTICLE_RE = re.compile(r"(?i)(?<![\w'’])(?:les?|la|l['’]|une?|des|du|the|an?)(?![\w'’])")


_QUESTION_RE = re.compile(r"^(?:\w+\s+)?est-ce\b", re.IGNORECASE)

# Where "on" learned it: "a-t-on appris (jeudi) de source(s) …", "… auprès de …" (a few words of time first).
LEARNED_FROM_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:de\s+(?:bonne\s+|même\s+)?|d['’])?"
                             r"(?P<src>sources?\b[^,.;:!?\n«»]*|auprès\s+(?:des?\s+|du\s+|d['’]\s*)[^,.;:!?\n«»]+)")


def _claim(text: str, sent: Sentence, si: int, ids: set[int], cue: str, verb: Word | None,
           source: Word | None, confidence: float, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    ids = _without_foreign_marks(sent, ids, quotes)
    ids = _strip_edges(sent, ids)
    if not ids:
        return None
    span = span_of(sent, ids)
    if span is None:
        return None
    s, e = span
    if verb is not None or source is not None:
        e = _cut_trailing_report(text, sent, s, e)
    # a colon opening a quotation ends the clause: what follows is a direct quote of its own
    # (« précise avoir réagi dès … : « il est apparu … », affirme-t-elle »)
    colon = _COLON_QUOTE_RE.search(text, s, e)
    if colon is not None and not _inside_any(colon.start(), quotes):
        e = s + len(text[s:colon.start()].rstrip(_SPACES))
    if verb is not None:
        e = _trailing_quoted_clause(text, sent, s, e, ids, verb, quotes)
        e = _aside_end(text, sent, verb, s, e)
    # a claim opening on a quotation closed inside it keeps the opening mark (« prêts » à suspendre …)
    s = next((q.outer_start for q in quotes if q.depth == 0 and q.start == s and q.end < e), s)
    # and one closing on a quotation opened inside it keeps the closing mark (… estime qu'ils « témoignent … »)
    # (also when only the quote's final punctuation is left after the claim: « … de mon journal. »)
    e = next((q.outer_end for q in quotes if q.depth == 0 and s < q.start and q.start < e <= q.end
              and not text[e:q.end].strip(_SPACES + " .!?…")), e)
    # and one whose sentence the parser ended inside a quotation opened in it runs to the closing mark
    # (il n'est « pas question d'arriver à … (…) On n'a pas refait les totaux »): the quote is one; when
    # a verb of the journalist's opens it (not a source's apposition before the quote: "selon X,
    # président de l'IPSN, « … »")
    # (or a que-clause whose subject stands before the marks: "estime que Nicolas Sarkozy « ne se
    # refait pas: … »")
    e = next((q.outer_end for q in quotes if q.depth == 0 and s < q.start < e < q.end and q.closed
              and "\n" not in text[e:q.end] and (_finite_outside(sent, s, q.outer_start, quotes) or (
                  verb is not None and _QUE_BEFORE_RE.search(text, max(0, s - 6), s)
                  and _subject_outside(sent, s, e, quotes)))), e)
    if verb is not None:
        e = _coordinated_quotations_end(text, sent, e, quotes)
    # a que-clause opening on a quotation whose first words the parser hung elsewhere starts at the
    # opening mark (que « si on ne trouve pas de solution, on renoncera » à la hausse des taxes: "si
    # … trouve" taken for a condition of the reporting verb, the clause cut to "on renoncera » à …")
    s = next((q.outer_start for q in quotes if q.depth == 0 and q.start < s < q.end < e
              and _QUE_BEFORE_RE.search(text, max(0, q.outer_start - 12), q.outer_start)), s)
    content = text[s:e]
    words = _content_words(content)
    # three words at least, or, after a reporting verb, an infinitive with its verb ("se défend d'avoir
    # triché"): shorter pieces are stray words of a misparse ("L'enterrement est selon l'Église « … »",
    # "qu'il surveille" of a relative clause)
    if len(words) < 2 or (len(words) == 2 and not _infinitive_pair(sent, ids, s, e, verb)):
        return None
    if _QUESTION_RE.match(content):
        return None  # "Pourtant, est-ce par hasard, a-t-on appris …, si « … » ?": a question asserts nothing
    # A claim never starts inside a quote and ends outside it (or the reverse).
    if any((q.start < s < q.end) != (q.start < e <= q.end) for q in quotes if q.depth == 0
           and not (s <= q.start and q.end <= e)):
        return None
    if mostly_quoted(s, e, quotes, text) and not (
            _QUE_BEFORE_RE.search(text, max(0, s - 6), s) and _subject_outside(sent, s, e, quotes)
            or _infinitive_outside(sent, s, quotes)
            or _addressee_outside(text, verb, s, e, quotes)
            or _subject_outside(sent, s, e, quotes) and _finite_outside(sent, s, e, quotes)):
        # (a que-clause with its subject outside the marks is a claim: "qu'il « se rendra … »"; and so
        # is an infinitive outside them: "annonce vouloir « tester l'observatoire … »", "se targue
        # d'être « seulement raciste »"; and a clause whose subject and verb are the journalist's:
        # "Selon Daniel Vaillant, il n'est « pas question d'arriver … »")
        return None
    if any(q.depth == 0 and q.kind == "direct" and s <= q.outer_start and q.outer_end <= e for q in quotes):
        return None  # a direct quote has its own speaker; a clause around it is not a claim of its own
    cue_span = word_offsets(verb) if verb is not None else None
    return QuoteSpan(
        start=s, end=e, text=content, kind="indirect", cue=cue,
        cue_span=cue_span if cue_span and cue_span[0] is not None else None,
        cue_word=(si, verb.id) if verb is not None else None,
        source_word=(si, source.id) if source is not None else None,
        confidence=confidence,
    )


_QUOTATION_JOINER_RE = re.compile(r"\s*(?:,\s*(?:et\s+|ou\s+)?|et\s+|ou\s+)")


def _coordinated_quotations_end(text: str, sent: Sentence, e: int, quotes: list[QuoteSpan]) -> int:
    """A claim that closes on a quotation runs over the quotations coordinated after it, each
    a predicate of the same clause (« que le plan « écarte toute stimulation … », « n'annonce aucun
    investissement … » et « ignore de grands travaux … » »: lower-case, so no sentence of its own)."""
    e0 = sentence_offsets(sent)[1] or len(text)
    while text[e - 1:e] in ("»", "”", '"'):
        m = _QUOTATION_JOINER_RE.match(text, e)
        nxt = next((q for q in quotes if q.depth == 0 and m is not None and q.outer_start == m.end()
                    and q.outer_end <= e0 and q.text[:1].islower()), None)
        if nxt is None:
            break
        after = text[nxt.outer_end:nxt.outer_end + 3].lstrip()
        if after[:1] not in ("", ".", ",", ";") and not after.startswith(("et", "ou")):
            break  # a quotation that opens more words of the journalist's: not a predicate of the clause
        e = nxt.outer_end
    return e


# A dash that sets off an aside: with a space on at least one side ("Ségolène Royal -qui a dit …-
# et le député"), unlike the hyphen inside a word ("Jean-Marc").
_ASIDE_DASH_RE = re.compile(r"(?<=\s)[-–—]|[-–—](?=\s)")


def _aside_end(text: str, sent: Sentence, verb: Word, s: int, e: int) -> int:
    """A report made inside an aside between dashes ends with the aside ("Ségolène Royal -qui a dit
    vouloir aller au Tibet- et le député maire …": what she said stops at the closing dash)."""
    s0 = sentence_offsets(sent)[0] or 0
    vs = word_offsets(verb)[0] or s
    if len(_ASIDE_DASH_RE.findall(text, s0, vs)) % 2 == 0:
        return e
    close = _ASIDE_DASH_RE.search(text, s, e)
    return s + len(text[s:close.start()].rstrip()) if close is not None else e


def _without_foreign_marks(sent: Sentence, ids: set[int], quotes: list[QuoteSpan]) -> set[int]:
    """`ids` less a closing quotation mark the parser hung on the clause from a quotation further on
    that another clause's verb stands before ("qu'il « se rendra … » mais a confié vouloir « … »": the
    last closing mark hung on "rendra"). A quotation right after the clause, or after a preposition
    (`pour « dissimuler … »`), stays with it."""
    out = set(ids)
    for i in ids:
        w = sent.words[i - 1]
        ws = word_offsets(w)[0]
        if w.upos != "PUNCT" or i - 1 in ids or ws is None:
            continue
        closed = next((q for q in quotes if q.close_end is not None and q.close_end - 1 == ws), None)
        before = [j for j in ids if j < i]
        if closed is None or not before:
            continue
        between = [sent.words[k - 1] for k in range(max(before) + 1, i)
                   if (word_offsets(sent.words[k - 1])[0] or 0) < (closed.open_start or closed.start)]
        if any(x.upos in ("VERB", "AUX") and x.id not in ids for x in between):
            out.discard(i)  # (a verb of another clause stands between)
    return out


def _named_addressee(sent: Sentence, verb: Word, lemma: str, comp: Word, kids: list[Word],
                     quotes: list[QuoteSpan]) -> bool:
    """A call whose addressee is named outside the marks before its quoted action (`appelle la France à
    « corriger … »`): the claim stands though its infinitive is quoted (`_addressee_outside`)."""
    return lemma in _ADDRESSED_CALLS and any(
        base_deprel(k) == "obj" and verb.id < k.id < comp.id and k.upos in ("NOUN", "PROPN")
        and not _inside_any(word_offsets(k)[0], quotes) for k in kids)


def _addressee_outside(text: str, verb: Word | None, s: int, e: int, quotes: list[QuoteSpan]) -> bool:
    """A call on someone named outside the marks, the action quoted (`appelle la France à « corriger
    ses erreurs … »`, `a appelé les dirigeants chinois à « donner la preuve » …`): the annotations give
    the addressee and the action as a claim (four of four such calls), the quoted action as a partial."""
    if verb is None or (verb.lemma or "").lower() not in _ADDRESSED_CALLS:
        return False
    first = min((q.outer_start for q in quotes if q.depth == 0 and s <= q.outer_start < e), default=None)
    return first is not None and re.fullmatch(r"\s*\w[^«»\"“”]*\s[àa]\s*", text[s:first]) is not None


def _subject_outside(sent: Sentence, s: int, e: int, quotes: list[QuoteSpan]) -> bool:
    """The clause between `s` and `e` has its subject outside the quotation marks (annotators give
    such a clause both as a claim and as a partial quote)."""
    return any(s <= (word_offsets(w)[0] or -1) < e and base_deprel(w) in ("nsubj", "expl")
               and not _inside_any(word_offsets(w)[0], quotes) for w in sent.words)


def _finite_outside(sent: Sentence, s: int, e: int, quotes: list[QuoteSpan]) -> bool:
    """A finite verb or copula of the clause between `s` and `e` stands outside the quotation marks."""
    return any(s <= (word_offsets(w)[0] or -1) < e and w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "")
               and not _inside_any(word_offsets(w)[0], quotes) for w in sent.words)


def _infinitive_outside(sent: Sentence, s: int, quotes: list[QuoteSpan]) -> bool:
    """The claim starting at `s` opens on an infinitive outside the quotation marks (after `de`)."""
    first = [w for w in sent.words if (word_offsets(w)[0] or -1) >= s and w.upos != "PUNCT"
             and (w.text or "").lower() not in ("de", "d'", "d’")][:1]
    return bool(first) and first[0].upos in ("VERB", "AUX") and "VerbForm=Inf" in (first[0].feats or "") \
        and base_deprel(first[0]) != "aux" and not _inside_any(word_offsets(first[0])[0], quotes)


def _infinitive_pair(sent: Sentence, ids: set[int], s: int, e: int, verb: Word | None) -> bool:
    """Two words between `s` and `e` that a reporting verb governs, an infinitive then a full verb."""
    inside = [sent.words[i - 1] for i in sorted(ids) if s <= (word_offsets(sent.words[i - 1])[0] or -1) < e]
    return (verb is not None and bool(inside) and "VerbForm=Inf" in (inside[0].feats or "")
            and any(x.upos == "VERB" for x in inside))


def _trailing_quoted_clause(text: str, sent: Sentence, s: int, e: int, ids: set[int], verb: Word,
                            quotes: list[QuoteSpan]) -> int:
    """The end of a claim followed, to the end of its sentence, by a quoted clause of the speaker's
    that the parser hung on the reporting verb (`estime avoir résisté aux pressions « parce que j'ai
    les épaules »`): the quoted words are the speaker's, so they go on the reported clause, not on
    the journalist's verb. The claim then ends with the quotation."""
    _, sent_end = sentence_offsets(sent)
    for q in quotes:
        if q.depth != 0 or q.kind == "direct":
            continue
        # right after the claim (the parser may have given the opening mark to the claim's last word)
        if not (q.outer_start <= e <= q.start or q.outer_start > e and not text[e:q.outer_start].strip()):
            continue
        if sent_end is None or re.search(r"\w", text[q.outer_end:sent_end]):
            return e
        inside = [w for w in sent.words if (word_offsets(w)[0] or -1) >= q.start and (word_offsets(w)[1] or 0) <= q.end]
        inside_ids = {w.id for w in inside}
        heads = [w for w in inside if w.head not in inside_ids and w.upos != "PUNCT"]
        if len(heads) == 1 and (heads[0].head == verb.id or heads[0].head in ids) \
                and base_deprel(heads[0]) in ("advcl", "conj", "obl", "xcomp", "ccomp"):
            return q.end
        return s + len(text[s:q.outer_start].rstrip(_SPACES)) if q.outer_start < e else e
    return e


def find_claims(text: str, doc: Document, quotes: list[QuoteSpan], lang: str = "fr") -> list[QuoteSpan]:
    """Indirect claims over the parse of the annotated sentences."""
    out: list[QuoteSpan] = []
    for si, sent in enumerate(doc.sentences):
        if not is_annotated(sent):
            continue
        verb_claims = _verb_claims(text, sent, si, quotes, lang)
        if not verb_claims:
            verb_claims = _comme_claims(text, sent, si, quotes, lang)
        spoken = _speech_noun_colon_claims(text, sent, si, quotes) if lang == "fr" else []
        spoken = spoken or _announced_colon_claims(text, sent, si, quotes, lang)
        if spoken:
            # the act's words hold the verbs after the colon ("lance un appel : montrez « … », n'allez
            # pas …"): one claim, the caller's
            verb_claims = [c for c in verb_claims if not (c.cue_span and c.cue_span[0] > spoken[0].start - 3)] + spoken
        # "<claim>, précise-t-elle, tandis qu'une autre source a suggéré que …": the incise's claim
        # stands beside the other verb's, where they do not overlap
        inverted = _inverted_claims(text, sent, si, quotes, lang)
        # (an incise set inside the sentence reports all of it, not the clause the parser hung on its
        # verb: "Lorsque ceux-ci s'ouvriront, a-t-il rappelé, la France présidera l'UE")
        verb_claims = [v for v in verb_claims if not any(
            c.cue_word == v.cue_word and c.start <= v.start and v.end <= c.end for c in inverted)]
        # ("Il lui est reproché une aide …, a-t-on précisé de même source": the impersonal passive
        # names nobody; the incise says who spoke)
        verb_claims = [v for v in verb_claims if not (
            v.cue_word is not None and impersonal_passive(sent, sent.words[v.cue_word[1] - 1])
            and any(c.start < v.end and v.start < c.end for c in inverted))]
        verb_claims = verb_claims + [c for c in inverted
                                     if not any(c.start < v.end and v.start < c.end for v in verb_claims)]
        out.extend(verb_claims)
        if si > 0 and lang == "fr":
            out.extend(_ce_que_claims(text, doc, si, quotes, lang))
        out.extend(_source_claims(text, sent, si, quotes, out, lang))
        if lang == "fr":
            out.extend(_pour_qui_claims(text, sent, si, quotes))
        if not verb_claims:
            out.extend(_colon_claims(text, sent, si, quotes))
    # two cues for one clause ("a ajouté X soulignant que …"): the clause goes with the nearer cue
    best: dict[tuple[int, int], QuoteSpan] = {}
    for c in out:
        key = (c.start, c.end)
        prev = best.get(key)
        if prev is None or (c.cue_span and prev.cue_span and c.cue_span[0] > prev.cue_span[0]
                            and c.cue_span[0] < c.start):
            best[key] = c
    # (not a "comme" clause's own report of the same clause: "X a reconnu que …, comme l'ont affirmé des
    # témoins" has two speakers of it)
    kept = [c for c in out if (best[(c.start, c.end)] is c or _comme_report(doc, c)) and not _asked(text, doc, c)]
    # one cue, one start: the longer reading of the clause (the object's noun phrase was read twice,
    # cut at a parenthesis once: "a démenti la responsabilité de la banque … (Fed) d'abaisser …")
    return [c for c in kept if not any(o is not c and o.start == c.start and o.end > c.end and o.cue_span == c.cue_span
                                       and o.cue_span is not None for o in kept)]


def _comme_report(doc: Document, claim: QuoteSpan) -> bool:
    """The claim's cue heads a comme-clause ("…, comme l'ont affirmé des témoins")."""
    if claim.cue_word is None:
        return False
    sent = doc.sentences[claim.cue_word[0]]
    return mark_word(sent, sent.words[claim.cue_word[1] - 1], "comme") is not None


def _asked(text: str, doc: Document, claim: QuoteSpan) -> bool:
    """`Pensez-vous que la réforme sera adoptée ?`, `Comment expliquez-vous que …?`: the cue of a
    question put to the one asked ("vous", "tu") reports nobody's words."""
    if claim.cue_word is None:
        return False
    sent = doc.sentences[claim.cue_word[0]]
    verb = sent.words[claim.cue_word[1] - 1]
    _, e0 = sentence_offsets(sent)
    return e0 is not None and text[:e0].rstrip(" »”\"").endswith("?") and any(
        base_deprel(c) == "nsubj" and (c.text or "").lower().strip("-‑") in ("vous", "tu") for c in children(sent, verb.id))


# « X : claim » (GUIDELINES: a claim introduced by `X : …`). Only when all that stands before the
# colon is one person or organisation the NER names (« Emmanuel Macron : la réforme ira à son
# terme »): a topic before a colon (« Guerre en Ukraine : … », « Garanties de sécurité : … ») is a
# heading, not a source. A quotation right after the colon is a direct quote, left to the quote stage.
_OPENING_MARKS = "«“\"„‹"


# "C'est ce qu'il a assuré …", "C'est du moins ce qu'affirme X", "Voilà ce qu'a déclaré X": the
# sentence before is what was said.
_CE_QUE_RE = re.compile(r"\s*(?:c['’]est|voilà)\s+(?:(?:du moins|en tout cas|en substance|en effet)\s+)?ce\s+qu(?:['’]|e\s)",
                        re.IGNORECASE)


def _ce_que_claims(text: str, doc: Document, si: int, quotes: list[QuoteSpan], lang: str) -> list[QuoteSpan]:
    """The sentence before `C'est ce qu'a déclaré X`, as X's claim: the reporting verb of the relative
    clause on "ce", its subject (after it or before it), and the whole previous sentence of the same
    or the previous paragraph, unless that sentence is a heading or a quotation (which has its own
    speaker)."""
    sent = doc.sentences[si]
    s0, _ = sentence_offsets(sent)
    if s0 is None or not _CE_QUE_RE.match(text, s0):
        return []
    ce = next((w for w in sent.words[:6] if (w.text or "").lower() == "ce" and w.upos == "PRON"), None)
    if ce is None:
        return []
    verb = next((w for w in sent.words if w.id > ce.id and w.upos == "VERB" and cue_lemma(sent, w, lang)), None)
    if verb is None or any(w.upos == "VERB" and ce.id < w.id < verb.id for w in sent.words):
        return []
    if cue_lemma(sent, verb, lang) in no_infinitive_verbs(lang):
        return []  # "C'est ce qu'ont ordonné les magistrats", "ce qu'il appelle …": an order, a name
    ps, pe = sentence_offsets(doc.sentences[si - 1])
    if ps is None or pe is None or text[pe:s0].count("\n") > 2:
        return []
    if cue_surface_re(lang).search(text[ps:pe]):
        return []  # the sentence before reports already ("…, a indiqué une source judiciaire")
    line_s, line_e = _line_bounds(text, ps)
    if is_heading_line(text[line_s:line_e]) or mostly_quoted(ps, pe, quotes, text):
        return []
    while pe > ps and text[pe - 1] in ".!?…;" + _SPACES:
        pe -= 1
    if len(_content_words(text[ps:pe])) < 3:
        return []
    subject = _subject(sent, verb) or next((c for c in children(sent, verb.id) if c.id > verb.id
                                            and base_deprel(c) in ("nsubj", "obj") and c.upos in ("NOUN", "PROPN")), None)
    cue_span = word_offsets(verb)
    return [QuoteSpan(start=ps, end=pe, text=text[ps:pe], kind="indirect", cue=cue_lemma(sent, verb, lang),
                      cue_span=cue_span if cue_span[0] is not None else None, cue_word=(si, verb.id),
                      source_word=(si, subject.id) if subject is not None else None, confidence=0.55)]


def _colon_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    colon = next((w for w in sent.words if w.text == ":"), None)
    if colon is None or colon.id < 2:
        return []
    before = [w for w in sent.words if w.id < colon.id]
    after = [w for w in sent.words if w.id > colon.id]
    first, last = word_offsets(before[0])[0], word_offsets(before[-1])[1]
    if first is None or last is None or not after or after[0].text[:1] in _OPENING_MARKS:
        return []
    if not any(e.type in ("PER", "ORG") and e.start_char <= first and e.end_char >= last for e in sent.ents):
        return []
    if not any(w.upos in ("VERB", "AUX") for w in after) or _inside_any(first, quotes):
        return []
    head = next((w for w in before if not (before[0].id <= w.head < colon.id)), before[-1])
    c = _claim(text, sent, si, {w.id for w in after}, ":", None, head, 0.6, quotes)
    return [c] if c else []


def _announced_colon_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan], lang: str) -> list[QuoteSpan]:
    """`Les médias officiels l'ont confirmé : <clause>`, `Le ministre l'a annoncé mardi : <clause>`: a
    reporting verb whose object is the clitic "le" standing for what follows the colon reports the
    clause after it (past a time or a place that opens it), said by the verb's subject."""
    if lang != "fr":
        return []
    colon = next((w for w in sent.words if w.text == ":"), None)
    if colon is None or colon.id < 3:
        return []
    after = [w for w in sent.words if w.id > colon.id]
    if not after or after[0].text[:1] in _OPENING_MARKS or not any(
            w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "") for w in after):
        return []
    for verb in sent.words:
        if verb.id >= colon.id or colon.id - verb.id > 4 or not cue_lemma(sent, verb, lang):
            continue
        kids = children(sent, verb.id)
        if not any(base_deprel(c) == "obj" and c.upos == "PRON" and _norm_apos(c.text).lower() in ("l'", "le")
                   and c.id < verb.id for c in kids):
            continue
        # (only adverbs or a time between the verb and the colon: "l'a annoncé mardi :")
        if any(w.upos in ("VERB", "AUX", "PROPN") or w.text in ("«", "»", '"')
               for w in sent.words if verb.id < w.id < colon.id):
            continue
        subj = _subject(sent, verb)
        if subj is None or _inside_any(word_offsets(colon)[0], quotes):
            continue
        start = word_offsets(after[0])[0]
        e0 = sentence_offsets(sent)[1]
        if start is None or e0 is None:
            continue
        start = _past_leading_adverbials(text, sent, start, e0, quotes)
        ids = {w.id for w in after if (word_offsets(w)[0] or -1) >= start}
        c = _claim(text, sent, si, ids, cue_lemma(sent, verb, lang), verb, subj, 0.6, quotes)
        return [c] if c else []
    return []


# An act of speech named before a colon ("a présenté ses vœux : …", "lance un appel similaire … : …").
_SPEECH_NOUN_FORMS = ("vœux", "voeux", "appel", "message", "discours", "avertissement")
_SPEECH_NOUNS = frozenset(_SPEECH_NOUN_FORMS) | {"vœu", "voeu"}  # (and the lemmas of the plurals)
# Words given out, named before a colon with who gave them ("Seule indication livrée par les
# organisateurs : ce sera …", "Explication avancée par la police : …").
_GIVEN_WORDS = frozenset({"indication", "précision", "explication", "réponse", "confirmation", "annonce",
                          "information", "commentaire", "version", "argument"})
_SPEECH_NOUN_COLON_RE = re.compile(r"\b(?:" + "|".join(_SPEECH_NOUN_FORMS) + r"|(?i:"
                                   + "|".join(sorted(_GIVEN_WORDS)) + r")s?\s+\w+\s+par)\b[^:.«»\n]{0,80}:")


def _speech_noun_colon_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """`X a présenté ses vœux : partout montent les partis extrémistes …`, `X lance un appel … :
    montrez « que … »`: what follows the colon is the words of the act the verb's object names, the
    verb's subject's claim (four of the five such colons of the annotated French sets; the fifth is
    followed by a list of names, no clause). Not when the words are all quoted (a quotation)."""
    colon = next((w for w in sent.words if w.text == ":"), None)
    if colon is None:
        return []
    act = next((w for w in sent.words if w.id < colon.id and base_deprel(w) == "obj"
                and (w.lemma or w.text or "").lower() in _SPEECH_NOUNS and w.head), None)
    if act is not None:
        verb = sent.words[act.head - 1]
        speaker = _subject(sent, verb)
    else:
        # the words given out, and the participle's agent who gave them: "Seule indication livrée
        # par les organisateurs : …"
        given = next((w for w in sent.words if w.id < colon.id and w.upos == "NOUN"
                      and (w.lemma or w.text or "").lower() in _GIVEN_WORDS), None)
        verb = next((p for p in children(sent, given.id) if base_deprel(p) == "acl" and p.upos == "VERB"
                     and p.id < colon.id), None) if given is not None else None
        speaker = next((a for a in children(sent, verb.id) if a.deprel == "obl:agent"), None) \
            if verb is not None else None
    after = [w for w in sent.words if w.id > colon.id]
    if speaker is None or verb.upos != "VERB" or not any(
            "VerbForm=Fin" in (w.feats or "") and not _inside_any(word_offsets(w)[0], quotes) for w in after):
        return []
    if mostly_quoted(word_offsets(after[0])[0] or 0, word_offsets(after[-1])[1] or 0, quotes, text):
        return []  # « … » after the colon: a quotation
    c = _claim(text, sent, si, {w.id for w in after}, ":", verb, speaker, 0.55, quotes)
    return [c] if c else []


# "Comme le dit X, …", "Comme l'a annoncé X, …", "Ainsi que le souligne X, …"
_COMME_RE = re.compile(r"^\s*" + _COORDINATOR_BEFORE + r"(?:comme|ainsi que)\s+l(?:e\s+|['’]\s*)(?:(?:a|avait|ont)\s+)?"
                       r"([\w-]+)\s+([^,]{1,80}),", re.IGNORECASE)


def _comme_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan], lang: str) -> list[QuoteSpan]:
    """`Comme le sous-entend X, <clause>`: X is the source of the clause.

    Matched on the words, because parsers often take the inverted verb of this construction for a
    noun; the verb must still be a reporting verb by its lemma or its inflection."""
    s0, e0 = sentence_offsets(sent)
    if s0 is None:
        return []
    m = _COMME_RE.match(text[s0:e0])
    if not m:
        return []
    form = m.group(1)
    verb = next((w for w in sent.words if word_offsets(w)[0] == s0 + m.start(1)), None)
    lemmas = [_norm_apos(verb.lemma).lower()] if verb is not None and verb.lemma else []
    verbs = reporting_verbs(lang)
    cue = next((c for c in (*lemmas, *guess_lemmas(form)) if c in verbs), None)
    if cue is None or verb is None:
        return []
    src_start, src_end = s0 + m.start(2), s0 + m.end(2)
    source = next((w for w in sent.words if word_offsets(w)[0] is not None
                   and src_start <= word_offsets(w)[0] < src_end and w.upos in ("PROPN", "NOUN", "PRON", "ADJ", "X")),
                  None)
    ids = {w.id for w in sent.words if word_offsets(w)[0] is not None and word_offsets(w)[0] >= s0 + m.end()}
    c = _claim(text, sent, si, ids, cue, None, source, 0.6, quotes)
    if c is None:
        return []
    c.cue_span = word_span(verb)
    return [c]


# after comme, the words of a comparison or a habit rather than of an attribute
_COMPARISON_RE = re.compile(r"\s*(?:tou[ts]?|toutes?|chaque|d['’]habitude|prévu|toujours|souvent|avant|ailleurs|"
                            r"lui|elle|eux|elles|moi|toi|nous|vous|ceux|celles?|celui|beaucoup|la plupart|"
                            r"d['’]autres|les autres|l['’]an|l['’]année|hier|aujourd)\b", re.IGNORECASE)


# Attributes of belief or certainty (lemmas, participles under their verb's lemma): after "se dire",
# "se montrer", "se déclarer", their que-clause is the claim.
_BELIEF_ATTRIBUTES = frozenset({"convaincu", "convaincre", "persuadé", "persuader", "certain", "sûr", "confiant",
                                "assuré", "assurer", "conscient"})


def _seen_in(text: str, sent: Sentence, si: int, w: Word, kids: list[Word], lemma: str,
             quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """`Le Monde voit en Barack Obama « la chance » de l'Amérique mais également …`: "voir en X Y"
    says that X is Y, one claim from X to the end of the sentence."""
    subject = _subject(sent, w) if lemma == "voir" else None
    if subject is None or has_reflexive(sent, w) or _mark(sent, w) is not None:
        return None  # (not "se sont vus en tête à tête": met; nor inside another report: "m'a dit qu'il voyait en lui")
    x = next((k for k in kids if base_deprel(k) == "obl" and k.id > w.id and k.upos in ("PROPN", "NOUN", "PRON")
              and any(base_deprel(c) == "case" and (c.text or "").lower() == "en" and c.id == w.id + 1
                      for c in children(sent, k.id))), None)
    if x is None or max(subtree_ids(sent, x.id)) >= len(sent.words) - 1:
        return None  # (nothing said of X after it: "voit en direct", "voit en face")
    ids = set(range(w.id + 2, len(sent.words) + 1))
    return _claim(text, sent, si, ids, lemma, w, subject, 0.55, quotes)


def _as_attribute_claim(text: str, sent: Sentence, si: int, w: Word, kids: list[Word], lemma: str,
                        quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """`décrit la créature comme ayant …`, `considèrent Taïwan comme une partie de leur territoire`:
    an object and its attribute after `comme` are what the subject says of it, one claim from the
    object to the end of the attribute. Active voice only: in `présenté comme le favori` the one who
    presents is unknown."""
    if any(k.deprel == "aux:pass" for k in kids):
        return None
    seen_in = _seen_in(text, sent, si, w, kids, lemma, quotes)
    if seen_in is not None:
        return seen_in
    obj = next((k for k in kids if base_deprel(k) == "obj" and k.id > w.id and k.upos in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    source = _subject(sent, w)
    if "VerbForm=Part" in (w.feats or "") and not any(base_deprel(k) == "aux" for k in kids):
        # a participle without auxiliary is a description ("l'animal décrit comme …"), unless the
        # parser misread a present tense with the same form after an apposition: "Jean Vannier,
        # paléontologue, décrit la créature comme …" (an object follows, a comma precedes)
        before = sent.words[w.id - 2] if w.id > 1 else None
        if base_deprel(w) != "acl" or before is None or before.text != "," or not w.head:
            return None
        source = sent.words[w.head - 1]
    obj_ids = subtree_ids(sent, obj.id)
    for a in sent.words:
        # the attribute hangs on the verb or the object, or on a word inside the object ("voit la
        # polémique lancée par X comme un contre-feu": the parser often takes the participle)
        if a.id <= obj.id or (a.head != w.id and a.head not in obj_ids) or base_deprel(a) in ("punct", "conj", "cc"):
            continue
        ids = subtree_ids(sent, a.id)
        first = sent.words[min(ids) - 1]
        if first.id == a.id or (first.lemma or "").lower() != "comme" or base_deprel(first) not in ("case", "mark"):
            continue
        if a.upos not in ("NOUN", "ADJ", "VERB") or _COMPARISON_RE.match(text, word_offsets(first)[1] or 0):
            return None  # "voit un film comme tout le monde", "comme chaque semaine": a comparison
        if _inside_any(word_offsets(a)[0], quotes):
            return None  # "a décrit le déploiement comme « une menace »": the quoted words are the report
        ids |= obj_ids
        # the attribute ends at a colon: what follows it explains it in the journalist's words
        colon = next((i for i in sorted(ids) if i > a.id and sent.words[i - 1].text == ":"), None)
        if colon is not None:
            ids = {i for i in ids if i < colon}
        return _claim(text, sent, si, ids, lemma, w, source, 0.6, quotes)
    return None


def _object_attribute_claim(text: str, sent: Sentence, si: int, w: Word, kids: list[Word], lemma: str,
                            quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """`a jugé « infondées » les accusations chinoises`, `jugeaient le texte trop proche de …`: an
    object and its adjective attribute say what the subject holds of it, one claim from the first of
    them to the end of the other (six of the seven such uses of juger in the French annotations).
    The attribute is the verb's own (an xcomp), or an adjective after the object that stands in
    quotation marks or under a degree adverb ("trop proche", "réellement exceptionnels"), which
    a plain noun phrase rarely has. Active voice only, and never a pronoun as object."""
    if any(k.deprel == "aux:pass" for k in kids) or has_reflexive(sent, w):
        return None
    if "VerbForm=Part" in (w.feats or "") and "Tense=Past" in (w.feats or "") \
            and not any(base_deprel(k) == "aux" for k in kids):
        return None  # "les propos jugés inacceptables": a description, the one who judged unknown
    attribute = next((k for k in kids if base_deprel(k) == "xcomp" and k.id > w.id and (
        k.upos == "ADJ" or k.upos == "VERB" and "VerbForm=Part" in (k.feats or ""))), None)

    def noun_object(head: Word) -> Word | None:
        return next((k for k in children(sent, head.id) if base_deprel(k) == "obj" and k.id > w.id
                     and k.upos in ("NOUN", "PROPN")), None)
    # (the parser may hang the object on an attribute it read as a participle: "a jugé « infondées »
    # les accusations", "infondées" taken for the verb of the accusations)
    obj = noun_object(w) or (noun_object(attribute) if attribute is not None else None)
    if obj is None:
        return None
    if attribute is None:
        attribute = next((a for a in children(sent, obj.id) if base_deprel(a) == "amod" and a.id > obj.id
                          and a.upos == "ADJ" and (_inside_any(word_offsets(a)[0], quotes) or any(
                              base_deprel(g) == "advmod" and g.id < a.id for g in children(sent, a.id)))), None)
    if attribute is None:
        return None
    ids = subtree_ids(sent, obj.id) | subtree_ids(sent, attribute.id)
    # (a participle's subject is the main clause's, which attribution finds: "Jugeant l'organisation
    # « impeccable », Jacques Rogge a …")
    source = None if _present_participle(w) else _subject(sent, w)
    return _claim(text, sent, si, ids, lemma, w, source, 0.6, quotes)


def _verb_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan], lang: str) -> list[QuoteSpan]:
    out = []
    no_inf = no_infinitive_verbs(lang)
    obj_claim = flagged_verbs("obj-claim", lang)
    attribute_cues = flagged_verbs("attribute", lang)
    assertive = flagged_verbs("assertive", lang)
    as_only = flagged_verbs("as-only", lang)
    as_attribute = as_only | flagged_verbs("as-attribute", lang)
    obj_attribute = flagged_verbs("obj-attribute", lang)
    for w in sent.words:
        lemma = cue_lemma(sent, w, lang)
        if not lemma and w.upos == "VERB" and (w.lemma or "").lower() in as_only:
            lemma = (w.lemma or "").lower()
        if not lemma:
            continue
        if _inside_any(word_offsets(w)[0], quotes) or (_purpose(sent, w) and not _says_for(sent, w)
                                                       and not _without_denying(sent, w, lemma, assertive)):
            continue  # reported speech inside a quote, or "pour s'assurer que …" (a purpose)
        if _adjectival_participle(sent, w):
            continue  # "toute personne reconnue coupable de …": a description, not a report
        if w.head == 0 and _present_participle(w) and w.id == 1 and len(sent.words) > 8:
            # "Craignant qu'…, Xavier Darcos a repoussé …" parsed with the participle as the root: the
            # main clause sits inside its complement, and no claim can be cut from that tree
            continue
        if _thing_as_subject(sent, w):
            continue  # "Ce qui pourrait expliquer le fait qu'elle …": a fact explains, nobody reports
        if _goal_infinitive(sent, w):
            continue  # "L'objectif est de montrer que …": an aim stated, not a report
        if _supposed(sent, w):
            continue  # "Si l'enquête démontrait que …": a supposition, nothing reported
        if (w.text or "").lower() in ("précise", "précises") and w.id > 1 and sent.words[w.id - 2].upos == "NOUN" \
                and not any(base_deprel(c) == "ccomp" or _norm_apos(c.text or "").lower() in ("que", "qu'", ":")
                            for c in children(sent, w.id)):
            continue  # "une information précise encore confidentielle": the adjective after its noun
        if lemma == "maintenir" and any(base_deprel(c) in ("obl", "obl:mod", "obl:arg") and any(
                base_deprel(k) == "case" and (k.text or "").lower() == "en" for k in children(sent, c.id))
                for c in children(sent, w.id)):
            continue  # "maintient en détention X", "maintenir en vie": to keep, not to assert
        if _addresses_the_reader(sent, w):
            continue  # "Rappelons que …", "À noter que …": the journalist's own voice
        if lang == "fr" and (subj := _subject(sent, w)) is not None and (subj.text or "").lower() in ("nous", "je", "j'", "j’") \
                and not _inside_any(word_offsets(subj)[0], quotes) and mark_word(sent, w, "comme", "ainsi") is not None:
            continue  # "Ainsi que nous l'avions indiqué, …", "comme nous l'écrivions": the paper's own voice
        if lemma in assertive and _denied(sent, w):
            continue  # "ne lui avait pas dit que …": what was not said is no claim
        kids = children(sent, w.id)
        if lemma in as_attribute:
            c = _as_attribute_claim(text, sent, si, w, kids, lemma, quotes)
            if c:
                out.append(c)
                continue
            if lemma in as_only:
                continue
        if lemma in obj_attribute and not any(base_deprel(k) == "ccomp" for k in kids):
            c = _object_attribute_claim(text, sent, si, w, kids, lemma, quotes)
            if c:
                out.append(c)
                continue
        restrictive = _negated(sent, w)
        # "Comme le sous-entend X, <clause>": the claim is the clause the comme-clause modifies.
        if mark_word(sent, w, "comme") is not None and w.head:
            if lemma in _WISHES:
                continue  # "…, comme le souhaitait X": what X wanted came about; X reports nothing
            if lemma == "dire" and any(base_deprel(k) == "nsubj" and (k.text or "").lower() == "on" for k in kids):
                continue  # "comme on dit (dans le jargon)": the journalist's idiom, nobody's report
            main = sent.words[w.head - 1]
            if any(mw.id < main.id and not _inside_any(word_offsets(mw)[0], quotes) and not (m == "pour" and base_deprel(x) == "nmod")
                   for mw, m, x in marked_sources(sent, lang)):
                # "Pour l'UFC-Que Choisir, l'amendement … ne lutte en rien contre l'injustice fiscale, comme
                # il le prétend": the clause is the source's claim, which the comme-clause sets against his
                continue
            if any(cue_lemma(sent, a, lang) in flagged_verbs("deny", lang) for a in [main, *ancestors(sent, main)]):
                # "Natixis a démenti avoir perdu « un milliard » comme l'a affirmé La Tribune": the
                # comme-clause names whose claim is denied; the denial is the report
                continue
            if cue_lemma(sent, main, lang) and any(base_deprel(k) in ("ccomp", "xcomp") for k in children(sent, main.id)):
                # "Comme il l'avait promis, le chef de l'Etat a confirmé que …": what was promised is
                # what the main verb reports, its own claim; the whole sentence is no second one
                continue
            ids = subtree_ids(sent, main.id, exclude={w.id})
            comme_end = max(subtree_ids(sent, w.id))
            if comme_end < main.id:
                # the comme-clause opens the sentence: the claim is what follows it, not a coordinator
                # before it ("Et, comme l'indique le communiqué, …")
                ids = {i for i in ids if i > comme_end}
            source = _subject(sent, w)
            if source is None or source.upos in ("DET", "PRON") and source.id < w.id \
                    and _norm_apos(source.text).lower() in ("l'", "le"):
                # "comme l'indique le communiqué": the clitic is the object (the clause itself), the
                # subject follows the verb, which the parser may take for its object
                # (or an obl, "des témoins" split as "de les": "comme l'ont affirmé des témoins")
                source = next((k for k in children(sent, w.id) if k.id > w.id and k.upos in ("NOUN", "PROPN") and (
                    base_deprel(k) in ("nsubj", "obj") or base_deprel(k) == "obl" and any(
                        base_deprel(c) == "case" and (c.lemma or "").lower() == "de" for c in children(sent, k.id)))),
                              source)
            c = _claim(text, sent, si, ids, lemma, w, source, 0.6, quotes)
            if c:
                out.append(c)
            continue
        if lemma == "s'affirmer" and (subj := _subject(sent, w)) is not None \
                and subj.upos == "NOUN" and (subj.lemma or "").lower() not in speaker_nouns() \
                and (subj.lemma or "").lower() not in QUANTITY_NOUNS:
            # "s'affirmer" also means to grow stronger: a thing that does ("La domination de X s'est
            # affirmée …") says nothing (the other verbs of the kind take a speaker whatever the noun:
            # "la section PS s'est déclarée « inquiète »", "l'ancien banquier s'est déclaré candidat")
            continue
        if lemma in attribute_cues:
            # "s'est dit prêt à renoncer … s'il est mis en examen": the parser splits the attribute
            # from its complements (prêt as an object, renoncer as xcomp or advcl); the claim is all
            # the verb governs after it.
            after = [k for k in kids if k.id > w.id and word_offsets(k)[0] is not None
                     and base_deprel(k) not in ("punct", "cc", "conj", "parataxis", "nsubj", "expl")]
            # "Il se dit en revanche fermement opposé à …": the parser hung the attribute on the
            # locution before it; the attribute is the verb's
            after = [next((g for g in children(sent, k.id) if g.id > k.id and base_deprel(g) in ("acl", "amod")
                           and g.upos in ("ADJ", "VERB") and len(subtree_ids(sent, k.id) - subtree_ids(sent, g.id)) <= 2),
                          k) if base_deprel(k) == "obl" else k for k in after]
            # it starts at the attribute: an adjective, noun or verb complement ("un incendie s'est
            # déclaré au bar": no attribute, no report; "en revanche" before it stays out)
            # (not a clause of time or cause, nor any finite clause: "La domination de X s'est
            # affirmée quand il a pris part au relais, qu'il remporte …" says when, not what)
            # (or a stance taken: "s'est dit cependant contre le référendum révocatoire", "pour la réforme")
            first = next((i for i, k in enumerate(after) if k.upos in ("ADJ", "NOUN", "VERB")
                          and (base_deprel(k) in ("xcomp", "obj", "ccomp", "advcl", "amod", "acl")
                               or base_deprel(k) == "obl" and k.upos == "NOUN" and any(
                                   base_deprel(c) == "case" and (c.text or "").lower() in ("contre", "pour")
                                   for c in children(sent, k.id)))
                          and not (base_deprel(k) == "advcl" and _mark(sent, k) in _WHEN_OR_WHY_MARKS)
                          and not (base_deprel(k) in ("advcl", "ccomp") and "VerbForm=Fin" in (k.feats or ""))),
                         None)
            after = after[first:] if first is not None else []
            ids = set().union(*(subtree_ids(sent, k.id) for k in after))
            # "s'est dit convaincu que la réforme passera": an attribute of belief with its que-clause
            # reports the clause, what the speaker holds true (not the belief: "prêt à renoncer" is)
            # (its que-clause hung on the adjective, or on the verb right after it)
            held = next((c for c in [*children(sent, after[0].id), *after[1:]] if base_deprel(c) in ("ccomp", "advcl")
                         and _mark(sent, c) in ("que", "qu'")), None) \
                if after and (after[0].lemma or "").lower() in _BELIEF_ATTRIBUTES else None
            if held is not None:
                ids = subtree_ids(sent, held.id) - {c.id for c in children(sent, held.id) if base_deprel(c) == "mark"}
            # "s'affirmer comme le meilleur": a role taken, not a report
            opens_comme = bool(ids) and (sent.words[min(ids) - 1].lemma or "").lower() == "comme"
            if after and not opens_comme and not any(_relative(sent, k) for k in after):
                c = _claim(text, sent, si, ids, lemma, w, _subject(sent, w), 0.65, quotes)
                if c:
                    out.append(c)
                    continue
        found = False
        taken: set[int] = set()  # words already in a claim of this verb
        reread = None  # a que-clause the parser read as a relative clause on the addressee
        for k in kids:
            rel = base_deprel(k)
            comp: Word | None = None
            if rel == "ccomp" and k.upos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "PRON") \
                    and not _present_participle(k):
                comp = k
            elif rel == "advcl" and _mark(sent, k) in ("que", "qu'") and not _compound_conjunction(sent, k):
                comp = k  # a que-clause the parser attached as adverbial: still the complement
            elif (rel == "xcomp" and (lemma not in no_inf or _calls_to(sent, w, k, lemma))
                  and k.upos in ("VERB", "AUX", "ADJ", "NOUN")
                  and not _purpose(sent, k) and (k.upos == "ADJ" or _infinitive(sent, k))):
                comp = k  # (a noun with an infinitive copula: "a expliqué avoir été « contrainte de … »")
            elif (rel in ("obl", "obj") and lemma not in no_inf and _mark(sent, k) is None and k.id > w.id
                  and k.upos in ("NOUN", "ADJ", "PRON") and _infinitive(sent, k)):
                comp = k  # "ont indiqué être en rupture de carburant": an infinitive the parser hung as obl
            elif (rel in ("advcl", "conj") and lemma not in no_inf and _mark(sent, k) is None and k.id > w.id
                  and k.upos in ("VERB", "AUX", "ADJ", "NOUN") and _infinitive(sent, k) and not _purpose(sent, k)
                  and _subject(sent, k) is None):
                comp = k  # "a assuré à la télévision, ce jeudi, être prêt à …": a bare infinitive hung as adverbial or conjunct
            elif rel in ("advcl", "obl", "acl", "xcomp") and lemma not in no_inf and _de_infinitive(sent, k):
                # "accuser X d'être …" (a noun after the copula heads the clause), "insister sur la
                # nécessité … de parvenir": de + infinitive
                comp = k
            elif (rel == "conj" and lemma not in no_inf and k.id > w.id and _de_infinitive(sent, k)
                  and not any(base_deprel(c) in ("cc", "nsubj") for c in children(sent, k.id))):
                comp = k  # "a menacé mardi, à New Delhi, de quitter …": read as a conjunct after the comma
            elif (rel == "obj" and lemma in obj_claim and k.upos == "NOUN" and not _relative(sent, k)
                  # (not a place where one sees: "un plan … où l'on reconnaît le visage du Che")
                  and not any((c.text or "").lower() == "où" for c in kids)
                  and not _names_someone(k) and (k.lemma or "").lower() not in TIME_NOUNS):
                # "nier toute responsabilité", "reconnaître une irrégularité": a claim as a noun; not a
                # person ("elle a reconnu le fils de sa cousine": recognised, not admitted)
                comp = k
            elif rel in ("obl", "iobj") and lemma not in no_inf \
                    and (misread := _que_clause_read_as_relative(sent, w, k)) is not None:
                comp = misread
                reread = comp.id
            elif rel in ("obl", "obj") and k.upos in ("NOUN", "PROPN") and (k.lemma or "").lower() != "temps" \
                    and not any(base_deprel(c) == "case" and (c.text or "").lower() in ("avec", "pour", "par")
                                for c in children(sent, k.id)):
                # (not an aim or a means: "a annoncé … une réunion avec pour objectif de déposer …")
                # ("confié la garde … à une amie, le temps d'aller en Algérie": how long, not what)
                # "insister sur la nécessité de parvenir …": a noun carrying a clause; as the object,
                # only a clause of its own marked que or de + infinitive ("annoncer son intention de
                # porter plainte", "exprimer sa crainte que …"), not any verb hung on the noun.
                # A request's infinitive is no claim there either ("demander aux riverains de rester
                # chez eux": the verb's no-inf flag, whichever word the parser hung the infinitive on).
                if any(base_deprel(g) in ("acl", "ccomp", "xcomp") and g.upos in ("VERB", "AUX")
                       and any(base_deprel(m) == "mark" for m in children(sent, g.id))
                       and (rel == "obl" or _mark(sent, g) in ("que", "qu'")
                            or _de_infinitive(sent, g))
                       and not (lemma in no_inf and _infinitive(sent, g))
                       for g in children(sent, k.id)):
                    comp = k
            elif rel == "advcl" and k.upos == "VERB" and lemma in ("accuser", "reprocher", "soupçonner"):
                comp = k
            if comp is None or comp.id in taken or _mark(sent, comp) == "comme":
                continue  # ("…, comme elle l'avait souhaité, …": an aside the parser made a second complement)
            if rel == "ccomp" and _mark(sent, comp) is None and cue_lemma(sent, comp, lang) \
                    and incise_after_comma(sent, comp) and _inverted_subject(sent, comp) is not None:
                continue  # "La mère a affirmé qu'…, a déclaré le procureur": the incise of the sentence, no claim
            if (comp.lemma or "").lower() == "avoir" and _mark(sent, comp) is None and any(
                    (c.text or "").lower() == "il" and base_deprel(c) == "expl" for c in children(sent, comp.id)):
                continue  # "il y a deux semaines": when (ago), not what
            if rel == "ccomp" and _mark(sent, comp) is None and _after_quotation(text, sent, w):
                continue  # "« … », assure Nora, une mère assise avec son fils": the quotation is what she says
            if rel == "ccomp" and _indirect_question(sent, comp, lemma):
                continue  # "préciser si la Chine avait l'intention de …": asked, not claimed
            if _adverbial_clause(sent, comp):
                continue  # "…, précise-t-elle, tandis qu'une autre source …": a clause of contrast, time, cause
            if _continues_que(sent, kids, comp, lang):
                continue  # taken into the que-clause before it (below)
            if rel == "ccomp" and _mark(sent, comp) is None and _punct_between(sent, w, comp, ";"):
                continue  # "précise : « … » ; ces échantillons se composent …": past a semicolon, the journalist's text
            if (rel == "ccomp" and _mark(sent, comp) is None and cue_lemma(sent, comp, lang)
                    and _subject(sent, comp) is not None and (_punct_between(sent, w, comp, ",") or any(
                        base_deprel(c) == "cc" for c in children(sent, comp.id)))):
                continue  # another speaker's report juxtaposed after a comma or an "et", not this verb's content
            if restrictive and comp.upos not in ("VERB", "AUX") and rel in ("ccomp", "advcl"):
                continue  # "n'a confirmé que le blocage": ne … que means "only", no clause follows
            if _mark(sent, comp) in ("que", "qu'") and bare_participle(sent, comp, "Pres"):
                continue  # a que-clause has a finite verb: "que le blocage …, reconnaissant" is ne … que misread
            if (rel == "xcomp" or (rel == "ccomp" and "VerbForm=Part" in (comp.feats or "") and _mark(sent, comp) is None
                                   and not any(base_deprel(c) in ("aux", "cop") for c in children(sent, comp.id)))) \
                    and _punct_between(sent, w, comp, ",") and not _de_infinitive(sent, comp):
                continue  # "a indiqué Ingrid Betancourt, vêtue d'un treillis": a description of the speaker
            if (_relative(sent, comp) and comp.id != reread) or (rel == "advcl" and _purpose(sent, comp)):
                continue  # "qualifié de journal qui « s'est couché »", "accusé … pour avoir demandé"
            if word_offsets(comp)[0] is None or word_offsets(comp)[0] < (word_offsets(w)[0] or 0):
                continue  # complements before the verb are incises' hosts, not claims
            if _quote_dominated(sent, comp, quotes) and not _goes_on_after(sent, kids, comp) and not (
                    rel == "xcomp" and _named_addressee(sent, w, lemma, comp, kids, quotes)):
                continue
            # "indique qu'il ne voit … et que le groupe prévoit …": one claim per que-clause
            # (a conjunct all in quotation marks after its `et que` is a partial quote: it is split
            # off too, and then gives no claim: « qu'« un kit … » existe déjà et que « sur l'année … » »)
            split = [sent.words[i - 1] for i in sorted(subtree_ids(sent, comp.id)) if i != comp.id
                     and _coordinated_que(sent, sent.words[i - 1], outside=quotes)]
            split += _stray_que_conjuncts(sent, w, comp, lang)
            joined = [cj for cj in split if _joins_que(sent, comp, cj, quotes)]
            split = [cj for cj in split if cj not in joined]
            for cj in split:
                if not _quote_dominated(sent, cj, quotes):
                    c = _claim(text, sent, si, subtree_ids(sent, cj.id), lemma, w, _subject(sent, w), 0.7, quotes)
                    if c:
                        out.append(c)
            ids = subtree_ids(sent, comp.id, exclude={c.id for c in split})
            if comp.id == reread:
                ids -= {min(ids)}  # its "que"
            for cj in joined:
                ids |= subtree_ids(sent, cj.id)
            ids -= _contrast_after_quotation(sent, ids)
            # a reporting verb the parser coordinated inside the clause ("qu'il « se rendra … » mais a
            # confié vouloir …") reports its own claim: it is the speaker's next act, not the content
            # (and so does another one's report coordinated there: "Ségolène Royal a estimé qu'il n'était
            # « plus temps de tergiverser » et François Bayrou a dénoncé la politique …")
            for cj in children(sent, comp.id):
                own = _subject(sent, cj)
                if base_deprel(cj) == "conj" and cue_lemma(sent, cj, lang) \
                        and any(base_deprel(a) == "aux" for a in children(sent, cj.id)) \
                        and (own is None or own.upos in ("PROPN", "NOUN") and own.id < cj.id
                             and _mark(sent, cj) is None):
                    first = min(subtree_ids(sent, cj.id))
                    ids = {i for i in ids if i < first}
            for tail in kids:
                if tail.id > comp.id and (_continues_que(sent, kids, tail, lang)
                                          or _mark(sent, tail) == "comme" and base_deprel(tail) in ("ccomp", "advcl")
                                          or _ends_on_claim(sent, tail, ids, comp)
                                          or _noun_complement_after(sent, tail, ids)):
                    ids |= subtree_ids(sent, tail.id)
            if (comp.lemma or "").lower() == "être" and not children(sent, comp.id):
                # "en réaffirmant être, à titre personnel, en faveur de …": a bare copula whose
                # attribute the parser hung elsewhere (on the reporting verb, or the verb above it);
                # the claim is the words after it, to a clause of its own or another report
                for x in sent.words[comp.id:]:
                    if x.text in (";", ":") or cue_lemma(sent, x, lang) or (
                            "VerbForm=Fin" in (x.feats or "") and not (x.deprel or "").startswith("acl")
                            and _subject(sent, x) is not None):
                        break
                    ids.add(x.id)
            if rel == "obj":  # "nier toute responsabilité dans le choix …": its complements go with it
                for o in kids:
                    if o.id > comp.id and base_deprel(o) == "obl" and word_offsets(o)[0] is not None:
                        ids |= subtree_ids(sent, o.id)
            if rel == "obl":
                ids = {i for i in ids if not (sent.words[i - 1].head == comp.id and base_deprel(sent.words[i - 1]) == "case")}
            # accuser X de V / insister sur N … de V / appeler X à V: the noun phrase belongs to the claim.
            addressee = next((c for c in kids if base_deprel(c) in ("obj", "iobj")), None)
            call = (rel == "xcomp" and addressee is not None and lemma in _ADDRESSED_CALLS
                    and _calls_to(sent, w, comp, lemma))
            if _mark(sent, comp) in ("de", "d'") or call:
                for o in kids:
                    if (base_deprel(o) in ("obj", "obl") and o.deprel != "obl:mod" and o.id != comp.id
                            and o.upos in ("NOUN", "PROPN") and w.id < o.id < comp.id
                            and (o.lemma or "").lower() not in TIME_NOUNS):  # ("a préconisé ce jeudi d'annuler …")
                        ids |= {i for i in subtree_ids(sent, o.id)
                                if not (sent.words[i - 1].head == o.id and base_deprel(sent.words[i - 1]) == "case")}
                        ids |= {i for i in range(o.id, comp.id) if sent.words[i - 1].head == w.id
                                and base_deprel(sent.words[i - 1]) in ("obl", "punct")}
                        ids |= {i for j in list(ids) if sent.words[j - 1].head == w.id for i in subtree_ids(sent, j)}
            # conjuncts of the cue verb without their own subject say more of the same, and so does
            # "ni que …" (one negated claim); "et que …" is a claim of its own.
            for cj in kids:
                if base_deprel(cj) != "conj" or cj.id < comp.id:
                    continue
                if _subject(sent, cj) is None and (_mark(sent, cj) is None or (
                        _mark(sent, cj) in _INFINITIVE_MARKS and _mark(sent, comp) in _INFINITIVE_MARKS
                        and _infinitive(sent, cj))):
                    # ("a préconisé d'annuler la tutelle … et de la remplacer par …": one claim; "a
                    # appelé les manifestants à participer à un sit-in, et de rendre hommage …" too)
                    if cue_lemma(sent, cj, lang):
                        continue  # "estime avoir … et ajoute que …": the second verb has its own claim
                    ids |= subtree_ids(sent, cj.id)
                elif _mark(sent, cj) in ("que", "qu'"):
                    if (any(base_deprel(c) == "cc" and c.text.lower() == "ni" for c in children(sent, cj.id))
                            or _joins_que(sent, comp, cj, quotes)):
                        ids |= subtree_ids(sent, cj.id)
                    elif not _quote_dominated(sent, cj, quotes):
                        c = _claim(text, sent, si, subtree_ids(sent, cj.id), lemma, w, _subject(sent, w), 0.7, quotes)
                        if c:
                            out.append(c)
            # a participle right after the complement qualifies it ("un « cabinet noir » visant à nuire")
            # ("en rejetant la faute …", a gerund, tells how the speaker spoke: not part of the claim)
            for pp in kids:
                if (pp.id > comp.id and _present_participle(pp) and min(subtree_ids(sent, pp.id)) <= max(ids) + 2
                        and _mark(sent, pp) != "en"):
                    ids |= subtree_ids(sent, pp.id)
            ids = {i for i in ids if sent.words[i - 1].id > w.id}
            if call:  # the call opens on its addressee ("a appelé sur Facebook les manifestants à …")
                first = min(subtree_ids(sent, addressee.id))
                ids = {i for i in ids if i >= first}
            ids |= _infinitive_negation(sent, w, ids)
            taken |= ids
            found = True
            # que-clauses juxtaposed after a comma are claims of their own: the words are cut where
            # each one's que stands (what follows the last, "… et donnerait une réponse", is its own);
            # one the parser hung on the reporting verb is a complement of its own (see the loop above)
            cuts = sorted((m.id, x.id in ids) for x in sent.words
                          if x.id != comp.id and (x.id in ids or x.head == w.id and x.id > comp.id)
                          and (m := _juxtaposed_que(sent, x, quotes)) is not None)
            for (lo, own), hi in zip([(0, True), *cuts], [*(m for m, _ in cuts), len(sent.words) + 1], strict=True):
                piece = {i for i in ids if lo <= i < hi}
                head = next((sent.words[i - 1] for i in sorted(piece) if sent.words[i - 1].head not in piece), None)
                if not own or lo and (head is None or _quote_dominated(sent, head, quotes)):
                    continue
                c = _claim(text, sent, si, piece, lemma, w, _subject(sent, w), 0.7, quotes)
                if c:
                    out.append(c)
        if not found:
            c = _que_fallback(text, sent, si, w, lemma, quotes) or _past_infinitive_fallback(text, sent, si, w, lemma, quotes)
            if c:
                out.append(c)
    return out


_INFINITIVE_MARKS = frozenset({"de", "d'", "à"})
_NEGATION_ADVERBS = {"ne", "n'", "pas", "plus", "jamais", "rien", "guère", "point", "nullement", "aucunement"}


def _infinitive_negation(sent: Sentence, w: Word, ids: set[int]) -> set[int]:
    """`affirme ne pas être l'organisateur`: French puts both words of an infinitive's negation before
    it, and the parser often hangs them on the verb above; they belong to the claim (without them
    it says the opposite). The words between the cue verb and the claim, when they are `ne …`."""
    if not ids:
        return set()
    first = min(ids)
    neg = list(range(w.id + 1, first))
    if (not neg or _norm_apos(sent.words[neg[0] - 1].text).lower() not in ("ne", "n'")
            or any(_norm_apos(sent.words[i - 1].text).lower() not in _NEGATION_ADVERBS for i in neg)
            or "VerbForm=Inf" not in " ".join(sent.words[i - 1].feats or "" for i in sorted(ids)[:3])):
        return set()
    return set(neg)


# Verbs of calling on someone to act ("appelle les manifestants à ne pas venir", "a exhorté les préfets
# à surveiller …", "invite les usagers à utiliser …"): the annotated sets give the addressee and the
# infinitive as the caller's claim (9 of 11 such calls by a person or a group across the French sets;
# the two left out were an invitation to a meeting and one call in a live report).
_ADDRESSED_CALLS = frozenset({"appeler", "exhorter", "inviter", "implorer", "supplier"})


def _calls_to(sent: Sentence, verb: Word, comp: Word, lemma: str) -> bool:
    """`X appelle à continuer le mouvement`, `X appelle les Gilets jaunes à se diriger vers …`: a
    public call to do something states the speaker's position; the annotated sets give it as a claim
    every time a person or a group calls on nobody in particular (six of six, "a appelé à poursuivre
    la mobilisation"), and mostly when they call on someone named (`_ADDRESSED_CALLS`). Not a call
    not made ("ont décidé de ne pas appeler à manifester"), not "s'appeler", not a pronoun addressee
    ("les appelle à …": the claim would start on the clitic)."""
    if not (_mark(sent, comp) in ("à", "a") and not has_reflexive(sent, verb) and not _negated(sent, verb)):
        return False
    addressees = [c for c in children(sent, verb.id) if base_deprel(c) in ("obj", "iobj")]
    addressed = (lemma in _ADDRESSED_CALLS and len(addressees) == 1 and addressees[0].upos in ("NOUN", "PROPN")
                 and verb.id < addressees[0].id < comp.id)
    if not (addressed or (lemma == "appeler" and not addressees)):
        return False
    # and someone calls: not a text or a campaign ("La première version du texte …, appelant à
    # s'écarter des « valeurs occidentales »", "Cette campagne … appelle à signer une pétition")
    caller = _subject(sent, verb)
    if caller is None and verb.head and _present_participle(verb):
        caller = _subject(sent, sent.words[verb.head - 1])
    # (a country the tagger read as a common noun calls on someone too: "les États-Unis invitent les
    # ressortissants américains à …"; a body calling on nobody in particular is as often left out by
    # the annotators as kept: "La Confédération paysanne appelle à rejoindre …")
    return caller is not None and (caller.upos in ("PRON", "PROPN") or (bool(addressees) and caller.text[:1].isupper())
                                   or (caller.lemma or "").lower() in speaker_nouns())


def _joins_que(sent: Sentence, comp: Word, cj: Word, quotes: list[QuoteSpan]) -> bool:
    """`estiment qu'elle n'a pas respecté les règles et que le scrutin a été mal organisé`: one
    verb's coordinated que-clauses are one reported content, so one claim. They stay two when the
    first carries quoted words of its own (`indique qu'il ne voit « aucune raison … » et que le
    groupe prévoit …`: a statement given with its quote, then the next one) or when either is all
    quotation (a partial quote, not a claim). Measured on the annotated sets: 7 of 11 coordinated
    que-clauses follow this, the two of dev and heldout among them (always splitting: 4 of 11;
    joining unless both are quoted: 9 of 11 but not dev's)."""
    if _quote_dominated(sent, cj, quotes) or _quote_dominated(sent, comp, quotes):
        return False
    first = span_of(sent, subtree_ids(sent, comp.id, exclude={cj.id}))
    return first is not None and not any(first[0] < q.end and q.start < first[1] for q in quotes
                                         if q.kind not in ("indirect", "term"))


def _juxtaposed_que(sent: Sentence, x: Word, quotes: list[QuoteSpan]) -> Word | None:
    """`a affirmé qu'il n'a jamais dit …, qu'il a toujours soutenu …, qu'il n'appelle pas …`: a
    que-clause right after a comma, with no conjunction, repeats the reporting verb's `que` (wherever
    the parser hung it): a claim of its own. Gives that `que` (where the claim is cut), else None. The
    French annotations split 5 of the 7 such clauses (the other two: a cleft "c'est parce que …,
    qu'elle a voulu …", and a first clause without a verb)."""
    if base_deprel(x) not in ("conj", "ccomp", "advcl") or _subject(sent, x) is None:
        return None
    kids = children(sent, x.id)
    mark = next((c for c in kids if base_deprel(c) == "mark"), None)
    if (mark is None or _norm_apos(mark.text).lower() not in ("que", "qu'") or mark.id < 2
            or any(base_deprel(c) == "cc" for c in kids) or _inside_any(word_offsets(mark)[0], quotes)):
        return None
    # (a verb left without a complement is a relative clause's, the parser's "que" its object: "une
    # main d'œuvre à bas coût, que le patronat français réclame aussi")
    if sent.words[mark.id - 2].text != "," or not any(
            base_deprel(c) in ("obj", "iobj", "obl", "xcomp", "ccomp", "cop") or c.deprel in ("expl:comp", "aux:pass")
            for c in kids):
        return None
    return mark


def _stray_que_conjuncts(sent: Sentence, w: Word, comp: Word, lang: str) -> list[Word]:
    """`X a réagi par la voix de Y, qui indique que A et que B`: a coordinated `que` clause past the
    cue's que-clause that the parser hung on a verb before the cue. `et que` repeats the conjunction
    of a que-clause, so when that verb has no que-clause of its own, B continues the cue's report.
    Not past another reporting verb, whose own clauses they would then be."""
    if _mark(sent, comp) not in ("que", "qu'"):
        return []
    out = []
    for x in sent.words[max(subtree_ids(sent, comp.id)):]:
        if (base_deprel(x) == "conj" and x.head and x.head < w.id and _mark(sent, x) in ("que", "qu'")
                and any(base_deprel(c) == "cc" for c in children(sent, x.id))
                and not any(base_deprel(k) == "ccomp" and _mark(sent, k) in ("que", "qu'")
                            for k in children(sent, x.head))):
            out.append(x)
        elif cue_lemma(sent, x, lang):
            break
    return out


def _goes_on_after(sent: Sentence, kids: list[Word], comp: Word) -> bool:
    """A quoted infinitive complement that an unquoted one coordinated with it continues
    (`a expliqué avoir été « contrainte de … » et avoir dû redéployer …`): the quote is then only
    part of the claim."""
    return _infinitive(sent, comp) and any(
        base_deprel(cj) == "conj" and cj.id > comp.id and _infinitive(sent, cj) and _subject(sent, cj) is None
        and any(base_deprel(c) == "cc" for c in children(sent, cj.id)) for cj in kids)


def _continues_que(sent: Sentence, kids: list[Word], comp: Word, lang: str) -> bool:
    """A clause without `que` hung on the verb after a comma, past its que-clause, and with no
    reporting verb of its own: the parser's reading of an absolute or juxtaposed clause that goes
    on with the claim ("précise que les quartiers touchés sont …, ceux du privé étant épargnés")."""
    if base_deprel(comp) != "ccomp" or _mark(sent, comp) is not None or cue_lemma(sent, comp, lang):
        return False
    before = [k for k in kids if base_deprel(k) == "ccomp" and k.id < comp.id and _mark(sent, k) in ("que", "qu'")]
    return bool(before) and _punct_between(sent, before[-1], comp, ",")


def _noun_complement_after(sent: Sentence, tail: Word, ids: set[int]) -> bool:
    """A `de` phrase right after the claim's last noun that the parser hung on the reporting verb:
    the noun's complement ("ont indiqué être en rupture d'au moins un produit", "produit" read as
    the verb's object)."""
    if not ids or base_deprel(tail) not in ("obj", "obl", "nmod"):
        return False
    first = min(subtree_ids(sent, tail.id))
    last = sent.words[max(ids) - 1]
    return (first == max(ids) + 1 and last.upos == "NOUN"
            and _norm_apos(sent.words[first - 1].text).lower() in ("de", "d'", "du", "des")
            and base_deprel(sent.words[first - 1]) == "case")


def _ends_on_claim(sent: Sentence, tail: Word, ids: set[int], comp: Word) -> bool:
    """A clause the parser hung on the reporting verb that is the claim's own: it opens on its
    conjunction right after the claim's last word, with no comma or coordinator between. A `que`
    right after the claim's noun is a relative pronoun ("avoir arrêté des « figures clés » d'un
    réseau clandestin qu'il accuse de …"); a subordinator of `_CLAIM_TAIL_MARKS` opens a clause of
    the claim's."""
    if base_deprel(tail) not in ("advcl", "ccomp", "conj") or not ids:
        return False
    first = min(subtree_ids(sent, tail.id))
    word = min((i for i in subtree_ids(sent, tail.id) if sent.words[i - 1].upos != "PUNCT"), default=first)
    gap = [w.text for w in sent.words[max(ids):word - 1]]
    if gap and gap[0] == "," and all(t in (",", "«", "“", '"') for t in gap):
        # after a comma (and an opening mark), fewer: "l'État pourrait renouveler une opération
        # identique en 2009, « si les tensions … »"
        opener = sent.words[word - 1]
        return (base_deprel(opener) == "mark" and opener.head == tail.id
                and _norm_apos(opener.text).lower() in _CLAIM_TAIL_AFTER_COMMA)
    opener = sent.words[first - 1]
    if first != max(ids) + 1 or base_deprel(opener) != "mark" or opener.head != tail.id:
        return False
    mark = _norm_apos(opener.text).lower()
    if mark in ("que", "qu'"):
        return sent.words[first - 2].upos in ("NOUN", "PROPN", "ADJ")
    return mark in _CLAIM_TAIL_MARKS


# Subordinators of purpose, cause, time and condition that, right after a claim's last
# word with no comma, go on with the claim ("qu'il faudrait six mois pour que la hausse … soit
# effective", "que le Cambodge saisirait une cour internationale si les deux pays ne pouvaient …").
# Counted in the French gold claims (no comma before the conjunction): "pour" 108 inside a claim,
# none right after one; "si" 13/0, "afin" 4/0, "après" 2/0. Not the contrast of "alors que" and
# "tandis que" (5/1 and 3/0), which as often opens the journalist's comment ("a affirmé sa volonté de
# renforcer la « sécurisation » alors que le gouvernement s'est retrouvé critiqué …").
_CLAIM_TAIL_MARKS = frozenset({"pour", "afin", "parce", "puisque", "puisqu'", "lorsque", "lorsqu'", "quand",
                               "si", "s'", "après", "dès"})
# After a comma: "pour" 12 gold claims hold such a clause, none stops before one; "si" 3/0, "avant",
# "après", "lorsque" 1/0 each (not "sans", 5/2, nor the contrasts).
_CLAIM_TAIL_AFTER_COMMA = frozenset({"pour", "si", "s'", "avant", "après", "lorsque", "lorsqu'"})


# Adverbs that a later "que" completes as a comparison or a correlation ("tant par X que par Y",
# "plus que jamais"): that que opens no reported clause.
_CORRELATIVES = frozenset({"tant", "autant", "aussi", "plus", "moins", "davantage", "mieux", "si"})


def _que_fallback(text: str, sent: Sentence, si: int, w: Word, lemma: str,
                  quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """`V que …` where the parser hung the que-clause elsewhere: the clause the `que` marks."""
    nxt = [x for x in sent.words[w.id:w.id + 3] if x.upos not in ("ADV", "PUNCT")]
    if nxt and any((x.text or "").lower() in _CORRELATIVES for x in sent.words[w.id:nxt[0].id - 1]):
        return None  # "critiqué tant par l'opposition que par …", "affirme plus que jamais": not a que-clause
    if not nxt or _norm_apos(nxt[0].text).lower() not in ("que", "qu'") or base_deprel(nxt[0]) != "mark":
        # "a souligné de son côté que …": a short phrase without a verb may stand between
        nxt = []
        for x in sent.words[w.id:w.id + 8]:
            # not over a verb, a coordinator ("d'attaquer l'Occident ni qu'…": another clause's que)
            # or an addressee ("signifier à X que"): only adverbial phrases ("de son côté", "en mai")
            if (x.upos in ("VERB", "AUX", "CCONJ") or x.text in (",", ";", ":")
                    or x.text.lower() in ("à", "au", "aux") or x.text.lower() in _CORRELATIVES
                    or _inside_any(word_offsets(x)[0], quotes)):
                break
            if _norm_apos(x.text).lower() in ("que", "qu'") and base_deprel(x) == "mark":
                nxt = [x]
                break
        if not nxt:
            nxt = _attached_que(sent, w, quotes)
        if not nxt:
            return None
    head = sent.words[nxt[0].head - 1] if nxt[0].head else None
    while head is not None and base_deprel(head) in ("cop", "aux") and head.head:
        head = sent.words[head.head - 1]
    if (head is not None and head.head and base_deprel(head) == "advcl"
            and any(base_deprel(m) == "mark" and (m.text or "").lower() == "en" for m in children(sent, head.id))
            and bare_participle(sent, head, "Pres") and "VerbForm=Fin" in (sent.words[head.head - 1].feats or "")):
        head = sent.words[head.head - 1]  # "qu'en favorisant l'investissement, X privilégie …": the gerund's clause
    if head is None or head.id <= w.id or _quote_dominated(sent, head, quotes):
        return None
    if _relative_que_read_as_conjunction(sent, head):
        return None  # "a dénoncé le gouvernement, qu'il accuse de …"
    if _negated(sent, w) and head.upos not in ("VERB", "AUX"):
        return None  # "n'est plus assuré que dans un arrondissement sur deux": ne … que, "only"
    if bare_participle(sent, head, "Pres"):
        return None  # "n'a confirmé que le blocage …, reconnaissant que …": no finite verb, no que-clause
    ids = {i for i in subtree_ids(sent, head.id) if i > nxt[0].id}
    # the parser hung the clause away from its verb, and often its tail too ("…, lorsqu'il était
    # sénateur"): a que-clause that closes the sentence runs to its end, less what hangs on the cue verb
    if ids:
        ids |= {i for i in range(max(ids) + 1, len(sent.words) + 1) if sent.words[i - 1].head != w.id}
    return _claim(text, sent, si, ids, lemma, w, _subject(sent, w), 0.5, quotes)


def _past_infinitive_fallback(text: str, sent: Sentence, si: int, w: Word, lemma: str,
                              quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """`V [adverbial phrases] (n')avoir + participle` where the parser hung the infinitive elsewhere
    ("a dit à plusieurs reprises après sa libération n'avoir jamais cessé d'espérer"): a past
    infinitive right after a verb of saying is what the subject says of itself."""
    if lemma in no_infinitive_verbs():
        return None
    for x in sent.words[w.id:w.id + 10]:
        low = _norm_apos(x.text or "").lower()
        if low in ("ne", "n'") or (x.lemma in ("avoir", "être") and "VerbForm=Inf" in (x.feats or "")):
            break
        # only adverbial phrases stand between: no verb, coordinator, punctuation or quotation
        if (x.upos in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON", "PUNCT")
                or _inside_any(word_offsets(x)[0], quotes)):
            return None
    else:
        return None
    if x.id > 1 and base_deprel(sent.words[x.id - 2]) == "mark":
        return None  # "après avoir …", "sans avoir …", "avant d'avoir …": an adverbial clause, no report
    start = x.id + (1 if low in ("ne", "n'") else 0)
    aux = sent.words[start - 1] if start <= len(sent.words) else None
    if aux is None or aux.lemma not in ("avoir", "être") or "VerbForm=Inf" not in (aux.feats or "") \
            or base_deprel(aux) != "aux" or not aux.head:
        return None
    head = sent.words[aux.head - 1]
    if head.id <= w.id or head.head == w.id or "VerbForm=Part" not in (head.feats or "") \
            or _quote_dominated(sent, head, quotes):
        return None
    ids = {i for i in subtree_ids(sent, head.id) if i >= x.id}
    return _claim(text, sent, si, ids, lemma, w, _subject(sent, w), 0.5, quotes)


# Verbs of a wish or a fear: "comme le souhaitait X", "comme le craignait X" say that X wanted or
# feared what the sentence tells, not that X said it.
_WISHES = frozenset({"souhaiter", "vouloir", "espérer", "exiger", "demander", "réclamer", "craindre", "redouter",
                     "prévoir", "attendre", "désirer", "escompter"})


# Subordinators that open adverbial clauses (contrast, time, cause, purpose, concession), never the
# content of a report: "tandis que", "alors que", "bien que", "parce que", "dès que" …
_ADVERBIAL_MARKS = {"tandis", "alors", "bien", "parce", "pendant", "dès", "avant", "après", "afin", "pour", "sans",
                    "lorsque", "lorsqu'", "puisque", "puisqu'", "quand", "quoique", "quoiqu'", "tant", "depuis"}


def _contrast_after_quotation(sent: Sentence, ids: set[int]) -> set[int]:
    """Words of an adverbial clause (alors que, tandis que, bien que …) that opens after a closing
    quotation mark and a comma inside a claim: the journalist's comment on the quoted words
    (« confié vouloir « continuer le combat », alors qu'il avait annoncé …"), not the report."""
    out: set[int] = set()
    for i in ids:
        w = sent.words[i - 1]
        if base_deprel(w) != "advcl":
            continue
        marks = [m for m in children(sent, w.id) if base_deprel(m) == "mark"]
        if not marks or _norm_apos(marks[0].text).lower() not in _ADVERBIAL_MARKS or marks[0].id < 3:
            continue
        if sent.words[marks[0].id - 2].text == "," and sent.words[marks[0].id - 3].text in ("»", "”", '"'):
            out |= subtree_ids(sent, w.id)
    return out


def _after_quotation(text: str, sent: Sentence, verb: Word) -> bool:
    """The verb group opens an incise right after a closing quotation mark (`« … », assure X`)."""
    group = [verb] + [c for c in children(sent, verb.id) if base_deprel(c) == "aux" and c.id < verb.id]
    vs = min(word_offsets(x)[0] or 0 for x in group)
    return text[max(0, vs - 6):vs].rstrip(" ,\u00a0\u202f\t").endswith(("»", "”", '"'))


_QUESTION_WORDS = frozenset({"pourquoi", "comment", "combien", "quand", "où"})
_ASKING_VERBS = frozenset({"demander", "se demander", "interroger", "s'interroger", "questionner"})


def _indirect_question(sent: Sentence, comp: Word, lemma: str) -> bool:
    """A clause opening on `si` ("sans préciser si …": whether, left open), or on an interrogative
    word after a verb of asking ("se demandant comment elle allait pouvoir …"): asked, not stated.
    After other verbs the wh-clause is presupposed true ("expliquant comment la foi l'avait aidée").
    """
    first = sent.words[min(subtree_ids(sent, comp.id)) - 1]
    word = _norm_apos(first.text).lower()
    return first.id < comp.id and (word in ("si", "s'") or word in _QUESTION_WORDS and lemma in _ASKING_VERBS)


def _adverbial_clause(sent: Sentence, verb: Word) -> bool:
    return any(base_deprel(m) == "mark" and _norm_apos(m.text).lower() in _ADVERBIAL_MARKS
               for m in children(sent, verb.id))


def _attached_que(sent: Sentence, w: Word, quotes: list[QuoteSpan]) -> list[Word]:
    """`a expliqué mardi aux enquêteurs, dès son retour, que …`: past an addressee and adjuncts set
    off by commas, a `que` whose clause the parser hung on the cue verb itself (as a conjunct or an
    adverbial) is the verb's complement."""
    for x in sent.words[w.id:w.id + 25]:
        if x.text in (";", ":") or _inside_any(word_offsets(x)[0], quotes):
            return []
        if _norm_apos(x.text).lower() in ("que", "qu'") and base_deprel(x) == "mark" and x.head:
            clause = sent.words[x.head - 1]
            if clause.head == w.id and base_deprel(clause) in ("conj", "advcl", "ccomp", "parataxis"):
                return [x]
            return []
        if x.upos in ("VERB", "AUX") and x.head == w.id and base_deprel(x) in ("conj", "parataxis"):
            return []  # another clause of the sentence starts first
    return []


def _relative(sent: Sentence, verb: Word) -> bool:
    """A relative clause ("journal qui « s'est couché »"): it describes a noun, it is not reported."""
    return (verb.deprel or "").startswith("acl:relcl") or any(
        "PronType=Rel" in (c.feats or "") and base_deprel(c) in ("nsubj", "obj", "obl")
        for c in children(sent, verb.id)) or _relative_que_read_as_conjunction(sent, verb)


def _que_clause_read_as_relative(sent: Sentence, verb: Word, addressee: Word) -> Word | None:
    """`a annoncé aux téléspectateurs qu'il reviendrait lundi`: a `qu'` right after the person a
    verb of saying addresses (à + noun), read as a relative pronoun on that noun, opens the verb's
    que-clause; the clause's verb, or None. Only when the verb has no object or que-clause of its
    own and takes one (not "parler aux élèves qu'il avait rencontrés"), and the clause's participle
    does not agree with an object before it (`rencontrés`: a relative `que` is that object)."""
    if not any(base_deprel(c) == "case" and (c.lemma or "").lower() == "à" for c in children(sent, addressee.id)) \
            or any(base_deprel(c) in ("ccomp", "obj") for c in children(sent, verb.id)) \
            or (verb.lemma or "").lower() in ("parler", "s'adresser"):
        return None
    rel = next((c for c in children(sent, addressee.id) if (c.deprel or "").startswith("acl:relcl")), None)
    if rel is None:
        return None
    first = sent.words[min(subtree_ids(sent, rel.id)) - 1]
    if _norm_apos(first.text).lower() not in ("que", "qu'") or first.head != rel.id \
            or first.id != max(subtree_ids(sent, addressee.id) - subtree_ids(sent, rel.id)) + 1:
        return None
    if not any(base_deprel(c) == "nsubj" and first.id < c.id < rel.id for c in children(sent, rel.id)):
        return None  # "aux transformations que connait le monde": the subject after the verb, a relative
    agrees = "VerbForm=Part" in (rel.feats or "") and ("Gender=Fem" in (rel.feats or "") or "Number=Plur" in (rel.feats or "")) \
        and any(base_deprel(c) == "aux" and (c.lemma or "").lower() == "avoir" for c in children(sent, rel.id))
    return None if agrees else rel


def _relative_que_read_as_conjunction(sent: Sentence, verb: Word) -> bool:
    """`a dénoncé le gouvernement, qu'il accuse de …`: a `que` right after the comma that closes the
    object of the verb above, in a clause with no object of its own, is the relative pronoun standing
    for that object, which the parser read as a conjunction. (A que-clause complement follows its
    verb's object without a comma: `il a prévenu le ministre que …`.)"""
    if _mark(sent, verb) not in ("que", "qu'") or not verb.head:
        return False
    m = next(c for c in children(sent, verb.id) if base_deprel(c) == "mark")
    if m.id < 3 or sent.words[m.id - 2].text != ",":
        return False
    if base_deprel(verb) == "conj" and _mark(sent, sent.words[verb.head - 1]) in ("que", "qu'"):
        return False  # "qu'il a soutenu les policiers, qu'il n'appelle pas …": que-clauses in a row
    obj = next((c for c in children(sent, verb.head) if base_deprel(c) == "obj" and c.id < m.id), None)
    return (obj is not None and m.id - 2 in subtree_ids(sent, obj.id)
            and not any(base_deprel(c) in ("obj", "ccomp") for c in children(sent, verb.id)))


_TRAILING_SOURCE_RE = re.compile(r",[\s\u00a0\u202f]*(?:selon|d['’]après)\s")


def _cut_trailing_report(text: str, sent: Sentence, s: int, e: int) -> int:
    """End of a claim before what follows it after a comma and is not part of it: a last source
    phrase (`…, selon un enregistrement de ses déclarations`), or a reporting participle or
    `ce que` clause of the speaker (`…, affirmant que …`, `…, ce qu'il juge inévitable`). A source
    phrase inside the claim (`le polonium est, selon lui, une substance …`) stays."""
    end = e
    for m in _TRAILING_SOURCE_RE.finditer(text, s, e):
        if "," not in text[m.end():e].rstrip(_SPACES + " ,."):
            end = m.start()
            break
    for v in sent.words:
        vs = word_offsets(v)[0]
        if vs is None or not (s < vs < end):
            continue
        lemma = cue_lemma(sent, v)
        cue = lemma is not None
        if _present_participle(v):
            # (a gerund's "en", "tout en" and a reflexive clitic go with it)
            k = v.id - 1
            while k > 0 and _norm_apos(sent.words[k - 1].text).lower() in ("en", "tout", "se", "s'"):
                k -= 1
            group = [_norm_apos(w.text).lower() for w in sent.words[k:v.id - 1]]
            prev = sent.words[k - 1] if k > 0 else None
            # a participle of saying after a comma, or a gerund of saying after "et" ("… et en
            # promettant de …"): another act of saying, whose words are a claim of their own; and after
            # ", tout en" what the speaker did meanwhile, whatever the verb ("…, tout en se refusant à
            # commenter les rumeurs")
            if prev is not None and (cue and (prev.text == "," or "en" in group and prev.text.lower() == "et")
                                     or group[:2] == ["tout", "en"] and prev.text == ","):
                end = word_offsets(prev)[0] or end
                break
        if not cue:
            continue
        # ", comme il le prétend": the report the claim is set beside, not part of it
        # (not a wish: "…, comme le souhaitait Martin Bouygues" tells what came about, part of the claim)
        comme = mark_word(sent, v, "comme") if lemma not in _WISHES else None
        if comme is not None and comme.id > 1 and s < (word_offsets(sent.words[comme.id - 2])[0] or 0) \
                and not re.search(r"\w", text[word_offsets(sent.words[max(subtree_ids(sent, v.id)) - 1])[1] or end:end]) \
                and "," not in text[word_offsets(v)[1] or end:end]:
            # (at the claim's end only: "la malade ait droit, comme elle l'avait demandé, à mourir …"
            # goes on after it, whatever the parser hung on the comme-clause's verb)
            end = word_offsets(sent.words[comme.id - 2])[1 if sent.words[comme.id - 2].text != "," else 0] or end
            break
        # ", ce qu'il juge …"
        if v.id > 4 and [_norm_apos(x.text).lower() for x in sent.words[v.id - 5:v.id - 2]][:2] == [",", "ce"]:
            end = word_offsets(sent.words[v.id - 5])[0] or end
            break
    while end > s and text[end - 1] in _SPACES + " ,":
        end -= 1
    return end


def _negated(sent: Sentence, verb: Word) -> bool:
    """The verb (or the modal or auxiliary it hangs on) carries `ne`: with a following `que` that
    is the restrictive ne … que ("il n'a pu que constater", "n'a confirmé que le blocage")."""
    def has_ne(v: Word) -> bool:
        return any(_norm_apos(c.text).lower() in ("ne", "n'") for c in children(sent, v.id))
    return has_ne(verb) or (verb.head > 0 and base_deprel(verb) == "xcomp" and has_ne(sent.words[verb.head - 1]))


def _denied(sent: Sentence, verb: Word) -> bool:
    """ne … pas / jamais / plus / guère on the verb, ne before it: "ne lui avait pas dit que …" (not
    "a affirmé ne pas avoir …", where the negation is the infinitive's, whatever the parser hung)."""
    kids = children(sent, verb.id)
    if any(_norm_apos(c.text).lower() in ("ne", "n'") and c.id < verb.id for c in kids) and any(
            _norm_apos(c.text).lower() in ("pas", "jamais", "plus", "guère", "point") or _nobody(sent, c)
            for c in kids):
        return True
    # "ne peuvent pas dire que …", "n'a pas voulu dire que": the negated modal before the verb
    if base_deprel(verb) == "xcomp" and verb.head and verb.head < verb.id:
        modal = sent.words[verb.head - 1]
        return (modal.lemma or "").lower() in _MODALS and _denied(sent, modal)
    return False


_MODALS = frozenset({"pouvoir", "vouloir", "devoir", "oser", "savoir"})


def _nobody(sent: Sentence, w: Word) -> bool:
    """A subject that, with ne, denies the verb: "rien ne précise qu'il était radicalisé", "personne
    n'a dit que …", "aucun élément ne prouve que …"."""
    if base_deprel(w) != "nsubj":
        return False
    word = (w.text or "").lower()
    # (a bare "personne", whatever tag: "une personne" has its article)
    return (word in ("rien", "personne", "nul", "nulle")
            and not any(base_deprel(d) == "det" for d in children(sent, w.id))) or any(
        base_deprel(d) == "det" and (d.text or "").lower() in ("aucun", "aucune", "nul", "nulle")
        for d in children(sent, w.id))


def _adjectival_participle(sent: Sentence, w: Word) -> bool:
    """A past participle without auxiliary that qualifies a noun ("une personne reconnue coupable")."""
    if not bare_participle(sent, w, "Past") or base_deprel(w) == "conj":
        return False
    # on a noun, or taken for the root with a noun subject ("toute personne reconnue coupable … est passible")
    if (base_deprel(w) == "acl" and w.head > 0 and sent.words[w.head - 1].upos in ("NOUN", "PRON")) or (
            w.head == 0 and any(base_deprel(c) == "nsubj" and c.upos == "NOUN" for c in children(sent, w.id))):
        return True
    # set off by a comma after a name, with no agent ("… du trader Jérôme Kerviel, accusé d'avoir fait
    # perdre 4,9 milliards …", which the parser hangs on the main verb): who he is said to be, by nobody named
    # (not with an object: "Jean Vannier, paléontologue, décrit la créature comme …" is the verb)
    return (base_deprel(w) in ("acl", "advcl") and w.id > 2 and sent.words[w.id - 2].text == ","
            and sent.words[w.id - 3].upos in ("NOUN", "PROPN")
            and not any(base_deprel(c) == "obj" for c in children(sent, w.id))
            and not any(agent_phrase(sent, c) for c in children(sent, w.id)))


def agent_phrase(sent: Sentence, w: Word) -> bool:
    """`w` heads a passive's agent: `obl:agent`, or an obl opening on "par" (which the parser often
    leaves plain: "récusée par Ségolène Royal")."""
    return w.deprel == "obl:agent" or base_deprel(w) == "obl" and any(
        base_deprel(k) == "case" and (k.text or "").lower() == "par" for k in children(sent, w.id))


def _addresses_the_reader(sent: Sentence, w: Word) -> bool:
    """A reporting verb in the journalist's formulas to the reader: a first-person verb without a
    subject is an imperative ("Rappelons que …"; taggers read it as an indicative), and `à` with an
    infinitive heading the sentence is an injunction ("À noter que …"); "on" noticing in the present
    is the journalist's remark ("On note aussi que …", "On constate que …"), and so is what "on"
    can say ("même si l'on peut considérer que …": one may, nobody did). None reports anyone."""
    if _generic_can(sent, w):
        return True
    feats = (w.feats or "").split("|")
    before = _norm_apos(sent.words[w.id - 2].text or "").lower() if w.id > 1 else ""
    if (w.lemma or "").lower() == "dire" and (
            "VerbForm=Part" in feats and before in ("autrement", "cela", "ceci", "ça")
            or "VerbForm=Inf" in feats and before in ("vrai", "ainsi")):
        return True  # "Autrement dit : …", "Cela dit, …", "à vrai dire", "pour ainsi dire": connectives
    if w.head:
        return False
    subj = _subject(sent, w)
    if (subj is not None and (subj.text or "").lower() == "on" and "Tense=Pres" in feats
            and (w.lemma or "").lower() in flagged_verbs("perceive")):
        return True
    if "VerbForm=Fin" in feats and "Person=1" in feats:
        return subj is None
    return "VerbForm=Inf" in feats and _mark(sent, w) in ("à", "a")


def _generic_can(sent: Sentence, w: Word) -> bool:
    """The verb under "on peut" / "on pourrait" / "on doit" ("l'on peut considérer que …")."""
    if base_deprel(w) != "xcomp" or not w.head or "VerbForm=Inf" not in (w.feats or ""):
        return False
    modal = sent.words[w.head - 1]
    subj = _subject(sent, modal)
    return ((modal.lemma or "").lower() in ("pouvoir", "devoir") and subj is not None
            and (subj.text or "").lower() == "on")


def _present_participle(w: Word) -> bool:
    feats = w.feats or ""
    return "VerbForm=Part" in feats and "Tense=Pres" in feats


def bare_participle(sent: Sentence, w: Word, tense: str) -> bool:
    """A participle of that tense ("Pres", "Past") without auxiliary or copula: a present one cannot
    head a que-clause; a past one is passive or adjectival."""
    feats = w.feats or ""
    return "VerbForm=Part" in feats and f"Tense={tense}" in feats and not any(
        base_deprel(c) in ("aux", "cop") for c in children(sent, w.id))


def _infinitive(sent: Sentence, w: Word) -> bool:
    """An infinitive clause: the word itself, or its copula or auxiliary ("d'être à l'origine")."""
    def inf(x: Word) -> bool:
        return "VerbForm=Inf" in (x.feats or "")
    if (w.text or "").lower() in ("tort", "raison") and w.id > 1 and sent.words[w.id - 2].text.lower() == "à":
        return False  # "annoncer à tort sa mort": the adverb, which taggers read as an infinitive
    return inf(w) or any(base_deprel(c) in ("cop", "aux") and inf(c) for c in children(sent, w.id))


def _de_infinitive(sent: Sentence, w: Word) -> bool:
    """`de` + infinitive (or + a copula or auxiliary in the infinitive: "d'être à l'origine")."""
    return _mark(sent, w) in ("de", "d'") and _infinitive(sent, w)


def _punct_between(sent: Sentence, a: Word, b: Word, punct: str) -> bool:
    """Is there a `punct` word strictly between words a and b (a before b)?"""
    return any(x.text == punct for x in sent.words[a.id:b.id - 1])


# subordinators of time, cause and contrast: a clause they open says when or why, never what
_WHEN_OR_WHY_MARKS = frozenset({"quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "comme", "alors", "tandis",
                                "parce", "pendant", "dès", "depuis", "avant", "après"})


def mark_word(sent: Sentence, verb: Word, *lemmas: str) -> Word | None:
    """The verb's subordinator among `lemmas` ("comme", "ainsi" of "ainsi que"), or None."""
    return next((m for m in children(sent, verb.id) if base_deprel(m) == "mark" and (m.lemma or "").lower() in lemmas),
                None)


def _mark(sent: Sentence, verb: Word) -> str | None:
    marks = [m for m in children(sent, verb.id) if base_deprel(m) == "mark"]
    return _norm_apos(marks[0].text).lower() if len(marks) == 1 else None


def _coordinated_que(sent: Sentence, w: Word, outside: list[QuoteSpan] | None = None) -> bool:
    """`… et que …`: a second que-clause coordinated with the first (with `outside`, its `que`
    outside those quotations: one inside belongs to the quoted words)."""
    kids = children(sent, w.id)
    # "ni que" coordinates inside one negated claim: it is not split off
    return (any(base_deprel(c) == "cc" and c.text.lower() != "ni" for c in kids)
            and any(base_deprel(c) == "mark" and _norm_apos(c.text).lower() in ("que", "qu'")
                    and (outside is None or not _inside_any(word_offsets(c)[0], outside)) for c in kids))


def _says_for(sent: Sentence, verb: Word) -> bool:
    """`a profité pour révéler qu'…`, `a appelé pour dire que …`: an infinitive of saying after `pour`
    still reports its que-clause; a pronominal one does not (`pour s'assurer que`: to make sure)."""
    nxt = [x for x in sent.words[verb.id:verb.id + 3] if x.upos != "ADV"]
    # (or the que-clause hangs on it past a phrase: "pour rappeler dans un communiqué qu'…")
    # (not after the verb's own object: "pour dire tout le mal qu'ils pensaient" is a relative que)
    kids = children(sent, verb.id)
    que_clause = any(base_deprel(c) in ("ccomp", "advcl") and _mark(sent, c) in ("que", "qu'") and not any(
        base_deprel(o) == "obj" and o.id < c.id and (o.lemma or "").lower() not in TIME_NOUNS for o in kids)
        for c in kids)
    return (not has_reflexive(sent, verb)
            and any(_norm_apos(m.text).lower() == "pour" for m in children(sent, verb.id))
            and (que_clause or bool(nxt) and _norm_apos(nxt[0].text).lower() in ("que", "qu'")))


def _supposed(sent: Sentence, verb: Word) -> bool:
    """The verb of a `si` clause: a supposition ("Si l'enquête démontrait que …"), not a concession
    ("même si les enquêteurs pensent que …", "même s'il avait déclaré que …" assert what they report)."""
    for m in children(sent, verb.id):
        if base_deprel(m) == "mark" and _norm_apos(m.text).lower() in ("si", "s'"):
            before = sent.words[m.id - 2] if m.id > 1 else None
            return not (before is not None and (before.text or "").lower() == "même")
    return False


def _goal_infinitive(sent: Sentence, verb: Word) -> bool:
    """`X est de V`: the infinitive is the attribute of a subject that is a thing ("L'objectif est de
    montrer que …", "le but est de prouver que …"), which speaks no more than an aim does."""
    kids = children(sent, verb.id)
    if "VerbForm=Inf" not in (verb.feats or "") or not any(base_deprel(c) == "cop" for c in kids):
        return False
    subj = next((c for c in kids if base_deprel(c) == "nsubj"), None)
    return (subj is not None and subj.upos == "NOUN" and (subj.lemma or "").lower() not in speaker_nouns())


def _without_denying(sent: Sentence, verb: Word, lemma: str, assertive: frozenset[str]) -> bool:
    """`sans` before a verb whose negation still asserts: "sans exclure qu'elle puisse être liée à …"
    (= says it may be), "sans cacher que" (= says openly); not "sans dire que" (nothing said)."""
    marks = [_norm_apos(m.text).lower() for m in children(sent, verb.id) if base_deprel(m) in ("mark", "case")]
    return marks == ["sans"] and lemma not in assertive


def _purpose(sent: Sentence, verb: Word) -> bool:
    """An infinitive of purpose or time ("pour animer", "avant de partir"), not reported content."""
    return any(base_deprel(m) in ("mark", "case") and _norm_apos(m.text).lower() in
               ("pour", "afin", "sans", "avant", "après", "jusqu'à", "par") for m in children(sent, verb.id))


@cache
def _marker_parts(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each source marker with the tokens it is written as (`d'après` -> `d'`, `après`)."""
    return tuple((m, tuple(re.findall(r"\w+'?|'", m))) for m in source_markers(lang))


def marker_at(sent: Sentence, w: Word, lang: str) -> str | None:
    """`selon` / `d'après` / `pour` … when `w` starts one of the source markers."""
    words = sent.words
    pos = w.id - 1
    for marker, parts in _marker_parts(lang):
        tokens = [_norm_apos(x.text).lower() for x in words[pos:pos + len(parts)]]
        if len(tokens) == len(parts) and all(t == p or t.rstrip("'") == p.rstrip("'") for t, p in zip(tokens, parts, strict=False)):
            return marker
    return None


# Verbs after which "d'après" means "after a model", not "according to" ("nommé d'après X").
_MODELLED_ON = {"nommer", "baptiser", "surnommer", "renommer", "appeler", "inspirer", "adapter", "tirer",
                "calquer", "dessiner", "peindre", "imiter", "copier", "modeler", "réaliser", "construire"}


def _pour_qui_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """`un autre conseiller élyséen, pour qui l'ajournement de la réforme est une « précaution »`: a
    relative clause opened by "pour qui" (in whose view) is its antecedent's claim, when the clause has
    a subject of its own before its verb (not "le ministre, pour qui travaille Jean": for whom). The
    parser reads "pour" there as a conjunction and "qui" as a second subject."""
    out = []
    for w, rel in itertools.pairwise(sent.words):
        if (w.text or "").lower() != "pour" or (rel.text or "").lower() != "qui" or not rel.head:
            continue
        verb = sent.words[rel.head - 1]
        if not (verb.deprel or "").startswith("acl") or not any(
                base_deprel(c) == "nsubj" and rel.id < c.id < verb.id for c in children(sent, verb.id)):
            continue
        c = _relative_source_claim(text, sent, si, w, rel, quotes, "pour")
        if c is not None:
            out.append(c)
    return out


def _source_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan],
                   verb_claims: list[QuoteSpan], lang: str) -> list[QuoteSpan]:
    out = []
    sources = marked_sources(sent, lang)
    s0, e0 = (o or 0 for o in sentence_offsets(sent))
    # where each source phrase opens (not "pour" after a noun: "la Marche pour le climat" names a march)
    marks = sorted({word_offsets(w)[0] or 0 for w, m, x in sources
                    if not (m == "pour" and base_deprel(x) == "nmod")})
    for w, marker, x in sources:
        if _inside_any(word_offsets(x)[0], quotes):
            continue
        if marker == "pour" and (x.lemma or x.text or "").lower() in ("lequel", "laquelle", "lesquels", "lesquelles", "quoi"):
            continue  # "les raisons pour lesquelles la banque a porté plainte": for which, not in whose view
        if "PronType=Rel" in (x.feats or "") and x.head and not any(
                c.start <= (word_offsets(x)[0] or 0) < c.end for c in verb_claims):
            # "les rumeurs selon lesquelles son départ serait dû à …": the relative clause is the
            # claim, its antecedent the source
            c = _relative_source_claim(text, sent, si, w, x, quotes, marker)
            if c is not None:
                out.append(c)
            continue
        if marker in initial_markers(lang) and not _initial_source_ok(sent, w, x):
            continue
        if w.head and (sent.words[w.head - 1].lemma or "").lower() in WORDING_NOUNS \
                and any(q.depth == 0 and s0 <= q.outer_start < e0 for q in quotes):
            continue  # "… un « danger imminent de guerre », selon la formule du ministre": the words are his, not the clause
        if w.id > 1 and (sent.words[w.id - 2].lemma or "").lower() in _MODELLED_ON:
            continue  # "nommé d'après un défenseur de la démocratie": named after, not a source
        # Do not double a verb claim that already covers this marker (« … précise que, selon lui, … »),
        # nor one whose "on" learned it from this source ("Selon un communiqué, on apprend que …")
        xs = word_offsets(x)[0] or 0
        if any(c.start <= xs < c.end or c.cue in flagged_verbs("on-only", lang) and s0 <= c.start < e0
               for c in verb_claims):
            continue
        ms = word_offsets(w)[0] or 0
        if any(0 <= ms - c.end <= 3 and "," in text[c.end:ms] for c in verb_claims):
            continue  # "X a affirmé que …, selon un enregistrement": the source of the report, not a claim
        if any(q.depth == 0 and 0 <= ms - q.outer_end <= 2 and not text[q.outer_end:ms].strip()
               and re.search(r"[-–—(]\s*$", text[max(0, q.outer_start - 3):q.outer_start]) for q in quotes):
            # "Elle comprenait - « à titre personnel » selon M. Leonetti - les députés …": an aside
            # that is a quotation and its source; the quoted words are the source's, the sentence not
            continue
        span = _marker_claim_span(text, sent, w, x, quotes, marks)
        if span is None:
            continue
        s, e = _vouched_span(text, sent, x, ms, e0, *span)
        if re.match(rf"(?:{_RELATIVE_WORDS})\b", text[s:e], re.IGNORECASE):
            continue  # "Et pour l'ensemble des banques, qui cherchent à …": a relative clause on the noun, no clause said
        ids = {v.id for v in sent.words if word_offsets(v)[0] is not None and s <= word_offsets(v)[0] < e}
        if _quotation_then_no_clause(text, sent, ids, s, e, quotes) or _colon_quotation_before(text, s, ms, quotes):
            continue
        c = _claim(text, sent, si, ids, marker, None, x, 0.65, quotes)
        if c:
            c.cue_span = word_span(w)
            out.append(c)
    return out


def _vouched_span(text: str, sent: Sentence, x: Word, ms: int, e0: int, s: int, e: int) -> tuple[int, int]:
    """The part of the clause `s`..`e` that the source (its head `x`, its marker at `ms`; the sentence
    ends at `e0`) vouches for."""
    if s < ms and (comment := list(_CE_QUI_RE.finditer(text, s, ms))):
        # "X s'est félicité de …, ce qui est « une première », selon Y": the source vouches for the
        # comment the apposed "ce qui" clause makes, not for the sentence it comments on
        return comment[-1].start(1), e
    if ms < s and x.upos == "NOUN" and (name := _NAME_THEN_COMMA_RE.match(text, s, e)) and all(
            v.upos == "PROPN" for v in sent.words if s <= (word_offsets(v)[0] or -1) < name.end(1)) \
            and re.fullmatch(r"\s*,\s*", text[(word_offsets(x)[1] or s):s]) and any(
                v.upos in ("DET", "PRON") and "PronType=Rel" not in (v.feats or "")
                for v in sent.words if (word_offsets(v)[0] or -1) == name.end()):
        # "Selon une cousine, Khaldia Dussourt, la « nounou » lui aurait menti": the name after the
        # source noun is the source's (an apposition the parser made the clause's subject)
        return name.end(), e
    if s < ms and re.search(r",\s*\w", text[ms:e0]) and (relative := _WHERE_CLAUSE_BEFORE_RE.search(text[s:ms])) \
            and sum(1 for v in sent.words if v.upos in ("VERB", "AUX") and "VerbForm=Fin" in (v.feats or "")
                    and s + relative.end() <= (word_offsets(v)[0] or -1) < ms) == 1:
        # "… de France où l'accueil officiel a été, selon l'opposition, frileux": the source inside
        # a relative clause (its one verb group cut by the marker) vouches for that clause, from
        # its subject, to the next comma after the marker's phrase (the clause around the marker
        # may have been cut before the relative clause: to the sentence's end at most)
        e = max(e, e0)
        after = re.search(r",[^,]*?(,)", text[ms:e])
        return s + relative.end(), ms + after.start(1) if after is not None else e
    if s < ms and re.search(r"(?i)\bqui\s*,\s*$", text[s:ms]) and (after := re.match(r"[^,;:]*,\s*", text[ms:e0])):
        # "le décret …, qui, selon elle, porte « atteinte … »": the source vouches for the relative
        # clause, from its verb (past the marker's phrase) to the clause's last word
        rel = next((v for v in sent.words if (v.text or "").lower() == "qui" and v.head
                    and (word_offsets(v)[1] or 0) <= ms and not re.search(r"\w", text[word_offsets(v)[1] or 0:ms])), None)
        # (in a clause of the journalist's: "Un protocole qui, selon Brisard, rappelle …", a verbless
        # sentence, is all the source's)
        clause = subtree_ids(sent, rel.head) if rel is not None else set()
        if rel is not None and any("VerbForm=Fin" in (v.feats or "") and v.id not in clause for v in sent.words):
            last = max(subtree_ids(sent, rel.head))
            end = word_offsets(sent.words[last - 1])[1]
            if end is not None and end > ms + after.end():
                return ms + after.end(), end
    return s, e


_NAME_THEN_COMMA_RE = re.compile(r"((?:[A-ZÀ-Ý][\w'’-]+\s+){0,3}[A-ZÀ-Ý][\w'’-]+)\s*,\s*")
# The words that open a relative clause.
_RELATIVE_WORDS = r"qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles"
_WHERE_CLAUSE_BEFORE_RE = re.compile(r"\b(?:où|dont)\s+(?=[^,;:«»\"]*,\s*$)", re.IGNORECASE)
_CE_QUI_RE = re.compile(r",\s+(ce\s+(?:qui|que|qu['’]))\s", re.IGNORECASE)


def marked_sources(sent: Sentence, lang: str = "fr") -> list[tuple[Word, str, Word]]:
    """(marker word, marker, head of the source) of each verbless source marker in the sentence:
    `selon X`, `d'après X`, and `à en croire X`, which the parser reads as a verb with its marks and
    X as its object."""
    out = []
    for w in sent.words:
        if not w.head:
            continue
        target: Word | None = sent.words[w.head - 1]
        if base_deprel(w) == "mark" and (target.lemma or "").lower() == "croire":
            target = next((c for c in children(sent, target.id) if base_deprel(c) == "obj"), None)
        elif base_deprel(w) != "case":
            continue
        marker = marker_at(sent, w, lang)
        if marker is not None and target is not None and not _no_source(sent, target):
            out.append((w, marker, source_head(sent, target)))
    return out


# "selon toute vraisemblance", "selon les cas", "selon les besoins": manner, not a source; and
# "selon la procédure", "selon les règles", "selon le calendrier prévu": a norm or a plan followed
_MANNER_AFTER_MARKER = frozenset({"vraisemblance", "probabilité", "cas", "besoin", "modalité", "procédure",
                                  "règle", "principe", "usage", "coutume", "tradition", "calendrier",
                                  "méthode", "critère", "norme", "protocole", "rite", "habitude", "barème"})


def _no_source(sent: Sentence, head: Word) -> bool:
    """The phrase after `selon` names nobody: a manner ("selon toute vraisemblance") or the
    newspaper's own reporting ("selon nos informations", "d'après mes informations"), which is the
    journalist's assertion, not a reported claim."""
    lemma = (head.lemma or head.text or "").lower()
    if lemma in _MANNER_AFTER_MARKER:
        return True
    return lemma == "information" and any(
        base_deprel(c) == "det" and "Poss=Yes" in (c.feats or "") for c in children(sent, head.id))


def _quotation_then_no_clause(text: str, sent: Sentence, ids: set[int], s: int, e: int,
                              quotes: list[QuoteSpan]) -> bool:
    """The clause after `Pour X,` is a quotation, then at most words set off by a comma, with no
    finite verb outside the marks ("Pour X, « on est face à des individus … », très organisés"):
    the quotation is X's utterance, and a claim would only double it. Not "« L'apparence compte »
    quand on exerce …" (a clause of its own), nor "« Différentes armes ont été découvertes dans le
    coffre » de sa voiture" (the quotation cut inside the journalist's clause)."""
    lead = s + len(text[s:e]) - len(text[s:e].lstrip())
    opening = [q for q in quotes if q.depth == 0 and q.outer_start == lead]
    if not opening or text[opening[0].outer_end:e].strip()[:1] not in ("", ",", "."):
        return False
    later = [q for q in quotes if q.depth == 0 and opening[0].outer_end <= q.outer_start < e]
    if later:
        # "Pour X, « … », et ces fonds injectés « … »": a second clause, its subject outside the marks,
        # makes the sentence X's claim (not two quotations in a row: "« A », « B »")
        between = re.findall(r"[^\W\d_]+", text[opening[0].outer_end:later[0].outer_start])
        if len([w for w in between if w.lower() not in ("et", "mais", "ou", "puis")]) >= 2:
            return False
    return not any(w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "")
                   and not _inside_any(word_offsets(w)[0], quotes) for w in (sent.words[i - 1] for i in ids))


def _colon_quotation_before(text: str, s: int, marker: int, quotes: list[QuoteSpan]) -> bool:
    """Between what `…, selon X` would attribute and the marker stands a quotation that a colon
    introduces (« L'incendie a été « circonscrit » : « le dégagement de fumée est maîtrisé … »,
    selon le directeur »): the quotation is X's utterance, the words before the colon the
    journalist's lead-in."""
    return any(q.depth == 0 and s < q.outer_start < marker and text[s:q.outer_start].rstrip().endswith(":")
               for q in quotes)


def _relative_source_claim(text: str, sent: Sentence, si: int, case: Word, rel: Word, quotes: list[QuoteSpan],
                           marker: str) -> QuoteSpan | None:
    verb = sent.words[rel.head - 1]
    if (verb.deprel or "").startswith("acl") and verb.head:
        antecedent = sent.words[verb.head - 1]
    else:
        # the parser hung the relative clause on the sentence ("Même son de cloche au ministère, selon lequel …")
        antecedent = _agreeing_noun_before(sent, case, rel) if verb.id > rel.id else None
        if antecedent is None:
            return None
    if (antecedent.lemma or "").lower() in GIVEN_OUT and base_deprel(antecedent) == "obj" and antecedent.head:
        # "X a révélé des informations selon lesquelles …": X's, not the information's
        giver = _subject(sent, sent.words[antecedent.head - 1])
        if giver is not None and "PronType=Rel" not in (giver.feats or ""):
            antecedent = giver
    ids = {i for i in subtree_ids(sent, verb.id) if i > rel.id}
    c = _claim(text, sent, si, ids, marker, None, antecedent, 0.6, quotes)
    if c is not None:
        c.cue_span = word_span(case)
    return c


def _agreeing_noun_before(sent: Sentence, case: Word, rel: Word) -> Word | None:
    """The noun "selon lequel/laquelle/…" refers to when the parser did not hang its clause on one:
    the nearest noun before it of the pronoun's gender and number, within its noun phrase ("au
    ministère de la Justice, selon lequel": ministère, not Justice; "au sondage Ifop pour Dimanche
    Ouest-France selon lequel": sondage)."""
    want = {f for f in (rel.feats or "").split("|") if f.startswith(("Gender=", "Number="))}
    for w in reversed(sent.words[:case.id - 1]):
        if w.upos in ("VERB", "AUX"):
            return None
        if w.upos == "NOUN" and all(f in (w.feats or "").split("|") for f in want):
            return w
    return None


# Nouns of the wording itself: "selon les termes du maire", "selon la formule de X" give whose words
# the quotations are, not who vouches for the clause around them.
WORDING_NOUNS = frozenset({"terme", "termes", "mot", "mots", "expression", "formule"})
# Nouns for what someone said: "selon les propos de X" is "selon X".
_WORDS_OF = WORDING_NOUNS | {"propos", "déclaration", "déclarations", "dire", "dires", "parole", "paroles",
                             "explication", "explications", "témoignage", "estimation", "estimations",
                             "commentaire", "commentaires", "confidence", "confidences", "analyse", "avis",
                             "aveu", "aveux"}


def source_head(sent: Sentence, x: Word) -> Word:
    """`selon ce que rapportent des médias belges`: the source is the subject of the relative
    clause on "ce", not "ce"; `selon les propos du directeur`: the one whose words they are."""
    if (x.lemma or x.text).lower() in _WORDS_OF:
        for c in children(sent, x.id):
            # whose words: a name, a pronoun or a speaker's noun, or a noun with a name in apposition
            # ("du vice-champion olympique Nicolas Lopez"), not "sa déclaration de patrimoine"
            named = any(sent.words[i - 1].upos == "PROPN" and not any(base_deprel(k) == "case" for k in children(sent, i))
                        for i in subtree_ids(sent, c.id) - {c.id})
            if base_deprel(c) == "nmod" and (c.upos in ("PROPN", "PRON") or (c.lemma or "").lower() in speaker_nouns()
                                             or named) and any(
                    base_deprel(k) == "case" and _norm_apos(k.text).lower() in ("de", "d'") for k in children(sent, c.id)):
                return c
    if (x.lemma or x.text).lower() in ("ce", "c'"):
        for rel in children(sent, x.id):
            if (rel.deprel or "").startswith("acl"):
                # French inverts the subject after "ce que": parsers often read it as an object
                after = [c for c in children(sent, rel.id) if c.id > rel.id and base_deprel(c) in ("nsubj", "obj")
                         and c.upos in ("NOUN", "PROPN")]
                if after:
                    return after[0]
    return x


def _past_next_comma(words: list[Word], start: int, blocks: Callable[[Word], bool]) -> int:
    """Just after the first comma among `words`, unless a word that `blocks` comes first (then, and
    without a comma, `start`)."""
    for v in words:
        if blocks(v):
            break
        if v.text == ",":
            return word_offsets(v)[1] or start
    return start


def _role_opens(words: list[Word]) -> bool:
    """The words after `Selon X,` open on a role ("journaliste au Monde", "le secrétaire régional du
    syndicat"): a speaker noun of the person class, bare or after a definite article."""
    first = 1 if words[0].upos == "DET" and (words[0].lemma or "").lower() == "le" and len(words) > 1 else 0
    noun = words[first]
    return noun.upos == "NOUN" and speaker_nouns().get((noun.lemma or "").lower()) == "person"


_COMPETING_GAP_RE = re.compile(r"[\s,]*(?:(?:et|mais|contre|quand)\s+)?")


def _competing_span(text: str, sent: Sentence, case: Word, s0: int, marks: list[int]) -> tuple[int, int] | None:
    """Figures set against each other, each with its source: `ont fait 13 morts selon les autorités
    chinoises et 100 morts, voire des centaines, selon le gouvernement tibétain en exil`. The first
    source speaks for the clause up to it, each later one for the words between the previous
    source's phrase and itself. None when the sentence does not have that shape: the words between
    two sources hold no finite verb (else the second opens a clause of its own) and begin with a
    conjunction or a comma right after the first source's noun phrase, and each part holds a figure.
    `marks`: where the sentence's source phrases open, in order."""
    ms = word_offsets(case)[0] or 0
    if len(marks) < 2 or ms not in marks or marks[0] <= s0 + 1:
        return None  # (a source opening the sentence speaks for what follows it)
    starts = [s0]

    def counted(lo: int, hi: int) -> bool:
        return any(v.upos == "NUM" for v in sent.words if lo <= (word_offsets(v)[0] or -1) < hi)

    if not counted(s0, marks[0]) or not any(
            "VerbForm=Fin" in (v.feats or "") for v in sent.words if s0 <= (word_offsets(v)[0] or -1) < marks[0]):
        # ("adopté selon la procédure et publié selon les règles": manners, no figures; "Des dizaines
        # de milliers de personnes -32 000 selon la police, 80 000 selon les organisateurs- ont
        # défilé": the figures are an aside inside the clause, whose verb comes after them)
        return None
    for a, b in itertools.pairwise(marks):
        # the first source's phrase runs to its first comma or conjunction
        m = re.search(r",|\s(?:et|mais|contre|quand)\s", text[a:b])
        if m is None:
            return None
        gap_start = a + m.start()
        if any(v.upos in ("VERB", "AUX") and "VerbForm=Fin" in (v.feats or "")
               for v in sent.words if gap_start <= (word_offsets(v)[0] or -1) < b):
            return None
        if not counted(gap_start, b):
            return None
        starts.append(_COMPETING_GAP_RE.match(text, gap_start).end())
    k = marks.index(ms)
    return starts[k], ms


def _marker_claim_span(text: str, sent: Sentence, case: Word, x: Word,
                       quotes: list[QuoteSpan], marks: list[int]) -> tuple[int, int] | None:
    """The clause a `selon X` phrase attributes: what follows `Selon X,` at the head of the
    sentence, or what precedes `…, selon X` elsewhere. A non-restrictive relative clause after a
    comma (", dont …", ", qui …") is the journalist's own background and is left out."""
    s0, e0 = sentence_offsets(sent)
    ms = word_offsets(case)[0]
    if s0 is None or ms is None:
        return None
    competing = _competing_span(text, sent, case, s0, marks)
    if competing is not None:
        start, end = _trim(text, *competing)
        if start == s0:
            start = _past_leading_adverbials(text, sent, start, end, quotes)
        while end > start and text[end - 1] in ",.;:" + _SPACES:
            end -= 1
        return (start, end) if end - start > 5 else None
    ids = subtree_ids(sent, x.id)
    phrase_end = max(word_offsets(sent.words[i - 1])[1] or ms for i in ids)
    before = [v for v in sent.words if (word_offsets(v)[0] or 0) < ms]
    initial = all(v.upos == "PUNCT" or base_deprel(v) == "cc" or v.upos == "ADV" for v in before) or (
        # a time or place set off by a comma before the marker ("Vers 14h15, selon une enquête …, 83 %
        # des artisans …"): no verb in it, so the clause still follows the source
        # (a prepositional phrase: "Le bilan, selon la préfecture, s'élève …" is the clause's subject)
        bool(before) and before[0].upos in ("ADP", "ADV") and text[s0:ms].rstrip(_SPACES).endswith(",")
        and len(before) <= 8 and not any(v.upos in ("VERB", "AUX") for v in before) and not _inside_any(s0, quotes)
    ) or text[s0:ms].rstrip(_SPACES).endswith(";")  # "… ; pour d'autres, …": a clause of its own
    if initial:
        # the phrase ends at its comma (parsers tend to hang the clause under X)
        comma = text.find(",", ms, e0)
        # a quotation opening the clause ends the phrase, not a title inside it ("Selon l'article
        # « Macron veut se payer BFM » du Canard enchaîné, …": its words hang on X)
        x_words = {word_offsets(sent.words[i - 1])[0] for i in ids}
        q_open = min((q.outer_start for q in quotes if ms < q.outer_start < e0
                      and not any(q.start <= (o or -1) < q.end for o in x_words)), default=e0)
        end_phrase = min(comma if comma >= 0 else e0, q_open)
        if comma < 0 and q_open == e0:
            end_phrase = phrase_end
        start, end = end_phrase + (1 if text[end_phrase:end_phrase + 1] == "," else 0), e0
        # a name in apposition after that comma is still the source ("Selon le président du comité,
        # Christophe Borgel, « … »"): the clause starts after it
        # (the parser may hang the name on the clause's verb instead: a run of proper nouns then a
        # comma is the apposition all the same)
        names = [v for v in sent.words if (word_offsets(v)[0] or -1) >= start]
        # (one that opens right after the comma: not a name deep in a relative clause on X, "Selon
        # la vice-présidente du MoDem, dont le recours est appuyé par le parti Aujourd'hui Autrement …,")
        appos = [sent.words[i - 1] for i in ids if base_deprel(sent.words[i - 1]) in ("appos", "flat")
                 and (word_offsets(sent.words[i - 1])[0] or 0) >= start
                 and names and min(j for j in subtree_ids(sent, i) if sent.words[j - 1].upos != "PUNCT") == names[0].id]
        run = []
        for v in names:
            if v.upos == "PROPN" or (run and (v.text.lower() in ("de", "d'", "du", "le", "la") or base_deprel(v) == "flat")):
                run.append(v)
            else:
                break
        if len(run) < 2:
            run = []  # one capitalised word may be the clause's own subject ("Selon le maire, Lyon, …")
        if x.upos != "PROPN" and speaker_nouns().get((x.lemma or "").lower()) not in ("person", "anonymous"):
            # a document or a body has no person in apposition ("Selon une étude publiée par …, François
            # Hammer, astrophysicien …, et son équipe sont parvenus …", "Selon le parquet, Jean-Pierre
            # Deteix aurait …": the clause's subject); a body's own name is ("la fédération des
            # banques, Febelfin")
            def person(words: list[Word]) -> bool:
                # a first and a last name (the NER tags many a lone unknown word PER: "Febelfin")
                return sum(_ner_label(v) == "PER" for v in words) >= 2

            gone: set[int] = set()
            for a in appos:
                if person([sent.words[j - 1] for j in subtree_ids(sent, a.id)]):
                    gone |= subtree_ids(sent, a.id)
            appos = [a for a in appos if a.id not in gone]
            run = [] if person(run) or any(v.id in gone for v in run) else run
            names = [v for v in names if v.id not in gone]
            person_source = False
        else:
            person_source = True
        if appos or run:
            # the first apposition only: a parser may hang the clause's subject on X as a second one
            # ("Pour Jean-Michel Bezat, journaliste au Monde, les « élites » …")
            pool = [v for a in sorted(appos, key=lambda a: a.id)[:1]
                    for v in (sent.words[j - 1] for j in subtree_ids(sent, a.id))] + run
            appos_end = max((word_offsets(v)[1] or start for v in pool if v.upos != "PUNCT"), default=start)
            after = text[appos_end:e0]
            if after.lstrip(_SPACES).startswith(","):
                start = appos_end + after.index(",") + 1
        elif names and names[0].id in ids and names[0].upos != "PUNCT":
            # a phrase of X's own after its comma ("selon le sondage Bva, réalisé du 26 novembre au
            # 6 décembre, 7 Français sur 10 …"): the clause starts after the next comma, if no verb
            # outside X comes first
            start = _past_next_comma(names[1:20], start, lambda v: v.id not in ids and v.upos in ("VERB", "AUX"))
        elif names and person_source and _role_opens(names):
            # a role without a determiner after the source's name ("Pour Jean-Michel Bezat,
            # journaliste au Monde, les élites …"), whatever the parser hung it on: the apposition
            # runs to the next comma, if no verb comes first
            start = _past_next_comma(names[1:14], start, lambda v: v.upos in ("VERB", "AUX")
                                     or _inside_any(word_offsets(v)[0], quotes))
        # a time or a place set off by commas after the source ("Selon La Croix, en cette journée du
        # 6 décembre, Fra Matthew Festing avait exigé …"): the clause opens after it, on its subject
        start = _past_leading_adverbials(text, sent, start, e0, quotes)
        # "Pour X, membre du comité … : « … »": what stands between the source and a colon that
        # opens a quotation is X's title or the journalist's lead-in; the quotation is X's words
        q_next = min((q.outer_start for q in quotes if start <= q.outer_start < e0), default=None)
        if q_next is not None and text[start:q_next].rstrip(_SPACES).endswith(":") and not any(
                v.upos in ("VERB", "AUX") and "VerbForm=Fin" in (v.feats or "")
                for v in sent.words if start <= (word_offsets(v)[0] or -1) < q_next):
            return None
    elif re.search(r"\b(?:et|mais|ou|car|donc)[\s,]*$", text[s0:ms]):
        # "… et, selon Paul Ryan, la difficulté de …": the phrase speaks for the conjunct it opens
        comma = text.find(",", ms, e0)  # the phrase ends at its comma (parsers hang the clause under X)
        start = comma + 1 if comma >= 0 else phrase_end
        end = min(e0, _next_report_start(sent, start, e0))
    else:
        start, end = s0, ms
        if text[s0:ms].rstrip().endswith(",") is False and phrase_end < e0 - 2:
            return None  # "selon X" in the middle of a clause without commas: not a source phrase
        # the claim opens on its subject, after a time or a place ("Vers 23h45, sur les Champs-Élysées,
        # 200.000 personnes se sont rassemblées, selon …")
        start = _past_leading_adverbials(text, sent, start, ms, quotes)
        cues = [v.id for v in before if cue_lemma(sent, v)]
        if cues and any(v.id > cues[0] and _norm_apos(v.text).lower() in ("que", "qu'") for v in before):
            return None  # inside reported speech already ("… précise que le polonium est, selon lui, …")
        for c in cues:
            cs = word_offsets(sent.words[c - 1])[0] or 0
            if any(s0 <= q.outer_end <= cs and cs - q.outer_end <= 16 for q in quotes if q.depth == 0):
                return None  # "« … », a déclaré X, selon un communiqué": the source of the report
        # ", selon X, …" set off by commas inside the clause: it speaks for the whole clause, on both
        # sides (« Le bilan, selon la préfecture, s'élève à douze morts »)
        words_end = max((word_offsets(sent.words[i - 1])[1] or ms for i in ids
                         if sent.words[i - 1].upos != "PUNCT"), default=phrase_end)
        if text[s0:ms].rstrip(_SPACES).endswith(","):
            # the phrase ends at its own comma, whatever the parser hung on X after it ("Ceci serait,
            # selon la mère du suspect, « une légende familiale »": the quotation as X's apposition);
            # not before a name in apposition ("selon le ministre, Gérald Darmanin, …")
            comma = next((sent.words[i - 1] for i in sorted(ids) if i > x.id and sent.words[i - 1].text == ","), None)
            if comma is not None and comma.id < len(sent.words) and sent.words[comma.id].upos != "PROPN":
                words_end = min(words_end, word_offsets(comma)[0] or words_end)
        after = text[words_end:e0]
        if after.lstrip(_SPACES).startswith(",") and len(_content_words(after)) >= 2 and not cues:
            end = min(e0, _next_report_start(sent, words_end, e0))
    rel = re.search(r",\s+(?:dont|qui|lequel|laquelle|où)\b", text[start:end])
    if rel and rel.start() > 20 and not any(start + rel.end() <= q.outer_start < end for q in quotes if q.depth == 0):
        # (but one holding a quotation is the source's words too: "il s'agit de 534 magistrats, dont
        # « des dizaines en milieu de carrière »")
        end = start + rel.start()
    if initial:
        end = min(end, _next_report_start(sent, start, end))
        # "Pour certains, … ; pour d'autres, …": the next source after a semicolon speaks for the rest
        end = min([end] + [m for m in marks if start < m < end and text[:m].rstrip(_SPACES).endswith(";")])
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in ",.;:" + _SPACES:
        end -= 1
    return (start, end) if end - start > 5 else None


# A time or a place opening a clause, up to its comma ("en cette journée du 6 décembre, …", "ce
# jour-là, …", "à Paris, …", "place de la République, …").
_LEADING_ADVERBIAL_RE = re.compile(r"[\s\u00a0]*(?:(?:en|à|au|aux|dans|sur|devant|près|lors|depuis|pendant|dès|vers|hier|aujourd'hui|"
                                   + "|".join(sorted(WEEKDAYS)) + r"|place|rue|avenue|boulevard|quai)\b|le\s+\d|(?:ce|cette)\s+"
                                   r"(?:jour|soir|matin|semaine|année|nuit|journée|fois|mois|"
                                   + "|".join(sorted(WEEKDAYS)) + r")\b)"
                                   r"[^,;:«»\"“”]{0,50},[\s\u00a0]*", re.IGNORECASE)


def _past_leading_adverbials(text: str, sent: Sentence, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """Where a claim starting at `start` opens on its subject: after up to two leading times or places
    set off by commas, if no verb stands in them and the clause after them keeps four content words."""
    for _ in range(2):
        lead = _LEADING_ADVERBIAL_RE.match(text, start, end)
        if lead is None or any(v.upos in ("VERB", "AUX") for v in sent.words
                               if start <= (word_offsets(v)[0] or -1) < lead.end()) \
                or len(_content_words(text[lead.end():end])) < 4 or _inside_any(lead.end(), quotes):
            break
        start = lead.end()
    return start


def _next_report_start(sent: Sentence, start: int, end: int) -> int:
    """Where a clause of another reporting verb begins inside start..end (`… et Louis Dreyfus
    estime que …`, `… que le journal estime comme …`, `… qualifiant …`): the claim of the source
    phrase stops there. Returns `end` when there is none."""
    for v in sent.words:
        vs = word_offsets(v)[0]
        if vs is None or not (start < vs < end):
            continue
        lemma = cue_lemma(sent, v)
        if not lemma and base_deprel(v) == "conj" and _subject(sent, v) is not None and any(
                base_deprel(c) == "ccomp" and _mark(sent, c) in ("que", "qu'") for c in children(sent, v.id)):
            lemma = "que"  # "… et 48 % veulent que …": a clause of its own with its own que-clause, another voice
        if not lemma:
            continue
        if _subject(sent, v) is not None and not _reports_content(sent, v, lemma):
            # "Selon La Croix, … Fra Matthew Festing avait exigé la démission de …": someone's act the
            # source reports, with no words of its own ("… et réclame « un geste »", without a subject
            # of its own, is the source's next act)
            continue
        if "VerbForm=Inf" in (v.feats or "") and (base_deprel(v) in ("xcomp", "ccomp", "advcl", "acl")
                                                   or _subject(sent, v) is None):
            # "sont contraintes de dénoncer leurs voisins", "c'est difficile de demander …": an
            # infinitive inside the clause
            continue
        if _adjectival_participle(sent, v):
            continue  # "toute personne reconnue coupable …": a description inside the clause
        subj = _subject(sent, v)
        first = v.id
        if subj is not None and subj.id < v.id:
            first = min(subtree_ids(sent, subj.id))
        else:  # subject missed by the parser: the last "et"/"mais" before the verb opens its clause
            ccs = [c.id for c in sent.words if base_deprel(c) == "cc" and c.text.lower() in ("et", "mais")
                   and start < (word_offsets(c)[0] or 0) < vs]
            first = ccs[-1] if ccs else first
        first = min([first] + [c.id for c in children(sent, v.id) if base_deprel(c) == "aux" and c.id < v.id])
        # step back over the coordinator or relative pronoun that links the clause
        while first > 1:
            prev = sent.words[first - 2]
            if prev.upos == "PUNCT" or base_deprel(prev) == "cc" or "PronType=Rel" in (prev.feats or "") \
                    or _norm_apos(prev.text).lower() in ("que", "qu'"):
                first -= 1
            else:
                break
        cut = word_offsets(sent.words[first - 1])[0]
        if cut is not None and cut > start:
            return cut
    return end


def _reports_content(sent: Sentence, verb: Word, lemma: str) -> bool:
    """The verb carries words of its own: a clause or an infinitive, a colon or a quotation after it,
    or, for a verb of qualifying, its object's qualification ("qualifiant la mesure d'injuste")."""
    if lemma in flagged_verbs("qualify") or lemma in flagged_verbs("as-attribute"):
        return True
    for c in children(sent, verb.id):
        rel = base_deprel(c)
        if rel in ("ccomp", "xcomp", "csubj", "parataxis") or (rel == "advcl" and _mark(sent, c) is not None):
            return True
        if rel == "punct" and c.id > verb.id and c.text in (":", *_OPENING_MARKS):
            return True
    return False


def _inverted_claims(text: str, sent: Sentence, si: int, quotes: list[QuoteSpan],
                     lang: str) -> list[QuoteSpan]:
    """`<clause>, conclut l'agence.`: a reporting verb after a comma with its subject after it, at
    the end of the sentence, attributes the clause before the comma (without quotation marks, or
    with a partial quotation inside: `cela ne « devrait pas … », estime Neil Hyatt`)."""
    s0, e0 = sentence_offsets(sent)
    if s0 is None:
        return []
    out = []
    for w in sent.words:
        # (or its noun homograph right after the comma: "…, juge Le Temps à Genève")
        lemma = incise_cue(sent, w, lang) if w.id > 1 and sent.words[w.id - 2].text == "," else cue_lemma(sent, w, lang)
        ws = word_offsets(w)[0]
        if not lemma or ws is None or _inside_any(ws, quotes):
            continue
        group = w
        if " " in lemma and w.id > 1 and (sent.words[w.id - 2].lemma or "").lower() == lemma.split()[0]:
            group = sent.words[w.id - 2]  # "a-t-il fait valoir": the phrase's first verb carries the auxiliary
        first = _group_first(sent, w, group)
        if first < 4 or sent.words[first - 2].text != ",":
            continue
        comma_at = word_offsets(sent.words[first - 2])[0] or s0
        before = text[s0:comma_at].rstrip(_SPACES + " ")
        if ":" in before:
            continue
        if before[-1:] in _CLOSERS and not _closes_fragment(quotes, s0 + len(before)):
            continue  # « … », affirme-t-elle: the incise of a direct quote, found with the quote
        # an incise verb is finite or a participle with its auxiliary (`…, reconnaissant ainsi sa
        # défaite` is the sentence's subject acting again, not an incise)
        if "VerbForm=Fin" not in (w.feats or "") and first == w.id and w.upos in ("VERB", "AUX"):
            continue
        subj = _inverted_subject(sent, w)
        # (the incise may close on a colon that opens a quotation of the same speaker: "…, prédit le
        # Guardian britannique (centre gauche) : « … »"; its subject ends there)
        colon = _COLON_QUOTE_RE.search(text, word_offsets(w)[1] or ws, e0)
        tail_end = colon.start() if colon is not None else e0
        clitic = subj is None and _clitic_subject(sent, group, first)
        if clitic:
            # "…, a-t-il enfin confié.": the subject is the clitic between auxiliary and participle,
            # and the incise ends the sentence, or it is set between commas inside it
            subj = clitic
            # (what follows the participle may be where and to whom: "a-t-il déclaré au quotidien
            # Wall Street Journal.")
            # or an adjunct after a comma: "a-t-elle ajouté, sans plus de précision."
            tail = text[word_offsets(w)[1]:tail_end]
            if tail.strip(" .!?…\u00a0") != "" and not _sentence_tail(text, sent, w, tail_end) \
                    and not (tail.startswith(",") and _adjunct_after(sent, word_offsets(w)[1] or 0)):
                mid = _mid_incise_claim(text, sent, si, w, subj, first, lemma, quotes)
                if mid is not None:
                    out.append(mid)
                continue
        elif subj is None or not _sentence_tail(text, sent, w, tail_end):
            mid = _mid_incise_claim(text, sent, si, w, subj, first, lemma, quotes) if subj is not None else None
            if mid is not None:
                out.append(mid)
            continue
        elif _LONG_TAIL_RE.match(text[word_offsets(w)[1] or 0:e0].split(",")[0]) and not (
                subj.upos == "PROPN" or speaker_nouns().get((subj.lemma or "").lower())):
            # past 8 words, the words after the verb are its subject only when that subject names
            # someone ("a indiqué la préfecture de police de Paris avant 13 heures"): NOT "dénonce au
            # passage la perversité des nouveaux systèmes …", "qui dit X, dit absence de …"
            continue
        ids = _from_subject(sent, set(range(1, first - 1)))
        if not any(sent.words[i - 1].upos in ("VERB", "AUX") for i in ids):
            # `A Londres, le secrétaire au Foreign Office, David Miliband, a salué …`: no clause
            # before the comma; but maybe a subject whose verb follows the incise
            mid = _mid_incise_claim(text, sent, si, w, subj, first, lemma, quotes)
            if mid is not None:
                out.append(mid)
            continue
        c = _claim(text, sent, si, ids, lemma, w, subj, 0.6, quotes)
        if c is None or any(q.start <= c.start < q.end for q in quotes):
            continue
        if re.match(r"(?i)(?:je\b|j['’])", c.text):
            continue  # "Je le « démontrerai », a-t-il conclu": the speaker's own words, marks misplaced
        opening = next((q for q in quotes if q.depth == 0 and q.outer_start <= c.start < q.end), None)
        if opening is not None and (len(re.findall(r"\w+", text[opening.outer_end:c.end])) <= 4
                                    or _PARTICIPLE_AFTER_RE.match(text, opening.outer_end, c.end)) and not any(
                v.upos in ("VERB", "AUX") and "VerbForm=Fin" in (v.feats or "") and not _inside_any(word_offsets(v)[0], quotes)
                and c.start <= (word_offsets(v)[0] or -1) < c.end for v in sent.words):
            # "« Nous avons été stupéfaits » par cette annonce, indique la lettre": the quotation is the
            # utterance, the few words after it the journalist's, no clause of their own (not "« Je crois
            # de moins en moins » à la volonté du gouvernement chinois de négocier …", a claim)
            continue
        tops = [q for q in quotes if q.depth == 0 and c.start <= q.outer_start and q.outer_end <= c.end]
        # a clause closing on a partial quotation is one clause up to it (`cela ne « devrait pas … »`),
        # not a sentence of the journalist's with a quoted reason (`Il y traite de …, parce que « … »`)
        # (a word in marks is no quotation: `sont plutôt « loufoques », voire « aberrants », disent …`)
        # (a comma that opens a relative clause on a noun of the clause is no such break: "la pétition
        # pour le fichier Edvige, qui permet de recenser des personnes jugées « … », a annoncé la LDH")
        if any(q.outer_end >= c.end - 1 and _CLAUSE_COMMA_RE.search(text, c.start, q.outer_start) and q.kind != "term"
               for q in tops):
            continue
        out.append(c)
    return out


# a few words after a quotation, then the journalist's participle ("« … » mardi, mettant ainsi fin à la grève")
_PARTICIPLE_AFTER_RE = re.compile(r"(?:[\s\u00a0]*[\w'’]+){0,4}[\s\u00a0]*,[\s\u00a0]*[a-zà-ÿ]+ant\b")
# (nor one before a coordinator inside the clause: "non seulement le sort des entreprises, mais aussi « … »")
_CLAUSE_COMMA_RE = re.compile(rf",(?![\s\u00a0]*(?:{_RELATIVE_WORDS}|mais\s+aussi)\b)")


def _mid_incise_claim(text: str, sent: Sentence, si: int, verb: Word, subj: Word, first: int, lemma: str,
                      quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """`L'enfant, explique la jeune femme, était celui d'une jeune fille …`: an incise set between
    commas inside a sentence without quotation marks reports the whole sentence around it (the
    verb comes after the incise, the subject before it)."""
    s0, e0 = sentence_offsets(sent)
    # (hung as an insert, or as an adverbial clause of the verb after it: no conjunction of its own;
    # or made the root, the clauses on both sides hanging on it: "Lorsque ceux-ci s'ouvriront, a-t-il
    # rappelé, la France présidera l'Union européenne")
    root = base_deprel(verb) == "root"
    if (base_deprel(verb) not in ("parataxis", "advcl") and not root) or _mark(sent, verb) is not None \
            or not (verb.head or root) or s0 is None:
        return None
    if root:
        # the incise is the verb group alone, its subject inside it
        incise = set(range(first, verb.id + 1)) | {c.id for c in children(sent, verb.id)
                                                        if c.id > verb.id and base_deprel(c) in ("nsubj", "obj")
                                                        and c.id <= verb.id + 3}
    else:
        incise = subtree_ids(sent, verb.id) | set(range(first, verb.id))
        # (up to the comma that closes the incise: the parser may hang a later clause on its verb, "…,
        # explique la jeune femme, était celui …, alors qu'elle-même désirait …")
        close = next((w.id for w in sent.words[verb.id:verb.id + 10] if w.text == ","), None)
        if close is not None:
            incise = {i for i in incise if i < close}
    last = max(i for i in incise if sent.words[i - 1].upos != "PUNCT")
    if last >= len(sent.words) or sent.words[last].text != ",":
        return None  # the incise closes on its comma
    # no quotation before the words right after the incise: those around it are the journalist's
    # ("L'Etat, a-t-il ajouté, va aussi « investir … »"); one before is a quotation the incise splits
    resume = word_offsets(sent.words[last + 1])[0] if last + 1 < len(sent.words) else None
    if resume is None or any(s0 <= q.outer_start <= resume for q in quotes if q.depth == 0):
        return None
    after = set(range(last + 2, len(sent.words) + 1))
    if root:
        if not any(sent.words[i - 1].upos in ("VERB", "AUX") and "VerbForm=Fin" in (sent.words[i - 1].feats or "")
                   for i in after):
            return None  # a clause after the incise, with its own verb
    elif sent.words[verb.head - 1].id not in after and not any(sent.words[i - 1].upos in ("VERB", "AUX") for i in after):
        return None  # the sentence's verb comes after the incise
    ids = set(range(1, first - 1)) | after
    return _claim(text, sent, si, ids, lemma, verb, subj, 0.6, quotes)


def euphonic_t(w: Word) -> bool:
    """The -t- of "a-t-il", "explique-t-elle": a sound joining verb and pronoun, never the subject
    (the tokenizer may split it off as a word of its own, which parsers take for a pronoun)."""
    return (w.text or "").lower().strip("-‑") == "t"


def _closes_fragment(quotes: list[QuoteSpan], end: int) -> bool:
    """The quotation whose closing mark ends at `end` is a fragment of the journalist's sentence (a
    partial quotation, or a word in marks: `sont plutôt « loufoques », voire « aberrants », disent
    les policiers`)."""
    return any(q.depth == 0 and q.outer_end == end and q.kind in ("partial", "term") for q in quotes)


# The first word of a conjunction ending in "que" ("une fois que", "alors que", "dès que"): the
# clause it opens is an adverbial one, not a verb's que-complement.
# (the subordinators of time, cause and contrast, and the heads that only open such a conjunction)
_CONJUNCTION_HEADS = _WHEN_OR_WHY_MARKS | frozenset({"fois", "bien", "sans", "afin", "sitôt", "maintenant", "lors",
                                                     "tant", "pour", "encore"})


def _compound_conjunction(sent: Sentence, clause: Word) -> bool:
    """The que-clause opens on a compound conjunction ("…, une fois qu'ils seront montés à bord")."""
    mark = next((c for c in children(sent, clause.id) if base_deprel(c) == "mark"
                 and _norm_apos(c.text or "").lower() in ("que", "qu'")), None)
    return mark is not None and mark.id > 1 and (sent.words[mark.id - 2].text or "").lower() in _CONJUNCTION_HEADS


def _group_first(sent: Sentence, *verbs: Word) -> int:
    """The first word of a verb group: its verbs and the auxiliaries before them."""
    return min([v.id for v in verbs] + [c.id for v in verbs for c in children(sent, v.id)
                                        if base_deprel(c) == "aux" and c.id < v.id])


def incise_after_comma(sent: Sentence, verb: Word) -> bool:
    """The verb group (auxiliaries first) right after a comma."""
    first = _group_first(sent, verb)
    return first > 1 and sent.words[first - 2].text == ","


def _inverted_subject(sent: Sentence, verb: Word) -> Word | None:
    """The subject after an incise verb. The parser often misreads an inverted subject: as the
    object (`…, précise encore la préfecture`, `…, conclut l'agence`; a reporting verb at the end of
    a sentence has no object of its own there, its content is the clause before), or as an
    apposition inside an adjunct (`…, estime pour sa part Neil Hyatt`); it may also have given the
    verb a subject from the clause before the comma, which an incise cannot have."""
    kids = children(sent, verb.id)
    if verb.upos in ("NOUN", "ADJ") and verb.id < len(sent.words):
        # the verb read as its noun homograph: the phrase right after it ("juge Le Temps à Genève")
        nxt = sent.words[verb.id]
        return sent.words[nxt.head - 1] if nxt.upos == "DET" and nxt.head and nxt.head > nxt.id else nxt
    after = [c for c in kids if c.id > verb.id]
    inverted = [c for c in after if base_deprel(c) == "nsubj" and c.upos in ("NOUN", "PROPN", "PRON")]
    if inverted:
        return inverted[0]  # "…, précise-t-elle": whatever the parser also hung before the verb
    if any(base_deprel(c) == "nsubj" and c.id < verb.id and "PronType=Rel" not in (c.feats or "") for c in kids) \
            and not _closing_incise(sent, verb) and not comma_incise(sent, verb):
        return None  # `Les journalistes, ainsi que l'Élysée, ont démenti …`: not an incise
    objects = [c for c in after if base_deprel(c) == "obj" and c.upos in ("NOUN", "PROPN", "PRON")]
    # a bare noun before the subject is a date the parser also took for an object (`a annoncé mardi
    # sa famille`): a name, a pronoun or a noun with its determiner comes first
    objects.sort(key=lambda c: (c.upos == "NOUN" and not any(base_deprel(d) == "det" for d in children(sent, c.id)),
                                c.id))
    if objects:
        return objects[0]
    for i in sorted(subtree_ids(sent, verb.id)):
        w = sent.words[i - 1]
        if i > verb.id and w.upos == "PROPN" and base_deprel(w) != "flat":
            return w
    return None


def _closing_incise(sent: Sentence, verb: Word) -> bool:
    """`…, sont plutôt « loufoques », disent les policiers.`: a verb right after a comma, then only
    a noun phrase to the end of the sentence, is an incise whatever subject the parser hung before it."""
    if not incise_after_comma(sent, verb) or verb.upos != "VERB":  # (its auxiliary first: "…, a annoncé l'agence")
        return False
    first = _group_first(sent, verb)
    after = [w for w in sent.words[verb.id:] if w.upos != "PUNCT"]
    while len(after) > 1 and (after[0].lemma or "").lower() in _DAY_NOUNS:
        after.pop(0)  # "…, a annoncé mardi l'agence officielle": when, then who
    if first != verb.id and not any(w.upos == "PROPN" or speaker_nouns().get((w.lemma or "").lower()) for w in after):
        return False  # "…, a très vite reconnu les faits": a compound tense's object, no speaker after it
    return bool(after) and after[0].upos == "DET" and all(w.upos in ("DET", "NOUN", "PROPN", "ADJ") for w in after) \
        and any(w.upos in ("NOUN", "PROPN") for w in after)


def comma_incise(sent: Sentence, verb: Word) -> bool:
    """`Ces poids lourds, dit le 44e président, « partagent … »`: a reporting verb between commas
    inside the sentence, with only a noun phrase after it, is an incise whatever subject the parser
    hung before it (the noun phrase is its subject; the sentence's subject has its verb after)."""
    if verb.id < 3 or sent.words[verb.id - 2].text != "," or verb.upos != "VERB" \
            or "VerbForm=Fin" not in (verb.feats or ""):
        return False
    close = next((w.id for w in sent.words[verb.id:verb.id + 8] if w.text == ","), None)
    if close is None or close >= len(sent.words):
        return False
    phrase = sent.words[verb.id:close - 1]
    # and the sentence's predicate right after it, in quotation marks or not ("« partagent … »", "était
    # celui …"): not a time and an adjunct ("Hervé Chabalier admettait la semaine dernière, dans
    # Libération, que …")
    nxt = sent.words[close:close + 2]
    predicate = nxt[0].text in _OPENING_MARKS or nxt[0].upos in ("VERB", "AUX") or (
        (nxt[0].lemma or "").lower() == "ne" and len(nxt) > 1 and nxt[1].upos in ("VERB", "AUX"))
    return bool(phrase) and predicate and phrase[0].upos in ("DET", "PROPN") \
        and all(w.upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM") for w in phrase) \
        and any(w.upos in ("NOUN", "PROPN") and (w.lemma or "").lower() not in TIME_NOUNS for w in phrase)


def _clitic_subject(sent: Sentence, verb: Word, first: int) -> Word | None:
    """The inverted clitic of `a-t-il confié`, `a-t-elle ajouté`, between the auxiliary (word
    `first`) and the participle."""
    for w in sent.words[first:verb.id - 1]:
        if (w.text or "").startswith("-") and not euphonic_t(w) and w.upos == "PRON" \
                and base_deprel(w) in ("nsubj", "expl"):
            return w
    return None


def _sentence_tail(text: str, sent: Sentence, verb: Word, e0: int) -> bool:
    """What follows the incise verb is its subject and what describes it, to the end of the
    sentence: at most 8 words up to a comma or the end (`…, estime pour sa part Neil Hyatt`), then
    only appositions and relative clauses (`, professeur de … à l'université de Sheffield`), no
    clause of the sentence's own (`…, dit-il, et nous partirons`)."""
    tail = text[word_offsets(verb)[1]:e0]
    comma = tail.find(",")
    if _INVERTED_END_RE.match(tail if comma < 0 else tail[:comma]) is None:
        return False
    vend = word_offsets(verb)[1] or 0
    tail_end = vend + (comma if comma >= 0 else len(tail))
    def own_clause(w: Word) -> bool:
        v = sent.words[w.head - 1] if base_deprel(w) in ("aux", "cop") and w.head else w
        return not _relative(sent, v)

    if any(w.upos in ("VERB", "AUX") and "VerbForm=Fin" in (w.feats or "") and own_clause(w)
           for w in sent.words if vend <= (word_offsets(w)[0] or -1) < tail_end):
        return False  # a clause of its own after the verb, not its subject (a relative clause on it is)
    if comma < 0:
        return True
    return _adjunct_after(sent, word_offsets(verb)[1] + comma)


def _adjunct_after(sent: Sentence, start: int) -> bool:
    """The words after the comma at `start` describe the speaker or the act of speaking (a
    relative clause, a participle, `sans plus de précision`), or open a clause beside the incise
    (`tandis qu'…`): no clause the incise would report."""
    rest = [w for w in sent.words if (word_offsets(w)[0] or 0) > start]
    if len(rest) > 2 and _norm_apos(rest[0].text).lower() in _ADVERBIAL_MARKS and any(
            "VerbForm=Inf" in (v.feats or "") for v in rest[1:3] if v.upos in ("VERB", "AUX")):
        return True  # `, sans préciser où …`, `, avant de partir`: what went with the act of speaking
    opener = next((w for w in rest if w.upos != "ADP"), None)
    if opener is not None and "PronType=Rel" in (opener.feats or ""):
        return True  # `, pour lequel « … »`, `, qui …`: a relative clause on the subject
    if opener is not None and _norm_apos(opener.text).lower() in _ADVERBIAL_MARKS:
        return True  # `, tandis qu'une autre source …`: a clause of its own, beside the incise
    if opener is not None and opener.upos == "VERB" and _present_participle(opener):
        return True  # `, a poursuivi M. Sarkozy, réaffirmant qu'il …`: what the speaker did as he spoke
    for w in rest:
        if w.upos in ("VERB", "AUX") and base_deprel(w) in ("root", "conj", "parataxis", "ccomp"):
            return False
        if base_deprel(w) == "cc" and w.head and sent.words[w.head - 1].upos in ("VERB", "AUX"):
            return False
    return True


def _from_subject(sent: Sentence, ids: set[int]) -> set[int]:
    """A clause with its preposed adjuncts set off by a comma (`Dans ce cas, cela ne …`) starts at
    its subject, as the guidelines want the claim to."""
    heads = [i for i in ids if not sent.words[i - 1].head or sent.words[i - 1].head not in ids]
    verbs = [i for i in heads if sent.words[i - 1].upos in ("VERB", "AUX", "ADJ", "NOUN", "PRON", "PROPN")]
    # the clause's subject hung on the incise verb after it (which cannot have one before it)
    hung = [sent.words[i - 1] for i in heads if base_deprel(sent.words[i - 1]) == "nsubj"]
    if len(verbs) == 1:
        subj = _subject(sent, sent.words[verbs[0] - 1])
    elif len(hung) == 1:
        subj = hung[0]
    else:
        return ids
    if subj is None:
        return ids
    start = min(subtree_ids(sent, subj.id))
    if start > min(ids) and sent.words[start - 2].text == ",":
        return {i for i in ids if i >= start}
    return ids


def word_span(w: Word) -> tuple[int, int] | None:
    """(start, end) offsets of a word, or None when it has none."""
    s, e = word_offsets(w)
    return (s, e) if s is not None and e is not None else None


# Person nouns that after "Pour" name whom something is for more often than whose view it is
# ("Pour les victimes, une cellule d'aide a été ouverte", "Pour les jeunes, le permis coûtera moins");
# bodies ("Pour la ville", "Pour le groupe") are left to the NER for the same reason.
_KIN_AND_FOLK = {"homme", "femme", "fils", "fille", "père", "mère", "frère", "sœur", "épouse", "époux", "mari",
                 "veuve", "veuf", "neveu", "nièce", "jeune", "victime", "habitant", "habitante", "septuagénaire",
                 "suspect", "accusé", "accusée", "prévenu", "témoin", "participant", "sportif", "sportive",
                 "athlète", "joueur", "joueuse", "pilote", "élu", "élue", "lycéen", "lycéenne", "étudiant",
                 "étudiante", "élève", "collégien", "collégienne"}


_DEMONSTRATIVES = frozenset({"ce", "cela", "ça", "ceci", "c'"})


def _thing_as_subject(sent: Sentence, verb: Word) -> bool:
    """A demonstrative subject, or a relative one whose antecedent is a demonstrative ("Cela montre
    que …", "Ce qui pourrait expliquer le fait que …"): expliquer, montrer, indiquer then tell what a
    fact shows; no one is reported. A modal's subject counts for its infinitive."""
    v, subj = verb, _subject(sent, verb)
    if subj is None and base_deprel(v) == "xcomp" and v.head:
        v = sent.words[v.head - 1]
        subj = _subject(sent, v)
    if subj is None:
        return False
    if _norm_apos(subj.lemma or subj.text).lower() in _DEMONSTRATIVES:
        return True
    return ("PronType=Rel" in (subj.feats or "") and base_deprel(v) == "acl" and bool(v.head)
            and _norm_apos(sent.words[v.head - 1].lemma or "").lower() in _DEMONSTRATIVES)


def _names_someone(word: Word) -> bool:
    """A noun that names a person or a body (a speaker noun, kin and folk), not a proposition."""
    lemma = (word.lemma or word.text).lower()
    return lemma in _KIN_AND_FOLK or lemma in speaker_nouns()


def _ner_label(w: Word) -> str:
    """The entity type of the word's token ("PER" of "B-PER"), "" outside entities."""
    return ((w.parent.ner if w.parent is not None else None) or "O")[2:]


# A people, in the plural (a capitalised demonym): "Français", "Américains", "Britanniques", "Israéliens".
_PEOPLE_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ-]+(?:ais|ois|ains|iens|ens|ans|ins|iques|ites|ates|ards|ols|ues|es)$")
# Indefinite pronouns of people, which the tagger often reads as determiners or adjectives.
SOME_PEOPLE = frozenset({"certains", "certaines", "autres", "plusieurs", "beaucoup"})
# Conjunctions that open a clause of their own after a comma, where "pour X," may head it.
_CLAUSE_CONJUNCTIONS = frozenset({"car", "mais", "donc", "et", "or"})
QUANTITY_NOUNS = {"plupart", "majorité", "partie", "moitié", "nombre", "minorité", "tiers", "quart", "ensemble", "%"}


def opens_sentence(sent: Sentence, w: Word) -> bool:
    """`w` heads its sentence, after at most a connective and punctuation ("Pour X,", "Mais pour X,",
    "Ainsi, pour X,") or a short adverbial phrase and its comma ("À l'inverse, pour X,")."""
    before = sent.words[: w.id - 1]
    if len(before) <= 3 and all(v.upos in ("PUNCT", "ADV", "CCONJ") or base_deprel(v) == "cc" for v in before):
        return True
    # a short adverbial phrase and its comma ("À l'inverse,", "De son côté,", "En revanche,")
    return 2 <= len(before) <= 5 and before[-1].text == "," and not any(
        v.upos in ("VERB", "AUX", "PROPN") or v.text == "," for v in before[:-1])


def _initial_source_ok(sent: Sentence, case: Word, x: Word) -> bool:
    """`Pour X, …` (a marker flagged `initial`) attributes only at the head of the sentence or of a clause
    after a comma and a conjunction ("…, car pour lui, la situation …"), with X a person, a people or an
    institution."""
    before = sent.words[: case.id - 1]
    clause = (len(before) >= 2 and (before[-1].text or "").lower() in _CLAUSE_CONJUNCTIONS and before[-2].text == ","
              ) or (len(before) >= 1 and before[-1].text == ";")  # "… ; pour d'autres, …"
    if not (opens_sentence(sent, case) or clause):
        return False
    # "Pour X," - X is a short phrase closed by a comma, with no verb of its own
    phrase = []
    for w in sent.words[case.id:]:
        if w.text == ",":
            break
        phrase.append(w)
    else:
        return False
    # 12 words: a source with its title ("le ministre de l'Économie et des Finances Michel Sapin",
    # 11 words); longer phrases before the first comma are clauses of the journalist's.
    if len(phrase) > 12 or any(w.upos in ("VERB", "AUX") for w in phrase):
        return False
    noun = (x.lemma or x.text).lower()
    if noun in QUANTITY_NOUNS:
        # "Pour la plupart des experts,", "pour la majeure partie des éditorialistes,": the group counted
        x = next((c for c in children(sent, x.id) if base_deprel(c) == "nmod"), x)
        noun = (x.lemma or x.text).lower()
    if x.upos == "PRON" or (speaker_nouns().get(noun) in ("person", "anonymous", "organization")
                            and noun not in _KIN_AND_FOLK):
        # "Pour lui,", "Pour le procureur fédéral,", "Pour un proche du dossier,", "Pour la Ligue des
        # droits de l'Homme," (7 of 7 such openings with a body annotated as its claim)
        return True
    if (x.text or "").lower() in SOME_PEOPLE and x.id == case.id + 1 + (_norm_apos(sent.words[case.id].text) == "d'"):
        return True  # "Pour certains, … ; pour d'autres, …" (tagged as determiner or adjective)
    if x.upos == "NOUN" and x.id > 1 and _PEOPLE_RE.match(x.text or ""):
        return True  # a people: "Pour les Français,", "Pour 63 % des Français," (not "Pour les Jeux olympiques,")
    # X itself or, for a title before a name ("le ministre … Michel Sapin", "le journal Le Monde"),
    # a word of the phrase is a person or organisation
    for w in [x] + phrase:
        if _ner_label(w) in ("PER", "ORG") or w.upos == "PROPN":
            return True
    return False


def all_spans(text: str, doc: Document | None, lang: str = "fr") -> list[QuoteSpan]:
    """Quotes (all kinds, nested included) and indirect claims, in text order."""
    quotes = find_quote_spans(text, doc, lang)
    claims = find_claims(text, doc, [q for q in quotes if q.depth == 0], lang) if doc is not None else []
    return sorted(quotes + claims, key=lambda s: (s.start, s.end))
