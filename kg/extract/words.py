"""What jieba's dictionary says of a string (its words, their tags and frequencies): whether it
is made of ordinary words, a frequent noun, a word at all. The name, place and organisation
rules ask these questions; the dictionary is loaded once, quietly. And whether a string is a
Tibetan or Mongolian name made of the given-name elements of kg.lexicon (`ethnic_name`).
"""

from __future__ import annotations

import re

from kg.extract.memo import pure
from kg.lexicon import ETHNIC_NAME_PARTS, INSPECT_WORDS, MEETING_WORDS, OTHER_STRONG
from kg.lexicon.script import fold

# a room of a building, no place or unit of its own: 会议室, 多功能厅, 报告厅, 接待室, 大厅, 展厅
ROOM = r"(?:会议|多功能|报告|接待|阅览|演播|大|展)[室厅]"

__all__ = ["COMMON_FREQ", "ROOM", "common_noun", "common_words", "ethnic_name", "freq", "holds_common_word", "kind_of_unit",
           "ordinary_word", "splits_word", "two_words", "unknown_word", "word_tag", "PARTICLE_RE", "no_words", "verb_phrase"]

COMMON_FREQ = 1000  # a word this frequent ("活动", "社区") is no part of a name read without a surname


def word_tag(word: str) -> str | None:
    import jieba.posseg as pseg

    return pseg.dt.word_tag_tab.get(word)


def two_words(cand: str) -> bool:
    """Two ordinary words of jieba's dictionary, neither a name or place ("月度|工作" of
    "区委书记月度工作点评会"): no unusual name."""
    halves = [cand[:2], cand[2:]] if len(cand) == 4 else []
    return bool(halves) and all(freq().get(h, 0) >= 10 and not (word_tag(h) or "n").startswith(("nr", "ns"))
                                for h in halves)


def freq() -> dict[str, int]:
    """jieba's word frequencies, its dictionary loaded quietly (no "Building prefix dict" on stderr)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def splits_word(pair: str) -> bool:
    """A frequent two-character word of jieba's dictionary (工作, 会议)."""
    return freq().get(pair, 0) >= 1000


def common_words(text: str) -> bool:
    """Whether `text` is made of words of jieba's dictionary that are no proper names
    ("旅游综合体项目", "中心小学"): a kind of place, no name of one."""
    import jieba

    counts = freq()  # loads the dictionary quietly first
    words = jieba.lcut(text, HMM=False)
    return bool(words) and all(
        (len(w) >= 2 and counts.get(w, 0) >= 3 and not (word_tag(w) or "n").startswith(("nr", "ns", "nt", "nz")))
        or (len(w) == 1 and i == len(words) - 1) for i, w in enumerate(words))


def common_noun(word: str) -> bool:
    """A noun or verb of jieba's dictionary seen 100 times or more (口罩, 工作): no given name."""
    return freq().get(word, 0) >= 100 and (word_tag(word) or "") in ("n", "v", "vn")


def ordinary_word(cand: str) -> bool:
    """An ordinary word of jieba's dictionary: a name seldom is."""
    return not unknown_word(cand)


def unknown_word(cand: str) -> bool:
    """Not an ordinary word of jieba's dictionary (names mostly are not)."""
    tag = word_tag(cand)
    return tag is None or tag.startswith("nr")


def holds_common_word(cand: str) -> bool:
    """Whether `cand` holds a frequent dictionary word that is no proper name ("进社区活动")."""
    import jieba

    counts = freq()
    return any(len(w) >= 2 and counts.get(w, 0) >= COMMON_FREQ and not (word_tag(w) or "").startswith(("nr", "ns", "nz"))
               for w in jieba.lcut(cand, HMM=False))


def kind_of_unit(text: str) -> bool:
    """Words of jieba's dictionary naming a kind of unit, no place or person ("代表联络站", "卫生院";
    "红星中学" holds a name): a unit the place before it names."""
    import jieba

    counts = freq()
    words = jieba.lcut(text, HMM=False)
    return bool(words) and all(len(w) >= 2 and counts.get(w, 0) >= 3 and not (word_tag(w) or "").startswith(("nr", "ns"))
                               for w in words)


PARTICLE_RE = re.compile("[了的着过地得]")  # "敬献了哈达": a particle is in no name


def verb_phrase(cand: str) -> bool:
    """A verb and its object, no name with a rare surname ("挥锹铲土、扶苗围堰" after 县领导):
    a first character that is a verb, and a word of the dictionary in the rest that is no
    proper name (拉巴顿珠, 次仁多吉 hold names)."""
    import jieba

    freq()  # the dictionary, loaded quietly
    return word_tag(cand[0]) == "v" and any(
        len(w) >= 2 and (word_tag(w) or "") in ("n", "v", "vn", "a") for w in jieba.lcut(cand[1:], HMM=False))


_ACTIVITY_WORDS = INSPECT_WORDS + MEETING_WORDS + OTHER_STRONG


def no_words(cand: str) -> bool:
    """No word of the dictionary in `cand` (班子座谈中, 敬献了哈达, 履职必修课 hold some): a
    run that may be one unusual name."""
    import jieba

    counts = freq()
    if any(w in cand for w in _ACTIVITY_WORDS):
        return False  # "河长巡河时": an activity our word lists name, though the dictionary has no 巡河
    return cand[0] != cand[1] and not PARTICLE_RE.search(cand) and not any(
        counts.get(w, 0) >= 20 or (len(w) >= 3 and counts.get(w, 0) >= 3 and not (word_tag(w) or "").startswith(("nr", "ns", "nz")))
        for w in jieba.lcut(cand, HMM=False) if len(w) >= 2)


@pure
def ethnic_name(cand: str) -> bool:
    """A Tibetan or Mongolian name of 4-6 characters made wholly of two or more given-name
    elements ("次仁" + "旺堆"): such a name has no surname."""
    s, i, parts = fold(cand), 0, 0
    while i < len(s):
        part = next((p for p in ETHNIC_NAME_PARTS if s.startswith(p, i)), None)
        if part is None:
            return False
        i, parts = i + len(part), parts + 1
    return 4 <= len(s) <= 6 and parts >= 2


def longest_first(words) -> str:
    """A pattern matching any of `words`, the longest one at a position first, as the
    alternation of the words sorted longest first does, but as a trie ("书记(?:员)?"): a
    list of a thousand titles is matched without trying each in turn."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(trie) + ")"

