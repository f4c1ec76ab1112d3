"""`kg merges`: entity-resolution decisions rebuilt from what a store holds.

A node supported by several articles is a *merge* (its `basis` says why the articles'
mentions got one key; an office printed several ways lists the spellings). Nodes with the
same name (events: the same type, date and place) but different keys are *near-misses*:
kept apart, with what differed. Linked sources (pages of one paper, `kg.resolve.sources`) come
from the `source_links` query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping


def link_rows(links: Iterable[Mapping], origins: Collection[str] | None = None) -> list[dict]:
    """Linked sources (`source_links` rows); with `origins`, only the links of those sources."""
    return [{"kind": "merge", "label": "Source", "name": r["origin"], "key": r["scope"],
             "articles": r["articles"], "reason": "pages of one paper: shared level-only posts"}
            for r in links if origins is None or r["origin"] in origins]


def explain(entities: Iterable[Mapping], articles: Collection[str] | None = None) -> list[dict]:
    """Merges and near-misses from a store's entity rows (label, key, name, basis, home,
    scope, sig, articles, aliases), for `kg merges`.

    With `articles` (ids), only the rows involving a node one of those articles supports:
    what an ingest of them took part in (its summary counts these rows)."""
    rows: list[dict] = []
    groups: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    wanted = None if articles is None else set(articles)

    def involved(members: Iterable[Mapping]) -> bool:
        return wanted is None or any(wanted.intersection(m.get("articles") or ()) for m in members)

    for e in entities:
        arts = list(e.get("articles") or [])
        if len(arts) > 1 and involved([e]):
            reason = e.get("basis") or "same key"
            aliases = [a for a in (e.get("aliases") or []) if a != e.get("name")]
            if aliases:
                reason += "; printed as " + ", ".join(aliases)
            rows.append({"kind": "merge", "label": e["label"], "name": e.get("name"), "key": e["key"],
                         "articles": len(arts), "reason": reason})
        group = e.get("sig") if e["label"] == "Event" else e.get("name")
        if group:
            groups[(e["label"], group)].append(e)
    for (label, group), members in sorted(groups.items()):
        if len(members) < 2 or not involved(members):
            continue
        where = [m.get("home") or (f"source {m['scope']}" if m.get("scope") else None) or m["key"]
                 for m in members[:4]] + (["…"] if len(members) > 4 else [])
        reason = ("same type, date and place but no shared participant" if label == "Event"
                  else "different " + " / ".join(dict.fromkeys(str(w) for w in where)))
        keys = [m["key"] for m in members]
        rows.append({"kind": "near-miss", "label": label, "name": members[0].get("name") or group,
                     "key": ", ".join(keys[:4]) + (f" … ({len(keys)} nodes)" if len(keys) > 4 else ""),
                     "articles": sum(len(m.get("articles") or []) for m in members),
                     "reason": "kept apart: " + reason})
    return rows
