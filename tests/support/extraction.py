"""Made-up articles for the extractor's tests, and what was extracted from them."""

from __future__ import annotations

from kg.model import Article


def art(text: str, title: str = "测试标题", published: str | None = "2023-03-15", home: str | None = None) -> Article:
    return Article(title=title, text=text, source="test.txt", published=published, home=home)


def posts(rec, name):
    p = next(p for p in rec.people if p.name == name)
    return [(q.org, q.title) for q in p.posts]


def all_posts(rec) -> set[tuple[str, str | None, str]]:
    """Every (name, org, title) of a record's people."""
    return {(p.name, q.org, q.title) for p in rec.people for q in p.posts}


def roles(rec, name):
    return {x.role for e in rec.events for x in e.participants if x.name == name}
