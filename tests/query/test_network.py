"""kg.query.network: the co-attendance graph, its centrality and communities, GraphML."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import NotFound
from kg.graph.build import build_graph
from kg.query.network import coattendance_graph, network
from kg.store.embedded import EmbeddedStore
from tests.support.records import record


def meeting(i, names):
    return record("召开会议," + "、".join(names) + "出席。", source="m.txt", index=i, published="2022-03-01",
                  events=[("meeting", "2022-03-01", [], [(n, "attended") for n in names])])


@pytest.fixture
def two_groups(tmp_path):
    """Two meetings of three people each, joined by 丁四, who attended both."""
    store = EmbeddedStore(tmp_path / "net.kgstore")
    store.write(build_graph([meeting(0, ["甲一", "乙二", "丙三", "丁四"]),
                             meeting(1, ["丁四", "戊五", "己六", "庚七"]),
                             meeting(2, ["甲一", "乙二"])]))
    return store


def test_the_broker_is_most_central(two_groups):
    rows = network(two_groups, top=3, by="betweenness")
    assert rows[0]["name"] == "丁四" and rows[0]["rank"] == 1
    assert rows[0]["degree"] == 6 and rows[0]["betweenness"] == pytest.approx(9 / 15, abs=1e-4)
    assert [r["name"] for r in network(two_groups, top=1)] == ["丁四"]  # by degree too


def test_weights_and_communities(two_groups):
    g = coattendance_graph(two_groups)
    key = {d["name"]: n for n, d in g.nodes(data=True)}
    assert g.edges[key["甲一"], key["乙二"]]["weight"] == 2
    rows = {r["name"]: r for r in network(two_groups, top=100)}
    assert rows["甲一"]["shared_events"] == 4 and rows["甲一"]["events"] == 2
    assert rows["甲一"]["community"] == rows["丙三"]["community"] != rows["戊五"]["community"]
    assert rows["戊五"]["community"] == rows["庚七"]["community"]
    assert network(two_groups, top=100) == network(two_groups, top=100)  # deterministic


def test_graphml_export(two_groups, tmp_path):
    out = tmp_path / "net.graphml"
    network(two_groups, top=2, graphml=out)
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 12
    assert {d["name"] for _, d in g.nodes(data=True)} >= {"丁四", "甲一"}
    assert all("betweenness" in d and "community" in d for _, d in g.nodes(data=True))


def test_empty_store(tmp_path):
    with pytest.raises(NotFound, match="empty"):
        network(EmbeddedStore(tmp_path / "none.kgstore"))
