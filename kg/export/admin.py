"""Bulk-import files for Neo4j's own `neo4j-admin database import full`.

For a first load of a very large archive: `kg export --format neo4j-admin -o DIR` writes,
from a store snapshot, one header file and one data file per node label
(`Person.header.csv` + `Person.csv`: `key:ID`, `:LABEL`, typed properties) and per
relationship type (`HOLDS.header.csv` + `HOLDS.csv`: `:START_ID`, `:END_ID`, `:TYPE`, typed
properties), and `import.args`, the matching `neo4j-admin` options (an @-file):

    neo4j-admin database import full --overwrite-destination @DIR/import.args neo4j

(`scripts/neo4j import DIR` runs that for a server home it manages; the server must be
stopped.) Then start the server and run `kg init` for the constraints and indexes.

The imported graph is the one the transactional writer builds: the same keys, labels,
types and properties with the same value types. Node keys are unique across labels (label
prefix), so one ID space serves all; `key` is also stored as a property. Column types
are inferred per label / type from the values: `long`, `double`, `boolean`, `string`, and
their arrays (`string[]` ...). Every string cell is quoted, so an empty string stays an
empty string and an empty cell is no property. Arrays are joined with U+001F (never in
normalised text); article texts keep their line breaks (`--multiline-fields=true`, only
when some value holds one).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.atomic import atomic_open
from kg.errors import ConfigError
from kg.graph.model import LABELS, REL_TYPES, Node, Rel

ARRAY_DELIMITER = "\x1f"
ARGS_FILE = "import.args"


def _scalar_type(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    return "string"


def _column_types(props: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Property name -> neo4j-admin type, over all rows (int and float together: double)."""
    seen: dict[str, set[str]] = {}
    arrays: set[str] = set()
    for p in props:
        for k, v in p.items():
            if v is None:
                continue
            if isinstance(v, (list, tuple)):
                arrays.add(k)
                types = {_scalar_type(x) for x in v} or {"string"}
            else:
                types = {_scalar_type(v)}
            seen.setdefault(k, set()).update(types)
    out = {}
    for k in sorted(seen):
        t = seen[k]
        base = t.pop() if len(t) == 1 else "double" if t <= {"long", "double"} else "string"
        out[k] = base + ("[]" if k in arrays else "")
    return out


def _cell(v: Any, typ: str) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        if not v:
            return ""
        items = [_text(x) for x in v]
        if any(ARRAY_DELIMITER in x for x in items):
            raise ConfigError("a property value holds U+001F, the neo4j-admin array delimiter")
        return _quote(ARRAY_DELIMITER.join(items))
    if typ.startswith("string"):
        return _quote(_text(v))
    return _text(v)


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _write(path: Path, lines: Iterable[str]) -> tuple[int, bool]:
    """Write the lines; how many, and whether any holds a line break (a multiline field)."""
    n, multiline = 0, False
    with atomic_open(path, "w", encoding="utf-8", newline="") as f:  # whole or not at all
        for line in lines:
            f.write(line)
            f.write("\n")
            n += 1
            multiline = multiline or "\n" in line or "\r" in line
    return n, multiline


def write_admin_csv(nodes: Sequence[Node], rels: Sequence[Rel], directory: str | os.PathLike
                    ) -> list[dict[str, Any]]:
    """Write the import files into `directory` (created if needed). Rows: file, kind,
    name, rows (data rows written), for every label and type present."""
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ConfigError(f"cannot create the export directory {out}: {e.strerror or e}") from None
    by_label: dict[str, list[Node]] = {}
    for n in nodes:
        by_label.setdefault(n.label, []).append(n)
    by_type: dict[str, list[Rel]] = {}
    for r in rels:
        by_type.setdefault(r.type, []).append(r)
    rows: list[dict[str, Any]] = []
    args = ["--array-delimiter=U+001F", "--id-type=string", "--skip-bad-relationships=false",
            "--skip-duplicate-nodes=false"]
    multiline = False
    try:
        for label in [x for x in LABELS if x in by_label] + sorted(set(by_label) - set(LABELS)):
            items = by_label[label]
            types = _column_types(n.props for n in items)
            types.pop("key", None)
            cols = list(types)
            header = ",".join(["key:ID", ":LABEL"] + [f"{c}:{types[c]}" for c in cols])
            _write(out / f"{label}.header.csv", [header])
            count, multi = _write(out / f"{label}.csv", (
                ",".join([_quote(n.key), label] + [_cell(n.props.get(c), types[c]) for c in cols])
                for n in items))
            args.append(f'"--nodes={label}={out.resolve() / f"{label}.header.csv"},'
                        f'{out.resolve() / f"{label}.csv"}"')
            rows.append({"file": f"{label}.csv", "kind": "nodes", "name": label, "rows": count})
            multiline = multiline or multi
        for typ in [x for x in REL_TYPES if x in by_type] + sorted(set(by_type) - set(REL_TYPES)):
            items = by_type[typ]
            types = _column_types(dict(r.props, key=r.key) for r in items)
            cols = ["key"] + [c for c in types if c != "key"]
            header = ",".join([":START_ID", ":END_ID", ":TYPE"] + [f"{c}:{types[c]}" for c in cols])
            _write(out / f"{typ}.header.csv", [header])
            count, multi = _write(out / f"{typ}.csv", (
                ",".join([_quote(r.start_key), _quote(r.end_key), typ]
                         + [_cell(r.key if c == "key" else r.props.get(c), types[c]) for c in cols])
                for r in items))
            args.append(f'"--relationships={typ}={out.resolve() / f"{typ}.header.csv"},'
                        f'{out.resolve() / f"{typ}.csv"}"')
            rows.append({"file": f"{typ}.csv", "kind": "relationships", "name": typ, "rows": count})
            multiline = multiline or multi
        if multiline:  # parse line-break aware (slower; the per-file "v2" parser of 5.26 fails on
            # quoted line breaks at its buffer boundaries: "found CR outside a text cell")
            args.insert(0, "--multiline-fields=true")
        _write(out / ARGS_FILE, args)
    except OSError as e:
        raise ConfigError(f"cannot write the export files in {out}: {e.strerror or e}") from None
    return rows
