"""The lookup commands of kg/cli.py: person, office, holders, district, events, timeline,
coattend, reporter, cypher, network; output formats, exit codes, --help everywhere."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from kg.cli.commands import cli
from kg.config import Settings
from tests.support.database import wipe
from tests.support.devcorpus import ingest_dev

HOSTILE = "赵毅\"' }) MATCH (n) DETACH DELETE n RETURN n UNION CALL { CREATE (x) } \\ //"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "dev.kgstore"
    ingest_dev(Settings.resolve("embedded", path))
    return str(path)


@pytest.fixture
def kg(store_path, monkeypatch):
    monkeypatch.delenv("KG_BACKEND", raising=False)
    runner = CliRunner()

    def run(*args, store=store_path):
        return runner.invoke(cli, ["--backend", "embedded", "--store", store, *args], obj={})

    return run


def out_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_person_json_lists_both_posts_and_the_inspection(kg):
    (row,) = out_json(kg("person", "赵毅", "--json"))
    assert {(p["office"], p["title"]) for p in row["posts"]} == {("高新区党工委", "委员"), ("高新区管委会", "副主任")}
    (visit,) = [e for e in row["events"] if e["date"] == "2022-01-05"]
    assert visit["places"] == ["石佛办事处"] and "inspected" in visit["roles"]
    assert "赵毅到石佛办事处各核酸检测点检查督导" in visit["sentence"]


def test_person_table_and_csv_are_one_fact_per_row(kg):
    table = kg("person", "赵毅")
    assert table.exit_code == 0 and "高新区管委会 副主任" in table.stdout and "石佛办事处" in table.stdout
    rows = list(csv.DictReader(io.StringIO(kg("person", "赵毅", "--csv").stdout)))
    assert {r["fact"] for r in rows} == {"post", "event", "places", "article"}
    assert any(r["fact"] == "event" and r["date"] == "2022-01-05" and "检查督导" in r["sentence"] for r in rows)


def test_events_at_a_place_inside_the_district(kg):
    (visit,) = out_json(kg("events", "--place", "梧桐办事处", "--json"))
    assert visit["places"] == ["郭庄社区", "兰寨村"]
    rows = out_json(kg("events", "--type", "inspection", "--from", "2022-01-05", "--to", "2022-01-05", "--json"))
    assert [r["places"] for r in rows] == [["石佛办事处"]]
    assert out_json(kg("events", "--person", "赵毅", "--role", "inspected", "--json"))[0]["date"] == "2022-01-05"
    bad = kg("events", "--from", "2022-1-5")
    assert bad.exit_code == 2 and "ISO date" in bad.output


def test_the_other_lookups(kg):
    office = out_json(kg("office", "高新区管委会", "--as-of", "2022-01-07", "--json"))
    assert ("赵毅", "副主任") in {(r["person"], r["title"]) for r in office}
    holders = out_json(kg("holders", "副主任", "--district", "高新区", "--json"))
    assert "赵毅" in {r["person"] for r in holders}
    district = kg("district", "梧桐办事处", "--csv")
    assert district.exit_code == 0 and "郭庄社区" in district.stdout
    timeline = out_json(kg("timeline", "赵毅", "--json"))
    assert timeline[0]["date"] == "2022-01-05" and timeline[0]["sentence"]
    co = out_json(kg("coattend", "赵毅", "--json"))
    assert [(r["other"], r["events"]) for r in co] == [("张红军", 1)]
    rep = out_json(kg("reporter", "孙庆辉", "--json"))
    assert len(rep) == 5
    net = out_json(kg("network", "--top", "3", "--json"))
    assert [r["rank"] for r in net] == [1, 2, 3] and {"degree", "betweenness", "community"} <= set(net[0])


def test_coattendance_is_the_command_and_coattend_its_alias(kg):
    full = kg("coattendance", "赵毅", "--csv")
    assert full.exit_code == 0 and full.stdout.startswith("name,key,other,other_key,events,first,last")
    assert kg("coattend", "赵毅", "--csv").stdout == full.stdout
    listed = CliRunner().invoke(cli, ["--help"]).output
    assert "coattendance" in listed and "coattend " not in listed  # the alias is not listed twice


@pytest.mark.parametrize("args", [
    ("person", HOSTILE), ("office", HOSTILE), ("holders", HOSTILE), ("district", HOSTILE),
    ("events", "--person", HOSTILE), ("events", "--place", HOSTILE), ("timeline", HOSTILE),
    ("coattend", HOSTILE), ("reporter", HOSTILE), ("person", "没有这个人"),
])
def test_nothing_matches_is_exit_1_with_a_message(kg, args):
    result = kg(*args)
    assert result.exit_code == 1, result.output
    assert result.stdout == "" and result.stderr.startswith("kg: error: no")
    assert "Traceback" not in result.output


def test_empty_store_is_exit_1(kg, tmp_path):
    result = kg("person", "赵毅", store=str(tmp_path / "empty.kgstore"))
    assert result.exit_code == 1 and "is empty" in result.stderr and "kg ingest" in result.stderr


def test_cypher_on_the_embedded_store_says_neo4j_is_needed(kg):
    result = kg("cypher", "MATCH (n) RETURN count(n) AS n")
    assert result.exit_code == 2 and "--backend neo4j" in result.stderr


# -- Neo4j ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def neo4j_dev(neo4j_driver, neo4j_settings, tmp_path_factory):
    wipe(neo4j_driver, neo4j_settings.database)
    ingest_dev(replace(Settings.resolve("embedded", tmp_path_factory.mktemp("unused") / "x"), backend="neo4j",
                       neo4j=neo4j_settings))
    return neo4j_driver


@pytest.fixture
def kg_neo4j(neo4j_dev, monkeypatch):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--backend", "neo4j", *args], obj={})


def nodes(driver):
    return driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]


def test_person_json_on_neo4j_is_the_same(kg_neo4j, kg):
    assert out_json(kg_neo4j("person", "赵毅", "--json")) == out_json(kg("person", "赵毅", "--json"))
    assert kg_neo4j("person", HOSTILE).exit_code == 1


def test_cypher_refuses_a_write_without_write(kg_neo4j, neo4j_dev):
    before = nodes(neo4j_dev)
    result = kg_neo4j("cypher", "CREATE (n) RETURN n")
    assert result.exit_code == 1 and "--write" in result.stderr and result.stdout == ""
    assert nodes(neo4j_dev) == before


def test_cypher_reads_with_parameters_and_writes_when_asked(kg_neo4j, neo4j_dev):
    rows = out_json(kg_neo4j("cypher", "MATCH (p:Person {name: $name}) RETURN p.name AS name, $n AS n",
                             "--param", "name=赵毅", "--param", "n=3", "--json"))
    assert rows == [{"name": "赵毅", "n": 3}]
    assert kg_neo4j("cypher", "RETURN 1", "--param", "oops").exit_code == 2
    before = nodes(neo4j_dev)
    created = out_json(kg_neo4j("cypher", "CREATE (n:Scratch {k: 1}) RETURN n.k AS k", "--write", "--json"))
    assert created == [{"k": 1}] and nodes(neo4j_dev) == before + 1
    assert out_json(kg_neo4j("cypher", "MATCH (n:Scratch) DELETE n", "--write", "--json")) == [{"nodes_deleted": 1}]


# -- help ---------------------------------------------------------------------------------
def test_every_command_has_help():
    runner = CliRunner()
    assert runner.invoke(cli, ["--help"]).exit_code == 0
    for name, command in sorted(cli.commands.items()):
        result = runner.invoke(cli, [name, "--help"], obj={})
        assert result.exit_code == 0, (name, result.output)
        assert f"Usage: cli {name}" in result.output or f"Usage: kg {name}" in result.output, name
        assert (command.help or "").strip(), name
    for name in ("person", "office", "holders", "district", "events", "timeline", "coattend", "reporter",
                 "cypher", "network", "stats"):
        assert name in cli.commands
        assert "Example" in cli.commands[name].help


def test_view_writes_the_file_or_says_why_not(kg, tmp_path):
    out = tmp_path / "x.html"
    result = kg("view", "person", "赵毅", "-o", str(out), "--depth", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"wrote {out}: 7 node(s), ") and "within 1 hop(s) of 1 person node(s)" in result.stdout
    assert "赵毅" in out.read_text(encoding="utf-8")
    missing = kg("view", "office", HOSTILE, "-o", str(tmp_path / "none.html"))
    assert missing.exit_code == 1 and missing.stderr.startswith("kg: error: no office named")
    assert not (tmp_path / "none.html").exists()
    folder = kg("view", "person", "赵毅", "-o", str(tmp_path))
    assert folder.exit_code == 2  # click refuses a folder for -o
    assert kg("view", "article", "x", "-o", str(out)).exit_code == 2
    assert kg("view", "person", "赵毅", "-o", str(out), "--depth", "9").exit_code == 2
    assert "Example" in cli.commands["view"].help
