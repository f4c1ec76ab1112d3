"""The day of an article's main event, read from its lead: the first sentences with prose,
past a headline, a summary line, a dateline or a slogan a page prints before it."""

from __future__ import annotations

import re

from kg.load.breaks import DAY_PART
from kg.model import Sentence
from kg.extract.dates import DAY_ONLY_RE, GARBLED_DAY_RE, LEADING_DATE_RE, find_date, first_relative
from kg.extract.triggers import classify


def lead_date(text: str, sentences: tuple[Sentence, ...], published: str | None) -> str | None:
    """The day of the article's main event: the first printed day of its first two sentences
    (blank ones, page furniture, skipped), else of the first of the next few sentences that
    opens with its day, when a page prints a headline or a summary line before its lead."""
    # blank lines and a page's time stamp ("2020年11月27日 10时18分" on a line of its own) are no lead
    filled = [s for s in sentences if text[s.start:s.end].strip() and not _STAMP.fullmatch(text, s.start, s.end)
              and not _EDITION.fullmatch(text, s.start, s.end) and not _DAY_LINE.fullmatch(text, s.start, s.end)]
    lead_text = " ".join(text[s.start:s.end] for s in filled[:2])
    found = find_date(lead_text, published)
    if found:
        return found
    if first_relative(lead_text):
        # "日前,…开展主题实践活动。" then "5月16日,…活动走进…": the day a later paragraph opens with
        later = next((text[s.start:s.end] for s in filled[2:5] if _OPENS_WITH_DAY.match(text, s.start, s.end)
                      and classify(text[s.start:s.end])), None)  # not "13日中午,修河水位达…": no event that day
        return find_date(later, published) if later else None
    filled = [s for s in filled if len(text[s.start:s.end].strip()) > 8]  # no slogan lines ("精心谋事")
    for s in filled[:10]:
        sent = text[s.start:s.end]
        if LEADING_DATE_RE.match(sent) or DAY_ONLY_RE.match(sent.lstrip()) or GARBLED_DAY_RE.match(sent.lstrip()):
            # "1月13日消息:" is a dateline's day (read on); a day of no known year is still the
            # lead's (no later "1949年8月22日东乡解放")
            if (found := find_date(sent, published)) or published is None:
                return found
    for s in filled[:6]:  # "“…”……3月7日,海口首次召开…点评会": the day in a lead that opens with quotes
        sent = text[s.start:s.end]
        if _DAY_THEN_EVENT.search(sent) and classify(sent):
            return find_date(sent, published)
    return None


_OPENS_WITH_DAY = re.compile(r"\s*(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日" + DAY_PART + r"[,，]")
_DAY_THEN_EVENT = re.compile(r"\d{1,2}月\d{1,2}日" + DAY_PART + r"(?:[,，]|主持|召开|举行|在)")
# an e-paper's page line ("第01版:一版要闻 2024年11月26日"): the day, no event's
_EDITION = re.compile(r"\s*第\s*[A-Z\d]{1,3}\s*版\s*[:：]?[^,，。;\n]{0,16}?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期.)?\s*")
# a page's date on a line of its own ("2021-5-10", "2025年04月02日 星期三 |"): the day, no lead
_DAY_LINE = re.compile(r"\s*[【\[]?\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?[】\]]?\s*(?:星期[一二三四五六日天])?\s*[|｜]?\s*")
_STAMP = re.compile(r"\s*\d{4}[年./-]\d{1,2}[月./-]\d{1,2}日?\s*\d{1,2}[:时]\d{2}分?(?::\d{2})?\s*")
