"""Helpers of the fault tests (tests/system/test_faults_*.py, test_concurrency.py, test_security.py).

A second Neo4j server, so that they never stop, kill or wipe the shared one: `OwnNeo4j` runs scripts/neo4j with its own home (a pytest tmp folder), its own ports
(KG_FAULT_NEO4J_BOLT_PORT / KG_FAULT_NEO4J_HTTP_PORT, default: free ports the OS picks, so
that test sessions running at once do not collide) and the jar cache of the shared server
(KG_NEO4J_LIB). The `own_neo4j` fixture of conftest.py starts it
once per session; tests may stop, kill (SIGKILL of this instance's pid only) and restart
it, and wipe its database. Also: running `kg` as a subprocess, the synthetic corpus, and the
graph of a clean run over it (the reference every fault and concurrency test compares with).
"""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import GraphDatabase

from kg.config import Neo4jSettings, Settings
from kg.graph.model import Node, Rel
from kg.pipeline import ingest
from kg.store import open_store
from tests.support.paths import REPO

SCRIPT = REPO / "scripts" / "neo4j"
KG = [sys.executable, "-m", "kg.cli"]
BATCH = 50  # articles per write transaction of every kg the helpers run (KG_BATCH_ARTICLES)


def default_lib() -> str:
    home = Path(os.environ.get("KG_NEO4J_HOME", Path.home() / ".cache" / "kg" / "neo4j"))
    return os.environ.get("KG_NEO4J_LIB", str(home / "lib"))


def base_env() -> dict[str, str]:
    """The environment without any Neo4j or kg setting of the caller, and small batches
    (each its own transaction, so that a kill can land between two)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NEO4J_", "KG_BACKEND", "KG_STORE", "KG_LOCK", "KG_EMBEDDED"))}
    return {**env, "KG_BATCH_ARTICLES": str(BATCH)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port(variable: str) -> int:
    return int(os.environ.get(variable) or free_port())


@dataclass
class OwnNeo4j:
    home: Path
    bolt: int = field(default_factory=lambda: port("KG_FAULT_NEO4J_BOLT_PORT"))
    http: int = field(default_factory=lambda: port("KG_FAULT_NEO4J_HTTP_PORT"))
    password: str = ""
    outputs: list[str] = field(default_factory=list)  # every stdout/stderr of scripts/neo4j
    _reader: object = field(default=None, repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt}"

    @property
    def run_dir(self) -> Path:
        return self.home / "run"

    @property
    def settings(self) -> Neo4jSettings:
        return Neo4jSettings(self.uri, "neo4j", self.password)

    def script_env(self) -> dict[str, str]:
        return {**base_env(), "KG_NEO4J_HOME": str(self.home), "KG_NEO4J_LIB": default_lib(),
                "NEO4J_BOLT_PORT": str(self.bolt), "NEO4J_HTTP_PORT": str(self.http)}

    def script(self, command: str) -> subprocess.CompletedProcess:
        r = subprocess.run([str(SCRIPT), command], env=self.script_env(), capture_output=True,
                           text=True, timeout=300, stdin=subprocess.DEVNULL)
        self.outputs += [r.stdout, r.stderr]
        return r

    def start(self) -> None:
        r = self.script("start")
        assert r.returncode == 0, r.stderr
        lines = dict(line.split("=", 1) for line in r.stdout.splitlines())
        assert lines["NEO4J_URI"] == self.uri
        self.password = lines["NEO4J_PASSWORD"]

    def stop(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        r = self.script("stop")
        assert r.returncode == 0, r.stderr

    def pid(self) -> int | None:
        try:
            return int((self.run_dir / "run" / "neo4j.pid").read_text())
        except (OSError, ValueError):
            return None

    def kill(self) -> None:
        """SIGKILL this instance's server (the pid its own pid file names), and wait until
        it is gone and its port closed (`status` says "not running" as soon as the dying
        process has released its memory, while its socket may still be open)."""
        pid = self.pid()
        assert pid and self.script("status").returncode == 0
        os.kill(pid, signal.SIGKILL)
        if self._reader is not None:
            self._reader.close()
            self._reader = None

        def gone() -> bool:
            try:
                with open(f"/proc/{pid}/stat") as f:
                    if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                        return False
            except FileNotFoundError:
                pass
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", self.bolt)) != 0

        wait_for(gone, 30, 0.1, "the killed server to exit")
        assert self.script("status").returncode == 3

    def kg_env(self, **extra: str) -> dict[str, str]:
        return {**base_env(), "NEO4J_URI": self.uri, "NEO4J_USERNAME": "neo4j",
                "NEO4J_PASSWORD": self.password, **extra}

    def driver(self):
        return GraphDatabase.driver(self.uri, auth=("neo4j", self.password))

    def read(self, cypher: str, **params):
        """Rows of a query, on one driver kept for the session (polling opens no new ones)."""
        if self._reader is None:
            self._reader = self.driver()
        return self._reader.execute_query(cypher, params)[0]

    def wipe(self) -> None:
        with self.driver() as d, d.session() as s:  # CALL IN TRANSACTIONS needs auto-commit
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()



def kg(*args: str, env: dict[str, str] | None = None, timeout: float = 300,
       cwd: Path | None = None, wrap: str | None = None) -> subprocess.CompletedProcess:
    """Run the kg CLI in a subprocess (as a user would), capturing its output; `wrap`: a
    Python program run first that runs kg as its child (to measure it)."""
    prefix = [sys.executable, "-c", wrap] if wrap else []
    return subprocess.run([*prefix, *KG, *args], env=env if env is not None else base_env(),
                          capture_output=True, text=True, timeout=timeout, cwd=cwd or REPO,
                          stdin=subprocess.DEVNULL)


def kg_popen(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([*KG, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=REPO, stdin=subprocess.DEVNULL)


def finish(proc: subprocess.Popen, timeout: float = 120) -> subprocess.CompletedProcess:
    """Wait for a `kg_popen` process (killing it after `timeout`) and return its outcome."""
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        proc.kill()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def synth(out: Path, articles: int, seed: int = 1) -> list[Path]:
    """benchmarks.synth pages (front matter + headed articles); returns the page files."""
    subprocess.run([sys.executable, "-m", "benchmarks.synth", "--articles", str(articles),
                    "--seed", str(seed), "--out", str(out)], check=True, capture_output=True, cwd=REPO)
    return sorted(out.glob("page-*.md"))


def wait_for(predicate, timeout: float, interval: float = 0.05, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@dataclass(frozen=True)
class Graph:
    """What a store holds: counts by label and type, node keys, and relationships by key."""

    counts: dict
    nodes: dict[str, Node]
    rels: dict[str, Rel]

    @classmethod
    def of(cls, settings: Settings) -> "Graph":
        with open_store(settings) as store:
            nodes, rels = store.snapshot()
            counts = store.counts()
        return cls(counts, {n.key: n for n in nodes}, {r.key: r for r in rels})

    def articles(self) -> set[str]:
        return {k for k, n in self.nodes.items() if n.label == "Article"}

    def support(self) -> dict[str, set[str]]:
        """Article id → keys of the nodes and relationships it supports (and its own)."""
        out: dict[str, set[str]] = {aid: {aid} for aid in self.articles()}
        for k, x in [*self.nodes.items(), *self.rels.items()]:
            for aid in x.props.get("articles") or ():
                out.setdefault(aid, set()).add(k)
        return out


def clean_graph(*paths: Path) -> Graph:
    """The graph of one clean `kg ingest` of `paths`."""
    return sequential_graph(tuple(paths))


@functools.lru_cache(maxsize=None)
def sequential_graph(*runs: tuple[Path, ...]) -> Graph:
    """The graph of `kg ingest` runs one after the other, each of a tuple of paths, into a
    new embedded store (the stores agree, tests/test_pipeline.py). Cached per session."""
    import tempfile

    store = Path(tempfile.mkdtemp(prefix="kg-clean-")) / "g.kgstore"
    settings = Settings("embedded", store, Neo4jSettings("bolt://unused", "neo4j"))
    for paths in runs:
        report = ingest([str(p) for p in paths], settings)
        assert not report.errors, report.errors
    return Graph.of(settings)


def neo4j_settings_of(server: OwnNeo4j) -> Settings:
    return Settings("neo4j", Path("unused.kgstore"), server.settings)


def assert_complete_articles(partial: Graph, clean: Graph, batch: int) -> None:
    """A store left by an interrupted ingest holds whole batches of whole articles, each
    with every fact the clean run gives it, and nothing the clean run lacks."""
    stored = partial.articles()
    assert len(stored) % batch == 0 and 0 < len(stored) < len(clean.articles()), len(stored)
    assert set(partial.nodes) <= set(clean.nodes) and set(partial.rels) <= set(clean.rels)
    have, want = partial.support(), clean.support()
    for aid in stored:
        assert want[aid] <= have[aid], f"article {aid} is incomplete"


def assert_same_graph(after: Graph, clean: Graph) -> None:
    """Same counts, node keys and relationship keys as the clean run (differences named)."""
    missing = [clean.rels[k] for k in sorted(set(clean.rels) - set(after.rels))][:5]
    extra = [after.rels[k] for k in sorted(set(after.rels) - set(clean.rels))][:5]
    assert set(after.nodes) == set(clean.nodes), sorted(set(after.nodes) ^ set(clean.nodes))[:10]
    assert not missing and not extra, (missing, extra)
    assert after.counts == clean.counts
