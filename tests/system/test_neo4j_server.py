"""The local Neo4j server of scripts/neo4j: Bolt, Browser, localhost-only, auth, start/stop."""

from __future__ import annotations

import os
import stat
import subprocess
import urllib.request
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from tests.support.listening import is_loopback, listen_addresses
from tests.support.paths import REPO

pytestmark = pytest.mark.neo4j

SCRIPT = REPO / "scripts" / "neo4j"
HTTP_PORT = int(os.environ.get("NEO4J_HTTP_PORT", "7474"))


def run_script(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def bolt_port(uri: str) -> int:
    return int(uri.rsplit(":", 1)[1])


def test_return_1_with_env_credentials(neo4j_driver, neo4j_settings):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one", database_=neo4j_settings.database)
    assert records[0]["one"] == 1


def test_start_when_running_prints_the_three_lines(neo4j_driver, neo4j_settings):
    result = run_script("start")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"NEO4J_URI={neo4j_settings.uri}",
        f"NEO4J_USERNAME={neo4j_settings.username}",
        f"NEO4J_PASSWORD={neo4j_settings.password}",
    ]


def test_status_says_running_without_the_password(neo4j_driver, neo4j_settings):
    result = run_script("status")
    assert result.returncode == 0
    assert "running" in result.stdout and "not running" not in result.stdout
    assert f"bolt 127.0.0.1:{bolt_port(neo4j_settings.uri)}" in result.stdout
    assert neo4j_settings.password not in result.stdout + result.stderr


def test_browser_is_served(neo4j_driver):
    with urllib.request.urlopen(f"http://127.0.0.1:{HTTP_PORT}/browser/", timeout=30) as response:
        assert response.status == 200
        html = response.read().decode("utf-8")
    assert "<title>Neo4j Browser</title>" in html


def test_listens_on_localhost_only(neo4j_driver, neo4j_settings):
    for port in (bolt_port(neo4j_settings.uri), HTTP_PORT):
        addresses = listen_addresses(port)
        assert addresses, f"nothing listens on port {port}"
        assert all(is_loopback(a) for a in addresses), f"port {port} listens on {addresses}"


def test_wrong_password_is_rejected(neo4j_driver, neo4j_settings):
    wrong = (neo4j_settings.username, neo4j_settings.password + "-wrong")
    with GraphDatabase.driver(neo4j_settings.uri, auth=wrong) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()


@pytest.mark.slow
def test_start_stop_cycle_in_a_separate_home(tmp_path):
    """A second server (own home and ports) goes through start, restart and stop."""
    default_home = Path(os.environ.get("KG_NEO4J_HOME", Path.home() / ".cache" / "kg" / "neo4j"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(
        KG_NEO4J_HOME=str(tmp_path / "neo4j"),
        KG_NEO4J_LIB=os.environ.get("KG_NEO4J_LIB", str(default_home / "lib")),
        NEO4J_BOLT_PORT=os.environ.get("KG_TEST_NEO4J_BOLT_PORT", "17687"),
        NEO4J_HTTP_PORT=os.environ.get("KG_TEST_NEO4J_HTTP_PORT", "17474"),
    )
    uri = f"bolt://127.0.0.1:{env['NEO4J_BOLT_PORT']}"
    pidfile = tmp_path / "neo4j" / "run" / "run" / "neo4j.pid"
    try:
        status = run_script("status", env=env)
        assert status.returncode == 3 and "not running" in status.stdout

        first = run_script("start", env=env)
        assert first.returncode == 0, first.stderr
        lines = first.stdout.splitlines()
        assert lines[:2] == [f"NEO4J_URI={uri}", "NEO4J_USERNAME=neo4j"] and len(lines) == 3
        password = lines[2].removeprefix("NEO4J_PASSWORD=")
        assert len(password) >= 8
        password_file = tmp_path / "neo4j" / "run" / "password"
        assert password_file.read_text().strip() == password
        assert stat.S_IMODE(password_file.stat().st_mode) == 0o600

        with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS one")
            assert records[0]["one"] == 1

        status = run_script("status", env=env)
        assert status.returncode == 0 and f"bolt 127.0.0.1:{env['NEO4J_BOLT_PORT']}" in status.stdout
        assert password not in status.stdout + status.stderr
        assert run_script("start", env=env).stdout == first.stdout

        assert run_script("stop", env=env).returncode == 0
        assert run_script("status", env=env).returncode == 3
        assert not listen_addresses(int(env["NEO4J_BOLT_PORT"]))
        assert run_script("stop", env=env).returncode == 0

        pidfile.write_text(f"{os.getpid()}\n")  # stale: a live process that is not Neo4j
        assert run_script("status", env=env).returncode == 3
        again = run_script("start", env=env)  # restart keeps the data and the stored password
        assert again.returncode == 0, again.stderr
        assert again.stdout == first.stdout
        assert int(pidfile.read_text()) != os.getpid()
    finally:
        stopped = run_script("stop", env=env)
    assert stopped.returncode == 0, stopped.stderr
    assert run_script("status", env=env).returncode == 3
