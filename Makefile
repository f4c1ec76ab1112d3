# kg: build, demo and test.  `make test` runs the suite against a real Neo4j 5.26 server
# (scripts/neo4j; jars and data live in ~/.cache/kg/neo4j, outside the git tree).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
VENV_STAMP := $(VENV)/.kg-installed
PYTEST_ARGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: venv demo test neo4j-start neo4j-stop browser-deps clean bench bench-quick bench-stop

venv: $(VENV_STAMP)

$(VENV_STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

# The main job on the bundled sample, with the embedded store (no server): extract and
# print what was found, load it into a fresh graph file, and answer lookups.
DEMO_STORE := .demo/graph.kgstore
KG_DEMO := $(VENV)/bin/kg --backend embedded --store $(DEMO_STORE)
demo: venv
	@rm -rf .demo && mkdir -p .demo
	@echo "== What kg reads in samples/ (people with posts, events with roles) =="
	$(VENV)/bin/kg extract samples/
	@echo "== Loading samples/ into the embedded store $(DEMO_STORE) =="
	$(KG_DEMO) ingest samples/
	$(KG_DEMO) stats
	@echo "== Lookups: what posts does 柏思源 hold, what did he do; what happened in 白杨镇 =="
	$(KG_DEMO) person 柏思源
	$(KG_DEMO) events --place 白杨镇

# Starts Neo4j when it is not running and stops it afterwards, whatever pytest's result;
# a server that was already running (shared by other work) is left running.
# Exits with pytest's status.
test: venv browser-deps
	@was_running=0; scripts/neo4j status >/dev/null 2>&1 && was_running=1; \
	neo4j_env="$$(scripts/neo4j start)" || exit $$?; \
	set -a; eval "$$neo4j_env"; set +a; \
	if [ $$was_running = 0 ]; then trap 'scripts/neo4j stop' EXIT; fi; \
	$(VENV)/bin/python -m pytest -v -rA $(PYTEST_ARGS)

# Benchmarks at archive scale (python -m benchmarks.run): one table of side-by-side ratios, JSON in
# bench-results/. They run their own Neo4j servers (ports 17688 and 17690, home
# ~/.cache/kg/bench-neo4j), never the shared one, and stop them afterwards. bench-quick:
# 200 articles, no bulk import; <= 60 s once the JVM is up, so it leaves its server running
# for the next run (stop it with `make bench-stop`). Row 8 measures the embedded store at
# KG_BENCH_SCALE articles (default: the bench corpus, 10,000) as whole `kg` processes, next to
# the former JSON store (KG_BENCH_JSON=0 skips that comparison).
bench: venv
	$(VENV)/bin/python -m benchmarks.run

bench-quick: venv
	$(VENV)/bin/python -m benchmarks.run --quick --keep-server

bench-stop:
	@KG_NEO4J_HOME=$${KG_BENCH_NEO4J_HOME:-$$HOME/.cache/kg/bench-neo4j} scripts/neo4j stop

neo4j-start:
	@scripts/neo4j start

neo4j-stop:
	@scripts/neo4j stop

# Headless Chromium for the Neo4j Browser test (tests/system/test_browser.py), and a CJK font so
# its screenshot shows the Chinese captions.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list :lang=zh | grep -q .; then \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium chromium-driver fonts-wqy-zenhei; \
	fi

clean:
	rm -rf build dist *.egg-info .pytest_cache .hypothesis test-artifacts bench-results
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
