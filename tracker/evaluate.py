"""Evaluation stage: score predicted quotes against annotated gold articles.

Stage: evaluation (outside the pipeline proper).
Takes: gold article files as defined in shared eval/GUIDELINES.md (one JSON per article, with
`quotes` and `not_quotes`) and predictions, either `Quote` records or dicts in the
`tracker extract` output shape.
Gives: `Scores` (P/R/F1 for direct+partial quotes and for indirect claims, speaker accuracy,
term false positives) overall and per article.

Scoring follows GUIDELINES.md exactly:
- predicted and gold mentions are paired one-to-one within an article, best match first;
- direct and partial quotes pair when their normalised texts have a similarity ratio >= 80 (0-100);
- indirect claims pair when they share >= 60% of the gold words and >= 40% of the predicted words;
- speaker accuracy is computed over paired mentions whose gold `speaker_aliases` is non-empty; a
  predicted speaker is right when it equals one alias or contains all the words of one (accents,
  case and apostrophes ignored); a pronoun or `on` alone is never right;
- term false positives count the predicted quotes whose text is one of the article's `not_quotes`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from tracker.records import Article, Quote
from tracker.textnorm import strip_accents

QUOTE_RATIO = 80.0
INDIRECT_GOLD_SHARE = 0.60
INDIRECT_PRED_SHARE = 0.40

# Pronouns that can never count as a right speaker on their own (GUIDELINES: "resolve it").
_BARE_PRONOUNS = {
    "il", "elle", "ils", "elles", "on", "lui", "eux", "je", "nous", "vous", "ce dernier",
    "cette derniere", "ces derniers", "ces dernieres", "celui ci", "celle ci",
    "he", "she", "they", "it", "we", "i", "you",
}

_QUOTE_CHARS = "«»“”„‟‹›\"‘’‚‛'`´"
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Normalised form used for quote similarity: case, quotation marks, spacing."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(f"[{re.escape(_QUOTE_CHARS)}]", " ", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \t\n.,;:!?…-–—")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(normalise_text(text))


def _speaker_words(text: str) -> list[str]:
    # Accents, case and apostrophes are ignored: "l'Élysée" == "l Elysee" == "Elysée" + "l".
    return _WORD_RE.findall(strip_accents(unicodedata.normalize("NFKC", text)).lower().replace("_", " "))


def speaker_matches(predicted: str | None, aliases: Sequence[str]) -> bool:
    """GUIDELINES alias rule: equal to one alias, or containing all the words of one."""
    if not predicted:
        return False
    pred_words = _speaker_words(predicted)
    if not pred_words or " ".join(pred_words) in _BARE_PRONOUNS:
        return False
    pred_set = set(pred_words)
    for alias in aliases:
        alias_words = _speaker_words(alias)
        if not alias_words:
            continue
        if alias_words == pred_words or set(alias_words) <= pred_set:
            return True
    return False


def quote_similarity(a: str, b: str) -> float:
    return fuzz.ratio(normalise_text(a), normalise_text(b))


def word_shares(gold: str, pred: str) -> tuple[float, float]:
    """(share of gold words found in pred, share of pred words found in gold), as multisets."""
    g, p = Counter(words(gold)), Counter(words(pred))
    if not g or not p:
        return 0.0, 0.0
    shared = sum((g & p).values())
    return shared / sum(g.values()), shared / sum(p.values())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Pair:
    gold: dict
    pred: dict
    score: float
    speaker_ok: bool | None  # None when the gold mention has no aliases


@dataclass
class ArticleScores:
    article_id: str
    quotes: Counts = field(default_factory=Counts)
    indirect: Counts = field(default_factory=Counts)
    speaker_right: int = 0
    speaker_total: int = 0
    term_fp: int = 0
    pairs: list[Pair] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)


@dataclass
class Scores:
    articles: list[ArticleScores] = field(default_factory=list)

    @property
    def quotes(self) -> Counts:
        total = Counts()
        for a in self.articles:
            total.add(a.quotes)
        return total

    @property
    def indirect(self) -> Counts:
        total = Counts()
        for a in self.articles:
            total.add(a.indirect)
        return total

    @property
    def speaker_accuracy(self) -> float:
        right = sum(a.speaker_right for a in self.articles)
        total = sum(a.speaker_total for a in self.articles)
        return right / total if total else 0.0

    @property
    def term_fp(self) -> int:
        return sum(a.term_fp for a in self.articles)

    def summary_line(self) -> str:
        q, i = self.quotes, self.indirect
        return (
            f"quotes P={q.precision:.3f} R={q.recall:.3f} F1={q.f1:.3f} | "
            f"indirect P={i.precision:.3f} R={i.recall:.3f} F1={i.f1:.3f} | "
            f"speaker acc={self.speaker_accuracy:.3f} | term FP={self.term_fp}"
        )


def _pred_speaker(pred: dict) -> str | None:
    # The resolved name is what GUIDELINES judges ("a pronoun alone is never right: resolve it");
    # the mention as written is the fallback when nothing was resolved.
    return pred.get("speaker_canonical") or pred.get("speaker")


def _match(
    golds: list[dict], preds: list[dict], score: Callable[[dict, dict], float | None]
) -> tuple[list[Pair], list[dict], list[dict]]:
    """One-to-one pairing, best score first. `score` returns None when the pair is not allowed."""
    candidates = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            s = score(g, p)
            if s is not None:
                candidates.append((s, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for s, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = golds[gi], preds[pi]
        aliases = g.get("speaker_aliases") or []
        ok = speaker_matches(_pred_speaker(p), aliases) if aliases else None
        pairs.append(Pair(gold=g, pred=p, score=s, speaker_ok=ok))
    missed = [g for i, g in enumerate(golds) if i not in used_g]
    spurious = [p for i, p in enumerate(preds) if i not in used_p]
    return pairs, missed, spurious


def _quote_score(g: dict, p: dict) -> float | None:
    s = quote_similarity(g["text"], p["text"])
    return s if s >= QUOTE_RATIO else None


def _indirect_score(g: dict, p: dict) -> float | None:
    gs, ps = word_shares(g["text"], p["text"])
    if gs >= INDIRECT_GOLD_SHARE and ps >= INDIRECT_PRED_SHARE:
        return gs + ps
    return None


def _as_dict(pred: Quote | dict) -> dict:
    return pred.to_output() if isinstance(pred, Quote) else dict(pred)


def score_article(gold: dict, predictions: Iterable[Quote | dict]) -> ArticleScores:
    """Score one article's predictions against its gold annotation."""
    preds = [_as_dict(p) for p in predictions]
    result = ArticleScores(article_id=gold["id"])
    for kinds, counts, scorer in (
        (("direct", "partial"), result.quotes, _quote_score),
        (("indirect",), result.indirect, _indirect_score),
    ):
        golds = [g for g in gold.get("quotes", []) if g.get("kind") in kinds]
        ps = [p for p in preds if p.get("kind") in kinds]
        pairs, missed, spurious = _match(golds, ps, scorer)
        counts.tp, counts.fp, counts.fn = len(pairs), len(spurious), len(missed)
        result.pairs.extend(pairs)
        result.missed.extend(missed)
        result.spurious.extend(spurious)
    for pair in result.pairs:
        if pair.speaker_ok is not None:
            result.speaker_total += 1
            result.speaker_right += int(pair.speaker_ok)
    terms = {normalise_text(t) for t in gold.get("not_quotes", [])}
    result.term_fp = sum(
        1 for p in preds if p.get("kind") in ("direct", "partial") and normalise_text(p["text"]) in terms
    )
    return result


def load_gold(gold_dir: str | Path) -> list[dict]:
    """All gold articles of a folder (`*.json`), sorted by file name."""
    paths = sorted(Path(gold_dir).glob("*.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def load_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Prediction records (JSON Lines, `tracker extract` output) grouped by article_id."""
    grouped: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                rec = json.loads(line)
                grouped.setdefault(str(rec["article_id"]), []).append(rec)
    return grouped


def gold_article(gold: dict) -> Article:
    return Article(
        id=gold["id"], text=gold["text"], lang=gold.get("lang"), outlet=gold.get("outlet"),
        url=gold.get("url"), title=gold.get("title"), published=gold.get("published"),
    )


def evaluate(
    golds: Sequence[dict],
    predictions: dict[str, Sequence[Quote | dict]] | None = None,
) -> Scores:
    """Score predictions (by article id) against gold articles; extract them when not given."""
    if predictions is None:
        from tracker.extract import extract_articles

        predictions = {}
        for gold, quotes in zip(golds, extract_articles([gold_article(g) for g in golds]), strict=True):
            if isinstance(quotes, Exception):
                raise quotes
            predictions[gold["id"]] = quotes
    scores = Scores()
    for gold in golds:
        scores.articles.append(score_article(gold, predictions.get(gold["id"], [])))
    return scores


def article_line(a: ArticleScores) -> str:
    return (
        f"{a.article_id}: quotes tp={a.quotes.tp} fp={a.quotes.fp} fn={a.quotes.fn} | "
        f"indirect tp={a.indirect.tp} fp={a.indirect.fp} fn={a.indirect.fn} | "
        f"speaker {a.speaker_right}/{a.speaker_total} | term FP={a.term_fp}"
    )


def report(scores: Scores, details: bool = False) -> str:
    """Text report: one line per article, then the overall line."""
    lines = []
    for a in scores.articles:
        lines.append(article_line(a))
        if details:
            for p in a.pairs:
                if p.speaker_ok is False:
                    lines.append(
                        f"   speaker? gold={p.gold.get('speaker_aliases')[:2]} "
                        f"pred={p.pred.get('speaker')!r}/{p.pred.get('speaker_canonical')!r} "
                        f"[{p.pred.get('text', '')[:50]}]"
                    )
            for g in a.missed:
                lines.append(f"   missed {g['kind']}: {g['text'][:90]!r}")
            for p in a.spurious:
                lines.append(f"   spurious {p['kind']}: {p['text'][:90]!r}")
    lines.append(scores.summary_line())
    return "\n".join(lines)
