"""Model-training stage 3: install trained models into the package, compactly.

Takes $WORK/saved_models/* (from train.sh) and the word vectors; gives tracker/stanza_models/fr/
{tokenize,mwt,pos,lemma,depparse,ner,pretrain}.pt with optimizer state dropped and float weights stored
as float16 (half the size; the pipeline computes in float32, and the GSD-test scores in the README were
measured on these half-precision files).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    "tokenize": "tokenize/fr_tracker_nocharlm_tokenizer.pt",
    "mwt": "mwt/fr_tracker_mwt_expander.pt",
    "pos": "pos/fr_tracker_nocharlm_tagger.pt",
    "lemma": "lemma/fr_tracker_nocharlm_lemmatizer.pt",
    "depparse": "depparse/fr_tracker_nocharlm_parser.pt",
    "ner": "ner/fr_winer_nertagger.pt",
}


def half(x):
    if torch.is_tensor(x) and x.is_floating_point():
        return x.half()
    if isinstance(x, dict):
        return {k: half(v) for k, v in x.items()}
    return x


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=str(ROOT / ".train"))
    ap.add_argument("--dest", default=str(ROOT / "tracker/stanza_models/fr"))
    args = ap.parse_args()
    work, dest = Path(args.work), Path(args.dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name, rel in FILES.items():
        data = torch.load(work / "saved_models" / rel, map_location="cpu", weights_only=False)
        for key in [k for k in data if "optim" in k or "scheduler" in k]:
            data.pop(key)
        data["model"] = half(data["model"])
        torch.save(data, dest / f"{name}.pt")
    pretrain = torch.load(work / "extern_data/wordvec/fr_tracker.pt", map_location="cpu", weights_only=False)
    pretrain["emb"] = pretrain["emb"].half()
    torch.save(pretrain, dest / "pretrain.pt")
    total = sum(p.stat().st_size for p in dest.glob("*.pt"))
    print(f"installed into {dest}: {total / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
