"""kg.extract.zones: which printed zone a bare zone word or a zone's bare body stands for."""

from __future__ import annotations

from kg.extract import extract_article
from kg.extract.localities import Localities
from tests.support.extraction import art, posts


def test_the_zone_printed_with_its_name_is_the_article_s_over_a_bare_alias_in_brackets():
    loc = Localities.of("楚雄经开区(高新区)召开会议。高新区党工委委员出席。管委会主任讲话。")
    assert loc.main_zone() == "楚雄经开区"
    assert loc.zone_org("管委会") == "楚雄经开区管委会"
    assert Localities.of("近日,区委召开会议。").main_zone() is None


def test_a_zone_s_party_committee_printed_as_qu_dangwei():
    rec = extract_article(art("3月28日,楚雄经开区(高新区)召开党委理论学习中心组学习会议。"
                              "会议由区党委书记孙志远主持,管委会主任周晓明出席。"))
    assert posts(rec, "孙志远") == [("楚雄经开区党委", "书记")]
    assert posts(rec, "周晓明") == [("楚雄经开区管委会", "主任")]
    # an autonomous region's page: 区党委 is the region's (no zone's)
    rec = extract_article(art("3月28日,宁夏回族自治区召开会议。区党委书记孙志远主持会议。"))
    assert posts(rec, "孙志远") == [("宁夏回族自治区党委", "书记")]


def test_a_zone_kept_bare_keeps_its_named_form_out_of_the_other_zone_words():
    text = "近日,郑州高新区召开会议。高新区党工委书记出席,高新区管委会主任讲话,区党工委委员赵海平部署。"
    assert Localities.of(text).main_zone() == "高新区"  # not 郑州高新区, which ends in 新区 too
    assert posts(extract_article(art(text)), "赵海平") == [("高新区党工委", "委员")]
