# Berdaya — `make run` to try it, `make test` to prove it. `make help` lists all.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run serve test e2e axe lint format messages check-messages check deploy-check smoke bench lock screenshots clean

help: ## Show this list
	@grep -E '^[a-z-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-15s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its dev tools

run: install ## Migrate, set up the site, load demo content and serve on http://127.0.0.1:8000
	$(MANAGE) migrate --noinput
	$(MANAGE) site_setup
	$(MANAGE) seed_demo
	$(MANAGE) runserver 127.0.0.1:8000

test: install ## Run the unit and integration suite (SQLite, or PostgreSQL with DATABASE_URL)
	$(BIN)/pytest -n 2 --dist loadfile -m "not concurrency" --ignore=tests/e2e
	$(BIN)/pytest -m concurrency --ignore=tests/e2e

axe: ## Fetch axe-core into node_modules (for the e2e accessibility checks)
	@test -f node_modules/axe-core/axe.min.js || { command -v npm >/dev/null && npm install --no-save --no-audit --no-fund axe-core@4 || echo "npm not found: the e2e tests will be skipped"; }

e2e: install axe ## Browser journeys on a 360 px phone (needs /usr/bin/chromium; CI=1 fails instead of skipping)
	$(BIN)/pytest tests/e2e

screenshots: install axe ## Regenerate the README screenshots (docs/screenshots/*.png) from the journeys
	E2E_README_SCREENSHOTS=1 $(BIN)/pytest tests/e2e

lint: install ## ruff (with the S security rules) + format check + import contracts + escaping/CSRF check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python scripts/check_templates_safety.py

format: install ## Format and fix what ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update the Indonesian .po file and compile it (and the hand-kept overrides)
	$(MANAGE) makemessages --locale id --ignore ".venv/*" --ignore "node_modules/*" --ignore "tests/*" --no-obsolete
	$(MANAGE) compilemessages --ignore ".venv/*" --ignore "node_modules/*"

check-messages: install ## Fail when a .po entry is empty or fuzzy, or a .mo is stale
	$(BIN)/python scripts/check_po.py locale locale_overrides

check: install ## Django checks, migrations in sync, lint
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) lint

deploy-check: install ## `check --deploy` under production settings; any warning fails
	DJANGO_SETTINGS_MODULE=berdaya.settings.production DJANGO_SECRET_KEY=ci-$$(date +%s)-a-long-random-looking-secret-key-for-checks-only DJANGO_ALLOWED_HOSTS=berdaya.example $(MANAGE) check --deploy --fail-level WARNING

smoke: install ## The production topology on this machine (PostgreSQL, Redis, moto S3, 2 gunicorns, nginx, worker)
	$(BIN)/python deploy/smoke.py

BENCH_ARGS ?= --rounds 3 --seconds 3
bench: install ## Seed 10,000 products and learners in bench/ (or BENCH_DATABASE_URL) and measure the key pages (docs/performance.md)
	DJANGO_SETTINGS_MODULE=bench.settings $(MANAGE) seed_bench
	DJANGO_SETTINGS_MODULE=bench.settings $(MANAGE) run_bench $(BENCH_ARGS)

lock: install ## Regenerate requirements.lock (hashes) from pyproject.toml's dependencies
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links --no-emit-trusted-host \
		--output-file requirements.lock pyproject.toml
	$(BIN)/python scripts/check_lock.py requirements.lock

clean: ## Remove the venv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm private-media staticfiles node_modules tests/e2e/artifacts
