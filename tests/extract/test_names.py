"""kg.extract.names: where a person's name starts and ends."""

from __future__ import annotations

from kg.extract import extract_article
from tests.support.extraction import art


def test_an_unusual_name_after_a_title_needs_to_be_printed_twice():
    text = "4月7日,旗政府召开常务会议。旗长那顺孟克主持会议并讲话。那顺孟克要求,抓好春耕备耕。"
    assert "那顺孟克" in {p.name for p in extract_article(art(text)).people}
    once = "4月7日,旗政府召开常务会议。旗长那顺孟克主持会议并讲话。"
    assert not extract_article(art(once)).people
    # a name made of known given-name elements (那仁 + 图雅) is read when printed once
    once = "4月7日,旗政府召开常务会议。旗长那仁图雅主持会议并讲话。"
    assert [p.name for p in extract_article(art(once)).people] == ["那仁图雅"]


def test_a_phrase_of_the_form_axay_is_no_name():
    from kg.extract.names import plausible_name
    assert not plausible_name("边走边看", whole_item=True)
    assert not plausible_name("边听边记", whole_item=True)
    assert plausible_name("欧阳思远", whole_item=True)


def test_two_ordinary_words_after_a_title_are_no_unusual_name():
    from kg.extract.vouched_names import read_unusual_name
    text = "海口召开区委书记月度工作点评会。首次区委书记月度工作点评会上,各区汇报。"
    assert read_unusual_name(text, text.index("月度")) is None
    text = "旗委书记那仁满都拉主持会议。那仁满都拉强调,要抓好落实。"
    assert read_unusual_name(text, text.index("那仁")) == "那仁满都拉"


def test_a_list_item_keeps_a_last_character_that_could_follow_a_name():
    from kg.extract.names import read_name

    text = "区领导储江、周永生、赵明来,区政府党组成员丁爱华出席会议。县长李强说,要抓落实。"
    assert read_name(text, text.index("赵明来")) == "赵明来"  # 来 follows no name in a list item
    assert read_name(text, text.index("李强说")) == "李强"  # after a title, 说 is what he does


def test_a_name_before_jianyao_ends_there():
    from kg.extract import extract_article
    from tests.support.extraction import art

    rec = extract_article(art("6月5日,镇长刘振华主持会议。会上,副镇长周晓简要回顾了防汛工作。"))
    assert "周晓" in {p.name for p in rec.people} and "周晓简" not in {p.name for p in rec.people}


def test_a_name_never_ends_in_de():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts

    rec = extract_article(art("2月3日,县长刘振华在副县长李四的陪同下到村调研。"))
    assert "李四" in {p.name for p in rec.people} and posts(rec, "李四") == [("县政府", "副县长")]


def test_a_phrase_of_common_words_after_a_title_is_no_unusual_name():
    from kg.extract import extract_article
    from tests.support.extraction import art

    text = ("8月5日,政协委员活动组进入园新社区,开展政协委员进社区活动。组长刘振华出席。"
            "宣传折页对委员进社区活动进行了介绍。")
    assert {p.name for p in extract_article(art(text)).people} == {"刘振华"}


def test_a_name_before_a_verb_that_follows_no_name_is_read_by_the_segmenter():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts

    rec = extract_article(art("2月3日,市委书记刘振华冒着严寒到石湾镇走访慰问。"))
    assert posts(rec, "刘振华") == [("市委", "书记")]
    rec = extract_article(art("2月3日,张家港市委书记刘振华到石湾镇调研。"))
    assert "张家港" not in {p.name for p in rec.people}


def test_a_conjunction_before_a_comma_ends_the_name():
    from kg.extract import extract_article
    from tests.support.extraction import art

    rec = extract_article(art("2月9日,县委书记刘振华,县政协主席柯文和,县委常委陈立新参加调研。"))
    assert {"刘振华", "柯文和", "陈立新"} == {p.name for p in rec.people}
    rec = extract_article(art("2月9日,县委书记刘振华和县长陈立新参加调研。"))
    assert {"刘振华", "陈立新"} == {p.name for p in rec.people}


def test_a_conjunction_before_a_comma_follows_no_name():
    from kg.extract import extract_article
    from tests.support.extraction import art

    rec = extract_article(art("推动基层和统战成员全面参与,组织安排人士开展活动。县长刘振华主持。"))
    assert {p.name for p in rec.people} == {"刘振华"}


def test_an_idiom_is_no_four_character_name_and_a_dotted_name_is_read_whole():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts

    rec = extract_article(art("来自各行各业的市人大代表肩负重托、齐聚一堂,认真履行职责。大会主席刘振华主持。"))
    assert {p.name for p in rec.people} == {"刘振华"}
    rec = extract_article(art("8月2日,县人大常委会主任努尔古丽·阿布都到石湾镇视察。"))
    assert posts(rec, "努尔古丽·阿布都") == [("县人大常委会", "主任")]
    rec = extract_article(art("会上,委员司徒建军发言。"))
    assert "司徒建军" in {p.name for p in rec.people}  # a compound surname


def test_a_frequent_word_before_a_two_character_name_is_no_part_of_it():
    from kg.extract.names import plausible_name

    assert not plausible_name("干部柯满", whole_item=True)
    assert plausible_name("欧阳振华", whole_item=True)


def test_xiang_before_the_people_told_ends_the_name():
    from kg.extract.names import read_name

    text = "书记柯满向调研人员介绍了情况。"
    assert read_name(text, 2) == "柯满"
    text = "书记王向东介绍了情况。"
    assert read_name(text, 2) == "王向东"
    text = "部长柯满对调研组的到来表示热烈欢迎。"  # 对 opens the object of a welcome
    assert read_name(text, 2) == "柯满"
    text = "区领导岳满、齐慧超、柯满随团考察。"  # 随团: going with the delegation
    assert read_name(text, text.index("柯满")) == "柯满"


def test_an_adverb_or_preposition_after_a_two_character_name_is_no_part_of_it():
    from kg.extract.names import read_name

    assert read_name("书记柯满在主持会议时提出建议。", 2) == "柯满"
    assert read_name("部长柏满也在主席台就座。", 2) == "柏满"


def test_lv_after_a_two_character_name_is_no_part_of_it():
    from kg.extract.names import read_name

    assert read_name("局长柯满率队检查。", 2) == "柯满"


def test_a_slogan_after_a_title_is_no_name():
    rec = extract_article(art("7月3日,县委书记刘振华调研时强调,坚决做到总书记有号令、党中央有部署、省委有安排。"))
    assert {p.name for p in rec.people} == {"刘振华"}  # 有 never starts a name


def test_a_word_that_is_no_name_does_not_start_one_either():
    rec = extract_article(art("5月3日,县委书记刘振华到镇调研,并主持召开座谈会,与乡镇领导班子座谈交流。"
                              "各镇和相关成员单位要严格落实领导带班制度。"))
    assert {p.name for p in rec.people} == {"刘振华"}  # 班子座, 单位 are no names


def test_a_verb_of_coming_and_a_city_is_no_name_and_newly_appointed_is_no_place():
    from tests.support.extraction import posts
    rec = extract_article(art("4月3日,新任县委书记刘振华来到荣湾湖调研。全国政协委员来六安参观考察。"))
    assert {p.name for p in rec.people} == {"刘振华"}
    assert posts(rec, "刘振华") == [("县委", "书记")]


def test_a_name_ending_in_lai_before_a_comma_and_no_name_in_a_place_and_a_word():
    from kg.extract.names import read_name
    assert read_name("组长柯东来,省卫生健康委副主任", 2) == "柯东来"
    assert read_name("、东川县主要领导和市直部门", 1) is None


def test_a_count_printed_twice_after_a_title_is_no_name():
    rec = extract_article(art("10月22日,东川县组织各镇街主要负责人共计百余人进行综合观摩。"
                              "各镇街主要负责人共计百余人参加。"))
    assert rec.people == ()


def test_qianlai_follows_a_name():
    from kg.extract.names import read_name
    assert read_name("刘振华前来我区部分重点工程", 0) == "刘振华"


def test_a_frequent_verb_and_one_character_is_no_name():
    from kg.extract.names import plausible_name
    assert not plausible_name("展开座") and not plausible_name("殷殷") and not plausible_name("殷殷嘱托", whole_item=True)
    assert plausible_name("陈立新")


def test_verb_phrases_after_a_leader_word_are_no_names_with_rare_surnames():
    from kg.extract.names import plausible_name
    rec = extract_article(art("3月12日,在东川公园植树点,县委书记孟庆禾等县领导挥锹铲土、扶苗围堰、提水浇灌,认真完成每一道工序。"))
    assert [p.name for p in rec.people] == ["孟庆禾"]
    assert not plausible_name("挥锹铲土", whole_item=True)
    assert plausible_name("拉巴顿珠", whole_item=True) and plausible_name("扎西多吉", whole_item=True)


def test_a_five_character_name_set_off_by_a_comma_is_one_name():
    from kg.extract.names import read_name
    text = "市委副书记、代市长斯琴图力古,副市长周晓明陪同。"
    assert read_name(text, text.index("斯")) == "斯琴图力古"
    text = "局长周晓明到会,"
    assert read_name(text, text.index("周")) == "周晓明"
    text = "书记孟庆禾冒着严寒,"
    assert read_name(text, text.index("孟")) == "孟庆禾"
    text = "旗长孟庆敬献了哈达,"
    assert read_name(text, text.index("孟")) != "孟庆敬献了哈达"


def test_a_name_before_suo_zuo_and_a_verb_of_coming_before_a_town():
    rec = extract_article(art("州委副书记、州长孟庆禾所作的上半年经济社会发展报告让与会者感受到信心。"))
    assert [p.name for p in rec.people] == ["孟庆禾"]
    rec = extract_article(art("7月8日,副区长周晓明率有关部门负责人来安亭,调研在建项目推进情况。"))
    assert [p.name for p in rec.people] == ["周晓明"]
    assert "建项目" not in rec.events[0].places


def test_a_name_with_no_listed_surname_set_off_by_a_comma_after_its_title():
    rec = extract_article(art("旗委副书记孟庆禾,旗人大常委会主任宝音达来,旗政协主席周晓明出席。"))
    assert "宝音达来" in {p.name for p in rec.people}
    rec = extract_article(art("市委常委周晓明在班子座谈中,强调要抓好落实。会议要求领导班子座谈中,统一思想。"))
    assert all("座谈" not in p.name for p in rec.people)


def test_coming_to_a_place_before_a_visit_verb_is_no_name():
    from kg.extract.names import read_name
    text = "深入学习贯彻总书记来陕考察重要讲话精神"
    assert read_name(text, text.index("来陕")) is None
    text = "会议学习了总书记来川来广视察重要指示精神"
    assert read_name(text, text.index("来川")) is None
    text = "深入学习总书记历次来陕考察重要讲话精神"
    assert read_name(text, text.index("历次")) is None


def test_a_name_never_ends_with_a_district_s_qu():
    from kg.extract.names import plausible_name
    assert not plausible_name("檀社区", delimited=True)
    assert plausible_name("邹文镇", delimited=True)  # 镇 still ends a delimited three-character name


def test_a_name_before_zhongyao_and_a_name_never_ending_in_zuo_before_it():
    from kg.extract.names import read_name
    text = "特别是县委书记马德林重要讲话精神"  # 重要讲话 follows the name
    assert read_name(text, text.index("马德林")) == "马德林"
    text = "省委副书记、代省长韩玉林作重要讲话"  # 作 is the verb, no third character of the name
    assert read_name(text, text.index("韩玉林")) == "韩玉林"
    text = "代省长钱立作重要讲话"
    assert read_name(text, text.index("钱立")) == "钱立"


def test_xiansheng_follows_a_name():
    from kg.extract.names import read_name
    text = "集团董事局副主席韩玉林先生致辞"
    assert read_name(text, text.index("韩玉林")) == "韩玉林"


def test_a_doubled_first_character_starts_no_name():
    from kg.extract.names import plausible_shape
    from kg.extract.vouched_names import read_unusual_name
    assert not plausible_shape("殷殷嘱托")
    text = "重温总书记殷殷嘱托,再掀热潮。重温总书记殷殷嘱托,进一步激发"
    assert read_unusual_name(text, text.index("殷殷")) is None


def test_yu_before_a_date_opens_the_date_and_ends_the_name():
    from kg.extract.names import read_name
    text = "市林业局局长刘振华于4月2日检查了防火工作。副局长钱立于4月2日检查了方正县。副县长于洋于近日主持会议。"
    assert read_name(text, text.index("刘振华")) == "刘振华"
    assert read_name(text, text.index("钱立")) == "钱立"
    assert read_name(text, text.index("于洋")) == "于洋"  # 于 the surname, then 于 before the date


def test_a_tibetan_name_after_a_title_is_read_whole():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("3月5日,代表团举行全体会议。自治区人大常委会主任索朗旺堆,"
                              "自治区政协副主席巴桑卓嘎出席会议。县委副书记旦增曲扎主持会议。"))
    assert posts(rec, "索朗旺堆") == [("自治区人大常委会", "主任")]
    assert posts(rec, "巴桑卓嘎") == [("自治区政协", "副主席")]
    assert posts(rec, "旦增曲扎") == [("县委", "副书记")]


def test_vice_chairman_of_the_standing_committee_is_a_title():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("3月5日,代表团举行全体会议。全国人大常委会副委员长刘振华参加审议。"))
    assert posts(rec, "刘振华") == [("全国人大常委会", "副委员长")]


def test_a_two_character_name_before_tandao_or_tanji_ends_before_the_verb():
    for verb in ("谈到", "谈及", "提到"):
        rec = extract_article(art(f"3月5日,市政协召开会议。市政协委员钱立{verb}报告中的民生问题。"))
        assert [p.name for p in rec.people] == ["钱立"]


def test_a_name_may_end_in_a_place_word_when_a_follower_comes_next():
    rec = extract_article(art("1月29日,州长钱立镇在白杨市调研。县长韩镇先后来到桥市、汴河两个乡镇。"))
    assert {"钱立镇", "韩镇"} <= {p.name for p in rec.people}
    # a town of the gazetteer is no name
    assert "青石镇" not in {p.name for p in extract_article(art("县长青石镇先后来到桥市。")).people}


def test_a_name_before_liangci_or_an_unusual_name_before_peitong():
    rec = extract_article(art("调研期间,市委副书记钱立两次到驻地看望调研组同志。"))
    assert [p.name for p in rec.people] == ["钱立"]
    rec = extract_article(art("旗委常委、政法委书记巴桑卓嘎,政府副旗长朝鲁门陪同。"))
    assert "朝鲁门" in {p.name for p in rec.people}


def test_a_rare_surname_name_set_off_by_chuanda_or_deng():
    rec = extract_article(art("州委副书记茶立群传达了省委有关会议精神。区长恽立新等区委常委出席会议。"))
    assert {"茶立群", "恽立新"} <= {p.name for p in rec.people}
    rec = extract_article(art("会议要求,政协委员发挥表率作用。"))
    assert rec.people == ()  # 表率: no name set off by 率


def test_a_two_character_name_before_a_verb_of_bringing_along_ends_before_it():
    rec = extract_article(art("3月31日,区委副书记、区长钱立带同区应急、消防等部门负责人检查企业。"))
    assert [p.name for p in rec.people] == ["钱立"]


def test_a_particle_is_in_no_given_name_and_a_dai_name_opens_with_yan():
    rec = extract_article(art("会议传达学习了看望民建工商联界委员时的重要讲话精神。"))
    assert rec.people == ()
    rec = extract_article(art("12月9日,由县人大常委会党组书记、主任岩恩带队的代表小组开展视察。"))
    assert [p.name for p in rec.people] == ["岩恩"]


def test_a_name_before_the_word_of_command_and_after_suizhe():
    rec = extract_article(art("随着柳川市副市长钱立一声令下,现场机器轰鸣。"))
    assert [(p.name, [(q.org, q.title) for q in p.posts]) for p in rec.people] == [("钱立", [("柳川市政府", "副市长")])]


def test_an_inspection_word_then_a_character_is_no_name_of_a_rare_surname():
    from kg.extract.names import plausible_name
    assert not plausible_name("巡河时", delimited=True)  # "河长巡河时,": the river chief's patrol
    assert plausible_name("那仁图", delimited=True)
    record = extract_article(art("县级总河长张三察看了河道。河长巡河时,要善于发现问题。"))
    assert [p.name for p in record.people] == ["张三"]


def test_a_frequent_adverb_after_a_surname_character_is_no_given_name():
    from kg.extract.names import plausible_name
    assert not plausible_name("都认真", followed=True)  # "领导都认真听取"
    assert plausible_name("周同意", delimited=True)  # "贫困户周同意、": set off, a name


def test_a_soft_last_character_stays_in_a_name_before_yiji():
    from kg.extract.names import read_name
    text = "县人大常委会副主任张明将以及相关负责同志参加。"
    assert read_name(text, text.index("张")) == "张明将"
    text = "县委书记张三将出席会议。"
    assert read_name(text, text.index("张")) == "张三"


def test_a_name_printed_whole_elsewhere_is_not_run_on_into_a_verb():
    from kg.extract.names import read_name
    text = "县委常委、宣传部部长张岩一行深入调研。宣传部长张岩听完汇报后作了讲话。"
    assert read_name(text, text.rindex("张岩")) == "张岩"


def test_sui_is_a_surname():
    rec = extract_article(art("市人大常委会党组书记、主任睢明出席。"))
    assert [p.name for p in rec.people] == ["睢明"]


def test_a_name_run_on_into_a_known_countys_unit_ends_before_it():
    rec = extract_article(art("市水利服务中心副主任王鹏飞盘山县水利局局长李立新陪同检查。"))
    assert [p.name for p in rec.people] == ["王鹏飞", "李立新"]


def test_two_characters_of_a_rare_surname_between_a_title_and_a_comma_are_a_name():
    text = ("5月3日,县委书记刘振华主持召开会议。县委常委、宣传部长冬雅,县政协副主席福岚,县长陈立新出席会议。"
            "县第十八届人民代表大会代表现为354名。")
    people = {p.name: {(q.org, q.title) for q in p.posts} for p in extract_article(art(text)).people}
    assert people["冬雅"] == {("县委", "常委"), ("县委宣传部", "部长")}
    assert people["福岚"] == {("县政协", "副主席")}
    assert "现为" not in people  # 代表 is also "on behalf of": no title before a name here
    # without a title before it, or with no comma after it, a two-character word is no name
    assert "福岚" not in {p.name for p in extract_article(art("5月3日,县长陈立新看望福岚,了解情况。")).people}
    assert "冬雅" not in {p.name for p in extract_article(art("5月3日,宣传部长冬雅一行到村调研。")).people}


def test_a_closing_quote_does_not_set_off_an_unusual_name():
    # “…委员话良策”: a slogan in quotes, a verb and its object after a title, no rare-surname name
    text = "8月5日,县政协围绕“建言规划委员话良策”“助力乡村振兴委员进百村”等主题开展调研。县政协主席周晓明参加调研。"
    assert [p.name for p in extract_article(art(text)).people] == ["周晓明"]


def test_no_name_ends_with_the_particle_le():
    rec = extract_article(art("5月18日上午,庆祝大会在会堂隆重举行。大会由区委副书记、区长周晓明主持。市委副书记孙志远代表"
                              "市委宣读了贺信。与会代表观看了“飞得更高”专题片:1956年8月17日,经国务院批准成立。"))
    assert [p.name for p in rec.people] == ["周晓明", "孙志远"]  # 代表 is no title of 观看了


def test_a_verb_and_its_object_after_a_leader_word_is_no_rare_surname_name():
    from kg.extract.names import plausible_name

    assert not plausible_name("看展板", delimited=True)  # "等省领导看展板、听介绍"
    assert not plausible_name("听介绍", delimited=True)


def test_dai_is_a_surname_and_jiezhe_follows_a_name():
    from kg.extract.names import plausible_name
    assert plausible_name("代敏")  # 代: a surname, as in 代敏 (not only 代市长, acting)
    rec = extract_article(art("4月15日,市人大常委会副主任、经开区党工委书记代敏带队调研。县委书记代表县委讲话。"))
    assert {p.name for p in rec.people} == {"代敏"}  # 代表 stays a word
    rec = extract_article(art("9月26日,市委副书记、副市长孙志远接着主持召开会议。"))
    assert {p.name for p in rec.people} == {"孙志远"}  # 接着 follows the name


def test_a_name_opening_with_xiang_set_off_by_a_visit_verb():
    rec = extract_article(art("8月17日,区委书记向业顺深入景区调研。县长向群众深入宣传政策。"))
    assert {p.name for p in rec.people} == {"向业顺"}  # 深入 sets the name off; 向群众: 群众 is a common word
    rec = extract_article(art("8月17日,企业负责人交流时指出,要发挥表率作用。"))
    assert not rec.people  # 交流时: 交流 is a common word; 表率: 率 sets off nothing


def test_a_name_ends_before_cheng_and_ze():
    from kg.extract.names import read_name

    text = "省人大常委会副主任、民革省委员会主委刘振华称,多年来民革省委努力。"
    assert read_name(text, text.index("刘振华")) == "刘振华"  # 称 (says) follows the name
    text = "区政协委员、青石汽车销售服务有限公司总经理赵海则从企业视角出发,提出建议。"
    assert read_name(text, text.index("赵海")) == "赵海"  # 则 (for his part) ends no name of three


def test_canyu_follows_a_name_and_a_very_common_noun_is_none():
    from kg.extract.names import plausible_name, read_name

    text = "县人大常委会副主任刘振华、专委委员周晓明参与视察。"
    assert read_name(text, text.index("周晓明")) == "周晓明"  # 参与 (takes part) follows the name
    assert not plausible_name("全面", followed=True)  # "成员全面参与": a very common noun, no 全 + given name
    assert plausible_name("高峰", followed=True)  # a name that is also a word of the dictionary


def test_a_very_common_word_opens_no_name_of_three():
    from kg.extract.names import plausible_shape

    assert not plausible_shape("工作会")  # "河长工作会,副镇长X": 工作 is a word, not a surname and a name
    assert plausible_shape("文学林")  # a name may open with a word of the dictionary


def test_a_word_and_shi_is_a_time_not_a_name():
    from kg.extract.names import plausible_name

    assert not plausible_name("座谈时", delimited=True)  # "委员、顾问座谈时,": a time, no rare-surname name


def test_a_two_character_name_before_qinfu_or_maoyu_ends_before_it():
    rec = extract_article(art("市委政法委书记钱立亲赴一线督导检查防汛工作。"))
    assert [p.name for p in rec.people] == ["钱立"]
    rec = extract_article(art("8月12日,市委常委、政法委书记钱立冒雨赶赴辽中区督导。"))
    assert [p.name for p in rec.people] == ["钱立"]
