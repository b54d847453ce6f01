# Lokalatih — the two commands of the README (`make build`, `make test`) and their friends.
# Needs only python3 (with venv) on a Debian machine; everything else is installed here.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Reinstall when a requirements file changes.
DEPS   := $(VENV)/.deps-installed
PROVINCE ?= sumatera-utara
SITE_URL ?=
# `make build DRAFT=1`: build although the province profile still has placeholders; every page and PDF then says
# DRAFT. Only on the command line: a DRAFT variable in the environment (of a CI runner) never makes a draft.
DRAFT_FLAG := $(if $(filter command line,$(origin DRAFT)),$(if $(DRAFT),--draft))

export NO_MKDOCS_2_WARNING := 1

ORACLES := tests/oracles/node_modules/.installed

.PHONY: build check serve test test-slides bench lint print-deps system-deps slides-deps schemas clean

$(DEPS): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

build: $(DEPS) print-deps
	$(BIN)/lokalatih build --province $(PROVINCE) $(if $(SITE_URL),--site-url $(SITE_URL)) $(DRAFT_FLAG)

check: $(DEPS)
	$(BIN)/lokalatih check --province $(PROVINCE) $(DRAFT_FLAG)

serve: $(DEPS)
	$(BIN)/lokalatih serve --province $(PROVINCE)

schemas: $(DEPS)
	$(BIN)/lokalatih schemas

APT_INSTALL = SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq

# WeasyPrint (the PDFs) needs the system's Pango; Debian 12 images usually have it.
print-deps:
	@ldconfig -p | grep -q libpangoft2-1.0 || { $(APT_INSTALL) libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; }

# Debian's Chromium drives the browser tests (a test tool's own browser download cannot work here);
# poppler-utils reads the PDFs back (pdftotext, pdffonts, pdftoppm) in the print tests.
system-deps: print-deps
	@if ! command -v chromium >/dev/null || ! command -v pdftoppm >/dev/null; then \
	  $(APT_INSTALL) chromium poppler-utils >/dev/null; \
	fi

# Independent parsers the tests read our exports with (gift-pegjs for GIFT), from the npm registry.
$(ORACLES): tests/oracles/package.json tests/oracles/package-lock.json
	npm ci --prefix tests/oracles --no-audit --no-fund --silent
	touch $@

lint: $(DEPS)
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy scripts

test: $(DEPS) system-deps $(ORACLES) lint
	$(BIN)/lokalatih check --strict
	$(BIN)/python -m pytest -n 2

# LibreOffice Impress reads every PowerPoint deck back (an independent reader); a large install, so not in `make test`.
slides-deps: system-deps
	@command -v soffice >/dev/null || { $(APT_INSTALL) libreoffice-impress-nogui >/dev/null; }

test-slides: $(DEPS) slides-deps
	$(BIN)/python -m pytest -p no:xdist -m libreoffice tests/test_slides_libreoffice.py

# Lighthouse for the bench's mobile scores (pinned; Lighthouse 13 wants Node 22).
LIGHTHOUSE := tests/lighthouse/node_modules/.installed
$(LIGHTHOUSE): tests/lighthouse/package.json tests/lighthouse/package-lock.json
	npm ci --prefix tests/lighthouse --no-audit --no-fund --silent
	touch $@

# Build speed and page weight (first views in Debian's Chromium, Lighthouse mobile scores), measured on a copy of the
# kit, and `event report` on synthetic programmes of 1,000 to 100,000 participants (pdfinfo counts the report's
# pages); prints a table and writes bench.json.
bench: $(DEPS) system-deps $(LIGHTHOUSE)
	$(BIN)/python -m lokalatih.bench

clean:
	rm -rf build site dist
