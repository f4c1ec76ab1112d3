"""Which paper an article belongs to: linking sources that are pages of one paper.

Level-only names (区委, 区长 …) are scoped by source (`kg.resolve.refs.source_scope`: the
declared source, the web host, or the file's name). Pages given one declared source (front
matter, `kg ingest --source`, an index) are one source from the start. A paper kept as one file per page would then split every official
of the paper into one node per page. So a new source is *linked* to an existing scope
(a stored one, or an earlier source of the same batch) when its articles print at least
`MIN_SHARED` of the same (person name, level-only office, title) posts as that scope —
"区委常委、副区长 甲乙" on two pages is the same paper, not a coincidence. A linked
source uses the scope it was linked to for every level-only office, person and place,
and the link is recorded as a Decision (label "Source") for `kg merges`.

A source already in the store keeps the scope it got then (Article.origin → scope), so
re-ingesting and correcting are stable. Linking is online: it never merges two scopes
that already exist, and the order of ingestion decides which scope a page joins.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from kg.model import ArticleRecord
from kg.resolve.decisions import Decision
from kg.resolve.refs import context_of, office_ref, source_scope

MIN_SHARED = 2  # shared (name, level-only office, title) posts needed to link two sources


def post_triples(scope: str, records: Sequence[ArticleRecord]) -> set[tuple[str, str, str]]:
    """(name, office name, title) of every post in a source-scoped (level-only) office."""
    out = set()
    for rec in records:
        ctx = context_of(rec)
        for p in rec.people:
            for q in p.posts:
                if q.org and (o := office_ref(scope, q.org, rec.article.home, ctx)).scope is not None:
                    out.add((p.name, o.name, q.title))
    return out


def resolve_scopes(records: Sequence[ArticleRecord], origins: Mapping[str, str],
                   known_posts: Mapping[str, Sequence[str]]):
    """Article id → scope, and the link decisions.

    `origins`: stored origin → scope. `known_posts`: person name → stored posts as
    "scope|office|title" strings (`KnownPerson.posts`).
    """
    index: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for name, posts in known_posts.items():
        for post in posts:
            scope, office, title = post.split("|", 2)
            index[(name, office, title)].add(scope)
    by_origin: dict[str, list[ArticleRecord]] = {}
    for rec in records:
        by_origin.setdefault(source_scope(rec.article), []).append(rec)
    scope_of: dict[str, str] = {}
    decisions = []
    for origin, recs in by_origin.items():
        triples = post_triples(origin, recs)
        if origin in origins:
            scope_of[origin] = origins[origin]
        else:
            shared: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
            for t in sorted(triples):
                for sc in index.get(t, ()):
                    if sc != origin:
                        shared[sc].append(t)
            ranked = Counter({sc: len(ts) for sc, ts in shared.items()}).most_common()
            best = ranked[0] if ranked else None
            tie = len(ranked) > 1 and ranked[1][1] == ranked[0][1]
            if best and best[1] >= MIN_SHARED and not tie:
                scope_of[origin] = best[0]
                why = ", ".join(f"{n} {o}{t}" for n, o, t in shared[best[0]][:4])
                decisions.append(Decision("merge", "Source", origin, best[0], origin,
                                          f"pages of one paper: shared posts {why}",
                                          recs[0].article.id))
            else:
                scope_of[origin] = origin
        for t in triples:
            index[t].add(scope_of[origin])
    return {r.article.id: scope_of[source_scope(r.article)] for r in records}, decisions
