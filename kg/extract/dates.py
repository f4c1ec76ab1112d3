"""Dates of the genre: "5月9日", "2018年5月9日", a day range printed once ("7月26—27日"), a day
with no month at the lead ("5日,…"), a garbled day ("2018813日"), and the words that say no
day ("近日", "日前"). A day takes its year from the issue date (`published`), else from a year
the page prints (`year_hint`, `full_date_year`); a date in a URL is never used.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.memo import pure


# "5月9日", "2018年5月9日", and the first day of a range printed once: "7月26—27日", "7月26-27日"
DATE_RE = re.compile(r"(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月 ?(\d{1,2})(?:(?:[-—–~～]{1,2}|至|到)\d{1,2})? ?[日号]")
RELATIVE_RE = re.compile(r"近日|日前|近期|昨日|昨天|今天|今日|前不久|上周|本周")
_PAPER_NAMED = re.compile(r"[\u4e00-\u9fff]{1,8}讯")
_DAY_IN_BRACKETS = re.compile(r"[(（](?:\d{1,2}月)?\d{1,2}日")  # "昨天(4日)", "今日(1月30日)": the relative word names a printed day


DAY_ONLY_RE = re.compile(r"^(?:[^,，。:：]{0,24}讯[:：]?\s*(?:[(（][^()（）]{0,40}[)）])?\s*)?(?:%s)?(\d{1,2})日" % "|".join(
    ("昨天[(（]", "昨日[(（]", "今天[(（]", "今日[(（]")))  # "昨天(4日)下午": the day printed after the word
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d) ?年")
_RELATIVE_DAY = re.compile(r"(?:昨|今|前)[(（](\d{1,2})[)）]日")  # "昨(15)日下午": the day printed inside the word


def first_relative(text: str) -> re.Match | None:
    """The first word of a day relative to the issue (近日, 昨天 …): not a paper's name in a
    dateline ("今日广西崇左讯"), nor one that names its day in brackets ("昨天(4日)")."""
    return next((r for r in RELATIVE_RE.finditer(text) if not _PAPER_NAMED.match(text, r.end())
                 and not _DAY_IN_BRACKETS.match(text, r.end())), None)


@pure
def find_date(text: str, published: str | None) -> str | None:
    """The ISO date of the first printed day in `text`, with the issue's year; None when the
    text says 近日 etc. first, or the year is unknown. A day printed without its month at
    the start ("5日,…") is in the issue's month (the month before when later than it)."""
    text = _RELATIVE_DAY.sub(r"\1日", text)
    # a dateline's day ("湖南日报3月9日讯", "1月13日消息") is the report's, not the event's
    m = next((d for d in DATE_RE.finditer(text) if not text.startswith(("讯", "迅", "电", "消息"), d.end())), None)
    rel = first_relative(text)
    pub = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            pub = None
    if m is None and (g := GARBLED_DAY_RE.search(text)) and not (rel is not None and rel.start() < g.start()):
        return _garbled_day(g, pub)
    if m is None:
        d = DAY_ONLY_RE.match(text.lstrip())
        if d is None or pub is None or (rel is not None and rel.start() < d.start()):
            return None
        day = int(d.group(1))
        month, year = (pub.month, pub.year) if day <= pub.day else (
            (pub.month - 1 or 12), pub.year - (pub.month == 1))
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if rel is not None and rel.start() < m.start() and text[m.start() - 1:m.start()] not in ("于", "於"):
        return None  # "近期火险等级高,…于3月21日深入…": a day printed with 于 is the event's
    year = int(m.group(1)) if m.group(1) else None
    if year is None:
        if pub is None:
            return None
        year = pub.year
    month = int(m.group(2))
    if month > 12 and m.group(2)[1] != "0":
        month = int(m.group(2)[1])  # "21:468月27日": a time stamp glued before the day
    try:
        d = date(year, month, int(m.group(3)))
    except ValueError:
        return None
    if not m.group(1) and pub is not None and (d - pub).days > 31:
        d = d.replace(year=year - 1)  # an issue in January reporting December
    return d.isoformat()


# a day whose 年 and 月 a page lost: "2018813日晚" (2018-08-13), "1119日下午" (11-19), "85日" (8-5)
GARBLED_DAY_RE = re.compile(r"(?<![\d.:/-])((?:19|20)\d\d)?(\d{3,4}|3[2-9]|[4-9]\d)日(?![\d])")  # "85日": no day


def _garbled_day(g: re.Match, pub: date | None) -> str | None:
    """The one real day the digits of a garbled day can be (month 1-12, then the day), or
    of several the latest not after the issue (`pub`); None when that does not decide."""
    digits = g.group(2)
    days = []
    for cut in (1, 2)[:len(digits) - 1]:
        month, day = int(digits[:cut]), int(digits[cut:])
        year = int(g.group(1)) if g.group(1) else (pub.year if pub else None)
        if year is None or not 1 <= month <= 12 or len(digits[cut:]) > 2:
            continue
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    if pub is not None:
        days = [d for d in days if 0 <= (pub - d).days <= 60] or ([] if len(days) > 1 else days)
    return days[0].isoformat() if len(days) == 1 else None


# a sentence that opens with its day, after a dateline or byline ("(记者:甲乙)9月27日,…")
LEADING_DATE_RE = re.compile(r"^\s*(?:[^,，。]{0,30}?(?:讯|[)）])\s*[:：]?\s*)?(?:(?:\d{4}) ?年 ?)?\d{1,2} ?月 ?\d{1,2}(?:(?:[-—–~～]{1,2}|至|到)\d{1,2})? ?[日号]")


def year_hint(*texts: str) -> str | None:
    """An ISO date standing for "some day of the year the page prints" ("2017年第二次常务
    会议", "2026年…新春茶话会"), to date a month and day when the issue date is unknown."""
    for t in texts:
        m = _YEAR_RE.search(t)
        if m:
            return f"{m.group(1)}-12-31"
    return None


_FULL_DATE_RE = re.compile(r"(20\d{2}) ?年 ?\d{1,2} ?月 ?\d{1,2} ?日")


def full_date_year(text: str) -> str | None:
    """`year_hint` from the first full date printed anywhere in `text` ("2024年4月15日至17日"):
    the year the page is about, when neither the issue date nor the lead gives one."""
    m = _FULL_DATE_RE.search(text)
    return f"{m.group(1)}-12-31" if m else None


# a year the page names as the current one: "2024年以来", "2016年上半年", "2025年是…开局之年"
_CURRENT_YEAR_RE = re.compile(r"(?<![\d到至前—–~-])((?:19|20)\d\d) ?年(?=以来|以來|上半年|前三季度|一季度|春季|秋季|(?:仍然|仍|又|将|也)?是|即将|即將)")


def body_year(text: str) -> str | None:
    """`year_hint` from the latest year `text` names as the current one ("2016年上半年工作",
    "2024年以来"): the last resort when neither the issue date, the lead nor a full date gives
    one. A year printed otherwise ("2017年财政预算执行情况和2018年…") does not date the page."""
    years = [m.group(1) for m in _CURRENT_YEAR_RE.finditer(text)]
    return f"{max(years)}-12-31" if years else None
