"""kg.query.neighbourhood (`kg view`'s graph): start nodes by kind and name, hops, articles
drawn but not walked through, the node limit, and the same subgraph on Neo4j and on the
embedded store (queries/view_*.cypher and their twins in kg.store.embedded_view)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.config import Settings
from kg.errors import ConfigError, NotFound
from kg.pipeline import ingest
from kg.query.neighbourhood import neighbourhood, seeds
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from tests.query.test_lookups import HOSTILE, outcome
from tests.support.paths import DEV

INSPECTION = "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作"


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    path = tmp_path_factory.mktemp("dev") / "dev.kgstore"
    assert not ingest([DEV], Settings.resolve("embedded", path), index=DEV / "index.json").errors
    return EmbeddedStore(path)


def named(sub) -> dict[str, dict]:
    return {n.get("name") or n.get("caption") or n.get("title"): n for n in sub.nodes}


def test_one_hop_from_a_person_reaches_posts_events_and_articles(dev):
    sub = neighbourhood(dev, "person", "赵毅", depth=1)
    nodes = named(sub)
    assert nodes["赵毅"]["depth"] == 0 and sub.seeds == (nodes["赵毅"]["key"],)
    assert {n["label"] for n in sub.nodes} == {"Person", "Office", "Event", "Article"}
    assert {"高新区党工委", "高新区管委会", INSPECTION} <= set(nodes)
    assert all(n["depth"] == 1 for k, n in nodes.items() if k != "赵毅")
    holds = {r["title"] for r in sub.rels if r["type"] == "HOLDS"}
    assert holds == {"委员", "副主任"}
    (inspected,) = [r for r in sub.rels if r["type"] == "INSPECTED"]
    assert inspected["end"] == nodes[INSPECTION]["key"]
    assert any("赵毅到石佛办事处" in s for s in inspected["sentences"])


def test_two_hops_reach_the_place_and_colleagues_but_not_through_articles(dev):
    sub = neighbourhood(dev, "person", "赵毅", depth=2)
    nodes = named(sub)
    assert nodes["石佛办事处"]["depth"] == 2 and nodes["张红军"]["depth"] == 2
    assert "孙庆辉" not in nodes  # the inspection article's reporter: only reached through the article
    keys = {n["key"] for n in sub.nodes}
    assert all(r["start"] in keys and r["end"] in keys for r in sub.rels)
    # relationships between nodes of the last hop and earlier ones are drawn too
    mentioned = {(r["start"], r["end"]) for r in sub.rels if r["type"] == "MENTIONED_IN"}
    assert any(s == nodes["张红军"]["key"] for s, _ in mentioned)
    assert len(neighbourhood(dev, "person", "赵毅", depth=3).nodes) > len(sub.nodes)


def test_limit_cuts_the_walk_and_says_so(dev):
    sub = neighbourhood(dev, "person", "赵毅", depth=2, limit=3)
    assert len(sub.nodes) == 3 and sub.truncated and sub.seeds[0] in {n["key"] for n in sub.nodes}
    assert not neighbourhood(dev, "person", "赵毅", depth=2).truncated


def test_kinds_find_their_start_nodes(dev):
    (street,) = seeds(dev, "district", "梧桐办事处")  # a printed alias of 梧桐街道
    assert dev.query("view_nodes", keys=[street])[0]["name"] == "梧桐街道"
    offices = seeds(dev, "office", "高新区管委会")
    assert len(offices) == 2  # the Zhengzhou zone's and the other paper's 高新区
    (visit,) = seeds(dev, "event", "核酸检测")
    assert seeds(dev, "event", visit) == [visit]
    assert visit in seeds(dev, "event", "2022-01-05")
    assert seeds(dev, "person", "赵") == seeds(dev, "person", "赵毅")  # prefix when nothing is exact
    sub = neighbourhood(dev, "event", "核酸检测", depth=1)
    assert {"赵毅", "石佛办事处"} <= set(named(sub))


def test_nothing_found_and_bad_arguments(dev, tmp_path):
    with pytest.raises(NotFound, match="no person named '没有此人'"):
        neighbourhood(dev, "person", "没有此人")
    with pytest.raises(NotFound, match="no event with the key"):
        neighbourhood(dev, "event", "e-0000")
    with pytest.raises(NotFound, match="no kind"):
        neighbourhood(dev, "article", "x")
    with pytest.raises(ConfigError, match="depth"):
        neighbourhood(dev, "person", "赵毅", depth=0)
    with pytest.raises(NotFound, match="empty"):
        neighbourhood(EmbeddedStore(tmp_path / "none.kgstore"), "person", "赵毅")


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_values(dev, name):
    before = dev.counts()
    for kind in ("person", "office", "district", "event"):
        with pytest.raises(NotFound):
            neighbourhood(dev, kind, name)
    assert dev.counts() == before


def test_the_same_subgraph_on_both_stores(clean_neo4j, neo4j_settings, tmp_path):
    emb_settings = Settings.resolve("embedded", tmp_path / "dev.kgstore")
    for settings in (emb_settings, replace(emb_settings, backend="neo4j", neo4j=neo4j_settings)):
        assert not ingest([DEV], settings, index=DEV / "index.json").errors
    emb = EmbeddedStore(emb_settings.store_path)
    ents = emb.query("entities")
    kinds = {"Person": "person", "Office": "office", "District": "district"}
    cases = sorted({(kinds[e["label"]], e["name"]) for e in ents if e["label"] in kinds})
    cases += [("event", e["key"]) for e in ents if e["label"] == "Event"]
    cases += [("event", "会议"), ("event", "2022-01"), ("event", "没有"), ("person", "王"), ("district", "梧桐办事处")]
    with Neo4jStore(neo4j_settings) as neo:
        keys = sorted(n.key for n in emb.snapshot()[0])
        assert neo.query("view_nodes", keys=keys) == emb.query("view_nodes", keys=keys)
        assert neo.query("view_rels", keys=keys) == emb.query("view_rels", keys=keys)
        results = [(kind, name, depth, outcome(lambda s: neighbourhood(s, kind, name, depth=depth), neo),
                    outcome(lambda s: neighbourhood(s, kind, name, depth=depth), emb))
                   for kind, name in cases for depth in (1, 2)]
    assert [r[:3] for r in results if r[3] != r[4]] == []
    assert sum(not isinstance(r[4], tuple) for r in results) > 100  # most cases draw a graph
