"""kg.export.admin: the CSV files of `neo4j-admin database import full`, and a real bulk
import (scripts/neo4j import) into a server of the test's own, compared with the
transactional writer's graph of the same corpus."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.cli.commands import cli
from kg.config import Neo4jSettings, Settings
from kg.export.admin import ARGS_FILE, write_admin_csv
from kg.graph.model import Node, Rel
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from tests.support.paths import DEV, REPO

BOLT = int(os.environ.get("KG_ADMIN_NEO4J_BOLT_PORT", "17691"))
HTTP = int(os.environ.get("KG_ADMIN_NEO4J_HTTP_PORT", "17478"))


def read(path):
    return path.read_text(encoding="utf-8")


def test_headers_are_typed_and_cells_quoted(tmp_path):
    nodes = [Node("Person", "p-1", {"name": 'say "hi"', "home_rank": 3, "articles": ["a-1", "a-2"]}),
             Node("Person", "p-2", {"name": "", "score": 1.5}),
             Node("Article", "a-1", {"title": "t", "text": "line one\nline, two"})]
    rels = [Rel("MENTIONED_IN", "p-1", "a-1", {"sentences": [0, 2], "articles": ["a-1"]})]
    rows = write_admin_csv(nodes, rels, tmp_path)
    assert {(r["name"], r["rows"]) for r in rows} == {("Person", 2), ("Article", 1), ("MENTIONED_IN", 1)}
    assert read(tmp_path / "Person.header.csv") == (
        "key:ID,:LABEL,articles:string[],home_rank:long,name:string,score:double\n")
    assert read(tmp_path / "Person.csv") == (
        '"p-1",Person,"a-1\x1fa-2",3,"say ""hi""",\n'
        '"p-2",Person,,,"",1.5\n')  # empty string kept, missing property empty
    assert read(tmp_path / "Article.csv") == '"a-1",Article,"line one\nline, two","t"\n'
    assert read(tmp_path / "MENTIONED_IN.header.csv") == (
        ":START_ID,:END_ID,:TYPE,key:string,articles:string[],sentences:long[]\n")
    assert read(tmp_path / "MENTIONED_IN.csv") == f'"p-1","a-1",MENTIONED_IN,"{rels[0].key}","a-1","0\x1f2"\n'
    args = read(tmp_path / ARGS_FILE).splitlines()
    assert "--array-delimiter=U+001F" in args and "--multiline-fields=true" in args
    assert f'"--nodes=Person={tmp_path}/Person.header.csv,{tmp_path}/Person.csv"' in args
    assert any(a.startswith('"--relationships=MENTIONED_IN=') for a in args)


def test_cli_needs_a_directory(tmp_path):
    store = tmp_path / "g.kgstore"
    r = CliRunner().invoke(cli, ["--store", str(store), "export", "--format", "neo4j-admin"])
    assert r.exit_code == 2 and "-o DIRECTORY" in r.output
    EmbeddedStore(store).init()
    r = CliRunner().invoke(cli, ["--store", str(store), "export", "--format", "neo4j-admin",
                                 "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / ARGS_FILE).exists()


def _script(home: Path, *args: str) -> subprocess.CompletedProcess:
    shared_home = Path(os.environ.get("KG_NEO4J_HOME", Path.home() / ".cache" / "kg" / "neo4j"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_NEO4J"))}
    env.update(KG_NEO4J_HOME=str(home), KG_NEO4J_LIB=os.environ.get("KG_NEO4J_LIB", str(shared_home / "lib")),
               NEO4J_BOLT_PORT=str(BOLT), NEO4J_HTTP_PORT=str(HTTP), KG_PYTHON=sys.executable)
    return subprocess.run([str(REPO / "scripts" / "neo4j"), *args], env=env, capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL)


@pytest.mark.neo4j
@pytest.mark.slow
def test_bulk_import_gives_the_transactional_graph(tmp_path):
    """The dev corpus: embedded ingest -> neo4j-admin files -> import into a fresh server
    home (own ports) -> the same graph as `kg ingest` through the transactional writer."""
    emb = Settings.resolve("embedded", tmp_path / "dev.kgstore")
    pipeline.ingest([DEV], emb)
    rows = pipeline.export_admin(emb, tmp_path / "import")
    assert sum(r["rows"] for r in rows) > 100

    home = tmp_path / "neo4j"
    r = _script(home, "import", str(tmp_path / "import"))
    assert r.returncode == 0, r.stderr[-3000:]
    assert "IMPORT DONE" in r.stdout + r.stderr
    r = _script(home, "start")
    assert r.returncode == 0, r.stderr[-3000:]
    try:
        env = dict(line.split("=", 1) for line in r.stdout.splitlines())
        settings = Neo4jSettings(env["NEO4J_URI"], "neo4j", env["NEO4J_PASSWORD"])
        with Neo4jStore(settings) as store:
            store.init()  # constraints and indexes over the imported graph
            bulk_counts, bulk = store.counts(), store.snapshot()
            with store.driver().session() as s:
                s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        pipeline.ingest([DEV], Settings("neo4j", emb.store_path, settings))
        with Neo4jStore(settings) as store:
            tx_counts, tx = store.counts(), store.snapshot()
    finally:
        stop = _script(home, "stop")
    assert stop.returncode == 0, stop.stderr
    assert bulk_counts == tx_counts == EmbeddedStore(emb.store_path).counts()
    assert sum(bulk_counts["types"].values()) == sum(r["rows"] for r in rows if r["kind"] == "relationships")
    assert bulk == tx  # same keys, labels, types, properties and value types
