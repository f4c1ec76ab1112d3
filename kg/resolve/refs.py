"""Deterministic keys for places and offices, scoped by where an article came from.

- `source_scope`: an article's source: the web host of its URL, else its file.
- District: a county-or-higher locality with a specific name (二七区, 郑州市) is global;
  a generic zone (高新区, 开发区) or a place below county level (石佛办事处, 郭庄社区) is
  keyed under the locality printed before it ("梧桐办事处郭庄社区" → 郭庄社区 PART_OF
  梧桐办事处), else under the article's source. Other places (companies, sites) are
  `kind: site` districts, keyed under their printed locality when it is global, else
  under the source.
- Office: canonical name (abbreviations written out, `kg.extract.divisions`) under its district; a
  level-only name (区委, 区人社局, 街道党工委) is keyed under the source, so "区委" of one
  paper is one office and the 区委 of another paper is another. A department hangs under
  its committee (区委宣传部 PART_OF 区委).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from kg.ids import node_key
from kg.model import Article
from kg.extract.divisions import Locality, parse_place, split_org


def source_scope(article: Article) -> str:
    """The source an article came from: the web host of its URL, else its file."""
    src = article.url or article.source
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", src):
        host = (urlsplit(src).hostname or src).lower()
        return "web:" + re.sub(r"^(www|m|wap)\.", "", host)
    return "file:" + os.path.normpath(src)


@dataclass(frozen=True)
class DistrictRef:
    key: str
    name: str
    level: str | None
    rank: int
    kind: str  # "admin" or "site"
    scope: str | None  # the source scoping the key, None when global
    parent: "DistrictRef | None" = None
    basis: str = ""


@dataclass(frozen=True)
class OfficeRef:
    key: str
    name: str
    printed: str
    scope: str | None
    level: str | None  # the bare level of a level-only name ("区")
    parent: "OfficeRef | None" = None
    district: DistrictRef | None = None  # own locality, or the parent's


def _chain(scope: str, chain: tuple[Locality, ...]) -> tuple[DistrictRef, ...]:
    refs: list[DistrictRef] = []
    parent: DistrictRef | None = None
    for loc in chain:
        if not loc.ambiguous:
            key, sc, basis = node_key("District", loc.name), None, "same name (county level or above)"
        elif parent is not None:
            key, sc, basis = node_key("District", parent.key, loc.name), parent.scope, f"same name within {parent.name}"
        else:
            key, sc, basis = node_key("District", "src", scope, loc.name), scope, f"same name in source {scope}"
        parent = DistrictRef(key, loc.name, loc.level, loc.rank, "admin", sc, parent, basis)
        refs.append(parent)
    return tuple(refs)


@lru_cache(maxsize=65536)
def place_ref(scope: str, place: str) -> DistrictRef:
    chain, whole = parse_place(place)
    refs = _chain(scope, chain)
    if whole:
        return refs[-1]
    name = "".join(place.split())
    parent = refs[-1] if refs else None
    if parent is not None and parent.scope is None:
        return DistrictRef(node_key("District", parent.key, name), name, None, 6, "site", None, parent,
                           f"same place name within {parent.name}")
    return DistrictRef(node_key("District", "src", scope, name), name, None, 6, "site", scope, parent,
                       f"same place name in source {scope}")


@lru_cache(maxsize=65536)
def office_ref(scope: str, org: str) -> OfficeRef:
    on = split_org(org)
    chain = _chain(scope, on.localities)
    own = chain[-1] if chain else None
    if own is not None:
        key, sc = node_key("Office", own.key, on.canonical), own.scope
    else:
        key, sc = node_key("Office", "src", scope, on.canonical), scope
    parent = office_ref(scope, on.parent) if on.parent else None
    district = own or (parent.district if parent else None)
    return OfficeRef(key, on.canonical, on.printed, sc, on.level, parent, district)
