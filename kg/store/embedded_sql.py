"""The embedded store's file: one SQLite database (standard library `sqlite3`), its tables,
and how a node or relationship is stored in a row.

Tables: `meta` (format and version), `nodes` (key, label, properties as JSON, and copies
of the properties lookups filter on: name, source, origin, scope, sig, published),
`rels` (key, type, start, end, properties as JSON, and the HOLDS title), `support`
(article id → the nodes and relationships that list it in `articles`: what `forget`
visits) and `aliases` (printed names of a node: what district lookups match). Every row
of `nodes` and `rels` carries a CRC-32 of all its columns, checked whenever it is read:
a flipped bit in a stored fact is refused as damage, never read as another value.

The file is in WAL mode (readers see the last committed transaction and never wait for a
writer), with `synchronous=FULL` (a committed batch survives a crash of the process or
the machine).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

FORMAT = "kg-embedded-store"
VERSION = 2  # 1 was the JSON file (kg.store.embedded_json)
MAGIC = b"SQLite format 3\x00"
NODE_COLUMNS = ("name", "source", "origin", "scope", "sig", "published")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL,
  name TEXT, source TEXT, origin TEXT, scope TEXT, sig TEXT, published TEXT,
  props TEXT NOT NULL, crc INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_label_name ON nodes (label, name);
CREATE INDEX IF NOT EXISTS nodes_source ON nodes (source) WHERE source IS NOT NULL;
CREATE INDEX IF NOT EXISTS nodes_origin_scope ON nodes (origin, scope, label) WHERE origin IS NOT NULL;
CREATE INDEX IF NOT EXISTS nodes_sig ON nodes (sig) WHERE sig IS NOT NULL;
CREATE TABLE IF NOT EXISTS rels (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
  start TEXT NOT NULL, "end" TEXT NOT NULL, title TEXT,
  props TEXT NOT NULL, crc INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rels_start ON rels (start, type);
CREATE INDEX IF NOT EXISTS rels_end ON rels ("end", type);
CREATE INDEX IF NOT EXISTS rels_type_title ON rels (type, title);
CREATE TABLE IF NOT EXISTS support (
  article TEXT NOT NULL, item TEXT NOT NULL, is_rel INTEGER NOT NULL,
  PRIMARY KEY (article, item)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS aliases (
  alias TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (alias, key)) WITHOUT ROWID;
"""

_SCALARS = (str, int, float, bool)
_PLAIN = frozenset(_SCALARS)


class Damaged(Exception):
    """A row whose checksum does not match its content."""


def connect(path: str | Path, timeout: float, read_only: bool = False) -> sqlite3.Connection:
    """A connection to an existing file (never creating one) in autocommit mode (kg opens
    its own transactions), fsync on commit; `read_only` for a look at what the file is."""
    uri = f"file:{quote(str(Path(path).absolute()))}?mode={'ro' if read_only else 'rw'}"
    db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA cache_size=-32000")  # 32 MiB of pages
    db.execute("PRAGMA temp_store=MEMORY")
    return db


def create(db: sqlite3.Connection) -> None:
    """The tables, indexes and the format row (idempotent; in the caller's write
    transaction; a writer runs it on every store it opens, so that an index added to the
    schema is built once in a store made before)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?), ('version', ?)", (FORMAT, str(VERSION)))


def format_problem(db: sqlite3.Connection) -> str | None:
    """Why this SQLite database is not a kg store this kg reads, or None."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables:
        return f'not a kg embedded store (a SQLite database without kg\'s "meta" table)'
    meta = dict(db.execute("SELECT name, value FROM meta"))
    if meta.get("format") != FORMAT:
        return f'not a kg embedded store (format {meta.get("format")!r})'
    if meta.get("version") != str(VERSION):
        return f"store version {meta.get('version')!r}; this kg reads {VERSION}"
    missing = {"nodes", "rels", "support", "aliases"} - tables
    if missing:
        return f"damaged (no {sorted(missing)[0]!r} table)"
    return None


# -- rows ---------------------------------------------------------------------------
def dumps(props: Mapping[str, Any]) -> str:
    """Properties as JSON text; ValueError for a value Neo4j could not hold either."""
    for k, v in props.items():
        t = type(v)
        if t in _PLAIN or v is None:
            continue
        if not ((t is list or t is tuple) and _PLAIN.issuperset(map(type, v))) and not isinstance(v, _SCALARS):
            raise ValueError(f"property {k!r} is not a value kg stores ({t.__name__})")
    return json.dumps(props, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def crc(*columns: Any) -> int:
    text = "\x1f".join("\x00" if c is None else str(c) for c in columns)
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def node_row(key: str, label: str, props: Mapping[str, Any]) -> tuple:
    """(key, label, name, source, origin, scope, sig, published, props, crc)."""
    cols = [_text(props.get(c)) for c in NODE_COLUMNS]
    if label != "Article":
        cols[NODE_COLUMNS.index("published")] = None
    text = dumps(props)
    return (key, label, *cols, text, crc(key, label, *cols, text))


def rel_row(key: str, type_: str, start: str, end: str, props: Mapping[str, Any]) -> tuple:
    """(key, type, start, end, title, props, crc)."""
    title = _text(props.get("title")) if type_ == "HOLDS" else None
    text = dumps(props)
    return (key, type_, start, end, title, text, crc(key, type_, start, end, title, text))


def _text(v: Any) -> str | None:
    return v if isinstance(v, str) else None


NODE_SELECT = "SELECT key, label, name, source, origin, scope, sig, published, props, crc FROM nodes"
REL_SELECT = 'SELECT key, type, start, "end", title, props, crc FROM rels'


def node_of(row: tuple) -> tuple[str, str, dict[str, Any]]:
    """(key, label, props) of a `NODE_SELECT` row; Damaged when its checksum fails."""
    if crc(*row[:-1]) != row[-1]:
        raise Damaged(f"node {row[0]!r}")
    return row[0], row[1], _loads(row[-2], row[0])


def rel_of(row: tuple) -> tuple[str, str, str, str, dict[str, Any]]:
    """(key, type, start, end, props) of a `REL_SELECT` row; Damaged when its checksum fails."""
    if crc(*row[:-1]) != row[-1]:
        raise Damaged(f"relationship {row[0]!r}")
    return row[0], row[1], row[2], row[3], _loads(row[-2], row[0])


def check(db: sqlite3.Connection) -> str | None:
    """What is wrong with the whole file, or None: SQLite's integrity_check (pages, b-trees,
    indexes against their tables), then every row's checksum (`kg status`)."""
    result = db.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        return str(result[0][0])
    for what, select in (("node", NODE_SELECT), ("relationship", REL_SELECT)):
        for row in db.execute(select):
            if crc(*row[:-1]) != row[-1]:
                return f"{what} {row[0]!r} does not match its checksum"
    return None


def _loads(text: str, key: str) -> dict[str, Any]:
    try:
        props = json.loads(text)
    except (TypeError, ValueError) as e:
        raise Damaged(f"{key!r}: {e}") from None
    if not isinstance(props, dict):
        raise Damaged(f"{key!r}: properties are not an object")
    return props


def chunks(items: Iterable[str], size: int = 500):
    """Lists of at most `size` items (SQLite binds at most 32766 parameters)."""
    batch: list[str] = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def marks(n: int) -> str:
    return ",".join("?" * n)
