"""kg.extract.locality_check: whether words read before a level are a locality."""

from __future__ import annotations

import pytest

from kg.extract.locality_check import checked_locality, opens_with_locality, trim_locality


@pytest.mark.parametrize("printed,level,expected", [
    ("关于桦南县", "县", "桦南县"),  # words before a known county are not its name
    ("汕尾陆丰市", "市", "陆丰市"),  # a locality carries its lowest level
    ("国有滑县", "县", "滑县"),
    ("涟沧县", "县", "涟沧县"),  # made up: not cut down to the real 沧县
    ("会议总结县", "县", None),  # "会议总结县委常委": common words, no place
    ("部分驻旗", "旗", None),
    ("新一届市", "市", None),
    ("代理区", "区", None),
    ("青石县", "县", "青石县"),  # a place the gazetteer lacks keeps its printed name
    ("岑山瑶族自治县", "县", "岑山瑶族自治县"),
    ("农牧稳县", "县", None),  # “农牧稳县”战略: a slogan, a word and an adjective
    ("工业强市", "市", None),
    ("江西省南昌市进顺村", "村", "江西省南昌市进顺村"),  # a village after its known city: its own short name
    ("南昌市会议村", "村", None),  # a common word after the city is no village
    ("城关街道东坟村", "村", "城关街道东坟村"),  # a village the gazetteer lacks after its town
    ("城关镇东岭村", "村", "城关镇东岭村"),
    ("城关街道大学村", "村", None),  # a common word after the town is no village
    ("盟员市", "市", None),  # "盟员市人大代表": a party member, no city
])
def test_checked_locality(printed, level, expected):
    assert checked_locality(printed, level) == expected


def test_locality_before_a_level_only_body_is_checked():
    assert trim_locality("会议总结县委") == "县委"  # words that are no place
    assert trim_locality("关于桦南县政府") == "桦南县政府"  # a known county after 关于
    assert trim_locality("安徽省安庆市委") == "安庆市委"
    assert trim_locality("民进太原市委会") == "民进太原市委会"  # 民进 is part of the name
    assert trim_locality("高新区党工委") == "高新区党工委"  # a development zone stays
    assert trim_locality("甲乙在市委") == "市委"  # a name and a preposition before the body
    assert trim_locality("落实工作责任白马寺镇党委") == "白马寺镇党委"  # words before a known town: never its name


def test_a_level_character_inside_a_word_before_a_body_is_no_level():
    # 农村 ends the department's name: its 村 opens no village committee
    assert trim_locality("区农业农村委") == "区农业农村委"
    assert trim_locality("省人大农业与农村委员会") == "省人大农业与农村委员会"
    assert trim_locality("马村区委") == "马村区委"  # a district named 马村 keeps its committee


def test_a_string_opens_with_a_known_division():
    assert opens_with_locality("和平区人民政府办公室")
    assert opens_with_locality("桦南县委")
    assert not opens_with_locality("会议总结县委")
    assert opens_with_locality("和林格尔新区党工委")  # a zone named for a county the gazetteer knows
    assert not opens_with_locality("和林新区党工委")


def test_a_level_printed_twice_is_one_locality():
    assert trim_locality("省级有关部门负责人和咸阳市市委") == "咸阳市委"
    assert trim_locality("青石县县委") == "青石县委"


def test_a_locality_printed_only_as_the_end_of_a_name_is_none():
    from kg.extract.locality_check import only_in_names

    assert only_in_names("5月19日,刘卫东市长到某公司调研。", ("市", "卫东市"), frozenset({"刘卫东"}))
    assert not only_in_names("卫东市召开会议,刘卫东市长出席。", ("市", "卫东市"), frozenset({"刘卫东"}))


def test_words_before_a_zone_s_place_name_are_dropped_but_a_kind_of_zone_is_no_place():
    from kg.extract.locality_check import trim_locality

    assert trim_locality("落实情况鄂尔多斯高新技术产业开发区党工委") == "鄂尔多斯高新技术产业开发区党工委"
    assert trim_locality("上党经济技术开发区党工委") == "上党经济技术开发区党工委"
    assert trim_locality("正定高新区管委会") == "正定高新区管委会"


def test_a_name_s_last_character_and_a_verb_are_no_place():
    from kg.extract.locality_check import only_in_names

    assert only_in_names("县长刘振胜率县直部门负责人调研。", ("县", "胜率县"), frozenset({"刘振胜"}))


def test_a_locality_read_is_kept_as_a_place_or_dropped():
    from kg.extract.locality_check import kept_locality

    assert kept_locality("县", "赴歙县", frozenset()) == "歙县"
    assert kept_locality("市", "库车市", frozenset()) == "库车市"
    assert kept_locality("乡", "冉建国为乡", frozenset({"冉建国"})) is None
    assert kept_locality("区", "青石区", frozenset()) == "青石区"  # a made-up place keeps its structural reading
    assert kept_locality("区", "凤翔区", frozenset()) == "凤翔区"  # 凤翔县 became a district after the gazetteer


def test_a_one_character_county_after_a_verb_or_a_word_before_places():
    from kg.extract.locality_check import checked_locality
    assert checked_locality("让兴县", "县") == "兴县"  # "让兴县的天更蓝"
    assert checked_locality("在兴县", "县") == "兴县"
    assert checked_locality("涟沧县", "县") == "涟沧县"  # inside a name: no 沧县
    assert checked_locality("新兴县", "县") == "新兴县"


def test_a_one_character_county_inside_a_word_is_no_county():
    assert checked_locality("示范县", "县") is None  # 示范 is one word: no 范县
    assert checked_locality("国有滑县", "县") == "滑县"
    assert checked_locality("让兴县", "县") == "兴县"


def test_a_province_by_its_short_name_before_a_division_is_dropped():
    assert trim_locality("云南大理州南涧县委") == "南涧县委"
    assert trim_locality("安徽省安庆市委") == "安庆市委"
