# Two commands, each doing its own set-up:  make run [ARGS="--database-url ..."]   and   make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Re-install whenever pyproject.toml changes. `make run` installs what running needs; `make test` adds the
# development tools (pytest, mypy, PyInstaller...) and leaves a run stamp too, so `make run` after it installs nothing.
SUM := $(shell cksum pyproject.toml | cut -d' ' -f1)
RUN_STAMP := $(VENV)/.installed-run-$(SUM)
DEV_STAMP := $(VENV)/.installed-dev-$(SUM)
# The translations: .ts sources in git, .qm built from them (the rule below).
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard hashinsight_desktop/resources/i18n/*.ts))

.PHONY: run test lint typecheck check-postgres check-python clean package

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is required (found: $$($(PYTHON) --version))"; exit 1; }

$(RUN_STAMP): pyproject.toml | check-python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -U pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

$(DEV_STAMP): pyproject.toml | check-python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -U pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@ $(RUN_STAMP)

run: $(RUN_STAMP) $(QM_FILES)
	$(BIN)/hashinsight-desktop $(ARGS)

# The compiled translations (.qm, not in git) from the .ts sources, whenever a .ts changes: pyside6-lrelease.
$(QM_FILES): %.qm: %.ts | $(RUN_STAMP)
	$(BIN)/python -m tools.translations release

check-postgres:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || \
		{ echo "make test needs the PostgreSQL server binaries (initdb, pg_ctl)."; \
		  echo "Install them: Debian/Ubuntu: sudo apt-get install postgresql   Fedora: sudo dnf install postgresql-server"; \
		  echo "macOS: brew install postgresql@15   (or set HASHINSIGHT_PG_BIN to their folder)"; exit 1; }

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

# pytest starts (and stops) a throwaway PostgreSQL cluster itself; every database test runs on SQLite and PostgreSQL.
# TEST_WORKERS=2: two pytest-xdist workers, each with its own cluster and loopback ranges, whole files each (module
# fixtures stay together) in the collected order (the slow bundle test first). Not the default yet: two parallel
# runs must pass first (the first runs on a loaded machine showed timing races, some fixed). 0: one process.
TEST_WORKERS ?= 0
# The slow bundle test (a PyInstaller build, mostly one busy core) runs beside the rest, whose waits leave a core
# idle; its report is printed after the suite's, and either failing fails `make test`.
test: $(DEV_STAMP) $(QM_FILES) check-postgres lint typecheck
	@rc=0; log=$$(mktemp); \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -q > $$log 2>&1 & slow=$$!; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -n $(TEST_WORKERS) --dist loadfile \
		--no-loadscope-reorder || rc=1; \
	wait $$slow || rc=1; \
	echo "--- the slow tests (the bundle), run beside the suite ---"; cat $$log; rm -f $$log; exit $$rc

# The installer: a PyInstaller one-folder bundle in dist/hashinsight-desktop, and on Linux its archive
# dist/hashinsight-desktop-VERSION-linux-MACHINE.tar.gz with install.sh, the .desktop entry and the agent's unit.
package: $(DEV_STAMP) $(QM_FILES)
	$(BIN)/python packaging/build_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
