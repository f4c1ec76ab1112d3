"""Canonical places: printed localities matched to the national gazetteer
(`kg.lexicon.gazetteer`), so one division is one District whoever prints it and however.

- `candidates(name)`: the gazetteer's units a printed name can be. A street's office is
  the street (枣园街道办事处 = 枣园街道; 梧桐办事处 may be 梧桐街道), see `place_name`.
- `home_units(home)` (kg.lexicon.homes): a source's home locality read as the chain of
  units it names, province first.
- `pick(...)`: the one unit a name stands for, given the units printed before it or the
  source's home; None when the gazetteer lacks the name or cannot tell its namesakes
  apart (the resolver then keeps the printed, source-scoped key).
- `parent_of(unit)`: the unit it lies in (town → county → city → province).

Only current units with a code are used (a former name keeps its printed key).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kg.lexicon.gazetteer import Unit, gazetteer
from kg.lexicon.homes import PLACEHOLDER as _PLACEHOLDER, home_units, inside, usable as _usable

STREET_OFFICE = "办事处"
STREET = "街道"


def place_name(name: str) -> str:
    """A printed locality's name as one place: a street's office is the street
    (枣园街道办事处 → 枣园街道); anything else as printed."""
    if name.endswith(STREET + STREET_OFFICE) and len(name) > len(STREET + STREET_OFFICE):
        return name[: -len(STREET_OFFICE)]
    return name


@lru_cache(maxsize=65536)
def candidates(name: str) -> tuple[Unit, ...]:
    """Units the printed name can be (X办事处 may be X街道)."""
    g = gazetteer()
    name = place_name(name)
    found = _usable(g.units(name))
    if not found and name.endswith(STREET_OFFICE) and len(name) > len(STREET_OFFICE):
        found = _usable(g.units(name[: -len(STREET_OFFICE)] + STREET))
    return tuple(found)


def _named(name: str | None, rank: int, province: str | None = None) -> Unit | None:
    if not name or _PLACEHOLDER.search(name):
        return None
    found = [u for u in _usable(gazetteer().units(name))
             if u.rank == rank and (province is None or u.province == province)]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=65536)
def parent_of(u: Unit) -> Unit | None:
    """The unit `u` lies in: its county (a town), city or province; None for a province."""
    if u.rank <= 1:
        return None
    if u.rank >= 4:
        county = [c for c in _usable(gazetteer().units(u.county or "")) if c.rank == 3 and c.adcode == u.adcode]
        if len(county) == 1:
            return county[0]
    if u.rank >= 3 and u.city and u.city != u.province:
        city = _named(u.city, 2, u.province)
        if city is not None:
            return city
    return _named(u.province, 1)


def pick(units: Sequence[Unit], contexts: Sequence[Unit], *, strict: bool, generic: bool = False) -> Unit | None:
    """The one unit of `units` inside the most specific context that holds any of them.

    `contexts`: most specific first (the printed parent, or the home's units from the
    most specific up). With none inside any context, a name the gazetteer has once is
    that unit, unless `strict` (a printed parent must hold it), the name is a generic zone
    word (高新区: never by its name alone) or a town printed away from a known home."""
    for c in contexts:
        inner = [u for u in units if inside(u, c)]
        if len(inner) == 1:
            return inner[0]
        if inner:
            return None
    if strict or generic or len(units) != 1:
        return None
    only = units[0]
    return only if (not contexts or only.rank <= 3) else None


@lru_cache(maxsize=4096)
def zone_of_home(word: str, homes: Sequence[Unit]) -> Unit | None:
    """The home's own zone when a generic zone word (高新区) is printed in its paper: the
    most specific home unit is a zone the gazetteer gives that short name
    (郑州高新技术产业开发区 for 高新区), or whose name ends with the word."""
    if not homes:
        return None
    h = homes[-1]
    if h.name in gazetteer().short_names.get(word, ()) or (h.name != word and h.name.endswith(word)):
        return h
    return None


def anchor(homes: Sequence[Unit], rank: int) -> Unit | None:
    """The most specific home unit above `rank`: where a place of that rank printed
    without its containers lies, in its source's home."""
    above = [u for u in homes if u.rank < rank]
    return above[-1] if above else None
