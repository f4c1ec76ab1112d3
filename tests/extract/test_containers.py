"""kg.extract.containers: the administrative containers printed before an event's places,
and the PART_OF they give the graph."""

from __future__ import annotations


from kg.extract.containers import printed_places
from kg.graph.build import build_graph
from kg.model import Article, ArticleRecord, Event, Participant
from tests.support.records import sentences


def printed(text, places):
    return printed_places(text, sentences(text), places)


def test_containers_are_recovered_and_carried_down_a_list():
    text = "1月4日,区党工委委员李建国到梧桐办事处郭庄社区、兰寨村调研指导工作。"
    assert printed(text, ["郭庄社区", "兰寨村"]) == ("梧桐办事处郭庄社区", "梧桐办事处兰寨村")


def test_places_without_containers_stay_as_they_are():
    text = "李建国到石佛办事处检查督导工作。"
    assert printed(text, ["石佛办事处"]) == ("石佛办事处",)
    assert printed("李建国到泰开电气、华鲁锻压等企业调研。", ["泰开电气", "华鲁锻压"]) == ("泰开电气", "华鲁锻压")


def test_a_container_does_not_carry_to_a_place_of_its_own_level():
    text = "李建国先后到东风镇前进村、红旗镇调研。"
    assert printed(text, ["前进村", "红旗镇"]) == ("东风镇前进村", "红旗镇")


def test_the_town_a_visit_went_to_holds_the_villages_listed_after_it():
    text = "3月14日,县长甲乙丙到东风镇调研乡村振兴工作,先后来到前进村、红星社区和东湖工业园,察看产业发展。"
    assert printed(text, ["前进村", "红星社区", "东湖工业园"]) == ("东风镇前进村", "东风镇红星社区", "东湖工业园")
    # two destinations: no single container; a place of the same level is not inside
    assert printed("甲乙丙到东风镇、红旗镇调研,先后来到前进村。", ["前进村"]) == ("前进村",)
    assert printed("甲乙丙到东风镇调研,先后来到红旗镇。", ["红旗镇"]) == ("红旗镇",)


def test_the_graph_puts_the_place_inside_its_container():
    text = "1月4日,李建国到梧桐办事处郭庄社区、兰寨村调研。"
    art = Article(title="调研", text=text, source="p.txt", index=0, published="2022-01-07")
    ev = Event("inspection", "2022-01-04", ("郭庄社区", "兰寨村"), (Participant("李建国", "inspected"),),
               printed_places=printed(text, ["郭庄社区", "兰寨村"]))
    batch = build_graph([ArticleRecord(art, (), (), (ev,), sentences(text))])
    name = {n.key: n.props.get("name") for n in batch.nodes}
    part_of = {(name[r.start_key], name[r.end_key]) for r in batch.rels if r.type == "PART_OF"}
    held_in = {name[r.end_key] for r in batch.rels if r.type == "HELD_IN"}
    assert part_of == {("郭庄社区", "梧桐办事处"), ("兰寨村", "梧桐办事处")}
    assert held_in == {"郭庄社区", "兰寨村"}


def test_a_named_place_inside_a_polder_keeps_its_container():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("7月9日,县委书记郜立新先后来到柳湖垸白沙湖翻沙鼓水险情现场、青溪垸官码头闸口和部分险工险段,"
                              "实地查看了险情处置情况。"))
    (ev,) = rec.events
    assert ev.places == ("白沙湖", "官码头闸口")
    assert ev.printed_places == ("柳湖垸白沙湖", "青溪垸官码头闸口")
