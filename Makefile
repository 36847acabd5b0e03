# GetSocial Python SDK: pinned spec -> OpenAPI 3 -> generated client -> overlay -> wheel.
# `make` sets everything up and builds; `make test` runs the whole suite. `make help` lists targets.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NODE_BIN := node_modules/.bin

SPEC := openapi/getsocial.swagger.json
OPENAPI := openapi/getsocial.openapi.json
LOCK := openapi/spec.lock.json
CONFIG := openapi/generator-config.yaml
PATCHES := openapi/patches
TEMPLATES := openapi/templates
GENERATED := generated

# Where `make spec` downloads the live document from. GetSocial's API reference serves its
# Swagger file from an address that could not be confirmed from here: override it.
SPEC_URL ?= https://api.getsocial.im/v1/swagger.json
SPEC_SHA256 ?=
SPEC_ACCEPT_BREAKING ?=
# Pin a local copy (JSON or YAML) instead of downloading: make spec SPEC_FILE=~/swagger.yaml
SPEC_FILE ?=
# `make spec` regenerates the client after a pin so the tree stays consistent; set it empty
# (SPEC_GENERATE=) to only pin.
SPEC_GENERATE ?= 1
# `make diff` compares against the pinned spec unless OLD is given.
OLD ?= $(SPEC)
NEW ?=

# Values a caller passes (paths, URLs, hashes) reach the recipes through the environment and
# are quoted by the shell there ("$$NEW"), never pasted into the command line: a quote, a space,
# a `;` or a `$` in them is just a character. $(value) keeps a `$` as typed, where make would
# read it as a variable reference.
CALLER_VALUES := SPEC OUT OLD NEW SPEC_URL SPEC_FILE SPEC_SHA256
as_typed = $(if $(filter command line environment,$(origin $1)),$(value $1),$($1))
$(foreach name,$(CALLER_VALUES),$(eval override $(name) := $$(call as_typed,$(name))))
export $(CALLER_VALUES)

VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: all help setup spec openapi generate client check diff test build bench lint clean

all: setup generate build ## Set up tools, regenerate from the pinned spec, build the wheel

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

setup: $(VENV_STAMP) $(NODE_STAMP) ## Create .venv and node_modules from the pinned lock files

$(VENV_STAMP): requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "error: $(PYTHON) is older than Python 3.11; run make PYTHON=python3.11" >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

spec: setup ## Download SPEC_URL (or copy SPEC_FILE), validate it, pin it, regenerate
	$(PY) scripts/fetch_spec.py \
		$(if $(SPEC_FILE),--from-file "$$SPEC_FILE",--url "$$SPEC_URL") \
		--sha256 "$$SPEC_SHA256" --spec "$$SPEC" --lock '$(LOCK)' \
		$(if $(SPEC_ACCEPT_BREAKING),--accept-breaking)
	$(if $(SPEC_GENERATE),$(MAKE) --no-print-directory generate)

openapi: setup ## Convert the pinned Swagger 2.0 spec to OpenAPI 3 (JSON)
	$(PY) scripts/build_client.py --spec "$$SPEC" --patches $(PATCHES) --openapi-out $(OPENAPI) \
		--stage openapi

generate: setup ## Regenerate generated/getsocial_api from the pinned spec
	$(PY) scripts/build_client.py --spec "$$SPEC" --patches $(PATCHES) --openapi-out $(OPENAPI) \
		--config $(CONFIG) --out $(GENERATED) --lock $(LOCK)

client: setup ## Build a client from any Swagger 2.0 file: make client SPEC=x.yaml OUT=dir
	@test -n "$$OUT" || { echo "error: make client needs OUT=<folder>" >&2; exit 2; }
	$(PY) scripts/build_client.py --spec "$$SPEC" --out "$$OUT" --templates $(TEMPLATES)

check: setup ## Fail when the spec, converted spec or generated package drifts from the pin
	$(PY) scripts/fetch_spec.py --verify --spec "$$SPEC" --lock '$(LOCK)'
	$(PY) scripts/check_drift.py

diff: setup ## Breaking-change report: make diff NEW=new.json [OLD=pinned spec]
	$(PY) scripts/spec_diff.py "$$OLD" "$$NEW" $(if $(SPEC_ACCEPT_BREAKING),--accept-breaking)

test: setup ## Run the test suite (real loopback servers, Prism, the 12 third-party specs)
	$(PY) -m pytest

build: setup ## Build wheel and sdist into dist/
	rm -rf dist
	$(PY) -m build --no-isolation --wheel --sdist --outdir dist . >/dev/null
	@ls dist

bench: setup ## Run the benchmarks; prints a table and writes bench-results.json
	$(PY) scripts/bench.py --out bench-results.json

lint: setup ## Ruff over the hand-written code
	$(PY) -m ruff check overlays scripts tests
	$(PY) -m ruff format --check overlays scripts tests

clean: ## Remove build outputs and tool folders
	rm -rf dist build $(VENV) node_modules .pytest_cache .ruff_cache
