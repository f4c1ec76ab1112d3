"""The embedded store's former file format (version 1, kg before SQLite): one JSON file
`{"format": "kg-embedded-store", "version": 1, "nodes": [...], "rels": [...],
"checksum": "sha256:<hex>"}`, the checksum being the SHA-256 of the file's bytes without
that last member.

kg no longer writes it: `read_legacy` reads such a file (checksum and structure checked
as before; a damaged one is refused and left as it is) so that kg.store.embedded can
migrate it to the SQLite format, keeping the old file beside it as `<store>.json.bak`.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.graph.model import Node, Rel

FORMAT = "kg-embedded-store"
VERSION = 1
_CHECKSUM = re.compile(rb',"checksum":"sha256:([0-9a-f]{64})"\}\s*\Z')
_SCALARS = (str, int, float, bool)


def looks_like_json(head: bytes) -> bool:
    """Whether a file starting with `head` is JSON text (an object), not a SQLite database."""
    return head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"{"


def read_legacy(path: Path) -> tuple[list[Node], list[Rel]]:
    """Nodes and relationships of a version-1 JSON store; StoreError naming the file when it
    is not one, is damaged, or is of another version."""
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise StoreError(f"cannot read the embedded store {path}: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(f"{path} is not a kg embedded store (neither kg's SQLite database nor its "
                         f"former JSON file with \"format\": \"{FORMAT}\"); it was left as it is")
    if data.get("version") != VERSION:
        raise StoreError(f"{path} has JSON store version {data.get('version')!r}; this kg migrates "
                         f"version {VERSION}; it was left as it is")
    _verify_checksum(path, raw, data)
    problem = _structure_problem(data)
    if problem:
        raise StoreError(f"the embedded store {path} is damaged ({problem}); it was left as it is")
    nodes = [Node(n["label"], n["key"], n["props"]) for n in data["nodes"]]
    rels = [Rel(r["type"], r["start"], r["end"], r["props"]) for r in data["rels"]]
    keys = {r["key"] for r in data["rels"]}
    if len(keys) != len(rels) or any(r.key != x["key"] for r, x in zip(rels, data["rels"])):
        raise StoreError(f"the embedded store {path} is damaged (a relationship key does not match "
                         "its type and ends); it was left as it is")
    return nodes, rels


def _verify_checksum(path: Path, raw: bytes, data: dict) -> None:
    """Refuse a file whose content does not match its checksum (a bit flip, a hand edit, a
    torn copy). A file written before checksums (no `checksum`) is accepted."""
    if "checksum" not in data:
        return
    m = _CHECKSUM.search(raw)
    if m is None or hashlib.sha256(raw[:m.start()] + b"}").hexdigest() != m.group(1).decode():
        raise StoreError(f"the embedded store {path} is damaged: its content does not match its checksum "
                         "(changed on disk since kg wrote it); it was left as it is: restore a backup, or "
                         "delete it and ingest again")


def _structure_problem(data: dict) -> str | None:
    """What is wrong with the structure of a store's JSON, or None."""
    extra = set(data) - {"format", "version", "nodes", "rels", "checksum"}
    if extra:
        return f"unknown member {sorted(extra)[0]!r}"
    nodes, rels = data.get("nodes"), data.get("rels")
    if not isinstance(nodes, list) or not isinstance(rels, list):
        return '"nodes" and "rels" must be lists'
    keys: set[str] = set()
    for i, n in enumerate(nodes):
        if problem := _item_problem(n, ("label", "key")):
            return f"node {i}: {problem}"
        keys.add(n["key"])
    for i, r in enumerate(rels):
        if problem := _item_problem(r, ("type", "key", "start", "end")):
            return f"relationship {i}: {problem}"
        for end in ("start", "end"):
            if r[end] not in keys:
                return f"relationship {i}: its {end} node {r[end]!r} is not in the store"
    return None


def _item_problem(item: Any, fields: tuple[str, ...]) -> str | None:
    if not isinstance(item, dict):
        return "not an object"
    for f in fields:
        if not isinstance(item.get(f), str) or not item[f]:
            return f"no {f!r} text"
    props = item.get("props")
    if not isinstance(props, dict):
        return '"props" is not an object'
    for k, v in props.items():
        if k in fields[:1] or not (v is None or isinstance(v, _SCALARS)
                                   or (isinstance(v, list) and all(isinstance(x, _SCALARS) for x in v))):
            return f"property {k!r} is not a value kg stores"
    return None
