"""`build_graph`: whole-article records and their resolution → the nodes and relationships
of `kg.graph.model`, ready for a store to write.

Building computes no identity of its own: every key (person, office, place, event, the
article's source scope) comes from the `Resolution` (`kg.resolve`), so resolve → build →
write runs once each, in that order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.graph.captions import event_caption
from kg.graph.model import ROLE_TYPES, GraphBatch, Node, Rel, apply_props, evidence
from kg.model import ArticleRecord
from kg.resolve import DistrictRef, OfficeRef, PersonRef, Resolution, resolve


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


def _district(b: _Builder, d: DistrictRef, aid: str, ev: list[str]) -> str:
    b.node("District", d.key, name=d.name, level=d.level, kind=d.kind, scope=d.scope, basis=d.basis,
           adcode=d.adcode, aliases=[d.printed] if d.printed else None, articles=[aid])
    if d.parent is not None:
        _district(b, d.parent, aid, ev)
        b.rel("PART_OF", d.key, d.parent.key, articles=[aid], evidence=ev)
    return d.key


def _office(b: _Builder, o: OfficeRef, aid: str, ev: list[str]) -> str:
    basis = (f"same name in source {o.scope} (no specific locality printed)" if o.scope
             else f"same name in {o.district.name if o.district else 'any source'}")
    b.node("Office", o.key, name=o.name, level=o.level, scope=o.scope, basis=basis,
           aliases=[o.printed], articles=[aid])
    if o.parent is not None:
        b.rel("PART_OF", o.key, _office(b, o.parent, aid, ev), articles=[aid], evidence=ev)
    elif o.district is not None:
        b.rel("PART_OF", o.key, _district(b, o.district, aid, ev), articles=[aid], evidence=ev)
    return o.key


def _person(b: _Builder, ref: PersonRef, aid: str) -> str:
    home = ref.home
    return b.node("Person", ref.key, name=ref.name, home=home.name if home else None,
                  home_level=home.level if home else None, home_rank=home.rank if home else None,
                  scope=ref.scope, basis=ref.basis, articles=[aid])


def build_graph(records: Sequence[ArticleRecord], resolution: Resolution | None = None) -> GraphBatch:
    """The nodes and relationships of whole articles. Pure: same records and resolution,
    same batch. Every key comes from `resolution` (by default the batch resolved alone)."""
    res = resolution if resolution is not None else resolve(records)
    b = _Builder()
    for rec in records:
        a = rec.article
        aid, scope = a.id, res.scopes[a.id]
        b.node("Article", aid, id=aid, title=a.title, published=a.published, source=a.source,
               index=a.index, url=a.url, content_hash=a.content_hash, scope=scope,
               origin=res.origins[aid], publisher=a.publisher, home=a.home, text=a.text)
        for r in rec.reporters:
            pk = _person(b, res.reporters[(aid, r.name)], aid)
            b.rel("REPORTED_BY", aid, pk, role=r.role, articles=[aid], evidence=evidence(aid, r.mention))
        people = {p.name: p for p in rec.people}
        for person in res.people[aid]:
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
                ok = _office(b, res.offices[(aid, q.org)], aid, ev)
                b.rel("HOLDS", pk, ok, title=q.title, first_seen=a.published, last_seen=a.published,
                      articles=[aid], evidence=ev)
        for i, e in enumerate(rec.events):
            eref = res.events[(aid, i)]
            ev = evidence(aid, e.mention)
            b.node("Event", eref.key, type=e.type, date=e.date, summary=e.summary or a.title,
                   caption=event_caption(e.type, e.date, a.title, e.summary),
                   places=list(e.places) or None, sig=eref.sig, basis=eref.basis, articles=[aid])
            m = e.mention
            b.rel("REPORTED_IN", eref.key, aid, articles=[aid], evidence=ev,
                  sentence=m.sentence if m else None, start=m.start if m else None,
                  end=m.end if m else None, text=m.text if m else None,
                  sentence_text=a.text[m.sentence_start:m.sentence_end] if m else None)
            for place in e.printed_places or e.places:  # with printed containers: PART_OF
                b.rel("HELD_IN", eref.key, _district(b, res.places[(aid, place)], aid, ev),
                      articles=[aid], evidence=ev)
            for x in e.participants:
                if x.role not in ROLE_TYPES:  # not one of kg.model.ROLES: nothing to draw
                    continue
                pk = res.persons[(aid, x.name)].key
                b.rel(ROLE_TYPES[x.role], pk, eref.key, articles=[aid],
                      evidence=evidence(aid, x.mention) or ev)
    return GraphBatch(tuple(b.nodes.values()), tuple(b.rels.values()),
                      tuple(r.article.id for r in records), tuple(res.decisions))
