"""Deduplication stage: quote mentions -> clusters of the same utterance; speaker mentions -> speakers.

Takes: quote texts (one per mention, with a key such as the quote id) and speaker mentions.
Gives: for each mention a `ClusterAssignment` (cluster id, whether it is a fragment of a longer form);
for each speaker mention a `SpeakerMatch` (speaker id, canonical name, type, aliases to record).

Matching works on `match_key(text)`: lower case, no accents, one kind of apostrophe, no quotation marks,
punctuation, editorial brackets or ellipses, single spaces. The original text is kept for display.

Clustering is incremental and never all-pairs: an inverted index from word trigrams (hashed) to cluster
ids proposes a few candidate clusters, which rapidfuzz confirms (`fuzz.ratio` for variants,
`fuzz.partial_ratio` for a fragment contained in a longer form). A new mention joins an existing cluster or
starts one; nothing already clustered is re-clustered.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from tracker.textnorm import fold

# Calibrated on the gold clusters of shared/eval/dev and dev-en (165 mentions, all pairs; see
# tests/test_dedup.py::test_thresholds_separate_gold_clusters): variant pairs of one utterance score >= 97
# with fuzz.ratio on match keys, the closest two different utterances 70; 85 leaves room on both sides.
VARIANT_MIN_RATIO = 85.0
# A fragment must be (nearly) verbatim inside the longer form: partial_ratio >= 95 allows one changed
# character in twenty; in the same gold set the highest partial_ratio between different utterances is 83
# ("dans le camp de la paix" vs "... et le camp de la paix, c'est nous").
FRAGMENT_MIN_PARTIAL = 95.0
# Fragments shorter than this are too common to be evidence (« très certainement »).
FRAGMENT_MIN_WORDS = 3
FRAGMENT_MIN_CHARS = 15
# A member whose match key is shorter than this share of the cluster's longest form is a fragment. Two
# variants that pass VARIANT_MIN_RATIO differ in length by at most ~26%, so 0.7 never flags a variant.
FRAGMENT_MAX_LENGTH_RATIO = 0.7
# Trigrams shared by more clusters than this are stop-trigrams ("il y a", "de la") and stop proposing
# candidates: it keeps each lookup O(1) as the collection grows. Calibrated with bench_dedup: at 32 the
# posting lists kept filling up to 1 M quotes (time ~ n^1.33); at 8 the cost per quote is flat from
# 100 k on, the all-pairs recall at 2 k and 10 k stays 1.000, and the gold and RPM2 clusters are unchanged.
MAX_POSTING = 8
MAX_CANDIDATES = 8
MAX_FORMS_COMPARED = 4

_APOSTROPHES = "'’‘`´ʼʹ′‛"
_QUOTE_MARKS = "«»“”„‟\"‹›「」『』〝〞"
_BRACKET_ELISION = re.compile(r"[\[(]\s*(?:\.\.\.|…)\s*[\])]")
_BRACKETS = re.compile(r"[\[\]]")
_NON_WORD = re.compile(r"[^\w']+")
_SPACES = re.compile(r"\s+")


def search_fold(text: str) -> str:
    """Case-, accent-, apostrophe- and space-insensitive form used for search (punctuation kept):
    `textnorm.fold` with apostrophes, ligatures and spaces made one."""
    t = fold(text)
    for a in _APOSTROPHES:
        t = t.replace(a, "'")
    t = t.replace("œ", "oe").replace("æ", "ae")
    return _SPACES.sub(" ", t).strip()


# Apostrophes at a word's edge, left by quotation marks written as apostrophes ("' ", " '").
_EDGE_APOSTROPHES = re.compile(r"\s'+|'+\s")


def match_key(text: str) -> str:
    """Normalised form used to match quotes across articles."""
    t = _BRACKET_ELISION.sub(" ", text)
    t = _BRACKETS.sub("", t)
    t = search_fold(t)
    for q in _QUOTE_MARKS:
        t = t.replace(q, " ")
    t = _NON_WORD.sub(" ", t).replace("_", " ")
    t = _EDGE_APOSTROPHES.sub(" ", t)  # (all of a run: "0 ''0" once, so that a key's key is itself)
    return _SPACES.sub(" ", t).strip(" '")


def shingles(key: str, family: str = "quote") -> list[int]:
    """Hashed word trigrams of a match key (the whole key when it has fewer than three words).
    The family salts the hashes: quotes and indirect claims never share a shingle. Python's own hash
    is enough: the index lives in memory and is rebuilt by each process."""
    words = key.split()
    if len(words) < 3:
        return [hash((family, key))] if key else []
    return list({hash((family, words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)})


def family_of(kind: str | None) -> str:
    """Quotes (direct, partial) cluster together; indirect claims only with indirect claims: a claim
    that embeds a partial quote is a different mention from the quote (shared/eval gold clusters)."""
    return "claim" if kind == "indirect" else "quote"


def cluster_id_for(seed: str) -> str:
    return "c-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]


def is_fragment_length(key_len: int, longest_len: int) -> bool:
    return key_len < FRAGMENT_MAX_LENGTH_RATIO * longest_len


def _n_shingles(key: str) -> int:
    return max(1, key.count(" ") - 1)


@dataclass
class ClusterAssignment:
    cluster_id: str
    is_fragment: bool
    created: bool
    score: float = 100.0
    key: str = ""  # the mention's match key


@dataclass
class _Cluster:
    forms: dict[str, int] = field(default_factory=dict)  # match key -> members with that key
    longest: str = ""

    def add(self, key: str) -> None:
        self.forms[key] = self.forms.get(key, 0) + 1
        if len(key) > len(self.longest):
            self.longest = key

    def remove(self, key: str) -> None:
        n = self.forms.get(key, 0) - 1
        if n <= 0:
            self.forms.pop(key, None)
            if key == self.longest:
                self.longest = max(self.forms, key=len, default="")
        else:
            self.forms[key] = n


class QuoteClusterer:
    """Incremental clustering of quote mentions (in memory; the store rebuilds it from its tables)."""

    def __init__(self) -> None:
        self._index: dict[int, int | list[int] | None] = {}  # shingle -> cluster slot(s); None = stop
        self._exact: dict[tuple[str, str], int] = {}  # (family, match key) -> cluster slot
        self._slots: list[str] = []  # slot -> cluster id (ints keep the index small)
        self._slot_of: dict[str, int] = {}
        self._clusters: dict[int, _Cluster] = {}
        self._members: dict[str, tuple[int, str, str]] = {}  # mention key -> (slot, match key, family)

    @property
    def n_clusters(self) -> int:
        return len(self._clusters)

    def _slot(self, cluster_id: str) -> int:
        slot = self._slot_of.get(cluster_id)
        if slot is None:
            slot = len(self._slots)
            self._slots.append(cluster_id)
            self._slot_of[cluster_id] = slot
        return slot

    def _index_key(self, slot: int, key: str, family: str) -> None:
        self._exact.setdefault((family, key), slot)
        for sh in shingles(key, family):
            cur = self._index.get(sh, -1)
            if cur is None:
                continue
            if cur == -1:
                self._index[sh] = slot
            elif isinstance(cur, int):
                if cur != slot:
                    self._index[sh] = [cur, slot]
            elif slot not in cur:
                if len(cur) >= MAX_POSTING:
                    self._index[sh] = None
                else:
                    cur.append(slot)

    def load(self, mention: str, text_key: str, cluster_id: str, family: str = "quote") -> None:
        """Restore a mention already assigned (no matching)."""
        slot = self._slot(cluster_id)
        cl = self._clusters.get(slot)
        if cl is None:
            cl = self._clusters[slot] = _Cluster()
        if text_key not in cl.forms:
            self._index_key(slot, text_key, family)
        cl.add(text_key)
        self._members[mention] = (slot, text_key, family)

    def remove(self, mention: str) -> str | None:
        """Forget a mention (its article was replaced). Returns its cluster id."""
        entry = self._members.pop(mention, None)
        if entry is None:
            return None
        slot, key, family = entry
        cl = self._clusters.get(slot)
        if cl is not None:
            cl.remove(key)
            if not cl.forms:
                del self._clusters[slot]
            if key not in cl.forms and self._exact.get((family, key)) == slot:
                del self._exact[(family, key)]
        return self._slots[slot]

    def cluster_of(self, mention: str) -> str | None:
        entry = self._members.get(mention)
        return self._slots[entry[0]] if entry else None

    def _candidates(self, key: str, family: str) -> list[int]:
        counts: dict[int, int] = {}
        mine = shingles(key, family)
        for sh in mine:
            post = self._index.get(sh)
            if post is None:
                continue
            if isinstance(post, int):
                counts[post] = counts.get(post, 0) + 1
            else:
                for s in post:
                    counts[s] = counts.get(s, 0) + 1
        # A variant (ratio >= 85) changes at most ~15% of the words, and each changed word breaks at most
        # three trigrams; a verbatim fragment keeps all of its own. A cluster sharing fewer trigrams than
        # that with the shorter text cannot pass rapidfuzz and is not worth a comparison.
        found = []
        for s, n in counts.items():
            cl = self._clusters.get(s)
            if cl is None:
                continue
            shorter = min(len(mine), _n_shingles(cl.longest))
            if n >= max(1, shorter - 3 * max(1, round(0.15 * (shorter + 2)))):
                found.append(s)
        if len(found) > MAX_CANDIDATES:
            return sorted(found, key=counts.__getitem__, reverse=True)[:MAX_CANDIDATES]
        return found

    def match(self, key: str, family: str = "quote") -> tuple[int, bool, float] | None:
        """Best existing cluster for a match key: (slot, new mention is a fragment, score)."""
        slot = self._exact.get((family, key))
        if slot is not None and slot in self._clusters:
            cl = self._clusters[slot]
            return slot, is_fragment_length(len(key), len(cl.longest)), 100.0
        n_words = key.count(" ") + 1
        can_be_fragment = n_words >= FRAGMENT_MIN_WORDS and len(key) >= FRAGMENT_MIN_CHARS
        best: tuple[int, bool, float] | None = None
        for slot in self._candidates(key, family):
            cl = self._clusters.get(slot)
            if cl is None:
                continue
            forms = cl.forms if len(cl.forms) <= MAX_FORMS_COMPARED else sorted(
                cl.forms, key=cl.forms.__getitem__, reverse=True)[:MAX_FORMS_COMPARED]
            for form in forms:
                score = fuzz.ratio(key, form, score_cutoff=VARIANT_MIN_RATIO)
                fragment = False
                if not score and can_be_fragment and len(key) < len(form):
                    # The new mention inside a known form: it is a fragment of this cluster.
                    score = fuzz.partial_ratio(key, form, score_cutoff=FRAGMENT_MIN_PARTIAL)
                    fragment = bool(score)
                if not score and form == cl.longest and len(form) < len(key) \
                        and form.count(" ") + 1 >= FRAGMENT_MIN_WORDS and len(form) >= FRAGMENT_MIN_CHARS:
                    # The cluster so far is a shorter cut of the new mention (intertitle seen before the
                    # body): only its longest form may vouch, so that a fragment never chains two quotes.
                    score = fuzz.partial_ratio(form, key, score_cutoff=FRAGMENT_MIN_PARTIAL)
                if score and (best is None or score > best[2]):
                    best = (slot, fragment or is_fragment_length(len(key), len(cl.longest)), score)
                    if score >= 97:  # as good as a variant gets: stop looking
                        return best
        return best

    def add(self, mention: str, text: str, family: str = "quote") -> ClusterAssignment:
        """Assign a new mention (replacing any earlier assignment of the same mention key)."""
        if mention in self._members:
            self.remove(mention)
        key = match_key(text)
        found = self.match(key, family) if key else None
        if found is None:
            cid = cluster_id_for(mention)
            self.load(mention, key, cid, family)
            return ClusterAssignment(cid, False, True, key=key)
        slot, fragment, score = found
        cid = self._slots[slot]
        self.load(mention, key, cid, family)
        return ClusterAssignment(cid, fragment, False, score, key)


# ---------------------------------------------------------------------------- speakers

_PRONOUNS = {"il", "elle", "ils", "elles", "on", "nous", "je", "vous", "he", "she", "they", "we", "i", "you",
             "celui-ci", "celle-ci", "ce dernier", "cette derniere", "ces derniers", "ces dernieres",
             "le premier", "la premiere", "l'interesse", "l'interessee"}
_HONORIFICS = {"m", "m.", "mm", "mm.", "mme", "mmes", "mlle", "monsieur", "madame", "mademoiselle", "mr", "mr.",
               "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "pr", "pr.", "me", "sir", "dame", "lord", "mgr"}
_PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "da", "di", "del", "bin", "ben",
              "al", "el", "ibn", "mc", "st", "saint", "sainte", "y"}
_ANON_WORDS = re.compile(r"\b(sources?|proches?|entourage|conseill\w+|collaborat\w+|responsables?|"
                         r"officials?|aides?|insiders?|spokes\w+|porte-parole|diplomates?|"
                         r"on|a person|people familiar)\b")
# Institutions named by anonymous sources, keyed by folded stem (adjectives included: élyséenne).
INSTITUTIONS = {
    "elysee": "l'Élysée", "elyseen": "l'Élysée", "matignon": "Matignon", "quai d'orsay": "le Quai d'Orsay",
    "bercy": "Bercy", "beauvau": "Beauvau", "kremlin": "le Kremlin", "maison blanche": "la Maison Blanche",
    "white house": "the White House", "downing street": "Downing Street", "pentagone": "le Pentagone",
    "pentagon": "the Pentagon", "chancellerie": "la Chancellerie", "commission europeenne": "la Commission européenne",
    "state department": "the State Department", "departement d'etat": "le département d'État",
}
_INSTITUTION_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in INSTITUTIONS), key=len, reverse=True))
                             + r")\w*")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")


@lru_cache(maxsize=65536)
def speaker_key(name: str) -> str:
    return _SPACES.sub(" ", _NON_WORD.sub(" ", search_fold(name).replace("-", " "))).strip()


def person_name(surface: str) -> list[str] | None:
    tokens = _person_name(surface)
    return list(tokens) if tokens else None


@lru_cache(maxsize=65536)
def _person_name(surface: str) -> tuple[str, ...] | None:
    """The name tokens of a person mention ('le président Emmanuel Macron' -> [Emmanuel, Macron],
    'M. Macron' -> [Macron]), or None when the mention holds no capitalised name."""
    tokens = surface.replace("’", "'").split()
    while tokens and search_fold(tokens[0]).rstrip(",") in _HONORIFICS:
        tokens = tokens[1:]
    run: list[str] = []
    for tok in reversed(tokens):
        t = tok.strip(",;:()")
        if _NAME_TOKEN.match(t) or (run and search_fold(t) in _PARTICLES):
            run.insert(0, t)
        else:
            break
    while run and search_fold(run[0]) in _PARTICLES and len(run) > 1 and not _NAME_TOKEN.match(run[0]):
        run = run[1:]
    while run and search_fold(run[0]).rstrip(".") in _HONORIFICS:
        run = run[1:]
    return run or None


@dataclass
class SpeakerMatch:
    speaker_id: str | None
    name: str | None
    type: str
    aliases: list[str] = field(default_factory=list)
    created: bool = False


@dataclass
class SpeakerRecord:
    speaker_id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)


def speaker_id_for(key: str) -> str:
    return "s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def classify_speaker(surface: str, given: str | None = None) -> str:
    if given and given != "unknown":
        return given
    head = search_fold(surface).split()[:3]
    if any(_ANON_WORDS.fullmatch(w) for w in head) or search_fold(surface).startswith(("des gens", "people familiar")):
        return "anonymous"
    name = person_name(surface)
    if name and (len(name) >= 2 or (head and head[0].rstrip(".") in {h.rstrip(".") for h in _HONORIFICS})):
        return "person"
    return "unknown"


class SpeakerResolver:
    """Merges speaker mentions by alias across articles.

    - a full name ('Emmanuel Macron', 'le président Emmanuel Macron') is one speaker per folded name;
    - a surname alone ('Macron', 'M. Macron') joins the only known person with that surname; with two or
      more (Marine / Jean-Marie Le Pen) it joins the one whose full name the article mentions, else it
      stays a separate surname-only speaker: no merge without evidence;
    - anonymous sources that name an institution (une source de l'Elysée, notre source élyséenne) are
      that institution's anonymous source; other anonymous sources get no speaker entity;
    - pronouns alone are never speakers.
    """

    def __init__(self) -> None:
        self.speakers: dict[str, SpeakerRecord] = {}
        self._by_key: dict[str, str] = {}  # folded full name / alias -> speaker id (never a bare surname)
        self._by_surname: dict[str, set[str]] = {}  # folded surname -> full-name person ids
        self._surname_speakers: dict[str, str] = {}  # folded surname -> surname-only speaker id

    def load(self, speaker_id: str, name: str, type_: str, aliases: Iterable[str]) -> None:
        """Restore a stored speaker; call `finish_loading()` after the last one."""
        rec = SpeakerRecord(speaker_id, name, type_, set(aliases) | {name})
        self.speakers[speaker_id] = rec
        for a in rec.aliases:
            self._register_alias(a, rec)
        self._index_person(rec)

    def finish_loading(self) -> None:
        for rec in self.speakers.values():
            key = speaker_key(rec.name)
            if rec.type == "person" and (len(key.split()) == 1 or key in self._by_surname):
                self._surname_speakers[key] = rec.speaker_id
                if self._by_key.get(key) == rec.speaker_id:
                    del self._by_key[key]

    def _register_alias(self, alias: str, rec: SpeakerRecord) -> None:
        if rec.type == "person":
            tokens = person_name(alias)
            if not tokens or len(tokens) < 2:
                return
            key = speaker_key(" ".join(tokens))
            if len(key.split()) < 2:
                return
        else:
            key = self._plain_key(alias)
        self._by_key.setdefault(key, rec.speaker_id)

    @staticmethod
    def _plain_key(name: str) -> str:
        key = speaker_key(name)
        for art in ("le ", "la ", "les ", "l ", "the "):
            if key.startswith(art) and len(key) > len(art) + 2:
                return key[len(art):]
        return key

    def _index_person(self, rec: SpeakerRecord) -> None:
        if rec.type != "person":
            return
        tokens = speaker_key(rec.name).split()
        for i in range(1, len(tokens)):
            self._by_surname.setdefault(" ".join(tokens[i:]), set()).add(rec.speaker_id)

    def _new(self, key: str, name: str, type_: str) -> SpeakerRecord:
        sid = speaker_id_for(f"{type_}:{key}")
        while sid in self.speakers:
            sid = speaker_id_for(f"{type_}:{key}:{sid}")
        rec = SpeakerRecord(sid, name, type_, {name})
        self.speakers[sid] = rec
        self._by_key.setdefault(key, sid)
        self._index_person(rec)
        return rec

    def resolve(self, surface: str | None, canonical: str | None = None, type_: str | None = None,
                context: str = "") -> SpeakerMatch:
        """Speaker of one mention. `canonical` (the extractor's resolved name) wins over `surface`;
        `context` is the article text, the evidence for ambiguous surnames."""
        name = (canonical or "").strip()
        if not name or search_fold(name) in _PRONOUNS:
            name = (surface or "").strip()
        if not name or search_fold(name) in _PRONOUNS:
            return SpeakerMatch(None, None, classify_speaker(surface or "", type_))
        stype = classify_speaker(name, type_)
        aliases = [a for a in dict.fromkeys([name, (surface or "").strip()]) if a and search_fold(a) not in _PRONOUNS]

        if stype == "anonymous":
            m = _INSTITUTION_RE.search(search_fold(name))
            if not m:
                return SpeakerMatch(None, None, "anonymous")
            inst = INSTITUTIONS[m[1]]
            key = "anon " + speaker_key(inst)
            sid = self._by_key.get(key)
            rec = self.speakers[sid] if sid else self._new(key, f"{inst} (source anonyme)", "anonymous")
            return self._finish(rec, aliases, created=sid is None)

        if stype == "unknown":
            tokens = person_name(name)
            if tokens and len(tokens) == 1 and tokens[0] == name:
                k = speaker_key(name)
                if k in self._by_surname or k in self._surname_speakers:
                    stype = "person"
        if stype == "person":
            tokens = person_name(name) or name.split()
            display = " ".join(tokens)
            key = speaker_key(display)
            words = key.split()
            if len(words) == 1 or key in self._by_surname:
                return self._surname_only(key, display, aliases, context)
            sid = self._by_key.get(key)
            if sid:
                return self._finish(self.speakers[sid], aliases)
            # A new full name: a surname-only speaker seen before becomes this person when no other known
            # person shares the surname.
            for i in range(1, len(words)):
                sur = " ".join(words[i:])
                old = self._surname_speakers.get(sur)
                if old is None and (u := self._by_key.get(sur)) and self.speakers[u].type == "unknown":
                    old = u  # 'Macron' seen first, untyped: the same word as this person's surname
                if old and not self._by_surname.get(sur):
                    rec = self.speakers[old]
                    self._surname_speakers.pop(sur, None)
                    if self._by_key.get(sur) == old:
                        del self._by_key[sur]
                    rec.name, rec.type = display, "person"
                    self._by_key[key] = rec.speaker_id
                    self._index_person(rec)
                    return self._finish(rec, aliases)
            return self._finish(self._new(key, display, "person"), aliases, created=True)

        key = self._plain_key(name)
        sid = self._by_key.get(key)
        if sid:
            return self._finish(self.speakers[sid], aliases)
        return self._finish(self._new(key, name, stype), aliases, created=True)

    def _surname_only(self, key: str, display: str, aliases: list[str], context: str) -> SpeakerMatch:
        candidates = sorted(self._by_surname.get(key, ()))
        if len(candidates) > 1:
            ctx = f" {speaker_key(context)} " if context else ""
            candidates = [c for c in candidates if f" {speaker_key(self.speakers[c].name)} " in ctx]
        if len(candidates) == 1:
            return self._finish(self.speakers[candidates[0]], aliases)
        sid = self._surname_speakers.get(key)
        if sid:
            return self._finish(self.speakers[sid], aliases)
        sid = speaker_id_for(f"person:{key}")
        while sid in self.speakers:
            sid = speaker_id_for(f"person:{key}:{sid}")
        rec = SpeakerRecord(sid, display, "person", {display})
        self.speakers[sid] = rec
        self._surname_speakers[key] = sid
        return self._finish(rec, aliases, created=True)

    def _finish(self, rec: SpeakerRecord, aliases: list[str], created: bool = False) -> SpeakerMatch:
        new = [a for a in aliases if a not in rec.aliases]
        rec.aliases.update(new)
        for a in new:
            self._register_alias(a, rec)
        return SpeakerMatch(rec.speaker_id, rec.name, rec.type, new, created)
