"""Stage 2, extract: from one article's text to reporters, people with posts, and events
with roles.

`extract_article(article)` runs `STEPS` over one shared `Doc` (kg.extract.doc); each step
takes the document and returns it, and holds one job:

- `furniture`: blank page furniture (navigation, meta fields, links) out of the text and
  fold traditional characters to simplified ones (offsets kept);
- `sentences`: sentence spans;
- `byline`: reporters (kg.extract.byline);
- `people`: titled and listed people with their raw posts (kg.extract.people, chunks,
  people_lists, names);
- `posts`: each post's organisation written out in full (kg.extract.orgs, org_names, localities,
  locality_check);
- `mentions`: every mention of each person, short forms included;
- `events`: events, dates, places and roles (kg.extract.events, roles, places, dates, triggers,
  containers);
- `printed`: what was read written back in the article's own characters.

May import: kg.model, kg.ids, kg.lexicon, kg.load (for reading files in kg.extract.batch, and
the site's controls a headline never is in kg.extract.furniture), kg.errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.budget import time_budget
from kg.extract.byline import find_byline
from kg.extract.containers import printed_places
from kg.extract.doc import Doc
from kg.extract.events import PersonSpan, build_events
from kg.extract.furniture import mask_furniture, page_date
from kg.extract.memo import gc_paused
from kg.extract.org_names import lowest_locality, written_out
from kg.extract.orgs import OrgResolver
from kg.extract.people import PersonHit, find_people, short_form_occurrences
from kg.extract.places import home_place
from kg.extract.roles import as_hosts
from kg.extract.sentences import SentenceIndex, split_sentences
from kg.extract.dates import DATE_RE, body_year, full_date_year, year_hint
from kg.lexicon.homes import canonical_home
from kg.lexicon.script import Unfolder, fold
from kg.model import Article, ArticleRecord, Event, Mention, Participant, Person, Post, Reporter

__all__ = ["Doc", "STEPS", "extract_article", "extract_articles"]


def furniture(doc: Doc) -> Doc:
    """Page furniture blanked and traditional characters folded to simplified ones: the
    text the rules read, with the same offsets as the printed one."""
    doc.text = mask_furniture(fold(doc.article.text))  # 來源: is read as 来源:
    printed = doc.article.title + "\n" + doc.article.text  # what is read from the headline maps back too
    doc.printed = Unfolder(printed, fold(printed))
    return doc


def sentences(doc: Doc) -> Doc:
    doc.sentences = split_sentences(doc.text)
    doc.index = SentenceIndex(doc.article.text, doc.sentences)
    return doc


def byline(doc: Doc) -> Doc:
    doc.byline = find_byline(doc.text)
    doc.reporters = tuple(Reporter(b.name, b.role, doc.index.mention(b.start, b.end)) for b in doc.byline)
    return doc


def people(doc: Doc) -> Doc:
    spans = [(b.start, b.end) for b in doc.byline]
    doc.hits = [h for h in find_people(doc.text) if not any(s <= h.start < e for s, e in spans)]
    return doc


def posts(doc: Doc) -> Doc:
    """Each raw post's organisation written out in full (`PersonHit.resolved`), then the
    people of the article with their distinct posts."""
    hits = doc.hits
    resolver = OrgResolver(doc.title + "\n" + doc.text, frozenset(h.name for h in hits), offset=len(doc.title) + 1,
                           home=canonical_home(fold(doc.article.home or "")))
    for h in hits:
        prev = None
        if h.list_prev is not None and h.list_prev.resolved:
            prev = h.list_prev.resolved[-1][0]
        h.resolved = []
        for rp in h.posts:
            org = resolver.resolve(rp.org, rp.office_title, prev, rp.start)
            org = written_out(lowest_locality(org)) if org else org  # 龙岗区宝龙街道党工委 → 宝龙街道党工委
            h.resolved.append((org, rp.title))
            prev = org or prev
    names = {b.name for b in doc.byline}
    by_name: dict[str, list[PersonHit]] = {}
    for h in hits:
        by_name.setdefault(h.name, []).append(h)
    doc.people = []
    for name, hs in by_name.items():
        if name in names and not any(h.posts for h in hs):
            continue  # a name seen only in the byline is not a person of the body
        out: list[Post] = []
        seen = set()
        for h in hs:
            for (org, title), rp in zip(h.resolved, h.posts):
                if (org, title) not in seen:
                    seen.add((org, title))
                    out.append(Post(org, title, doc.index.mention(rp.start, rp.end)))
        doc.people.append(Person(name, tuple(out), tuple(doc.index.mention(h.start, h.end) for h in hs)))
    return doc


def mentions(doc: Doc) -> Doc:
    """Every mention of each person: the titled ones, then later bare or short forms
    ("春奎书记") not inside another mention or a longer name."""
    text = doc.text
    kept = {p.name for p in doc.people}
    spans: dict[tuple[int, int], PersonSpan] = {}
    for h in doc.hits:
        if h.name in kept:
            start = h.posts[0].start if h.posts else h.start
            spans[(h.start, h.end)] = PersonSpan(h.name, start, h.start, h.end)
    covered = [False] * (len(text) + 1)  # offsets inside a mention already found
    for sp in spans.values():
        covered[sp.start:sp.name_end] = [True] * (sp.name_end - sp.start)
    titles = {p.name: [q.title for q in p.posts] for p in doc.people}
    names = sorted(titles, key=len, reverse=True)
    for name in names:
        longer = [n for n in names if n != name and len(n) > len(name)]
        occ = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
        occ += short_form_occurrences(text, name, titles[name])
        for s, e in occ:
            if covered[s]:
                continue
            # not part of a longer name: a two-character name inside a three-character one
            if any(text.startswith(n, s) for n in longer):
                continue
            spans[(s, e)] = PersonSpan(name, s, s, e)
            covered[s:e] = [True] * (e - s)
    doc.mentions = sorted(spans.values(), key=lambda p: p.name_start)
    return doc


def events(doc: Doc) -> Doc:
    text, sents = doc.text, doc.sentences
    # the lead: the first two sentences, or past page furniture the sentence with the first day and the next
    dated = next((i for i, s in enumerate(sents[:10]) if DATE_RE.search(text, s.start, s.end)), 0)
    lead_end = sents[min(dated + 1, len(sents) - 1)].end if len(sents) > 1 else len(text)
    doc.published = (doc.article.published or page_date(fold(doc.article.text)) or year_hint(doc.title, text[:lead_end])
                     or full_date_year(doc.title + "\n" + text) or body_year(doc.title + "\n" + text))
    doc.drafts = build_events(text, doc.title, sents, doc.mentions, doc.published)
    # an event is quoted by its first sentence that is not the byline ("□通讯员 X" first)
    bylines = {doc.index.sentence_at(b.start).index for b in doc.byline}
    out = []
    orgs = {p.name: [q.org for q in p.posts if q.org] for p in doc.people}
    home = canonical_home(fold(doc.article.home or ""))  # "在我县召开": the home's county
    for d in doc.drafts:
        while d.first_sentence in bylines and d.first_sentence + 1 < len(sents):
            d.first_sentence += 1
        if d.type == "inspection":
            as_hosts(d.roles, d.evidence, d.places, orgs)
        parts = tuple(Participant(name, role, doc.index.mention(*d.evidence[(name, role)]))
                      for name, roles in d.roles.items() for role in roles)
        s = sents[d.first_sentence] if sents else None
        mention = doc.index.mention(s.start, s.end) if s else None
        summary = doc.article.text[s.start:s.end][:80] if s else ""
        places = tuple(dict.fromkeys(q for p in d.places if (q := home_place(p, home))))
        out.append(Event(d.type, d.date, places, parts, summary, mention, printed_places(text, sents, places)))
    doc.events = tuple(out)
    return doc


def printed(doc: Doc) -> Doc:
    """What was read, in the characters the article printed (traditional ones stay)."""
    pr = doc.printed
    if not pr.back:
        return doc
    doc.reporters = tuple(Reporter(pr(r.name), r.role, r.mention) for r in doc.reporters)
    doc.people = [Person(pr(p.name), tuple(Post(pr(q.org), pr(q.title), q.mention) for q in p.posts), p.mentions)
                  for p in doc.people]
    doc.events = tuple(Event(e.type, e.date, tuple(pr(x) for x in e.places),
                             tuple(Participant(pr(x.name), x.role, x.mention) for x in e.participants),
                             e.summary, e.mention, tuple(pr(x) for x in e.printed_places))
                       for e in doc.events)
    return doc


STEPS: tuple[Callable[[Doc], Doc], ...] = (furniture, sentences, byline, people, posts, mentions, events, printed)


def extract_article(article: Article) -> ArticleRecord:
    """Everything kg reads from one article, with provenance. Raises ExtractionTimeout
    (an InputError) past the article's time budget (kg.extract.budget)."""
    doc = Doc(article)
    with time_budget(article.source, article.index), gc_paused():
        for step in STEPS:
            doc = step(doc)
    return ArticleRecord(article, doc.reporters, tuple(doc.people), doc.events, doc.sentences)


def extract_articles(articles) -> list[ArticleRecord]:
    return [extract_article(a) for a in articles]


# keep Mention importable from here for callers that build records by hand
Mention = Mention
