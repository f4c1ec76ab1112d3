"""The embedded store's file as a whole: what a path holds, a new store created whole, a
former JSON store migrated, leftovers of a killed writer removed.

A new store is built in a temporary file beside it (`<store>.<pid>-<thread>.tmp`, mode
600: the tables, then WAL mode) and renamed into place, so that a reader never finds a
half-made file; a JSON store (kg.store.embedded_json) is migrated the same way, its file
kept as `<store>.json.bak` (hard link, then rename: at every moment the store's name holds
one whole file). Both run under the writer lock (kg.store.embedded).
"""

from __future__ import annotations

import glob
import os
import sqlite3
import threading
from pathlib import Path

from kg.errors import StoreError
from kg.store import embedded_sql as sql
from kg.store.embedded_json import looks_like_json, read_legacy
from kg.store.embedded_write import load_all


def kind(path: Path, timeout: float) -> str:
    """missing (or empty), sqlite, json or other. The file is opened outside SQLite only
    when SQLite cannot read it: closing any descriptor of a live database would drop the
    SQLite locks this process holds on it (POSIX locks are per process)."""
    try:
        if path.stat().st_size == 0:
            return "missing"
    except FileNotFoundError:
        return "missing"
    except OSError as e:
        raise StoreError(f"cannot read the embedded store {path}: {e.strerror or e}") from None
    try:
        probe = sql.connect(path, timeout, read_only=True)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return "sqlite"
        finally:
            probe.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        pass
    try:  # not a database, so no SQLite lock on it anywhere
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError as e:
        raise StoreError(f"cannot read the embedded store {path}: {e.strerror or e}") from None
    if head.startswith(sql.MAGIC):
        return "sqlite"  # a damaged one: opening it says so
    return "json" if looks_like_json(head) else "other"


def refuse_other(path: Path) -> StoreError:
    return StoreError(f"{path} is not a kg embedded store (neither a SQLite database nor kg's former "
                      "JSON store); it was left as it is")


def remove_stale(path: Path) -> None:
    """Temporary files (and their journals) of a writer killed while creating or migrating."""
    for stale in path.parent.glob(glob.escape(path.name) + ".*.tmp*"):
        stale.unlink(missing_ok=True)


def create(path: Path, timeout: float) -> None:
    """A new, empty store file, whole."""
    _build(path, timeout, None, "cannot write the embedded store")


def migrate(path: Path, timeout: float) -> None:
    """Rewrite a former JSON store as SQLite; the JSON file becomes `<store>.json.bak`."""
    graph = read_legacy(path)  # refuses a damaged one, naming it
    _build(path, timeout, graph, "cannot migrate the embedded store")


def _build(path: Path, timeout: float, graph, failure: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp"
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        db = sql.connect(tmp, timeout)
        try:
            db.execute("BEGIN IMMEDIATE")
            sql.create(db)
            if graph is not None:
                load_all(db, *graph)
            db.execute("COMMIT")
            db.execute("PRAGMA journal_mode=WAL")
        finally:
            db.close()
        _fsync(tmp)
        if graph is not None:
            os.link(path, _free_name(path.with_name(path.name + ".json.bak")))
        os.replace(tmp, path)
        _fsync(path.parent)
    except (OSError, sqlite3.Error, ValueError) as e:
        raise StoreError(f"{failure} {path}: {e}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _free_name(path: Path) -> Path:
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}")
    return candidate
