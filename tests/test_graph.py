"""kg.graph.model: build_graph from hand-made records, merge/forget semantics, row conversion."""

from records import PAGE_A, PAGE_B, record

from kg.graph.build import build_graph
from kg.graph.model import (LABELS, REL_TYPES, apply_props, counts, drop_article,
                            to_rows)
from kg.ids import label_of


def by_label(batch, label):
    return [n for n in batch.nodes if n.label == label]


def test_page_graph_shape():
    b = build_graph([PAGE_A, PAGE_B])
    c = counts(b.nodes, b.rels)
    assert c["labels"] == {"Article": 2, "District": 3, "Event": 2, "Office": 2, "Person": 3}
    assert c["types"]["HOLDS"] == 2 and c["types"]["REPORTED_BY"] == 3
    assert {n.label for n in b.nodes} <= set(LABELS)
    assert {r.type for r in b.rels} <= set(REL_TYPES)
    assert b.articles == (PAGE_A.article.id, PAGE_B.article.id)


def test_same_official_in_two_articles_is_one_node_with_both_articles():
    b = build_graph([PAGE_A, PAGE_B])
    people = {n.props["name"]: n for n in by_label(b, "Person")}
    assert set(people) == {"李建国", "周明", "陈芳"}
    assert people["李建国"].props["articles"] == [PAGE_A.article.id, PAGE_B.article.id]
    holds = [r for r in b.rels if r.type == "HOLDS"]
    assert sorted(r.props["title"] for r in holds) == ["副主任", "委员"]
    assert all(r.props["first_seen"] == r.props["last_seen"] == "2022-01-07" for r in holds)
    assert all(r.props["articles"] == [PAGE_A.article.id, PAGE_B.article.id] for r in holds)


def test_every_endpoint_exists_and_labels_come_from_keys():
    b = build_graph([PAGE_A, PAGE_B])
    keys = {n.key: n.label for n in b.nodes}
    for r in b.rels:
        assert keys[r.start_key] == label_of(r.start_key)
        assert keys[r.end_key] == label_of(r.end_key)


def test_provenance_points_at_the_sentence():
    b = build_graph([PAGE_B])
    text = PAGE_B.article.text
    (inspected,) = [r for r in b.rels if r.type == "INSPECTED"]
    (ev,) = inspected.props["evidence"]
    aid, sent, sspan, span = ev.split("/")
    assert aid == PAGE_B.article.id and sent == "s0"
    s, e = map(int, span.split("-"))
    assert text[s:e] == "李建国"
    (mention,) = [r for r in b.rels if r.type == "REPORTED_IN"]
    assert mention.props["sentence_text"] in text
    assert text[mention.props["start"]:mention.props["end"]] == mention.props["text"]


def test_containment_and_held_in():
    b = build_graph([PAGE_B])
    names = {n.key: n.props["name"] for n in b.nodes if "name" in n.props}
    held = [(names[r.end_key]) for r in b.rels if r.type == "HELD_IN"]
    part = [(names[r.start_key], names[r.end_key]) for r in b.rels if r.type == "PART_OF"]
    assert held == ["郭庄社区"]
    assert ("郭庄社区", "梧桐办事处") in part
    assert ("高新区党工委", "高新区") in part


def test_build_is_pure_and_deterministic():
    assert build_graph([PAGE_A, PAGE_B]) == build_graph([PAGE_A, PAGE_B])
    first = [n.key for n in build_graph([PAGE_A, PAGE_B]).nodes]
    assert first == [n.key for n in build_graph([PAGE_A, PAGE_B]).nodes]


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


def test_participant_not_listed_among_people_still_gets_a_node():
    rec = record("王五主持会议。", people={}, events=[("meeting", None, [], [("王五", "chaired")])])
    b = build_graph([rec])
    assert [n.props["name"] for n in by_label(b, "Person")] == ["王五"]
    assert [r.type for r in b.rels if r.type == "CHAIRED"] == ["CHAIRED"]


def test_post_without_org_is_kept_on_the_mention():
    rec = record("负责人赵六参加活动。", people={"赵六": [(None, "负责人")]},
                 events=[("other", None, [], [("赵六", "attended")])])
    b = build_graph([rec])
    assert not [r for r in b.rels if r.type == "HOLDS"]
    (m,) = [r for r in b.rels if r.type == "MENTIONED_IN"]
    assert m.props["posts"] == ["/负责人"]
