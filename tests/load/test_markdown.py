"""kg.load.markdown: front matter, Markdown lines and the headings that start articles."""

from kg.load.markdown import front_matter, is_teaser_or_masthead, markdown_line, sections_of


def test_front_matter_fields_and_the_text_after():
    fields, rest = front_matter("---\npublished: 2022-01-07\ntitle: \"某标题\"\n---\n正文。")
    assert fields == {"published": "2022-01-07", "title": "某标题"} and rest == "正文。"
    assert front_matter("---\n正文不是字段\n---\n") == ({}, "---\n正文不是字段\n---\n")


def test_markdown_markup_is_removed_and_headings_start_articles():
    assert markdown_line("> **县委**召开[会议](http://x)") == "县委召开会议"
    preamble, sections = sections_of(["报头", "# 第一篇", "正文一。", "## 第二篇", "正文二。"])
    assert preamble == ["报头"] and sections == [("第一篇", ["正文一。"]), ("第二篇", ["正文二。"])]


def test_a_masthead_or_a_teaser_before_the_first_heading_is_no_article():
    assert is_teaser_or_masthead("某某日报 2022年1月7日", ["正文。"])
    assert is_teaser_or_masthead("县委召开会议。", ["县委召开会议。会议强调…"])
    assert not is_teaser_or_masthead("另一条消息说了别的事。", ["县委召开会议。"])
