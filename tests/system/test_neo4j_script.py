"""scripts/neo4j status without Java: a stand-in process with the server's command line
(and, when asked, a Bolt handshake on the configured port) in a home of its own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from tests.support.paths import REPO

SCRIPT = REPO / "scripts" / "neo4j"

FAKE = r"""
import socket, sys, time
port = int(sys.argv[1])
if port:
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(8)
    while True:
        conn, _ = srv.accept()
        with conn:
            if conn.recv(20)[:4] == b"\x60\x60\xb0\x17":
                conn.sendall(b"\x00\x00\x04\x05")
else:
    time.sleep(120)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def home(tmp_path):
    run = tmp_path / "run"
    (run / "conf").mkdir(parents=True)
    (run / "run").mkdir()
    return tmp_path


def fake_server(home, port: int, answers: bool):
    """A process whose command line is the server's for this home, answering Bolt or not."""
    run = home / "run"
    (run / "conf" / "neo4j.conf").write_text(
        f"server.bolt.listen_address=127.0.0.1:{port}\nserver.http.listen_address=127.0.0.1:{free_port()}\n")
    proc = subprocess.Popen([sys.executable, "-c", FAKE, str(port if answers else 0),
                             "org.neo4j.server.CommunityEntryPoint", f"--home-dir={run}", "--console-mode"])
    (run / "run" / "neo4j.pid").write_text(f"{proc.pid}\n")
    if answers:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
    return proc


def status(home) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_NEO4J_HOME": str(home)}
    return subprocess.run([str(SCRIPT), "status"], env=env, capture_output=True, text=True, timeout=60)


def test_status_running_needs_a_live_pid_and_a_bolt_answer(home):
    proc = fake_server(home, free_port(), answers=True)
    try:
        r = status(home)
        assert r.returncode == 0 and r.stdout.startswith(f"neo4j running (pid {proc.pid}"), r.stdout
    finally:
        proc.kill()
        proc.wait()
    r = status(home)  # the pid is gone: not running, whatever the pid file says
    assert r.returncode == 3 and r.stdout.startswith("neo4j not running"), r.stdout


def test_status_of_a_server_being_stopped_is_stopping(home):
    proc = fake_server(home, free_port(), answers=True)
    try:
        (home / "run" / "run" / "neo4j.stopping").write_text(f"{proc.pid}\n")  # as `stop` writes it
        r = status(home)
        assert r.returncode == 3 and r.stdout.startswith(f"neo4j stopping (pid {proc.pid}"), r.stdout
    finally:
        proc.kill()
        proc.wait()


def test_status_of_a_live_pid_without_bolt_is_not_running(home):
    proc = fake_server(home, free_port(), answers=False)  # shutting down: Bolt closed, JVM alive
    try:
        r = status(home)
        assert r.returncode == 3 and r.stdout.startswith(f"neo4j not answering (pid {proc.pid}"), r.stdout
        assert "running (" not in r.stdout
    finally:
        proc.kill()
        proc.wait()
