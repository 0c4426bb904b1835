# The two commands of the README.  Each installs what is missing first.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test typecheck bench screenshot bootstrap package translations icons

bootstrap:
	@bash scripts/bootstrap.sh

# Start Claimline on the default store (the seed article is imported on first start).
run: bootstrap
	$(PY) -m desktop $(ARGS)

# The static type check (pyproject.toml [tool.mypy]), then the whole test suite, headless.
test: bootstrap typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

typecheck: bootstrap
	$(PY) -m mypy

# Speed figures of every issue (printed, never asserted).
bench: bootstrap
	@for b in bench/run.py bench/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# Refresh docs/screenshot.png and one picture per view in docs/screenshots/
# (light, dark, and the window in Turkish) from the seed article.
screenshot: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py --views docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py --views docs/screenshots --dark
	QT_QPA_PLATFORM=offscreen CLAIMLINE_LANGUAGE=tr $(PY) scripts/screenshot.py --views docs/screenshots --suffix tr --only window

# The one-folder bundle in dist/claimline (PyInstaller); prints its size, then starts it
# offscreen once.  See packaging/build.sh.
package: bootstrap
	bash packaging/build.sh

# Refresh the .ts catalogues from desktop/ui/*.py (keeps existing translations; new
# strings arrive as unfinished: translate them), then compile the .qm files.
translations: bootstrap
	$(VENV)/bin/pyside6-lupdate -no-obsolete desktop/ui/*.py -ts resources/translations/claimline_tr.ts resources/translations/claimline_ru.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/claimline_tr.ts resources/translations/claimline_ru.ts

# Re-render resources/icons/claimline-*.png from claimline.svg.
icons: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py
