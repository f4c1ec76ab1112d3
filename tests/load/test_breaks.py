"""Page-break repair (kg.load.breaks): paragraphs a page's break cut are joined again."""

from __future__ import annotations

import pytest

from kg.load.breaks import ends_sentence, repair_breaks, should_join, wrap_width
from kg.load.text import body_text, normalise
from tests.support.paths import DEV


@pytest.mark.parametrize("paragraph, ends", [
    ("会议强调,要做好工作。", True),
    ("他说:“要做好工作。”", True),
    ("会议还研究了其他事项。(本网记者:王某)", True),
    ("王某提出:", True),
    ("去年以来,高新区通过开展“双抓双促”", False),
    ("确保能", False),
    ("要做好工作……", True),
])
def test_ends_sentence(paragraph, ends):
    assert ends_sentence(normalise(paragraph)) is ends


def test_should_join_keeps_captions_bylines_and_appended_bylines():
    following = "周某先后来到车湖垸险情现场,督导防汛措施落实情况。"
    assert not should_join("周某督导检查防汛工作现场", following)  # photo caption
    assert not should_join("□通讯员 梁某", following)  # byline
    assert not should_join("信心百倍迎接胜利召开。 记者 孙某 文/图", following)
    assert should_join("去年以来,高新区通过开展“双抓双促”", "活动,推动形成了良好态势。")
    assert should_join("要" * 31, following)
    assert not should_join("要" * 30, following)


def test_repair_breaks_joins_without_separator():
    assert repair_breaks(["要抓好经济", "社会发展。"]) == ["要抓好经济", "社会发展。"]
    assert repair_breaks(["统筹疫情防控,要抓好经济", "社会发展。", "下一段。"]) == [
        "统筹疫情防控,要抓好经济社会发展。", "下一段。"]
    assert repair_breaks(["This is a long English paragraph cut by the", "page break."]) == [
        "This is a long English paragraph cut by the page break."]
    # a headline printed twice, one under the other, is no cut paragraph
    head = "某某地区召开2017-2018年度森林防火工作会暨森林防火综合检查启动会"
    assert repair_breaks([head, head, "10月16日,会议召开。"]) == [head, head, "10月16日,会议召开。"]


def test_exactly_the_page_breaks_of_the_zhengzhou_page_are_joined():
    lines = normalise((DEV / "zhengzhou-gxq-2022-01-07.txt").read_text("utf-8")).split("\n")
    paragraphs = [p for p in lines if p and not p.startswith("#")]
    joins = [(a[-4:], b[:4]) for a, b in zip(paragraphs, paragraphs[1:]) if should_join(a, b)]
    assert joins == [
        (",确保能", "够快速有"),
        ("抓好经济", "社会发展"),
        ("抓双促”", "活动,推"),
        (",从建设", "项目前期"),
        ("工作。二", "是要强化"),
        ("区“三个", "一批”项"),
    ]


def test_no_unintended_joins_in_the_dev_corpus():
    """Only the zhengzhou page has page breaks; every other dev file keeps its lines."""
    for path in sorted(DEV.glob("news-*.txt")):
        lines = [p for p in normalise(path.read_text("utf-8")).split("\n")[1:] if p]
        assert body_text("\n".join(lines)).split("\n") == lines, path.name


def test_a_headline_with_a_comma_does_not_pull_in_the_date_line_and_the_lead():
    from kg.load.text import body_text
    page = ("市委副书记、代市长主持召开市政府专题会议 头条\n您当前的位置 :首页 > 头条\n\n"
            "市委副书记、代市长主持召开市政府专题会议\n\n2022-06-02 13:54 | 来源: 市人民政府\n\n"
            "  5月31日,市委副书记、代市长郜立新主持召开市政府专题会议,调度部署工作。\n")
    paragraphs = body_text(page).split("\n")
    assert paragraphs[-1] == "5月31日,市委副书记、代市长郜立新主持召开市政府专题会议,调度部署工作。"
    # a lead that opens with its day continues no paragraph, however long the line before it
    text = body_text("市政协围绕“政府为民实事办理和重大项目建设情况”开展监督性视察活动的报道\n11月22日,市政协组织委员视察\n")
    assert text.split("\n")[-1] == "11月22日,市政协组织委员视察"
    # a paragraph cut by a column break is still joined
    assert body_text("县委书记郜立新主持会议,县长冉建国\n出席会议。") == "县委书记郜立新主持会议,县长冉建国出席会议。"


def test_a_lead_ending_in_its_event_verb_without_a_full_stop_continues_nothing():
    from kg.load.text import body_text
    text = body_text("1月22日下午,政协东川区第九届委员会第四次会议在创新广场胜利闭幕\n\n刘振华、陈立新等区领导在主席台就座。")
    assert text.split("\n")[-1] == "刘振华、陈立新等区领导在主席台就座。"


def test_a_meta_line_continues_into_no_lead_that_opens_with_a_span_of_days():
    from kg.load.text import body_text
    text = body_text("中国人民政治协商会议东川市委员会发布日期:2018年06月08日打印本页关闭窗口\n\n"
                     "5月31日至6月1日,西岭市政协副主席刘振华率调研组来东川考察。")
    assert text.split("\n")[-1].startswith("5月31日至6月1日,")
    assert body_text("旗政协主席带队赴杭后考察学习的报道,考察学习的报道\n5月17——18日,旗政协主席刘振华带队。").split("\n")[-1].startswith("5月17")


def test_a_government_information_meta_line_continues_into_no_paragraph():
    # "索引号:…" ends with no full stop; a garbled day ("1016日") opens the lead after it
    assert not should_join("体裁分类:工作部署 主题分类:商贸、旅游 文号: 索引号:000357800/2021-229",
                           "1016日,副市长刘振华来到某区调研。")


def test_a_byline_line_continues_no_subheading_before_it():
    text = body_text("以文旅为引擎 助推产业新发展\n——访州人大代表、某县文化和旅游局局长刘振华\n记者 马德林 吴秀英\n“报告让我深受鼓舞。”")
    assert text.split("\n")[2] == "记者 马德林 吴秀英"
    assert not should_join("——访州人大代表、某县文化和旅游局局长刘振华", "记者 马德林 吴秀英")


def test_photo_captions_one_under_the_other_stay_apart():
    from kg.load.breaks import should_join
    assert not should_join("县委常委、龙港镇委书记马德林", "镇人大主席刘振华")
    assert should_join("县委常委、龙港镇委书记马德林、", "镇人大主席刘振华")  # an open list goes on
    assert should_join("县委常委、龙港镇委书记马德林率镇领导", "刘振华到社区调研,听取意见。")  # prose follows


def test_a_crumb_trail_continues_into_no_lead():
    crumbs = "您的当前位置:新闻>长三角 > 上海某区委书记刘振华:为某镇“十四五”开局“出招”"
    assert not should_join(crumbs, "今天上午,某区委书记刘振华赴某镇开展走访调研,镇党委书记陈立新等陪同。")


# a page typed with hard line breaks at one width: short lines cut inside words ("大" / "庆市委")
_WRAPPED = [
    "某网某市6月29日电 6月28日傍晚,大",
    "庆市委书记刘振华,市委副书记、市长陈立新率领大庆市",
    "党政考察团抵达我市参观考察。 某市市委书记甲乙,市",
    "人大常委会主任丙丁,市政协主席戊己等领导同志在",
    "某宾馆迎接考察团。 省委督导组组长庚辛出席了欢迎",
    "仪式。据悉,考察团在我市期间将赴某区参观考察。",
]


def test_hard_wrapped_lines_are_joined_into_their_paragraph():
    assert wrap_width(_WRAPPED) == 24
    (joined,) = repair_breaks(_WRAPPED)
    assert joined.startswith("某网某市6月29日电 6月28日傍晚,大庆市委书记刘振华")
    assert "市人大常委会主任丙丁" in joined and "欢迎仪式。" in joined


def test_a_list_of_label_colon_value_lines_has_no_wrap_width():
    rows = [f"{d}区委书记:甲乙{d}区代区长:丙丁" for d in ("东城", "西城", "南城", "北城", "中城", "新城")]
    assert wrap_width(rows) is None
    assert repair_breaks(rows) == rows


def test_captions_of_unlike_lengths_have_no_wrap_width():
    assert wrap_width(["县委常委、镇委书记刘振华", "镇人大主席陈立新", "某镇党委副书记、镇长甲乙丙"]) is None
