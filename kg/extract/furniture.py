"""Page furniture: the parts of a saved web page that are not the article.

Pages saved from news sites and government portals keep their navigation ("首页 > 新闻中心",
"您的位置: …"), meta lines ("来源: … 发布时间: … 责任编辑: …", "点击数"), share and print bars,
and links to the neighbouring articles ("上一篇: 县委书记X调研…"). A name there is no person,
a date there is not the event's and an editor is no reporter. `mask_furniture` blanks
them out with spaces of the same length (line breaks kept), so every offset into the
masked text is an offset into the article text: later steps read the masked text and
their spans still point at what was printed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.load.headline import SITE_CONTROLS

# a line that is only a date: the ("2017年08月23日", "2019年06月07日 星期五 出版")
_DATE_LINE = r"\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:星期[一二三四五六日天])?\s*(?:出版)?\s*"
# a whole line of navigation: breadcrumbs, "you are here", menus of short links
_NAV_LINE = re.compile(
    r"(?:您(?:当前|现在)?的?位置|当前位置|所在位置|首\s*页\s*(?:[>＞»/|]|$)|[>＞»]{1,2}\s*[^\s<>]{1,16}\s*[>＞»]{1,2}"
    r"|^\s*(?:\S{1,6}\s+){4,}\S{1,6}\s*$"
    # a paper's page navigation and its issue line: "上一版3 4下一版", "2019年06月07日 星期五 出版"
    # a short line of the site's own controls: "河北新闻网手机版", "搜 索", "读报", "• 分享"
    r"|^\s*[•·●]?\s*\S{0,10}(?:手机版|数字报|搜\s*索|读报|微博|微信|Qzone|语音播报|本版导航|各版导航|视觉导航|选择其他日期|无障碍|长者版|网站地图|本网原创|极光新闻|分享)\S{0,10}\s*$"
    # a forum's own lines: "马上注册,结交更多好友", "您需要 登录 才可以下载或查看", "TA的每日心情"
    r"|马上注册|立即注册|才可以下载或查看|每日心情"
    r"|" + SITE_CONTROLS +  # "欢迎光临X县人民政府 登录 网站无障碍 适老版 智能问答"
    # a government disclosure page's header table ("索引号 … 组配分类 …", "发布机构 … 发文日期 …")
    # and a player's notice
    r"|索引号|组配分类|发布机构|发文日期|主题分类|体裁分类|公开方式|公开范围|时效性|成文日期|Flash Player"
    r"|上一版|下一版|标题导航|^\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\S{0,12}\s*$|^" + _DATE_LINE + "$)")
_CRUMBS_MORE = re.compile(r"\s*(?:[^\s>＞»]{1,16}\s*[>＞»]{1,2}\s*)*[^\s>＞»,，。]{1,16}(?=\s)")
NAV_LINE_CHARS = 160
_EDITOR_LINE = re.compile(r"\s*(?:责任编辑|值班编辑|编辑|责编|审核|校对|审校|初审|复审|终审)\s*[:：]")  # longer, a line is prose: only the navigation that opens it is furniture
# the site's footer: "© 2020 湖北省黄冈市人大常委会 版权所有", "Copyright … 技术支持", "冀ICP备…",
# "Powered by: X", "地址:X县行政中心", "投稿邮箱:…"
# (the site's owner printed there is no locality of the article)
_FOOTER = re.compile(r"版权所有|©\s*(?:19|20)\d\d|Copyright|ICP备|公网安备|技术支持\s*[:：]|Powered\s*by|网站标识码"
                     r"|投稿邮箱|^\s*(?:联系|通讯)?地址\s*[:：]|邮\s*编\s*[:：]|邮政编码\s*[:：]|^\s*联系电话\s*[:：]",
                     re.IGNORECASE)
# markup, images, inline data and addresses a copy of the page kept ("<image>![](…png)</image>")
_MARKUP = re.compile(r"<(?:image|img)\b[^<>\n]{0,200}>[^<>\n]{0,2000}?</(?:image|img)>"
                     r"|</?(?:image|img|div|span|p|br|a)\b[^<>\n]{0,200}>|!\[[^\]\n]{0,100}\]\([^()\s]{0,1000}\)"
                     r"|\[/?(?:size|color|font|b|i|u|align|url|img|p|backcolor)(?:=[^\[\]\n]{0,40})?\]"  # a forum's BBCode
                     r"|data:[a-z]+/[\w.+-]+[;,][^\s<>]*|https?://[\w\-.~:/?#@!$&'*+,;=%]+"
                     r"|(?m:^\s*[\w\-.]{1,60}\.(?:png|jpe?g|gif|webp|bmp)\s*$)")  # an image's file name on its own line
# a byline is printed like a menu ("融媒体记者 X 通讯员 Y 文/图"): never navigation
_BYLINE_WORDS = re.compile(r"记者|通讯员|通迅员|摄影|摄像|实习生|文/图|图/文|[(（]\s*\S+\s*[)）]\s*$")
# from a link or bar marker to the end of its line
_TAIL = re.compile(
    r"(?:上一篇|下一篇|上一条|下一条|上一页|下一页|相关(?:新闻|阅读|稿件|链接|文章)|"
    r"【?打印(?:此页|本页|文章)?】|【?关闭(?:窗口|本页)】?|分享到\s*[:：]?|扫一扫|"
    r"放大\s*缩小|加入收藏|设为首页|版权所有|ICP备|"
    # a bar of other articles' headlines: "大家都在看…", "推荐阅读", "往期回顾"
    r"大家都在看|(?:推荐|延伸)阅读|猜你喜欢|往期回顾|(?:精彩|热点|今日)推荐)")
# a meta field with its value: "来源:祁东县融媒体中心", "发布时间:2022-01-06 15:46", "责任编辑:李美玲"
# (pages often glue the next field or the article's first words right after the value)
_DATETIME = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_FIELD = re.compile(
    r"(?:(?:发布|更新|上传)?(?:时间|日期)\s*[:：]\s*" + _DATETIME + r")"
    r"|(?:(?:信息|文章|稿件|新闻)?来源\s*[:：]\s*(?:(?!作者|编辑|时间|发布|日期|点击|浏览)[^\s,，。;；]){0,24})"
    r"|(?:(?:责任|值班)?编辑\s*[:：]\s*[^\s,，。;；:：)）】]{0,8}|责编\s*[:：]?\s*[^\s,，。;；:：)）】]{0,8})"
    r"|(?:(?:初|复|终)审(?:核)?\s*[:：]\s*[^\s,，。;；:：)）】]{0,8}|审核\s*[:：]\s*[^\s,，。;；:：)）】]{0,8})"
    r"|(?:(?:点击|浏览|阅读)(?:数|次数|量)\s*[:：]?\s*\d*)"
    r"|(?:【?\s*(?:字号|字体)\s*[:：]?\s*[大中小\s]+】?)"
    r"|(?:(?:主办|承办)(?:单位)?\s*[:：]\s*[^\s,，。;；]{0,24})"
    # a page's date right before a meta field: "2023年10月31日来源:连云港市人民政府"
    r"|(?:" + _DATETIME + r"(?=\s*(?:(?:信息|文章|稿件|新闻)?来源|作者|(?:责任)?编辑|(?:点击|浏览|阅读)(?:数|次数|量))))")
# a list of other articles (one per line, or run together): a bullet, a headline and its time stamp
_LISTED_HEADLINE = re.compile(r"\s*[-·•]\s*[^,，。;；\n]{4,60}?\s*\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}")
# a page's time stamp, to the second or minute ("2025年04月25日 16:47:57"): no event is dated so
_STAMP = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?")
# every alternative of _FIELD holds one of these words: a line without any has no field
# (a quick scan: _FIELD is tried at every position of a line)
_FIELD_WORDS = re.compile(r"时间|日期|来源|编辑|责编|审|点击|浏览|阅读|字号|字体|主办|承办")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every piece of page furniture in `text`, in order."""
    return list(_furniture_spans(text))


@lru_cache(maxsize=4)  # an article's text is read twice (mask_furniture, page_date)
def _furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    pos = 0
    head: list[tuple[int, int]] = []  # the page's first lines, until the first one of prose
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            found = _line_spans(line, pos, end)
            if head is not None:
                if found == [(pos, end)] and _NAV_LINE.search(line):
                    # the page's first navigation line, right under the top: the short lines
                    # above it are the site's banner ("山南市人民政府", "今天是: …")
                    spans.extend(head)
                    head = None
                elif not found and len(head) < _HEAD_LINES and _BANNER.fullmatch(line):
                    head.append((pos, end))
                else:
                    head = None
            spans.extend(found)
        pos = end + 1
    return tuple(sorted(spans))


_HEAD_LINES = 3
_BANNER = re.compile(r"\s*[^,，。;；!?！？“”]{2,30}\s*")


def _line_spans(line: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The furniture of one line (at `pos`..`end` in the text): a navigation line whole, else
    the crumb trail opening a long line, meta fields, a link or bar to the end of the line,
    markup and inline data."""
    spans = []
    notice = _NOTICE_IN_PROSE.search(line)
    prose_after = notice is not None and "。" in line[notice.end():]  # a notice glued inside a paragraph
    if (_EDITOR_LINE.match(line) or _FOOTER.search(line) and not prose_after) and len(line) <= NAV_LINE_CHARS:
        return [(pos, end)]  # "编辑:甲 实习生 乙": the page's staff, no byline; "© 2020 X 版权所有"
    if _LISTED_HEADLINE.match(line):
        return [(pos, end)]  # "- 甲乙丙到某县检查指导防汛工作2019-07-15 09:07:37- …": other articles' links
    if len(line) <= 3 * NAV_LINE_CHARS and len(_FOOTER.findall(line)) >= 3:
        return [(pos, end)]  # a footer's lines joined into one: "Copyright © … Powered by:X 地址:Y"
    if _NAV_LINE.search(line) and not _BYLINE_WORDS.search(line):
        if len(line) <= NAV_LINE_CHARS:
            return [(pos, end)]
        crumbs = list(_NAV_LINE.finditer(line, 0, NAV_LINE_CHARS))  # prose follows the trail
        if crumbs:
            more = _CRUMBS_MORE.match(line, crumbs[-1].end())  # "首页 >" + "新闻中心 > 正文"
            spans.append((pos, pos + (more.end() if more else crumbs[-1].end())))
    if _FIELD_WORDS.search(line):
        spans += [(pos + m.start(), pos + m.end()) for m in _FIELD.finditer(line)]
    spans += [(pos + m.start(), pos + m.end()) for m in _MARKUP.finditer(line)]
    if ":" in line:
        spans += [(pos + m.start(), pos + m.end()) for m in _STAMP.finditer(line)]
    m = _TAIL.search(line)
    if m and m.group() == "版权所有" and prose_after:
        spans.append((pos + notice.start(), pos + notice.end()))  # "…*视频版权所有,未经许可不得转载会议推选X…": the notice only
    elif m:
        spans = [f for f in spans if f[0] < pos + m.start()] + [(pos + m.start(), end)]
    return _disjoint(spans)


# a copyright notice a page glued inside a paragraph, its prose going on right after it
_NOTICE_IN_PROSE = re.compile(r"版权所有[,，]?未经[^,，。;]{0,8}?(?:转载|使用|复制|摘编)")


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def mask_furniture(text: str) -> str:
    """`text` with its page furniture replaced by spaces (same length, same offsets)."""
    spans = furniture_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for s, e in spans:
        out.append(text[last:s])
        out.append(" " * (e - s))
        last = e
    out.append(text[last:])
    return "".join(out)


_FIELD_DATE = re.compile(r"(?:发布|更新|上传)?(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


_LINE_DATE = re.compile(_DATE_LINE)
# "2023年10月31日来源:…": the page's date glued to the next meta field
_GLUED_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?[^\n]{0,12}?(?:来源|作者|编辑|点击|浏览|阅读)")


def page_date(text: str) -> str | None:
    """The date a page prints in its meta fields ("发布时间:2022-06-17") or on a line of its
    own ("2017年08月23日"), ISO; None if none."""
    for s, e in furniture_spans(text):
        m = _FIELD_DATE.search(text, s, e) or _LINE_DATE.fullmatch(text, s, e) or _GLUED_DATE.match(text, s, e)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None
