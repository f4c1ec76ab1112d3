"""`kg extract` and `kg eval` through the CLI, including bad input."""

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli.commands import cli

SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTICLE = "# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。副县长栾文华出席会议。\n"


def run(*args):
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


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
