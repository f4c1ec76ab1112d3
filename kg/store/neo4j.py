"""The Neo4j store: the official driver, batched `UNWIND $rows ... MERGE` writes.

Connection from NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE (kg.config).
`bolt://` and `neo4j://` (routing: cluster, Aura) URIs both work; every session names the
database when NEO4J_DATABASE is set. Writes run in managed transactions
(`session.execute_write`, which the driver retries on transient errors), one transaction
per batch of whole articles, so an article is in the store whole or not at all. Writes
MERGE on the `key` uniqueness constraints of schema/constraints.cypher. Every driver error
becomes a StoreError of one line naming NEO4J_URI (never the password).

`exclusive()` (held by `kg ingest`) is a server-side writer lock: an open, never committed
transaction holding the unique-key lock of queries/writer_lock.cypher. Another ingest waits
for it (up to `lock_timeout` seconds, then a clear StoreError); it is released when the
ingest ends, and by the server when the ingest's connection dies (kill -9, crash, restart).
Each write first checks that the lock is still held, so a batch retried after a server
restart fails instead of writing unlocked. The driver retries a failed transaction for
RETRY_SECONDS: a stopped server fails an ingest within seconds, and the rerun (idempotent)
completes it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import (AuthError, ConfigurationError, DriverError, Neo4jError,
                              ServiceUnavailable)

from kg.config import Neo4jSettings, redact_uri
from kg.store.cypher import load_query, statements
from kg.errors import StoreError
from kg.graph.model import LABELS, GraphBatch, Node, Rel, to_rows
from kg.store.base import Store

# The driver logs retries and notifications as warnings; kg reports errors itself.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CHUNK = 2000  # rows per UNWIND statement (all inside the batch's one transaction)
RETRY_SECONDS = 10.0  # the driver's retries of a transaction (its default: 30 s)


class Neo4jStore(Store):
    backend = "neo4j"

    def __init__(self, settings: Neo4jSettings, lock_timeout: float = 300.0) -> None:
        self.settings = settings
        self.lock_timeout = lock_timeout
        self._driver: neo4j.Driver | None = None
        self._lock_tx: neo4j.Transaction | None = None  # held inside `exclusive`

    def where(self) -> str:
        db = f" database {self.settings.database}" if self.settings.database else ""
        return f"NEO4J_URI={self.settings.shown_uri}{db}"

    def _error(self, e: Exception) -> StoreError:
        s = self.settings
        if isinstance(e, AuthError):
            msg = f"Neo4j at NEO4J_URI={s.shown_uri} refused the credentials of NEO4J_USERNAME={s.username}"
        elif isinstance(e, ServiceUnavailable):
            msg = f"cannot reach Neo4j at NEO4J_URI={s.shown_uri}"
        elif isinstance(e, ConfigurationError):
            msg = f"NEO4J_URI={s.shown_uri} is not usable"
        else:
            msg = f"Neo4j at {self.where()} failed"
        detail = " ".join(str(getattr(e, "message", None) or e).split())
        for secret in _secrets(s):
            detail = detail.replace(secret, "***")
        detail = redact_uri(detail)
        return StoreError(f"{msg}: {detail[:300]}" if detail else msg)

    def driver(self) -> neo4j.Driver:
        if self._driver is None:
            s = self.settings
            scheme = s.uri.split("://", 1)[0] if "://" in s.uri else ""
            if scheme not in SCHEMES:
                raise StoreError(f"NEO4J_URI={s.shown_uri} is not a Neo4j URI: use one of "
                                 + ", ".join(f"{x}://" for x in SCHEMES))
            if redact_uri(s.uri) != s.uri:
                raise StoreError(f"NEO4J_URI={s.shown_uri} holds credentials: give the URI without them "
                                 "and the user and password in NEO4J_USERNAME and NEO4J_PASSWORD")
            try:
                driver = GraphDatabase.driver(
                    s.uri, auth=(s.username, s.password), notifications_min_severity="OFF",
                    connection_acquisition_timeout=30, connection_timeout=10,
                    max_transaction_retry_time=RETRY_SECONDS)
            except (DriverError, Neo4jError, ValueError) as e:
                raise self._error(e) from None
            try:  # fail fast, before managed transactions start retrying
                driver.verify_connectivity()
            except (DriverError, Neo4jError, OSError) as e:
                driver.close()
                raise self._error(e) from None
            self._driver = driver
        return self._driver

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def _run(self, work, write: bool = False):
        try:
            with self.driver().session(database=self.settings.database) as session:
                return (session.execute_write if write else session.execute_read)(work)
        except (DriverError, Neo4jError, OSError) as e:
            raise self._error(e) from None

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        return self._run(lambda tx: tx.run(cypher, params).data())

    # -- interface -------------------------------------------------------------------
    def init(self) -> list[dict[str, Any]]:
        rows = []
        try:
            with self.driver().session(database=self.settings.database) as session:
                for file in ("constraints", "indexes"):
                    for stmt in statements(file, "schema"):
                        # one managed transaction per command: the driver retries it when
                        # a concurrent `kg init`/`ingest` on a new database deadlocks with it
                        try:
                            session.execute_write(lambda tx, stmt=stmt: tx.run(stmt).consume())
                        except Neo4jError as e:
                            # IF NOT EXISTS still races: another process created the same
                            # index or constraint between the check and the creation
                            if "AlreadyExists" not in str(e.code or ""):
                                raise
                        rows.append({"item": _schema_item(stmt), "status": "ok"})
        except (DriverError, Neo4jError, OSError) as e:
            raise self._error(e) from None
        return rows

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        lock = load_query("writer_lock")
        session = tx = None
        try:
            # first wait at most lock_timeout (a transaction timeout ends the wait) ...
            with self.driver().session(database=self.settings.database) as probe:
                t = probe.begin_transaction(timeout=max(self.lock_timeout, 0.001))
                t.run(lock).consume()
                t.rollback()  # never commit the lock node
            # ... then hold the lock in a transaction without a timeout
            session = self.driver().session(database=self.settings.database)
            tx = session.begin_transaction()
            tx.run(lock).consume()
            self._lock_tx = tx
        except (DriverError, Neo4jError, OSError) as e:
            if session is not None:
                session.close()
            code = str(getattr(e, "code", ""))
            if "LockClientStopped" in code or "TimedOut" in code:
                raise StoreError(f"another kg process is writing to Neo4j at {self.where()} (waited "
                                 f"{self.lock_timeout:g} s for its lock); try again when it is done") from None
            if "ConstraintValidationFailed" in code:  # committed by hand: it would block forever
                raise StoreError(f"a stored WriterLock node blocks writing to Neo4j at {self.where()}; "
                                 "remove it with MATCH (l:WriterLock) DELETE l") from None
            raise self._error(e) from None
        try:
            yield
        finally:
            self._lock_tx = None
            try:
                tx.rollback()
                session.close()
            except (DriverError, Neo4jError, OSError):
                pass  # the connection is gone: the server has rolled the lock back

    def _check_lock(self) -> None:
        """Inside `exclusive`: is the lock still held? (Raises StoreError, which the driver
        does not retry, when its connection broke: the server stopped or restarted.)"""
        if self._lock_tx is None:
            return
        try:
            self._lock_tx.run(load_query("server_version")).consume()
        except (DriverError, Neo4jError, OSError):
            raise StoreError(f"lost the writer lock on Neo4j at {self.where()}: the connection broke "
                             "(server stopped or restarted); run the command again") from None

    def write(self, batch: GraphBatch, replace: Sequence[str] = ()) -> None:
        rows = to_rows(batch)
        forget = statements("forget_article", "queries")
        node_q = {label: load_query("upsert_nodes", label=label) for label in rows["nodes"]}
        rel_q = {k: load_query("upsert_rels", type=k[0], start=k[1], end=k[2]) for k in rows["rels"]}

        def work(tx):
            self._check_lock()
            for aid in replace:
                for stmt in forget:
                    tx.run(stmt, aid=aid).consume()
            for label in LABELS:  # nodes before relationships
                for chunk in _chunks(rows["nodes"].get(label, [])):
                    tx.run(node_q[label], rows=chunk).consume()
            for k in sorted(rows["rels"]):
                for chunk in _chunks(rows["rels"][k]):
                    tx.run(rel_q[k], rows=chunk).consume()

        self._run(work, write=True)

    def forget_ids(self, ids: Sequence[str]) -> None:
        forget = statements("forget_article", "queries")

        def work(tx):
            self._check_lock()
            for aid in ids:
                for stmt in forget:
                    tx.run(stmt, aid=aid).consume()

        self._run(work, write=True)

    def query(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        return self._read(load_query(name), **params)

    def snapshot(self) -> tuple[list[Node], list[Rel]]:
        nodes = [Node(r["label"], r["props"]["key"], _nokey(r["props"])) for r in self.query("snapshot_nodes")]
        rels = [Rel(r["type"], r["start"], r["end"], _nokey(r["props"])) for r in self.query("snapshot_rels")]
        return nodes, rels

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"backend": self.backend, "where": self.where()}
        try:
            v = self.query("server_version")
            out["version"] = " ".join(str(v[0][k]) for k in ("name", "version", "edition")) if v else None
            out["counts"] = self.counts()
            out["reachable"] = True
        except StoreError as e:
            out["reachable"] = False
            out["error"] = str(e)
        return out


def _secrets(s: Neo4jSettings) -> list[str]:
    """The password, and the user-info of NEO4J_URI (`user:password@`) and its parts."""
    out = [s.password] if s.password else []
    userinfo = s.uri.split("://", 1)[-1].split("/", 1)[0].rpartition("@")[0]
    if userinfo:
        out += [userinfo] + [p for p in userinfo.split(":")[1:] if p]
    return sorted((x for x in out if len(x) >= 4), key=len, reverse=True)


def _schema_item(stmt: str) -> str:
    m = re.match(r"CREATE\s+(?:\w+\s+)?(CONSTRAINT|INDEX)\s+(\w+)", stmt)
    return f"{m.group(1).lower()} {m.group(2)}" if m else stmt.split("\n")[0]


def _nokey(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k != "key"}


def _chunks(rows: list[dict]) -> list[list[dict]]:
    return [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]
