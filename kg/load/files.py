"""Loading: files and directories to `Article`s.

Formats, chosen by extension (a file named explicitly with another extension is read as
HTML when it starts like HTML, else as text):

- `.txt`, `.md`, `.markdown`: plain text or Markdown. `#` and `##` headings start
  articles (a page of several articles); a file without such headings is one article
  whose title is its first non-empty line. Optional front matter
  (`---` / `published: 2022-01-07` / `---`) gives `published` (or `date`), `url` and
  `title` (the title of a file without headings), `source` and `home` (alias `place`: the
  paper or website the file belongs to and its home locality, kg.load.index). A heading with no text under it (a
  page or section label) is not an article. Text before the first heading is
  dropped when it is a teaser repeated in the articles or holds no sentence (a
  masthead); otherwise it is an article of its own, read like a file without headings.
- `.html`, `.htm`: a newspaper web page, one article (see kg.load.html).
- `.jsonl`: one JSON object per line with `title`, `text` and optional `published`,
  `url`, `source`; broken lines are reported by line number while the other lines
  load (see kg.load.jsonl).
- Directories are expanded recursively to files with these extensions, skipping hidden
  entries and documentation (README.md, FORMAT.md, ..., see DOC_NAMES).

Size limits (clear InputErrors naming the file, never a long stall or a memory blow-up):
a file over 64 MiB (MAX_BYTES), a web page over 16 MiB (MAX_HTML_BYTES), a text line over
a million characters (kg.load.text.MAX_LINE_CHARS: a 50 MB single-line file is refused in a
second, before normalisation; in JSON Lines only that line is refused), an article over a
million characters (kg.load.text.MAX_ARTICLE_CHARS, before extraction).

An explicit `published` argument wins over a date the file states (front matter,
HTML markup, JSON Lines field). Every body goes through `kg.load.text.normalise`; text and
Markdown bodies (and JSON Lines texts) also get page-break repair (`repair_breaks`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.load.html import declared_charset, looks_like_html, read_page
from kg.load.index import Index, Meta
from kg.load.jsonl import load_jsonl
from kg.lexicon import BYLINE_ROLES
from kg.lexicon.script import fold
from kg.model import Article
from kg.load.text import (SENTENCE_END, body_text, collapse, decode_bytes, iso_date, normalise,
                   overlong_article, overlong_line)

__all__ = ["LoadResult", "load_file", "load_paths", "expand_paths", "load_text", "load_html",
           "load_jsonl", "load_all", "decode_bytes", "normalise", "EXTENSIONS"]

KINDS = {".txt": "text", ".md": "text", ".markdown": "text",
         ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
EXTENSIONS = tuple(KINDS)
# Documentation that sits next to articles in a corpus directory, skipped when expanding
# directories (a file named explicitly is still read).
DOC_NAMES = frozenset({"readme", "format", "license", "licence", "copying", "changelog",
                       "changes", "contributing", "authors", "notes", "todo", "index"})
MAX_BYTES = 64 * 1024 * 1024
MAX_HTML_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class LoadResult:
    """One file's outcome: its articles, and the error when (part of) it failed.

    A JSON Lines file with broken lines has both: the good lines' articles and an error
    naming the broken lines."""

    path: str
    articles: tuple[Article, ...] = ()
    error: InputError | None = None


# --- text and Markdown ------------------------------------------------------------

_FRONT = re.compile(r"\A\n*---\n(.*?)\n(?:---|\.\.\.)(?:\n|\Z)", re.S)
_FIELD = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_HEADING = re.compile(r"(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+(?:\s+\"[^\"]*\")?\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _declared(value: str | None) -> str | None:
    """A declared source or home as kg keeps it: NFKC, whitespace collapsed; None when empty."""
    return (collapse(value) if value else "") or None


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        if not line or line.startswith(("#", "- ")):
            continue
        f = _FIELD.fullmatch(line)
        if not f:
            return {}, text  # not front matter: a rule line, then text
        fields[f.group(1).lower()] = f.group(2).strip().strip("\"'")
    return (fields, text[m.end():]) if fields else ({}, text)


def _markdown_line(line: str) -> str:
    """One line with Markdown block and inline markup removed (headings are handled
    by the caller)."""
    while line.startswith(">"):
        line = line[1:].lstrip()
    if _RULE.fullmatch(line) or set(line) == {"#"}:
        return ""
    return _BOLD.sub(r"\2", _LINK.sub(r"\1", _IMAGE.sub("", line))).strip()


def _sections(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Lines before the first `#`/`##` heading, and (heading, lines) per article."""
    preamble: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in lines:
        h = _HEADING.fullmatch(line)
        if h and h.group(2) and len(h.group(1)) <= 2:
            sections.append((collapse(_markdown_line(h.group(2))), []))
            continue
        line = _markdown_line(h.group(2) if h else line)
        (sections[-1][1] if sections else preamble).append(line)
    return preamble, sections


def _is_teaser_or_masthead(preamble: str, bodies: list[str]) -> bool:
    paragraphs = [p for p in preamble.split("\n") if p]
    if not any(ch in SENTENCE_END for ch in preamble) and "..." not in preamble:
        return True  # no sentence: a masthead, a date line
    joined = "".join("".join(b.split()) for b in bodies)
    return all("".join(p.split()).rstrip(".…")[:40] in joined for p in paragraphs)


MAX_HEADLINE_CHARS = 64


def _han_count(line: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in line)


def looks_like_headline(line: str) -> bool:
    """A line that can be a page's headline: short and not a sentence. A page saved from
    the web often starts with its first paragraph instead ("本报讯(记者…)7月10日,…。"), or
    with its navigation ("当前位置:首页 >> 新闻")."""
    line = fold(collapse(line))  # 當前位置 is 当前位置
    # a headline may end with an exclamation ("大会部署,上汛!"), never hold one inside
    inner = line[:-1] if len(line) <= _SHORT_HEADLINE and line[-1:] in "！!" else line
    return (0 < len(line) <= MAX_HEADLINE_CHARS and _han_count(line) >= 2 and not any(ch in inner for ch in "。！？!?")
            and not _LEAD_LINE.match(line)
            and not _NAVIGATION.search(line) and not _BYLINE_LINE.fullmatch(line))


_SHORT_HEADLINE = 30
# a lead printed as the first line: it opens with its day and a comma ("2016年12月15日-16日,X镇召开…"),
# or it ends with a colon that opens a list ("…,大会有四项议程:")
_LEAD_LINE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[-—–至]\d{1,2}日?)?[上中下午晚]*[,，]|.*[,，].*[:：]\s*$")


# breadcrumbs and "you are here" lines before a page's headline
_NAVIGATION = re.compile(r"[>＞»]|首\s*页|(?:当前|所在|您的|现在的)(?:页面|位置)"
                         # a paper's page label and its page navigation: "第01版:一版要闻", "上一版3 4下一版"
                         r"|^\s*(?:\d{1,5}\s*期\s*/?\s*)?(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]|上一版|下一版|标题导航|上一篇|下一篇|放大\s*缩小"
                         r"|星期[一二三四五六日天]\s*出版"
                         # a forum's counters ("查看: 1079|回复: 1") and a site's section label ("旗级要闻")
                         r"|(?:查看|回复|浏览|点击)\s*[:：]\s*\d|^\s*[•·●]?\s*\S{0,6}(?:要闻|新闻|动态|资讯|快讯)\s*$"
                         r"|马上注册|立即注册|找回密码|QQ登录|只需一步|才可以下载或查看|每日心情|^\s*(?:发帖|回帖|楼主)\s*$"
                         r"|索引号|组配分类|发布机构|发文日期|主题分类|体裁分类|公开方式|公开范围|时效性|成文日期|Flash Player"
                         # a meta field's line: "时间:", "来源: 潞州区发展和改革局"
                         r"|^\s*[•·●]?\s*(?:发布|更新)?(?:时间|日期|来源|作者|编辑|责任编辑)\s*[:：]"
                         r"|^\s*[•·●]?\s*\S{0,10}(?:手机版|数字报|搜\s*索|读报|微博|微信|Qzone|语音播报|本版导航|各版导航|视觉导航|选择其他日期|无障碍|长者版|网站地图|本网原创|极光新闻|分享)\S{0,10}\s*$")
# a byline on a line of its own ("四川在线记者 甲乙", "通讯员 甲乙 丙丁"): no headline either
_ROLES = "|".join(sorted(BYLINE_ROLES, key=len, reverse=True))
_BYLINE_LINE = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{_ROLES})\s*[:：]?\s*[\u4e00-\u9fff]{{2,4}}"
                          rf"(?:\s+(?:{_ROLES})?\s*[\u4e00-\u9fff]{{2,4}})*\s*")


_CRUMBS = re.compile(r"[>＞»]|首\s*页|(?:当前|所在|您的|现在的)(?:页面|位置)")


def _above_crumbs(rows: list[str], i: int) -> bool:
    """Whether one of the two lines printed after rows[i] is a crumb trail ("当前位置: 首页 >
    新闻") with a headline right under it: rows[i] is then the site's banner or a date widget
    above the page's navigation (a headline printed above the trail has prose under it)."""
    after = [r for r in rows[i + 1:i + 8] if r.strip()]
    for k, r in enumerate(after[:2]):
        if _CRUMBS.search(fold(r)):
            return k + 1 < len(after) and looks_like_headline(after[k + 1])
    return False


def _headless(lines: list[str], title: str | None) -> tuple[str, str]:
    """Title and body of text without headings: the first non-empty line is the title
    (and the body too when it is the only line), unless front matter gave one. Navigation
    and byline lines before the headline are passed over (they stay in the body); a first line that
    is a paragraph, not a headline, stays in the body and the title is empty (a page saved
    from the web often starts with its lead)."""
    text = "\n".join(lines).strip("\n")
    if title:
        return collapse(title), body_text(text)
    first, _, rest = text.partition("\n")
    if not rest.strip():
        return collapse(first), body_text(first)
    rows = text.split("\n")
    for i, line in enumerate(rows[:10]):
        if not line.strip():
            continue
        if looks_like_headline(line) and not _above_crumbs(rows, i):
            # "• 河南省政协考察组来河北省考察": a list bullet is no part of the headline
            return collapse(line).lstrip("•·● "), body_text("\n".join(rows[:i] + rows[i + 1:]))
        if looks_like_headline(line):
            continue  # the site's banner ("山南市人民政府") above its navigation
        if not (_NAVIGATION.search(fold(line)) or _BYLINE_LINE.fullmatch(fold(collapse(line)))
                or _han_count(line) < 2):  # "2024-05-16 17:43", the font sizes 大 中 小
            break
    return "", body_text(text)


def load_text(text: str, source, published: str | None = None) -> list[Article]:
    """The articles of a decoded plain-text or Markdown page (see the module doc).

    `published` (an ISO date) wins over the front matter's. Raises InputError."""
    source = str(source)
    published = iso_date(published, source)
    if problem := overlong_line(text):
        raise InputError(source, problem)
    text = normalise(text)
    if not text.strip():
        raise InputError(source, "empty file")
    meta, text = _front_matter(text)
    published = published or iso_date(meta.get("published") or meta.get("date") or None,
                                      source, "front matter published")
    url = meta.get("url") or None
    publisher, home = _declared(meta.get("source")), _declared(meta.get("home") or meta.get("place"))
    preamble, sections = _sections(text.split("\n"))
    parts: list[tuple[str, str]] = []
    if not sections:
        if not "".join(preamble).strip():
            raise InputError(source, "no article text after the front matter")
        parts.append(_headless(preamble, meta.get("title")))
    else:
        bodies = [body_text("\n".join(lines)) for _, lines in sections]
        lead = body_text("\n".join(preamble))
        if lead and not _is_teaser_or_masthead(lead, bodies):
            parts.append(_headless(preamble, None))
        parts.extend((title, body) for (title, _), body in zip(sections, bodies) if body)
    if not parts:
        raise InputError(source, "no article text under the headings")
    for title, body in parts:
        if problem := overlong_article(title, body):
            raise InputError(source, problem)
    return [Article(title=t, text=b, source=source, index=i, published=published, url=url,
                    publisher=publisher, home=home)
            for i, (t, b) in enumerate(parts)]


# --- HTML ----------------------------------------------------------------------------

def load_html(html: str, source, published: str | None = None) -> list[Article]:
    """The article of a decoded web page; `published` wins over the page's own date."""
    source = str(source)
    published = iso_date(published, source)
    page = read_page(html, source)
    if problem := overlong_article(page.title, page.body):
        raise InputError(source, problem)
    if published is None and page.date:
        try:
            published = iso_date(page.date, source)
        except InputError:
            published = None  # an unreadable date in the markup is not the user's error
    return [Article(title=page.title, text=page.body, source=source, index=0,
                    published=published, url=page.url)]


# --- files and directories ---------------------------------------------------------

def _read(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size // 2**20} MiB; the limit is "
                                   f"{MAX_BYTES // 2**20} MiB)")
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None


def _load_result(path: str, published: str | None, meta: Meta | None = None) -> LoadResult:
    meta = Meta(published).over(meta) if published else meta
    published = meta.published if meta else None
    try:
        data = _read(path)
        kind = KINDS.get(Path(path).suffix.lower())
        if kind is None:
            kind = "html" if looks_like_html(data) else "text"
        if kind == "html" and len(data) > MAX_HTML_BYTES:
            raise InputError(path, f"web page too large ({len(data) // 2**20} MiB; the limit for "
                                   f"HTML is {MAX_HTML_BYTES // 2**20} MiB)")
        declared = declared_charset(data) if kind == "html" else None
        text = decode_bytes(data, path, declared=declared)
        if kind == "jsonl":
            articles, error = load_jsonl(text, path, published)
            return LoadResult(path, tuple(meta.apply(articles) if meta else articles), error)
        load = load_html if kind == "html" else load_text
        articles = load(text, path, published)
        return LoadResult(path, tuple(meta.apply(articles) if meta else articles))
    except InputError as e:
        return LoadResult(path, (), e)


def load_file(path, published: str | None = None, meta: Meta | None = None) -> list[Article]:
    """The articles of one file. Raises InputError(path, problem) when any part of it
    fails (use `load_paths` to keep the good lines of a partly broken JSON Lines file).
    `published` (ISO date) wins over `meta`'s, which wins over a date the file states;
    `meta`'s source, home and URL win over the file's (kg.load.index)."""
    result = _load_result(str(path), published, meta)
    if result.error is not None:
        raise result.error
    return list(result.articles)


def _is_article_file(name: str) -> bool:
    stem, ext = os.path.splitext(name)
    return ext.lower() in KINDS and stem.lower() not in DOC_NAMES


def _walk(directory: str) -> Iterator[LoadResult | str]:
    """Article files under a directory, recursively in name order; hidden entries, other
    extensions and DOC_NAMES are skipped, symbolic links to directories are not followed.
    An article-named entry that cannot be read as a file (a symbolic link loop, a dangling
    link, an entry that cannot be examined) is one error result; the walk goes on."""
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield LoadResult(directory, (), InputError(directory, f"cannot read: {e.strerror or e}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
                continue
            if not _is_article_file(entry.name):
                continue
            if entry.is_file():
                yield entry.path
            elif entry.is_symlink() and not os.path.exists(entry.path):
                yield LoadResult(entry.path, (), InputError(entry.path, "broken symbolic link"))
        except OSError as e:  # ELOOP, EACCES ... while examining the entry
            yield LoadResult(entry.path, (), InputError(entry.path, f"cannot read: {e.strerror or e}"))


def expand_paths(paths) -> Iterator[LoadResult | str]:
    """The files `load_paths` reads, without reading them: a path per file (files as given,
    directories expanded recursively), or an error result for a directory that cannot be
    read or holds no article file. Lets `kg ingest --jobs N` read files in its workers."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in map(str, paths):
        if not os.path.isdir(path):
            yield path
            continue
        found = False
        for item in _walk(path):
            found = True
            yield item
        if not found:
            kinds = " ".join(EXTENSIONS)
            yield LoadResult(path, (), InputError(path, f"no article files ({kinds}) in directory"))


def load_paths(paths, published: str | None = None, meta: Meta | None = None,
               index: Index | None = None) -> Iterator[LoadResult]:
    """One LoadResult per file: files as given, directories expanded recursively to
    their article files (EXTENSIONS). A directory without any yields one error result.
    Never raises InputError: problems are in the results. `meta` (kg.load.index) is
    declared for every file; an `index` entry wins over it, field by field."""
    for item in expand_paths(paths):
        if isinstance(item, LoadResult):
            yield item
            continue
        entry = index.meta(os.path.abspath(item)) if index is not None else None
        if entry is None:
            yield _load_result(item, published, meta)
        else:
            yield _load_result(item, None, entry.over(Meta(published).over(meta) if published else meta))


def load_all(paths: Iterable, published: str | None = None) -> list[Article]:
    """Every article of `paths`, raising the first InputError met (strict loading)."""
    articles: list[Article] = []
    for result in load_paths(paths, published):
        if result.error is not None:
            raise result.error
        articles.extend(result.articles)
    return articles
