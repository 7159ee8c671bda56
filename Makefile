# kdexplain: `make reproduce` regenerates every table and figure; `make test` runs the test suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kdexplain-installed
PROFILE ?= default

.PHONY: reproduce test install check-sync lab clean-outputs help

help:
	@echo "make reproduce   run every paper notebook (profile $(PROFILE)) -> papers/<paper>/"
	@echo "make test        nbdev_export/nbdev_clean sync check, then nbdev_test on every notebook"
	@echo "make install     create $(VENV) and install kdexplain with its test extras"
	@echo "make lab         start JupyterLab in nbs/"

install: $(STAMP)

# Reinstalls only when settings.ini or setup.py change: a second `make` skips it.
$(STAMP): settings.ini setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (kdexplain)"
	@touch $(STAMP)

reproduce: $(STAMP)
	$(BIN)/kdexplain reproduce --all --profile $(PROFILE)

# Fails when nbdev_export or nbdev_clean change any file under nbs/ or kdexplain/:
# the notebooks are the source, and the committed library must match them.
check-sync: $(STAMP)
	@before="$$(git status --porcelain -- nbs kdexplain; git diff -- nbs kdexplain)"; \
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean; \
	after="$$(git status --porcelain -- nbs kdexplain; git diff -- nbs kdexplain)"; \
	if [ "$$before" != "$$after" ]; then \
	  echo "nbdev_export / nbdev_clean changed files: run them and commit the notebooks with the library."; \
	  git status --short -- nbs kdexplain; exit 1; \
	fi

# Runs every notebook under the smoke profile (nbdev sets IN_TEST=1); last line: "N passed, M failed".
test: check-sync
	@log=$$(mktemp); \
	$(BIN)/nbdev_test --n_workers 2 --do_print --timing 2>&1 | tee $$log; status=$${PIPESTATUS[0]}; \
	total=$$(grep -o -- '- Completed ' $$log | wc -l); \
	failed=$$(awk '/nbdev Tests Failed On The Following Notebooks/{f=1; next} f && /\.ipynb/{n++} END{print n+0}' $$log); \
	rm -f $$log; \
	if [ $$status -ne 0 ] && [ $$failed -eq 0 ]; then failed=1; fi; \
	echo "$$((total - failed)) passed, $$failed failed"; exit $$status

lab: $(STAMP)
	cd nbs && ../$(BIN)/jupyter lab
