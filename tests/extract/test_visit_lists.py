"""kg.extract.visit_lists: the items of a visit list and the named place each gives."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.visit_lists import named_place
from tests.support.extraction import art


def test_a_list_item_joined_by_ji_stays_one_when_its_left_side_is_no_place():
    from kg.extract.visit_lists import visit_items
    items = visit_items("丰元工业园、盛维日产90万支异形电池及配套下游电子烟项目、区人民医院新院等,现场")
    assert items[1] == "盛维日产90万支异形电池及配套下游电子烟项目"
    assert visit_items("部分驻旗边防部队及赛罕苏木、洪格尔苏木,调研")[:2] == ["部分驻旗边防部队", "赛罕苏木"]


def test_a_named_place_is_no_phrase():
    assert named_place("在新农村") == "新农村"  # a leading preposition goes
    assert named_place("——塔瓦库勒乡") == "塔瓦库勒乡"  # "贫困乡——X乡": the dash of an apposition goes
    assert named_place("时强调 抓好春耕备耕 加快补齐县") is None  # words of a spaced headline, no place
    for phrase in ("嵊的绍兴市", "温州全市", "60个经济重点镇", "三个社区", "地块和街道", "圩镇客厅”项目",
                   "民们打成一片"):  # 们 (和村民们打成一片): people, no place
        assert named_place(phrase) is None, phrase
    for place in ("巴嘎波日和小学", "和平区", "光和电子科技有限公司", "椒城", "“初心”广场"):
        assert named_place(place) == place, place
    assert named_place(None) is None


def test_a_village_named_with_lou_keeps_its_name():
    from kg.extract.visit_lists import visit_items
    assert visit_items("到汶上集镇党楼村、丁古刘庄村、刘楼村调研,") == ["到汶上集镇党楼村", "丁古刘庄村", "刘楼村"]
    assert visit_items("区政府办公楼三楼会议室,") == ["区政府办公"]


def test_a_kind_of_unit_in_a_list_is_no_named_place():
    from kg.extract.visit_lists import place_of_item

    assert place_of_item("人民团体", True) is None  # ordinary words: a kind of unit
    assert place_of_item("泰开电气", True) == "泰开电气"  # a bare name in a list of places


def test_a_works_area_or_a_bare_company_is_no_named_place():
    from kg.extract.visit_lists import place_of_item

    assert place_of_item("厂区", True) is None and place_of_item("公司", True) is None


def test_level_words_alone_are_no_named_place():
    from kg.extract.visit_lists import named_place

    assert named_place("乡村") is None  # 乡村振兴
    assert named_place("镇村") is None
    assert named_place("镇(街道") is None
    assert named_place("青山坝村") == "青山坝村"


def test_an_item_cut_inside_a_bracket_is_no_place():
    from kg.extract.visit_lists import named_place

    assert named_place("员)甲乙") is None
    assert named_place("某某医院(某路院区)") == "某某医院(某路院区)"


def test_a_firm_s_name_may_hold_de_and_a_workshop_of_a_kind_is_the_place():
    from kg.extract.visit_lists import visit_items

    assert visit_items("湖北美的电冰箱有限公司、某某新材料股份有限公司,向企业负责人了解")[0] == "湖北美的电冰箱有限公司"
    assert visit_items("我乡彝绣扶贫车间、某某种养殖基地实地查看") == ["彝绣扶贫车间", "某某种养殖基地"]
    assert visit_items("某某纺织厂车间,")[0] == "某某纺织厂"  # a firm's workshop: the firm


def test_who_went_or_a_preposition_before_a_place_is_no_part_of_it():
    from kg.extract.visit_lists import visit_items

    assert visit_items("党政代表团赴某某区,") == ["某某区"]
    assert visit_items("与某某镇,") == ["某某镇"]
    assert visit_items("和平街道,") == ["和平街道"]
    assert visit_items("市防汛抗旱物资仓库和平安广场,") == ["市防汛抗旱物资仓库", "平安广场"]


def test_the_paper_s_own_prefecture_or_league_is_no_part_of_a_place():
    from kg.extract.visit_lists import named_place

    assert named_place("我州某某县") == "某某县" and named_place("本盟某某旗") == "某某旗"


def test_a_checkpoint_is_a_place_not_a_check():
    from kg.extract.visit_lists import visit_items

    assert visit_items("零公里检查站,通过听取汇报") == ["零公里检查站"]


def test_a_named_place_drops_who_went_there_and_a_preposition():
    from kg.extract.visit_lists import named_place

    assert named_place("党政代表团赴某某区") == "某某区"
    assert named_place("与某某镇") == "某某镇"
    assert named_place("和平区") == "和平区"


def test_major_projects_name_no_place():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("重大项目", True) is None
    assert place_of_item("福海县重大项目进展情况", False) == "福海县"


def test_a_village_printed_after_its_town_without_its_level():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("戛洒镇曼湾", True) == "曼湾"
    assert place_of_item("戛洒镇", True) == "戛洒镇"
    assert place_of_item("文峰镇镇政府", True) != "镇政府"


def test_phrases_and_kinds_are_no_named_place_and_two_firms_give_the_first():
    from kg.extract.visit_lists import named_place
    assert named_place("东川乡金龙矿业有限公司和富盛矿业有限公司") == "东川乡金龙矿业有限公司"
    assert named_place("把科普知识带到田间地头") is None
    assert named_place("城区") is None and named_place("县城") is None
    assert named_place("、六盘水市") == "六盘水市"
    assert named_place("巴嘎波日和小学") == "巴嘎波日和小学"


def test_a_named_site_printed_after_its_village_or_town_without_a_suffix():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("碧流台镇东方红村大良沟", False) == "大良沟"
    assert place_of_item("龙华区新坡镇农丰洋", False) == "农丰洋"
    assert place_of_item("东川镇报到", False) == "东川镇"  # a verb, no site
    assert place_of_item("东川乡最北端", False) == "东川乡"
    assert place_of_item("东川村孟庆禾家", False) == "东川村"  # a household, no site


def test_a_level_printed_once_after_deng_belongs_to_each_bare_name():
    from kg.extract.visit_lists import visit_items
    assert visit_items("油洋、泽溪等村进行环境卫生检查") == ["油洋村", "泽溪村"]
    assert visit_items("甲山、乙水等乡镇实地察看") == ["甲山", "乙水"]  # 乡镇: no one level
    assert visit_items("丙坪、丁家湾村等村干部") == ["丙坪", "丁家湾村"]  # the villages' cadres


def test_a_kind_of_place_read_out_of_a_longer_item_is_no_place():
    assert named_place("有关村") is None and named_place("相关企业") is None


def test_a_cadre_s_assigned_village_is_no_village():
    assert named_place("包村联系点") is None and named_place("驻村工作队") is None


def test_a_place_printed_after_the_village_it_lies_in_is_the_place():
    from kg.extract.visit_lists import visit_items
    assert visit_items("位于浪堤镇虾里村委会的阿姆山管护站,沿着林间山道")[0] == "阿姆山管护站"
    assert visit_items("位于河北区的远洋大厦,调研")[0] == "远洋大厦"


def test_a_kind_of_firm_or_project_is_no_named_place():
    for kind in ("矿山企业", "水电企业", "围栏项目", "挂钩联系重点项目"):
        assert named_place(kind) is None, kind
    assert named_place("金科日化新材料智能化制造项目") == "金科日化新材料智能化制造项目"


def test_a_place_under_two_names_is_the_first_printed():
    assert named_place("越城区/滨海新区") == "越城区"


def test_the_building_site_of_a_project_is_the_project():
    from kg.extract.visit_lists import visit_items
    assert visit_items("观测站迁建项目工地,") == ["观测站迁建项目"]
    assert visit_items("建筑工地,") == ["建筑工地"]  # a site with no project named: as printed


def test_he_right_after_a_locality_and_one_character_is_inside_a_name():
    from kg.extract.visit_lists import visit_items
    assert visit_items("庄桥街道三和嘉园小区,走访慰问困难党员") == ["庄桥街道三和嘉园小区"]
    assert visit_items("白杨村和柳川村,察看") == ["白杨村", "柳川村"]


def test_he_after_a_short_locality_name_and_one_character_is_inside_a_firm_name():
    from kg.extract.visit_lists import visit_items
    assert visit_items("包头天和磁材技术有限责任公司、上海交大包头材料研究院,实地") == [
        "包头天和磁材技术有限责任公司", "上海交大包头材料研究院"]
    assert visit_items("包头市和呼和浩特市,") == ["包头市", "呼和浩特市"]  # two cities, each with its level


def test_unnamed_places_inside_a_locality_give_the_locality():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("城关街道有关村组和单位", True) == "城关街道"
    assert place_of_item("雨城区部分工业企业", True) == "雨城区"
    assert place_of_item("安溪县部分退休老干部", True) is None  # people of the county, no place visited


def test_de_inside_a_firm_s_brand_keeps_the_firm_a_place():
    assert named_place("湖北美的电冰箱有限公司") == "湖北美的电冰箱有限公司"
    assert named_place("园区的重点企业") is None and named_place("当地的龙头企业某某农业发展有限公司") is None


def test_a_level_inside_a_word_names_no_place_and_cuts_no_site():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("乡村田野", False) is None  # 乡村: the countryside, no township
    assert place_of_item("束力古台嘎查村民福岚", False) is None  # 村民: a villager, no village cut right
    assert place_of_item("东海镇上海村上海外滩", False) == "上海外滩"  # 村上 is no noun: the site after its village


def test_a_place_described_after_weiyu_is_the_place_after_its_de():
    from kg.extract.visit_lists import visit_clause, visit_items
    sent = "来到位于黄河北岸被称为千姿湖的黄河清湿地公园调研"
    assert visit_items(visit_clause(sent, 2))[0] == "黄河清湿地公园"
    assert visit_items("位于东窑子镇永丰堡村的中小企业孵化基地参加桥西区义务植树活动")[0] == "中小企业孵化基地"


def test_a_short_locality_name_and_he_before_a_firm_is_one_firm():
    from kg.extract.visit_lists import visit_items
    assert visit_items("泰安和新精工有限公司、泰山石膏有限公司,了解") == ["泰安和新精工有限公司", "泰山石膏有限公司"]
    assert visit_items("泰安和济南,了解") == ["泰安", "济南"]


def test_a_named_site_printed_after_its_county_or_zone_without_a_suffix():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("西宁市城中区沈家沟植树点", False) == "沈家沟"  # a planting spot: the place it is at
    assert place_of_item("垦区万嘉果农庄", False) == "万嘉果农庄"
    assert place_of_item("城中区政府", False) == "城中区"  # the county's body: the county
    assert place_of_item("城中区听民意", False) == "城中区"  # a verb first: no site
    assert place_of_item("下马塘老旧小区养老", False) != "养老"  # a 小区 is a site, no county


def test_a_talk_given_where_the_speaker_went_is_the_meeting_s_place():
    from kg.extract.visit_lists import lecture_place
    assert lecture_place("8月31日,县委组织部副部长赴礼安镇开展全会精神宣讲。") == "礼安镇"
    assert lecture_place("9月23日上午,县委宣讲团到渠北镇宣讲全会精神。") == "渠北镇"
    assert lecture_place("县委宣讲团成员作专题宣讲报告。") is None
    rec = extract_article(art("8月31日,县委组织部常务副部长赵海平赴礼安镇开展全会精神宣讲。礼安镇全体党员干部参加。"))
    assert [list(e.places) for e in rec.events] == [["礼安镇"]]
