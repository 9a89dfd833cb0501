#!/usr/bin/env bash
# Model-training stage 1c: train the NER on from its best checkpoint for TIMEOUT seconds.
# Takes $WORK/saved_models/ner (from train.sh or an earlier round) and the data of prepare.py;
# gives the same file, replaced by the best-on-dev model of this round.
#
# Why: in train.sh's 500 s, shared with five other trainers, the NER reached only 1,500 steps with
# its dev F1 still rising (66.2 -> 79.9 -> 81.4 every 500 steps). Two rounds alone on an H200 (420 s,
# then 225 s: 3,000 and 2,000 steps) took dev F1 to 88.9 and held-out WiNER F1 from 80.3 to 86.5.
# Stanza's --finetune reads the checkpoint's own settings (its learning rate too: --lr is ignored).
source "$(dirname "$0")/paths.sh"
TIMEOUT=${TIMEOUT:-420}
DATA=$WORK/data/ner
NER=$SAVE/ner/fr_winer_nertagger.pt
mkdir -p "$LOG" "$WORK/round"
[ -f "$NER" ] || { echo "continue_ner.sh: no NER model to continue from: $NER" >&2; exit 1; }
rm -f "$WORK/round/ner.pt"
timeout "$TIMEOUT" "$PY" -m stanza.models.ner_tagger --mode train --shorthand fr_winer \
    --wordvec_pretrain_file "$PT" \
    --train_file "$DATA/fr_winer.train.json" --eval_file "$DATA/fr_winer.dev.json" \
    --finetune --finetune_load_name "$NER" --save_dir "$WORK/round" --save_name ner.pt \
    --max_steps 100000 --eval_interval 250 > "$LOG/ner_round.log" 2>&1
# the trainer saved its best-on-dev model as it went; a round that never saved leaves the old one
[ -f "$WORK/round/ner.pt" ] && mv "$WORK/round/ner.pt" "$NER"
grep -h "dev_score" "$LOG/ner_round.log" | tail -3 || true
