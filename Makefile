# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
# torch first and pinned: an unpinned torch pulls a CUDA build of several GB.
TORCH_SPEC ?= torch==2.13.0
TRACKER_DB ?= tracker.duckdb
PORT ?= 8501
export TRACKER_DB

.PHONY: install run test bench model lint db clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q "$(TORCH_SPEC)"
	$(PIP) install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# Build the database from corpus/ when it is missing or older than any corpus file.
$(TRACKER_DB): $(VENV)/.installed $(wildcard corpus/*)
	$(VENV)/bin/tracker ingest corpus/ --db $(TRACKER_DB) || test -f $(TRACKER_DB)
	touch $(TRACKER_DB)

db: $(TRACKER_DB)

run: $(TRACKER_DB)
	@echo "Dashboard: http://localhost:$(PORT)/  (database: $(TRACKER_DB))"
	$(VENV)/bin/streamlit run dashboard/app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false --server.fileWatcherType none

test: $(VENV)/.installed
	$(VENV)/bin/ruff check tracker dashboard tests benchmarks models
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(VENV)/.installed
	$(PY) benchmarks/run_all.py

# Rebuild the shipped French Stanza models end to end (see README: wall time and scores).
# MODEL_TIMEOUT stops each trainer after that many seconds (the shipped set: 500 on one GPU); 0 = no limit.
# CONTINUE lists the seconds of further rounds for the parser (the first also retrains the tagger):
# the shipped set had "470 215". CONTINUE_NER does the same for the NER: the shipped set had "420 225".
MODEL_TIMEOUT ?= 0
CONTINUE ?=
CONTINUE_NER ?=
model: $(VENV)/.installed
	$(PY) models/train/prepare.py
	TIMEOUT=$(MODEL_TIMEOUT) PY=$(PY) bash models/train/train.sh
	for t in $(CONTINUE); do TIMEOUT=$$t PY=$(PY) bash models/train/continue.sh || exit 1; done
	for t in $(CONTINUE_NER); do TIMEOUT=$$t PY=$(PY) bash models/train/continue_ner.sh || exit 1; done
	$(PY) models/train/install.py
	$(PY) models/train/evaluate.py --write

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check tracker dashboard tests benchmarks models

clean:
	rm -rf $(VENV) .train $(TRACKER_DB)
