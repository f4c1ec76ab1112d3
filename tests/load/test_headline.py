"""kg.load.headline: a page saved without headings, its first line the title only when it reads as one."""

from kg.load.files import load_text
from kg.load.headline import looks_like_headline


def test_a_lead_paragraph_is_not_a_title():
    text = "本报讯(记者甲乙)7月10日,县委书记丙丁到某镇调研。县长戊己陪同。\n丙丁强调,要抓好生产。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "" and a.text.startswith("本报讯") and "丙丁强调" in a.text


def test_a_headline_is_the_title():
    (a,) = load_text("丙丁到某镇调研\n7月10日,县委书记丙丁到某镇调研。", "p.txt")
    assert a.title == "丙丁到某镇调研" and a.text.startswith("7月10日")


def test_looks_like_headline():
    assert looks_like_headline("王永军深入边境一线巡边并调研督导牧区重点工作")
    assert not looks_like_headline("7月10日,县委书记丙丁到某镇调研。")
    assert not looks_like_headline("很" * 80)


def test_navigation_before_the_headline_is_passed_over():
    text = "当前页面:首页 >>信息公开>>政务要闻\n\n县政协召开常务委员会会议\n1月5日,县政协召开常务委员会会议。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "县政协召开常务委员会会议"
    assert a.text.startswith("当前页面") and "1月5日" in a.text


def test_a_site_s_greeting_and_controls_are_no_headline():
    text = ("欢迎光临某某县人民政府 登录 网站无障碍 适老版 智能问答 某某市政府网\n"
            "县长丙丁检查假期旅游安全工作\n5月1日,县委副书记、县长丙丁深入各景区检查。")
    (a,) = load_text(text, "p.txt")
    assert a.title == "县长丙丁检查假期旅游安全工作" and a.text.startswith("欢迎光临")
    assert not looks_like_headline("欢迎访问某某县人民政府门户网站")


def test_a_byline_line_is_no_headline():
    assert not looks_like_headline("四川在线记者 甘明远")
    assert not looks_like_headline("通讯员 甘明远 冉建国")
    assert not looks_like_headline("农业科技报-中国农科新闻网实习记者 甘明远")  # an outlet with a dash
    assert looks_like_headline("县委书记甘明远调研")


def test_a_paper_page_label_and_its_navigation_are_passed_over():
    text = ("第01版:一版要闻\n上一版3 4下一版\n标题导航\n2019年06月07日 星期五 出版\n3 上一篇 下一篇 4\n放大 缩小 默认\n"
            "市委统战部来我区调研基层统战工作\n本报讯(通讯员 甲乙)6月5日上午,市委常委丙丁带队来我区调研。")
    (a,) = load_text(text, "p.txt")
    assert a.title == "市委统战部来我区调研基层统战工作"
    assert not looks_like_headline("第01版:一版要闻") and not looks_like_headline("A03版:要闻")


def test_traditional_navigation_is_passed_over_too():
    (a,) = load_text("當前位置:首頁\n縣委書記到某鎮調研\n本報訊 7月10日,縣委書記丙丁到某鎮調研。", "p.txt")
    assert a.title == "縣委書記到某鎮調研"


def test_a_site_s_own_controls_are_no_headline_nor_is_a_list_bullet():
    text = "河北新闻网手机版\n\n读报\n河北新闻本网原创\n  • 分享\n  • 河南省政协考察组来河北省考察\n本网讯 6月12日,考察组来我省考察。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "河南省政协考察组来河北省考察"
    (b,) = load_text("搜 索\n某市领导深入某区检查指导秋收工作\n10月19日,副市长甲乙深入某区检查。", "p.txt")
    assert b.title == "某市领导深入某区检查指导秋收工作"


def test_meta_field_lines_dates_and_font_controls_are_no_headline():
    text = ("时间:\n2024-05-16 17:43\n大\n中\n小\n来源: 某区发展和改革局\n"
            "5月9日,由某区发改委副主任甲乙带队,调研团一行来某区考察。区委书记丙丁参加。")
    (a,) = load_text(text, "p.txt")
    assert a.title == "" and a.text.startswith("时间:")
    (b,) = load_text("戊会议\n正文。", "p.txt")
    assert b.title == "戊会议"  # a short headline stays one


def test_a_site_banner_above_the_crumb_trail_is_no_headline():
    text = ("某市人民政府\n今天是: 2018年9月10日 星期一\n当前位置: 首页>新闻中心 > 图片新闻\n\n"
            "考核组在某区考核工作\n\n12月13日,考核组在某区某镇考核安全生产工作。")
    (a,) = load_text(text, "p.txt")
    assert a.title == "考核组在某区考核工作" and a.text.startswith("某市人民政府")
    # a headline printed above the trail, with prose under the trail, stays the headline
    text = "县政协召开常务委员会会议\n当前位置: 首页 > 要闻\n1月5日,县政协召开常务委员会会议。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "县政协召开常务委员会会议"


def test_forum_counters_and_a_section_label_are_no_headline():
    text = "查看: 1079|回复: 1\n县召开换届工作动员大会\n4月28日,县委召开动员大会。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "县召开换届工作动员大会"
    (a,) = load_text("旗级要闻\n旗长主持召开常务会议\n14日,旗长主持召开常务会议。", "p.txt")
    assert a.title == "旗长主持召开常务会议"


def test_a_disclosure_header_a_player_notice_and_a_bulleted_field_are_no_headline():
    text = ("索引号 113209240143874965/2021-13861 组配分类 业务工作\n发布机构 某镇 发文日期 2021-12-16\n"
            "公开范围 面向全社会 时效性\n县委副书记刘振华来我镇调研指导\n12月14日,县委副书记刘振华来我镇调研。")
    (a,) = load_text(text, "p.txt")
    assert a.title == "县委副书记刘振华来我镇调研指导"
    text = "此页面上的内容需要较新版本的 Adobe Flash Player。\n  • 灵寿要闻\n  • 来源:灵寿电视台\n1月17日,副市长刘振华检查安全生产。"
    (a,) = load_text(text, "p.txt")
    assert a.title == ""


def test_a_first_line_that_opens_with_its_day_or_ends_with_a_list_colon_is_a_lead():
    assert not looks_like_headline("2016年12月15日-16日,某镇召开了第十四届人民代表大会第六次会议,大会有四项议程:")
    assert not looks_like_headline("5月9日上午,某镇召开防汛工作会议")
    assert not looks_like_headline("某镇召开人代会,大会有三项议程:")
    assert looks_like_headline("某区委书记甲乙:抓好防汛工作")
    (a,) = load_text("2016年12月15日,某镇召开了人民代表大会,大会有两项议程:\n一、听取报告;\n二、选举镇长。", "p.txt")
    assert a.title == "" and a.text.startswith("2016年12月15日")


def test_a_short_headline_may_end_with_an_exclamation():
    text = "当前位置: 首页 > 镇街概况 > 某镇\n活力某镇:大会部署,上汛!\n  • 来源:某镇人民政府\n6月5日上午,某镇召开会议。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "活力某镇:大会部署,上汛!"
    assert not looks_like_headline("大会开幕!代表们认真审议报告,会议圆满完成各项议程!")


def test_a_forum_s_login_lines_and_a_paper_s_issue_label_are_no_headline():
    text = "找回密码\n 立即注册\nQQ登录\n只需一步,快速开始\n某区委书记调研重点项目\nadmin 2024-3-13 22:05\n3月9日,区委书记甲乙调研。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "某区委书记调研重点项目"
    assert not looks_like_headline("1821期/第2版:2") and not looks_like_headline("发帖")


def test_a_byline_line_after_the_paper_and_an_untitled_name_is_no_headline():
    from kg.load.headline import looks_like_headline
    assert not looks_like_headline("某某新闻·某某商报记者 柯小满 通讯员 陈立新 周晓明")
    assert not looks_like_headline("某某商报·某某新闻网 柯晓丽 通讯员 蒲立东")
    assert looks_like_headline("记者探访春运一线")


def test_a_disclosure_table_s_title_field_is_the_headline():
    from kg.load.headline import headless
    title, _ = headless(["索 引 号:", "信息分类: 头条", "标题: 刘振华来东川区督导调研复工复产工作", "文号:",
                         "刘振华来东川区督导调研复工复产工作", "3月11日,市长刘振华前来我区督导调研。"], None)
    assert title == "刘振华来东川区督导调研复工复产工作"


def test_a_dateline_with_its_byline_on_the_first_line_is_no_headline():
    from kg.load.headline import headless
    title, body = headless(["本報訊(首席記者孟庆禾)", "1月25日下午,市委副书记周晓明参加联组讨论。"], None)
    assert title == "" and body.startswith("本報訊")


def test_a_bulleted_list_of_links_is_passed_over_and_a_bulleted_headline_kept():
    menu = "".join(f"- {c}市人民政府\n" for c in ("广州", "深圳", "珠海", "汕头", "佛山", "韶关", "河源", "梅州",
                                              "惠州", "汕尾", "东莞", "中山"))
    text = menu + "某镇开展强降雨防御安全专项检查\n5月9日上午,镇长马德林带领工作人员开展检查。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "某镇开展强降雨防御安全专项检查"  # past twelve bullets
    text = "- 灌南:县长孙国庆调研厂镇融合发展工作\n- 2023年10月31日来源:连云港市人民政府\n10月28日,县长孙国庆赴某镇调研。"
    (a,) = load_text(text, "p.txt")
    assert a.title == "- 灌南:县长孙国庆调研厂镇融合发展工作"  # its only neighbour bullet is a meta field
    (a,) = load_text("- 发布时间:2015-12-23\n- 字体:【大中小】\n12月21日上午,州委召开座谈会。", "p.txt")
    assert a.title == ""


def test_a_site_s_date_widget_is_no_headline():
    assert not looks_like_headline("2025年04月02日 星期三 |")
    assert not looks_like_headline("2024 年 04 月 20 日 星期六")
    (a,) = load_text("2025年04月02日 星期三 |\n\n自治区人大常委会举行主任会议\n2月19日,自治区人大常委会举行主任会议。", "p.txt")
    assert a.title == "自治区人大常委会举行主任会议"


def test_a_wrapped_lead_after_a_dateline_is_not_a_title():
    assert not looks_like_headline("本网讯 7月30日,由人民日报社、中央")
    assert not looks_like_headline("本报讯(记者 刘振华)7月30日,由人民日报社")
    assert looks_like_headline("本网讯 县委召开常委会")  # no day and comma: may be a headline
    # a wire dateline with its own day ("某网某市6月29日电"), then the event's day and a time of day
    assert not looks_like_headline("东北网某市6月29日电 6月28日傍晚,大")
    assert not looks_like_headline("新华社北京3月5日电 3月4日晚,全国")


def test_a_dateline_after_a_bullet_is_no_headline():
    from kg.load.headline import headless
    title, body = headless(["■本报讯(记者 甲乙 丙丁)", "安吉乡村游,醉美世博客。5月8日,考察团来我县考察。"], None)
    assert title == "" and body.startswith("■本报讯")
