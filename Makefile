# StudyLog — the two set-up commands are `make run` and `make test`; every other
# target builds on the same virtual environment.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-deps
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck translations screenshots bench stress installer clean demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations are build output, never edited by hand.
%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

$(SYSTEM_STAMP): tools/system-deps.sh | $(BIN)/python
	sh tools/system-deps.sh
	touch $(SYSTEM_STAMP)

run: $(STAMP) $(QM)
	$(BIN)/studylog gui

lint: $(STAMP)
	$(BIN)/ruff check studylog ui tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) $(SYSTEM_STAMP) $(QM) lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

demo: $(STAMP)
	$(BIN)/studylog demo --db demo.db --scale chi_bo --seed 1

clean:
	rm -rf $(VENV) build dist *.egg-info
