"""kg.extract.orgs: organisations written out in full from the article's context."""

from __future__ import annotations

from kg.extract import extract_article
from tests.support.extraction import art, posts


def test_level_only_org_stays_when_locality_not_printed():
    rec = extract_article(art("近日,区委召开会议。区委书记邬长河主持会议,副区长蔺小雨出席。"))
    assert posts(rec, "邬长河") == [("区委", "书记")]
    assert posts(rec, "蔺小雨") == [("区政府", "副区长")]
    assert rec.events[0].date is None


def test_party_group_posts_and_unit_heads():
    rec = extract_article(art("3月2日,青石县召开会议。县教育局党组书记、局长霍知远出席会议并讲话。"))
    assert posts(rec, "霍知远") == [("青石县教育局党组", "书记"), ("青石县教育局", "局长")]


def test_bare_units_take_the_unit_the_article_names():
    rec = extract_article(art("8月14日,市医疗保障局召开座谈会。局党组书记、局长羿立华主持会议。"))
    assert posts(rec, "羿立华") == [("市医疗保障局党组", "书记"), ("市医疗保障局", "局长")]
    rec = extract_article(art("近日,高新区在管委会会议室组织收听收看全省电视电话会议,"
                              "党工委委员、管委会副主任卞红林参加。"))
    assert posts(rec, "卞红林") == [("高新区党工委", "委员"), ("高新区管委会", "副主任")]


def test_town_and_village_bodies_take_their_printed_place():
    rec = extract_article(art("6月28日,青松镇党委书记、人大主席郝立刚带队走访,镇党委委员、组织委员何春兰一同走访。"
                              "在柳河村,村党总支书记、村委会主任蔺国平陪同。"))
    assert posts(rec, "郝立刚") == [("青松镇党委", "书记"), ("青松镇人大", "主席")]
    assert posts(rec, "何春兰") == [("青松镇党委", "委员"), ("青松镇党委", "组织委员")]
    assert posts(rec, "蔺国平") == [("柳河村党总支", "书记"), ("柳河村委会", "主任")]


def test_signing_partners_keep_their_company():
    rec = extract_article(art("5月20日,东汀镇举行签约仪式。镇长阮少平分别与恒铝科技有限公司董事长林耀东签订投资协议。"))
    assert posts(rec, "林耀东") == [("恒铝科技有限公司", "董事长")]


def test_zone_names_are_carried_to_the_zone_bodies():
    rec = extract_article(art("7月6日,杞山工业园区召开推进会。园区党工委书记阙宏伟主持会议,工业园区管委会主任闵学文出席。"))
    assert posts(rec, "阙宏伟") == [("杞山工业园区党工委", "书记")]
    assert posts(rec, "闵学文") == [("杞山工业园区管委会", "主任")]


def test_heads_named_by_the_unit_a_sentence_opens_in():
    rec = extract_article(art("9月6日,区教体局检查校园安全。在育英中学,校长付明华介绍了工作情况。"))
    assert posts(rec, "付明华") == [("育英中学", "校长")]


def test_words_before_a_level_only_body_that_are_no_place_are_dropped_from_a_post():
    rec = extract_article(art("9月18日,会议总结县委常委、副县长刘振华讲话。"))
    assert posts(rec, "刘振华") == [("县委", "常委"), ("县政府", "副县长")]


def test_an_organisation_keeps_its_lowest_locality():
    rec = extract_article(art("12月7日,龙岗区宝龙街道党工委副书记、办事处主任刘振华到某社区调研。"))
    assert posts(rec, "刘振华")[0] == ("宝龙街道党工委", "副书记")


def test_a_bare_level_takes_the_locality_of_the_last_organisation_at_that_level():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art(
        "3月7日,柳川市委书记郜立新率考察团赴青石市白杨县考察,市委副书记冉建国、副市长栾文华参加考察。"
        "青石市人大常委会副主任、白杨县委书记阙志刚陪同。青石市政府副市长柏思源介绍情况。青石市的做法值得学习。"))
    assert posts(rec, "冉建国") == [("柳川市委", "副书记")]
    assert posts(rec, "栾文华") == [("柳川市政府", "副市长")]
    assert ("青石市人大常委会", "副主任") in posts(rec, "阙志刚")


def test_among_several_printed_districts_a_bare_level_is_the_home_one_unless_the_sentence_named_another():
    text = ("5月9日,由湖里区发改委副主任郜立新带队,湖里区调研团一行来思明区考察。"
            "区委书记冉建国,区委副书记、区长栾文华参加。湖里区和思明区结对以来,思明区发展加快。")
    at_home = extract_article(art(text, home="某省某市思明区"))
    assert posts(at_home, "冉建国") == [("思明区委", "书记")]
    assert posts(at_home, "栾文华") == [("思明区委", "副书记"), ("思明区政府", "区长")]
    # no home declared: the district of the organisation resolved last, as before
    assert posts(extract_article(art(text)), "冉建国") == [("湖里区委", "书记")]
    # the same sentence's own locality carries through its chain, whatever the home
    rec = extract_article(art("11月13日,柳川县委书记郜立新,柳川县委副书记、县长冉建国率考察团到青石县考察。"
                              "青石县与柳川县交流。", home="某省青石县"))
    assert posts(rec, "冉建国") == [("柳川县委", "副书记"), ("柳川县政府", "县长")]


def test_a_department_in_a_chain_belongs_to_the_chain_committee():
    rec = extract_article(art("市委统战部来我区调研\n6月5日,市委常委、统战部长郜立新带队来我区调研。"
                              "区委常委、统战部长冉建国陪同。"))
    assert posts(rec, "冉建国") == [("区委", "常委"), ("区委统战部", "部长")]
    assert ("市委统战部", "部长") in posts(rec, "郜立新")


def test_an_office_after_a_government_party_group_is_the_government_office():
    rec = extract_article(art("会议由县政府党组成员、办公室主任冉建国主持。"))
    assert posts(rec, "冉建国") == [("县政府党组", "成员"), ("县政府办公室", "主任")]


def test_former_posts_keep_former_in_the_title():
    rec = extract_article(art("区人大常委会原主任郜立新、原一级巡视员冉建国应邀在主席台就座。"))
    assert posts(rec, "郜立新") == [("区人大常委会", "原主任")]
    assert posts(rec, "冉建国") == [("区人大常委会", "原一级巡视员")]
    rec = extract_article(art("省发改委副巡视员栾文华到会指导。"))
    assert posts(rec, "栾文华") == [("省发改委", "副巡视员")]
    # 原 printed before the organisation or its party group: the chain's later posts are former too
    rec = extract_article(art("5月6日,论坛开幕。国家发展和改革委员会原党组成员、副主任马德林,"
                              "原农业部党组成员、总经济师刘振华出席。"))
    assert posts(rec, "马德林") == [("国家发展和改革委员会党组", "原成员"), ("国家发展和改革委员会", "原副主任")]
    assert posts(rec, "刘振华") == [("农业部党组", "原成员"), ("农业部", "原总经济师")]
    # printed before each former title: an unmarked one is current
    rec = extract_article(art("会议邀请了柳川市地方志办公室原副主任、调研员孙国庆讲课。"))
    assert posts(rec, "孙国庆") == [("柳川市地方志办公室", "原副主任"), ("柳川市地方志办公室", "调研员")]


def test_a_government_office_in_a_chain_and_a_section_of_a_unit_printed_whole():
    rec = extract_article(art("珠山区召开会议。区政府党组成员、政府办主任冉建国,市政协办公厅副科长栾文华,县委组织部长郜立新参加。"))
    assert posts(rec, "冉建国") == [("珠山区政府党组", "成员"), ("珠山区政府办公室", "主任")]
    assert posts(rec, "栾文华") == [("市政协办公厅", "副科长")]
    assert posts(rec, "郜立新") == [("县委组织部", "部长")]


def test_rank_titles_and_a_democratic_party_committee_office():
    rec = extract_article(art("会议在民革南宁市委会召开。民革南宁市委会四级调研员、办公室主任冉建国,民革南宁市委会专职副主委栾文华,"
                              "青秀区政协三级调研员郜立新,斗门区财政局二级主任科员柏思源参加。"))
    assert posts(rec, "冉建国") == [("民革南宁市委会", "四级调研员"), ("民革南宁市委会办公室", "主任")]
    assert posts(rec, "栾文华") == [("民革南宁市委会", "专职副主委")]
    assert posts(rec, "郜立新") == [("青秀区政协", "三级调研员")]
    assert posts(rec, "柏思源") == [("斗门区财政局", "二级主任科员")]


def test_a_level_only_cppcc_session_takes_the_printed_province():
    rec = extract_article(art("1月29日,省政协十二届一次会议举行了第四次全体会议,会议选举产生了政协第十二届山西省委员会主席。"
                              "主席团常务主席冉建国、栾文华主持会议。"))
    assert posts(rec, "冉建国") == [("山西省政协十二届一次会议主席团", "常务主席")]


def test_an_executive_chair_printed_with_the_presidium_is_the_presidium_s():
    rec = extract_article(art("1月10日,赤峰市第六届人民代表大会第五次会议开幕。大会主席团常务主席、执行主席冉建国、栾文华在主席台就座。"
                              "主席团执行主席郜立新主持会议。本次会议执行主席柏思源出席。"))
    session = "赤峰市第六届人民代表大会第五次会议"
    assert posts(rec, "冉建国") == [(session + "主席团", "常务主席"), (session + "主席团", "执行主席")]
    assert posts(rec, "郜立新") == [(session + "主席团", "执行主席")]
    assert posts(rec, "柏思源") == [(session, "执行主席")]  # printed with the session alone


def test_a_host_after_the_visitors_come_to_our_county_is_no_visitor_s():
    text = "4月21日,莒县县委书记冉建国带领考察团来我县参观考察,县委副书记、县长栾文华陪同。"
    rec = extract_article(art(text, home="山东省临沂市兰陵县"))
    assert posts(rec, "冉建国") == [("莒县委", "书记")]
    assert posts(rec, "栾文华") == [("县委", "副书记"), ("县政府", "县长")]


def test_the_home_s_lowest_locality_is_the_paper_s_own():
    text = "2月13日,市委书记冉建国率党政考察团到藤县、北流市考察学习。此次考察为桂平市带来了启示,贵港市也有借鉴。"
    rec = extract_article(art(text, home="广西壮族自治区贵港市桂平市"))
    assert posts(rec, "冉建国") == [("桂平市委", "书记")]


def test_stray_ascii_and_a_term_number_are_no_part_of_an_organisation():
    rec = extract_article(art("大理州召开会议。/ O. _* A- o4 g0 v$ u州十三届人大常委会主任冉建国主持会议。县第十八届政协主席栾文华出席。"))
    assert posts(rec, "冉建国") == [("大理州人大常委会", "主任")]
    assert posts(rec, "栾文华") == [("县政协", "主席")]


def test_a_bare_community_body_is_the_community_printed_last():
    rec = extract_article(art("3月5日,区委书记冉建国来到南街社区调研。当了解到社区党支部书记栾文华30多年来扎根社区。"))
    assert posts(rec, "栾文华") == [("南街社区党支部", "书记")]
    rec = extract_article(art("3月5日,区委书记冉建国调研农村社区治理。社区党支部书记栾文华汇报。"))
    assert posts(rec, "栾文华") == [("社区党支部", "书记")]  # 农村社区 names no community


def test_a_bare_school_is_the_school_printed_last_of_any_kind():
    rec = extract_article(art("希望成武县与山东交通学院加强联系,将学校好的科研项目与当地发展相结合。"
                              "会上,学校第一书记驻村工作队负责人冉建国汇报了驻村工作情况。"))
    assert posts(rec, "冉建国") == [("山东交通学院第一书记驻村工作队", "负责人")]


def test_a_delegation_coming_to_our_city_leaves_the_hosts_bare_city_unnamed():
    text = ("10月18日,青石市政协副主席冉建国率调研组来我市调研。市政协主席栾文华,"
            "市委常委刘振华陪同。")
    hosts = extract_article(art(text, home="某省白杨市"))
    assert posts(hosts, "冉建国") == [("青石市政协", "副主席")]
    assert posts(hosts, "栾文华") == [("市政协", "主席")]  # not the visitors' 青石市
    assert posts(hosts, "刘振华") == [("市委", "常委")]
    # a home that names no city, or no home: as printed
    assert posts(extract_article(art(text, home="某省")), "栾文华") == [("青石市政协", "主席")]
    assert posts(extract_article(art(text)), "栾文华") == [("青石市政协", "主席")]


def test_a_county_level_city_paper_s_bare_city_is_its_own_not_the_prefecture_it_names():
    text = ("1月22日,市委书记刘振华主持召开市委常委会议,传达宁德市三届人大四次会议精神。"
            "会议指出,要认真落实宁德市委的部署要求,切实推动我市发展。市政协主席周晓明全程列席会议。")
    rec = extract_article(art(text, home="福建省宁德市福鼎市"))
    assert posts(rec, "刘振华") == [("市委", "书记")]  # 福鼎市 is not printed: bare
    assert posts(rec, "周晓明") == [("市政协", "主席")]  # 全程 ends the name
    rec = extract_article(art(text, home="福建省宁德市"))
    assert posts(rec, "刘振华") == [("宁德市委", "书记")]  # a 宁德市 paper: its own city


def test_the_general_office_after_a_cppcc_post_is_that_cppcc_s():
    rec = extract_article(art("8月23日,省政协副秘书长、办公厅主任刘振华一行到石湾镇调研。"))
    assert posts(rec, "刘振华") == [("省政协", "副秘书长"), ("省政协办公厅", "主任")]


def test_a_bare_government_after_a_committee_in_one_chain_is_that_locality_s():
    rec = extract_article(art("1月24日,郊区委副书记、政府区长刘振华带队到企业调研。"))
    assert posts(rec, "刘振华") == [("郊区委", "副书记"), ("郊区政府", "区长")]


def test_a_national_unit_after_a_levelled_post_takes_no_level():
    rec = extract_article(art("3月7日,省安委会督导组成员、国家矿山安全监察局湖南局一级巡视员刘振华出席会议。"))
    assert ("国家矿山安全监察局湖南局", "一级巡视员") in posts(rec, "刘振华")
    rec = extract_article(art("3月7日,县水利局长陈立新、公安局政委刘振华出席会议。"))
    assert posts(rec, "刘振华") == [("县公安局", "政委")]  # a county unit still carries the level


def test_a_bare_party_group_or_office_in_a_list_of_a_body_s_leaders_is_that_body_s():
    rec = extract_article(art("11月10日,市政协副主席冉建国一行在思明区调研。区政协主席栾文华,党组书记刘振华,"
                              "副主席陈立新,党组成员周晓明,办公室主任柯小满陪同调研。"))
    assert posts(rec, "刘振华") == [("思明区政协党组", "书记")]
    assert posts(rec, "陈立新") == [("思明区政协", "副主席")]
    assert posts(rec, "周晓明") == [("思明区政协党组", "成员")]
    assert posts(rec, "柯小满") == [("思明区政协办公室", "主任")]
    # a party committee has no party group
    rec = extract_article(art("3月5日,县委书记栾文华,党组书记刘振华出席会议。"))
    assert posts(rec, "刘振华") == [("党组", "书记")]


def test_zhonggong_before_a_local_party_committee_is_dropped():
    rec = extract_article(art("8月21日,中共思明区委书记刘振华出席会议。中共中央政治局委员陈立新出席。"))
    assert posts(rec, "刘振华") == [("思明区委", "书记")]
    assert posts(rec, "陈立新") == [("中共中央政治局", "委员")]


def test_an_autonomous_prefecture_is_kept_as_printed():
    # the record keeps what was printed; kg.resolve makes both forms one office (tests/resolve/test_refs.py)
    rec = extract_article(art("12月18日,迪庆藏族自治州委书记刘振华主持会议。"))
    assert posts(rec, "刘振华") == [("迪庆藏族自治州委", "书记")]
    rec = extract_article(art("12月18日,迪庆州委书记刘振华主持会议。"))
    assert posts(rec, "刘振华") == [("迪庆州委", "书记")]
    rec = extract_article(art("12月18日,乐东黎族自治县委书记刘振华主持会议。"))
    assert posts(rec, "刘振华") == [("乐东黎族自治县委", "书记")]  # a county keeps its name


def test_a_discipline_commission_in_a_chain_takes_the_committee_s_locality():
    rec = extract_article(art("8月10日,县委常委、纪委书记、监委主任刘振华出席会议。市上领导陈立新、周晓明陪同。"))
    assert posts(rec, "刘振华") == [("县委", "常委"), ("县纪委", "书记"), ("县监委", "主任")]
    assert posts(rec, "陈立新") == [] and posts(rec, "周晓明") == []


def test_a_township_s_party_posts():
    rec = extract_article(art("10月23日,光山县斛山乡组织开展活动。乡党委副书记、政法委员刘振华,"
                              "乡宣传委员、副乡长陈立新到村里开展活动。"))
    assert posts(rec, "刘振华") == [("斛山乡党委", "副书记"), ("斛山乡党委", "政法委员")]
    assert posts(rec, "陈立新") == [("斛山乡党委", "宣传委员"), ("斛山乡政府", "副乡长")]


def test_a_zone_s_party_committee_after_its_management_committee_written_out():
    rec = extract_article(art("3月21日,绍兴柯桥经济技术开发区管理委员会主任、党工委副书记刘振华出席会议。"))
    assert posts(rec, "刘振华") == [("绍兴柯桥经济技术开发区管理委员会", "主任"),
                                  ("绍兴柯桥经济技术开发区党工委", "副书记")]


def test_an_autonomous_region_s_party_committee_and_government():
    # 区党委 is how a region's paper prints the 自治区党委; 自治区主席 heads the region's government
    rec = extract_article(art("5月5日,代表团在某某区考察。区党委副书记、自治区代主席刘振华主持座谈会。自治区副主席陈立新出席。",
                              "代表团来我区考察"))
    assert posts(rec, "刘振华") == [("自治区党委", "副书记"), ("自治区政府", "代主席")]
    assert posts(rec, "陈立新") == [("自治区政府", "副主席")]
    # a CPPCC's 主席 stays with its CPPCC
    rec = extract_article(art("5月5日,自治区政协主席周晓明主持会议。", "会议召开"))
    assert posts(rec, "周晓明") == [("自治区政协", "主席")]


def test_a_corps_head_and_a_full_time_deputy_director():
    rec = extract_article(art("6月22日,自治区驻某旗帮扶工作总队总队长冯远舟到村调研。县委保密委专职副主任孙志远陪同。"))
    assert posts(rec, "冯远舟") == [("自治区驻某旗帮扶工作总队", "总队长")]
    assert posts(rec, "孙志远") == [("县委保密委", "专职副主任")]


def test_a_division_commander_and_a_deputy_manager():
    rec = extract_article(art("5月5日,兵团第十三师副师长冯远舟,某勘探开发公司党委常委、副经理孙志远出席开幕式。"))
    assert posts(rec, "冯远舟") == [("兵团第十三师", "副师长")]
    assert posts(rec, "孙志远") == [("某勘探开发公司党委", "常委"), ("某勘探开发公司", "副经理")]


def test_brigade_and_detachment_heads():
    rec = extract_article(art("6月19日,驻村帮扶工作队大队长刘振华一同参加。市公安局交警支队支队长陈立新出席。"))
    assert posts(rec, "刘振华") == [("驻村帮扶工作队", "大队长")]
    assert posts(rec, "陈立新") == [("市公安局交警支队", "支队长")]
    # a development zone's 区党委, on a page that prints no 自治区, stays the zone's
    rec = extract_article(art("会议由区党委书记柯小满主持,管委会主任甲乙丙出席。", "某某经开区召开会议"))
    assert posts(rec, "柯小满")[0][0] != "自治区党委"


def test_a_head_printed_after_the_name_takes_no_locality_from_the_name():
    rec = extract_article(art("5月19日,刘卫东市长到某某公司调研。市政府秘书长陈立新陪同。"))
    assert posts(rec, "刘卫东") == [("市政府", "市长")]


def test_a_department_in_a_congress_head_s_chain_is_the_party_committee_s():
    rec = extract_article(art("5月19日,某市召开会议。某市人大常委会主任、组织部部长刘振华出席。"))
    assert posts(rec, "刘振华") == [("某市人大常委会", "主任"), ("某市委组织部", "部长")]


def test_an_association_s_first_and_executive_vice_presidents():
    rec = extract_article(art("11月29日,某省老区建设促进会第一副会长刘振华率调研组到某县调研。"))
    assert posts(rec, "刘振华") == [("某省老区建设促进会", "第一副会长")]


def test_the_presidium_of_a_sitting_is_the_session_s():
    rec = extract_article(art("2月4日,安顺市平坝区第三届人民代表大会第七次会议开幕。开幕会执行主席由刘振华、陈立新担任。"))
    assert posts(rec, "刘振华")[-1][1] == "执行主席" and "开幕会" != posts(rec, "刘振华")[-1][0]


def test_a_bare_unit_printed_last_takes_the_printed_locality():
    rec = extract_article(art("9月18日,青阳县召开会议。局党委委员刘振华宣读了县教育体育局的通报。局党委委员陈立新出席。"))
    assert posts(rec, "陈立新") == [("青阳县教育体育局党委", "委员")]


def test_a_town_s_cppcc_committee_in_its_party_committee_s_chain_is_the_town_s():
    rec = extract_article(art("1月5日,青石镇召开座谈会。青石镇党委委员、政协工委主任刘振华主持。"))
    assert posts(rec, "刘振华") == [("青石镇党委", "委员"), ("青石镇政协工委", "主任")]


def test_a_cppcc_printed_the_long_way_with_its_term_is_the_county_s_cppcc():
    rec = extract_article(art("12月17日,会议完成各项议程。大会选举刘振华为政协第十届玉屏侗族自治县委员会主席。"))
    assert posts(rec, "刘振华") == [("玉屏侗族自治县政协", "主席")]


def test_a_bare_government_party_group_is_the_government_resolved_last():
    rec = extract_article(art("3月5日,桦川县召开会议。县委副书记、县长陈立新,政府副县长周晓明,政府党组成员柯小满出席会议。"))
    assert posts(rec, "周晓明") == [("桦川县政府", "副县长")]
    assert posts(rec, "柯小满") == [("桦川县政府党组", "成员")]
    rec = extract_article(art("政府党组成员柯小满出席会议。"))
    assert posts(rec, "柯小满") == [("政府党组", "成员")]  # no government printed: kept as printed


def test_a_bare_party_committee_or_congress_in_an_article_about_a_town_is_the_town_s():
    rec = extract_article(art("3月5日,紫云镇召开安全生产会议。党委书记刘振华主持,人大主席陈立新参加。"))
    assert posts(rec, "刘振华") == [("紫云镇党委", "书记")]
    assert posts(rec, "陈立新") == [("紫云镇人大", "主席")]
    rec = extract_article(art("3月5日,某集团召开会议。党委书记刘振华主持。"))
    assert posts(rec, "刘振华") == [("党委", "书记")]  # no town printed: as printed


def test_a_government_head_after_a_locality_printed_without_its_level():
    rec = extract_article(art("双鸭山市长刘振华主持召开市长办公会议。"))
    assert posts(rec, "刘振华") == [("双鸭山市政府", "市长")]


def test_the_paper_s_own_level_is_level_only():
    rec = extract_article(art("9月23日,依安县马铃薯收获仪式在我县举行。我县县委书记刘振华,我市政协主席陈立新出席。"))
    assert posts(rec, "刘振华") == [("依安县委", "书记")]
    assert posts(rec, "陈立新") == [("市政协", "主席")]


def test_the_session_s_secretary_general():
    rec = extract_article(art("1月12日,桃源县政协十一届六次会议开幕。大会秘书长刘振华在主席台就座。"))
    assert posts(rec, "刘振华") == [("桃源县政协十一届六次会议", "秘书长")]


def test_a_firm_s_head_is_the_firm_of_the_sentence_never_the_government_named_before():
    rec = extract_article(art("5月3日,副区长周晓明一行首先来到青石商贸有限公司,董事长柯小满介绍情况。"))
    assert posts(rec, "柯小满") == [("青石商贸有限公司", "董事长")]
    rec = extract_article(art("5月3日,副区长周晓明到企业调研。董事长柯小满介绍情况。"))
    assert posts(rec, "柯小满") == [(None, "董事长")]


def test_words_of_meeting_and_a_visiting_group_end_the_words_before_an_organisation():
    rec = extract_article(art("6月17日上午,区委书记刘振华会见上海宝冶副总经理陈立新一行。"
                              "1月17日,县党政考察团在通州区副区长周晓明的陪同下参观。"))
    assert posts(rec, "陈立新") == [("上海宝冶", "副总经理")]
    assert posts(rec, "周晓明") == [("通州区政府", "副区长")]


def test_a_democratic_party_s_committee_keeps_the_party_s_name():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("7月21日,民进湖南省委常委会议召开。湖南省副省长周家明出席。"
                              "民进省委副主委陈立新、刘振华出席。民盟西川市委主委柯东来列席会议。"))
    posts = all_posts(rec)
    assert ("陈立新", "民进湖南省委", "副主委") in posts  # not the CPC's 湖南省委
    assert ("柯东来", "民盟西川市委", "主委") in posts


def test_a_prefecture_s_committee_office_and_bodies_take_its_printed_name():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("1月4日,地委召开委员会议。地委书记陈立新主持会议。地委委员、组织部长刘振华作说明。"
                              "地委副书记、地区纪委书记、地委政法委书记周晓明出席。喀什地区各县参加。"))
    posts = all_posts(rec)
    assert {("陈立新", "喀什地委", "书记"), ("刘振华", "喀什地委组织部", "部长"), ("周晓明", "喀什地区纪委", "书记"),
            ("周晓明", "喀什地委政法委", "书记")} <= posts
    rec = extract_article(art("3月23日上午,和田地委副书记、行署专员柯东来调研阿依玛克村。"))
    posts = all_posts(rec)
    assert posts == {("柯东来", "和田地委", "副书记"), ("柯东来", "和田行署", "专员")}


def test_a_congress_delegation_and_its_temporary_party_branch():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("出席自治区十三届人大四次会议的梧州代表团在梧州厅举行了第一次代表团全体会议。"
                              "会议选举陈立新为代表团团长,刘振华、周晓明为副团长。代表团还成立了临时党支部,"
                              "党员代表们一致推选陈立新为党支部书记,刘振华、周晓明为副书记。"))
    posts = all_posts(rec)
    assert {("陈立新", "梧州代表团", "团长"), ("刘振华", "梧州代表团", "副团长"),
            ("陈立新", "梧州代表团临时党支部", "书记"), ("周晓明", "梧州代表团临时党支部", "副书记")} <= posts


def test_presidium_members_an_acting_banner_head_and_an_executive_president():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("1月5日,甘肃省十三届人大四次会议主席团举行第一次会议。主席团成员陈立新、刘振华出席。"))
    posts = all_posts(rec)
    assert ("陈立新", "甘肃省十三届人大四次会议主席团", "成员") in posts
    rec = extract_article(art("5月2日,东乌珠穆沁旗旗委副书记、政府代理旗长周家明到萨麦苏木调研。"))
    posts = all_posts(rec)
    assert ("周家明", "东乌珠穆沁旗政府", "代理旗长") in posts


def test_a_command_s_posts_belong_to_the_command_never_to_the_committee_before_them():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("2月5日,鄂温克旗委书记、旗疫情防控工作总指挥陈立新主持召开会议。"
                              "旗委副书记刘振华,副指挥周晓明、柯小满出席会议。"))
    posts = all_posts(rec)
    assert ("陈立新", "鄂温克旗疫情防控工作指挥部", "总指挥") in posts
    assert ("周晓明", "鄂温克旗疫情防控工作指挥部", "副指挥") in posts
    assert not any(org == "鄂温克旗委" and title == "副指挥" for _, org, title in posts)


def test_a_host_s_locality_resolved_in_the_sentence_goes_on_in_a_visiting_paper():
    from kg.model import Article
    from kg.extract import extract_article
    from tests.support.extraction import all_posts
    text = ("5月2日,我市党政代表团来到东川市考察学习。在东川市委书记陈立新,市委副书记、市长刘振华等陪同下,"
            "代表团参观了产业园。")
    rec = extract_article(Article(title="考察学习", text=text, source="t.txt", published="2024-05-03",
                                  home="江苏省南通市西川市"))
    posts = all_posts(rec)
    assert ("刘振华", "东川市政府", "市长") in posts


def test_the_democratic_parties_provincial_committees_and_xiangguan_before_fuzeren():
    from kg.extract import extract_article
    from tests.support.extraction import all_posts, art
    rec = extract_article(art("5月21日,各民主党派湖南省委相关负责人陈立新、刘振华来到常德开展考察调研。"))
    posts = all_posts(rec)
    assert ("陈立新", "民主党派湖南省委", "负责人") in posts  # no CPC 湖南省委, no "湖南省委相关"


def test_a_verb_before_a_government_head_is_no_organisation():
    rec = extract_article(art("会议赞同市长孟庆禾所作的政府工作报告。", home="东川市"))
    assert all(org != "赞同" for org, _ in posts(rec, "孟庆禾"))


def test_a_deputy_with_no_organisation_is_a_deputy_of_the_head_printed_before():
    rec = extract_article(art("会议由区党委书记周晓明主持,管委会主任孟庆禾,党委副书记、纪委书记王连海,副主任邱文澜、周雁出席。"))
    assert posts(rec, "邱文澜") == [("管委会", "副主任")]


def test_a_sector_s_member_is_a_member_of_the_cppcc():
    text = ("1月10日下午,市政协八届三次会议举行第二次全体会议,进行大会发言。"
            "韩玉林委员代表民革某市委会作发言;经济界委员刘振华作《推动食品产业发展》的发言。")
    rec = extract_article(art(text, published="2024-01-12"))
    assert posts(rec, "刘振华") == posts(rec, "韩玉林") != []


def test_a_ministry_is_no_department_of_a_committee_printed_before():
    text = ("2月19日,自治区党委书记、人大常委会主任韩玉林会见考核组一行。"
            "考核组组长、交通运输部副部长刘振华反馈了考核意见。县委常委、社会工作部部长马德林参加。")
    rec = extract_article(art(text, published="2017-02-20"))
    assert ("交通运输部", "副部长") in posts(rec, "刘振华")
    assert ("县委社会工作部", "部长") in posts(rec, "马德林")


def test_an_association_s_officers_are_the_association_s_not_the_government_s():
    text = ("5月20日,市政协主席韩玉林出席北京某市企业商会成立大会,名誉会长马德林,会长刘振华,副会长吴秀英,"
            "理事孙国庆、赵一鸣出席活动。")
    rec = extract_article(art(text, published="2021-05-21"))
    assert posts(rec, "刘振华") == [("北京某市企业商会", "会长")]
    assert all(org != "市政协" for name in ("吴秀英", "孙国庆") for org, _ in posts(rec, name))


def test_a_day_before_a_title_is_no_organisation():
    rec = extract_article(art("8月15日县长孙国庆主持召开县政府常务会议。", published="2022-08-20"))
    assert posts(rec, "孙国庆") == [("县政府", "县长")]


def test_a_bare_bureau_after_a_named_locality_in_a_list_is_that_locality_s():
    rec = extract_article(art("4日下午,检查组来到五常市,在五常副市长孙国庆、农业局局长钱立群陪同下实地核实。",
                              published="2020-04-06"))
    assert posts(rec, "钱立群") == [("五常市农业局", "局长")]


def test_a_bare_banshichu_is_the_street_s_resolved_before():
    rec = extract_article(art("7日上午,区委书记马德林带队到人和路街道视察防汛工作,街道党工委书记孙国庆,办事处主任钱立群陪同。",
                              published="2020-07-08"))
    assert posts(rec, "钱立群") == [("人和路街道办事处", "主任")]


def test_a_cppcc_committee_printed_with_its_term_is_the_cppcc():
    rec = extract_article(art("大会选举马德林同志为县政协第十届委员会主席,选举刘振华、吴秀英两位同志为县第十届政协委员会副主席。"
                              "中国人民政治协商会议太和县第十届委员会第一次会议闭幕。", published="2021-01-10"))
    assert posts(rec, "马德林") == [("太和县政协", "主席")]
    assert posts(rec, "吴秀英") == [("太和县政协", "副主席")]


def test_zai_before_a_post_and_a_school_s_head_keep_the_unit_as_printed():
    rec = extract_article(art("随后在宝泉岭管理局党委副书记马德林的陪同下走访。新华中学副校长刘振华出席。", published="2021-03-26"))
    assert posts(rec, "马德林") == [("宝泉岭管理局党委", "副书记")]
    assert posts(rec, "刘振华") == [("新华中学", "副校长")]


def test_the_town_just_named_and_the_papers_own_county():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("9月3日,操军镇召开座谈会。该镇党委书记刘振华主持会议,该镇镇长吴秀英出席会议。"))
    assert posts(rec, "刘振华") == [("操军镇党委", "书记")]
    assert posts(rec, "吴秀英") == [("操军镇政府", "镇长")]
    rec = extract_article(art("9月3日,青石县召开座谈会。我县县长刘振华主持会议。"))
    assert posts(rec, "刘振华") == [("青石县政府", "县长")]


def test_a_bare_city_body_visiting_another_city_keeps_its_level_only():
    text = ("9月27日,市人大常委会副主任刘振华带队赴柳川市学习考察,详细了解柳川市人大常委会工作。"
            "柳川市人大常委会副主任钱立群陪同考察。")
    visit = extract_article(art(text, home="某省白杨市"))
    assert posts(visit, "刘振华") == [("市人大常委会", "副主任")]
    assert posts(visit, "钱立群") == [("柳川市人大常委会", "副主任")]
    # the paper's own city printed in full: its name
    printed = text + "白杨市人大常委会有关负责人参加。"
    assert posts(extract_article(art(printed, home="某省白杨市")), "刘振华") == [("白杨市人大常委会", "副主任")]
    # a visit inside the city, not to it: the city's name
    inside = "市委书记刘振华先后到柳川市第三小学、柳川市中医院走访。"
    assert posts(extract_article(art(inside)), "刘振华") == [("柳川市委", "书记")]


def test_a_bare_inspection_team_is_the_team_the_article_named():
    rec = extract_article(art("11月7日,省第二生态环境保护督察组进驻白杨市。督察组组长钱立群、副组长刘振华"
                              "先后深入东河流域调研。"))
    assert posts(rec, "钱立群") == [("省第二生态环境保护督察组", "组长")]
    assert posts(rec, "刘振华") == [("省第二生态环境保护督察组", "副组长")]


def test_a_region_s_bodies_printed_with_qu_on_an_autonomous_region_s_page():
    rec = extract_article(art("自治区政协召开常委会议。区政协副主席巴桑卓嘎出席会议。"))
    assert posts(rec, "巴桑卓嘎") == [("自治区政协", "副主席")]
    # a district printed: its own 区政协
    rec = extract_article(art("自治区领导到思明区调研。思明区政协主席刘振华陪同,区政协副主席巴桑卓嘎参加。"))
    assert posts(rec, "巴桑卓嘎") == [("思明区政协", "副主席")]
    # any body of the region printed with 区 (区安委会), not a district's 区委
    rec = extract_article(art("8月5日,自治区召开安全生产会议。区安委会副主任巴桑卓嘎出席。区委书记刘振华讲话。"))
    assert posts(rec, "巴桑卓嘎") == [("自治区安委会", "副主任")] and posts(rec, "刘振华") == [("区委", "书记")]
    rec = extract_article(art("我们跟随柳川市中级人民法院院长马德林走进法庭。"))
    assert posts(rec, "马德林") == [("柳川市中级人民法院", "院长")]  # 跟随 opens no organisation


def test_a_bare_local_body_takes_the_locality_of_its_chain_or_of_the_sentence_s_last_post():
    rec = extract_article(art("6月3日,霍城县召开会议。霍城县委书记马德林,县委副书记、县长刘振华,政协主席吴秀英,"
                              "人大副主任钱立群出席。县政协党组副书记、政协副主席冯家宝主持。"))
    assert posts(rec, "吴秀英") == [("霍城县政协", "主席")]  # the list's locality carries on
    assert posts(rec, "钱立群") == [("霍城县人大", "副主任")]
    assert posts(rec, "冯家宝") == [("霍城县政协党组", "副书记"), ("霍城县政协", "副主席")]  # through the party group
    # a firm's own committees, printed bare after it
    rec = extract_article(art("5月6日,油田公司召开会议。油田公司党委常委、纪委书记秦志远参加。"))
    assert posts(rec, "秦志远") == [("油田公司党委", "常委"), ("油田公司纪委", "书记")]
    # no post before it in the sentence: the body stays bare
    rec = extract_article(art("5月6日,霍城县召开会议。会议强调要落实责任。政协主席吴秀英出席。"))
    assert posts(rec, "吴秀英") == [("政协", "主席")]


def test_a_bare_head_title_after_a_town_s_committee_heads_that_town_s_government():
    rec = extract_article(art("5月6日,柳川县召开会议。青松乡党委副书记、乡长马德林参加。自治州党委副书记、州长刘振华出席。"))
    assert posts(rec, "马德林") == [("青松乡党委", "副书记"), ("青松乡政府", "乡长")]
    assert posts(rec, "刘振华") == [("自治州党委", "副书记"), ("州政府", "州长")]  # no name printed: the level only


def test_a_bare_party_group_is_the_unit_named_just_before_not_an_earlier_one_of_another_city():
    rec = extract_article(art("5月15日,柳川市政协党组副书记、副主席马德林陪同。白杨市政协主席刘振华,党组副书记、副主席吴秀英出席。"))
    assert posts(rec, "吴秀英") == [("白杨市政协党组", "副书记"), ("白杨市政协", "副主席")]


def test_words_before_a_government_head_that_are_no_place_are_no_organisation():
    rec = extract_article(art("我们认真贯彻落实市长马德林对柳川提出的指示要求。区委书记刘振华指出,要把市长马德林提出的要求落实好。"))
    assert posts(rec, "马德林") == [("市政府", "市长")]
    rec = extract_article(art("接着中国轴承工业协会常务副理事长吴秀英致辞。"))
    assert posts(rec, "吴秀英") == [("中国轴承工业协会", "常务副理事长")]


def test_a_units_discipline_commission_is_no_part_of_its_party_committee():
    rec = extract_article(art("校党委书记甲乙丙,九江市财政局局长丁戊己,校纪委书记庚辛壬出席。"))
    assert posts(rec, "庚辛壬") == [("校纪委", "书记")]


def test_a_visiting_delegations_city_printed_in_the_sentence_names_its_committee():
    text = ("12月8日,丰城市党政代表团在市委书记王建国,市委副书记、市长李立新的率领下来吉州区参观考察。"
            "代表团一行先后到吉安市市民广场、吉安市文化艺术中心参观。")
    rec = extract_article(art(text, home="江西省吉安市"))
    assert posts(rec, "王建国") == [("丰城市委", "书记")]
    assert posts(rec, "李立新") == [("丰城市委", "副书记"), ("丰城市政府", "市长")]


def test_a_chairman_after_the_region_s_party_committee_heads_its_government():
    rec = extract_article(art("4月13日,宁夏回族自治区党委书记刘振华,自治区党委副书记、主席陈立新,"
                              "自治区党委常委、副主席周晓明等来到某区。"))
    assert posts(rec, "陈立新") == [("宁夏回族自治区党委", "副书记"), ("宁夏回族自治区政府", "主席")]
    assert ("宁夏回族自治区政府", "副主席") in posts(rec, "周晓明")


def test_a_banners_short_name_names_its_committee():
    text = "8月5日,刘振华到科右前旗视察水稻生产。旗委书记陈立新陪同。"
    people = {p.name: {(q.org, q.title) for q in p.posts} for p in extract_article(art(text)).people}
    assert people["陈立新"] == {("科右前旗委", "书记")}


def test_a_home_declared_in_parts_names_the_paper_s_own_bodies():
    # a 肇东市 paper (declared "黑龙江/绥化/肇东市") that says 我市: a visitor's 绵阳市 is not its 市委
    text = "8月18日,绵阳市委常委孙志远带领考察团来我市考察。市委书记赵海平接待了考察团。"
    rec = extract_article(art(text, home="黑龙江/绥化/肇东市"))
    assert posts(rec, "赵海平") == [("市委", "书记")]
    assert posts(rec, "孙志远") == [("绵阳市委", "常委")]
    rec = extract_article(art("5月3日,肇东市委书记赵海平到昌五镇调研。", home="黑龙江/绥化/肇东市"))
    assert posts(rec, "赵海平") == [("肇东市委", "书记")]


def test_a_body_printed_twice_in_a_row_is_read_once():
    rec = extract_article(art("5月10日,贵州省毕节市委毕节市委常委、黔西县委书记赵海平到重新镇调研。"))
    assert ("毕节市委", "常委") in posts(rec, "赵海平")


def test_an_experimental_zone_s_bodies_are_its_own_not_another_zone_s():
    # 实验区 is a zone word: its 党工委 is no 区党工委 of the 示范区 printed elsewhere
    rec = extract_article(art("实验区召开发布会。实验区党工委副书记、管委会主任周晓明介绍,国务院出台建设两岸融合发展示范区的意见。"))
    assert posts(rec, "周晓明") == [("实验区党工委", "副书记"), ("实验区管委会", "主任")]


def test_a_bare_standing_member_after_the_government_s_head_is_the_party_committee_s():
    rec = extract_article(art("5月3日,鄂尔多斯市委副书记、市长孙志远,常委、副市长周晓明,市人大常委会副主任刘振华参加。"))
    assert posts(rec, "周晓明") == [("鄂尔多斯市委", "常委"), ("鄂尔多斯市政府", "副市长")]


def test_a_zone_named_for_a_county_opening_with_he_keeps_it():
    rec = extract_article(art("5月3日,呼和浩特市委副书记、市长、和林格尔新区党工委书记赵海平一行来我市考察。"))
    assert ("和林格尔新区党工委", "书记") in posts(rec, "赵海平")


def test_a_bare_section_is_the_department_s_printed_before_it():
    rec = extract_article(art("5月9日,调研组到会指导。自治区党委统战部一级巡视员冯远舟、党派处处长孙志远、干部处二级调研员周晓明出席会议。"))
    assert posts(rec, "孙志远") == [("自治区党委统战部党派处", "处长")]
    rec = extract_article(art("5月9日,区委召开会议。区委副书记、街道办事处主任周晓明出席会议。"))
    assert ("区委", "副书记") in posts(rec, "周晓明") and not any("委办事处" in o for o, _ in posts(rec, "周晓明"))


def test_a_province_printed_once_among_guests_names_no_level_only_body_of_another_homes_paper():
    text = ("5月30日,龙舟赛在碧江区隆重举行。省政协副主席刘振华出席开幕式。省文联主席陈立新,"
            "安顺市、毕节市、湖北省恩施自治州有关负责同志出席。")
    rec = extract_article(art(text, home="贵州省铜仁市碧江区"))
    assert posts(rec, "刘振华") == [("省政协", "副主席")]
    assert posts(rec, "陈立新") == [("省文联", "主席")]
    # with no home declared, or the home's own province, the printed one is the body's
    assert posts(extract_article(art(text)), "刘振华") == [("湖北省政协", "副主席")]
    assert posts(extract_article(art(text, home="湖北省恩施土家族苗族自治州")), "刘振华") == [("湖北省政协", "副主席")]
    # a visitor's city printed in the sentence of the post is its own ("丰城市代表团在市委书记X率领下")
    rec = extract_article(art("12月8日,丰城市党政代表团在市委书记刘振华带领下来吉州考察。", home="江西省吉安市"))
    assert posts(rec, "刘振华") == [("丰城市委", "书记")]


def test_a_former_deputy_dean_of_a_university_is_the_university_s():
    rec = extract_article(art("9月10日,北京化工大学原副院长冉建国,青石集团原董事长栾文华,青石大学副院长郜立新出席会议。"))
    assert posts(rec, "冉建国") == [("北京化工大学", "原副院长")]
    assert posts(rec, "栾文华") == [("青石集团", "原董事长")]
    assert posts(rec, "郜立新") == [("青石大学", "副院长")]
