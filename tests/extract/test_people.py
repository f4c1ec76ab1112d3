"""kg.extract.people (with kg.extract.names): titled and listed people and their printed posts."""

from __future__ import annotations

from kg.extract import extract_article
from tests.support.extraction import art, posts, roles


def test_combined_posts_split_and_org_carried():
    rec = extract_article(art(
        "3月12日,青石县委召开常委会会议。县委书记甘明远主持会议并讲话,县委副书记、县长柏思源,"
        "县委常委、宣传部部长戚晓岚出席会议。"))
    assert posts(rec, "甘明远") == [("青石县委", "书记")]
    assert posts(rec, "柏思源") == [("青石县委", "副书记"), ("青石县政府", "县长")]
    assert posts(rec, "戚晓岚") == [("青石县委", "常委"), ("青石县委宣传部", "部长")]
    assert roles(rec, "甘明远") == {"chaired", "attended", "spoke"}
    assert roles(rec, "柏思源") == {"attended"}
    ev = rec.events[0]
    assert (ev.type, ev.date) == ("meeting", "2023-03-12")


def test_title_before_list_applies_to_each_name_and_leader_words_give_no_post():
    rec = extract_article(art(
        "5月6日,会议召开。县委常委骆平川、邰一鸣、滕晓东出席会议。县领导栾文华、阙志刚参加。"))
    for n in ("骆平川", "邰一鸣", "滕晓东"):
        assert posts(rec, n) == [("县委", "常委")]
        assert roles(rec, n) == {"attended"}
    for n in ("栾文华", "阙志刚"):
        assert posts(rec, n) == []


def test_short_forms_are_not_new_people():
    rec = extract_article(art(
        "6月3日,街道召开会议。街道党工委书记樊立群同志主持会议。会上,立群同志提出要求。樊书记强调,要落实。"))
    assert [p.name for p in rec.people] == ["樊立群"]
    assert "spoke" in roles(rec, "樊立群")


def test_name_after_a_space_and_comrade_without_title():
    rec = extract_article(art("3月2日,镇里召开会议。镇党委书记 庹远山主持会议。\n会上,夔晓东同志作了发言。"))
    assert posts(rec, "庹远山") == [("镇党委", "书记")]
    assert "夔晓东" in {p.name for p in rec.people}
    assert roles(rec, "夔晓东") == {"spoke", "attended"}


def test_acting_heads_xiang_surname_and_appointment_lists():
    rec = extract_article(art("8月20日,桐林乡召开调度会,乡党委副书记、乡长向丽华,区委副书记、代区长邵嘉平出席会议。"))
    assert posts(rec, "向丽华") == [("桐林乡党委", "副书记"), ("桐林乡政府", "乡长")]
    assert ("区政府", "代区长") in posts(rec, "邵嘉平")
    rec = extract_article(art("会议决定,任命桂文杰为东川县教育局局长,季敏华为东川县财政局局长。"))
    assert posts(rec, "季敏华") == [("东川县财政局", "局长")]
    rec = extract_article(art("区民政局有关负责人现场回应委员关切。"))
    assert not rec.people  # 关切 is a word, not a name


def test_a_platform_is_no_title_and_presidium_lists_are_read():
    rec = extract_article(art(
        "1月12日,沈阳市和平区第十九届人民代表大会第一次会议开幕。本次会议执行主席由刘振华、陈立新、周晓明担任。"
        "大会主席团成员在主席台就座。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新", "周晓明"}  # no "台就座"
    assert posts(rec, "陈立新") == [("和平区第十九届人民代表大会第一次会议", "执行主席")]


def test_an_untitled_list_after_yiji():
    rec = extract_article(art("会议由县政协主席刘振华主持,县政协副主席陈立新以及周晓明、王建国、李卫东等领导出席会议。"))
    assert {"周晓明", "王建国", "李卫东"} <= {p.name for p in rec.people}
    assert "attended" in roles(rec, "王建国")


def test_elected_heads_get_their_post():
    rec = extract_article(art("区第六届人大第六次会议选举出区人民政府区长。\n刘振华当选区人民政府区长。"))
    assert posts(rec, "刘振华") == [("区人民政府", "区长")]


def test_acting_heads_and_a_list_before_danren():
    rec = extract_article(art("会议任命刘振华为区人民政府副区长、代理区长;区人民检察院代理检察长陈立新列席会议。"))
    assert ("区人民检察院", "代理检察长") in posts(rec, "陈立新")


def test_elected_lists_give_every_name_the_post_even_names_titled_before():
    rec = extract_article(art(
        "1月29日,青石县政协十二届一次会议举行第四次全体会议。主席团常务主席郜立新、冉建国在主席台就坐。"
        "郜立新当选为十二届县政协主席。冉建国、栾文华、阙志刚当选十二届县政协副主席。"
        "柏思源、甘明远等97人当选为十二届县政协常务委员。"))
    assert ("青石县政协", "主席") in posts(rec, "郜立新") and len(posts(rec, "郜立新")) == 2
    for name in ("冉建国", "栾文华", "阙志刚"):
        assert ("青石县政协", "副主席") in posts(rec, name), name
    assert posts(rec, "柏思源") == posts(rec, "甘明远") == [("青石县政协", "常务委员")]


def test_an_elected_list_vouches_for_rare_surnames_and_lists_follow_a_first_appointment():
    rec = extract_article(art(
        "经全体委员投票选举,郜立新当选为政协青石县第九届委员会主席;冉建国、栾文华、奇安、阙志刚当选为"
        "政协青石县第九届委员会副主席。"))
    for name in ("冉建国", "栾文华", "奇安", "阙志刚"):  # 奇 is no common surname: the list vouches for it
        assert posts(rec, name) == [("政协青石县第九届委员会", "副主席")], name
    rec = extract_article(art(
        "大会选举郜立新为青石县第八届人民代表大会常务委员会主任,冉建国、栾文华为青石县第八届人民代表大会常务委员会"
        "副主任。选举阙志刚为青石县第八届人民代表大会常务委员会秘书长,甘明远等33名同志为青石县第八届人民代表大会"
        "常务委员会委员。"))
    assert posts(rec, "冉建国") == posts(rec, "栾文华") == [("青石县第八届人民代表大会常务委员会", "副主任")]
    assert posts(rec, "甘明远") == [("青石县第八届人民代表大会常务委员会", "委员")]
    rec = extract_article(art("会议决定,推进工作、狠抓落实当选为年度先进集体。"))
    assert not rec.people  # a list of phrases is no list of names


def test_elected_with_le_and_a_government_printed_without_its_level():
    rec = extract_article(art(
        "12月30日,青石县白杨乡第十七届人民代表大会第一次会议召开,白杨乡党委书记甘明远主持会议。会议选举了郜立新为政府乡长,"
        "冉建国为乡人大主席,栾文华、阙志刚当选政府副乡长。"))
    assert posts(rec, "郜立新") == [("白杨乡政府", "乡长")]
    assert posts(rec, "冉建国") == [("白杨乡人大", "主席")]
    assert posts(rec, "栾文华") == posts(rec, "阙志刚") == [("白杨乡政府", "副乡长")]


def test_untitled_lists_before_attending_and_counted_elections():
    rec = extract_article(art(
        "3月2日,州人大常委会主任郜立新主持会议。冉建国、栾文华、阙志刚出席会议并在主席台就座。"
        "本次会议执行主席由甘明远、柏思源担任。柏小满、甘晓芳4名同志当选白杨乡人民政府副乡长。"))
    names = {p.name for p in rec.people}
    assert {"冉建国", "栾文华", "阙志刚", "甘明远", "柏思源", "柏小满", "甘晓芳"} <= names
    assert not any(n.endswith("担任") for n in names)
    assert posts(rec, "柏小满") == [("白杨乡人民政府", "副乡长")]


def test_an_executive_vice_governor_and_an_org_after_liaojiedao():
    rec = extract_article(art("1月19日,省委常委、常务副省长郜立新深入调研。当了解到社区党支部书记冉建国30多年来坚守岗位。"))
    assert posts(rec, "郜立新") == [("省委", "常委"), ("省政府", "常务副省长")]
    assert posts(rec, "冉建国") == [("社区党支部", "书记")]  # not 解到社区党支部


def test_a_rare_first_character_set_off_by_what_the_person_does_and_rank_cadres():
    rec = extract_article(art("9月1日,县里召开会议,局党委委员、总会计师甘明远,副县级干部冉建国、栾文华参加。区政协主席向建华主持会议。"
                              "局长向大家介绍情况。"))
    assert posts(rec, "向建华") == [("区政协", "主席")]  # 向 starts a name when its bearer 主持
    assert "向大家" not in {p.name for p in rec.people}
    assert ("局", "总会计师") in posts(rec, "甘明远")
    assert {"冉建国", "栾文华"} <= {p.name for p in rec.people} and posts(rec, "冉建国") == []  # a rank, no post


def test_posts_run_together_without_a_delimiter_are_two_posts():
    rec = extract_article(art("5月22日,云南省大理州委常委州政法委书记冉建国带领州水务局局长栾文华到巍山调研。"))
    assert posts(rec, "冉建国") == [("大理州委", "常委"), ("大理州政法委", "书记")]
    assert posts(rec, "栾文华") == [("大理州水务局", "局长")]
    rec = extract_article(art("县委副书记县长郜立新主持会议。"))
    assert posts(rec, "郜立新") == [("县委", "副书记"), ("县政府", "县长")]


def test_a_new_term_is_no_part_of_the_organisation():
    rec = extract_article(art("10月11日,古井镇召开第十五届人民代表大会第一次会议。新一届镇人大主席冉建国作表态发言。"))
    assert posts(rec, "冉建国") == [("古井镇人大", "主席")]


def test_a_name_ends_before_an_organising_verb():
    rec = extract_article(art("3月12日上午,西苑乡党委副书记、乡长冉建国组织乡机关全体干部职工开展义务植树活动。"))
    assert posts(rec, "冉建国") == [("西苑乡党委", "副书记"), ("西苑乡政府", "乡长")]


def test_a_list_of_names_vouches_for_an_item_that_reads_as_a_word():
    rec = extract_article(art("5月21日下午,区长郜立新主持召开常务会议。区领导陈洪涛、尚可、田家顺、吴国平列席会议。"))
    assert {"陈洪涛", "尚可", "田家顺", "吴国平"} <= {p.name for p in rec.people}
    # only between two names: "A、尚可、" before no name is no name
    rec = extract_article(art("区领导陈洪涛、尚可、积极响应号召参加。"))
    assert "尚可" not in {p.name for p in rec.people}


def test_a_list_of_names_vouches_for_a_long_name_with_no_surname():
    rec = extract_article(art("3月5日,考察团来我旗考察。我旗领导伊达木、宝音满都呼、王力平、陈旭辉及旗政府办负责人陪同。"))
    assert {"宝音满都呼", "王力平", "陈旭辉"} <= {p.name for p in rec.people}


def test_a_special_guest_list_after_a_title_shares_the_title():
    rec = extract_article(art("桂林市政协召开会议。市政协委员、特邀贵宾冉建国、栾文华、郜立新围绕主题作发言。"))
    for name in ("冉建国", "栾文华", "郜立新"):
        assert posts(rec, name) == [("桂林市政协", "委员")]


def test_a_colon_list_gives_its_title_to_people_titled_elsewhere_too():
    rec = extract_article(art("和平区第十九届人民代表大会第一次会议开幕。和平区人大常委会主任冉建国宣布大会开幕。"
                              "本次大会第一次全体会议的执行主席是:郜立新、冉建国、栾文华。"))
    assert posts(rec, "冉建国") == [("和平区人大常委会", "主任"), ("和平区第十九届人民代表大会第一次会议", "执行主席")]


def test_a_title_right_after_a_name_starts_no_post():
    rec = extract_article(art("区政协主席冉建国代表区四大组织对出席会议的委员表示问候。"))
    assert [p.name for p in rec.people] == ["冉建国"]
    assert posts(rec, "冉建国") == [("区政协", "主席")]


def test_a_name_right_after_its_unit_is_a_person_without_a_post():
    rec = extract_article(art("3月29日,区安全生产第一督导组冉建国带队,进驻综保区开展督导工作。区安监局栾文华等参加督查。"
                              "全体组成人员参加会议。"))
    assert {p.name: p.posts for p in rec.people} == {"冉建国": (), "栾文华": ()}
    assert roles(rec, "冉建国") == {"inspected"}


def test_an_executive_deputy_title_not_listed_is_read_whole():
    rec = extract_article(art("11月3日,市委统战部常务副部长刘振华到石湾镇调研。"))
    assert posts(rec, "刘振华") == [("市委统战部", "常务副部长")]


def test_leaders_of_a_body_are_named_without_a_post():
    rec = extract_article(art("7月24日,县人大常委会党组书记刘振华主持会议。县人大常委会领导陈立新、周晓明出席会议。"))
    assert posts(rec, "陈立新") == [] and posts(rec, "周晓明") == []
    assert roles(rec, "周晓明") == {"attended"}
    # no name after 领导干部 or 领导带班
    rec = extract_article(art("7月24日,县长刘振华主持会议。各级领导干部要以上率下,落实领导带班和值班制度。"))
    assert {p.name for p in rec.people} == {"刘振华"}


def test_a_candidate_for_a_post_is_read_whole():
    rec = extract_article(art("9月23日,镇党委书记刘振华主持会议。会议听取了镇党委副书记、镇长候选人陈立新同志作的报告。"))
    assert posts(rec, "陈立新") == [("镇党委", "副书记"), ("镇政府", "镇长候选人")]
    rec = extract_article(art("7月5日,青石市政协党组书记、主席人选甲乙丙·丁戊己带领视察组深入一线开展调研。"
                              "县委常委、提名副县长人选陈立新陪同。"))
    assert posts(rec, "甲乙丙·丁戊己") == [("青石市政协党组", "书记"), ("青石市政协", "主席人选")]
    assert ("县政府", "提名副县长人选") in posts(rec, "陈立新")


def test_a_short_name_with_no_listed_surname_between_two_names_of_a_list():
    rec = extract_article(art("2月3日,市政协副主席刘振华主持。市政协副主席陈立新、前进、齐军、周晓明参加会议。"))
    assert {"前进", "齐军", "周晓明"} <= {p.name for p in rec.people}
    assert posts(rec, "前进") == [("市政协", "副主席")]
    # the list vouches for no item that ends like a place
    from kg.extract.people import _vouched_item
    text = "县委书记刘振华、前进、陈立新、达拉乡、周晓明"
    assert _vouched_item(text, text.index("前进")) == "前进"
    assert _vouched_item(text, text.index("达拉乡")) is None


def test_a_seat_and_a_delegation_are_no_title():
    rec = extract_article(art("2月11日,大会主席团常务主席、执行主席刘振华、陈立新在主席台执行主席席就座。"
                              "白杨市政府代表团来我县考察。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新"}


def test_a_main_task_is_no_director():
    rec = extract_article(art("3月5日,县长刘振华指出,要将巩固脱贫攻坚成果这项主任务做细。"))
    assert {p.name for p in rec.people} == {"刘振华"}


def test_a_list_item_that_goes_on_to_a_title_of_its_own_is_no_name_of_the_list():
    rec = extract_article(art("5月19日,某市委宣传部副部长刘振华、信息调研科科长陈立新、改发办主任周晓明参加。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新", "周晓明"}
    assert posts(rec, "陈立新") == [("某市委宣传部信息调研科", "科长")]  # the section of the department before it
    rec = extract_article(art("12月22日,市人大常委会副主任刘振华、陈立新等人大代表参加。"))
    assert posts(rec, "陈立新") == [("市人大常委会", "副主任")]  # 等 ends the list


def test_a_dotted_name_ends_before_the_verb_of_saying():
    rec = extract_article(art("10月15日,县人大常委会召开观摩会。米吉克乡人大主席艾力甲·托乎乙说:“要做好服务。”"
                              "“我们将继续努力。”大桥乡人大主席吐尔丙·克然丁说。"))
    assert {p.name for p in rec.people} == {"艾力甲·托乎乙", "吐尔丙·克然丁"}


def test_a_name_with_no_listed_surname_in_the_slot_of_a_title_chain():
    rec = extract_article(art("1月27日,省政协会议开幕。省政协主席衮保扎丁,副主席刘振华、陈立新,秘书长周晓明在主席台前排就座。"))
    assert posts(rec, "衮保扎丁") == [("省政协", "主席")]
    assert posts(rec, "陈立新") == [("省政协", "副主席")]
    rec = extract_article(art("1月27日,县委书记刘振华主持会议,要求全面推进,副县长陈立新出席。"))
    assert {p.name for p in rec.people} == {"刘振华", "陈立新"}  # no slot: 主持会议 is no name


def test_a_prefecture_commissioner_leaders_of_a_firm_or_the_four_bodies_and_more_verbs_after_a_name():
    rec = extract_article(art("3月5日,地委副书记、行署专员刘振华出席开工仪式。行署副专员陈立新主持。"
                              "地区和林业集团公司领导周晓明、柯小满出席。市四套班子领导柏满、柯满出席。"
                              "会上,镇委书记柯晓丽原原本本传达了会议精神,副书记蒲立东安排部署工作。"))
    assert posts(rec, "刘振华") == [("地委", "副书记"), ("行署", "专员")]
    assert posts(rec, "陈立新") == [("行署", "副专员")]
    assert posts(rec, "周晓明") == [] and posts(rec, "柏满") == []
    assert {"柯晓丽", "蒲立东", "柯满"} <= {p.name for p in rec.people}


def test_jian_joins_posts_as_a_comma_does_and_military_titles():
    rec = extract_article(art("3月1日,区委常委、统战部部长兼区委办公室主任刘振华陪同调研。"
                              "省委常委、省军区司令员陈立新,省军区参谋长周晓明参加。"))
    assert posts(rec, "刘振华") == [("区委", "常委"), ("区委统战部", "部长"), ("区委办公室", "主任")]
    assert posts(rec, "陈立新") == [("省委", "常委"), ("省军区", "司令员")]
    assert posts(rec, "周晓明") == [("省军区", "参谋长")]


def test_a_dotted_name_inside_a_list_keeps_the_list_going():
    rec = extract_article(art("1月27日,省政协会议举行。省政协副主席刘振华、衮保·扎丁、陈立新,秘书长周晓明在主席台前排就座。"))
    assert posts(rec, "衮保·扎丁") == posts(rec, "陈立新") == [("省政协", "副主席")]


def test_a_firm_s_vice_president_and_a_chief_commander():
    rec = extract_article(art("3月20日,市长刘振华到东川水泥公司检查。股份公司副总裁陈立新陪同调研。"
                              "州委副书记、援疆前方指挥部总指挥长周晓明陪同。"))
    assert posts(rec, "陈立新") == [("股份公司", "副总裁")]
    assert [t for _, t in posts(rec, "周晓明")] == ["副书记", "总指挥长"]


def test_former_leaders_listed_are_people_without_a_post():
    rec = extract_article(art("12月1日,县政协会议开幕。老领导刘振华、陈立新在主席台就座。"))
    assert posts(rec, "刘振华") == [] and posts(rec, "陈立新") == []


def test_a_note_after_a_name_in_a_list_keeps_the_list_going():
    rec = extract_article(art("11月15日,自治区党委副书记陈立新(藏族)、周晓明(女,藏族)、柯满出席会议。"))
    assert posts(rec, "周晓明") == posts(rec, "柯满") == [("自治区党委", "副书记")]


def test_a_list_vouches_for_its_names_without_a_listed_surname():
    rec = extract_article(art("3月1日,市委副书记刘振华及市政府副市长柯多、柏满、柯满、衮保扎丁出席会议。"
                              "大会执行主席周晓明、多杰多丁、陈立新在主席台前排就座。"))
    assert posts(rec, "柯多") == posts(rec, "衮保扎丁") == [("市政府", "副市长")]
    assert posts(rec, "多杰多丁") == posts(rec, "陈立新")
    rec = extract_article(art("11月23日,常务副县长刘振华率部门负责人深入中路铺、白石、茶恩寺、花石等乡镇检查。"
                              "委员们将建真言、谋良策、出实招、凝共识。"))
    assert {p.name for p in rec.people} == {"刘振华"}


def test_a_list_goes_on_past_a_stray_space_and_a_padded_two_character_name():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("4月22日,区委召开会议。区领导陈立新、刘振华、周 明、柯小满、 蒲立东参加会议。"))
    assert [p.name for p in rec.people] == ["陈立新", "刘振华", "周明", "柯小满", "蒲立东"]


def test_a_place_s_level_before_a_word_is_no_head_s_title():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("7月27日,市长陈立新检查防汛工作。陈立新指出,当前荆州长江防汛的重点就是监利、洪湖。"
                              "副市长江涛陪同。"))
    assert {p.name for p in rec.people} == {"陈立新", "江涛"}  # no 州长 "江防汛"


def test_a_leaders_list_vouches_for_a_first_name_that_is_a_word():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("5月2日,东川区领导陈立新,扎赉特旗领导凤凰、刘振华、周晓明参加调研。"))
    assert [p.name for p in rec.people] == ["陈立新", "凤凰", "刘振华", "周晓明"]


def test_the_party_government_and_army_leaders_of_a_city_are_people_without_a_post():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("1月5日,东川市人大会议开幕。东川市党政军领导陈立新、刘振华、周晓明在主席台前排就座。"))
    assert [(p.name, p.posts) for p in rec.people] == [("陈立新", ()), ("刘振华", ()), ("周晓明", ())]


def test_posts_of_one_person_in_groups_parted_by_a_comma():
    rec = extract_article(art("10月17日,东川市委常委、宣传部部长,市政协党组副书记孟庆禾带队调研。"))
    assert posts(rec, "孟庆禾") == [("东川市委", "常委"), ("东川市委宣传部", "部长"), ("东川市政协党组", "副书记")]
    rec = extract_article(art("市委副书记,、政法委书记孟庆禾参加考评。"))  # a page's stray ",、"
    assert ("市委", "副书记") in posts(rec, "孟庆禾")
    # an unnamed group's title, and a title after the name it belongs to, start no chain
    rec = extract_article(art("市公路中心主要负责人,区委常委、宣传部长孟庆禾参加。"))
    assert all(t != "负责人" for _, t in posts(rec, "孟庆禾"))
    rec = extract_article(art("会议推选县委书记周晓明担任东川代表团团长,县委副书记、县长孟庆禾担任副团长。"))
    assert ("东川代表团", "团长") not in posts(rec, "孟庆禾")


def test_a_dotted_name_ends_before_a_one_character_verb_and_a_body():
    rec = extract_article(art("镇人大主席候选人努尔波力·阿力别江作人大主席团工作报告。副县长吐尔洪·都来提主持会议。"))
    assert {p.name for p in rec.people} == {"努尔波力·阿力别江", "吐尔洪·都来提"}


def test_a_member_of_a_department_s_own_board_is_one_title():
    rec = extract_article(art("座谈会上,区委组织部部务委员刘振华介绍全区人才工作开展情况。", published="2020-09-15"))
    assert posts(rec, "刘振华") == [("区委组织部", "部务委员")]


def test_an_acting_secretary_is_one_title():
    rec = extract_article(art("5月6日,天津市委代理书记刘振华在北京会见某集团总经理马德林。", published="2016-05-07"))
    assert posts(rec, "刘振华") == [("天津市委", "代理书记")]


def test_acting_court_presidents_honorary_presidents_and_deputy_commanders_are_one_title():
    rec = extract_article(art("区人民法院代院长刘振华,中国某某文化研究会名誉会长马德林,某部队副部队长吴秀英出席会议。",
                              published="2024-02-22"))
    assert posts(rec, "刘振华") == [("区人民法院", "代院长")]
    assert posts(rec, "马德林") == [("中国某某文化研究会", "名誉会长")]
    assert [t for _, t in posts(rec, "吴秀英")] == ["副部队长"]


def test_a_village_group_leader_and_a_name_before_rushi_shuo():
    rec = extract_article(art("在镇人大代表、某某寺村民小组长刘振华带领下,魔芋种植面积逐年扩大。“要主抓产业发展。”镇人大主席马德林如是说。",
                              published="2018-05-04"))
    assert posts(rec, "刘振华")[-1] == ("某某寺村民小组", "组长")
    assert posts(rec, "马德林") == [("镇人大", "主席")]


def test_a_chief_of_forests_or_rivers_is_a_title_of_its_level_and_the_system_no_title():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("12月13日,州政府副州长、州级林长马德林到红河县开展巡林工作。县委书记、县级总林长刘振华参加巡林。"
                              "会议要求抓好林长制落实、河长制落实。", published="2021-12-14"))
    posts = {p.name: [(q.org, q.title) for q in p.posts] for p in rec.people}
    assert posts["马德林"] == [("州政府", "副州长"), (None, "州级林长")]
    assert posts["刘振华"][-1] == (None, "县级总林长")
    assert set(posts) == {"马德林", "刘振华"}  # 林长制 is a system: no title before a name
    assert rec.events[0].type == "inspection"  # 巡林: a patrol of the forests


def test_a_first_deputy_is_one_title():
    rec = extract_article(art("市人大常委会党组书记、第一副主任刘振华出席会议。"))
    assert posts(rec, "刘振华") == [("市人大常委会党组", "书记"), ("市人大常委会", "第一副主任")]


def test_the_secretariat_is_part_of_an_organisation_not_a_title_before_a_name():
    rec = extract_article(art("9月5日,督查组在全国妇联书记处书记、副主席马德林带领下来到我市。"))
    assert posts(rec, "马德林") == [("全国妇联书记处", "书记"), ("全国妇联", "副主席")]


def test_a_ministry_s_department_head_and_a_unit_printed_by_its_last_character():
    rec = extract_article(art("9月5日,国家发展改革委地区司副司长马德林出席。"))
    assert posts(rec, "马德林") == [("国家发展改革委地区司", "副司长")]
    rec = extract_article(art("9月5日,市委党史研究室召开会议。室主任刘振华主持会议并讲话。"))
    assert posts(rec, "刘振华") == [("市委党史研究室", "主任")]  # 室: the unit printed last, not read as a surname
    rec = extract_article(art("9月5日,会议在三楼会议室召开。室主任刘振华主持会议。"))
    assert posts(rec, "刘振华") == [("室", "主任")]  # a meeting room has no head
    rec = extract_article(art("副主任吴秀英第一时间召开视频会议。"))
    assert [p.name for p in rec.people] == ["吴秀英"]


def test_a_list_item_followed_by_what_the_list_did_is_a_name():
    from kg.extract.people import find_people
    text = "县人大常委会副主任甲乙丙、丁戊己带领人大代表到驿城区开展集中视察。"
    assert [(h.name, [(p.org, p.title) for p in h.posts]) for h in find_people(text)] == [
        ("甲乙丙", [("县人大常委会", "副主任")]), ("丁戊己", [("县人大常委会", "副主任")])]


def test_a_follower_character_before_a_list_comma_ends_the_first_name():
    from kg.extract.people import find_people
    text = "市政协副主席刘建均、王立华、胡安参加了调研。"
    assert [h.name for h in find_people(text)] == ["刘建均", "王立华", "胡安"]


def test_an_attendee_of_the_meeting_has_no_post():
    rec = extract_article(art("与会代表王建国同志认为,宣讲报告内容丰富。"))
    assert posts(rec, "王建国") == []


def test_a_province_then_a_place_starting_with_zhang_is_no_governor():
    from kg.extract.people import find_people
    assert find_people("赤峰和吉林省长白山(滑雪项目)5个分赛区。") == []
    assert [h.name for h in find_people("吉林省省长王建国出席。")] == ["王建国"]
    assert [h.name for h in find_people("副市长江涛出席。")] == ["江涛"]


def test_an_industry_chain_chief_is_a_post_of_the_chain():
    rec = extract_article(art("3月19日,州政协主席、州茶产业链链长王建国一行调研。"))
    assert posts(rec, "王建国") == [("州政协", "主席"), ("州茶产业链", "链长")]


def test_representative_as_an_adjective_and_a_numeral_adverb_give_no_person():
    from kg.extract.people import find_people
    assert find_people("某公司是开发区的代表性企业,具有较高的产出。") == []
    assert find_people("集团领导曾多次赴道真调研。") == []


def test_a_post_run_on_into_a_named_localitys_unit_is_two_posts():
    rec = extract_article(art("走访看望联系的市人大代表荆州区旭东蔬菜产销专业合作社负责人王建国,了解合作社情况。"))
    assert posts(rec, "王建国") == [("市人大", "代表"), ("荆州区旭东蔬菜产销专业合作社", "负责人")]


def test_a_convener_is_a_post_and_the_members_he_convenes_are_its_organisation():
    rec = extract_article(art("2月25日,委员们开展集中视察。省政协主席、住陕全国政协委员召集人刘振华带队,"
                              "住陕全国政协委员陈立新、周晓明参加。"))
    assert posts(rec, "刘振华") == [("省政协", "主席"), ("住陕全国政协委员", "召集人")]
    assert posts(rec, "陈立新") == [("全国政协", "委员")]  # 住陕: where the member lives, no part of the body
    rec = extract_article(art("10月28日,区政协副主席刘振华走访妇联界别召集人陈立新。"))
    assert posts(rec, "陈立新") == [("区政协妇联界别", "召集人")]  # a sector of the 政协 printed before


def test_an_assistant_to_a_head_holds_that_title_in_the_head_s_body():
    rec = extract_article(art("12月2日,青石大学党委书记刘振华带队,校党委常委、校长助理陈立新一行赴某村调研。"
                              "市长助理周晓明陪同。"))
    assert ("校长助理" in [t for _, t in posts(rec, "陈立新")]) and posts(rec, "周晓明") == [("市政府", "市长助理")]


def test_an_executive_council_member_is_one_title():
    rec = extract_article(art("9月5日,中国茶叶流通协会常务理事刘振华一行到某县调研。"))
    assert posts(rec, "刘振华") == [("中国茶叶流通协会", "常务理事")]


def test_a_post_held_besides_and_followers_of_accompanying_and_carrying_end_a_name():
    rec = extract_article(art("8月14日上午,区委书记、经开区党工委书记(兼)孙志远带队调研治理工作。"))
    assert posts(rec, "孙志远") == [("区委", "书记"), ("经开区党工委", "书记")]
    rec = extract_article(art("8月26日,区人大常委会副主任(主持工作)赵海平主持召开会议。"))
    assert posts(rec, "赵海平") == [("区人大常委会", "副主任")]
    rec = extract_article(art("8月26日,区人大常委会第六十三次主任(扩大)会议于区人大常委会召开。"))
    assert not rec.people  # an enlarged meeting: no note on a post
    rec = extract_article(art("7月2日,市委常委、秘书长赵海平随同调研。春节前夕,区政协主席周晓明带着关怀慰问群众。"))
    assert {p.name for p in rec.people} == {"赵海平", "周晓明"}


def test_a_rare_surname_name_of_two_characters_before_tongzhi_and_the_work_a_deputy_is_in_charge_of():
    rec = extract_article(art("会上,主管扶贫副县长冬雅同志代表我县指挥部作汇报。"))
    assert posts(rec, "冬雅") == [("县政府", "副县长")]  # 主管扶贫: the work, no body


def test_names_after_a_leader_word_and_you_or_after_a_corps_leaders():
    rec = extract_article(art("4月20日,参加植树活动的省及沈阳市领导还有孙志远、周晓明、刘振华等。"))
    assert [p.name for p in rec.people] == ["孙志远", "周晓明", "刘振华"]  # no 还有孙志远
    rec = extract_article(art("4月20日,武警辽宁省总队领导柯小满、冯远舟及部分官兵参加植树活动。"))
    assert [p.name for p in rec.people] == ["柯小满", "冯远舟"]


def test_a_league_s_head_and_deputy_heads_are_titles():
    rec = extract_article(art("5月3日,召开联席会议。行署副盟长孙志远出席会议并讲话,行署副盟长、旗委书记周晓明主持会议。"))
    assert posts(rec, "孙志远") == [("行署", "副盟长")]
    assert posts(rec, "周晓明") == [("行署", "副盟长"), ("旗委", "书记")]


def test_a_dotted_name_ends_before_the_home_visited_or_where_its_printings_part():
    rec = extract_article(art("5月6日,他来到乌图村,到村党支部书记吐尔丙·克然丁家中喝奶茶、拉家常。"))
    assert {p.name for p in rec.people} == {"吐尔丙·克然丁"}
    rec = extract_article(art("5月6日,县委书记刘振华来到乌图村,与村党支部书记吐尔丙·克然丁种葡萄。吐尔丙·克然丁是援疆干部的老朋友。"))
    assert {p.name for p in rec.people} == {"刘振华", "吐尔丙·克然丁"}  # printed twice: the part both printings share


def test_a_government_counsellor_is_a_post():
    rec = extract_article(art("8月6日,市政府参事、市人大常委会原副主任刘振华来到青石镇调研。"))
    assert posts(rec, "刘振华")[0] == ("市政府", "参事")


def test_more_titles_and_a_former_title_after_a_unit():
    rec = extract_article(art("5月6日,中国工程院院士刘振华,青石集团副董事长陈立新,市政府顾问周晓明来到青石镇调研。"
                              "解放军报社原副总编辑孙志远参加调研。"))
    assert posts(rec, "刘振华") == [("中国工程院", "院士")]
    assert posts(rec, "陈立新") == [("青石集团", "副董事长")]
    assert posts(rec, "周晓明") == [("市政府", "顾问")]
    assert posts(rec, "孙志远") == [("解放军报社", "原副总编辑")]


def test_titles_of_a_station_a_village_a_hospital_and_a_team():
    rec = extract_article(art("5月6日,县广播电视台台长刘振华、青石村村长陈立新、县医院主任医师周晓明、"
                              "援藏工作队领队孙志远来到青石镇。"))
    assert posts(rec, "刘振华") == [("县广播电视台", "台长")]
    assert posts(rec, "陈立新") == [("青石村", "村长")]
    assert posts(rec, "周晓明") == [("县医院", "主任医师")]
    assert posts(rec, "孙志远") == [("援藏工作队", "领队")]


def test_a_name_and_a_verb_of_going_before_a_dotted_place_is_no_dotted_name():
    rec = extract_article(art("2月19日,市副市长冯远舟到高岭·中国村调研疫情防控工作。"))
    assert [p.name for p in rec.people] == ["冯远舟"]
    rec = extract_article(art("自治区副主席吐尔丙·克然丁到喀什调研。"))
    assert [p.name for p in rec.people] == ["吐尔丙·克然丁"]


def test_a_dotted_name_with_one_character_before_the_dot_after_a_title():
    rec = extract_article(art("旗委书记奇·达楞太,旗委副书记冯远舟出席会议。"))
    assert [p.name for p in rec.people] == ["奇·达楞太", "冯远舟"]
