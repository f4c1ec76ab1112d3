"""The typed model shared by every stage: articles, mentions and extraction records.

Everything is a frozen dataclass. Offsets (`start`, `end`) are character offsets into
`Article.text` (the normalised body), so `article.text[m.start:m.end] == m.text` holds for
every mention. The graph model written by both stores is built from these records in
`kg.graph.model`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.ids import content_hash

EVENT_TYPES = ("meeting", "inspection", "other")
ROLES = ("chaired", "attended", "spoke", "inspected", "accompanied")



@dataclass(frozen=True)
class Span:
    """A piece of article text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Article:
    """One article after loading, normalisation and splitting.

    `text` is the normalised body (headline excluded); `title` the headline with
    whitespace collapsed. `source` is the file path or URL, `index` the article's position
    in that source. `id` is derived from the content, so the same text gets the same id.

    `publisher` is the declared source the article belongs to (a paper's or website's
    name, or a URL: front matter or JSON Lines `source`, `kg ingest --source`, an index
    entry), `home` that source's home locality as printed ("河南省郑州市"); both None when
    not declared (kg.resolve.refs.source_scope then falls back to the URL's host or the
    file's name).
    """

    title: str
    text: str
    source: str
    index: int = 0
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    home: str | None = None

    @property
    def id(self) -> str:
        return "a-" + content_hash(self.title, self.text)[:20]

    @property
    def content_hash(self) -> str:
        # a declared source or home changes how the article resolves: a new version
        extra = (self.publisher or "", self.home or "") if (self.publisher or self.home) else ()
        return content_hash(self.title, self.text, self.published or "", *extra)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its span in the text and its position."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """Where a fact was read: the span of the words and the sentence holding them."""

    text: str
    start: int
    end: int
    sentence: int  # index into the article's sentences
    sentence_start: int
    sentence_end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "sentence_span": [self.sentence_start, self.sentence_end],
        }


@dataclass(frozen=True)
class Post:
    """A position held: organisation (None when unknown) and title."""

    org: str | None
    title: str
    mention: Mention | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Person:
    name: str
    posts: tuple[Post, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Reporter:
    name: str
    role: str
    mention: Mention | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Participant:
    name: str
    role: str
    mention: Mention | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Event:
    type: str
    date: str | None
    places: tuple[str, ...]
    participants: tuple[Participant, ...]
    summary: str = ""
    mention: Mention | None = field(default=None, compare=False)
    # each place with the administrative containers printed before it ("梧桐办事处郭庄社区"
    # for 郭庄社区; kg.extract.containers), for the graph's PART_OF; () when not known
    printed_places: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ArticleRecord:
    """What extraction found in one article."""

    article: Article
    reporters: tuple[Reporter, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), compare=False)

    def to_json(self, *, provenance: bool = True) -> dict[str, Any]:
        """The record in the shape of ../shared/gold/FORMAT.md, plus provenance keys."""
        a = self.article

        def mj(m: Mention | None) -> dict[str, Any] | None:
            return m.to_json() if (m is not None and provenance) else None

        out: dict[str, Any] = {
            "title": a.title,
            "published": a.published,
            "reporters": [{"name": r.name, "role": r.role} for r in self.reporters],
            "people": [
                {"name": p.name, "posts": [{"org": q.org, "title": q.title} for q in p.posts]}
                for p in self.people
            ],
            "events": [
                {
                    "type": e.type,
                    "date": e.date,
                    "places": list(e.places),
                    "participants": [{"name": x.name, "role": x.role} for x in e.participants],
                }
                for e in self.events
            ],
        }
        if provenance:
            out["id"] = a.id
            out["source"] = a.source
            out["index"] = a.index
            for k, v in (("url", a.url), ("publisher", a.publisher), ("home", a.home)):
                if v:  # declared by front matter, JSON Lines, --source/--home or an index
                    out[k] = v
            for r, rj in zip(self.reporters, out["reporters"]):
                rj["mention"] = mj(r.mention)
            for p, pj in zip(self.people, out["people"]):
                pj["mentions"] = [mj(m) for m in p.mentions]
                for q, qj in zip(p.posts, pj["posts"]):
                    qj["mention"] = mj(q.mention)
            for e, ej in zip(self.events, out["events"]):
                ej["summary"] = e.summary
                ej["mention"] = mj(e.mention)
                for x, xj in zip(e.participants, ej["participants"]):
                    xj["mention"] = mj(x.mention)
        return out
