"""kg.extract.printed_units: the units a post printed by its kind stands for."""

from __future__ import annotations


def test_village_cadres_are_no_village():
    from kg.extract.printed_units import last_village
    assert last_village("来到柳塘村,要求村干部把群众放在心上,") == "柳塘村"
    assert last_village("他们要求村两委班子加强学习,") is None


def test_the_unit_a_sentence_opens_in_before_a_bare_head_title():
    from kg.extract.printed_units import opened_unit
    text = "在育才中学,校长"
    assert opened_unit(text, len(text), "", "校长") == "育才中学"
    assert opened_unit(text, len(text), "", "局长") is None  # a school has no 局长
    text = "一行来到星辰电子科技有限公司,董事长"
    assert opened_unit(text, len(text), "", "董事长") == "星辰电子科技有限公司"


def test_the_unit_named_last_starts_after_a_word_before_an_organisation():
    from kg.extract.printed_units import unit_in_sentence
    assert unit_in_sentence("区委书记刘振华会见中铁某局集团有限公司", ("公司",)) == "中铁某局集团有限公司"
    assert unit_in_sentence("区委书记刘振华会见了来北辰区考察的中国某冶集团", ("集团",)) == "中国某冶集团"  # 的 ends the words before


def test_this_firm_or_village_is_the_one_printed_last():
    from kg.extract.printed_units import unit_printed_before
    assert unit_printed_before("该公司", "调研组来到星辰电子科技有限公司,") == "星辰电子科技有限公司"
    assert unit_printed_before("该村党支部", "来到湴东村,") == "湴东村党支部"
    assert unit_printed_before("该局党组", "局长来到东湖区行政审批服务局,") == "东湖区行政审批服务局党组"  # 该局: the bureau named last
    assert unit_printed_before("村委会", "来到柳塘村,") == "柳塘村委会"
    assert unit_printed_before("社区党支部", "来到南街社区,") == "南街社区党支部"
    assert unit_printed_before("公司", "来到星辰电子科技有限公司,") is None  # a bare kind is not anaphoric here


def test_a_kind_printed_alone_names_no_unit():
    from kg.extract.printed_units import last_named
    assert last_named("县委书记冯远舟率全县茶叶界人士三百余人到公司参观,", "公司") is None  # 到公司: no firm's name
    assert last_named("董事长孙志远在车间门口向客人介绍公司", "公司") is None  # 介绍 ends the words before it
    assert last_named("一行来到星辰电子科技有限公司,", "公司") == "星辰电子科技有限公司"


def test_a_village_named_after_a_kind_of_village():
    from kg.extract.printed_units import last_village
    assert last_village("在典型村湴东村,调研团一行认真听取") == "湴东村"


def test_a_firm_s_officers_printed_as_the_firm_s_take_the_firm_the_sentence_named():
    from kg.extract.printed_units import opened_unit
    text = "在上海和平房地产开发有限公司,马德林同志与企业董事长"
    assert opened_unit(text, len(text), "企业", "董事长") == "上海和平房地产开发有限公司"


def test_a_bare_body_travelling_to_a_locality_of_its_own_level_is_not_that_locality_s():
    from kg.extract.printed_units import destinations, travelled_to

    def went(text: str, lv: str, name: str) -> bool:
        return travelled_to(destinations(text), lv, name)

    assert went("近日,市人大常委会考察组赴柳川学习开发区工作。", "市", "柳川市")
    assert went("6月25日,市委书记孙国庆先后到柳川市、白杨区调研。", "市", "柳川市")
    assert went("县委书记孙国庆率队前往三清山、柳川县考察学习。", "县", "柳川县")  # later in the list
    assert went("10月8日,市长孙国庆带队赴柳川市督导防汛工作。", "市", "柳川市")  # a bare head
    assert went("副县长孙国庆前往柳川县检查。", "县", "柳川县")
    # a site inside the locality, hosts who accompany visitors, a body named with its locality
    assert not went("县委书记孙国庆先后到柳川县第三小学走访。", "县", "柳川县")
    assert not went("在县委书记孙国庆陪同下到柳川县考察。", "县", "柳川县")
    assert not went("白杨市委书记孙国庆赴柳川市考察。", "市", "柳川市")
    # a district inside the city visited (丰泽区 is 泉州市's), the province printed before the city
    assert went("区人大常委会副主任孙国庆率队赴福建泉州、宁德开展招商活动。", "区", "丰泽区")
    assert not went("区人大常委会副主任孙国庆率队赴福建泉州、宁德开展招商活动。", "区", "武清区")


def test_the_cppcc_a_page_prints_is_what_a_bare_cppcc_is():
    from kg.extract.printed_units import printed_cppcc
    assert printed_cppcc("新疆省乌苏市政协组织政协委员视察本市") == "乌苏市政协"
    assert printed_cppcc("政协镇坪县第十届委员会第四次会议召开") == "镇坪县政协"
    assert printed_cppcc("天津武清区政协举办通报会") == "武清区政协"  # the division the gazetteer knows
    assert printed_cppcc("政协主席刘振华讲话") is None  # none printed
    assert printed_cppcc("镇坪县政协与武清区政协座谈") is None  # two: no telling which


def test_a_bare_cppcc_takes_the_one_printed():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("政协镇坪县第十届委员会第四次会议召开。政协主席刘振华讲话,政协委员陈立新发言。"))
    assert posts(rec, "刘振华") == [("镇坪县政协", "主席")]
    assert posts(rec, "陈立新") == [("镇坪县政协", "委员")]


def test_a_name_is_counted_once_per_article():
    from kg.extract.printed_units import printed_count

    counts: dict[str, int] = {}
    assert printed_count("湖北省恩施州,湖北省", "湖北省", counts) == 2
    assert printed_count("another text", "湖北省", counts) == 2  # the article's cache answers
