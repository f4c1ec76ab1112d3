"""Python twins of the lookup helpers (queries/person.cypher, office, holders, district,
events, timeline, coattendance, reporter, attendance) for the embedded store.

Each returns the same rows, columns and order as its Cypher file: names match exactly
first, then by prefix; lists are sorted the way the Cypher's ORDER BY sorts them (nulls
last, ascending). The graph walks they share are in kg.store.embedded_walk.
"""

from __future__ import annotations

from typing import Any

from kg.store.embedded_queries import ROLE_TYPES, Rows, embedded_query, nodes_of
from kg.store.embedded_walk import (G, cat, events_in, events_of, evidence_rows, first_report, holdings, in_rels,
                            inside, match, match_district, nearest_district, nl, order, out_rels, participants, reach,
                            role_name, role_type, roles_of)


# -- person -------------------------------------------------------------------------
@embedded_query("person")
def person(g: G, name: str) -> Rows:
    rows = []
    for p in match(g, "Person", name):
        d = g.nodes[p]
        posts = sorted(
            ({"office": g.nodes[o].get("name"), "office_key": o, "title": h.get("title"),
              "first_seen": h.get("first_seen"), "last_seen": h.get("last_seen")}
             for o, h in out_rels(g, p, ["HOLDS"])),
            key=lambda x: order(x["first_seen"], x["office"], x["title"], x["office_key"]))
        events = []
        for e in events_of(g, p):
            ed, src = g.nodes[e], first_report(g, e) or {}
            events.append({"event": e, "date": ed.get("date"), "type": ed.get("type"),
                           "caption": ed.get("caption"), "roles": roles_of(g, p, e), "places": ed.get("places"),
                           "summary": ed.get("summary"), "sentence": src.get("sentence"),
                           "article": src.get("article")})
        events.sort(key=lambda x: order(x["date"], x["event"]))
        places = sorted({g.nodes[x].get("name") for e in events_of(g, p)
                         for x, _ in out_rels(g, e, ["HELD_IN"])}, key=nl)
        arts = {a for a, _ in out_rels(g, p, ["MENTIONED_IN"])} | {a for a, _ in in_rels(g, p, ["REPORTED_BY"])}
        articles = sorted(({"article": a, "title": g.nodes[a].get("title"),
                            "published": g.nodes[a].get("published")} for a in arts),
                          key=lambda x: order(x["published"], x["article"]))
        rows.append({"key": p, "name": d.get("name"), "home": d.get("home"), "posts": posts,
                     "events": events, "places": places, "articles": articles})
    return sorted(rows, key=lambda r: order(r["name"], r["key"]))


# -- office and holders -------------------------------------------------------------
def _holding_row(g: G, p: str, h: dict, o: str) -> dict[str, Any]:
    return {"office": g.nodes[o].get("name"), "office_key": o, "district": nearest_district(g, o),
            "title": h.get("title"), "person": g.nodes[p].get("name"), "person_key": p,
            "first_seen": h.get("first_seen"), "last_seen": h.get("last_seen")}


def _current(g: G, p: str, h: dict, o: str, as_of: str) -> bool:
    if h.get("first_seen") is None or not h["first_seen"] <= as_of:
        return False
    last = h.get("last_seen")
    for q, h2 in holdings(g, o):
        f2 = h2.get("first_seen")
        if (q != p and h2.get("title") == h.get("title") and f2 is not None and last is not None
                and f2 > last and f2 <= as_of):
            return False
    return True


@embedded_query("office")
def office(g: G, org: str, as_of: str | None = None) -> Rows:
    offices: set[str] = set()
    for root in match(g, "Office", org):
        offices.add(root)
        offices.update(inside(g, root, "Office"))
    rows, seen = [], set()
    for o in offices:
        for p, h in holdings(g, o):
            if as_of is not None and not _current(g, p, h, o, as_of):
                continue
            row = _holding_row(g, p, h, o)
            ident = tuple(row.items())
            if ident not in seen:
                seen.add(ident)
                rows.append(row)
    return sorted(rows, key=lambda r: order(r["office"], r["office_key"], r["title"], r["first_seen"],
                                            r["person"], r["person_key"]))


@embedded_query("holders")
def holders(g: G, title: str, district: str | None = None) -> Rows:
    districts = set(match_district(g, district))
    found = []
    for p, o, h in g.rels_of_type("HOLDS", title):
        t = h.get("title")
        if not (isinstance(t, str) and t.startswith(title)):
            continue
        if district is not None and not districts & set(reach(g, o, "District")):
            continue
        found.append((p, h, o))
    exact = [x for x in found if x[1].get("title") == title]
    rows = []
    for p, h, o in exact or found:
        r = _holding_row(g, p, h, o)
        rows.append({k: r[k] for k in ("title", "person", "person_key", "office", "office_key",
                                       "district", "first_seen", "last_seen")})
    return sorted(rows, key=lambda r: order(r["title"], r["office"], r["office_key"], r["first_seen"],
                                            r["person"], r["person_key"]))


# -- district -----------------------------------------------------------------------
@embedded_query("district")
def district(g: G, district: str) -> Rows:
    rows = []
    for d in match_district(g, district):
        nd = g.nodes[d]
        offices = inside(g, d, "Office")
        officials = []
        seen = set()
        for o in offices:
            for p, h in holdings(g, o):
                x = {"person": g.nodes[p].get("name"), "person_key": p, "office": g.nodes[o].get("name"),
                     "title": h.get("title"), "first_seen": h.get("first_seen"), "last_seen": h.get("last_seen")}
                ident = tuple(x.items())
                if ident not in seen:
                    seen.add(ident)
                    officials.append(x)
        officials.sort(key=lambda x: order(x["person"], x["person_key"], x["office"], x["title"]))
        events = [{"event": e, "date": g.nodes[e].get("date"), "type": g.nodes[e].get("type"),
                   "caption": g.nodes[e].get("caption"), "places": g.nodes[e].get("places"), "summary": g.nodes[e].get("summary")}
                  for e in events_in(g, d)]
        events.sort(key=lambda x: order(x["date"], x["event"]))
        rows.append({
            "key": d, "name": nd.get("name"), "level": nd.get("level"), "kind": nd.get("kind"),
            "part_of": sorted({g.nodes[u].get("name") for u in reach(g, d, "District")}, key=nl),
            "places": sorted({g.nodes[s].get("name") for s in inside(g, d, "District")}, key=nl),
            "offices": sorted({g.nodes[o].get("name") for o in offices}, key=nl),
            "officials": officials, "events": events})
    return sorted(rows, key=lambda r: order(r["name"], r["key"]))


# -- events -------------------------------------------------------------------------
@embedded_query("events")
def events(g: G, person: str | None = None, place: str | None = None, type: str | None = None,
           role: str | None = None, **dates: str | None) -> Rows:
    date_from, date_to = dates.get("from"), dates.get("to")
    people = set(match(g, "Person", person))
    places = set(match_district(g, place))
    places |= {x for d in places for x in inside(g, d, "District")}
    rt = role_type(role)
    rows = []
    # start from what is given (the person's events, the places' events), as the Cypher does
    if person is not None:
        candidates = sorted({e for p in people for e in events_of(g, p)})
    elif place is not None:
        candidates = sorted({e for x in places for e, _ in in_rels(g, x, ["HELD_IN"])})
    else:
        candidates = [k for k, _ in nodes_of(g, "Event")]
    g.prefetch(candidates)
    for e in candidates:
        d = g.nodes[e]
        if d.get("label") != "Event":
            continue
        date = d.get("date")
        if type is not None and d.get("type") != type:
            continue
        if date_from is not None and not (date is not None and date >= date_from):
            continue
        if date_to is not None and not (date is not None and date <= date_to):
            continue
        if place is not None and not any(x in places for x, _ in out_rels(g, e, ["HELD_IN"])):
            continue
        rels = in_rels(g, e, ROLE_TYPES)
        if person is not None and not any(p in people and (rt is None or r["type"] == rt) for p, r in rels):
            continue
        if person is None and rt is not None and not any(r["type"] == rt for _, r in rels):
            continue
        src = first_report(g, e) or {}
        rows.append({"key": e, "date": date, "type": d.get("type"), "caption": d.get("caption"),
                     "places": d.get("places"),
                     "summary": d.get("summary"), "participants": participants(g, e),
                     "sentence": src.get("sentence"), "article": src.get("article")})
    return sorted(rows, key=lambda r: order(r["date"], r["key"]))


# -- timeline -----------------------------------------------------------------------
@embedded_query("timeline")
def timeline(g: G, name: str) -> Rows:
    rows, seen = [], set()
    for p in match(g, "Person", name):
        facts = []
        for o, h in out_rels(g, p, ["HOLDS"]):
            facts.append(("post", cat(g.nodes[o].get("name"), " ", h.get("title")), None, h))
        for e, r in out_rels(g, p, ROLE_TYPES):
            ed = g.nodes[e]
            where = "、".join(ed.get("places") or [])
            facts.append((role_name(r["type"]), cat(ed.get("type"), f" at {where}" if where else ""),
                          ed.get("date"), r))
        for a, r in in_rels(g, p, ["REPORTED_BY"]):
            facts.append(("reported", cat(r.get("role"), ": ", g.nodes[a].get("title")), None, r))
        for fact, detail, event_date, rel in facts:
            for article, sno, sentence in evidence_rows(g, rel):
                row = {"date": event_date if event_date is not None else g.nodes[article].get("published"),
                       "name": g.nodes[p].get("name"), "key": p, "fact": fact, "detail": detail,
                       "article": article, "sentence_no": sno, "sentence": sentence}
                ident = tuple(row.items())
                if ident not in seen:
                    seen.add(ident)
                    rows.append(row)
    return sorted(rows, key=lambda r: order(r["date"], r["name"], r["key"], r["article"], r["sentence_no"],
                                            r["fact"], r["detail"]))


# -- coattendance, reporter, attendance -----------------------------------------------
@embedded_query("coattendance")
def coattendance(g: G, name: str) -> Rows:
    rows = []
    for p in match(g, "Person", name):
        shared: dict[str, set[str]] = {}
        for e in events_of(g, p):
            for q, _ in in_rels(g, e, ROLE_TYPES):
                if q != p:
                    shared.setdefault(q, set()).add(e)
        for q, evs in shared.items():
            dates = [g.nodes[e].get("date") for e in evs if g.nodes[e].get("date") is not None]
            rows.append({"name": g.nodes[p].get("name"), "key": p, "other": g.nodes[q].get("name"),
                         "other_key": q, "events": len(evs), "first": min(dates, default=None),
                         "last": max(dates, default=None)})
    return sorted(rows, key=lambda r: order(r["name"], r["key"]) + (-r["events"],)
                  + order(r["other"], r["other_key"]))


@embedded_query("reporter")
def reporter(g: G, name: str) -> Rows:
    rows = []
    for r in match(g, "Person", name, where=lambda k: bool(in_rels(g, k, ["REPORTED_BY"]))):
        arts = sorted({a for a, _ in in_rels(g, r, ["REPORTED_BY"])})
        g.prefetch(arts)
        for a in arts:
            ad = g.nodes[a]
            covered = {g.nodes[q].get("name") for q, _ in in_rels(g, a, ["MENTIONED_IN"]) if q != r}
            rows.append({"name": g.nodes[r].get("name"), "key": r,
                         "roles": sorted({d.get("role") for _, v, d in g.out_edges(a, data=True)
                                          if v == r and d["type"] == "REPORTED_BY"}, key=nl),
                         "article": a, "title": ad.get("title"), "published": ad.get("published"),
                         "covered": sorted(covered, key=nl)})
    return sorted(rows, key=lambda x: order(x["name"], x["key"], x["published"], x["article"]))


@embedded_query("attendance")
def attendance(g: G) -> Rows:
    found = [(p, e) for t in sorted(ROLE_TYPES) for p, e, _ in g.rels_of_type(t)]
    g.load(k for pair in found for k in pair)
    rows = {(p, e) for p, e in found if g.nodes[p].get("label") == "Person" and g.nodes[e].get("label") == "Event"}
    return [{"key": p, "name": g.nodes[p].get("name"), "event": e, "date": g.nodes[e].get("date")}
            for p, e in sorted(rows)]
