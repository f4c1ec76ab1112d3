"""kg.extract.org_names: what an organisation's printed name holds."""

from __future__ import annotations

from kg.extract.org_names import (level_prefix, locality_of, lowest_locality, session_name, full_prefecture,
                                  unit_of, written_out)

from kg.extract import extract_article
from tests.support.extraction import art, posts

def test_session_name_and_its_lowest_locality():
    text = "会议表决通过了沈阳市和平区第十九届人民代表大会第一次会议选举办法。"
    assert session_name(text) == "和平区第十九届人民代表大会第一次会议"
    assert lowest_locality("安徽省安庆市委") == "安庆市委"
    assert lowest_locality("内蒙古乌兰察布市委") == "乌兰察布市委"  # a province printed short
    assert lowest_locality("河北大学党委") == "河北大学党委"  # a unit named for its province
    assert session_name("会议研究了有关工作。") is None


def test_an_office_short_form_is_written_out():
    assert written_out("石门县委办") == "石门县委办公室"
    assert written_out("某县安委办") == "某县安委办" and written_out("市绿委办") == "市绿委办"  # a commission's office
    assert written_out("青石县政府办") == "青石县政府办公室"
    assert written_out("县委办公室") == "县委办公室" and written_out("招商办") == "招商办"


def test_level_locality_and_unit_of_a_name():
    assert level_prefix("区委") == "区" and level_prefix("二七区委") is None
    assert locality_of("高新区党工委") == "高新区" and locality_of("南园街道党工委") == "南园街道"
    assert unit_of("县卫健委党组") == "县卫健委" and unit_of("县委") == "县委"
    assert full_prefecture("湘西州政府") == "湘西土家族苗族自治州政府"
    assert full_prefecture("湘西土家族苗族自治州政府") == "湘西土家族苗族自治州政府" and full_prefecture("郑州市委") == "郑州市委"


def test_the_session_s_form_most_printed_with_its_locality():
    long, short = "中国人民政治协商会议第十届吉县委员会第四次会议", "政协第十届吉县委员会第四次会议"
    assert session_name(f"{long}举行议政大会。{short}执行主席刘振华主持。") == short  # a tie: the shorter
    assert session_name(f"{long}开幕。{long}闭幕。{short}执行主席刘振华主持。") == long
    # a form without the locality ("政协十五届四次会议") gives way to the one that names it
    assert session_name(f"{long}开幕。政协十五届四次会议执行主席刘振华主持。政协十五届四次会议闭幕。") == long


def test_the_body_of_a_session():
    from kg.extract.org_names import session_body
    assert session_body("政协第十届吉县委员会第四次会议", "委员") == "吉县政协"
    assert session_body("陆良县第十七届人民代表大会第五次会议", "代表") == "陆良县人大"
    assert session_body("陆良县第十七届人民代表大会第五次会议", "委员") is None


def test_a_unit_named_for_its_place_is_no_department():
    from kg.extract.org_names import is_sub_unit
    assert is_sub_unit("宣传部") and is_sub_unit("提案委")
    assert not is_sub_unit("织金疫情现场处置指挥部")
    assert not is_sub_unit("阿克苏地委")  # a prefecture's committee, named for its three-character place
    assert not is_sub_unit("人民日报社编委") and is_sub_unit("社法委")  # a committee printed with its own unit


def test_a_level_only_congress_session_is_named_from_its_level():
    from kg.extract.org_names import session_name
    assert session_name("3月21日,区十六届人大一次会议隆重开幕。") == "区十六届人大一次会议"


def test_the_locality_a_list_carries_to_a_bare_bureau():
    from kg.extract.org_names import carried_locality
    assert carried_locality("农业局", "五常市政府") == "五常市"
    assert carried_locality("美丽城镇办", "西塘镇党委") is None  # a town has no bureaus
    assert carried_locality("建设开发服务中心", "岳阳县政府") is None  # only a bureau or office
    assert carried_locality("公安静海分局", "静海区政府") is None  # a unit named for its own place


def test_a_post_s_printed_organisation_drops_what_a_page_or_a_term_adds():
    from kg.extract.org_names import printed_org
    assert printed_org("8月15日县委") == "县委"
    assert printed_org("前日") == "" and printed_org("近日县委") == "县委"  # a day printed before the title
    assert printed_org("州十三届人大常委会") == "州人大常委会"
    assert printed_org("政协第十届玉屏侗族自治县委员会") == "玉屏侗族自治县政协"
    assert printed_org("中共渝中区委") == "渝中区委"
    assert printed_org("特邀柳川学院教学部") == "柳川学院教学部" and printed_org("区政协特邀") == "区政协"  # invited
    assert printed_org("该镇") == ""


def test_a_bare_local_body_takes_the_locality_of_the_sentence_s_last_post():
    from kg.extract.org_names import sentence_locality
    text = "霍城县委书记马德林,县委副书记、县长刘振华,政协主席吴秀英出席。政协主席"
    history = {"霍城县委": 0, "霍城县政府": 18}
    assert sentence_locality("政协", history, text, 24) == "霍城县政协"
    assert sentence_locality("政协", {"县委": 0}, text, 24) == "县政协"  # level-only, as printed
    assert sentence_locality("政协", history, text, len(text)) is None  # another sentence
    assert sentence_locality("宣传部", history, text, 24) is None  # not a body every locality has


def test_a_national_commission_is_no_sub_unit():
    from kg.extract.org_names import is_sub_unit
    assert not is_sub_unit("国家民委")
    assert is_sub_unit("宣传部") and is_sub_unit("提案委")


def test_a_zone_s_short_committee_is_no_department_of_the_body_before_it():
    from kg.extract.org_names import is_sub_unit
    assert not is_sub_unit("工委") and not is_sub_unit("管委")
    rec = extract_article(art("4月2日 市委书记刘振华来区督导防火工作。\n△工委书记、管委主任陈立新主持召开工委会议。"))
    assert posts(rec, "陈立新") == [("工委", "书记"), ("管委", "主任")]


def test_a_bare_autonomous_county_s_body_takes_the_autonomous_county_printed():
    from kg.extract.org_names import printed_region
    text = "审议了《印江土家族苗族自治县长寿资源开发利用条例(草案)》。"
    assert printed_region(text, "自治县") == "印江土家族苗族自治县" and printed_region(text) is None
    rec = extract_article(art("5月24日,自治县人大常委会召开会议,自治县人大常委会主任刘振华主持。" + text))
    assert posts(rec, "刘振华") == [("印江土家族苗族自治县人大常委会", "主任")]


def test_a_member_printed_before_the_body_is_no_part_of_it():
    # "盟员市人大代表", "致公党员企业家X公司董事长": the person's party membership, then the body
    rec = extract_article(art("会议召开。盟员市人大代表赵海平应邀参加。出席会议的有致公党员企业家冬雅投资管理有限公司董事长孙志远、"
                                    "市党员服务中心主任周晓明。"))
    assert posts(rec, "赵海平") == [("市人大", "代表")]
    assert posts(rec, "孙志远") == [("冬雅投资管理有限公司", "董事长")]
    assert posts(rec, "周晓明") == [("市党员服务中心", "主任")]  # a body whose name holds 党员 keeps it
