"""Writing the embedded store: a batch of whole articles, and forgetting an article, as SQL
on the caller's open write transaction (kg.store.embedded commits or rolls back).

The semantics are those of the Neo4j store's Cypher (queries/upsert_*.cypher,
forget_article.cypher) and of `kg.graph.model.apply_props` / `drop_article`: a node or
relationship is read by key, merged, and written back with its index columns, its
support rows (which articles list it) and its aliases; nothing else is touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from kg.graph.model import GraphBatch, Node, Rel, apply_props, drop_article
from kg.store.embedded_sql import (NODE_SELECT, REL_SELECT, chunks, marks, node_of, node_row, rel_of,
                                   rel_row)

_PUT_NODE = ("INSERT INTO nodes (key, label, name, source, origin, scope, sig, published, props, crc) "
             "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (key) DO UPDATE SET label = excluded.label, "
             "name = excluded.name, source = excluded.source, origin = excluded.origin, scope = excluded.scope, "
             "sig = excluded.sig, published = excluded.published, props = excluded.props, crc = excluded.crc")
_PUT_REL = ('INSERT INTO rels (key, type, start, "end", title, props, crc) VALUES (?,?,?,?,?,?,?) '
            'ON CONFLICT (key) DO UPDATE SET type = excluded.type, start = excluded.start, "end" = excluded."end", '
            "title = excluded.title, props = excluded.props, crc = excluded.crc")


def _node(db: sqlite3.Connection, key: str) -> tuple[str, dict[str, Any]] | None:
    row = db.execute(f"{NODE_SELECT} WHERE key = ?", (key,)).fetchone()
    return None if row is None else node_of(row)[1:]


def _rel(db: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    row = db.execute(f"{REL_SELECT} WHERE key = ?", (key,)).fetchone()
    return None if row is None else rel_of(row)[4]


class Changes:
    """Rows to write, collected over a batch and sent in a few executemany calls."""

    def __init__(self) -> None:
        self.nodes: list[tuple] = []
        self.rels: list[tuple] = []
        self.support_add: list[tuple] = []
        self.support_del: list[tuple] = []
        self.alias_add: list[tuple] = []
        self.alias_del: list[tuple] = []

    def item(self, item: str, is_rel: bool, old: dict | None, new: dict) -> None:
        """Support rows (article → item) and alias rows for the change from `old` to `new`."""
        before = set((old or {}).get("articles") or ())
        after = set(new.get("articles") or ())
        self.support_del += [(a, item) for a in before - after]
        self.support_add += [(a, item, int(is_rel)) for a in after - before]
        if not is_rel:
            was = set((old or {}).get("aliases") or ())
            now = {a for a in new.get("aliases") or () if isinstance(a, str)}
            self.alias_del += [(a, item) for a in was - now]
            self.alias_add += [(a, item) for a in now - was]

    def flush(self, db: sqlite3.Connection) -> None:
        for sql, rows in (("DELETE FROM support WHERE article = ? AND item = ?", self.support_del),
                          ("DELETE FROM aliases WHERE alias = ? AND key = ?", self.alias_del),
                          (_PUT_NODE, self.nodes), (_PUT_REL, self.rels),
                          ("INSERT OR IGNORE INTO support VALUES (?, ?, ?)", self.support_add),
                          ("INSERT OR IGNORE INTO aliases VALUES (?, ?)", self.alias_add)):
            if rows:
                db.executemany(sql, rows)
        self.__init__()


def put_node(db: sqlite3.Connection, label: str, key: str, props: dict, old: dict | None) -> None:
    c = Changes()
    c.nodes.append(node_row(key, label, props))
    c.item(key, False, old, props)
    c.flush(db)


def put_rel(db: sqlite3.Connection, r: Rel, props: dict, old: dict | None) -> None:
    c = Changes()
    c.rels.append(rel_row(r.key, r.type, r.start_key, r.end_key, props))
    c.item(r.key, True, old, props)
    c.flush(db)


def _stored_nodes(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    out = {}
    for part in chunks(sorted(set(keys))):
        for row in db.execute(f"{NODE_SELECT} WHERE key IN ({marks(len(part))})", part):
            key, label, props = node_of(row)
            out[key] = (label, props)
    return out


def _stored_rels(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for part in chunks(sorted(set(keys))):
        for row in db.execute(f"{REL_SELECT} WHERE key IN ({marks(len(part))})", part):
            out[row[0]] = rel_of(row)[4]
    return out


def write_batch(db: sqlite3.Connection, batch: GraphBatch) -> None:
    """Merge a batch's nodes, then its relationships (one whose end is missing is skipped,
    as the Cypher MATCH does): what is stored is read in a few IN queries, merged in the
    batch's order (`apply_props`), and each changed row written once."""
    stored = _stored_nodes(db, (n.key for n in batch.nodes))
    old = {k: props for k, (_, props) in stored.items()}
    now: dict[str, tuple[str, dict[str, Any]]] = {}
    for n in batch.nodes:
        prev = now[n.key][1] if n.key in now else old.get(n.key)
        now[n.key] = (n.label, apply_props(prev, n.props))
    c = Changes()
    for key, (label, props) in now.items():
        if key in stored and stored[key] == (label, props):
            continue  # unchanged: not rewritten
        c.nodes.append(node_row(key, label, props))
        c.item(key, False, old.get(key), props)
    rels = [(r, r.key) for r in batch.rels]
    ends = {k for r, _ in rels for k in (r.start_key, r.end_key)} - set(now)
    present = set(now) | set(_present(db, ends))
    rels = [(r, k) for r, k in rels if r.start_key in present and r.end_key in present]
    old_rels = _stored_rels(db, (k for _, k in rels))
    merged: dict[str, tuple[Rel, dict[str, Any]]] = {}
    for r, k in rels:
        prev = merged[k][1] if k in merged else old_rels.get(k)
        merged[k] = (r, apply_props(prev, r.props))
    for k, (r, props) in merged.items():
        if old_rels.get(k) == props:
            continue
        c.rels.append(rel_row(k, r.type, r.start_key, r.end_key, props))
        c.item(k, True, old_rels.get(k), props)
    c.flush(db)


def _present(db: sqlite3.Connection, keys: Iterable[str]) -> list[str]:
    out = []
    for part in chunks(sorted(set(keys))):
        out += [k for (k,) in db.execute(f"SELECT key FROM nodes WHERE key IN ({marks(len(part))})", part)]
    return out


def forget(db: sqlite3.Connection, aid: str) -> None:
    """Mirror of queries/forget_article.cypher: facts that only `aid` supported go (a node
    with its relationships), the others lose it from `articles`/`evidence` and get their
    first/last seen from the articles left; then the article itself goes."""
    items = db.execute("SELECT item, is_rel FROM support WHERE article = ?", (aid,)).fetchall()
    rels = [_rel_full(db, k) for k, is_rel in items if is_rel]
    nodes = [_node_full(db, k) for k, is_rel in items if not is_rel]
    rels = [r for r in rels if r is not None]
    nodes = [n for n in nodes if n is not None]
    published = _published(db, [a for x in [*rels, *nodes] for a in x.props.get("articles") or () if a != aid])
    for r in rels:
        new = drop_article(r.props, aid, published)
        if new is None:
            _delete_rel(db, r.key, r.props)
        else:
            put_rel(db, r, new, dict(r.props))
    for n in nodes:
        new = drop_article(n.props, aid, published)
        if new is None:
            _delete_node(db, n.key, n.props)
        else:
            put_node(db, n.label, n.key, new, dict(n.props))
    found = _node(db, aid)
    if found is not None:
        _delete_node(db, aid, found[1])


def forget_all(db: sqlite3.Connection, ids: Sequence[str]) -> None:
    for aid in ids:
        forget(db, aid)


def _rel_full(db: sqlite3.Connection, key: str) -> Rel | None:
    row = db.execute(f"{REL_SELECT} WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    _, type_, start, end, props = rel_of(row)
    return Rel(type_, start, end, props)


def _node_full(db: sqlite3.Connection, key: str) -> Node | None:
    found = _node(db, key)
    return None if found is None else Node(found[0], key, found[1])


def _published(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str | None]:
    """Issue dates of these articles (those that are stored)."""
    out: dict[str, str | None] = {}
    for part in chunks(sorted(set(ids))):
        out.update(db.execute(f"SELECT key, published FROM nodes WHERE +label = 'Article' "
                              f"AND key IN ({marks(len(part))})", part).fetchall())
    return out


def _delete_rel(db: sqlite3.Connection, key: str, props: dict) -> None:
    db.executemany("DELETE FROM support WHERE article = ? AND item = ?", [(a, key) for a in props.get("articles") or ()])
    db.execute("DELETE FROM rels WHERE key = ?", (key,))


def _delete_node(db: sqlite3.Connection, key: str, props: dict) -> None:
    """The node, its support and alias rows, and every relationship at it (DETACH DELETE)."""
    for row in db.execute(f'{REL_SELECT} WHERE start = ? UNION ALL {REL_SELECT} WHERE "end" = ?', (key, key)).fetchall():
        rkey, _, _, _, rprops = rel_of(row)
        _delete_rel(db, rkey, rprops)
    db.executemany("DELETE FROM support WHERE article = ? AND item = ?", [(a, key) for a in props.get("articles") or ()])
    db.executemany("DELETE FROM aliases WHERE alias = ? AND key = ?",
                   [(a, key) for a in props.get("aliases") or () if isinstance(a, str)])
    db.execute("DELETE FROM nodes WHERE key = ?", (key,))


def load_all(db: sqlite3.Connection, nodes: Sequence[Node], rels: Sequence[Rel]) -> None:
    """Store a whole graph as it is (a migration into an empty store): no merging."""
    c = Changes()
    for n in nodes:
        c.nodes.append(node_row(n.key, n.label, dict(n.props)))
        c.item(n.key, False, None, dict(n.props))
    for r in rels:
        k = r.key
        c.rels.append(rel_row(k, r.type, r.start_key, r.end_key, dict(r.props)))
        c.item(k, True, None, dict(r.props))
    c.flush(db)
