"""kg.extract.people_lists: people named without a title of their own before the name."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.hits import PersonHit
from kg.extract.people_lists import colon_lists, comrades, unit_members, untitled_lists
from tests.support.extraction import art, posts, roles


def test_a_colon_list_takes_the_title_before_it():
    text = "参加视察的市人大代表有:刘振华、陈立新、周晓明。"
    found = colon_lists(text, [])
    assert [h.name for h in found] == ["刘振华", "陈立新", "周晓明"]
    assert all(p.title == "代表" for h in found for p in h.posts)


def test_a_comrade_and_a_unit_s_member_are_people_without_a_post():
    assert [h.name for h in comrades("会上,振华同志讲话。刘振华同志主持。", [])] == ["刘振华"]
    found = unit_members("市督导组刘振华带队,到石湾镇检查。", [])
    assert [(h.name, h.posts) for h in found] == [("刘振华", [])]
    # a name found before is not found again
    assert unit_members("市督导组刘振华带队。", [PersonHit("刘振华", 3, 6)]) == []


def test_an_untitled_list_of_comrades():
    from kg.extract.people_lists import untitled_lists

    text = "会议研究部署下一步工作。刘振华、陈立新、周晓明同志参加会议。"
    assert [h.name for h in untitled_lists(text, [])] == ["刘振华", "陈立新", "周晓明"]


def test_an_agenda_after_a_colon_names_nobody():
    text = "区人大常委会主任刘振华主持。主任会议建议的议程有:人事事项;听取区政府的报告。"
    assert colon_lists(text, []) == []


def test_an_untitled_list_before_a_bare_lie_xi():
    from kg.extract.people_lists import untitled_lists

    text = "区领导刘振华出席会议;陈立新、周晓明、柯小满列席;区政府办有关同志参加。"
    assert [h.name for h in untitled_lists(text, [])] == ["陈立新", "周晓明", "柯小满"]


def test_a_list_counted_before_its_kind_names_people():
    rec = extract_article(art("1月12日,政协会议举行全体会议。会上,刘振华、陈立新、周晓明3名委员围绕营商环境作大会发言。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新", "周晓明"}
    rec = extract_article(art("1月12日,某镇召开会议。会上,发展经济、保障民生2项议题进行了讨论。"))
    assert not rec.people  # ordinary words counted are no names


def test_a_chair_printed_by_name_only():
    rec = extract_article(art("8月27日上午,第三组讨论会议由刘振华主持。市委常委陈立新参加了会议。"))
    assert "刘振华" in {p.name for p in rec.people}
    rec = extract_article(art("8月27日上午,会议由市委主持。"))
    assert not rec.people  # an organisation chairs, no person


def test_people_called_on_are_named_after_their_kind_and_take_no_role():
    rec = extract_article(art("1月5日,刘振华一行先后来到困难群众陈立新、周晓明家中,送上慰问金。随后看望百岁老人柯小满。"
                              "提醒困难群众戴口罩。"))
    assert {p.name for p in rec.people} == {"陈立新", "周晓明", "柯小满"}
    assert all(x.name not in ("陈立新", "周晓明") for e in rec.events for x in e.participants)


def test_an_untitled_list_before_peitong_names_people():
    rec = extract_article(art("5月5日,考察团来某县考察。\n刘振华、陈立新陪同考察。"))
    assert {"刘振华", "陈立新"} <= {p.name for p in rec.people}


def test_a_name_printed_between_its_body_and_its_title():
    rec = extract_article(art("9月27日,受市人大常委会刘振华主任委托,副主任陈立新带队调研。市委周晓明书记在会上强调。"))
    assert posts(rec, "刘振华") == [("市人大常委会", "主任")]
    assert posts(rec, "周晓明") == [("市委", "书记")]


def test_the_disabled_laid_off_and_wounded_called_on_are_people_with_no_role():
    rec = extract_article(art("1月26日,县委副书记刘振华一行先后到下岗职工陈立新家,困难残疾人周晓明、伤残军人柯小满家,"
                              "送上慰问品。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新", "周晓明", "柯小满"}
    assert {x.name for e in rec.events for x in e.participants} == {"刘振华"}


def test_the_members_of_a_group_named_right_after_it():
    from kg.extract.people_lists import untitled_lists
    text = "县委书记刘振华陪同,省内外专家组陈立新、周晓明、柯小满,省委党校主任柯晓丽参加。"
    assert [h.name for h in untitled_lists(text, [])] == ["陈立新", "周晓明", "柯小满"]
    assert untitled_lists("调研组听取了发展经济、保障民生、改善环境,", []) == []  # no names


def test_names_printed_between_their_body_and_one_title():
    rec = extract_article(art("5月24日,县委书记刘振华先后拜访了省财政厅陈立新、周晓明副厅长,科教文卫处柯小满处长。"))
    assert posts(rec, "陈立新") == [("省财政厅", "副厅长")]
    assert posts(rec, "周晓明") == [("省财政厅", "副厅长")]
    assert posts(rec, "柯小满") == [("科教文卫处", "处长")]


def test_a_list_counted_before_its_body_s_title_takes_that_title():
    rec = extract_article(art("3月1日,市政协召开常委会议。会上,刘振华、陈立新、周晓明等3位政协委员发言。"
                              "柯小满、柯满2名委员围绕就业发言。"))
    assert posts(rec, "刘振华") == [("政协", "委员")] and posts(rec, "周晓明") == [("政协", "委员")]
    assert posts(rec, "柯满") == []  # 委员 of what body: not said


def test_a_list_of_leaders_vouches_for_a_name_ending_in_a_level_word():
    rec = extract_article(art("3月12日,刘振华、蒙立新、柯镇等领导前往晋城街道板凳垭村参加义务植树活动。"))
    assert {p.name for p in rec.people} == {"刘振华", "蒙立新", "柯镇"}


def test_a_colon_list_after_de_you_and_a_space_before_its_full_stop():
    rec = extract_article(art("5月17日,东川县第十七届人民代表大会第五次会议开幕。"
                              "担任此次大会执行主席的有:刘振华、陈立新、皇甫小红 。"))
    assert posts(rec, "皇甫小红") == [("东川县第十七届人民代表大会第五次会议", "执行主席")]


def test_a_long_colon_list_of_names_may_hold_one_that_reads_as_words():
    rec = extract_article(art("5月17日,县人代会开幕。出席这次会议并在主席台前排就座的领导有:刘振华、陈立新、周晓明、周家明。"))
    assert {"刘振华", "周家明"} <= {p.name for p in rec.people}
    rec = extract_article(art("5月17日,县人代会开幕。会议议程有:人事事项、工作报告。县长刘振华出席。"))
    assert {p.name for p in rec.people} == {"刘振华"}


def test_a_head_printed_before_the_title_who_gives_a_report():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("1月18日,东川区人大七届八次会议召开。陈立新区长作政府工作报告。"
                              "中共东川区委刘振华书记作重要讲话。"))
    posts = all_posts(rec)
    assert ("陈立新", "东川区政府", "区长") in posts
    assert ("刘振华", "东川区委", "书记") in posts


def test_members_counted_at_a_session_belong_to_its_body():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("1月12日下午,政协第六届东川市委员会第三次会议举行第二次全体会议。"
                              "会上,陈立新、刘振华、周晓明3名委员围绕乡村振兴作大会发言。"))
    posts = all_posts(rec)
    assert {("陈立新", "东川市政协", "委员"), ("周晓明", "东川市政协", "委员")} <= posts
    rec = extract_article(art("1月12日下午,东川市召开座谈会。会上,陈立新、刘振华、周晓明3名委员作发言。"))
    assert all(not p.posts for p in rec.people)  # 委员 of what body is not said


def test_a_colon_list_after_a_bracketed_note_with_notes_after_names():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("1月5日,衡山县第十四届人民代表大会第三次会议开幕。"
                              "本次大会的执行主席是(按姓名笔画排列):陈立新、刘振华(女)、周晓明。"))
    assert [p.name for p in rec.people] == ["陈立新", "刘振华", "周晓明"]
    assert all(q.title == "执行主席" for p in rec.people for q in p.posts)
    rec = extract_article(art("5月2日,考察团成员一路走、一路看、一路听,详细了解情况。团长陈立新带队。"))
    assert [p.name for p in rec.people] == ["陈立新"]  # 一 starts no name


def test_names_before_their_kind_and_a_long_colon_list_with_a_rare_surname():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("2月2日,县委书记陈立新走访慰问老干部。在周晓明、柯小满、蒲立东等退休老干部家中,"
                              "陈立新和老干部们亲切交谈。"))
    assert [p.name for p in rec.people] == ["陈立新", "周晓明", "柯小满", "蒲立东"]
    names = ["陈立新", "刘振华", "周晓明", "柯小满", "蒲立东", "周家明", "柯东来", "他小红", "柏满华", "柯晓丽"]
    rec = extract_article(art("1月5日,东川县人民代表大会开幕。担任此次大会执行主席的有:" + "、".join(names) + " 。"))
    assert [p.name for p in rec.people] == names  # 他 is a rare surname, vouched for by the list


def test_the_others_seated_on_the_rostrum_are_people_who_attend():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("1月5日,东川市人大会议开幕。在主席台就座的还有陈立新、刘振华、周晓明、柯小满。"))
    assert [p.name for p in rec.people] == ["陈立新", "刘振华", "周晓明", "柯小满"]
    assert {(p.name, p.role) for p in rec.events[0].participants} >= {("陈立新", "attended"), ("柯小满", "attended")}
    # "…还有A、B、C等县领导及主席团其他成员": the list ends with 等 and a kind of people
    rec = extract_article(art("1月5日,东川县人代会开幕。在主席台就座的还有冯远舟、刘振华、周晓明等县领导及主席团其他成员。"))
    assert [p.name for p in rec.people] == ["冯远舟", "刘振华", "周晓明"]
    rec = extract_article(art("存在的问题还有资金短缺、人才匮乏、设施老化等方面。"))
    assert not rec.people  # no names in the list


def test_a_count_that_matches_the_list_vouches_for_one_rare_surname():
    rec = extract_article(art("会上,周晓明、孟庆禾、王立超、刘青云、李青松、高明炬、独晓萍7名委员作大会发言。"))
    assert {"独晓萍", "高明炬"} <= {p.name for p in rec.people}
    rec = extract_article(art("会上,周晓明、孟庆禾、王立超、独晓萍5名委员作大会发言。"))  # the count does not match
    assert "独晓萍" not in {p.name for p in rec.people}


def test_lists_going_on_with_a_kind_of_people_or_ended_by_tongzhi():
    rec = extract_article(art("执行主席孟庆禾在主席台前排就坐,傅立强、张家荣、谢建平及大会主席团其他成员在主席台就座。"))
    assert {"傅立强", "张家荣", "谢建平"} <= {p.name for p in rec.people}
    rec = extract_article(art("会议传达学习了有关精神。周晓明、格桑曲吉同志围绕主题作辅导报告。"))
    assert {"周晓明", "格桑曲吉"} <= {p.name for p in rec.people}
    rec = extract_article(art("经选举,孟庆禾同志当选为镇长,唐浩同志、周雁同志和李省同志当选为副镇长。"))
    assert "唐浩同志" not in {p.name for p in rec.people}


def test_members_of_the_session_s_body_named_before_weiyuan_who_speak():
    rec = extract_article(art("甘肃省政协十三届三次会议举行全体会议。会上,周晓明委员在发言中说,要推动产业振兴;"
                              "孟庆禾委员代表民盟甘肃省委发言。"))
    assert ("甘肃省政协", "委员") in posts(rec, "孟庆禾")
    assert {"周晓明", "孟庆禾"} <= {p.name for p in rec.people}


def test_a_list_going_on_with_the_units_responsible_comrades_is_a_list_of_people():
    rec = extract_article(art("1月5日,旗长刘振华主持召开旗政府常务会议。副旗长冯家宝出席会议,"
                              "秦志远、任一平及各相关单位主要负责同志列席会议。", published="2026-01-06"))
    assert {"秦志远", "任一平"} <= {p.name for p in rec.people}
    assert roles(rec, "任一平") == {"attended"}


def test_a_list_after_executive_chairmen_are_is_a_list_of_them():
    text = "1月10日下午,市政协八届三次会议举行第二次全体会议。大会执行主席是马德林、吴秀英、孙国庆。孙国庆主持会议。"
    rec = extract_article(art(text, published="2024-01-12"))
    assert posts(rec, "吴秀英") == [("市政协八届三次会议", "执行主席")]
    assert roles(rec, "吴秀英") == {"attended"}  # the presidium sits at the session


def test_people_called_on_by_their_kind_before_shi_are_people():
    rec = extract_article(art("在慰问高龄老人马德林、吴秀英时,县长刘振华详细了解身体状况。在慰问专家人才孙国庆时,刘振华表示感谢。",
                              published="2025-01-22"))
    assert {"马德林", "吴秀英", "孙国庆"} <= {p.name for p in rec.people}


def test_a_head_printed_before_the_title_inside_a_quote():
    rec = extract_article(art("“刘振华州长作的政府工作报告,让我深受鼓舞。”州人大代表马德林说。", published="2025-01-22"))
    assert posts(rec, "刘振华") == [("州政府", "州长")]


def test_heads_before_their_title_in_study_phrases_and_people_called_on_at_home():
    rec = extract_article(art("为深入贯彻落实刘振华省长调研海西重要指示精神,7月31日,试验区召开会议。检查中,杨副市长认真了解情况。",
                              published="2023-08-01"))
    assert posts(rec, "刘振华") == [("省政府", "省长")]
    assert not any(p.name.endswith("副") for p in rec.people)
    rec = extract_article(art("在困难群众马德林、吴秀英等家中,县长刘振华送上慰问品。", published="2023-08-01"))
    assert {"马德林", "吴秀英"} <= {p.name for p in rec.people}


def test_a_list_whose_members_speak_in_turn_is_a_list_of_people():
    rec = extract_article(art("会上,马德林、吴秀英、孙国庆分别代表马鞍山、芜湖、铜陵三市作了交流发言。", published="2015-04-30"))
    assert {"马德林", "吴秀英", "孙国庆"} <= {p.name for p in rec.people}
    assert "马鞍山" not in {p.name for p in rec.people}  # a city the gazetteer knows is no name
    assert roles(rec, "吴秀英") >= {"spoke"}


def test_an_untitled_list_before_canjia_names_people():
    from kg.extract.people_lists import untitled_lists
    text = "市委书记马德林到洮北区调研。\n秦志远、冯家宝、任一平参加上述活动。"
    assert [h.name for h in untitled_lists(text, [])] == ["秦志远", "冯家宝", "任一平"]


def test_a_list_vouched_for_by_a_titled_name_takes_dotted_long_and_noted_names():
    text = ("大会执行主席钱立群主持大会。\n"
            "刘振华、钱立群(政协)、吴秀英、孙国庆、韩玉林、秦志远、阿不都·热合曼、巴音其其格、冯家宝、任一平、余振华等和大会主席团成员在主席台就座。")
    names = [h.name for h in untitled_lists(text, [PersonHit("钱立群", 6, 9, [])], anchored=True)]
    assert names == ["刘振华", "钱立群", "吴秀英", "孙国庆", "韩玉林", "秦志远", "阿不都·热合曼", "巴音其其格", "冯家宝",
                     "任一平", "余振华"]  # the note (政协) is no part of the name
    # a name and the words after it are no longer name
    text = "局长钱立群主持会议。\n刘振华、钱立群、吴秀英、孙国庆等人还参加了会议。"
    assert "孙国庆等人还" not in [h.name for h in untitled_lists(text, [PersonHit("钱立群", 2, 5, [])], anchored=True)]


def test_each_item_of_a_list_of_mostly_plain_names_is_set_off_as_a_name():
    text = "大会执行主席钱立群主持会议。向振华、陈立新、马德林、吴秀英、孙国庆在主席台就座。"
    assert [h.name for h in untitled_lists(text, [])] == ["向振华", "陈立新", "马德林", "吴秀英", "孙国庆"]
    # places and ordinary words are no names, however they are set off
    assert untitled_lists("玉山镇、鱼河乡、刘振华等出席。", []) == []
    assert untitled_lists("候车亭、含绿化、景观等参加。", []) == []


def test_a_list_after_a_kind_of_people_counted_in_people():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("近日,援青干部刘振华、吴秀英、孙国庆、钱立群四人深入牧区调研。"))
    assert {"刘振华", "吴秀英", "孙国庆", "钱立群"} <= {p.name for p in rec.people}


def test_a_note_after_a_list_item_does_not_end_the_list():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("执行主席马德林、刘振华(人大)、吴秀英、孙国庆在主席台前排就座。"))
    assert [p.name for p in rec.people] == ["马德林", "刘振华", "吴秀英", "孙国庆"]


def test_a_list_after_a_title_and_a_colon_shares_the_title():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("这次大会的执行主席是:马德林、刘 振、吴秀英。县长孙国庆:我们要抓好落实。"))
    assert [(p.name, [q.title for q in p.posts]) for p in rec.people] == [
        ("马德林", ["执行主席"]), ("刘振", ["执行主席"]), ("吴秀英", ["执行主席"]), ("孙国庆", ["县长"])]


def test_a_kind_of_person_then_a_name_before_yu_or_jinnian():
    from kg.extract.people_lists import kind_named
    text = "特困残疾人崔丽华与丈夫靠低保生活。优抚对象高文天今年83岁。牧民王建国家中。"
    assert [h.name for h in kind_named(text, [])] == ["崔丽华", "高文天", "王建国"]


def test_untitled_lists_after_yu_ji_you_and_jueding():
    names = lambda text: [h.name for h in untitled_lists(text, [])]  # noqa: E731
    assert names("旗长王振华与刘振华、陈立新、周晓明一同来到村里。") == ["刘振华", "陈立新", "周晓明"]
    assert names("县人大常委会主任秦某及刘振华、陈立新、周晓明等领导参加活动。") == ["刘振华", "陈立新", "周晓明"]
    assert names("在主席台就座的领导有刘振华、陈立新、周晓明。") == ["刘振华", "陈立新", "周晓明"]
    assert names("会议决定刘振华、陈立新、周晓明为大会执行主席。") == ["刘振华", "陈立新", "周晓明"]
    # a slogan's phrases, a list of activities: no names
    assert names("工作任务重、时间紧,要求高。") == []
    assert names("以加工、储藏为主的园区三期工程已启动。") == []


def test_an_untitled_list_after_its_unit_before_yixing_is_people():
    text = ("7月14日下午,自治区水利厅副厅长刘振华,自然资源厅陈立新、周晓明、赵海平一行,"
            "在市政府副秘书长孙志远的陪同下,到某公司检查防汛工作。")
    a = extract_article(art(text))
    assert {"陈立新", "周晓明", "赵海平"} <= {p.name for p in a.people}
    assert "inspected" in roles(a, "周晓明")


def test_a_name_speaking_on_behalf_of_a_body_is_a_person():
    text = ("3月1日,古井镇第十五届人民代表大会第一次会议召开。会议听取审议了报告,陈立新代表镇人民政府作工作报告,"
            "区人大代表赵海平发言。")
    a = extract_article(art(text))
    names = {p.name for p in a.people}
    assert "陈立新" in names and "spoke" in roles(a, "陈立新")
    assert "区人大" not in names  # a level and a body before 代表, no name


def test_a_list_that_speaks_in_turn_names_people():
    found = untitled_lists("会议由柯小满主持。赵海平、孙志远、周晓明、刘振华作学习发言。", [])
    assert [h.name for h in found] == ["赵海平", "孙志远", "周晓明", "刘振华"]
    assert untitled_lists("会上,规划、建设、管理作了安排。", []) == []


def test_a_list_after_de_closed_by_a_kind_of_people_names_people():
    found = untitled_lists("来自两县的赵海平、孙志远、周晓明等代表围绕生态保护发表意见。", [])
    assert [h.name for h in found] == ["赵海平", "孙志远", "周晓明"]
    assert untitled_lists("全县的水利、交通、教育等干部参加。", []) == []


def test_a_kind_of_people_before_a_counted_title_is_no_body():
    from tests.support.extraction import all_posts
    rec = extract_article(art("1月12日下午,政协第六届东川市委员会第三次会议举行第二次全体会议。"
                              "会上,陈立新、刘振华、周晓明等3位企业家委员围绕民营经济作大会发言。"))
    assert ("陈立新", "东川市政协", "委员") in all_posts(rec)  # the session's members, no 企业家 body


def test_a_list_before_deng_and_a_level_body_s_title_holds_that_post():
    rec = extract_article(art("9月10日,凤翔区委书记赵海平主持召开区委常委会会议。孙志远、周晓明等区委常委参加。"))
    assert posts(rec, "孙志远") == posts(rec, "周晓明") == [("凤翔区委", "常委")]
    rec = extract_article(art("9月10日,县委书记赵海平主持召开会议。孙志远、周晓明等县领导参加。"))
    assert posts(rec, "孙志远") == []  # a leader word is no post


def test_a_list_of_one_character_and_common_words_is_a_phrase_not_names():
    rec = extract_article(art("会上,县委书记刘振华要求,水利部门要按照班子成员包河段、包责任、包任务的工作要求做好工作。"))
    assert {p.name for p in rec.people} == {"刘振华"}
    rec = extract_article(art("会上,县委书记刘振华主持,副县长王建国、王建华、王立新参加。"))  # names of one surname stay
    assert {p.name for p in rec.people} == {"刘振华", "王建国", "王建华", "王立新"}


def test_a_list_before_a_congress_level_and_its_deputies_holds_that_post():
    rec = extract_article(art("1月20日,儋州代表团召开全体会议。刘振华、谢海平、陈立新等省人大代表参加会议。"))
    assert posts(rec, "谢海平") == [("省人大", "代表")]


def test_villagers_residents_and_party_members_named_after_their_kind():
    rec = extract_article(art("5月6日,县委书记刘振华走进村民陈立新家中,看望党员周晓明,了解居民幸福感提升情况。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新", "周晓明"}  # 幸福感 is no resident's name
    rec = extract_article(art("5月6日,县委书记刘振华看望了教师陈立新、村医周晓明。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新", "周晓明"}
