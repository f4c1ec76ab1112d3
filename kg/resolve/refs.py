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
- Office: canonical name (abbreviations written out, `kg.extract.divisions`) under its district; a
  level-only name (区委, 区人社局, 街道党工委) is keyed under the source, so "区委" of one
  paper is one office and the 区委 of another paper is another. A department hangs under
  its committee (区委宣传部 PART_OF 区委).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

from kg.extract.divisions import Locality, parse_place, split_org
from kg.ids import node_key
from kg.lexicon.gazetteer import Unit
from kg.model import Article
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
    home is `home`."""
    chain, whole = parse_place(place)
    refs = _chain(scope, chain, home)
    if whole:
        return refs[-1]
    name = "".join(place.split())
    parent = refs[-1] if refs else None
    if parent is not None and parent.scope is None:
        return DistrictRef(node_key("District", parent.key, name), name, None, 6, "site", None, parent,
                           f"same place name within {parent.name}")
    return DistrictRef(node_key("District", "src", scope, name), name, None, 6, "site", scope,
                       parent or _home_ref(home_units(home), 4), f"same place name in source {scope}")


@lru_cache(maxsize=65536)
def office_ref(scope: str, org: str, home: str | None = None) -> OfficeRef:
    """The Office of a printed organisation name, in an article of source `scope` whose
    source's home is `home`."""
    on = split_org(org)
    chain = _chain(scope, on.localities, home)
    own = chain[-1] if chain else None
    if own is not None:
        key, sc = node_key("Office", own.key, on.canonical), own.scope
    else:
        key, sc = node_key("Office", "src", scope, on.canonical), scope
    parent = office_ref(scope, on.parent, home) if on.parent else None
    district = own or (parent.district if parent else None)
    return OfficeRef(key, on.canonical, on.printed, sc, on.level, parent, district)
