"""kg.lexicon.homes: a source's declared home read against the gazetteer."""

import pytest

from kg.lexicon.homes import canonical_home, home_units


@pytest.mark.parametrize("home, names", [
    ("河南省郑州市郑州高新技术产业开发区 (郑州高新区)", ["河南省", "郑州市", "郑州高新技术产业开发区"]),
    ("重庆市江津区 (江津日报)", ["重庆市", "江津区"]),
    ("山东省泰安高新区", ["山东省", "泰安市"]),  # a short name; the zone is not in the gazetteer
    ("河南省周口市周口港区 (中华龙都网)", ["河南省", "周口市"]),
    ("浙江省杭州市滨江区政协", ["浙江省", "杭州市", "滨江区"]),
    ("广东省深圳市福田区南园街道", ["广东省", "深圳市", "福田区", "南园街道"]),
    ("陕西省西安市莲湖区枣园街道", ["陕西省", "西安市", "莲湖区", "枣园街道"]),
    ("黑龙江/绥化/肇东市", ["黑龙江省", "绥化市", "肇东市"]),  # parts and short names
    ("四川 宜宾市 翠屏区", ["四川省", "宜宾市", "翠屏区"]),
    ("朝阳区", []),  # two 朝阳区: the home names nothing certain
    ("", []),
])
def test_home_units(home, names):
    assert [u.name for u in home_units(home)] == names



def test_a_home_printed_in_parts_is_one_chain_of_full_names():
    assert canonical_home("黑龙江/绥化/肇东市") == "黑龙江省绥化市肇东市"
    assert canonical_home("江苏/南京") == "江苏省南京市"
    assert canonical_home("云南/大理州") == "云南省大理州"  # printed with its level: as printed
    assert canonical_home("四川/宜宾市/翠屏区 永兴镇") == "四川省宜宾市翠屏区永兴镇"


def test_a_home_in_one_part_or_a_list_of_two_stays_as_given():
    assert canonical_home("重庆市江津区 (江津日报)") == "重庆市江津区 (江津日报)"
    assert canonical_home("河北省唐山市迁安市、乐亭县") == "河北省唐山市迁安市、乐亭县"
    assert canonical_home("") == "" and canonical_home(None) == ""


def test_a_one_part_home_opening_with_a_provinces_short_name_writes_the_province_out():
    assert canonical_home("广西桂林市") == "广西壮族自治区桂林市"
    assert canonical_home("内蒙古包头市") == "内蒙古自治区包头市"
    assert canonical_home("河南郑州市金水区") == "河南省郑州市金水区"
    # a city or prefecture that opens with a province's name is no province: as given
    assert canonical_home("吉林市") == "吉林市"
    assert canonical_home("海南藏族自治州") == "海南藏族自治州"
    assert canonical_home("海南州共和县") == "海南州共和县"
