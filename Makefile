# Two commands do everything on a fresh machine (Python 3.11 + pip):
#   make demo   analyse the shipped example corpus and print where the report is
#   make test   install everything and run the test suite (CI runs this through .ci/run)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEMO_OUT ?= out/demo
# The offline model set beside the checkout; set ATTRIBUTION_MODELS yourself to use another.
ATTRIBUTION_MODELS ?= $(abspath $(SHARED)/models/stanza)
export ATTRIBUTION_MODELS

.PHONY: install demo test browser-deps bench lint clean cue-model

# The pinned CPU build of torch goes first: otherwise pip pulls gigabytes of CUDA packages.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Record the model directory in the venv, so .venv/bin/attribution finds the models make demo
# used without ATTRIBUTION_MODELS being set (attribution/models.py reads <venv>/attribution-models).
install: $(BIN)/.installed
	@if [ -d "$(ATTRIBUTION_MODELS)" ]; then echo "$(ATTRIBUTION_MODELS)" > $(VENV)/attribution-models; \
	else echo "note: no models in $(ATTRIBUTION_MODELS); run .venv/bin/attribution models download or set ATTRIBUTION_MODELS"; fi

demo: install
	$(BIN)/attribution analyze examples/corpus --out $(DEMO_OUT)
	@echo "Open $(abspath $(DEMO_OUT))/report/index.html in a browser."

# The learned cue model (docs/cue-model.md), trained again from PolNeAR train's cached parses.
cue-model: install
	$(BIN)/attribution train-cues --corpus $(SHARED)/corpora/polnear/train

test: install browser-deps
	$(BIN)/python -m pytest

# Debian's Chromium for the browser tests (needs root and apt; skipped with a warning otherwise).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "warning: chromium is not installed and cannot be installed here; browser tests will not run"; fi; \
	fi

bench: install
	$(BIN)/python bench/bench_analyze.py

clean:
	rm -rf $(VENV) out .pytest_cache
