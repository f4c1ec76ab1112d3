"""Security on the tests' own Neo4j server (tests/support/faults.py): user values reach Cypher only as
parameters, `kg cypher` writes only with --write, the password appears in no output and no
Neo4j log, and scripts/neo4j serves 127.0.0.1 only, with authentication on. (Hostile names
against the lookups on the embedded store: tests/query/test_lookups.py; the read-only check of
kg.query.rawcypher itself: tests/query/test_rawcypher.py.)"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from kg.cli.commands import cli
from kg.graph.build import build_graph
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from tests.support.faults import Graph, kg, neo4j_settings_of
from tests.support.records import record
from tests.support.listening import is_loopback, listen_addresses

INJECTION = "'}) DETACH DELETE n //"
# names as the graph spells them (no whitespace, kg.query.lookups.clean): comments separate words
HOSTILE_NAMES = ["甲'})DETACH/**/DELETE/**/n//", '乙"})MATCH(n)DETACH/**/DELETE/**/n//', "丙\\'}\\",
                 "丁}RETURN/**/1/**/UNION/**/MATCH(n)RETURN/**/n", "戊$name`", "己CALL{MATCH(n)DETACH/**/DELETE/**/n}"]


def run(server, *args: str):
    """`kg --backend neo4j ARGS` in this process, against the tests' own server."""
    r = CliRunner().invoke(cli, ["--backend", "neo4j", *args], obj={}, env=server.kg_env(),
                           catch_exceptions=False)
    r.returncode = r.exit_code
    return r


def hostile_records():
    out = []
    for i, name in enumerate(HOSTILE_NAMES):
        org = f"示范区{INJECTION}委员会" if i % 2 else "示范区{x}人民政府"
        text = f"{org}召开会议。{org}主任{name}主持会议并讲话。"
        out.append(record(text, source=f"/tmp/it's {{a}}\\b {INJECTION}.txt", index=i, title=f"标题{INJECTION}{i}",
                          url=f"http://x.example/?q={INJECTION}", people={name: [(org, "主任")]},
                          events=[("meeting", "2022-01-05", [], [(name, "chaired")])]))
    return out


def test_hostile_values_are_stored_and_found_as_values(own_neo4j, tmp_path):
    own_neo4j.wipe()
    store = Neo4jStore(own_neo4j.settings)
    store.init()
    batch = build_graph(hostile_records())
    store.write(batch)
    twin = EmbeddedStore(tmp_path / "twin.kgstore")
    twin.write(batch)
    assert store.snapshot() == twin.snapshot()  # every value round-trips unchanged
    for name in HOSTILE_NAMES:
        r = run(own_neo4j, "person", name, "--json")
        assert r.returncode == 0, r.stderr
        assert [p["name"] for p in json.loads(r.stdout)] == [name]
        r = run(own_neo4j, "cypher", "MATCH (p:Person {name: $n}) RETURN p.name AS name", "--param", f"n={name}",
                "--json")
        assert r.returncode == 0 and json.loads(r.stdout) == [{"name": name}], r.stderr
    assert store.counts() == twin.counts()
    source = hostile_records()[0].article.source
    r = run(own_neo4j, "forget", source, "--json")  # a hostile path as a value
    assert r.returncode == 0 and len(json.loads(r.stdout)) == len(HOSTILE_NAMES), r.stderr
    assert store.counts() == {"labels": {}, "types": {}}
    store.close()


def test_ingest_of_a_hostile_file_name_and_text(own_neo4j, tmp_path):
    own_neo4j.wipe()
    path = tmp_path / f"it's {{a}}\\b {INJECTION.replace('/', '_')}.md"
    path.write_text(f"# 区委书记{INJECTION}召开会议\n\n本报讯 示范区召开会议。区委书记甲乙丙{INJECTION}主持会议。\n"
                    f"\n# 第二篇 MATCH (n) DETACH DELETE n\n\n本报讯 县长柏思源主持召开县政府常务会议。\n", "utf-8")
    env = own_neo4j.kg_env()
    r = kg("--backend", "neo4j", "ingest", str(path), "--published", "2022-01-07", env=env)
    assert r.returncode == 0, r.stderr
    graph = Graph.of(neo4j_settings_of(own_neo4j))
    titles = {n.props["title"] for n in graph.nodes.values() if n.label == "Article"}
    assert titles == {f"区委书记{INJECTION}召开会议", "第二篇 MATCH (n) DETACH DELETE n"}
    again = kg("--backend", "neo4j", "ingest", str(path), "--published", "2022-01-07", env=env)
    assert again.returncode == 0 and "2 unchanged" in again.stderr
    assert Graph.of(neo4j_settings_of(own_neo4j)).counts == graph.counts


def test_kg_cypher_is_read_only_unless_write(own_neo4j):
    own_neo4j.wipe()
    own_neo4j.read("CREATE (:Scratch {k: 1})")
    for query in ("MATCH (n) DETACH DELETE n", "CREATE (n:Pwned) RETURN n",
                  "CREATE INDEX pwned IF NOT EXISTS FOR (n:Pwned) ON (n.k)"):
        r = run(own_neo4j, "cypher", query)
        assert r.returncode == 1 and "--write" in r.stderr, r.stderr
    assert own_neo4j.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 1
    r = run(own_neo4j, "cypher", "MATCH (n:Scratch) DETACH DELETE n", "--write")
    assert r.returncode == 0, r.stderr
    assert own_neo4j.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0


def test_the_password_is_in_no_output_and_no_log(own_neo4j, tmp_path):
    secret = own_neo4j.password
    page = tmp_path / "page.md"
    page.write_text("# 县长主持召开常务会议\n\n3月20日,县长柏思源主持召开县政府常务会议。\n", "utf-8")
    env = own_neo4j.kg_env()
    outputs = list(own_neo4j.outputs)  # every scripts/neo4j run of the session (start, kill, stop)
    for args in (["ingest", str(page)], ["stats"], ["status"], ["export", "--format", "json"],
                 ["browser"], ["cypher", "RETURN 1 AS one"]):
        r = kg("--backend", "neo4j", *args, env=env)
        outputs += [r.stdout, r.stderr]
    nodb = kg("--backend", "neo4j", "stats", env=own_neo4j.kg_env(NEO4J_DATABASE="nosuchdb"))
    assert nodb.returncode == 2
    outputs += [nodb.stdout, nodb.stderr]
    start, status = own_neo4j.script("start"), own_neo4j.script("status")
    assert start.returncode == status.returncode == 0
    # `start` prints the NEO4J_PASSWORD line for eval "$(scripts/neo4j start)": only there
    assert [line for line in start.stdout.splitlines() if secret in line] == [f"NEO4J_PASSWORD={secret}"]
    outputs = [o.replace(f"NEO4J_PASSWORD={secret}\n", "") for o in outputs + [start.stdout, start.stderr,
                                                                                status.stdout, status.stderr]]
    assert not [o for o in outputs if secret in o]
    logs = sorted(p for p in (own_neo4j.run_dir / "logs").rglob("*") if p.is_file())
    assert {p.name for p in logs} >= {"neo4j.log", "debug.log", "security.log"}
    assert not [p.name for p in logs if secret.encode() in p.read_bytes()]
    conf = (own_neo4j.run_dir / "conf" / "neo4j.conf").read_text()
    assert secret not in conf


def test_scripts_neo4j_serves_loopback_only_with_authentication(own_neo4j):
    conf = dict(line.split("=", 1) for line in (own_neo4j.run_dir / "conf" / "neo4j.conf").read_text().splitlines()
                if "=" in line and not line.startswith("#"))
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == f"127.0.0.1:{own_neo4j.bolt}"
    assert conf["server.http.listen_address"] == f"127.0.0.1:{own_neo4j.http}"
    assert conf["server.https.enabled"] == "false" and conf["dbms.security.auth_enabled"] == "true"
    for port in (own_neo4j.bolt, own_neo4j.http):
        addresses = listen_addresses(port)
        assert addresses and all(is_loopback(a) for a in addresses), (port, addresses)
    with GraphDatabase.driver(own_neo4j.uri, auth=None) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()
    request = urllib.request.Request(f"http://127.0.0.1:{own_neo4j.http}/db/neo4j/tx/commit", method="POST",
                                     data=b'{"statements": [{"statement": "RETURN 1"}]}',
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(request, timeout=30)
    assert e.value.code == 401
