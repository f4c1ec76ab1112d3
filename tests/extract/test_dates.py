"""kg.extract.dates (and lead.lead_date of a dateline): a day without its month, the lead after a page's
headline lines, a year the page prints when the issue date is unknown."""

from kg.extract.lead import lead_date
from kg.extract.sentences import split_sentences
from kg.extract.dates import body_year, find_date, year_hint


def test_day_without_month_takes_the_issue_month():
    assert find_date("天津北方网讯:5日,新区人大常委会举行全体会议。", "2015-01-06") == "2015-01-05"
    assert find_date("28日,县委召开常委会。", "2015-03-02") == "2015-02-28"  # the month before
    assert find_date("5日,县委召开常委会。", None) is None
    assert find_date("近日,县委召开常委会,5日起施行。", "2015-01-06") is None


def test_year_hint():
    assert find_date("3月3日,县政府召开常务会议。", year_hint("东辽县政府召开2017年第二次政府常务会议")) == "2017-03-03"
    assert year_hint("县政府召开常务会议") is None


def test_body_year_is_a_year_the_page_names_as_its_own():
    assert body_year("会议听取了2019年上半年国民经济执行情况的报告。") == "2019-12-31"
    assert body_year("2022年以来,我县累计排查隐患。2023年是关键之年。") == "2023-12-31"
    # a year of a budget, a plan or a target does not date the page
    assert body_year("审议了2017年财政预算执行情况和2018年财政预算草案。") is None
    assert body_year("到2035年基本实现现代化。") is None


def test_a_page_without_an_issue_date_takes_its_year_from_the_body():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art(
        "6月20日,县政府召开常务会议。县长刘振华主持会议。会议听取了2021年上半年经济运行情况的汇报。", published=None))
    assert rec.events[0].date == "2021-06-20"
    rec = extract_article(art(
        "6月20日,县政府召开常务会议。县长刘振华主持会议。会议审议了2022年财政预算调整方案。", published=None))
    assert rec.events[0].date is None


def test_the_day_inside_a_lead_that_opens_with_quotes():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art(
        "“白杨区前两个月增速全市第一,但还有短板”“红旗区成效明显”……3月7日,青石市首次召开区委书记点评会。"
        "市委书记郜立新出席会议并讲话。", published="2022-03-10"))
    assert rec.events[0].date == "2022-03-07"


def test_a_garbled_day_opening_a_later_sentence_dates_the_event():
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("访问量:\n珠山区政府召开第23次常务会议\n2018813日晚,区长冉建国主持召开了区政府第23次常务会议。",
                              title="珠山区政府召开第23次常务会议", published="2018-08-15"))
    assert [e.date for e in rec.events] == ["2018-08-13"]


def test_with_no_issue_date_a_full_date_printed_in_the_body_gives_the_year():
    from kg.extract import extract_article
    from tests.support.extraction import art

    text = ("4月9日,区政协召开常委会议。区政协主席刘振华主持会议。\n"
            "会议协商通过了区政协八届四次会议于2024年4月15日至17日召开的有关事项。")
    rec = extract_article(art(text, published=None))
    assert rec.to_json()["published"] is None and rec.events[0].date == "2024-04-09"


def test_a_datelines_day_is_not_the_events():
    assert find_date("红网某县分站3月9日讯(记者 周晓明)3月7日至8日,市委书记刘振华到某县考察。", "2019-03-09") \
        == "2019-03-07"

def test_a_day_whose_year_and_month_characters_were_lost():
    assert find_date("2018813日晚,区长甲乙主持召开会议", "2018-08-15") == "2018-08-13"
    assert find_date("侨乡报11月21日讯(记者:丙丁1119日下午,市长甲乙带领", "2019-11-21") == "2019-11-19"
    assert find_date("112日上午,市长甲乙调研", "2019-01-13") == "2019-01-12"  # 1/12, not 11/2: the issue decides
    assert find_date("112日上午,市长甲乙调研", None) is None
    assert find_date("累计服务1500日,群众满意", "2019-11-03") is None  # no month reads 15 or 150

def test_a_day_range_printed_once_gives_its_first_day():
    assert find_date("7月26—27日,省政协副主席冉建国来我市调研。", "2018-08-01") == "2018-07-26"
    assert find_date("7月26-27日,调研。", "2018-08-01") == "2018-07-26"


def test_a_day_printed_with_spaces_or_glued_to_a_time_stamp():
    from kg.extract.dates import find_date

    assert find_date("大会上, 12月 10日 至11日,州人大常委会主任考察。", "2015-12-24") == "2015-12-10"
    assert find_date("2019-08-27 21:468月27日上午,会议召开。", "2019-08-27") == "2019-08-27"


def test_a_dateline_s_day_before_xiaoxi_is_the_report_s_and_a_doubled_dash_range():
    assert find_date("1月13日消息:2019年圆满收官。", "2020-01-14") is None
    sents = split_sentences("1月13日消息:2019年圆满收官,各乡镇付出已变成硕果。11日,我县开展现场观摩活动。")
    text = "1月13日消息:2019年圆满收官,各乡镇付出已变成硕果。11日,我县开展现场观摩活动。"
    assert lead_date(text, sents, "2020-01-14") == "2020-01-11"
    assert find_date("5月17——18日,旗政协主席带队考察。", "2022-05-26") == "2022-05-17"


def test_a_two_digit_day_past_31_lost_its_month_sign():
    assert find_date("85日上午,市政协召开常委会。", "2021-08-10") == "2021-08-05"
    assert find_date("25日,县委召开常委会。", "2021-08-30") == "2021-08-25"


def test_a_day_written_with_hao():
    assert find_date("6月22号,考核组一行来到东川县检查考核。", "2013-06-24") == "2013-06-22"


def test_a_date_printed_with_spaces_around_its_year_month_and_day():
    assert find_date("2016 年 6月 20日至 21日,督导组深入老勐乡。", None) == "2016-06-20"
    assert find_date("6 月 3 日,县长刘振华调研。", "2021-06-04") == "2021-06-03"
    assert year_hint("2016 年工作要点") == "2016-12-31"


def test_a_paper_named_today_in_the_dateline_is_no_relative_day():
    assert find_date("今日广西崇左讯 4月17日,大新县召开防溺水工作会议。", "2025-12-31") == "2025-04-17"
    assert find_date("今日,县长刘振华在4月17日的会上说。", "2025-12-31") is None


def test_the_current_year_printed_with_a_space_before_nian():
    assert body_year("朱会东指出,2022 年是党的二十大召开之年。") == "2022-12-31"
    assert body_year("他强调,2015年仍然是全区经济发展较为艰难的一年。") == "2015-12-31"
    assert body_year("会议审议了2014年财政预算执行情况。") is None  # a year printed otherwise


def test_a_relative_day_with_its_day_in_brackets_is_that_day():
    from kg.extract.dates import find_date
    assert find_date("昨天(4日)下午,市委书记甲乙丙到翔安区调研。", "2021-02-05") == "2021-02-04"
    assert find_date("昨天下午,市委书记甲乙丙到翔安区调研。", "2021-02-05") is None  # no day printed
    from kg.extract import extract_article
    from tests.support.extraction import art
    rec = extract_article(art("厦视新闻\n昨天(4日)下午,市委书记王建国到翔安区调研。", published="2021-02-05"))
    assert [e.date for e in rec.events] == ["2021-02-04"]


def test_a_later_day_with_no_event_is_not_the_leads():
    text = "日前,市委副书记甲乙丙到永修县检查指导防汛工作。\n他指出,要全力保障安全。\n13日中午,修河水位达20.89米,超警戒水位。"
    assert lead_date(text, split_sentences(text), "2019-07-15") is None
    text = "日前,县里开展主题实践活动。\n活动由县委宣传部组织。\n5月16日,市委副书记甲乙丙到永修县检查指导防汛工作。"
    assert lead_date(text, split_sentences(text), "2019-07-15") == "2019-05-16"


def test_a_day_printed_inside_a_relative_word_is_that_day():
    from kg.extract.dates import find_date
    assert find_date("本网讯 昨(15)日下午,州委书记来到代表团。", "2020-01-16") == "2020-01-15"
    assert find_date("本报讯 今(16)日上午,会议召开。", "2020-01-16") == "2020-01-16"


def test_a_day_printed_with_yu_is_the_event_s_after_a_relative_word_of_the_background():
    text = "近期森林火险等级高,县政协副主席带领相关同志,于3月21日,深入永兴镇开展巡查督导工作。"
    assert find_date(text, "2024-03-25") == "2024-03-21"
    assert find_date("近日,县政协副主席在3月21日的会议上讲话。", "2024-03-25") is None


def test_a_relative_word_that_names_its_month_and_day_in_brackets_gives_that_day():
    assert find_date("今日(1月30日),县长刘振华到大桥村调研。", "2019-01-31") == "2019-01-30"
    assert find_date("今日,县长刘振华到大桥村调研,1月30日返回。", "2019-01-31") is None
