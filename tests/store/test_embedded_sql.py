"""kg.store.embedded_sql: rows carry a checksum of all their columns; a flipped bit in the
file is refused as damage (and the file left as it is) or changes nothing kg reads."""

import random
import sqlite3

import pytest

from kg.errors import StoreError
from kg.graph.build import build_graph
from kg.store.embedded import EmbeddedStore
from kg.store.embedded_sql import Damaged, crc, dumps, node_of, node_row, rel_of, rel_row
from tests.support.records import PAGE_A, PAGE_B


def _stored(tmp_path):
    path = tmp_path / "g.kgstore"
    store = EmbeddedStore(path)
    store.write(build_graph([PAGE_A, PAGE_B]))
    store.close()  # the last connection checkpoints the WAL into the file and removes it
    assert not (tmp_path / "g.kgstore-wal").exists()
    return path


def test_a_row_reads_back_and_any_changed_column_is_damage():
    row = node_row("p-1", "Person", {"name": "李建国", "articles": ["a-1"], "home": None})
    assert node_of((*row[:1], *row[1:])) == ("p-1", "Person", {"name": "李建国", "articles": ["a-1"], "home": None})
    for i in range(len(row) - 1):
        changed = list(row)
        changed[i] = (changed[i] or "") + "x"
        with pytest.raises(Damaged):
            node_of(tuple(changed))
    rel = rel_row("r-1", "HOLDS", "p-1", "o-1", {"title": "书记", "articles": ["a-1"]})
    assert rel[4] == "书记" and rel_of(rel)[4] == {"title": "书记", "articles": ["a-1"]}
    with pytest.raises(Damaged):
        rel_of((*rel[:5], rel[5].replace("书记", "书计"), rel[6]))
    assert crc("a", None) != crc("a", "") and crc("ab", "c") != crc("a", "bc")


def test_only_values_neo4j_can_hold_are_stored():
    assert dumps({"a": [1, "x"], "b": 2.5, "c": True}) == '{"a":[1,"x"],"b":2.5,"c":true}'
    for bad in ({"nested": 1}, [[1]], object(), float("nan")):
        with pytest.raises(ValueError):
            dumps({"x": bad})


def test_a_hand_edit_of_a_stored_fact_is_refused_and_left_untouched(tmp_path):
    path = _stored(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE nodes SET props = replace(props, '李建国', '李建华') WHERE label = 'Person'")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        EmbeddedStore(path).query("person", name="李建")
    with pytest.raises(StoreError, match="damaged"):
        EmbeddedStore(path).snapshot()
    assert path.read_bytes() == before


def test_every_bit_flip_is_refused_or_changes_nothing_kg_reads(tmp_path):
    path = _stored(tmp_path)
    good_bytes = path.read_bytes()
    def read(store):
        return store.snapshot(), store.query("person", name="李建国")

    good = EmbeddedStore(path)
    expected = read(good)
    good.close()
    rng = random.Random(17)
    refused = 0
    for bit in rng.sample(range(len(good_bytes) * 8), 300):
        damaged = bytearray(good_bytes)
        damaged[bit // 8] ^= 1 << (bit % 8)
        path.write_bytes(bytes(damaged))
        for f in tmp_path.glob("g.kgstore-*"):
            f.unlink()
        store = EmbeddedStore(path)
        try:
            same = read(store) == expected
        except StoreError:
            refused += 1
            assert path.read_bytes() == bytes(damaged)  # refused and left as it is
            try:  # a write is refused, or leaves the damage for the next reader to find
                EmbeddedStore(path).write(build_graph([PAGE_A]))
            except StoreError:
                assert path.read_bytes() == bytes(damaged)
            with pytest.raises(StoreError):
                read(EmbeddedStore(path))
            continue
        finally:
            store.close()
        # read as it was; else an index was damaged: `kg status` (integrity_check) says so
        assert same or not EmbeddedStore(path).status()["reachable"], bit
    assert refused >= 20  # the file has free and unused space too: flips there change nothing
