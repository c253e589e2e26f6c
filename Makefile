# Quick start: `make demo` (sample data → suggestions, then the web service) and `make test`.
# Each target creates the virtual environment it needs in .venv.

PYTHON ?= python3
# The demo service's port (`make demo PORT=8010` where 8000 is taken).
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: demo recommend serve test test-all bench clean constraints

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

# The main job on the built-in Xinjiang sample, printed; then the service with the same data.
demo: $(STAMP)
	mkdir -p out
	$(BIN)/jobmatch recommend --jobs samples/jobs.xlsx --graduates samples/graduates.csv --top 20 --out out/suggestions.csv
	$(BIN)/jobmatch recommend --jobs samples/jobs.xlsx --graduates samples/graduates.csv --top 5 --show 3
	JOBMATCH_DATA_DIR=$${JOBMATCH_DATA_DIR:-./data/demo} $(BIN)/jobmatch serve --load-samples --policies samples/policies.csv --port $(PORT)

recommend: $(STAMP)
	$(BIN)/jobmatch recommend --jobs samples/jobs.xlsx --graduates samples/graduates.csv --top 5 --show 3

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Everything, the slow tests too (those need ../shared/data and skip without it).
test-all: $(STAMP)
	$(BIN)/python -m pytest -q -m "slow or not slow"

bench: $(STAMP)
	$(BIN)/python benchmarks/recommend_scale.py

clean:
	rm -rf $(VENV) out .pytest_cache

# Re-pin constraints.txt to the newest releases the pyproject ranges allow (eval extras too).
constraints:
	rm -rf .venv-pin && $(PYTHON) -m venv .venv-pin
	.venv-pin/bin/python -m pip install --quiet --upgrade pip
	.venv-pin/bin/python -m pip install --quiet -e '.[test,eval]'
	{ head -2 constraints.txt; .venv-pin/bin/pip freeze --exclude-editable; } > constraints.txt.new && mv constraints.txt.new constraints.txt
	rm -rf .venv-pin
