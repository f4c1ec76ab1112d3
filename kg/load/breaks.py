"""Page-break repair: a printed page's column or page break cuts a paragraph in the middle
of a sentence; `repair_breaks` joins it to the next one again. A byline, a subheading, a
photo caption or a lead that lost its full stop is no cut paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.lexicon import BYLINE_ROLES

__all__ = ["DAY_PART", "LONG_PARAGRAPH", "SENTENCE_END", "ends_sentence", "repair_breaks", "should_join", "wrap_width"]

SENTENCE_END = frozenset("。!?;…")  # after NFKC: ！→! ？→? ；→; and … → ...
_CLOSERS = "”’」』\"'》】"
_CLAUSE = re.compile("[,、]")
LONG_PARAGRAPH = 30


def ends_sentence(paragraph: str) -> bool:
    """Does the paragraph end a sentence? A closing quote counts only after a final mark
    ("……。”"); a closing parenthesis always does (a bracketed byline ends a paragraph);
    so does a colon (an introduction to a list that follows)."""
    p = paragraph.rstrip()
    if not p:
        return True
    if p[-1] in ")]:":
        return True
    p = p.rstrip(_CLOSERS)
    return bool(p) and (p[-1] in SENTENCE_END or p.endswith("..."))


def _tail_is_appended(paragraph: str) -> bool:
    """Is the text after the last sentence end set off by a space, as in
    "……召开。 记者 某某 文/图" (a byline appended to the paragraph)?"""
    for i in range(len(paragraph) - 1, -1, -1):
        if paragraph[i] in SENTENCE_END:
            return paragraph[i + 1 : i + 2] == " "
    return False


# the part of a day printed after it: "5月9日上午", "6月28日傍晚", "3月1日凌晨"
DAY_PART = r"[上中下午晚傍夜凌晨早清间]*"
# "5月9日,", "5月31日至6月1日,", "5月17——18日,"
_OPENS_WITH_DAY = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日?(?:(?:至|到|[-—–~～]{1,2})(?:\d{1,2}月)?\d{1,2}日)?" +
                             DAY_PART + r"[,，]")
# a page's meta line ("…发布日期:2018年06月08日打印本页关闭窗口"): it continues into no lead
# and a crumb trail ("您的当前位置:新闻>长三角 > 某标题"): it continues into no lead either
_META_LINE = re.compile(r"(?:发布日期|发布时间|发布机构|来源|浏览次数|点击数|阅读次数|索引号|文号|主题分类|体裁分类"
                        r"|您(?:当前|现在)?的?位置|当前位置|所在位置)\s*[:：]|打印本页|关闭窗口")


# a byline on a line of its own ("记者 甲乙 丙丁戊"): it continues no subheading before it
_BYLINE = re.compile(r"\s*(?:%s)\s*[:：]?\s*[\u4e00-\u9fff·]{2,6}(?:\s+[\u4e00-\u9fff·]{2,6})*\s*"
                     % "|".join(sorted(map(re.escape, BYLINE_ROLES), key=len, reverse=True)))
_ENDS_EVENT = re.compile(r"(?:胜利|隆重|顺利)?(?:闭幕|开幕|召开|举行|举办|落幕)\s*$")


def wrap_width(paragraphs: list[str]) -> int | None:
    """The line width a hard-wrapped text was cut to ("…6月28日傍晚,大" / "庆市委书记…"), or
    None: the commonest length of lines ending in no sentence mark, when at least
    _WRAPPED_LINES of them sit within one character of it and they are a quarter of the
    lines. A line holding a colon ("区委书记:甲乙") is a list's entry, not wrapped prose."""
    lengths = Counter(len(p) for p in paragraphs
                      if _WRAP_MIN <= len(p) <= _WRAP_MAX and ":" not in p and not ends_sentence(p))
    if not lengths:
        return None
    width = max(lengths, key=lambda n: (lengths[n - 1] + lengths[n] + lengths[n + 1], n))
    band = lengths[width - 1] + lengths[width] + lengths[width + 1]
    return width if band >= _WRAPPED_LINES and 4 * band >= len(paragraphs) else None


_WRAP_MIN, _WRAP_MAX, _WRAPPED_LINES = 12, 60, 4


def _filled(line: str, width: int | None) -> bool:
    """Does `line` run to the wrap width (so that the text goes on on the next line)?"""
    return width is not None and len(line) >= width - 1 and ":" not in line


def should_join(paragraph: str, following: str, width: int | None = None) -> bool:
    """Was `paragraph` cut by a page or column break, so that `following` continues it?

    Yes when it does not end a sentence and reads as running prose: longer than
    LONG_PARAGRAPH characters or holding a comma or enumeration comma. Short lines
    without such punctuation (photo captions, bylines, subheadings) stay on their own, as
    does a paragraph whose unfinished tail is set off by a space (an appended byline).
    """
    if not following or ends_sentence(paragraph) or following == paragraph:
        return False  # (a headline printed twice, one under the other, is no cut paragraph)
    if _OPENS_WITH_DAY.match(following) or _META_LINE.search(paragraph) or _BYLINE.fullmatch(following):
        return False  # "11月22日,市政协…": a lead opens a paragraph; it continues nothing
    if _ENDS_EVENT.search(paragraph):
        return False  # "…第四次会议在创新广场胜利闭幕": a lead that lost its full stop is complete
    if _filled(paragraph, width) or (_filled(following, width) and _CLAUSE.search(paragraph)):
        return True  # hard-wrapped text: a line filled to the width, or prose before one, goes on
    if _tail_is_appended(paragraph):
        return False
    if (len(paragraph) <= LONG_PARAGRAPH and not _CLAUSE.match(paragraph[-1:]) and len(following) <= LONG_PARAGRAPH
            and not any(ch in SENTENCE_END for ch in following)):
        return False  # photo captions one under the other ("县委常委、镇委书记X" / "镇人大主席Y")
    return len(paragraph) > LONG_PARAGRAPH or bool(_CLAUSE.search(paragraph))


def _glue(a: str, b: str) -> str:
    def word(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    return a + (" " if word(a[-1:]) and word(b[:1]) else "") + b


def repair_breaks(paragraphs: list[str]) -> list[str]:
    """Join each paragraph to the next one while `should_join` says it was cut. The
    decision reads the last line joined, not all of them: a headline with a comma joined to
    the next line does not pull in the page's date line and lead after it."""
    out: list[str] = []
    last = ""
    width = wrap_width(paragraphs)
    for p in paragraphs:
        if out and should_join(last, p, width):
            out[-1] = _glue(out[-1], p)
        else:
            out.append(p)
        last = p
    return out


