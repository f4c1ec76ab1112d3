"""kg.extract.byline: reporters in brackets, on lines of their own and at the end."""

from __future__ import annotations

from kg.extract import extract_article
from tests.support.extraction import art


def test_bylines_in_brackets_lines_and_tail():
    rec = extract_article(art(
        "本报讯(见习记者 单晓楠 通迅员 卞家豪)3月1日,镇党委书记伍春林主持召开会议。\n记者 单晓楠 文/图"))
    assert [(r.name, r.role) for r in rec.reporters] == [("单晓楠", "记者"), ("卞家豪", "通讯员")]
    assert "单晓楠" not in {p.name for p in rec.people}
    rec2 = extract_article(art("□通讯员 庞一凡\n4月2日,乡长苟志明主持会议。\n柯小满 摄"))
    assert {(r.name, r.role) for r in rec2.reporters} == {("庞一凡", "通讯员"), ("柯小满", "摄")}
    rec3 = extract_article(art("4月2日,乡长苟志明主持会议。(乡党政办 蒲晓)"))
    assert rec3.reporters == ()


def test_bylines_that_say_reported():
    rec = extract_article(art("记者 岳泽明 报道:5月8日,东湾经开区举行开工仪式。"))
    assert [(r.name, r.role) for r in rec.reporters] == [("岳泽明", "记者")]
