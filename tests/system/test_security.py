"""Security on the tests' own Neo4j server (tests/support/faults.py): user values reach Cypher only as
parameters, `kg cypher` writes only with --write, the password appears in no output and no
Neo4j log, and scripts/neo4j serves 127.0.0.1 only, with authentication on. (Hostile names
against the lookups on the embedded store: tests/query/test_lookups.py; the read-only check of
kg.query.rawcypher itself: tests/query/test_rawcypher.py.)"""

from __future__ import annotations

import json
import secrets
import stat
import subprocess
import time
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
from tests.support.faults import SCRIPT, Graph, OwnNeo4j, base_env, kg, neo4j_settings_of
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


PROBES = ["TERMINATE TRANSACTIONS 'neo4j-transaction-999999'",
          "SHOW TRANSACTIONS YIELD transactionId AS t WHERE t = 'none' TERMINATE TRANSACTIONS t",
          "LOAD CSV FROM 'file:///secret.csv' AS row RETURN row",
          "CALL db.clearQueryCaches()", "SHOW USERS", "USE system SHOW USERS"]


def test_kg_cypher_refuses_administration_and_load_csv_without_write(own_neo4j):
    probes = PROBES + [f"LOAD CSV FROM 'http://127.0.0.1:{own_neo4j.http}/' AS row RETURN row"]
    for query in probes:
        r = run(own_neo4j, "cypher", query)
        assert r.returncode == 1 and "--write" in r.stderr and r.stdout == "", (query, r.stderr)
    assert run(own_neo4j, "cypher", "CALL db.labels() YIELD label RETURN count(*) AS n").returncode == 0


def test_the_server_refuses_load_csv_outside_import_and_to_private_addresses(own_neo4j, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n", "utf-8")
    (own_neo4j.run_dir / "import" / "ok.csv").write_text("x,y\n", "utf-8")
    r = run(own_neo4j, "cypher", "LOAD CSV FROM 'file:///ok.csv' AS row RETURN row", "--write", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == [{"row": ["x", "y"]}], r.stderr
    for url in (f"file://{secret}", f"file:///..{secret}", "file:///../conf/neo4j.conf",
                f"http://127.0.0.1:{own_neo4j.http}/", f"http://localhost:{own_neo4j.http}/",
                f"http://[::1]:{own_neo4j.http}/", "http://10.0.0.1/", "http://169.254.169.254/"):
        r = run(own_neo4j, "cypher", f"LOAD CSV FROM '{url}' AS row RETURN row", "--write")
        assert r.returncode == 1 and "ExternalResourceFailed" in r.stderr, (url, r.stdout, r.stderr)
    conf = (own_neo4j.run_dir / "conf" / "neo4j.conf").read_text()
    assert "dbms.security.allow_csv_import_from_file_urls=true" in conf
    assert f"server.directories.import={own_neo4j.run_dir}/import" in conf


def test_a_uri_with_credentials_is_never_printed(tmp_path):
    secret = "s3cret-Pa55word"
    for uri in (f"bolt://neo4j:{secret}@127.0.0.1:7687", f"neo4j://{secret}@127.0.0.1:1",
                f"http://neo4j:{secret}@127.0.0.1:7687"):
        env = {**base_env(), "NEO4J_URI": uri, "NEO4J_PASSWORD": "other-password"}
        for args in (["stats"], ["status"], ["cypher", "RETURN 1"], ["browser"]):
            r = kg("--backend", "neo4j", *args, env=env)
            assert secret not in r.stdout + r.stderr, (uri, args, r.stdout, r.stderr)
        r = kg("--backend", "neo4j", "stats", env=env)
        assert r.returncode == 2 and r.stderr.startswith("kg: error: NEO4J_URI=") and "***@" in r.stderr


@pytest.mark.slow
def test_first_start_keeps_the_password_off_command_lines_and_the_home_private(neo4j_driver, tmp_path):
    """`ps` sampled during a first start (set-initial-password, server) never shows the
    password; the home's folders are 700 and its files 600."""
    server = OwnNeo4j(tmp_path / "home")
    password = "Pw-" + secrets.token_hex(8) + ' "q\\ $x'
    env = {**server.script_env(), "NEO4J_PASSWORD": password}
    proc = subprocess.Popen([str(SCRIPT), "start"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, stdin=subprocess.DEVNULL)
    seen, samples = [], 0
    try:
        while proc.poll() is None:
            ps = subprocess.run(["ps", "-eww", "-o", "args="], capture_output=True, text=True).stdout
            samples += 1
            seen += [line for line in ps.splitlines() if password in line or "set-initial-password" in line]
            time.sleep(0.02)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 0, err
        server.password = password
        assert samples > 20 and password not in out.replace(f"NEO4J_PASSWORD={password!r}", "") + err
        assert [line for line in seen if password in line] == []
        with server.driver() as d:
            d.verify_connectivity()
        run_dir = server.run_dir
        loose = [str(p) for p in [server.home, *run_dir.rglob("*")]
                 if not p.is_symlink() and stat.S_IMODE(p.stat().st_mode) & 0o077]
        assert loose == []
        assert not list(run_dir.rglob("*.args"))  # the AdminTool's @-file is removed
    finally:
        if proc.poll() is None:
            proc.kill()
        server.script("stop")
