"""kg.store.neo4j against the real server: schema, parity with the embedded store,
idempotence, all-or-nothing batches, forget, routing URIs, databases, clear errors."""

import re
from dataclasses import replace

import pytest

from kg.store.cypher import statements
from kg.errors import StoreError
from kg.graph.build import build_graph
from kg.graph.model import GraphBatch
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from tests.support.records import PAGE_A, PAGE_B, record


@pytest.fixture
def store(clean_neo4j, neo4j_settings):
    s = Neo4jStore(neo4j_settings)
    s.init()
    yield s
    s.close()


def schema_names(file):
    return {re.search(r"(?:CONSTRAINT|INDEX)\s+(\w+)", s).group(1) for s in statements(file, "schema")}


def test_show_constraints_lists_the_schema(store, clean_neo4j, neo4j_settings):
    store.init()  # second time: idempotent
    with clean_neo4j.session(database=neo4j_settings.database) as s:
        constraints = {r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name")}
        indexes = {r["name"]: r["type"] for r in s.run("SHOW INDEXES YIELD name, type")}
    assert schema_names("constraints") <= constraints
    assert schema_names("indexes") <= set(indexes)
    assert indexes["names"] == "FULLTEXT"


def test_same_graph_as_the_embedded_store(store, tmp_path):
    batch = build_graph([PAGE_A, PAGE_B])
    emb = EmbeddedStore(tmp_path / "g.kgstore")
    emb.write(batch)
    store.write(batch)
    assert store.counts() == emb.counts()
    assert store.snapshot() == emb.snapshot()
    store.write(batch)  # again: nothing changes
    assert store.snapshot() == emb.snapshot()


def test_batches_merge_like_the_embedded_store(store, tmp_path):
    emb = EmbeddedStore(tmp_path / "g.kgstore")
    for batch in (build_graph([PAGE_A]), build_graph([PAGE_B])):
        emb.write(batch)
        store.write(batch)
    assert store.snapshot() == emb.snapshot()


def test_a_failing_batch_writes_nothing(store):
    store.write(build_graph([PAGE_A]))
    before = store.snapshot()
    good = build_graph([PAGE_B])
    # a map value is not a storable property: the Event upsert fails after Person, Office
    # and District rows of the same transaction were written
    bad_event = next(n for n in good.nodes if n.label == "Event")
    bad = GraphBatch(tuple(replace(n, props={**n.props, "summary": {"nested": "map"}}) if n is bad_event else n
                           for n in good.nodes), good.rels)
    with pytest.raises(StoreError, match="NEO4J_URI="):
        store.write(bad)
    assert store.snapshot() == before


def test_forget_matches_the_embedded_store(store, tmp_path):
    emb = EmbeddedStore(tmp_path / "g.kgstore")
    batch = build_graph([PAGE_A, PAGE_B])
    emb.write(batch)
    store.write(batch)
    emb.forget_ids([PAGE_A.article.id])
    store.forget_ids([PAGE_A.article.id])
    assert store.snapshot() == emb.snapshot()
    labels = store.counts()["labels"]
    assert labels["Article"] == 1 and labels["Event"] == 1


def test_replace_in_the_same_transaction(store):
    store.write(build_graph([PAGE_A]))
    fixed = record(PAGE_A.article.text.replace("专题会议", "专题会"), source="page.txt", index=0,
                   people={"李建国": [("高新区党工委", "委员")]},
                   events=[("meeting", None, [], [("李建国", "attended")])])
    store.write(build_graph([fixed]), replace=[PAGE_A.article.id])
    arts = store.query("article_states", ids=[PAGE_A.article.id, fixed.article.id], sources=[])
    assert [a["key"] for a in arts] == [fixed.article.id]
    assert store.counts()["types"].get("SPOKE_AT", 0) == 0


def test_routing_uri_and_named_database(clean_neo4j, neo4j_settings):
    routed = replace(neo4j_settings, uri=neo4j_settings.uri.replace("bolt://", "neo4j://"),
                     database=neo4j_settings.database or "neo4j")
    with Neo4jStore(routed) as s:
        s.init()
        s.write(build_graph([PAGE_A]))
        assert s.counts()["labels"]["Article"] == 1
        st = s.status()
    assert st["reachable"] and st["version"].startswith("Neo4j Kernel 5.")


def test_unknown_database_is_one_clear_line(clean_neo4j, neo4j_settings):
    with Neo4jStore(replace(neo4j_settings, database="nosuchdb")) as s:
        with pytest.raises(StoreError) as e:
            s.counts()
    msg = str(e.value)
    assert "NEO4J_URI=" in msg and "\n" not in msg


def test_bad_credentials_never_show_the_password(neo4j_driver, neo4j_settings):
    bad = replace(neo4j_settings, username="kg_no_such_user", password="kg-secret-pw-123")
    with Neo4jStore(bad) as s:
        with pytest.raises(StoreError) as e:
            s.counts()
        st = s.status()
    assert "NEO4J_URI=" in str(e.value) and "kg-secret-pw-123" not in str(e.value)
    assert st["reachable"] is False and "kg-secret-pw-123" not in st["error"]


def test_unreachable_server_fails_fast():
    from kg.config import Neo4jSettings

    with Neo4jStore(Neo4jSettings("bolt://127.0.0.1:9", "neo4j", "x")) as s:
        with pytest.raises(StoreError, match=r"cannot reach Neo4j at NEO4J_URI=bolt://127.0.0.1:9"):
            s.counts()


def test_made_up_namesakes_in_different_districts_stay_two_nodes(store, clean_neo4j, neo4j_settings):
    a = record("金水区委书记王伟主持会议。", source="a.txt", people={"王伟": [("金水区委", "书记")]},
               events=[("meeting", None, [], [("王伟", "chaired")])])
    b = record("二七区委书记王伟主持会议。", source="a.txt", index=1, people={"王伟": [("二七区委", "书记")]},
               events=[("meeting", None, [], [("王伟", "chaired")])])
    c = record("二七区区长王伟调研。", source="http://b.example.cn/1", people={"王伟": [("二七区政府", "区长")]})
    store.write(build_graph([a, b, c]))
    with clean_neo4j.session(database=neo4j_settings.database) as s:
        homes = sorted(r["home"] for r in s.run("MATCH (p:Person {name: $n}) RETURN p.home AS home", n="王伟"))
        offices = s.run("MATCH (p:Person {name: $n, home: $h})-[:HOLDS]->(o:Office) "
                        "RETURN collect(o.name) AS o", n="王伟", h="二七区").single()["o"]
    assert homes == ["二七区", "金水区"]
    assert sorted(offices) == ["二七区委", "二七区政府"]
