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
