# Two commands on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SEED := data/nato-rutte-warning.txt

.PHONY: demo test bench install clean

$(BIN)/geograph: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/geograph

demo: install
	$(BIN)/geograph build $(SEED) --output output/seed.ttl
	$(BIN)/geograph validate output/seed.ttl
	$(BIN)/geograph query --named statements output/seed.ttl
	$(BIN)/geograph map output/seed.ttl --output output/seed.html
	@echo
	@echo "Wrote output/seed.ttl (the knowledge graph, Turtle) and output/seed.html (the map)."
	@echo "Open the map in a browser, no network needed:  xdg-open output/seed.html"
	@echo "Ask it questions:  $(BIN)/geograph query --named memberships output/seed.ttl"

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) output/*.ttl output/*.html .pytest_cache

bench: install
	$(BIN)/python bench/run.py
