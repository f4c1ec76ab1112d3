"""What every kg command shares: KGError to one line and an exit code, the output options,
the store of --backend/--store (kg.api), ISO date checks, --param values."""

from __future__ import annotations

import functools
import re
import sys
from datetime import date
from typing import TYPE_CHECKING

import click

from kg.errors import KGError, OutputError
from kg.cli.output import FORMATS, TABLE_LIMIT_KEY, TABLE_ROWS

if TYPE_CHECKING:
    from kg.api import KGStore


def handle_errors(fn):
    """Turn KGError into one clear line on stderr and the error's exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            error_line(e)
            sys.exit(e.exit_code)

    return wrapper


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text) -> str:
    """`text` with control characters (newlines too) escaped, `\\n`, `\\x1b`: a file name
    holding a newline cannot forge further `kg: error:` lines or terminal escapes."""
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                                               else f"\\u{ord(m.group()):04x}"), str(text))


def error_line(message) -> None:
    """One `kg: error: ...` line on stderr, whatever the message holds."""
    click.echo(f"kg: error: {one_line(message)}", err=True)


def _keep_limit(ctx: click.Context, param, value: int | None) -> None:
    if value is not None:
        ctx.meta[TABLE_LIMIT_KEY] = value


def output_options(fn):
    """--format table|json|csv, with --json and --csv as shortcuts; --limit, the rows a
    table shows (kg.cli.output.render reads it from the context)."""
    fn = click.option("--limit", type=click.IntRange(min=0), default=None, expose_value=False,
                      callback=_keep_limit, metavar="N",
                      help=f"Rows a table shows (default {TABLE_ROWS}; 0: all). "
                           "JSON and CSV give every row.")(fn)
    fn = click.option("--csv", "as_csv", is_flag=True, help="Shortcut for --format csv.")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json.")(fn)
    fn = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                      show_default=True, help="Output format.")(fn)
    return fn


def pick_format(fmt: str, as_json: bool, as_csv: bool) -> str:
    return "json" if as_json else "csv" if as_csv else fmt


def open_store(ctx: click.Context) -> "KGStore":
    """The store of --backend/--store (kg.api.open_store, which resolves them as for any
    caller: options, then KG_BACKEND/KG_STORE and the NEO4J_* variables). Nothing is
    opened before the first call; use it in a `with` block to close it afterwards."""
    from kg.api import open_store as open_api_store  # here: `kg --help` need not load the library

    obj = ctx.find_root().obj
    return open_api_store(obj.get("store"), backend=obj.get("backend"))


def iso_date(ctx, param, value):
    """A YYYY-MM-DD option that is a real day (2023-02-30 is refused here, once)."""
    if value is None:
        return value
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD) of a real day") from None
    return value


def parse_params(params: tuple[str, ...]) -> dict:
    """--param KEY=VALUE options as query parameters (whole numbers become integers)."""
    from kg.query.browser import param_value

    values = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key.isidentifier():
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        values[key] = param_value(value)
    return values


def write_stdout(text: str) -> None:
    """Write to standard output, or raise OutputError when it is closed or fails."""
    out = sys.stdout
    if out is None:
        raise OutputError("cannot write to standard output: it is closed")
    try:
        out.write(text)
        out.flush()
    except (OSError, ValueError) as e:
        raise OutputError(f"cannot write to standard output: {getattr(e, 'strerror', None) or e}") from None
