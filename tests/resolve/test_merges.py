"""kg.resolve.merges: merges and near-misses rebuilt from a store's entity rows."""

from kg.resolve.merges import explain, link_rows


def test_explain_lists_merges_and_near_misses():
    rows = explain([
        {"label": "Person", "key": "p-1", "name": "王伟", "basis": "same name and district 二七区",
         "home": "二七区", "articles": ["a1", "a2"]},
        {"label": "Person", "key": "p-2", "name": "王伟", "home": "金水区", "articles": ["a3"]},
        {"label": "Office", "key": "o-1", "name": "区人力资源和社会保障局", "basis": "same name in source x",
         "aliases": ["区人社局", "区人力资源和社会保障局"], "articles": ["a1", "a3"]},
    ])
    kinds = {(r["kind"], r["label"]) for r in rows}
    assert kinds == {("merge", "Person"), ("near-miss", "Person"), ("merge", "Office")}
    (miss,) = [r for r in rows if r["kind"] == "near-miss"]
    assert "二七区" in miss["reason"] and "金水区" in miss["reason"]
    (office,) = [r for r in rows if r["label"] == "Office"]
    assert "区人社局" in office["reason"]


def test_link_rows():
    (row,) = link_rows([{"origin": "file:p2.md", "scope": "file:p1.md", "articles": 3}])
    assert row["label"] == "Source" and row["key"] == "file:p1.md" and row["articles"] == 3


def test_explain_and_link_rows_keep_only_what_given_articles_involve():
    entities = [
        {"label": "Person", "key": "p-1", "name": "王伟", "home": "二七区", "articles": ["a1", "a2"]},
        {"label": "Person", "key": "p-2", "name": "王伟", "home": "金水区", "articles": ["a3"]},
        {"label": "Person", "key": "p-3", "name": "李强", "home": "二七区", "articles": ["a1", "a4"]},
    ]
    assert {(r["kind"], r["name"]) for r in explain(entities, {"a3"})} == {("near-miss", "王伟")}
    assert {(r["kind"], r["name"]) for r in explain(entities, {"a4"})} == {("merge", "李强")}
    assert explain(entities, set()) == []
    links = [{"origin": "file:p2.md", "scope": "file:p1.md", "articles": 3}]
    assert link_rows(links, {"file:p3.md"}) == [] and len(link_rows(links, {"file:p2.md"})) == 1
