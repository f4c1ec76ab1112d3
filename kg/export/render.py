"""Exports of a store snapshot: RDF (Turtle, JSON-LD, N-Triples), GraphML and JSON.

RDF follows schema/ontology.ttl: nodes are typed with the kg class and its standard
counterpart (schema:Person, org:Organization + schema:GovernmentOrganization, schema:Place,
schema:Event, schema:NewsArticle + prov:Entity). Every HOLDS relationship becomes one
`org:Post` (person `org:holds` post, post `org:postIn` office, `org:heldBy` person, its title,
first/last seen dates and `prov:wasDerivedFrom` its articles). Every REPORTED_IN becomes a
`kgo:Mention` (GDELT's mention record: article, sentence, sentence text, character span).
GraphML (networkx) is for Gephi: list properties are joined with "; ".
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS

from kg.errors import ConfigError
from kg.graph.model import Node, Rel

FORMATS = ("turtle", "jsonld", "nt", "graphml", "json")
KG = Namespace("urn:kg:id:")
KGO = Namespace("urn:kg:ontology#")
CLASSES = {
    "Person": (SDO.Person,),
    "Office": (ORG.Organization, SDO.GovernmentOrganization),
    "District": (SDO.Place,),
    "Event": (SDO.Event,),
    "Article": (SDO.NewsArticle, PROV.Entity),
}
ROLE_PROPS = {"CHAIRED": KGO.chaired, "ATTENDED": KGO.attended, "SPOKE_AT": KGO.spokeAt,
              "INSPECTED": KGO.inspected, "ACCOMPANIED": KGO.accompanied}


def _date(v: str | None) -> Literal | None:
    return Literal(v, datatype=XSD.date) if v else None


def to_rdf(nodes: Sequence[Node], rels: Sequence[Rel]) -> Graph:
    g = Graph()
    for prefix, ns in (("kg", KG), ("kgo", KGO), ("schema", SDO), ("org", ORG), ("prov", PROV),
                       ("skos", SKOS)):
        g.bind(prefix, ns)
    labels = {}
    for n in nodes:
        s, p = KG[n.key], n.props
        labels[n.key] = n.label
        g.add((s, RDF.type, KGO[n.label]))
        for c in CLASSES[n.label]:
            g.add((s, RDF.type, c))
        if n.label == "District" and p.get("kind") == "admin":
            g.add((s, RDF.type, SDO.AdministrativeArea))
        for key, pred in (("name", SDO.name), ("title", SDO.headline), ("summary", SDO.description),
                          ("type", KGO.eventType), ("home", KGO.home), ("level", KGO.level),
                          ("source", KGO.source), ("content_hash", KGO.contentHash), ("text", SDO.text)):
            if p.get(key) is not None:
                g.add((s, pred, Literal(p[key])))
        if p.get("name"):
            g.add((s, RDFS.label, Literal(p["name"])))
        for alias in p.get("aliases") or []:
            if alias != p.get("name"):
                g.add((s, SDO.alternateName, Literal(alias)))
        if p.get("date"):
            g.add((s, SDO.startDate, _date(p["date"])))
        if p.get("published"):
            g.add((s, SDO.datePublished, _date(p["published"])))
        if p.get("url"):
            g.add((s, SDO.url, URIRef(p["url"])))
    for r in rels:
        s, o, p = KG[r.start_key], KG[r.end_key], r.props
        derived = [KG[a] for a in p.get("articles") or []]
        if r.type == "HOLDS":
            post = KG[r.key]
            g.add((post, RDF.type, ORG.Post))
            g.add((s, ORG.holds, post))
            g.add((post, ORG.heldBy, s))
            g.add((post, ORG.postIn, o))
            g.add((post, SKOS.prefLabel, Literal(p["title"])))
            g.add((post, KGO.title, Literal(p["title"])))
            for k, pred in (("first_seen", KGO.firstSeen), ("last_seen", KGO.lastSeen)):
                if p.get(k):
                    g.add((post, pred, _date(p[k])))
            for a in derived:
                g.add((post, PROV.wasDerivedFrom, a))
        elif r.type in ROLE_PROPS:
            g.add((s, ROLE_PROPS[r.type], o))
            if r.type == "ATTENDED":
                g.add((o, SDO.attendee, s))
        elif r.type == "REPORTED_BY":
            g.add((s, SDO.author if p.get("role") == "记者" else SDO.contributor, o))
        elif r.type == "HELD_IN":
            g.add((s, SDO.location, o))
        elif r.type == "PART_OF":
            if labels.get(r.start_key) == "Office" and labels.get(r.end_key) == "Office":
                g.add((s, ORG.subOrganizationOf, o))
            elif labels.get(r.start_key) == "District":
                g.add((s, SDO.containedInPlace, o))
            g.add((s, KGO.partOf, o))
        elif r.type == "MENTIONED_IN":
            g.add((s, SDO.subjectOf, o))
        elif r.type == "REPORTED_IN":
            g.add((s, SDO.subjectOf, o))
            m = KG[r.key]
            g.add((m, RDF.type, KGO.Mention))
            g.add((m, KGO.mentionOf, s))
            g.add((m, PROV.wasDerivedFrom, o))
            for k, pred in (("sentence", KGO.sentence), ("start", KGO.start), ("end", KGO.end),
                            ("sentence_text", KGO.sentenceText), ("text", KGO.text)):
                if p.get(k) is not None:
                    g.add((m, pred, Literal(p[k])))
    return g


def to_graphml(nodes: Sequence[Node], rels: Sequence[Rel]) -> str:
    g = nx.MultiDiGraph()

    def flat(props):
        return {k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v
                for k, v in props.items() if v is not None}

    for n in nodes:
        g.add_node(n.key, label=n.label, **flat(n.props))
    for r in rels:
        g.add_edge(r.start_key, r.end_key, key=r.key, type=r.type, **flat(r.props))
    return "\n".join(nx.generate_graphml(g)) + "\n"


def to_json(nodes: Sequence[Node], rels: Sequence[Rel]) -> str:
    data = {"nodes": [{"label": n.label, "key": n.key, "props": dict(n.props)} for n in nodes],
            "relationships": [{"type": r.type, "key": r.key, "start": r.start_key, "end": r.end_key,
                               "props": dict(r.props)} for r in rels]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def export(nodes: Sequence[Node], rels: Sequence[Rel], fmt: str) -> str:
    if fmt == "json":
        return to_json(nodes, rels)
    if fmt == "graphml":
        return to_graphml(nodes, rels)
    rdf = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}.get(fmt)
    if rdf is None:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out = to_rdf(nodes, rels).serialize(format=rdf)
    return out if isinstance(out, str) else io.BytesIO(out).read().decode("utf-8")
