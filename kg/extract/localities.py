"""Localities printed in an article with their level (福田区, 南园街道, 巴音乌素旗, 杞园工业园区),
which level-only organisations take (kg.extract.orgs).

Segmenters split unknown place names badly, so names are read two ways: from jieba's tokens in
short windows around level characters, and by reading back from the level character to a
delimiter or a boundary word. A dateline ("X区融媒体中心讯") names the source and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lexicon.gazetteer import gazetteer
from kg.extract.locality_check import dictionary, is_han, is_word, kept_locality, only_in_names, only_in_titles
from kg.extract.memo import bounded
from kg.extract.zones import ZoneReading
from kg.load.headline import SITE_GREETING
from kg.lexicon import (DEMOCRATIC_PARTIES, DISTRICT_MARKERS, GENERIC_ZONE_TERMS, LEFT_WORDS, LEVEL_ORG_STARTS, TEXT_LEVELS,
                        WORDS_ENDING_IN_LEVEL, WORDS_STARTING_WITH_LEVEL, ZONE_WORDS)

# "鹭屿区融媒体中心讯(通讯员 X)": the dateline names the source, not the article's place; nor do a
# source line (信息来源:X县人大) or a site's greeting (欢迎访问X县人大常委会网)
_DATELINE = re.compile(r"(?m)^[ \t]*[^\n,，。(（]{2,20}?(?:融媒体中心|新闻中心|新闻网|日报|晚报|报社|电视台|广播电视台|网|台)"
                       r"(?:\d{1,2}月\d{1,2}日)?讯"
                       r"|^\s*(?:信息来源|文章来源|来源|稿源|责任编辑|编辑|审核)\s*[:：].*$|^.{0,8}%s.*$"
                       # "2020-06-11 16:34:00射洪市香山镇 作者:甲乙": a page's stamp, its source and author
                       r"|^\s*(?:\d{4}-\d{1,2}-\d{1,2}[\d: ]*)?[^\n。,，:：()（）]{0,30}?(?:作者|来源|编辑)\s*[:：][^\n。,，]{0,20}$"
                       % SITE_GREETING)

# "总书记对辽宁某市一饭店火灾事故作出的重要指示": the place of words relayed is not the article's
_RELAYED_WORDS = re.compile(r"总书记[^。;，,]{0,40}?(?:重要指示|重要批示|重要讲话|重要论述)")

# "常州市南江医药化工有限公司": a firm's name that starts with its city
_FIRM = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?[市县区](?=[\u4e00-\u9fff]{2,16}?(?:有限责任公司|有限公司|股份公司|集团))")

PROPER_FLAGS = {"ns", "nz", "x", "nrt", "nr", "nrfg"}
NAME_FLAGS = {"ns", "nz", "n", "nt", "ng", "x", "nrt", "nr", "nrfg"}


@dataclass
class Localities(ZoneReading):
    """Localities printed with their level in an article: level -> name, zones."""

    admin: dict[str, str] = field(default_factory=dict)
    zones: list[str] = field(default_factory=list)
    several: dict[str, tuple[str, ...]] = field(default_factory=dict)  # levels printed with several names

    @classmethod
    def of(cls, text: str, people: frozenset[str] = frozenset()) -> "Localities":
        """Localities of `text`; `people`: names found in it, which are never places."""
        text = _DATELINE.sub(lambda m: " " * len(m.group()), text)  # the source is no context
        text = _RELAYED_WORDS.sub(lambda m: " " * len(m.group()), text)  # nor are the places of words relayed
        text = _FIRM.sub(lambda m: " " * len(m.group()), text)  # nor is the city a firm's name starts with
        for party in DEMOCRATIC_PARTIES:  # "民进辽宁省委": the province read apart from the party
            text = text.replace(party, " " * len(party))
        for name in (n for n in people if len(n) >= 3):  # "县委书记甲乙丙率县委办": no 乙丙率县 across a name
            text = text.replace(name, " " * len(name))
        counts: dict[tuple[str, str], int] = {}
        zones: list[str] = []
        kept: dict[tuple[str, str], str | None] = {}  # (level, name) read -> the name counted, or None

        def add(level: str, name: str) -> None:
            if name.endswith("自治区"):
                return  # 宁夏回族自治区 is a province-level region, no 区: a 区委 is no region's
            if (level, name) not in kept:
                kept[(level, name)] = kept_locality(level, name, people)
            name = kept[(level, name)]
            if name is not None:
                counts[(level, name)] = counts.get((level, name), 0) + 1

        for window in _windows(text):  # the same window reads the same way: read once
            for read in _window_reads(window):
                if len(read) == 1:
                    zones.append(read[0])
                else:
                    add(*read)
        for z in set(zones) & set(ZONE_WORDS):
            longer = {y for y in zones if y != z and y.endswith(z)}
            if longer and text.count(z) <= sum(text.count(y) for y in longer):
                zones = [y for y in zones if y != z]  # never printed on its own (a window cut 小蓝|经开区)
        for lv, name in _printed_localities(text):
            add(lv, name)
        for lv, name in [k for k in counts if only_in_titles(text, k[1]) or only_in_names(text, k, people)]:
            del counts[(lv, name)]  # 代县 printed only in 代县长 (the acting county head); 卫东市 in "甲卫东市长"
        for (lv, name), n in list(counts.items()):
            # 乌素旗 read by the segmenter inside 巴音乌素旗 read back to the delimiter: one place
            longer = [k for k in counts if k[0] == lv and k[1] != name and k[1].endswith(name)]
            if len(longer) == 1:
                counts[longer[0]] += counts.pop((lv, name))
        admin: dict[str, str] = {}
        several: dict[str, list[str]] = {}
        for (lv, name), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            admin.setdefault(lv, name)
            several.setdefault(lv, []).append(name)
        return cls(admin, zones, {lv: tuple(ns) for lv, ns in several.items() if len(ns) > 1})


@bounded
def _window_reads(window: str) -> tuple[tuple[str, ...], ...]:
    """What one window around a level word reads, in order: (zone,) or (level, name) for
    `Localities.of` to count. A window reads the same wherever it is printed (its tokens
    end at the window's boundaries), so a repeated one is read once."""
    jb, tags, _ = dictionary()
    toks = ["|"] + _zone_split(list(jb.cut(window, HMM=True))) + ["|"]  # "|": window boundaries
    flags = ["w"] + [tags.get(w, "x") for w in toks[1:-1]] + ["w"]
    out: list[tuple[str, ...]] = []
    joined = -1  # the index of a zone word already read with the name before it
    for i in range(1, len(toks) - 1):
        w = toks[i]
        nxt = toks[i + 1]
        if w in ZONE_WORDS:
            if i != joined:  # 高新区 printed on its own, not the end of 郑州高新区
                out.append((w,))
            continue
        short = w in gazetteer().short_names  # 海北 (海北藏族自治州), whatever jieba tags it
        if (toks[i - 1][-1:].isdigit() and not gazetteer().units(w)) or (flags[i] not in NAME_FLAGS and not short) or not is_han(w):
            continue  # "120余家区政协委员": a quantity, not a place
        zone = next((z for z in ZONE_WORDS if w.endswith(z)), None)
        if zone and w != zone and any(u.rank <= 3 for u in gazetteer().units(w)):
            out.append((next(lv for lv in TEXT_LEVELS if w.endswith(lv)), w))  # 滨海新区: a district
            continue
        if zone:
            out.append((w,))
            continue
        if (nxt in ZONE_WORDS or nxt in GENERIC_ZONE_TERMS) and len(w) >= 2:
            out.append((w + nxt,))
            joined = i + 1
            continue
        w = w[:-1] if w[-1:] == "委" and w[-2:-1] in "省市县区州旗" and gazetteer().units(w[:-1]) else w  # 甘肃省委: one word
        lv = next((lv for lv in TEXT_LEVELS if w.endswith(lv)), None)
        if lv:
            if nxt == "情" and lv + nxt in WORDS_STARTING_WITH_LEVEL:
                continue  # "榆林市|情": 榆林 and 市情 (the city's conditions); 衡阳市|级 is 衡阳市
            if len(w) >= len(lv) + 2 or gazetteer().units(w):
                out.append((lv, w))  # 寿县, 歙县, 冠县 (read as a noun): a one-character name the gazetteer knows
            continue
        if len(w) >= 2 and nxt in TEXT_LEVELS and flags[i] not in PROPER_FLAGS and not short \
                and gazetteer().is_locality(w, nxt):
            out.append((nxt, w + nxt))  # "库车|市": a division the gazetteer knows, whatever jieba tags it
            continue
        if len(w) >= 2 and (flags[i] in PROPER_FLAGS or short):
            for lv in TEXT_LEVELS:
                after = toks[i + 2] if i + 2 < len(toks) else ""
                if (nxt == lv and not (len(after) == 1 and is_han(after))) or (nxt.startswith(lv) and nxt[len(lv):len(lv) + 1] in LEVEL_ORG_STARTS):
                    out.append((lv, w + lv))
                    break
    return tuple(out)


def _zone_split(words: list[str]) -> list[str]:
    """Words with a zone word cut across two of them made whole: "小蓝经|开区" → "小蓝|经开区"."""
    out: list[str] = []
    for w in words:
        if out and out[-1] + w in GENERIC_ZONE_TERMS:
            out[-1] += w  # "经济|开发区": one term, which the name before it opens ("临沭经济开发区")
            continue
        if out:
            pair = out[-1] + w
            zone = next((z for z in ZONE_WORDS if pair.endswith(z) and len(w) < len(z)
                         and not out[-1].endswith(z)), None)
            if zone and len(pair) > len(zone):
                out[-1:] = [pair[: -len(zone)], zone]
                continue
        out.append(w)
    return out


_LEVEL_HINT = re.compile("|".join(TEXT_LEVELS))
_CLAUSE_STOP = set(",、。;:!?()“”\n ")


def _windows(text: str):
    """The short windows of the text around level words, in order. Segmenting the whole article would cost
    as much as the rest of extraction together; a place name with its level sits in a short window before it."""
    last_end = 0
    for m in _LEVEL_HINT.finditer(text):
        if m.start() < last_end:
            continue
        start, lowest = m.start(), max(m.start() - 8, last_end)  # back to a clause stop, 8 at most
        while start > lowest and text[start - 1] not in _CLAUSE_STOP:
            start -= 1
        if start == last_end > 0 and start < m.start() and is_word(text[start - 1:start + 1]):
            start += 1  # "考察调|研博州": the window before ended inside a word, whose rest is no name
        end = min(len(text), m.end() + 4)
        yield text[start:end]
        last_end = end


_LEFT_STOP = set(",、。;:!?()“”‘’《》\n \t")
_LEVEL_AT = re.compile("街道|区|县|市|镇|乡|旗|州")  # 州 only after the province that holds it (贵州省黔东南州)
_HOLDERS = (("镇乡街", "县市区旗"), ("市县区旗州", "省"))  # the levels of the divisions a name may follow


def _has_verb(stem: str) -> bool:
    """Whether a would-be place name is made of verbs ("传达学习" + 市委): per jieba's dictionary."""
    parts = [stem] + [stem[i:i + 2] for i in range(0, len(stem) - 1, 2)]
    return any(dictionary()[1].get(p, "").startswith("v") for p in parts)


def _printed_localities(text: str):
    """(level, name) for every "X县", "X镇", "X街道" … printed with a clear left edge.

    Segmenters split unknown place names badly ("寨宁镇" → 寨 / 宁镇), so this reads the
    characters before the level back to a delimiter or a word such as 到 / 在 / 和."""
    for m in _LEVEL_AT.finditer(text):
        lv, p, q = m.group(), m.start(), m.end()
        # what is read depends on the 9 characters before the level and the 3 after it
        name = _read_back_in(text[p - _BACK:q + 3], lv) if p >= _BACK else _read_back(text, p, q, lv)
        if name:
            yield lv, name


_BACK = 10  # `_read_back` reads at most 9 characters before the level


@bounded
def _read_back_in(window: str, lv: str) -> str | None:
    """`_read_back` of the level printed `_BACK` characters into `window`."""
    return _read_back(window, _BACK, _BACK + len(lv), lv)


def _read_back(text: str, start: int, end: int, lv: str) -> str | None:
    """The locality whose level `lv` is printed at text[start:end], read back to a
    delimiter or a boundary word, or None."""
    if text[start:start + 2] in WORDS_STARTING_WITH_LEVEL:
        return None
    known = lv in "区县旗" and next((text[start - k:end] for k in range(min(start, 8), 0, -1)
                                    if any(u.rank == 3 for u in gazetteer().units(text[start - k:end]))
                                    and not (k == 1 and is_word(text[start - 2:start]))), None)
    if known:  # "研究部署梅县区", "共绘理县": a county-level division the gazetteer knows (响应|县委: none)
        return known
    long_town = lv in "镇乡" and next((text[start - k:end] for k in range(min(start, 8), 2, -1)
                                      if any(u.rank == 4 for u in gazetteer().units(text[start - k:end]))), None)
    if long_town:
        return long_town  # 齐勒乌泽克镇: a town's name longer than four characters, if the gazetteer knows it
    if any(text[start - k:end] in WORDS_ENDING_IN_LEVEL for k in (1, 2)) or (
            any(text.endswith(z, 0, end) for z in ZONE_WORDS)
            and not text.startswith(DISTRICT_MARKERS, end)):
        return None  # 社区, 城市, 港区: a word, or a zone handled elsewhere
    # 岑山瑶族自治县: the name of an autonomous county is longer
    longest = 8 if text[start - 2:start] == "自治" else 4
    i = start
    held = False  # the name starts right after the county that holds it
    while i > 0 and start - i < longest and text[i - 1] not in _LEFT_STOP and text[i - 1] not in LEFT_WORDS:
        if start - i >= 2 and any(lv[0] in a and text[i - 1] in b for a, b in _HOLDERS) and _known_before(text, i):
            held = True  # 光山县斛山乡, 贵州省六盘水市: the place after the division that holds it
            break
        i -= 1
        if not is_han(text[i]):
            break
    while start - i < 2 and i > 0 and text[i - 1] in LEFT_WORDS:
        i -= 1  # 和平区, 松和街道: the boundary character is part of the name
        while i > 0 and start - i < 4 and text[i - 1] not in _LEFT_STOP and text[i - 1] not in LEFT_WORDS:
            i -= 1
    stem = text[i:start]
    if (lv == "州" and not held) or not (2 <= len(stem) <= longest) or (
            i > 0 and not held and text[i - 1] not in _LEFT_STOP and text[i - 1] not in LEFT_WORDS):
        return None
    if i > 0 and is_word(text[i - 1:i + 1]) and not gazetteer().is_locality(stem, lv):
        return None  # "同志任市": the name would start inside a word (同志), and no place is named so
    if is_han(stem) and (longest > 4 or not _has_verb(stem)):
        return stem + lv
    return None


def _known_before(text: str, i: int) -> bool:
    """Whether a division the gazetteer knows ends at text[i] (光山县 before 斛山乡)."""
    return any(gazetteer().units(text[i - k:i]) for k in range(3, min(i, 8) + 1))
