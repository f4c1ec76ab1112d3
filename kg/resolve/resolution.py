"""Entity resolution: which printed names are the same Person, Office, District or Event.

Keys are deterministic, so the same article always resolves the same way and both stores
agree:

- Sources: pages (files) that share level-only posts are linked into one paper's scope
  (`kg.resolve.sources`), so "区委" and its officials are the same across the paper's pages.
- District and Office keys come from `kg.resolve.refs` (canonical when the gazetteer knows
  the locality, picked by the printed containers or the source's home; else global when a
  specific county-or-higher locality is printed, else scoped by the printed parent or the
  article's source).
- Person: name + home, the most specific global district of the person's posts ("高新区
  党工委委员" in a 郑州 paper has no global district, so the home is the source). Namesakes
  with different homes stay apart. A person with no global home is attached to the one
  same-name person with a global home already seen in the same source when the posts are
  compatible (a level-only "县委" post does not fit a 区 home). Reporters are persons of
  their source.
- Event: one per happening. An event with a date and a place is the same as an earlier
  one (this batch or the store) of the same type, date and first place that shares a
  participant; otherwise it is new, keyed by its article and position.

Every merge and near-miss is a `Decision` with a reason; `kg.resolve.merges.explain` rebuilds
the list from a store's nodes for `kg merges`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kg.ids import node_key
from kg.lexicon import LEVEL_RANK
from kg.model import ArticleRecord, Person
from kg.resolve.decisions import Decision, Known, KnownPerson, Stored
from kg.resolve.refs import Context, DistrictRef, OfficeRef, context_of, office_ref, place_ref, source_scope
from kg.resolve.sources import resolve_scopes


EVENT_BASIS = "same type, date and first place, and a shared participant"


@dataclass(frozen=True)
class PersonRef:
    key: str
    name: str
    home: DistrictRef | None
    scope: str | None
    basis: str
    levels: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventRef:
    key: str
    sig: str | None
    basis: str


def person_ref(scope: str, person: Person, home: str | None = None, context: Context = ()) -> PersonRef:
    offices = [office_ref(scope, p.org, home, context) for p in person.posts if p.org]
    # an office keyed under its source (no locality printed) says nothing of where its holder
    # is, even when it lies in the source's home
    homes = [o.district for o in offices if o.district is not None and o.district.scope is None
             and o.scope is None]
    levels = frozenset(o.level for o in offices if o.level)
    if homes:
        home = max(homes, key=lambda d: d.rank)  # most specific; first on ties
        return PersonRef(node_key("Person", person.name, home.key), person.name, home, None,
                         f"same name and district {home.name}", levels)
    return PersonRef(node_key("Person", person.name, "src", scope), person.name, None, scope,
                     f"same name in source {scope}; no post names a county-level district", levels)


def reporter_ref(scope: str, name: str) -> PersonRef:
    return PersonRef(node_key("Person", name, "src", scope), name, None, scope,
                     f"same name in source {scope}; no post names a county-level district")


def compatible(levels: Iterable[str], home_rank: int | None, home_level: str | None) -> bool:
    """Level-only posts fit a home when they are above it or at its level."""
    for lv in levels:
        rank = LEVEL_RANK.get(lv, 3)
        if not (home_rank is not None and (rank < home_rank or lv == home_level)):
            return False
    return True


def event_sig(scope: str, type_: str, date: str | None, places: Sequence[str],
              home: str | None = None) -> str | None:
    if not date or not places:
        return None
    return f"{type_}|{date}|{place_ref(scope, places[0], home).key}"


def people_of(rec: ArticleRecord) -> list[Person]:
    people = list(rec.people)
    names = {p.name for p in people}
    for ev in rec.events:
        for x in ev.participants:
            if x.name not in names:
                names.add(x.name)
                people.append(Person(x.name))
    return people


def lookups(people: Mapping[str, Sequence[Person]], origins: Mapping[str, str]) -> tuple[set[str], set[str]]:
    """Person names and source origins a batch needs from the store (`Known`)."""
    return {p.name for ps in people.values() for p in ps}, set(origins.values())


def scopes_for(records: Sequence[ArticleRecord], known: Known) -> tuple[dict[str, str], list]:
    """Article id → scope (sources linked into papers, `kg.resolve.sources`) and link decisions."""
    posts = {name: [x for p in ps for x in p.posts] for name, ps in known.persons.items()}
    return resolve_scopes(records, known.origins, posts)


def event_sigs(records: Iterable[ArticleRecord], scopes: Mapping[str, str]) -> set[str]:
    """Signatures of a batch's events, to look up the store's candidates (`Known.events`)."""
    return {sig for rec in records for ev in rec.events
            if (sig := event_sig(scopes[rec.article.id], ev.type, ev.date, ev.places, rec.article.home))}


@dataclass(frozen=True)
class Resolution:
    """Everything the graph of a batch is keyed by: `kg.graph.build` computes no identity."""

    persons: Mapping[tuple[str, str], PersonRef]  # (article id, name)
    reporters: Mapping[tuple[str, str], PersonRef]
    events: Mapping[tuple[str, int], EventRef]  # (article id, index in record.events)
    scopes: Mapping[str, str]  # article id -> source scope
    decisions: tuple[Decision, ...] = ()
    origins: Mapping[str, str] = field(default_factory=dict)  # article id -> its own source
    people: Mapping[str, tuple[Person, ...]] = field(default_factory=dict)  # article id -> people_of
    offices: Mapping[tuple[str, str], OfficeRef] = field(default_factory=dict)  # (article id, org)
    places: Mapping[tuple[str, str], DistrictRef] = field(default_factory=dict)  # (article id, place)


def resolve(records: Sequence[ArticleRecord], stored: Stored | Known | None = None) -> Resolution:
    """Resolve a batch against itself and what the store holds.

    `stored` is a store (`Stored`: the resolver asks it for the persons, source scopes and
    events it needs), or a `Known` already read, or None for a batch on its own.
    """
    people = {r.article.id: tuple(people_of(r)) for r in records}
    origins = {r.article.id: source_scope(r.article) for r in records}
    if isinstance(stored, Known) or stored is None:
        known = stored or Known()
        scopes, links = scopes_for(records, known)
    else:
        known = stored.known(*lookups(people, origins))
        scopes, links = scopes_for(records, known)
        known = replace(known, events=stored.known_events(event_sigs(records, scopes)))
    decisions: list[Decision] = list(links)
    refs: dict[tuple[str, str], PersonRef] = {}
    homed: dict[str, dict[str, tuple[PersonRef | KnownPerson, set[str]]]] = defaultdict(dict)
    for kp in (p for ps in known.persons.values() for p in ps if p.home is not None):
        homed[kp.name][kp.key] = (kp, set(kp.scopes))
    contexts = {r.article.id: context_of(r) for r in records}
    for rec in records:
        aid, scope = rec.article.id, scopes[rec.article.id]
        for person in people[aid]:
            ref = person_ref(scope, person, rec.article.home, contexts[aid])
            refs[(aid, person.name)] = ref
            if ref.home is not None:
                entry = homed[ref.name].setdefault(ref.key, (ref, set()))
                entry[1].add(scope)
    # attach persons without a global home to the one compatible homed namesake of the source
    why: dict[tuple[str, str], str] = {}
    for (aid, name), ref in list(refs.items()):
        if ref.home is not None:
            continue
        cands = [c for c, sc in homed.get(name, {}).values() if scopes[aid] in sc]
        fits = [c for c in cands if compatible(ref.levels, _rank(c), _level(c))]
        if len(fits) == 1:
            c = fits[0]
            home = c.home.name if isinstance(c, PersonRef) and c.home else c.home
            # the node keeps the namesake's properties, whichever article creates it
            refs[(aid, name)] = replace(c, levels=ref.levels) if isinstance(c, PersonRef) else replace(ref, key=c.key)
            why[(aid, name)] = f"same name in the same source as the {name} of {home}; posts compatible"
        elif cands:
            reason = "several namesakes with a district in this source" if len(fits) > 1 else "posts incompatible with the namesake's district"
            decisions.append(Decision("near-miss", "Person", name, ref.key, cands[0].key, f"kept apart: {reason}", aid))
    _person_decisions(refs, known, decisions, why)
    reporters = {(r.article.id, x.name): reporter_ref(scopes[r.article.id], x.name)
                 for r in records for x in r.reporters}
    events = _resolve_events(records, scopes, refs, known, decisions)
    offices: dict[tuple[str, str], OfficeRef] = {}
    places: dict[tuple[str, str], DistrictRef] = {}
    for rec in records:
        aid, scope, home = rec.article.id, scopes[rec.article.id], rec.article.home
        for p in rec.people:
            for q in p.posts:
                if q.org:
                    offices[(aid, q.org)] = office_ref(scope, q.org, home, contexts[aid])
        for e in rec.events:
            for place in e.printed_places or e.places:
                places[(aid, place)] = place_ref(scope, place, home)
    return Resolution(refs, reporters, events, scopes, tuple(decisions),
                      origins=origins, people=people, offices=offices, places=places)


def _rank(c: PersonRef | KnownPerson) -> int | None:
    return c.home.rank if isinstance(c, PersonRef) else c.home_rank


def _level(c: PersonRef | KnownPerson) -> str | None:
    return c.home.level if isinstance(c, PersonRef) else c.home_level


def _person_decisions(refs, known: Known, decisions: list[Decision], why) -> None:
    first: dict[str, str] = {}
    by_name: dict[str, dict[str, PersonRef]] = defaultdict(dict)
    for (aid, name), ref in refs.items():
        stored = {p.key for p in known.persons.get(name, ())}
        if ref.key in first and first[ref.key] != aid or ref.key in stored:
            reason = why.get((aid, name), ref.basis)
            decisions.append(Decision("merge", "Person", name, ref.key, None, reason, aid))
        first.setdefault(ref.key, aid)
        others = [k for k in list(by_name[name]) + sorted(stored) if k != ref.key]
        if others and ref.key not in by_name[name] and ref.key not in stored:
            decisions.append(Decision("near-miss", "Person", name, ref.key, others[0],
                                      f"kept apart: {_where(ref)} differs", aid))
        by_name[name].setdefault(ref.key, ref)


def _where(ref: PersonRef) -> str:
    return f"district {ref.home.name}" if ref.home else f"source {ref.scope}"


def _resolve_events(records, scopes, refs, known: Known, decisions) -> dict[tuple[str, int], EventRef]:
    out: dict[tuple[str, int], EventRef] = {}
    pool: dict[str, list[tuple[str, set[str], str | None]]] = defaultdict(list)
    for sig, evs in known.events.items():
        pool[sig] = [(e.key, set(e.participants), None) for e in evs]
    for rec in records:
        aid, scope = rec.article.id, scopes[rec.article.id]
        for i, ev in enumerate(rec.events):
            sig = event_sig(scope, ev.type, ev.date, ev.places, rec.article.home)
            who = {refs[(aid, x.name)].key for x in ev.participants if (aid, x.name) in refs}
            basis = EVENT_BASIS
            key = None
            if sig:
                cands = [c for c in pool[sig] if c[2] != aid]
                for c in cands:
                    if c[1] & who:
                        key = c[0]
                        c[1].update(who)
                        decisions.append(Decision("merge", "Event", f"{ev.type} {ev.date}", key, None, basis, aid))
                        break
                else:
                    if cands:
                        decisions.append(Decision("near-miss", "Event", f"{ev.type} {ev.date}",
                                                  node_key("Event", aid, str(i)), cands[0][0],
                                                  "kept apart: same type, date and place but no shared participant", aid))
            if key is None:
                key = node_key("Event", aid, str(i))
                if sig:
                    pool[sig].append((key, set(who), aid))
            out[(aid, i)] = EventRef(key, sig, basis)
    return out
