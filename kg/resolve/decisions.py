"""What the resolver decides and what it reads from the store.

- `Decision`: one merge or near-miss, with its reason (listed by `kg merges`).
- `Known`, `KnownPerson`, `KnownEvent`: the stored persons, events and source scopes a
  batch may resolve to.
- `Stored`: what the resolver asks a store for (`kg.store.base.Store` implements it), so
  `resolve(records, store)` reads what it needs itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Decision:
    kind: str  # "merge" or "near-miss"
    label: str
    name: str
    key: str
    other: str | None
    reason: str
    article: str

    def row(self) -> dict:
        return {"kind": self.kind, "label": self.label, "name": self.name, "key": self.key,
                "other": self.other, "article": self.article, "reason": self.reason}


@dataclass(frozen=True)
class KnownPerson:
    key: str
    name: str
    home: str | None
    home_rank: int | None
    home_level: str | None
    scopes: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()  # "scope|office|title" of posts in source-scoped offices


@dataclass(frozen=True)
class KnownEvent:
    key: str
    sig: str
    participants: frozenset[str]


@dataclass(frozen=True)
class Known:
    """What the store already holds that a batch may resolve to."""

    persons: Mapping[str, tuple[KnownPerson, ...]] = field(default_factory=dict)
    events: Mapping[str, tuple[KnownEvent, ...]] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)  # stored source origin -> scope


class Stored(Protocol):
    """The reads entity resolution needs from a store."""

    def known(self, names: Iterable[str], origins: Iterable[str]) -> Known: ...

    def known_events(self, sigs: Iterable[str]) -> Mapping[str, tuple[KnownEvent, ...]]: ...
