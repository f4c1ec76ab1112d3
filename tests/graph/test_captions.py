"""kg.graph.captions: event captions (date, type in Chinese, short title) and short titles."""

from kg.graph.captions import TITLE_CHARS, cut, event_caption, short_title, type_name


def test_event_caption_says_date_type_and_short_title():
    assert event_caption("inspection", "2022-01-05", "区领导检查督导 全员核酸检测工作") == \
        "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作"
    assert event_caption("meeting", None, "区政协召开二届六十四次主席会议") == "会议 · 区政协召开二届六十四次主席会议"
    assert event_caption("other", "2021-05-21", "") == "2021-05-21 活动"


def test_type_names_are_chinese():
    assert [type_name(t) for t in ("meeting", "inspection", "other")] == ["会议", "检查", "活动"]
    assert type_name("visit") == "visit" and type_name(None) == "活动"


def test_short_title_drops_leading_slogans_while_too_long():
    assert short_title("迅速部署 从实从细 高新区召开疫情防控工作专题会议") == "从实从细 高新区召开疫情防控工作专题会议"
    assert short_title("“述”出使命 “评”出担当 高新区机关党支部书记抓党建述职评议会召开") == "高新区机关党支部书记抓党建述职评议会召开"
    assert short_title("区领导检查督导  全员核酸检测工作") == "区领导检查督导 全员核酸检测工作"  # whitespace collapsed


def test_short_title_cuts_a_long_headline_and_falls_back_to_the_summary():
    long = "住枣全国、省和市人大代表来我区开展会前集中视察活动"
    assert short_title(long) == long[:TITLE_CHARS - 1] + "…" and len(short_title(long)) == TITLE_CHARS
    assert short_title(None, "本报讯 近日,高新区召开会议。") == "近日,高新区召开会议。"
    assert short_title("", "") == ""
    assert cut("一二三", 3) == "一二三" and cut("一二三四", 3) == "一二…"
