# make demo: install, ingest corpus/, serve on http://127.0.0.1:8001.  make test: install and run every test.  make bench: measure speed and memory.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := db/facts.db
PORT ?= 8001
BENCH_MB ?= 20

.PHONY: install demo ingest serve test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

ingest: install
	$(BIN)/policyfacts ingest corpus --db $(DB)

serve: install
	$(BIN)/policyfacts serve --db $(DB) --port $(PORT)

demo: ingest serve

test: install
	$(BIN)/python -m pytest -q

# make bench BENCH_MB=100: throughput and memory on a bench corpus of that size (bench/bench.py)
bench: install
	$(BIN)/python bench/bench.py --mb $(BENCH_MB)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
