"""Hand-built ArticleRecords for store and graph tests (no extractor needed).

`record()` writes the text's mentions itself: each name, org and event is located in the
text (first occurrence) with its sentence, so provenance is real.
"""

from __future__ import annotations

import re

from kg.model import (Article, ArticleRecord, Event, Mention, Participant, Person, Post,
                      Reporter, Sentence)


def sentences(text: str) -> tuple[Sentence, ...]:
    out = []
    for m in re.finditer(r"[^。！？\n]+[。！？]?", text):
        if m.group(0).strip():
            out.append(Sentence(len(out), m.start(), m.end()))
    return tuple(out)


def mention(text: str, needle: str, sents) -> Mention | None:
    i = text.find(needle)
    if i < 0:
        return None
    s = next(s for s in sents if s.start <= i < s.end)
    return Mention(needle, i, i + len(needle), s.index, s.start, s.end)


def record(text: str, *, source: str = "paper.txt", index: int = 0, title: str | None = None,
           published: str | None = "2022-01-07", url: str | None = None,
           people: dict | None = None, events: list | None = None,
           reporters: list | None = None, home: str | None = None) -> ArticleRecord:
    """people: {name: [(org, title), ...]}; events: [(type, date, [places], [(name, role)])];
    reporters: [(name, role)]."""
    art = Article(title=title or text[:12], text=text, source=source, index=index,
                  published=published, url=url, home=home)
    sents = sentences(text)
    ps = tuple(
        Person(name, tuple(Post(org, t, mention(text, org or t, sents)) for org, t in posts),
               tuple(m for m in [mention(text, name, sents)] if m))
        for name, posts in (people or {}).items())
    evs = []
    for type_, date, places, parts in events or []:
        anchor = places[0] if places else parts[0][0]
        evs.append(Event(type_, date, tuple(places),
                         tuple(Participant(n, r, mention(text, n, sents)) for n, r in parts),
                         summary=text[:20], mention=mention(text, anchor, sents)))
    reps = tuple(Reporter(n, r, mention(text, n, sents)) for n, r in reporters or [])
    return ArticleRecord(art, reps, ps, tuple(evs), sents)


# Two articles of one made-up page: the same official in both.
PAGE_A = record(
    "高新区召开专题会议。区党工委委员、管委会副主任李建国出席会议并讲话。记者 周明",
    source="page.txt", index=0,
    people={"李建国": [("高新区党工委", "委员"), ("高新区管委会", "副主任")]},
    events=[("meeting", None, [], [("李建国", "attended"), ("李建国", "spoke")])],
    reporters=[("周明", "记者")])
PAGE_B = record(
    "1月5日,高新区党工委委员、管委会副主任李建国到梧桐办事处郭庄社区检查督导。记者 周明 通讯员 陈芳",
    source="page.txt", index=1,
    people={"李建国": [("高新区党工委", "委员"), ("高新区管委会", "副主任")]},
    events=[("inspection", "2022-01-05", ["梧桐办事处郭庄社区"], [("李建国", "inspected")])],
    reporters=[("周明", "记者"), ("陈芳", "通讯员")])
