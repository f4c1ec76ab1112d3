"""Text below the article level: decoding bytes, size limits, Unicode normalisation, the
article body (with kg.load.breaks's page-break repair).

`decode_bytes` finds the encoding of a file (UTF-8 with or without BOM, UTF-16 with or
without BOM, GB18030/GBK, else what charset-normalizer guesses). `normalise` puts text in
the one form every later stage (and every offset) relies on. `body_text` makes a body of
it, its paragraphs joined where a page's break cut them (`kg.load.breaks.repair_breaks`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import date

from kg.errors import InputError
from kg.load.breaks import SENTENCE_END, repair_breaks

# --- decoding -----------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}


# Characters expected in Chinese or Western news text: printable ASCII, text controls,
# Latin-1, general punctuation (“ ” … —), CJK punctuation and kana, CJK ideographs,
# full-width forms. Counted with regular expressions (C speed: a 50 MB file takes
# a fraction of a second, not the seconds of a per-character Python loop).
_IMPLAUSIBLE = re.compile("[^\x20-\x7e\t\n\r\f\v\xa0-\xff\u2000-\u206f\u3000-\u30ff"
                          "\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc but \t\n\v\f\r


def _count(pattern: re.Pattern, text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def _plausibility(text: str) -> float:
    return 1 - _count(_IMPLAUSIBLE, text) / len(text) if text else 0.0


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, when one byte order reads as plain text (an
    odd last byte, a file cut in the middle of a code unit, is dropped)."""
    data = data[:len(data) - len(data) % 2]
    if len(data) < 4:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        text = _strict(data, enc)
        if text is not None and (score := _plausibility(text)) > best_score:
            best, best_score = text, score
    return best if best_score >= 0.95 else None


def _utf8(data: bytes) -> str | None:
    """Strict UTF-8; a multi-byte character cut off at the very end is dropped."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.end == len(data) and e.start > 0:
            return _strict(data[: e.start], "utf-8")
        return None


def _detect(data: bytes, declared: str | None) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            text = _strict(body, enc)
            if text is None and enc.startswith("utf-16") and len(body) % 2:
                text = _strict(body[:-1], enc)  # a file cut in the middle of a code unit
            if text is not None:
                return text
    if b"\x00" in data and (text := _utf16_without_bom(data)) is not None:
        return text
    # else a stray NUL in 8-bit text (or a binary file: `_looks_binary` judges the result)
    text = _utf8(data)
    if text is None and declared:
        enc = "gb18030" if declared.lower() in _GB_ALIASES else declared
        text = _strict(data, enc)
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        text = _strict(data, "gb18030")
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        text = str(best) if best is not None else None
    return text


def _looks_binary(text: str) -> bool:
    return _count(_BINARY_CONTROLS, text) > 0.1 * len(text)


def decode_bytes(data: bytes, path, *, declared: str | None = None) -> str:
    """Decode a file's bytes to text, detecting the encoding.

    Order: byte-order marks (UTF-8/16/32), strict UTF-8 (a character cut off at the end
    is dropped), the `declared` charset (e.g. from an HTML <meta>), BOM-less UTF-16,
    strict GB18030 (a superset of GBK and GB2312), then charset-normalizer's guess.
    Raises InputError for an empty file, a binary file and undetectable bytes.
    """
    if not data:
        raise InputError(path, "empty file")
    text = _detect(data, declared)
    if text is None:
        if b"\x00" in data:
            raise InputError(path, "binary file, not text")
        raise InputError(path, "cannot detect the text encoding")
    if _looks_binary(text):
        raise InputError(path, "binary file, not text")
    return text


# --- size limits --------------------------------------------------------------------

# No news page has a paragraph, or an article, of a million characters: a file with such
# a line (a 50 MB dump on one line) is refused before the costly normalisation, and an
# article that long is refused before extraction (whose time and memory grow with it).
MAX_LINE_CHARS = 1_000_000
MAX_ARTICLE_CHARS = 1_000_000
_LINE_END = re.compile("\r\n?|\n")


def overlong_line(text: str, limit: int = MAX_LINE_CHARS) -> str | None:
    """The problem when a line (ended by \\n, \\r or \\r\\n) is longer than `limit`, else None."""
    if len(text) <= limit:
        return None
    for number, line in enumerate(_LINE_END.split(text), start=1):
        if len(line) > limit:
            return (f"line {number} has {len(line):,} characters; kg reads at most "
                    f"{limit:,} per line (not a news page)")
    return None


def overlong_article(title: str, body: str, limit: int = MAX_ARTICLE_CHARS) -> str | None:
    """The problem when an article is longer than `limit` characters, else None."""
    size = len(title) + len(body)
    if size <= limit:
        return None
    return (f"article {title[:30]!r} has {size:,} characters; kg reads at most {limit:,} "
            f"per article (split the file at its headings)")


# --- normalisation ------------------------------------------------------------------

_REMOVE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BREAKS = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[^\S\n]+")
# A reading in pinyin after a character, "區(qū)", "長(zhǎng)": a page's ruby annotation
# (<rt>) flattened into its text by whoever copied it. One syllable, with a tone mark; the
# character, or it and the bracket, may be lost to a "?" ("日?(qǐng)", "日?qǐng)").
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_RUBY = re.compile(rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff?])\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)"
                   rf"|(?<=\?)(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")
# Some pages print them with no tone ("羅(luo)東(dong)川(chuan)"): a syllable of two letters or more,
# dropped when a text has several (one "嘎(ga)" is a reading its author printed)
_UNTONED = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])\((?=[a-z]{2})(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|"
                      r"ueng|ang|eng|ong|ian|iao|uai|uan|ing|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)\)")


# 縣 in GBK is the bytes BF 68: a copying site that lost the first byte to "?" left its second
# as "h" ("主任??h人大常委會" is "主任。縣人大常委會", "等?h領導" is "等縣領導")
_LOST_XIAN = re.compile(r"(?<![A-Za-z])\?h(?=[\u4e00-\u9fff])")


def normalise(text: str) -> str:
    """The normal form of all article text.

    Line breaks become "\\n"; zero-width characters, soft hyphens and control characters
    are removed; Unicode NFKC turns full-width letters, digits and punctuation into ASCII
    ("，" → ",", "（" → "(") and non-breaking or ideographic spaces into spaces; a pinyin
    reading after a character is dropped ("區(qū)" → "區", "羅(luo)" → "羅"); 縣 a copying site printed "?h" is
    written back; runs of spaces and tabs become
    one space; the look-alike "丶" is "、"; a space beside "、" and a comma before "、" or "。"
    are dropped; lines are stripped. Idempotent.
    """
    text = _BREAKS.sub("\n", text)
    text = _REMOVE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _REMOVE.sub("", _BREAKS.sub("\n", text))
    text = _LOST_XIAN.sub("縣", _RUBY.sub("", text))
    if len(_UNTONED.findall(text, 0, 100_000)) >= 2:
        text = _UNTONED.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _STRAY_COMMA.sub("", _SPACE_BY_ENUM_COMMA.sub("、", text.replace("丶", "、")))
    return "\n".join(line.strip() for line in text.split("\n"))


# a space printed beside an enumeration comma ("甲乙 、丙丁", "甲乙、 丙丁"): no part of the list
_SPACE_BY_ENUM_COMMA = re.compile(r" ?、 ?")
# a comma a copying site left before an enumeration comma or a full stop ("甲乙,、丙丁", "出席会议,。")
_STRAY_COMMA = re.compile(r",+(?=[、。])")


def collapse(text: str) -> str:
    """All whitespace runs (line breaks included) to one space, ends stripped: for titles."""
    return " ".join(normalise(text).split())


def body_text(text: str) -> str:
    """Normalised text to an article body: non-empty lines are paragraphs, cut
    paragraphs are joined, and paragraphs are separated by one "\\n"."""
    paragraphs = [line for line in normalise(text).split("\n") if line]
    return "\n".join(repair_breaks(paragraphs))


# --- dates --------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def iso_date(value: object, source, what: str = "published") -> str | None:
    """A date as "YYYY-MM-DD" from "2022-01-07", "2022/1/7", "2022年1月7日" or a
    timestamp starting with a date; None stays None. Raises InputError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return date(value.year, value.month, value.day).isoformat()
    m = _DATE.match(normalise(str(value)).strip().strip("\"'"))
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    raise InputError(source, f"{what} is not a date (YYYY-MM-DD): {str(value)[:40]!r}")
