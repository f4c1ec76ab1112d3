"""Neo4j server faults through `kg` (a real process): server not running, wrong password,
missing database, and the server killed in the middle of an ingest (on the tests' own
server, tests/support/faults.py: the shared one is never stopped)."""

from __future__ import annotations

import pytest
from tests.support.faults import (BATCH, Graph, assert_complete_articles, assert_same_graph, base_env,
                                  clean_graph, finish, free_port, kg, kg_popen, neo4j_settings_of, wait_for)

SECRET = "kg-fault-secret-pw"


def assert_one_error_line(r, code: int = 2) -> str:
    assert r.returncode == code, (r.returncode, r.stderr)
    assert "Traceback" not in r.stdout + r.stderr
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("kg: error: "), r.stderr
    return errors[0]


def test_neo4j_not_running_is_one_line_naming_neo4j_uri(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# 标题\n\n示范区召开会议。\n", "utf-8")
    uri = f"bolt://127.0.0.1:{free_port()}"
    env = {**base_env(), "NEO4J_URI": uri, "NEO4J_PASSWORD": SECRET}
    for args in (["ingest", str(page)], ["stats"], ["status"]):
        r = kg("--backend", "neo4j", *args, env=env)
        line = assert_one_error_line(r)
        assert f"cannot reach Neo4j at NEO4J_URI={uri}" in line
        assert SECRET not in r.stdout + r.stderr


def test_wrong_password_and_missing_database(own_neo4j, tmp_path):
    own_neo4j.wipe()  # the server is shared by this session's fault tests
    page = tmp_path / "page.md"
    page.write_text("# 标题\n\n示范区召开会议。\n", "utf-8")
    wrong = own_neo4j.kg_env(NEO4J_PASSWORD=SECRET)
    for args in (["ingest", str(page)], ["stats"]):  # two failures: below the auth lock-out
        r = kg("--backend", "neo4j", *args, env=wrong)
        line = assert_one_error_line(r)
        assert f"NEO4J_URI={own_neo4j.uri} refused the credentials of NEO4J_USERNAME=neo4j" in line
        assert SECRET not in r.stdout + r.stderr
    nodb = own_neo4j.kg_env(NEO4J_DATABASE="nosuchdb")
    for args in (["ingest", str(page)], ["stats"]):
        line = assert_one_error_line(kg("--backend", "neo4j", *args, env=nodb))
        assert f"NEO4J_URI={own_neo4j.uri} database nosuchdb" in line
        assert "nosuchdb" in line.split("failed:", 1)[1]  # the server's reason names it
    assert own_neo4j.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] == 0


@pytest.mark.slow
def test_server_killed_mid_ingest_rolls_back_the_batch_and_the_rerun_completes(own_neo4j, synth_corpus):
    own_neo4j.wipe()
    clean = clean_graph(synth_corpus)
    settings = neo4j_settings_of(own_neo4j)
    proc = kg_popen("--backend", "neo4j", "ingest", str(synth_corpus), env=own_neo4j.kg_env())
    try:
        wait_for(lambda: own_neo4j.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] >= BATCH,
                 timeout=240, interval=0.1, what="the first batch")
        own_neo4j.kill()  # SIGKILL while the second batch is being written
        own_neo4j.start()  # meanwhile kg retries, then fails; Neo4j recovers from its log
    finally:
        r = finish(proc)
    line = assert_one_error_line(r)
    # "cannot reach Neo4j at NEO4J_URI=...", or, when the restarted server answered kg's
    # retry, "lost the writer lock on Neo4j at NEO4J_URI=...": the batch is not written
    assert f"NEO4J_URI={own_neo4j.uri}" in line
    assert_complete_articles(Graph.of(settings), clean, BATCH)
    rerun = kg("--backend", "neo4j", "ingest", str(synth_corpus), env=own_neo4j.kg_env())
    assert rerun.returncode == 0, rerun.stderr
    after = Graph.of(settings)
    assert_same_graph(after, clean)
