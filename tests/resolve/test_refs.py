"""kg.resolve.refs: district and office keys, scoped by source when the name is ambiguous."""

from kg.model import Article
from kg.resolve.refs import level_context, office_ref, place_ref, source_scope


def test_source_scope_is_web_host_or_file_name_never_a_path():
    assert source_scope(Article("t", "x", "http://www.tez.gov.cn/a/1.html")) == "web:tez.gov.cn"
    assert source_scope(Article("t", "x", "/data/page.txt", url="https://m.example.cn/x")) == "web:example.cn"
    assert source_scope(Article("t", "x", "/data/./page.txt")) == "file:page.txt"
    assert source_scope(Article("t", "x", "/elsewhere/copy/page.txt")) == "file:page.txt"


def test_a_declared_source_is_the_scope():
    paper = Article("t", "x", "/data/page-01.txt", url="https://m.example.cn/x", publisher="高新区报")
    assert source_scope(paper) == "src:高新区报"
    site = Article("t", "x", "/data/page.txt", publisher="http://www.tez.gov.cn/xwzx/1.html")
    assert source_scope(site) == "web:tez.gov.cn"


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


def chain(d):
    out = []
    while d is not None:
        out.append(d.name)
        d = d.parent
    return out


def test_a_gazetteer_unit_is_canonical_with_its_code_and_containers():
    street = place_ref("file:a", "南园街道")
    assert (street.adcode, street.scope, street.kind) == ("440304", None, "admin")
    assert chain(street) == ["南园街道", "福田区", "深圳市", "广东省"]
    assert street.key == place_ref("web:b", "福田区南园街道").key == place_ref("file:c", "南园街道", "广东省").key
    county = place_ref("file:a", "福田区")
    assert street.parent.key == county.key and county.adcode == "440304"


def test_a_street_and_its_office_are_one_place():
    # ambiguous in the gazetteer (three 枣园街道) and no home: keyed by the source, one node
    assert place_ref("file:a", "枣园街道办事处").key == place_ref("file:a", "枣园街道").key
    assert place_ref("file:a", "枣园街道办事处").name == "枣园街道"
    assert place_ref("file:a", "枣园街道办事处").printed == "枣园街道办事处"
    # the source's home picks the one in 莲湖区
    home = "陕西省西安市莲湖区枣园街道"
    d = place_ref("file:a", "枣园街道办事处", home)
    assert d.key == place_ref("web:b", "莲湖区枣园街道").key and d.scope is None
    assert chain(d) == ["枣园街道", "莲湖区", "西安市", "陕西省"]
    # 梧桐办事处 is the 梧桐街道 of the home (four 梧桐街道 in the gazetteer)
    w = place_ref("file:a", "梧桐办事处", "河南省郑州市郑州高新技术产业开发区")
    assert (w.name, w.printed, w.adcode) == ("梧桐街道", "梧桐办事处", "410172")


def test_ambiguous_names_are_picked_by_printed_containers_or_home_else_kept():
    gulou = place_ref("file:a", "鼓楼区")  # four 鼓楼区: today's key, no code
    assert gulou.adcode is None and gulou.key == place_ref("file:b", "鼓楼区").key
    assert place_ref("file:a", "南京市鼓楼区").adcode == "320106"
    assert place_ref("file:a", "鼓楼区", "福建省福州市").adcode == "350102"


def test_units_the_gazetteer_lacks_keep_their_keys_and_lie_in_the_home():
    home = "河南省郑州市郑州高新技术产业开发区 (郑州高新区)"
    plain, homed = place_ref("file:a", "石佛办事处"), place_ref("file:a", "石佛办事处", home)
    assert plain.key == homed.key and homed.scope == "file:a"
    assert plain.parent is None and chain(homed.parent) == ["郑州高新技术产业开发区", "郑州市", "河南省"]
    site = place_ref("file:a", "黄沙湖", "湖南省常德市桃源县")
    assert site.key == place_ref("file:a", "黄沙湖").key and site.parent.name == "桃源县"


def test_a_generic_zone_in_the_paper_of_a_zone_is_that_zone():
    home = "河南省郑州市郑州高新技术产业开发区"
    zone = place_ref("src:p", "高新区", home)
    assert (zone.name, zone.adcode, zone.printed, zone.scope) == ("郑州高新技术产业开发区", "410172", "高新区", None)
    office = office_ref("src:p", "高新区管委会", home)
    assert office.scope is None and office.district.key == zone.key
    assert office.key == office_ref("src:other", "高新区管委会", home).key
    # without a home, or in another city's paper, the zone is still the source's own
    assert office_ref("src:p", "高新区管委会").scope == "src:p"
    taian = place_ref("src:q", "高新区", "山东省泰安高新区")
    assert taian.scope == "src:q" and taian.parent.name == "泰安市"


def test_a_level_only_office_is_the_home_office():
    county = office_ref("src:青石日报", "县委", "青石县")
    assert (county.key, county.name, county.printed) == (office_ref("src:x", "青石县委").key, "青石县委", "县委")
    assert county.scope is None and county.district.name == "青石县"
    assert office_ref("src:a", "区政协", "广东省深圳市福田区").key == office_ref("src:b", "福田区政协").key
    dept = office_ref("src:青石日报", "县委宣传部", "青石县")
    assert dept.name == "青石县委宣传部" and dept.parent.key == county.key
    # a city paper's 区委: the city has no district level; a zone home is no 区委's home
    assert office_ref("src:郑州日报", "区委", "河南省郑州市").scope == "src:郑州日报"
    assert office_ref("src:z", "区委", "河南省郑州市郑州高新技术产业开发区").scope == "src:z"
    assert office_ref("src:郑州日报", "市委", "河南省郑州市").name == "郑州市委"


def test_a_level_only_office_is_the_one_the_article_prints():
    one = level_context(["郑州市金水区委", "区政府"], ["白杨镇"])
    assert office_ref("src:郑州日报", "区委", "河南省郑州市", one).name == "金水区委"
    assert office_ref("src:郑州日报", "区委", "河南省郑州市", one).key == office_ref("src:x", "金水区委").key
    two = level_context(["金水区委", "二七区委"])
    assert office_ref("src:郑州日报", "区委", "河南省郑州市", two).scope == "src:郑州日报"
    assert office_ref("src:p", "镇党委", None, one).name == "白杨镇党委"


def test_one_office_whatever_the_province_or_city_printed_before_it():
    assert office_ref("src:a", "安徽省安庆市委").key == office_ref("src:b", "安庆市委").key
    assert office_ref("src:a", "安徽省安庆市委").name == "安庆市委"


def test_an_office_with_no_locality_lies_in_the_home_but_stays_scoped():
    o = office_ref("src:芦淞", "董家塅高科园党工委", "湖南省株洲市芦淞区")
    assert o.scope == "src:芦淞" and o.district.name == "芦淞区" and o.district.adcode == "430203"
    assert office_ref("src:芦淞", "董家塅高科园党工委").district is None


def test_a_place_printed_after_its_container_is_named_alone_inside_it():
    ref = place_ref("src:p", "柳湖垸白沙湖", "湖南省常德市桃源县")
    assert ref.name == "白沙湖" and ref.parent.name == "柳湖垸"
    assert ref.parent.parent is not None and ref.parent.parent.name == "桃源县"


def test_a_village_or_residents_committee_is_its_village_or_community():
    village = place_ref("file:a", "城关镇屋基村")
    committee = place_ref("file:a", "城关镇屋基村委会")
    assert committee.key == village.key and committee.name == "屋基村"
    assert committee.printed == "城关镇屋基村委会"  # the mention keeps what was printed
    assert place_ref("file:a", "狮子社区居委会").key == place_ref("file:a", "狮子社区").key
    assert place_ref("file:a", "东塘村村委会").key == place_ref("file:a", "东塘村").key


def test_an_agriculture_and_rural_affairs_bureau_is_no_village():
    assert place_ref("file:a", "区农业农村委").name == "区农业农村委"


def test_an_autonomous_prefecture_printed_short_or_in_full_is_one_office_and_one_district():
    full, short = office_ref("src:a", "迪庆藏族自治州委"), office_ref("src:b", "迪庆州委")
    assert full.key == short.key and short.name == "迪庆藏族自治州委" and short.printed == "迪庆州委"
    assert full.district.key == short.district.key
    assert place_ref("src:a", "迪庆州").key == place_ref("src:b", "迪庆藏族自治州").key
