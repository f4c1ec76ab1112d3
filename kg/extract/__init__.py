"""Extraction: from one article's text to reporters, people with posts, and events with roles.

`extract_article(article)` is the whole stage; the submodules each hold one step:
sentences (spans), byline (reporters), names + people (titled and listed people),
orgs (organisations written out in full), triggers + events (events, dates, places, roles).
"""

from __future__ import annotations

import re

from kg.model import Article, ArticleRecord, Event, Mention, Participant, Person, Post, Reporter
from kg.extract.byline import find_byline
from kg.extract.containers import printed_places
from kg.extract.events import PersonSpan, build_events
from kg.extract.orgs import OrgResolver
from kg.extract.people import PersonHit, find_people, short_form_occurrences
from kg.extract.sentences import SentenceIndex, split_sentences

__all__ = ["extract_article", "extract_articles"]


def _resolve_posts(text: str, title: str, hits: list[PersonHit]) -> dict[int, list[tuple[str | None, str]]]:
    resolver = OrgResolver(title + "\n" + text, frozenset(h.name for h in hits), offset=len(title) + 1)
    resolved: dict[int, list[tuple[str | None, str]]] = {}
    for h in hits:
        prev = None
        if h.list_prev is not None and resolved.get(id(h.list_prev)):
            prev = resolved[id(h.list_prev)][-1][0]
        posts = []
        for rp in h.posts:
            org = resolver.resolve(rp.org, rp.title, prev, rp.start)
            posts.append((org, rp.title))
            prev = org or prev
        resolved[id(h)] = posts
    return resolved


def _mentions(text: str, people: dict[str, list[PersonHit]], titles: dict[str, list[str]]) -> list[PersonSpan]:
    spans: dict[tuple[int, int], PersonSpan] = {}
    for name, hs in people.items():
        for h in hs:
            start = h.posts[0].start if h.posts else h.start
            spans[(h.start, h.end)] = PersonSpan(name, start, h.start, h.end)
    covered = [(s.start, s.name_end) for s in spans.values()]
    names = sorted(people, key=len, reverse=True)
    for name in names:
        occ = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
        occ += short_form_occurrences(text, name, titles.get(name, []))
        for s, e in occ:
            if any(cs <= s < ce for cs, ce in covered):
                continue
            # not part of a longer name: a two-character name inside a three-character one
            if any(n != name and text.startswith(n, s) for n in names if len(n) > len(name)):
                continue
            spans[(s, e)] = PersonSpan(name, s, s, e)
            covered.append((s, e))
    return sorted(spans.values(), key=lambda p: p.name_start)


def extract_article(article: Article) -> ArticleRecord:
    """Everything kg reads from one article, with provenance."""
    text = article.text
    sentences = split_sentences(text)
    idx = SentenceIndex(text, sentences)

    byline = find_byline(text)
    reporters = tuple(Reporter(b.name, b.role, idx.mention(b.start, b.end)) for b in byline)
    byline_names = {b.name for b in byline}
    byline_spans = [(b.start, b.end) for b in byline]

    hits = [h for h in find_people(text)
            if not any(s <= h.start < e for s, e in byline_spans)]
    posts_of = _resolve_posts(text, article.title, hits)
    by_name: dict[str, list[PersonHit]] = {}
    for h in hits:
        by_name.setdefault(h.name, []).append(h)
    # a name seen only in the byline is not a person of the body
    by_name = {n: hs for n, hs in by_name.items() if not (n in byline_names and not any(h.posts for h in hs))}

    people = []
    titles: dict[str, list[str]] = {}
    for name, hs in by_name.items():
        posts: list[Post] = []
        seen = set()
        for h in hs:
            for (org, title), rp in zip(posts_of[id(h)], h.posts):
                if (org, title) not in seen:
                    seen.add((org, title))
                    posts.append(Post(org, title, idx.mention(rp.start, rp.end)))
        titles[name] = [p.title for p in posts]
        people.append(Person(name, tuple(posts), tuple(idx.mention(h.start, h.end) for h in hs)))

    mentions = _mentions(text, by_name, titles)
    drafts = build_events(text, article.title, sentences, mentions, article.published)
    events = []
    for d in drafts:
        parts = tuple(
            Participant(name, role, idx.mention(*d.evidence[(name, role)]))
            for name, roles in d.roles.items() for role in roles
        )
        s = sentences[d.first_sentence] if sentences else None
        mention = idx.mention(s.start, s.end) if s else None
        summary = text[s.start:s.end][:80] if s else ""
        events.append(Event(d.type, d.date, tuple(d.places), parts, summary, mention,
                            printed_places(text, sentences, d.places)))
    return ArticleRecord(article, reporters, tuple(people), tuple(events), sentences)


def extract_articles(articles) -> list[ArticleRecord]:
    return [extract_article(a) for a in articles]


# keep Mention importable from here for callers that build records by hand
Mention = Mention
