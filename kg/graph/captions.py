"""Captions: what a node is called where people look at the graph (Neo4j Browser through
schema/browser.grass, `kg view`, the lookups' event rows).

An Event has no name of its own, so the build gives it a computed `caption` property
saying what it was: its date (when the text gives one), its type in Chinese and a short
title, e.g. "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作". The short title is the
headline of the article that first reported it (leading slogans dropped while the headline
is too long: "迅速部署 从实从细 高新区召开…会议" keeps its last parts), else the event's
summary sentence, cut to `TITLE_CHARS` characters. A caption is a property, never part of
an identity: keys do not depend on it.
"""

from __future__ import annotations

TYPE_NAMES = {"meeting": "会议", "inspection": "检查", "other": "活动"}
TITLE_CHARS = 20
SEPARATOR = " · "
_LEADS = ("本报讯", "本网讯", "本台讯")


def cut(text: str, limit: int = TITLE_CHARS) -> str:
    """`text` of at most `limit` characters, ending in … when it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short_title(title: str | None, summary: str | None = None, limit: int = TITLE_CHARS) -> str:
    """A headline of at most `limit` characters: whitespace collapsed, leading parts
    (slogans before the space-separated main title) dropped while it is too long, then cut.
    With no headline, the summary sentence without its lead (本报讯 …), cut."""
    parts = (title or "").split()
    while len(parts) > 1 and len(" ".join(parts)) > limit:
        parts = parts[1:]
    if parts:
        return cut(" ".join(parts), limit)
    text = "".join((summary or "").split())
    for lead in _LEADS:
        if text.startswith(lead):
            text = text[len(lead):]
            break
    return cut(text, limit)


def type_name(event_type: str | None) -> str:
    """The Chinese word for an event type (会议, 检查, 活动); an unknown type as it is."""
    return TYPE_NAMES.get(event_type or "", event_type or "活动")


def event_caption(event_type: str | None, date: str | None, title: str | None,
                  summary: str | None = None) -> str:
    """"<date> <type> · <short title>"; without a date, "<type> · <short title>"."""
    head = " ".join(x for x in (date, type_name(event_type)) if x)
    short = short_title(title, summary)
    return f"{head}{SEPARATOR}{short}" if short else head
