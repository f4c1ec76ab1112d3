"""The embedded store at scale (issue 15): what a `kg` command costs on a store of N articles.

    python -m benchmarks.scale --store BIG.kgstore [--add CORPUS] [--runs 5]

For every lookup helper, the whole `kg` process (start to exit, as a user runs it) with
parameters drawn from the store: median wall time and peak RSS (wait4's ru_maxrss of the
child). Then `kg ingest` of a small corpus of new articles (default: 100 synthetic
articles of another seed) into a copy of the store: its store-write phase (the time
inside Store.write, benchmarks/child.py) and whole wall time. benchmarks/run.py runs this
on the store it built (N = KG_BENCH_SCALE, default its own corpus size) and reports the
ingest that built it (peak RSS, time per article) next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
JSON_REV = "7d62d13"  # the last kg with the JSON embedded store
TARGETS = {"process_s": 1.0, "lookup_rss_mib": 300, "add_write_s": 5.0, "ingest_rss_gib": 1.0}


def pools(store: Path, size: int, seed: int = 7) -> dict[str, list[str]]:
    """Parameter values from the store's tables (read-only): persons at events, offices with
    holders, titles, districts where events were held, reporters; `size` of each."""
    rng = random.Random(seed)
    q = {"people": "SELECT DISTINCT n.name FROM rels r JOIN nodes n ON n.key = r.start WHERE r.type IN "
                   "('CHAIRED','ATTENDED','SPOKE_AT','INSPECTED','ACCOMPANIED')",
         "offices": "SELECT DISTINCT n.name FROM rels r JOIN nodes n ON n.key = r.\"end\" WHERE r.type = 'HOLDS'",
         "titles": "SELECT DISTINCT title FROM rels WHERE type = 'HOLDS'",
         "places": "SELECT DISTINCT n.name FROM rels r JOIN nodes n ON n.key = r.\"end\" WHERE r.type = 'HELD_IN'",
         "reporters": "SELECT DISTINCT n.name FROM rels r JOIN nodes n ON n.key = r.\"end\" WHERE r.type = 'REPORTED_BY'"}
    with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as db:
        out = {}
        for k, sql in q.items():
            values = sorted(v for (v,) in db.execute(sql) if v)
            out[k] = rng.sample(values, min(size, len(values)))
    return out


def commands(p: dict[str, list[str]]) -> dict[str, list[list[str]]]:
    return {"person": [["person", x] for x in p["people"]],
            "office": [["office", x] for x in p["offices"]],
            "holders": [["holders", x] for x in p["titles"]],
            "district": [["district", x] for x in p["places"]],
            "events": [["events", "--person", x] for x in p["people"]],
            "timeline": [["timeline", x] for x in p["people"]],
            "coattendance": [["coattendance", x] for x in p["people"]],
            "reporter": [["reporter", x] for x in p["reporters"]]}


# Runs one command and reports its wall time and peak RSS. A child's ru_maxrss counts the
# memory of the process it was forked from (Linux keeps the old high-water mark on exec), so
# the measured `kg` is started by this small launcher, not by the benchmark's big process.
LAUNCH = """
import json, os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(json.dumps([time.perf_counter() - t, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)]))
"""


def run_process(args: list[str], env: dict, cwd: Path = ROOT) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB, exit status) of one `kg` process, start to exit."""
    r = subprocess.run([PY, "-c", LAUNCH, PY, "-m", "kg.cli", *args], env=env, cwd=cwd, capture_output=True,
                       text=True, check=True)
    wall, rss, code = json.loads(r.stdout)
    return wall, rss, code


def measure_helpers(store: Path, env: dict, runs: int, size: int, cwd: Path = ROOT) -> dict[str, dict]:
    out = {}
    for name, argsets in commands(pools(store, size)).items():
        walls, rss, fails = [], [], 0
        for args in argsets:
            run_process(["--store", str(store), *args], env, cwd)  # warm the page cache
            for _ in range(runs):
                w, m, code = run_process(["--store", str(store), *args], env, cwd)
                walls.append(w)
                rss.append(m)
                fails += code != 0
        out[name] = {"median_s": statistics.median(walls) if walls else None,
                     "max_s": max(walls, default=None), "peak_rss_mib": max(rss, default=None),
                     "runs": len(walls), "not_found": fails}
    return out


def measure_add(store: Path, corpus: Path, env: dict, work: Path) -> dict:
    """`kg ingest` of `corpus` into a copy of `store` (benchmarks/child.py phases)."""
    copy = work / "scale-add.kgstore"
    for f in work.glob("scale-add.kgstore*"):
        f.unlink()
    with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)  # a consistent copy, WAL included
    out = work / "scale-add.json"
    t = time.perf_counter()
    subprocess.run([PY, "-m", "benchmarks.child", str(out), "--", "--store", str(copy), "ingest", str(corpus)],
                   env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    r = json.loads(out.read_text())
    r["process_wall"] = time.perf_counter() - t
    for f in work.glob("scale-add.kgstore*"):
        f.unlink()
    return r


def measure_json(rev: str, corpus: Path, p: dict[str, list[str]], env: dict, work: Path, runs: int) -> dict:
    """The same with the former JSON store (kg at git revision `rev`, run from an archive of
    it): `kg ingest --jobs 2` of `corpus` (wall, peak RSS, file size), then the helpers."""
    old = work / f"kg-{rev}"
    if not (old / "kg").is_dir():
        old.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kg", "benchmarks"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
    store = work / "json.kgstore"
    store.unlink(missing_ok=True)
    out = work / "json-ingest.json"
    env = {**env, "PYTHONPATH": str(old)}
    subprocess.run([PY, "-m", "benchmarks.child", str(out), "--", "--store", str(store), "ingest", "--jobs", "2",
                    str(corpus)], env=env, cwd=old, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    r = json.loads(out.read_text())
    r["file_mib"] = store.stat().st_size / 2**20
    helpers = {}
    for name, argsets in commands(p).items():
        walls, rss = [], []
        for args in argsets:
            for _ in range(runs):
                w, m, _ = run_process(["--store", str(store), *args], env, old)
                walls.append(w)
                rss.append(m)
        helpers[name] = {"median_s": statistics.median(walls) if walls else None, "peak_rss_mib": max(rss, default=None),
                         "runs": len(walls)}
    r["helpers"] = helpers
    store.unlink(missing_ok=True)
    return r


def articles_in(store: Path) -> int:
    with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as db:
        return db.execute("SELECT count(*) FROM nodes WHERE label = 'Article'").fetchone()[0]


def measure(store: Path, add_corpus: Path, env: dict, work: Path, runs: int = 3, size: int = 5) -> dict:
    return {"articles": articles_in(store), "file_mib": store.stat().st_size / 2**20,
            "helpers": measure_helpers(store, env, runs, size), "add": measure_add(store, add_corpus, env, work)}


def add_corpus(work: Path, n: int = 100, seed: int = 99) -> Path:
    """`n` synthetic articles of another seed: new to a store built from the benchmark corpus."""
    out = work / f"corpus-{n}-seed{seed}"
    if not (out / "truth.json").exists():
        subprocess.run([PY, "-m", "benchmarks.synth", "--articles", str(n), "--seed", str(seed), "--out", str(out)],
                       check=True, capture_output=True, cwd=ROOT)
    return out


def section(work: Path, n: int, quick: bool, store: Path, ingest: dict, env: dict, corpus, run_kg) -> dict:
    """benchmarks/run.py's section 8: the store it built (or, with KG_BENCH_SCALE set to
    another size, one built here from `corpus(size)` with `run_kg`), measured as above."""
    size = int(os.environ.get("KG_BENCH_SCALE") or n)
    if size != n:
        store = work / f"scale-{size}.kgstore"
        store.unlink(missing_ok=True)
        ingest = run_kg(work, "ingest-scale", ["--store", str(store), "ingest", "--jobs", "2", "--format", "csv",
                                               str(corpus(size))], env)
    sc = measure(store, add_corpus(work), env, work, 1 if quick else 3, 2 if quick else 5)
    sc["ingest"] = ingest
    if not quick and os.environ.get("KG_BENCH_JSON", "1") != "0":  # the former JSON store, same corpus
        sc["json"] = measure_json(os.environ.get("KG_BENCH_JSON_REV", JSON_REV), corpus(size),
                                  pools(store, 5), env, work, 1)
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--add", type=Path, help="corpus of new articles (default: 100 synthetic, seed 99)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--size", type=int, default=5, help="parameter values per helper")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    a = ap.parse_args(argv)
    work = a.out / "work"
    work.mkdir(parents=True, exist_ok=True)
    add = a.add or add_corpus(work)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_BACKEND", "KG_STORE"))}
    res = measure(a.store, add, env, work, a.runs, a.size)
    print(json.dumps(res, indent=1, ensure_ascii=False))
    (a.out / "latest-scale.json").write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
