"""Units printed before a post that names only their kind: the village, community, firm or
school printed last ("在柳塘村," … 村党总支书记 → 柳塘村党总支; 该公司总经理 → the firm named last;
"在育才中学,校长X" → 育才中学), and a congress delegation's temporary party branch.
kg.extract.orgs resolves posts with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.org_names import is_place_name
from kg.extract.words import ROOM
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon import BOUNDARY_WORDS, HEAD_TITLE_UNITS, NOT_LOCALITY_STEMS


def delegation_branch(resolved: Iterable[str], text: str) -> str | None:
    """The temporary party branch (临时党支部) of the congress delegation resolved last, when
    the article says one was set up ("代表团还成立了临时党支部,…推选X为党支部书记")."""
    if "临时党支部" not in text:
        return None
    return next((h + "临时党支部" for h in reversed(list(resolved)) if h.endswith("代表团")), None)


# what a unit's name never holds: a word before an organisation ("会见", "陪同"), a visit verb
_NAMED_AFTER = re.compile("|".join(sorted((w for w in BOUNDARY_WORDS if len(w) >= 2), key=len, reverse=True))
                          + "|与|及|同|了|的|介绍|在|来到|走进|深入|前往|支持|关注|考察|调研|参观|走访|出席|参加|主持|召开|举办|举行")


def last_named(before: str, unit: str) -> str | None:
    """The last full name ending in `unit` printed before: "在星辰电子科技有限公司,公司总经理…"."""
    found = None
    for m in re.finditer(r"[\u4e00-\u9fffA-Za-z0-9()]{2,24}?" + re.escape(unit), before):
        name = _NAMED_AFTER.split(m.group())[-1]  # "成武县与山东交通学院": the last of two; "X会见Y公司": Y公司
        name = re.sub(r"^(?:在|到|和)", "", name)
        if unit == "代表团":  # a delegation is named for its place ("会议的梧州代表团"), never "第一次代表团"
            stem = name[:-len(unit)]
            name = next((stem[i:] + unit for i in range(len(stem) - 1) if is_place_name(stem[i:])), "")
        if name[-len(unit) - 1:-len(unit)] in _BARE_BEFORE:
            continue  # "…人士三百余人到公司参观": the kind alone, no firm's name
        if len(name) > len(unit) and not _ROOM.search(name):
            found = name
    return found


_BARE_BEFORE = ("到", "在", "赴", "进")
_ROOM = re.compile(ROOM + "$")  # a room, no unit with a head


_THIS_UNIT = re.compile(r"^该(公司|集团|企业|医院|学校|中心|村|社区|局)")


def unit_printed_before(org: str, before: str) -> str | None:
    """The unit named last in `before` for an organisation printed by its kind: 村党总支 after
    "在柳塘村," is 柳塘村党总支, 社区党支部 after "来到南街社区" 南街社区党支部; 该公司 the firm named last."""
    this = _THIS_UNIT.match(org)
    kind = this.group(1) if this else "村" if org.startswith("村") and len(org) > 1 else (
        "社区" if org.startswith("社区") and len(org) > 2 else None)
    if kind is None:
        return None
    named = last_village(before) if kind == "村" else last_community(before) if kind == "社区" else last_named(before, kind)
    return named + org[this.end() if this else len(kind):] if named else None


def unit_in_sentence(before: str, kinds: tuple[str, ...]) -> str | None:
    """The unit of one of `kinds` (公司, 医院 …) printed last in the sentence `before` ends."""
    sentence = re.split(r"[。!?;]", before)[-1]
    return max((n for k in kinds if (n := last_named(sentence, k))), key=sentence.rfind, default=None)


# after a delimiter, 在/到, or a kind of village ("在典型村湴湄村,": the village named after it)
_VILLAGE_RE = re.compile(r"(?:^|(?<=[,，。;；、:：\s在到赴和与及村]))([\u4e00-\u9fff]{2,3}村)(?![民委级庄里落干两])")


_COMMUNITY_RE = re.compile(r"(?:^|[,，。;；、:：\s在到赴和与及])([\u4e00-\u9fff]{2,3}社区)(?![居民委])")


def last_community(before: str) -> str | None:
    """The last "X社区" printed in `before` after a delimiter or 在/到 (as `last_village`),
    and no word of the kind (城乡社区, 农村社区)."""
    found = None
    for m in _COMMUNITY_RE.finditer(before):
        if m.group(1)[:-2] not in NOT_LOCALITY_STEMS:
            found = m.group(1)
    return found


def last_village(before: str) -> str | None:
    found = None
    for m in _VILLAGE_RE.finditer(before):
        found = m.group(1)
        while len(found) > 3 and found[0] in "在到赴和与及":
            found = found[1:]  # "，在柳塘村": the boundary word is no part of the name
    return found


_OPENER = re.compile(r"在([\u4e00-\u9fff]{2,24})[,，]\s*$")


def opened_unit(text: str, end: int, org: str, title: str) -> str | None:
    """The unit of "在X," before a bare head title (校长, 院长) or 企业 / 公司 (企业负责人) printed
    at `end`; "一行来到X有限公司,董事长Y介绍": the unit of its kind printed last in the sentence."""
    if org and org not in ("企业", "公司", "单位"):
        return None
    m = _OPENER.search(text[max(0, end - 40):end])  # 在 + at most 24 characters + a comma
    wanted = HEAD_TITLE_UNITS.get(title) if not org else ("公司", "集团", "厂", "企业")
    if m is None:
        # "在X有限公司,甲乙与企业董事长丙丁交流": the firm the sentence named last
        return unit_in_sentence(text[max(0, end - 200):end], wanted) if wanted else None
    x = m.group(1)
    return x if wanted and x.endswith(wanted) and len(x) > 2 else None


_TRAVEL = re.compile(r"(?:^|[^\u4e00-\u9fff]|[由经副])([省市县区州旗])(?:委|人大|政协|政府|纪委|长)(?:(?!陪同)[^,，。;；:：]){0,30}?"
                     r"(?:赴|前往|(?<=[^来])到)([^,，。;；:：]{2,40})")


def destinations(text: str) -> dict[str, tuple[str, ...]]:
    """Where the article's own bare bodies travel, by level: the words after 赴 / 前往 / 到
    ("市人大常委会考察组赴成都学习" → 市: 成都学习); read once for an article."""
    found: dict[str, list[str]] = {}
    for m in _TRAVEL.finditer(text):
        found.setdefault(m.group(1), []).append(m.group(2))
    return {lv: tuple(ds) for lv, ds in found.items()}


def travelled_to(dests: dict[str, tuple[str, ...]], lv: str, name: str) -> bool:
    """Whether a bare body of level `lv` travels to `name`, a locality of the same level, first
    or later in a list (`destinations`: "市人大常委会考察组赴成都学习", "市委书记A先后到荣成市、
    文登区调研", "县委书记A率队前往三清山、婺源县考察"): the paper's bare 市委 is then not the
    one it visits. Not a visit to a site inside `name` ("县委书记A到X县第三小学"), nor the
    hosts who accompany visitors there ("在县委书记A陪同下到X县考察")."""
    stem = name[:-len(lv)] if name.endswith(lv) and len(name) - len(lv) >= 2 else name
    # ... or to the city holding it ("区人大常委会副主任A率队赴福建泉州": 丰泽区 is 泉州's)
    cities = [u.city[:-1] for u in gazetteer().units(name) if lv in "区县旗" and len(u.city or "") >= 3]
    stems = "|".join(re.escape(x) for x in [stem, *cities])
    there = re.compile(rf"(?:[\u4e00-\u9fff]{{2,8}}?[、和及与])*(?:[\u4e00-\u9fff]{{2}}省?)??(?:{stems})(?:{re.escape(lv)}|市)?"
                       r"(?=[、,，和及与]|学习|考察|调研|检查|视察|督导|参观|交流|开展|$)")
    return any(there.match(d) for d in dests.get(lv, ()))


# "乌苏市政协组织委员视察", "政协镇坪县第十届委员会第四次会议": the 政协 of a printed locality
_CPPCC = re.compile(r"([\u4e00-\u9fff]{2,12}?)政协(?!委员)|政协([\u4e00-\u9fff]{2,12}?)第[一二三四五六七八九十\d]+届")


def _locality_at_end(words: str) -> str | None:
    """The division of the gazetteer `words` end with, the shortest (天津武清区 → 武清区; 召开: none)."""
    return next((words[-k:] for k in range(3, len(words) + 1) if gazetteer().units(words[-k:])), None)


def printed_cppcc(text: str) -> str | None:
    """The 政协 of the one locality whose 政协 the article prints: what a bare 政协 (no level
    word: "政协副主席X", "政协党组书记Y") is; None when it prints none or several."""
    found = {loc for m in _CPPCC.finditer(text) if (loc := _locality_at_end(m.group(1) or m.group(2)))}
    return found.pop() + "政协" if len(found) == 1 else None


def printed_count(text: str, name: str, counts: dict[str, int]) -> int:
    """How often `name` is printed in `text`, counted once per article (`counts`: the article's own cache)."""
    if name not in counts:
        counts[name] = text.count(name)
    return counts[name]
