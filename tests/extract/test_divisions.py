"""kg.extract.divisions: localities, level-only names, abbreviations, department parents."""

from kg.extract.divisions import canonical_org, parse_localities, parse_place, split_org


def names(chain):
    return [loc.name for loc in chain]


def test_locality_chain_and_rest():
    chain, rest = parse_localities("郑州市二七区委")
    assert names(chain) == ["郑州市", "二七区"]
    assert rest == "委"


def test_level_printed_once():
    assert canonical_org("二七区区委") == "二七区委"
    assert canonical_org("虎林市市委") == "虎林市委"


def test_level_only_names_have_no_locality():
    for org in ("区委", "区政府", "街道党工委", "县水利局", "市委统战部", "区人大常委会"):
        on = split_org(org)
        assert on.localities == (), org
        assert on.level is not None, org
        assert on.ambiguous


def test_generic_zone_is_a_locality_but_ambiguous():
    on = split_org("高新区党工委")
    assert names(on.localities) == ["高新区"]
    assert on.ambiguous
    assert not split_org("周口港区党委").ambiguous
    assert not split_org("桃源县委").ambiguous


def test_words_shaped_like_places_are_not_localities():
    assert split_org("乡村振兴局").localities == ()
    assert split_org("农贸市场管理办公室").localities == ()
    assert split_org("区委宣传部").localities == ()
    # a road before 市政 is no city (常乐路市政管道); a known city stays one
    assert [x.name for x in parse_localities("榆阳区常乐路市政管道改造工程")[0]] == ["榆阳区"]
    assert [x.name for x in parse_localities("榆林市政府")[0]] == ["榆林市"]


def test_abbreviations_are_written_out():
    assert canonical_org("区人社局") == canonical_org("区人力资源和社会保障局") == "区人力资源和社会保障局"
    assert canonical_org("区检察院") == "区人民检察院"
    assert canonical_org("高新区管委会") == "高新区管委会"  # kept as printed


def test_department_parent():
    assert split_org("区委宣传部").parent == "区委"
    assert split_org("福田区委组织部").parent == "福田区委"
    assert split_org("区政协提案委").parent == "区政协"
    assert split_org("区委").parent is None
    assert split_org("高新区管委会").parent is None


def test_place_containment_and_sites():
    chain, whole = parse_place("梧桐办事处郭庄社区")
    assert names(chain) == ["梧桐办事处", "郭庄社区"] and whole
    assert parse_place("石佛办事处")[1]
    chain, whole = parse_place("重庆市大林机械发展有限公司")
    assert names(chain) == ["重庆市"] and not whole
    assert parse_place("黄沙湖") == ((), False)


def test_a_government_printed_with_renmin_is_the_same_office():
    from kg.extract.divisions import canonical_org
    assert canonical_org("扎赉特旗人民政府") == canonical_org("扎赉特旗政府") == "扎赉特旗政府"
    assert canonical_org("县人民政府办公室") == "县政府办公室"


def test_a_division_whose_name_opens_with_a_level_word_is_known_from_the_gazetteer():
    from kg.extract.divisions import parse_place
    assert parse_place("镇康县")[1] and parse_place("镇江市")[1] and parse_place("乡城县")[1]
    assert not parse_place("区县委")[1]


def test_a_county_whose_name_opens_with_a_level_character_after_its_city():
    from kg.extract.divisions import parse_place
    chain, whole = parse_place("陕西省安康市镇坪县")
    assert [u.name for u in chain] == ["陕西省", "安康市", "镇坪县"] and whole
    assert [u.name for u in parse_place("河南省郑州市")[0]] == ["河南省", "郑州市"]
