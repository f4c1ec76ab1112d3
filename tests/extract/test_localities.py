"""kg.extract.localities: places printed with their level, as level-only organisations use them
(alone, and through extract_article)."""

from kg.extract import extract_article
from kg.extract.localities import Localities
from tests.support.extraction import art, posts


def test_places_read_back_to_a_delimiter():
    loc = Localities.of("4月7日,巴音乌素旗政府召开会议。岑山瑶族自治县代表团来访,在寨宁镇调研。")
    assert loc.admin["旗"] == "巴音乌素旗"
    assert loc.admin["县"] == "岑山瑶族自治县"
    assert loc.admin["镇"] == "寨宁镇"


def test_words_that_end_in_a_level_are_no_places():
    loc = Localities.of("会场五星红旗飘扬,全市城市建设和社区工作会议召开,市场主体增加。")
    assert loc.admin == {}


def test_a_dateline_is_not_read():
    assert "区" not in Localities.of("思明区融媒体中心讯(通讯员 甲乙)近日,区政协召开座谈会。").admin
    assert Localities.of("近日,思明区政协召开座谈会。").admin["区"] == "思明区"


def test_zones_prefer_the_printed_name_over_its_short_form():
    loc = Localities.of("杞山工业园区召开推进会。工业园区管委会主任出席,园区党工委书记主持。")
    assert loc.zone_for("园区") == loc.zone_for("工业园区") == "杞山工业园区"
    # the bare word printed more often than the named zone stays bare (高新区 in a 高新区 paper) …
    assert Localities.of("郑州高新区召开会议。高新区党工委书记主持,高新区管委会主任讲话。").zone_for("高新区") == "高新区"
    # … else it is that zone (安顺经开区 printed, 经开区党工委 its body)
    assert Localities.of("安顺经开区召开会议。经开区党工委书记主持。").zone_for("经开区") == "安顺经开区"
    assert Localities.of("《中国高新区》杂志报道,高新区党工委书记主持。").zone_for("高新区") == "高新区"  # no zone of 中国


def test_banners_autonomous_counties_and_port_districts_are_localities():
    rec = extract_article(art("4月7日,巴彦查干旗政府召开常务会议。旗委副书记、旗长韩立东主持会议。"))
    assert posts(rec, "韩立东") == [("巴彦查干旗委", "副书记"), ("巴彦查干旗政府", "旗长")]
    rec = extract_article(art("6月5日,青岭瑶族自治县政协组织委员视察。县政协副主席黄立新参加视察。"))
    assert posts(rec, "黄立新") == [("青岭瑶族自治县政协", "副主席")]
    rec = extract_article(art("5月12日,东港区项目集中开工。市委常委、东港区区委书记甘建松出席,"
                              "区委副书记、区长卓立平主持。"))
    assert posts(rec, "卓立平") == [("东港区委", "副书记"), ("东港区政府", "区长")]
    # a red flag is no banner
    rec = extract_article(art("会场五星红旗高高飘扬,县委书记韩立东主持会议。"))
    assert posts(rec, "韩立东") == [("县委", "书记")]


def test_a_dateline_is_the_source_not_the_article_place():
    rec = extract_article(art("鹭洲区融媒体中心讯(通讯员 戚梦华)近日,区政协召开协商座谈会。区政协主席范明华主持。"))
    assert posts(rec, "范明华") == [("区政协", "主席")]
    assert [(r.name, r.role) for r in rec.reporters] == [("戚梦华", "通讯员")]


def test_source_lines_name_no_locality():
    rec = extract_article(art("9月9日,区纪委召开会议,区委副书记、区长向东,副区长李立新出席。\n\n来源:鹭洲区融媒体中心"))
    assert posts(rec, "向东") == [("区委", "副书记"), ("区政府", "区长")]


def test_a_zone_word_cut_by_the_segmenter_is_read_whole_with_its_name():
    from kg.extract.localities import Localities, _zone_split
    assert _zone_split(["小蓝经", "开区", "管委会"]) == ["小蓝", "经开区", "管委会"]
    text = "县委书记、小蓝经开区管委会主任郜立新主持召开小蓝经开区管委会会议,区党工委委员冉建国出席。"
    loc = Localities.of(text)
    assert loc.zone_for("经开区") == "小蓝经开区"
    # printed on its own too, less often than with its name: still the named zone
    assert Localities.of(text + "经开区党工委书记栾文华讲话。").zone_for("经开区") == "小蓝经开区"
    # printed on its own more often: the bare word stays bare
    assert Localities.of(text + "经开区党工委书记栾文华讲话。经开区管委会、经开区纪工委负责人参加。").zone_for("经开区") == "经开区"


def test_a_name_before_wei_is_no_locality():
    from kg.extract.localities import Localities
    assert "国为乡" not in Localities.of("会议选举冉建国为乡人大主席。白杨乡党委书记甘明远讲话。").admin.values()


def test_short_names_of_autonomous_prefectures_districts_with_two_levels_and_no_special_zone():
    text = ("海北州委书记甲乙主持召开会议,要充分认识自治州建政70周年的意义。州委副书记、州长丙丁参加会议。"
            "梅县区委副书记、区长戊己出席。会议传达深圳经济特区建立40周年庆祝大会精神。")
    loc = Localities.of(text)
    assert loc.admin.get("州") == "海北州"  # 海北藏族自治州's short name; "自治州" alone is no place
    assert loc.admin.get("区") == "梅县区" and "区" not in loc.several  # 经济特区 is no district


def test_a_short_name_that_is_a_common_word_names_no_other_level():
    loc = Localities.of("会议传达省领导在横琴粤澳深度合作区调研精神,斗门区区长甲乙主持。")
    assert loc.admin.get("区") == "斗门区" and "区" not in loc.several  # 合作 is 合作市's short name, and a word


def test_a_county_level_district_the_gazetteer_knows_is_read_after_a_verb():
    loc = Localities.of("会议传达上级精神,研究部署梅县区下一阶段工作。区委副书记、区长甲乙主持。")
    assert loc.admin.get("区") == "梅县区"  # read back, "部署梅县" has a verb and "县区" is a word


def test_a_province_is_one_the_gazetteer_knows():
    loc = Localities.of("7月26日,省政协副主席郜立新率省政协调研组来青石调研。海南省委书记冉建国会见。")
    assert loc.admin.get("省") == "海南省" and "省" not in loc.several  # "立新率省" is no province


def test_a_county_printed_only_inside_an_acting_title_is_no_locality():
    # 代县 is a county of Shanxi; "代县长" is an acting county head
    assert Localities.of("6月2日上午,政府代县长冉建国主持召开县长办公会。").admin == {}
    assert posts(extract_article(art("6月2日上午,政府代县长冉建国主持召开县长办公会。")), "冉建国") == [("县政府", "代县长")]
    assert Localities.of("山西省代县县委书记冉建国到县城调研。").admin.get("县") == "代县"


def test_an_autonomous_prefecture_short_name_is_read_whatever_the_word():
    # 大理 is also a common noun in jieba's dictionary; 大理州 is 大理白族自治州
    assert Localities.of("大理州委书记冉建国到巍山县调研。").admin.get("州") == "大理州"


def test_the_main_urban_area_is_no_district():
    rec = extract_article(art("区政协主席冉建国主持会议,为推动主城区都市圈融合发展作出新贡献。"))
    assert posts(rec, "冉建国") == [("区政协", "主席")]


def test_a_town_printed_right_after_the_known_county_holding_it_is_read():
    assert Localities.of("10月23日,光山县斛山乡组织开展活动。").admin.get("乡") == "斛山乡"
    assert Localities.of("5月25日,到惠民县皂户李镇调研。").admin.get("镇") == "皂户李镇"


def test_a_city_or_prefecture_printed_right_after_its_province_is_read():
    assert Localities.of("3月16日,贵州省六盘水市召开会议。").admin.get("市") == "六盘水市"
    assert Localities.of("3月16日,贵州省黔东南州召开会议。").admin.get("州") == "黔东南州"
    assert "州" not in Localities.of("3月16日,浙江省杭州召开会议。").admin  # 杭州 is no 杭 with a level
    rec = extract_article(art("3月16日,贵州省黔东南州召开会议。州委书记刘振华出席会议。"))
    assert posts(rec, "刘振华") == [("黔东南州委", "书记")]


def test_a_known_city_after_a_clock_time_is_read_and_a_counted_word_is_not():
    assert Localities.of("上午10:00包头市昆都仑区建区50周年庆祝大会隆重举行。").admin.get("市") == "包头市"
    assert Localities.of("120余家区政协委员单位参加活动。").admin == {}  # 余家区: a count, no place


def test_a_one_character_county_after_a_verb_is_read_and_none_inside_a_word():
    assert Localities.of("代表们共商理县发展大计,共绘理县美好蓝图。").admin.get("县") == "理县"
    assert Localities.of("村干部要响应县委号召。").admin == {}  # 响应: no 应县
    assert Localities.of("推进绿色发展示范县建设。").admin == {}  # 示范县: no 范县


def test_a_county_with_a_one_character_name_the_gazetteer_knows():
    from kg.extract.localities import Localities

    assert Localities.of("中国人民政治协商会议寿县第十七届委员会第四次会议开幕。").admin.get("县") == "寿县"
    assert Localities.of("全县召开会议,该县各乡镇参加。").admin.get("县") is None  # no county named


def test_a_hospital_campus_is_no_district():
    assert "区" not in Localities.of("刘振华一行前往某市儿童医院(泸定路院区)察看。区委书记刘振华陪同。").admin


def test_the_city_a_firm_s_name_starts_with_and_a_name_before_a_head_s_title_are_no_locality():
    assert "市" not in Localities.of("督查组对青石市南江医药化工有限公司进行检查。市委常委刘振华带队。").admin
    assert "市" not in Localities.of("要认真贯彻落实甲纯市长的重要批示要求。市委常委刘振华指出。").admin
    assert Localities.of("青石市召开会议,对青石市南江化工有限公司进行检查。").admin.get("市") == "青石市"


def test_a_division_the_gazetteer_knows_whatever_jieba_tags_it_or_the_word_it_ends_with():
    assert Localities.of("1月25日,库车市召开座谈会。市委书记刘振华出席。").admin.get("市") == "库车市"
    assert Localities.of("会议在陇县召开,既是检阅,更是激励。县长刘振华出席。").admin.get("县") == "陇县"
    assert "县" not in Localities.of("该市连续五年跻身全国百强县,城乡面貌一新。").admin


def test_a_verb_of_going_or_a_person_before_the_level_is_no_part_of_the_place():
    assert Localities.of("省政协调研组赴歙县调研。县政协主席刘振华陪同。").admin.get("县") == "歙县"
    assert "市" not in Localities.of("刘振华率市直部门负责人调研。", frozenset({"刘振华"})).admin


def test_an_autonomous_region_is_no_district_and_names_its_bare_bodies():
    text = "1月12日,宁夏回族自治区人大常委会副主任柯小满到社区调研。区委书记陈立新陪同。自治区人大常委会秘书长周晓明参加。"
    assert "区" not in Localities.of(text).admin
    rec = extract_article(art(text))
    assert posts(rec, "陈立新") == [("区委", "书记")]  # no district printed
    assert posts(rec, "周晓明") == [("宁夏回族自治区人大常委会", "秘书长")]
    rec = extract_article(art(text.replace("到社区", "到西夏区")))
    assert posts(rec, "陈立新") == [("西夏区委", "书记")]


def test_no_locality_is_read_across_a_person_s_name_or_from_two_verbs():
    rec = extract_article(art("昨天下午,县委书记刘振华率县委办、组织部等部门负责人赴章村镇调研。县委常委、人武部部长陈立新参加。"))
    assert posts(rec, "刘振华") == [("县委", "书记")]
    rec = extract_article(art("近日,市政协召开常委会。为努力实现市政协工作新突破,市政协主席周晓明作了讲话。"))
    assert posts(rec, "周晓明") == [("市政协", "主席")]


def test_a_zone_s_body_is_written_out_with_the_printed_zone():
    from kg.extract.localities import Localities
    loc = Localities.of("杞山工业园区党工委召开会议。园区位于东川县。")
    assert loc.zone_org("工业园区管委会") == "杞山工业园区管委会"
    assert loc.zone_org("党工委") == "杞山工业园区党工委"
    assert Localities.of("东川县召开会议。").zone_org("党工委") is None


def test_a_town_name_longer_than_four_characters_the_gazetteer_knows():
    from kg.extract.localities import Localities
    assert Localities.of("特克斯县齐勒乌泽克镇第十六届人民代表大会第一次会议召开。").admin.get("镇") == "齐勒乌泽克镇"


def test_a_town_the_gazetteer_knows_is_read_after_a_verb_glued_to_it():
    from kg.extract.localities import Localities
    # 镇西堡镇 (铁岭县) starts with its own level character: "召开镇西堡镇…" reads the town
    assert Localities.of("人大主席某某主持召开镇西堡镇禁烧秸秆工作会议。").admin.get("镇") == "镇西堡镇"


def test_a_league_is_a_locality_of_its_level_and_qualifies_a_bare_league_body():
    from kg.extract.localities import Localities
    assert Localities.of("盟委副书记、盟长某某在兴安盟调研。").admin.get("盟") == "兴安盟"
    assert Localities.of("成立乡村振兴产业联盟,县长某某出席。").admin.get("盟") is None
    text = "9月10日,盟政协常委会会议召开。盟政协主席刘振华主持会议。政协阿拉善盟第十届委员会第六次会议将于9月11日召开。"
    rec = extract_article(art(text, published="2025-09-11"))
    assert {post.org for p in rec.people for post in p.posts} == {"阿拉善盟政协"}


def test_a_city_s_conditions_print_no_city():
    from kg.extract.localities import Localities
    assert Localities.of("报告切合延安市情实际,市委书记张某某出席。").admin.get("市") is None
    assert Localities.of("传达衡阳市级领导干部读书班精神。").admin.get("市") == "衡阳市"


def test_a_source_line_and_a_site_greeting_name_no_locality_of_the_article():
    text = "您好!欢迎访问柳川县人民代表大会常务委员会网\n信息来源:柳川县人大 发布日期:2022-05-01\n县委书记刘振华出席。"
    assert "县" not in Localities.of(text).admin
    assert Localities.of("柳川县召开会议。县委书记刘振华出席。").admin.get("县") == "柳川县"


def test_a_zone_term_split_by_the_segmenter_keeps_the_name_before_it():
    text = "县政协副主席甲乙丙等一行人来临沭经济开发区检查指导工作,开发区党工委书记丁戊己陪同检查。"
    assert "临沭经济开发区" in Localities.of(text).zones
    assert posts(extract_article(art(text)), "丁戊己") == [("临沭经济开发区党工委", "书记")]


def test_a_one_character_county_read_as_a_noun_is_still_the_county():
    text = "1月25日,冠县组织收听收看电视电话会议。县委书记甲乙丙出席。"
    assert Localities.of(text).admin == {"县": "冠县"}
    assert posts(extract_article(art(text)), "甲乙丙") == [("冠县委", "书记")]


def test_a_stamp_line_with_the_source_and_author_is_not_read():
    text = "2020-06-11 16:34:00射洪市香山镇 作者:何杰\n6月10日,市政协主席甲乙丙一行莅临香山镇调研。"
    assert Localities.of(text).admin == {"镇": "香山镇"}
    text = "(作者:丁戊己)5月22日,在射洪市政协主席甲乙丙的陪同下,考察团视察了神木县。"
    assert Localities.of(text).admin.get("市") == "射洪市"  # a byline opening a paragraph blanks no more


def test_a_place_inside_words_relayed_from_the_general_secretary_is_not_the_article_s():
    text = "4月30日,市委书记刘振华深入青石县检查。他强调,要贯彻总书记对辽宁辽阳市白塔区一饭店火灾事故作出的重要指示精神。"
    assert "市" not in Localities.of(text).admin
    assert Localities.of("辽阳市召开会议。市委书记刘振华强调,要贯彻总书记的重要指示精神。").admin.get("市") == "辽阳市"


def test_a_province_read_as_one_word_with_its_committee_is_printed():
    from kg.extract.localities import Localities
    # jieba reads 甘肃省委 as one word: the province is printed with its level all the same
    assert Localities.of("甘肃省委书记刘振华调研。省委常委陈立新一同调研。").admin == {"省": "甘肃省"}


def test_a_window_cut_inside_a_word_by_the_one_before_reads_no_place_from_the_word_s_rest():
    # the window of 州长 ends inside 调研: "研博州" is no prefecture
    assert Localities.of("冬雅州长考察调研博州2018年交通建设项目。").admin == {}


def test_a_slogan_opening_with_yi_is_no_city():
    loc = Localities.of("全市上下要深入实施“工业立市、以港兴市”核心战略。以港兴市是方向。市委书记冯远舟出席。")
    assert "以港兴市" not in loc.admin.values()
    assert "以港兴市" not in loc.several.get("市", ())
