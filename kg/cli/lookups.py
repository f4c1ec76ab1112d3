"""The lookup commands (kg.api's person, office, holders, district, events, timeline,
coattendance, reporter, cypher, network): each opens the store, makes one API call and
renders the rows. kg.cli.commands adds them to the `kg` group."""

from __future__ import annotations

import click

from kg.cli.common import handle_errors, iso_date, open_store, output_options, parse_params, pick_format
from kg.cli.output import render

lookups = click.Group("lookups")


def _name_lookup(fn_name: str, title: str, flat: bool = False):
    """A command taking one NAME and printing the rows of the API's `fn_name` (kg.api.KGStore):
    nested as JSON; with `flat`, one fact per row in tables and CSV."""

    @click.argument("name")
    @output_options
    @click.pass_context
    @handle_errors
    def command(ctx: click.Context, name: str, fmt: str, as_json: bool, as_csv: bool) -> None:
        fmt = pick_format(fmt, as_json, as_csv)
        options = {"flat": fmt != "json"} if flat else {}
        with open_store(ctx) as store:
            rows = getattr(store, fn_name)(name, **options)
        click.echo(render(rows, fmt, title=title))

    command.__name__ = f"{fn_name}_cmd"
    return command


lookups.command("person", help="""A person's posts (office, title, first and last seen), events (role,
date, source sentence), places and articles. Several people with the name (namesakes) are
listed one by one with their own posts. Names match exactly, else by prefix.

Example: kg person 柏思源 --json""")(_name_lookup("person", "Person", flat=True))
lookups.command("district", help="""A district or place: what it is part of, the places inside it, its
offices and officials, and the events held there or at a place inside it.

Example: kg district 梧桐办事处""")(_name_lookup("district", "District", flat=True))
lookups.command("timeline", help="""One person's posts, roles at events and bylines in date order, each
with the sentence it was read from.

Example: kg timeline 柏思源""")(_name_lookup("timeline", "Timeline"))
lookups.command("coattendance", help="""Who appears at the same events as a person, with the number of shared
events and their first and last dates (alias: coattend).

Example: kg coattendance 柏思源 --csv""")(_name_lookup("coattendance", "Co-attendance"))
lookups.command("coattend", hidden=True, help="""The same as coattendance.

Example: kg coattend 柏思源 --csv""")(
    _name_lookup("coattendance", "Co-attendance"))
lookups.command("reporter", help="""A reporter's articles (byline role, date) and the people each covered.

Example: kg reporter 周明""")(_name_lookup("reporter", "Reporter"))


@lookups.command("office")
@click.argument("org")
@click.option("--as-of", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="Who held the posts on this date (a post runs from when it was first seen "
                   "until somebody else is seen with the same title there).")
@output_options
@click.pass_context
@handle_errors
def office_cmd(ctx: click.Context, org: str, as_of: str | None, fmt: str, as_json: bool, as_csv: bool) -> None:
    """Who holds which title at an office and at the units under it.

    Example: kg office 高新区管委会 --as-of 2022-01-07
    """
    with open_store(ctx) as store:
        rows = store.office(org, as_of=as_of)
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@lookups.command("holders")
@click.argument("title")
@click.option("--district", default=None, help="Only offices in this district (or places inside it).")
@output_options
@click.pass_context
@handle_errors
def holders_cmd(ctx: click.Context, title: str, district: str | None, fmt: str, as_json: bool,
                as_csv: bool) -> None:
    """Who holds a title such as 副区长, anywhere or in one district.

    Example: kg holders 副主任 --district 高新区
    """
    with open_store(ctx) as store:
        rows = store.holders(title, district=district)
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@lookups.command("events")
@click.option("--person", default=None, help="A participant's name.")
@click.option("--place", default=None, help="A place; places inside it count too.")
@click.option("--type", "type_", type=click.Choice(["meeting", "inspection", "other"]), default=None,
              help="Event type.")
@click.option("--role", type=click.Choice(["chaired", "attended", "spoke", "inspected", "accompanied"]),
              default=None, help="Role of --person (of anybody without --person).")
@click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="Events on or after this date.")
@click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD", callback=iso_date,
              help="Events on or before this date.")
@output_options
@click.pass_context
@handle_errors
def events_cmd(ctx: click.Context, person: str | None, place: str | None, type_: str | None,
               role: str | None, date_from: str | None, date_to: str | None, fmt: str, as_json: bool,
               as_csv: bool) -> None:
    """Events matching every filter given, in date order, with their participants and the
    sentence reporting them.

    Example: kg events --place 梧桐办事处 --type inspection
    """
    with open_store(ctx) as store:
        rows = store.events(person=person, place=place, type=type_, role=role, from_=date_from, to=date_to)
    click.echo(render(rows, pick_format(fmt, as_json, as_csv), title="Events"))


@lookups.command("cypher")
@click.argument("query")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter (repeatable): --param name=柏思源 makes $name; whole numbers "
                   "become integers.")
@click.option("--write", is_flag=True, help="Allow a query that writes (otherwise it is refused).")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=60.0, show_default=True,
              help="Transaction timeout in seconds.")
@output_options
@click.pass_context
@handle_errors
def cypher_cmd(ctx: click.Context, query: str, params: tuple[str, ...], write: bool, timeout: float,
               fmt: str, as_json: bool, as_csv: bool) -> None:
    """Run any Cypher on Neo4j, in a READ transaction unless --write is given.

    Example: kg --backend neo4j cypher "MATCH (p:Person {name: $name}) RETURN p.key" --param name=柏思源
    """
    values = parse_params(params)
    with open_store(ctx) as store:
        rows = store.cypher(query, values, write=write, timeout=timeout)
    click.echo(render(rows, pick_format(fmt, as_json, as_csv)))


@lookups.command("network")
@click.option("--top", type=click.IntRange(1, 100000), default=20, show_default=True,
              help="How many people to list.")
@click.option("--by", type=click.Choice(["degree", "betweenness"]), default="degree", show_default=True,
              help="Centrality to rank by (the other breaks ties).")
@click.option("--graphml", type=click.Path(dir_okay=False), default=None,
              help="Also write the whole network, with the measures on its nodes, as GraphML.")
@output_options
@click.pass_context
@handle_errors
def network_cmd(ctx: click.Context, top: int, by: str, graphml: str | None, fmt: str, as_json: bool,
                as_csv: bool) -> None:
    """The co-attendance network (networkx): the most central officials by degree and
    betweenness, and their communities (greedy modularity).

    Example: kg network --top 10 --graphml network.graphml
    """
    with open_store(ctx) as store:
        rows = store.network(top=top, by=by, graphml=graphml)
    click.echo(render(rows, pick_format(fmt, as_json, as_csv), title="Co-attendance network"))


@lookups.command("view")
@click.argument("kind", type=click.Choice(["person", "office", "district", "event"]))
@click.argument("name")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (one self-contained file: it opens from disk, with no network).")
@click.option("--depth", type=click.IntRange(1, 5), default=2, show_default=True,
              help="Hops from the named nodes (articles are drawn but not walked through).")
@click.option("--limit", type=click.IntRange(1, 100000), default=300, show_default=True,
              help="At most this many nodes.")
@click.pass_context
@handle_errors
def view_cmd(ctx: click.Context, kind: str, name: str, output: str, depth: int, limit: int) -> None:
    """Draw a person's, office's, district's or event's neighbourhood as an interactive
    graph in one HTML file: coloured as in Neo4j Browser, Chinese captions, and the source
    sentence of a relationship when the pointer rests on it. An event is named by its key
    or by words of its caption or summary.

    Example: kg view person 柏思源 -o 柏思源.html
    """
    with open_store(ctx) as store:
        r = store.view(kind, name, output, depth=depth, limit=limit)
    cut = " (cut at --limit)" if r.truncated else ""
    click.echo(f"wrote {r.path}: {r.nodes} node(s), {r.relationships} relationship(s) within {depth} hop(s) "
               f"of {r.seeds} {kind} node(s){cut}")
