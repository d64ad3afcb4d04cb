# The two set-up commands: `make dataset` (the main job) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: dataset test tools schema docs clean

# Isolated tools for the checks that need other versions than the project's (cffconvert pins jsonschema 3;
# the loading script is also tested on datasets 3.x). Each lives in its own venv under .tools/.
TOOLS := .tools
CFFCONVERT := $(TOOLS)/cffconvert/bin/cffconvert
MLCROISSANT := $(TOOLS)/mlcroissant/bin/mlcroissant
DATASETS3 := $(TOOLS)/datasets3/bin/python

$(BIN)/natopress: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

dataset: $(BIN)/natopress
	$(BIN)/natopress validate
	$(BIN)/natopress build --out build/dataset
	$(BIN)/natopress verify build/dataset
	$(BIN)/natopress summary build/dataset

$(CFFCONVERT):
	$(PYTHON) -m venv $(TOOLS)/cffconvert
	$(TOOLS)/cffconvert/bin/pip install --quiet 'cffconvert==2.0.0'

$(MLCROISSANT):
	$(PYTHON) -m venv $(TOOLS)/mlcroissant
	$(TOOLS)/mlcroissant/bin/pip install --quiet 'mlcroissant>=1.1'

$(DATASETS3): pyproject.toml
	$(PYTHON) -m venv $(TOOLS)/datasets3
	$(TOOLS)/datasets3/bin/pip install --quiet 'datasets>=3.6,<4' 'pydantic>=2.11' 'jsonschema>=4.23' \
		'referencing>=0.35' 'orjson>=3.10' 'pyyaml>=6.0' 'regex>=2023.3'
	$(TOOLS)/datasets3/bin/pip install --quiet --no-deps -e .
	touch $@

tools: $(CFFCONVERT) $(MLCROISSANT) $(DATASETS3)

test: $(BIN)/natopress tools docs
	bash tests/setup/ensure_chromium.sh
	$(BIN)/ruff check src tests loader benchmarks docs/hooks
	$(BIN)/ruff format --check src tests loader benchmarks docs/hooks
	$(BIN)/mypy
	$(BIN)/natopress schema --check
	$(BIN)/natopress codes --check
	NATOPRESS_CFFCONVERT=$(CFFCONVERT) NATOPRESS_MLCROISSANT=$(MLCROISSANT) NATOPRESS_DATASETS3_PYTHON=$(DATASETS3) \
		$(BIN)/python -m pytest

# The documentation site (mkdocs.yml, docs/), strict: a broken link, a page missing from the nav or a
# warning fails. docs/hooks/reference.py generates the reference pages from the code.
docs: $(BIN)/natopress
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

schema: $(BIN)/natopress
	$(BIN)/natopress schema

clean:
	rm -rf $(VENV) $(TOOLS) build site
