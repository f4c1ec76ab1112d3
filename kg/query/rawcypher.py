"""`kg cypher`: any Cypher on Neo4j, read-only unless the caller says it may write.

Without `write`, a query is first planned with EXPLAIN (which runs nothing): a plan that
writes (query type `w` or `rw`) is refused. Everything else then runs in a READ
transaction (`session.execute_read`), where the server itself rejects any write the plan
did not show (schema commands, procedures that write): that rejection
(Neo.ClientError.Statement.AccessMode) is refused the same way. With `write`, the query
runs as an auto-commit query in a WRITE session, so `CALL { } IN TRANSACTIONS` and schema
commands work too.

The embedded store has no Cypher engine: raw Cypher there raises ConfigError telling the
user to pass `--backend neo4j` (the named helpers, `kg person` and the rest, work on both).
Values in rows are made plain for JSON and tables: nodes become their properties plus
`_labels`, relationships their properties plus `_type`, paths a list of both, temporal
values ISO strings. EXPLAIN and PROFILE of a query returning no rows give the plan, one
operator per row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kg.errors import ConfigError, NotFound, QueryRefused
from kg.store.base import Store

ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"
COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
            "properties_set", "labels_added", "labels_removed", "indexes_added", "indexes_removed",
            "constraints_added", "constraints_removed")
_PREFIX = re.compile(r"^\s*(EXPLAIN|PROFILE)\b", re.I)


def plain(value: Any) -> Any:
    """A driver value as plain JSON-able Python."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        out: list[Any] = [plain(value.start_node)]
        for rel in value.relationships:
            out += [plain(rel), plain(rel.end_node)]
        return out
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def raw_cypher(store: Store, query: str, params: Mapping[str, Any] | None = None, write: bool = False,
               timeout: float = 60.0) -> list[dict[str, Any]]:
    """Rows of `query` run on Neo4j with `params`; refuses writes unless `write`."""
    if store.backend != "neo4j":
        raise ConfigError(
            f"raw Cypher needs Neo4j: run `kg --backend neo4j cypher ...` (the {store.backend} store "
            "has no Cypher engine; kg person, office, holders, district, events, timeline, coattend "
            "and reporter work on both stores)")
    if not query or not query.strip():
        raise QueryRefused("the Cypher query is empty")
    import neo4j
    from neo4j.exceptions import ClientError, DriverError, Neo4jError

    params = dict(params or {})
    driver, db = store.driver(), store.settings.database  # type: ignore[attr-defined]
    try:
        if write:
            with driver.session(database=db, default_access_mode=neo4j.WRITE_ACCESS) as session:
                result = session.run(neo4j.Query(query, timeout=timeout), params)
                rows = [{k: plain(v) for k, v in r.items()} for r in result]
                counters = result.consume().counters
            return rows or [{k: getattr(counters, k) for k in COUNTERS if getattr(counters, k)}
                            or {"result": "done, nothing changed"}]
        with driver.session(database=db, default_access_mode=neo4j.READ_ACCESS) as session:
            _refuse_writes(session, query, params)

            @neo4j.unit_of_work(timeout=timeout)
            def work(tx):
                result = tx.run(query, params)
                rows = [{k: plain(v) for k, v in r.items()} for r in result]
                return rows or plan_rows(result.consume().plan)

            rows = session.execute_read(work)
    except ClientError as e:
        if e.code == ACCESS_MODE:
            raise QueryRefused("the query writes to the database, and this is a read-only run: "
                               "add --write to run it") from None
        raise QueryRefused(f"Neo4j rejected the query: {e.code}: {' '.join(str(e.message).split())[:300]}") from None
    except (DriverError, Neo4jError, OSError) as e:
        raise store._error(e) from None  # type: ignore[attr-defined]
    if not rows:
        raise NotFound("the query returned no rows")
    return rows


def plan_rows(plan: Mapping[str, Any] | None, depth: int = 0) -> list[dict[str, Any]]:
    """An EXPLAIN / PROFILE plan as rows, one operator per row, children indented."""
    if not plan:
        return []
    args = plan.get("args") or {}
    rows = [{"operator": "  " * depth + str(plan.get("operatorType", "")).split("@")[0],
             "details": args.get("Details"), "estimated_rows": args.get("EstimatedRows"),
             "rows": args.get("Rows"), "db_hits": args.get("DbHits")}]
    for child in plan.get("children") or []:
        rows += plan_rows(child, depth + 1)
    return rows


def _refuse_writes(session, query: str, params: dict[str, Any]) -> None:
    """Plan the query (EXPLAIN runs nothing) and refuse it when the plan writes."""
    m = _PREFIX.match(query)
    if m and m.group(1).upper() == "EXPLAIN":
        return  # a plan only: nothing runs
    inner = query[m.end():] if m else query
    kind = session.run("EXPLAIN " + inner, params).consume().query_type
    if kind in ("w", "rw"):
        raise QueryRefused(f"the query writes to the database (query type {kind!r}) and was not run: "
                           "add --write to run it")
