"""The kg command line: each command parses, makes one library call, renders rows.

Library code raises KGError subclasses; only this module turns them into messages and
exit codes.
"""

from __future__ import annotations

import functools
import sys

import click

from . import __version__
from .config import BACKENDS, Settings
from .errors import KGError
from .output import FORMATS, render, render_json


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--backend", type=click.Choice(BACKENDS), default=None, envvar="KG_BACKEND",
              help="Where the graph lives: the embedded file store (default) or Neo4j "
                   "(NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).")
@click.option("--store", type=click.Path(dir_okay=False), default=None, envvar="KG_STORE",
              help="Path of the embedded store file (default under the user's data directory).")
@click.pass_context
def cli(ctx: click.Context, backend: str | None, store: str | None) -> None:
    """kg: a knowledge graph of Chinese local officials and what they do, from news text."""
    ctx.ensure_object(dict)
    ctx.obj["backend"] = backend
    ctx.obj["store"] = store


def main() -> None:
    cli(obj={})


if __name__ == "__main__":  # pragma: no cover
    main()
