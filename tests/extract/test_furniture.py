"""kg.extract.furniture: page furniture blanked with offsets kept, the page's own date."""

from kg.extract.furniture import furniture_spans, mask_furniture, page_date

PAGE = ("您现在的位置:首页 > 新闻中心 > 正文\n"
        "发布时间:2022-06-17 来源:某区融媒体中心 近日,区委书记甲乙到某镇检查。\n"
        "上一篇:县长丙丁调研农业工作\n"
        "责任编辑:戊己")


def test_masking_keeps_length_and_article_words():
    masked = mask_furniture(PAGE)
    assert len(masked) == len(PAGE) and masked.count("\n") == PAGE.count("\n")
    assert "区委书记甲乙到某镇检查" in masked  # glued after the meta fields: kept
    for gone in ("首页", "新闻中心", "2022-06-17", "融媒体中心", "丙丁", "戊己", "上一篇"):
        assert gone not in masked


def test_offsets_point_into_the_printed_text():
    masked = mask_furniture(PAGE)
    i = masked.index("甲乙")
    assert PAGE[i:i + 2] == "甲乙"


def test_a_byline_line_is_not_navigation():
    line = "融媒体记者 贝晓琳 通讯员 於文杰 文/图"
    assert furniture_spans(line) == []
    menu = "首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心"
    assert furniture_spans(menu) == [(0, len(menu))]


def test_plain_article_text_is_untouched():
    text = "3月3日,县政府召开常务会议。会议由县长甲乙主持。来源于群众的意见要认真听取。"
    assert mask_furniture(text) == text


def test_page_date():
    assert page_date(PAGE) == "2022-06-17"
    assert page_date("日期:2024-07-04 编辑:某某") == "2024-07-04"
    assert page_date("7月2日,区长甲乙主持会议。") is None
