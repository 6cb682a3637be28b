# make demo: install, ingest corpus/, audit it, serve on http://127.0.0.1:8001.  make test: install and run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := db/facts.db
PORT ?= 8001

.PHONY: install demo ingest audit serve test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

ingest: install
	$(BIN)/policyfacts ingest corpus --db $(DB)

# Measures the extraction against corpus/annotations and stores the run, so Datasette shows it.
audit: install
	$(BIN)/policyfacts audit --db $(DB) --brief

serve: install
	$(BIN)/policyfacts serve --db $(DB) --port $(PORT)

demo: ingest audit serve

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
