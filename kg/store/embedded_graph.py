"""A read-only view of the embedded store's graph that loads only what a query touches.

The lookup twins (kg.store.embedded_queries, embedded_lookups, embedded_walk) walk a
graph: a node's properties, the relationships leaving or entering it, the nodes of a
label whose name starts with a prefix. `StoredGraph` answers each of those with one
indexed SQL query, inside the read transaction of the store's `query` (one consistent
snapshot: never half a batch), and keeps what it read for the rest of that query.
Nodes are dicts `{"label": ..., **props}`, relationships `{"type": ..., **props}`, as
in a networkx MultiDiGraph.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from kg.store.embedded_sql import NODE_SELECT, REL_SELECT, chunks, marks, node_of, rel_of

Edge = tuple[str, str, dict[str, Any]]


def prefix_range(prefix: str) -> tuple[str, str | None]:
    """[low, high) of the strings starting with `prefix`, in SQLite's BINARY order (UTF-8
    bytes, the same as code points): high is the prefix with its last character advanced."""
    for i in range(len(prefix) - 1, -1, -1):
        if ord(prefix[i]) < 0x10FFFF:
            nxt = ord(prefix[i]) + 1
            if 0xD800 <= nxt <= 0xDFFF:
                nxt = 0xE000
            return prefix, prefix[:i] + chr(nxt)
    return prefix, None


class _Nodes:
    def __init__(self, graph: "StoredGraph") -> None:
        self._g = graph

    def __getitem__(self, key: str) -> dict[str, Any]:
        d = self._g.node(key)
        if d is None:
            raise KeyError(key)
        return d


class StoredGraph:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.nodes = _Nodes(self)
        self._nodes: dict[str, dict[str, Any] | None] = {}
        self._out: dict[str, list[Edge]] = {}
        self._in: dict[str, list[Edge]] = {}
        self._published: dict[str, str | None] = {}

    # -- nodes ---------------------------------------------------------------------
    def _keep(self, row: tuple) -> tuple[str, dict[str, Any]]:
        key, label, props = node_of(row)
        d = self._nodes.get(key)
        if d is None:
            d = self._nodes[key] = {"label": label, **props}
        return key, d

    def node(self, key: str) -> dict[str, Any] | None:
        if key not in self._nodes:
            self.load([key])
        return self._nodes[key]

    def load(self, keys: Iterable[str]) -> None:
        """Read these nodes (those not read yet) in a few queries."""
        todo = [k for k in dict.fromkeys(keys) if k not in self._nodes]
        for part in chunks(todo):
            for row in self.db.execute(f"{NODE_SELECT} WHERE key IN ({marks(len(part))})", part):
                self._keep(row)
            for k in part:
                self._nodes.setdefault(k, None)

    def published(self, keys: Iterable[str]) -> dict[str, str | None]:
        """Issue dates of these articles (the `published` column: no whole rows read)."""
        todo = [k for k in dict.fromkeys(keys) if k not in self._published]
        for part in chunks(todo):
            self._published.update(self.db.execute(
                f"SELECT key, published FROM nodes WHERE key IN ({marks(len(part))})", part).fetchall())
        return self._published

    def __contains__(self, key: str) -> bool:
        return self.node(key) is not None

    def select(self, where: str, params: Iterable[Any] = ()) -> list[tuple[str, dict[str, Any]]]:
        """(key, node) of the nodes matching an SQL condition on `nodes`."""
        return [self._keep(row) for row in self.db.execute(f"{NODE_SELECT} WHERE {where}", tuple(params))]

    def scan(self, where: str, params: Iterable[Any] = ()) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(key, label, props) of the nodes matching an SQL condition, one at a time and not
        kept (for queries over a whole label)."""
        for row in self.db.execute(f"{NODE_SELECT} WHERE {where}", tuple(params)):
            yield node_of(row)

    def nodes_of(self, label: str) -> list[tuple[str, dict[str, Any]]]:
        return self.select("label = ?", (label,))

    def named(self, label: str, prefix: str) -> list[tuple[str, dict[str, Any]]]:
        """Nodes of `label` whose name starts with `prefix` (the (label, name) index)."""
        low, high = prefix_range(prefix)
        if high is None:
            return self.select("label = ? AND name >= ?", (label, low))
        return self.select("label = ? AND name >= ? AND name < ?", (label, low, high))

    def aliased(self, label: str, alias: str) -> list[tuple[str, dict[str, Any]]]:
        """Nodes of `label` printed as `alias` (its `aliases`)."""
        return self.select("+label = ? AND key IN (SELECT key FROM aliases WHERE alias = ?)", (label, alias))

    # -- relationships -------------------------------------------------------------
    def _edges(self, where: str, params: tuple) -> Iterator[Edge]:
        for row in self.db.execute(f"{REL_SELECT} WHERE {where}", params):
            _, type_, start, end, props = rel_of(row)
            yield start, end, {"type": type_, **props}

    def out_edges(self, key: str, data: bool | str = True) -> list[Edge]:
        if key not in self._out:
            self._out[key] = sorted(self._edges("start = ?", (key,)), key=lambda e: (e[1], e[2]["type"]))
        return _data(self._out[key], data)

    def in_edges(self, key: str, data: bool | str = True) -> list[Edge]:
        if key not in self._in:
            self._in[key] = sorted(self._edges('"end" = ?', (key,)), key=lambda e: (e[0], e[2]["type"]))
        return _data(self._in[key], data)

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read these nodes and every relationship at them in a few queries (a walk over
        hundreds of events then asks nothing more of the database)."""
        keys = list(dict.fromkeys(keys))
        self.load(keys)
        for cache, column, me in ((self._out, "start", 0), (self._in, '"end"', 1)):
            for part in chunks([k for k in keys if k not in cache]):
                found: dict[str, list[Edge]] = {k: [] for k in part}
                for e in self._edges(f"{column} IN ({marks(len(part))})", tuple(part)):
                    found[e[me]].append(e)
                for k, edges in found.items():
                    cache[k] = sorted(edges, key=lambda e: (e[1 - me], e[2]["type"]))

    def rels_of_type(self, type_: str, title_prefix: str | None = None) -> list[Edge]:
        """(start, end, rel) of every relationship of a type (HOLDS: with a title prefix)."""
        if title_prefix is None:
            return list(self._edges("type = ?", (type_,)))
        low, high = prefix_range(title_prefix)
        if high is None:
            return list(self._edges("type = ? AND title >= ?", (type_, low)))
        return list(self._edges("type = ? AND title >= ? AND title < ?", (type_, low, high)))


def _data(edges: list[Edge], data: bool | str) -> list:
    if data is True:
        return edges
    return [(u, v, d.get(data)) for u, v, d in edges]
