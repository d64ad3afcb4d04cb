# The two set-up commands: `make dataset` (the main job) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: dataset test lint schema docs clean

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

test: $(BIN)/natopress
	bash tests/setup/ensure_chromium.sh
	$(BIN)/ruff check src tests loader benchmarks
	$(BIN)/ruff format --check src tests loader benchmarks
	$(BIN)/natopress schema --check
	$(BIN)/natopress codes --check
	$(BIN)/python -m pytest

schema: $(BIN)/natopress
	$(BIN)/natopress schema

clean:
	rm -rf $(VENV) build
