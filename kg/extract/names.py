"""Person names: where a name starts after a title or in a list, and where it ends.

A name is 2-4 Han characters starting with a surname, a whole 4-character list item, or a
Tibetan or Mongolian name of 4-6 characters made of known given-name elements (`ethnic_name`).
Where it ends is decided by what follows: a delimiter, or a word that may follow a name (a
verb, 同志, 等, 一行 …). When two lengths both fit ("X利来到": X利 + 来到, or X利来 + 到),
the one seen more often in the article as a complete name wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.memo import bounded, pure
from kg.lexicon.gazetteer import gazetteer
from kg.extract.words import (PARTICLE_RE, ethnic_name, freq, holds_common_word, longest_first, splits_word, two_words,
                              unknown_word, verb_phrase, word_tag)
from kg.lexicon import (COMPOUND_SURNAMES, FOLLOWERS, INSPECT_WORDS, NEVER_FIRST, NOT_NAME_END, NOT_NAMES, SOFT_NAME_END,
                        LEVEL_RANK, STOP_NAME_ENDS, SURNAMES, TITLES)

HAN = re.compile(r"[\u4e00-\u9fff]+")
# Titles (positions), longest first: the title scanner of kg.extract.people, and no name or
# place stem holds one.
TITLE_RE = re.compile(longest_first(TITLES))
# Words that may directly follow a person's name, longest first.
FOLLOWER_RE = re.compile("|".join(sorted(map(re.escape, FOLLOWERS), key=len, reverse=True)))
_FOLLOWER_TUPLE = tuple(sorted(FOLLOWERS, key=len, reverse=True))


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


MAX_RUN = 24  # a name with what follows it never needs more: keeps reading linear


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")


def han_run(text: str, pos: int, limit: int = MAX_RUN) -> str:
    """The Han characters from `pos`, at most `limit` of them (text without punctuation
    would otherwise make every read scan to the end of the article)."""
    if pos >= len(text) or limit <= 0:
        return ""
    return _HAN_RUN.match(text, pos, pos + limit).group()


@pure
def plausible_shape(cand: str, set_phrase_ok: bool = False) -> bool:
    """The shape of a name whatever its surname: 2-4 Han characters, no known non-name,
    no set phrase (AxAy, unless `set_phrase_ok`), no ending that names never have."""
    n = len(cand)
    return (2 <= n <= 4 and all(is_han(c) for c in cand) and cand not in NOT_NAMES
            and not (n == 3 and cand[:2] in NOT_NAMES)  # "领导班子座谈": 班子座 is no name
            and cand[-1] not in NOT_NAME_END and not (n == 4 and cand[0] == cand[2] and not set_phrase_ok)
            and not (n >= 3 and cand[0] == cand[1])  # 殷殷嘱托, 兢兢业业: a doubled first character
            and not (n == 3 and freq().get(cand[:2], 0) >= _OPENING_WORD))  # "河长工作会,": a very common word, then a character


def plausible_name(cand: str, whole_item: bool = False, delimited: bool = False, followed: bool = False,
                   titled: bool = False) -> bool:
    """Could `cand` be a person's name? `whole_item`: it is a whole "、" list item;
    `delimited`: a delimiter follows it; `followed`: a word that follows names does; `titled`:
    a title is printed right before it and a comma or "、" right after it."""
    n = len(cand)
    if ethnic_name(cand):
        return cand not in NOT_NAMES
    if not plausible_shape(cand):
        return False  # 边走边看, 又快又好 (AxAy) are set phrases, not names
    if cand[0] in NEVER_FIRST and not (cand[0] in SURNAMES and delimited and n in (2, 3)):
        return False  # 向大家 is no name; "乡长向甲君," is
    if n == 3 and (cand[0] in "来赴到" and (cand[1:] in gazetteer().short_names or any(
            gazetteer().units(cand[1:] + lv) for lv in "镇乡县市区")) or cand in gazetteer().short_names):
        return False  # "委员来六安参观", "负责人来安亭": coming to a place; 马鞍山 (no gold name is one): a place
    if cand[-1] in SOFT_NAME_END and not (delimited and n == 3) and not (
            followed and cand[-1] in _PLACE_END and n <= 3 and not gazetteer().units(cand)):
        return False  # "州长钱立镇在白杨市", "县长韩镇先后来到": a name ending in a place word, no place
    if n == 4 and cand[:2] not in COMPOUND_SURNAMES and (
            two_words(cand) or not (word_tag(cand) or "nr").startswith("nr")):
        return False  # 肩负重托 (two words), 齐聚一堂 (a word of the dictionary): an idiom, no name
    if cand[:2] in COMPOUND_SURNAMES:
        return n >= 3
    if n == 4 and cand[2] in SURNAMES and splits_word(cand[:2]) and not (word_tag(cand[:2]) or "").startswith("nr"):
        return False  # "干部甲乙": a frequent word, then a two-character name
    if cand[0] not in SURNAMES:
        # a rare surname: a three-character name set off by a delimiter after a title
        return (n == 4 and whole_item and not verb_phrase(cand)) or (
            n == 3 and delimited and unknown_word(cand) and cand[:2] not in INSPECT_WORDS  # "河长巡河时,": an activity
            and not (cand[2] == "时" and freq().get(cand[:2], 0))  # "顾问座谈时,": a word and 时, a time
            and not verb_phrase(cand)) or (  # "省领导看展板、听介绍": what they did
            n == 2 and titled and unknown_word(cand))  # "宣传部长冬雅,": a title, two characters, a comma
    if n == 4 and not whole_item:
        return False
    if TITLE_RE.search(cand):
        return False
    if cand[0] == cand[1]:
        return False  # "殷殷嘱托": a doubled first character is no surname and given name
    if _PARTICLE.search(cand, 1):
        return False  # "看望工商联界委员时的重要讲话": a particle is in no given name
    if n == 2 and (word_tag(cand) in _NOT_NAME_TAGS or word_tag(cand) == "n" and freq().get(cand, 0) >= _COMMON_WORD):
        return False  # 委员关切: a verb or adjective, not 关 + a given name; "成员全面参与": a very common noun
    if n == 3 and not delimited and word_tag(cand[1:]) in ("ad", "d", "m") and freq().get(cand[1:], 0) >= 1000:
        return False  # "领导都认真听取", "领导曾多次赴": a frequent adverb, no given name ("贫困户甲同意、" is one)
    if n == 3 and (word_tag(cand[:2]) or "").startswith("v") and freq().get(cand[:2], 0) >= 300:
        return False  # "委员展开座谈": a frequent verb, then a character, no name
    return True


_PARTICLE = re.compile("[的了]")
_COMMON_WORD = 5000  # a noun this frequent is no name of two characters (全面)
_OPENING_WORD = 10000  # nor opens one of three (工作会; the gold's names open with words up to 6,890: 文学林)
_AFTER_TITLE = re.compile("(?:" + TITLE_RE.pattern + ")$")
_TIGHT = frozenset(",，、;；。")
_LIST_GOES_ON = ("以及", "等同志")  # "副主任甲乙将以及…": no 将 (will) before 以及, the name's own character
_PLACE_END = frozenset("镇乡村")  # place words a given name may end in (钱立镇, 韩玉村)
_NOT_NAME_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d"}


def starts_with_follower(s: str) -> bool:
    return s.startswith(_FOLLOWER_TUPLE)


# what follows a complete name in `complete_count`: the end, no Han character, a follower
# word (of the four characters it looks at)
_COMPLETE = "(?=\\Z|[^\u4e00-\u9fff]|%s)" % "|".join(map(re.escape, [f for f in _FOLLOWER_TUPLE if len(f) <= 4]))


@lru_cache(maxsize=4096)
def complete_count(text: str, cand: str) -> int:
    """How often `cand` occurs in `text` followed by a delimiter or a follower word (cached:
    an article asks again for the same names, and a string keeps its hash)."""
    if cand and all(cand[:k] != cand[-k:] for k in range(1, len(cand))):
        # no two occurrences overlap: one scan counts the complete ones
        return len(re.findall(re.escape(cand) + _COMPLETE, text))
    n = 0
    for m in re.finditer(re.escape(cand), text):
        nxt = text[m.end():m.end() + 4]
        if not nxt or not is_han(nxt[0]) or starts_with_follower(nxt):
            n += 1
    return n


def _segmented_name(run: str, delimited: bool = False) -> str | None:
    """A name the segmenter reads before a verb or an adverb when no word that may follow a
    name does ("书记X冒着严寒", "X认真听取"): its first token, a person's name of two or three
    characters from a listed surname. A run of four or five set off by a delimiter whose rest
    is no word ("代市长甲乙丙丁戊,") is one longer name, not a name and a verb."""
    if len(run) < 4 or run[0] not in SURNAMES:
        return None
    import jieba.posseg as pseg

    freq()  # the dictionary, loaded quietly
    tokens = [(t.word, t.flag) for _, t in zip(range(2), pseg.cut(run[:8]))]
    if len(tokens) < 2:
        return None
    (word, flag), (nword, nxt) = tokens
    if (delimited and len(run) <= 5 and flag == "nr" and len(word) == 2 and freq().get(run[2:], 0) == 0
            and not holds_common_word(run[2:]) and not TITLE_RE.search(run) and run[-1] not in NOT_NAME_END
            and not PARTICLE_RE.search(run)):
        return run
    if flag == "nr" and 2 <= len(word) <= 3 and (nxt[:1] in ("v", "a", "d") or nword == "所" or _place_opens(run[len(word):])) \
            and plausible_name(word):
        return word  # "副主任甲乙盘山县水利局局长…": a known county right after the name starts the next post
    return None


def _place_opens(s: str) -> bool:
    """Whether `s` opens with a division the gazetteer knows, printed with its level (盘山县…)."""
    return any(s[j - 1] in "省市区县旗镇乡" and gazetteer().units(s[:j]) for j in range(3, min(len(s), 8) + 1))


def read_name(text: str, pos: int) -> str | None:
    """The name starting at `pos`, or None."""
    readings = _readings_in(text[max(0, pos - _READ_BACK):pos], text[pos:pos + _READ_AHEAD])
    if len(readings) == 1 and len(name := readings[0][0]) == 3 and complete_count(text, name) == 0 \
            and complete_count(text, name[:2]) > 0 and plausible_name(name[:2], followed=True):
        return name[:2]  # "部长甲乙一行…", then "部长甲乙听完汇报": the name printed whole elsewhere
    if len(readings) <= 1:
        return readings[0][0] if readings else None
    # the reading seen more often as a complete name; then the one followed by the longer
    # word (AB|来到 over ABC|到); then the three-character one, the commonest length
    return max(readings, key=lambda r: (complete_count(text, r[0]), _TO_SOMEONE.match(text, pos + len(r[0])) is not None,
                                        r[1], len(r[0]) == 3, -len(r[0])))[0]


# "书记甲乙向调研人员介绍…": 向 opens the clause's object, a verb of telling after it ("甲乙对调研组的
# 到来表示欢迎": 对 too)
_TO_SOMEONE = re.compile(r"[向为给][^,。;:]{1,12}?(?:介绍|汇报|讲解|作汇报|作介绍|颁发|赠送)|对[^,。;:]{1,12}?(?:表示|给予)")


# 于 before a date after a name: "X于4月2日", "X于近日"
_ON_DATE = re.compile(r"于(?:[0-9０-９]|近日|日前|今日|昨日|当日|本月|上午|下午|今天|昨天|[一二三四五六七八九十]+月)")
# a name set off by what it does: "主席向甲乙主持会议" (向 starts no name unless set off)
_CHAIRS = re.compile(r"主持|出席|参加|讲话|致辞|带队|陪同|一行|传达|带着|等|深入|调研|视察|检查|督导|来到|带领|指出|强调|要求|走访|看望|慰问|察看|先后")

# `_readings` reads a run of Han characters (MAX_RUN), the three after a "、" that ends it,
# and a follower word after a reading of up to four characters
_READ_AHEAD = max(MAX_RUN + 4, 4 + max(map(len, FOLLOWERS), default=0)) + 1
_READ_BACK = 6  # and the title it may follow: at most six characters back


@bounded
def _readings_in(before: str, ahead: str) -> tuple[tuple[str, int], ...]:
    """`_readings` of a name printed after `before` (its `_READ_BACK` characters before) at the
    start of `ahead` (the text from it, `_READ_AHEAD` characters): what `read_name` reads
    does not depend on the rest of the article, except a tie between readings."""
    return _readings(before + ahead, len(before))


def _readings(text: str, pos: int) -> tuple[tuple[str, int], ...]:
    """The name starting at `pos`: () when none, one (name, 0) when decided, else each
    possible reading with the length of the follower word after it."""
    run = han_run(text, pos)
    # a four-character name without a known surname only as an item of a "、" list
    end = pos + len(run)
    whole_item_ok = text[pos - 1:pos] == "、" or (
        text[end:end + 1] == "、" and plausible_name(han_run(text, end + 1)[:3]))
    if len(run) < 2:
        return ()
    m = FOLLOWER_RE.match(run)
    if m and (len(m.group()) > 1 or run[0] not in SURNAMES):
        return ()
    options = []
    for k in (2, 3, 4, 5, 6):
        if k > len(run):
            break
        cand = run[:k]
        rest = run[k:]
        whole = rest == ""
        if k > 4 and not ethnic_name(cand):
            continue
        if k == 4 and not whole and not ethnic_name(cand) and (
                cand[:2] not in COMPOUND_SURNAMES and not whole_item_ok or cand[2] in LEVEL_RANK):
            continue  # "、东川县主要领导": a place and a word, no four-character name
        if _ON_DATE.match(text, pos + k) and plausible_name(cand, delimited=True):
            return ((cand, 0),)  # "局长甲乙丙于4月2日检查": 于 opens the date, no part of the name
        if not (whole or starts_with_follower(rest)):
            continue
        if (cand[0] in "来赴" if k == 2 else cand[-2] in "来赴") and re.match(r"来|考察|视察|调研|参观|指导|检查|访问", rest):
            continue  # "总书记来陕考察", "来川来广视察", "历次来陕考察": coming to a place, no name
        if rest[:1] in ("与", "和", "及") and not is_han(text[pos + k + 1:pos + k + 2] or "。"):
            continue  # "成员全面参|与,": a conjunction before a comma joins nothing; the word is 参与
        delimited = (whole and not is_han(text[pos + k:pos + k + 1] or "。") and text[pos + k:pos + k + 1] not in "”’\"") or (
            k == 3 and rest.startswith(_LIST_GOES_ON)) or (
            k == 3 and _CHAIRS.match(rest) is not None and freq().get(cand[1:], 0) < 1000 and freq().get(cand[:2], 0) < 1000
            and cand[-1] not in SOFT_NAME_END)
        titled = k == 2 and (whole and text[pos + k:pos + k + 1] in _TIGHT or rest.startswith("同志")) \
            and _AFTER_TITLE.search(text, max(0, pos - _READ_BACK), pos) is not None \
            and not text.endswith("代表", 0, pos)  # 代表 is also "on behalf of": "代表现为354名"
        if plausible_name(cand, whole_item=(whole or k == 4) and whole_item_ok, delimited=delimited, followed=not whole,
                          titled=titled):
            options.append(cand)
    if not options:
        seg = _segmented_name(run, (text[pos + len(run):pos + len(run) + 1] or "。") in "、,，。;；")
        return ((seg, 0),) if seg else ()
    if len(options) == 1:
        return ((options[0], 0),)
    if (options[-1] == run and (text[pos + len(run):pos + len(run) + 1] or "。") in "、,，。;；:：)）!！?？ \n"
            and not (FOLLOWER_RE.fullmatch(run[2:]) and run[2:] not in STOP_NAME_ENDS
                     and (len(run) > 3 or text[pos - 1:pos] != "、") and text[pos + len(run):pos + len(run) + 1] != "、")):
        # a whole delimited item: "常委A、石辉和、B" keeps its last character, and so does a list
        # item "、钱明来," (来 follows no name there); "…、丙丁担任。", "县长丙丁说,": the verb follows;
        # "主席X和,": a conjunction before a comma joins nothing, so it ends the name; "副主席甲乙均、": no
        # adverb (均, all) before a "、", the list's first name
        return ((run, 0),)

    def follower_len(c: str) -> int:
        m = FOLLOWER_RE.match(text, pos + len(c))
        return len(m.group()) if m else 0

    return tuple((c, follower_len(c)) for c in options)
