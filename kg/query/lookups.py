"""The lookup helpers: who holds what, who did what where, as rows from either store.

Each function takes an open `Store` and the user's values, runs one named query
(queries/<name>.cypher on Neo4j, its twin in kg.store.embedded_lookups on the embedded
store) with the values as parameters, and returns its rows. Names are NFKC-normalised and
stripped of whitespace (as the graph stores them), then match exactly first and by prefix
when nothing matches exactly. Nothing matching raises NotFound with a message saying
what was looked for (or that the store is empty).

`person_facts` and `district_facts` flatten the nested rows of `person` and `district`
into one fact per row, for tables and CSV.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from kg.errors import NotFound
from kg.graph.model import LABELS
from kg.store.base import Store

Rows = list[dict[str, Any]]
ROLES = ("chaired", "attended", "spoke", "inspected", "accompanied")
EVENT_TYPES = ("meeting", "inspection", "other")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Field order of the maps nested in rows (Neo4j returns map keys in no particular order).
NESTED = {
    "posts": ("office", "office_key", "title", "first_seen", "last_seen"),
    "events": ("event", "date", "type", "caption", "roles", "places", "summary", "sentence", "article"),
    "articles": ("article", "title", "published"),
    "officials": ("person", "person_key", "office", "title", "first_seen", "last_seen"),
}
DISTRICT_EVENT = ("event", "date", "type", "caption", "places", "summary")


def clean(value: str | None, what: str) -> str:
    """A user's name as the graph spells names: NFKC, no whitespace. Empty is refused."""
    text = "".join(unicodedata.normalize("NFKC", value or "").split())
    if not text:
        raise NotFound(f"give a {what} to look up (got an empty one)")
    return text


def optional(value: str | None, what: str) -> str | None:
    return None if value is None else clean(value, what)


def iso_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not _DATE.fullmatch(value.strip()):
        raise NotFound(f"{what} {value!r} is not an ISO date (YYYY-MM-DD), so nothing can match it")
    return value.strip()


def _shape(rows: Rows, fields: dict[str, Sequence[str]]) -> Rows:
    return [{k: ([{f: m.get(f) for f in fields[k]} for m in v] if k in fields and isinstance(v, list) else v)
             for k, v in r.items()} for r in rows]


def nothing(store: Store, message: str) -> NotFound:
    """NotFound with `message`, or saying the store is empty when it is."""
    if not any(r["label"] in LABELS for r in store.query("count_labels")):
        return NotFound(f"the {store.backend} store ({store.where()}) is empty: "
                        "add articles with `kg ingest` first")
    return NotFound(message)


def _found(store: Store, rows: Rows, message: str) -> Rows:
    if not rows:
        raise nothing(store, message)
    return rows


def _named(what: str, name: str) -> str:
    return f"no {what} named {name!r} or with a name starting with it"


# -- role lookups ---------------------------------------------------------------------
def person(store: Store, name: str) -> Rows:
    """Each person with the name: posts, events (roles, source sentence), places, articles."""
    name = clean(name, "name")
    rows = store.query("person", name=name)
    return _shape(_found(store, rows, _named("person", name)), NESTED)


def office(store: Store, org: str, as_of: str | None = None) -> Rows:
    """Who holds which title at an office (and the units under it), optionally as of a date."""
    org, as_of = clean(org, "office"), iso_date(as_of, "--as-of")
    rows = store.query("office", org=org, as_of=as_of)
    if not rows and store.query("office", org=org, as_of=None):
        raise NotFound(f"nobody is known to hold a post at {org!r} as of {as_of}")
    return _found(store, rows, f"{_named('office', org)}, or nobody is known to hold a post there")


def holders(store: Store, title: str, district: str | None = None) -> Rows:
    """Who holds a title, anywhere or in offices of one district."""
    title, district = clean(title, "title"), optional(district, "district")
    rows = store.query("holders", title=title, district=district)
    where = f" in {district!r}" if district else ""
    return _found(store, rows, f"nobody holds a title {title!r} (or starting with it){where}")


def district(store: Store, name: str) -> Rows:
    """Each district with the name: what it is part of, places, offices, officials, events."""
    name = clean(name, "district")
    rows = store.query("district", district=name)
    rows = [{**r, "events": [{f: e.get(f) for f in DISTRICT_EVENT} for e in r["events"]]} for r in rows]
    return _shape(_found(store, rows, _named("district or place", name)),
                  {"officials": NESTED["officials"]})


# -- activity lookups -----------------------------------------------------------------
def events(store: Store, person: str | None = None, place: str | None = None, type: str | None = None,
           role: str | None = None, date_from: str | None = None, date_to: str | None = None) -> Rows:
    """Events matching every filter given; a place includes the places inside it."""
    if type is not None and type not in EVENT_TYPES:
        raise NotFound(f"no event type {type!r}: use one of {', '.join(EVENT_TYPES)}")
    if role is not None and role not in ROLES:
        raise NotFound(f"no role {role!r}: use one of {', '.join(ROLES)}")
    params = {"person": optional(person, "person"), "place": optional(place, "place"), "type": type,
              "role": role, "from": iso_date(date_from, "--from"), "to": iso_date(date_to, "--to")}
    rows = store.query("events", **params)
    if rows:
        return rows
    if params["person"] and not store.query("person", name=params["person"]):
        raise nothing(store, _named("person", params["person"]))
    if params["place"] and not store.query("district", district=params["place"]):
        raise nothing(store, _named("place", params["place"]))
    given = ", ".join(f"{k}={v}" for k, v in params.items() if v is not None)
    raise nothing(store, f"no events match {given}" if given else "no events are stored")


def timeline(store: Store, name: str) -> Rows:
    """One person's posts, roles and bylines in date order, each with its source sentence."""
    name = clean(name, "name")
    rows = store.query("timeline", name=name)
    if not rows and store.query("person", name=name):
        raise NotFound(f"nothing dated is recorded for {name!r}")
    return _found(store, rows, _named("person", name))


def coattendance(store: Store, name: str) -> Rows:
    """Who appears at the same events as a person, with how many events they shared."""
    name = clean(name, "name")
    rows = store.query("coattendance", name=name)
    if not rows and store.query("person", name=name):
        raise NotFound(f"{name!r} shares no event with anybody")
    return _found(store, rows, _named("person", name))


def reporter(store: Store, name: str) -> Rows:
    """A reporter's articles and whom each covered."""
    name = clean(name, "name")
    return _found(store, store.query("reporter", name=name), _named("reporter", name))


# -- flat views for tables and CSV ---------------------------------------------------
def _join(items: Sequence[Any] | None, sep: str = "、") -> str:
    return sep.join(str(x) for x in items or [])


def _span(first: str | None, last: str | None) -> str | None:
    return first if first == last else f"{first or '?'} .. {last or '?'}"


def _event_detail(e: dict[str, Any], roles: bool = True) -> str:
    """The event's caption (date, type, short title; its type in a store built before
    captions), where it was held and the person's roles."""
    where = f" at {_join(e.get('places'))}" if e.get("places") else ""
    who = f" ({', '.join(e['roles'])})" if roles and e.get("roles") else ""
    return f"{e.get('caption') or e.get('type')}{where}{who}"


def person_facts(rows: Rows) -> Rows:
    """`person` rows as one fact per row: name, key, fact, date, detail, sentence."""
    out = []
    for r in rows:
        base = {"name": r["name"], "key": r["key"]}
        for p in r["posts"]:
            out.append({**base, "fact": "post", "date": _span(p["first_seen"], p["last_seen"]),
                        "detail": f"{p['office']} {p['title']}", "sentence": None})
        for e in r["events"]:
            out.append({**base, "fact": "event", "date": e["date"], "detail": _event_detail(e),
                        "sentence": e["sentence"]})
        if r["places"]:
            out.append({**base, "fact": "places", "date": None, "detail": _join(r["places"]), "sentence": None})
        for a in r["articles"]:
            out.append({**base, "fact": "article", "date": a["published"], "detail": a["title"],
                        "sentence": None})
        if not (r["posts"] or r["events"] or r["articles"]):
            out.append({**base, "fact": "person", "date": None, "detail": r.get("home"), "sentence": None})
    return out


def district_facts(rows: Rows) -> Rows:
    """`district` rows as one fact per row: name, key, fact, date, detail."""
    out = []
    for r in rows:
        base = {"name": r["name"], "key": r["key"]}
        out.append({**base, "fact": "district", "date": None,
                    "detail": " ".join(x for x in (r.get("level"), r.get("kind")) if x) or None})
        if r["part_of"]:
            out.append({**base, "fact": "part of", "date": None, "detail": _join(r["part_of"])})
        if r["places"]:
            out.append({**base, "fact": "places", "date": None, "detail": _join(r["places"])})
        for o in r["offices"]:
            out.append({**base, "fact": "office", "date": None, "detail": o})
        for p in r["officials"]:
            out.append({**base, "fact": "official", "date": _span(p["first_seen"], p["last_seen"]),
                        "detail": f"{p['person']}: {p['office']} {p['title']}"})
        for e in r["events"]:
            out.append({**base, "fact": "event", "date": e["date"],
                        "detail": f"{_event_detail(e, roles=False)}: {e.get('summary') or ''}".rstrip(": ")})
    return out
