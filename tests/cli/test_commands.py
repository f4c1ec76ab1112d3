"""kg.cli.commands: `kg extract` and `kg eval` (including bad input), and the store commands
init, ingest, stats, status, merges, export, forget."""

import json

import rdflib
from click.testing import CliRunner

from kg.cli.commands import cli
from tests.support.paths import SHARED

ARTICLE = "# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。副县长栾文华出席会议。\n"
PAGE = """# 高新区召开专题会议

本报讯 高新区召开专题会议。区党工委委员、管委会副主任李建国出席会议并讲话。

记者 周明

# 区领导检查督导核酸检测工作

本报讯 1月5日,高新区党工委委员、管委会副主任李建国到石佛办事处检查督导核酸检测工作。

记者 周明 通讯员 陈芳
"""


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), obj={}, env=env, catch_exceptions=False)


# --- kg extract, kg eval --------------------------------------------------------------------

def test_extract_json_has_format_md_keys_and_provenance(tmp_path):
    f = tmp_path / "page.md"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("extract", str(f), "--published", "2023-03-22", "--format", "json")
    assert r.exit_code == 0, r.output
    recs = json.loads(r.stdout)
    assert recs[0]["title"] == "县长主持召开常务会议"
    assert recs[0]["published"] == "2023-03-22"
    assert {"title", "published", "reporters", "people", "events"} <= set(recs[0])
    person = recs[0]["people"][0]
    assert person["name"] == "柏思源" and person["posts"][0]["org"] == "县政府"
    m = person["mentions"][0]
    text = ARTICLE.split("\n", 2)[2].strip()
    assert text[m["start"]:m["end"]] == "柏思源"
    assert recs[0]["events"][0]["date"] == "2023-03-20"


def test_extract_table_is_readable(tmp_path):
    f = tmp_path / "page.md"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("extract", str(f))
    assert r.exit_code == 0
    assert "柏思源" in r.stdout and "县政府 县长" in r.stdout and "meeting" in r.stdout


def test_bad_files_are_named_the_good_ones_extracted_and_the_exit_is_nonzero(tmp_path):
    (tmp_path / "good.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "weird.txt").write_bytes(bytes([0x81, 0x30, 0xFE, 0xFF, 0x80, 0x81]) * 50)
    r = run("extract", str(tmp_path), "--format", "json")
    assert r.exit_code == 1
    assert json.loads(r.stdout)[0]["people"][0]["name"] == "柏思源"
    for name in ("empty.txt", "binary.txt", "weird.txt"):
        assert name in r.stderr
    assert "4 file(s): 1 read, 3 failed" in r.stderr


def test_a_jsonl_file_with_a_broken_line_counts_as_read_with_the_line_skipped(tmp_path):
    good = json.dumps({"title": "县长主持召开常务会议", "text": ARTICLE.split("\n", 2)[2]}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(f"{good}\nnot json\n{good.replace('3月20日', '3月21日')}\n", "utf-8")
    r = run("extract", str(tmp_path / "a.jsonl"), "--format", "json")
    assert len(json.loads(r.stdout)) == 2
    assert "a.jsonl: line 2: invalid JSON" in r.stderr
    assert "1 file(s): 1 read (1 line(s) skipped), 0 failed; 2 article(s)" in r.stderr
    assert r.exit_code == 1  # something in the input was not read


def test_eval_prints_scores_for_every_set():
    r = run("eval", "--gold", str(SHARED / "gold"), "--corpus", str(SHARED / "corpus" / "dev"), "--json")
    assert r.exit_code == 0
    rows = {row["set"]: row for row in json.loads(r.stdout)}
    for s in ("people", "posts", "roles", "events", "reporters"):
        assert rows[s]["f1"] >= 0.95


def test_eval_show_lists_errors_and_bad_gold_dir_fails(tmp_path):
    r = run("eval", "--gold", str(tmp_path), "--corpus", str(tmp_path))
    assert r.exit_code == 1
    assert "no gold .json files" in r.stderr


# --- the store commands ---------------------------------------------------------------------

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


def test_ingest_with_an_index_or_a_declared_source(tmp_path):
    dev = SHARED / "corpus" / "dev"
    store = str(tmp_path / "g.kgstore")
    r = run("--store", store, "ingest", str(dev), "--index", str(dev / "index.json"), "--json")
    assert r.exit_code == 0, r.output
    assert sum(x["added"] for x in json.loads(r.stdout)) == 17
    events = json.loads(run("--store", store, "events", "--place", "郑州市", "--json").stdout)
    assert {e["date"] for e in events} == {"2022-01-04", "2022-01-05"}
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    other = str(tmp_path / "h.kgstore")
    r = run("--store", other, "ingest", str(page), "--published", "2022-01-07", "--source", "高新区报",
            "--home", "河南省郑州市郑州高新技术产业开发区")
    assert r.exit_code == 0, r.output
    district = json.loads(run("--store", other, "district", "高新区", "--json").stdout)
    assert [d["name"] for d in district] == ["郑州高新技术产业开发区"]
    assert "郑州市" in district[0]["part_of"]
    bad = tmp_path / "index.json"
    bad.write_text('[{"file": "page.txt", "published": "soon"}]', encoding="utf-8")
    r = run("--store", other, "ingest", str(page), "--index", str(bad))
    assert r.exit_code == 1 and "index.json: entry 1" in r.stderr and "not a date" in r.stderr
