"""The graph model both stores hold, and `build_graph`, which turns records into it.

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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import ArticleRecord, Mention, content_hash

LABELS = ("Person", "Office", "District", "Event", "Article")
KEY_PREFIX = {"Person": "p", "Office": "o", "District": "d", "Event": "e", "Article": "a"}
_PREFIX_LABEL = {v: k for k, v in KEY_PREFIX.items()}
ROLE_TYPES = {"chaired": "CHAIRED", "attended": "ATTENDED", "spoke": "SPOKE_AT",
              "inspected": "INSPECTED", "accompanied": "ACCOMPANIED"}
REL_TYPES = tuple(ROLE_TYPES.values()) + (
    "REPORTED_BY", "HOLDS", "HELD_IN", "PART_OF", "REPORTED_IN", "MENTIONED_IN")
UNION_PROPS = ("articles", "evidence", "aliases")  # lists merged by union, pruned by forget
SEEN_PROPS = ("first_seen", "last_seen")  # min / max of the supporting articles' dates


def node_key(label: str, *parts: str) -> str:
    return f"{KEY_PREFIX[label]}-{content_hash(label, *parts)[:16]}"


def label_of(key: str) -> str:
    return _PREFIX_LABEL[key.split("-", 1)[0]]


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
        return "r-" + content_hash(self.type, self.start_key, self.end_key, qual)[:20]

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
            out[k] = cur + [x for x in new[k] if x not in cur]
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


class _Builder:
    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.rels: dict[str, Rel] = {}

    def node(self, label: str, key: str, /, **props: Any) -> str:
        old = self.nodes.get(key)
        merged = apply_props(old.props if old else None, props)
        if old:  # within a batch, fill what the first sighting lacked
            for k, v in props.items():
                if v is not None and k not in merged:
                    merged[k] = v
        self.nodes[key] = Node(label, key, merged)
        return key

    def rel(self, type_: str, start: str, end: str, /, **props: Any) -> None:
        r = Rel(type_, start, end, props)
        old = self.rels.get(r.key)
        self.rels[r.key] = Rel(type_, start, end, apply_props(old.props if old else None, props))


def _district(b: _Builder, d, aid: str, ev: list[str]) -> str:
    b.node("District", d.key, name=d.name, level=d.level, kind=d.kind, scope=d.scope, basis=d.basis,
           articles=[aid])
    if d.parent is not None:
        _district(b, d.parent, aid, ev)
        b.rel("PART_OF", d.key, d.parent.key, articles=[aid], evidence=ev)
    return d.key


def _office(b: _Builder, o, aid: str, ev: list[str]) -> str:
    basis = (f"same name in source {o.scope} (no specific locality printed)" if o.scope
             else f"same name in {o.district.name if o.district else 'any source'}")
    b.node("Office", o.key, name=o.name, level=o.level, scope=o.scope, basis=basis,
           aliases=[o.printed], articles=[aid])
    if o.parent is not None:
        b.rel("PART_OF", o.key, _office(b, o.parent, aid, ev), articles=[aid], evidence=ev)
    elif o.district is not None:
        b.rel("PART_OF", o.key, _district(b, o.district, aid, ev), articles=[aid], evidence=ev)
    return o.key


def _person(b: _Builder, ref, aid: str) -> str:
    home = ref.home
    return b.node("Person", ref.key, name=ref.name, home=home.name if home else None,
                  home_level=home.level if home else None, home_rank=home.rank if home else None,
                  scope=ref.scope, basis=ref.basis, articles=[aid])


def build_graph(records: Sequence[ArticleRecord], resolution=None) -> GraphBatch:
    """The nodes and relationships of whole articles. Pure: same records, same batch."""
    from .refs import office_ref, place_ref, source_scope
    from .resolve import people_of, resolve

    res = resolution if resolution is not None else resolve(records)
    b = _Builder()
    for rec in records:
        a = rec.article
        aid, scope = a.id, res.scopes[a.id]
        b.node("Article", aid, id=aid, title=a.title, published=a.published, source=a.source,
               index=a.index, url=a.url, content_hash=a.content_hash, scope=scope,
               origin=source_scope(a), text=a.text)
        for r in rec.reporters:
            pk = _person(b, res.reporters[(aid, r.name)], aid)
            b.rel("REPORTED_BY", aid, pk, role=r.role, articles=[aid], evidence=evidence(aid, r.mention))
        people = {p.name: p for p in rec.people}
        for person in people_of(rec):
            pk = _person(b, res.persons[(aid, person.name)], aid)
            p = people.get(person.name)
            ms = list(p.mentions) if p else []
            b.rel("MENTIONED_IN", pk, aid, articles=[aid],
                  evidence=[e for m in ms for e in evidence(aid, m)],
                  sentences=[m.sentence for m in ms] or None,
                  sentence_texts=[a.text[m.sentence_start:m.sentence_end] for m in ms] or None,
                  posts=[f"{q.org or ''}/{q.title}" for q in p.posts] if p and p.posts else None)
            for q in (p.posts if p else ()):
                if not q.org:
                    continue
                ev = evidence(aid, q.mention)
                ok = _office(b, office_ref(scope, q.org), aid, ev)
                b.rel("HOLDS", pk, ok, title=q.title, first_seen=a.published, last_seen=a.published,
                      articles=[aid], evidence=ev)
        for i, e in enumerate(rec.events):
            eref = res.events[(aid, i)]
            ev = evidence(aid, e.mention)
            b.node("Event", eref.key, type=e.type, date=e.date, summary=e.summary or a.title,
                   places=list(e.places) or None, sig=eref.sig, basis=eref.basis, articles=[aid])
            m = e.mention
            b.rel("REPORTED_IN", eref.key, aid, articles=[aid], evidence=ev,
                  sentence=m.sentence if m else None, start=m.start if m else None,
                  end=m.end if m else None, text=m.text if m else None,
                  sentence_text=a.text[m.sentence_start:m.sentence_end] if m else None)
            for place in e.printed_places or e.places:  # with printed containers: PART_OF
                b.rel("HELD_IN", eref.key, _district(b, place_ref(scope, place), aid, ev),
                      articles=[aid], evidence=ev)
            for x in e.participants:
                if x.role not in ROLE_TYPES:  # not one of kg.model.ROLES: nothing to draw
                    continue
                pk = res.persons[(aid, x.name)].key
                b.rel(ROLE_TYPES[x.role], pk, eref.key, articles=[aid],
                      evidence=evidence(aid, x.mention) or ev)
    return GraphBatch(tuple(b.nodes.values()), tuple(b.rels.values()),
                      tuple(r.article.id for r in records), tuple(res.decisions))


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
