"""kg.extract.lead: the day of an article's main event, read past headline and summary lines."""

from kg.extract.lead import lead_date
from kg.extract.sentences import split_sentences


def test_lead_date_after_headline_lines():
    text = ("区政府召开第22次常务会议\n\n(记者:罗超)9月27日,区长甲乙主持召开区政府第22次常务会议。\n"
            "会议传达了有关精神。")
    assert lead_date(text, split_sentences(text), "2022-09-28") == "2022-09-27"
    text = "近日,区长甲乙到某镇调研。\n9月27日,他又到某村。"
    assert lead_date(text, split_sentences(text), "2022-09-28") is None


def test_the_day_printed_inside_a_lead_before_its_verb():
    text = ("湖州市委举行全会\n\n编者按:全会选出新一届常委。\n\n会议指出了今后五年的任务。\n\n"
            "中国共产党东川市第八届委员会3月4日下午举行第一次全体会议。")
    assert lead_date(text, split_sentences(text), "2017-03-05") == "2017-03-04"
    text = "县政府常务会议\n\n会议研究了有关事项。\n\n会议要求抓好落实。\n\n县长周家明11月4日主持召开县政府第51次常务会议。"
    assert lead_date(text, split_sentences(text), "2020-11-05") == "2020-11-04"


def test_a_page_s_time_stamp_on_a_line_of_its_own_is_no_lead():
    text = "书记深入三县调研\n2020年11月27日 10时18分\n23日至24日,市委书记陈立新深入贡觉县、江达县调研。"
    assert lead_date(text, split_sentences(text), "2020-11-27") == "2020-11-23"


def test_a_lead_s_day_of_no_known_year_is_not_replaced_by_a_later_history_date():
    text = ("甘肃省是一个多民族省份。各族人民都把自治地方成立的日子看作节日。\n"
            "7月28日下午,省政府新闻办举行县庆活动新闻发布会。\n"
            "1949年8月22日东乡解放,1950年9月25日成立东乡自治区。")
    assert lead_date(text, split_sentences(text), None) is None


def test_an_e_paper_page_line_is_no_lead():
    text = "第01版:一版要闻 2024年11月26日\n\n刘振华调研科教城建设工作\n\n本报讯(记者 马德林)11月22日,区长刘振华到茶山街道调研。"
    assert lead_date(text, split_sentences(text), "2024-11-26") == "2024-11-22"


def test_a_site_s_date_widget_on_a_line_of_its_own_is_no_lead():
    text = ("2025年04月02日 星期三 |\n来源:天山网 日期:2025-02-20 11:15:39\n"
            "本网讯(记者陈立新报道)2月19日,自治区人大常委会举行主任会议。")
    assert lead_date(text, split_sentences(text), "2025-02-20") == "2025-02-19"


def test_the_day_a_paragraph_opens_with_after_a_page_s_slogans_and_menus():
    text = ("加强关键核心技术攻关 加强新型基础设施建设\n推动数字经济和实体经济融合发展\n规范数字经济发展 完善治理体系\n"
            "积极参与数字经济国际合作\n当前位置:首页 >> 动态资讯 >> 区内要闻\n"
            "领导同志向人民英雄敬献花篮\n英烈垂青史,鲜花祭忠魂。9月30日是国家设立的烈士纪念日。"
            "当天上午,自治区党委书记甲乙丙等来到某红色文化公园敬献花篮。")
    assert lead_date(text, split_sentences(text), "2024-10-08") == "2024-09-30"
