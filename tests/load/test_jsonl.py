"""JSON Lines input (kg.load.jsonl), alone and through kg.load.files."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.load.jsonl import load_jsonl
from kg.load.files import load_file, load_paths


def test_jsonl_with_a_broken_line(tmp_path):
    lines = [
        json.dumps({"title": "甲会议", "text": "第一段。\n\n第二段。", "published": "2022-01-07",
                    "url": "http://example.org/1"}, ensure_ascii=False),
        '{"title": "乙", "text": "没有结束',
        "",
        json.dumps({"title": " 丙  会议 ", "text": "正文。", "source": "示范报"}, ensure_ascii=False),
        json.dumps({"title": "丁", "text": 3}),
        json.dumps({"title": "戊", "text": " \u3000 "}),
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    [result] = load_paths([path])
    assert [(a.title, a.index) for a in result.articles] == [("甲会议", 0), ("丙 会议", 3)]
    first, third = result.articles
    assert (first.text, first.published, first.url, first.source) == (
        "第一段。\n第二段。", "2022-01-07", "http://example.org/1", str(path))
    assert (third.source, third.published) == ("示范报", None)
    assert result.error is not None and result.error.path == str(path)
    assert "line 2: invalid JSON" in result.error.problem
    assert "line 5: 'text' is missing or not a string" in result.error.problem
    assert "line 6: 'text' is empty" in result.error.problem
    assert "line 1" not in result.error.problem and "line 4" not in result.error.problem
    with pytest.raises(InputError, match="line 2"):
        load_file(path)
    [again] = load_paths([path], published="2024-05-06")
    assert {a.published for a in again.articles} == {"2024-05-06"}


def test_every_line_broken_or_none():
    articles, error = load_jsonl("[1]\n" + "{}\n" * 7 + "[" * 5000 + "\n", "x.jsonl")
    assert articles == [] and error.path == "x.jsonl"
    assert error.problem.startswith("line 1: not a JSON object; line 2: 'title' is missing")
    assert error.problem.endswith("; and 4 more broken lines")
    with pytest.raises(InputError, match="empty file"):
        load_jsonl("\n \n", "x.jsonl")


def test_bad_published_in_a_line():
    articles, error = load_jsonl('{"title": "甲", "text": "正文。", "published": "昨天"}',
                                 "x.jsonl")
    assert articles == [] and "line 1: published is not a date" in error.problem


def test_jsonl_source_and_home_are_declared():
    line = json.dumps({"title": "甲", "text": "正文。", "source": " 示范报 ", "place": "河南省郑州市"},
                      ensure_ascii=False)
    (a,), err = load_jsonl(line, "f.jsonl")
    assert err is None and (a.publisher, a.home, a.source) == ("示范报", "河南省郑州市", "示范报")
    articles, err = load_jsonl(json.dumps({"title": "乙", "text": "正文。", "home": 3}), "f.jsonl")
    assert articles == [] and "'home' is not a string" in str(err)
