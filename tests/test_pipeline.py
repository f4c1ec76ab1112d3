"""kg.pipeline: ingest (idempotent, incremental, corrections, per-file errors), forget,
export, status; and the dev corpus in Neo4j and the embedded store."""

import json
import shutil

import pytest
import rdflib

from kg import pipeline
from kg.config import Settings
from kg.errors import NotFound
from kg.load.files import load_file
from kg.query import lookups
from kg.store import open_store
from tests.support.paths import DEV

PAGE = """# 高新区召开专题会议

本报讯 1月5日,高新区召开专题会议。区党工委委员、管委会副主任李建国出席会议并讲话。

记者 周明

# 区领导检查督导核酸检测工作

本报讯 1月5日,高新区党工委委员、管委会副主任李建国到梧桐办事处郭庄社区检查督导核酸检测工作。

记者 周明 通讯员 陈芳
"""


@pytest.fixture
def emb(tmp_path):
    return Settings.resolve("embedded", tmp_path / "g.kgstore")


@pytest.fixture
def neo(clean_neo4j, neo4j_settings, tmp_path):
    return Settings("neo4j", tmp_path / "unused.kgstore", neo4j_settings)


def snapshot(settings):
    with open_store(settings) as s:
        return s.snapshot()


def test_ingest_is_idempotent_and_reports_per_file(tmp_path, emb):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    rep = pipeline.ingest([page, missing], emb, published="2022-01-07")
    assert [(f.articles, f.added) for f in rep.files] == [(2, 2), (0, 0)]
    assert len(rep.errors) == 1 and "missing.txt" in rep.errors[0]
    assert rep.counts["labels"]["Article"] == 2
    before = snapshot(emb)
    again = pipeline.ingest([page], emb, published="2022-01-07")
    assert again.total("unchanged") == 2 and again.total("added") == 0
    assert snapshot(emb) == before


def test_corrected_article_replaces_its_old_facts(tmp_path, emb):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    pipeline.ingest([page], emb, published="2022-01-07")
    with open_store(emb) as s:
        old_ids = {r["key"] for r in s.query("articles_for", target="", sources=[str(page)])}
    page.write_text(PAGE.replace("梧桐办事处郭庄社区", "石佛办事处"), encoding="utf-8")
    rep = pipeline.ingest([page], emb, published="2022-01-07")
    assert (rep.total("unchanged"), rep.total("replaced")) == (1, 1)
    with open_store(emb) as s:
        ids = {r["key"] for r in s.query("articles_for", target="", sources=[str(page)])}
        names = {n.props.get("name") for n in s.snapshot()[0]}
    assert len(ids) == 2 and len(ids & old_ids) == 1
    assert "石佛办事处" in names and "郭庄社区" not in names and "梧桐办事处" not in names


def test_forget_by_id_and_by_source(tmp_path, emb):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    pipeline.ingest([page], emb, published="2022-01-07")
    with open_store(emb) as s:
        first = s.query("articles_for", target="", sources=[str(page)])[0]["key"]
    assert [r["key"] for r in pipeline.forget(first, emb)] == [first]
    assert pipeline.stats(emb)[0] == {"kind": "node", "name": "Article", "count": 1}
    assert len(pipeline.forget(str(page), emb)) == 1
    assert pipeline.stats(emb) == []
    with pytest.raises(NotFound):
        pipeline.forget("a-nothing", emb)


def test_jobs_give_the_same_graph(tmp_path):
    files = [DEV / "news-009.txt", DEV / "news-018.txt", DEV / "news-030.txt"]
    one = Settings.resolve("embedded", tmp_path / "one.kgstore")
    two = Settings.resolve("embedded", tmp_path / "two.kgstore")
    pipeline.ingest(files, one)
    pipeline.ingest(files, two, jobs=2)
    assert snapshot(one) == snapshot(two)


def test_export_status_and_merges(tmp_path, emb):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    pipeline.ingest([page], emb, published="2022-01-07")
    assert pipeline.export(emb, "turtle").startswith("@prefix")
    st = pipeline.status(emb)
    assert st["reachable"] and st["counts"]["labels"]["Article"] == 2
    rows = pipeline.status_rows(st)
    assert {"item": "nodes: Article", "value": 2} in rows
    merged = {(r["kind"], r["label"], r["name"]) for r in pipeline.merges(emb)}
    assert ("merge", "Person", "李建国") in merged and ("merge", "Person", "周明") in merged


def test_ingest_summary_counts_what_kg_merges_lists(tmp_path, emb):
    """The ingest's merge and near-miss counts are the `kg merges` rows involving what it
    wrote: on an empty store all of them; on a rerun that writes nothing, none."""
    index = DEV / "index.json"
    rep = pipeline.ingest([DEV], emb, index=index)
    rows = pipeline.merges(emb)
    assert rep.merges == sum(r["kind"] == "merge" for r in rows) > 1
    assert rep.near_misses == sum(r["kind"] == "near-miss" for r in rows) > 0
    again = pipeline.ingest([DEV], emb, index=index)
    assert (again.merges, again.near_misses) == (0, 0)


def counts_of(rows):
    return [(r["name"], r["count"]) for r in rows]


def ingest_dev(settings):
    for e in json.loads((DEV / "index.json").read_text(encoding="utf-8")):
        rep = pipeline.ingest([DEV / e["file"]], settings, published=e.get("published"))
        assert not rep.errors
    return rep


def dev_person_facts(settings, name):
    nodes, rels = snapshot(settings)
    by_key = {n.key: n for n in nodes}
    (person,) = [n for n in nodes if n.label == "Person" and n.props["name"] == name]
    offices = {by_key[r.end_key].props["name"] for r in rels if r.type == "HOLDS" and r.start_key == person.key}
    inspected = [by_key[r.end_key] for r in rels if r.type == "INSPECTED" and r.start_key == person.key]
    places = {e.key: {by_key[r.end_key].props["name"] for r in rels if r.type == "HELD_IN" and r.start_key == e.key}
              for e in inspected}
    return person, offices, inspected, places


def test_dev_corpus_in_neo4j_and_embedded(neo, emb, clean_neo4j, neo4j_settings):
    ingest_dev(emb)
    ingest_dev(neo)
    counts = pipeline.stats(emb)
    assert pipeline.stats(neo) == counts
    assert snapshot(neo) == snapshot(emb)
    # a second time changes nothing
    ingest_dev(emb)
    ingest_dev(neo)
    assert pipeline.stats(neo) == pipeline.stats(emb) == counts
    # the official of the zhengzhou page who appears in two articles
    for settings in (emb, neo):
        person, offices, inspected, places = dev_person_facts(settings, "赵毅")
        assert len(person.props["articles"]) == 2
        assert {"高新区党工委", "高新区管委会"} <= offices
        (event,) = [e for e in inspected if e.props["date"] == "2022-01-05"]
        assert event.props["type"] == "inspection"
        assert places[event.key] == {"石佛办事处"}
    # the Turtle export of Neo4j's graph parses back with one org:Post per HOLDS
    g = rdflib.Graph().parse(data=pipeline.export(neo, "turtle"), format="turtle")
    holds = dict(counts_of(pipeline.stats(neo)))["HOLDS"]
    assert len(set(g.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/org#Post")))) == holds
    with clean_neo4j.session(database=neo4j_settings.database) as s:
        n = s.run("MATCH (p:Person {name: $name})-[:INSPECTED]->(e:Event {date: $date})"
                  "-[:HELD_IN]->(:District {name: $place}) RETURN count(DISTINCT p) AS n",
                  name="赵毅", date="2022-01-05", place="石佛办事处").single()["n"]
    assert n == 1


def test_forget_in_neo4j_removes_only_that_articles_facts(neo, emb):
    ingest_dev(emb)
    ingest_dev(neo)
    target = str(DEV / "zhengzhou-gxq-2022-01-07.txt")
    with open_store(emb) as s:
        second = s.query("articles_for", target="", sources=[target])[1]["key"]
    pipeline.forget(second, emb)
    pipeline.forget(second, neo)
    assert snapshot(neo) == snapshot(emb)
    person, offices, inspected, _ = dev_person_facts(neo, "赵毅")
    assert len(person.props["articles"]) == 1  # still in the first article
    assert {"高新区党工委", "高新区管委会"} <= offices
    assert not [e for e in inspected if e.props.get("date") == "2022-01-05"]


def test_rereading_a_file_forgets_articles_gone_from_it(tmp_path, emb):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    pipeline.ingest([page], emb, published="2022-01-07")
    first_only = PAGE.split("# 区领导检查督导")[0]
    page.write_text(first_only, encoding="utf-8")
    rep = pipeline.ingest([page], emb, published="2022-01-07")
    assert (rep.total("unchanged"), rep.total("removed")) == (1, 1)
    assert {"kind": "node", "name": "Article", "count": 1} in pipeline.stats(emb)
    names = {n.props.get("name") for n in snapshot(emb)[0]}
    assert "陈芳" not in names and "梧桐办事处" not in names


def test_jsonl_source_positions_are_not_one_document(tmp_path, emb):
    def line(title, text):
        return json.dumps({"title": title, "text": text, "source": "江津日报", "published": "2024-03-01"},
                          ensure_ascii=False)

    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text(line("区政协主席杨华调研", "2月29日,区政协主席杨华走访调研委员企业。") + "\n", encoding="utf-8")
    b.write_text(line("区长李强检查防汛", "3月1日,区长李强检查防汛工作。") + "\n", encoding="utf-8")
    pipeline.ingest([a], emb)
    rep = pipeline.ingest([b], emb)
    assert (rep.total("added"), rep.total("replaced")) == (1, 0)
    # the same title at the same position of the same source is a correction
    a.write_text(line("区政协主席杨华调研", "2月29日,区政协主席杨华走访调研了委员企业。") + "\n", encoding="utf-8")
    rep = pipeline.ingest([a], emb)
    assert rep.total("replaced") == 1
    assert {"kind": "node", "name": "Article", "count": 2} in pipeline.stats(emb)


def test_merges_lists_linked_pages(tmp_path, emb):
    p1, p2 = tmp_path / "p1.md", tmp_path / "p2.md"
    p1.write_text("# 区政府召开常务会议\n\n1月3日,区长范勇主持召开区政府常务会议。区委常委、副区长曹明出席会议。\n", encoding="utf-8")
    p2.write_text("# 区领导调研\n\n1月4日,区委常委、副区长曹明到石佛办事处调研。\n", encoding="utf-8")
    pipeline.ingest([p1, p2], emb, published="2022-01-07")
    rows = pipeline.merges(emb)
    (link,) = [r for r in rows if r["label"] == "Source"]
    assert link["name"].endswith("p2.md") and link["key"].endswith("p1.md")
    assert ("merge", "Person", "曹明") in {(r["kind"], r["label"], r["name"]) for r in rows}


# --- sources, path-free keys, canonical places (issue 14) --------------------------

def node_keys(settings) -> set[str]:
    return {n.key for n in snapshot(settings)[0]}


@pytest.mark.parametrize("with_index", [False, True])
def test_the_same_corpus_from_two_folders_gives_the_same_keys(tmp_path, with_index):
    keys = []
    for name in ("one", "two/deeper"):
        copy = tmp_path / name / "dev"
        shutil.copytree(DEV, copy)
        settings = Settings.resolve("embedded", tmp_path / name / "g.kgstore")
        rep = pipeline.ingest([copy], settings, index=copy / "index.json" if with_index else None)
        assert not rep.errors
        keys.append(node_keys(settings))
    assert keys[0] == keys[1] and len(keys[0]) > 150


def split_zhengzhou(folder):
    """The zhengzhou page cut into its five articles, one file each, and an index giving
    them one source (the dev index's entry for the page) and their own files."""
    (entry,) = [e for e in json.loads((DEV / "index.json").read_text("utf-8"))
                if e["file"] == "zhengzhou-gxq-2022-01-07.txt"]
    index = [e for e in json.loads((DEV / "index.json").read_text("utf-8")) if e is not entry]
    index = [e for e in index if e["file"] != entry["file"]]
    for e in index:
        shutil.copy(DEV / e["file"], folder / e["file"])
    articles = load_file(DEV / entry["file"])
    for i, a in enumerate(articles, start=1):
        name = f"gxq-{i}.txt"
        (folder / name).write_text(f"# {a.title}\n\n{a.text}\n", encoding="utf-8")
        index.append({**entry, "file": name})
    (folder / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return len(articles)


def test_dev_corpus_with_its_index_and_the_page_split_into_files(tmp_path, emb):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert split_zhengzhou(corpus) == 5
    rep = pipeline.ingest([corpus], emb, index=corpus / "index.json")
    assert not rep.errors and rep.total("added") == 17
    nodes, _ = snapshot(emb)
    dates = {json.loads((DEV / "index.json").read_text("utf-8"))[0]["published"]}
    gxq = [n for n in nodes if n.label == "Article" and n.props["source"].split("/")[-1].startswith("gxq-")]
    assert len(gxq) == 5 and {a.props.get("published") for a in gxq} == dates
    by_file = {n.props["source"].split("/")[-1]: n.props.get("published") for n in nodes if n.label == "Article"}
    assert by_file["news-003.txt"] == "2024-03-01" and by_file["news-006.txt"] is None
    # one office, one reporter across the five files of one source
    offices = [n for n in nodes if n.label == "Office" and n.props["name"] == "高新区管委会"
               and any(a.key in n.props["articles"] for a in gxq)]
    assert len(offices) == 1
    assert len([n for n in nodes if n.label == "Person" and n.props["name"] == "孙庆辉"]) == 1
    # the zone is the gazetteer's, inside 郑州市 and 河南省
    coded = {n.props["name"]: n for n in nodes if n.label == "District" and n.props.get("adcode") == "410172"}
    assert set(coded) == {"郑州高新技术产业开发区", "梧桐街道"}  # a street carries its county's code
    assert "高新区" in coded["郑州高新技术产业开发区"].props["aliases"]
    with open_store(emb) as s:
        for place in ("郑州市", "河南省", "高新区", "郑州高新技术产业开发区"):
            found = {tuple(e["places"]) for e in lookups.events(s, place=place)}
            assert {("石佛办事处",), ("郭庄社区", "兰寨村")} <= found, place
        assert [e["places"] for e in lookups.events(s, place="福田区")] == [["T-PARK深港影视创意园"]] * 2
        assert lookups.events(s, place="梧桐办事处") == lookups.events(s, place="梧桐街道")  # printed = canonical
        (street,) = lookups.district(s, "枣园街道办事处")  # one place, named as the gazetteer names it
        assert street["name"] == "枣园街道" and "莲湖区" in street["part_of"]
        # every source has a home: every post names its district, level-only ones the home's
        posts = [r for t in ("书记", "主席", "主任", "副主任", "区长") for r in lookups.holders(s, t)]
        assert len(posts) > 20 and all(r["district"] for r in posts), [r for r in posts if not r["district"]]
        assert {"五通桥区委", "五通桥区政协", "滨江区政协"} <= {r["office"] for r in posts}


def test_ingest_declares_source_and_home_for_every_file(tmp_path, emb):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    pipeline.ingest([page], emb, published="2022-01-07", source="高新区报", home="河南省郑州市郑州高新技术产业开发区")
    nodes, _ = snapshot(emb)
    assert {(n.props["origin"], n.props["home"]) for n in nodes if n.label == "Article"} == {
        ("src:高新区报", "河南省郑州市郑州高新技术产业开发区")}
    (office,) = [n for n in nodes if n.label == "Office" and n.props["name"] == "高新区管委会"]
    assert "scope" not in office.props  # the zone is known: the office is global


def test_ingest_reports_progress_and_what_it_gained(tmp_path, emb, monkeypatch):
    monkeypatch.setenv("KG_BATCH_ARTICLES", "2")
    settings = Settings.resolve("embedded", tmp_path / "b.kgstore")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    steps = []
    rep = pipeline.ingest([page], settings, published="2022-01-07", texts=[PAGE.split("# 区领导")[0] + "# x\n\n"
                                                                         "1月6日,李建国到兰寨村调研。\n"],
                          progress=steps.append)
    phases = [(s.phase, s.done, s.total) for s in steps]
    assert phases == [("read", 0, 1), ("read", 1, 1), ("read", 0, 1), ("read", 1, 1),
                      ("resolve", 0, 3), ("write", 2, 3), ("write", 3, 3)]
    assert [f.path for f in rep.files] == [str(page), steps[3].path] and rep.total("added") == 3
    nodes = sum(rep.counts["labels"].values())
    assert rep.written() == {"nodes": nodes, "relationships": sum(rep.counts["types"].values())} and nodes > 5
    assert rep.seconds > 0
    steps.clear()
    again = pipeline.ingest([page], settings, published="2022-01-07", progress=steps.append)
    assert again.written() == {"nodes": 0, "relationships": 0} and again.total("unchanged") == 2
    assert [s.phase for s in steps] == ["read", "read"]  # nothing to resolve or write
    # a text's name is its source; its first article is the page's first, stored with the page
    assert [r["title"] for r in pipeline.forget(rep.files[1].path, settings)] == ["x"]
