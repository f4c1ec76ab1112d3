"""kg.api, the Python API the command line is built on: the store resolved as the CLI
resolves it, every command as a method giving the rows `--json` prints (on both stores),
extraction of files and strings, Rows.df(), and errors as KGError subclasses."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

import kg
from kg.cli.commands import cli
from kg.errors import ConfigError, InputError, KGError, MissingDependency, NotFound, StoreError
from kg.rows import Rows
from tests.support.database import wipe
from tests.support.paths import DEV, GOLD

ARTICLE = "# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。副县长栾文华出席会议。\n"

# (method, args, kwargs, the same command's arguments)
CALLS = [
    ("person", ("赵毅",), {}, ["person", "赵毅"]),
    ("person", ("赵",), {"flat": True}, None),  # the table's rows: compared with --csv below
    ("office", ("高新区管委会",), {"as_of": "2022-01-07"}, ["office", "高新区管委会", "--as-of", "2022-01-07"]),
    ("holders", ("副主任",), {"district": "郑州市"}, ["holders", "副主任", "--district", "郑州市"]),
    ("district", ("梧桐办事处",), {}, ["district", "梧桐办事处"]),
    ("events", (), {"person": "赵毅", "role": "inspected", "from_": "2022-01-01", "to": "2022-01-31"},
     ["events", "--person", "赵毅", "--role", "inspected", "--from", "2022-01-01", "--to", "2022-01-31"]),
    ("events", (), {"place": "郑州市", "type": "inspection"}, ["events", "--place", "郑州市", "--type", "inspection"]),
    ("timeline", ("赵毅",), {}, ["timeline", "赵毅"]),
    ("coattendance", ("张刚",), {}, ["coattendance", "张刚"]),
    ("coattend", ("张刚",), {}, ["coattend", "张刚"]),
    ("reporter", ("孙庆辉",), {}, ["reporter", "孙庆辉"]),
    ("network", (), {"top": 5, "by": "betweenness"}, ["network", "--top", "5", "--by", "betweenness"]),
    ("stats", (), {}, ["stats"]),
    ("merges", (), {}, ["merges"]),
]


def dev_store(store):
    """The dev corpus with its index, ingested through the API."""
    report = store.ingest(DEV, index=DEV / "index.json")
    assert report.total("added") == 17 and not report.errors
    return store


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "dev.kgstore"
    return ["--store", str(path)], dev_store(kg.open_store(path))


@pytest.fixture(scope="module")
def neo4j(neo4j_driver, neo4j_settings):
    wipe(neo4j_driver, neo4j_settings.database)
    return ["--backend", "neo4j"], dev_store(kg.open_store(backend="neo4j"))


def cli_json(options, args):
    result = CliRunner().invoke(cli, [*options, *args, "--json"], obj={})
    assert result.exit_code == 0, (args, result.output)
    return json.loads(result.stdout)


def as_json(rows):
    return json.loads(json.dumps(rows, ensure_ascii=False, default=str))


def check_every_command(options, store):
    for method, args, kwargs, command in CALLS:
        rows = getattr(store, method)(*args, **kwargs)
        assert isinstance(rows, Rows) and rows, (method, args)
        if command:
            assert as_json(rows) == cli_json(options, command), (method, args)
    flat = CliRunner().invoke(cli, [*options, "person", "赵", "--csv"], obj={}).stdout
    assert flat.splitlines()[0] == ",".join(store.person("赵", flat=True)[0])


def test_every_command_gives_the_rows_of_its_cli_json_on_the_embedded_store(embedded):
    check_every_command(*embedded)


def test_every_command_gives_the_rows_of_its_cli_json_on_neo4j(neo4j):
    options, store = neo4j
    check_every_command(options, store)
    rows = store.cypher("MATCH (p:Person {name: $name})-[h:HOLDS]->(o) RETURN o.name AS office ORDER BY office",
                        params={"name": "赵毅"})
    assert rows == [{"office": "高新区党工委"}, {"office": "高新区管委会"}]
    assert rows == cli_json(options, ["cypher", "MATCH (p:Person {name: $name})-[h:HOLDS]->(o) RETURN o.name "
                                      "AS office ORDER BY office", "--param", "name=赵毅"])


def test_nothing_found_and_refusals_are_kg_errors(embedded, tmp_path):
    _, store = embedded
    with pytest.raises(NotFound, match="no person named '没有这个人'"):
        store.person("没有这个人")
    with pytest.raises(ConfigError, match="--backend neo4j"):
        store.cypher("RETURN 1")
    with pytest.raises(ConfigError, match="unknown export format"):
        store.export("pdf")
    with pytest.raises(ConfigError, match="output directory"):
        store.export("neo4j-admin")
    with pytest.raises(NotFound, match="is empty"):
        kg.open_store(tmp_path / "empty.kgstore").holders("书记")


def test_open_store_resolves_options_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env.kgstore"))
    monkeypatch.delenv("KG_BACKEND", raising=False)
    assert kg.open_store().where() == str(tmp_path / "env.kgstore")
    assert kg.open_store(tmp_path / "given.kgstore").where() == str(tmp_path / "given.kgstore")
    monkeypatch.setenv("NEO4J_PASSWORD", "env-secret")
    s = kg.open_store(uri="bolt://127.0.0.1:9", username="u")
    assert (s.backend, s.settings.neo4j.uri, s.settings.neo4j.username) == ("neo4j", "bolt://127.0.0.1:9", "u")
    assert s.settings.neo4j.password == "env-secret" and "env-secret" not in repr(s)
    with pytest.raises(StoreError, match="NEO4J_URI=bolt://127.0.0.1:9"):  # connects on the first call only
        s.stats()
    monkeypatch.setenv("KG_BACKEND", "neo4j")
    assert kg.open_store(tmp_path / "x.kgstore").backend == "neo4j"
    assert kg.open_store(tmp_path / "x.kgstore", backend="embedded").backend == "embedded"
    assert not (tmp_path / "x.kgstore").exists() and not (tmp_path / "env.kgstore").exists()


def test_ingest_files_and_texts_then_export_and_forget(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(ARTICLE, encoding="utf-8")
    with kg.open_store(tmp_path / "g.kgstore") as s:
        assert s.init()
        report = s.ingest(page, published="2023-03-22")
        text = ARTICLE.replace("县长柏思源", "县长柏思源、副县长甘明远").replace("县长主持", "县长再次主持")
        from_text = s.ingest(texts=text, published="2023-03-25", source="青石日报")
        assert (report.total("added"), from_text.total("added")) == (1, 1)
        assert {r["person"] for r in s.holders("副县长")} == {"栾文华", "甘明远"}
        assert s.export("json").startswith("{")
        assert s.export("turtle", tmp_path / "g.ttl") is None and (tmp_path / "g.ttl").read_text().startswith("@prefix")
        assert [r["title"] for r in s.forget(from_text.rows()[0]["file"])] == ["县长再次主持召开常务会议"]
        assert {r["item"]: r["value"] for r in s.status()}["nodes: Article"] == 1


def test_extract_files_and_extract_text_give_the_records_of_kg_extract(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    steps = []
    result = kg.extract_files(tmp_path, published="2023-03-22", progress=steps.append)
    cli_rows = json.loads(CliRunner().invoke(cli, ["extract", str(tmp_path), "--published", "2023-03-22",
                                                   "--format", "json"], obj={}).stdout)
    assert as_json(result.rows()) == cli_rows and (result.files_ok, result.files_failed) == (1, 1)
    assert [(s.done, s.total, s.articles, s.failed) for s in steps] == [(0, 2, 0, 0), (1, 2, 0, 1), (2, 2, 1, 1)]
    assert "empty.txt" in str(result.errors[0]) and result.people()[0]["person"] == "柏思源"
    (record,) = kg.extract_text(ARTICLE, published="2023-03-22")
    (from_file,) = cli_rows
    assert record["source"].startswith("text-") and {**record, "source": None} == {**from_file, "source": None}
    with pytest.raises(InputError, match="empty"):
        kg.extract_text("\n\n")


def test_evaluate_gives_the_scores_of_kg_eval():
    result = kg.evaluate(GOLD, DEV)
    assert as_json(result.scores) == cli_json([], ["eval", "--gold", str(GOLD), "--corpus", str(DEV)])
    assert {r["set"] for r in result.scores} >= {"people", "posts", "roles", "events", "reporters", "mean"}


def test_rows_give_a_dataframe_when_pandas_is_installed_else_say_how_to_get_one():
    rows = Rows([{"name": "赵毅", "events": 2}, {"name": "张刚", "office": "区委"}])
    if importlib.util.find_spec("pandas") is None:  # kg does not depend on pandas
        with pytest.raises(MissingDependency, match="pip install pandas") as info:
            rows.df()
        assert isinstance(info.value, KGError)
        with pytest.raises(MissingDependency):
            rows.to_pandas()
    else:
        frame = rows.df()
        assert list(frame.columns) == ["name", "events", "office"] and frame["name"].tolist() == ["赵毅", "张刚"]
    assert rows == [{"name": "赵毅", "events": 2}, {"name": "张刚", "office": "区委"}]  # a plain list of dicts


def test_view_writes_the_file_kg_view_writes(embedded, tmp_path):
    options, store = embedded
    drawn = store.view("person", "赵毅", tmp_path / "api.html")
    result = CliRunner().invoke(cli, [*options, "view", "person", "赵毅", "-o", str(tmp_path / "cli.html")], obj={})
    assert result.exit_code == 0, result.output
    assert f"{drawn.nodes} node(s), {drawn.relationships} relationship(s)" in result.output
    assert (tmp_path / "api.html").read_text("utf-8") == (tmp_path / "cli.html").read_text("utf-8")
