"""kg.extract.furniture: page furniture blanked with offsets kept, the page's own date."""

from kg.extract.furniture import furniture_spans, mask_furniture, page_date
from kg.extract import extract_article
from tests.support.extraction import art

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


def test_markup_and_images_are_blanked_and_never_take_the_prose_with_them():
    prose = "8月9日,新北区党政主要领导带队开展安全生产督查,区委书记周立新带队检查企业" * 3
    page = prose + '<image>data:image/png;base64,iVBORw0KGgo=</image><img src="a.jpg"> 详见https://x.cn/a?b=1'
    masked = mask_furniture(page)
    assert masked.startswith(prose) and len(masked) == len(page)
    assert "image" not in masked and "iVBOR" not in masked and "https" not in masked and "详见" in masked


def test_a_crumb_trail_glued_to_a_long_line_blanks_only_the_trail():
    prose = "10月20日下午,龙湖区召开区政府党组扩大会议,区委常委、常务副区长翁建平主持会议并讲话。" * 4
    masked = mask_furniture("首页 > 新闻中心 > 正文 " + prose)
    assert masked.strip() == prose and "首页" not in masked
    assert mask_furniture("首页 > 新闻中心 > 正文").strip() == ""  # a short navigation line, whole


def test_an_editor_line_is_furniture_whole():
    page = "10月9日,县长甲乙主持会议。\n编辑:王津 实习生 李凤\n"
    assert mask_furniture(page).split("\n")[1].strip() == ""


def test_a_paper_page_navigation_and_issue_line_are_furniture():
    text = "第01版:一版要闻\n上一版3 4下一版\n标题导航\n2019年06月07日 星期五 出版\n本报讯 6月5日上午,市委常委丙丁来我区调研。"
    masked = mask_furniture(text)
    assert masked.split("\n")[:4] == [" " * len(x) for x in text.split("\n")[:4]]
    assert masked.endswith("6月5日上午,市委常委丙丁来我区调研。")


def test_a_traditional_character_page_has_its_meta_fields_read_as_furniture():
    from kg.extract import extract_article
    from tests.support.extraction import art, posts
    rec = extract_article(art("發佈時間: 2018-08-01 09:18 | 來源: 儋州市新聞中心\n7月26日,市政協主席冉建國到某村調研。"))
    assert posts(rec, "冉建國") == [("市政協", "主席")]  # the source is no context


def test_a_short_line_of_site_controls_is_furniture():
    text = "读报\n微博\n  • 分享\n本网讯 6月12日,考察组来我省考察,微信公众号同步推送。"
    masked = mask_furniture(text)
    assert masked.split("\n")[:3] == [" " * 2, " " * 2, " " * len("  • 分享")]
    assert masked.endswith("考察组来我省考察,微信公众号同步推送。")  # prose keeps its words


def test_a_site_banner_above_the_first_navigation_line_is_furniture():
    text = ("某市人民政府\n今天是: 2018年9月10日 星期一\n当前位置: 首页>新闻中心 > 图片新闻\n"
            "12月13日,考核组在某区某镇考核安全生产工作。")
    masked = mask_furniture(text)
    assert "某市人民政府" not in masked and "今天是" not in masked and masked.endswith("考核安全生产工作。")
    # short lines under the navigation are the article's (its headline)
    text = "当前位置: 首页 > 要闻\n县政协召开会议\n1月5日,县政协召开常务委员会会议。"
    assert "县政协召开会议" in mask_furniture(text)


def test_forum_bbcode_is_blanked():
    text = "[size=5] [/size][size=4]4月28日,县委召开动员大会。[/size]"
    masked = mask_furniture(text)
    assert "size" not in masked and "4月28日,县委召开动员大会。" in masked and len(masked) == len(text)


def test_a_forum_s_own_lines_are_furniture():
    text = ("TA的每日心情 | 开心 2016-1-2 13:32 |\n马上注册,结交更多好友,享用更多功能。\n"
            "您需要 登录 才可以下载或查看,没有帐号?立即注册\n2月14日,县委书记刘振华参加义务植树活动。")
    masked = mask_furniture(text)
    assert "查看" not in masked and "注册" not in masked and masked.endswith("参加义务植树活动。")


def test_a_footer_line_is_furniture_whole_but_an_original_mark_with_a_byline_is_not():
    text = "市人大常委会主任刘振华到社区调研。\n© 2020 湖北省某市人大常委会 版权所有\n鄂ICP备12345号"
    assert [line.strip() for line in mask_furniture(text).split("\n")] == ["市人大常委会主任刘振华到社区调研。", "", ""]
    text = "县委书记刘振华到村调研。\n©原创 2019-07-14 15:19 陈立新 周晓明 阅读:5748"
    assert "陈立新 周晓明" in mask_furniture(text)


def test_a_site_s_address_and_powered_by_lines_are_furniture_and_name_no_home():
    body = "3月11日,县委书记刘振华,县委副书记、县长王立新参加义务植树活动。"
    footer = ["Powered by:某某县精神文明建设委员会办公室", "地址:某某县行政中心8楼     投稿邮箱:ab@163.com"]
    for tail in ("\n".join(footer), "Copyright © 2000-2020 ABC.COM All rights reserved " + " ".join(footer) + " " * 60):
        text = body + "\n" + tail
        assert mask_furniture(text).split("\n")[0] == body and "某某县" not in mask_furniture(text)
        rec = extract_article(art(text, published="2022-03-12"))
        assert {(p.name, post.org) for p in rec.people for post in p.posts} >= {("刘振华", "县委"), ("王立新", "县政府")}


def test_a_site_s_greeting_line_is_furniture_and_names_no_home():
    text = ("欢迎光临某某县人民政府 登录 网站无障碍 适老版 智能问答 某某市政府网\n"
            "5月1日,县委副书记、县长刘振华深入各景区检查假期旅游安全工作。")
    assert "某某县" not in mask_furniture(text)
    rec = extract_article(art(text, published="2023-05-05"))
    assert {post.org for p in rec.people for post in p.posts} == {"县委", "县政府"}


def test_a_line_that_is_only_a_date_is_the_issue_s_date_not_the_event_s():
    page = "上一期 下一期\n2017年08月23日\n代表团赴邻县考察\n本报讯 8月21日,县委书记刘振华率队考察学习。"
    assert mask_furniture(page).split("\n")[1].strip() == ""
    assert page_date(page) == "2017-08-23"
    rec = extract_article(art(page, published=None))
    assert [(e.type, e.date) for e in rec.events] == [("inspection", "2017-08-21")]


def test_a_source_field_ends_where_the_next_field_is_glued_on():
    page = "时间:2019-04-26来源:某县人大网作者:柯小满\n4月25日,县长刘振华来我县参观考察。"
    assert "作者:柯小满" in mask_furniture(page)
    assert "某县人大网" not in mask_furniture(page)


def test_an_image_file_name_on_its_own_line_is_furniture():
    from kg.extract.furniture import mask_furniture
    assert mask_furniture("image.png\n12月20日,东川区召开会议。").strip() == "12月20日,东川区召开会议。"


def test_a_page_date_glued_to_a_meta_field_is_furniture_and_no_event_day():
    from kg.extract.furniture import mask_furniture
    text = "- 东川:县长孟庆禾调研融合发展工作\n- 2023年10月31日来源:东川县人民政府\n提要:10月28日,县长孟庆禾赴东川镇调研。"
    assert "2023年10月31日" not in mask_furniture(text)
    rec = extract_article(art(text.split("\n", 1)[1], published=None))
    assert rec.events[0].date == "2023-10-28"  # the year from the page's date, the day from the lead


def test_a_page_s_time_stamp_dates_no_event():
    page = ("深化交流促合作\n2025年04月25日 16:47:57深化交流浏览量:0次\n"
            "4月24日下午,区委书记刘振华会见某集团董事长马德林一行。")
    assert "16:47" not in mask_furniture(page)
    rec = extract_article(art(page, title="深化交流促合作", published="2025-04-25"))
    assert [e.date for e in rec.events] == ["2025-04-24"]


def test_a_bar_of_other_articles_is_furniture():
    page = "县委常委马德林陪同。来源:县报社 大家都在看县选举产生首任监察委员会主任刘振华一行开展慰问\n"
    masked = mask_furniture(page)
    assert "马德林陪同" in masked and "刘振华" not in masked


def test_a_list_of_other_articles_with_their_stamps_is_furniture():
    from kg.extract.furniture import mask_furniture
    line = "- 甲乙丙到某县检查指导防汛工作2019-07-15 09:07:37- 丁戊己调研项目建设2019-07-15 09:07:34"
    text = "熊某到永修县检查防汛工作。\n" + line
    assert mask_furniture(text) == "熊某到永修县检查防汛工作。\n" + " " * len(line)
    body = "- 一要加强领导,二要落实责任。"
    assert mask_furniture(body) == body  # a bulleted line of prose stays


def test_a_copyright_notice_glued_inside_a_paragraph_is_blanked_alone():
    from kg.extract.furniture import mask_furniture

    line = ("1月26日上午,某某代表团举行全体会议。*视频版权所有,未经许可不得转载会议推选刘振华为代表团团长,"
            "陈立新为副团长。全团分为3个组。")
    masked = mask_furniture(line)
    assert "版权所有" not in masked and "会议推选刘振华为代表团团长" in masked and len(masked) == len(line)
    assert mask_furniture("© 2020 某某县人大常委会 版权所有").strip() == ""  # a footer line stays furniture whole
