"""Model-training stage 0: build the training data for the project's French Stanza models.

Takes the UD treebanks in ../shared/ud, the WiNER NER corpus in ../shared/ner and the shippable
French article text; gives, under WORK (default .train/):
  extern_data/ud2/UD_French-Tracker/   train = Sequoia train+test, GSD dev, PUD, Rhapsodie all;
                                        dev = Sequoia dev; test = GSD test (kept out of training)
  extern_data/wordvec/fr_tracker.pt     100-d skip-gram vectors (gensim) as a Stanza pretrain file
  data/{tokenize,mwt,pos,lemma,depparse}  via Stanza's own prepare_* scripts
  data/ner/fr_winer.{train,dev,test}.json  WiNER in Stanza's NER JSON (BIOES), PER/ORG/LOC
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SHARED", ROOT.parent / "shared"))

TRAIN_PARTS = [
    "UD_French-Sequoia/fr_sequoia-ud-train.conllu",
    "UD_French-Sequoia/fr_sequoia-ud-test.conllu",
    "UD_French-GSD/fr_gsd-ud-dev.conllu",
    "UD_French-PUD/fr_pud-ud-test.conllu",
    "UD_French-Rhapsodie/fr_rhapsodie-ud-train.conllu",
    "UD_French-Rhapsodie/fr_rhapsodie-ud-dev.conllu",
    "UD_French-Rhapsodie/fr_rhapsodie-ud-test.conllu",
]
DEV_PARTS = ["UD_French-Sequoia/fr_sequoia-ud-dev.conllu"]
TEST_PARTS = ["UD_French-GSD/fr_gsd-ud-test.conllu"]

# WiNER types kept, mapped to the CoNLL names Stanza users expect.
NER_TYPES = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}
# French elisions split off the next word, as UD French tokenises them (l', d', qu', ...).
TOKEN_RE = re.compile(r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]|\w+(?:[-.]\w+)*|[^\w\s]", re.I)


def clean_conllu(text: str) -> str:
    """Keep only the comment lines Stanza's scripts need; drop enhanced deps (col 9) to '_'."""
    out = []
    for line in text.splitlines():
        if line.startswith("#"):
            if line.startswith(("# sent_id", "# text =")):
                out.append(line)
            continue
        if line.strip():
            cols = line.split("\t")
            if len(cols) == 10:
                cols[8] = "_"
                # keep only SpaceAfter in MISC: alignment attributes are noise for the tokenizer
                misc = [m for m in cols[9].split("|") if m.startswith("SpaceAfter")]
                cols[9] = "|".join(misc) or "_"
                line = "\t".join(cols)
        out.append(line)
    return "\n".join(out).strip() + "\n\n"


def build_treebank(work: Path) -> Path:
    tb = work / "extern_data/ud2/UD_French-Tracker"
    tb.mkdir(parents=True, exist_ok=True)
    for split, parts in (("train", TRAIN_PARTS), ("dev", DEV_PARTS), ("test", TEST_PARTS)):
        text = "".join(clean_conllu((SHARED / "ud" / p).read_text(encoding="utf-8")) for p in parts)
        (tb / f"fr_tracker-ud-{split}.conllu").write_text(text, encoding="utf-8")
    return tb


def corpus_sentences() -> list[list[str]]:
    """Shippable French text for word vectors: treebanks, fr-wikinews, the sample, WiNER texts."""
    texts: list[str] = []
    for p in sorted((SHARED / "ud").glob("*/*.conllu")):
        if "fr_gsd-ud-test" in p.name:
            continue
        texts += [ln[9:] for ln in p.read_text(encoding="utf-8").splitlines() if ln.startswith("# text = ")]
    for line in (SHARED / "corpus/fr-wikinews.jsonl").read_text(encoding="utf-8").splitlines():
        texts += json.loads(line)["text"].split("\n")
    texts += (SHARED / "corpus/public-senat-2025-09-02.txt").read_text(encoding="utf-8").split("\n")
    for p in sorted((SHARED / "ner/winer-fr").rglob("*.txt")):
        texts += p.read_text(encoding="utf-8").split("\n")
    europeana = SHARED / "ner/europeana-fr/enp_FR.bnf.bio"
    if europeana.exists():  # CC0 newspaper OCR, one token per line: rebuild pseudo-sentences of 30 tokens
        toks = [ln.split(" ")[0] for ln in europeana.read_text(encoding="utf-8").splitlines() if ln.strip()]
        texts += [" ".join(toks[i:i + 30]) for i in range(0, len(toks), 30)]
    return [[t.lower() for t in TOKEN_RE.findall(s)] for s in texts if s.strip()]


def build_wordvec(work: Path, dim: int, max_vocab: int) -> Path:
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain

    out_dir = work / "extern_data/wordvec"
    out_dir.mkdir(parents=True, exist_ok=True)
    sents = corpus_sentences()
    print(f"word vectors: {len(sents)} sentences, {sum(map(len, sents))} tokens", flush=True)
    model = Word2Vec(sents, vector_size=dim, window=5, min_count=2, sg=1, epochs=10, workers=2, seed=1,
                     max_final_vocab=max_vocab)
    vec = out_dir / "fr_tracker.vec"
    model.wv.save_word2vec_format(str(vec))
    pt = out_dir / "fr_tracker.pt"
    if pt.exists():
        pt.unlink()
    Pretrain(str(pt), str(vec)).load()
    vec.unlink()
    return pt


def brat_to_stanza(txt: Path, ann: Path) -> list[list[dict]]:
    text = txt.read_text(encoding="utf-8")
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, info, *_ = line.split("\t")
        parts = info.split(" ")
        if parts[0] not in NER_TYPES or ";" in info:
            continue
        spans.append((int(parts[1]), int(parts[2]), NER_TYPES[parts[0]]))
    # nested entities: keep outermost spans only
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    outer, last_end = [], -1
    for s in spans:
        if s[0] >= last_end:
            outer.append(s)
            last_end = s[1]
    sentences = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(), m.start()
        toks = [(base + t.start(), base + t.end(), t.group()) for t in TOKEN_RE.finditer(para)]
        # sentence split on . ! ? followed by an uppercase-starting token
        cur: list[tuple[int, int, str]] = []
        for i, tok in enumerate(toks):
            cur.append(tok)
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if tok[2] in ".!?" and (not nxt or nxt[0].isupper() or nxt in "«\""):
                sentences.append(cur)
                cur = []
        if cur:
            sentences.append(cur)
    out = []
    for sent in sentences:
        tags = ["O"] * len(sent)
        for s, e, t in outer:
            idx = [i for i, (ts, te, _) in enumerate(sent) if ts >= s and te <= e]
            if not idx:
                continue
            if len(idx) == 1:
                tags[idx[0]] = f"S-{t}"
            else:
                tags[idx[0]] = f"B-{t}"
                for i in idx[1:-1]:
                    tags[i] = f"I-{t}"
                tags[idx[-1]] = f"E-{t}"
        out.append([{"text": w, "ner": tag} for (_, _, w), tag in zip(sent, tags, strict=True)])
    return out


def build_ner(work: Path) -> None:
    out_dir = work / "data/ner"
    out_dir.mkdir(parents=True, exist_ok=True)
    splits: dict[str, list] = {"train": [], "dev": [], "test": []}
    for ann in sorted((SHARED / "ner/winer-fr").rglob("*.ann")):
        # held-out articles chosen by a hash of the file name: 10% test, 5% dev
        h = int(hashlib.md5(ann.stem.encode()).hexdigest(), 16) % 100
        split = "test" if h < 10 else "dev" if h < 15 else "train"
        splits[split] += brat_to_stanza(ann.with_suffix(".txt"), ann)
    for split, sents in splits.items():
        (out_dir / f"fr_winer.{split}.json").write_text(json.dumps(sents, ensure_ascii=False), encoding="utf-8")
        print(f"ner {split}: {len(sents)} sentences", flush=True)


def run(cmd: list[str], env: dict) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=str(ROOT / ".train"))
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--max-vocab", type=int, default=50000)
    args = ap.parse_args()
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    build_treebank(work)
    pt = work / "extern_data/wordvec/fr_tracker.pt"
    if not pt.exists():
        pt = build_wordvec(work, args.dim, args.max_vocab)
    build_ner(work)
    empty = work / "stanza_resources"
    empty.mkdir(exist_ok=True)
    env = dict(os.environ, UDBASE=str(work / "extern_data/ud2"), DATA_ROOT=str(work / "data"),
               STANZA_RESOURCES_DIR=str(empty), WORDVEC_DIR=str(work / "extern_data/wordvec"))
    py = sys.executable
    run([py, "-m", "stanza.utils.datasets.prepare_tokenizer_treebank", "UD_French-Tracker"], env)
    run([py, "-m", "stanza.utils.datasets.prepare_mwt_treebank", "UD_French-Tracker"], env)
    run([py, "-m", "stanza.utils.datasets.prepare_pos_treebank", "UD_French-Tracker"], env)
    run([py, "-m", "stanza.utils.datasets.prepare_lemma_treebank", "UD_French-Tracker"], env)
    run([py, "-m", "stanza.utils.datasets.prepare_depparse_treebank", "UD_French-Tracker", "--gold"], env)
    print("pretrain:", pt)


if __name__ == "__main__":
    main()
