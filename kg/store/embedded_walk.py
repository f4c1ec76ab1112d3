"""Graph walks shared by the embedded lookup twins (kg.store.embedded_lookups).

Each mirrors one piece of Cypher the lookup queries use: name matching (exact, else
prefix), relationship hops by type, PART_OF paths in both directions, the first article
reporting an event, evidence strings cut into sentences, and sort keys that order values
the way Cypher's ascending ORDER BY does (nulls last).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kg.store.embedded_graph import StoredGraph
from kg.store.embedded_queries import ROLE_TYPES

G = StoredGraph


def nl(value: Any) -> tuple[bool, Any]:
    """Sort key of one value as Cypher's ascending ORDER BY sees it: nulls last."""
    return (value is None, value if value is not None else 0)


def order(*values: Any) -> tuple:
    return tuple(nl(v) for v in values)


def role_name(rel_type: str) -> str:
    return "spoke" if rel_type == "SPOKE_AT" else rel_type.lower()


def role_type(role: str | None) -> str | None:
    return None if role is None else ("SPOKE_AT" if role == "spoke" else role.upper())


def best_match(g: G, keys: Iterable[str], name: str | None, field: str = "name") -> list[str]:
    """Keys whose `field` starts with `name`: those equal to it when there are any."""
    if name is None:
        return []
    found = [k for k in keys if isinstance(g.nodes[k].get(field), str) and g.nodes[k][field].startswith(name)]
    exact = [k for k in found if g.nodes[k][field] == name]
    return exact or found


def match(g: G, label: str, name: str | None, where: Callable[[str], bool] | None = None) -> list[str]:
    if name is None:
        return []
    keys = [k for k, _ in g.named(label, name) if where is None or where(k)]
    return best_match(g, keys, name)


def match_district(g: G, name: str | None) -> list[str]:
    """Districts named `name` or printed so (an alias: 梧桐办事处 for 梧桐街道), else those
    whose name starts with it."""
    if name is None:
        return []
    keys = list(dict(g.named("District", name) + g.aliased("District", name)))
    aliased = {k for k in keys if name in (g.nodes[k].get("aliases") or [])}
    found = best_match(g, keys, name)
    exact = [k for k in found if g.nodes[k].get("name") == name]
    if exact or aliased:
        return sorted(set(exact) | aliased)
    return found


def out_rels(g: G, key: str, types: Iterable[str]):
    types = set(types)
    return [(v, d) for _, v, d in g.out_edges(key, data=True) if d["type"] in types]


def in_rels(g: G, key: str, types: Iterable[str]):
    types = set(types)
    return [(u, d) for u, _, d in g.in_edges(key, data=True) if d["type"] in types]


def reach(g: G, start: str, label: str) -> dict[str, int]:
    """Nodes of `label` reached from `start` along PART_OF (one hop or more), with their
    distance in hops."""
    dist, frontier, seen = {}, [start], {start: 0}
    while frontier:
        nxt = []
        for k in frontier:
            for v, _ in out_rels(g, k, ["PART_OF"]):
                if v not in seen:
                    seen[v] = seen[k] + 1
                    nxt.append(v)
                    if g.nodes[v].get("label") == label:
                        dist[v] = seen[v]
        frontier = nxt
    return dist


def inside(g: G, target: str, label: str) -> list[str]:
    """Nodes of `label` with a PART_OF path (one hop or more) to `target`, sorted."""
    found, frontier = set(), [target]
    while frontier:
        nxt = []
        for k in frontier:
            for u, _ in in_rels(g, k, ["PART_OF"]):
                if u not in found:
                    found.add(u)
                    nxt.append(u)
        frontier = nxt
    return sorted(k for k in found if g.nodes[k].get("label") == label)


def cat(*parts: Any) -> str | None:
    """Concatenation as Cypher's `+` on strings: null when any part is null."""
    return None if any(x is None for x in parts) else "".join(str(x) for x in parts)


def nearest_district(g: G, office: str) -> str | None:
    dist = reach(g, office, "District")
    if not dist:
        return None
    best = min(dist, key=lambda k: (dist[k], k))
    return g.nodes[best].get("name")


def first_report(g: G, event: str) -> dict[str, Any] | None:
    reports = [(a, d) for a, d in out_rels(g, event, ["REPORTED_IN"])]
    if not reports:
        return None
    published = g.published(a for a, _ in reports)
    a, d = min(reports, key=lambda x: order(published.get(x[0]), x[0]))
    return {"article": a, "sentence": d.get("sentence_text")}


def roles_of(g: G, person: str, event: str) -> list[str]:
    """The person's roles at the event (from the event's side: an event has few participants,
    a person may have thousands of events)."""
    return sorted(role_name(d["type"]) for p, d in in_rels(g, event, ROLE_TYPES) if p == person)


def events_of(g: G, person: str) -> list[str]:
    events = sorted({e for e, _ in out_rels(g, person, ROLE_TYPES)})
    g.prefetch(events)
    return events


def holdings(g: G, office: str) -> list[tuple[str, dict]]:
    return in_rels(g, office, ["HOLDS"])


def events_in(g: G, d: str) -> list[str]:
    """Events held in `d` or in a place with a PART_OF path to it."""
    places = {d, *inside(g, d, "District")}
    return sorted({e for x in places for e, _ in in_rels(g, x, ["HELD_IN"])})


def participants(g: G, e: str) -> list[str]:
    people = sorted({p for p, _ in in_rels(g, e, ROLE_TYPES)},
                    key=lambda p: order(g.nodes[p].get("name"), p))
    return [f"{g.nodes[p].get('name')} ({', '.join(roles_of(g, p, e))})" for p in people]


def evidence_rows(g: G, rel: dict) -> list[tuple[str, int | None, str | None]]:
    """(article, sentence index, sentence text) of each evidence string of a relationship
    (its articles, without a sentence, when it has no evidence)."""
    out = []
    for ev in rel.get("evidence") or rel.get("articles") or []:
        part = ev.split("/")
        if part[0] not in g:
            continue
        if len(part) >= 3:
            s0, s1 = (int(x) for x in part[2].split("-"))
            out.append((part[0], int(part[1][1:]), (g.nodes[part[0]].get("text") or "")[s0:s1]))
        else:
            out.append((part[0], None, None))
    return out
