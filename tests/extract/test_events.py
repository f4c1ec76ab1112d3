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


def test_visits_after_a_meeting_are_an_inspection_of_their_own():
    rec = extract_article(art("8月20日,桐林乡召开调度会,乡党委书记綦志刚主持会议。会后,綦志刚深入杨柳村、河东村田间地头,"
                              "察看秸秆禁烧情况。", published="2023-08-22"))
    assert [(e.type, e.date, e.places[:1]) for e in rec.events] == [
        ("meeting", "2023-08-20", ()), ("inspection", "2023-08-20", ("杨柳村",))]


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


def test_officials_travelling_with_the_visitor_inspect():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("11月2日,省政协原副主席冉建国到我县调研,随行的省市领导有:省河务局副局长栾文华、市委常委郜立新。"
                              "县领导柏思源陪同调研。"))
    assert roles(rec, "栾文华") == {"inspected"} and roles(rec, "郜立新") == {"inspected"}
    assert roles(rec, "柏思源") == {"accompanied"}


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


def test_a_meeting_in_the_paper_s_own_county_is_placed_in_the_home_county():
    from kg.model import Article

    a = Article(title="会议召开", text="8月13日,全县经济工作会议在我县召开。县委书记刘振华主持会议。", source="t.txt",
                published="2024-08-14", home="陕西省宝鸡市陇县")
    (ev,) = extract_article(a).events
    assert ev.places == ("陇县",)


def test_a_visit_whose_only_named_place_is_where_it_met():
    rec = extract_article(art("5月5日,副市长刘振华一行调研城市建设。刘振华在青石街道召开座谈会,听取工作汇报。"
                              "街道党工委书记陈立新陪同。"))
    (ev,) = rec.events
    assert ev.type == "inspection" and ev.places == ("青石街道",)  # 城市 (of 城市建设) is no place


def test_a_lead_that_says_riqian_then_a_paragraph_that_opens_with_its_day():
    rec = extract_article(art("日前,政协机关干部深入某区开展主题实践活动。\n市政协副主席刘振华参加。\n"
                              "5月16日,主题实践活动走进某某水厂等地进行参观。"))
    assert rec.events[0].date == "2022-05-16"  # the issue (2023-03-15) came after it
    rec = extract_article(art("近日,某市代表团来某县考察。\n副市长刘振华参加。\n17日晚,两地对口支援工作座谈会召开。"))
    assert rec.events[0].date == "2023-02-17"  # the day before the (15 March): February's


def test_the_leaders_an_activity_is_led_by_take_part():
    rec = extract_article(art("3月12日,在镇党委书记刘振华、镇长陈立新的带领下,全镇干部职工开展义务植树活动。"))
    assert roles(rec, "刘振华") == {"attended"} and roles(rec, "陈立新") == {"attended"}


def test_the_day_of_a_lead_after_slogan_lines():
    text = ("活力某镇:大会部署,上汛!\n\n精心谋事\n\n潜心干事\n\n诚心处事\n\n小心行事\n\n用心成事\n\n同心聚力\n\n"
            "为深入贯彻落实全区防汛工作会议精神,6月5日上午,某镇召开防汛抗旱工作动员部署会,会议由镇长刘振华主持。")
    rec = extract_article(art(text, published="2024-06-06"))
    assert [(e.type, e.date) for e in rec.events] == [("meeting", "2024-06-05")]


def test_the_lead_is_read_past_photo_captions_and_their_credits():
    text = ("在某县某乡。柯满 摄\n在某县某镇。柯满 摄\n9月18日,市委书记刘振华在某县调研。"
            "市委常委陈立新,副市长周晓明一同调研。")
    rec = extract_article(art(text, published="2020-09-20"))
    assert [(e.type, e.date) for e in rec.events] == [("inspection", "2020-09-18")]
    assert roles(rec, "周晓明") == {"inspected"}


def test_the_lead_is_typed_past_menu_lines_and_its_year_read_from_the_dated_sentence():
    rec = extract_article(art("帐号登录\n\n没有帐号?注册\n\n新闻热线 01063878399\n\n• 微信\n\n"
                              "5月10日,县长刘振华率领相关部门负责人,就政府投资项目建设工作进行现场督查。",
                              title="刘振华:打造精品工程"))
    assert rec.events[0].type == "inspection"
    rec = extract_article(art("无障碍浏览\n\n6月22日,市委书记刘振华率党政代表团来东川考察,"
                              "并召开2025年东西部协作联席会议。", title="代表团来东川", published=None))
    assert rec.events[0].date == "2025-06-22"


def test_a_lead_that_holds_a_visit_and_the_meeting_chaired_after_it_gives_both():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("10月14日,县委书记陈立新深入凤凰镇、余庄乡调研督导生态环境整治工作,并主持召开专题会。"
                              "副县长周晓明出席会议。\n陈立新强调,要提高思想认识。"))
    kinds = {e.type: e for e in rec.events}
    assert kinds["inspection"].places == ("凤凰镇", "余庄乡")
    assert ("陈立新", "inspected") in {(p.name, p.role) for p in kinds["inspection"].participants}
    assert ("周晓明", "attended") in {(p.name, p.role) for p in kinds["meeting"].participants}


def test_each_dated_item_of_a_digest_the_loader_keeps_whole_is_an_event():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("东川县6月工作动态\n\n△6月1日,县委书记陈立新主持召开县委常委会会议。\n\n"
                              "△6月2日,县长刘振华到东川镇调研农业生产。\n\n△6月5日,副县长周晓明出席植树活动。",
                              published="2022-06-30"))
    assert [(e.type, e.date) for e in rec.events] == [
        ("meeting", "2022-06-01"), ("inspection", "2022-06-02"), ("other", "2022-06-05")]


def test_the_lead_that_types_the_event_is_read_past_a_long_site_menu():
    menu = "\n".join(["首页", "景点介绍", "长城图库", "最新动态", "文明旅游", "交通指南", "购票须知", "就餐指南",
                      "常用电话", "长城博物馆", "球幕影院", "古崖居", "水关长城", "岔道古城", "文明出行", "核心价值观",
                      "公勺公筷", "安全距离,一米间踞", "八达岭荣誉室", "共青团接待站", "游客服务中心"])
    text = menu + "\n某某地区召开森林防火工作会\n10月16日,某某地区召开森林防火工作会。办事处主任刘振华同志提出工作要求。"
    rec = extract_article(art(text, title="最新公告"))
    assert rec.events[0].type == "meeting"


def test_a_visit_to_the_homes_of_people_gives_no_place_named_by_them():
    rec = extract_article(art(
        "1月19日,县委书记刘振华先后来到农村困难群众陈立新、城镇困难职工甲乙丙家中,详细询问生活情况。"))
    assert not any(p.endswith(("陈立新", "甲乙丙")) for p in rec.events[0].places)


def test_the_lead_after_a_preamble_of_figures_types_the_event():
    rec = extract_article(art(
        "地区生产总值由2012年的250亿元增长到2021年的431亿元,年均增长百分之七。"
        "财政总收入从30亿元增长到67亿元,其中一般公共预算收入实现翻番。"
        "城镇居民人均可支配收入从28812元上升至60183元,分别增长一倍多。\n"
        "9月21日,白杨市委举行主题新闻发布会。市委书记刘振华出席并讲话。"))
    assert rec.events[0].type == "meeting"
    assert roles(rec, "刘振华") == {"attended", "spoke"}


def test_people_listed_after_the_verb_and_also_take_part():
    rec = extract_article(art("4月2日,省委书记刘振华在沈阳参加义务植树活动。参加植树活动的省领导还有周晓明、孙志远等。"))
    assert roles(rec, "周晓明") == {"attended"} and roles(rec, "孙志远") == {"attended"}
    rec = extract_article(art("4月2日,省委书记刘振华在沈阳参加义务植树活动。值得一提的还有周晓明、孙志远两位老党员。"))
    assert roles(rec, "周晓明") == set()  # no verb of taking part before the list


def test_the_places_the_members_of_a_meeting_tour_are_the_meeting_s():
    rec = extract_article(art("10月15日,县人大常委会召开基层治理推进会。县人大常委会主任冯远舟出席会议并讲话。"
                              "与会人员先后前往白杨镇团结村人大代表联络站、青石公司调研。"))
    assert [(e.type, e.places[:1]) for e in rec.events] == [("meeting", ("团结村人大代表联络站",))]


def test_an_activity_by_its_word_alone_gives_way_to_the_visit_the_next_sentence_makes():
    rec = extract_article(art("4月29日,县政协组织部分政协委员开展对口协商活动。县政协副主席冯远舟参加。"
                              "委员们先后深入青石酒店建设项目、白杨酒业生产线建设项目现场,通过现场查看、听取介绍等形式了解情况。"))
    assert [e.type for e in rec.events] == ["inspection"]
    rec = extract_article(art("3月12日,县委组织开展义务植树活动。县委书记冯远舟参加活动。"))
    assert [e.type for e in rec.events] == ["other"]
