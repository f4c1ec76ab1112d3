"""Decoding, normalisation and the article body (kg.load.text)."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.load.text import body_text, collapse, decode_bytes, iso_date, normalise
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


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_of_odd_length_is_text_not_binary(encoding):
    text = "县长柏思源主持召开县政府常务会议。\n" * 3
    assert decode_bytes(text.encode(encoding) + b"\x00", "odd.txt") == text
    assert decode_bytes(text.encode(encoding)[:-1], "cut.txt") == text[:-1]


def test_pinyin_readings_after_characters_are_dropped():
    """A copied page's ruby readings, "區(qū)", are no text: names and offices read whole."""
    page = "龍湖區(qū)在區（qū）委大樓召開會議,區委常委、常務副區長(zhǎng)翁(wēng)群主持。"
    assert normalise(page) == "龍湖區在區委大樓召開會議,區委常委、常務副區長翁群主持。"
    assert normalise(normalise(page)) == normalise(page)
    kept = "世界卫生组织(WHO)、嘎(ga)、会议(扩大)、A(ā)"  # acronyms, untoned or non-Chinese: kept
    assert normalise(kept) == kept
    # the character, or it and the bracket, lost to "?" by a copying site: the reading goes, the "?" stays
    assert normalise("周口日?qǐng)?bào)客戶端 長?(zhǎng)") == "周口日??客戶端 長?"
    assert normalise("问题?abc) 见(附件)") == "问题?abc) 见(附件)"
    # 縣 whose first GBK byte a copying site lost to "?" and whose second (0x68) reads "h"
    assert normalise("工作??h人大常委會(huì)主任") == "工作?縣人大常委會主任"
    assert normalise("等?h領(lǐng)導陪同") == "等縣領導陪同" and normalise("what?how") == "what?how"
    # readings with no tone: dropped when a text has several, a single one is the author's
    glossed = "羅(luo)東(dong)川(chuan)實地(di)察看鐵(tie)東(dong)片區"
    assert normalise(glossed) == "羅東川實地察看鐵東片區" and normalise(normalise(glossed)) == normalise(glossed)
    assert normalise("組(ok)與(PPP)項目(ab)") == "組(ok)與(PPP)項目(ab)"  # no syllable, or not lower case


def test_a_space_beside_an_enumeration_comma_is_dropped():
    from kg.load.text import normalise

    assert normalise("县领导甲乙 、丙丁、 戊己出席会议") == "县领导甲乙、丙丁、戊己出席会议"
    assert normalise(normalise("甲乙 、丙丁")) == normalise("甲乙 、丙丁")


def test_a_stray_comma_before_an_enumeration_comma_or_full_stop_is_dropped():
    from kg.load.text import normalise

    assert normalise("刘振华,、马德林,、吴秀英等出席会议,。") == "刘振华、马德林、吴秀英等出席会议。"
    assert normalise("会议指出,要抓好落实。") == "会议指出,要抓好落实。"
    assert normalise(",,、") == "、"  # a run of them, at once (normalise stays idempotent)


def test_the_look_alike_dot_stroke_is_an_enumeration_comma():
    from kg.load.text import normalise

    assert normalise("县委常委丶镇委书记马德林") == "县委常委、镇委书记马德林"
