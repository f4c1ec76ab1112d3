"""kg.resolve.resolution: persons, reporters and events across articles; merges and near-misses."""

from kg.graph.build import build_graph
from kg.resolve import Known, KnownEvent, KnownPerson, resolve
from kg.resolve.resolution import event_sigs, lookups, scopes_for
from tests.support.records import PAGE_A, PAGE_B, record


def person_keys(batch, name):
    return sorted(n.key for n in batch.nodes if n.label == "Person" and n.props["name"] == name)


def test_namesakes_in_different_districts_stay_apart():
    a = record("金水区委书记王伟主持会议。", source="a.txt", people={"王伟": [("金水区委", "书记")]},
               events=[("meeting", None, [], [("王伟", "chaired")])])
    b = record("二七区委书记王伟主持会议。", source="a.txt", index=1, people={"王伟": [("二七区委", "书记")]},
               events=[("meeting", None, [], [("王伟", "chaired")])])
    batch = build_graph([a, b])
    assert len(person_keys(batch, "王伟")) == 2
    res = resolve([a, b])
    (miss,) = [d for d in res.decisions if d.kind == "near-miss"]
    assert miss.name == "王伟" and "二七区" in miss.reason


def test_same_district_in_two_sources_is_one_person():
    a = record("金水区委书记王伟主持会议。", source="a.txt", people={"王伟": [("金水区委", "书记")]})
    b = record("金水区区长王伟调研。", source="http://b.example.cn/1", people={"王伟": [("金水区政府", "区长")]})
    batch = build_graph([a, b])
    (key,) = person_keys(batch, "王伟")
    res = resolve([a, b])
    (merge,) = [d for d in res.decisions if d.kind == "merge"]
    assert merge.key == key and "金水区" in merge.reason


def test_level_only_posts_in_different_sources_stay_apart():
    a = record("区委书记张三讲话。", source="a.txt", people={"张三": [("区委", "书记")]})
    b = record("区委书记张三讲话。。", source="b.txt", people={"张三": [("区委", "书记")]})
    assert len(person_keys(build_graph([a, b]), "张三")) == 2
    offices = {n.key for n in build_graph([a, b]).nodes if n.label == "Office"}
    assert len(offices) == 2  # 区委 of a.txt and 区委 of b.txt


def test_person_without_district_attaches_to_the_namesake_of_the_same_source():
    a = record("二七区委书记王伟主持会议。", source="a.txt", people={"王伟": [("二七区委", "书记")]})
    b = record("区领导王伟参加活动。", source="a.txt", index=1, people={"王伟": []})
    c = record("区领导王伟参加活动。!", source="c.txt", people={"王伟": []})
    batch = build_graph([a, b, c])
    assert len(person_keys(batch, "王伟")) == 2  # a+b one node, c (another source) apart
    res = resolve([a, b, c])
    assert res.persons[(a.article.id, "王伟")].key == res.persons[(b.article.id, "王伟")].key
    assert res.persons[(c.article.id, "王伟")].key != res.persons[(a.article.id, "王伟")].key


def test_incompatible_level_does_not_attach():
    a = record("二七区委书记王伟主持会议。", source="a.txt", people={"王伟": [("二七区委", "书记")]})
    b = record("县委书记王伟讲话。", source="a.txt", index=1, people={"王伟": [("县委", "书记")]})
    res = resolve([a, b])
    assert res.persons[(a.article.id, "王伟")].key != res.persons[(b.article.id, "王伟")].key
    assert any(d.kind == "near-miss" and "incompatible" in d.reason for d in res.decisions)


def test_attach_uses_stored_namesakes():
    b = record("区领导王伟参加活动。", source="a.txt", index=1, people={"王伟": []})
    known = Known(persons={"王伟": (KnownPerson("p-stored", "王伟", "二七区", 3, "区", ("file:a.txt",)),)})
    res = resolve([b], known)
    assert res.persons[(b.article.id, "王伟")].key == "p-stored"
    assert any(d.kind == "merge" and d.key == "p-stored" for d in res.decisions)


def test_reporters_of_one_source_are_one_node():
    batch = build_graph([PAGE_A, PAGE_B])
    assert len(person_keys(batch, "周明")) == 1
    other = record("记者 周明", source="other.txt", reporters=[("周明", "记者")])
    assert len(person_keys(build_graph([PAGE_A, other]), "周明")) == 2


def test_same_event_from_two_articles_is_one_event_with_two_mentions():
    text = "1月5日,二七区委书记王伟到石佛办事处检查督导。"
    a = record(text, source="a.txt", people={"王伟": [("二七区委", "书记")]},
               events=[("inspection", "2022-01-05", ["石佛办事处"], [("王伟", "inspected")])])
    b = record(text + "记者 周明", source="a.txt", index=1, people={"王伟": [("二七区委", "书记")]},
               events=[("inspection", "2022-01-05", ["石佛办事处"], [("王伟", "inspected")])])
    batch = build_graph([a, b])
    (event,) = [n for n in batch.nodes if n.label == "Event"]
    assert event.props["articles"] == [a.article.id, b.article.id]
    mentions = [r for r in batch.rels if r.type == "REPORTED_IN"]
    assert {r.end_key for r in mentions} == {a.article.id, b.article.id}
    assert all(r.start_key == event.key for r in mentions)


def test_events_without_shared_participants_stay_apart():
    a = record("1月5日,王伟到石佛办事处检查。", source="a.txt", people={"王伟": [("二七区委", "书记")]},
               events=[("inspection", "2022-01-05", ["石佛办事处"], [("王伟", "inspected")])])
    b = record("1月5日,李明到石佛办事处检查。", source="a.txt", index=1, people={"李明": [("二七区委", "副书记")]},
               events=[("inspection", "2022-01-05", ["石佛办事处"], [("李明", "inspected")])])
    batch = build_graph([a, b])
    assert len([n for n in batch.nodes if n.label == "Event"]) == 2
    assert any(d.label == "Event" and d.kind == "near-miss" for d in batch.decisions)


def test_event_matches_a_stored_event():
    a = record("1月5日,二七区委书记王伟到石佛办事处检查。", source="a.txt",
               people={"王伟": [("二七区委", "书记")]},
               events=[("inspection", "2022-01-05", ["石佛办事处"], [("王伟", "inspected")])])
    alone = resolve([a])
    names, origins = lookups(alone.people, alone.origins)
    assert names == {"王伟"} and origins == {"file:a.txt"}
    sigs = event_sigs([a], scopes_for([a], Known())[0])
    assert len(sigs) == 1
    pkey = resolve([a]).persons[(a.article.id, "王伟")].key
    known = Known(events={next(iter(sigs)): (KnownEvent("e-stored", next(iter(sigs)), frozenset({pkey})),)})
    assert resolve([a], known).events[(a.article.id, 0)].key == "e-stored"


class AskedStore:
    """A `Stored` that holds one event and records what the resolver asks for."""

    def __init__(self, sig, event):
        self.sig, self.event, self.asked = sig, event, []

    def known(self, names, origins):
        self.asked.append(("known", sorted(names), sorted(origins)))
        return Known()

    def known_events(self, sigs):
        self.asked.append(("events", sorted(sigs)))
        return {self.sig: (self.event,)} if self.sig in sigs else {}


def test_resolve_reads_what_it_needs_from_the_store():
    a = record("1月5日,二七区委书记王伟到石佛办事处检查。", source="a.txt",
               people={"王伟": [("二七区委", "书记")]},
               events=[("inspection", "2022-01-05", ["石佛办事处"], [("王伟", "inspected")])])
    alone = resolve([a])
    sig = alone.events[(a.article.id, 0)].sig
    pkey = alone.persons[(a.article.id, "王伟")].key
    store = AskedStore(sig, KnownEvent("e-stored", sig, frozenset({pkey})))
    res = resolve([a], store)
    assert store.asked == [("known", ["王伟"], ["file:a.txt"]), ("events", [sig])]
    assert res.events[(a.article.id, 0)].key == "e-stored"
    # a complete resolution: offices, places and people are all keyed here, not in build
    assert res.offices[(a.article.id, "二七区委")].name == "二七区委"
    assert res.places[(a.article.id, "石佛办事处")].name == "石佛办事处"
    assert [p.name for p in res.people[a.article.id]] == ["王伟"]


def test_a_city_paper_and_a_district_paper_give_one_person():
    city = record("金水区委书记王伟主持会议。", source="http://zz.example.cn/1", home="河南省郑州市",
                  people={"王伟": [("金水区委", "书记")]})
    district = record("区委书记王伟调研。", source="http://js.example.cn/1", home="河南省郑州市金水区",
                      people={"王伟": [("区委", "书记")]})
    namesake = record("区委书记王伟讲话。", source="http://eq.example.cn/1", home="河南省郑州市二七区",
                      people={"王伟": [("区委", "书记")]})
    batch = build_graph([city, district, namesake])
    assert len(person_keys(batch, "王伟")) == 2
    offices = {n.props["name"]: n for n in batch.nodes if n.label == "Office"}
    assert set(offices) == {"金水区委", "二七区委"}
    assert offices["金水区委"].props["aliases"] == ["金水区委", "区委"]
    res = resolve([city, district, namesake])
    assert res.persons[(city.article.id, "王伟")].key == res.persons[(district.article.id, "王伟")].key
    assert any(d.kind == "near-miss" and d.name == "王伟" for d in res.decisions)
