"""kg.extract.triggers: event types, role verbs, dates and places as the genre prints them."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.visit_lists import named_place
from tests.support.extraction import art, roles


def test_dates_need_a_year_and_roll_back_across_new_year():
    assert extract_article(art("12月30日,县长冯远主持会议。", published="2024-01-02")).events[0].date == "2023-12-30"
    assert extract_article(art("2021年5月21日,县长冯远主持会议。", published=None)).events[0].date == "2021-05-21"
    assert extract_article(art("5月21日,县长冯远主持会议。", published=None)).events[0].date is None
    assert extract_article(art("日前,县长冯远主持会议。")).events[0].date is None


def test_leading_a_team_to_a_place_is_an_inspection():
    rec = extract_article(art("3月2日,副市长黎光耀率队到青石县督导防汛工作。"))
    assert rec.events[0].type == "inspection"
    assert roles(rec, "黎光耀") == {"inspected"}


def test_facilities_keep_the_community_or_village_they_belong_to():
    rec = extract_article(art("9月11日,市政协副主席魏立华先后来到颐和社区日间照料中心、惠民超市滨湖店、"
                              "老城片区棚户区改造项目调研。"))
    assert rec.events[0].places == ("颐和社区日间照料中心", "惠民超市滨湖店", "老城片区棚户区改造项目")


def test_suggestions_are_speech():
    rec = extract_article(art("6月10日,县政协组织委员视察。县政协委员陆海林建议,要整合特色资源。"))
    assert "陆海林" in {p.name for p in rec.people} and "spoke" in roles(rec, "陆海林")


def test_receptions_are_meetings():
    rec = extract_article(art("9月5日下午,市长韩立东会见了远拓科技集团董事长邵明华一行。市政府秘书长傅一平参加会见。",
                              title="韩立东会见远拓科技集团客人"))
    assert rec.events[0].type == "meeting" and "attended" in roles(rec, "傅一平")


def test_places_lose_movement_verbs_and_sides():
    from kg.extract.triggers import reduce_place

    assert reduce_place("到团泊新城健康产业园") == "团泊新城健康产业园"
    # a two-character name (长城) before a longer named place is part of its name; the park's 配套 work is the park's
    assert reduce_place("长城文化产业园配套道路建设") == "长城文化产业园"
    assert reduce_place("镜湖旅游综合体项目") == "镜湖旅游综合体项目"
    assert reduce_place("挥公大道北侧御捷车业第三工厂南空地处") == "御捷车业第三工厂"
    assert reduce_place("运河文化公园西侧义务植树活动现场") == "运河文化公园"
    assert reduce_place("官山林场") == "官山林场"


def test_a_station_named_by_the_place_before_it_is_the_place():
    from kg.extract.triggers import reduce_place

    # a post, station or office with no place word of its own: named by the village or county before it
    assert reduce_place("沿溪村护林防火检查点") == "沿溪村护林防火检查点"
    assert reduce_place("白杨乡临时避险安置点") == "白杨乡临时避险安置点"
    assert reduce_place("青石县教育局") == "青石县教育局"
    # a planting or hazard spot, or "each" of several spots: the place they lie in
    assert reduce_place("沿溪村植树点") == "沿溪村"
    assert reduce_place("沿溪村滑坡隐患点") == "沿溪村"
    assert reduce_place("白杨街道各核酸检测点") == "白杨街道"


def test_site_openings_adverbs_and_this_county():
    from kg.extract.dates import find_date
    from kg.extract.triggers import reduce_place
    from kg.extract.visit_lists import place_of_item

    assert reduce_place("该县吕河大坝") == "吕河大坝"
    assert place_of_item("轰轰烈烈地", True) is None
    assert find_date("某县融媒体中心1月5日讯(记者:周晓明)5日,县政协召开常委会。", "2022-01-06") == "2022-01-05"
    rec = extract_article(art("4月1日,县委书记刘振华参加义务植树活动。\n在运河文化公园西侧义务植树活动现场,刘振华挥锹铲土。"))
    assert [e.places for e in rec.events] == [("运河文化公园",)]


def test_a_town_government_is_a_place_and_a_village_name_keeps_its_characters():
    from kg.extract.triggers import reduce_place
    from kg.extract.visit_lists import visit_items
    assert reduce_place("柳湾镇政府会议室") == "柳湾镇政府"
    assert reduce_place("柳湾镇人民政府") == "柳湾镇人民政府"
    assert reduce_place("县政府") is None
    assert visit_items("白镇庄各李新村、檀营公园,详细了解")[0] == "白镇庄各李新村"
    assert visit_items("白杨村各组、红旗社区,详细了解")[0] == "白杨村"


def test_calling_on_people_is_an_activity_unless_a_visit_word_says_inspection():
    from kg.extract.triggers import classify
    assert classify("区领导看望了参加区政协七届二次会议的各位委员") == "other"
    assert classify("县委书记到白杨镇调研并看望困难群众") == "inspection"
    # going to people where they are to call on them is a visit; calling on a meeting's members is not
    assert classify("县长深入白杨镇团结村,看望慰问了贫困户") == "inspection"
    assert classify("县领导专程来到各分组讨论地点,慰问参会的政协委员") != "inspection"
    assert classify("他得到了县领导的看望") == "other"  # 得到: no going
    assert classify("区委召开常委会会议") == "meeting"
    # a study class or a training class opened is a meeting (读书班, 培训班, 开班式)
    assert classify("市委举办学习贯彻重要讲话精神学习教育读书班") == "meeting"
    assert classify("6月27日上午,2023年度区人大代表集中培训班开班") == "meeting"


def test_a_kind_of_place_before_a_name_is_dropped():
    from kg.extract.triggers import reduce_place
    assert reduce_place("新村村安置点建新花园") == "建新花园"
    assert reduce_place("社区服务中心") == "社区服务中心"


def test_the_content_a_meeting_relays_does_not_type_it():
    from kg.extract.triggers import classify

    assert classify("龙湖区召开区政府党组扩大会议,传达学习总书记考察广东重要讲话精神。") == "meeting"
    assert classify("区委书记甲乙到白杨乡调研,传达市委会议精神。") == "inspection"
    assert classify("传达学习上级视察讲话精神。") is None  # content alone: the next sentences decide
    assert classify("为落实全市安全生产工作会议精神,开展全区安全生产督查。") == "inspection"


def test_a_place_after_a_village_committee_and_a_phrase_with_le():
    from kg.extract.triggers import reduce_place
    assert reduce_place("庙街镇添泽村委会柏枝树连片区") == "柏枝树连片区"
    assert reduce_place("添泽村委会") == "添泽村委会"  # annotators keep the committee (17 of 19 pages)
    assert named_place("今年用到了福庆水库") is None


def test_a_long_named_area_is_no_container_of_the_places_after_it():
    rec = extract_article(art("5月22日,州委常委冉建国到庙街镇添泽村委会柏枝树连片区,实地查看烤煙长势。"
                              "当听到今年用到了福庆水库的水时,冉建国表示满意。"))
    assert [e.places for e in rec.events] == [("柏枝树连片区",)]


def test_a_service_station_of_a_village_is_one_place_and_the_first_stop_is_the_first_place():
    from kg.extract.triggers import reduce_place
    assert reduce_place("枣园村便民服务站") == "枣园村便民服务站"
    rec = extract_article(art("11月1日,局长冉建国前往西乡县调研乡村振兴工作。冉建国一行首先来到西乡县枣园村,"
                              "现场查看了枣园村便民服务站、产业园等建设情况。"))
    assert [e.places for e in rec.events] == [("枣园村",)]


def test_a_quoted_name_inside_a_community_is_the_place_visited():
    rec = extract_article(art("6月5日上午,市委常委冉建国带队来我区调研。冉建国一行首先考察了米市巷街道大塘巷社区的“聚侨堂”,"
                              "实地参观了多功能活动室。随后,走进湖墅街道基层统战示范点。"))
    assert [e.places for e in rec.events] == [("聚侨堂",)]


def test_a_meeting_still_to_come_does_not_type_the_event():
    from kg.extract.triggers import classify
    assert classify("政协某市第八届委员会第二次会议将于3月开幕。") is None
    rec = extract_article(art("政协某市第八届委员会第二次会议将于3月开幕。昨日下午,在嵊的市政协委员开展会前视察。"
                              "市政协主席冉建国参加视察。委员们先后实地视察了某公司养蚕项目、某镇培育试点。"))
    assert [(e.type, e.places[0]) for e in rec.events] == [("inspection", "某公司养蚕项目")]
    assert roles(rec, "冉建国") == {"inspected"}


def test_a_kind_of_place_keeps_the_locality_that_names_it():
    from kg.extract.triggers import reduce_place
    assert reduce_place("滨海新区旅游综合体项目") == "滨海新区旅游综合体项目"
    assert reduce_place("可塘镇中心小学") == "可塘镇中心小学"
    assert reduce_place("梧桐办事处郭庄社区") == "郭庄社区"  # a named place keeps only itself
    assert reduce_place("白界镇新开沟村") == "新开沟村"


def test_shimin_and_shichang_after_a_name_are_no_city():
    from kg.extract.triggers import reduce_place

    assert reduce_place("狮山市民艺术中心") == "狮山市民艺术中心"  # 市民: citizens, no 狮山市
    assert reduce_place("城关农贸市场") == "城关农贸市场"  # 市场: a market, a place
    assert reduce_place("长治市滨湖区规划展示馆") == "滨湖区规划展示馆"  # an exhibition hall is a place


def test_a_firm_in_a_development_zone_is_the_firm_and_a_city_prefix_stays():
    from kg.extract.triggers import reduce_place

    assert reduce_place("湘阴高新区西姆西焊接材料公司") == "西姆西焊接材料公司"
    assert reduce_place("长治市荣通人力资源公司") == "长治市荣通人力资源公司"


def test_a_town_like_complex_a_dyke_and_a_plot_are_places():
    from kg.extract.triggers import reduce_place

    assert reduce_place("中卫市全民创业城") == "中卫市全民创业城"
    assert reduce_place("红湖联圩") == "红湖联圩"  # not cut at 湖
    assert reduce_place("马厂路南地块") == "马厂路南地块"  # not cut at 厂


def test_a_school_a_temple_a_station_and_a_courtyard_are_named_places():
    from kg.extract.triggers import reduce_place

    assert reduce_place("思源高中") == "思源高中"
    assert reduce_place("昌珠寺") == "昌珠寺"
    assert reduce_place("阜南县王家坝闸") == "王家坝闸"  # a sluice
    assert reduce_place("某山西站") == "某山西站"
    assert reduce_place("某镇福利院") == "某镇福利院"
    # a suffix that overlaps the one found first runs on: 一中 then 中学
    assert reduce_place("县第一中学考点") == "县第一中学" and reduce_place("颍上五中考点") == "颍上五中"


def test_a_visit_item_ends_before_dui_or_jiu_and_a_prefecture_gives_way_to_the_place_in_it():
    from kg.extract.triggers import reduce_place
    from kg.extract.visit_lists import visit_items

    assert visit_items("某某区对重点项目建设情况进行调研")[0] == "某某区"
    assert visit_items("某县第一中学就科技馆的相关工作进行实地调研")[0] == "某县第一中学"
    assert visit_items("市对外经济合作局,")[0] == "市对外经济合作局"  # 对外 is part of a name
    assert reduce_place("红河州建水县第一中学") == "建水县第一中学"  # 红河州 is a prefecture
    assert reduce_place("钦州港片区华谊钦州新材料基地") != "新材料基地"  # 华谊钦州 is no prefecture


def test_a_village_named_before_its_designation_is_the_place():
    from kg.extract.triggers import reduce_place

    assert reduce_place("如纳村乡村振兴示范村") == "如纳村"
    assert reduce_place("滨海新区旅游综合体项目") == "滨海新区旅游综合体项目"


def test_a_named_resettlement_or_project_site_is_a_place():
    from kg.extract.triggers import reduce_place

    assert reduce_place("某某镇天池移民搬迁点") == "天池移民搬迁点"
    assert reduce_place("安置点") is None  # a kind of site, no name


def test_a_visit_verb_that_starts_a_unit_s_name_opens_no_list():
    from kg.extract.triggers import VISIT_RE

    assert not VISIT_RE.search("接下来调研部要认真梳理街道现状资料")
    assert VISIT_RE.search("调研组一行调研了某某街道")


def test_a_committee_in_a_place_chain_gives_way_to_the_place_in_it():
    from kg.extract.triggers import reduce_place

    assert reduce_place("某某区某某片区管委会固原巷社区") == "固原巷社区"


def test_a_kind_of_unit_is_named_by_the_street_or_town_that_holds_it():
    from kg.extract.triggers import reduce_place

    assert reduce_place("长岭街道人大代表中心联络站") == "长岭街道人大代表中心联络站"
    assert reduce_place("青石镇卫生院") == "青石镇卫生院"


def test_rural_revival_is_no_township_boundary():
    from kg.extract.triggers import reduce_place
    assert reduce_place("宝塔宝丰乡村振兴战略示范点") == "宝塔宝丰乡村振兴战略示范点"
    assert reduce_place("宝丰乡柳塘村") == "柳塘村"


def test_a_river_patrol_a_hazard_sweep_and_spot_checks_are_inspections():
    from kg.extract.triggers import classify
    assert classify("王建斌到大成镇开展巡河工作") == "inspection"
    assert classify("市长带队对辖区企业进行安全生产大排查") == "inspection"
    assert classify("考评组随机抽查该镇天星村、旗杆村") == "inspection"


def test_a_meeting_convened_before_the_inspection_it_plans_is_a_meeting():
    from kg.extract.triggers import classify
    assert classify("3月31日,城关镇召开动员会,全面部署启动春季安全生产大检查。") == "meeting"
    assert classify("9月4日下午,区委会召开重点调研专题工作会议。") == "meeting"
    assert classify("5月2日,县长陈立新到东川镇调研,并召开座谈会。") == "inspection"


def test_a_firm_printed_after_the_town_that_holds_it():
    from kg.extract.triggers import reduce_place
    assert reduce_place("大固本镇方胜农业集团") == "方胜农业集团"
    assert reduce_place("凤冈县绥阳镇东川茶业有限公司") == "东川茶业有限公司"
    assert reduce_place("石家庄市华新药业有限责任公司") == "石家庄市华新药业有限责任公司"  # a city prefix stays


def test_deliberating_with_a_delegation_is_a_meeting():
    from kg.extract.triggers import classify
    assert classify("1月30日上午,代县长孟庆禾来到东川代表团,与人大代表们一起审议政府工作报告。") == "meeting"
    assert classify("下午,各代表团分组讨论政府工作报告。") == "meeting"


def test_an_inspection_word_naming_a_group_does_no_visit_before_its_meeting():
    from kg.extract.triggers import classify
    assert classify("视察调研组召开预备会议") == "meeting"
    assert classify("督导组一行深入东川镇督导检查") == "inspection"
    assert classify("召开动员会,部署安全生产大检查") == "meeting"


def test_a_press_conference_is_a_meeting():
    from kg.extract.triggers import classify
    assert classify("省政府新闻办举行我省民族团结进步事业发展及三个自治县成立70周年县庆活动新闻发布会") == "meeting"


def test_directing_work_on_the_spot_is_an_inspection():
    from kg.extract.triggers import classify
    assert classify("市长马德林带领相关单位负责人,分别到营里镇道口社区等地,就城市边界社区建设情况进行现场调度") == "inspection"
    assert classify("区政府召开防汛工作现场调度会") == "meeting"


def test_a_meeting_named_before_a_joint_ceremony_is_the_event():
    from kg.extract.triggers import classify
    assert classify("忻州市“建家乡”恳谈会暨项目签约仪式在云中河景区举行") == "meeting"
    assert classify("重大项目集中开工仪式暨推进会举行") == "other"  # the ceremony named first


def test_a_village_or_residents_committee_visited_is_the_place_as_printed():
    from kg.extract.triggers import reduce_place
    assert reduce_place("城关镇屋基村委会") == "屋基村委会"
    assert reduce_place("东塘村村委会") == "东塘村村委会"
    assert reduce_place("狮子社区居委会") == "狮子社区居委会"
    assert reduce_place("白沙镇白沙居委") == "白沙居委"  # the committee named in the town
    assert reduce_place("鸿兴居委") == "鸿兴居委"
    assert reduce_place("添泽村委会柏枝树连片区") == "柏枝树连片区"  # a place in the village, after it
    assert reduce_place("社区居委会") is None  # a kind, no name


def test_collecting_opinions_in_depth_visits_no_place():
    from kg.extract.triggers import VISIT_RE
    assert not VISIT_RE.search("深入收集镇情民意")
    assert VISIT_RE.search("深入筲箕湾镇")


def test_playing_a_part_is_no_arrival_and_going_together_is():
    from kg.extract.triggers import VISIT_RE
    assert not VISIT_RE.search("筑牢生态安全屏障起到了“添砖加瓦”的作用")
    assert VISIT_RE.search("与干部职工一起到清河镇河堤义务植树")


def test_the_seat_of_a_village_or_residents_committee():
    from kg.extract.triggers import committee_seat
    assert committee_seat("城关镇屋基村委会") == "城关镇屋基村"
    assert committee_seat("东塘村村委会") == "东塘村"
    assert committee_seat("狮子社区居委会") == "狮子社区"
    assert committee_seat("鸿兴居委") is None  # no village or community printed
    assert committee_seat("区农业农村委") is None  # a bureau


def test_a_purpose_clause_does_not_type_the_event():
    from kg.extract.triggers import classify
    assert classify("1月18日 为深入开展创建活动,提升我县文化软实力。") is None
    assert classify("为进一步做好防汛工作,县政府召开专题会议。") == "meeting"
    assert classify("为庆祝建党100周年,县委举行文艺汇演活动。") == "other"


def test_entering_a_stage_is_no_visit():
    rec = extract_article(art("6月2日,区政协主席钱立群为委员工作室揭牌。这是在全区进入全面复工复产、复商复市的新阶段,"
                              "区政协举办的第一场活动。"))
    assert all(not e.places for e in rec.events)


def test_kaocha_written_kaocha_with_cha_of_examine_is_an_inspection():
    from kg.extract.triggers import classify
    assert classify("市委书记刘振华等领导莅临某某公司考查") == "inspection"


def test_a_locality_the_boundary_words_miss_holds_the_place_printed_after_it():
    from kg.extract.triggers import reduce_place
    assert reduce_place("源城区柳川保障住房项目部") == "柳川保障住房项目部"  # …城区, a project's site office
    assert reduce_place("兴山区柳川煤矿") == "柳川煤矿"  # …山区
    assert reduce_place("鄂州市博物馆") == "鄂州市博物馆"  # a kind of place only: named by the city


def test_a_suffix_inside_a_word_ends_no_place():
    from kg.extract.triggers import reduce_place
    assert reduce_place("全国文明城市创建") is None  # 城市: no 文明城, no 文明城市
    assert reduce_place("万达城市广场") == "万达城市广场"


def test_a_street_is_a_place_when_named():
    from kg.extract.triggers import reduce_place
    assert reduce_place("八廓街") == "八廓街"
    assert reduce_place("沿街商铺") is None and reduce_place("上街") is None and reduce_place("步行街") is None


def test_a_numbered_school_is_a_place_when_named():
    from kg.extract.triggers import reduce_place
    assert reduce_place("柳川五中") == "柳川五中" and reduce_place("统一中") is None


def test_a_station_named_of_its_own_is_the_place_not_merged_with_its_district():
    from kg.extract.triggers import reduce_place
    assert reduce_place("七星关区恒大帮扶安置点") == "恒大帮扶安置点"
    assert reduce_place("白杨乡临时避险安置点") == "白杨乡临时避险安置点"  # common words: the town names it


def test_a_meeting_room_visited_is_the_place_it_is_in():
    from kg.extract.triggers import reduce_place
    assert reduce_place("东方社区会议室") == "东方社区"
    assert reduce_place("柳川村党群服务中心会议室") == "柳川村党群服务中心"
    assert reduce_place("社区会议室") is None


def test_a_locality_s_office_or_media_centre_visited_is_named_by_it():
    from kg.extract.triggers import reduce_place
    assert reduce_place("柳川县防汛办") == "柳川县防汛办"
    assert reduce_place("柳川县融媒体中心") == "柳川县融媒体中心"


def test_the_countryside_in_a_bureaus_name_is_no_village():
    from kg.extract.triggers import reduce_place
    assert reduce_place("县农业农村局") is None  # 农村: the countryside, no village
    assert reduce_place("东农村") == "东农村"  # a village named so
    assert reduce_place("新农村文化广场") == "新农村文化广场"


def test_a_sumu_and_a_gacha_are_places_and_end_before_jiu():
    from kg.extract.triggers import reduce_place

    assert reduce_place("某某高毕苏木") == "某某高毕苏木" and reduce_place("某某台嘎查") == "某某台嘎查"
    rec = extract_article(art("4月16日,旗委常委刘振华带领督查组,深入某某高毕苏木就“十个全覆盖”工程进行督查。"))
    assert rec.events[0].places == ("某某高毕苏木",)


def test_a_division_after_the_short_name_of_its_city_or_province_is_the_division():
    from kg.extract.triggers import reduce_place

    assert reduce_place("鹰潭贵溪市") == "贵溪市" and reduce_place("河南滑县") == "滑县"
    assert reduce_place("长沙县") == "长沙县"  # 长沙 holds no 县 of that name after it


def test_the_projects_a_tour_observes_are_its_places():
    rec = extract_article(art("5月8日上午,视察组一行在县长刘振华陪同下现场观摩了该县万泉街拓宽改造项目、寺前镇农民文化商住新区建设项目。"))
    assert rec.events[0].places == ("万泉街拓宽改造项目", "农民文化商住新区建设项目")


def test_an_oath_ceremony_is_an_activity_not_a_meeting():
    from kg.extract.triggers import classify
    assert classify("市人大常委会举行宪法宣誓仪式") == "other"
    assert classify("刘振华当选县长 向宪法宣誓就职") == "other"
    assert classify("市人大常委会召开主任会议") == "meeting"


def test_meeting_visitors_who_came_to_inspect_is_a_meeting():
    from kg.extract.triggers import classify
    assert classify("3月27日下午,市委书记刘振华会见了来我市考察的某企业联合会会长陈立新一行。") == "meeting"
    assert classify("日前,区委书记刘振华会见了前来调研的省工商联考察团一行。") == "meeting"
    # the leaders' own visit, then a meeting: the visit is the event
    assert classify("9月28日,市委书记刘振华深入产业园调研,并在宾馆会见企业负责人。") == "inspection"


def test_the_central_bodies_are_no_place_of_a_visit():
    # "把思想和行动聚焦到党中央、国务院…的决策部署上来": 到 before the bodies, no visit
    rec = extract_article(art("8月9日,副省长周晓明到青石看望慰问各族干部群众,视察园区、企业、学校等。"
                              "周晓明表示,要把思想和行动聚焦到党中央、国务院对青石工作的决策部署上来。"))
    assert [list(e.places) for e in rec.events] == [[]]


def test_dispatching_work_on_site_is_an_inspection():
    from kg.extract.triggers import classify
    assert classify("9月27日上午,县委书记甲乙来到杭口、马坳等乡镇调度项目建设。") == "inspection"
    assert classify("9月27日上午,县委书记甲乙到县政府参加调度会。") == "meeting"  # 调度会: a meeting


def test_municipal_works_hold_no_city():
    from kg.extract.triggers import reduce_place
    assert reduce_place("常乐路市政管道改造工程项目地") == "常乐路市政管道改造工程"  # 市政: municipal
    assert reduce_place("常乐路市政管道改造工程") == "常乐路市政管道改造工程"
    assert reduce_place("白杨市政府") == "白杨市"  # a city's government: the city


def test_a_province_s_short_name_inside_a_place_ends_no_lake_or_river():
    from kg.extract.triggers import reduce_place
    assert reduce_place("京港澳高速公路湖北境鄂豫界至军山段改扩建工程孝昌段") == "京港澳高速公路湖北境鄂豫界至军山段改扩建工程"  # no 京港澳高速公路湖
    assert reduce_place("东湖公园") == "东湖公园"


def test_a_group_named_for_inspection_inspects_only_when_it_goes_somewhere():
    from kg.extract.triggers import classify

    # the group's name visits nothing: the report meeting is the event
    assert classify("11月3日,特派督导第29组进驻某省工作汇报会在西宁市召开。") == "meeting"
    rec = extract_article(art("11月3日,特派督導第29組進駐某省工作匯報會在西寧市召開。省檢察院檢察長周曉明出席會議。"))
    assert [e.type for e in rec.events] == ["meeting"]  # 組 as 组
    # a group that goes somewhere visits it
    assert classify("11月16日,市政协主席冯远舟带领调研组赴古田县开展实践活动。") == "inspection"


def test_a_broadcast_watched_before_the_event_does_not_type_it():
    from kg.extract.triggers import classify

    assert classify("8月17日,在组织收看全省防汛视频工作会议后,某市立即召开全市防汛工作视频会议。") == "meeting"
    assert classify("8月17日,县里组织收看全省防汛视频工作会议。") == "other"


def test_a_meeting_named_then_convened_is_a_meeting():
    from kg.extract.triggers import classify

    assert classify("1月10日,省环境保护督察组督察某市情况反馈会召开。") == "meeting"
    assert classify("1月10日,全县工作推进会在县委礼堂举行。") == "meeting"


def test_hearing_a_report_on_a_matter_is_a_meeting():
    from kg.extract.triggers import classify

    assert classify("2日,州委副书记冯远舟专题听取某县建设工作情况汇报。") == "meeting"
    assert classify("3月18日,集团公司与某市委市政府举行座谈,围绕政企合作进行交流。") == "meeting"


def test_watching_a_broadcast_meeting_in_either_word_order_is_an_activity():
    from kg.extract.triggers import classify
    assert classify("本溪市组织收视收听全国春季农业生产工作电视电话会议") == "other"
    assert classify("县里组织收听收视全省安全生产电视电话会议") == "other"


def test_a_meeting_named_with_the_visit_and_held_is_a_meeting():
    from kg.extract.triggers import classify
    assert classify("3月7日,省安委会第十三督导组安全生产重点联系督导衡山汇报会召开。") == "meeting"
    assert classify("7月28日,“高质量发展调研行”主题采访团见面会举行。") == "meeting"
    assert classify("3月7日,督导组督导衡山安全生产工作。") == "inspection"


def test_an_activity_word_inside_the_name_of_a_meeting_convened_names_it():
    from kg.extract.triggers import classify
    assert classify("拜城县召开人大助力基层治理现场观摩推进会") == "meeting"
    assert classify("县人大组织代表开展观摩活动") == "other"
