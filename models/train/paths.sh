# Sourced by the training stages (train.sh, continue.sh, continue_ner.sh): strict mode, the repository
# root as working directory, and the paths every stage shares. PY and WORK (default .train) may be
# set by the caller; each stage sets its own TIMEOUT.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PY=${PY:-.venv/bin/python}
WORK=$(realpath "${WORK:-.train}")
PT=$WORK/extern_data/wordvec/fr_tracker.pt
SAVE=$WORK/saved_models
LOG=$WORK/logs
