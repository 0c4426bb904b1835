# The two commands of the README.  Each installs what is missing first.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bench screenshot bootstrap

bootstrap:
	@bash scripts/bootstrap.sh

# Start Claimline on the default store (the seed article is imported on first start).
run: bootstrap
	$(PY) -m desktop $(ARGS)

# The whole test suite, headless.
test: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Speed figures (printed, never asserted).
bench: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# Refresh docs/screenshot.png from the seed article.
screenshot: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/screenshot.png
