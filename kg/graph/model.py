"""The graph model both stores hold (`kg.graph.build` turns records into it).

Nodes: Person, Office, District, Event, Article. Relationships:
(Person)-[:CHAIRED|ATTENDED|SPOKE_AT|INSPECTED|ACCOMPANIED]->(Event),
(Article)-[:REPORTED_BY {role}]->(Person), (Person)-[:HOLDS {title, first_seen, last_seen,
articles}]->(Office), (Event)-[:HELD_IN]->(District), (Office)-[:PART_OF]->(Office|District),
(District)-[:PART_OF]->(District), (Event)-[:REPORTED_IN]->(Article),
(Person)-[:MENTIONED_IN]->(Article).

Posts are HOLDS *relationships*, not Post nodes. A post in local news is only ever seen as
"person P was printed with title T of organisation O on date D"; it has no identity,
dates or members of its own to hang on a node. A relationship keeps the common questions
one hop long (`(p)-[:HOLDS]->(o)`), carries the title and the first/last dates it was seen,
and is unique per (person, office, title). The RDF export reifies every HOLDS into an
`org:Post` (with `org:holds`, `org:postIn`, `org:heldBy`), so the W3C ORG view is there for
anyone who wants it.

Provenance, GDELT-style: one Event per happening; each article reporting it adds a
REPORTED_IN relationship, which *is* the mention record (article, sentence index, sentence
text, character span). Every node and every relationship read from text carries
`articles` (the ids of the articles that support it) and relationships carry `evidence`,
one `"<article>/s<sentence>/<sentence start>-<end>/<start>-<end>"` string per mention, so
`kg forget` can remove exactly the facts only one article supported. Dates are
properties.

Keys are deterministic ids (`node_key`: label prefix + content hash of the canonical key;
articles use `Article.id`), relationship keys hash (type, start, end, title or role).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.ids import label_of, rel_key
from kg.model import Mention

LABELS = ("Person", "Office", "District", "Event", "Article")
ROLE_TYPES = {"chaired": "CHAIRED", "attended": "ATTENDED", "spoke": "SPOKE_AT",
              "inspected": "INSPECTED", "accompanied": "ACCOMPANIED"}
REL_TYPES = tuple(ROLE_TYPES.values()) + (
    "REPORTED_BY", "HOLDS", "HELD_IN", "PART_OF", "REPORTED_IN", "MENTIONED_IN")
UNION_PROPS = ("articles", "evidence", "aliases")  # lists merged by union, pruned by forget
SEEN_PROPS = ("first_seen", "last_seen")  # min / max of the supporting articles' dates


def evidence(aid: str, m: Mention | None) -> list[str]:
    if m is None:
        return []
    return [f"{aid}/s{m.sentence}/{m.sentence_start}-{m.sentence_end}/{m.start}-{m.end}"]


def evidence_article(ev: str) -> str:
    return ev.split("/", 1)[0]


@dataclass(frozen=True)
class Node:
    label: str
    key: str
    props: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Rel:
    type: str
    start_key: str
    end_key: str
    props: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def key(self) -> str:
        qual = self.props.get("title") or self.props.get("role") or ""
        return rel_key(self.type, self.start_key, self.end_key, qual)

    @property
    def start_label(self) -> str:
        return label_of(self.start_key)

    @property
    def end_label(self) -> str:
        return label_of(self.end_key)


@dataclass(frozen=True)
class GraphBatch:
    """Nodes (before relationships) and relationships of whole articles."""

    nodes: tuple[Node, ...]
    rels: tuple[Rel, ...]
    articles: tuple[str, ...] = ()
    decisions: tuple = ()


def apply_props(existing: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, Any]:
    """Write semantics shared by both stores (the Cypher upserts mirror this).

    On create every non-null property is set; afterwards only `articles`, `evidence` and
    `aliases` grow (union, in order) and `first_seen` / `last_seen` widen.
    """
    if existing is None:
        return {k: (list(v) if isinstance(v, (list, tuple)) else v)
                for k, v in new.items() if v is not None and not (k in UNION_PROPS and not v)}
    out = dict(existing)
    for k in UNION_PROPS:
        if new.get(k):
            cur = list(out.get(k) or [])
            have = set(cur)  # a set: a place's `articles` may hold every article of the store
            out[k] = cur + [x for x in new[k] if x not in have]
    for k, better in (("first_seen", min), ("last_seen", max)):
        if new.get(k) is not None:
            out[k] = new[k] if out.get(k) is None else better(out[k], new[k])
    return out


def drop_article(props: Mapping[str, Any], aid: str,
                 published: Mapping[str, str | None]) -> dict[str, Any] | None:
    """Props after forgetting article `aid`; None when nothing supports the fact any more.
    `published` maps the remaining article ids to their dates (for first/last seen)."""
    arts = [a for a in props.get("articles") or [] if a != aid]
    if not arts:
        return None
    out = dict(props)
    out["articles"] = arts
    if "evidence" in out:
        ev = [e for e in out["evidence"] if evidence_article(e) != aid]
        if ev:
            out["evidence"] = ev
        else:
            del out["evidence"]
    if "first_seen" in out or "last_seen" in out:
        dates = [d for d in (published.get(a) for a in arts) if d]
        for k, f in (("first_seen", min), ("last_seen", max)):
            if dates:
                out[k] = f(dates)
            else:
                out.pop(k, None)
    return out


def to_rows(batch: GraphBatch) -> dict[str, dict]:
    """Rows for `UNWIND $rows`: {"nodes": {label: [...]}, "rels": {(type, start, end): [...]}}.

    A row holds `key` (and `start`/`end` for relationships), `props` (set on create) and
    the merge-on-write lists and dates, always present (empty list / null when unused).
    """
    nodes: dict[str, list[dict]] = {}
    for n in batch.nodes:
        props = {k: v for k, v in n.props.items() if k not in UNION_PROPS and v is not None}
        nodes.setdefault(n.label, []).append({
            "key": n.key, "props": props,
            "articles": list(n.props.get("articles") or []),
            "aliases": list(n.props.get("aliases") or [])})
    rels: dict[tuple[str, str, str], list[dict]] = {}
    for r in batch.rels:
        props = {k: v for k, v in r.props.items()
                 if k not in UNION_PROPS and k not in SEEN_PROPS and v is not None}
        rels.setdefault((r.type, r.start_label, r.end_label), []).append({
            "key": r.key, "start": r.start_key, "end": r.end_key, "props": props,
            "articles": list(r.props.get("articles") or []),
            "evidence": list(r.props.get("evidence") or []),
            "first_seen": r.props.get("first_seen"), "last_seen": r.props.get("last_seen")})
    return {"nodes": nodes, "rels": rels}


def counts(nodes: Iterable[Node], rels: Iterable[Rel]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"labels": {}, "types": {}}
    for n in nodes:
        out["labels"][n.label] = out["labels"].get(n.label, 0) + 1
    for r in rels:
        out["types"][r.type] = out["types"].get(r.type, 0) + 1
    return {k: dict(sorted(v.items())) for k, v in out.items()}
