"""What an organisation's printed name holds: its level and locality (二七区委 → 区, 二七区),
the unit whose committee it is (县卫健委党组 → 县卫健委), the session it names, and its written-out forms
(区委办 → 区委办公室, 迪庆藏族自治州委 → 迪庆州委). kg.extract.orgs resolves posts with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.memo import finditer_with, pure
from kg.extract.locality_check import opens_with_locality
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon import BARE_UNITS, GENERIC_BODIES, TEXT_LEVELS, ZONE_BODIES, ZONE_WORDS


@pure
def level_prefix(org: str) -> str | None:
    for lv in TEXT_LEVELS:
        if org.startswith(lv):
            return lv
    return None


@pure
def locality_of(org: str) -> str | None:
    """The locality part of a full organisation: 高新区党工委 → 高新区, 南园街道党工委 → 南园街道."""
    for body in sorted(GENERIC_BODIES | {"委", "党支部", "党总支"}, key=len, reverse=True):
        if org.endswith(body) and len(org) > len(body):
            loc = org[: -len(body)]
            if level_prefix(loc) == loc:
                return None
            if loc.endswith(TEXT_LEVELS) or loc.endswith(ZONE_WORDS) or loc.endswith(("社区", "村")):
                return loc
    return None


def carried_locality(org: str, prev_org: str) -> str | None:
    """The city, county or district of the list item before a bare bureau (农业局), if it names one."""
    loc = locality_of(prev_org)
    if not loc or not loc.endswith(("市", "县", "区", "旗")) or not re.fullmatch(r"[\u4e00-\u9fff]{1,5}(?<!分)[局办]", org):
        return None  # 公安静海分局, 银川中关村双创办: a unit named for its own place
    return None if opens_with_locality(org) or loc[:2] in org else loc


@pure
def unit_of(org: str) -> str:
    """The unit whose party group or committee `org` is: X党组 → X, X集团党委 → X集团, 全国妇联书记处 → 全国妇联; a
    locality's committee (县委, 镇党委, 街道党工委) is left alone."""
    for body in ("党组", "党委", "纪委", "书记处"):
        if org.endswith(body) and len(org) > len(body):
            unit = org[: -len(body)]
            if not unit.endswith(TEXT_LEVELS + ZONE_WORDS + ("社区", "村")):
                return unit
    return org


def is_place_name(stem: str) -> bool:
    gaz = gazetteer()
    return bool(stem) and (stem in gaz.short_names or bool(gaz.units(stem)))


_LEVEL_CHARS = frozenset(lv[0] for lv in TEXT_LEVELS)  # 省 市 区 县 镇 乡 街 旗 州


NATIONAL_STARTS = ("国家", "中国", "中央", "全国", "国务院")  # a national unit: no level, no body's department


@pure
def is_sub_unit(org: str) -> bool:
    """A committee or department that belongs to a body: 提案委, 宣传部, 委员工委."""
    if org in GENERIC_BODIES or org in ZONE_BODIES or org.endswith(("党委", "党工委", "人大工委", "支部", "总支", "党组")):
        return False  # 工委, 管委: a zone's, no department of the 市委 printed before
    if "村" in org or "社区" in org or any(is_place_name(org[:n]) for n in (2, 3)):
        return False  # 织金疫情现场处置指挥部, 阿克苏地委: a unit named for its place is no department
    if org.startswith(NATIONAL_STARTS):
        return False  # 国家民委: a national commission, no department of a body printed before it
    if _OWN_PARENT.match(org):
        return False  # 人民日报社编委: a committee printed with its own unit, no department of a body before it
    return org.endswith(("委", "部")) and not any(c in org for c in _LEVEL_CHARS)


_OWN_PARENT = re.compile(r"[\u4e00-\u9fff]{2,}[社院局厅司行校](?=[\u4e00-\u9fff]{1,4}$)")


_SECTION_PARENTS = ("部", "厅", "局")


def section_of(org: str, prev_unit: str) -> str | None:
    """A section (处, 科) printed bare after a department's post is that department's:
    "统战部副部长A、党派处处长B" → 统战部党派处."""
    section = len(org) >= 2 and org.endswith(("处", "科")) and not org.endswith(("办事处", "书记处"))
    if section and prev_unit.endswith(_SECTION_PARENTS) and not opens_with_locality(org):
        return prev_unit + org
    return None


# titles of the presidium of a congress or CPPCC session, whose organisation is the session
SESSION_TITLES = ("执行主席", "常务主席")
# "大连市和平区第十九届人民代表大会第一次会议", "省政协十二届一次会议"
_SESSION_RE = re.compile(
    r"[\u4e00-\u9fff]{0,16}?(?:第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届)[\u4e00-\u9fff]{0,14}?"
    r"(?:第[一二三四五六七八九十\d]+次|[一二三四五六七八九十]+次)(?:全体)?会议")
_SESSION_BODY = re.compile(r"人民代表大会|人大|政协|政治协商会议|委员会")
_LEVEL_TERM = re.compile(r"[省市区县州旗](?=第?[一二三四五六七八九十]+届(?:人大|人民代表大会|政协))")


_OFFICE_SHORT = re.compile(r"((?<=[省市县区州旗镇乡党])委|政府|人大常委会|政协|管委会|党工委)办$")  # no 安委办, 绿委办


def written_out(org: str) -> str:
    """An office's short form written out: 县委办 → 县委办公室, 政府办 → 政府办公室."""
    return _OFFICE_SHORT.sub(r"\1办公室", org)


@pure
def lowest_locality(name: str) -> str:
    """A name printed with its province, city or county before its own locality keeps only
    the lowest ("大连市和平区第十九届…" → "和平区第十九届…", "龙岗区宝龙街道党工委" →
    宝龙街道党工委, as "安徽省安庆市委" and "内蒙古乌兰察布市委" → 乌兰察布市委)."""
    gaz = gazetteer()
    while True:
        head = next((name[:j] for j in range(len(name) - 1, 1, -1)
                     if any(u.rank <= 3 for u in gaz.units(name[:j]))
                     or any(u.rank == 1 for full in gaz.short_names.get(name[:j], ()) for u in gaz.units(full))), None)
        if head is None or not opens_with_locality(name[len(head):]):
            return name
        name = name[len(head):]


def session_name(text: str) -> str | None:
    """The congress or CPPCC session an article reports, as printed with its locality
    (words before the locality dropped: "会议表决通过了重庆市渝中区…" → "重庆市渝中区…"); of
    several forms, one that names the locality, the most printed, the shorter on a tie
    ("政协X县第十届委员会第四次会议" three times over "中国人民政治协商会议X县…" once)."""
    counts: dict[str, int] = {}
    for m in finditer_with(_SESSION_RE, text, "届", "次", "会议"):
        cand = m.group()
        if not _SESSION_BODY.search(cand):
            continue
        start = next((i for i in range(len(cand)) if opens_with_locality(cand[i:])
                      or cand.startswith(("政协", "中国人民政治协商会议"), i)), None)
        if start is None and (lv := _LEVEL_TERM.search(cand)):
            start = lv.start()  # "区十六届人大一次会议": level-only, written out like 区人大
        if start is None:
            continue
        if cand[start:start + 2] == "政协" and start and cand[start - 1] in _LEVEL_CHARS:
            start -= 1  # "省政协十二届一次会议": level-only, written out like 省政协
        cand = lowest_locality(cand[start:])
        counts[cand] = counts.get(cand, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: (any(opens_with_locality(c[i:]) for i in range(len(c) - 3)), counts[c], -len(c)))




# a town's congress session: "古井镇(召开)第十五届人民代表大会第一次会议"
TOWN_SESSION = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:镇|乡))(?=[^届]{0,4}(?:第|[一二三四五六七八九十]+届)[^届]*人民代表大会)")
# the body whose members sit at a session: 政协第六届吴忠市委员会… → 吴忠市政协, 陆良县第十七届人民代表大会… → 陆良县人大
_CPPCC_SESSION = re.compile(r"(?:(?:政协|中国人民政治协商会议)(?:第?[一二三四五六七八九十]+届)?([\u4e00-\u9fff]{1,16}?[省市区县州旗])委员会"
                            r"|([\u4e00-\u9fff]{0,16}?[省市区县州旗])政协)")
_CONGRESS_SESSION = re.compile(r"([\u4e00-\u9fff]{0,16}?[省市区县州旗镇乡])第?[一二三四五六七八九十]+届人民代表大会")


def session_body(session: str | None, kind: str) -> str | None:
    """The body a session's 委员 (the CPPCC's) or 代表 (the congress's) belong to, else None."""
    m = (_CPPCC_SESSION.match(session) if kind == "委员" else _CONGRESS_SESSION.match(session) if kind == "代表"
         else None) if session else None
    if m is None:
        return None
    return (m.group(1) or m.group(2)) + "政协" if kind == "委员" else m.group(1) + "人大"


@pure
def bare_unit(org: str) -> str | None:
    """The bare unit (BARE_UNITS: 公司, 学校 …) `org` starts with."""
    return next((u for u in BARE_UNITS if org.startswith(u)), None)




@lru_cache(maxsize=1)
def _prefecture_shorts() -> dict[str, str]:
    """Each autonomous prefecture of the gazetteer → its short name ("迪庆")."""
    return {name: sh for sh, names in gazetteer().short_names.items() for name in names if name.endswith("自治州")}


@lru_cache(maxsize=1)
def _prefecture_fulls() -> dict[str, str]:
    """Each autonomous prefecture's short form with 州 (迪庆州) → its full name (迪庆藏族自治州)."""
    out: dict[str, str] = {}
    for name, short in _prefecture_shorts().items():
        for sh in short.split("/"):
            out.setdefault(sh.removesuffix("州") + "州", name)
    return out


@pure
def full_prefecture(org: str) -> str:
    """`org` with the autonomous prefecture it opens with written in full (迪庆州委 → 迪庆藏族自治州委),
    from the gazetteer's short names: one office however the page prints it."""
    if "自治州" in org[:12]:
        return org
    fulls = _prefecture_fulls()
    return next((fulls[org[:k]] + org[k:] for k in range(3, min(len(org), 7) + 1) if org[:k] in fulls), org)


@pure
def printed_region(text: str, level: str = "自治区") -> str | None:
    """The one autonomous region (自治州, 自治县: `level`) `text` prints in full ("宁夏回族自治区", "印江土家族苗族
    自治县"), else None: what a bare 自治区人大常委会 (自治县人大常委会) of the article stands for."""
    found = set()
    for m in re.finditer(level, text):
        for k in range(2, 9):
            name = text[max(0, m.start() - k):m.end()]
            if any(u.rank == {"自治区": 1, "自治州": 2}.get(level, 3) for u in gazetteer().units(name)):
                found.add(name)
    return found.pop() if len(found) == 1 else None


@pure
def printed_prefecture(text: str) -> str | None:
    """The one prefecture (地区) `text` prints in full ("喀什地区"), as its committee and office
    are named (喀什 of 喀什地委, 喀什行署), else None: what a bare 地委 or 行署 stands for."""
    found = set()
    for m in re.finditer("地区", text):
        for k in range(2, 6):
            name = text[max(0, m.start() - k):m.end()]
            if any(u.level == "地区" for u in gazetteer().units(name)):
                found.add(name[:-2])
    return found.pop() if len(found) == 1 else None


_ASCII_HEAD = re.compile(r"^[\x21-\x7e\s]+")  # stray ASCII a page glued on ("u州…")
# "8月15日县长X主持", "这是前日市长X率队…": a day printed before the title
_DATE_HEAD = re.compile(r"^\s*(?:(?:\d{2,4}年)?\d{1,2}月\d{1,2}[日号]|[前昨今当次连]日|近日|日前|[昨今前当]天)(?:[上下]午|晚上?|早上?)?")
# "政协第十届玉屏侗族自治县委员会": a county's CPPCC, printed the long way with its term
_CPPCC_TERM = re.compile(r"政协(?:第?[一二三四五六七八九十]+届)?委员会$")
_CPPCC_OF = re.compile(r"^政协(?:第?[一二三四五六七八九十]+届)?([\u4e00-\u9fff]{2,16}?[省市区县州旗])委员会$")
_OUR_LEVEL = re.compile(r"^[我该該]([省市区县州旗镇乡鎮鄉縣區])\1?")  # 我县, 该镇: the paper's own or the one just named
_BARE_LEVEL = re.compile(r"[省市区县州旗镇乡鎮鄉縣區]")  # what 我县 / 该镇 leave before a head's title (我县县长)
_TERM = re.compile(r"(?<=[省市区县州旗镇乡])第?[一二三四五六七八九十]+届(?=人大|政协)")  # 州十三届人大常委会: a term
_CARRIED_BODIES = ("政协", "人大常委会", "人大", "总工会", "纪委")  # bodies every locality has one of
_CARRYING_LEVELS = tuple(lv for lv in TEXT_LEVELS if lv != "街道")  # a street has no 政协 or 人大 of its own
_LEVEL_BODIES = ("委", "政府", "人民政府", "政协", "人大常委会", "纪委")  # 县委, 县政府: the level carries on
SENTENCE_END = re.compile(r"[。！？!?]")  # a page may wrap lines mid-sentence


def printed_in_sentence(text: str, pos: int, names: tuple[str, ...]) -> str | None:
    """The last of `names` the gazetteer knows printed in the sentence before `pos` (120 characters at
    most): "丰城市党政代表团在市委书记X…的率领下" names the 市 of its 市委."""
    start = max(0, pos - 120)
    start += max((m.end() for m in SENTENCE_END.finditer(text, start, pos)), default=start) - start
    at, name = max(((text.rfind(n, start, pos), n) for n in names if gazetteer().units(n)), default=(-1, None))
    return name if at >= 0 else None


_TWICE = re.compile(r"(.{3,16})\1$")  # a body's name of at most 16 characters, printed twice
# a party member or a kind of member printed before the body: "盟员市人大代表", "致公党员企业家X公司董事长"
_MEMBER_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,3}?(?:盟员|会员|社员|党员)(?:企业家(?![协联商俱会]))?(?=[省市区县州旗]|[\u4e00-\u9fff]{2,}?"
                          r"(?:公司|集团|厂)$)")


@pure
def printed_org(chunk: str) -> str:
    """The organisation a post's chunk prints, without what a page glued on or a term adds."""
    org = _TERM.sub("", _ASCII_HEAD.sub("", _DATE_HEAD.sub("", chunk.strip())))  # "u州十三届人大常委会" → 州人大常委会
    org = re.sub(r"^[在的](?=[\u4e00-\u9fff]{4})|^特邀|特邀$", "", org)  # "随后在宝泉岭管理局党委副书记X的陪同下",
    # "来考察的中国一冶集团…": no name; "特邀X学院副教授", "区政协特邀委员": invited, no part of the body
    org = _CPPCC_OF.sub(r"\1政协", _CPPCC_TERM.sub("政协", org))  # "政协第十届X县委员会", "县政协第十届委员会": X县政协
    org = _OUR_LEVEL.sub(r"\1", org)  # "我县县委书记", "我市政协": the paper's own, level-only
    org = re.sub(r"^住[\u4e00-\u9fff]{1,3}(?=全国(?:政协|人大)$)", "", org)  # "住琼全国政协委员X": of the national body
    org = "" if _BARE_LEVEL.fullmatch(org) else org  # "该镇镇长": the town's head
    org = _MEMBER_HEAD.sub("", _TWICE.sub(r"\1", org))  # "毕节市委毕节市委常委": a page that printed the body twice
    org = "" if org.startswith(("分管", "主管")) else org  # "主管扶贫副县长": the work a deputy is in charge of
    if org.startswith("中共") and not org.startswith("中共中央") and len(org) > 3:
        org = org[2:]  # 中共渝中区委 is 渝中区委: one committee, however it is printed
    return org


def sentence_locality(org: str, history: dict[str, int], text: str, pos: int) -> str | None:
    """A bare body of a locality (政协, 人大, 总工会) printed with no chain, after other posts of the
    same sentence (`history`: organisations resolved so far, each with where it was printed): the
    locality of the last of them ("县委副书记、县长A,政协主席B" → the county's)."""
    if org not in _CARRIED_BODIES:
        return None
    for h, at in reversed(history.items()):
        if SENTENCE_END.search(text, at, pos):
            return None
        unit = unit_of(h)
        loc = locality_of(unit) or (lv if (lv := level_prefix(unit)) and unit[len(lv):] in _LEVEL_BODIES else None)
        if loc and loc.endswith(_CARRYING_LEVELS):
            return loc + org
    return None
