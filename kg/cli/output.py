"""One renderer for every command's rows: a readable table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
TABLE_ROWS = 100  # rows a table shows unless --limit says otherwise: a table is for reading
TABLE_LIMIT_KEY = "kg.table_rows"  # where --limit leaves its value (click's Context.meta)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def columns_of(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    return cols


def render_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def render_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    cols = list(columns or columns_of(rows))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return buf.getvalue()


def table_limit() -> int:
    """Rows a table shows: --limit of the running command, else TABLE_ROWS (0: all)."""
    import click

    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(TABLE_LIMIT_KEY, TABLE_ROWS) if ctx is not None else 0


def render_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
                 title: str | None = None, width: int = 160, limit: int = 0) -> str:
    """A table of the first `limit` rows (0: all), saying under it how many were left out
    (a table of thousands of rows is not read, and takes seconds to lay out)."""
    from rich.console import Console
    from rich.table import Table

    cols = list(columns or columns_of(rows))
    shown = rows[:limit] if 0 < limit < len(rows) else rows
    table = Table(title=title, show_lines=False, header_style="bold")
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in shown:
        table.add_row(*[_cell(r.get(c)) for c in cols])
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(table)
    if len(shown) < len(rows):
        console.print(f"{len(shown):,} of {len(rows):,} rows shown: --limit 0 shows all, "
                      "--json or --csv give every row", soft_wrap=True)
    return console.file.getvalue().rstrip("\n")


def render(rows: Iterable[Mapping[str, Any]], fmt: str = "table", columns: Sequence[str] | None = None,
           title: str | None = None) -> str:
    rows = list(rows)
    if fmt == "json":
        return render_json(rows)
    if fmt == "csv":
        return render_csv(rows, columns).rstrip("\n")
    return render_table(rows, columns, title=title, limit=table_limit())
