"""Deterministic keys for places and offices, scoped by where an article came from.

Keys hash canonical identity and content only, never a path: the same articles give the
same keys from any folder or machine.

- `source_scope`: an article's source: its declared source (`Article.publisher`: "src:"
  + the name, or the web host of a URL), else the web host of its URL, else its file's
  name without the directory ("file:page-01.txt").
- District: a locality the gazetteer knows (`kg.resolve.places`) is canonical: keyed by
  its code (`adcode`) and name, towns and streets under their county, named as the
  gazetteer names it (the printed spelling is an alias: 枣园街道办事处 is 枣园街道), and
  PART_OF its county, city and province. A name several units share is picked by the
  localities printed before it, else by the source's home (`Article.home`); a generic zone
  (高新区) printed in the paper of a zone is that zone. Otherwise, as printed: a
  county-or-higher locality with a specific name (二七区, 郑州市) is global; a generic zone
  (高新区, 开发区) or a place below county level (石佛办事处, 郭庄社区) is keyed under the
  locality printed before it ("梧桐办事处郭庄社区" → 郭庄社区 PART_OF 梧桐办事处), else
  under the article's source and PART_OF the source's home when it is known. Other places
  (companies, sites) are `kind: site` districts, keyed under their printed locality when it
  is global, else under the source (PART_OF the home's county when known).
- Office: named by its lowest locality and what follows (安徽省安庆市委 is 安庆市委), keyed
  by that name under its district. A level-only name (区委, 区人社局, 街道党工委) is the
  office of the source's home at that level (县委 in a 青石县 paper is 青石县委), else of the
  one locality of that level the article prints, else it is keyed under the source, so
  "区委" of one paper is one office and the 区委 of another paper is another. An office
  with no locality lies in its source's home when there is one. A department hangs under
  its committee (区委宣传部 PART_OF 区委).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from kg.extract.divisions import Locality, parse_place, split_org
from kg.extract.org_names import full_prefecture
from kg.extract.triggers import committee_seat
from kg.ids import node_key
from kg.lexicon.gazetteer import Unit
from kg.model import Article, ArticleRecord
from kg.resolve.places import anchor, candidates, home_units, parent_of, pick, place_name, zone_of_home


_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _web(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return "web:" + re.sub(r"^(www|m|wap)\.", "", host)


def source_scope(article: Article) -> str:
    """The source an article came from: its declared source (a name, or a URL's host),
    else the web host of its URL, else its file's name (never the directory)."""
    if article.publisher:
        return _web(article.publisher) if _URL.match(article.publisher) else "src:" + article.publisher
    src = article.url or article.source
    if _URL.match(src):
        return _web(src)
    return "file:" + os.path.basename(os.path.normpath(src))


@dataclass(frozen=True)
class DistrictRef:
    key: str
    name: str  # canonical: the gazetteer's name, or as printed (a street's office: the street)
    level: str | None
    rank: int
    kind: str  # "admin" or "site"
    scope: str | None  # the source scoping the key, None when global
    parent: "DistrictRef | None" = None
    basis: str = ""
    adcode: str | None = None  # the gazetteer's code (a town: its county's)
    printed: str | None = None  # the name as printed, when it differs from `name`


@dataclass(frozen=True)
class OfficeRef:
    key: str
    name: str
    printed: str
    scope: str | None
    level: str | None  # the bare level of a level-only name ("区")
    parent: "OfficeRef | None" = None
    district: DistrictRef | None = None  # own locality, or the parent's
    inferred: str | None = None  # why a level-only name stands for this office


@lru_cache(maxsize=65536)
def unit_ref(unit: Unit) -> DistrictRef:
    """The District of a gazetteer unit, PART_OF the units it lies in."""
    up = parent_of(unit)
    parent = unit_ref(up) if up is not None else None
    if unit.rank <= 3 or parent is None:
        key = node_key("District", "gazetteer", unit.adcode or "", unit.name)
    else:  # a town or street: under its county
        key = node_key("District", parent.key, unit.name)
    where = "".join(dict.fromkeys(x for x in (unit.province, unit.city, unit.county, unit.name) if x))
    return DistrictRef(key, unit.name, unit.level or None, unit.rank, "admin", None, parent,
                       f"gazetteer unit {unit.adcode} ({where})", unit.adcode)


def _home_ref(homes: tuple[Unit, ...], rank: int) -> DistrictRef | None:
    unit = anchor(homes, rank)
    return unit_ref(unit) if unit is not None else None


def _canonical(loc: Locality, parent: Unit | None, printed_parent: bool, homes: tuple[Unit, ...]) -> Unit | None:
    if loc.generic and not printed_parent and (zone := zone_of_home(loc.name, homes)) is not None:
        return zone
    cands = candidates(loc.name)
    if not cands:
        return None
    if printed_parent:
        if parent is not None:
            return pick(cands, [parent], strict=True)
        if loc.rank >= 4:  # under a printed locality the gazetteer lacks: keyed under it
            return None
    return pick(cands, homes[::-1], strict=False, generic=loc.generic)


def _chain(scope: str, chain: tuple[Locality, ...], home: str | None = None) -> tuple[DistrictRef, ...]:
    refs: list[DistrictRef] = []
    parent: DistrictRef | None = None
    parent_unit: Unit | None = None
    homes = home_units(home)
    for loc in chain:
        unit = _canonical(loc, parent_unit, parent is not None, homes)
        name = place_name(loc.name)
        printed = loc.name if loc.name != name else None
        if unit is not None:
            ref = unit_ref(unit)
            ref = replace(ref, printed=loc.name) if loc.name != ref.name else ref
        elif not loc.ambiguous:  # in the source's home when its home names it (周口港区)
            up = parent if parent is not None else (
                _home_ref(homes, loc.rank) if home and name in "".join(home.split()) else None)
            ref = DistrictRef(node_key("District", name), name, loc.level, loc.rank, "admin", None, up,
                              "same name (county level or above)", printed=printed)
        elif parent is not None:
            ref = DistrictRef(node_key("District", parent.key, name), name, loc.level, loc.rank, "admin",
                              parent.scope, parent, f"same name within {parent.name}", printed=printed)
        else:
            ref = DistrictRef(node_key("District", "src", scope, name), name, loc.level, loc.rank, "admin",
                              scope, _home_ref(homes, loc.rank), f"same name in source {scope}",
                              printed=printed)
        parent, parent_unit = ref, unit
        refs.append(ref)
    return tuple(refs)


@lru_cache(maxsize=65536)
def place_ref(scope: str, place: str, home: str | None = None) -> DistrictRef:
    """The District of a printed place, in an article of source `scope` whose source's
    home is `home`. A village's or community's committee (屋基村委会, 狮子社区居委会) is
    the village or community."""
    if (seat := committee_seat(place)) is not None:
        return replace(place_ref(scope, seat, home), printed=place)
    if (full := full_prefecture(place)) != place:
        return replace(place_ref(scope, full, home), printed=place)  # 迪庆州 is 迪庆藏族自治州
    chain, whole = parse_place(place)
    refs = _chain(scope, chain, home)
    if whole:
        return refs[-1]
    name = "".join(place.split())
    joined = "".join(loc.name for loc in chain)
    if chain and name.startswith(joined) and len(name) - len(joined) >= 2:
        name = name[len(joined):]  # "车湖垸黄沙湖": 黄沙湖, PART_OF 车湖垸
    parent = refs[-1] if refs else None
    if parent is not None and parent.scope is None:
        return DistrictRef(node_key("District", parent.key, name), name, None, 6, "site", None, parent,
                           f"same place name within {parent.name}")
    return DistrictRef(node_key("District", "src", scope, name), name, None, 6, "site", scope,
                       parent or _home_ref(home_units(home), 4), f"same place name in source {scope}")


Context = tuple[tuple[str, str, str], ...]  # (level, locality, printed prefix) an article prints
_ZONE = re.compile(r"(开发区|新区|园区|试验区|示范区|合作区|保税区)$")


def level_context(orgs: Iterable[str], places: Iterable[str] = ()) -> Context:
    """The specific localities an article prints, by level: what a level-only name of the
    same article ("县委" after "青石县委") may stand for."""
    seen: dict[tuple[str, str], str] = {}
    chains = [split_org(o).localities for o in orgs] + [parse_place(p)[0] for p in places]
    for chain in chains:
        for i, loc in enumerate(chain):
            if not loc.generic and not _ZONE.search(loc.name):
                prefix = "".join(x.name for x in chain[:i + 1])
                old = seen.get((loc.level, loc.name))
                seen[(loc.level, loc.name)] = max(prefix, old or "", key=lambda x: (len(x), x))
    return tuple(sorted((lv, name, prefix) for (lv, name), prefix in seen.items()))


def context_of(rec: ArticleRecord) -> Context:
    """`level_context` of an article record: its posts' organisations and events' places."""
    return level_context([q.org for p in rec.people for q in p.posts if q.org],
                         [x for e in rec.events for x in (e.printed_places or e.places)])


def _home_at(level: str, home: str | None) -> str | None:
    """The source's home locality at this level (青石县 for 县 in a 青石县 paper)."""
    if not home:
        return None
    names = [u.name for u in home_units(home) if u.level == level]
    if not names:
        names = [loc.name for loc in parse_place(home)[0] if loc.level == level]
    names = [n for n in names if not _ZONE.search(n) and n.endswith(level)]
    return names[-1] if names else None


def level_prefix(level: str, home: str | None, context: Context) -> tuple[str, str] | None:
    """The locality a level-only organisation of this level stands for, and why: the source's
    home at that level, else the one locality of that level the article prints; None
    when neither is clear (the office stays scoped by its source)."""
    at_home = _home_at(level, home)
    if at_home:
        return at_home, f"the source's home is {at_home}"
    printed = {name: prefix for lv, name, prefix in context if lv == level}
    if len(printed) == 1:
        (name, prefix), = printed.items()
        return prefix, f"the article prints {name} and no other {level}"
    return None


@lru_cache(maxsize=65536)
def office_ref(scope: str, org: str, home: str | None = None, context: Context = ()) -> OfficeRef:
    """The Office of a printed organisation name, in an article of source `scope` whose
    source's home is `home` and which prints the localities of `context`.

    A level-only name (县委) is the office of the home's or the article's locality at
    its level (青石县委) when `level_prefix` finds one. An office is named by its lowest
    locality and what follows ("安徽省安庆市委" is 安庆市委) and keyed by that name under
    its district, so every printed form of one office is one node; the printed form is
    kept as an alias."""
    on = split_org(full_prefecture(org))  # 迪庆州委 is 迪庆藏族自治州委: one office, the printed form an alias
    on = replace(on, printed=org) if on.printed != org else on
    if not on.localities and on.level and on.canonical.startswith(on.level):
        found = level_prefix(on.level, home, context)
        if found is not None:
            ref = office_ref(scope, found[0] + on.canonical[len(on.level):], home, context)
            return replace(ref, printed=on.printed, inferred=f"{on.printed}: {found[1]}")
    chain = _chain(scope, on.localities, home)
    own = chain[-1] if chain else None
    name = on.canonical
    joined = "".join(loc.name for loc in on.localities)
    if own is not None and on.canonical.startswith(joined):
        name = on.localities[-1].name + on.canonical[len(joined):]
    if own is not None:
        key, sc = node_key("Office", own.key, name), own.scope
    else:
        key, sc = node_key("Office", "src", scope, name), scope
    parent = office_ref(scope, on.parent, home, context) if on.parent else None
    district = own or (parent.district if parent else None) or home_district(scope, home)
    return OfficeRef(key, name, on.printed, sc, on.level, parent, district)


@lru_cache(maxsize=4096)
def home_district(scope: str, home: str | None) -> DistrictRef | None:
    """The District of a source's home: where an office printed with no locality (公安局,
    董家塅高科园党工委) lies when its paper has a home; its key stays scoped by the source."""
    if not home:
        return None
    units = home_units(home)
    if units:
        return unit_ref(units[-1])
    chain = _chain(scope, parse_place(home)[0], home)
    return chain[-1] if chain else None
