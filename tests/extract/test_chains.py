"""kg.extract.chains: what the post before it in a chain passes on to a post's organisation."""

from __future__ import annotations

from kg.extract.chains import party_chain, party_department, party_group


def test_a_party_department_printed_without_its_committee():
    assert party_department("仓山区统战部") == "仓山区委统战部"
    assert party_department("县组织部") == "县委组织部"
    assert party_department("武山县委常委组织部") == "武山县委组织部"
    assert party_department("榆林市政法委") == "榆林市政法委"  # a 政法委 stays as printed
    assert party_department("县人武部") == "县人武部"
    assert party_department("仓山区委统战部") == "仓山区委统战部"


def test_a_democratic_party_post_in_a_chain_takes_the_party_of_the_chain():
    assert party_chain("石家庄市委", "主委", "民建河北省委") == "民建石家庄市委"
    assert party_chain("民进下陆区总支", "主委", "民进黄石市委") == "民进下陆区总支"  # printed with its party
    assert party_chain("石家庄市委", "书记", "民建河北省委") == "石家庄市委"  # no party's title
    assert party_chain("石家庄市委", "主委", "河北省政协") == "石家庄市委"  # no party before, none printed
    # the one party the article prints, also when printed by its last character
    assert party_chain("市委会", "副主委", None, "农工党仓山区工委组织活动。") == "农工党市委会"
    assert party_chain("社白杨市委", "主委", None, "九三学社白杨市委开展活动。") == "九三学社白杨市委"
    assert party_chain("市委会", "主委", None, "民盟、民进开展活动。") == "市委会"  # two parties: which is not said


def test_a_body_s_party_group_printed_bare_takes_the_locality_of_the_chain():
    assert party_group("政府党组", "墨脱县委") == "墨脱县政府党组"
    assert party_group("人大党组", "乌什县委") == "乌什县人大党组"
    assert party_group("人大常委会党组", "宁夏回族自治区党委") == "宁夏回族自治区人大常委会党组"
    assert party_group("政府党组", None) == "政府党组"  # no chain: as printed
    assert party_group("政府党组", "县委") == "政府党组"  # a chain without a locality's name
    assert party_group("教育局党组", "墨脱县委") == "教育局党组"  # no body's group
