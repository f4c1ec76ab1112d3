"""The embedded store: the graph in one local SQLite file (kg.store.embedded_sql), no server.

Reading: every named query runs in one read transaction (one consistent snapshot: a
reader never sees half a batch, and never waits for a writer, the file being in WAL
mode) over a `StoredGraph` that loads only the rows the query touches, through indexes.

Writing: `write(batch, replace)` is one SQLite transaction (the replaced articles are
forgotten and the batch merged, or nothing is): an ingest commits batch after batch, and
a crash or a failed batch loses at most the batch in flight. Writers are serialised by a
file lock (`<store>.lock`, filelock; the OS's flock, released when a process dies):
`exclusive()` holds it for a whole ingest (read the stored state, resolve, write), a
second writer waits up to `lock_timeout` seconds and then fails with a clear StoreError.
A store's first write checks the file's structure (`PRAGMA quick_check`); `status` checks
all of it (integrity_check and every row's checksum).

The file is created whole (a temporary file with the tables, renamed into place) with
mode 600; its WAL and shared-memory files get the same mode. A file of the former JSON
format is migrated on first use (kg.store.embedded_json; the old file is kept as
`<store>.json.bak`); any other file is refused with a StoreError naming it, and left as
it is, like a damaged store (a row whose checksum fails, a file SQLite finds malformed).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from kg.errors import NotFound, StoreError
from kg.graph.model import GraphBatch, Node, Rel
from kg.store import embedded_lookups  # noqa: F401  registers the lookup twins
from kg.store import embedded_file as files
from kg.store import embedded_sql as sql
from kg.store import embedded_view  # noqa: F401  registers the `kg view` twins
from kg.store.base import Store
from kg.store.embedded_graph import StoredGraph
from kg.store.embedded_queries import QUERIES, entities_of
from kg.store.embedded_write import forget_all, write_batch

T = TypeVar("T")


class EmbeddedStore(Store):
    backend = "embedded"
    # a batch rewrites each shared row it touches (a district's article list, 100 KiB at
    # 100,000 articles) once: 1,000 articles a batch make that 5 times rarer than 200
    batch_articles = 1000

    def __init__(self, path: str | os.PathLike, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._held = 0  # depth of `exclusive`
        self._checked = False  # the file was checked (quick_check) by this store's first write
        # one lock object per store: it is re-entrant (a batch written inside `exclusive`)
        self._lock = FileLock(str(self.path) + ".lock", timeout=lock_timeout)
        self._mutex = threading.RLock()  # one statement at a time on the connection
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._empty: sqlite3.Connection | None = None

    def where(self) -> str:
        return str(self.path)

    # -- the file --------------------------------------------------------------------
    def _kind(self) -> str:
        """missing (or empty), sqlite, json or other (kg.store.embedded_file.kind)."""
        if self._db is not None and self._pid == os.getpid():
            return "sqlite"
        return files.kind(self.path, self.lock_timeout)

    def _connection(self, write: bool) -> sqlite3.Connection | None:
        """The open connection (None when there is no store yet and this is a read)."""
        if self._db is not None and self._pid == os.getpid():
            return self._db
        self._db = None  # a connection is never used across fork
        kind = self._kind()
        if kind == "json":
            with self.exclusive():  # migrates
                pass
            kind = self._kind()
        if kind == "other":
            raise files.refuse_other(self.path)
        if kind == "missing":
            if not write:
                return None
            files.create(self.path, self.lock_timeout)
        db = self._guard(lambda: sql.connect(self.path, self.lock_timeout))
        problem = self._guard(lambda: sql.format_problem(db))
        if problem:
            db.close()
            raise StoreError(f"{self.path} is {problem}; it was left as it is")
        if write:  # indexes the schema gained since the file was made
            self._guard(lambda: (db.execute("BEGIN IMMEDIATE"), sql.create(db), db.execute("COMMIT")))
        self._db, self._pid = db, os.getpid()
        return db

    def _guard(self, fn: Callable[[], T]) -> T:
        """Run `fn`, turning SQLite's and kg's damage findings into one StoreError."""
        try:
            return fn()
        except sql.Damaged as e:
            raise StoreError(f"the embedded store {self.path} is damaged ({e} does not match its checksum); "
                             "it was left as it is: restore a backup, or delete it and ingest again") from None
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise StoreError(f"the embedded store {self.path} is locked by another kg process "
                                 f"(waited {self.lock_timeout:g} s); try again when it is done") from None
            raise StoreError(f"cannot use the embedded store {self.path}: {e}") from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # a flipped bit in stored text
            raise StoreError(f"the embedded store {self.path} is damaged ({e}); it was left as it is: "
                             "restore a backup, or delete it and ingest again") from None

    def _read(self, fn: Callable[[StoredGraph], T]) -> T:
        with self._mutex:
            db = self._connection(write=False)
            if db is None:
                if self._empty is None:
                    self._empty = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                    self._empty.execute("BEGIN")
                    sql.create(self._empty)
                    self._empty.execute("COMMIT")
                db = self._empty

            def run() -> T:
                db.execute("BEGIN")  # one snapshot for the whole query
                try:
                    return fn(StoredGraph(db))
                finally:
                    db.execute("ROLLBACK")

            return self._guard(run)

    def _write(self, fn: Callable[[sqlite3.Connection], None]) -> None:
        with self.exclusive(), self._mutex:
            db = self._connection(write=True)

            def run() -> None:
                db.execute("BEGIN IMMEDIATE")
                try:
                    fn(db)
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")

            try:
                self._guard(run)
            except (ValueError, TypeError) as e:
                raise StoreError(f"cannot write the embedded store {self.path}: {e}") from None

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
        try:
            if self._held == 1:
                self._prepare()
            yield
        finally:
            self._held -= 1
            lock.release()  # re-entrant: one release per acquire

    def _prepare(self) -> None:
        """First thing under the lock: leftovers of a killed writer go, a JSON store is
        migrated; the file's structure is checked (once per store, when it exists)."""
        files.remove_stale(self.path)  # of a writer killed while creating or migrating
        kind = self._kind()
        if kind == "json":
            self._close()
            files.migrate(self.path, self.lock_timeout)
        elif kind == "other":
            raise files.refuse_other(self.path)
        elif kind == "sqlite" and not self._checked:
            with self._mutex:
                db = self._connection(write=True)
                result = self._guard(lambda: db.execute("PRAGMA quick_check").fetchall())
            if result != [("ok",)]:
                raise StoreError(f"the embedded store {self.path} is damaged ({result[0][0]}); it was left as "
                                 "it is: restore a backup, or delete it and ingest again")
            self._checked = True

    # -- interface -------------------------------------------------------------------
    def init(self) -> list[dict[str, Any]]:
        existed = self._kind() != "missing"
        with self.exclusive(), self._mutex:
            self._connection(write=True)
        return [{"item": str(self.path), "status": "exists" if existed else "created"}]

    def write(self, batch: GraphBatch, replace: Sequence[str] = ()) -> None:
        def apply(db: sqlite3.Connection) -> None:
            forget_all(db, replace)
            write_batch(db, batch)

        self._write(apply)

    def forget_ids(self, ids: Sequence[str]) -> None:
        self._write(lambda db: forget_all(db, ids))

    def query(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        fn = QUERIES.get(name)
        if fn is None:
            raise NotFound(f"the embedded store has no query named {name!r}")
        return self._read(lambda g: fn(g, **params))

    def entities(self, articles: Iterable[str] | None = None) -> list[dict[str, Any]]:
        if articles is None:
            return self.query("entities")
        return self._read(lambda g: entities_of(g, list(articles)))

    def snapshot(self) -> tuple[list[Node], list[Rel]]:
        def read(g: StoredGraph) -> tuple[list[Node], list[Rel]]:
            nodes = [Node(*_swap(sql.node_of(row))) for row in g.db.execute(sql.NODE_SELECT)]
            rels = []
            for row in g.db.execute(sql.REL_SELECT):
                _, type_, start, end, props = sql.rel_of(row)
                rels.append(Rel(type_, start, end, props))
            return sorted(nodes, key=lambda n: n.key), sorted(rels, key=lambda r: r.key)

        return self._read(read)

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backend": self.backend, "where": str(self.path),
                               "version": f"SQLite {sqlite3.sqlite_version}, file format {sql.VERSION}"}
        try:
            out["exists"] = self._kind() != "missing"
            problem = self._read(lambda g: sql.check(g.db))  # the whole file: the one command that reads it all
            if problem:
                raise StoreError(f"the embedded store {self.path} is damaged ({problem}); it was left as it is: "
                                 "restore a backup, or delete it and ingest again")
            out["counts"] = self.counts()
            out["reachable"] = True
        except StoreError as e:
            out["reachable"] = False
            out["error"] = str(e)
        return out

    def close(self) -> None:
        with self._mutex:
            self._close()

    def _close(self) -> None:
        db, self._db = self._db, None
        if db is not None and self._pid == os.getpid():
            db.close()


def _swap(node: tuple[str, str, dict]) -> tuple[str, str, dict]:
    key, label, props = node
    return label, key, props
