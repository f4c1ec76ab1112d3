"""Python twins of the `kg view` queries (queries/view_seeds, view_rels, view_nodes) for
the embedded store: the same rows, columns and order as the Cypher files."""

from __future__ import annotations

from kg.ids import rel_key
from kg.store.embedded_queries import Rows, embedded_query, nodes_of
from kg.store.embedded_walk import G, best_match, evidence_rows, match, match_district

NODE_FIELDS = ("name", "level", "kind", "home", "type", "date", "caption", "places", "summary", "title",
               "published", "source")


def _events(g: G, text: str) -> list[str]:
    keys = [k for k, _ in nodes_of(g, "Event")]
    if text in keys:
        return [text]
    return [k for k in keys if text in (g.nodes[k].get("caption") or "") or text in (g.nodes[k].get("summary") or "")]


@embedded_query("view_seeds")
def view_seeds(g: G, kind: str, name: str) -> Rows:
    if kind == "person":
        found = match(g, "Person", name)
    elif kind == "office":
        found = best_match(g, [k for k, _ in nodes_of(g, "Office")], name)
    elif kind == "district":
        found = match_district(g, name)
    elif kind == "event":
        found = _events(g, name)
    else:
        found = []
    return [{"key": k, "label": g.nodes[k]["label"]} for k in sorted(set(found))]


@embedded_query("view_rels")
def view_rels(g: G, keys: list[str]) -> Rows:
    wanted = [k for k in dict.fromkeys(keys) if k in g]
    rels = {}
    for k in wanted:
        for s, e, d in list(g.out_edges(k)) + list(g.in_edges(k)):
            rels[rel_key(d["type"], s, e, d.get("title") or d.get("role") or "")] = (s, e, d)
    rows = []
    for rk, (s, e, d) in rels.items():
        rows.append({"key": rk, "type": d["type"], "start": s, "end": e, "title": d.get("title"),
                     "role": d.get("role"), "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"),
                     "sentences": [text for _, sno, text in evidence_rows(g, {"evidence": d.get("evidence") or []})
                                   if sno is not None]})
    return sorted(rows, key=lambda r: r["key"])


@embedded_query("view_nodes")
def view_nodes(g: G, keys: list[str]) -> Rows:
    return [{"key": k, "label": g.nodes[k]["label"], **{f: g.nodes[k].get(f) for f in NODE_FIELDS}}
            for k in sorted(set(keys)) if k in g]
