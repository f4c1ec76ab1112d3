"""kg.extract.sentences: every mention points into its article's text and sentence (made-up
articles and every file of the dev corpus)."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.load.files import load_file
from tests.support.extraction import art
from tests.support.paths import DEV


def test_every_mention_points_into_the_text():
    rec = extract_article(art(
        "3月12日,县委书记甘明远主持会议并讲话,县委副书记、县长柏思源出席。记者 单晓楠"))
    text = rec.article.text
    spans = [m for p in rec.people for m in p.mentions]
    spans += [q.mention for p in rec.people for q in p.posts]
    spans += [x.mention for e in rec.events for x in e.participants] + [r.mention for r in rec.reporters]
    assert spans
    for m in spans:
        assert text[m.start:m.end] == m.text
        assert m.sentence_start <= m.start and m.end <= m.sentence_end


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.name)
def test_dev_mentions_have_valid_offsets(path):
    for a in load_file(path):
        rec = extract_article(a)
        for p in rec.people:
            for m in p.mentions:
                assert a.text[m.start:m.end] == m.text == p.name
        for e in rec.events:
            for x in e.participants:
                assert a.text[x.mention.start:x.mention.end] == x.mention.text
        for r in rec.reporters:
            assert a.text[r.mention.start:r.mention.end] == r.name


def test_a_semicolon_inside_a_list_of_those_present_ends_no_sentence():
    from kg.extract.sentences import split_sentences
    text = "县委书记马德林,县长刘振华;县直部门负责同志;各镇书记等参加活动。会议结束。"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "县委书记马德林,县长刘振华;县直部门负责同志;各镇书记等参加活动。", "会议结束。"]
    text = "会议听取了报告;会议强调,要抓好落实。"
    assert len(split_sentences(text)) == 2
