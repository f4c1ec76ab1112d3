"""kg.extract.roles: the roles a person's verbs give at an event."""

from __future__ import annotations

from kg.extract.roles import is_object, roles_for, verbs_after
from kg.extract.events import PersonSpan
from kg.extract import extract_article
from tests.support.extraction import art, roles


def _after(text: str, name: str) -> list[str]:
    start = text.index(name) + len(name)
    return verbs_after(text, start, len(text), len(text))


def test_the_first_clause_with_role_verbs_gives_the_kinds():
    assert _after("王某某主持会议并讲话。", "王某某") == ["chair", "speak"]
    # a clause without role verbs is passed over; the one after it counts
    assert _after("王某某一行,在会上强调,要抓好落实。", "王某某") == ["speak"]


def test_a_joined_clause_goes_on_with_the_same_subject_and_another_clause_stops():
    assert set(_after("王某某察看了现场,并提出要求。", "王某某")) == {"inspect", "speak"}
    assert _after("王某某察看了现场,李某某提出要求。", "王某某") == ["inspect"]


def test_a_report_heard_is_not_the_listener_speaking():
    kinds = _after("王某某听取了工作汇报。", "王某某")
    assert "speak" not in kinds and "inspect_heard" in kinds


def test_kinds_become_roles_by_event_type():
    assert roles_for(["chair"], "meeting") == ["chaired", "attended"]
    assert roles_for(["speak"], "meeting") == ["spoke", "attended"]
    assert roles_for(["speak"], "inspection") == ["spoke"]
    assert roles_for(["attend"], "inspection") == ["inspected"]
    assert roles_for(["accompany", "inspect"], "inspection") == ["accompanied"]
    assert roles_for(["inspect"], "other") == ["attended"]
    assert roles_for(["inspect"], "meeting") == []


def test_the_object_of_a_clause_and_a_person_quoted_take_no_role():
    text = "会议传达了王某某的讲话精神。李某某向王某某汇报工作。赵某某主持会议。"
    def span(name: str, nth: int = 0) -> PersonSpan:
        i = -1
        for _ in range(nth + 1):
            i = text.index(name, i + 1)
        return PersonSpan(name, i, i, i + len(name))
    assert is_object(text, 0, span("王某某"))
    assert is_object(text, 0, span("王某某", 1))
    assert not is_object(text, 0, span("赵某某"))


def test_an_opening_or_closing_address_is_speaking():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles

    rec = extract_article(art("9月27日,镇人代会闭幕。镇党委书记刘振华致闭幕词,要求全镇干部努力工作。"))
    assert roles(rec, "刘振华") >= {"spoke"}
    assert _after("刘振华致开幕词。", "刘振华") == ["speak"]


def test_a_subject_s_tail_is_no_clause_of_its_own():
    assert _after("刘振华等各级领导,来到植树现场,与干部一起植树。", "刘振华") == ["inspect"]
    assert _after("刘振华一行,察看了现场。", "刘振华") == ["inspect"]
    assert _after("刘振华,要求各地抓好落实。", "刘振华") == ["speak"]  # no tail: as before


def test_jiangle_and_a_titled_report_are_speaking():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles

    rec = extract_article(art("5月5日,副市长刘振华率团考察。\n刘振华也讲了具体意见。"))
    assert "spoke" in roles(rec, "刘振华")
    rec = extract_article(art("5月5日,某市召开会议。会议还邀请某大学教授陈立新作《宏观经济热点》报告。"))
    assert "spoke" in roles(rec, "陈立新")


def test_a_clause_opening_with_a_verb_of_speaking_goes_on_with_the_subject():
    rec = extract_article(art("6月20日,县长刘振华主持召开县政府常务会议,传达学习上级会议精神。"
                              "县人大常委会副主任陈立新参加会议,提出工作要求。"))
    assert roles(rec, "陈立新") == {"attended", "spoke"}
    assert roles(rec, "刘振华") == {"chaired", "attended"}  # 传达学习: what the meeting did


def test_the_one_who_sends_a_deputy_is_named_with_no_role():
    from tests.support.extraction import posts
    rec = extract_article(art("3月5日,受市政协主席刘振华委托,市政协副主席陈立新出席会议并讲话。"
                              "市政协主席督办案实施工作同时启动。"))
    assert posts(rec, "刘振华") == [("市政协", "主席")]
    assert roles(rec, "刘振华") == set()
    assert roles(rec, "陈立新") == {"attended", "spoke"}
    assert {p.name for p in rec.people} == {"刘振华", "陈立新"}  # 督办案 is no name


def test_who_convenes_a_meeting_attends_it_and_only_zhuchi_chairs():
    rec = extract_article(art("6月22日,县政协主席孟庆禾在东川召开包村长会议,调度防汛工作。"))
    assert roles(rec, "孟庆禾") == {"attended"}
    rec = extract_article(art("6月22日,县长孟庆禾出席在县委召开的会议。"))
    assert roles(rec, "孟庆禾") == {"attended"}
    from kg.extract.roles import verb_kinds
    assert "attend" not in verb_kinds("。全县防汛工作会议召开。")


def test_people_accompanied_by_staff_are_the_visitors():
    rec = extract_article(art("9月17日,孟庆禾、周晓明等16位原市级领导,在市委老干部局工作人员陪同下,首先来到了东川镇,考察了万亩基地。"))
    assert roles(rec, "孟庆禾") == {"inspected"}


def test_people_called_on_at_home_named_before_their_kind_take_no_role():
    text = ("1月13日上午,县委书记、县长刘振华率队走访看望退休老干部,向他们致以诚挚问候与美好祝福。"
            "县领导赵一鸣、钱家宝参加活动。\n刘振华一行先后来到马德林、吴秀英、孙国庆等老干部家中,与他们亲切交谈,"
            "介绍全县经济社会发展情况。\n老同志们对县委、县政府的关心慰问表示衷心感谢。")
    rec = extract_article(art(text, published="2026-01-14"))
    assert roles(rec, "刘振华") >= {"inspected"}
    assert {p.name for p in rec.people} >= {"马德林", "吴秀英", "孙国庆"}
    assert all(roles(rec, n) == set() for n in ("马德林", "吴秀英", "孙国庆"))
    text = ("1月13日,县委书记刘振华主持召开老干部座谈会。老干部们认真听取了工作汇报,"
            "马德林、吴秀英、孙国庆等老干部代表先后发言,积极建言献策。")
    assert "spoke" in roles(extract_article(art(text, published="2026-01-14")), "吴秀英")


def test_a_short_quoted_name_inside_a_clause_is_no_clause_break():
    assert _after("王某某主持会议并就“八大环境”工作进行安排部署。", "王某某") == ["chair", "speak"]
    assert _after("王某某主持会议。“八大环境”工作要抓好", "王某某") == ["chair"]
    assert _after("王某某作“学习中共党史 坚守合作初心”专题讲座。", "王某某") == ["speak"]  # a lecture's title


def test_a_clause_opening_with_an_adverb_goes_on_with_the_same_subject():
    assert _after("王某某走访了某某股份有限公司,认真倾听企业的发展思路,表示将继续当好服务员。", "王某某") == ["inspect", "speak"]
    assert _after("王某某主持召开常委会会议,认真学习贯彻重要讲话精神,研究部署工作。", "王某某") == ["chair"]


def test_going_with_the_delegation_is_taking_part():
    assert _after("县政协主席候选人王某某等随团观摩。", "王某某") == ["attend"]


def test_a_topic_then_a_verb_of_speaking_goes_on_with_the_chair():
    from kg.extract.roles import verbs_after
    text = "主持会议,就落实好大讨论活动提出具体要求。"
    assert "speak" in verbs_after(text, 0, len(text), len(text))
    text = "主持会议,就业形势总体稳定。"  # 就业 is no topic
    assert "speak" not in verbs_after(text, 0, len(text), len(text))


def test_officials_of_a_unit_visited_host_the_visit():
    from kg.extract.roles import as_hosts
    roles = {"马德林": ["inspected"], "刘振华": ["inspected", "spoke"], "吴秀英": ["inspected"]}
    evidence = {(n, r): (0, 1) for n, rs in roles.items() for r in rs}
    orgs = {"马德林": ["检察院"], "刘振华": ["新华中学党委"], "吴秀英": ["东山镇党委"]}
    as_hosts(roles, evidence, ["新华中学"], orgs)
    assert roles == {"马德林": ["inspected"], "刘振华": ["accompanied", "spoke"], "吴秀英": ["inspected"]}
    assert ("刘振华", "accompanied") in evidence and ("刘振华", "inspected") not in evidence
    roles = {"马德林": ["inspected"], "吴秀英": ["inspected"]}
    as_hosts(roles, {(n, "inspected"): (0, 1) for n in roles}, ["东山镇政府"], {"吴秀英": ["东山镇政府"]})
    assert roles["吴秀英"] == ["inspected"]  # a town's officials may tour with the visitor


def test_witnessing_a_signing_or_unveiling_a_plaque_is_attending():
    rec = extract_article(art("10月14日上午,战略合作框架协议签约仪式暨示范点揭牌仪式在林场举行。局长马德林,市委书记刘振华"
                              "出席仪式并分别讲话;还与市长吴秀英,副市长孙国庆共同见证签约仪式。市委副书记钱立群与马德林共同揭牌。",
                              published="2021-10-15"))
    assert "attended" in roles(rec, "吴秀英") and "attended" in roles(rec, "孙国庆")
    assert "attended" in roles(rec, "钱立群")


def test_officials_who_lead_the_crowd_at_an_activity_attend_it():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("3月19日,在青石镇一场义务植树活动热烈展开。区委书记刘振华,区人大常委会主任吴秀英等"
                              "区领导带领着80余名党员干部齐聚于此,挥锹铲土。"))
    (ev,) = rec.events
    assert ev.type == "other"
    assert {(p.name, p.role) for p in ev.participants} == {("刘振华", "attended"), ("吴秀英", "attended")}


def test_leading_the_study_of_a_text_is_speaking():
    rec = extract_article(art("3月2日,区政府党组召开会议。区长刘振华主持会议。副区长钱立群、韩玉林分别领学了有关文件。"))
    assert {"attended", "spoke"} <= roles(rec, "钱立群") and "spoke" in roles(rec, "韩玉林")


def test_a_report_made_with_its_title_between_and_an_analysis_are_speaking():
    rec = extract_article(art("3月5日,县委召开全会。会议由县委书记刘振华主持。县长钱立群向全会作了《关于发展的报告》的报告。"
                              "局党委委员韩玉林就全县高考成绩进行了分析。"))
    assert "spoke" in roles(rec, "钱立群") and "spoke" in roles(rec, "韩玉林")


def test_calling_on_and_praising_are_speaking():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("5月6日,区政协主席马德林到柳川镇调研。马德林充分肯定了柳川镇的工作。区侨联主席刘振华号召大家积极参与。"))
    assert "spoke" in roles(rec, "马德林") and "spoke" in roles(rec, "刘振华")
    rec = extract_article(art("5月6日,区政协主席马德林到柳川镇调研。马德林认为,柳川镇的工作扎实有效。"))
    assert "spoke" in roles(rec, "马德林")


def test_watching_a_drill_or_a_demonstration_is_attending():
    from kg.extract import extract_article
    from tests.support.extraction import art, roles
    rec = extract_article(art("5月6日,柳川镇举行防汛应急演练。副县长马德林观摩了演练。"))
    assert "attended" in roles(rec, "马德林")


def test_a_title_holding_a_verb_is_no_verb_and_answering_reporters_is_speaking():
    from kg.extract.roles import verb_kinds
    assert verb_kinds(",县委常委、宣传部部长、新闻发言人") == []  # a spokesperson, no speech
    assert verb_kinds("分别围绕民生改善等领域答记者问。") == ["speak"]
    assert verb_kinds("并回答记者提问") == ["speak"]


def test_giving_a_lecture_and_talking_freely_are_speaking():
    from kg.extract.roles import verb_kinds
    assert verb_kinds("主讲。") == ["speak"]
    assert verb_kinds("等8位委员畅谈感受") == ["speak"]


def test_who_chairs_a_forum_during_a_visit_chairs_it():
    assert roles_for(["chair", "speak"], "inspection") == ["chaired", "spoke"]
    assert roles_for(["accompany", "chair"], "inspection") == ["accompanied", "chaired"]
    assert roles_for(["inspect", "chair"], "inspection") == ["inspected", "chaired"]


def test_who_made_the_report_spoke():
    from kg.extract.roles import verb_kinds
    assert verb_kinds("所作的上半年全州经济社会发展报告让每一位与会者感受到") == ["speak"]
    assert verb_kinds("所作的贡献") == []  # a contribution, no speech
    assert verb_kinds("作专题讲座") == ["speak"] and verb_kinds("作了专题辅导") == ["speak"]  # gives a lecture
    assert verb_kinds("作出贡献") == [] and "speak" not in verb_kinds("作为讲座嘉宾出席")


def test_going_along_is_taking_part():
    from kg.extract.roles import verb_kinds
    assert verb_kinds("先后随同。") == ["attend"]
    assert roles_for(["attend"], "inspection") == ["inspected"]


def test_hosts_who_welcome_the_visitors_accompany_them():
    rec = extract_article(art("5月3日,省委常委孙志远率考察团来我市考察。市委书记赵海平,市长周晓明在宾馆迎接考察团。"
                              "考察团先后来到东川村、西山村调研。"))
    assert ("accompanied" in roles(rec, "赵海平")) and "inspected" not in roles(rec, "周晓明")


def test_a_joint_statement_of_two_speaks_for_each_of_them():
    rec = extract_article(art("9月20日上午,区政法委书记孙志远、副区长赵海平先后到东川村、西山村检查。二人要求,要加强隐患排查。"))
    assert "spoke" in roles(rec, "孙志远") and "spoke" in roles(rec, "赵海平")


def test_encouraging_and_praising_the_hosts_is_speech():
    rec = extract_article(art("9月24日,市统计局局长刘振华赴烟溪镇调研。刘振华勉励他们抓实抓细各项工作。"))
    assert roles(rec, "刘振华") == {"inspected", "spoke"}
    rec = extract_article(art("5月6日,县长周晓明到企业调研。周晓明鼓励企业加大研发力度。"))
    assert roles(rec, "周晓明") == {"inspected", "spoke"}


def test_a_clause_that_praises_a_topic_goes_on_with_the_same_subject():
    rec = extract_article(art("9月24日,局长刘振华赴烟溪镇调研。刘振华听取了汇报,对镇里的工作给予肯定,并要求他们抓实抓细。"))
    assert roles(rec, "刘振华") == {"inspected", "spoke"}


def test_explaining_and_mentioning_are_speaking():
    rec = extract_article(art("3月5日,副市长刘振华到青石镇调研人居环境整治工作。镇人居办主任陈立新讲解了整治方案。"
                              "刘振华提到,要持续改善农村人居环境。"))
    assert "spoke" in roles(rec, "陈立新")
    assert "spoke" in roles(rec, "刘振华")


def test_telling_sharing_and_a_congratulation_are_speaking():
    rec = extract_article(art("9月10日,青石乡举办重阳节活动。乡党委书记刘振华出席活动。村党支部书记陈立新分享了秋种经验,"
                              "村委会主任谢海平讲述了村里的变化。县长冯远舟致贺辞。"))
    for name in ("陈立新", "谢海平", "冯远舟"):
        assert "spoke" in roles(rec, name)


def test_watching_unveiling_and_presenting_are_taking_part():
    rec = extract_article(art("3月10日,启园开园仪式举行。仪式上,区委书记冯远舟,市绿化局副局长刘振华共同为“启园”揭幕。"))
    assert "attended" in roles(rec, "冯远舟") and "attended" in roles(rec, "刘振华")
    rec = extract_article(art("8日上午,省文化厅厅长冯远舟与机关干部职工一起,在厅机关收看了大会开幕式。"))
    assert "attended" in roles(rec, "冯远舟")
    rec = extract_article(art("7月3日,县人大常委会任命50名人民陪审员,县人大常委会主任谢海平为人民陪审员颁发了任命书。"))
    assert "attended" in roles(rec, "谢海平")
