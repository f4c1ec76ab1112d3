"""Decoding, normalisation and page-break repair (kg.load.text)."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.load.text import (
    body_text,
    collapse,
    decode_bytes,
    ends_sentence,
    iso_date,
    normalise,
    repair_breaks,
    should_join,
)
from tests.support.paths import DEV

SAMPLE = "本报讯(记者 甲乙)1月5日,示范区召开会议,区委书记丙丁出席并讲话。\n会议强调,要做好工作。\n"


# --- decoding -----------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312",
                                      "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_decode_each_encoding(encoding):
    assert decode_bytes(SAMPLE.encode(encoding), "x.txt") == SAMPLE


def test_decode_bomless_utf16_without_ascii():
    text = "区委书记出席会议并讲话。会议强调要做好防汛工作。"
    for enc in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(enc), "x.txt") == text


def test_decode_truncated_utf8_drops_the_cut_character():
    data = SAMPLE.encode("utf-8") + "会".encode("utf-8")[:2]
    assert decode_bytes(data, "x.txt") == SAMPLE


def test_decode_truncated_utf16_with_bom():
    data = codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le") + b"\x4f"
    assert decode_bytes(data, "x.txt") == SAMPLE


def test_decode_declared_charset_is_used_when_not_utf8():
    text = "會議強調要做好工作。"
    assert decode_bytes(text.encode("big5"), "x.html", declared="big5") == text
    # GB2312 declared: read as GB18030, its superset
    assert decode_bytes("区委书记。".encode("gbk"), "x.html", declared="gb2312") == "区委书记。"


def test_decode_prefers_utf8_over_a_wrong_declaration():
    assert decode_bytes(SAMPLE.encode("utf-8"), "x.html", declared="gbk") == SAMPLE


def test_decode_empty_file():
    with pytest.raises(InputError, match="x.txt: empty file"):
        decode_bytes(b"", "x.txt")


@pytest.mark.parametrize("data", [
    b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)),
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" * 20,
    bytes(range(1, 32)) * 10,  # control characters, no NUL
])
def test_decode_binary(data):
    with pytest.raises(InputError, match="binary file, not text"):
        decode_bytes(data, "x.txt")


def test_decode_undetectable():
    with pytest.raises(InputError, match="cannot detect the text encoding"):
        decode_bytes(bytes(range(128, 256)) * 3, "x.txt")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decode_arbitrary_bytes_raises_only_input_error(data):
    try:
        assert isinstance(decode_bytes(data, "fuzz.txt"), str)
    except InputError as e:
        assert e.path == "fuzz.txt"


# --- normalisation ------------------------------------------------------------------

def test_normalise_full_width_to_ascii():
    assert normalise("（记者　甲乙）１月５日，ＡＢＣ：好！") == "(记者 甲乙)1月5日,ABC:好!"


def test_normalise_line_breaks_and_invisible_characters():
    assert normalise("甲\u200b乙\r\n丙\u00a0丁\r戊\ufeff\u2028己") == "甲乙\n丙 丁\n戊\n己"


def test_normalise_keeps_single_spaces_and_collapses_runs():
    assert normalise("  记者 孙某  文/图\t \n") == "记者 孙某 文/图\n"


def test_normalise_keeps_chinese_punctuation_without_ascii_form():
    assert normalise("“两委”、《报》。") == "“两委”、《报》。"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
    assert "\r" not in once and "\u200b" not in once


def test_collapse_titles():
    assert collapse(" 迅速部署\u3000 从实从细\n高新区 ") == "迅速部署 从实从细 高新区"


def test_iso_date():
    assert iso_date("2022-01-07", "x") == "2022-01-07"
    assert iso_date("2022/1/7", "x") == "2022-01-07"
    assert iso_date("2022年1月7日", "x") == "2022-01-07"
    assert iso_date("2023-06-02T08:00:00+08:00", "x") == "2023-06-02"
    assert iso_date(None, "x") is None and iso_date("", "x") is None
    with pytest.raises(InputError, match="not a date"):
        iso_date("yesterday", "x")
    with pytest.raises(InputError, match="not a date"):
        iso_date("2022-02-30", "x")


# --- page-break repair ----------------------------------------------------------------

@pytest.mark.parametrize("paragraph, ends", [
    ("会议强调,要做好工作。", True),
    ("他说:“要做好工作。”", True),
    ("会议还研究了其他事项。(本网记者:王某)", True),
    ("王某提出:", True),
    ("去年以来,高新区通过开展“双抓双促”", False),
    ("确保能", False),
    ("要做好工作……", True),
])
def test_ends_sentence(paragraph, ends):
    assert ends_sentence(normalise(paragraph)) is ends


def test_should_join_keeps_captions_bylines_and_appended_bylines():
    following = "周某先后来到车湖垸险情现场,督导防汛措施落实情况。"
    assert not should_join("周某督导检查防汛工作现场", following)  # photo caption
    assert not should_join("□通讯员 梁某", following)  # byline
    assert not should_join("信心百倍迎接胜利召开。 记者 孙某 文/图", following)
    assert should_join("去年以来,高新区通过开展“双抓双促”", "活动,推动形成了良好态势。")
    assert should_join("要" * 31, following)
    assert not should_join("要" * 30, following)


def test_repair_breaks_joins_without_separator():
    assert repair_breaks(["要抓好经济", "社会发展。"]) == ["要抓好经济", "社会发展。"]
    assert repair_breaks(["统筹疫情防控,要抓好经济", "社会发展。", "下一段。"]) == [
        "统筹疫情防控,要抓好经济社会发展。", "下一段。"]
    assert repair_breaks(["This is a long English paragraph cut by the", "page break."]) == [
        "This is a long English paragraph cut by the page break."]


def test_exactly_the_page_breaks_of_the_zhengzhou_page_are_joined():
    lines = normalise((DEV / "zhengzhou-gxq-2022-01-07.txt").read_text("utf-8")).split("\n")
    paragraphs = [p for p in lines if p and not p.startswith("#")]
    joins = [(a[-4:], b[:4]) for a, b in zip(paragraphs, paragraphs[1:]) if should_join(a, b)]
    assert joins == [
        (",确保能", "够快速有"),
        ("抓好经济", "社会发展"),
        ("抓双促”", "活动,推"),
        (",从建设", "项目前期"),
        ("工作。二", "是要强化"),
        ("区“三个", "一批”项"),
    ]


def test_no_unintended_joins_in_the_dev_corpus():
    """Only the zhengzhou page has page breaks; every other dev file keeps its lines."""
    for path in sorted(DEV.glob("news-*.txt")):
        lines = [p for p in normalise(path.read_text("utf-8")).split("\n")[1:] if p]
        assert body_text("\n".join(lines)).split("\n") == lines, path.name


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_odd_length_is_text_not_binary(encoding):
    text = "县长柏思源主持召开县政府常务会议。\n" * 3
    assert decode_bytes(text.encode(encoding) + b"\x00", "odd.txt") == text
    assert decode_bytes(text.encode(encoding)[:-1], "cut.txt") == text[:-1]


def test_a_headline_with_a_comma_does_not_pull_in_the_date_line_and_the_lead():
    from kg.load.text import body_text
    page = ("市委副书记、代市长主持召开市政府专题会议 头条\n您当前的位置 :首页 > 头条\n\n"
            "市委副书记、代市长主持召开市政府专题会议\n\n2022-06-02 13:54 | 来源: 市人民政府\n\n"
            "  5月31日,市委副书记、代市长郜立新主持召开市政府专题会议,调度部署工作。\n")
    paragraphs = body_text(page).split("\n")
    assert paragraphs[-1] == "5月31日,市委副书记、代市长郜立新主持召开市政府专题会议,调度部署工作。"
    # a lead that opens with its day continues no paragraph, however long the line before it
    text = body_text("市政协围绕“政府为民实事办理和重大项目建设情况”开展监督性视察活动的报道\n11月22日,市政协组织委员视察\n")
    assert text.split("\n")[-1] == "11月22日,市政协组织委员视察"
    # a paragraph cut by a column break is still joined
    assert body_text("县委书记郜立新主持会议,县长冉建国\n出席会议。") == "县委书记郜立新主持会议,县长冉建国出席会议。"


def test_pinyin_readings_after_characters_are_dropped():
    """A copied page's ruby readings, "區(qū)", are no text: names and offices read whole."""
    page = "龍湖區(qū)在區（qū）委大樓召開會議,區委常委、常務副區長(zhǎng)翁(wēng)群主持。"
    assert normalise(page) == "龍湖區在區委大樓召開會議,區委常委、常務副區長翁群主持。"
    assert normalise(normalise(page)) == normalise(page)
    kept = "世界卫生组织(WHO)、嘎(ga)、会议(扩大)、A(ā)"  # acronyms, untoned or non-Chinese: kept
    assert normalise(kept) == kept


def test_a_space_beside_an_enumeration_comma_is_dropped():
    from kg.load.text import normalise

    assert normalise("县领导甲乙 、丙丁、 戊己出席会议") == "县领导甲乙、丙丁、戊己出席会议"
    assert normalise(normalise("甲乙 、丙丁")) == normalise("甲乙 、丙丁")


def test_a_lead_ending_in_its_event_verb_without_a_full_stop_continues_nothing():
    from kg.load.text import body_text
    text = body_text("1月22日下午,政协东川区第九届委员会第四次会议在创新广场胜利闭幕\n\n刘振华、陈立新等区领导在主席台就座。")
    assert text.split("\n")[-1] == "刘振华、陈立新等区领导在主席台就座。"


def test_a_meta_line_continues_into_no_lead_that_opens_with_a_span_of_days():
    from kg.load.text import body_text
    text = body_text("中国人民政治协商会议东川市委员会发布日期:2018年06月08日打印本页关闭窗口\n\n"
                     "5月31日至6月1日,西岭市政协副主席刘振华率调研组来东川考察。")
    assert text.split("\n")[-1].startswith("5月31日至6月1日,")
    assert body_text("旗政协主席带队赴杭后考察学习的报道,考察学习的报道\n5月17——18日,旗政协主席刘振华带队。").split("\n")[-1].startswith("5月17")
