"""Extraction: one article in, its quote mentions out (nlp -> quotes -> attribution).

Stage: orchestration of the nlp, quotes and attribution stages for one `Article`, or for a batch
(`extract_articles`: the networks run once for the batch, which costs less an article).
Takes: an `Article` (or a bare text, or a list of articles).
Gives: `Quote` records in text order, one per quote mention (direct, partial, indirect).

Only the sentences that can hold a quote or claim, and the sentence before each (where a
quote standing alone finds its speaker), go through the expensive processors, in one batch;
attribution asks for more sentences only when a pronoun's antecedent lies further back.
Without models for the language, quotation marks are still found and classified from the text
alone; where the language has a reporting-verb list (English), `tracker.attribution_text` finds
speakers and reported claims from the words around them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from stanza.models.common.doc import Document

from tracker import nlp
from tracker.attribution import attribute
from tracker.attribution_text import attribute_text, has_text_rules
from tracker.quotes import all_spans, candidate_sentences, sentence_offsets
from tracker.records import Article, Quote

# Sentences before a candidate that are parsed with it: 1 covers a quote standing alone after
# the sentence that names its speaker (the dev set has no case needing 2); pronoun chains reach
# further through the on-demand callback instead.
NEIGHBOURS_BEFORE = 1


def nlp_ready(lang: str) -> bool:
    return nlp.models_available(lang)


def with_neighbours(ids: Iterable[int], n_sentences: int, before: int = NEIGHBOURS_BEFORE,
                    opens_with_quote: Iterable[int] | None = None) -> list[int]:
    """The candidate sentences and, for those listed in `opens_with_quote` (all when None), the
    sentences before them."""
    needs = set(ids) if opens_with_quote is None else set(opens_with_quote)
    out: set[int] = set()
    for i in ids:
        out.add(i)
        if i in needs:
            out.update(j for j in range(max(0, i - before), i) if j < n_sentences)
    return sorted(out)


def _opens_with_quote(doc: Document, text: str, ids: list[int]) -> list[int]:
    out = []
    for i in ids:
        s, _ = sentence_offsets(doc.sentences[i])
        if s is not None and text[s:s + 2].lstrip()[:1] in "«“\"„‹—–-":
            out.append(i)
    return out


def prepare_document(text: str, lang: str = "fr") -> Document | None:
    """Segment the text and annotate only the sentences that can hold quotes or claims."""
    return prepare_documents([text], lang)[0]


def prepare_documents(texts: list[str], lang: str = "fr") -> list[Document | None]:
    """`prepare_document` for several texts of one language, each network run once for all of them."""
    if not nlp_ready(lang):
        return [None] * len(texts)
    docs = nlp.segment_many(texts, lang)
    jobs = []
    for text, doc in zip(texts, docs, strict=True):
        if doc.sentences:
            cands = candidate_sentences(doc, text, lang)
            ids = with_neighbours(cands, len(doc.sentences), opens_with_quote=_opens_with_quote(doc, text, cands))
            if ids:
                jobs.append((doc, ids))
    nlp.annotate_many(jobs, lang)
    return [doc if text.strip() else None for text, doc in zip(texts, docs, strict=True)]


def extract_article(article: Article) -> list[Quote]:
    """All quote mentions of one article, with speakers, in text order."""
    lang = (article.lang or "fr").lower()
    return _quotes(article, prepare_document(article.text or "", lang), lang)


def extract_articles(articles: list[Article]) -> list[list[Quote] | Exception]:
    """`extract_article` for a batch, faster (the networks run once per language for the batch).

    Gives, for each article in order, its quotes, or the exception that stopped its extraction:
    one bad article does not fail the others."""
    out: list[list[Quote] | Exception] = [[] for _ in articles]
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_lang.setdefault((article.lang or "fr").lower(), []).append(i)
    for lang, idxs in by_lang.items():
        try:
            docs = prepare_documents([articles[i].text or "" for i in idxs], lang)
        except Exception:  # noqa: BLE001 - find the culprit: one article at a time
            for i in idxs:
                out[i] = safely(extract_article, articles[i])
            continue
        for i, doc in zip(idxs, docs, strict=True):
            out[i] = safely(lambda a, d=doc, lg=lang: _quotes(a, d, lg), articles[i])
    return out


def safely(fn: Callable[[Article], Iterable[Quote]], article: Article) -> list[Quote] | Exception:
    """`fn(article)` as a list, or the exception it raised: one article's failure is a value, so it
    never breaks a batch (the caller reports it per article)."""
    try:
        return list(fn(article))
    except Exception as exc:  # noqa: BLE001 - returned in place of this article's quotes
        return exc


def _quotes(article: Article, doc: Document | None, lang: str) -> list[Quote]:
    text = article.text or ""
    spans = all_spans(text, doc, lang)
    if doc is None and has_text_rules(lang):
        return attribute_text(text, spans, article.id, lang)  # no parser for the language yet
    annotate = None
    if doc is not None:

        def annotate(sent_ids: list[int]) -> None:
            nlp.annotate(doc, sent_ids, lang)

    return attribute(text, doc, spans, article.id, annotate, lang)


def extract_text(text: str, lang: str = "fr", article_id: str = "doc") -> list[Quote]:
    """`extract_article` for a bare text."""
    return extract_article(Article(id=article_id, text=text, lang=lang))
