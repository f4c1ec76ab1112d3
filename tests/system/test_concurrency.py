"""Two `kg ingest` processes at once: over overlapping corpora into one Neo4j (the tests' own
server) they leave no duplicate and the graph of running them one after the other; on the
embedded store the second waits for the first's lock, or fails clearly after KG_LOCK_TIMEOUT.
The writer lock is Store.exclusive (kg.store.embedded, kg.store.neo4j)."""

from __future__ import annotations

import re
import time

import pytest
from filelock import FileLock

from kg.config import Neo4jSettings, Settings
from kg.store.cypher import load_query
from kg.errors import ConfigError
from tests.support.faults import (Graph, assert_same_graph, base_env, finish, kg_popen, neo4j_settings_of,
                                  sequential_graph)

PAGE = "# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。副县长栾文华出席会议。\n"


def summary(stderr: str) -> dict[str, int]:
    m = re.search(r"(\d+) added, (\d+) replaced, (\d+) removed, (\d+) unchanged", stderr)
    assert m, stderr
    return dict(zip(("added", "replaced", "removed", "unchanged"), map(int, m.groups())))


@pytest.mark.slow
def test_two_neo4j_ingests_of_overlapping_corpora(own_neo4j, synth_corpus):
    own_neo4j.wipe()
    pages = sorted(synth_corpus.glob("page-*.md"))
    a, b = tuple(pages[:45]), tuple(pages[25:])  # 20 pages in both
    env = own_neo4j.kg_env()
    procs = [kg_popen("--backend", "neo4j", "ingest", *map(str, part), env=env) for part in (a, b)]
    ra, rb = (finish(p, timeout=600) for p in procs)
    assert ra.returncode == 0 and rb.returncode == 0, (ra.stderr, rb.stderr)
    # the one that got the lock second found the shared pages stored
    first, second = (a, b) if summary(rb.stderr)["unchanged"] else (b, a)
    assert summary((rb if first is a else ra).stderr)["unchanged"] > 0
    dup_nodes = own_neo4j.read("MATCH (n) WITH n.key AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS n")
    dup_rels = own_neo4j.read("MATCH ()-[r]->() WITH r.key AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS n")
    dup_people = own_neo4j.read("MATCH (p:Person) WHERE p.scope IS NOT NULL WITH p.name AS n, p.scope AS s, "
                                "count(*) AS c WHERE c > 1 RETURN count(*) AS n")
    assert dup_nodes[0]["n"] == dup_rels[0]["n"] == dup_people[0]["n"] == 0
    assert_same_graph(Graph.of(neo4j_settings_of(own_neo4j)), sequential_graph(first, second))


def test_neo4j_writer_lock_times_out_clearly(own_neo4j, tmp_path):
    page = tmp_path / "page.md"
    page.write_text(PAGE, "utf-8")
    with own_neo4j.driver() as driver, driver.session() as session:
        holder = session.begin_transaction()  # what a running ingest holds
        holder.run(load_query("writer_lock")).consume()
        r = finish(kg_popen("--backend", "neo4j", "ingest", str(page),
                            env=own_neo4j.kg_env(KG_LOCK_TIMEOUT="2")))
        holder.rollback()
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == (f"kg: error: another kg process is writing to Neo4j at NEO4J_URI="
                                f"{own_neo4j.uri} (waited 2 s for its lock); try again when it is done")


def embedded_ingest(store, *paths, timeout: str = "120"):
    return kg_popen("--store", str(store), "ingest", *map(str, paths),
                    env={**base_env(), "KG_LOCK_TIMEOUT": timeout})


def test_two_embedded_ingests_of_overlapping_corpora(tmp_path, synth_corpus):
    store = tmp_path / "g.kgstore"
    pages = sorted(synth_corpus.glob("page-*.md"))
    a, b = tuple(pages[:45]), tuple(pages[25:])
    ra, rb = (finish(p, 600) for p in [embedded_ingest(store, *a), embedded_ingest(store, *b)])
    assert ra.returncode == 0 and rb.returncode == 0, (ra.stderr, rb.stderr)
    first, second = (a, b) if summary(rb.stderr)["unchanged"] else (b, a)
    assert summary((rb if first is a else ra).stderr)["unchanged"] > 0
    settings = Settings("embedded", store, Neo4jSettings("bolt://unused", "neo4j"))
    assert_same_graph(Graph.of(settings), sequential_graph(first, second))


def test_embedded_ingest_waits_for_the_lock(tmp_path):
    store = tmp_path / "g.kgstore"
    page = tmp_path / "page.md"
    page.write_text(PAGE, "utf-8")
    with FileLock(str(store) + ".lock"):  # what a running ingest holds
        proc = embedded_ingest(store, page, timeout="60")
        time.sleep(8)  # ample for starting and extracting one page
        assert proc.poll() is None and not store.exists()
    r = finish(proc)
    assert r.returncode == 0, r.stderr
    assert summary(r.stderr)["added"] == 1


def test_embedded_lock_timeout_is_a_clear_error(tmp_path):
    store = tmp_path / "g.kgstore"
    page = tmp_path / "page.md"
    page.write_text(PAGE, "utf-8")
    with FileLock(str(store) + ".lock"):  # what a running ingest holds
        r = finish(embedded_ingest(store, page, timeout="1"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == (f"kg: error: the embedded store {store} is locked by another kg process "
                                f"(waited 1 s for {store}.lock); try again when it is done")


def test_lock_timeout_and_batch_size_settings_are_checked(monkeypatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "2.5")
    monkeypatch.setenv("KG_BATCH_ARTICLES", "40")
    s = Settings.resolve("embedded", "x.kgstore")
    assert (s.lock_timeout, s.batch_articles) == (2.5, 40)
    for var, bad in (("KG_LOCK_TIMEOUT", "soon"), ("KG_LOCK_TIMEOUT", "-1"), ("KG_BATCH_ARTICLES", "0"),
                     ("KG_LOCK_TIMEOUT", "nan")):
        monkeypatch.setenv(var, bad)
        with pytest.raises(ConfigError, match=f"{var}='{bad}'"):
            Settings.resolve("embedded", "x.kgstore")
        monkeypatch.setenv(var, "1")


def test_concurrent_init_on_a_database_without_schema(own_neo4j):
    """`IF NOT EXISTS` still races when two processes create the same index at once
    (EquivalentSchemaRuleAlreadyExists); kg init treats that as done."""
    from concurrent.futures import ThreadPoolExecutor

    from kg.store.neo4j import Neo4jStore

    for _ in range(3):
        for row in own_neo4j.read("SHOW CONSTRAINTS YIELD name RETURN name"):
            own_neo4j.read(f"DROP CONSTRAINT `{row['name']}`")  # names from the server, not users
        for row in own_neo4j.read("SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint IS NULL "
                                  "AND NOT name STARTS WITH 'index_' RETURN name"):
            own_neo4j.read(f"DROP INDEX `{row['name']}`")
        stores = [Neo4jStore(own_neo4j.settings) for _ in range(4)]
        try:
            with ThreadPoolExecutor(4) as pool:
                results = list(pool.map(lambda s: s.init(), stores))
        finally:
            for s in stores:
                s.close()
        assert all(r and all(x["status"] == "ok" for x in r) for r in results)
    names = {r["name"] for r in own_neo4j.read("SHOW INDEXES YIELD name RETURN name")}
    assert "names" in names
