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
from kg.extract.memo import finditer_with
from kg.extract.places import choose_places, meeting_place, visit_places
from kg.extract.roles import is_object, roles_for, verb_kinds, verbs_after
from kg.extract.dates import DATE_RE, find_date
from kg.extract.lead import lead_date
from kg.extract.byline import PHOTO_CREDIT
from kg.extract.triggers import VISIT_RE, classify
from kg.extract.visit_lists import lecture_place

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


_OWN_MEETING = re.compile(r"主持召开[^,。;]{0,30}?(?<!座谈)(?<!现场)(?<!办公)(?<!汇报)(?:会议|大会|会)")

_AFTER_MEETING = re.compile(r"(?:会后|会议结束后|散会后)")
_REMOTE = re.compile(r"电视电话会议|视频会议|视频调度会|视频连线会")
_LOCAL_VENUE = re.compile(r"收听收看|分会场")
_MEMBERS_TOUR, _ACTIVITY = re.compile(r"与会|與會|参会|參會"), re.compile("活动|仪式")  # 与会人员先后前往; 活动 alone


def _separate_meeting(sent: str) -> bool:
    """A meeting chaired after a visit is its own event ("8月8日下午,X主持召开…专题会议");
    a 座谈会, 现场会 or 汇报会 held during the visit is part of it."""
    return bool(_OWN_MEETING.search(sent))


_DIGEST_ITEM = re.compile(r"\s*[■△▲●◆□★]\s*\d{1,2}月\d{1,2}日")
_VISIT_MEETING_RE = re.compile(r"座谈会|现场办公会|现场会|汇报会")  # the headline's meeting held during a visit
_VISIT_VERB_RE = re.compile(r"听取|参观|察看|调研|视察|考察|走访")  # a visit during a meeting: "在X陪同下…听取…"
_MEETING_AGAIN_RE = re.compile(r"召开|主持了?会议|会上|会议")  # back to the meeting: "会上", "召开", "主持会议"
_ACCOMPANIED_BY_RE = re.compile(r"在([^。]{0,80}?)陪同下")  # "在A、B陪同下": A and B accompany
_AFTER_ACCOMPANIED_RE = re.compile(r"陪同下")
# "在A、B的带领下": A and B lead the people who act, and take part themselves
_LED_BY_RE = re.compile(r"在([^。]{0,80}?)的?带领下")
# "参加视察的市人大代表有:A、B、C": the verbs come before the colon
_LISTED_RE = re.compile(r"([^,。;:]{0,40}?)(?:(?:有|包括|是|为)[:]|(?<=[座坐席]的还)有|(?<=主席|成员)是)([^。;]*)")
# "参加植树活动的省领导还有A、B": the people listed take part as the verb before them says
_ALSO_LISTED_RE = re.compile(r"(?:^|[,，])([^,。;:]{2,30}?)的[^,。;:有的]{0,8}?还有([^。;]*)")
# "本次会议执行主席由A、B、C担任": the presidium, named between 由 and 担任
_PRESIDIUM_BY_RE = re.compile(r"((?:执行主席|主席团常务主席)[^,。;:]{0,6}?)由([^。;,]*?)担任")
_PRESIDIUM_RE = re.compile(r"执行主席|主席团")  # the presidium of a session sits at it
_PRONOUN_RE = re.compile(r"(?:^|[,。;])(二人|两人|他|她)")  # 他/她 at a clause start speaks for the last subject


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
    last_group: tuple[str, ...] = ()  # the last subject group, for a following 二人


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _lead_event(text: str, title: str, sentences: tuple[Sentence, ...], published: str | None) -> EventDraft:
    """The article's main event, typed from its headline, else its first sentences."""
    lead_type = classify(title)
    lead_idx = 0
    if lead_type == "meeting" and _VISIT_MEETING_RE.search(title) and sentences:
        if classify(text[sentences[0].start:sentences[0].end]) == "inspection":
            lead_type = "inspection"  # 座谈会 / 现场办公会 held during a visit
    if lead_type is None:  # the first three sentences of prose (not bars, menus or blank furniture)
        prose = [s for s in sentences[:60] if len(_HAN.findall(text, s.start, s.end)) >= 10
                 and not PHOTO_CREDIT.fullmatch(text, s.start, s.end)]
        # ... then a sentence opening with a day after a preamble of figures ("9月21日,市委举行发布会")
        for s in prose[:3] + [s for s in prose[3:8] if DATE_RE.match(text, s.start)][:1]:
            if (found := classify(text[s.start:s.end])) and (lead_type is None or found == "inspection"):
                lead_type, lead_idx = found, s.index  # "…开展协商活动" (活动 alone), then "委员们深入X项目": the visit
            if lead_type and not (lead_type == "other" and classify(_ACTIVITY.sub("", text[s.start:s.end])) is None):
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
              and visit_places(text, s)):
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
    if current.type in ("inspection", "other") or _MEMBERS_TOUR.search(sent):  # "与会人员先后前往A、B": the meeting's
        current.visit_lists.extend(visit_places(r.text, s))
    if current.type != "inspection" and not current.places:
        p = meeting_place(sent) or (lecture_place(sent) if current.type == "meeting" else None)
        if p:
            current.places.append(p)
    elif current.type == "inspection" and (p := meeting_place(sent)):
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
    for lm in finditer_with(_LED_BY_RE, sent, "带领下"):  # "在A、B的带领下,干部们…": A and B take part
        for i in range(bisect_left(starts, s.start + lm.start()), bisect_left(starts, s.start + lm.end())):
            handled.add(i)
            for role in roles_for(["attend"], r.current.type):
                r.current.add(ms[i].name, role, (ms[i].name_start, ms[i].name_end))
    listed = finditer_with(_LISTED_RE, sent, next((n for n in (":", "的还有", "主席是", "成员是") if n in sent), ":"))
    also = [m for m in finditer_with(_ALSO_LISTED_RE, sent, "还有") if verb_kinds(m.group(1), at_start_arrive=False)]
    lists = [*listed, *also, *finditer_with(_PRESIDIUM_BY_RE, sent, "担任")]
    for cm in lists:
        c0, c1 = s.start + cm.start(2), s.start + cm.end(2)
        listed = range(bisect_left(starts, c0), bisect_left(starts, c1))
        kinds = verb_kinds(cm.group(1), at_start_arrive=False)
        if not kinds and r.current.type == "meeting" and _PRESIDIUM_RE.search(cm.group(1)):
            kinds = ["attend"]  # "本次会议的执行主席是:A、B"
        for i in listed:
            handled.add(i)  # handled here, not as a subject group
            for role in roles_for(kinds, r.current.type):
                r.current.add(ms[i].name, role, (ms[i].name_start, ms[i].name_end))
    return handled


def _subject_roles(r: _Reading, s: Sentence, ms: list[PersonSpan], handled: set[int]) -> None:
    """Subject groups (people named one after another with no verb between them) and the
    roles their verbs give."""
    text = r.text
    group: list[PersonSpan] = []
    subjects = [m for i, m in enumerate(ms) if i not in handled and not is_object(text, s.start, m)]
    # the last "陪同下" of the sentence (one pass, not one per person: no restart per mention)
    acc = None
    if handled:
        for acc in _AFTER_ACCOMPANIED_RE.finditer(text, s.start, s.end):
            pass
    for k, m in enumerate(subjects):
        nxt = subjects[k + 1] if k + 1 < len(subjects) else None
        group.append(m)
        stop = nxt.start if nxt else s.end
        between_kinds = verb_kinds(text[m.name_end:stop], at_start_arrive=True) if nxt else []
        if nxt is not None and not between_kinds:
            continue  # the next person belongs to the same group
        start = m.name_end
        if acc is not None and acc.start() >= m.name_end:  # a 陪同下 after the person
            start = acc.end()
            stop = s.end
        kinds = verbs_after(text, start, s.end, stop)
        for role in roles_for(kinds, r.current.type):
            for g in group:
                r.current.add(g.name, role, (g.name_start, g.name_end))
        r.last_subject, r.last_group = group[0].name, tuple(g.name for g in group)
        group = []


def _pronoun_roles(r: _Reading, s: Sentence, sent: str, ms: list[PersonSpan]) -> None:
    """他/她 at a clause start speaks for the last subject; 二人, 两人 for each of its group."""
    starts = [m.name_start for m in ms]
    for pm in _PRONOUN_RE.finditer(sent):
        k = bisect_left(starts, s.start + pm.start())
        if r.last_subject and not (k < len(starts) and starts[k] < s.start + pm.end() + 2):
            kinds = verbs_after(r.text, s.start + pm.end(), s.end, s.end)
            who = r.last_group if len(pm.group(1)) == 2 else (r.last_subject,)
            for role in roles_for([k for k in kinds if k == "speak"], r.current.type):
                for name in who:
                    r.current.add(name, role, (s.start + pm.start(1), s.start + pm.end(1)))


def _finish(events: list[EventDraft], main: EventDraft, text: str = "",
            names: frozenset[str] = frozenset()) -> list[EventDraft]:
    """Roles implied by others (a host who speaks during a visit accompanies it; chairs and
    speakers attend), places from the visit lists, and events with no participant dropped."""
    for ev in events:
        ev.visit_lists = [(intro, [p for p in places if not _a_persons(p, names)], container)
                          for intro, places, container in ev.visit_lists]
        if ev.type == "inspection":
            for name, rs in ev.roles.items():
                if "spoke" in rs and "inspected" not in rs and "accompanied" not in rs:
                    rs.insert(0, "accompanied")  # a host who speaks during the visit
                    ev.evidence[(name, "accompanied")] = ev.evidence[(name, "spoke")]
        if ev.type in ("inspection", "other") and not (ev.type == "other" and ev.places) or not ev.places and ev.visit_lists:
            if ev.visit_lists:
                ev.places = choose_places(ev.visit_lists, ev.venues, text)
            elif ev is not main and main.places:
                ev.places = list(main.places)
            elif ev.type == "inspection" and ev.venues:
                ev.places = ev.venues[:1]  # a visit whose only named place is where it met ("在X召开座谈会")
        if ev.type in ("meeting", "other"):
            for name, rs in ev.roles.items():
                if ("chaired" in rs or "spoke" in rs) and "attended" not in rs:
                    rs.append("attended")
    if main.type != "inspection" and len(events) > 1:
        for ev in events[1:]:
            if not ev.places and main.places and ev.type != "meeting":  # a meeting of its own is elsewhere
                ev.places = list(main.places)
    return [e for e in events if e.roles]


def _a_persons(place: str | None, names: frozenset[str]) -> bool:
    """"来到困难群众甲乙丙、…家中": an item that ends with a person of the article is a home, no place."""
    return bool(place) and any(len(n) >= 2 and place.endswith((n, n + "家", n + "家中", n + "家里")) for n in names)


def build_events(text: str, title: str, sentences: tuple[Sentence, ...], mentions: list[PersonSpan],
                 published: str | None) -> list[EventDraft]:
    """Events with participants and roles, from the body text and person mentions."""
    main = _lead_event(text, title, sentences, published)
    r = _Reading(text, published, main, [main], main)
    relayed = bool(_LOCAL_VENUE.search(text))  # a 电视电话会议 watched at a sub-venue
    starts = [m.name_start for m in mentions]
    # a digest of dated items ("■ 5月20日,…", "△6月2日,…"): each item is an event of its own
    items = {s.index for s in sentences if _DIGEST_ITEM.match(text, s.start, s.end)}
    for s in sentences:
        sent = text[s.start:s.end]
        if len(items) >= 3 and s.index in items and s.index > main.first_sentence:
            r.main = r.current = EventDraft(classify(sent) or "other", find_date(sent, published), first_sentence=s.index)
            r.events.append(r.current)
        ms = mentions[bisect_left(starts, s.start):bisect_left(starts, s.end)]  # sorted by name_start
        if relayed and _REMOTE.search(sent) and not _LOCAL_VENUE.search(sent):
            ms = []  # the leaders at the main venue of a conference watched here are not present
        before = r.current
        _switch_event(r, s, sent, ms)
        if before is main and r.current is not main and s.index == main.first_sentence and main.type == "inspection":
            # "X深入A镇调研,并主持召开专题会": the lead holds the visit and the meeting after it
            r.current = main
            _sentence_places(r, s, sent)
            _subject_roles(r, s, ms, set())
            r.current = r.events[-1]
        _sentence_places(r, s, sent)
        handled = _listed_roles(r, s, sent, ms)
        _subject_roles(r, s, ms, handled)
        _pronoun_roles(r, s, sent, ms)
    return _finish(r.events, main, text, frozenset(m.name for m in mentions))
