"""kg.query.rawcypher against the real server: reads run, writes are refused unless asked for,
and a refused write leaves the database as it was."""

from __future__ import annotations

import pytest

from kg.errors import NotFound, QueryRefused
from kg.graph.build import build_graph
from kg.query.rawcypher import raw_cypher, rejected
from kg.store.neo4j import Neo4jStore
from tests.support.records import PAGE_A, PAGE_B


@pytest.fixture
def store(clean_neo4j, neo4j_settings):
    s = Neo4jStore(neo4j_settings)
    s.init()
    s.write(build_graph([PAGE_A, PAGE_B]))
    yield s
    s.close()


def test_a_read_returns_plain_rows(store):
    rows = raw_cypher(store, "MATCH (p:Person {name: $name})-[h:HOLDS]->(o) RETURN p, h, o.name AS office "
                             "ORDER BY office", {"name": "李建国"})
    assert [r["office"] for r in rows] == ["高新区党工委", "高新区管委会"]
    assert rows[0]["p"]["_labels"] == ["Person"] and rows[0]["p"]["name"] == "李建国"
    assert rows[0]["h"]["_type"] == "HOLDS" and rows[0]["h"]["title"] == "委员"
    path = raw_cypher(store, "MATCH p = (:Person)-[:HOLDS]->(:Office) RETURN p LIMIT 1")[0]["p"]
    assert [x.get("_labels", x.get("_type")) for x in path][1] == "HOLDS"


@pytest.mark.parametrize("query", [
    "CREATE (n) RETURN n",
    "MATCH (p:Person) SET p.hacked = true RETURN p",
    "MERGE (x:Pwned {k: 1}) RETURN x",
    "MATCH (n) DETACH DELETE n",
    "PROFILE CREATE (n:Pwned)",
    "CREATE INDEX pwned_idx IF NOT EXISTS FOR (n:Pwned) ON (n.k)",
    "CALL () { CREATE (n:Pwned) } IN TRANSACTIONS",
])
def test_writes_are_refused_and_change_nothing(store, query):
    before = store.snapshot()
    with pytest.raises(QueryRefused, match="--write"):
        raw_cypher(store, query)
    assert store.snapshot() == before
    assert not raw_cypher(store, "SHOW INDEXES YIELD name WHERE name = 'pwned_idx' RETURN count(*) AS n")[0]["n"]


def test_write_when_asked(store):
    (row,) = raw_cypher(store, "CREATE (n:Scratch {k: $k}) RETURN n.k AS k", {"k": 7}, write=True)
    assert row == {"k": 7}
    (counters,) = raw_cypher(store, "MATCH (n:Scratch) DELETE n", write=True)
    assert counters == {"nodes_deleted": 1}
    assert store.query("count_labels") == raw_cypher(
        store, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label")


def test_errors_and_empty_results(store):
    with pytest.raises(QueryRefused, match="SyntaxError"):
        raw_cypher(store, "MATCH (n RETURN n")
    with pytest.raises(QueryRefused, match="empty"):
        raw_cypher(store, "   ")
    with pytest.raises(NotFound, match="no rows"):
        raw_cypher(store, "MATCH (p:Person {name: $name}) RETURN p", {"name": "' OR 1=1 //"})
    before = store.snapshot()
    plan = raw_cypher(store, "EXPLAIN CREATE (n:Pwned) RETURN n")  # a plan only: nothing runs
    assert plan[0]["operator"].startswith("ProduceResults") and any("Create" in r["operator"] for r in plan)
    assert store.snapshot() == before


@pytest.mark.parametrize("query", [
    "TERMINATE TRANSACTIONS 'neo4j-transaction-999999'",
    "SHOW TRANSACTIONS YIELD transactionId AS t WHERE t = 'none' TERMINATE TRANSACTIONS t",
    "SHOW SETTINGS YIELD name RETURN name LIMIT 1",
    "USE system SHOW USERS",
    "LOAD CSV FROM 'http://127.0.0.1:7474/' AS row RETURN row LIMIT 1",
    "load/**/csv FROM 'file:///secret.csv' AS row RETURN row",
    "CALL db.clearQueryCaches()",
    "CALL `db`.`clearQueryCaches`() YIELD value RETURN value",
    "CALL dbms.listConfig() YIELD name RETURN name LIMIT 1",
])
def test_administration_and_load_csv_are_refused_without_write(store, query):
    with pytest.raises(QueryRefused, match="--write"):
        raw_cypher(store, query)


def test_read_only_procedures_show_commands_and_keywords_in_strings_run(store):
    assert raw_cypher(store, "CALL db.labels() YIELD label RETURN label ORDER BY label LIMIT 1")
    assert raw_cypher(store, "SHOW INDEXES YIELD name RETURN count(*) AS n")
    rows = raw_cypher(store, "MATCH (start:Person) // SHOW TERMINATE\n"
                             "RETURN 'LOAD CSV; TERMINATE' AS s, start.name AS stop LIMIT 1")
    assert rows[0]["s"] == "LOAD CSV; TERMINATE"


def test_a_syntax_error_shows_the_query_and_position_as_typed(store):
    for query, line, column, near in [
        ("MATCH (n) RETRN n", 1, 11, "RETRN n"),
        ("MATCH (n)\nWHERE n.x = 1\nRETRN n", 3, 1, "RETRN n"),
        ("PROFILE MATCH (n) RETRN n", 1, 19, "RETRN n"),
    ]:
        with pytest.raises(QueryRefused) as err:
            raw_cypher(store, query)
        message = str(err.value)
        assert "EXPLAIN" not in message and "SyntaxError" in message
        assert f"(line {line}, column {column} " in message and f"at {near!r}" in message


def test_rejected_maps_the_server_position_back_to_the_typed_query():
    """No server needed: the message Neo4j 5.26 gives for the EXPLAIN kg sends."""
    server = ("Invalid input 'RETRN': expected a graph pattern, 'WITH' or <EOF> "
              "(line 1, column 19 (offset: 18))\n\"EXPLAIN MATCH (n) RETRN n\"\n                   ^")
    message = str(rejected("Neo.ClientError.Statement.SyntaxError", server, "MATCH (n) RETRN n", "EXPLAIN "))
    assert "EXPLAIN" not in message
    assert "(line 1, column 11 (offset: 10)) in 'MATCH (n) RETRN n', at 'RETRN n'" in message
    sent = server.replace("EXPLAIN MATCH", "EXPLAIN  MATCH").replace("column 19 (offset: 18)", "column 20 (offset: 19)")
    again = rejected("X", sent, "PROFILE MATCH (n) RETRN n",
                     "EXPLAIN ", len("PROFILE"))
    assert "(line 1, column 19 (offset: 18))" in str(again)
