"""kg.graph.model: merge/forget semantics of properties, row conversion."""

from kg.graph.build import build_graph
from kg.graph.model import apply_props, drop_article, to_rows
from tests.support.records import PAGE_A, PAGE_B


def test_apply_props_create_then_union_and_widen():
    a = apply_props(None, {"title": "x", "articles": ["a1"], "first_seen": "2022-01-02",
                           "last_seen": "2022-01-02", "evidence": [], "none": None})
    assert a == {"title": "x", "articles": ["a1"], "first_seen": "2022-01-02", "last_seen": "2022-01-02"}
    b = apply_props(a, {"title": "y", "articles": ["a2", "a1"], "first_seen": "2021-12-01",
                        "last_seen": "2022-01-01", "evidence": ["a2/s0/0-1/0-1"]})
    assert b["title"] == "x"  # set on create only
    assert b["articles"] == ["a1", "a2"]
    assert (b["first_seen"], b["last_seen"]) == ("2021-12-01", "2022-01-02")
    assert b["evidence"] == ["a2/s0/0-1/0-1"]


def test_drop_article():
    props = {"articles": ["a1", "a2"], "evidence": ["a1/s0/0-5/1-2", "a2/s1/0-5/3-4"],
             "first_seen": "2021-01-01", "last_seen": "2022-01-01"}
    out = drop_article(props, "a1", {"a2": "2022-01-01"})
    assert out == {"articles": ["a2"], "evidence": ["a2/s1/0-5/3-4"],
                   "first_seen": "2022-01-01", "last_seen": "2022-01-01"}
    assert drop_article({"articles": ["a1"]}, "a1", {}) is None
    undated = drop_article(props, "a1", {"a2": None})
    assert "first_seen" not in undated and "last_seen" not in undated


def test_to_rows_groups_by_label_and_type():
    b = build_graph([PAGE_A, PAGE_B])
    rows = to_rows(b)
    assert set(rows["nodes"]) == {"Article", "District", "Event", "Office", "Person"}
    assert sum(len(v) for v in rows["nodes"].values()) == len(b.nodes)
    assert sum(len(v) for v in rows["rels"].values()) == len(b.rels)
    (holds_key,) = [k for k in rows["rels"] if k[0] == "HOLDS"]
    assert holds_key == ("HOLDS", "Person", "Office")
    row = rows["rels"][holds_key][0]
    assert set(row) == {"key", "start", "end", "props", "articles", "evidence", "first_seen", "last_seen"}
    assert "articles" not in row["props"] and "first_seen" not in row["props"]
    assert row["props"]["title"] in ("委员", "副主任")
    person = rows["nodes"]["Person"][0]
    assert set(person) == {"key", "props", "articles", "aliases"}
    assert all(v is not None for v in person["props"].values())
