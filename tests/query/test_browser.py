"""kg.query.browser and `kg browser`: URLs, the grass style, helper snippets. (A real headless
Chromium driving the Neo4j Browser with this output: tests/system/test_browser.py.)"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.query.browser import (browser_info, grass, helpers, literal, load_helper, params_block, snippet,
                              style_command)
from kg.cli.commands import cli
from kg.config import Neo4jSettings
from kg.graph.model import LABELS, REL_TYPES

PERSON = "赵毅"  # the official of the zhengzhou page, in two articles of the dev corpus


# --- URLs, style, snippets ----------------------------------------------------------------

@pytest.fixture
def no_http_port(monkeypatch):
    monkeypatch.delenv("NEO4J_HTTP_PORT", raising=False)


def test_urls_come_from_neo4j_uri_and_the_http_port(no_http_port, monkeypatch):
    info = browser_info(Neo4jSettings("bolt://127.0.0.1:7687", "neo4j", "s3cret"))
    assert info.browser_url == "http://127.0.0.1:7474/browser/"
    assert info.connect_url == "http://127.0.0.1:7474/browser/?dbms=bolt://neo4j@127.0.0.1:7687"
    info = browser_info(Neo4jSettings("neo4j+s://db.example.org", "kg user", "s3cret", "graph"))
    assert info.connect_url == ("https://db.example.org:7473/browser/"
                                "?dbms=neo4j+s://kg%20user@db.example.org:7687&db=graph")
    monkeypatch.setenv("NEO4J_HTTP_PORT", "8474")
    assert browser_info(Neo4jSettings("neo4j://host:7999", "neo4j")).connect_url == \
        "http://host:8474/browser/?dbms=neo4j://neo4j@host:7999"
    assert browser_info(Neo4jSettings("neo4j://host", "neo4j"), port=9000).browser_url == \
        "http://host:9000/browser/"


def test_bad_settings_are_config_errors(monkeypatch):
    runner = CliRunner()
    monkeypatch.setenv("NEO4J_HTTP_PORT", "web")
    res = runner.invoke(cli, ["browser"])
    assert res.exit_code == 2 and "NEO4J_HTTP_PORT='web'" in res.output
    monkeypatch.delenv("NEO4J_HTTP_PORT")
    monkeypatch.setenv("NEO4J_URI", "http://127.0.0.1:7474")
    res = runner.invoke(cli, ["browser"])
    assert res.exit_code == 2 and "not a bolt:// or neo4j:// URI" in res.output


def grass_blocks(text: str) -> dict[str, dict[str, str]]:
    """Parse grass like Browser does: `selector { key: value; ... }`, quotes dropped."""
    blocks = {}
    for sel, body in re.findall(r"([^{}\s]+)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", text):
        decls = {}
        for d in body.split(";"):
            if d.strip():
                parts = d.split(":")
                assert len(parts) == 2, f"{sel}: {d.strip()!r} is not one key: value"
                decls[parts[0].strip()] = parts[1].strip().strip("'\"")
        blocks[sel] = decls
    return blocks


def test_grass_styles_every_label_and_type():
    text = grass()
    assert "/*" not in text and "//" not in text  # Browser's grass parser has no comments
    blocks = grass_blocks(text)
    captions = {label: blocks[f"node.{label}"]["caption"] for label in LABELS}
    assert captions == {"Person": "{name}", "Office": "{name}", "District": "{name}",
                        "Event": "{caption}", "Article": "{title}"}
    colours = [blocks[f"node.{label}"]["color"] for label in LABELS]
    sizes = {blocks[f"node.{label}"]["diameter"] for label in LABELS}
    assert len(set(colours)) == len(LABELS) and len(sizes) >= 3
    rels = {t: blocks[f"relationship.{t}"]["caption"] for t in REL_TYPES if f"relationship.{t}" in blocks}
    assert rels["HOLDS"] == "HOLDS {title}" and rels["REPORTED_BY"] == "REPORTED_BY {role}"
    assert set(REL_TYPES) - set(rels) <= {"REPORTED_IN", "MENTIONED_IN"}  # default: '<type>'
    assert style_command().startswith(":style node {") and "\n" not in style_command()


def test_helper_snippets_bind_every_parameter():
    h = load_helper("person_graph")
    assert h.params == ("name",) and "$name" in h.query and "//" not in h.query
    assert params_block(h, {"name": PERSON}) == f":param name => '{PERSON}';"
    text = snippet(h, {"name": PERSON})
    assert text.startswith("// person_graph: ") and text.endswith(h.query)
    names = [x.name for x in helpers()]
    assert "person_graph" in names
    if "person" in names:
        assert names.index("person") < names.index("person_graph")
    for x in helpers():  # every $name of every helper gets a :param line
        assert set(re.findall(r"\$(\w+)", x.query)) <= set(x.params)
        assert params_block(x).count(":param ") == len(x.params)
    assert literal("O'Brien \\ ") == "'O\\'Brien \\\\ '" and literal(None) == "null"
    assert literal(3) == "3" and literal(["a", 1]) == "['a', 1]"


def test_each_snippet_takes_the_parameter_of_what_it_looks_up():
    """`--param name=<a person>` fills the person helpers, never the district one, which
    takes `$district` (as `holders` does) from `--param district=…`."""
    by_name = {h.name: h for h in helpers()}
    assert by_name["district"].params == ("district",)
    for person_helper in ("person", "timeline", "coattendance", "person_graph"):
        assert by_name[person_helper].params == ("name",)
    values = {"name": PERSON, "district": "梧桐办事处"}
    assert params_block(by_name["district"], values) == ":param district => '梧桐办事处';"
    assert ":param district => '梧桐办事处';" in snippet(by_name["district"], values)
    assert PERSON not in snippet(by_name["district"], values)


def test_cli_prints_urls_style_params_and_never_the_password(no_http_port, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j://127.0.0.1:7687")
    monkeypatch.setenv("NEO4J_USERNAME", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-Never-Shown-42")
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    runner = CliRunner()
    res = runner.invoke(cli, ["browser", "--queries", "--param", f"name={PERSON}", "--param", "top=5"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "http://127.0.0.1:7474/browser/?dbms=neo4j://neo4j@127.0.0.1:7687" in out
    assert style_command() in out.splitlines()
    assert f":param name => '{PERSON}';" in out and ":param top => 5;" in out
    assert "MATCH (p:Person {name: $name})" in out
    res = runner.invoke(cli, ["browser", "--json"])
    guide = json.loads(res.output)
    assert guide["queries"] == [] and ":param name => null;" in guide["params"]
    for args in (["browser"], ["browser", "--queries", "--json"]):
        assert "pw-Never-Shown-42" not in runner.invoke(cli, args).output
    bad = runner.invoke(cli, ["browser", "--param", "no-equals-sign"])
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.output
