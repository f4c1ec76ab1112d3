"""kg.resolve.places: printed localities matched to the gazetteer."""

from kg.resolve.places import candidates, home_units, inside, parent_of, pick, place_name


def test_street_offices_are_streets():
    assert place_name("枣园街道办事处") == "枣园街道" and place_name("石佛办事处") == "石佛办事处"
    assert {u.county for u in candidates("梧桐办事处")} >= {"郑州高新技术产业开发区", "荣县"}
    assert candidates("石佛办事处") == ()


def test_containers():
    (street,) = candidates("南园街道")
    county = parent_of(street)
    assert county.name == "福田区" and parent_of(county).name == "深圳市"
    assert parent_of(parent_of(county)).name == "广东省" and parent_of(parent_of(parent_of(county))) is None
    assert inside(street, county) and inside(street, parent_of(parent_of(county))) and not inside(county, street)
    (jiangjin,) = candidates("江津区")  # a municipality's district: straight under 重庆市
    assert parent_of(jiangjin).name == "重庆市"


def test_pick_uses_the_most_specific_context_then_a_unique_name():
    zaoyuan = candidates("枣园街道")
    assert pick(zaoyuan, [], strict=False) is None
    home = home_units("陕西省西安市莲湖区")
    assert pick(zaoyuan, home[::-1], strict=False).county == "莲湖区"
    (futian,) = candidates("福田区")
    assert pick([futian], home[::-1], strict=False) == futian  # a county named once, anywhere
    (nanyuan,) = candidates("南园街道")
    assert pick([nanyuan], [], strict=False) == nanyuan
    assert pick([nanyuan], home[::-1], strict=False) is None  # a town away from the home
    assert pick([nanyuan], [home[-1]], strict=True) is None
