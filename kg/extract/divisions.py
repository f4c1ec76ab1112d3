"""Chinese administrative and organisation names: localities, levels, abbreviations.

Pure string functions used by entity resolution (`kg.resolve.resolution`):

- `parse_localities("郑州市二七区委")` → the printed chain of localities (郑州市, 二七区) and
  the rest ("委").
- `split_org("区委宣传部")` → the organisation's locality chain, its bare level prefix
  ("区" when no locality is printed), its canonical name and its parent committee ("区委").
- `canonical_org` writes out common department abbreviations (区人社局 →
  区人力资源和社会保障局) and drops a doubled level (二七区区委 → 二七区委).

A name is *level-only* when it names no locality ("区委", "街道党工委"), and *generic* when
its locality is a development-zone word every city has ("高新区", "开发区"); both are
ambiguous across sources, and the resolver scopes them by the article's source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.memo import pure
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon import (COMMITTEES, END_ABBREVIATIONS, GENERIC_ZONES, LEVEL_NOT_BEFORE, LEVEL_PREFIXES,
                        LEVEL_RANK, NOT_LOCALITIES_IN_NAMES, ORG_CHARS)

# Level suffixes, longer first for the regex; their first characters never start a name.
_SUFFIXES = sorted(LEVEL_RANK, key=len, reverse=True)
_LEVEL_CHARS = frozenset(s[0] for s in LEVEL_RANK)
_SEGMENT = re.compile(r"([\u4e00-\u9fff]{1,10}?)(" + "|".join(_SUFFIXES) + ")")


@dataclass(frozen=True)
class Locality:
    name: str
    level: str  # the printed level suffix: 省, 市, 区, 街道, 社区 …

    @property
    def rank(self) -> int:
        return 3 if self.generic else LEVEL_RANK[self.level]

    @property
    def generic(self) -> bool:
        return self.name in GENERIC_ZONES

    @property
    def ambiguous(self) -> bool:
        """Needs a scope (parent or source) to be identified: generic or below county level."""
        return self.generic or LEVEL_RANK[self.level] > 3


def _opens_known_unit(text: str, at: int, before: str) -> bool:
    """Whether a division the gazetteer knows starts at `at` ("镇坪县" after "安康市") and the
    name before it, run on, is none ("安康市镇")."""
    gaz = gazetteer()
    return any(gaz.units(text[at:at + k]) for k in range(3, 7)) and not any(
        gaz.units(before + text[at:at + k]) for k in range(1, 3))


def parse_localities(text: str) -> tuple[tuple[Locality, ...], str]:
    """The printed chain of localities at the start of `text` and the remaining text."""
    chain: list[Locality] = []
    pos = 0
    for g in GENERIC_ZONES:  # a bare generic zone at the start ("高新区党工委")
        if text.startswith(g) and (len(g) > pos):
            pos = len(g)
            chain = [Locality(g, "区")]
    while True:
        m = _SEGMENT.match(text, pos)
        if not m:
            break
        name, level = m.group(0), m.group(2)
        stem = m.group(1)
        nxt = text[m.end():m.end() + 1]
        # a stem opening with a level word ("区县委") unless the gazetteer knows the name (镇江市, 乡城县)
        if (stem[0] in _LEVEL_CHARS and not gazetteer().units(name) or ORG_CHARS & set(stem) or name in NOT_LOCALITIES_IN_NAMES
                or (nxt and nxt in LEVEL_NOT_BEFORE.get(level, ""))
                or (stem[-1] in "路街巷" and level in ("市", "县", "区") and not gazetteer().units(name))):
            # "常乐路市政管道": a road before 市政, no city
            break
        end = m.end()
        if len(level) == 1 and not _opens_known_unit(text, end, name):
            # "郑州市": 州 is part of the name when another level follows ("安康市镇坪县": 镇坪县 is a county)
            for suf in _SUFFIXES:
                if text.startswith(suf, end) and suf[0] != level:
                    name, level, end = name + suf, suf, end + len(suf)
                    break
        chain.append(Locality(name, level))
        pos = end
    rest = text[pos:]
    if chain:  # "二七区区委" → rest "委": the level is printed once
        last = chain[-1].level[-1]
        if rest.startswith(last) and rest[1:2] in ("委", "政", "人"):
            rest = rest[1:]
    return tuple(chain), rest


def level_prefix(text: str) -> str | None:
    """The bare level a level-only name starts with ("区委" → "区"), else None."""
    for p in LEVEL_PREFIXES:
        if text.startswith(p) and len(text) > len(p) and text[len(p)] not in _LEVEL_CHARS:
            return p
    return None


def expand_abbreviation(name: str) -> str:
    for short, full in END_ABBREVIATIONS.items():
        if name.endswith(short) and not name.endswith(full):
            return name[: len(name) - len(short)] + full
    return name


@dataclass(frozen=True)
class OrgName:
    printed: str
    canonical: str
    localities: tuple[Locality, ...]
    level: str | None  # level prefix of a level-only name
    rest: str  # the canonical name after its locality chain or level prefix
    parent: str | None  # canonical name of the committee a department belongs to

    @property
    def locality(self) -> Locality | None:
        return self.localities[-1] if self.localities else None

    @property
    def ambiguous(self) -> bool:
        """True unless a specific (non-generic, county or above) locality is printed."""
        loc = self.locality
        return loc is None or loc.ambiguous


def split_org(org: str) -> OrgName:
    printed = "".join(org.split())
    chain, rest = parse_localities(printed)
    level = None
    if not chain:
        level = level_prefix(rest)
        if level:
            rest = rest[len(level):]
    if rest.startswith("人民政府") and (chain or level):
        rest = rest[2:]  # 扎赉特旗人民政府 is 扎赉特旗政府: one office, however printed
    rest = expand_abbreviation(rest)
    prefix = "".join(loc.name for loc in chain) + (level or "")
    parent = None
    for c in COMMITTEES:
        if rest.startswith(c) and len(rest) > len(c) and prefix:
            tail = rest[len(c):]
            if c == "委" and tail.startswith(("员", "会")):
                continue
            parent = prefix + c
            break
    return OrgName(printed, prefix + rest, chain, level, rest, parent)


def canonical_org(org: str) -> str:
    return split_org(org).canonical


@pure
def parse_place(name: str) -> tuple[tuple[Locality, ...], bool]:
    """A place's locality chain and whether the whole name is administrative."""
    printed = "".join(name.split())
    chain, rest = parse_localities(printed)
    return chain, rest == "" and bool(chain)
