#!/usr/bin/env bash
# Model-training stage 1b: train the parser on from its best checkpoint, and (first round only) the
# tagger again from scratch, side by side, for TIMEOUT seconds each.
# Takes $WORK/saved_models/depparse (from train.sh or an earlier round) and the data of prepare.py;
# gives the same files, replaced by the models of this round.
#
# Why: train.sh runs six trainers side by side on one GPU, and in its 500 s the parser reached 2,000
# steps with its dev score still rising (81.1 -> 84.4 -> 86.2 -> 87.2 every 500 steps). Two more
# rounds (470 s, then 215 s alone on an H200: 3,000 steps) took GSD-test LAS from 80.6 to 82.8; the
# tagger, trained alone for 470 s (1,250 steps), took UPOS from 95.1 to 95.5.
#
# Stanza's --continue_from keeps the checkpoint's vocabulary but builds batches with one read from
# the training file, so the parser goes on with the file it was trained on (gold tags).
source "$(dirname "$0")/paths.sh"
TIMEOUT=${TIMEOUT:-470}
DATA=$WORK/data
PARSER=$SAVE/depparse/fr_tracker_nocharlm_parser.pt
TAGGER=$SAVE/pos/fr_tracker_nocharlm_tagger.pt
mkdir -p "$LOG" "$WORK/round"
[ -f "$PARSER" ] || { echo "continue.sh: no parser to continue from: $PARSER" >&2; exit 1; }
C="--lang fr --shorthand fr_tracker --wordvec_pretrain_file $PT --eval_interval 250 --max_steps 100000"
timeout "$TIMEOUT" "$PY" -m stanza.models.parser --mode train $C --no_checkpoint \
    --train_file "$DATA/depparse/fr_tracker.train.in.conllu" --eval_file "$DATA/depparse/fr_tracker.dev.in.conllu" \
    --output_file "$WORK/round/parser.dev.conllu" --save_dir "$WORK/round" --save_name parser.pt \
    --continue_from "$PARSER" --hidden_dim 300 --deep_biaff_hidden_dim 300 > "$LOG/depparse_round.log" 2>&1 &
if [ ! -f "$SAVE/pos/.retrained" ]; then
    timeout "$TIMEOUT" "$PY" -m stanza.models.tagger --mode train $C \
        --train_file "$DATA/pos/fr_tracker.train.in.conllu" --eval_file "$DATA/pos/fr_tracker.dev.in.conllu" \
        --output_file "$WORK/round/tagger.dev.conllu" --save_dir "$WORK/round" --save_name tagger.pt \
        --deep_biaff_hidden_dim 200 --composite_deep_biaff_hidden_dim 100 > "$LOG/pos_round.log" 2>&1 &
fi
wait
# each trainer saved its best-on-dev model as it went; a round that never saved leaves the old one
[ -f "$WORK/round/parser.pt" ] && mv "$WORK/round/parser.pt" "$PARSER"
[ -f "$WORK/round/tagger.pt" ] && mv "$WORK/round/tagger.pt" "$TAGGER" && touch "$SAVE/pos/.retrained"
grep -h "dev_score" "$LOG/depparse_round.log" | tail -3 || true
