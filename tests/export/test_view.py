"""kg.export.view: the `kg view` HTML file (self-contained, vis-network inlined from pyvis,
captions, colours from schema/browser.grass, sentences on relationships) on hand-made
graphs. Rendering in a real browser, on both stores: tests/system/test_view_browser.py."""

from __future__ import annotations

import json
import re

import pytest

from kg.errors import NotFound, OutputError
from kg.export.style import style
from kg.export.view import node_caption, render_html, vis_data, vis_js, write_view
from kg.graph.build import build_graph
from kg.query.neighbourhood import neighbourhood
from kg.store.embedded import EmbeddedStore
from tests.support.records import PAGE_A, PAGE_B, record

_DATA = re.compile(r'<script type="application/json" id="kg-graph">(.*?)</script>', re.S)


@pytest.fixture
def pages(tmp_path):
    store = EmbeddedStore(tmp_path / "pages.kgstore")
    store.write(build_graph([PAGE_A, PAGE_B]))
    return store


def data_of(page: str) -> dict:
    (raw,) = _DATA.findall(page)
    return json.loads(raw)


def test_the_page_is_self_contained(pages):
    page = render_html(neighbourhood(pages, "person", "李建国"), "t")
    js = vis_js()
    assert js in page and "vis-network" in js[:300] and len(js) > 100_000
    outside = page.replace(js, "")
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|@import|url\(|https?://", outside, re.I), \
        "the page loads nothing from outside"
    assert outside.count("<script") == 3 and page.count("</script>") == 3


def test_nodes_have_chinese_captions_and_grass_colours(pages):
    data = data_of(render_html(neighbourhood(pages, "person", "李建国"), "李建国"))
    st = style()
    nodes = {n["label"]: n for n in data["nodes"]}
    assert {"李建国", "高新区党工委", "高新区管委会", "郭庄社区"} <= set(nodes)
    event = next(n for n in data["nodes"] if n["group"] == "Event" and "检查" in n["label"])
    assert event["label"].startswith("2022-01-05 检查 · ")
    for n in data["nodes"]:
        assert n["color"]["background"] == st.node(n["group"])["color"]
        assert n["color"]["border"] == st.node(n["group"])["border-color"]
    assert nodes["李建国"]["size"] > nodes["高新区管委会"]["size"] * 0.9  # the start node is drawn larger
    assert data["seeds"] == [nodes["李建国"]["id"]]


def test_relationships_are_labelled_and_carry_their_sentences(pages):
    data = data_of(render_html(neighbourhood(pages, "person", "李建国"), "t"))
    names = {n["id"]: n["label"] for n in data["nodes"]}
    edges = {(names[e["from"]], names[e["to"]]): e for e in data["edges"]}
    holds = edges[("李建国", "高新区党工委")]
    assert holds["label"] == "委员" and holds["types"] == ["HOLDS"]
    assert holds["title"].startswith("李建国 → 高新区党工委\n委员 (2022-01-07)")
    assert holds["sentences"] == [PAGE_B.article.text.split("。")[0] + "。"]
    assert "“" + holds["sentences"][0] + "”" in holds["title"]
    (visit,) = [e for (a, b), e in edges.items() if a == "李建国" and "检查" in b]
    assert visit["label"] == "检查" and "到梧桐办事处郭庄社区检查督导" in visit["title"]
    attended = next(e for (a, b), e in edges.items() if a == "李建国" and b.startswith("会议"))
    assert attended["label"] == "出席、讲话" and attended["types"] == ["ATTENDED", "SPOKE_AT"]
    assert attended["color"]["color"] == style().rel("ATTENDED")["color"]


def test_text_from_the_news_cannot_break_out_of_the_page(tmp_path):
    hostile = "</script><script>alert(1)</script><!--"
    rec = record("王五主持会议。", title=hostile, people={"王五": []},
                 events=[("meeting", None, [], [("王五", "chaired")])])
    store = EmbeddedStore(tmp_path / "h.kgstore")
    store.write(build_graph([rec]))
    page = render_html(neighbourhood(store, "person", "王五"), hostile)
    assert page.count("</script>") == 3 and "<script>alert" not in page.replace(vis_js(), "")
    data = data_of(page)
    assert any(n["title"].startswith("报道: " + hostile) for n in data["nodes"])


def test_write_view_writes_one_file_and_reports_counts(pages, tmp_path):
    out = tmp_path / "v.html"
    r = write_view(pages, "person", "李建国", out, depth=1)
    assert r.path == str(out) and r.seeds == 1 and not r.truncated
    data = data_of(out.read_text(encoding="utf-8"))
    assert r.nodes == len(data["nodes"]) and r.relationships >= len(data["edges"]) > 0
    assert "<title>kg view · 人物 · 李建国</title>" in out.read_text(encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_view(pages, "person", "李建国", tmp_path)  # a folder
    with pytest.raises(NotFound):
        write_view(pages, "office", "没有此处", tmp_path / "none.html")
    assert not (tmp_path / "none.html").exists()


def test_captions_fall_back_for_stores_built_before_captions():
    assert node_caption({"label": "Event", "key": "e-1", "type": "meeting", "date": "2022-01-05",
                         "summary": "本报讯 区委召开常委会会议。"}) == "2022-01-05 会议 · 区委召开常委会会议。"
    assert node_caption({"label": "Article", "key": "a-1", "title": "迅速部署 从实从细 高新区召开疫情防控工作专题会议"}) \
        == "从实从细 高新区召开疫情防控工作专题会议"
    assert node_caption({"label": "Person", "key": "p-1", "name": None}) == "p-1"


def test_vis_options_are_the_styles_sizes(pages):
    sub = neighbourhood(pages, "office", "高新区管委会", depth=1)
    data = vis_data(sub)
    assert data["options"]["interaction"]["hover"] is True
    widths = {e["types"][0]: e["width"] for e in data["edges"]}
    assert widths["HOLDS"] == 2.0  # relationship.HOLDS { shaft-width: 2px; }


def test_article_tooltips_name_the_file_not_its_folder(tmp_path):
    store = EmbeddedStore(tmp_path / "s.kgstore")
    store.write(build_graph([record("王五主持会议。", source="/srv/news/2022/paper.txt", people={"王五": []},
                                    events=[("meeting", None, [], [("王五", "chaired")])])]))
    data = vis_data(neighbourhood(store, "person", "王五", depth=1))
    (article,) = [n for n in data["nodes"] if n["group"] == "Article"]
    assert article["title"].splitlines()[1:3] == ["2022-01-07", "paper.txt"] and "/srv" not in article["title"]


def test_every_label_type_and_kind_has_a_chinese_word():
    from kg.export.view import KIND_NAMES, LABEL_NAMES, REL_NAMES
    from kg.graph.model import LABELS, REL_TYPES
    from kg.query.neighbourhood import KINDS

    assert set(LABEL_NAMES) == set(LABELS) and set(REL_NAMES) == set(REL_TYPES) and set(KIND_NAMES) == set(KINDS)
    assert list(REL_NAMES)[:5] == ["CHAIRED", "INSPECTED", "ATTENDED", "ACCOMPANIED", "SPOKE_AT"]
