"""The package layout: imports point only down the pipeline, and no module imports another
in a loop (imports inside functions count). The package itself (kg/__init__.py) is the one
exception: it re-exports the Python API (kg.api), imported on first use."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parents[2] / "kg"
# stage of each top-level part of kg; shared modules are 0 and import only shared modules
STAGE = {"model": 0, "ids": 0, "lexicon": 0, "config": 0, "errors": 0, "atomic": 0, "__init__": 0,
         "progress": 0, "rows": 0, "load": 1, "extract": 2, "resolve": 3, "graph": 4, "store": 5,
         "query": 6, "export": 6, "workers": 7, "pipeline": 7, "api": 8, "cli": 9}
REEXPORTS = {("kg", "kg.api")}  # `import kg; kg.open_store(...)`


def _imports() -> dict[str, set[str]]:
    mods = {}
    for f in KG.rglob("*.py"):
        parts = f.relative_to(KG.parent).with_suffix("").parts
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    out: dict[str, set[str]] = {m: set() for m in mods}
    for m, f in mods.items():
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            out[m].update(n for n in names if n in mods and n != m and not m.startswith(n + "."))
    return out


def _stage(module: str) -> int:
    parts = module.split(".")
    return STAGE[parts[1]] if len(parts) > 1 else 0


def test_every_part_of_kg_has_a_stage():
    assert {p.stem if p.is_file() else p.name for p in KG.iterdir()
            if p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists())} <= set(STAGE)


def test_imports_point_down_the_pipeline():
    wrong = [(m, t) for m, ts in _imports().items() for t in ts
             if _stage(t) > _stage(m) and (m, t) not in REEXPORTS]
    assert wrong == []


def test_no_import_loop():
    g = nx.DiGraph([(m, t) for m, ts in _imports().items() for t in ts])
    assert [c for c in nx.simple_cycles(g)] == []
