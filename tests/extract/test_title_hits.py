"""kg.extract.title_hits: where titles and leader words are printed."""

from __future__ import annotations

from kg.extract.title_hits import title_matches


def titles(text: str) -> list[str]:
    return [t for _, _, t, _ in title_matches(text)]


def test_titles_inside_an_organisation_name_or_a_system_are_left_out():
    assert titles("县人大常委会主任刘振华出席。") == ["主任"]  # no 常委 in 常委会
    assert titles("全面推行河长制。") == []
    assert titles("主席台就座的有县长陈立新。") == ["县长"]


def test_a_head_s_title_across_two_frequent_words_is_left_out():
    assert titles("上海的房地产市场长期向好。") == []  # 市场 then 长期: no 场长
    assert titles("林场场长刘振华、副场长陈立新陪同。") == ["场长", "副场长"]
    assert titles("工厂长期停产。") == []


def test_leader_words_are_marked_and_kept_in_order():
    found = title_matches("区领导刘振华,县长陈立新出席。")
    assert [(t, leader) for _, _, t, leader in found] == [("区领导", True), ("县长", False)]
    found = title_matches("校领导刘振华、周晓明赴水泉镇走访。军地领导冯远舟等来到部队。")
    assert [(t, leader) for _, _, t, leader in found] == [("校领导", True), ("军地领导", True)]


def test_a_general_secretary_after_a_name_is_no_secretary_before_a_name():
    assert titles("建设宜居城市始终是习近平总书记关心的问题。") == []  # no 书记 关心
    assert titles("中共中央总书记赵海平主持会议。") == ["书记"]  # the body named before it
    assert titles("村党总支书记孙志远陪同。") == ["书记"]  # 总支, no 总书记
