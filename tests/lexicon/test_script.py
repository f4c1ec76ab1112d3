"""kg.lexicon.script: traditional characters folded to simplified ones and written back."""

from __future__ import annotations

from kg.lexicon.script import Unfolder, fold


def test_fold_keeps_every_offset():
    printed = "市委書記刘振華說"
    assert fold(printed) == "市委书记刘振华说" and len(fold(printed)) == len(printed)


def test_a_character_printed_one_way_is_written_that_way():
    printed = "市委書記刘振華說"
    unfold = Unfolder(printed, fold(printed))
    assert unfold("市委书记") == "市委書記"
    assert unfold("书记处") == "書記处"  # not printed whole: character by character


def test_a_character_printed_several_ways_is_written_as_the_string_is_printed():
    # 干 stands for 乾 and for itself on this page: each string as it is printed
    printed = "市委書記韩玉干說,乾坤朗朗。韩玉干"
    unfold = Unfolder(printed, fold(printed))
    assert unfold("韩玉干") == "韩玉干"
    assert unfold("干坤") == "乾坤"
    assert unfold("市委书记") == "市委書記"


def test_the_searches_of_an_article_are_bounded():
    printed = "乾干" + "韩玉干。" * 10
    unfold = Unfolder(printed, fold(printed))
    unfold.lookups = Unfolder.LOOKUPS  # the budget spent: the first printed form
    assert unfold("韩玉干") == "韩玉乾"
