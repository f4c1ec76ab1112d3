"""kg.export.render: RDF parses back with one org:Post per HOLDS; GraphML and JSON are readable."""

import io
import json

import networkx as nx
import pytest
import rdflib
from rdflib import RDF
import rdflib.namespace as ns

from kg.errors import ConfigError
from kg.export.render import KG, export
from kg.graph.build import build_graph
from tests.support.records import PAGE_A, PAGE_B


@pytest.fixture(scope="module")
def graph():
    b = build_graph([PAGE_A, PAGE_B])
    return b.nodes, b.rels


def test_turtle_parses_back_with_one_post_per_holds(graph):
    nodes, rels = graph
    g = rdflib.Graph().parse(data=export(nodes, rels, "turtle"), format="turtle")
    holds = [r for r in rels if r.type == "HOLDS"]
    posts = set(g.subjects(RDF.type, ns.ORG.Post))
    assert len(posts) == len(holds) == 2
    for r in holds:
        post = KG[r.key]
        assert (KG[r.start_key], ns.ORG.holds, post) in g
        assert (post, ns.ORG.postIn, KG[r.end_key]) in g
        assert set(g.objects(post, ns.PROV.wasDerivedFrom)) == {KG[a] for a in r.props["articles"]}
    assert len(set(g.subjects(RDF.type, ns.SDO.Person))) == 3
    assert len(set(g.subjects(RDF.type, ns.ORG.Organization))) == 2


@pytest.mark.parametrize("fmt,parser", [("jsonld", "json-ld"), ("nt", "nt")])
def test_other_rdf_formats_parse(graph, fmt, parser):
    turtle = rdflib.Graph().parse(data=export(*graph, "turtle"), format="turtle")
    other = rdflib.Graph().parse(data=export(*graph, fmt), format=parser)
    assert len(other) == len(turtle)


def test_ontology_file_parses():
    from kg.store.cypher import data_dirs

    (path,) = [d / "ontology.ttl" for d in data_dirs("schema") if (d / "ontology.ttl").exists()][:1]
    g = rdflib.Graph().parse(path, format="turtle")
    assert len(g) > 50


def test_graphml_for_gephi(graph):
    nodes, rels = graph
    g = nx.read_graphml(io.StringIO(export(nodes, rels, "graphml")))
    assert g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(rels)


def test_json_export(graph):
    nodes, rels = graph
    data = json.loads(export(nodes, rels, "json"))
    assert len(data["nodes"]) == len(nodes) and len(data["relationships"]) == len(rels)
    assert {r["type"] for r in data["relationships"]} >= {"HOLDS", "REPORTED_IN"}


def test_unknown_format(graph):
    with pytest.raises(ConfigError, match="turtle"):
        export(*graph, "rdfxml")
