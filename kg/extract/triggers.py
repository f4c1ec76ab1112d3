"""Trigger words: event types, role verbs and places of the genre (dates: kg.extract.dates)."""

from __future__ import annotations

import re

from kg.extract.memo import pure
from kg.extract.words import ROOM, common_words, kind_of_unit
from kg.lexicon import (GENERIC_PLACES, GENERIC_ZONE_TERMS, INSPECT_WORDS, MEETING_WORDS, OTHER_STRONG,
                        PLACE_SUFFIXES, ROLE_VERBS, VISIT_WORDS, ZONE_WORDS)
from kg.lexicon.gazetteer import gazetteer

# Role verbs after a person (kg.extract.events), longest first.
# (not a title holding a verb: 新闻发言人 speaks for a body, 发言 there is no speech)
ROLE_VERB_RE = re.compile("(?:%s)(?!人)" % "|".join(sorted(map(re.escape, ROLE_VERBS), key=len, reverse=True)))
# Movement right after a name: "X到石佛办事处", "X一行先后来到".
ARRIVE_RE = re.compile(r"^(?:同志)?(?:一行|等)?(?:率队|带队|率|带领)?[^,。]{0,12}?(?:先后|再次|专程|一同|深入)?(?:来到|到|赴)"
                       r"|^(?:同志)?(?:一行|等)?(?:先后|再次|专程|一同|深入)?(?:来到|到|赴)")
# Speech heard by the subject: "听取了X关于…的汇报" is X's speech, not the listener's.
HEARD_RE = re.compile(r"听取(?:了)?")

# content relayed or carried out ("传达学习…考察广东重要讲话精神", "为落实全市…会议精神"), not what is done
_RELAYED_RE = re.compile(r"(?:传达学习|学习贯彻|学习传达|贯彻落实|传达|落实|贯彻)[^,，。;；]{0,60}?"
                         r"(?:精神|指示|批示|讲话|要求|部署)"
                         # a meeting still to come: "…第二次会议将于3月开幕"
                         r"|[^,，。;；]{0,40}(?:将于|即将|将在)[^,，。;；]{0,20}(?:开幕|召开|举行|举办)"
                         # a purpose clause: "为深入开展创建活动,…" says what the event serves, not what it is
                         r"|(?:^|(?<=[日,，\s]))(?:为了?|為了?)(?=深入|进一步|進一步|全面|切实|更好|充分|加快|推动|推进|做好|落实|"
                         r"贯彻|加强|提升|营造|展示|助力|确保|保障|促进|开展|庆祝|纪念)[^,，。;；]{2,40}"
                         # a broadcast watched before the event: "在组织收看全省…视频会议后,X市立即召开…"
                         r"|在[^,，。;；]{0,10}?(?:收听收看|收看|收听|收视)[^,，。;；]{2,40}?[后後](?=[,，])")


@pure
def classify(text: str) -> str | None:
    """The event type a piece of text announces, or None: what it says besides the content
    it relays or carries out, or a meeting still to come, decides ("召开会议,传达…考察…重要讲话"
    is a meeting, "为落实…会议精神,开展督查" an inspection; "…会议将于3月开幕。" announces
    nothing)."""
    return _classify(_RELAYED_RE.sub("", text))


def _classify(text: str) -> str | None:
    text = _VISIT_WATCH.sub("考察", text)  # "实地考察观摩": a visit, no 观摩 activity
    joint = _MEETING_FIRST.search(text)
    if joint and not any(w in text[:joint.start()] for w in OTHER_STRONG):
        return "meeting"  # "恳谈会暨项目签约仪式": the meeting named first is the event
    if (convened := _CONVENED.search(text)) and any(w in convened.group() for w in OTHER_STRONG) \
            and not any(w in text[:convened.start()] for w in OTHER_STRONG):
        return "meeting"  # "召开人大助力基层治理现场观摩推进会": the activity names the meeting convened
    if any(w in text for w in OTHER_STRONG):
        return "other"
    named = any(w in text for w in INSPECT_WORDS)
    act = _first_act(text) if named else len(text)
    # "督导第29组…汇报会在X召开": the group's name visits nothing, unless the group goes somewhere
    inspect = named and (act < len(text) or _GROUP_WENT.search(text) is not None)
    if inspect and _MET_VISITORS.search(text, 0, act):
        return "meeting"  # "会见了来北辰区考察的…一行": the visitors inspect, the leaders meet them
    if inspect and convened and convened.start() < act:
        return "meeting"  # "召开动员会,部署安全生产大检查", "召开重点调研专题工作会议": the meeting comes first
    if inspect and (held := _HELD.search(text)) and held.start() <= act < held.end():
        return "meeting"  # "督导组督导衡山汇报会召开": the visit names the meeting held
    if inspect or re.search(r"(?:来到|到|赴)[^,。]{2,20}(?:指导|调度(?!会))", text):  # "来到X镇调度项目建设": on site
        return "inspection"
    if _WENT_TO_CALL.search(text) and not _AT_A_MEETING.search(text):
        return "inspection"  # "深入X镇看望慰问困难群众": calling on people where they are, a visit
    if any(w in text for w in VISIT_WORDS):
        return "other"  # 看望参加会议的委员: calling on people, not the meeting
    if any(w in text for w in MEETING_WORDS) or _MEETING_SHAPE.search(text):
        return "meeting"
    if re.search(r"活动|仪式", text):
        return "other"
    return None


_VISIT_WATCH = re.compile(r"考察观摩|观摩考察")
_MEETING_FIRST = re.compile(r"(?:会议|[谈议商报推调]会)暨[^,，。;]{0,24}?(?:仪式|活动)")
def _first_act(text: str) -> int:
    """Where the first inspection word that does a visit is printed (len(text) if none): one
    naming a group ("视察调研组召开预备会议", "督察组…反馈会") does none."""
    return min((m.start() for w in INSPECT_WORDS for m in re.finditer(re.escape(w), text)
                if not _GROUP_AFTER.match(text, m.end())), default=len(text))


_GROUP_AFTER = re.compile(r"[^,，。;；]{0,4}?(?:组|組|团|團)(?![织織])")
_WENT_TO_CALL = re.compile(r"(?:深入|来到|來到|前往|(?<![得受收达達感做想看遇])到|赴)[^,，。;；]{2,20}?[,，]?(?:看望|慰问|慰問)")
_AT_A_MEETING = re.compile(r"会议|會議|大会|大會|参会|參會|与会|與會|讨论|討論|驻地|駐地|代表团|代表團|活动|活動")
_GROUP_WENT = re.compile(r"(?:组|組|团|團)(?:一行)?(?:先后|分别)?(?:赴|到|前往|深入|来到|來到)")
_MET_VISITORS = re.compile(r"(?:会见|會見|接见|接見|会晤|會晤)了?[^,，。;；]{0,8}?(?:来|來|莅)[^,，。;；]{0,12}?$")
# a meeting convened ("召开…会"), named then convened ("X反馈会召开"), a report heard ("专题听取X工作情况汇报"), talks held
_MEETING_SHAPE = re.compile(r"(?:召开|举行|举办)[^,。]{0,30}会|会(?:在[^,。]{0,20}?)?(?:召开|举行)|听取[^,。]{0,40}?汇报|(?:举行|进行)座谈")
_HELD = re.compile(r"[^,，。;；]{0,40}?(?:会议|大会|[报调推议商面]会)(?:在[^,，。;；]{1,20}?)?(?:召开|举行)")
_CONVENED = re.compile(r"(?:召开|举行)[^,，。;；]{0,30}?(?:会议|会)(?![见谈晤同])")


# Places -------------------------------------------------------------------------------
SUFFIX_SET = set(PLACE_SUFFIXES)
SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, PLACE_SUFFIXES), key=len, reverse=True)))
VISIT_RE = re.compile(r"(?:先后|依次|分别|首先)?(?:来到|(?<![受看听识做达得提遇想意感找收拿])(?<![^一]起)到|前往|深入(?!贯彻|学习|推进|开展|实施|落实|研究|交流|推动|了解|收集|征求|倾听|听取|"
                      r"分析|查找|细致|基层一线)|走进|进入(?!新|了|到|[^,，。;]{0,16}?(?:阶段|时期|状态|轨道|快车道|关键期))|(?<!以)赴|莅临|察看了?|查看了?|参观了?|观摩了?|视察了?|走访了?|调研了?|检查了?|考察了|督查了|督导了|踏勘了?|踏查了?|巡查了|(?<=,)包括|(?<=先后|依次|分别)来(?![到自])|(?<=一行|同志|带队|率队)来(?![到自])(?=[^,，。;]{2,16}?(?:开展|进行|调研|视察|检查|考察|走访|督导|督查|慰问|指导))|(?<=先后|依次|分别|首先)至)(?!组|团|队|部(?!分|门)|处(?!理)|科(?!技|创|学)|室|办(?!理|好)|员)")


_MUNICIPAL = re.compile("政(?!府)")  # 市政管道: municipal works, no city
_BOUNDARY_SUFFIX_RE = re.compile("街道办事处|办事处|管委会|街道|社区|镇|乡(?!村)|村|县|州|(?<![小园景片校厂矿库山灾街商营城辖户])区|"
                                 "(?<![城超夜集门股])市(?![民场]|%s)|省|垸" % _MUNICIPAL.pattern)  # 小区, 片区, 城市, 市民, 市场, 市政
COMPANY_RE = re.compile(r"(?:公司|集团|厂)$")
_HAN3 = re.compile(r"[\u4e00-\u9fff]{3}")
_WORD_AT_END = re.compile("城市|市场|市民")


def _countryside(text: str, end: int) -> bool:
    """Whether the 村 ending at `end` is the countryside's (农村) inside a longer name (县农业农村局)."""
    return text[end - 2:end - 1] in ("农", "農") and end < len(text)
_ROOM_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:(?<=社区)|(?<=[村心站馆]))(?:[一二三四五六七八九十\d]+楼)?" + ROOM + "$")
_NUMBERED_SCHOOL = re.compile("[一二三四五六七八九]中$")
# the town (and its county) printed before a firm in it
_TOWN_BEFORE_FIRM = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?[县区市])?[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?!政府|人民|党委)")
# a development zone printed before a firm in it
_ZONE_BEFORE_RE = re.compile("|".join(sorted(map(re.escape, ZONE_WORDS + GENERIC_ZONE_TERMS), key=len, reverse=True)))


# a village's or community's committee ending an item: "屋基村委会", "东塘村村委会", "鸿兴居委"
_COMMITTEE_RE = re.compile(r"(?:村(?:村委会|委会|委|民委员会)|居委会?|居民委员会)$")


def committee_seat(place: str) -> str | None:
    """The village or community whose committee a place names (屋基村委会 → 屋基村, 东塘村村委会
    → 东塘村, 狮子社区居委会 → 狮子社区), else None (鸿兴居委 names no seat; 区农业农村委 is a
    bureau)."""
    m = _COMMITTEE_RE.search(place)
    if m is None or m.start() < 2:
        return None
    seat = place[: m.start()] + ("村" if m.group().startswith("村") else "")
    return seat if re.search(r"..(?:村|社区)$", seat) and not seat.endswith("农村") else None  # 农业农村委: a bureau


# a movement verb left in front of a place ("到前进街道", "深入团泊新城健康产业园")
_LEADING_VERB_RE = re.compile(r"^(?:先后|依次|分别|首先|又|还|再)?(?:来到|走进|深入到?|前往|赶赴|奔赴|到|赴|至|进入)(?=\S{2})")


# "X大道北侧Y工厂", "Y公园西侧…现场", "Y工厂南空地处": a side of a place
_SIDE_RE = re.compile(r"(?:东|西|南|北)(?:侧|面|边)|(?:东|西|南|北)?(?:空地|附近|旁边|对面)")


def _beside(item: str) -> str:
    """The named place of "A北侧B…" or "B西侧…": the side of the first place that is one
    (with a place suffix) gives way to it."""
    m = _SIDE_RE.search(item)
    if m is None:
        return item
    before, after = item[: m.start()], item[m.end():]
    after = _SIDE_RE.split(after)[0]
    if after and SUFFIX_RE.search(after) and not SUFFIX_RE.search(before[-4:] or "-"):
        return after
    return before if len(before) >= 2 else item


@pure
def reduce_place(item: str) -> str | None:
    """The most specific named place of an item: 梧桐办事处郭庄社区 → 郭庄社区;
    车湖垸黄沙湖翻沙鼓水险情现场 → 黄沙湖. None when the item names no place.

    The item is cut after administrative containers (a name of two or more characters and
    its level); the last piece is the place, shortened to its first place-suffixed prefix
    when details follow it. Company names keep their city prefix."""
    item = _beside(_LEADING_VERB_RE.sub("", item.strip("“”\"' ")))
    item = re.sub(r"^(?:位于|设在|地处|辖区|当地|部分|重点|有关|相关|全市|全县|全区|各|(?:该|本|我)(?:省|市|区|县|镇|乡|旗))+",
                  "", item)
    item = _ROOM_AFTER.sub("", item)  # "东方社区会议室": the place the room is in
    committee = _COMMITTEE_RE.search(item)
    if committee and committee.start() >= 2:
        # "屋基村委会", "狮子社区居委会", "鸿兴居委": the committee's seat is the place, as printed
        village = committee.group().startswith("村")
        base = reduce_place(item[: committee.start()] + ("村" if village else ""))
        named = re.search(r"(?:^|[镇乡区县市]|街道)([\u4e00-\u9fff]{2,4})$", item[: committee.start()])
        if not village and named and (base is None or not item[: committee.start()].endswith(base)):
            base = named.group(1)  # "白沙镇白沙居委": the residents' committee named in the town
        if base and base not in GENERIC_PLACES:
            return base + committee.group()[1 if village else 0:]
    if not item or "会场" in item or (WORK_RE.search(item) and not SUFFIX_RE.search(
            WORK_RE.split(item)[0] or "-")):
        return None
    work = None
    for work in WORK_RE.finditer(item):
        pass
    if work is not None and work.end() == len(item):
        # "察看北新安置小区建设": the place whose work was seen, if a place is named
        stem = item[: work.start()]
        place = reduce_place(stem) if stem and SUFFIX_RE.search(stem) and stem[-1:] not in "的和及" else None
        # the place must end where the work is printed ("全面推进乡村振兴工作": no 乡村), a route's
        # start aside ("A机场至B站沿线整治情况"), and a county or town of the gazetteer ("福海县重大项目进展")
        # a start's 配套 work ("X产业园配套道路建设": the park's supporting road) is the place's too
        return place if place and (stem.endswith(place) or "至" in stem or gazetteer().units(place)
                                   or stem.startswith(place + "配套")) else None
    pieces, pos = [], 0
    zone = COMPANY_RE.search(item) and _ZONE_BEFORE_RE.search(item)
    if zone and len(item) - zone.end() >= 4:
        item = item[zone.end():]  # 湘阴高新区西姆西焊接材料公司: the firm in the zone (a city prefix stays)
    town = COMPANY_RE.search(item) and _TOWN_BEFORE_FIRM.match(item)
    if town and len(item) - town.end() >= 4:
        item = item[town.end():]  # 大固本镇方胜农业集团, 凤冈县绥阳镇贵州X公司: the firm in the town
    if not COMPANY_RE.search(item):
        for m in _BOUNDARY_SUFFIX_RE.finditer(item):
            end = m.end()
            if m.group().endswith("村") and item.startswith("委会", end):
                end += 2  # 添泽村委会柏枝树连片区: the village committee, then a place in it
            if m.group() == "州" and not gazetteer().is_locality(item[pos:end - 1], "州"):
                continue  # 红河州 is a prefecture; 华谊钦州 is part of a firm's name
            if m.group().endswith("村") and _countryside(item, end):
                continue  # 农业农村局: the bureau of the countryside (农村), no village
            if end - pos >= 3 and end < len(item) and item[end:] not in SUFFIX_SET and end > pos:
                pieces.append(item[pos:end])
                pos = end
        lead = None if pieces else next((item[:j] for j in range(min(len(item) - 3, 8), 2, -1)
                                         if any(u.rank <= 3 for u in gazetteer().units(item[:j]))), None)
        if lead and item[len(lead):] not in SUFFIX_SET and _HAN3.match(item, len(lead)):
            # 源城区岗古岭保障住房项目部, 兴山区恒兴煤矿: a locality the boundary words miss (…城区, …山区, …门市)
            # holds the place printed after it
            pieces, pos = [lead], len(lead)
    pieces.append(item[pos:])
    gov = re.match(r"(?:人民)?政府", pieces[-1]) if len(pieces) > 1 and pieces[-2].endswith(("镇", "乡")) else None
    if gov:
        return pieces[-2] + gov.group()  # 山江镇政府(会议室): the town's government, a place visited
    merged = len(pieces) > 1 and bool(
        re.match(r"第[一二三四五六七八九十\d]|人民|党群|便民|综合|新时代|为民|居民|村民|老年|企业|日间|融媒体", pieces[-1])
        or (pieces[-2].endswith(("社区", "村")) and pieces[-1].endswith(("中心", "站", "馆", "室")))
        # "某街道代表联络站", "某镇卫生院": a kind of unit, named by the street or town that holds it
        or (pieces[-2].endswith(("街道", "镇", "乡")) and pieces[-1].endswith(("站", "所", "院", "室"))
            and kind_of_unit(pieces[-1])))
    # "沿北村护林防火检查点", "X乡临时避险安置点": a post, station or office the place before it names,
    # printed with no place word of its own
    station = (len(pieces) > 1 and not merged and len(pieces[-1]) >= 3 and _STATION_END.search(pieces[-1]) is not None
               and SUFFIX_RE.search(pieces[-1]) is None)
    # ... unless it is named (七星关区恒大帮扶安置点: 恒大's, a place of its own)
    named_station = station and len(pieces[-1]) >= 5 and not common_words(pieces[-1])
    station = station and not named_station
    merged = merged or station
    kind = (len(pieces) > 1 and not merged and len(pieces[-1]) >= 4 and pieces[-1].endswith(tuple(SUFFIX_SET))
            and common_words(pieces[-1])
            # 花园社区, 团结村: a community or village named with common words is named, no kind
            and not (len(pieces[-1]) <= 4 and pieces[-1].endswith(("社区", "村"))))
    if kind and pieces[-1].endswith(pieces[-2][-1]) and pieces[-2][-1] in "村镇乡":
        return pieces[-2]  # 如纳村乡村振兴示范村: the village, named before its designation
    if merged or kind:
        # 柘川县第二人民医院: the county names the hospital; 滨海新区旅游综合体项目: a kind of
        # place ("旅游综合体项目", common words only) is named by the locality before it
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    for piece in reversed(pieces):
        if piece.endswith(tuple(SUFFIX_SET)) or (piece is pieces[-1] and (
                kind or station or named_station or merged and piece.endswith(("中心", "站", "馆", "室")))):
            place = piece
        else:
            # a suffix inside a word is no place's end ("全国文明城市创建": 城市, no 文明城 or 文明城市)
            found = [m for m in SUFFIX_RE.finditer(piece) if m.end() >= 2 and not _WORD_AT_END.match(piece, m.end() - 1)
                     and not (m.group() == "市" and (piece[m.start() - 1:m.start()] == "城" or _MUNICIPAL.match(piece, m.end())))
                     and not _province_at(piece, m.end() - 1)  # 京港澳高速公路湖北境: 湖北, no lake
                     and not (m.group() == "村" and _countryside(piece, m.end()))]
            # "长城文化产业园配套道路": a two-character name before a longer named place is part of its name
            m = next((m for m in found if m.end() >= 3), None) if found and found[0].end() == 2 else None
            m = m or (found[0] if found else None)
            if m is None:
                continue
            # a suffix overlapping the one found runs on (县第一中学考点: 一中 then 中学)
            place = piece[:max([m.end()] + [x.end() for k in range(m.start() + 1, m.end()) if (x := SUFFIX_RE.match(piece, k))])]
        # a street or a numbered school (八廓街, 颍上五中) needs a name of two characters before it (沿街, 统一中: none)
        if len(place) >= 2 + place.endswith("街") + 2 * bool(_NUMBERED_SCHOOL.search(place)) \
                and place not in GENERIC_PLACES and place not in SUFFIX_SET:
            head = next((g for g in _GENERIC_LONGEST if place.startswith(g) and len(place) - len(g) >= 3
                         and place[len(g):].endswith(tuple(SUFFIX_SET))), None)
            return _after_short_name(place[len(head):] if head else place)  # 安置点建新花园: the name after a kind of place
    return None


def _province_at(text: str, i: int) -> bool:
    """Whether a province's short name (湖北, 河南, 山东) starts at text[i]."""
    return any(n.endswith("省") for n in gazetteer().short_names.get(text[i:i + 2], ()))


def _after_short_name(place: str) -> str:
    """A division printed after the short name of the city or province holding it (鹰潭贵溪市): the division."""
    for n in (2, 3):
        held_by = gazetteer().short_names.get(place[:n], ())
        if held_by and any(u.city in held_by or u.province in held_by for u in gazetteer().units(place[n:])):
            return place[n:]
    return place


# (a planting spot or a hazard spot is no station: "X村植树点" is X村; "各检测点" are many)
_STATION_END = re.compile(r"^(?!各|.*(?:植树|植樹|隐患|隱患|灾害|災害|灾|災|作业|作業)[点點]$).*(?:点|點|站|之家|局|部|办|辦)$")
_GENERIC_LONGEST = sorted((g for g in GENERIC_PLACES if g not in SUFFIX_SET and not g.endswith(tuple(SUFFIX_SET))),
                          key=len, reverse=True)  # 安置点, 一线: no 社区 (社区服务中心 is one place)


WORK_RE = re.compile(r"会场|工作|情况|问题|环境|卫生|建设|进度|设施|措施|成效|落实|整改|安全|生产|经营|"
                      r"精神|会议|全会|部署|要求|政策|理念|意识|管理|治理")


def is_generic_place(p: str) -> bool:
    return p in GENERIC_PLACES
