"""The article of a newspaper web page: headline, body paragraphs, date and address.

trafilatura finds the main text and leaves out navigation, headers and footers. Its
threshold for a successful extraction (250 characters) is meant for Western text and is
lowered here, since a short Chinese report carries as much in a hundred characters. When
trafilatura finds nothing, the page's <p> elements (or its whole body) are read with lxml,
at any depth of nesting (text 255 or more elements deep is still read). A page with more
tags than a news page ever has (MAX_TRAFILATURA_TAGS, MAX_LXML_TAGS) skips the slower
readers, so that no page stalls the loader.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.load.text import collapse, normalise

MIN_EXTRACTED_SIZE = 30  # characters; trafilatura's default is 250
# Tags (counted as "<") past which a parser is skipped: trafilatura spends 0.1-0.2 ms on an
# element, lxml about 5 µs, so a page of a million empty <p> or <td> (a few MB, far more than
# any news page's markup) would take minutes; such a page is read by the next fallback.
MAX_TRAFILATURA_TAGS = 50_000
MAX_LXML_TAGS = 500_000
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)


@dataclass(frozen=True)
class Page:
    """What a web page holds: the headline, the body (paragraphs one per line),
    the publication date stated in its markup (ISO) and its canonical address."""

    title: str
    body: str
    date: str | None = None
    url: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its start (the HTML prescan)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def looks_like_html(data: bytes) -> bool:
    """Does the file start like an HTML document?"""
    return bool(_HTML_START.match(data[:2048]))


@functools.lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_SIZE))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _trafilatura(html: str, favor_recall: bool):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        favor_recall=favor_recall,
        config=_config(),
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _lxml_fallback(html: str) -> tuple[str, str]:
    """Headline from <h1> or <title>, body from the <p> elements (else the <body> text).
    `huge_tree`: libxml2 otherwise stops at 255 levels of nesting and drops the text below."""
    import lxml.html

    root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer"):
        bad.drop_tree()
    title = ""
    for path in ("//h1", "//title"):
        found = [collapse(e.text_content()) for e in root.xpath(path)]
        title = next((t for t in found if t), "")
        if title:
            break
    paragraphs = [e.text_content() for e in root.xpath("//p")]
    if not any(p.strip() for p in paragraphs):
        body = root.find("body")
        paragraphs = [body.text_content()] if body is not None else []
    return title, "\n".join(paragraphs)


_DROP = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|noscript|head)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_BREAK = re.compile(r"<(?:br|/?p|/div|/h[1-6]|/li|/tr|/td|/th)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")  # [^<>]: linear on a run of unclosed "<"
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def _text_fallback(html: str) -> tuple[str, str]:
    """Title and text of a page no parser can build a tree of (nesting deeper than
    libxml2 allows): tags stripped, block ends as line breaks, entities decoded."""
    import html as htmllib

    m = _TITLE.search(html, 0, 65536)
    title = collapse(htmllib.unescape(_TAG.sub("", m.group(1)))) if m else ""
    text = _TAG.sub("", _BREAK.sub("\n", _DROP.sub(" ", html)))
    return title, htmllib.unescape(text)


def _table_rows(lines: list[str]) -> list[str]:
    """trafilatura writes table rows as "| a | b |": each cell becomes a line."""
    out: list[str] = []
    for line in lines:
        if line.startswith("|") and line.endswith("|"):
            out.extend(c.strip() for c in line.strip("|").split("|") if c.strip(" -:"))
        else:
            out.append(line)
    return out


# Ruby annotations (<rt>qū</rt>, and the <rp> brackets around them) are readings, not text
_RUBY_TAGS = re.compile(r"<(r[tp])\b[^>]*>[^<]*</\1\s*>", re.IGNORECASE)


def read_page(html: str, source) -> Page:
    """Extract the article of a web page. Raises InputError when it holds no text.

    Without a headline (no <h1>, <title> or og:title) the first line of the text is the
    title, and stays in the body too."""
    if not normalise(html).strip():
        raise InputError(source, "empty file")
    html = _RUBY_TAGS.sub("", html)
    tags = html.count("<")
    try:
        doc = None
        if tags <= MAX_TRAFILATURA_TAGS:
            doc = _trafilatura(html, favor_recall=False) or _trafilatura(html, favor_recall=True)
        title, body = collapse((doc and doc.title) or ""), normalise((doc and doc.text) or "")
        date, url = (doc.date, doc.url) if doc else (None, None)
        if not body.strip() and tags <= MAX_LXML_TAGS:
            fallback_title, body = _lxml_fallback(html)
            title = title or fallback_title
        if not normalise(body).strip():  # nested beyond even libxml2's huge_tree depth
            fallback_title, body = _text_fallback(html)
            title = title or fallback_title
    except Exception as e:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(source, f"cannot parse the HTML page: {e}") from e
    lines = _table_rows([line for line in normalise(body).split("\n") if line])
    if lines and collapse(lines[0]) == title:
        lines.pop(0)  # the headline repeated as the first line of the text
    if not lines:
        raise InputError(source, "no article text in the HTML page")
    return Page(title=title or collapse(lines[0]), body="\n".join(lines), date=date,
                url=url or None)
