"""Order independence (issue 14): ingesting a corpus in any order, split into any batches,
gives the graph a clean ingest gives: the same nodes, relationships and properties.

Hypothesis draws a permutation of the files and cut points; each part is one `kg ingest`
into a fresh store, and the canonical dump (every node and relationship with its
properties, lists as sets) must equal the dump of one ingest of everything. Run on the
dev corpus (with its index: dates, sources, homes) and on a synthetic corpus, on both
stores. Each example ingests the corpus twice, so shrinking (minutes) is off: a failure
prints the drawn order and cuts, which reproduce it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings as hsettings, strategies as st

from benchmarks.synth.pages import generate, write
from kg.config import Settings
from kg.pipeline import ingest
from kg.store import open_store
from tests.support.database import wipe
from tests.support.paths import DEV

DEV_FILES = sorted(e["file"] for e in json.loads((DEV / "index.json").read_text(encoding="utf-8")))
SYNTH_PAGES = 12


def canonical(settings: Settings) -> tuple:
    """Nodes and relationships with their properties; list properties compared as sets
    (`articles`, `aliases` and `evidence` grow in the order articles arrive)."""
    def props(p: dict) -> tuple:
        return tuple(sorted((k, tuple(sorted(map(str, v))) if isinstance(v, list) else v)
                            for k, v in p.items()))
    with open_store(settings) as s:
        nodes, rels = s.snapshot()
    return (sorted((n.label, n.key, props(n.props)) for n in nodes),
            sorted((r.type, r.key, r.start_key, r.end_key, props(r.props)) for r in rels))


def ingest_in_parts(settings: Settings, files: list[Path], cuts: list[int], index: Path) -> None:
    bounds = [0, *sorted(set(c % (len(files) + 1) for c in cuts)), len(files)]
    for lo, hi in zip(bounds, bounds[1:]):
        if hi > lo:
            report = ingest(files[lo:hi], settings, index=index)
            assert not report.errors, report.errors


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    write(generate(30, seed=7, articles_per_page=(1, 4))[:SYNTH_PAGES], out)
    return out


def corpora(synth: Path) -> dict[str, tuple[list[Path], Path]]:
    synth_files = sorted(synth.glob("page-*.md"))
    return {"dev": ([DEV / f for f in DEV_FILES], DEV / "index.json"),
            "synthetic": (synth_files, synth / "index.json")}


def check(make_settings, synth: Path, corpus: str, order: list[int], cuts: list[int]) -> None:
    files, index = corpora(synth)[corpus]
    clean = make_settings("clean")
    ingest_in_parts(clean, files, [], index)
    expected = canonical(clean)
    parts = make_settings("parts")
    ingest_in_parts(parts, [files[i % len(files)] for i in order] or files, cuts, index)
    # a permutation drawn with repeats re-ingests a file: still the same graph
    ingest_in_parts(parts, files, [], index)  # every file at least once
    assert canonical(parts) == expected


ORDER = st.lists(st.integers(0, 40), min_size=1, max_size=20, unique=True)
CUTS = st.lists(st.integers(0, 40), max_size=4)


@pytest.mark.parametrize("corpus", ["dev", "synthetic"])
@hsettings(max_examples=6, deadline=None, phases=(Phase.explicit, Phase.generate), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=ORDER, cuts=CUTS)
def test_embedded_store_is_order_independent(tmp_path_factory, synth, corpus, order, cuts):
    base = tmp_path_factory.mktemp("order")
    check(lambda name: Settings.resolve("embedded", base / f"{name}.kgstore"), synth, corpus, order, cuts)


@pytest.mark.neo4j
@pytest.mark.parametrize("corpus", ["dev", "synthetic"])
@hsettings(max_examples=3, deadline=None, phases=(Phase.explicit, Phase.generate), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=ORDER, cuts=CUTS)
def test_neo4j_store_is_order_independent(tmp_path_factory, synth, neo4j_driver, neo4j_settings,
                                          corpus, order, cuts):
    """The clean ingest goes to the embedded store (its dump is the same as Neo4j's, as the
    parity tests show); the ingest in parts goes to Neo4j."""
    base = tmp_path_factory.mktemp("order")

    def make(name: str) -> Settings:
        if name == "clean":
            return Settings.resolve("embedded", base / "clean.kgstore")
        wipe(neo4j_driver, neo4j_settings.database)
        return Settings("neo4j", base / "unused.kgstore", neo4j_settings)
    check(make, synth, corpus, order, cuts)
