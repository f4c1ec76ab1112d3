"""kg.extract.localities: places printed with their level, as level-only organisations use them."""

from kg.extract.localities import Localities


def test_places_read_back_to_a_delimiter():
    loc = Localities.of("4月7日,巴音乌素旗政府召开会议。岑山瑶族自治县代表团来访,在寨宁镇调研。")
    assert loc.admin["旗"] == "巴音乌素旗"
    assert loc.admin["县"] == "岑山瑶族自治县"
    assert loc.admin["镇"] == "寨宁镇"


def test_words_that_end_in_a_level_are_no_places():
    loc = Localities.of("会场五星红旗飘扬,全市城市建设和社区工作会议召开,市场主体增加。")
    assert loc.admin == {}


def test_a_dateline_is_not_read():
    assert "区" not in Localities.of("鹭屿区融媒体中心讯(通讯员 甲乙)近日,区政协召开座谈会。").admin
    assert Localities.of("近日,鹭屿区政协召开座谈会。").admin["区"] == "鹭屿区"


def test_zones_prefer_the_printed_name_over_its_short_form():
    loc = Localities.of("杞山工业园区召开推进会。工业园区管委会主任出席,园区党工委书记主持。")
    assert loc.zone_for("园区") == loc.zone_for("工业园区") == "杞山工业园区"
    assert Localities.of("郑州高新区召开会议。高新区党工委书记主持。").zone_for("高新区") == "高新区"
