"""kg.extract.places: where an event happened (a meeting's venue, a visit's places)."""

from __future__ import annotations

from kg.extract import extract_article
from tests.support.extraction import art


def test_places_visited_inside_a_listed_district_replace_it():
    rec = extract_article(art("11月22日,副市长韦德川先后到东岭区、西湖区调研城市更新工作。\n\n"
                              "在东岭区,韦德川来到桂园小区改造项目、北门片区安置房项目,察看施工进度。"
                              "在西湖区,韦德川察看了西湖湾城市客厅项目。"))
    assert rec.events[0].places == ("桂园小区改造项目", "北门片区安置房项目", "西湖湾城市客厅项目")


def test_venues_keep_the_words_that_name_them():
    rec = extract_article(art("12月28日,东川县第二人民医院新院区竣工仪式举行,县长韦德华出席并讲话。"
                              "仪式在东川县第二人民医院新院区举行。"))
    assert rec.events[0].places == ("东川县第二人民医院新院区",)
    rec = extract_article(art("近日,区政协在白沙社区党群服务中心召开协商座谈会,区政协主席范明华主持。"))
    assert rec.events[0].places == ("白沙社区党群服务中心",)
    rec = extract_article(art("3月18日,在新中国成立75周年之际召开座谈会,市委书记晏承华主持。"))
    assert rec.events[0].places == ()


def test_a_town_printed_alone_gives_way_to_the_place_inside_it_named_after_it():
    rec = extract_article(art(
        "12月7日,市调研组到柳湾镇调研乡村振兴工作。市农业农村局局长郜立新参加调研。"
        "座谈会结束后,调研组一行到柳湾彩虹广场实地调研。"))
    assert rec.events[0].places[:1] == ("柳湾彩虹广场",)
    rec = extract_article(art(
        "8月23日,市政协副主席郜立新到青石县柳湾镇调研。调研组在柳湾镇政府会议室召开座谈会,"
        "随后到白杨村、红旗村察看。"))
    assert rec.events[0].places[:1] == ("柳湾镇政府",)



def test_a_town_the_gazetteer_lacks_gives_way_to_a_village_visited_after_it():
    text = ("12月28日,县委书记郜立新到联柳镇调研森林防火工作。郜立新一行到龙峪沟村进行调研,实地检查防火站值班情况,"
            "并入户了解村民冬季取暖情况。")
    assert extract_article(art(text)).events[0].places[:1] == ("龙峪沟村",)
    text = "12月28日,县委书记郜立新到联柳镇调研。郜立新深入部分养殖基地、牧户家中了解生产情况。"
    assert extract_article(art(text)).events[0].places[:1] == ("联柳镇",)  # no village: the town stays


def test_a_level_printed_once_for_a_list_and_unnamed_places():
    rec = extract_article(art(
        "10月26日,县委常委郜立新深入柳湾、白杨镇政府,调研指导选举工作。"))
    assert rec.events[0].places == ("柳湾镇政府", "白杨镇政府")
    rec = extract_article(art(
        "3月28日,旗委书记郜立新深入部分边防部队及青石苏木、白杨苏木边境派出所调研。"))
    assert "部分边防部队" not in rec.events[0].places and rec.events[0].places[:1] == ("青石苏木",)


def test_a_venue_is_not_read_from_an_adverb_or_a_progressive():
    rec = extract_article(art(
        "3月2日,县委书记郜立新等来到该县柳河大坝参加义务植树活动。"
        "县长冉建国正在植树栽下一棵树,大家轰轰烈烈地开展植树活动。"))
    assert rec.events[0].places == ("柳河大坝",)
    rec = extract_article(art(
        "1月12日上午,青石县政协第十一届委员会第一次会议在青石大礼堂胜利闭幕。县委书记郜立新出席会议。"))
    assert rec.events[0].places == ("青石大礼堂",)
    rec = extract_article(art("3月2日,市政协主席郜立新主持召开座谈会。郜立新指出,在市“两会”即将召开之际,要凝聚共识。"))
    assert rec.events[0].places == ()  # a time ("即将召开之际"), not a place


def test_a_city_visited_gives_way_to_the_village_visited_in_it():
    rec = extract_article(art("5月20日,省委书记郜立新到青石市调研。郜立新来到东海村,察看乡村振兴工作。"))
    assert [(e.type, list(e.places[:1])) for e in rec.events] == [("inspection", ["东海村"])]


def test_towns_visited_one_by_one_stay_unless_a_place_inside_the_first_is_named():
    rec = extract_article(art("3月2日,县委书记郜立新深入龙圩镇、广平镇、大坡镇检查工作。在农村,郜立新察看人居环境整治。"))
    assert list(rec.events[0].places[:1]) == ["龙圩镇"]


def test_a_place_cut_by_an_open_bracket_is_cut_there():
    rec = extract_article(art("5月8日,市长郜立新到白杨县调研。郜立新来到青石钢铁有限公司(白杨县,察看生产。"))
    assert list(rec.events[0].places[:1]) == ["青石钢铁有限公司"]


def test_units_an_inspection_is_carried_out_on_are_its_places():
    rec = extract_article(art("8月9日,为落实全市安全生产工作会议精神,青石区开展安全生产督查。区委书记郜立新带队,"
                              "对青石宇翔车辆配件有限公司、白杨化工有限公司进行安全生产督查。"))
    assert [(e.type, list(e.places)) for e in rec.events] == [
        ("inspection", ["青石宇翔车辆配件有限公司", "白杨化工有限公司"])]


def test_a_sentence_opening_with_places_visited_gives_them():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("1月20日,督查组组长冉建国带领督查组一行到游仙区,督查安全生产工作开展情况,副市长栾文华参加督查。\n"
                              "在新桥镇、雅化集团、交通局等地,督查组全面了解了安全生产管理职责制度。"))
    assert [e.places for e in rec.events] == [("新桥镇", "雅化集团", "交通局")]


def test_a_village_a_sentence_opens_in_is_inside_the_district_visited():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("10月19日,副市长冉建国深入宝山区检查指导秋收工作。\n"
                              "在宝山区七星镇宝山村大豆地收获现场,冉建国详细了解了大豆产量情况。"))
    assert [e.places for e in rec.events] == [("宝山村",)]


def test_a_unit_entering_a_community_visits_it():
    rec = extract_article(art("8月5日,政协委员活动组正式进入公园街道园新社区,开展委员进社区活动。组长刘振华出席活动。"
                              "进入新时代,各项工作都要有新作为。", title="政协委员活动组入驻社区"))
    (ev,) = rec.events
    assert ev.places[:1] == ("园新社区",)


def test_a_venue_of_ordinary_words_is_no_place():
    rec = extract_article(art("1月15日,镇党委书记刘振华在这里主持召开座谈会。", title="镇召开座谈会"))
    assert rec.events and rec.events[0].places == ()
    rec = extract_article(art("3月5日,县林业局在白沙河生态廊道开展植树活动,县长刘振华参加。", title="县领导植树"))
    assert rec.events[0].places[:1] == ("白沙河生态廊道",)


def test_work_on_rural_revival_in_a_village_is_no_visit_to_a_place_called_xiangcun():
    from kg.extract.places import visit_places
    from kg.model import Sentence

    sent = "在青山坝村,刘振华一行实地查看了社会稳定、乡村振兴、森林防火等相关工作安排。"
    lists = visit_places(sent, Sentence(0, 0, len(sent)))
    assert all("乡村" not in places for _, places, _ in lists)


def test_the_paper_s_own_county_is_the_declared_home_s():
    from kg.extract.places import home_place

    assert home_place("我县", "陕西省宝鸡市陇县") == "陇县"
    assert home_place("我市", "陕西省宝鸡市陇县") == "宝鸡市"
    assert home_place("我县", None) is None  # no named place without a home
    assert home_place("青山坝村", None) == "青山坝村"


def test_a_visit_verb_after_shenru_opens_the_list_and_a_town_s_name_may_hold_lou():
    from kg.extract.places import visit_places
    from kg.model import Sentence

    sent = "刘振华一行深入考察某某保税港区、某某产业园区等地,对我市发展给予肯定。"
    assert visit_places(sent, Sentence(0, 0, len(sent)))[0][1][:2] == ["某某保税港区", "某某产业园区"]
    sent = "刘振华来到古楼乡古楼村,实地察看了森林防火工作。"
    assert visit_places(sent, Sentence(0, 0, len(sent)))[0][1] == ["古楼村"]


def test_a_venue_before_zhuchi_and_a_floor_written_in_words():
    from kg.extract.places import meeting_place
    from kg.extract.triggers import reduce_place

    assert meeting_place("会议在某某中心主持召开") == "某某中心"
    assert reduce_place("某某中心三楼会议室") == "某某中心"


def test_the_sites_a_visit_lists_after_baokuo():
    from kg.extract.places import visit_places
    from kg.model import Sentence

    sent = "代表团先后参观考察12个城市管理项目,包括某某生态修复工程、某某游客中心等。"
    lists = visit_places(sent, Sentence(0, 0, len(sent)))
    assert any(places[:1] == ["某某生态修复工程"] for _, places, _ in lists)


def test_the_site_a_later_clause_opens_with_and_the_city_of_a_reception():
    from kg.extract.places import meeting_place

    assert meeting_place("上午9时,在某某森林公园植树现场,人声鼎沸。") == "某某森林公园"
    assert meeting_place("4日下午,书记刘振华在西宁会见了代表团一行。") == "西宁"


def test_a_meeting_building_is_kept_whole_and_its_floor_and_room_dropped():
    rec = extract_article(art("2月11日下午,东川县第十七届人民代表大会第七次会议圆满完成各项议程后,"
                              "在县政府会议楼二楼会议厅闭幕。县长韦德华出席。"))
    assert rec.events[0].places == ("县政府会议楼",)
    rec = extract_article(art("2月22日下午,政协东川县第十四届委员会第四次会议在县委报告厅隆重开幕。"
                              "县政协主席范明华主持。"))
    assert rec.events[0].places == ("县委报告厅",)
    rec = extract_article(art("3月1日,全县三级干部大会在东川饭店东川会堂召开,县长韦德华讲话。"))
    assert rec.events[0].places == ("东川饭店东川会堂",)
    rec = extract_article(art("3月1日,全县三级干部大会在新区会议中心大会堂召开,县长韦德华讲话。"))
    assert rec.events[0].places == ("新区会议中心",)
    rec = extract_article(art("3月1日,全区经济工作会议在某某人民会堂梧州厅召开,区长韦德华讲话。"))
    assert rec.events[0].places == ("某某人民会堂",)  # a hall named inside the building is its room


def test_a_route_is_placed_where_it_starts_and_a_speech_is_no_place():
    rec = extract_article(art("9月23日,市委副书记刘振华对迎通水工作进行调研。"
                              "刘振华一行先后察看了东川机场至高速公路东川站沿线整治情况,东川至西岭高速公路沿线绿化情况。"))
    assert rec.events[0].places[:1] == ("东川机场",)
    rec = extract_article(art("6月22日,市委书记刘振华率代表团来东川考察。县委书记陈立新在讲话中向西岭市党政代表团来东川考察表示欢迎。"))
    assert rec.events[0].places == ()


def test_work_on_a_place_names_it_only_when_the_place_ends_before_the_work():
    rec = extract_article(art("10月31日下午,市委副书记刘振华前往东川区调研全面推进乡村振兴工作。"))
    assert rec.events[0].places == ("东川区",)
    rec = extract_article(art("8月14日下午,县委常委刘振华带领相关部门负责人到东港新区督查安全生产与平安建设工作。"))
    assert rec.events[0].places == ("东港新区",)
    rec = extract_article(art("5月6日,县长刘振华到县里调研。在东川氟化铝项目、西岭绿色食品园区基地项目,刘振华实地调研项目建设进度。"))
    assert "、" not in "".join(rec.events[0].places)


def test_counties_visited_one_by_one_give_way_to_a_place_printed_after_the_first():
    rec = extract_article(art("4月29日至30日,市长刘振华深入镇康县、耿马傣族佤族自治县调研边境疫情防控工作。"
                              "刘振华深入镇康县白岩村、耿马大水井村等抵边村寨现场指导疫情防控应急处置演练。"))
    assert rec.events[0].places[:1] == ("白岩村",)


def test_a_site_a_sentence_opens_with_and_a_single_place_printed_with_deng_di():
    rec = extract_article(art("6月6日,市政协主席柯东来带队深入渠县督导重大项目建设。\n\n"
                              "在横岭乡花椒基地,柯东来一行实地查看了花椒长势和入园交通等情况。"))
    assert rec.events[0].places[:1] == ("横岭乡花椒基地",)  # the one-character county gives way
    rec = extract_article(art("4月7日,东川县考察团在西川县考察交流产业发展工作。\n\n"
                              "考察团在红岭羊业发展有限公司等地,详细了解产业带动做法。县长周家明一同考察。"))
    assert rec.events[0].places[:1] == ("红岭羊业发展有限公司",)
    rec = extract_article(art("6月6日,市长周家明到西川县调研。\n\n在调研期间,周家明查看了项目进度。"))
    assert rec.events[0].places[:1] == ("西川县",)  # a time, no site


def test_two_venues_joined_by_he_give_the_first():
    rec = extract_article(art("1月18日,东川区政协七届六次会议在区委党校和区政府隆重召开。区长陈立新出席。"))
    assert rec.events[0].places == ("区委党校",)


def test_a_dike_a_canal_a_hall_and_a_site_whose_name_opens_with_ke():
    rec = extract_article(art("7月29日上午,区委书记陈立新带队赴永定新河大堤实地检查防汛工作。"))
    assert rec.events[0].places == ("永定新河大堤",)
    rec = extract_article(art("12月2日,视察组先后深入科创新城滑冰馆、榆林高新实验学校等地视察。县长刘振华陪同。"))
    assert rec.events[0].places[:1] == ("科创新城滑冰馆",)


def test_a_list_of_sites_a_sentence_opens_with_replaces_the_districts_of_the_lead():
    rec = extract_article(art("8月12日,考察团深入卡若区、边坝县等县(区)进行考察调研。县长陈立新参加。\n\n"
                              "在昌都市革命历史博物馆、强巴林寺、卡若区主题教育馆、边坝县普玉一村,考察团了解民族团结进步创建情况。"))
    assert rec.events[0].places[:2] == ("昌都市革命历史博物馆", "强巴林寺")


def test_verbs_of_hearing_and_feeling_are_no_venue_and_no_visit():
    from kg.extract.places import meeting_place
    from kg.extract.triggers import VISIT_RE
    from kg.extract.visit_lists import named_place
    assert meeting_place("在听取市人大代表发言后,市长陈立新表示,政府将认真研究。") is None
    assert meeting_place("昨日,在收视省防指召开的防汛会商会议后,市长部署工作。") is None
    assert named_place("听取瓦房店市") is None
    assert VISIT_RE.search("感受到新区干部群众奋进不息的意志。") is None
    assert VISIT_RE.search("全力以赴扭转我县被动局面。") is None
    assert VISIT_RE.search("市长陈立新到东川镇调研").group() == "到"


def test_a_site_where_trees_are_planted_an_exhibition_opens_and_firms_inspected_one_by_one():
    from kg.extract.places import meeting_place, _sentence_visits
    assert meeting_place("图片展在市博物馆拉开帷幕。") == "市博物馆"
    assert meeting_place("约200人在东川镇东川林场昌厚工区大角湾海滩上挥锹铲土。") == "大角湾海滩"
    assert meeting_place("当天上午,在家的县领导和县直部门负责人共栽植香樟树400多株。") is None
    assert _sentence_visits("陈立新一行先后实地督查了东川华新药业有限责任公司、西川无纺布有限公司的安全生产工作。")[0][1][:1] == (
        "东川华新药业有限责任公司",)
    assert _sentence_visits("刘振华一行先后踏勘了美丽乡村荷池村、东川展销中心。")[0][1][:1] == ("荷池村",)
    assert _sentence_visits("调研组实地踏查了东山文化旅游风景区、西川服装产业园。")[0][1][:1] == ("东山文化旅游风景区",)


def test_a_government_s_meeting_room_a_venue_before_zuzhi_and_an_office_building():
    from kg.extract.places import meeting_place, _sentence_visits
    assert meeting_place("9月23日,东川镇人代会在镇政府三楼会议室胜利召开。") == "镇政府"
    assert meeting_place("3月8日下午,区委书记陈立新在区综治中心组织召开安保维稳工作会议。") == "区综治中心"
    assert meeting_place("1月15日,在北林区太平川镇政府会议室里,一场镇村干部会议召开。") == "太平川镇政府"
    assert meeting_place("在县政府会议楼二楼会议厅闭幕。") == "县政府会议楼"
    assert _sentence_visits("2月23日上午,区委书记陈立新来到区民主党派大楼调研。")[0][1] == ("区民主党派大楼",)


def test_a_body_s_meeting_in_its_own_room_has_no_place():
    from kg.extract.places import meeting_place
    assert meeting_place("28日,东川县第十八届人民代表大会常务委员会第二十一次会议在县人大常委会会议室召开。") is None


def test_the_district_a_site_lies_in_gives_way_to_the_site():
    # "来到位于X区的Y", "首先来到X区,到Y": the district is no site of the visit
    rec = extract_article(art("5月6日,市长邱文澜首先来到位于东川区的远帆大厦,了解楼宇经济发展情况。"))
    assert rec.events[0].places[:1] == ("远帆大厦",)
    rec = extract_article(art("5月6日,市长邱文澜来到西川区的长沟镇旅游集散中心、东川地质公园调研。"))
    assert rec.events[0].places[:2] == ("长沟镇旅游集散中心", "东川地质公园")
    rec = extract_article(art("3月9日,市委书记孟庆禾首先来到东川区,到小孤岭再生水厂了解污水处理利用情况。"))
    assert rec.events[0].places[:1] == ("小孤岭再生水厂",)
    rec = extract_article(art("4月2日,市长邱文澜一行首先至东川晋陵物业服务中心考察。"))
    assert rec.events[0].places[:1] == ("东川晋陵物业服务中心",)


def test_a_community_visited_first_is_a_site_and_projects_under_construction_no_place():
    # "首先来到X街道Y社区": 社区 ends in 区 but holds no later sites; "在建项目" is no "在 X"
    rec = extract_article(art("6月3日,市政协主席孟庆禾一行首先来到南辛街道济安路社区,查看了读报组、驿站等服务阵地。"))
    assert rec.events[0].places[:1] == ("济安路社区",)
    from kg.extract.places import _sentence_visits
    assert all("建项目" not in pl for _, pls, _ in _sentence_visits(
        "1月11日,区委书记孟庆禾先后深入东川经济区、西川保税区的9家企业和在建项目走访调研。") for pl in pls)


def test_where_people_gathered_for_a_ceremony_is_its_place():
    from kg.extract.places import meeting_place
    assert meeting_place("3月28日,东川县各族各界干部群众代表聚集在白鹭广场,隆重举行升国旗仪式。") == "白鹭广场"
    assert meeting_place("全县干部群众齐聚县城文化广场,举行纪念活动。") == "县城文化广场"


def test_mines_and_mining_firms_are_places_and_lilin_is_a_visit():
    from kg.extract.places import _sentence_visits
    assert _sentence_visits("孟庆禾先后来到东沟煤业、西沟煤业、南岭煤矿,认真查看企业调度指挥工作。")[0][1] == (
        "东沟煤业", "西沟煤业", "南岭煤矿")
    assert _sentence_visits("市委书记孟庆禾莅临东川旅游综合体项目调研指导工作。")[0][1][:1] == ("东川旅游综合体项目",)


def test_a_visit_verb_with_le_and_a_site_where_a_report_was_heard():
    from kg.extract.places import _sentence_visits
    assert _sentence_visits("孟庆禾一行先后前往了东川迈思电子有限公司、西川药业有限公司,了解生产情况。")[0][1] == (
        "东川迈思电子有限公司", "西川药业有限公司")
    assert _sentence_visits("检查组在县人民医院听取了疫情防控工作汇报。")[0][1] == ("县人民医院",)


def test_a_reserve_or_a_demonstration_zone_in_a_town_is_a_site_not_a_division():
    rec = extract_article(art("12月8日,县长孟庆禾到东溪镇调研安全生产工作。\n\n孟庆禾深入东溪自然保护区开展巡林工作。\n\n"
                              "孟庆禾还实地走访了东溪镇蒋家坝茶园、新黔村油菜种植坝区。"))
    assert rec.events[0].places[:1] == ("东溪自然保护区",)


def test_a_site_inside_a_zone_and_a_village_printed_after_county_and_town():
    rec = extract_article(art("5月6日,市长孟庆禾一行先后来到高铁新城、越剧博物馆调研。在高铁新城,孟庆禾一行参观了新时代中心,详细了解建设情况。"))
    assert rec.events[0].places[:1] == ("新时代中心",)
    rec = extract_article(art("近日,市长孟庆禾一行到花垣县、永顺县调研。花垣县双龙镇十八洞村探索创立互助治理模式。"
                              "孟庆禾一行走访了十八洞村,察看了村容村貌。"))
    assert rec.events[0].places[:1] == ("十八洞村",)


def test_a_party_school_is_a_venue_and_its_meeting_room_is_dropped():
    from kg.extract.places import meeting_place
    assert meeting_place("县长某某在县委党校会议室主持召开县政府常务会议。") == "县委党校"
    assert meeting_place("全体会议在市委党校召开。") == "市委党校"


def test_a_town_printed_with_its_county_holds_the_village_printed_after_its_own_name():
    from kg.extract import extract_article
    from tests.support.extraction import art
    text = ("8月5日,市人大常委会主任刘振华来到义县七里河镇,与基层人大代表面对面交流。"
            "刘振华深入到七里河镇谈家沟村,察看肉鸡养殖大棚的受灾情况。")
    (event,) = extract_article(art(text, title="刘振华到义县调研", published="2020-08-06")).events
    assert event.places[:1] == ("谈家沟村",)


def test_a_site_lying_in_a_named_place_is_at_that_place():
    from kg.extract.places import meeting_place
    assert meeting_place("在位于某山县锦绣花谷公园的植树点,市直机关干部近千人挥锹铲土。") == "锦绣花谷公园"
    assert meeting_place("在听取市人大代表发言后,刘振华指出。") is None


def test_a_fire_brigade_s_station_is_a_place():
    from kg.extract.places import _sentence_visits
    assert _sentence_visits("刘振华一行首先前往某乐镇消防中队和某乐镇派出所慰问一线工作者。")[0][1][:1] == ("某乐镇消防中队",)


def test_a_party_that_comes_to_a_place_to_inspect_visits_it():
    from kg.extract.places import _sentence_visits
    assert _sentence_visits("主任马德林携区民防办领导一行来某源社区开展调研走访工作,与工作人员座谈。")[0][1] == ("某源社区",)
    assert _sentence_visits("多年来,刘振华一直关心某某镇的发展。") == ()


def test_going_to_a_place_for_an_activity_names_where_it_was():
    rec = extract_article(art("3月23日,县委书记马德林等四套班子领导到高神山参加植树活动。马德林要求,要搞好规划。",
                              published="2022-03-29"))
    assert [e.places for e in rec.events] == [("高神山",)]
    # a visit's work printed before the activity is no place
    rec = extract_article(art("12月7日,副主任刘振华带队赴海丰县可塘镇调研乡村振兴帮扶工作暨开展交通安全宣传活动。",
                              published="2021-12-08"))
    assert all("调研" not in p for e in rec.events for p in e.places)


def test_a_named_site_a_sentence_opens_with_is_visited_whatever_is_said_there():
    rec = extract_article(art("近日,市委常委、宣传部部长马德林到我区调研。在西山警示教育基地,马德林对我区工作给予充分肯定。"
                              "在京西商务中心,马德林了解了基本情况。"))
    assert rec.events[0].places[0] == "西山警示教育基地"


def test_this_village_and_its_surroundings_name_no_place():
    from kg.extract.visit_lists import named_place
    assert named_place("该村") is None and named_place("周边地区") is None
    assert named_place("建新村") == "建新村"


def test_a_site_after_a_short_subject_and_zai_is_where_the_activity_was():
    rec = extract_article(art("10月26日上午,全省重大项目集中开工活动举行,我市在第二中学建设项目现场,同步举行全市集中开工活动。"
                              "市委书记马德林宣布项目开工。", published="2023-10-26"))
    assert rec.events[0].places == ("第二中学建设项目",)


def test_towns_visited_give_way_to_the_sites_printed_after_any_of_them():
    rec = extract_article(art("5月15日,市委常委刘振华率队到阳罗洲、四季红、草尾等镇检查内湖防汛工作。\n"
                              "刘振华冒雨检查四季红镇北河口砂石围、玉鹊渍堤,阳罗洲镇土包砂石库等地。", published="2021-05-16"))
    assert rec.events[0].places[0] == "北河口砂石围"


def test_people_visited_with_their_village_name_it_and_a_city_s_people_name_no_place():
    rec = extract_article(art("1月20日,市委书记余振华一行先后走访慰问了宝盖镇杆头村困难老党员马德林、永宁镇第二社区困难群众吴秀英。",
                              published="2021-01-21"))
    assert rec.events[0].places[0] == "杆头村"
    rec = extract_article(art("1月31日上午,市委常委刘振华走访慰问东港市各民主党派代表,送去新春祝福。", published="2019-02-01"))
    assert rec.events[0].places == ()
    from kg.extract.visit_lists import named_place
    assert named_place("社干部") is None


def test_matters_looked_into_and_kinds_of_people_or_units_name_no_place():
    from kg.extract.visit_lists import named_place
    assert named_place("市人大代表") is None and named_place("社属企业") is None and named_place("沿街门店") is None
    rec = extract_article(art("12月9日,省供销社理事会主任马德林带队调研。马德林一行现场查看了运营发展、服务“三农”等情况。",
                              published="2021-12-10"))
    assert all("三农" not in p for e in rec.events for p in e.places)


def test_sites_of_a_place_keep_the_place():
    from kg.extract.visit_lists import place_of_item
    assert place_of_item("石佛办事处各核酸检测点", False) == "石佛办事处"  # sites in it: the place stays
    assert place_of_item("东港市各民主党派代表", False) is None  # its people: no place visited


def test_kinds_of_sites_in_a_list_name_no_place():
    rec = extract_article(art("2月4日下午,管委会主任马德林深入园区企业、商超、建筑工地等场所,实地检查安全生产工作。",
                              published="2021-02-05"))
    assert rec.events[0].places == ()


def test_a_meeting_relayed_is_no_venue_and_a_venue_list_gives_its_first():
    from kg.extract.places import meeting_place
    assert meeting_place("全区上下正在学习贯彻总书记在河北主持召开的协同发展座谈会重要讲话精神") is None
    assert meeting_place("为深入贯彻落实全会精神,县委在县会议中心召开全县干部大会") == "县会议中心"
    first = meeting_place("代表人士在西樵镇文化旅游园、儒溪村开展调研")
    assert first.endswith("文化旅游园") and "、" not in first


def test_a_meeting_held_in_a_city_printed_by_its_short_name_is_there():
    from kg.extract.places import meeting_place
    assert meeting_place("3月20日,省人大常委会第十次会议在海口闭幕。") == "海口"
    assert meeting_place("会议在这里召开。") is None  # ordinary words, no city


def test_a_container_listed_first_with_sites_gives_way_to_the_place_named_after_it():
    rec = extract_article(art("2月27日,县委书记刘振华率考察团到白杨市、柳川县和青石市起义纪念馆考察。\n"
                              "2月28日,考察团到白杨市同心展览馆参观。随后,考察团前往柳川县董地乡街上村交流。"))
    assert rec.events[0].places[0] == "白杨市同心展览馆"
    assert "青石市起义纪念馆" in rec.events[0].places


def test_a_county_gives_way_to_a_project_named_with_it():
    rec = extract_article(art("8月12日,省政协主席刘振华先后深入柳川县、万全、怀安调研。"
                              "刘振华深入华能柳川县电厂项目、白杨产业集聚区实地察看。"))
    assert rec.events[0].places[0] == "华能柳川县电厂项目"


def test_a_bare_name_a_visit_came_to_before_what_was_seen_there():
    rec = extract_article(art("4月13日,县委书记刘振华来到申洲针织,详细了解生产经营情况。"))
    assert rec.events[0].places == ("申洲针织",)
    rec = extract_article(art("4月13日,县委书记刘振华来到基层一线,看望干部群众。"))
    assert rec.events[0].places == ()


def test_a_named_county_or_city_branch_venue_is_a_meeting_place():
    from kg.extract.places import meeting_place

    assert meeting_place("县委书记刘振华在冠县分会场参加并提出要求。") == "冠县分会场"
    assert meeting_place("副市长周晓明在南江分会场参加会议。") == "南江分会场"
    assert meeting_place("县委书记刘振华在我县分会场参加会议。") is None  # the paper's own county, unnamed
    assert meeting_place("主任周晓明在高新区分会场参加会议。") is None  # a zone's generic name


def test_a_date_after_zai_is_no_venue():
    from kg.extract.places import meeting_place

    assert meeting_place("平顶堡镇在2023年6月21日召开全镇防汛工作会。") is None
    assert meeting_place("全县在19日上午召开防汛工作会。") is None
    assert meeting_place("全县在白沙河生态廊道开展植树活动。") == "白沙河生态廊道"  # a name without a suffix stays
