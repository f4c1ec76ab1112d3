"""kg at archive scale: one table of side-by-side ratios, and JSON results in bench-results/.

    python -m benchmarks.run            # full: 10,000 synthetic articles (make bench)
    python -m benchmarks.run --quick    # 200 articles, no bulk import, <= 60 s (make bench-quick)

1. extraction KB/s over the dev corpus, as a ratio to jieba.cut over the same text
   (benchmarks/extraction.py);
2. read + extract with `--jobs 2` vs `--jobs 1` (kg.pipeline's worker pool, fresh processes);
3. the batched Neo4j writer vs a naive one MERGE per row (benchmarks/naive_writer.py);
4. `kg ingest --jobs 2` of the synthetic corpus (benchmarks/synth/) into Neo4j: wall time,
   articles/s, peak RSS, F1 of the extraction against the generator's truth (kg.extract.evaluate);
5. each lookup helper's median and p95 latency vs a RETURN 1 round trip (benchmarks/queries.py);
6. the embedded store loaded with the same corpus: load time, file size, helper latency;
8. the embedded store at KG_BENCH_SCALE articles (default: the corpus size): whole `kg`
   processes per helper, adding 100 articles, vs the former JSON store (benchmarks/scale.py);
7. (full mode) bulk path: `kg export --format neo4j-admin` + `scripts/neo4j import` into a
   fresh server home, vs the transactional writer;
9. one long article (benchmarks/long_article.py): 10k, 100k and (full mode) 1M characters,
   with and without punctuation: seconds and µs/char, the 1M time against its bound (10 s)
   and the µs/char at the longest size against the one at 10k.

Neo4j runs as the benchmark's own servers (benchmarks/server.py: own home and ports, never
the shared default server), started and stopped here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from benchmarks import extraction, long_article, queries, scale
from benchmarks.naive_writer import write_naive
from benchmarks.report import table
from benchmarks.server import BenchServer
from kg import pipeline
from kg.config import Neo4jSettings
from kg.extract.evaluate import align, score_pairs
from kg.graph.build import build_graph
from kg.cli.output import render_table
from kg.resolve.resolution import resolve
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore

ROOT = Path(__file__).resolve().parents[1]

PY = sys.executable
EXTRACT_ONLY = """
import json, os, sys, time
from kg import workers
workers.warm()
c0, t = os.times(), time.perf_counter()
n = sum(len(r) for _, r, _ in workers.load_and_extract([sys.argv[1]], None, int(sys.argv[2])))
wall, c1 = time.perf_counter() - t, os.times()
cpu = sum(c1[i] - c0[i] for i in range(4))
print(json.dumps({"wall": wall, "cpu": cpu, "articles": n}))
"""


def machine() -> dict:
    def grep(path, key):
        try:
            for line in open(path, encoding="utf-8"):
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return None
    mem = grep("/proc/meminfo", "MemTotal")
    return {"nproc": os.cpu_count(), "cpu": grep("/proc/cpuinfo", "model name"),
            "ram_gib": round(int(mem.split()[0]) / 2**20, 1) if mem else None,
            "python": platform.python_version(), "load_avg_start": os.getloadavg()}


def corpus(work: Path, n: int, seed: int) -> Path:
    out = work / f"corpus-{n}-seed{seed}"
    if not (out / "truth.json").exists():
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([PY, "-m", "benchmarks.synth", "--articles", str(n), "--seed", str(seed),
                        "--out", str(out)], check=True, capture_output=True, cwd=ROOT)
    return out


def measure_extraction(repeat: int) -> dict:
    files = extraction.load_corpus(extraction.SHARED / "corpus" / "dev")
    articles = [a for _, arts in files for a in arts]
    texts = [a.title + "\n" + a.text for a in articles]
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    list(extraction.jieba.cut("预热词典"))
    extraction.extract_article(articles[0])
    t_jieba = extraction.best_of(lambda: [list(extraction.jieba.cut(t)) for t in texts], repeat)
    t_kg = extraction.best_of(lambda: [extraction.extract_article(a) for a in articles], repeat)
    return {"kb": kb, "kg_kb_s": kb / t_kg, "jieba_kb_s": kb / t_jieba, "ratio": t_jieba / t_kg}


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def machine_speedup(n: int = 6_000_000) -> float:
    """What two processes gain over one on this machine right now (pure CPU, no I/O): the
    ceiling for any --jobs 2 speedup while other programs share the cores."""
    from concurrent.futures import ProcessPoolExecutor

    t = time.perf_counter()
    _burn(n), _burn(n)
    one = time.perf_counter() - t
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # workers started before timing
        t = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        two = time.perf_counter() - t
    return one / two


def measure_parallel(corpus_dir: Path, rounds: int) -> dict:
    runs: dict[int, list[dict]] = {1: [], 2: []}
    ceiling = []
    for _ in range(rounds):  # interleaved, best of `rounds`
        ceiling.append(machine_speedup())
        for jobs in (1, 2):
            r = subprocess.run([PY, "-c", EXTRACT_ONLY, str(corpus_dir), str(jobs)], check=True,
                               capture_output=True, text=True, cwd=ROOT)
            runs[jobs].append(json.loads(r.stdout.strip().splitlines()[-1]))
        ceiling.append(machine_speedup())
    best = {j: min(rs, key=lambda x: x["wall"]) for j, rs in runs.items()}
    return {"jobs1": best[1], "jobs2": best[2], "speedup": best[1]["wall"] / best[2]["wall"],
            "cpu_overhead": best[2]["cpu"] / best[1]["cpu"], "articles": best[1]["articles"],
            "machine_speedup": max(ceiling), "machine_speedups": ceiling}


def measure_writers(server: BenchServer, corpus_dir: Path, n_articles: int) -> dict:
    files = [str(p) for p in sorted(corpus_dir.glob("page-*.md"))[:max(1, n_articles // 3)]]  # ~3 a page
    records = [r for _, recs, _ in pipeline.load_and_extract(files, None, 1) for r in recs]
    res = resolve(records)
    step = Neo4jStore.batch_articles
    batches = [build_graph(records[i:i + step], res) for i in range(0, len(records), step)]
    rels = sum(len(b.rels) for b in batches)
    settings = Neo4jSettings(server.uri, "neo4j", server.password)
    server.wipe()
    with Neo4jStore(settings) as store, server.driver() as d:  # warm-up: every statement planned once
        store.init()
        for b in batches:
            store.write(b)
        server.wipe()
        write_naive(d, [build_graph(records[:3], res)])
        server.wipe()
    times = []
    with Neo4jStore(settings) as store:
        for _ in range(3):  # best of 3: a JVM takes a while to settle after a start
            server.wipe()
            t = time.perf_counter()
            for b in batches:
                store.write(b)
            times.append(time.perf_counter() - t)
        t_batched = min(times)
        counts = store.counts()
    server.wipe()
    with server.driver() as d:
        t = time.perf_counter()
        sent = write_naive(d, batches)
        t_naive = time.perf_counter() - t
    with Neo4jStore(settings) as store:
        same = store.counts() == counts
    server.wipe()
    return {"articles": len(records), "rels": rels, "rows": sent["nodes"] + sent["rels"],
            "batched_s": t_batched, "naive_s": t_naive, "batched_rels_s": rels / t_batched,
            "naive_rels_s": rels / t_naive, "ratio": t_naive / t_batched, "same_counts": same}


def run_kg(work: Path, name: str, args: list[str], env: dict, predictions: bool = False) -> dict:
    out = work / f"{name}.json"
    cmd = [PY, "-m", "benchmarks.child", str(out)]
    if predictions:
        cmd += ["--predictions", str(work / f"{name}.predictions.json")]
    with open(work / f"{name}.log", "w") as log:
        t = time.perf_counter()
        subprocess.run([*cmd, "--", *args], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        wall = time.perf_counter() - t
    r = json.loads(out.read_text())
    if r["exit"] != 0:
        raise RuntimeError(f"kg {' '.join(args)} failed; see {work / (name + '.log')}")
    r["process_wall"] = wall
    return r


def f1(corpus_dir: Path, predictions: Path) -> dict:
    truth = json.loads((corpus_dir / "truth.json").read_text(encoding="utf-8"))
    pred = json.loads(predictions.read_text(encoding="utf-8"))
    pairs = [(f"{f}#{i}", g, p) for f, gold in sorted(truth.items())
             for i, (g, p) in enumerate(align(gold, pred.get(f, [])))]
    scores = score_pairs(pairs)
    out = {k: round(s.f1, 3) for k, s in scores.items()}
    out["mean"] = round(sum(s.f1 for s in scores.values()) / len(scores), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="200 articles, no bulk import (<= 60 s)")
    ap.add_argument("--articles", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    ap.add_argument("--neo4j-home", type=Path, default=Path.home() / ".cache" / "kg" / "bench-neo4j")
    ap.add_argument("--bolt", type=int, default=17688)
    ap.add_argument("--http", type=int, default=17475)
    ap.add_argument("--bulk", action=argparse.BooleanOptionalAction, default=None,
                    help="bulk import too (default: in full mode only)")
    ap.add_argument("--keep-server", action="store_true", help="leave the benchmark's server running")
    a = ap.parse_args(argv)
    quick = a.quick
    n = a.articles or (200 if quick else 10_000)
    bulk = (not quick) if a.bulk is None else a.bulk
    t_start = time.perf_counter()
    work = a.out / "work"
    work.mkdir(parents=True, exist_ok=True)
    res: dict = {"mode": "quick" if quick else "full", "articles": n, "seed": a.seed,
                 "when": datetime.now().isoformat(timespec="seconds"), "machine": machine()}
    laps: dict[str, float] = {}
    res["section_s"] = laps

    def lap(name: str) -> None:
        laps[name] = round(time.perf_counter() - t_start - sum(laps.values()), 1)

    server = BenchServer(a.neo4j_home, a.bolt, a.http)
    if not server.running():
        server.reset()
    start_box: dict = {}
    starter = threading.Thread(target=lambda: start_box.update(s=server.start()))
    starter.start()  # the JVM starts while the measures that need no server run
    try:
        big = corpus(work, n, a.seed)
        res["extraction"] = measure_extraction(2 if quick else 5)
        lap("extraction")
        res["long_article"] = long_article.measure((10_000, 100_000) if quick else long_article.SIZES)
        lap("long article")

        kgstore = work / "graph.kgstore"
        kgstore.unlink(missing_ok=True)
        plain_env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_BACKEND", "KG_STORE"))}
        emb = run_kg(work, "ingest-embedded", ["--backend", "embedded", "--store", str(kgstore), "ingest",
                                               "--jobs", "2", "--format", "csv", str(big)], plain_env)
        t = time.perf_counter()
        estore = EmbeddedStore(kgstore)
        emb["counts"] = estore.counts()
        emb["open_s"] = time.perf_counter() - t  # open and count
        emb["file_mib"] = kgstore.stat().st_size / 2**20
        res["embedded"] = emb
        p = scale.pools(kgstore, 5 if quick else 20)
        res["queries_embedded"] = queries.measure(estore, p, 2 if quick else 5, baseline=False)
        estore.close()
        lap("embedded")

        # 8. the embedded store at KG_BENCH_SCALE articles: whole kg processes, adding 100
        res["scale"] = scale.section(work, n, quick, kgstore, emb, plain_env,
                                     lambda size: corpus(work, size, a.seed), run_kg)
        lap("embedded at scale")

        starter.join()
        res["neo4j_start_s"] = start_box.get("s")
        lap("wait for neo4j")
        if server.password == "":
            raise RuntimeError("the benchmark's Neo4j server did not start:\n" + "\n".join(server.log[-2:]))
        res["writers"] = measure_writers(server, big, 8 if quick else 200)  # also warms the JVM up
        lap("writers")

        env = server.kg_env()
        e2e = run_kg(work, "ingest-neo4j", ["--backend", "neo4j", "ingest", "--jobs", "2", "--format", "csv",
                                            str(big)], env, predictions=True)
        with Neo4jStore(Neo4jSettings(server.uri, "neo4j", server.password)) as store:
            e2e["counts"] = store.counts()
            res["queries_neo4j"] = queries.measure(store, p, 2 if quick else 5)
        e2e["f1"] = f1(big, work / "ingest-neo4j.predictions.json")
        res["e2e"] = e2e
        lap("e2e and queries")

        if bulk:
            exp_dir = work / "neo4j-admin"
            shutil.rmtree(exp_dir, ignore_errors=True)
            ex = run_kg(work, "export-admin", ["--backend", "neo4j", "export", "--format", "neo4j-admin",
                                               "-o", str(exp_dir)], env)
            fresh = BenchServer(work / "bulk-neo4j", a.bolt + 2, a.http + 2)
            shutil.rmtree(fresh.home, ignore_errors=True)
            imp = fresh.bulk_import(exp_dir)
            res["bulk"] = {"export_s": ex["wall"], "import_s": imp["seconds"], "imported": imp,
                           "transactional_write_s": e2e["phases"].get("store_write"),
                           "transactional_ingest_s": e2e["wall"]}
            shutil.rmtree(fresh.home, ignore_errors=True)
            lap("bulk")

        res["parallel"] = measure_parallel(corpus(work, 600 if quick else 2000, a.seed), 2 if quick else 3)
        lap("parallel")
    finally:
        starter.join()
        if server.started_here and not a.keep_server and server.running():
            server.stop()
    res["total_s"] = time.perf_counter() - t_start
    res["machine"]["load_avg_end"] = os.getloadavg()

    print(render_table(table(res), title=f"kg benchmarks ({res['mode']}, {n} synthetic articles, "
                                         f"{res['machine']['nproc']} cores, {res['total_s']:.0f} s)"))
    a.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for name in (f"bench-{res['mode']}-{stamp}.json", f"latest-{res['mode']}.json"):
        (a.out / name).write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
    print(f"results: {a.out / ('latest-' + res['mode'] + '.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
