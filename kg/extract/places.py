"""Where an event happened: the venue of a meeting and the places of a visit.

FORMAT.md reduces an event's places to the most specific named places, in printed order:
"在X召开" gives a meeting's venue; a visit's places come from its visit lists ("先后来到A、
B", "在A检查", "对A、B进行督查", "在A、B等地,"), and an administrative container gives way
to the named places inside it. `kg.extract.events` reads the lists sentence by sentence
(`visit_places`, `meeting_place`) and settles an event's places at the end (`choose_places`).
"""

from __future__ import annotations

import re

from kg.model import Sentence
from kg.extract.divisions import parse_place
from kg.extract.memo import pure
from kg.extract.words import common_words
from kg.extract.triggers import VISIT_RE, reduce_place
from kg.extract.visit_lists import named_place, place_of_item, visit_clause, visit_items
from kg.lexicon import GENERIC_ZONE_TERMS, LEVEL_RANK, ZONE_WORDS
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.script import fold


_AT_SITE = re.compile(r"^在([^,，。;在]{2,30}?)(?:现场)?[,，]")  # "在南山森林公园植树现场,…": the site a clause opens with
_AT_SITE_LATER = re.compile(r"(?:^|[,，])[^,，。;在]{0,6}?在([^,，。;在]{2,30}?)(?:现场|会议室里?)[,，]")  # "我市在X现场,"
_SITE_IN = re.compile(r"^位于|的(?:植树点|植树现场|植树地点|活动现场|现场)$")
# "干部群众代表聚集在白鹭广场,隆重举行…仪式": where the people gathered for the activity
_GATHERED_AT = re.compile(r"(?:(?:聚集|集结|相聚)(?:在|于)|(?:齐聚|汇聚)(?:在|于)?)([^,，。;在]{2,30}?)[,，]")
# a body's offices, then the room: "镇政府三楼会议室", "县人大常委会机关会议室"
_BODY_END = re.compile(r"(?:政府|人大常委会|政协|党委|管委会|街道办事处)$")
_OFFICE_ROOM = re.compile(r"([\u4e00-\u9fff]{0,8}?(?:政府|人大常委会|政协|党委|管委会|街道办事处))"
                          r"(?:机关)?(?:[一二三四五六七八九十\d]+楼|大楼)?[\u4e00-\u9fff\d]{0,6}?(?:会议室|会议厅|礼堂)")


# a building named for meetings and gatherings, kept whole ("县委报告厅", "苍山饭店苍山会堂"),
# then the floor and room inside it, which FORMAT drops
_VENUE_RE = re.compile(
    r"(\S{1,16}?(?:会议中心|会展中心|会议楼|报告厅|礼堂|会堂|人民会场|宾馆|酒店|饭店|大厦|剧院|影院|体育馆|"
    r"行政中心|文化中心|艺术中心|演艺中心|文体中心|市民中心))"
    r"(?:[一二三四五六七八九十\d]+(?:楼|层|号楼))?(?:\S{0,10}?(?:会议室|会议厅|多功能厅|演播厅|大?厅)|大?会堂|大?礼堂|报告厅)?[里内]?")
_PREPOSITION_FREE = re.compile(r"^(?:位于|设在)")
_UNIT_END = re.compile(r"(?:府|校|馆|中心|厅|堂|院|楼|场|所|室|宾馆|酒店|大厦)$")  # a venue's last word
_WHEN = re.compile(r"\d{1,4}年|\d{1,2}月\d{0,2}日?|[上下]午$")  # "在2023年6月21日召开": a date, no place
_BRANCH_VENUE = re.compile(r"在([\u4e00-\u9fff]{2,4}?)分(?:会场|會場)")  # "在南江分会场参加": a video meeting's branch


@pure
def meeting_place(text: str) -> str | None:
    if (b := _BRANCH_VENUE.search(text)) and fold(b.group(1)) not in ZONE_WORDS + GENERIC_ZONE_TERMS and (
            any(u.rank <= 3 for u in gazetteer().units(b.group(1))) or fold(b.group(1)) in gazetteer().short_names):
        return b.group()[1:]  # a county's or city's branch venue (冠县分会场); 我县, 市级, 高新区: none
    m = re.search(r"(?<![正现存实所自])在([^,。;在]{2,30}?)(?<![前后时中])(?:[上内])?(?:主持|组织)?(?:胜利|隆重|顺利)?"
                  r"(?:召开|举行|举办|开展|栽下|植下|挥锹|栽植|收听收看|开班|开幕|闭幕|拉开帷幕|会见|会谈)", text)
    if m and (re.search(r"主持|出席|参加|组织|领导|负责人", m.group(1)) or re.match(r"听取|收听|收视|收看|观看|学习", m.group(1))
              or (re.search(r"学习|贯彻|传达|落实", text[max(0, m.start() - 24):m.start()]) and text[m.end():m.end() + 1] == "的")):
        # "在听取市人大代表发言后", "在收视省防指召开的会议": a verb, no venue; "学习贯彻…在河北主持召开的
        # 座谈会重要讲话精神": a meeting relayed, held elsewhere
        return None
    if not m:
        # "在运河文化公园西侧义务植树活动现场,…": a sentence that opens at the site
        site = _AT_SITE.match(text) or _AT_SITE_LATER.search(text) or _GATHERED_AT.search(text)
        # "在位于X县Y公园的植树点,": the named place the site lies in
        where = _SITE_IN.sub("", site.group(1)) if site else ""
        if site is None or _NOT_SITE.search(where):
            return None  # "在听取市人大代表发言后,": a time, no site
        return named_place(reduce_place(where.split("、")[0]))  # the first of a list
    if re.search(r"之际|期间|前夕|之时|周年|过程|之中|即将", m.group(1)) or re.match(r"之际|前夕|期间", text[m.end():]):
        return None  # 在新中国成立75周年之际召开: a time, not a place
    named = _VENUE_RE.fullmatch(_PREPOSITION_FREE.sub("", m.group(1)))
    if named and not re.search(r"[的了]|[主分]会场", named.group(1)):
        return named.group(1)  # 在县政府会议楼二楼会议厅闭幕: the building, its room dropped
    office = _OFFICE_ROOM.fullmatch(m.group(1).strip())
    if office and len(office.group(1)) >= 3:
        # "镇人代会在镇政府三楼会议室召开": the government's building, its room dropped; a body's
        # meeting in its own room ("县人大常委会会议在县人大常委会会议室召开") is at the organiser's: no place
        body = _BODY_END.search(office.group(1)).group()
        own = body in text[:m.start()] or (body == "人大常委会" and "常务委员会" in text[:m.start()])
        return None if own else office.group(1)
    venue = re.sub(r"[主分]?会场$", "", m.group(1)).split("、")[0]  # 在A产业园主会场举行; "在A、B开展": the first
    both = re.fullmatch(r"(.{3,}?)[和与及](.{3,})", venue)
    if both and not re.search(r"[的了]", venue) and all(_UNIT_END.search(g) for g in both.groups()):
        return named_place(both.group(1))  # "在区委党校和区政府召开": two venues, the first printed
    if venue != m.group(1) and parse_place(venue)[1]:
        return None  # 在X县分会场收听收看: the organiser's own venue, no place
    place = reduce_place(venue)
    if (place is None and 2 <= len(m.group(1)) <= 12 and not re.search(r"[的了、与和]|会议|会场|工作|完成|议程", m.group(1))
            and not m.group(1).endswith(("地", "会", "式")) and not _WHEN.search(m.group(1))
            and (not common_words(m.group(1)) or fold(m.group(1)) in gazetteer().short_names)):  # 在海口闭幕
        # "轰轰烈烈地开展": an adverb; 在大会闭幕式; "在这里召开", "即将在": ordinary words, no name
        place = m.group(1)  # "在白沙河生态廊道开展": a named place without a suffix
    return named_place(place)


_AT_VISIT = re.compile(r"(?<![正现存实所自])在(?!建)([^,，。;、在]{2,30}?)(?:检查|调研|视察|督导|察看|考察|走访|查看|听取)")
_IN_SPEECH = re.compile(r"(?:讲话|致辞|发言|报告|会议|座谈|交流)中")
_IN_PLACE = re.compile(r"(?:随后|之后|其后)?在([^,，。;、]{2,20}?)[,，]")
# "在新桥镇、雅化集团、交通局等地,督查组…": the places a sentence opens with, visited one by one
_IN_PLACES = re.compile(r"(?:随后|之后|其后)?在((?:[^,，。;、]{2,16}、)+[^,，。;、]{2,16}?)等(?:地|处|单位|企业)[,，]")
# "考察团在A公司等地,详细了解…": one place printed for several, anywhere in the sentence
_AT_ONE_ETC = re.compile(r"(?<![正现存实所自])在([^,，。;、在]{2,20}?)等(?:地|处|单位|企业)[,，]")
# "在李馥乡花椒基地,X一行实地查看…": a site the sentence opens with, seen there
_SEEN_THERE = re.compile(r"[^。;]{0,24}?(?:查看|察看|了解|检查|视察|考察|调研|走访|看望|慰问|参观)")
_NOT_SITE = re.compile(r"期间|过程|[中时下后前上]$|之际|[的了]|家$")
# "在A、B、C,考察团了解…", "在A、B调研时": a list of sites the sentence opens with
_IN_LIST = re.compile(r"(?:随后|之后|其后)?在((?:[^,，。;、在]{2,20}、)+[^,，。;、在]{2,20}?)"
                      r"(?:[,，]|(?=检查|调研|视察|督导|察看|考察|走访|查看))")
_SEEN_AFTER = re.compile(r"[,，](?:详细|实地|认真|仔细)?(?:了解|察看|查看|听取|考察|调研)")
_WENT_TO_ACTIVITY = re.compile(r"(?:来到|[到赴]|前往)([^,，。;、到在]{2,20}?)(?:参加|开展|举行)[^,，。;]{0,10}?(?:植树|活动|仪式|劳动)")
_OBJECT_VISIT = re.compile(r"对([^,，。;]{2,80}?)进行[^,，。;]{0,8}?(?:督查|检查|调研|视察|督导|走访|察看)")


def visit_places(text: str, s: Sentence) -> list[tuple[bool, list[str], str | None]]:
    """Visit lists of a sentence: (introduced by 先后/依次/分别, places, the place the
    sentence opens with: "在枫岭区,X来到A、B" gives A and B inside 枫岭区)."""
    return [(seq, list(places), inside) for seq, places, inside in _sentence_visits(text[s.start:s.end])]


@pure
def _sentence_visits(sent: str) -> tuple[tuple[bool, tuple[str, ...], str | None], ...]:
    opening = _IN_PLACE.match(sent)
    inside = reduce_place(opening.group(1)) if opening else None
    if inside and not parse_place(inside)[1] and not _ZONE_END.search(inside):
        inside = None  # only an administrative container or a zone gives way to the places inside it
    found = []  # (where the list is printed, its entry): lists in printed order
    for m in _AT_VISIT.finditer(sent):  # "在勃利县第二林场检查森林防火时"
        if _IN_SPEECH.search(m.group(1)):
            continue  # "在讲话中向X代表团来考察表示欢迎": a speech, no place
        place = named_place(reduce_place(m.group(1)))
        if place and place != inside:
            found.append((m.start(), (False, (place,), inside)))
    listed = _IN_PLACES.match(sent)
    if listed:
        items = visit_items(listed.group(1) + ",")
        places = _shared_tail(items, [place_of_item(it, True) for it in items])
        if places:
            found.append((listed.start(), (False, tuple(places), None)))
    for m in _OBJECT_VISIT.finditer(sent):  # "对A公司、B公司进行安全生产督查"
        items = visit_items(m.group(1) + ",")
        places = _shared_tail(items, [place_of_item(it, len(items) > 1) for it in items])
        if places and places != [inside]:
            found.append((m.start(), (False, tuple(places), inside)))
    for m in VISIT_RE.finditer(sent):
        clause = visit_clause(sent, m.end())
        items = visit_items(clause)
        # bare names count when the list ends in "等企业" or another item is a place
        tail = clause[len("、".join(items)):len("、".join(items)) + 6]
        list_ok = len(items) > 1 and (re.match(r"等(?:企业|单位|地|项目|公司|基地|园区|村|社区|镇|街道)", tail)
                                      or any(reduce_place(it) for it in items))
        if len(items) == 1 and m.group().endswith(("来到", "走进")) and _SEEN_AFTER.match(tail):
            list_ok = True  # "X来到某某针织,详细了解…": a name the visit came to, what was seen after it
        if re.match(r"等?(?:方面)?(?:情况|工作)", tail):
            list_ok = False  # "查看X综合改革、运营发展、服务“三农”等情况": matters looked into, no bare names
        places = _shared_tail(items, [place_of_item(it, bool(list_ok)) for it in items])
        if places and places != [inside]:
            found.append((m.start(), (m.group().startswith(("先后", "依次", "分别", "首先")), tuple(places), inside)))
    for m in _WENT_TO_ACTIVITY.finditer(sent):  # "到高神山参加植树活动": where the activity was
        if not _NOT_SITE.search(m.group(1)) and not re.search(r"调研|检查|考察|视察|督导|走访|暨|工作", m.group(1)) \
                and (place := place_of_item(m.group(1), True)) and place != inside:
            found.append((m.start(), (False, (place,), inside)))
    sites = None if listed else _IN_LIST.match(sent)
    if sites and (sent[sites.end() - 1] not in ",，" or _SEEN_THERE.match(sent, sites.end())):
        items = visit_items(sites.group(1) + ",")
        if (places := _shared_tail(items, [place_of_item(it, True) for it in items])) and not _NOT_SITE.search(sites.group(1)):
            found.append((0, (False, tuple(places), None)))
    if not listed and (one := _AT_ONE_ETC.search(sent)) and (place := place_of_item(one.group(1), True)):
        found.append((one.start(), (False, (place,), None)))
    if (opening and not inside and not _NOT_SITE.search(opening.group(1))
            and (_SEEN_THERE.match(sent, opening.end()) or reduce_place(opening.group(1)))
            and (place := place_of_item(opening.group(1), False))):
        found.append((opening.start(), (False, (place,), None)))
    if not found and inside and parse_place(inside)[0] and parse_place(inside)[0][-1].rank >= 5:
        # "在宝山区七星镇宝山村大豆地收获现场,X详细了解…": the village the sentence opens in
        found.append((opening.start(), (False, (inside,), None)))
    return tuple(entry for _, entry in sorted(found, key=lambda f: f[0]))


_TAIL_RE = re.compile(r"(?:[镇乡](?:人民)?政府|街道|社区|镇|乡|村)$")


def _shared_tail(items: list[str], places: list[str | None]) -> list[str]:
    """A level printed once for a list: "深入山江、千工坪镇政府" is 山江镇政府 and 千工坪镇政府
    (a bare name of two or three characters takes the last item's level)."""
    tail = _TAIL_RE.search(places[-1]) if len(places) > 1 and places[-1] else None
    if tail:
        places = [it + tail.group() if p == it and 2 <= len(it) <= 3 and reduce_place(it) is None else p
                  for it, p in zip(items, places)]
    return [p for p in places if p]


# a reserve, scenic area or zone is a place, no division holding places ("洋溪自然保护区")
_NO_DIVISION = re.compile(r"(?:保护|风景|旅游|度假|示范|开发|产业|工业|物流|景|园|片|矿|库|营|校|厂|社|小)区$")


_ZONE_END = re.compile(r"(?:新城|新区|园区|开发区|高新区|经开区|合作区|示范区)$")


def _division(p: str) -> bool:
    return parse_place(p)[1] and not _NO_DIVISION.search(p)


_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)")
_VILLAGE_END = re.compile(r"(?:村|社区|嘎查)$")
_CONTAINER_RE = re.compile(r"(.+?)(?:镇|乡|街道|县|(?<![社小园片景校厂矿营库])区|市|旗)$")  # 社区, 园区: places


def _inside_container(first: str, lists: list[tuple[bool, list[str], str | None]],
                      venues: list[str], named_after: bool = False, text: str = "") -> list[str] | None:
    """A place of the visit inside its first place, when that is an administrative
    container printed alone ("到可塘镇调研" … "到可塘彩宝广场"; "在河东镇政府会议室召开座谈会"):
    FORMAT drops a container when a named place inside it is listed. Inside: named after it
    (only that with `named_after`: the first of several containers visited one by one)."""
    m = _CONTAINER_RE.fullmatch(first)
    chain, whole = parse_place(first)
    own = chain[-1].name if chain else first  # 义县七里河镇 printed later as 七里河镇
    town = not whole and _TOWN.fullmatch(first) is not None  # a town the gazetteer lacks (a new name, a merger)
    if not m or not (whole or town) or (len(m.group(1)) > 4 and not gazetteer().units(first) and not gazetteer().units(own)):
        return None  # 柏枝树连片区 is a place, no district holding the later ones
    # the list holding it, in printed order ("深入山江、千工坪镇政府" after "到千工坪镇")
    for pl in [pl for _, pl, _ in lists] + [[v] for v in venues]:
        # named after it, or printed after it ("镇康县白岩村" read as 白岩村)
        stem = m.group(1) if len(m.group(1)) > 1 else first  # 渠县: a one-character name, printed whole
        if any(p != first and ((p.startswith((first, stem)) or len(stem) >= 2 and first in p) and not _division(p)
                               or first + p in text
                               or (own != first and len(own) > 2 and own + p in text)
                               or re.search(re.escape(first) + r"[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)" + re.escape(p), text))
               for p in pl):  # 花垣县双龙镇十八洞村: printed after it and the town between
            return pl
    if named_after:
        return None
    # else the first place printed after it that is no unit of its level or above
    rank = parse_place(first)[0][-1].rank if whole else LEVEL_RANK["镇"]
    for pl in [pl for _, pl, _ in lists[1:]]:
        for i, p in enumerate(pl):
            chain, whole = parse_place(p)
            if town and not _VILLAGE_END.search(p):
                continue  # in a town the gazetteer lacks, only a village is surely inside it
            if not whole or _NO_DIVISION.search(p) or (chain and chain[-1].rank > rank):
                return pl[i:]
    return None


def choose_places(lists: list[tuple[bool, list[str], str | None]], venues: list[str] = (), text: str = "") -> list[str]:
    """The event's places: the first list introduced by 先后/依次/分别/首先, else the first list of
    several, else the first; a place of it that later lists are said to lie in ("在枫岭区,")
    is replaced by what was visited there (a container is dropped for the places inside)."""
    # the first list, or the first introduced by 先后/首先 ("首先来到旅顺口区,到小孤山再生水厂")
    first = next((i for i, (seq, _, _) in enumerate(lists) if seq), 0)
    places, rest, inner_places = lists[first][1], lists[first:], None
    # a container inside a container ("来到义县七里河镇" … "深入到七里河镇谈家沟村"): down to the innermost
    # (past the first container, only a place printed after or named after it)
    for _ in range(3):  # province, city, county: never deeper
        if not all(_CONTAINER_RE.fullmatch(p) for p in places):
            break
        # the first container printed with places inside it ("到A、B等镇检查" … "检查B镇X、Y,A镇Z")
        opened = any(inside in places for _, _, inside in lists)  # "在新民市,…": the lists say what lies in each
        found = next((f for c in (places[:1] if opened else places) if (f := _inside_container(
            c, rest, list(venues), len(places) > 1 or inner_places is not None, text))), None)
        if not found or found == places:
            break
        inner_places = found
        at = next((k for k, (_, pl, _) in enumerate(rest) if pl[len(pl) - len(found):] == found), None)
        if at is None:
            break  # a venue
        places, rest = found, rest[at:]
    if inner_places:
        return list(dict.fromkeys(inner_places))
    if len(places) > 1 and _CONTAINER_RE.fullmatch(places[0]) and not lists[first][2] and (
            found := _inside_container(places[0], rest[:_NEAR_LISTS], list(venues)[:_NEAR_LISTS], True, text)) \
            and found != places:
        # "到毕节市、纳雍县和昆明市云南起义纪念馆考察" … "到毕节市同心展览馆参观": the container visited
        # first gives way to the place named after it in the lists soon after, the rest of the list stays
        return list(dict.fromkeys(found + places[1:]))
    inner: dict[str, list[str]] = {}
    for _, pl, inside in lists:
        if inside:
            inner.setdefault(inside, []).extend(pl)
    top = [(seq, pl) for seq, pl, inside in lists if not inside or not any(
        inside in other for _, other, o in lists if o != inside)] or [(seq, pl) for seq, pl, _ in lists]
    ordered = [pl for seq, pl in top if seq] or [pl for _, pl in top if len(pl) > 1] or [pl for _, pl in top]
    out: list[str] = []
    for p in ordered[0]:
        out.extend(inner.get(p) or [p])
    return list(dict.fromkeys(out))


_NEAR_LISTS = 12  # the lists read for a place inside a container listed beside sites (each search reads the text)


_OURS = re.compile(r"我(省|市|区|县|州|旗|镇|乡)")


def home_place(place: str, home: str | None) -> str | None:
    """A place printed as the paper's own ("在我县召开"): the home locality's unit of that level,
    None when the source declares no home that has one; any other place as it is."""
    m = _OURS.fullmatch(place)
    if not m:
        return place
    chain = parse_place(home)[0] if home else ()
    return next((u.name for u in reversed(chain) if u.name.endswith(m.group(1))), None)
