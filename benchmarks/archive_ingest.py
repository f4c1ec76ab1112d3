"""A whole archive into the embedded store, part by part, against the former JSON store
(issue 15: "ingest of the 100,000 … no slower than today per article").

    python -m benchmarks.archive_ingest --corpus DIR [--parts 10] [--out DIR] [--json-rev REV]

Splits the corpus's pages into `--parts` parts in name order and runs `kg ingest --jobs 2`
of each part into one store, one part after the other: first with this kg (SQLite), then
with kg at `--json-rev` (the JSON store, run from an archive of that revision). For each
part: the process's wall time, peak RSS and phases (benchmarks/child.py). The two stores
are built one after the other, never at the same time. At 100,000 articles this takes
about 45 minutes on a 2-core machine; its figures are in the README.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

from benchmarks.scale import JSON_REV, PY, ROOT


def parts(corpus: Path, n: int) -> list[list[str]]:
    pages = sorted(str(p) for p in corpus.glob("page-*.md"))
    size = -(-len(pages) // n)
    return [pages[i:i + size] for i in range(0, len(pages), size)]


def build(kg_root: Path, store: Path, chunks: list[list[str]], out: Path, env: dict) -> list[dict]:
    """Ingest each chunk into `store` with the kg at `kg_root`; one row per chunk."""
    for f in store.parent.glob(store.name + "*"):
        f.unlink()
    rows = []
    for i, files in enumerate(chunks):
        report = out / f"{store.stem}-part{i:02d}.json"
        t = time.perf_counter()
        subprocess.run([PY, "-m", "benchmarks.child", str(report), "--", "--store", str(store), "ingest",
                        "--jobs", "2", *files], env={**env, "PYTHONPATH": str(kg_root)}, cwd=kg_root,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        r = json.loads(report.read_text())
        rows.append({"part": i, "articles": r["articles"], "wall_s": time.perf_counter() - t,
                     "peak_rss_mib": r["maxrss_kib"] / 1024, **{k: round(v, 1) for k, v in r["phases"].items()}})
    return rows


def main(argv: list[str] | None = None) -> int:
    import os

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--parts", type=int, default=10)
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results" / "archive")
    ap.add_argument("--json-rev", default=JSON_REV)
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_BACKEND", "KG_STORE"))}
    chunks = parts(a.corpus.resolve(), a.parts)
    old = a.out / f"kg-{a.json_rev}"
    if not (old / "kg").is_dir():
        old.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", a.json_rev, "kg", "benchmarks"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
    res = {"sqlite": build(ROOT, a.out / "sqlite.kgstore", chunks, a.out, env),
           "json": build(old, a.out / "json.kgstore", chunks, a.out, env)}
    print("| part | articles | SQLite wall s | JSON wall s | SQLite peak RSS MiB | JSON peak RSS MiB |")
    print("| --- | --- | --- | --- | --- | --- |")
    for s, j in zip(res["sqlite"], res["json"]):
        print(f"| {s['part']} | {s['articles']} | {s['wall_s']:.0f} | {j['wall_s']:.0f} | "
              f"{s['peak_rss_mib']:.0f} | {j['peak_rss_mib']:.0f} |")
    total = {k: sum(r["wall_s"] for r in v) for k, v in res.items()}
    n = sum(r["articles"] for r in res["sqlite"])
    print(f"| all | {n} | {total['sqlite']:.0f} | {total['json']:.0f} | "
          f"{max(r['peak_rss_mib'] for r in res['sqlite']):.0f} | {max(r['peak_rss_mib'] for r in res['json']):.0f} |")
    (a.out / "latest-archive.json").write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
