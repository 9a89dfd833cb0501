"""NLP stage, pipelines: text -> stanza Document.

Takes article text; gives stanza Documents. Two pipelines per language, built once and cached:
a cheap one (tokenize + mwt) for every sentence, and an expensive one (pos, lemma, depparse, ner)
that the later stages run only on the sentences that can hold a quote or a claim. Both take several
texts at once (`segment_many`, `annotate_many`): the networks cost less a sentence in bigger batches.
Stanza's inference runs with replacements that give the same output in less time (`mst`,
`arc_labels`, `char_cache`, `lemmatizer`, `padding`, `tag_scorer`, `crf_loss`, `mwt`) and with int8
weights (`int8`, measured there); `stock_inference()` switches all of them off for comparison.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import stanza
from stanza.models.common.doc import Document

from tracker.nlp import arc_labels, char_cache, crf_loss, int8, lemmatizer, mst, mwt, padding, tag_scorer
from tracker.nlp.models import ModelSet, find_models

SEGMENT = ("tokenize", "mwt")
ANNOTATE = ("pos", "lemma", "depparse", "ner")
_lock = threading.Lock()
logging.getLogger("stanza").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _empty_resources() -> str:
    # Stanza refuses to start without a resources file; an empty one keeps it from looking online.
    path = Path(tempfile.gettempdir()) / "tracker-stanza-resources.json"
    if not path.exists():
        path.write_text("{}", encoding="utf-8")
    return str(path)


def _set_threads() -> None:
    # One torch thread by default: measured here, a 2-layer BiLSTM call took 80 ms on 1 thread and
    # 920 ms on 2 when other processes (dashboard, a second job) shared the 2 cores: OpenMP threads
    # spin-waiting on a busy core cost far more than they gain. TRACKER_TORCH_THREADS overrides.
    import torch

    torch.set_num_threads(max(1, int(os.environ.get("TRACKER_TORCH_THREADS", "1"))))


def _build(models: ModelSet, processors: tuple[str, ...], pretokenized: bool) -> stanza.Pipeline:
    _set_threads()
    _install_speedups()
    kwargs = models.pipeline_kwargs(processors)
    if models.source == "official":
        kwargs["dir"] = str(models.resources_dir)
    else:
        kwargs["resources_filepath"] = _empty_resources()
        kwargs["allow_unknown_language"] = True
    procs = ",".join(processors if not pretokenized else ("tokenize", *processors))
    try:
        with _no_optimizer():
            pipeline = _pipeline(models, procs, pretokenized, kwargs)
    except Exception:  # noqa: BLE001 - a model that wants its optimizer at load: build it as Stanza does
        pipeline = _pipeline(models, procs, pretokenized, kwargs)
    # The shipped models store weights and word vectors in float16 to fit the repo's size budget;
    # compute in float32 (CPU kernels expect it).
    for proc in pipeline.processors.values():
        model = getattr(getattr(proc, "_trainer", None), "model", None)
        if model is not None:
            model.float()
    int8.quantize(pipeline)
    return pipeline


@contextmanager
def _no_optimizer() -> Iterator[None]:
    # Stanza's tokenizer and tagger build their Adam optimizers even to predict, and the first
    # optimizer imports torch._dynamo: 1.5 of the 4 s a worker took to start here, and of the time
    # `tracker extract` takes on one file. Inference never steps them.
    from stanza.models.common import utils

    originals = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = originals


def _pipeline(models: ModelSet, procs: str, pretokenized: bool, kwargs: dict) -> stanza.Pipeline:
    return stanza.Pipeline(
        lang=models.lang,
        processors=procs,
        download_method=None,
        tokenize_pretokenized=pretokenized,
        use_gpu=False,
        logging_level="ERROR",
        pos_batch_size=3000,
        depparse_batch_size=3000,
        # The lemmatizer looks words up in its dictionary and runs its character seq2seq only on the
        # unknown forms (26 of its 33 ms an article here); store_results adds each (form, POS) the
        # seq2seq has lemmatized to the dictionary, so a form costs the network once per process.
        # The seq2seq reads only the form and its POS, so the lemma is the same.
        lemma_store_results=True,
        **kwargs,
    )


# Same weights, same output, less time: see each module's docstring for what it saves.
_SPEEDUPS = (mst, arc_labels, char_cache, lemmatizer, padding, tag_scorer, crf_loss, mwt)


def _install_speedups() -> None:
    for speedup in _SPEEDUPS:
        speedup.install()


@contextmanager
def stock_inference() -> Iterator[None]:
    """Inside the block, Stanza runs its own inference code (Python MST decoder, a label scored for
    every word pair, no character cache, every lemma loader built) on float32 weights: the baseline
    of the speed benchmark and of the tests that check the faster code gives the same parses (those
    run `int8.float_weights()` too). Build the pipelines before entering."""
    for speedup in _SPEEDUPS:
        speedup.uninstall()
    try:
        with int8.float_weights():
            yield
    finally:
        _install_speedups()


@lru_cache(maxsize=4)
def segmenter(lang: str = "fr") -> stanza.Pipeline:
    return _build(find_models(lang), SEGMENT, pretokenized=False)


@lru_cache(maxsize=4)
def annotator(lang: str = "fr") -> stanza.Pipeline:
    return _build(find_models(lang), ANNOTATE, pretokenized=True)


def segment(text: str, lang: str = "fr") -> Document:
    """Sentences, tokens and words (multi-word tokens expanded: du -> de le), with character offsets.

    A line break always ends a sentence: in news pages a line is a block of its own (title, byline,
    intertitle, teaser), and Stanza's tokenizer, trained on running text, sometimes reads on across it."""
    return segment_many([text], lang)[0]


def segment_many(texts: list[str], lang: str = "fr") -> list[Document]:
    """`segment` for several texts in one pass of the tokenizer.

    The tokenizer reads paragraphs character by character, a batch of paragraphs side by side, so its
    time goes with the longest paragraph of a batch rather than with the number of characters: one
    article at a time it took 118 ms an article here, eight at a time 52 ms, with the same output."""
    out = [Document([], text=text) for text in texts]
    todo = [i for i, text in enumerate(texts) if text.strip()]
    if todo:
        with _lock:
            docs = segmenter(lang).bulk_process([Document([], text=texts[i]) for i in todo])
        for i, doc in zip(todo, docs, strict=True):
            out[i] = _resegmented(doc, texts[i])
    return out


def _resegmented(doc: Document, text: str) -> Document:
    """The tokenizer's sentences, cut at line breaks and joined where one does not end (below)."""
    sentences, unglued = _split_tokens(doc.to_dict())
    lines, split = _split_at_line_breaks(sentences, text)
    joined = _join_unfinished(lines, text)
    return Document(joined, text=text) if unglued or split or len(joined) != len(lines) else doc


# A quotation mark written against its word (press style «Elle n'est pas Tokia Saïfi», glisse …):
# the tokenizer, trained on spaced marks, leaves some glued ("Saïfi»": 45 tokens in 200 RPM2
# press articles, 3 in 200 Wikinews ones), and the tagger and parser then read a name or verb
# with a mark inside.
_GLUED_RE = re.compile(r"^([«“„\"]*)(.*?\w.*?)([»”\"]*)$", re.DOTALL)


# A verb and its inverted subject pronoun left in one token (« … », réagit-elle; répond-elle): the
# tokenizer cuts most (poursuit -il, estime -t-il) but not all, and the tagger then reads a noun.
# Only the subject clitics: "rendez-vous", "dis-nous" are a noun and an imperative.
_INVERSION_RE = re.compile(r"^([^\W\d_]{2,})(-(?:t-)?(?:il|elle|on|ils|elles))$")


def _token_pieces(token: str) -> list[str] | None:
    """The pieces one token should have been cut into, or None when it is right as it is."""
    m = _GLUED_RE.match(token)
    if m is not None and (m.group(1) or m.group(3)):
        return [*m.group(1), m.group(2), *m.group(3)]
    m = _INVERSION_RE.match(token)
    if m is not None:
        return [m.group(1), m.group(2)]
    return None


# The euphonic t cut from its pronoun (`précise -t -il`, 69 times in the 400 French corpus
# articles): the treebanks keep `-t-il` one word, which the tagger and parser read as the subject.
_EUPHONIC_PRONOUNS = ("-il", "-elle", "-on", "-ils", "-elles")


def _euphonic_pair(entry: dict, following: dict | None) -> bool:
    return (following is not None and not isinstance(entry["id"], tuple) and not isinstance(following["id"], tuple)
            and entry["text"].lower() == "-t" and following["text"].lower() in _EUPHONIC_PRONOUNS
            and entry.get("end_char") is not None and entry.get("end_char") == following.get("start_char"))


def _split_tokens(sentences: list[list[dict]]) -> tuple[list[list[dict]], bool]:
    """Tokens of one word with quotation marks glued to them cut into the marks and the word, a
    verb cut from its inverted pronoun, and a euphonic t joined to its pronoun (ids renumbered;
    multi-word tokens are left as they are)."""
    changed = False
    out = []
    for sent in sentences:
        shift = 0
        new: list[dict] = []
        skip = False
        for k, entry in enumerate(sent):
            if skip:
                skip = False
                continue
            ident = entry["id"]
            if isinstance(ident, tuple):
                new.append({**entry, "id": tuple(i + shift for i in ident)})
                continue
            following = sent[k + 1] if k + 1 < len(sent) else None
            if _euphonic_pair(entry, following):
                changed = skip = True
                joined = {"id": ident + shift, "text": entry["text"] + following["text"],
                          "start_char": entry["start_char"], "end_char": following["end_char"]}
                if following.get("misc"):
                    joined["misc"] = following["misc"]
                new.append(joined)
                shift -= 1
                continue
            pieces = _token_pieces(entry["text"]) if "start_char" in entry and len(entry["text"]) > 1 else None
            if pieces is None:
                new.append({**entry, "id": ident + shift} if shift else entry)
                continue
            changed = True
            start = entry["start_char"]
            for k, piece in enumerate(pieces):
                last = k == len(pieces) - 1
                token = {"id": ident + shift + k, "text": piece, "start_char": start, "end_char": start + len(piece)}
                if last and entry.get("misc"):
                    token["misc"] = entry["misc"]
                elif not last:
                    token["misc"] = "SpaceAfter=No"
                new.append(token)
                start += len(piece)
            shift += len(pieces) - 1
        out.append(new)
    return out, changed


# What may close a finished sentence after its final punctuation: closing quotation marks and brackets.
_CLOSERS = "»”\"'’)]\u00a0\u202f \t"
# A sentence cannot open on a closing quotation mark and a comma: the tokenizer cut inside a
# quotation whose incise or source follows (« … sous contrôle. », selon X; « … », a-t-il dit).
_CUT_BEFORE_INCISE_RE = re.compile(r"[»”][\s\u00a0\u202f]*,")


def _join_unfinished(sentences: list[list[dict]], text: str) -> list[list[dict]]:
    """Join a sentence that does not end on . ! ? … to the next one on the same line, and a
    sentence that opens on a closing quotation mark and a comma to the one before.

    The tokenizer sometimes ends a sentence inside one: after a bracket ("un riot gun [fusil à
    pompe] | et un bidon"), before a title ("a chanté | Un dimanche de janvier"), inside a name
    ("Washington | Post", "Usain | Bolt"), or after the colon that introduces a quote. Measured on
    120 corpus articles, 52 of 2,006 sentence boundaries within a line were of this kind, and each
    cut a quote from its speaker or a name in two. A line break still always ends a sentence."""
    bounds = [_sentence_bounds(sent) for sent in sentences]
    groups: list[list[dict]] = []
    for k, sent in enumerate(sentences):
        if groups and k > 0:
            (s0, e0), (s1, _e1) = bounds[k - 1], bounds[k]
            if None not in (s0, e0, s1) and "\n" not in text[e0:s1]:
                finished = text[s0:e0].rstrip(_CLOSERS)
                if (finished and finished[-1] not in ".!?…") or _CUT_BEFORE_INCISE_RE.match(text, s1):
                    groups[-1].extend(_renumbered(sent, _last_id(groups[-1])))
                    continue
        groups.append(list(sent))
    return groups


def _sentence_bounds(sent: list[dict]) -> tuple[int | None, int | None]:
    starts = [e["start_char"] for e in sent if e.get("start_char") is not None]
    ends = [e["end_char"] for e in sent if e.get("end_char") is not None]
    return (min(starts), max(ends)) if starts else (None, None)


def _first_id(sent: list[dict]) -> int:
    ident = sent[0]["id"]
    return ident[0] if isinstance(ident, tuple) else ident


def _last_id(sent: list[dict]) -> int:
    ident = sent[-1]["id"]
    return ident[-1] if isinstance(ident, tuple) else ident


def _renumbered(sent: list[dict], offset: int) -> list[dict]:
    out = []
    for entry in sent:
        entry = dict(entry)
        ident = entry["id"]
        entry["id"] = tuple(i + offset for i in ident) if isinstance(ident, tuple) else ident + offset
        out.append(entry)
    return out


def _split_at_line_breaks(sentences: list[list[dict]], text: str) -> tuple[list[list[dict]], bool]:
    """The sentences cut where a line break falls inside one (and whether any was)."""
    out: list[list[dict]] = []
    changed = False
    for sent in sentences:
        current: list[dict] = []
        last_end = None
        for entry in sent:
            start = entry.get("start_char")
            if start is not None and last_end is not None and "\n" in text[last_end:start] and current:
                out.append(current)
                current = []
                changed = True
            current.append(entry)
            if entry.get("end_char") is not None:
                last_end = entry["end_char"]
        if current:
            out.append(current)
    if not changed:
        return out, False
    # renumber words from 1 in each new sentence
    out = [_renumbered(sent, 1 - _first_id(sent)) for sent in out]
    return out, True


def annotate(doc: Document, sentence_ids: list[int] | None = None, lang: str = "fr") -> None:
    """Add POS, lemmas, dependencies and entities to the chosen sentences of `doc`, in place, in one batch.

    Sentences not chosen keep only their words (upos, lemma, head None; token ner 'O')."""
    annotate_many([(doc, sentence_ids)], lang)


def annotate_many(jobs: list[tuple[Document, list[int] | None]], lang: str = "fr") -> None:
    """`annotate` for the chosen sentences of several documents, in one batch: the networks read a
    batch of sentences side by side, and more sentences a batch cost less a sentence."""
    chosen: list[tuple[Document, int]] = []
    for doc, sentence_ids in jobs:
        ids = sorted(set(range(len(doc.sentences)) if sentence_ids is None else sentence_ids))
        chosen.extend((doc, i) for i in ids if 0 <= i < len(doc.sentences))
        for token in doc.iter_tokens():
            if token.ner is None:
                token.ner = "O"
    if chosen:
        # Stanza wants a text to cut entity strings from; the batch's sentences keep their own
        # documents' offsets, so those strings are wrong for all but the first document, and unused:
        # each document rebuilds its entities from its own text below.
        sub = Document([doc.sentences[i].to_dict() for doc, i in chosen], text=chosen[0][0].text)
        with _lock:
            sub = annotator(lang)(sub)
        for (doc, i), sub_sent in zip(chosen, sub.sentences, strict=True):
            sent = doc.sentences[i]
            for word, new in zip(sent.words, sub_sent.words, strict=True):
                word.upos, word.xpos, word.feats = new.upos, new.xpos, new.feats
                word.lemma, word.head, word.deprel = new.lemma, new.head, new.deprel
            for token, new in zip(sent.tokens, sub_sent.tokens, strict=True):
                token.ner = new.ner
            sent.rebuild_dependencies()
    for doc, _ids in jobs:
        doc.build_ents()


def parse(text: str, lang: str = "fr") -> Document:
    """The full pipeline on every sentence."""
    doc = segment(text, lang)
    annotate(doc, None, lang)
    return doc


