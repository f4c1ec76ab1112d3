"""What every kg command shares: KGError to one line and an exit code, the output options,
the settings of --backend/--store, ISO date checks, and opening the store for one call."""

from __future__ import annotations

import functools
import re
import sys

import click

from kg.config import Settings
from kg.errors import KGError
from kg.cli.output import FORMATS


def handle_errors(fn):
    """Turn KGError into one clear line on stderr and the error's exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            click.echo(f"kg: error: {e}", err=True)
            sys.exit(e.exit_code)

    return wrapper


def output_options(fn):
    """--format table|json|csv, with --json and --csv as shortcuts."""
    fn = click.option("--csv", "as_csv", is_flag=True, help="Shortcut for --format csv.")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="Shortcut for --format json.")(fn)
    fn = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                      show_default=True, help="Output format.")(fn)
    return fn


def pick_format(fmt: str, as_json: bool, as_csv: bool) -> str:
    return "json" if as_json else "csv" if as_csv else fmt


def settings(ctx: click.Context) -> Settings:
    obj = ctx.find_root().obj
    return Settings.resolve(obj.get("backend"), obj.get("store"))


def iso_date(ctx, param, value):
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    return value


def with_store(ctx: click.Context, fn, *args, **kwargs):
    """Open the store of --backend/--store, make one library call, close it."""
    from kg.store import open_store

    with open_store(settings(ctx)) as store:
        return fn(store, *args, **kwargs)


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
