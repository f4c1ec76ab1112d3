"""What the people step reads before organisations are written out: a person's name where
it is printed (`PersonHit`) with the posts printed with it (`RawPost`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawPost:
    org: str  # raw organisation chunk as printed ("" when none)
    title: str
    start: int
    end: int


@dataclass
class PersonHit:
    name: str
    start: int
    end: int
    posts: list[RawPost] = field(default_factory=list)
    leader: bool = False  # named as 区领导 / 县领导: no post
    list_prev: "PersonHit | None" = None  # the person before in the same "、" list
    # (organisation written out in full or None, title) of each raw post, once resolved
    resolved: list[tuple[str | None, str]] | None = None
