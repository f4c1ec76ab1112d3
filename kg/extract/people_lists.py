"""People named without a title of their own right before the name: the next titled person
of a "、" list, names listed after a colon or between 由 and 担任 (the title printed before
them), "X同志", a name right after its unit (督导组X带队) and untitled lists of names that an
article's other mentions vouch for. `kg.extract.people.find_people` adds them after its scan.
"""

from __future__ import annotations

import re

from kg.extract.chunks import org_chunk
from kg.extract.hits import PersonHit, RawPost
from kg.extract.memo import finditer_with
from kg.extract.names import TITLE_RE, plausible_name, plausible_shape
from kg.extract.org_names import session_body, session_name
from kg.extract.words import common_noun, common_words, freq, no_words, ordinary_word
from kg.lexicon import LEVEL_RANK, PERSON_KINDS, SURNAMES


_LIST_JOIN = re.compile(r"(同志)?[、及和]")


def link_list_neighbours(text: str, hits: list[PersonHit]) -> None:
    """A titled person right after another one and "、" (or "及") is in the same list."""
    for a, b in zip(hits, hits[1:]):
        if b.list_prev is None and b.posts:
            between = text[a.end:b.posts[0].start]
            if between in ("、", "及", "和", "以及") or _LIST_JOIN.fullmatch(between):
                b.list_prev = a


def parallel_phrases(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """`hits` without "、" lists of three or more that open with one character and go on with a
    common word each: "成员包河段、包责任、包任务" is a phrase (包 is a surname, the rest no names)."""
    drop: set[int] = set()
    run = [0] if hits else []
    for i in range(1, len(hits) + 1):
        if i < len(hits) and text[hits[i - 1].end:hits[i].start] == "、":
            run.append(i)
            continue
        items = [hits[k].name for k in run]
        if len(items) >= 3 and len({it[0] for it in items}) == 1 and all(freq().get(it[1:], 0) >= _PHRASE_WORD for it in items):
            drop.update(run)
        run = [i]
    return [h for k, h in enumerate(hits) if k not in drop]


_PHRASE_WORD = 500  # how common a word is that no given name is (河段 610, 建华 342)


# an untitled list after a delimiter, 以及 or a kind of people ("援青干部A、B、C五人深入…")
# (also "X与A、B一同来到", "X及A、B等领导")
_UNTITLED = re.compile(r"(?:(?<=[,。;:\n])|(?<=以及)|(?<=干部|党员|专家|教师)|(?<=[导員员]有)|(?<=[还還的]有)|(?<=[与與及])|(?<=[厅局办])|^)((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)"
                       # "A、B、C 3名委员作大会发言": a list counted before its kind
                       r"(?=等|同志|一行|出席|列席|参加|参会|在主席台|陪同|一同|分别(?:代表|作|就|发言|汇报|介绍)|[\d一二三四五六七八九十两]{1,3}[名位人]"
                       # "A、B、C作学习发言": the list speaks in turn
                       r"|作[\u4e00-\u9fff]{0,4}?(?:发言|汇报)"
                       # "A、B及大会主席团其他成员在主席台就座": the list goes on with a kind of people
                       r"|及[^,，。;；]{0,16}?(?:成员|代表|委员|负责人|负责同志))")


# "在主席台就座的领导有A、B、C。": the people a sentence lists as its last words
# (and "决定A、B、C为执行主席": the people a decision names)
_LISTED_AS = re.compile(r"(?:(?<=[导員员]有)|(?<=决定))((?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}?)(?=[。;\n]|$|为)")


# "A、B、C和大会主席团成员…在主席台就座": a list with no title that names somebody the
# article titles elsewhere is a list of people
# (an item may be a dotted name, "甲乙·丙丁", or a longer one, "甲乙丙丁戊己"; a note may follow it: "甲乙(政协)")
_ITEM = r"(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,6})(?:\([\u4e00-\u9fff]{2,4}\))?"
_ANCHORED = re.compile(rf"(?:(?<=[,。;:\n])|^)((?:{_ITEM}、){{2,}}{_ITEM.replace('{2,6})', '{2,6}?)')})(?=等?(?:和|与|及|在|出席|参加))")
_NOTE = re.compile(r"\([\u4e00-\u9fff]{2,4}\)$")
_NOT_IN_LONG = re.compile("[等人还也都和及与在了的同是]")  # "陈某等人还": a name and the words after it


# "省内外专家组A、B、C,": the members of a group, named right after it (three or more)
_GROUP_LIST = re.compile(r"(?<=组)((?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2,3})(?=[,。;])")


# "A、B、C等8名委员发言": the title the count gives every name of the list
_COUNTED_KIND = re.compile(r"等?[\d一二三四五六七八九十两]{1,3}[名位]([\u4e00-\u9fff]{0,6}?)(%s)(?=[\u4e00-\u9fff]{0,4}(?:围绕|就|作|发言|参加|出席|列席|[,。;]))"
                           % "委员|常委|代表")


# "A、B等区委常委参加": the post of a level's body every name of the list holds
_LEVEL_BODY_TITLE = re.compile(r"等([省市县区州旗](?:委|政府|人大常委会|人大|政协))(%s)(?=参加|出席|列席|陪同|一同|[,。;])" % TITLE_RE.pattern)
_KINDS_OF_PEOPLE = ("家", "者", "人士", "干部", "群众", "代表")
_COUNT_AFTER = re.compile(r"等?([\d一二三四五六七八九十两]{1,3})[名位]")
COUNT = r"[\d一二三四五六七八九十两]{1,3}[名位]"  # "9名", "十二位": a count of people
# "来自两县的A、B、C等代表围绕…": a list after 的 that a kind of people closes
_OF_KIND = re.compile(r"(?<=的)((?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}?)(?=等(?:%s)?(?:代表|委员|同志|干部))" % COUNT)
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _count_of(text: str, at: int) -> int | None:
    """The number of people printed right after a list ("7名", "十二位"), else None."""
    m = _COUNT_AFTER.match(text, at)
    if m is None:
        return None
    n = m.group(1)
    if n.isdigit():
        return int(n)
    if "十" in n:
        tens, _, ones = n.partition("十")
        return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0) if all(c in _DIGITS for c in tens + ones) else None
    return _DIGITS.get(n) if len(n) == 1 else None


_LEADERS_AFTER = re.compile(r"等(?:[省市县区州旗镇乡]级?|四套班子|在家)?领导")


def _delimited_item(it: str) -> bool:
    """A list item set off by "、" is delimited as a name is ("向振华、马德林"), unless it reads as a
    place or ordinary words ("玉山镇", "候车亭、景观")."""
    return len(it) <= 3 and not _PLACE_END.search(it) and not common_words(it)


_PLACE_END = re.compile("[镇乡村区县市州旗街]$")


def untitled_lists(text: str, hits: list[PersonHit], anchored: bool = False) -> list[PersonHit]:
    """Lists of names with no title: "A、B等列席会议"; `anchored`: the lists that name a
    person found before (`_ANCHORED`)."""
    taken = {(h.start, h.end) for h in hits}
    known = {h.name for h in hits}
    out = []
    found = ([m for m in _ANCHORED.finditer(text) if known & {_NOTE.sub("", it) for it in m.group(1).split("、")}]
             if anchored else [*_UNTITLED.finditer(text), *_GROUP_LIST.finditer(text), *_LISTED_AS.finditer(text),
                                *_OF_KIND.finditer(text)])
    for m in found:
        raw = m.group(1).split("、")
        items = [_NOTE.sub("", it) for it in raw]
        # "A、B、柯镇等领导": leaders named in a list vouch for an item with a listed surname
        leaders = _LEADERS_AFTER.match(text, m.end(1)) and sum(map(plausible_name, items)) * 2 > len(items)
        # "A、B…G7名委员作大会发言": a count that matches the list vouches for one rare surname in it
        counted = _count_of(text, m.end(1)) == len(items) >= 4 and sum(not plausible_name(it) for it in items) <= 1
        comrades_after = text.startswith("同志", m.end(1))  # "A、甲乙丙丁同志": a four-character name whole
        # mostly plain names: "、" sets each off (not when a count printed after the list disagrees)
        plain = 2 * sum(map(plausible_name, items)) >= len(items) and _count_of(text, m.end(1)) in (None, len(items))
        if not all(plausible_name(it, whole_item=comrades_after and not it.endswith("同志"), delimited=plain and _delimited_item(it)) or (leaders and it[0] in SURNAMES and len(it) <= 3)
                   or (counted and len(it) <= 3 and plausible_shape(it))
                   # a list vouched for by a titled name and mostly plain names: a dotted name, a longer
                   # one with no word in it, one of a name's shape (one ending like a place: 甲乙镇)
                   or (anchored and 3 * sum(map(plausible_name, items)) >= 2 * len(items) and (
                       "·" in it or plausible_shape(it) or (len(it) >= 5 and no_words(it) and not _NOT_IN_LONG.search(it))))
                   for it in items) or (
                m.re is _GROUP_LIST and not all(it[0] in SURNAMES for it in items)):
            continue
        pos = m.start(1)
        prev = None
        kind = _COUNTED_KIND.match(text, m.end(1))
        # "8位企业家委员": a kind of people, no body
        own = kind.group(1) if kind and not kind.group(1).endswith(_KINDS_OF_PEOPLE) else ""
        # "8名委员" at a CPPCC session: its members; else 委员 of what body is not said
        body = session_body(session_name(text), kind.group(2)) if kind and not own else None
        posts = ([RawPost(own or body, kind.group(2), kind.start(1), kind.end())] if kind and (own or body) else [])
        if held := _LEVEL_BODY_TITLE.match(text, m.end(1)):
            posts = [RawPost(held.group(1), held.group(2), held.start(1), held.end(2))]  # "A、B等区委常委参加"
        for it, printed in zip(items, raw):
            if (pos, pos + len(it)) not in taken:
                h = PersonHit(it, pos, pos + len(it), list(posts), False, prev)
                out.append(h)
                prev = h
            pos += len(printed) + 1
    return out


_ITEM_NOTE = r"(?:\((?:女|男|[\u4e00-\u9fff]{1,4}族)[,、]?[\u4e00-\u9fff]{0,4}\))?"  # "柯小满(女)", "A(藏族)"
_COLON_LIST = re.compile(r"([^,。;:\n]{0,30}?)(?:(?:有|为|是|包括)(?:\([^()\n]{1,12}\))?[:]|(?<=[座坐席]的还)有|(?<=主席|成员)是)"
                         r"((?:[\u4e00-\u9fff]{2,4}%s、)*[\u4e00-\u9fff]{2,4}%s)(?=[ \u3000]*(?:[。;,\n]|$))" % (_ITEM_NOTE, _ITEM_NOTE))


# "本次会议执行主席由A、B、C担任": the names between 由 and 担任, with the title before 由
_BY_LIST = re.compile(r"([^,。;:\n]{0,30}?)由((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?)担任")




def colon_lists(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """"参加视察的市人大代表有:A、B、C" and "执行主席由A、B担任": the names of the list, with the
    title before it."""
    known = {h.name for h in hits}
    out: list[PersonHit] = []
    colon = finditer_with(_COLON_LIST, text, next((n for n in (":", "的还有", "主席是", "成员是") if n in text), ":"))
    for m in (*colon, *finditer_with(_BY_LIST, text, "由", "担任")):
        printed = m.group(2).split("、")
        items = [re.sub(r"\(.*\)$", "", it) for it in printed]  # a note after a name is no part of it
        common = sum(map(common_words, items))  # "议程有:人事事项;": ordinary words, no names
        odd = [it for it in items if not plausible_name(it, whole_item=True, delimited=True)]
        if (odd and not (len(items) >= 8 and len(odd) * 8 <= len(items) and all(2 <= len(it) <= 4 for it in odd))) or (
                common and not (len(items) >= 3 and common * 3 < len(items))):
            continue  # (a long list of names may hold one that reads as words, 周家明, or a rare surname)
        posts = []
        prefix = m.group(1).removesuffix("的")  # "担任此次大会执行主席的有:"
        t = None
        for t in TITLE_RE.finditer(prefix):
            pass
        if t is not None and t.end() == len(prefix):
            chunk, cstart = org_chunk(text, m.start(1) + t.start(), m.start(1))
            posts = [RawPost(chunk, t.group(), cstart, m.start(1) + t.end())]
        pos, prev = m.start(2), None
        for it, printed_item in zip(items, printed):
            if it not in known or posts:  # a person titled elsewhere gets the list's title too
                h = PersonHit(it, pos, pos + len(it), list(posts), False, prev)
                out.append(h)
                known.add(it)
                prev = h
            pos += len(printed_item) + 1
    return out


_COMRADE = re.compile(r"(?:(?<=[,。;:、\n])|^)([\u4e00-\u9fff]{2,3})同志")


def named_by(pattern: re.Pattern, text: str, hits: list[PersonHit], ok, posts=lambda m: []) -> list[PersonHit]:
    """A person for each match of `pattern` whose group 1 is a name `ok(name, match, known)`
    accepts and no person found before has; `posts(match)`: the posts it prints."""
    known = {h.name for h in hits}
    out = []
    for m in pattern.finditer(text):
        name = m.group(1)
        if name in known or not ok(name, m, known):
            continue
        known.add(name)
        out.append(PersonHit(name, m.start(1), m.end(1), posts(m)))
    return out


_LEVEL_STARTS = frozenset(lv[0] for lv in LEVEL_RANK)  # "区人大代表…": a level, no surname (区 is one too, rarely)
# "甲乙代表镇人民政府作工作报告", "和丙丁代表区政协科技委作发言": a name speaking for a body
_ON_BEHALF = re.compile(r"(?:(?<=[,。;:、\n和与及])|^)([\u4e00-\u9fff]{2,3})代表(?=[^,。;:]{2,24}?(?:作|致辞|发言|讲话|表态|宣读))")


def on_behalf(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A name at a clause start that speaks on behalf of a body ("甲乙代表镇政府作报告"): a person."""
    return named_by(_ON_BEHALF, text, hits, lambda name, m, known: name[0] in SURNAMES and name[0] not in _LEVEL_STARTS
                    and plausible_name(name) and not ordinary_word(name) and not any(k.endswith(name) for k in known))


def comrades(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """"X同志" at a clause start names a person even without a title."""
    return named_by(_COMRADE, text, hits,
                  lambda name, m, known: not any(k.endswith(name) for k in known) and plausible_name(name))


# "区安全生产第一督导组X带队", "区安监局X等参加": a name printed right after its unit, with no
# title, and a role verb after it
_UNIT_MEMBER = re.compile(r"(?<=[局组办委队])([\u4e00-\u9fff]{2,3}?)(?=带队|等?参加|等?陪同|等?出席)")


def unit_members(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """People named right after their unit with no title: a person, no post."""
    return named_by(_UNIT_MEMBER, text, hits, lambda name, m, known: not (
        any(k.endswith(name) or name.endswith(k) for k in known) or name[0] not in SURNAMES
        or not plausible_name(name, delimited=True) or ordinary_word(name)
        or ordinary_word(text[m.start(1) - 1:m.start(1) + 1])))  # "组成人员": 组成 is a word


# "来到困难群众A、B家中", "看望百岁老人A": names after the kind of people they are, no title
_KIND_LIST = re.compile("(?:%s)((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}?)(?=等?家|时|今年|现年|[,。;、的和及与]|$)"
                        % "|".join(sorted(map(re.escape, PERSON_KINDS), key=len, reverse=True)))


# "在A、B、C等退休老干部家中": names before 等 and their kind
_LIST_OF_KIND = re.compile("(?:(?<=[在到,。;:、\n])|^)((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等(?:[0-9一二三四五六七八九十]+[名位户])?"
                           "[\u4e00-\u9fff]{0,2}(?:%s)" % "|".join(sorted(map(re.escape, PERSON_KINDS), key=len, reverse=True)))


def kind_named(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """People named after their kind (困难群众, 低保户, 百岁老人 …) or before it with 等 (A、B等老
    干部): persons, no post."""
    known = {h.name for h in hits}
    out = []
    for m in (*_KIND_LIST.finditer(text), *_LIST_OF_KIND.finditer(text)):
        items = m.group(1).split("、")
        if not all(it[0] in SURNAMES and plausible_name(it, delimited=True) and not ordinary_word(it)
                   and not common_noun(it[1:]) and freq().get(it[:2], 0) < _PHRASE_WORD for it in items):
            continue  # "群众戴口罩": a surname and a common noun, no name; "居民幸福感": a word and more
        pos = m.start(1)
        for it in items:
            if it not in known and not any(k.endswith(it) or it.endswith(k) for k in known):
                out.append(PersonHit(it, pos, pos + len(it), []))
                known.add(it)
            pos += len(it) + 1
    return out


# "(女,藏族)", "(人大)" (which of two namesakes), "(中)" (where in a photo): a note after a name in a list
_LIST_NOTE = re.compile(r"[(（](?:女|男)?[,，、]?(?:[\u4e00-\u9fff]{1,4}族|[\u4e00-\u9fff]{1,4})?[)）]")


def past_note(text: str, pos: int) -> int:
    """Past a note printed right after a list item's name, if any."""
    m = _LIST_NOTE.match(text, pos)
    return m.end() if m and m.end() - pos > 2 else pos
