# StudyLog — the two set-up commands are `make run` and `make test`; every other
# target builds on the same virtual environment.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-deps
INSTALLER_STAMP := $(VENV)/.installer
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
	$(BIN)/ruff check studylog ui tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) $(SYSTEM_STAMP) $(QM) lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

# The one-folder bundle in dist/studylog/, smoke-run offscreen (docs/INSTALLER.md).
# Not part of `make test`: 1–2 minutes. Windows: the same spec, then Inno Setup.
$(INSTALLER_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[installer]'
	touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP) $(QM)
	sh installer/build-deps.sh
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build_installer.spec
	$(BIN)/python tools/smoke_bundle.py --bundle dist/studylog

# The performance figures against their floors (docs/PERFORMANCE.md); the datasets
# are built once into bench-data/ (about two minutes) and reused while unchanged.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The long safety checks, with their counts at the end (tools/stress.py): 220 SIGKILLs
# during real units of work, 1,000 hostile files per importer, failing-disk writes.
# About 3 minutes on two cores; `make test` runs a seeded sample of each.
stress: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/stress.py

demo: $(STAMP)
	$(BIN)/studylog demo --db demo.db --scale chi_bo --seed 1

clean:
	rm -rf $(VENV) build dist *.egg-info
