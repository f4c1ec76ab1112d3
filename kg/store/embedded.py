"""The embedded store: a networkx MultiDiGraph kept in one local JSON file.

File format: JSON (`{"format": "kg-embedded-store", "version": 1, "nodes": [...],
"rels": [...], "checksum": "sha256:<hex>"}`), not pickle. The checksum is the SHA-256 of the
file's bytes without that last member; a mismatch (a flipped bit, a hand edit) and a wrong
structure (no `nodes`, a node without `label`, a relationship to a missing node ...) are
refused on load with one StoreError, and the file is left as it is. A file written before
checksums is read and gets one on its next save. Every property is a string, number or list already (the
same values Neo4j can hold), so JSON loses nothing; unlike pickle it is safe to open
whatever file `--store` points at (unpickling runs code), it does not depend on the
Python or networkx version that wrote it, and a person can read or diff it.

Writes are atomic and serialised: a writer takes a file lock (`<store>.lock`, filelock),
re-reads the file, applies the whole batch in memory, writes a temporary file next to the
store, fsyncs it and `os.replace`s it over the store. A crash or error leaves the old
file (a writer killed mid-write also leaves its temporary file, which the next writer
removes: under the lock no other write is in progress); a second writer waits for the
lock (up to `lock_timeout` seconds) and then fails with a clear StoreError. `kg ingest`
holds the same lock from reading the stored state to its last batch (`exclusive`), so a
second ingest waits for the whole first one, which saves its batches at most every
`flush_seconds` (KG_EMBEDDED_FLUSH_SECONDS, default 30) and when it ends, since every save
rewrites the whole file. A batch that fails is dropped with the batches not yet saved
(the file keeps the last save); the rerun of the ingest adds them. The lock is the OS's
(flock): a killed writer releases it. Readers need no lock: they load the file lazily, on first use, and again
only when it has changed on disk.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx
from filelock import FileLock, Timeout

from kg.atomic import write_atomic
from kg.errors import NotFound, StoreError
from kg.graph.model import GraphBatch, Node, Rel, apply_props, drop_article
from kg.store.base import Store
from kg.store import embedded_lookups  # noqa: F401  registers the lookup twins
from kg.store import embedded_view  # noqa: F401  registers the `kg view` twins
from kg.store.embedded_queries import QUERIES

FORMAT = "kg-embedded-store"
VERSION = 1


class EmbeddedStore(Store):
    backend = "embedded"

    def __init__(self, path: str | os.PathLike, lock_timeout: float = 30.0, flush_seconds: float = 0.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.flush_seconds = flush_seconds
        self._held = 0  # depth of `exclusive`
        self._pending = False  # whole batches applied in memory, not yet saved
        self._saved_at = 0.0
        # one lock object per store: it is re-entrant (a batch written inside `exclusive`)
        self._lock = FileLock(str(self.path) + ".lock", timeout=lock_timeout)
        self._g: nx.MultiDiGraph | None = None
        self._stamp: tuple[int, int] | None = None

    def where(self) -> str:
        return str(self.path)

    # -- file ------------------------------------------------------------------------
    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _load(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        if not self.path.exists():
            return g
        try:
            raw = self.path.read_bytes()
            data = json.loads(raw.decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
            raise StoreError(f"cannot read the embedded store {self.path}: {e}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StoreError(f"{self.path} is not a kg embedded store (no \"format\": \"{FORMAT}\")")
        if data.get("version") != VERSION:
            raise StoreError(f"{self.path} has store version {data.get('version')!r}; this kg reads {VERSION}")
        _verify_checksum(self.path, raw, data)
        problem = _structure_problem(data)
        if problem:
            raise StoreError(f"the embedded store {self.path} is damaged ({problem}); it was left as it is")
        for n in data["nodes"]:
            g.add_node(n["key"], label=n["label"], **n["props"])
        for r in data["rels"]:
            g.add_edge(r["start"], r["end"], key=r["key"])
            g.edges[r["start"], r["end"], r["key"]].update(type=r["type"], **r["props"])
        return g

    def _save(self, g: nx.MultiDiGraph) -> None:
        data = {"format": FORMAT, "version": VERSION,
                "nodes": [{"label": d["label"], "key": k, "props": _props(d, "label")}
                          for k, d in sorted(g.nodes(data=True))],
                "rels": [{"type": d["type"], "key": k, "start": s, "end": e, "props": _props(d, "type")}
                         for s, e, k, d in sorted(g.edges(keys=True, data=True), key=lambda x: x[2])]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # temp file, fsync, rename (kg.atomic); its name is what `_writing` cleans up
            write_atomic(self.path, _with_checksum(json.dumps(data, ensure_ascii=False, separators=(",", ":"))),
                         prefix=self.path.name + ".", private=True)  # C encoder; temp file, fsync, rename
        except (OSError, TypeError, ValueError) as e:
            raise StoreError(f"cannot write the embedded store {self.path}: {e}") from None

    def graph(self) -> nx.MultiDiGraph:
        """The graph, loaded lazily and reloaded when the file changed on disk."""
        stamp = self._file_stamp()
        if self._g is None or stamp != self._stamp:
            self._g, self._stamp = self._load(), stamp
        return self._g

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        lock = self._lock
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except Timeout:
            raise StoreError(f"the embedded store {self.path} is locked by another kg process "
                             f"(waited {self.lock_timeout:g} s for {lock.lock_file}); try again when it is done") from None
        except OSError as e:
            raise StoreError(f"cannot lock the embedded store {self.path}: {e}") from None
        self._held += 1
        if self._held == 1:
            self._saved_at = time.monotonic()
        try:
            yield
        finally:
            self._held -= 1
            try:
                if self._held == 0 and self._pending:
                    self._flush()  # whole batches only: a failed batch dropped its changes
            finally:
                lock.release()  # re-entrant: one release per acquire

    def _flush(self) -> None:
        g = self._g
        self._g, self._pending = None, False
        if g is not None:
            self._save(g)
            self._g, self._stamp = g, self._file_stamp()
        self._saved_at = time.monotonic()

    @contextmanager
    def _writing(self) -> Iterator[nx.MultiDiGraph]:
        with self.exclusive():
            for stale in self.path.parent.glob(glob.escape(self.path.name) + ".*.tmp"):
                stale.unlink(missing_ok=True)  # left by a writer killed mid-write
            # the cached graph when the file is unchanged (or holds this ingest's unsaved
            # batches), else fresh from disk (another process wrote); on any error the
            # cache, with any unsaved batches, is dropped and the file is untouched
            g = self.graph()
            self._g, self._pending = None, False
            yield g
            self._g, self._pending = g, True
            # inside a longer `exclusive` (an ingest), save at most every flush_seconds
            # and when it ends: rewriting the whole file for every batch grows with the store
            if self._held == 1 or time.monotonic() - self._saved_at >= self.flush_seconds:
                self._flush()

    # -- interface -------------------------------------------------------------------
    def init(self) -> list[dict[str, Any]]:
        if self.path.exists():
            self.graph()  # validates the file
            return [{"item": str(self.path), "status": "exists"}]
        with self._writing():
            pass
        return [{"item": str(self.path), "status": "created"}]

    def write(self, batch: GraphBatch, replace: Sequence[str] = ()) -> None:
        with self._writing() as g:
            for aid in replace:
                _forget(g, aid)
            for n in batch.nodes:
                old = g.nodes[n.key] if n.key in g else None
                props = apply_props(_props(old, "label") if old is not None else None, n.props)
                if old is None:
                    g.add_node(n.key)
                g.nodes[n.key].clear()
                g.nodes[n.key].update(label=n.label, **props)
            for r in batch.rels:
                if r.start_key not in g or r.end_key not in g:
                    continue  # as the Cypher MATCH does
                k = r.key
                old = g.edges[r.start_key, r.end_key, k] if g.has_edge(r.start_key, r.end_key, k) else None
                props = apply_props(_props(old, "type") if old is not None else None, r.props)
                if old is None:
                    g.add_edge(r.start_key, r.end_key, key=k)
                d = g.edges[r.start_key, r.end_key, k]
                d.clear()
                d.update(type=r.type, **props)

    def forget_ids(self, ids: Sequence[str]) -> None:
        with self._writing() as g:
            for aid in ids:
                _forget(g, aid)

    def query(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        fn = QUERIES.get(name)
        if fn is None:
            raise NotFound(f"the embedded store has no query named {name!r}")
        return fn(self.graph(), **params)

    def snapshot(self) -> tuple[list[Node], list[Rel]]:
        return _snapshot(self.graph())

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backend": self.backend, "where": str(self.path),
                               "version": f"networkx {nx.__version__}, file format {VERSION}"}
        try:
            out["exists"] = self.path.exists()
            out["counts"] = self.counts()
            out["reachable"] = True
        except StoreError as e:
            out["reachable"] = False
            out["error"] = str(e)
        return out


_CHECKSUM = re.compile(rb',"checksum":"sha256:([0-9a-f]{64})"\}\s*\Z')
_SCALARS = (str, int, float, bool)


def _with_checksum(text: str) -> str:
    """The store's JSON text (an object) with a last member `"checksum": "sha256:<hex>"`, the
    SHA-256 of the text without that member (the bytes of the file up to it, and `}`)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f'{text[:-1]},"checksum":"sha256:{digest}"}}'


def _verify_checksum(path: Path, raw: bytes, data: dict) -> None:
    """Refuse a file whose content does not match its checksum (a bit flip, a hand edit, a
    torn copy). A file written before checksums (no `checksum`) is accepted; it gets one
    on its next save."""
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


def _props(d: Any, drop: str) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != drop}


def _forget(g: nx.MultiDiGraph, aid: str) -> None:
    """Mirror of queries/forget_article.cypher."""
    published = {k: d.get("published") for k, d in g.nodes(data=True)
                 if d.get("label") == "Article" and k != aid}
    for s, e, k, d in list(g.edges(keys=True, data=True)):
        if aid in (d.get("articles") or ()):
            new = drop_article(_props(d, "type"), aid, published)
            if new is None:
                g.remove_edge(s, e, k)
            else:
                t = d["type"]
                d.clear()
                d.update(type=t, **new)
    for n, d in list(g.nodes(data=True)):
        if aid in (d.get("articles") or ()):
            new = drop_article(_props(d, "label"), aid, published)
            if new is None:
                g.remove_node(n)
            else:
                label = d["label"]
                d.clear()
                d.update(label=label, **new)
    if aid in g:
        g.remove_node(aid)


def _snapshot(g: nx.MultiDiGraph) -> tuple[list[Node], list[Rel]]:
    nodes = [Node(d["label"], k, _props(d, "label")) for k, d in sorted(g.nodes(data=True))]
    rels = [Rel(d["type"], s, e, _props(d, "type"))
            for s, e, k, d in sorted(g.edges(keys=True, data=True), key=lambda x: x[2])]
    return nodes, rels
