# Two commands do all the set-up on a fresh machine with python3, make and git:
#   make demo   installs into .venv and records a realistic handoff in ./demo-store
#   make test   installs the test dependencies and runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HANDOFF := $(VENV)/bin/handoff
DEMO := demo-store

.PHONY: demo test lint bench bench-quick schemas fixtures clean

$(VENV)/.installed-base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip uninstall --quiet --yes handoff 2>/dev/null || true  # the distribution's old name
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-base
	$(PY) -m pip install --quiet -e '.[test,bench,mcp,query,postgres]'
	touch $@

demo: $(VENV)/.installed-base
	rm -rf $(DEMO)
	$(HANDOFF) --store $(DEMO) init
	$(HANDOFF) --store $(DEMO) pointer --repo acme/widget --fork dev1/widget --branch fix/lock-timeout --base main --issue 118
	$(HANDOFF) --store $(DEMO) --agent claude-code run --summary "smoke check" -- $(PY) -c "import handoff"
	$(HANDOFF) --store $(DEMO) validation --command "pytest -q" --exit-code 1 --summary "3 failed, 209 passed" --duration 41.2 --commit 4f1c2d9a4f1c2d9a4f1c2d9a4f1c2d9a4f1c2d9a
	$(HANDOFF) --store $(DEMO) health anthropic claude-sonnet-4-5 rate_limited --remaining 0 --limit 50 --reset 45m --error-class rate_limit_error
	$(HANDOFF) --store $(DEMO) runtime devserver up --port 5173 --version "vite 8.3"
	$(HANDOFF) --store $(DEMO) config set python 3.11 --source .python-version
	$(HANDOFF) --store $(DEMO) pointer --repo acme/widget --pr 131 --title "Retry the store lock with backoff" --state open
	$(HANDOFF) --store $(DEMO) --agent claude-code note "Lock timeout fixed; PR open, waiting for review." --next "answer review on #131" --next "rerun the bench on the CI box"
	@echo "--- a write carrying a credential is rejected (exit 3), and nothing is stored:"
	-$(HANDOFF) --store $(DEMO) note "deploy with token ghp_$$($(PY) -c 'import secrets,string; print("".join(secrets.choice(string.ascii_letters+string.digits) for _ in range(36)))')"
	@echo "--- handoff show:"
	$(HANDOFF) --store $(DEMO) show
	@echo "--- handoff show --format md (the brief for an agent's context):"
	$(HANDOFF) --store $(DEMO) show --format md
	@echo "--- the store is in ./$(DEMO): events.jsonl (the log) and latest.json (the state)"

# The tests start `handoff` in hundreds of child processes. An installed package ships
# bytecode; a checkout under PYTHONDONTWRITEBYTECODE (set on some machines) would compile
# every module from source in every child (~0.4 s a call), so compile once first.
test: $(VENV)/.installed-test
	$(PY) -m compileall -q handoff
	$(PY) -m pytest -q

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check handoff tests fixtures bench
	$(VENV)/bin/mypy handoff

bench: $(VENV)/.installed-test
	$(PY) bench/run_all.py

bench-quick: $(VENV)/.installed-test
	$(PY) bench/run_all.py --quick

schemas: $(VENV)/.installed-base
	$(HANDOFF) schema --out schemas
	$(PY) -m handoff.schemas  # handoff/core_schemas.py, the write path's core schema

fixtures: $(VENV)/.installed-base
	$(PY) fixtures/generate.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .mypy_cache .ruff_cache .hypothesis
