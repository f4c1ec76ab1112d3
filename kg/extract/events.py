"""Events of an article and who did what at them.

The article's main event is typed from its headline and lead. Each sentence is read as
subject groups (people named one after another with no role verb between them) followed by
their verbs; "在A、B陪同下" marks A and B as accompanying; "向X" / "对X" make X an object.
In a meeting article, a visit made "在…陪同下" opens a separate inspection, and a later
sentence about the meeting returns to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from kg.model import Sentence
from kg.extract.divisions import parse_place
from kg.extract.memo import bounded, finditer_with, pure, pure_list
from kg.extract.triggers import (DATE_RE, DAY_ONLY_RE, GARBLED_DAY_RE, LEADING_DATE_RE, RELATIVE_RE, ARRIVE_RE, HEARD_RE, ROLE_VERB_RE, VISIT_RE, classify,
                       find_date, named_place, place_of_item, reduce_place, visit_clause, visit_items)
from kg.lexicon import OBJECT_MARKERS, ROLE_VERBS
from kg.lexicon.gazetteer import gazetteer

# "传达学习了市委书记X…的讲话精神": X is quoted, not present
RELAYED_RE = re.compile(r"(?:传达|学习|贯彻|落实|学习贯彻|传达学习)了?$")


def _is_object(text: str, sent_start: int, m: "PersonSpan") -> bool:
    """The person is the object of the clause ("向X汇报") or only quoted ("传达X的讲话")."""
    return _object_of(text[max(sent_start, m.start - 120):m.start], text[m.name_end:m.name_end + 45])


@bounded
def _object_of(before: str, after: str) -> bool:
    """`_is_object` from the sentence's text before the mention (at most 120 characters)
    and the 45 after its name."""
    near = before[-6:]
    if near[-1:] in OBJECT_MARKERS or RELAYED_RE.search(near):
        return True
    # "传达学习了A的讲话精神,以及B关于…的批示要求": everyone quoted after 传达/学习
    clauses = re.split(r"[,;:]", before)
    quoted = re.search(r"传达|学习", clauses[-1]) or (
        len(clauses) > 1 and re.match(r"(?:以及|及|和|并)", clauses[-1]) and re.search(r"传达|学习", clauses[-2]))
    return bool(quoted) and bool(re.match(r"[^,。;]{0,40}?(?:讲话|批示|指示|精神|要求|部署)", after))


@dataclass
class PersonSpan:
    """One mention of a person: `start` includes the printed posts, `name_end` ends the name."""

    name: str
    start: int
    name_start: int
    name_end: int


@dataclass
class EventDraft:
    type: str
    date: str | None
    places: list[str] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)  # name -> roles, in order
    first_sentence: int = 0
    evidence: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    # visit lists read in its sentences: (introduced by 先后/依次/分别, places, container)
    visit_lists: list[tuple[bool, list[str], str | None]] = field(default_factory=list)
    venues: list[str] = field(default_factory=list)  # "在X召开座谈会" during a visit

    def add(self, name: str, role: str, span: tuple[int, int]) -> None:
        rs = self.roles.setdefault(name, [])
        if role not in rs:
            rs.append(role)
            self.evidence[(name, role)] = span


def _clauses(text: str, start: int, end: int):
    """Clause spans of text[start:end], split at , : and quotes."""
    pos = start
    for m in re.finditer(r"[,:“”]", text[start:end]):
        yield pos, start + m.start()
        pos = start + m.end()
    yield pos, end


@pure_list
def _verb_kinds(span_text: str, at_start_arrive: bool = True) -> list[str]:
    kinds = []
    if at_start_arrive and ARRIVE_RE.match(span_text):
        kinds.append("inspect")
    heard = HEARD_RE.search(span_text)
    for m in ROLE_VERB_RE.finditer(span_text):
        k = ROLE_VERBS[m.group()]
        if heard and m.start() > heard.start() and k == "speak":
            continue  # 听取…汇报: somebody else's speech
        kinds.append(k)
    if heard:
        kinds.append("inspect_heard")
    return kinds


def _verbs_after(text: str, start: int, sent_end: int, stop: int) -> list[str]:
    """Role kinds of the first clause after `start` that has any (not past `stop`)."""
    return _verbs_in(text[start:min(sent_end, stop)])


@pure_list
def _verbs_in(span: str) -> list[str]:
    """`_verbs_after` of the text it reads."""
    first = True
    found: list[str] = []
    for cs, ce in _clauses(span, 0, len(span)):
        clause = span[cs:ce]
        if found:
            # a subject-less clause joined by 并/同时/还 goes on with the same subject
            if not re.match(r"(?:并|并且|同时|还|又|随后)", clause):
                break
            found += _verb_kinds(clause, at_start_arrive=False)
            continue
        found = _verb_kinds(clause, at_start_arrive=first)
        first = False
    return found


def _roles_for(kinds: list[str], etype: str) -> list[str]:
    roles: list[str] = []
    ks = set(kinds)
    if etype == "inspection":
        if "accompany" in ks:
            roles.append("accompanied")
        elif ks & {"inspect", "attend", "chair", "inspect_heard"}:
            roles.append("inspected")
        if "speak" in ks:
            roles.append("spoke")
    else:
        if "chair" in ks:
            roles += ["chaired", "attended"]
        if ks & {"attend", "accompany"} or (etype == "other" and "inspect" in ks):
            roles.append("attended")  # at an activity, arriving at its site is taking part
        if "speak" in ks:
            roles += ["spoke", "attended"]
    return roles


_OWN_MEETING = re.compile(r"主持召开[^,。;]{0,30}?(?<!座谈)(?<!现场)(?<!办公)(?<!汇报)(?:会议|大会|会)")


_AFTER_MEETING = re.compile(r"(?:会后|会议结束后|散会后)")
_REMOTE = re.compile(r"电视电话会议|视频会议|视频调度会|视频连线会")
_LOCAL_VENUE = re.compile(r"收听收看|分会场")


def _separate_meeting(sent: str) -> bool:
    """A meeting chaired after a visit is its own event ("8月8日下午,X主持召开…专题会议");
    a 座谈会, 现场会 or 汇报会 held during the visit is part of it."""
    return bool(_OWN_MEETING.search(sent))


_AT_SITE = re.compile(r"^在([^,，。;在]{2,30}?)(?:现场)?[,，]")


@pure
def _meeting_place(text: str) -> str | None:
    m = re.search(r"(?<![正现存实所自])在([^,。;在]{2,30}?)(?<![前后时中])(?:胜利|隆重|顺利)?(?:召开|举行|举办|开展|栽下|植下|收听收看|开班|开幕|闭幕)", text)
    if m and re.search(r"主持|出席|参加|组织", m.group(1)):
        return None
    if not m:
        # "在运河文化公园西侧义务植树活动现场,…": a sentence that opens at the site
        site = _AT_SITE.match(text)
        return named_place(reduce_place(site.group(1))) if site else None
    if re.search(r"之际|期间|前夕|之时|周年|过程|之中", m.group(1)):
        return None  # 在新中国成立75周年之际召开: a time, not a place
    venue = re.sub(r"[主分]?会场$", "", m.group(1))  # 在A产业园主会场举行
    if venue != m.group(1) and parse_place(venue)[1]:
        return None  # 在X县分会场收听收看: the organiser's own venue, no place
    place = reduce_place(venue)
    if (place is None and 2 <= len(m.group(1)) <= 12 and not re.search(r"[的了、与和]|会议|会场|工作|完成|议程", m.group(1))
            and not m.group(1).endswith(("地", "会", "式"))):  # "轰轰烈烈地开展": an adverb; 在大会闭幕式
        place = m.group(1)  # "在白沙河生态廊道开展": a named place without a suffix
    return named_place(place)


_AT_VISIT = re.compile(r"(?<![正现存实所自])在([^,，。;、在]{2,30}?)(?:检查|调研|视察|督导|察看|考察|走访|查看)")
_IN_PLACE = re.compile(r"(?:随后|之后|其后)?在([^,，。;、]{2,20}?)[,，]")
# "在新桥镇、雅化集团、交通局等地,督查组…": the places a sentence opens with, visited one by one
_IN_PLACES = re.compile(r"(?:随后|之后|其后)?在((?:[^,，。;、]{2,16}、)+[^,，。;、]{2,16}?)等(?:地|处|单位|企业)[,，]")
_OBJECT_VISIT = re.compile(r"对([^,，。;]{2,80}?)进行[^,，。;]{0,8}?(?:督查|检查|调研|视察|督导|走访|察看)")


def _visit_places(text: str, s: Sentence) -> list[tuple[bool, list[str], str | None]]:
    """Visit lists of a sentence: (introduced by 先后/依次/分别, places, the place the
    sentence opens with: "在枫岭区,X来到A、B" gives A and B inside 枫岭区)."""
    return [(seq, list(places), inside) for seq, places, inside in _sentence_visits(text[s.start:s.end])]


@pure
def _sentence_visits(sent: str) -> tuple[tuple[bool, tuple[str, ...], str | None], ...]:
    opening = _IN_PLACE.match(sent)
    inside = reduce_place(opening.group(1)) if opening else None
    if inside and not parse_place(inside)[1]:
        inside = None  # only an administrative container gives way to the places inside it
    found = []  # (where the list is printed, its entry): lists in printed order
    for m in _AT_VISIT.finditer(sent):  # "在勃利县第二林场检查森林防火时"
        place = reduce_place(m.group(1))
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
        places = _shared_tail(items, [place_of_item(it, bool(list_ok)) for it in items])
        if places and places != [inside]:
            found.append((m.start(), (m.group().startswith(("先后", "依次", "分别", "首先")), tuple(places), inside)))
    if not found and inside and parse_place(inside)[0][-1].rank >= 5:
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


_CONTAINER_RE = re.compile(r"(.{2,}?)(?:镇|乡|街道|县|区|市|旗)$")


def _inside_container(first: str, lists: list[tuple[bool, list[str], str | None]],
                      venues: list[str], named_after: bool = False) -> list[str] | None:
    """A place of the visit inside its first place, when that is an administrative
    container printed alone ("到可塘镇调研" … "到可塘彩宝广场"; "在河东镇政府会议室召开座谈会"):
    FORMAT drops a container when a named place inside it is listed. Inside: named after it
    (only that with `named_after`: the first of several containers visited one by one)."""
    m = _CONTAINER_RE.fullmatch(first)
    if not m or not parse_place(first)[1] or (len(m.group(1)) > 4 and not gazetteer().units(first)):
        return None  # 柏枝树连片区 is a place, no district holding the later ones
    # the list holding it, in printed order ("深入山江、千工坪镇政府" after "到千工坪镇")
    for pl in [pl for _, pl, _ in lists] + [[v] for v in venues]:
        if any(p != first and p.startswith((first, m.group(1))) and not parse_place(p)[1] for p in pl):
            return pl
    if named_after:
        return None
    # else the first place printed after it that is no unit of its level or above
    rank = parse_place(first)[0][-1].rank
    for pl in [pl for _, pl, _ in lists[1:]]:
        for i, p in enumerate(pl):
            chain, whole = parse_place(p)
            if not whole or (chain and chain[-1].rank > rank):
                return pl[i:]
    return None


def _choose_places(lists: list[tuple[bool, list[str], str | None]], venues: list[str] = ()) -> list[str]:
    """The event's places: the first list introduced by 先后/依次/分别/首先, else the first list of
    several, else the first; a place of it that later lists are said to lie in ("在枫岭区,")
    is replaced by what was visited there (a container is dropped for the places inside)."""
    if (not any(seq for seq, _, _ in lists) and all(_CONTAINER_RE.fullmatch(p) for p in lists[0][1])
            and (inner_places := _inside_container(lists[0][1][0], lists, list(venues), len(lists[0][1]) > 1))):
        return list(dict.fromkeys(inner_places))
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


def lead_date(text: str, sentences: tuple[Sentence, ...], published: str | None) -> str | None:
    """The day of the article's main event: the first printed day of its first two sentences
    (blank ones, page furniture, skipped), else of the first of the next few sentences that
    opens with its day, when a page prints a headline or a summary line before its lead."""
    filled = [s for s in sentences if text[s.start:s.end].strip()]
    lead_text = " ".join(text[s.start:s.end] for s in filled[:2])
    found = find_date(lead_text, published)
    if found or RELATIVE_RE.search(lead_text):
        return found
    for s in filled[:6]:
        sent = text[s.start:s.end]
        if LEADING_DATE_RE.match(sent) or DAY_ONLY_RE.match(sent.lstrip()) or GARBLED_DAY_RE.match(sent.lstrip()):
            return find_date(sent, published)
    for s in filled[:6]:  # "“…”……3月7日,海口首次召开…点评会": the day in a lead that opens with quotes
        sent = text[s.start:s.end]
        if _DAY_THEN_EVENT.search(sent) and classify(sent):
            return find_date(sent, published)
    return None


_DAY_THEN_EVENT = re.compile(r"\d{1,2}月\d{1,2}日[上中下午晚]*[,，]")


# the headline's meeting held during a visit
_VISIT_MEETING_RE = re.compile(r"座谈会|现场办公会|现场会|汇报会")
# a visit made during a meeting: "在X陪同下…听取/察看…"
_VISIT_VERB_RE = re.compile(r"听取|参观|察看|调研|视察|考察|走访")
# back to the meeting: "会上", "召开", "主持会议"
_MEETING_AGAIN_RE = re.compile(r"召开|主持了?会议|会上|会议")
# "在A、B陪同下": A and B accompany
_ACCOMPANIED_BY_RE = re.compile(r"在([^。]{0,80}?)陪同下")
_AFTER_ACCOMPANIED_RE = re.compile(r"陪同下")
# "参加视察的市人大代表有:A、B、C": the verbs come before the colon
_LISTED_RE = re.compile(r"([^,。;:]{0,40}?)(?:有|包括|是|为)[:]([^。;]*)")
# "本次会议执行主席由A、B、C担任": the presidium, named between 由 and 担任
_PRESIDIUM_BY_RE = re.compile(r"((?:执行主席|主席团常务主席)[^,。;:]{0,6}?)由([^。;,]*?)担任")
_PRESIDIUM_RE = re.compile(r"执行主席|主席团")  # the presidium of a session sits at it
# 他/她 at a clause start speaks for the last subject
_PRONOUN_RE = re.compile(r"(?:^|[,。;])(他|她)")


@dataclass
class _Reading:
    """The events of one article as its sentences are read: the main event, the one the
    current sentence belongs to, and the last subject (for a following 他/她)."""

    text: str
    published: str | None
    main: EventDraft
    events: list[EventDraft]
    current: EventDraft
    last_subject: str | None = None


_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")


def _lead_event(text: str, title: str, sentences: tuple[Sentence, ...], published: str | None) -> EventDraft:
    """The article's main event, typed from its headline, else its first sentences."""
    lead_type = classify(title)
    lead_idx = 0
    if lead_type == "meeting" and _VISIT_MEETING_RE.search(title) and sentences:
        if classify(text[sentences[0].start:sentences[0].end]) == "inspection":
            lead_type = "inspection"  # 座谈会 / 现场办公会 held during a visit
    if lead_type is None:  # the first three sentences with words (not bars or blank furniture)
        for s in [s for s in sentences[:12] if _WORDS.search(text, s.start, s.end)][:3]:
            lead_type = classify(text[s.start:s.end])
            if lead_type:
                lead_idx = s.index
                break
    return EventDraft(lead_type or "other", lead_date(text, sentences, published), first_sentence=lead_idx)


def _switch_event(r: _Reading, s: Sentence, sent: str, ms: list[PersonSpan]) -> None:
    """Which event this sentence is about: a visit made during a meeting, back to the
    meeting, named officials' own visit after it, or a separate meeting during a visit."""
    main, text = r.main, r.text
    if main.type == "meeting":
        if "陪同" in sent and _VISIT_VERB_RE.search(sent) and ms:
            if r.current is main:
                r.current = EventDraft("inspection", main.date, first_sentence=s.index)
                r.events.append(r.current)
        elif _MEETING_AGAIN_RE.search(sent) and r.current is not main:
            r.current = main
        elif (_AFTER_MEETING.match(sent) and ms and "与会" not in sent and r.current is main
              and _visit_places(text, s)):
            # "会后,A、B深入X村、Y村察看…": named officials' own visit after the meeting
            r.current = EventDraft("inspection", main.date, first_sentence=s.index)
            r.events.append(r.current)
    elif r.current.type in ("inspection", "other") and ms and _separate_meeting(sent):
        r.current = EventDraft("meeting", find_date(sent, r.published) or main.date, first_sentence=s.index)
        r.events.append(r.current)
    if (r.current is main and main.type == "inspection" and main.date is None
            and s.index > main.first_sentence and DATE_RE.match(sent) and VISIT_RE.search(sent)):
        # "近日,X率检查组来我市…" then "9月19日上午,检查组一行来到A、B": the visit's day
        main.date = find_date(sent, r.published)


def _sentence_places(r: _Reading, s: Sentence, sent: str) -> None:
    """Visit lists of a visit or activity; the venue of a meeting."""
    current = r.current
    if current.type in ("inspection", "other"):
        current.visit_lists.extend(_visit_places(r.text, s))
    if current.type != "inspection" and not current.places:
        p = _meeting_place(sent)
        if p:
            current.places.append(p)
    elif current.type == "inspection" and (p := _meeting_place(sent)):
        current.venues.append(p)


def _listed_roles(r: _Reading, s: Sentence, sent: str, ms: list[PersonSpan]) -> set[int]:
    """Roles of people accompanying ("在A、B陪同下") and listed after a colon ("…有:A、B");
    the indexes (into `ms`) of the people handled here."""
    handled: set[int] = set()
    starts = [m.name_start for m in ms]  # sorted: the people named in a span are a slice
    for am in finditer_with(_ACCOMPANIED_BY_RE, sent, "陪同下"):
        a0, a1 = s.start + am.start(), s.start + am.end()
        for i in range(bisect_left(starts, a0), bisect_left(starts, a1)):
            m = ms[i]
            handled.add(i)
            r.current.add(m.name, "accompanied", (m.name_start, m.name_end))
    lists = [*finditer_with(_LISTED_RE, sent, ":"), *finditer_with(_PRESIDIUM_BY_RE, sent, "担任")]
    for cm in lists:
        c0, c1 = s.start + cm.start(2), s.start + cm.end(2)
        listed = range(bisect_left(starts, c0), bisect_left(starts, c1))
        kinds = _verb_kinds(cm.group(1), at_start_arrive=False)
        if not kinds and r.current.type == "meeting" and _PRESIDIUM_RE.search(cm.group(1)):
            kinds = ["attend"]  # "本次会议的执行主席是:A、B"
        for i in listed:
            handled.add(i)  # handled here, not as a subject group
            for role in _roles_for(kinds, r.current.type):
                r.current.add(ms[i].name, role, (ms[i].name_start, ms[i].name_end))
    return handled


def _subject_roles(r: _Reading, s: Sentence, ms: list[PersonSpan], handled: set[int]) -> None:
    """Subject groups (people named one after another with no verb between them) and the
    roles their verbs give."""
    text = r.text
    group: list[PersonSpan] = []
    subjects = [m for i, m in enumerate(ms) if i not in handled and not _is_object(text, s.start, m)]
    # the last "陪同下" of the sentence (one pass, not one per person: no restart per mention)
    acc = None
    if handled:
        for acc in _AFTER_ACCOMPANIED_RE.finditer(text, s.start, s.end):
            pass
    for k, m in enumerate(subjects):
        nxt = subjects[k + 1] if k + 1 < len(subjects) else None
        group.append(m)
        stop = nxt.start if nxt else s.end
        between_kinds = _verb_kinds(text[m.name_end:stop], at_start_arrive=True) if nxt else []
        if nxt is not None and not between_kinds:
            continue  # the next person belongs to the same group
        start = m.name_end
        if acc is not None and acc.start() >= m.name_end:  # a 陪同下 after the person
            start = acc.end()
            stop = s.end
        kinds = _verbs_after(text, start, s.end, stop)
        for role in _roles_for(kinds, r.current.type):
            for g in group:
                r.current.add(g.name, role, (g.name_start, g.name_end))
        r.last_subject = group[0].name
        group = []


def _pronoun_roles(r: _Reading, s: Sentence, sent: str, ms: list[PersonSpan]) -> None:
    """他/她 at a clause start speaks for the last subject."""
    starts = [m.name_start for m in ms]
    for pm in _PRONOUN_RE.finditer(sent):
        k = bisect_left(starts, s.start + pm.start())
        if r.last_subject and not (k < len(starts) and starts[k] < s.start + pm.end() + 2):
            kinds = _verbs_after(r.text, s.start + pm.end(), s.end, s.end)
            for role in _roles_for([k for k in kinds if k == "speak"], r.current.type):
                r.current.add(r.last_subject, role, (s.start + pm.start(1), s.start + pm.end(1)))


def _finish(events: list[EventDraft], main: EventDraft) -> list[EventDraft]:
    """Roles implied by others (a host who speaks during a visit accompanies it; chairs and
    speakers attend), places from the visit lists, and events with no participant dropped."""
    for ev in events:
        if ev.type == "inspection":
            for name, rs in ev.roles.items():
                if "spoke" in rs and "inspected" not in rs and "accompanied" not in rs:
                    rs.insert(0, "accompanied")  # a host who speaks during the visit
                    ev.evidence[(name, "accompanied")] = ev.evidence[(name, "spoke")]
        if ev.type in ("inspection", "other") and not (ev.type == "other" and ev.places):
            if ev.visit_lists:
                ev.places = _choose_places(ev.visit_lists, ev.venues)
            elif ev is not main and main.places:
                ev.places = list(main.places)
        if ev.type in ("meeting", "other"):
            for name, rs in ev.roles.items():
                if ("chaired" in rs or "spoke" in rs) and "attended" not in rs:
                    rs.append("attended")
    if main.type != "inspection" and len(events) > 1:
        for ev in events[1:]:
            if not ev.places and main.places and ev.type != "meeting":  # a meeting of its own is elsewhere
                ev.places = list(main.places)
    return [e for e in events if e.roles]


def build_events(text: str, title: str, sentences: tuple[Sentence, ...], mentions: list[PersonSpan],
                 published: str | None) -> list[EventDraft]:
    """Events with participants and roles, from the body text and person mentions."""
    main = _lead_event(text, title, sentences, published)
    r = _Reading(text, published, main, [main], main)
    relayed = bool(_LOCAL_VENUE.search(text))  # a 电视电话会议 watched at a sub-venue
    starts = [m.name_start for m in mentions]
    for s in sentences:
        sent = text[s.start:s.end]
        ms = mentions[bisect_left(starts, s.start):bisect_left(starts, s.end)]  # sorted by name_start
        if relayed and _REMOTE.search(sent) and not _LOCAL_VENUE.search(sent):
            ms = []  # the leaders at the main venue of a conference watched here are not present
        _switch_event(r, s, sent, ms)
        _sentence_places(r, s, sent)
        handled = _listed_roles(r, s, sent, ms)
        _subject_roles(r, s, ms, handled)
        _pronoun_roles(r, s, sent, ms)
    return _finish(r.events, main)
