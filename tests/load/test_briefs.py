"""kg.load.briefs: a page of brief reports, each opened by a bullet and its day, is several articles."""

from kg.load.briefs import brief_items
from kg.load.files import load_text

PAGE = ("○11月26日,市委常委刘振华一行到某县调研。县长陈立新参加活动。\n"
        "○11月26日,全市工作会议在某县召开。市委常委周晓明出席会议并讲话。\n"
        "○11月29日,某调研组到某县调研。副县长柯小满参加调研。\n"
        "编辑:甲乙")


def test_each_bulleted_report_is_an_article_in_printed_order():
    articles = load_text(PAGE, "p.txt")
    assert [a.index for a in articles] == [0, 1, 2]
    assert [a.text[:6] for a in articles] == ["11月26日", "11月26日", "11月29日"]
    assert all(a.title == "" for a in articles) and "编辑" in articles[2].text


def test_one_bullet_or_mixed_bullets_make_no_page_of_briefs():
    assert brief_items(["○11月26日,某县召开会议。", "会议强调…"]) is None
    assert brief_items(["○11月26日,某县召开会议。", "●11月27日,某镇召开会议。"]) is None
    assert brief_items(["○县委召开会议", "○镇里召开会议"]) is None  # no day: a list, not reports
    above, items = brief_items(["简讯", "○3月2日,甲。", "○3月3日,乙。"])
    assert above == ["简讯"] and items == ["3月2日,甲。", "3月3日,乙。"]
