"""The benchmark's own Neo4j servers, run with scripts/neo4j: never the shared default one.

`BenchServer(home, bolt, http)` drives `scripts/neo4j start|stop|status|import` with its own
KG_NEO4J_HOME and ports, and the jar cache of the shared server (KG_NEO4J_LIB, or
`~/.cache/kg/neo4j/lib`). `reset()` deletes its neo4j database files while it is stopped
(the next start creates an empty database), which is much faster than deleting 10,000
articles' graph through Cypher.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import GraphDatabase

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "neo4j"
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


def jar_lib() -> str:
    shared = Path(os.environ.get("KG_NEO4J_HOME", Path.home() / ".cache" / "kg" / "neo4j"))
    return os.environ.get("KG_NEO4J_LIB", str(shared / "lib"))


@dataclass
class BenchServer:
    home: Path
    bolt: int
    http: int
    password: str = ""
    started_here: bool = False
    log: list[str] = field(default_factory=list)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt}"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_NEO4J"))}
        env.update(KG_NEO4J_HOME=str(self.home), KG_NEO4J_LIB=jar_lib(), NEO4J_BOLT_PORT=str(self.bolt),
                   NEO4J_HTTP_PORT=str(self.http), KG_PYTHON=sys.executable)
        return env

    def script(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        r = subprocess.run([str(SCRIPT), *args], env=self.env(), capture_output=True, text=True,
                           timeout=1800, stdin=subprocess.DEVNULL)
        self.log += [r.stdout, r.stderr]
        if check and r.returncode != 0:
            raise RuntimeError(f"scripts/neo4j {' '.join(args)} failed:\n{r.stderr[-2000:]}")
        return r

    def running(self) -> bool:
        return self.script("status", check=False).returncode == 0

    def start(self) -> float:
        """Start (or attach to) the server; seconds it took."""
        t = time.perf_counter()
        self.started_here = self.started_here or not self.running()
        r = self.script("start")
        self.password = dict(line.split("=", 1) for line in r.stdout.splitlines())["NEO4J_PASSWORD"]
        return time.perf_counter() - t

    def stop(self) -> None:
        self.script("stop")

    def reset(self) -> None:
        """Delete the neo4j database's files (server stopped): the next start is empty."""
        assert not self.running(), "reset() needs the server stopped"
        data = self.home / "run" / "data"
        for sub in ("databases/neo4j", "transactions/neo4j"):
            shutil.rmtree(data / sub, ignore_errors=True)

    def bulk_import(self, directory: Path) -> dict[str, float]:
        """scripts/neo4j import DIR; seconds and the counts neo4j-admin reports."""
        t = time.perf_counter()
        r = self.script("import", str(directory))
        out = {"seconds": time.perf_counter() - t}
        text = r.stdout + r.stderr
        for what in ("nodes", "relationships", "properties"):
            m = re.search(rf"(\d+) {what}", text)
            out[what] = int(m.group(1)) if m else -1
        m = re.search(r"IMPORT DONE in ([^.]*)", text)
        out["neo4j_admin_says"] = m.group(1) if m else None
        return out

    def kg_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_BACKEND", "KG_STORE"))}
        env.update(NEO4J_URI=self.uri, NEO4J_USERNAME="neo4j", NEO4J_PASSWORD=self.password)
        return env

    def driver(self):
        return GraphDatabase.driver(self.uri, auth=("neo4j", self.password))

    def wipe(self) -> None:
        with self.driver() as d, d.session() as s:
            s.run(WIPE).consume()
