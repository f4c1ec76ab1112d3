"""The headline of a page saved without headings: its first line that reads as one, past the
site's banner, navigation, crumb trail, meta fields, forum controls and byline lines (which stay
in the body). A page that starts with its lead has no title.
"""

from __future__ import annotations

import re

from kg.lexicon import BYLINE_ROLES
from kg.lexicon.script import fold
from kg.load.breaks import DAY_PART
from kg.load.text import body_text, collapse

__all__ = ["MAX_HEADLINE_CHARS", "SITE_CONTROLS", "headless", "looks_like_headline"]


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
            and not _NAVIGATION.search(line) and not _BYLINE_LINE.fullmatch(line) and not _DATELINE.fullmatch(line))


# a dateline with its byline on a line of its own: "本报讯(首席记者 甲乙)", "新华社电(记者 甲乙)"
_DATELINE = re.compile(r"\s*[■□●◆◇▲△★☆•]?\s*[\u4e00-\u9fff·]{0,12}(?:讯|电)\s*[(（][^()（）]{2,40}[)）]\s*")  # ■本报讯(…)


_SHORT_HEADLINE = 30
# a lead printed as the first line: it opens with its day and a comma ("2016年12月15日-16日,X镇召开…"),
# or it ends with a colon that opens a list ("…,大会有四项议程:")
# (after a dateline: "本网讯 7月30日,由…", "某网某市6月29日电 6月28日傍晚,…")
_LEAD_LINE = re.compile(r"(?:[\u4e00-\u9fff]{0,12}(?:\d{1,2}月\d{1,2}日)?[讯电]\s*(?:[(（][^()（）]{0,40}[)）])?\s*)?"
                        r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[-—–至]\d{1,2}日?)?" + DAY_PART + r"[,，]|.*[,，].*[:：]\s*$")


# a site's greeting and its controls: "欢迎光临X县人民政府 登录 网站无障碍 适老版" (also page
# furniture, kg.extract.furniture)
SITE_GREETING = r"欢迎(?:光临|访问|进入|来到)"  # a site's greeting, also read by kg.extract.localities
SITE_CONTROLS = r"^\s*" + SITE_GREETING + r"|(?:^|\s)(?:网站)?(?:无障碍|适老版|适老化|长者版|智能问答)(?:\s|$)"
# breadcrumbs and "you are here" lines before a page's headline
_NAVIGATION = re.compile(r"[>＞»]|首\s*页|(?:当前|所在|您的|现在的)(?:页面|位置)"
                         # a paper's page label and its page navigation: "第01版:一版要闻", "上一版3 4下一版"
                         r"|^\s*(?:\d{1,5}\s*期\s*/?\s*)?(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]|上一版|下一版|标题导航|上一篇|下一篇|放大\s*缩小"
                         r"|星期[一二三四五六日天]\s*出版"
                         # a site's date widget: "2025年04月02日 星期三 |"
                         r"|^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天])?\s*[|｜]?\s*$"
                         # a forum's counters ("查看: 1079|回复: 1") and a site's section label ("旗级要闻")
                         r"|(?:查看|回复|浏览|点击)\s*[:：]\s*\d|^\s*[•·●]?\s*\S{0,6}(?:要闻|新闻|动态|资讯|快讯)\s*$"
                         r"|" + SITE_CONTROLS +
                         r"|马上注册|立即注册|找回密码|QQ登录|只需一步|才可以下载或查看|每日心情|^\s*(?:发帖|回帖|楼主)\s*$"
                         r"|索\s*引\s*号|组配分类|发布机构|发文日期|主题分类|体裁分类|公开方式|公开范围|时效性|成文日期|Flash Player"
                         # a meta field's line: "时间:", "来源: 潞州区发展和改革局"
                         r"|^\s*[-•·●]?\s*(?:发布|更新)?(?:时间|日期|来源|作者|编辑|责任编辑|字体|字号)\s*[:：]"
                         r"|^\s*[•·●]?\s*\S{0,10}(?:手机版|数字报|搜\s*索|读报|微博|微信|Qzone|语音播报|本版导航|各版导航|视觉导航|选择其他日期|无障碍|长者版|网站地图|本网原创|极光新闻|分享)\S{0,10}\s*$")
# a byline on a line of its own ("四川在线记者 甲乙", "通讯员 甲乙 丙丁", "某报·某网 甲乙 通讯员 丙丁",
# "某报-某网实习记者 甲乙"):
# no headline either
_ROLES = "|".join(sorted(BYLINE_ROLES, key=len, reverse=True))
_BYLINE_LINE = re.compile(rf"(?:[\u4e00-\u9fff·]{{2,12}}\s+[\u4e00-\u9fff]{{2,4}}\s+|[\u4e00-\u9fff·《》-]{{0,20}}?)"
                          rf"(?:{_ROLES})\s*[:：]?\s*[\u4e00-\u9fff]{{2,4}}"
                          rf"(?:\s+(?:{_ROLES})?\s*[\u4e00-\u9fff]{{2,4}})*\s*")


_TITLE_FIELD = re.compile(r"\s*标\s*题\s*[:：]\s*(\S.*?)\s*$")
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


_BULLET = re.compile(r"\s*[-*+•·●]\s*\S")
_META = re.compile(r"^\s*[-*+•·●]?\s*\S{0,4}(?:发布|更新)?(?:时间|日期|来源|作者|编辑)\s*[:：]|\d{4}年\d{1,2}月\d{1,2}日\s*\S{0,4}来源")


def _link_list_item(rows: list[str], i: int) -> bool:
    """rows[i] is an item of a bulleted list of links ("- 广州市人民政府", "• QQ空间"): a bullet
    line next to another that is no meta field or site control (a headline printed as "- X"
    above "- 来源: Y", or after "• 分享", is the page's)."""
    if not _BULLET.match(rows[i]):
        return False
    near = [next((r for r in rows[i + 1:i + 3] if r.strip()), ""),
            next((r for r in rows[max(0, i - 2):i][::-1] if r.strip()), "")]
    return any(_BULLET.match(r) and not _META.search(fold(r)) and not _NAVIGATION.search(fold(r)) for r in near)


def headless(lines: list[str], title: str | None) -> tuple[str, str]:
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
    field = next((m for r in rows[:12] if (m := _TITLE_FIELD.match(fold(r)))), None)
    if field and looks_like_headline(field.group(1)):
        # a disclosure page's header table names its headline: "标题: X局长来Y区督导调研"
        return collapse(field.group(1)), body_text(text)
    for i, line in enumerate(rows[:40]):  # a long menu of links may come first
        if not line.strip() or _link_list_item(rows, i):
            continue
        if looks_like_headline(line) and not _above_crumbs(rows, i):
            # "• 河南省政协考察组来河北省考察": a list bullet is no part of the headline
            return collapse(line).lstrip("•·● "), body_text("\n".join(rows[:i] + rows[i + 1:]))
        if looks_like_headline(line):
            continue  # the site's banner ("山南市人民政府") above its navigation
        if not (_NAVIGATION.search(fold(line)) or _BYLINE_LINE.fullmatch(fold(collapse(line)))
                or _DATELINE.fullmatch(fold(line))
                or _han_count(line) < 2):  # "2024-05-16 17:43", the font sizes 大 中 小
            break
    return "", body_text(text)
