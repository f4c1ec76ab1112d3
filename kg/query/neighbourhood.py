"""A node's neighbourhood as a small graph (`kg view`), from either store.

`neighbourhood` finds the start nodes (a person, office, district or event by name:
queries/view_seeds), then walks `depth` hops along every relationship
(queries/view_rels, one query per hop), and reads the nodes it reached
(queries/view_nodes). Articles are drawn but never walked through: an article links
everybody it names, so stepping through it would pull in whole pages. The walk stops
adding nodes at `limit`; the result says when it did. The relationships kept are all those
between the nodes kept, with the sentences they were read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.errors import ConfigError, NotFound
from kg.ids import label_of
from kg.query.lookups import clean, nothing
from kg.store.base import Store

KINDS = ("person", "office", "district", "event")
_WHAT = {"person": "person", "office": "office", "district": "district or place", "event": "event"}
MAX_DEPTH = 5
Row = dict[str, Any]


@dataclass(frozen=True)
class Subgraph:
    """Nodes (rows of view_nodes, plus `depth`: hops from a start node) and relationships
    (rows of view_rels), both sorted by key; `seeds` are the start nodes' keys."""

    seeds: tuple[str, ...]
    nodes: tuple[Row, ...]
    rels: tuple[Row, ...]
    depth: int
    truncated: bool = False
    query: dict[str, Any] = field(default_factory=dict)


def seeds(store: Store, kind: str, name: str) -> list[str]:
    """Keys of the nodes named `name` of `kind`: exact names (or aliases, or an event's key)
    first, else prefixes (an event: words of its caption or summary)."""
    if kind not in KINDS:
        raise NotFound(f"no kind {kind!r} to view: use one of {', '.join(KINDS)}")
    name = clean(name, "event key or words of its caption" if kind == "event" else "name")
    keys = [r["key"] for r in store.query("view_seeds", kind=kind, name=name)]
    if not keys:
        raise nothing(store, f"no event with the key {name!r} or with it in its caption or summary"
                      if kind == "event" else f"no {_WHAT[kind]} named {name!r} or with a name starting with it")
    return keys


def neighbourhood(store: Store, kind: str, name: str, depth: int = 2, limit: int = 300) -> Subgraph:
    """The nodes within `depth` hops of the nodes `name` names, and the relationships
    between them (at most `limit` nodes; start nodes always count)."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ConfigError(f"depth {depth} is out of range: use 1 to {MAX_DEPTH}")
    if limit < 1:
        raise ConfigError(f"limit {limit} is out of range: use 1 or more")
    start = seeds(store, kind, name)
    hops: dict[str, int] = {k: 0 for k in start}
    rels: dict[str, Row] = {}
    frontier, truncated = list(start), False
    for hop in range(1, depth + 2):  # the last pass only closes relationships among the nodes kept
        walk = [k for k in frontier if label_of(k) != "Article"]
        if not walk:
            break
        found = []
        for r in store.query("view_rels", keys=walk):
            for end in (r["start"], r["end"]):
                if end not in hops:
                    if hop > depth:
                        break
                    if len(hops) >= limit:
                        truncated = True
                        break
                    hops[end] = hop
                    found.append(end)
            else:
                rels[r["key"]] = r
        frontier = found
    nodes = [{**r, "depth": hops[r["key"]]} for r in store.query("view_nodes", keys=sorted(hops))]
    kept = {n["key"] for n in nodes}
    edges = [r for k, r in sorted(rels.items()) if r["start"] in kept and r["end"] in kept]
    return Subgraph(tuple(start), tuple(nodes), tuple(edges), depth, truncated,
                    {"kind": kind, "name": name, "depth": depth, "limit": limit})
