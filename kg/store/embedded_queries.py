"""Named queries of the embedded store: Python twins of queries/<name>.cypher.

Each function takes the networkx MultiDiGraph (node attrs: `label` + properties; edge key =
relationship key, edge attrs: `type` + properties) and the query's parameters, and returns
the same rows (same columns) as the Cypher file of the same name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import networkx as nx

Rows = list[dict[str, Any]]
QUERIES: dict[str, Callable[..., Rows]] = {}
ROLE_TYPES = {"CHAIRED", "ATTENDED", "SPOKE_AT", "INSPECTED", "ACCOMPANIED"}


def embedded_query(name: str):
    def register(fn: Callable[..., Rows]) -> Callable[..., Rows]:
        QUERIES[name] = fn
        return fn

    return register


def nodes_of(g: nx.MultiDiGraph, label: str):
    return ((k, d) for k, d in g.nodes(data=True) if d.get("label") == label)


@embedded_query("count_labels")
def count_labels(g: nx.MultiDiGraph) -> Rows:
    c = Counter(d["label"] for _, d in g.nodes(data=True))
    return [{"label": k, "count": v} for k, v in sorted(c.items())]


@embedded_query("count_types")
def count_types(g: nx.MultiDiGraph) -> Rows:
    c = Counter(d["type"] for _, _, d in g.edges(data=True))
    return [{"type": k, "count": v} for k, v in sorted(c.items())]


@embedded_query("article_states")
def article_states(g: nx.MultiDiGraph, ids: list[str], sources: list[str]) -> Rows:
    ids_, srcs = set(ids), set(sources)
    return [{"key": k, "source": d.get("source"), "index": d.get("index"), "title": d.get("title"),
             "url": d.get("url"), "content_hash": d.get("content_hash"), "published": d.get("published")}
            for k, d in nodes_of(g, "Article") if k in ids_ or d.get("source") in srcs]


@embedded_query("origin_scopes")
def origin_scopes(g: nx.MultiDiGraph, origins: list[str]) -> Rows:
    wanted = set(origins)
    pairs = {(d["origin"], d.get("scope")) for _, d in nodes_of(g, "Article") if d.get("origin") in wanted}
    return [{"origin": o, "scope": s} for o, s in sorted(pairs)]


@embedded_query("articles_for")
def articles_for(g: nx.MultiDiGraph, target: str, sources: list[str]) -> Rows:
    srcs = set(sources)
    rows = [{"key": k, "source": d.get("source"), "index": d.get("index"), "title": d.get("title")}
            for k, d in nodes_of(g, "Article") if k == target or d.get("source") in srcs]
    return sorted(rows, key=lambda r: (r["source"] or "", r["index"] or 0))


@embedded_query("person_candidates")
def person_candidates(g: nx.MultiDiGraph, names: list[str]) -> Rows:
    wanted = set(names)
    rows = []
    for k, d in nodes_of(g, "Person"):
        if d.get("name") not in wanted:
            continue
        out = [(a, t, e) for _, a, e in g.out_edges(k, data=True) for t in [e["type"]]]
        scopes = sorted({g.nodes[a].get("scope") for a, t, _ in out if t == "MENTIONED_IN"} - {None})
        posts = sorted({f"{g.nodes[o]['scope']}|{g.nodes[o]['name']}|{e['title']}" for o, t, e in out
                        if t == "HOLDS" and g.nodes[o].get("scope") is not None})
        rows.append({"key": k, "name": d["name"], "home": d.get("home"), "home_rank": d.get("home_rank"),
                     "home_level": d.get("home_level"), "scopes": scopes, "posts": posts})
    return rows


@embedded_query("event_candidates")
def event_candidates(g: nx.MultiDiGraph, sigs: list[str]) -> Rows:
    wanted = set(sigs)
    return [{"key": k, "sig": d["sig"],
             "participants": sorted({p for p, _, t in g.in_edges(k, data="type") if t in ROLE_TYPES})}
            for k, d in nodes_of(g, "Event") if d.get("sig") in wanted]


@embedded_query("entities")
def entities(g: nx.MultiDiGraph) -> Rows:
    rows = [{"label": d["label"], "key": k, "name": d.get("name", d.get("summary")),
             "basis": d.get("basis"), "home": d.get("home"), "scope": d.get("scope"),
             "sig": d.get("sig"), "articles": d.get("articles"), "aliases": d.get("aliases")}
            for k, d in g.nodes(data=True) if d.get("label") in ("Person", "Office", "District", "Event")]
    return sorted(rows, key=lambda r: (r["label"], r["key"]))


@embedded_query("source_links")
def source_links(g: nx.MultiDiGraph) -> Rows:
    c = Counter((d["origin"], d["scope"]) for _, d in nodes_of(g, "Article")
                if d.get("origin") and d.get("origin") != d.get("scope"))
    return [{"origin": o, "scope": s, "articles": n} for (o, s), n in sorted(c.items())]
