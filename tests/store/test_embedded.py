"""kg.store.embedded: JSON file, lazy load, atomic writes, file lock, forget."""

import json
import multiprocessing as mp

import pytest
from filelock import FileLock

from kg.errors import StoreError
from kg.graph.build import build_graph
from kg.graph.model import GraphBatch, Node
from kg.store.embedded import EmbeddedStore
from tests.support.records import PAGE_A, PAGE_B, record


def test_lazy_no_file_until_written(tmp_path):
    store = EmbeddedStore(tmp_path / "g.kgstore")
    assert store.counts() == {"labels": {}, "types": {}}
    assert not (tmp_path / "g.kgstore").exists()
    store.write(build_graph([PAGE_A]))
    assert (tmp_path / "g.kgstore").exists()


def test_file_is_json_and_reloads_identically(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    store.write(build_graph([PAGE_A, PAGE_B]))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "kg-embedded-store" and data["version"] == 1
    assert EmbeddedStore(path).snapshot() == store.snapshot()


def test_rewriting_the_same_batch_changes_nothing(tmp_path):
    store = EmbeddedStore(tmp_path / "g.kgstore")
    batch = build_graph([PAGE_A, PAGE_B])
    store.write(batch)
    before = store.snapshot()
    store.write(batch)
    assert store.snapshot() == before


def test_reader_sees_another_writers_changes(tmp_path):
    path = tmp_path / "g.kgstore"
    reader, writer = EmbeddedStore(path), EmbeddedStore(path)
    writer.write(build_graph([PAGE_A]))
    assert reader.counts()["labels"]["Article"] == 1
    writer.write(build_graph([PAGE_B]))
    assert reader.counts()["labels"]["Article"] == 2


def test_failed_write_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    store.write(build_graph([PAGE_A]))
    before = path.read_bytes()
    good = build_graph([PAGE_B])
    bad = GraphBatch(good.nodes + (Node("Event", "e-bad", {"summary": object(), "articles": ["x"]}),), good.rels)
    with pytest.raises(StoreError, match="cannot write"):
        store.write(bad)
    assert path.read_bytes() == before
    assert store.counts()["labels"]["Article"] == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_ingest_saves_its_batches_at_most_every_flush_seconds_and_at_the_end(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path, flush_seconds=3600)
    store.write(build_graph([PAGE_A]))  # outside `exclusive`: saved at once
    saved = path.read_bytes()
    with store.exclusive():
        store.write(build_graph([PAGE_B]))
        assert path.read_bytes() == saved  # not yet on disk ...
        assert store.counts()["labels"]["Article"] == 2  # ... but this store reads it
    assert EmbeddedStore(path).counts()["labels"]["Article"] == 2
    every = EmbeddedStore(tmp_path / "h.kgstore", flush_seconds=0)
    with every.exclusive():
        every.write(build_graph([PAGE_A]))
        assert EmbeddedStore(tmp_path / "h.kgstore").counts()["labels"]["Article"] == 1


def test_a_failed_batch_drops_the_unsaved_ones_and_keeps_the_file(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path, flush_seconds=3600)
    store.write(build_graph([PAGE_A]))
    saved = path.read_bytes()
    broken = GraphBatch((Node("Event", "e-broken", None),), ())  # fails while being applied
    with pytest.raises(Exception):
        with store.exclusive():
            store.write(build_graph([PAGE_B]))
            store.write(broken)
    assert path.read_bytes() == saved
    assert store.counts()["labels"]["Article"] == 1
    with store.exclusive():  # the lock was released: the store is usable again
        store.write(build_graph([PAGE_B]))
    assert EmbeddedStore(path).counts()["labels"]["Article"] == 2


def test_locked_store_fails_clearly(tmp_path):
    path = tmp_path / "g.kgstore"
    with FileLock(str(path) + ".lock"):
        with pytest.raises(StoreError, match="locked by another kg process"):
            EmbeddedStore(path, lock_timeout=0.2).write(build_graph([PAGE_A]))


def _write_one(path, n):
    rec = record(f"二七区委书记王{n}主持第{n}次会议。", source=f"f{n}.txt",
                 people={f"王{n}": [("二七区委", "书记")]})
    EmbeddedStore(path).write(build_graph([rec]))


def test_concurrent_writers_wait_for_each_other(tmp_path):
    path = tmp_path / "g.kgstore"
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_write_one, args=(str(path), n)) for n in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    c = EmbeddedStore(path).counts()
    assert c["labels"]["Article"] == 4 and c["labels"]["Office"] == 1


def test_corrupt_file_is_a_store_error(tmp_path):
    path = tmp_path / "g.kgstore"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match=str(path)):
        EmbeddedStore(path).counts()
    path.write_text('{"nodes": []}', encoding="utf-8")
    with pytest.raises(StoreError, match="not a kg embedded store"):
        EmbeddedStore(path).counts()


def test_forget_removes_only_what_the_article_alone_supported(tmp_path):
    store = EmbeddedStore(tmp_path / "g.kgstore")
    store.write(build_graph([PAGE_A, PAGE_B]))
    store.forget_ids([PAGE_A.article.id])
    alone_b = EmbeddedStore(tmp_path / "b.kgstore")
    alone_b.write(build_graph([PAGE_B]))
    assert store.snapshot() == alone_b.snapshot()


def test_init_is_idempotent(tmp_path):
    store = EmbeddedStore(tmp_path / "sub" / "g.kgstore")
    assert store.init() == [{"item": str(tmp_path / "sub" / "g.kgstore"), "status": "created"}]
    assert store.init()[0]["status"] == "exists"
    st = store.status()
    assert st["reachable"] and st["backend"] == "embedded"


# --- damaged files (issue 17) -------------------------------------------------------

def _stored(tmp_path):
    path = tmp_path / "g.kgstore"
    EmbeddedStore(path).write(build_graph([PAGE_A, PAGE_B]))
    return path


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("nodes"),
    lambda d: d.update(nodes=None),
    lambda d: d["nodes"][0].pop("label"),
    lambda d: d["nodes"][0].update(props=[1, 2]),
    lambda d: d["rels"][0].update(end="no-such-node"),
    lambda d: d["nodes"][0]["props"].update(x={"nested": 1}),
    lambda d: d.update(rels={}),
])
def test_valid_json_of_the_wrong_structure_is_refused_and_left_untouched(tmp_path, damage):
    path = _stored(tmp_path)
    data = json.loads(path.read_text("utf-8"))
    data.pop("checksum")  # as a file written before checksums, or edited by hand
    damage(data)
    path.write_text(json.dumps(data), "utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        EmbeddedStore(path).counts()
    with pytest.raises(StoreError, match="damaged"):
        EmbeddedStore(path).write(build_graph([PAGE_A]))
    assert path.read_bytes() == before


def test_every_bit_flip_is_detected_and_the_next_write_saves_nothing(tmp_path):
    import random

    path = _stored(tmp_path)
    good = path.read_bytes()
    rng = random.Random(17)
    for bit in rng.sample(range(len(good) * 8), 400):
        damaged = bytearray(good)
        damaged[bit // 8] ^= 1 << (bit % 8)
        path.write_bytes(bytes(damaged))
        with pytest.raises(StoreError):
            EmbeddedStore(path).write(build_graph([PAGE_A]))
        assert path.read_bytes() == bytes(damaged)


def test_a_file_without_checksum_is_read_and_gets_one_on_save(tmp_path):
    path = _stored(tmp_path)
    data = json.loads(path.read_text("utf-8"))
    assert data["checksum"].startswith("sha256:")
    del data["checksum"]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    store = EmbeddedStore(path)
    before = store.snapshot()
    store.write(build_graph([PAGE_A]))
    assert json.loads(path.read_text("utf-8"))["checksum"].startswith("sha256:")
    assert EmbeddedStore(path).snapshot() == before
