"""Deterministic ids: hashes of canonical identity and content, never of paths or order.

`content_hash` is the digest every id is made from; `node_key` gives a node its key
(label prefix + hash of the canonical key parts), `label_of` reads the label back, and
`rel_key` keys a relationship by (type, start, end, title or role).
"""

from __future__ import annotations

import hashlib

KEY_PREFIX = {"Person": "p", "Office": "o", "District": "d", "Event": "e", "Article": "a"}
_PREFIX_LABEL = {v: k for k, v in KEY_PREFIX.items()}


def content_hash(*parts: str) -> str:
    """A stable hex digest of the given strings (used for ids)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def node_key(label: str, *parts: str) -> str:
    return f"{KEY_PREFIX[label]}-{content_hash(label, *parts)[:16]}"


def label_of(key: str) -> str:
    return _PREFIX_LABEL[key.split("-", 1)[0]]


def rel_key(type_: str, start: str, end: str, qual: str = "") -> str:
    return "r-" + content_hash(type_, start, end, qual)[:20]
