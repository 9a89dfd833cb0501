"""A small quote database built from real articles, for the dashboard's tests and demos.

`build(path)` writes, through `Store.upsert_article` only, the project's sample article
(Public Sénat, 2025-09-02, with « dans le camp de la paix » and the other quotes at their
real offsets), a few real Wikinews articles when the corpus files are at hand (two of them
share a quote, giving a cross-article claim), and one hostile article whose title, outlet,
speaker, URL and quote are HTML/markdown/JavaScript payloads, to prove they render as text.

Quotes are built by hand (the attribution an extractor should produce), so the dashboard can
be tested without the NLP pipeline. Corpus files are looked up in `corpus/`, then
`../shared/corpus/`, then `$TRACKER_CORPUS`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker.records import Article, Quote

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_FILE = "public-senat-2025-09-02.txt"
SAMPLE_ID = "public-senat-2025-09-02"
HOSTILE_ID = "test-hostile-markup"
HOSTILE_QUOTE = '<script>alert("quote")</script> **gras** [clic](javascript:alert(1)) :red[rouge] $x$'


def corpus_dirs() -> list[Path]:
    dirs = [ROOT / "corpus", ROOT.parent / "shared" / "corpus"]
    if os.environ.get("TRACKER_CORPUS"):
        dirs.append(Path(os.environ["TRACKER_CORPUS"]))
    return dirs


def find_corpus_file(name: str) -> Path | None:
    for d in corpus_dirs():
        if (d / name).is_file():
            return d / name
    return None


@dataclass
class _Q:
    """A quote to place in an article: offsets are found in the article text."""

    text: str
    kind: str
    speaker: str | None
    canonical: str | None
    speaker_type: str = "person"
    cue: str | None = None
    mention: str | None = None  # speaker as written near the quote, if it is
    in_heading: bool = False
    cluster: str | None = None
    occurrence: int = 0  # which occurrence of `text` in the article (0 = first)
    confidence: float = 0.9


def _nth(text: str, needle: str, n: int, start: int = 0) -> int:
    pos = start - 1
    for _ in range(n + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{needle!r} not found in article")
    return pos


def _near(text: str, needle: str | None, start: int, end: int, window: int = 200) -> tuple[int | None, int | None]:
    """Offsets of `needle` closest to the quote [start, end), searching after then before it."""
    if not needle:
        return None, None
    after = text.find(needle, end, end + window + len(needle))
    if after >= 0:
        return after, after + len(needle)
    before = text.rfind(needle, max(0, start - window - len(needle)), start)
    if before >= 0:
        return before, before + len(needle)
    return None, None


def _place(article: Article, spec: _Q) -> Quote:
    text = article.text
    start = _nth(text, spec.text, spec.occurrence)
    end = start + len(spec.text)
    p0 = text.rfind("\n", 0, start) + 1
    p1 = text.find("\n", end)
    p1 = len(text) if p1 < 0 else p1
    cue_start, cue_end = _near(text, spec.cue, start, end)
    sp_start, sp_end = _near(text, spec.mention, start, end)
    return Quote(
        article_id=article.id, text=spec.text, kind=spec.kind,  # type: ignore[arg-type]
        start=start, end=end, speaker=spec.speaker, speaker_canonical=spec.canonical,
        speaker_type=spec.speaker_type,  # type: ignore[arg-type]
        cue=spec.cue, in_heading=spec.in_heading, confidence=spec.confidence, sentence=text[p0:p1].strip(),
        cue_start=cue_start, cue_end=cue_end, speaker_start=sp_start, speaker_end=sp_end,
        cluster_id=spec.cluster,
    )


def _sample_article() -> Article:
    path = find_corpus_file(SAMPLE_FILE)
    if path is None:
        raise FileNotFoundError(
            f"{SAMPLE_FILE} not found in {', '.join(str(d) for d in corpus_dirs())}; "
            "copy it into corpus/ (it is the project's sample article)"
        )
    raw = path.read_text(encoding="utf-8")
    try:
        from tracker.ingest import parse_plain_text

        art = parse_plain_text(raw, article_id=SAMPLE_ID, source=str(path))
    except Exception:  # ingest not available: same convention, by hand
        art = Article(id=SAMPLE_ID, text=raw, title=None, published="2025-09-02", outlet="Public Sénat")
    art.lang = art.lang or "fr"
    art.outlet = art.outlet or "Public Sénat"
    art.published = art.published or "2025-09-02"
    art.title = art.title or (
        "Guerre en Ukraine : Les Américains seront « très certainement » associés aux travaux "
        "de la « Coalition des volontaires »"
    )
    return art


ELYSEE_SOURCE = "une source de l'Elysée"

SAMPLE_QUOTES = (
    _Q("dans le camp de la paix", "partial", ELYSEE_SOURCE, ELYSEE_SOURCE, "anonymous", cluster="camp-de-la-paix"),
    _Q("On est prêts à donner ces garanties de sécurité", "direct", ELYSEE_SOURCE, ELYSEE_SOURCE, "anonymous",
       in_heading=True, cluster="garanties-de-securite"),
    _Q("On est au terme des travaux techniques et on est prêts à donner ces garanties de sécurité", "direct",
       "une source de l’Elysée proche du dossier", ELYSEE_SOURCE, "anonymous", cue="explique",
       mention="une source de l’Elysée proche du dossier", cluster="garanties-de-securite"),
    _Q("il aurait à compter sur [leur] engagement", "partial", "les pays de la coalition",
       "Coalition des volontaires", "organization", mention="les pays de la coalition", confidence=0.6),
    _Q("Nous sommes capables de tenir les engagements pris à l’égard des Etats-Unis, à charge pour eux "
       "d’augmenter ou de maintenir la pression sur la Russie pour obtenir le cessez-le-feu", "direct",
       "notre source élyséenne", ELYSEE_SOURCE, "anonymous", cue="détaille", mention="notre source élyséenne"),
    _Q("Donald Trump a dit aux leaders européens le 18\u00a0août qu’il était prêt à réfléchir et à y travailler",
       "direct", ELYSEE_SOURCE, ELYSEE_SOURCE, "anonymous", in_heading=True, cluster="trump-18-aout"),
    _Q("Donald Trump a dit aux leaders européens le 18\u00a0août qu’il était prêt à réfléchir et à y travailler",
       "direct", "on", ELYSEE_SOURCE, "anonymous", cue="affirme", occurrence=1, cluster="trump-18-aout"),
    _Q("L’Ukraine est une question générale et le camp de la paix, c’est nous", "partial",
       ELYSEE_SOURCE, ELYSEE_SOURCE, "anonymous", in_heading=True, cluster="ukraine-question-generale"),
    _Q("l’Ukraine est une question générale et que le camp de la paix, c’est nous", "partial",
       ELYSEE_SOURCE, ELYSEE_SOURCE, "anonymous", cluster="ukraine-question-generale", confidence=0.7),
)

# (jsonl file, article id, quotes) -- real Wikinews articles (CC BY 2.5).
WIKINEWS = (
    ("fr-wikinews.jsonl", "frwn-2016_01_04-002", (
        _Q("Après avoir entendu l'explosion, nous sommes allés sur les lieux et nous avons trouvé des engins "
           "explosifs artisanaux", "direct", "un officier de police", "un officier de police", "anonymous",
           cue="déclare", mention="un officier de police"),
    )),
    ("fr-wikinews.jsonl", "frwn-2016_12_29-004", (
        _Q("Les dirigeants de Sprint viennent de m’appeler et ils vont ramener 5\u2009000 emplois aux États-Unis, "
           "ils les ramènent d’autres pays", "direct", "Donald Trump", "Donald Trump", "person",
           cue="déclaré", mention="Donald Trump"),
    )),
    ("en-wikinews.jsonl", "enwn-2020-115", (
        _Q("Australia's most boring by-election", "partial", "Kevin Bonham", "Kevin Bonham", "person",
           cue="declared", mention="Kevin Bonham", cluster="most-boring-by-election"),
    )),
    ("en-wikinews.jsonl", "enwn-2020-116", (
        _Q("Australia's most boring by-election", "partial", "Kevin Bonham", "Kevin Bonham", "person",
           cue="declared", mention="Kevin Bonham", cluster="most-boring-by-election"),
    )),
)


def _wikinews_records() -> Iterator[tuple[Article, list[Quote]]]:
    wanted: dict[str, dict[str, tuple[_Q, ...]]] = {}
    for fname, aid, quotes in WIKINEWS:
        wanted.setdefault(fname, {})[aid] = quotes
    for fname, ids in wanted.items():
        path = find_corpus_file(fname)
        if path is None:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("id") not in ids:
                    continue
                art = Article(id=rec["id"], text=rec["text"], lang=rec.get("lang"), outlet=rec.get("outlet"),
                              url=rec.get("url"), title=rec.get("title"), published=rec.get("published"),
                              source=str(path))
                try:
                    quotes = [_place(art, q) for q in ids[rec["id"]]]
                except ValueError:
                    continue  # text differs from the version these offsets were written for
                yield art, quotes


def _hostile_record() -> tuple[Article, list[Quote]]:
    """Synthetic safety fixture: every displayed field carries markup that must stay text."""
    text = (
        "<b>Titre</b> **piégé** [lien](javascript:alert('titre'))\n\n"
        f"« {HOSTILE_QUOTE} », a écrit <img src=x onerror=alert(1)> sur un forum.\n"
    )
    art = Article(id=HOSTILE_ID, text=text, lang="fr", outlet="Test <i>Outlet</i>",
                  url="javascript:alert('url')", title="<script>alert('title')</script> **gras**",
                  published="2025-09-03", source="dashboard/sample.py")
    q = _Q(HOSTILE_QUOTE, "direct", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>",
           "person", cue="écrit", mention="<img src=x onerror=alert(1)>", cluster="hostile")
    return art, [_place(art, q)]


def records(include_wikinews: bool = True, include_hostile: bool = True) -> list[tuple[Article, list[Quote]]]:
    """The sample articles with their quotes, ready for `Store.upsert_article`."""
    art = _sample_article()
    out = [(art, [_place(art, q) for q in SAMPLE_QUOTES])]
    if include_wikinews:
        out.extend(_wikinews_records())
    if include_hostile:
        out.append(_hostile_record())
    return out


def build(path: str | os.PathLike[str], **kwargs: bool) -> Path:
    """Write the sample database at `path` (through the store API) and return its path."""
    from tracker.store import Store

    path = Path(path)
    with Store(path) as store:
        for art, quotes in records(**kwargs):
            store.upsert_article(art, quotes)
    return path


if __name__ == "__main__":  # python -m dashboard.sample out.duckdb
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "sample.duckdb"))
