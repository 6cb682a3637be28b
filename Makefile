# make demo: install, ingest corpus/, audit it, serve on http://127.0.0.1:8001.  make test: install and run every test
# (the browser tests need Debian's chromium: installed with apt when /usr/bin/chromium is missing).  make bench: speed and memory.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := db/facts.db
PORT ?= 8001
BENCH_MB ?= 20

.PHONY: install demo ingest audit serve test chromium bench clean

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

test: install chromium
	$(BIN)/python -m pytest -q

# Playwright drives the system chromium (its own browser download does not work here); a CJK font makes the
# screenshots readable. sudo only when not root.
chromium:
	@test -x /usr/bin/chromium || { \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update && \
		$$SUDO apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei; }

# make bench BENCH_MB=100: throughput and memory on a bench corpus of that size (bench/bench.py)
bench: install
	$(BIN)/python bench/bench.py --mb $(BENCH_MB)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
