"""kg.extract.named_heads: people printed with their title after the name."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.hits import PersonHit
from kg.extract.named_heads import honorific_heads
from tests.support.extraction import art, posts


def test_a_government_head_printed_after_the_name():
    text = "2021年1月11日上午,刘振华区长主持召开区政府常务会议。"
    (h,) = honorific_heads(text, [])
    assert (h.name, [(p.org, p.title) for p in h.posts]) == ("刘振华", [("", "区长")])
    # a leader quoted (总书记) or a head with no role verb after the title is not read
    assert honorific_heads("会议传达了刘振华总书记重要讲话精神。", []) == []
    assert honorific_heads("会上,陈立新县长的讲话精神得到传达。", []) == []


def test_government_heads_whose_instructions_are_relayed_are_people_with_no_role():
    text = "督查组指出,要认真贯彻落实陈立新省长、周晓明市长的重要批示要求。"
    assert [(h.name, [p.title for p in h.posts]) for h in honorific_heads(text, [])] == [
        ("陈立新", ["省长"]), ("周晓明", ["市长"])]
    # a short form of someone already found is no new person
    assert honorific_heads("要贯彻落实振华省长的批示。", [PersonHit("刘振华", 0, 3, [])]) == []
    rec = extract_article(art("3月5日,县委书记刘振华主持召开会议。刘振华指出,要认真贯彻落实陈立新省长、周晓明市长的重要批示要求。"))
    assert posts(rec, "周晓明") == [("市政府", "市长")]
    assert {p.name for e in rec.events for p in e.participants} == {"刘振华"}  # quoted, not present


def test_a_verb_ending_in_hui_before_a_name_and_title_is_no_body():
    rec = extract_article(art("会议要求,要认真学习领会钱立群书记在大会上的讲话精神。旗委书记刘振华主持会议。"))
    assert all(q[0] != "领会" for q in posts(rec, "钱立群"))


def test_a_government_head_printed_before_the_title_then_zai():
    rec = extract_article(art("会议集体学习了重要讲话精神;钱立群市长在全市现场推进会上的讲话精神。"))
    assert posts(rec, "钱立群") == [("市政府", "市长")]


def test_the_publisher_called_wo_wei_is_no_body_written_out():
    rec = extract_article(art("5月29日,常务副市长刘振华带领市政府副秘书长韩玉林、我委钱立群副主任,深入柳川县调研。"))
    assert posts(rec, "钱立群") == []  # 我委: the publishing commission, not named


def test_a_government_head_printed_before_the_title_then_peitong():
    rec = extract_article(art("3月5日,市安委会督查组对思明区安全生产工作进行督查,钱立群副区长陪同督查。"))
    assert posts(rec, "钱立群") == [("思明区政府", "副区长")]


def test_leaders_named_between_body_and_title_whose_words_are_relayed():
    rec = extract_article(art("会议认真贯彻落实省委孙国庆书记、市委钱立群书记重要讲话精神。"))
    assert posts(rec, "孙国庆") == [("省委", "书记")] and posts(rec, "钱立群") == [("市委", "书记")]
    rec = extract_article(art("会议邀请了柳川市地方志办公室原副主任、调研员马德林讲课。"))
    assert [p.name for p in rec.people] == ["马德林"]  # 办公室: no name after its 办


def test_a_sentence_opening_with_a_name_that_attends_and_speaks():
    rec = extract_article(art("2月15日上午,开发区召开工作总结大会。马德林出席会议并讲话。马德林指出,要抓好落实。"))
    assert [(p.name, p.posts) for p in rec.people] == [("马德林", ())]
    assert {(x.name, x.role) for x in rec.events[0].participants} == {("马德林", "attended"), ("马德林", "spoke")}
    rec = extract_article(art("2月15日上午,开发区召开工作总结大会。会议出席并讲话的有关领导。"))
    assert rec.people == ()


def test_a_former_deputy_title_after_a_body_is_no_name_between_them():
    from kg.extract.named_heads import body_named_heads
    assert body_named_heads("中央统战部原副部长、国家民委原主任甲乙丙,吉林省委常委出席。", []) == []
    found = body_named_heads("市委王建国书记在会上讲话。", [])
    assert [(h.name, h.posts[0].title) for h in found] == [("王建国", "书记")]


def test_a_government_head_printed_between_the_government_and_the_title():
    from kg.extract.named_heads import body_named_heads
    found = body_named_heads("县委陈一民书记、县政府符明远县长等领导出席了会议。", [])
    assert [(h.name, h.posts[0].org, h.posts[0].title) for h in found] == [
        ("陈一民", "县委", "书记"), ("符明远", "县政府", "县长")]


def test_a_name_between_its_body_and_title_before_a_visit_verb():
    rec = extract_article(art("3月3日,区政府刘振华副区长走访服务企业。白杨县委陈立新书记陪同调研。"))
    assert posts(rec, "刘振华") == [("区政府", "副区长")]
    assert posts(rec, "陈立新") == [("白杨县委", "书记")]


def test_a_unit_head_printed_after_the_name_takes_the_unit_of_that_kind_named_before():
    text = ("3月6日,市长刘振华深入白杨消防支队开展调研。当天,刘振华在陈立新政委和周明支队长的陪同下参观了营区。"
            )
    found = {h.name: [(p.org, p.title) for p in h.posts] for h in honorific_heads(text, [])}
    assert found["周明"] == [("白杨消防支队", "支队长")]
    assert found["陈立新"] == []  # 政委 of what unit is not said
    # "周晓明副局": a name and a title's first character, no bureau of its own
    found = {h.name: [(p.org, p.title) for p in h.posts]
             for h in honorific_heads("会议由周晓明副局长介绍情况,陈立新局长主持会议。", [])}
    assert found == {"陈立新": []}


def test_a_name_between_its_body_and_title_before_a_verb_of_relaying():
    rec = extract_article(art("4月1日,某县召开会议。会上,县经信局刘振华局长宣读了实施方案。"))
    assert posts(rec, "刘振华") == [("县经信局", "局长")]


def test_the_first_named_of_a_counted_group_is_a_person():
    from kg.extract.named_heads import chairs_by_name
    text = "会议审议通过了刘振华等9名同志辞去委员事宜及增补陈立新等2名同志为委员。"
    assert [h.name for h in chairs_by_name(text, [])] == ["刘振华", "陈立新"]
    assert chairs_by_name("全县共有党员等5名同志参加。", []) == []  # no verb acting on the group before it


def test_a_government_head_named_before_the_title_who_reports_on_a_subject():
    rec = extract_article(art("会上,县委书记孙志远主持会议。\n赵海平镇长就永兴镇2018年工作作汇报。"))
    assert posts(rec, "赵海平") == [("镇政府", "镇长")]
    rec = extract_article(art("会上,县委书记孙志远主持会议。\n赵海平镇长就此离开。"))
    assert "赵海平" not in {p.name for p in rec.people}  # no report or speech after 就


def test_a_body_a_name_and_a_title_before_receiving_visitors():
    rec = extract_article(art("5月5日,某市人大常委会视察组到建瓯调研。建瓯市委孙志远书记专门接待了视察组一行。"))
    assert posts(rec, "孙志远") == [("建瓯市委", "书记")]


def test_a_name_between_its_body_and_title_before_what_they_report_or_introduce():
    rec = extract_article(art("5月6日,检查中听取了县林业局周晓明局长关于防火工作的汇报,自然保护区管理局孙志远局长介绍了情况。"))
    assert posts(rec, "周晓明") == [("县林业局", "局长")]  # 关于: what the head reports on
    assert posts(rec, "孙志远") == [("自然保护区管理局", "局长")]  # 介绍: the head introduces
    rec = extract_article(art("5月6日,盟行署冯远舟副盟长主持会议。"))
    assert posts(rec, "冯远舟") == [("盟行署", "副盟长")]  # a league's 行署 and its 副盟长
