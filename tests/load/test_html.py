"""HTML pages into articles (kg.load.html through kg.load.files): the article's text without
the page's navigation, the charset it declares, the fallback when trafilatura finds nothing."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.load.files import load_file, load_html
from kg.load.html import _lxml_fallback, read_page
from tests.support.pages import BODY, HTML


@pytest.mark.parametrize("charset, suffix", [("utf-8", ".html"), ("gbk", ".htm")])
def test_html_page(tmp_path, charset, suffix):
    path = tmp_path / ("page" + suffix)
    path.write_bytes(HTML.format(charset=charset).encode(charset))
    [a] = load_file(path)
    assert (a.title, a.text, a.published) == ("示范区召开防汛工作会议", BODY, "2023-06-02")
    for noise in ["首页", "新闻中心", "欢迎访问", "版权所有", "ICP"]:
        assert noise not in a.text
    assert load_file(path, published="2023-06-05")[0].published == "2023-06-05"


def test_ruby_readings_are_no_text():
    html = ("<html><head><title>會議</title></head><body><article><p>龍湖<ruby>區<rp>(</rp><rt>qū</rt>"
            "<rp>)</rp></ruby>委常委、副<ruby>區<rt>qū</rt></ruby>長翁群主持會議。" + "會議強調要抓好落實。" * 5
            + "</p></article></body></html>")
    assert "龍湖區委常委、副區長翁群主持會議" in read_page(html, "p.html").body


def test_html_sniffed_without_extension(tmp_path):
    path = tmp_path / "page"
    path.write_text(HTML.format(charset="utf-8"), "utf-8")
    assert load_file(path)[0].text == BODY


def test_html_fallbacks():
    title, body = _lxml_fallback("<html><head><title>标题</title></head><body><nav>首页</nav>"
                                 "<p>第一段。</p><p>第二段。</p></body></html>")
    assert (title, body) == ("标题", "第一段。\n第二段。")
    [a] = load_html("<html><body><div>没有标题的页面,正文只有这一句。</div></body></html>", "x.html")
    assert a.title == a.text == "没有标题的页面,正文只有这一句。"
    with pytest.raises(InputError, match="no article text"):
        load_html("<html><head><title>只有标题</title></head><body></body></html>", "x.html")


@pytest.mark.parametrize("depth", [254, 255, 300, 5000])
def test_text_nested_deeper_than_libxml2s_limit_is_read(depth):
    html = ("<html><head><title>县长主持召开常务会议</title><style>p {}</style></head><body>" + "<div>" * depth
            + "<p>3月20日,县长柏思源主持召开县政府常务会议&amp;研究工作。</p>" + "</div>" * depth + "</body></html>")
    page = read_page(html, "deep.html")
    assert page.title == "县长主持召开常务会议"
    assert page.body == "3月20日,县长柏思源主持召开县政府常务会议&研究工作。"


# --- hostile pages (issue 16): any bytes give articles or an InputError naming the file ---

import signal  # noqa: E402
import string  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.extract.budget import article_seconds  # noqa: E402
from kg.model import Article  # noqa: E402

_TAGS = ["div", "p", "span", "td", "tr", "table", "h1", "a", "b", "li", "section", "article", "font"]
_WORDS = ["县委书记柏思源", "主持召开会议", "3月5日,", "。", "到石湾镇调研", "区长陈立新陪同", "<", ">", "&", "\"",
          "'", "\n", " ", "　", "\u200b", "\ufeff", "\x00", "\x0b", "\ud7ff", "�", "𠀀", "a" * 50]


def _text():
    return st.lists(st.sampled_from(_WORDS) | st.text(max_size=20), max_size=20).map("".join)


def _entities():
    names = st.sampled_from(["&amp;", "&lt;", "&gt;", "&nbsp;", "&#x4e2d;", "&#20013;", "&#x110000;", "&#0;",
                             "&#99999999999999;", "&#xD800;", "&bogus;", "&", "&#", "&#x;", "&amp"])
    return st.tuples(names, st.integers(1, 20_000)).map(lambda t: t[0] * t[1])


def _attribute():
    value = st.one_of(_text(), st.integers(1, 200_000).map(lambda n: "x" * n), _entities())
    quote = st.sampled_from(['"', "'", ""])
    return st.tuples(st.sampled_from(["class", "style", "href", "data-x", "content", "charset"]), quote, value).map(
        lambda t: f" {t[0]}={t[1]}{t[2]}{t[1]}")


@st.composite
def _element(draw, depth=0):
    tag = draw(st.sampled_from(_TAGS))
    attrs = "".join(draw(st.lists(_attribute(), max_size=2)))
    inner = draw(st.lists(st.one_of(_text(), _entities()) if depth > 2 else
                          st.one_of(_text(), _entities(), _element(depth + 1)), max_size=3))
    close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</wrong>"]))  # unclosed, cut or wrong tags
    return f"<{tag}{attrs}>" + "".join(inner) + close


@st.composite
def _page(draw) -> bytes:
    parts = []
    if draw(st.booleans()):
        parts.append("<!DOCTYPE html>")
    parts.append(draw(st.sampled_from(["<html>", "<HTML lang=zh>", "", "<html"])))
    charset = draw(st.sampled_from(["utf-8", "gbk", "gb2312", "big5", "utf-16", "latin-1", "x-bogus", "", "utf-7"]))
    head = f'<head><meta charset="{charset}"><title>' + draw(_text()) + "</title>"
    for kind in draw(st.lists(st.sampled_from(["script", "style", "noscript", "comment"]), max_size=3)):
        body = draw(_text()) + draw(st.sampled_from(["", "</p><p>", "<!--", "</script", "-->"]))
        head += f"<!--{body}-->" if kind == "comment" else f"<{kind}>{body}" + draw(st.sampled_from([f"</{kind}>", ""]))
    parts.append(head + draw(st.sampled_from(["</head>", ""])))
    depth = draw(st.sampled_from([0, 1, 10, 300, 3000]))
    opener = draw(st.sampled_from(["<div>", "<span><b>", "<div class=a>", "<p>"]))
    parts.append("<body>" + opener * depth + "".join(draw(st.lists(_element(), min_size=1, max_size=4)))
                 + draw(st.sampled_from(["", "</div>" * depth])) + draw(st.sampled_from(["</body></html>", ""])))
    page = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "utf-16", "mixed", "latin-1"]))
    if encoding == "mixed":  # half of the page in one encoding, half in another
        cut = len(page) // 2
        data = page[:cut].encode("utf-8", "replace") + page[cut:].encode("gb18030", "replace")
    else:
        data = page.encode(encoding, "replace")
    if draw(st.booleans()):  # broken bytes somewhere
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=40)) + data[at:]
    return data


class _Stalled(Exception):
    pass


def _load_within_budget(path):
    """load_file under the per-article time budget (KG_ARTICLE_SECONDS): a stall fails."""
    def stalled(signum, frame):
        raise _Stalled(f"{path}: still loading after {article_seconds():g} s")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.setitimer(signal.ITIMER_REAL, article_seconds())
    try:
        return load_file(path)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=_page(), suffix=st.sampled_from([".html", ".htm", ""]))
def test_any_page_gives_articles_or_an_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / ("page" + suffix)
    path.write_bytes(data)
    try:
        articles = _load_within_budget(path)
    except InputError as e:
        assert str(path) in str(e) and e.problem
        return
    assert articles and all(isinstance(a, Article) and a.text.strip() and a.source == str(path) for a in articles)


@pytest.mark.parametrize("page", [
    "<html><body>" + "<p>" * 100_000 + "县长柏思源讲话。" + "</body></html>",  # unclosed
    # a table of 400,000 cells: trafilatura alone would take minutes (0.2 ms a cell)
    "<html><body><table><tr>" + "<td>县长" * 400_000 + "</table></body></html>",
    "<html><body>" + "<div>" * 200_000 + "县长柏思源讲话。" + "</div>" * 200_000 + "</body></html>",  # deep
    "<html><body><div title=\"" + "x" * 5_000_000 + "\">县长柏思源讲话。</div></body></html>",  # huge attribute
    "<html><body><p>" + "&amp;" * 500_000 + "县长柏思源讲话。</p></body></html>",  # entity flood
    "<html><body><p>" + "&#x4e2d;" * 300_000 + "</p></body></html>",
    "<html><body><script>" + "<p>假的</p>" * 100_000 + "</body></html>",  # a script never closed
    "<html><body>" + "<" * 1_000_000 + "</body></html>",
    "<html><head><title>" + "标题" * 200_000 + "</title></head><body></body></html>",
])
def test_hostile_page_gives_articles_or_an_input_error(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    try:
        articles = _load_within_budget(path)
    except InputError as e:
        assert str(path) in str(e)
        return
    assert all(a.text.strip() for a in articles)
