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

# Level suffix → rank (1 province … 5 village). Longer suffixes first for the regex.
LEVEL_RANK = {
    "特别行政区": 1, "自治区": 1, "省": 1,
    "自治州": 2, "地区": 2, "州": 2, "盟": 2, "市": 2,
    "自治县": 3, "自治旗": 3, "区": 3, "县": 3, "旗": 3,
    "街道办事处": 4, "办事处": 4, "街道": 4, "镇": 4, "乡": 4, "苏木": 4,
    "社区": 5, "嘎查": 5, "村": 5,
}
_SUFFIXES = sorted(LEVEL_RANK, key=len, reverse=True)
_LEVEL_CHARS = set("省市区县旗州盟镇乡村") | {"街", "社", "办", "地", "自", "特", "苏", "嘎"}
_SEGMENT = re.compile(r"([\u4e00-\u9fff]{1,10}?)(" + "|".join(_SUFFIXES) + ")")
# Characters that never occur in the name part of a locality (they belong to organisations).
_STOP = set("委党局部厅会府政院所校队庭科室处组团站协联司")

# Development zones every city has: a locality in form, but ambiguous without its city.
GENERIC_LOCALITIES = frozenset({
    "高新区", "开发区", "经开区", "经济开发区", "经济技术开发区", "高新技术产业开发区",
    "新区", "港区", "园区", "工业园区", "保税区", "综合保税区", "自贸区", "示范区", "度假区",
})
# Words shaped like localities that are not places.
NOT_LOCALITIES = frozenset({
    "城乡", "农村", "乡村", "城市", "城区", "城镇", "乡镇", "村镇", "市区", "郊区", "山区",
    "景区", "校区", "辖区", "片区", "小区", "街区", "社区", "地区", "市县", "县区", "区县",
    "全省", "全市", "全区", "全县", "全镇", "全乡", "全村", "本市", "本区", "本县", "该市",
    "该区", "该县", "各区", "各县", "各市", "各镇", "各乡", "各村", "省市", "市场",
})
# Words after which a "locality" is really part of a longer word (市场, 区域, 村民 …).
_BAD_NEXT = {"市": "场民", "区": "域间别", "村": "民", "县": "域", "镇": "压"}

# Level prefixes of level-only names ("区委", "街道党工委"), longest first.
LEVEL_PREFIXES = ("街道办事处", "办事处", "街道", "社区", "省", "市", "区", "县", "镇", "乡", "村")

# Committees a department hangs under: "区委宣传部" → parent "区委". Longest first.
COMMITTEES = ("人大常委会", "人民政府", "党工委", "管委会", "政协", "纪委", "政府", "党委", "委")

# Common department abbreviations → full names (suffix replacement).
ABBREVIATIONS = {
    "人社局": "人力资源和社会保障局",
    "发改委": "发展和改革委员会",
    "发改局": "发展和改革局",
    "住建局": "住房和城乡建设局",
    "市场监管局": "市场监督管理局",
    "卫健委": "卫生健康委员会",
    "卫健局": "卫生健康局",
    "文旅局": "文化和旅游局",
    "应急局": "应急管理局",
    "教体局": "教育和体育局",
    "工信局": "工业和信息化局",
    "医保局": "医疗保障局",
    "城管局": "城市管理局",
    "退役军人局": "退役军人事务局",
    "交通局": "交通运输局",
    "检察院": "人民检察院",
    "法院": "人民法院",
}


@dataclass(frozen=True)
class Locality:
    name: str
    level: str  # the printed level suffix: 省, 市, 区, 街道, 社区 …

    @property
    def rank(self) -> int:
        return 3 if self.generic else LEVEL_RANK[self.level]

    @property
    def generic(self) -> bool:
        return self.name in GENERIC_LOCALITIES

    @property
    def ambiguous(self) -> bool:
        """Needs a scope (parent or source) to be identified: generic or below county level."""
        return self.generic or LEVEL_RANK[self.level] > 3


def parse_localities(text: str) -> tuple[tuple[Locality, ...], str]:
    """The printed chain of localities at the start of `text` and the remaining text."""
    chain: list[Locality] = []
    pos = 0
    for g in GENERIC_LOCALITIES:  # a bare generic zone at the start ("高新区党工委")
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
        if (stem[0] in _LEVEL_CHARS or _STOP & set(stem) or name in NOT_LOCALITIES
                or (nxt and nxt in _BAD_NEXT.get(level, ""))):
            break
        end = m.end()
        if len(level) == 1:  # "郑州市": 州 is part of the name when another level follows
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
    for short, full in ABBREVIATIONS.items():
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


def parse_place(name: str) -> tuple[tuple[Locality, ...], bool]:
    """A place's locality chain and whether the whole name is administrative."""
    printed = "".join(name.split())
    chain, rest = parse_localities(printed)
    return chain, rest == "" and bool(chain)
