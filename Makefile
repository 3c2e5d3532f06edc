# farshlab — the two commands a newcomer types are `make demo` and `make test`.
# Every target creates or refreshes the virtual environment `.venv` itself
# (reinstalled whenever pyproject.toml changes); nothing needs installing by hand
# beyond Python 3.11+ with venv, which the machine provides.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.farshlab-installed
COURSE := build/course
PORT   ?= 8888
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
SUDO      := $(if $(filter 0,$(shell id -u)),,sudo)
CHROMIUM  := /usr/bin/chromium
BWRAP     := /usr/bin/bwrap

.PHONY: demo test lab instructor-lab apps lint clean distclean help

help:
	@echo "make demo            set up, build the course, grade the sample cohort"
	@echo "make test            set up and run every test"
	@echo "make lab             JupyterLab for trainees (lessons and released assignments)"
	@echo "make instructor-lab  JupyterLab on the course folder, with nbgrader's Formgrader"
	@echo "make apps            the simulators as standalone workshop pages (Voila)"
	@echo "make lint            ruff on src and tests"
	@echo "make clean           remove build/ ; make distclean also removes .venv"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "farshlab needs Python 3.11 or newer, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,cluster]'
	@touch $(STAMP)

demo: $(STAMP) $(BWRAP)
	$(BIN)/farshlab demo

# farshlab grade runs every submission in a bubblewrap sandbox (autograder/SANDBOX.md); without
# it grading falls back to resource limits only. Install Debian's bubblewrap when it is missing.
$(BWRAP):
	@echo "Installing Debian's bubblewrap for the grading sandbox: apt-get install -y bubblewrap"
	$(SUDO) apt-get install -y bubblewrap || ($(SUDO) apt-get update && $(SUDO) apt-get install -y bubblewrap)

# The browser tests (tests/browser) drive Debian's Chromium; install it when it is missing.
$(CHROMIUM):
	@echo "Installing Debian's Chromium for the browser tests: apt-get install -y chromium"
	$(SUDO) apt-get install -y chromium || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

# pytest exits 5 when it collects no test: on the full run that means the test tree is
# missing, which is a failure; with a PYTEST_ARGS selection it only means nothing matched.
test: $(STAMP) $(CHROMIUM) $(BWRAP)
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then \
	  if [ -n "$(PYTEST_ARGS)" ]; then echo "make test: no test matches PYTEST_ARGS=$(PYTEST_ARGS)"; exit 0; \
	  else echo "make test: pytest collected no tests; the tests/ tree is missing"; exit 1; fi; \
	fi; exit $$rc

lab: $(STAMP)
	$(BIN)/farshlab build
	$(BIN)/farshlab workspace
	$(BIN)/jupyter lab $(ROOT_FLAG) --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) \
	  --ServerApp.root_dir=build/workspace

instructor-lab: $(STAMP)
	$(BIN)/farshlab build
	cd $(COURSE) && ../../$(BIN)/jupyter lab $(ROOT_FLAG) --no-browser --ServerApp.ip=127.0.0.1 \
	  --ServerApp.port=$(PORT)

apps: $(STAMP)
	$(BIN)/farshlab apps --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests

clean:
	rm -rf build .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -not -path './.venv/*' -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) src/*.egg-info
