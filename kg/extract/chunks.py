"""The organisation words printed right before a title ("区委副书记" → 区委), read back from
the title to a delimiter or a boundary word ("…派驻深业上城党委" → 深业上城党委), never past a
floor (the end of the last name read). Kept raw: kg.extract.orgs writes them out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract.locality_check import opens_with_locality, opens_with_proper_name
from kg.extract.memo import bounded
from kg.extract.names import TITLE_RE
from kg.extract.org_names import is_sub_unit
from kg.extract.words import word_tag
from kg.lexicon import AGENT_ENDS, ALWAYS_CUT, BOUNDARY_WORDS, ORG_CHARS, TEXT_LEVELS


DELIMS = set(",、。;:!?()“”‘’\"'《》<>[]【】\n \t□■●·—△▲◆◇★☆○◎.…")
# Words after which an organisation chunk starts ("…派驻深业上城党委" → 深业上城党委).
_BOUNDARY_RE = re.compile("|".join(sorted(map(re.escape, BOUNDARY_WORDS), key=len, reverse=True)))


def org_chunk(text: str, title_start: int, floor: int, names: Collection[str] = ()) -> tuple[str, int]:
    """Organisation words printed right before a title, and where they start; `names`: people
    read before, whose name and a 与 / 和 before the organisation are no part of it
    ("A与省烟草专卖局副局长B")."""
    low = max(floor, title_start - _CHUNK_SEEN)
    read = _org_chunk_in(text[low:title_start], low == floor)
    chunk, at = _org_chunk(text, title_start, floor) if read is None else (read[0], low + read[1])
    # (None: no delimiter in the last _CHUNK_SEEN characters, read back further)
    joined = _JOINED.match(chunk)
    if joined and joined.group(1) in names:
        return chunk[joined.end():], at + joined.end()
    return chunk, at


_JOINED = re.compile(r"([\u4e00-\u9fff·]{2,6}?)[与與和及同](?=[\u4e00-\u9fff]{2})")


_CHUNK_SEEN = 24
DELIM_RE = re.compile("[" + "".join(map(re.escape, sorted(DELIMS))) + "]")


@bounded
def _org_chunk_in(seen: str, at_floor: bool) -> tuple[str, int] | None:
    """`_org_chunk` of a title printed right after `seen`, when that holds a delimiter or
    starts at the floor; else None."""
    if not at_floor and DELIM_RE.search(seen) is None:
        return None
    return _org_chunk(seen, len(seen), 0)


def _org_chunk(text: str, title_start: int, floor: int) -> tuple[str, int]:
    i = title_start
    while i > floor:
        if text[i - 1] == "”" and i < title_start and (quoted := _QUOTED_IN_NAME.search(text, max(floor, i - 12), i)):
            i = quoted.start()  # 市“三湖”地区防汛分指挥部: a quoted word inside the body's name
            continue
        if text[i - 1] in ")）" and (other := _BRACKETED_NAME.search(text, max(floor, i - 12), i)):
            i = other.start()  # 企业联合会(商会)会长, 种植业管理处(农药管理处)处长: the body's other name
            continue
        if text[i - 1] in DELIMS:
            break
        i -= 1
    if text[i - 1:i] == "—" and text.startswith("访", i):
        i += 1  # "——访州人大代表X": an interview's subtitle, who was interviewed
    chunk = text[i:title_start]
    last = None
    for m in _BOUNDARY_RE.finditer(chunk):
        if m.group() in "和及与" and _TITLED_NAME.search(chunk, 0, m.start()):
            last = m  # "…主任甲乙丙丁和县委常委", "…人大主席和海西州人大代表": a post of its own before 和
            continue
        if len(m.group()) == 1 and (opens_with_locality(chunk[m.start():]) or opens_with_proper_name(chunk[m.start():])):
            continue  # 和平区人民政府, 同济大学: the boundary character starts a place's or a body's name
        if _WORD_WITH_DUI.match(chunk, m.start() - 1) or _WORD_WITH_DUI.match(chunk, m.start()):
            continue  # 对口支援, 对外开放, 应对: a word holding 对, no preposition
        if chunk.endswith("政治协商会议", 0, m.end()):
            continue  # 中国人民政治协商会议青石县委员会: 会议 is part of the CPPCC's name
        if m.group() == "会议" and chunk.startswith("主席团", m.end()) and _SITTING.search(chunk, 0, m.start()):
            continue  # 自治区政协十二届一次会议主席团: the session's presidium, one name
        if len(m.group()) > 1 or m.start() == 0 or _cuts_after(chunk[:m.start()], m.group()):
            last = m
    if last is not None:
        i += last.end()
        chunk = text[i:title_start]
    if lost := _LOST_STOP.search(chunk):
        i += lost.end()  # "开展巡河督导工作县水利局局长": a page that lost the 。 after 工作
        chunk = text[i:title_start]
    return chunk, i


_LOST_STOP = re.compile(r"^.{6,}工作(?=[省市县区州旗镇乡][\u4e00-\u9fff]{2,})")


_QUOTED_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])“[\u4e00-\u9fff\d]{1,8}”$")  # a name printed before it, Han after it
# a body's other name in brackets after its name: ends like a body's name (会, 处, 局 …), never 兼
_BRACKETED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{0,8}[" + "".join(sorted(ORG_CHARS)) + "][)）]$")
_SITTING = re.compile(r"[一二三四五六七八九十\d]次$")
_WORD_WITH_DUI = re.compile(r"应对|对口|对外")


def _cuts_after(before: str, word: str) -> bool:
    """Whether a one-character boundary word ends the words before an organisation: 了, 是,
    向 … always; 在, 和, 及 … only after an agent ("X一行在…", "督查第三组在…"), since inside a name
    (安和村, 同心县) they do not."""
    return word in ALWAYS_CUT or (before.endswith(AGENT_ENDS) and not before.endswith("党组")) or (  # 党组原书记: a body
        # "检查组同时与X公司负责人": an adverb or conjunction before 与 / 和 (同时, 分别, 共同)
        word in "与和同" and len(before) >= 2 and (word_tag(before[-2:]) or "")[:1] in ("c", "d"))


# a title, and a name not read as one, right before 和: "…人大常委会主任甲乙丙丁和县委常委…"
_TITLED_NAME = re.compile("[\u4e00-\u9fff]{2}(?:%s)(?:[\u4e00-\u9fff]{2,5})?$" % TITLE_RE.pattern)


def runs_on(text: str, te: int, matches, idx: int) -> bool:
    """Whether a title is followed, with no delimiter, by another post: of a level's body
    ("州委常委州政法委书记", "县委副书记县长": the next title within 8 characters, its organisation
    opening with the level character printed right after this title), or the next title printed
    right after this one ("县委常委副县长", "党组成员副局长"; not 人大常委副主任, 人大常委会 shortened)."""
    if idx >= len(matches):
        return False
    nxt = matches[idx][0]
    if (text[te:te + 1] not in _RUN_ON_LEVELS and te < nxt <= te + 24 and not DELIM_RE.search(text, te, nxt)
            and opens_with_locality(text[te:te + 12])):
        return True  # "市人大代表荆州区某合作社负责人X": a named locality's unit opens the next post
    if text.endswith("常委", 0, te) and te < nxt <= te + 4 and matches[idx][2] == "部长" and is_sub_unit(text[te:nxt] + "部"):
        return True  # "县委常委组织部长X": a page that lost the 、 before the committee's department
    if text[te:te + 1] not in _RUN_ON_LEVELS and (nxt != te or _BODY_SHORT.search(text, max(0, te - 4), te)):
        return False
    return te <= nxt <= te + 8 and not DELIM_RE.search(text, te, nxt)


_BODY_SHORT = re.compile(r"(?:人大常委|村委员|居委员)$")  # 县人大常委副主任: 人大常委(会), no title 常委
_RUN_ON_LEVELS = frozenset(lv[0] for lv in TEXT_LEVELS) - {"街"}  # 省 市 区 县 州 镇 乡 旗
