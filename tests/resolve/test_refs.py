"""kg.resolve.refs: district and office keys, scoped by source when the name is ambiguous."""

from kg.model import Article
from kg.resolve.refs import office_ref, place_ref, source_scope


def test_source_scope_is_web_host_or_file():
    assert source_scope(Article("t", "x", "http://www.tez.gov.cn/a/1.html")) == "web:tez.gov.cn"
    assert source_scope(Article("t", "x", "/data/page.txt", url="https://m.example.cn/x")) == "web:example.cn"
    assert source_scope(Article("t", "x", "/data/./page.txt")) == "file:/data/page.txt"


def test_level_only_office_is_scoped_by_source():
    assert office_ref("file:a", "区委").key == office_ref("file:a", "区委").key
    assert office_ref("file:a", "区委").key != office_ref("file:b", "区委").key


def test_specific_office_is_global():
    a, b = office_ref("file:a", "二七区委"), office_ref("web:b", "二七区委")
    assert a.key == b.key and a.scope is None
    assert a.district.name == "二七区"


def test_generic_zone_office_is_scoped():
    assert office_ref("file:a", "高新区党工委").key != office_ref("file:b", "高新区党工委").key


def test_abbreviated_office_is_the_same_office():
    a, b = office_ref("file:a", "区人社局"), office_ref("file:a", "区人力资源和社会保障局")
    assert a.key == b.key
    assert a.printed == "区人社局" and a.name == "区人力资源和社会保障局"


def test_department_hangs_under_committee():
    o = office_ref("file:a", "区委宣传部")
    assert o.parent.key == office_ref("file:a", "区委").key


def test_place_containment():
    d = place_ref("file:a", "梧桐办事处郭庄社区")
    assert d.name == "郭庄社区" and d.parent.name == "梧桐办事处"
    # the same community printed alone in the same source is another key: its parent is unknown
    assert place_ref("file:a", "郭庄社区").key != d.key
    # under a global county the key is global
    assert place_ref("file:a", "二七区嵩山路街道").key == place_ref("file:b", "二七区嵩山路街道").key


def test_sites():
    d = place_ref("file:a", "黄沙湖")
    assert d.kind == "site" and d.scope == "file:a"
    assert place_ref("file:a", "石佛办事处").kind == "admin"
