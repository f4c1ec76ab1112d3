"""Run the kg command line in this process and report what it cost, as JSON.

    python -m benchmarks.child OUT.json [--predictions PRED.json] -- KG-ARGS...

runs `kg KG-ARGS...` (kg.cli.commands.main, exactly as the `kg` script does) and writes OUT.json:
exit code, wall seconds, the seconds of the ingest phases (read + extract, resolve +
write, and of that the store's writes), peak RSS of this process (`resource.getrusage(RUSAGE_SELF).ru_maxrss`) and of its
largest extraction worker (RUSAGE_CHILDREN). With --predictions, the FORMAT.md records
kg extracted during the ingest are written per file (for scoring against the truth),
after the measurements.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from kg import cli, pipeline

PHASES: dict[str, float] = {}
EXTRACTED: list[tuple[str, list]] = []


def _timed_extract(orig):
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        for item in orig(*args, **kwargs):
            EXTRACTED.append((item[0], item[1]))
            yield item
        PHASES["read_extract"] = time.perf_counter() - t
    return wrapper


def _timed(orig, name):
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return orig(*args, **kwargs)
        finally:
            PHASES[name] = PHASES.get(name, 0.0) + time.perf_counter() - t
    return wrapper


def main() -> int:
    argv = sys.argv[1:]
    split = argv.index("--")
    opts, kg_args = argv[:split], argv[split + 1:]
    out = Path(opts[0])
    pred = Path(opts[opts.index("--predictions") + 1]) if "--predictions" in opts else None
    pipeline.load_and_extract = _timed_extract(pipeline.load_and_extract)
    pipeline._write = _timed(pipeline._write, "resolve_write")
    from kg.store.embedded import EmbeddedStore
    from kg.store.neo4j import Neo4jStore

    for cls in (Neo4jStore, EmbeddedStore):  # the store's own share of resolve_write
        cls.write = _timed(cls.write, "store_write")
    sys.argv = ["kg", *kg_args]
    code = 0
    t = time.perf_counter()
    try:
        cli.main()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    wall = time.perf_counter() - t
    result = {"exit": code, "wall": wall, "phases": PHASES,
              "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              "maxrss_workers_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
              "articles": sum(len(recs) for _, recs in EXTRACTED)}
    out.write_text(json.dumps(result, indent=1))
    if pred is not None:
        pred.write_text(json.dumps({Path(p).name: [r.to_json(provenance=False) for r in recs]
                                    for p, recs in EXTRACTED}, ensure_ascii=False))
    return code


if __name__ == "__main__":
    sys.exit(main())
