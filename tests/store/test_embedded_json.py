"""kg.store.embedded_json: a store file of the former JSON format is migrated to SQLite on
first use (the old file kept as .json.bak), or refused, naming the file and leaving it as
it is, when it is damaged or of another version."""

import hashlib
import json

import pytest

from kg.errors import StoreError
from kg.graph.build import build_graph
from kg.store.embedded import EmbeddedStore
from tests.support.records import PAGE_A, PAGE_B


def json_store(path, nodes, rels, checksum=True):
    """A store file as kg wrote it before SQLite (format version 1)."""
    data = {"format": "kg-embedded-store", "version": 1,
            "nodes": [{"label": n.label, "key": n.key, "props": dict(n.props)} for n in nodes],
            "rels": [{"type": r.type, "key": r.key, "start": r.start_key, "end": r.end_key, "props": dict(r.props)}
                     for r in rels]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if checksum:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        text = f'{text[:-1]},"checksum":"sha256:{digest}"}}'
    path.write_text(text, "utf-8")
    return data


@pytest.fixture
def graph(tmp_path):
    reference = EmbeddedStore(tmp_path / "reference.kgstore")
    reference.write(build_graph([PAGE_A, PAGE_B]))
    return reference.snapshot(), reference.query("person", name="李建国")


@pytest.mark.parametrize("checksum", [True, False])
def test_a_json_store_is_migrated_on_first_use_and_kept_as_bak(tmp_path, graph, checksum):
    (nodes, rels), person = graph
    path = tmp_path / "g.kgstore"
    json_store(path, nodes, rels, checksum)
    old = path.read_bytes()
    store = EmbeddedStore(path)
    assert store.query("person", name="李建国") == person  # a read migrates
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert (tmp_path / "g.kgstore.json.bak").read_bytes() == old
    assert store.snapshot() == (nodes, rels)
    store.write(build_graph([PAGE_A]))  # and it is an ordinary store from then on
    assert store.snapshot() == (nodes, rels)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("g.kgstore")
                  and not p.name.startswith("g.kgstore-")) == ["g.kgstore", "g.kgstore.json.bak", "g.kgstore.lock"]


def test_a_second_migration_keeps_the_first_backup(tmp_path, graph):
    (nodes, rels), _ = graph
    path = tmp_path / "g.kgstore"
    (tmp_path / "g.kgstore.json.bak").write_text("older", "utf-8")
    json_store(path, nodes, rels)
    assert EmbeddedStore(path).counts()["labels"]["Article"] == 2
    assert (tmp_path / "g.kgstore.json.bak").read_text("utf-8") == "older"
    assert json.loads((tmp_path / "g.kgstore.json.bak.2").read_text("utf-8"))["version"] == 1


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("nodes"),
    lambda d: d.update(nodes=None),
    lambda d: d["nodes"][0].pop("label"),
    lambda d: d["nodes"][0].update(props=[1, 2]),
    lambda d: d["rels"][0].update(end="no-such-node"),
    lambda d: d["nodes"][0]["props"].update(x={"nested": 1}),
    lambda d: d.update(rels={}),
    lambda d: d.update(version=7),
])
def test_a_damaged_json_store_is_refused_and_left_untouched(tmp_path, graph, damage):
    (nodes, rels), _ = graph
    path = tmp_path / "g.kgstore"
    data = json_store(path, nodes, rels, checksum=False)
    damage(data)
    path.write_text(json.dumps(data), "utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError, match=str(path)):
        EmbeddedStore(path).counts()
    with pytest.raises(StoreError, match=str(path)):
        EmbeddedStore(path).write(build_graph([PAGE_A]))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("g.kgstore.json.bak*")) and not list(tmp_path.glob("*.tmp"))


def test_a_json_store_whose_checksum_fails_is_refused(tmp_path, graph):
    (nodes, rels), _ = graph
    path = tmp_path / "g.kgstore"
    json_store(path, nodes, rels)
    path.write_bytes(path.read_bytes().replace("李建国".encode(), "李建华".encode(), 1))
    before = path.read_bytes()
    with pytest.raises(StoreError, match="does not match its checksum"):
        EmbeddedStore(path).snapshot()
    assert path.read_bytes() == before
