"""kg.extract.events: an article's events, their days and places, and who did what at them."""

from __future__ import annotations

from kg.extract import extract_article
from tests.support.extraction import art, posts, roles


def test_inspection_with_accompanying_and_visit_list():
    rec = extract_article(art(
        "3月10日,市人大常委会副主任郜立新一行在县委书记巩德胜等陪同下到青石县调研,"
        "先后来到青石镇白杨村、红旗社区和东湖工业园察看。郜立新强调,要抓好落实。"
        "县人大常委会主任冉建国一同调研。"))
    ev = rec.events[0]
    assert ev.type == "inspection"
    assert ev.date == "2023-03-10"
    assert ev.places[:3] == ("白杨村", "红旗社区", "东湖工业园")
    assert roles(rec, "郜立新") == {"inspected", "spoke"}
    assert roles(rec, "巩德胜") == {"accompanied"}
    assert roles(rec, "冉建国") == {"inspected"}


def test_unnamed_people_are_left_out_and_events_need_a_named_participant():
    rec = extract_article(art("1月4日,相关部门负责人陪同检查。办事处负责人表示将落实。"))
    assert rec.people == ()
    assert rec.events == ()


def test_a_recent_visit_takes_the_day_printed_when_the_team_arrives():
    rec = extract_article(art("近日,省人大常委会副主任韦德川率执法检查组来东川市,检查《中华人民共和国水法》"
                              "贯彻实施情况。\n\n9月19日上午,检查组一行来到东川水务有限公司、城北污水处理厂,"
                              "实地察看运行情况。", published="2023-09-25"))
    ev = rec.events[0]
    assert (ev.type, ev.date, ev.places[0]) == ("inspection", "2023-09-19", "东川水务有限公司")
    # a lead with 近日 and no later day stays undated; a law is never a place
    rec = extract_article(art("近日,副市长韦德川到东川市检查《中华人民共和国水法》贯彻实施情况。"))
    assert rec.events[0].date is None and not any("《" in p for p in rec.events[0].places)


def test_places_visited_inside_a_listed_district_replace_it():
    rec = extract_article(art("11月22日,副市长韦德川先后到东岭区、西湖区调研城市更新工作。\n\n"
                              "在东岭区,韦德川来到桂园小区改造项目、北门片区安置房项目,察看施工进度。"
                              "在西湖区,韦德川察看了西湖湾城市客厅项目。"))
    assert rec.events[0].places == ("桂园小区改造项目", "北门片区安置房项目", "西湖湾城市客厅项目")


def test_a_meeting_chaired_after_a_ceremony_is_its_own_event_with_no_place_of_its_own():
    rec = extract_article(art("4月9日上午,全市重大项目集中开工仪式在东川经济开发区新材料产业园主会场举行。"
                              "市委书记韦德川出席并宣布项目开工,副市长岑立群主持仪式。\n\n"
                              "当天下午,岑立群主持召开全市重大项目推进调度会。", title="我市重大项目集中开工"))
    kinds = [(e.type, e.date, tuple(e.places)) for e in rec.events]
    assert kinds == [("other", "2023-04-09", ("新材料产业园",)), ("meeting", "2023-04-09", ())]


def test_a_leader_at_the_main_venue_of_a_watched_conference_has_no_role():
    rec = extract_article(art("6月3日,全省安全生产电视电话会议召开,副省长闵卫华出席会议并讲话。"
                              "我县设分会场组织收听收看,副县长章立群参加。"))
    assert roles(rec, "闵卫华") == set() and posts(rec, "闵卫华") == [("省政府", "副省长")]
    assert roles(rec, "章立群") == {"attended"}
    rec = extract_article(art("5月27日,全市电视电话会议召开。县委书记李立华在东川县分会场收听收看。"))
    assert rec.events[0].places == ()  # the county's own sub-venue is no place


def test_venues_keep_the_words_that_name_them():
    rec = extract_article(art("12月28日,东川县第二人民医院新院区竣工仪式举行,县长韦德华出席并讲话。"
                              "仪式在东川县第二人民医院新院区举行。"))
    assert rec.events[0].places == ("东川县第二人民医院新院区",)
    rec = extract_article(art("近日,区政协在白沙社区党群服务中心召开协商座谈会,区政协主席范明华主持。"))
    assert rec.events[0].places == ("白沙社区党群服务中心",)
    rec = extract_article(art("3月18日,在新中国成立75周年之际召开座谈会,市委书记晏承华主持。"))
    assert rec.events[0].places == ()


def test_visits_after_a_meeting_are_an_inspection_of_their_own():
    rec = extract_article(art("8月20日,桐林乡召开调度会,乡党委书记綦志刚主持会议。会后,綦志刚深入杨柳村、河东村田间地头,"
                              "察看秸秆禁烧情况。", published="2023-08-22"))
    assert [(e.type, e.date, e.places[:1]) for e in rec.events] == [
        ("meeting", "2023-08-20", ()), ("inspection", "2023-08-20", ("杨柳村",))]


def test_a_town_printed_alone_gives_way_to_the_place_inside_it_named_after_it():
    rec = extract_article(art(
        "12月7日,市调研组到柳湾镇调研乡村振兴工作。市农业农村局局长郜立新参加调研。"
        "座谈会结束后,调研组一行到柳湾彩虹广场实地调研。"))
    assert rec.events[0].places[:1] == ("柳湾彩虹广场",)
    rec = extract_article(art(
        "8月23日,市政协副主席郜立新到青石县柳湾镇调研。调研组在柳湾镇政府会议室召开座谈会,"
        "随后到白杨村、红旗村察看。"))
    assert rec.events[0].places[:1] == ("柳湾镇政府",)


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


def test_the_presidium_listed_after_a_colon_and_a_list_naming_a_titled_person_attend():
    rec = extract_article(art(
        "3月28日,青石县第六届人民代表大会第六次会议闭幕。本次会议的执行主席是:郜立新、冉建国、栾文华。"
        "柏思源、甘明远、阙志刚和大会主席团成员在主席台就坐。县委书记柏思源讲话。"))
    for name in ("郜立新", "冉建国", "栾文华", "甘明远", "阙志刚"):
        assert "attended" in roles(rec, name), name
    assert {p.name for p in rec.people} >= {"甘明远", "阙志刚"}


def test_leaders_who_join_an_activity_attend_it():
    rec = extract_article(art(
        "3月9日,青石县四大家领导参加义务植树活动。郜立新、冉建国、栾文华等县领导,拿起铁锹加入植树大军。"))
    for name in ("郜立新", "冉建国", "栾文华"):
        assert roles(rec, name) == {"attended"}, name


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


def test_officials_travelling_with_the_visitor_inspect():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("11月2日,省政协原副主席冉建国到我县调研,随行的省市领导有:省河务局副局长栾文华、市委常委郜立新。"
                              "县领导柏思源陪同调研。"))
    assert roles(rec, "栾文华") == {"inspected"} and roles(rec, "郜立新") == {"inspected"}
    assert roles(rec, "柏思源") == {"accompanied"}


def test_a_village_a_sentence_opens_in_is_inside_the_district_visited():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("10月19日,副市长冉建国深入宝山区检查指导秋收工作。\n"
                              "在宝山区七星镇宝山村大豆地收获现场,冉建国详细了解了大豆产量情况。"))
    assert [e.places for e in rec.events] == [("宝山村",)]


def test_the_lead_is_read_past_bar_lines_and_a_visit_watched_is_a_visit():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("|\n|\n|||\n天津北方网讯:5日,新区人大常委会举行第八次全体会议。区人大常委会主任冉建国主持会议。",
                              title="", published="2015-01-06"))
    assert [(e.type, e.date) for e in rec.events] == [("meeting", "2015-01-05")]
    rec = extract_article(art("5月9日,由某区发改委副主任冉建国带队,调研团一行来我区开展学习考察,深入交流洽谈、实地考察观摩。"
                              "区委书记栾文华参加。", title=""))
    assert [e.type for e in rec.events] == ["inspection"] and roles(rec, "栾文华") == {"inspected"}


def test_the_presidium_named_between_you_and_danren_attends():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("8月17日,某区第十九届人民代表大会第四次会议开幕。本次会议执行主席由冉建国、栾文华、郜立新担任。"
                              "会议由大会执行主席郜立新主持。"))
    assert roles(rec, "冉建国") == {"attended"} and roles(rec, "郜立新") == {"attended", "chaired"}


def test_urging_the_people_met_is_speaking():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("3月12日,县委书记冉建国来到某村参加义务植树活动。冉建国一边栽树,一边和有关部门负责人交谈,"
                              "叮嘱他们一定要管护好树苗。"))
    assert "spoke" in roles(rec, "冉建国")
