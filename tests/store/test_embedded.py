"""kg.store.embedded: a SQLite file, created whole and private, one transaction per batch,
a file lock for writers, readers on a consistent snapshot, forget, damaged files refused."""

import multiprocessing as mp
import os
import sqlite3
import stat

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
    assert store.query("person", name="李建国") == []
    assert not (tmp_path / "g.kgstore").exists()
    store.write(build_graph([PAGE_A]))
    assert (tmp_path / "g.kgstore").exists()


def test_file_is_a_private_sqlite_database_and_reloads_identically(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    store.write(build_graph([PAGE_A, PAGE_B]))
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(path) as db:
        assert dict(db.execute("SELECT name, value FROM meta")) == {"format": "kg-embedded-store", "version": "2"}
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    for f in [path, *tmp_path.glob("g.kgstore-*")]:  # the WAL and shared-memory files too
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
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


def test_failed_write_leaves_the_store_as_it_was(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    store.write(build_graph([PAGE_A]))
    before = store.snapshot()
    good = build_graph([PAGE_B])
    # the Event comes after the Person, Office and District rows of the same transaction
    bad = GraphBatch(good.nodes + (Node("Event", "e-bad", {"summary": object(), "articles": ["x"]}),), good.rels)
    with pytest.raises(StoreError, match="cannot write"):
        store.write(bad)
    assert EmbeddedStore(path).snapshot() == before
    assert store.counts()["labels"]["Article"] == 1


def test_an_ingest_commits_batch_by_batch_and_a_failed_batch_writes_nothing(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    broken = GraphBatch((Node("Event", "e-broken", None),), ())  # fails while being applied
    with pytest.raises(Exception):
        with store.exclusive():
            store.write(build_graph([PAGE_A]))
            # committed at once: another process reads it while the ingest goes on
            assert EmbeddedStore(path).counts()["labels"]["Article"] == 1
            store.write(broken)
    assert EmbeddedStore(path).query("entities") == store.query("entities")
    assert "e-broken" not in {n.key for n in EmbeddedStore(path).snapshot()[0]}
    with store.exclusive():  # the lock was released: the store is usable again
        store.write(build_graph([PAGE_B]))
    assert EmbeddedStore(path).counts()["labels"]["Article"] == 2


def test_locked_store_fails_clearly(tmp_path):
    path = tmp_path / "g.kgstore"
    with FileLock(str(path) + ".lock"):
        with pytest.raises(StoreError, match="locked by another kg process"):
            EmbeddedStore(path, lock_timeout=0.2).write(build_graph([PAGE_A]))


def test_readers_do_not_wait_for_a_writer(tmp_path):
    path = tmp_path / "g.kgstore"
    writer = EmbeddedStore(path)
    writer.write(build_graph([PAGE_A]))
    with writer.exclusive():
        db = writer._connection(write=True)
        db.execute("BEGIN IMMEDIATE")  # a batch in its transaction
        db.execute("DELETE FROM rels")
        reader = EmbeddedStore(path, lock_timeout=0.2)
        assert reader.counts() == EmbeddedStore(path).counts()  # the last commit, at once
        assert reader.counts()["types"]
        db.execute("ROLLBACK")


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


def test_a_file_that_is_no_store_is_refused_by_name_and_left_as_it_is(tmp_path):
    path = tmp_path / "g.kgstore"
    for content in (b"garbage", b"\x00\x01binary", b"{not json", b'{"nodes": []}'):
        path.write_bytes(content)
        with pytest.raises(StoreError, match=str(path)):
            EmbeddedStore(path).counts()
        with pytest.raises(StoreError, match=str(path)):
            EmbeddedStore(path).write(build_graph([PAGE_A]))
        assert path.read_bytes() == content
    path.unlink()
    with sqlite3.connect(path) as db:  # somebody else's SQLite database
        db.execute("CREATE TABLE t (x)")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a kg embedded store"):
        EmbeddedStore(path).write(build_graph([PAGE_A]))
    assert path.read_bytes() == before


def test_forget_removes_only_what_the_article_alone_supported(tmp_path):
    store = EmbeddedStore(tmp_path / "g.kgstore")
    store.write(build_graph([PAGE_A, PAGE_B]))
    store.forget_ids([PAGE_A.article.id])
    alone_b = EmbeddedStore(tmp_path / "b.kgstore")
    alone_b.write(build_graph([PAGE_B]))
    assert store.snapshot() == alone_b.snapshot()
    with sqlite3.connect(tmp_path / "g.kgstore") as db:  # no support row is left behind
        assert db.execute("SELECT count(*) FROM support WHERE article = ?", (PAGE_A.article.id,)).fetchone() == (0,)


def test_init_is_idempotent(tmp_path):
    store = EmbeddedStore(tmp_path / "sub" / "g.kgstore")
    assert store.init() == [{"item": str(tmp_path / "sub" / "g.kgstore"), "status": "created"}]
    assert store.init()[0]["status"] == "exists"
    st = store.status()
    assert st["reachable"] and st["backend"] == "embedded" and st["version"].startswith("SQLite 3.")


def test_a_connection_is_not_carried_across_fork(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    store.write(build_graph([PAGE_A]))
    pid = os.fork()
    if pid == 0:  # the child opens its own connection
        code = 0 if store.counts()["labels"]["Article"] == 1 else 1
        os._exit(code)
    assert os.waitpid(pid, 0)[1] == 0
    store.write(build_graph([PAGE_B]))
    assert store.counts()["labels"]["Article"] == 2


def test_entities_for_some_articles_give_the_same_merges_as_all_of_them(tmp_path):
    from kg.resolve.merges import explain

    store = EmbeddedStore(tmp_path / "g.kgstore")
    a = record("金水区委书记王伟主持会议。", source="a.txt", people={"王伟": [("金水区委", "书记")]},
               events=[("meeting", None, [], [("王伟", "chaired")])])
    b = record("二七区委书记王伟主持会议。", source="a.txt", index=1, people={"王伟": [("二七区委", "书记")]},
               events=[("meeting", None, [], [("王伟", "chaired")])])
    store.write(build_graph([PAGE_A, PAGE_B, a]))
    store.write(build_graph([b]))
    for ids in ([b.article.id], [PAGE_B.article.id], [a.article.id, PAGE_A.article.id], []):
        some = store.entities(ids)
        assert explain(some, ids) == explain(store.entities(), ids)
        assert len(some) < len(store.entities()) or not ids
    assert any(r["kind"] == "near-miss" for r in explain(store.entities([b.article.id]), [b.article.id]))
