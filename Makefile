# kdexplain: `make reproduce` regenerates every table and figure; `make test` runs the test suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kdexplain-installed
KERNEL_CONFIG := $(VENV)/etc/ipython/ipython_kernel_config.py
PROFILE ?= default
PAPERS ?= --all
JOBS ?= 2
OUT ?=

.PHONY: reproduce test install check-outputs check-sync test-readme lab clean-outputs help

help:
	@echo "make reproduce      run every paper notebook (profile $(PROFILE), $(JOBS) side by side) -> papers/<paper>/"
	@echo "                    PROFILE=smoke|default|large|paper  PAPERS='pylon medtex'  JOBS=N  OUT=DIR"
	@echo "make test           check-outputs, nbdev_export/nbdev_clean sync check, nbdev_test on every notebook, README commands"
	@echo "make check-outputs  the committed outputs under papers/ come from the committed code (no install needed)"
	@echo "make install        create $(VENV) and install kdexplain with its test extras"
	@echo "make lab            start JupyterLab in nbs/"
	@echo "make clean-outputs  remove local run leftovers under papers/: executed notebooks, .npz arrays, staging folders"

install: $(STAMP) $(KERNEL_CONFIG)

# Reinstalls only when settings.ini or setup.py change: a second `make` skips it.
$(STAMP): settings.ini setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (kdexplain)"
	@touch $(STAMP)

# Read by every kernel this environment starts (see the file).
$(KERNEL_CONFIG): scripts/ipython_kernel_config.py $(STAMP)
	@mkdir -p $(@D) && cp $< $@

reproduce: $(STAMP) $(KERNEL_CONFIG)
	$(BIN)/kdexplain reproduce $(PAPERS) --profile $(PROFILE) --jobs $(JOBS)$(if $(OUT), --out $(OUT))

# Plain git + Python, before anything is installed: a committed run.json must come from a clean
# tree, and its paper's notebook and module must not have changed since (CHECK_OUTPUTS=warn: report only).
check-outputs:
	@$(PYTHON) scripts/check_outputs.py

# Fails when nbdev_export or nbdev_clean change any file under nbs/ or kdexplain/:
# the notebooks are the source, and the committed library must match them.
check-sync: $(STAMP) $(KERNEL_CONFIG)
	@before="$$(git status --porcelain -- nbs kdexplain; git diff -- nbs kdexplain)"; \
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean; \
	after="$$(git status --porcelain -- nbs kdexplain; git diff -- nbs kdexplain)"; \
	if [ "$$before" != "$$after" ]; then \
	  echo "nbdev_export / nbdev_clean changed files: run them and commit the notebooks with the library."; \
	  git status --short -- nbs kdexplain; exit 1; \
	fi

# The README's commands, as printed (runs under the smoke profile, into a temporary folder).
test-readme: $(STAMP) $(KERNEL_CONFIG)
	@scripts/test_readme.sh

# check-outputs first, then the sync check, the outputs check's own tests, every notebook under the
# smoke profile (nbdev sets IN_TEST=1; line "N passed, M failed") and the README's commands.
test: check-outputs check-sync
	@out=$$($(PYTHON) scripts/test_check_outputs.py 2>&1) || { echo "$$out"; exit 1; }; echo "check-outputs tests: $$(echo "$$out" | grep '^Ran ') OK"
	@log=$$(mktemp); \
	$(BIN)/nbdev_test --n_workers 2 --do_print --timing 2>&1 | tee $$log; status=$${PIPESTATUS[0]}; \
	total=$$(grep -o -- '- Completed ' $$log | wc -l); \
	failed=$$(awk '/nbdev Tests Failed On The Following Notebooks/{f=1; next} f && /\.ipynb/{n++} END{print n+0}' $$log); \
	rm -f $$log; \
	if [ $$status -ne 0 ] && [ $$failed -eq 0 ]; then failed=1; fi; \
	echo "$$((total - failed)) passed, $$failed failed"; exit $$status
	@scripts/test_readme.sh

lab: $(STAMP) $(KERNEL_CONFIG)
	cd nbs && ../$(BIN)/jupyter lab --KernelManager.transport_encryption=auto

# Local leftovers of runs (all git-ignored): executed notebooks, arrays, unfinished runs' folders.
clean-outputs:
	find papers -type f \( -name '*.ipynb' -o -name '*.npz' \) -print -delete
	find papers -depth -type d \( -name '.staging-*' -o -name '.old-*' -o -name '.incoming-*' \) -print -exec rm -rf {} +
