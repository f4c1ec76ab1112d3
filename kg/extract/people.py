"""People and their printed posts: "区委副书记、区长X" → X with (区委, 副书记), (区政府, 区长).

The scanner walks the title matches of the body in order. A title collects the
organisation words printed before it (back to a delimiter or a boundary word) into a
pending post; posts joined by "、" form a chain; the name that follows the last title takes
the chain; further names joined by "、" share it. Organisation chunks are kept raw here and
written out in full by `kg.extract.orgs`.
"""

from __future__ import annotations

import os
import re

from kg.extract.appointments import appointed
from kg.extract.chunks import DELIM_RE, org_chunk, runs_on
from kg.extract.hits import PersonHit, RawPost
from kg.extract.named_heads import body_named_heads, chairs_by_name, honorific_heads
from kg.extract.people_lists import (colon_lists, comrades, kind_named, link_list_neighbours, on_behalf, parallel_phrases, past_note, unit_members,
                                     untitled_lists)
from kg.extract.names import FOLLOWER_RE, TITLE_RE, han_run, is_han, plausible_shape, read_name
from kg.extract.title_hits import title_matches
from kg.extract.vouched_names import listed_unusual_name, read_reprinted_name, read_unusual_name
from kg.extract.words import common_words, ordinary_word, two_words
from kg.lexicon import (LEFT_WORDS, LIST_ENDERS, LEVEL_RANK, NEVER_FIRST, NOT_NAME_END, NOT_NAMES, ORG_CHARS,
                        SOFT_NAME_END, SURNAMES)

_SEG_END = set(",、。;:!?()\n")
_SPACES = re.compile(r"[ \u3000\xa0]*")
_PADDED = re.compile(r"([\u4e00-\u9fff])[ \u3000\xa0]{1,2}([\u4e00-\u9fff])(?=[、,，。;；]|和|等)")


def _segment_has_title(text: str, pos: int, matches, idx: int) -> bool:
    """Does the segment starting at pos (up to the next delimiter) hold a title?"""
    end = pos
    while end < len(text) and text[end] not in _SEG_END:
        end += 1
    return any(pos <= m[0] < end for m in matches[idx:idx + 6])


# titles a group of unnamed people is given ("有关部门主要负责人,区委常委X参加"): no chain
_KIND_TITLES = frozenset({"负责人", "成员", "委员", "代表", "人员", "干部"})


_CONVENER = ("召集人", "副召集人", "总召集人")


def _segment_start(text: str, pos: int) -> int:
    """Where the segment holding `pos` starts (after the last delimiter before it)."""
    m = None
    for m in DELIM_RE.finditer(text, max(0, pos - 40), pos):
        pass
    return m.end() if m else max(0, pos - 40)


_DOTTED_PART = re.compile(r"[·•・][\u4e00-\u9fff]{2,8}")


def _dotted(text: str, at: int, name: str) -> str:
    """A name printed with its father's name after a middle dot (Uyghur and Kazakh names,
    "甲乙丙·丁戊己"): the whole, up to the first word that may follow a name."""
    m = _DOTTED_PART.match(text, at + len(name))
    if m is None:
        return name
    part = m.group()[1:]
    # a one-character word that may follow a name is often part of a transliteration (都, 提): only a
    # longer one, a preposition or conjunction (LEFT_WORDS: 到, 在, 和 …) or one before a body ("作人大…") ends it
    cut = next((k for k in range(2, len(part)) if (f := FOLLOWER_RE.match(part, k)) and (
        len(f.group()) > 1 or part[k] in LEFT_WORDS or _BODY_AFTER.match(text, m.start() + 2 + k))
        or part.startswith(("家中", "家里"), k)), len(part))  # "到甲乙·丙丁家中": the home visited
    # the name printed again with other words after it ("甲乙·丙丁是…"): the part the two share
    for other in _DOTTED_PART.finditer(text, m.end(), m.end() + _AGAIN_SEEN):
        again = other.group()[1:]
        if text.endswith(name, 0, other.start()) and again != part and (k := len(os.path.commonprefix((part, again)))) >= 2:
            cut = min(cut, k)
    if cut == len(part) > 2 and part[-1] in "说讲称" and text[m.end():m.end() + 1] in (":", ",", "。", "“", "\""):
        cut -= 1  # "甲乙丙·丁戊己说:" or "…”甲乙丙·丁戊己说。": the verb of saying ends the name
    return name + m.group()[0] + part[:cut]


_AGAIN_SEEN = 3000  # how far on a dotted name is looked for again (a bound: each name reads no more)


_BODY_AFTER = re.compile("人大|政协|党委|党组|政府|[县市区州旗镇乡]委")
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?=[·•・][\u4e00-\u9fff]{2})")  # 奇·达楞太: one character before the dot too


def _dotted_name(text: str, at: int) -> str | None:
    """A name printed with a middle dot right after a title (甲乙丙·丁戊己): the dot
    marks a transliterated name, whatever its first character."""
    m = _DOTTED_NAME.match(text, at)
    if m is None or TITLE_RE.search(m.group()) or any(
            (f := FOLLOWER_RE.match(m.group(), k)) and (len(f.group()) > 1 or m.group()[k] in LEFT_WORDS)
            for k in range(2, len(m.group()))):
        return None  # "副市长甲乙丙到某某·某某村调研": a name and a verb of going before the dot
    return _dotted(text, at, m.group())


_TITLE_NOTE = re.compile(r"[(（](?!扩大)[\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff]{2})")  # a note between a title and its name

def find_people(text: str) -> list[PersonHit]:
    """Every titled or listed person of the body, in text order, with raw posts."""
    matches = title_matches(text)
    hits: list[PersonHit] = []
    known: set[str] = set()
    pending: list[RawPost] = []
    leader = False
    consumed = 0  # text before this is used up by names
    floor = 0  # organisation chunks do not reach back past this
    name_end = -1  # where the last name read ends
    for idx, (ts, te, title, is_leader) in enumerate(matches):
        if ts < consumed:
            continue
        if ts == name_end and not pending:
            continue  # "主席X代表区四大组织…", "X书记": a title right after a name is no new post
        if title == "委员" and text.startswith(_CONVENER, te):
            continue  # "住陕全国政协委员召集人X": the convener of the members, their group the organisation
        chunk, cstart = org_chunk(text, ts, floor, known)
        if chunk and (chunk in known or (len(chunk) == 1 and not is_leader and chunk not in "区县市省镇乡"
                                         and (chunk in SURNAMES or chunk not in ORG_CHARS))):
            # "<name>部长", "<surname>书记": an honorific after a name, not a post ("厅二级巡视员X": the 厅's)
            pending, leader = [], False
            continue
        if is_leader:
            leader = True
        else:
            if not chunk and text[ts - 1:ts] == "原" and ts > floor:
                chunk, cstart = "原", ts - 1  # "、原一级巡视员X": former, the title's own word
            elif chunk and text[cstart - 1:cstart] == "原" and cstart > floor:
                chunk, cstart = "原" + chunk, cstart - 1  # "原农业部党组成员": a former post (RawPost moves 原)
            # "原农业部党组成员、总经济师", "发改委原党组成员、副主任": 原 printed before the organisation
            # makes the chain's later posts former too ("原馆长、…原副主任、调研员": each its own)
            former = any(p.title.startswith("原") for p in pending) and not any(
                p.title.startswith("原") and text[p.end - len(p.title):p.end] == p.title for p in pending)
            pending.append(RawPost(chunk, title, cstart, te))
            if former and not pending[-1].title.startswith("原"):
                pending[-1].title = "原" + pending[-1].title
        if text[te:te + 1] in "、兼" and _segment_has_title(text, te + 1, matches, idx + 1):
            consumed = floor = te + 1  # "统战部部长兼区委办公室主任X": 兼 joins posts as 、 does
            continue
        if (text[te:te + 1] in ",，" and not is_leader and title not in _KIND_TITLES
                and not (hits and hits[-1].end > _segment_start(text, ts))  # "X担任代表团团长,": X's
                and _segment_has_title(text, te + 1 + (text[te + 1:te + 2] == "、"), matches, idx + 1)):
            # "市委常委、宣传部部长,市政协党组副书记X", "市委副書記,、副市長X": the posts of one
            # person printed in groups parted by a comma (a page's stray ",、" too)
            consumed = floor = te + 1 + (text[te + 1:te + 2] == "、")
            continue
        if runs_on(text, te, matches, idx + 1):
            consumed = floor = te  # "州委常委州政法委书记X": a page that lost its 、
            continue
        name_at = te + 1 if text[te:te + 1] == " " else te  # "县委书记 X" on some sites
        if note := _TITLE_NOTE.match(text, name_at):
            name_at = note.end()  # "党工委书记(兼)X", "区长(候选人)X", "主任(主持工作)X": a note on the post
        if _BY_NAMES.match(text, name_at):
            name_at += 1  # "执行主席由A、B担任": the names after 由
        elif colon := _COLON_LIST.match(text, name_at):
            name_at = colon.end()  # "大会的执行主席是:A、B、C": a list after a colon
        elif is_leader and (have := _LEADERS_ARE.match(text, name_at)):
            name_at = have.end()  # "参加活动的市领导还有A、B": the names after 有
        name = (_dotted_name(text, name_at) or read_name(text, name_at) or read_unusual_name(text, name_at)
                or read_reprinted_name(text, name_at)
                or _chain_slot(text, name_at, matches[idx + 1:idx + 2]) or _vouched_first(text, name_at, is_leader))
        if name is not None:
            name = _dotted(text, name_at, name)
        if name is None:
            pending, leader = [], False
            continue
        hit = PersonHit(name, name_at, name_at + len(name), list(pending), leader)
        hits.append(hit)
        known.add(name)
        pos = past_note(text, hit.end)
        # names joined by "、" share the posts: "区委常委A、B、C"
        while text[pos:pos + 1] == "、":
            at = pos + 1 + len(_SPACES.match(text, pos + 1).group())  # "、 蒲立东": a stray space
            padded = _PADDED.match(text, at)  # "、王 璞、": a two-character name padded to three
            nxt = (padded.group(1) + padded.group(2) if padded and padded.group(1) in SURNAMES else
                   _dotted_name(text, at) or read_name(text, at) or _vouched_item(text, at)
                   or (listed_unusual_name(text, at) if hits[-1] is not hit else None))  # a list's third item on
            # the item goes on to a title of its own ("、信息调研科科长X"), not after a word that
            # follows names ("、甲乙等人大代表参加", "、X以及政协常委")
            end = (padded.end(2) if padded and nxt == padded.group(1) + padded.group(2) else at + len(nxt)) if nxt else at
            goes_on = nxt is not None and is_han(text[end:end + 1]) and not text.startswith(_AFTER_LISTED, end)
            item_end = _item_end(text, at) if goes_on else end
            if nxt is None or any(at <= m[0] < item_end for m in matches[idx + 1:idx + 8]):
                break  # the next item starts a new post ("、副书记X", "、信息调研科科长X")
            prev = hits[-1]
            hits.append(PersonHit(nxt, at, end, list(pending), leader, prev))
            known.add(nxt)
            pos = past_note(text, end)
        consumed = floor = name_end = pos
        pending, leader = [], False
    link_list_neighbours(text, hits)
    hits += untitled_lists(text, hits)
    hits += colon_lists(text, hits)
    hits += appointed(text)
    hits += untitled_lists(text, hits, anchored=True)
    hits += comrades(text, hits)
    hits += on_behalf(text, hits)
    hits += unit_members(text, hits)
    hits += honorific_heads(text, hits)
    hits += chairs_by_name(text, hits)
    hits += kind_named(text, hits)
    hits += body_named_heads(text, hits)
    hits.sort(key=lambda h: h.start)
    return parallel_phrases(text, hits)


_SLOT = re.compile(r"[\u4e00-\u9fff]{3,4}(?=[,、])")


def _chain_slot(text: str, pos: int, following: list[tuple[int, int, str, bool]]) -> str | None:
    """A name with no listed surname between a title and the next title of a chain ("省政协主席
    甲乙丙丁,副主席X、Y"): the slot of the chain vouches for it."""
    m = _SLOT.match(text, pos)
    if m is None or not following or following[0][0] != m.end() + 1 or TITLE_RE.search(m.group()):
        return None
    item = m.group()
    return item if plausible_shape(item) and not ordinary_word(item) and not two_words(item) else None


def _vouched_item(text: str, pos: int) -> str | None:
    """An item of a list of names that reads as a word ("A、尚前、B", "A、前进、B") or is a long
    name with no surname ("A、乌兰其木格、B"): two or three characters that end no place or
    unit, or four or five that are no word of the dictionary, between two "、", the next item
    a name — the list vouches for it."""
    m = _MIDDLE_ITEM.match(text, pos)
    # (a name shaped AxAy, 多杰多丁, is a name here: the list vouches for it)
    if m is None or TITLE_RE.search(m.group()) or not plausible_shape(m.group()[:4], set_phrase_ok=True):
        return None
    item = m.group()
    if len(item) > 3 and (two_words(item) or ordinary_word(item)):
        return None
    if len(item) <= 3 and item[0] not in SURNAMES and (item in NOT_NAMES or item[-1] in NOT_NAME_END | SOFT_NAME_END):
        return None  # "A、前进、B": a short name with no listed surname, but no place or unit
    return item if read_name(text, m.end() + 1) else None


def _vouched_first(text: str, pos: int, leaders: bool = False) -> str | None:
    """The first item of a list right after a title when the two items after it read as
    names ("副市长衮保、柯满、柏满"): the list vouches for it; after a leader word ("旗领导凤凰、
    A、B") a dictionary word too."""
    item = _vouched_item(text, pos)
    if item is None or item[0] in NEVER_FIRST or (common_words(item[:2]) and not leaders) or item[-1] in LEVEL_RANK:
        return None  # "负责人深入中路铺、白石、…", "坝镇花桥村、吴坝村": a verb or a place, no name
    at = pos + len(item) + 1
    for _ in range(2):
        nxt = read_name(text, at)
        if nxt is None or nxt[-1] in LEVEL_RANK or (text[at + len(nxt):at + len(nxt) + 1] not in "、," and not leaders):
            return None
        at += len(nxt) + 1
    return item


# words after the last name of a list that end it: the title after them is no post of the name
_AFTER_LISTED = LIST_ENDERS  # "、甲乙丙等", "、甲乙丙带领…代表": the list ends or says what it did


def _item_end(text: str, start: int) -> int:
    """Where the list item starting at `start` ends: the next delimiter (at most 40 characters on)."""
    for i in range(start, min(len(text), start + 40)):
        if text[i] in _SEG_END:
            return i
    return min(len(text), start + 40)


_MIDDLE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}(?=、)")
_COLON_LIST = re.compile(r"是?:\s?(?=[\u4e00-\u9fff] ?[\u4e00-\u9fff]{1,3}、)")
_LEADERS_ARE = re.compile(r"[还還]?有(?=[\u4e00-\u9fff]{2,3}[、,])")
_BY_NAMES = re.compile(r"由(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}?担任")


def short_form_occurrences(text: str, name: str, titles: list[str]) -> list[tuple[int, int]]:
    """Short forms of a person: given name + 同志 ("<given>同志"), surname + title ("<surname>书记")."""
    spans = []
    given = name[1:] if len(name) == 3 else ""
    if given:
        for m in re.finditer(re.escape(given) + "同志", text):
            if m.start() == 0 or text[m.start() - 1] != name[0]:
                spans.append((m.start(), m.start() + len(given)))
    for t in set(titles):
        for m in re.finditer(re.escape(name[0] + t), text):
            before = text[m.start() - 1] if m.start() else ""
            if not is_han(before) or before in "、,":
                spans.append((m.start(), m.end()))
    return spans


__all__ = ["PersonHit", "RawPost", "find_people", "short_form_occurrences", "han_run"]
