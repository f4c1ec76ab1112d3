"""A source's home locality, as an index declares it, read against the national gazetteer
(`kg.lexicon.gazetteer`): "河南省郑州市郑州高新技术产业开发区 (郑州高新区)", "山东省泰安高新区",
"黑龙江/绥化/肇东市", "四川 宜宾市 翠屏区".

- `home_units(home)`: the chain of units the home names, province first. Short names count
  (泰安 → 泰安市, 绥化 → 绥化市); notes in brackets, spaces and the separators "/", "|"
  between the parts are no part of a name; the text after the last unit is ignored.
- `canonical_home(home)`: a home printed in parts written as one chain ("黑龙江/绥化/肇东市"
  → 黑龙江省绥化市肇东市): a short name with no level is written out; a part printed with its
  level (大理州) or one the gazetteer cannot tell stays as printed; a one-part home opening with a
  province's short name has the province written out (广西桂林市 → 广西壮族自治区桂林市).
- `inside(u, c)`: `u` is `c` or lies within it; `usable(units)`: current units with a code
  (no placeholder "county" such as 市辖区).

The extraction stage reads the home's units to name a paper's own bodies (市委 in a 肇东市
paper) and the resolution stage to anchor printed places; both read it here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.lexicon.gazetteer import Unit, gazetteer

# placeholder "counties" of the gazetteer (towns of a city without counties: 东莞市)
PLACEHOLDER = re.compile(r"直辖|^市辖区$")
_PARENS = re.compile(r"\([^)]*\)|（[^）]*）")
_SEPARATORS = re.compile(r"[\s/／|]+")  # "、" lists two homes ("迁安市、乐亭县"): no separator


def usable(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.current and u.adcode and not PLACEHOLDER.search(u.name)]


def inside(u: Unit, c: Unit) -> bool:
    """`u` is `c` or lies within it."""
    if u == c:
        return True
    if u.rank <= c.rank:
        return False
    if c.rank == 1:
        return u.province == c.name
    if c.rank == 2:
        return u.province == c.province and u.city == c.name
    if c.rank == 3:
        return u.adcode == c.adcode and u.county == c.name
    return False


@lru_cache(maxsize=4096)
def home_units(home: str | None) -> tuple[Unit, ...]:
    """The units a home locality names, province first; () when it names none."""
    if not home:
        return ()
    g = gazetteer()
    text = _SEPARATORS.sub("", _PARENS.sub("", canonical_home(home)))
    units: list[Unit] = []
    pos = 0
    while pos < len(text):
        ctx = units[-1] if units else None
        hit: tuple[Unit, int] | None = None
        for end in range(min(len(text), pos + 24), pos + 1, -1):
            piece = text[pos:end]
            full = [u for u in usable(g.units(piece)) if ctx is None or (u != ctx and inside(u, ctx))]
            short = [u for n in g.short_names.get(piece, ()) for u in usable(g.units(n))
                     if ctx is None or (u != ctx and inside(u, ctx))] if not full else []
            found = list(dict.fromkeys(full or short))
            if len(found) == 1:
                hit = (found[0], end)
                break
            if found:
                break  # namesakes the home cannot tell apart: stop here
        if hit is None:
            break
        units.append(hit[0])
        pos = hit[1]
    return tuple(units)


@lru_cache(maxsize=4096)
def canonical_home(home: str | None) -> str:
    """A home printed in parts ("黑龙江/绥化/肇东市") as one chain of full names; a part the
    gazetteer cannot tell (a zone, a namesake) stays as printed; a home in one part as given."""
    if not home:
        return ""
    parts = [p for p in _SEPARATORS.split(_PARENS.sub("", home)) if p]
    if len(parts) <= 1:
        return _province_written_out(home)
    g = gazetteer()
    out: list[str] = []
    ctx: Unit | None = None
    for part in parts:
        # a part printed with its level stays as printed (大理州); a short name is written out
        levelled = part[-1:] in _LEVEL_ENDS
        names = (part,) if levelled else (part, *sorted(g.short_names.get(part, ())))
        found = list(dict.fromkeys(u for n in names for u in usable(g.units(n))
                                   if ctx is None or (u != ctx and inside(u, ctx))))
        out.append(found[0].name if len(found) == 1 and not levelled else part)
        ctx = found[0] if len(found) == 1 else ctx
    return "".join(out)


_LEVEL_ENDS = frozenset("省市州盟县区旗")


def _province_written_out(home: str) -> str:
    """A one-part home opening with a province's short name ("广西桂林市", "内蒙古包头市") with
    the province written out (广西壮族自治区桂林市), when a unit inside it follows; else as given."""
    g = gazetteer()
    for k in (3, 2):
        provinces = [n for n in g.short_names.get(home[:k], ()) if any(u.rank == 1 for u in usable(g.units(n)))]
        if len(provinces) == 1 and home[k:k + 1] not in _LEVEL_ENDS | {"自", "维", "壮", "回"} and not home.startswith(provinces[0]):
            written = provinces[0] + home[k:]
            return written if len(home_units(written)) >= 2 else home
    return home
