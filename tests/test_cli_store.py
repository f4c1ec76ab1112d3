"""The store commands of kg.cli.commands: init, ingest, stats, status, merges, export, forget."""

import json

import rdflib
from click.testing import CliRunner

from kg.cli.commands import cli

PAGE = """# 高新区召开专题会议

本报讯 高新区召开专题会议。区党工委委员、管委会副主任李建国出席会议并讲话。

记者 周明

# 区领导检查督导核酸检测工作

本报讯 1月5日,高新区党工委委员、管委会副主任李建国到石佛办事处检查督导核酸检测工作。

记者 周明 通讯员 陈芳
"""


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_store_commands(tmp_path):
    store = str(tmp_path / "g.kgstore")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run("--store", store, "init", "--json").exit_code == 0
    r = run("--store", store, "ingest", str(page), "--published", "2022-01-07", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)[0]["added"] == 2
    assert "2 added" in r.stderr
    again = run("--store", store, "ingest", str(page), "--published", "2022-01-07", "--json")
    assert json.loads(again.stdout)[0]["unchanged"] == 2
    stats = {(x["kind"], x["name"]): x["count"] for x in json.loads(run("--store", store, "stats", "--json").stdout)}
    assert stats[("node", "Article")] == 2 and stats[("relationship", "INSPECTED")] == 1
    status = run("--store", store, "status", "--csv")
    assert status.exit_code == 0 and "embedded" in status.stdout
    merges = json.loads(run("--store", store, "merges", "--json").stdout)
    assert any(m["name"] == "李建国" and m["kind"] == "merge" for m in merges)
    out = tmp_path / "g.ttl"
    assert run("--store", store, "export", "--format", "turtle", "-o", str(out)).exit_code == 0
    assert len(rdflib.Graph().parse(out, format="turtle")) > 0
    forgot = run("--store", store, "forget", str(page), "--json")
    assert len(json.loads(forgot.stdout)) == 2
    assert run("--store", store, "stats", "--json").stdout.strip() == "[]"


def test_errors_are_one_line_with_exit_codes(tmp_path):
    store = str(tmp_path / "g.kgstore")
    r = run("--store", store, "ingest", str(tmp_path / "nope.txt"))
    assert r.exit_code == 1 and "nope.txt" in r.stderr
    r = run("--store", store, "forget", "a-unknown")
    assert r.exit_code == 1 and r.stderr.startswith("kg: error:")
    r = run("--store", store, "ingest", "x.txt", "--published", "7 Jan")
    assert r.exit_code == 2 and "ISO date" in r.stderr
    (tmp_path / "bad.kgstore").write_text("garbage", encoding="utf-8")
    r = run("--store", str(tmp_path / "bad.kgstore"), "stats")
    assert r.exit_code == 2 and "bad.kgstore" in r.stderr


def test_neo4j_unreachable_status(tmp_path):
    r = run("--backend", "neo4j", "status", env={"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "kg-pw-secret"})
    assert r.exit_code == 2
    assert "NEO4J_URI=bolt://127.0.0.1:9" in r.stderr and "kg-pw-secret" not in r.output + r.stderr
