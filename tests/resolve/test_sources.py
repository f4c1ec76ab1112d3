"""kg.resolve.sources: pages of one paper are linked by shared level-only posts."""

from kg.graph.build import build_graph
from kg.resolve import Known, KnownPerson, resolve
from kg.resolve.sources import resolve_scopes
from tests.support.records import record


def page(text, source, people):
    return record(text, source=source, people=people)


P1 = page("区委常委、副区长曹明陪同。区长范勇主持。", "p1.md",
          {"曹明": [("区委", "常委"), ("区政府", "副区长")], "范勇": [("区政府", "区长")]})
P2 = page("区委常委、副区长曹明调研。", "p2.md", {"曹明": [("区委", "常委"), ("区政府", "副区长")]})
P3 = page("区长范勇讲话。", "p3.md", {"范勇": [("区政府", "区长")]})


def test_two_shared_posts_link_a_page_to_the_paper():
    scopes, decisions = resolve_scopes([P1, P2], {}, {})
    assert scopes[P2.article.id] == scopes[P1.article.id] == "file:p1.md"
    (d,) = decisions
    assert d.label == "Source" and "曹明" in d.reason


def test_one_shared_post_is_not_enough():
    scopes, decisions = resolve_scopes([P1, P3], {}, {})
    assert scopes[P3.article.id] == "file:p3.md" and not decisions


def test_linked_pages_share_offices_and_people():
    batch = build_graph([P1, P2])
    assert len([n for n in batch.nodes if n.label == "Person" and n.props["name"] == "曹明"]) == 1
    assert len([n for n in batch.nodes if n.label == "Office" and n.props["name"] == "区委"]) == 1
    arts = {n.props["origin"]: n.props["scope"] for n in batch.nodes if n.label == "Article"}
    assert arts == {"file:p1.md": "file:p1.md", "file:p2.md": "file:p1.md"}


def test_links_to_a_stored_scope_and_keeps_stored_ones():
    posts = ("file:p1.md|区委|常委", "file:p1.md|区政府|副区长")
    known = Known(persons={"曹明": (KnownPerson("p-x", "曹明", None, None, None, ("file:p1.md",), posts),)})
    res = resolve([P2], known)
    assert res.scopes[P2.article.id] == "file:p1.md"
    # a source stored earlier keeps its scope even without evidence
    scopes, _ = resolve_scopes([P3], {"file:p3.md": "file:p1.md"}, {})
    assert scopes[P3.article.id] == "file:p1.md"


def test_namesakes_with_other_posts_do_not_link():
    other = page("县委常委、副县长曹明调研。", "p4.md", {"曹明": [("县委", "常委"), ("县政府", "副县长")]})
    scopes, _ = resolve_scopes([P1, other], {}, {})
    assert scopes[other.article.id] == "file:p4.md"
