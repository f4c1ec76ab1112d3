"""Named queries of the embedded store: Python twins of queries/<name>.cypher.

Each function takes the store's graph (kg.store.embedded_graph.StoredGraph: node attrs
`label` + properties, relationship attrs `type` + properties, loaded as they are touched)
and the query's parameters, and returns the same rows (same columns) as the Cypher file
of the same name. Counts and the lookups that ingest runs (articles by id or source,
persons by name, events by signature) are SQL over the store's indexes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from kg.store.embedded_graph import StoredGraph
from kg.store.embedded_sql import chunks, marks

Rows = list[dict[str, Any]]
QUERIES: dict[str, Callable[..., Rows]] = {}
ROLE_TYPES = {"CHAIRED", "ATTENDED", "SPOKE_AT", "INSPECTED", "ACCOMPANIED"}
G = StoredGraph


def embedded_query(name: str):
    def register(fn: Callable[..., Rows]) -> Callable[..., Rows]:
        QUERIES[name] = fn
        return fn

    return register


def nodes_of(g: G, label: str):
    return g.nodes_of(label)


def where_in(g: G, column: str, values: list[str], label: str) -> list[tuple[str, dict[str, Any]]]:
    """Nodes of `label` whose indexed `column` is one of `values` (read, not kept by `g`)."""
    out = []
    for part in chunks(sorted(set(v for v in values if isinstance(v, str)))):
        # `+label`: the index of `column` answers, not the one of the label (all its nodes)
        out += [(k, d) for k, _, d in g.scan(f"+label = ? AND {column} IN ({marks(len(part))})", [label, *part])]
    return out


@embedded_query("count_labels")
def count_labels(g: G) -> Rows:
    rows = g.db.execute("SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label")
    return [{"label": k, "count": v} for k, v in rows]


@embedded_query("count_types")
def count_types(g: G) -> Rows:
    rows = g.db.execute("SELECT type, count(*) FROM rels GROUP BY type ORDER BY type")
    return [{"type": k, "count": v} for k, v in rows]


@embedded_query("article_states")
def article_states(g: G, ids: list[str], sources: list[str]) -> Rows:
    found = dict(where_in(g, "key", ids, "Article") + where_in(g, "source", sources, "Article"))
    return [{"key": k, "source": d.get("source"), "index": d.get("index"), "title": d.get("title"),
             "url": d.get("url"), "content_hash": d.get("content_hash"), "published": d.get("published")}
            for k, d in sorted(found.items())]


@embedded_query("origin_scopes")
def origin_scopes(g: G, origins: list[str]) -> Rows:
    pairs = set()
    for part in chunks(sorted(set(o for o in origins if isinstance(o, str)))):
        pairs |= set(g.db.execute(f"SELECT DISTINCT origin, scope FROM nodes WHERE +label = 'Article' "
                                  f"AND origin IN ({marks(len(part))})", part))
    return [{"origin": o, "scope": s} for o, s in sorted(pairs, key=lambda p: (p[0], p[1] is None, p[1] or ""))]


@embedded_query("articles_for")
def articles_for(g: G, target: str, sources: list[str]) -> Rows:
    found = dict(where_in(g, "key", [target], "Article") + where_in(g, "source", sources, "Article"))
    rows = [{"key": k, "source": d.get("source"), "index": d.get("index"), "title": d.get("title")}
            for k, d in found.items()]
    return sorted(rows, key=lambda r: (r["source"] or "", r["index"] or 0))


@embedded_query("person_candidates")
def person_candidates(g: G, names: list[str]) -> Rows:
    people = where_in(g, "name", names, "Person")
    scopes: dict[str, set] = {k: set() for k, _ in people}
    posts: dict[str, set] = {k: set() for k, _ in people}
    # columns only, through the (start, type) index: an ingest asks this of every name it read
    for part in chunks(sorted(scopes)):
        for p, scope in g.db.execute(
                f'SELECT r.start, a.scope FROM rels r JOIN nodes a ON a.key = r."end" WHERE r.type = '
                f"'MENTIONED_IN' AND r.start IN ({marks(len(part))}) AND a.label = 'Article'", part):
            scopes[p].add(scope)
        for p, scope, name, title in g.db.execute(
                f'SELECT r.start, o.scope, o.name, r.title FROM rels r JOIN nodes o ON o.key = r."end" '
                f"WHERE r.type = 'HOLDS' AND r.start IN ({marks(len(part))}) AND o.scope IS NOT NULL", part):
            posts[p].add(f"{scope}|{name}|{title}")
    return [{"key": k, "name": d["name"], "home": d.get("home"), "home_rank": d.get("home_rank"),
             "home_level": d.get("home_level"), "scopes": sorted(scopes[k] - {None}), "posts": sorted(posts[k])}
            for k, d in people]


@embedded_query("event_candidates")
def event_candidates(g: G, sigs: list[str]) -> Rows:
    events = where_in(g, "sig", sigs, "Event")
    found: dict[str, set] = {k: set() for k, _ in events}
    types = sorted(ROLE_TYPES)
    for part in chunks(sorted(found)):
        for e, p in g.db.execute(f'SELECT "end", start FROM rels WHERE "end" IN ({marks(len(part))}) '
                                 f"AND type IN ({marks(len(types))})", [*part, *types]):
            found[e].add(p)
    return [{"key": k, "sig": d["sig"], "participants": sorted(found[k])} for k, d in events]


ENTITY_LABELS = "label IN ('Person', 'Office', 'District', 'Event')"


def _entity(k: str, label: str, d: dict[str, Any]) -> dict[str, Any]:
    return {"label": label, "key": k, "name": d.get("name", d.get("summary")), "basis": d.get("basis"),
            "home": d.get("home"), "scope": d.get("scope"), "sig": d.get("sig"), "articles": d.get("articles"),
            "aliases": d.get("aliases")}


@embedded_query("entities")
def entities(g: G) -> Rows:
    return sorted((_entity(*x) for x in g.scan(ENTITY_LABELS)), key=lambda r: (r["label"], r["key"]))


def entities_of(g: G, articles: list[str]) -> Rows:
    """The rows of `entities` that kg.resolve.merges.explain needs for these articles: the
    entities they support, and every entity sharing a name (an Event: a signature) with one."""
    found: dict[str, dict[str, Any]] = {}
    for part in chunks(sorted(set(articles))):
        where = (f"+{ENTITY_LABELS} AND key IN (SELECT item FROM support WHERE is_rel = 0 "
                 f"AND article IN ({marks(len(part))}))")
        found.update((r["key"], r) for r in (_entity(*x) for x in g.scan(where, part)))
    groups: dict[tuple[str, str], set[str]] = {}
    for r in found.values():
        column, value = ("sig", r["sig"]) if r["label"] == "Event" else ("name", r["name"])
        if isinstance(value, str):
            groups.setdefault((r["label"], column), set()).add(value)
    for (label, column), values in groups.items():
        for part in chunks(sorted(values)):
            found.update((r["key"], r) for r in (_entity(*x) for x in g.scan(
                f"label = ? AND {column} IN ({marks(len(part))})", [label, *part])))
    return sorted(found.values(), key=lambda r: (r["label"], r["key"]))


@embedded_query("source_links")
def source_links(g: G) -> Rows:
    c = Counter(dict(((o, s), n) for o, s, n in g.db.execute(
        "SELECT origin, scope, count(*) FROM nodes WHERE origin IS NOT NULL "
        "AND +label = 'Article' AND origin <> '' AND origin IS NOT scope GROUP BY origin, scope")))
    return [{"origin": o, "scope": s, "articles": n} for (o, s), n in sorted(c.items())]
