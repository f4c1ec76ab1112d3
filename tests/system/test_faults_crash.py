"""`kill -9` of a `kg ingest` halfway, for both stores: the store stays readable, holds whole
batches of whole articles, and a rerun gives the clean run's graph (tests/support/faults.py)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kg.config import Neo4jSettings, Settings
from tests.support.faults import (BATCH, Graph, assert_complete_articles, assert_same_graph, base_env,
                                  clean_graph, finish, kg, kg_popen, neo4j_settings_of, wait_for)


def stored_articles(store: Path) -> int:
    """Articles committed so far, read as any other process would (never blocks the writer)."""
    if not store.exists():
        return 0
    with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)) as db:
        try:
            return db.execute("SELECT count(*) FROM nodes WHERE label = 'Article'").fetchone()[0]
        except sqlite3.OperationalError:  # the tables are not there yet
            return 0


def test_kill_9_during_an_embedded_ingest(tmp_path, synth_corpus):
    store = tmp_path / "g.kgstore"
    settings = Settings("embedded", store, Neo4jSettings("bolt://unused", "neo4j"))
    proc = kg_popen("--store", str(store), "ingest", str(synth_corpus), env=base_env())
    try:
        # kill while the second batch is in its transaction (or between two batches)
        wait_for(lambda: stored_articles(store) >= BATCH or proc.poll() is not None, 240, 0.01,
                 "the first batch")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        r = finish(proc)
    assert r.returncode == -signal.SIGKILL, r.stderr
    stats = kg("--store", str(store), "stats", "--json")  # readable at once, whatever was in flight
    assert stats.returncode == 0, stats.stderr
    clean = clean_graph(synth_corpus)
    assert_complete_articles(Graph.of(settings), clean, BATCH)
    status = kg("--store", str(store), "status", "--json")
    assert status.returncode == 0, status.stderr
    assert {r["item"]: r["value"] for r in json.loads(status.stdout)}["reachable"] is True  # integrity_check ok
    rerun = kg("--store", str(store), "ingest", str(synth_corpus))
    assert rerun.returncode == 0, rerun.stderr
    after = Graph.of(settings)
    assert_same_graph(after, clean)
    assert after.nodes == clean.nodes and after.rels == clean.rels  # the canonical dump, property for property


@pytest.mark.slow
def test_kill_9_during_a_neo4j_ingest(own_neo4j, synth_corpus):
    own_neo4j.wipe()
    settings = neo4j_settings_of(own_neo4j)
    proc = kg_popen("--backend", "neo4j", "ingest", str(synth_corpus), env=own_neo4j.kg_env())
    try:
        wait_for(lambda: own_neo4j.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] >= BATCH
                 or proc.poll() is not None, 240, 0.05, "the first batch")
        os.kill(proc.pid, signal.SIGKILL)  # while the second batch is in its transaction
    finally:
        r = finish(proc)
    assert r.returncode == -signal.SIGKILL, r.stderr
    clean = clean_graph(synth_corpus)
    # the server rolled the open transaction back, and released the writer lock with it
    assert_complete_articles(Graph.of(settings), clean, BATCH)
    rerun = kg("--backend", "neo4j", "ingest", str(synth_corpus),
               env=own_neo4j.kg_env(KG_LOCK_TIMEOUT="30"))
    assert rerun.returncode == 0, rerun.stderr
    after = Graph.of(settings)
    assert_same_graph(after, clean)
