"""Whether words read before a level character are a locality: the national gazetteer
(kg.lexicon.gazetteer) for known divisions, jieba's dictionary for the rest.

A name the gazetteer knows is a locality; a known division printed after other words keeps
only itself (a locality carries its lowest level: "安徽省安庆市委" → 安庆市委). A name it lacks
(development zones, new streets, made-up places in tests) stays when none of its words is a
common word or a function word that is no name ("会议暨区委" → 区委).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from kg.extract.memo import pure
from kg.extract.names import TITLE_RE
from kg.lexicon import (DEMOCRATIC_PARTIES, FUNCTION_CHARS, GENERIC_ZONE_TERMS, LEFT_WORDS, LEVEL_ORG_STARTS, LEVEL_RANK,
                        NOT_LOCALITIES_IN_TEXT, NOT_LOCALITY_STEMS, SURNAMES, TITLES, WORDS_ENDING_IN_LEVEL, ZONE_WORDS)
from kg.lexicon.gazetteer import gazetteer


def jieba_module():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


@lru_cache(maxsize=1)
def dictionary():
    """jieba (initialised), its dictionary's word tags and word frequencies, loaded once."""
    jb = jieba_module()
    jb.initialize()
    import jieba.posseg as pseg

    return jb, pseg.dt.word_tag_tab, jb.dt.FREQ


# dictionary tags of words that are not (part of) a place name: verbs, adjectives, function
# words, quantities ("会议总结" + 县委, "部分驻" + 旗委, "新一届" + 市政协)
_NOT_NAME_TAGS = ("v", "a", "b", "f", "p", "r", "c", "d", "m", "q", "u", "t", "l", "i", "z", "e", "y", "o")
# verbs, prepositions, conjunctions, particles, adverbs, pronouns, numbers: words that
# never begin an organisation's name ("关于", "会议暨", "就落实")
_FUNCTION_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f")
_COMMON_NOUN_FREQ = 500  # a noun this frequent ("会议", "项目", "文化") is no part of a place name
_TOWN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}?(街道|镇|乡)")  # the town a village is printed after


@lru_cache(maxsize=65536)
def checked_locality(name: str, level: str) -> str | None:
    """`name` ("stem" + `level`) as a locality, checked against the national gazetteer
    (kg.lexicon.gazetteer): a known division stays; a known division printed after other
    words keeps only itself ("关于桦南县" → 桦南县, "汕尾陆丰市" → 陆丰市: a locality carries its
    lowest level); a name the gazetteer lacks (development zones, new streets, made-up
    places in tests) stays only when none of its words is a common word that is no name."""
    stem = name[: -len(level)]
    gaz = gazetteer()
    if len(stem) == 1 and stem in LEFT_WORDS | FUNCTION_CHARS:
        return None  # "领导和县委": 和 joins, it is no county (和县)
    if stem.endswith("员") and not gaz.units(name):
        return None  # "盟员市人大代表": a member of a party, no city
    if gaz.units(name) or (gaz.is_locality(stem, level) and (level == "州" or not common_word(stem))):
        # a short name that is a common word (合作 of 合作市) names no 合作区; an autonomous
        # prefecture's short name (大理州) is one whatever the word
        return name
    for i in range(1, len(stem)):
        # a one-character county (滑县) only after a word ("国有滑县"), not inside a name (涟沧县)
        if gaz.is_locality(stem[i:], level) and (len(stem) - i >= 2 or (
                level == "县" and (i >= 2 and is_word(stem[:i]) or i == 1 and _before_place(stem[0]))
                and stem[i] not in LEFT_WORDS | FUNCTION_CHARS and not is_word(stem[i - 1:i + 1]))):
            # "让兴县的天更蓝": a verb before 兴县; "示范县" holds no 范县 (示范 is one word)
            return stem[i:] + level
    head = next((stem[:j] for j in range(len(stem) - 2, 2, -1) if any(u.rank <= 3 for u in gaz.units(stem[:j]))), None)
    if head:  # "江西省南昌市进顺村": a village the gazetteer lacks, printed after its known city
        rest = name[len(head):]  # its own name: checked, or short and no common word ("进顺" reads as two verbs)
        ok = checked_locality(rest, level) == rest or (len(rest) - len(level) <= 3 and not common_word(rest[:-len(level)]))
        return name if ok else None
    if level == "村" and (town := _TOWN_HEAD.match(stem)) and checked_locality(town.group(), town.group(1)) == town.group():
        # "城关街道东坟村": a village the gazetteer lacks, printed after its town; kept whole when its own name reads as one
        rest = name[town.end():]
        return name if len(rest) >= 2 and checked_locality(rest, level) == rest else None
    jb, tags, freq = dictionary()
    words = jb.lcut(stem, HMM=False)
    last = tags.get(words[-1], "x")[:1] if len(words) >= 2 and len(words[-1]) == 1 else ""
    if last and (last in "pcu" or (last in "av" and len(words[-2]) >= 2)):
        # “农牧稳县”, “工业强市”: a slogan (a word and a verb or adjective); "甲乙在市委": a
        # name and a preposition before a level-only body, no place
        return None
    for w in words:
        if len(w) < 2 or w == "自治":  # 岑山瑶族自治县
            continue
        tag = tags.get(w, "x")
        if tag.startswith(_NOT_NAME_TAGS) or (tag in ("n", "vn", "an", "nr") and freq.get(w, 0) >= _COMMON_NOUN_FREQ
                                               and not gaz.units(w + level)):
            return None
        if len(w) >= 4 and freq.get(w, 0) < _COMMON_NOUN_FREQ and all(
                tags.get(p, "x").startswith(("v", "a", "d")) for p in (w[:2], w[2:4])):
            return None  # "努力实现" + 市政协: a rare dictionary entry made of two verbs, no name
    return name


def common_word(word: str) -> bool:
    """A frequent word of jieba's dictionary that is no place name ("合作", "发展")."""
    _, tags, freq = dictionary()
    return freq.get(word, 0) >= _COMMON_NOUN_FREQ and not tags.get(word, "").startswith("ns")


_ONE_CHAR_LEVELS = frozenset(w for w in LEVEL_RANK if len(w) == 1)  # 省 市 区 县 镇 乡 …


@pure
def trim_locality(org: str) -> str:
    """An organisation as read before its title, its locality checked: words before a
    level-only body that are no place are dropped ("就落实县委" → 县委, "会议暨区委" → 区委), a
    known division printed after other words keeps only itself ("关于桦南县政府" →
    桦南县政府). Development zones and names with no level-only body stay as they are; a
    democratic party's name stays before its committee ("通报民进省委" → 民进省委)."""
    org = re.sub(r"(?<=.{2})(?:相关|有关)$", "", org)  # "湖南省委相关负责人": 相关 belongs to 负责人
    party = next((p for p in DEMOCRATIC_PARTIES if p in org and not org.endswith(p)), None)
    if party:
        return party + trim_locality(org[org.index(party) + len(party):])
    for k in range(1, len(org) - 1):
        lv = org[k]
        if lv in _ONE_CHAR_LEVELS and org[k + 1] in LEVEL_ORG_STARTS:
            # "咸阳市市委": the level printed twice; the locality ends at the first
            name = org[:k] if k >= 3 and org[k - 1] == lv else org[: k + 1]
            if any(name.endswith(z) for z in ZONE_WORDS + GENERIC_ZONE_TERMS):
                return _zone_from_place(org)
            if any(name.endswith(w) for w in WORDS_ENDING_IN_LEVEL) and not gazetteer().units(name):
                continue  # 区农业农村委: 农村 is a word, its 村 no village before 委
            checked = checked_locality(name, lv) if len(name) > 1 else name
            if checked is None:
                return org[k:]
            if checked != name and not _droppable(name[: len(name) - len(checked)]) and lv not in "镇乡":
                return org  # 民进太原市委会: the words before the place belong to the name (never a town's)
            return checked + org[k + 1:]
    return _zone_from_place(org) if any(z in org for z in ZONE_WORDS) else org


def _zone_from_place(org: str) -> str:
    """A development zone's body read with words before the place that names it: "落实情况鄂尔多斯
    高新技术产业开发区党工委" is the zone's (the words are no name); else as read."""
    short = gazetteer().short_names
    for i in range(2, min(len(org) - 4, 12)):
        if org.startswith(tuple(GENERIC_ZONE_TERMS + ZONE_WORDS), i):
            continue  # 上党|经济技术开发区, 正定|高新区: a kind of zone is no place
        named = opens_with_locality(org[i:]) or any(org.startswith(org[i:i + n], i) and org[i:i + n] in short
                                                     for n in range(3, 5))
        if named and (_droppable(org[:i]) or _ordinary_words(org[:i])):
            return org[i:]
    return org


def _ordinary_words(words: str) -> bool:
    """Words of jieba's dictionary that are no proper name ("落实情况"): no part of a zone's name."""
    jb, tags, _ = dictionary()
    return all(tags.get(w, "nz")[:2] not in ("nr", "ns", "nt", "nz") for w in jb.cut(words, HMM=False))


def _droppable(words: str) -> bool:
    """Words printed before a place that are not part of an organisation's name: a higher
    division ("安徽省安庆市委") or words that are no name ("关于", "会议暨")."""
    if gazetteer().units(words) or opens_with_locality(words):
        return True
    short = next((words[:n] for n in (3, 2) if words[:n] in gazetteer().short_names), None)
    if short and len(words) > len(short) and opens_with_locality(words[len(short):]):
        return True  # "云南大理州": a province by its short name, then a division under it
    jb, tags, _ = dictionary()
    return any(tags.get(w, "x").startswith(_FUNCTION_TAGS) for w in jb.cut(words, HMM=False))


@lru_cache(maxsize=65536)
def opens_with_locality(s: str) -> bool:
    """Whether `s` starts with a division the gazetteer knows ("和平区人民政府…")."""
    gaz = gazetteer()
    for j in range(2, min(len(s), 12) + 1):
        if s[j - 1] in _ONE_CHAR_LEVELS and gaz.is_locality(s[: j - 1], s[j - 1]):
            return True
        if s[j - 2:j] == "街道" and j > 3 and gaz.is_locality(s[: j - 2], "街道"):
            return True
        if s[j - 2:j] in ("地委", "地区", "行署") and j > 3 and gaz.units(s[: j - 2] + "地区"):
            return True  # 和田地委: a prefecture's committee
        if j >= 3 and s[:j] in gaz.short_names and s.startswith(ZONE_WORDS, j):
            return True  # 和林格尔新区: a zone named for the county
    return False


@lru_cache(maxsize=65536)
def opens_with_proper_name(s: str) -> bool:
    """Whether `s` starts with a proper name of three characters or more in jieba's dictionary
    (an organisation or place: "同济大学…"), whose first character could read as a function word."""
    jb, tags, _ = dictionary()
    first = next(iter(jb.cut(s[:12], HMM=False)), "")
    return len(first) >= 3 and tags.get(first, "") in ("nt", "ns")


def is_word(s: str) -> bool:
    return s in dictionary()[2]


def is_han(s: str) -> bool:
    return bool(s) and all("\u4e00" <= c <= "\u9fff" for c in s)


_TITLE_HEADS = frozenset(t[:i] for t in TITLES for i in range(2, len(t)))


def only_in_titles(text: str, name: str) -> bool:
    """Whether every printing of `name` starts a longer title: 代县 in "政府代县长X"."""
    if name not in _TITLE_HEADS:
        return False  # no title starts with the name: no scan of the text
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all((t := TITLE_RE.match(text, i)) is not None and t.end() > i + len(name)
                                for i in starts)


def only_in_names(text: str, key: tuple[str, str], people: frozenset[str]) -> bool:
    """Whether a locality is printed only as the end of a person's name and the level after it
    ("甲卫东市长" reads 卫东市, "甲乙胜率县…" reads 胜率县): part of the name at every place it is printed."""
    lv, name = key
    stem = name[: -len(lv)]
    if any(len(p) > len(stem) and p.endswith(stem) and text.count(name) == text.count(p + lv) for p in people):
        return True
    # "甲乙胜率县直部门…": the name's last character and a verb read as a place's
    if any(p[-1] == stem[0] and text.count(name) == text.count(p + name[1:]) for p in people):
        return True
    # "甲乙市长的批示": a name, then a head's title, no division the gazetteer knows
    return (len(lv) == 1 and stem[:1] in SURNAMES and len(stem) in (2, 3) and not gazetteer().units(name)
            and text.count(name) == text.count(name + "长"))


def _before_place(char: str) -> bool:
    """A one-character word printed before a place (让, 在) or a verb of the dictionary: read
    before a one-character county (兴县), it is no part of the county's name."""
    return char in LEFT_WORDS | FUNCTION_CHARS or dictionary()[1].get(char, "x").startswith("v")


_MOVES = "赴来去至"  # verbs of going printed right before a place ("赴歙县调研")


def kept_locality(level: str, name: str, people: frozenset[str]) -> str | None:
    """The locality `name` read at `level` is counted as (checked_locality), or None when
    it is no place: a word, a title, a person's name."""
    if name in NOT_LOCALITIES_IN_TEXT or len(name) <= len(level) or not is_han(name):
        return None
    name = checked_locality(name, level)
    if name is None or (level == "省" and not gazetteer().units(name)):
        return None  # the provinces are all known: "甲乙丙率省政协" prints none
    if any(name.endswith(w) for w in WORDS_ENDING_IN_LEVEL) and not gazetteer().units(name):
        return None  # 车市 ends words, but 库车市 is a city
    stem = name[: -len(level)]
    if (any(c in stem for c in "省市区县镇乡") and not gazetteer().units(name)) or stem in NOT_LOCALITY_STEMS \
            or stem.endswith("地") or name in LEVEL_RANK or stem in ("自治", "民族自治"):
        return None  # 梅县区 is a district; "自治" + 州 is a level word, no place
    if any(c in FUNCTION_CHARS for c in stem) and not gazetteer().units(name):
        # "会议在陇县召开" read back as 会在陇县: the division after the function word, if known
        k = max(i for i, c in enumerate(stem) if c in FUNCTION_CHARS) + 1
        return name[k:] if k < len(stem) and gazetteer().units(name[k:]) else None
    if any(p in name or stem.startswith(p) for p in people):
        return None  # "冉建国为乡人大主席" prints no 国为乡, "X率市…" no X率市; 无为县 is a county
    if not gazetteer().units(name):
        known = next((name[k:] for k in range(1, min(3, len(stem)))
                      if all(c in FUNCTION_CHARS or c in _MOVES for c in stem[:k]) and gazetteer().units(name[k:])), None)
        if known:
            return known  # "赴歙县": the division after the verb before it
    if TITLE_RE.search(stem) or any(stem.endswith(w) for w in ("领导", "全体", "各级", "所在")):
        return None
    if "副" in stem or "常务" in stem:
        return None  # 常务副区长: a title, not a place
    return name
