"""Neo4j Browser: where it is, how to connect, kg's style, and the helpers as snippets.

`kg browser` prints what a user pastes into Neo4j Browser (served by the Neo4j server at
http://<host>:7474/browser/): a connect URL that pre-fills the server and user
(`?dbms=neo4j://user@host:7687&db=...`, never the password), the `:style` command
carrying `schema/browser.grass`, and `:param` lines. `kg browser --queries` turns each
helper of `queries/` (person, office, holders, ...) into a ready-to-run multi-statement
snippet: `:param` lines for the parameters the query uses, then the query.

The HTTP port is not part of NEO4J_URI: it is NEO4J_HTTP_PORT, else 7474 (7473 for the
encrypted `+s`/`+ssc` schemes, served over https).
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from kg.config import Neo4jSettings
from kg.store.cypher import available, cypher_path, data_dirs, header, strip_comments
from kg.errors import ConfigError, NotFound

# The helpers of queries/ in the order a user meets them; each may have a `<name>_graph`
# variant returning nodes and relationships for Browser's graph view.
HELPERS = ("person", "office", "holders", "district", "events", "timeline", "coattendance",
           "reporter")
GRAPH_SUFFIX = "_graph"
GRASS = "browser.grass"
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_SECTION = re.compile(r"^(purpose|parameters|columns)\s*:\s*", re.I)


@dataclass(frozen=True)
class BrowserInfo:
    browser_url: str
    connect_url: str
    username: str
    database: str | None


@dataclass(frozen=True)
class Helper:
    name: str
    purpose: str
    params: tuple[str, ...]
    query: str
    path: str


def http_port(value: int | str | None = None, secure: bool = False) -> int:
    """The Browser's HTTP port: `value`, else NEO4J_HTTP_PORT, else 7474 (7473 when secure)."""
    raw = value if value not in (None, "") else os.environ.get("NEO4J_HTTP_PORT") or None
    if raw is None:
        return 7473 if secure else 7474
    try:
        port = int(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"NEO4J_HTTP_PORT={raw!r} is not a port number") from None
    if not 0 < port < 65536:
        raise ConfigError(f"HTTP port {port} is out of range")
    return port


def browser_info(neo4j: Neo4jSettings, port: int | str | None = None) -> BrowserInfo:
    """Browser and connect URLs for the server of NEO4J_URI (the password is never used)."""
    try:
        u = urlsplit(neo4j.uri)
        host, bolt_port = u.hostname, u.port or 7687
    except ValueError as e:
        raise ConfigError(f"NEO4J_URI={neo4j.shown_uri!r} is not a URI: {e}") from None
    scheme = u.scheme.lower()
    if not host or scheme not in {"bolt", "neo4j", "bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc"}:
        raise ConfigError(f"NEO4J_URI={neo4j.shown_uri!r} is not a bolt:// or neo4j:// URI with a host")
    secure = "+" in scheme
    netloc = f"[{host}]" if ":" in host else host
    base = f"{'https' if secure else 'http'}://{netloc}:{http_port(port, secure)}/browser/"
    user = quote(neo4j.username, safe="")
    connect = f"{base}?dbms={scheme}://{user}@{netloc}:{bolt_port}"
    if neo4j.database:
        connect += f"&db={quote(neo4j.database, safe='')}"
    return BrowserInfo(base, connect, neo4j.username, neo4j.database)


def grass_path() -> Path:
    for d in data_dirs("schema"):
        if (d / GRASS).is_file():
            return d / GRASS
    raise NotFound(f"no schema/{GRASS} (looked in {', '.join(str(d) for d in data_dirs('schema'))})")


def grass() -> str:
    return grass_path().read_text(encoding="utf-8")


def style_command(text: str | None = None) -> str:
    """`:style` and the grass on one line: Browser parses it the same as the file."""
    return ":style " + " ".join((text if text is not None else grass()).split())


def literal(value: Any) -> str:
    """A Cypher literal for a `:param` line (strings quoted and escaped; None is null)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    s = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{s}'"


def param_value(text: str) -> Any:
    """A `--param key=value` value: whole numbers become integers, the rest stay strings."""
    return int(text) if re.fullmatch(r"-?\d{1,15}", text) else text


def param_line(name: str, value: Any) -> str:
    """`:param name => value;` (the `;` lets several lines run as one multi-statement)."""
    return f":param {name} => {literal(value)};"


def _sections(head: str) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    current = None
    for line in head.splitlines():
        m = _SECTION.match(line)
        if m:
            current = m.group(1).lower()
            line = line[m.end():]
        if current:
            out.setdefault(current, []).append(line.strip())
    return {k: " ".join(x for x in v if x) for k, v in out.items()}


def load_helper(name: str) -> Helper:
    """A query file as a Browser helper: its purpose, its parameters, its body."""
    path = cypher_path(name, "queries")
    text = path.read_text(encoding="utf-8")
    parts = _sections(header(text))
    body = strip_comments(text).rstrip().rstrip(";").rstrip()
    params: list[str] = []
    for p in _PARAM.findall(body) + _PARAM.findall(parts.get("parameters", "")):
        if p not in params:
            params.append(p)
    return Helper(name, parts.get("purpose", ""), tuple(params), body, str(path))


def helpers() -> list[Helper]:
    """The helpers present in queries/, each followed by its graph variant when there is one."""
    names = set(available("queries"))
    out = []
    for h in HELPERS:
        for n in (h, h + GRAPH_SUFFIX):
            if n in names:
                out.append(load_helper(n))
    return out


def params_block(helper: Helper, values: dict[str, Any] | None = None) -> str:
    """The helper's `:param` lines (values from `values`, else null), to run as one block."""
    values = values or {}
    return "\n".join(param_line(p, values.get(p)) for p in helper.params)


def snippet(helper: Helper, values: dict[str, Any] | None = None) -> str:
    """A Browser snippet: a comment, the `:param` lines, a blank line, the query.

    Browser shows results only for a single statement, so the `:param` block and the query
    run as two commands (a multi-statement run would show a summary, not the graph).
    """
    head = f"{helper.name}: {helper.purpose}" if helper.purpose else helper.name
    lines = ["// " + line for line in textwrap.wrap(head, 88)]
    if helper.params:
        lines += ["// Run the :param lines, then the query.", params_block(helper, values), ""]
    lines.append(helper.query)
    return "\n".join(lines)


def browser_guide(neo4j: Neo4jSettings, values: dict[str, Any] | None = None,
                  with_queries: bool = False, port: int | str | None = None) -> dict[str, Any]:
    """Everything `kg browser` prints: URLs, the `:style` line, `:param` lines, snippets.

    `:param` lines cover the parameters of the helpers present (values from `values`,
    else null) plus any extra names in `values`.
    """
    values = values or {}
    info = browser_info(neo4j, port)
    found = helpers()
    names: list[str] = []
    for p in [p for h in found for p in h.params] + list(values):
        if p not in names:
            names.append(p)
    return {
        "browser_url": info.browser_url,
        "connect_url": info.connect_url,
        "username": info.username,
        "database": info.database,
        "style": style_command(),
        "params": [param_line(p, values.get(p)) for p in names],
        "queries": [{"name": h.name, "purpose": h.purpose, "params": list(h.params),
                     "param_lines": params_block(h, values), "query": h.query,
                     "snippet": snippet(h, values)} for h in found] if with_queries else [],
    }


def guide_text(guide: dict[str, Any]) -> str:
    """The guide as text to read and paste."""
    out = [
        f"Neo4j Browser: {guide['browser_url']}",
        f"Connect URL:   {guide['connect_url']}",
        f"Log in as {guide['username']!r} with NEO4J_PASSWORD (not shown)"
        + (f", database {guide['database']!r}." if guide["database"] else "."),
        "",
        "Style (paste and run once; Browser keeps it):",
        guide["style"],
    ]
    if guide["params"]:
        out += ["", "Parameters (edit the values, then run them as one block):", *guide["params"]]
    for q in guide["queries"]:
        out += ["", q["snippet"]]
    return "\n".join(out)
