"""Visit lists: the items of the list a visit verb opens ("先后来到A、B和C等企业" → A, B, C),
read to the first word that ends the list, and the named place each item gives (its most
specific place by `reduce_place`, or a bare name standing in a list of places)."""

from __future__ import annotations

import re

from kg.extract.memo import pure, pure_list
from kg.extract.triggers import COMPANY_RE, SUFFIX_RE, SUFFIX_SET, WORK_RE, reduce_place
from kg.extract.words import common_words, word_tag
from kg.lexicon import GENERIC_PLACES, LEVEL_RANK, PLACE_SUFFIXES
from kg.lexicon.gazetteer import gazetteer

# 各 only before what it distributes over ("各车间"; 庄各李 is a village name)
_DETAIL_RE = re.compile(r"(?:(?<=[厂司业地])车间|现场|(?<=[目程])工地|会议室|会场|办公地点|展厅|(?<!大)楼(?![村庄湾社组乡镇街区县])|\d+楼|[一二三四五六七八九十]+楼|各(?=[个类项村组社单企部科车点处站区县镇乡])|等|内|一线|周边).*$")
_ITEM_STOP = re.compile(r"(?:检查(?!站)|督导|督查|调研|视察|走访|察看|查看|指导|看望|慰问|开展|召开|听取|参加|出席|"
                        r"参观|考察|实地|了解|详细|深入|,|。|;|:|等|的(?![^、,。;]{0,12}?(?:有限公司|公司|集团))"
                        # "深入X区对重点项目…进行调研", "到Y中学就…进行调研": the place ends before 对 / 就
                        r"|(?:(?<=[区县市镇乡村道园司厂心学中馆院站])|(?<=苏木|嘎查))(?:对|就|围绕|针对)(?!外|口))")


_SHARED_LEVEL = re.compile(r"(村|社区|镇|乡|街道)(?![镇村乡街社组委民]|干部|群众|党员)")
_OF_QUOTED = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:社区|村|街道|镇|乡)的[“\"]([^”\"]{2,12})[”\"]")


# "位于河北区的", "房山区的": the district a visited place lies in, printed before it
# "位于浪堤镇虾里村委会的", "位于黄河北岸被称为千姿湖的": after 位于, wherever the place lies
_IN_UNIT_OF = re.compile(r"^(?:位于)?[\u4e00-\u9fff]{2,8}?(?:省|市|[区區]|[县縣]|旗|[镇鎮]|[乡鄉]|街道)的(?=[^“\"]{2})"
                         r"|^位于[^,，。;、的]{2,20}的(?=[^“\"]{2})")


_VISIT_VERB_FIRST = re.compile(r"^(?:(?:实地)?(?:考察|调研|视察|检查|督导|察看|查看|走访|参观|慰问|看望)了?|了)(?=\S{2})")  # "前往了A": 了 too


# "到我乡彝绣扶贫车间": the paper's own township is no part of the place's name
_OURS_RE = re.compile(r"^(?:我|该|本)(?:省|市|州|盟|区|县|镇|乡|旗|村)(?=\S{2})"
                      # "…代表团赴蕉城区", "与港沿镇": who went there, or a preposition, before the place
                      r"|^\S*?(?:赴|前往|来到|走进)(?=\S{2})|^与(?=\S{3})")


_UNNAMED_RE = re.compile(r"(?:部分|有关|相关|一些|若干|多个|多家|各(?:个|类|级)?)")


_PREPOSITION_RE = re.compile(r"^(?:在|于|从)(?=\S{2})")
_WHOLE_AREA_RE = re.compile(r"全(?:省|市|区|县|旗|镇|乡)")
_COUNTED_RE = re.compile(r"[\d一二三四五六七八九十百千两几多]+(?:个|家|处|座|所)")  # "60个经济重点镇": a count


def named_place(place: str | None) -> str | None:
    """`place` as a named place, or None when it reads as a phrase: a leading preposition
    goes ("在新农村"); "的" or "了" ("听到今年用到了X水库"), a whole area ("温州全市"), a count ("60个重点镇") or a level word
    joined on ("地块和街道") make it no place."""
    if place is None:
        return None
    place = place.split("/")[0]  # "越城区/滨海新区": one place under two names, the first printed
    place = re.sub(r"[(（][^()（）]*$", "", _PREPOSITION_RE.sub("", place.lstrip("、,，—")))  # "X有限公司(藤县": cut off; "贫困乡——X乡": a dash
    place = _OURS_RE.sub("", place) or place  # "代表团赴蕉城区", "与港沿镇", "我乡X": the place after them
    if re.search(r"^[^(（]*[)）]", place) or re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", place):
        return None  # "员)甲乙": a list item cut inside a bracket; "时强调 抓好…": words of a spaced headline
    if re.fullmatch(r"[该本](?:村|社区|镇|乡|街道|县|区|市|企业|公司|单位)", place) or re.search(rf"(?:{_PEOPLE}|属企业|沿街门店)$", place):
        return None  # "查看该村及周边地区": the village the sentence named; "慰问村社干部": people, no place
    if not place or all(c in _LEVEL_CHARS for c in place):
        return None  # "乡村" (of 乡村振兴), "镇村", "镇(街道)": level words, no named place
    if place.count("“") != place.count("”"):
        return None  # "市“两会”即将", "客厅”项目": a phrase cut inside a quotation
    if ("的" in place and not _FIRM_WITH_DE.fullmatch(place)) or "了" in place or "们" in place or _WHOLE_AREA_RE.search(place) \
            or _COUNTED_RE.match(place):
        return None
    if re.match(r"听取|收听|收视|收看|观看", place):
        return None  # "在听取瓦房店市…汇报后": a verb of hearing, no place
    joined = re.fullmatch(r"(.{2,}?)(?:和|与|及)(.{2,})", place)
    if joined and joined.group(2) in LEVEL_RANK:  # "地块和街道"; 巴嘎波日和小学 is a school
        return None
    if joined and SUFFIX_RE.search(joined.group(1)[-3:]) and joined.group(1)[-1] in _SUFFIX_ENDS:
        return named_place(joined.group(1))  # "A矿业有限公司和B矿业有限公司": the first of two
    if _NOT_A_PLACE.search(place) or (place in GENERIC_PLACES and not place.startswith("我")):  # 我县: home_place
        return None
    if _UNNAMED_RE.match(place):
        return None  # "城关街道有关村组" read as 有关村: a kind of place, no name
    if place.endswith(("企业", "项目")) and common_words(place[:-2]) and not SUFFIX_RE.search(place[:-2]):
        return None  # "矿山企业", "围栏项目": a kind of firm or project, no named one
    return place


_LEVEL_CHARS = set("".join(LEVEL_RANK)) | set("()（）")
_FIRM_WITH_DE = re.compile(r"[^的]{1,4}的[^的]{1,6}(?:有限责任公司|有限公司)")  # 湖北美的电冰箱有限公司: 的 in a brand
_PEOPLE = "代表|干部|群众|党员|职工"  # people visited, never a place: "慰问村社干部", "东港市各民主党派代表"
_SUFFIX_ENDS = {p[-1] for p in PLACE_SUFFIXES}  # the last characters of place suffixes (司, 村, 园 …)
# words that make a phrase no place: "把科普知识带到田间地头", "队员是否到岗到位", "宾馆迎接大庆市",
# "深入到包村联系点" (包村 / 驻村: a cadre's assignment, no village)
_NOT_A_PLACE = re.compile(r"把|是否|迎接|布置|瞻仰|分包|^在?建项目|^[包驻]村")
_QUOTED_NAME = re.compile(r"“[^“”]{2,12}”")


_THEIR_PEOPLE = re.compile(rf"(?:各|部分|全体|广大)\S*?(?:{_PEOPLE}|人士|委员|人员|户)")
# a locality, then a kind of place inside it, unnamed: "城关街道有关村组", "该镇各村"
_UNNAMED_AFTER = re.compile(r"(?:(?<=[镇乡区县市旗])|(?<=街道))(?:部分|有关|相关|一些|若干|多个|多家|各(?:个|类)?)")


# what a site printed after its town never starts with: a level or a body's word, 最/各/全
_NO_SITE_START = re.compile(r"[镇乡村政人党委]|[最各全]")


@pure
def place_of_item(item: str, list_ok: bool) -> str | None:
    """The place an item names; `list_ok`: the item stands in a list of places, so a bare
    name ("泰开电气") counts."""
    if "《" in item or "》" in item:
        return None  # 检查《…法》贯彻实施情况: a law or document, never a place
    if _UNNAMED_RE.match(item):
        return None  # 部分驻旗边防部队, 有关企业: a kind of place, not a named one
    reduced = reduce_place(item)
    if reduced and _THEIR_PEOPLE.fullmatch(item[item.find(reduced) + len(reduced):]):
        return None  # "走访慰问东港市各民主党派代表": people of the city, no place visited
    if unnamed := _UNNAMED_AFTER.search(item):  # "城关街道有关村组": the street, its villages unnamed
        if _THEIR_PEOPLE.fullmatch(item[unnamed.start():]):
            return None
        item = item[:unnamed.start()]
        reduced = reduce_place(item)
    # the site printed after a town or village, or after a county, district or zone (no 小区, 社区 or 园区,
    # which are sites themselves); a level inside a word names none (乡村田野, 嘎查村民X)
    at = item.rfind(reduced) if reduced and named_place(reduced) and (
        reduced[-1] in "镇乡村" or reduced[-1] in "区县市旗" and not _SITE_AREA.search(reduced)) else -1
    rest = _PLANTING_SPOT.sub("", item[at + len(reduced):]) if at >= 0 else ""  # "城中区沈家沟植树点": 沈家沟
    joined = bool(rest) and word_tag(reduced[-1] + rest[0]) == "n"  # 村民, 县城: the level is part of a word
    if joined and reduced[-1] in "镇乡村":
        return None  # "嘎查村民X": the village no name cut right
    if (2 <= len(rest) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) and not _NO_SITE_START.match(rest)
            and not rest.endswith("家") and not (word_tag(rest) or "").startswith("v")  # 苏某家, 报到: no site
            and not WORK_RE.search(rest) and not joined and (reduced[-1] in "镇乡村" or _site_words(rest))
            and not common_words(rest)):
        reduced = rest  # "深入戛洒镇曼湾、曼秀", "城中区沈家沟": a site printed after its town or county, no level
    route = re.match(r"([^至]{2,12})至", reduced or "")
    if route and route.group(1)[-1] not in "镇乡村区县市":
        return named_place(route.group(1))  # "南阳机场至高速公路南阳站沿线": a route, from where it starts
    if reduced:
        return named_place(reduced)
    if _QUOTED_NAME.fullmatch(item):
        return named_place(item[1:-1])  # a name printed in quotes: “聚侨堂”
    if (list_ok and 2 <= len(item) <= 16 and item not in GENERIC_PLACES and not WORK_RE.search(item)
            and not item.endswith("地") and not common_words(item)):
        # "轰轰烈烈地": an adverb; "人民团体", "驻地部队": a kind of unit (ordinary words), no name
        return named_place(item)
    return None


_SITE_AREA = re.compile(r"(?:小|社|园|景|校|厂|片|街|营|矿|库)区$")
_PLANTING_SPOT = re.compile(r"(?<=..)(?:义务)?(?:植树点|植树现场|植树基地)$")


def _site_words(rest: str) -> bool:
    """Words that may name a site: none opens with a verb, preposition, adverb, conjunction or
    pronoun ("听民意", "比优特"), none ends with a verb or a number ("玉米收获", "西路二")."""
    import jieba

    words = jieba.lcut(rest, HMM=False)
    return (word_tag(words[0]) or "x")[:1] not in "vpdcr" and (word_tag(words[-1]) or "x")[:1] not in "vm"


_NAME_HEAD = re.compile(r"(?:街道|社区|镇|乡|村|区|县|市)[\u4e00-\u9fff]$")


def _locality_head(left: str) -> bool:
    """A locality's short name and one character, no level: "包头天和磁材…公司" is one firm's name."""
    return len(left) >= 3 and left[-1] not in _LEVEL_CHARS and left[:-1] in gazetteer().short_names


@pure_list
def visit_items(clause: str) -> list[str]:
    """Items of the visit list that starts a clause: "A、B和C等企业" → [A, B, C]."""
    clause = _OF_QUOTED.sub(r"“\1”", clause)  # "大塘巷社区的“聚侨堂”": the named place in it
    clause = _IN_UNIT_OF.sub("", clause)  # "来到位于河北区的远洋大厦": the place, not the district
    clause = _VISIT_VERB_FIRST.sub("", clause)  # "深入考察A、B": the verb after 深入 opens the list
    m = _ITEM_STOP.search(clause)
    body = clause[: m.start()] if m else clause
    # "深入油洋、泽溪等村": the level printed once after 等 belongs to each bare name
    shared = _SHARED_LEVEL.match(clause, m.end()) if m and m.group() == "等" else None
    if shared:
        body = "、".join(p + shared.group(1) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", p)
                        and not SUFFIX_RE.search(p) else p for p in body.split("、"))
    parts = []
    for item in (p for p in body.split("、") if p):
        # "A和B": two places only when both sides are names of two characters or more
        # (光和电子科技有限公司, 长和社区 are one)
        m2 = re.fullmatch(r"(.{2,}?)(?:和|及|以及)(.{2,})", item)
        # ... unless the left side is no place of its own ("X电池及配套下游电子烟项目": one project)
        # ... nor when one character after a locality comes before it ("庄桥街道三和嘉园小区": 三和 is a name)
        if (m2 and m2.group(2) not in SUFFIX_SET and not m2.group(2).startswith(tuple(SUFFIX_SET))
                and not _NAME_HEAD.search(m2.group(1)) and not _locality_head(m2.group(1))
                # "泰安和新精工有限公司": a locality's short name, 和, a firm: one firm's name
                and not (m2.group(1) in gazetteer().short_names and COMPANY_RE.search(m2.group(2)))
                and (len(m2.group(1)) <= 6 or reduce_place(m2.group(1)) or _UNNAMED_RE.match(m2.group(1)))):
            parts += [m2.group(1), m2.group(2)]
        else:
            parts.append(item)
    return [_OURS_RE.sub("", _DETAIL_RE.sub("", p) or p) or p for p in parts]


def visit_clause(sent: str, start: int) -> str:
    """The clause after a visit verb at `start` as far as `visit_items` reads it (to its
    first stop word) and 6 characters more: not the rest of the sentence, which in text
    without punctuation is the rest of the article, once for every visit verb."""
    lead = _VISIT_VERB_FIRST.match(sent[start:start + 6])  # "深入考察A、B": read past the verb
    at = start + (lead.end() if lead else 0)
    unit = _IN_UNIT_OF.match(sent[at:at + 24])  # "房山区的A": read past the district's 的
    stop = _ITEM_STOP.search(sent, at + (unit.end() if unit else 0))
    return sent[start:stop.end() + 6] if stop else sent[start:]


# "赴礼安镇开展全会精神宣讲", "到渠北镇宣讲": a talk given where the speaker went
_WENT_TO_LECTURE = re.compile(r"(?:来到|[到赴]|前往)([^,，。;、到在的了]{2,20}?)(?:(?:开展|进行|作)[^,，。;]{0,20}?)?宣讲(?!团)")


def lecture_place(text: str) -> str | None:
    """Where a talk the speaker travelled to give was given, else None."""
    m = _WENT_TO_LECTURE.search(text)
    return named_place(reduce_place(m.group(1))) if m else None
