"""kg.store.cypher: Cypher files load by name, each has a header, and the wheel carries them."""

import subprocess
import sys
import zipfile

import pytest

from kg.store.cypher import available, cypher_path, header, load_query, statements
from kg.errors import NotFound
from tests.support.paths import REPO



@pytest.mark.parametrize("path", sorted((REPO / "queries").glob("*.cypher")) + sorted((REPO / "schema").glob("*.cypher")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_cypher_file_has_a_header(path):
    text = header(path.read_text(encoding="utf-8")).lower()
    for word in ("purpose:", "parameters:", "columns:"):
        assert word in text, f"{path.name} header lacks {word!r}"


def test_load_by_name_strips_comments():
    q = load_query("count_labels")
    assert q.startswith("CALL") and "//" not in q
    assert cypher_path("constraints", "schema").parent.name == "schema"
    assert "count_labels" in available("queries")


def test_placeholders_take_model_identifiers_only():
    q = load_query("upsert_nodes", label="Person")
    assert "MERGE (n:Person {key: row.key})" in q
    with pytest.raises(ValueError):
        load_query("upsert_nodes", label="Person) DETACH DELETE (n")


def test_unknown_or_unsafe_names():
    with pytest.raises(NotFound):
        load_query("no_such_query")
    with pytest.raises(NotFound):
        load_query("../schema/constraints")


def test_schema_statements_are_idempotent_creates():
    for stmt in statements("constraints") + statements("indexes"):
        assert stmt.startswith("CREATE") and "IF NOT EXISTS" in stmt


@pytest.mark.slow
def test_wheel_carries_schema_and_queries(tmp_path):
    out = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
                   check=True, capture_output=True, timeout=600)
    (whl,) = out.glob("kg-*.whl")
    names = set(zipfile.ZipFile(whl).namelist())
    for kind in ("schema", "queries"):
        for f in (REPO / kind).iterdir():
            if f.suffix in (".cypher", ".ttl"):
                assert f"kg/_data/{kind}/{f.name}" in names
    assert "kg/store/cypher.py" in names
    # and an installed copy finds them by name, with no source tree around
    site = tmp_path / "site"
    zipfile.ZipFile(whl).extractall(site)
    probe = ("from kg.store.cypher import cypher_path, load_query; "
             "print(cypher_path('count_labels')); print(cypher_path('constraints', 'schema')); "
             "assert load_query('count_labels').startswith('CALL')")
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    got = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, check=True,
                         capture_output=True, text=True).stdout.split()
    assert got == [str(site / "kg/_data/queries/count_labels.cypher"),
                   str(site / "kg/_data/schema/constraints.cypher")]
