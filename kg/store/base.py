"""The interface both stores implement, and the store-independent parts of it.

A store holds the graph of `kg.graph.model`: it ingests whole-article batches atomically,
forgets articles, counts nodes by label and relationships by type, runs named queries,
and hands out a snapshot (all nodes and relationships) for exports and comparisons.
`exclusive()` is the writer lock: one ingest at a time reads, resolves and writes.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from typing import TYPE_CHECKING

from kg.graph.model import GraphBatch, Node, Rel

if TYPE_CHECKING:  # kg.resolve (and with it the extraction stage) is loaded only by an ingest
    from kg.resolve.decisions import Known, KnownEvent


class Store(ABC):
    backend: str = ""
    # articles per write transaction of an ingest (KG_BATCH_ARTICLES overrides): a crash
    # loses at most one batch; each batch also rewrites the facts every article shares
    batch_articles: int = 200

    # -- lifecycle -------------------------------------------------------------------
    @abstractmethod
    def where(self) -> str:
        """Where the graph lives (file path or NEO4J_URI and database), for messages."""

    @abstractmethod
    def init(self) -> list[dict[str, Any]]:
        """Create the store / apply the schema; idempotent. Rows: item, status."""

    def close(self) -> None:
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------
    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the store's writer lock, so that a whole ingest (read the stored state,
        resolve against it, write its batches) runs alone: entity resolution depends on
        what is stored, and two ingests interleaved would resolve against stale state.
        Waits up to the store's lock timeout, then raises StoreError."""
        yield
    @abstractmethod
    def write(self, batch: GraphBatch, replace: Sequence[str] = ()) -> None:
        """In one transaction: forget the `replace` article ids, then add the batch."""

    @abstractmethod
    def forget_ids(self, ids: Sequence[str]) -> None:
        """Remove these articles and the facts only they supported, in one transaction."""

    def forget(self, target: str) -> list[dict[str, Any]]:
        """Forget an article by id, or every article of a source (path or URL)."""
        sources = list(dict.fromkeys([target, os.path.normpath(target), os.path.abspath(target)]))
        rows = self.query("articles_for", target=target, sources=sources)
        if rows:
            self.forget_ids([r["key"] for r in rows])
        return rows

    # -- reading ---------------------------------------------------------------------
    @abstractmethod
    def query(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run a named query (queries/<name>.cypher, or its embedded twin)."""

    @abstractmethod
    def snapshot(self) -> tuple[list[Node], list[Rel]]:
        """Every node and relationship, sorted by key."""

    @abstractmethod
    def status(self) -> dict[str, Any]:
        """backend, where, reachable, version, and counts when reachable. Never raises."""

    def counts(self) -> dict[str, dict[str, int]]:
        return {"labels": {r["label"]: r["count"] for r in self.query("count_labels")},
                "types": {r["type"]: r["count"] for r in self.query("count_types")}}

    def article_states(self, ids: Iterable[str], sources: Iterable[str]) -> list[dict[str, Any]]:
        return self.query("article_states", ids=sorted(set(ids)), sources=sorted(set(sources)))

    def known(self, names: Iterable[str], origins: Iterable[str]) -> Known:
        """Stored persons with these names (with their posts in source-scoped offices) and
        the scopes stored sources were given (`kg.resolve.resolution.Known`, without events)."""
        from kg.resolve.decisions import Known, KnownPerson  # not at import: a lookup needs none of kg.resolve

        persons: dict[str, list[KnownPerson]] = {}
        for r in self.query("person_candidates", names=sorted(set(names))):
            persons.setdefault(r["name"], []).append(KnownPerson(
                r["key"], r["name"], r.get("home"), r.get("home_rank"), r.get("home_level"),
                tuple(sorted(s for s in r.get("scopes") or [] if s)),
                tuple(sorted(p for p in r.get("posts") or [] if p))))
        stored = {}
        for r in self.query("origin_scopes", origins=sorted(set(origins))):
            stored.setdefault(r["origin"], r["scope"])
        return Known({k: tuple(sorted(v, key=lambda p: p.key)) for k, v in persons.items()},
                     {}, stored)

    def known_events(self, sigs: Iterable[str]) -> dict[str, tuple[KnownEvent, ...]]:
        from kg.resolve.decisions import KnownEvent  # as in `known`

        events: dict[str, list[KnownEvent]] = {}
        for r in self.query("event_candidates", sigs=sorted(set(sigs))):
            events.setdefault(r["sig"], []).append(
                KnownEvent(r["key"], r["sig"], frozenset(r.get("participants") or [])))
        return {k: tuple(sorted(v, key=lambda e: e.key)) for k, v in events.items()}

    def entities(self, articles: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Rows of queries/entities.cypher (for `kg merges`). With `articles`, a store may
        leave out the rows no merge or near-miss involving these articles needs (the
        embedded store does: an ingest's summary then reads what it wrote, not the store)."""
        return self.query("entities")
