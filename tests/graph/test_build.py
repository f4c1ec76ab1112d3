"""kg.graph.build: build_graph from hand-made records (merge/forget semantics and row
conversion of kg.graph.model: tests/graph/test_model.py)."""

from kg.graph.build import build_graph
from kg.graph.model import LABELS, REL_TYPES, counts
from kg.ids import label_of
from tests.support.records import PAGE_A, PAGE_B, record


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


def test_events_carry_a_caption_with_date_type_and_title():
    rec = record("1月5日,王五到郭庄社区检查工作。", title="区领导检查督导 全员核酸检测工作",
                 events=[("inspection", "2022-01-05", ["郭庄社区"], [("王五", "inspected")])])
    (event,) = by_label(build_graph([rec]), "Event")
    assert event.props["caption"] == "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作"
