"""The kg command line: each command parses, makes one call of the Python API (kg.api),
renders rows.

Library code raises KGError subclasses; only the command line (this module, the lookup
commands in kg.cli.lookups and their shared parts in kg.cli.common) turns them into
messages and exit codes. The long commands (ingest, extract) draw a progress bar on
stderr when it is a terminal (kg.cli.progress), from the steps the library reports.
"""

from __future__ import annotations

import sys

import click

from kg import __version__
from kg.cli.common import (error_line, handle_errors, iso_date, one_line, open_store, output_options, parse_params,
                           pick_format, write_stdout)
from kg.cli.progress import ingest_totals, progress_bar
from kg.errors import PartialInput
from kg.cli.lookups import lookups
from kg.config import BACKENDS
from kg.cli.output import render, render_json


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


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="Issue date of the pages (resolves '1月5日'); overrides dates in the files.")
@click.option("--source", "source", default=None, metavar="NAME",
              help="The paper or website of every file given (a name or a URL).")
@click.option("--home", default=None, metavar="PLACE", help="The home locality of that source.")
@click.option("--index", "index", default=None, type=click.Path(exists=True, dir_okay=False),
              help="index.json giving each file's published, source, home and url; "
                   "its entries win over --published/--source/--home and the files' own.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table",
              show_default=True, help="json: FORMAT.md records with provenance; table: a summary.")
@handle_errors
def extract_cmd(paths: tuple[str, ...], published: str | None, source: str | None,
                home: str | None, index: str | None, fmt: str) -> None:
    """Extract people, posts, events and bylines from news files (no store needed).

    Example: kg extract ../shared/corpus/dev --index ../shared/corpus/dev/index.json --format json
    """
    from kg.api import extract_files

    with progress_bar() as bar:
        result = extract_files(paths, published=published, progress=bar, source=source, home=home,
                               index=index)
    for err in result.errors:
        error_line(err)
    if fmt == "json":
        click.echo(render_json(result.rows()))
    else:
        if result.records:
            click.echo(render(result.people(), "table", title="People"))
            click.echo(render(result.events(), "table", title="Events"))
    click.echo(one_line(_extract_summary(result)), err=True)
    if result.errors:
        sys.exit(1)


def _extract_summary(result) -> str:
    """Files read (a JSON Lines file with broken lines is read, its lines skipped), files
    failed, articles: one count in which every file is either read or failed."""
    skipped = [e.skipped for e in result.errors if isinstance(e, PartialInput)]
    read, failed = result.files_ok + len(skipped), result.files_failed - len(skipped)
    lines = f" ({sum(skipped)} line(s) skipped)" if skipped else ""
    return (f"{read + failed} file(s): {read} read{lines}, {failed} failed; "
            f"{len(result.records)} article(s)")


@cli.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold .json files (FORMAT.md).")
@click.option("--corpus", "corpus_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of the source files the gold files annotate.")
@click.option("--index", "index", default=None, type=click.Path(exists=True, dir_okay=False),
              help="index.json giving each file's issue date (default: CORPUS/index.json).")
@click.option("--show", is_flag=True, help="Also list every miss and false hit.")
@output_options
@handle_errors
def eval_cmd(gold_dir: str, corpus_dir: str, index: str | None, show: bool,
             fmt: str, as_json: bool, as_csv: bool) -> None:
    """Score extraction against gold annotations: precision, recall, F1 per set.

    Example: kg eval --gold ../shared/gold --corpus ../shared/corpus/dev --show
    """
    from kg.api import evaluate

    result = evaluate(gold_dir, corpus_dir, index)
    fmt = pick_format(fmt, as_json, as_csv)
    click.echo(render(result.scores, fmt, title="Extraction vs gold (micro-averaged)"))
    if show:
        click.echo(render(result.errors, fmt, title="Misses and false hits"))


@cli.command("init")
@output_options
@click.pass_context
@handle_errors
def init_cmd(ctx: click.Context, fmt: str, as_json: bool, as_csv: bool) -> None:
    """Create the store: the embedded file, or Neo4j's constraints and indexes (idempotent).

    Example: kg --backend neo4j init
    """
    with open_store(ctx) as store:
        rows = store.init()
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="Issue date of the pages (resolves '1月5日'); overrides dates in the files.")
@click.option("--source", "source", default=None, metavar="NAME",
              help="The paper or website the files belong to (a name or a URL); overrides the files' own.")
@click.option("--home", default=None, metavar="PLACE",
              help="The source's home locality, e.g. 河南省郑州市 (places and zones printed "
                   "without their county are looked up there).")
@click.option("--index", "index", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A JSON list of {file, published, source, home (or place), url} per file; "
                   "its entries win over --published/--source/--home and the files' own.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also print a row per file as a table (--json and --csv always give them).")
@output_options
@click.pass_context
@handle_errors
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], published: str | None, source: str | None,
               home: str | None, index: str | None, jobs: int, verbose: bool,
               fmt: str, as_json: bool, as_csv: bool) -> None:
    """Add news files to the graph; unchanged articles are skipped, corrected ones replaced.

    On a terminal a progress bar (files, articles, rate, time left) and a closing line
    (files, articles, nodes and relationships gained, time) are drawn on stderr.

    Example: kg ingest ../shared/corpus/dev --index ../shared/corpus/dev/index.json --jobs 2
    """
    with open_store(ctx) as store, progress_bar() as bar:
        report = store.ingest(paths, published=published, jobs=jobs, source=source, home=home,
                              index=index, progress=bar)
    fmt = pick_format(fmt, as_json, as_csv)
    if verbose or fmt != "table":
        click.echo(render(report.rows(), fmt))
    for err in report.errors:
        error_line(err)
    if bar is not None:
        click.echo(one_line(ingest_totals(report)), err=True)
    click.echo(one_line(f"{report.total('added')} added, {report.total('replaced')} replaced, "
               f"{report.total('removed')} removed, {report.total('unchanged')} unchanged, "
               f"{len(report.errors)} file error(s); "
               f"{report.merges} merge(s), {report.near_misses} near-miss(es) in what it wrote, "
               f"as `kg merges` lists them ({report.backend}: {report.where})"), err=True)
    if report.errors:
        sys.exit(1)


@cli.command("forget")
@click.argument("article")
@output_options
@click.pass_context
@handle_errors
def forget_cmd(ctx: click.Context, article: str, fmt: str, as_json: bool, as_csv: bool) -> None:
    """Remove an article (id) or every article of a source, and the facts only they supported.

    Example: kg forget a-2c8671328d15532a5393
    """
    with open_store(ctx) as store:
        rows = store.forget(article)
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@cli.command("export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "jsonld", "nt", "graphml", "json", "neo4j-admin"]),
              help="RDF (turtle, jsonld, nt), GraphML for Gephi, kg's JSON, or the CSV files "
                   "of `neo4j-admin database import full` (into the directory -o).")
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True),
              help="File to write (default: standard output); a directory for neo4j-admin.")
@click.pass_context
@handle_errors
def export_cmd(ctx: click.Context, fmt: str, output: str) -> None:
    """Export the whole graph.

    Example: kg export --format turtle -o graph.ttl
    Example: kg export --format neo4j-admin -o import/   (then: scripts/neo4j import import/)
    """
    if fmt == "neo4j-admin" and output == "-":
        raise click.UsageError("--format neo4j-admin writes several files: give -o DIRECTORY")
    with open_store(ctx) as store:  # a file is written whole or not at all
        result = store.export(fmt, None if output == "-" else output)
    if isinstance(result, str):
        write_stdout(result)
    elif result is not None:  # neo4j-admin: a row per file
        click.echo(render(result))


@cli.command("status")
@output_options
@click.pass_context
@handle_errors
def status_cmd(ctx: click.Context, fmt: str, as_json: bool, as_csv: bool) -> None:
    """Which store, where, whether it is reachable, its version and counts.

    Example: kg --backend neo4j status
    """
    with open_store(ctx) as store:
        rows = store.status()
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))
    st = {r["item"]: r["value"] for r in rows}
    if not st.get("reachable"):
        error_line(st.get("error"))
        sys.exit(2)


@cli.command("stats")
@output_options
@click.pass_context
@handle_errors
def stats_cmd(ctx: click.Context, fmt: str, as_json: bool, as_csv: bool) -> None:
    """Node counts by label and relationship counts by type.

    Example: kg stats --json
    """
    with open_store(ctx) as store:
        rows = store.stats()
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@cli.command("merges")
@output_options
@click.pass_context
@handle_errors
def merges_cmd(ctx: click.Context, fmt: str, as_json: bool, as_csv: bool) -> None:
    """Entity-resolution decisions to review: merges and near-misses, with reasons.

    Example: kg merges --csv > merges.csv
    """
    with open_store(ctx) as store:
        rows = store.merges()
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@cli.command("browser")
@click.option("--queries", is_flag=True, help="Also print the helpers of queries/ as Browser snippets.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A value for the :param lines (repeatable), e.g. --param name=柏思源.")
@click.option("--http-port", type=click.IntRange(1, 65535), default=None,
              help="Browser's HTTP port (default: NEO4J_HTTP_PORT, else 7474).")
@click.option("--json", "as_json", is_flag=True, help="Print the same as JSON.")
@click.pass_context
@handle_errors
def browser_cmd(ctx: click.Context, queries: bool, params: tuple[str, ...], http_port: int | None,
                as_json: bool) -> None:
    """Where Neo4j Browser is, how to connect, and the :style and :param lines to paste.

    Example: kg browser --queries --param name=柏思源
    """
    from kg.query.browser import guide_text

    values = parse_params(params)
    with open_store(ctx) as store:  # connects to nothing: the guide needs only the settings
        guide = store.browser(queries=queries, params=values, http_port=http_port)
    click.echo(render_json(guide) if as_json else guide_text(guide))


for _name, _command in lookups.commands.items():  # person, office, holders, events, ...
    cli.add_command(_command, _name)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":  # pragma: no cover
    main()
