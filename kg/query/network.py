"""The co-attendance network (`kg network`): officials linked by the events they shared.

Nodes are the people with a role at an event (queries/attendance.cypher); an edge joins
two people who took part in the same event, weighted by how many events they shared.
Centrality is computed with networkx: degree (how many people someone met), weighted
degree (shared events summed over those people), betweenness (how often someone lies on
the shortest paths between others: the brokers between groups, normalised) and
communities by greedy modularity maximisation (Clauset-Newman-Moore), which is
deterministic. The graph can be written as GraphML for Gephi or yEd.
"""

from __future__ import annotations

import os
from itertools import combinations
from typing import Any

import networkx as nx

from kg.errors import InputError, NotFound
from kg.query.lookups import nothing
from kg.store.base import Store

ORDERS = ("degree", "betweenness")


def coattendance_graph(store: Store) -> nx.Graph:
    """People as nodes (`name`, `events`), shared events as weighted edges (`weight`)."""
    attended: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for r in store.query("attendance"):
        names[r["key"]] = r["name"]
        attended.setdefault(r["event"], set()).add(r["key"])
    g = nx.Graph()
    for key in sorted(names):
        g.add_node(key, name=names[key], events=sum(key in ps for ps in attended.values()))
    for event in sorted(attended):
        for a, b in combinations(sorted(attended[event]), 2):
            w = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
            g.add_edge(a, b, weight=w)
    return g


def analyse(g: nx.Graph) -> dict[str, dict[str, Any]]:
    """Per person: degree, weighted degree, betweenness, community number and size.
    Communities are numbered from 1 by size (largest first), then by their first key."""
    between = nx.betweenness_centrality(g, normalized=True)
    groups = nx.community.greedy_modularity_communities(g, weight="weight") if g.number_of_edges() else [
        {n} for n in g.nodes]
    groups = sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))
    community = {n: (i, len(c)) for i, c in enumerate(groups, 1) for n in c}
    return {n: {"degree": g.degree(n), "shared_events": g.degree(n, weight="weight"),
                "betweenness": round(between[n], 4), "community": community[n][0],
                "community_size": community[n][1]} for n in g.nodes}


def network(store: Store, top: int = 20, by: str = "degree",
            graphml: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """The `top` most central people of the co-attendance network, most central first,
    ordered `by` degree (then betweenness) or betweenness (then degree). With `graphml`,
    the whole network, measures on its nodes, is also written to that file."""
    if by not in ORDERS:
        raise NotFound(f"cannot order by {by!r}: use one of {', '.join(ORDERS)}")
    g = coattendance_graph(store)
    if g.number_of_nodes() == 0:
        raise nothing(store, "no event with a named participant is stored, so there is no network")
    stats = analyse(g)
    if graphml is not None:
        write_graphml(g, stats, graphml)

    def rank(n: str):
        s = stats[n]
        first, second = (s["degree"], s["betweenness"]) if by == "degree" else (s["betweenness"], s["degree"])
        return (-first, -second, g.nodes[n]["name"], n)

    rows = []
    for i, n in enumerate(sorted(g.nodes, key=rank)[:max(0, top)], 1):
        rows.append({"rank": i, "name": g.nodes[n]["name"], "key": n, "events": g.nodes[n]["events"],
                     **stats[n]})
    return rows


def write_graphml(g: nx.Graph, stats: dict[str, dict[str, Any]], path: str | os.PathLike) -> None:
    """Write the network, with the centrality measures on its nodes, as GraphML."""
    g = g.copy()
    for n, s in stats.items():
        g.nodes[n].update(s)
    try:
        nx.write_graphml(g, path)
    except OSError as e:
        raise InputError(path, f"cannot write the network: {e.strerror or e}") from None
