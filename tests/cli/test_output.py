"""kg/cli/output.py: one renderer for every command's rows; a table shows the first
--limit rows (default TABLE_ROWS) and says how many it left out, JSON and CSV give all."""

from __future__ import annotations

import json

import click
from click.testing import CliRunner

from kg.cli.common import output_options, pick_format
from kg.cli.output import TABLE_ROWS, render, render_table

ROWS = [{"n": i, "name": f"人{i}"} for i in range(TABLE_ROWS + 50)]


@click.command()
@output_options
def numbers(fmt: str, as_json: bool, as_csv: bool) -> None:
    click.echo(render(ROWS, pick_format(fmt, as_json, as_csv), title="Numbers"))


def body_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("│")]


def test_a_table_shows_the_first_rows_and_says_how_many_it_left_out():
    out = CliRunner().invoke(numbers, []).output
    assert len(body_lines(out)) == TABLE_ROWS
    assert f"{TABLE_ROWS} of {len(ROWS)} rows shown" in out and "--limit 0" in out
    assert "人0 " in out and f"人{TABLE_ROWS} " not in out  # the first rows, in order


def test_limit_chooses_the_rows_and_zero_shows_all():
    three = CliRunner().invoke(numbers, ["--limit", "3"]).output
    assert len(body_lines(three)) == 3 and f"3 of {len(ROWS)} rows shown" in three
    every = CliRunner().invoke(numbers, ["--limit", "0"]).output
    assert len(body_lines(every)) == len(ROWS) and "rows shown" not in every
    assert CliRunner().invoke(numbers, ["--limit", "-1"]).exit_code == 2


def test_json_and_csv_give_every_row_whatever_the_limit():
    as_json = json.loads(CliRunner().invoke(numbers, ["--json", "--limit", "3"]).output)
    assert as_json == ROWS
    as_csv = CliRunner().invoke(numbers, ["--csv", "--limit", "3"]).output
    assert len(as_csv.splitlines()) == len(ROWS) + 1


def test_a_table_that_fits_says_nothing_and_outside_a_command_shows_all():
    few = render_table(ROWS[:5], limit=10)
    assert len(body_lines(few)) == 5 and "rows shown" not in few
    assert len(body_lines(render(ROWS))) == len(ROWS)  # the library's caller chose its rows
