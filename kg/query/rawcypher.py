"""`kg cypher`: any Cypher on Neo4j, read-only unless the caller says it may write.

Without `write`, a query is first read for what no transaction mode stops (`_refuse_admin`,
on the query with its comments and string literals blanked out): administration commands
(SHOW ..., TERMINATE ..., and user, role, database, alias and server commands), `USE system`,
`LOAD CSV` (which reads files and fetches URLs), and `CALL` of a procedure whose mode is not
READ (`db.clearQueryCaches()`, `dbms.*`: their mode, DBMS, runs in a READ transaction);
`SHOW INDEXES`, `SHOW CONSTRAINTS`, `SHOW FUNCTIONS` and `SHOW PROCEDURES` only read the
schema and are allowed. Then it is planned with EXPLAIN (which runs nothing): a plan that
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
# Cypher's lexical elements that hide keywords: comments, string literals, `quoted names`
_LEXEMES = re.compile(r"//[^\n\r]*|/\*.*?(?:\*/|\Z)|'(?:[^'\\]|\\.)*(?:'|\Z)|\"(?:[^\"\\]|\\.)*(?:\"|\Z)"
                      r"|`(?:[^`]|``)*(?:`|\Z)", re.S)
_WORD = re.compile(r"[^\W\d]\w*|`(?:[^`]|``)*`|[.$:]\s*(?:[^\W\d]\w*|`(?:[^`]|``)*`)|\S", re.S)
# the first word of an administration command (SHOW, TERMINATE and the commands of system)
ADMIN_VERBS = frozenset({"SHOW", "TERMINATE", "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "DROP", "START",
                         "STOP", "ENABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN"})
ADMIN_OBJECTS = frozenset({"USER", "USERS", "ROLE", "ROLES", "DATABASE", "DATABASES", "ALIAS", "ALIASES",
                           "COMPOSITE", "SERVER", "SERVERS", "PRIVILEGE", "PRIVILEGES", "IMMUTABLE"})
# SHOW commands that only read the schema of the database
SHOW_READS = frozenset({"INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION", "FUNCTIONS",
                        "PROCEDURE", "PROCEDURES"})
SHOW_MODIFIERS = frozenset({"ALL", "BUILT", "IN", "USER", "DEFINED", "RANGE", "TEXT", "POINT", "LOOKUP",
                            "FULLTEXT", "VECTOR", "BTREE", "UNIQUE", "UNIQUENESS", "EXIST", "EXISTENCE",
                            "EXISTS", "NODE", "RELATIONSHIP", "REL", "KEY", "PROPERTY", "TYPE", "LABEL"})


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
            "has no Cypher engine; kg person, office, holders, district, events, timeline, coattendance "
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
            procedures = _refuse_admin(query)
            if procedures:
                _refuse_procedures(session, procedures)
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
        raise rejected(e.code, e.message, query) from None
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


_POSITION = re.compile(r"\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)(?:\s*\n\".*\"\n *\^)?\s*\Z", re.S)


def rejected(code: str | None, message: str | None, query: str, prefix: str = "",
             skipped: int = 0) -> QueryRefused:
    """The server's rejection of `prefix + query[skipped:]` (what kg sent), told about
    `query` as the user typed it: the error's line, column and offset in `query`, and the
    line of `query` it is on (the server's echo of the sent text is dropped)."""
    text = str(message or "")
    m = _POSITION.search(text)
    head = " ".join((text[:m.start()] if m else text).split())
    head = head if len(head) <= 240 else head[:239] + "…"
    if not m:
        return QueryRefused(f"Neo4j rejected the query: {code}: {head}")
    offset = min(max(0, int(m.group(3)) - len(prefix) + skipped), len(query))
    line_no = query.count("\n", 0, offset) + 1
    start = query.rfind("\n", 0, offset) + 1
    end = query.find("\n", offset)
    line = query[start:end if end >= 0 else len(query)]
    column = offset - start + 1
    return QueryRefused(f"Neo4j rejected the query: {code}: {head} (line {line_no}, column {column} "
                        f"(offset: {offset})) in {line.rstrip()!r}, at {line[column - 1:column + 29]!r}")


def _refuse_writes(session, query: str, params: dict[str, Any]) -> None:
    """Plan the query (EXPLAIN runs nothing) and refuse it when the plan writes."""
    m = _PREFIX.match(query)
    if m and m.group(1).upper() == "EXPLAIN":
        return  # a plan only: nothing runs
    from neo4j.exceptions import ClientError

    inner = query[m.end():] if m else query
    try:
        kind = session.run("EXPLAIN " + inner, params).consume().query_type
    except ClientError as e:
        if e.code == ACCESS_MODE:
            raise
        # positions as the user typed the query, not in the EXPLAIN kg sent
        raise rejected(e.code, e.message, query, "EXPLAIN ", m.end() if m else 0) from None
    if kind in ("w", "rw"):
        raise QueryRefused(f"the query writes to the database (query type {kind!r}) and was not run: "
                           "add --write to run it")


def words(query: str) -> list[str]:
    """The query's words, upper-cased, with comments and string literals blanked out
    (so that a keyword inside them counts for nothing and `LOAD/**/CSV` is LOAD CSV);
    a property, parameter or label name keeps its `.`, `$` or `:` (`.START` is no keyword),
    a `quoted name` its backticks (never a keyword), other characters are words of their own."""
    blanked = _LEXEMES.sub(lambda m: {"`": m.group(), "/": " "}.get(m.group()[0], " '' "), query)
    return [w if w.startswith("`") else "".join(w.split()).upper() for w in _WORD.findall(blanked)]


def _name(ws: list[str], i: int) -> tuple[str, int]:
    """The dotted name (a procedure's) starting at word i, and the index after it."""
    parts = []
    while i < len(ws) and (not parts or ws[i].startswith(".")):
        w = ws[i].lstrip(".").strip()
        if not (w[:1].isalpha() or w[:1] == "_" or w.startswith("`")):
            break
        parts.append(w[1:-1].replace("``", "`") if w.startswith("`") else w)
        i += 1
    return ".".join(parts), i


def _refuse_admin(query: str) -> list[str]:
    """Refuse what a READ transaction lets through (see the module doc); the names (as
    written, lower-cased) of the procedures the query CALLs, for `_refuse_procedures`."""
    ws = words(query)
    first = 0
    while first < len(ws) and ws[first] in ("EXPLAIN", "PROFILE"):
        first += 1
    procedures = []
    for j, w in enumerate(ws):
        if w == "USE":
            name, k = _name(ws, j + 1)
            if name.lower() == "system" or (k < len(ws) and ws[k] == "("):
                raise QueryRefused("the query names the system database or a graph function (USE), and this "
                                   "is a read-only run: add --write to run it")
        elif w == "LOAD" and j + 1 < len(ws) and ws[j + 1] == "CSV":
            raise QueryRefused("LOAD CSV reads files and fetches URLs, and this is a read-only run: "
                               "add --write to run it")
        elif w == "SHOW" and _show_reads(ws, j):
            continue
        elif w in ("SHOW", "TERMINATE") or (w in ADMIN_VERBS and j == first) or (
                w in ADMIN_VERBS | {"CREATE"} and _admin_next(ws, j)):
            raise QueryRefused(f"{w} ... is an administration command, and this is a read-only run: "
                               "add --write to run it")
        elif w == "CALL" and j + 1 < len(ws) and ws[j + 1] not in ("{", "("):
            name, _ = _name(ws, j + 1)
            if name:
                procedures.append(name.lower())
    return procedures


def _admin_next(ws: list[str], j: int) -> bool:
    """Is word j followed by the object of an administration command (CREATE USER ...)?"""
    k = j + 1
    while k < len(ws) and ws[k] in ("OR", "REPLACE", "IF", "NOT", "EXISTS", "CURRENT", "DEFAULT", "HOME",
                                    "COMPOSITE", "LOCAL", "REMOTE"):
        k += 1
    return k < len(ws) and ws[k] in ADMIN_OBJECTS


def _show_reads(ws: list[str], j: int) -> bool:
    k = j + 1
    while k < len(ws) and ws[k] in SHOW_MODIFIERS:
        k += 1
    return k < len(ws) and ws[k] in SHOW_READS


def _refuse_procedures(session, names: list[str]) -> None:
    """Refuse a CALL of a procedure whose mode is not READ (DBMS, SCHEMA, WRITE), or that
    this server does not list (a name with another case or quoting is still the same)."""
    modes = {r["name"].lower(): r["mode"] for r in session.run(
        "SHOW PROCEDURES YIELD name, mode WHERE toLower(name) IN $names RETURN name, mode",
        names=sorted(set(names)))}
    for name in names:
        mode = modes.get(name)
        if mode != "READ":
            what = f"a {mode} procedure" if mode else "not a procedure this server lists"
            raise QueryRefused(f"CALL {name}: {what}, and this is a read-only run (only READ procedures): "
                               "add --write to run it")
