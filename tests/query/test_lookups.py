"""kg.query.lookups over both stores: the dev corpus answers, matching rules, namesakes, filters,
parameters that look like Cypher, and the same rows on Neo4j and on the embedded store."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.query import lookups
from kg.config import Settings
from kg.errors import ConfigError, NotFound
from kg.graph.build import build_graph
from kg.query.network import network
from kg.query.rawcypher import raw_cypher
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from kg.pipeline import ingest
from tests.support.devcorpus import ingest_dev
from tests.support.paths import DEV
from tests.support.records import record

HOSTILE = [
    "赵毅' OR 1=1 //",
    'x"}) MATCH (n) DETACH DELETE n //',
    "\\' }) RETURN 1 UNION MATCH (n) RETURN n //",
    "} DETACH DELETE n; CREATE (m:Pwned) RETURN m",
    "$name`\\u0027 MERGE (x:Pwned)",
]


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    path = tmp_path_factory.mktemp("dev") / "dev.kgstore"
    ingest_dev(Settings.resolve("embedded", path))
    return EmbeddedStore(path)


def small(tmp_path, *records):
    store = EmbeddedStore(tmp_path / "small.kgstore")
    store.write(build_graph(list(records)))
    return store


# -- the dev corpus -------------------------------------------------------------------
def test_person_lists_posts_and_the_inspection_with_its_sentence(dev):
    (row,) = lookups.person(dev, "赵毅")
    posts = {(p["office"], p["title"]) for p in row["posts"]}
    assert posts == {("高新区党工委", "委员"), ("高新区管委会", "副主任")}
    (visit,) = [e for e in row["events"] if e["date"] == "2022-01-05"]
    assert visit["type"] == "inspection" and visit["places"] == ["石佛办事处"]
    assert "inspected" in visit["roles"]
    assert "赵毅到石佛办事处" in visit["sentence"] and "检查督导" in visit["sentence"]
    assert "石佛办事处" in row["places"]
    assert all(a["published"] == "2022-01-07" for a in row["articles"])


def test_events_at_a_place_include_places_inside_it(dev):
    rows = lookups.events(dev, place="梧桐办事处")
    (visit,) = rows
    assert visit["places"] == ["郭庄社区", "兰寨村"] and visit["date"] == "2022-01-04"
    assert "梧桐办事处郭庄社区" in visit["sentence"]
    assert lookups.events(dev, place="兰寨村") == rows
    (d,) = lookups.district(dev, "梧桐办事处")
    assert set(d["places"]) == {"郭庄社区", "兰寨村"} and [e["event"] for e in d["events"]] == [visit["key"]]


def test_event_filters(dev):
    inspections = lookups.events(dev, type="inspection")
    assert inspections and all(e["type"] == "inspection" for e in inspections)
    dated = lookups.events(dev, date_from="2022-01-01", date_to="2022-01-31")
    assert [e["date"] for e in dated] == ["2022-01-04", "2022-01-05"]
    assert lookups.events(dev, person="赵毅", role="inspected") == [dated[1]]
    assert len(lookups.events(dev, person="赵毅")) == 2  # and the undated meeting
    with pytest.raises(NotFound, match="no events match"):
        lookups.events(dev, person="赵毅", role="chaired")
    with pytest.raises(NotFound, match="no person named"):
        lookups.events(dev, person="没有此人")
    with pytest.raises(NotFound, match="role"):
        lookups.events(dev, role="danced")
    dates = [e["date"] for e in lookups.events(dev)]
    assert dates == sorted(dates, key=lambda d: (d is None, d or ""))


def test_timeline_is_in_date_order_with_sentences(dev):
    rows = lookups.timeline(dev, "赵毅")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    facts = {(r["date"], r["fact"], r["detail"]) for r in rows}
    assert ("2022-01-05", "inspected", "inspection at 石佛办事处") in facts
    assert ("2022-01-07", "post", "高新区管委会 副主任") in facts
    assert all(r["sentence"] and "赵毅" in r["sentence"] for r in rows)


def test_office_holders_district_and_reporter(dev):
    rows = lookups.office(dev, "高新区管委会", as_of="2022-01-07")
    assert ("赵毅", "副主任") in {(r["person"], r["title"]) for r in rows}
    assert {r["district"] for r in rows} == {"高新区"}
    assert all(r["first_seen"] <= "2022-01-07" for r in rows)
    deputies = lookups.holders(dev, "副主任", district="高新区")
    assert {r["person"] for r in deputies} >= {"赵毅"} and {r["title"] for r in deputies} == {"副主任"}
    assert all(r["district"] == "高新区" for r in deputies)
    (zone, *_) = [r for r in lookups.district(dev, "高新区") if "赵毅" in {o["person"] for o in r["officials"]}]
    assert "高新区管委会" in zone["offices"]
    articles = lookups.reporter(dev, "孙庆辉")
    assert len(articles) == 5 and all(r["roles"] == ["记者"] for r in articles)
    assert any("赵毅" in r["covered"] for r in articles)


def test_coattendance_counts(dev):
    rows = lookups.coattendance(dev, "赵毅")
    assert [(r["other"], r["events"]) for r in rows] == [("张红军", 1)]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_values_not_cypher(dev, name):
    before = dev.counts()
    for fn in (lookups.person, lookups.timeline, lookups.coattendance, lookups.reporter,
               lookups.district, lookups.office, lookups.holders):
        with pytest.raises(NotFound):
            fn(dev, name)
    with pytest.raises(NotFound):
        lookups.events(dev, person=name)
    assert dev.counts() == before


def test_empty_store_says_so(tmp_path):
    store = EmbeddedStore(tmp_path / "none.kgstore")
    with pytest.raises(NotFound, match="empty"):
        lookups.person(store, "赵毅")
    with pytest.raises(NotFound, match="give a name"):
        lookups.person(store, "  ")


def test_raw_cypher_on_the_embedded_store_needs_neo4j(dev):
    with pytest.raises(ConfigError, match="--backend neo4j"):
        raw_cypher(dev, "MATCH (n) RETURN n")


# -- small hand-made graphs ------------------------------------------------------------
def test_exact_name_first_then_prefix(tmp_path):
    store = small(tmp_path,
                  record("区长李明主持会议。", source="a.txt", people={"李明": [("金水区政府", "区长")]}),
                  record("副区长李明华调研。", source="a.txt", index=1, people={"李明华": [("金水区政府", "副区长")]}))
    assert [r["name"] for r in lookups.person(store, "李明")] == ["李明"]
    assert [r["name"] for r in lookups.person(store, "李明华")] == ["李明华"]
    assert [r["name"] for r in lookups.person(store, "李")] == ["李明", "李明华"]
    assert [r["title"] for r in lookups.holders(store, "区长")] == ["区长"]
    assert [r["title"] for r in lookups.holders(store, "副")] == ["副区长"]


def test_namesakes_are_listed_with_their_posts(tmp_path):
    store = small(tmp_path,
                  record("金水区委书记王伟主持会议。", source="a.txt", people={"王伟": [("金水区委", "书记")]}),
                  record("二七区委书记王伟主持会议。", source="a.txt", index=1, people={"王伟": [("二七区委", "书记")]}))
    rows = lookups.person(store, "王伟")
    assert len(rows) == 2 and len({r["key"] for r in rows}) == 2
    assert sorted(p["office"] for r in rows for p in r["posts"]) == ["二七区委", "金水区委"]
    assert all(len(r["posts"]) == 1 for r in rows)


def test_office_as_of_a_date(tmp_path):
    store = small(
        tmp_path,
        record("金水区区长张三调研。", source="a.txt", published="2019-03-01", people={"张三": [("金水区政府", "区长")]}),
        record("金水区区长张三讲话。", source="a.txt", index=1, published="2019-09-01",
               people={"张三": [("金水区政府", "区长")]}),
        record("金水区区长李四调研。", source="a.txt", index=2, published="2021-05-01",
               people={"李四": [("金水区政府", "区长")]}))
    everyone = lookups.office(store, "金水区政府")
    assert [(r["person"], r["first_seen"], r["last_seen"]) for r in everyone] == [
        ("张三", "2019-03-01", "2019-09-01"), ("李四", "2021-05-01", "2021-05-01")]
    assert [r["person"] for r in lookups.office(store, "金水区政府", as_of="2020-06-01")] == ["张三"]
    assert [r["person"] for r in lookups.office(store, "金水区政府", as_of="2022-01-01")] == ["李四"]
    with pytest.raises(NotFound, match="as of 2018-01-01"):
        lookups.office(store, "金水区政府", as_of="2018-01-01")
    with pytest.raises(NotFound, match="ISO date"):
        lookups.office(store, "金水区政府", as_of="2020-13")


def test_coattendance_counts_shared_events(tmp_path):
    def meeting(i, names):
        return record("召开会议," + "、".join(names) + "出席。", source="m.txt", index=i,
                      published=f"2022-0{i + 1}-01", events=[("meeting", f"2022-0{i + 1}-01", [],
                                                              [(n, "attended") for n in names])])
    store = small(tmp_path, meeting(0, ["甲一", "乙二"]), meeting(1, ["甲一", "乙二", "丙三"]))
    rows = lookups.coattendance(store, "甲一")
    assert [(r["other"], r["events"], r["first"], r["last"]) for r in rows] == [
        ("乙二", 2, "2022-01-01", "2022-02-01"), ("丙三", 1, "2022-02-01", "2022-02-01")]


# -- the same rows on both stores -------------------------------------------------------
def calls(store):
    """(label, callable) for every helper over every name the graph holds, and filters."""
    ents = store.query("entities")
    people = sorted({e["name"] for e in ents if e["label"] == "Person"})
    places = sorted({e["name"] for e in ents if e["label"] == "District"}
                    | {a for e in ents if e["label"] == "District" for a in e.get("aliases") or []})
    offices = sorted({e["name"] for e in ents if e["label"] == "Office"})
    out = []
    for n in people + ["王", "张", "孙"]:
        out += [(f"person {n}", lambda s, n=n: lookups.person(s, n)),
                (f"timeline {n}", lambda s, n=n: lookups.timeline(s, n)),
                (f"coattendance {n}", lambda s, n=n: lookups.coattendance(s, n)),
                (f"events --person {n}", lambda s, n=n: lookups.events(s, person=n))]
    for n in people + ["孙", "王"]:
        out.append((f"reporter {n}", lambda s, n=n: lookups.reporter(s, n)))
    for d in places + ["高新", "重庆"]:
        out += [(f"district {d}", lambda s, d=d: lookups.district(s, d)),
                (f"events --place {d}", lambda s, d=d: lookups.events(s, place=d)),
                (f"holders 委员 --district {d}", lambda s, d=d: lookups.holders(s, "委员", district=d))]
    for o in offices + ["区", "高新区"]:
        for as_of in (None, "2019-06-01", "2022-01-07"):
            out.append((f"office {o} {as_of}", lambda s, o=o, a=as_of: lookups.office(s, o, as_of=a)))
    for t in ("委员", "副主任", "主任", "书记", "副", "区长", "部长"):
        out.append((f"holders {t}", lambda s, t=t: lookups.holders(s, t)))
    for typ in (None, "meeting", "inspection", "other"):
        for role in (None, "chaired", "spoke", "inspected", "accompanied"):
            for fr, to in ((None, None), ("2020-01-01", None), ("2019-01-01", "2022-01-05")):
                out.append((f"events {typ} {role} {fr} {to}",
                            lambda s, a=(typ, role, fr, to): lookups.events(
                                s, type=a[0], role=a[1], date_from=a[2], date_to=a[3])))
    for n in HOSTILE:
        out.append((f"person {n!r}", lambda s, n=n: lookups.person(s, n)))
    out.append(("network", lambda s: network(s, top=200)))
    return out


def outcome(fn, store):
    try:
        return fn(store)
    except NotFound as e:
        return ("NotFound", str(e).replace(store.where(), "<where>").replace(store.backend, "<backend>"))


@pytest.mark.parametrize("indexed", [False, True], ids=["dates", "index"])
def test_every_helper_returns_the_same_rows_on_both_stores(clean_neo4j, neo4j_settings, tmp_path, indexed):
    """The dev corpus with the dates of its index, or ingested with the index (sources,
    homes: canonical places with printed aliases)."""
    emb_settings = Settings.resolve("embedded", tmp_path / "dev.kgstore")
    neo_settings = replace(emb_settings, backend="neo4j", neo4j=neo4j_settings)
    for settings in (emb_settings, neo_settings):
        if indexed:
            assert not ingest([DEV], settings, index=DEV / "index.json").errors
        else:
            ingest_dev(settings)
    emb = EmbeddedStore(emb_settings.store_path)
    with Neo4jStore(neo4j_settings) as neo:
        assert neo.query("entities") == emb.query("entities")  # the same people, offices, places, events
        cases = calls(emb)
        assert len(cases) > 300
        results = [(label, outcome(fn, neo), outcome(fn, emb)) for label, fn in cases]
    differ = [label for label, a, b in results if a != b]
    found = sum(not isinstance(b, tuple) for _, _, b in results)
    assert differ == []
    assert found > 200  # most calls find rows: the comparison is not of empty results


def test_event_rows_carry_their_caption(dev):
    (visit,) = lookups.events(dev, person="赵毅", role="inspected")
    assert visit["caption"] == "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作"
    (row,) = lookups.person(dev, "赵毅")
    assert {e["caption"] for e in row["events"]} == {visit["caption"], "会议 · 从实从细 高新区召开疫情防控工作专题会议"}
    facts = [f["detail"] for f in lookups.person_facts([row]) if f["fact"] == "event"]
    assert facts[0] == "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作 at 石佛办事处 (inspected, spoke)"
    (d,) = lookups.district(dev, "石佛办事处")
    assert [e["caption"] for e in d["events"]] == [visit["caption"]]
