"""A page of brief reports: paragraphs each opened by the same bullet and the day of its report
("○11月26日,X到某县调研。" / "○11月29日,…"), each a report of its own (an article), in
printed order. Lines between two bullets belong to the report before; the lines above the first
are the page's own (a column title, a masthead). A single bulleted paragraph is no such page.
"""

from __future__ import annotations

import re

__all__ = ["brief_items"]

# a bullet, then the report's day: "○11月26日", "●2月3日上午", "■3日,"
_ITEM = re.compile(r"^\s*([○●■◆▲□◇★☆◎])\s*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日[上下中晚午]*[,，])")
MIN_ITEMS = 2


def brief_items(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """(the lines above the first report, each report's text without its bullet) of a page of
    brief reports, or None when the page is none."""
    starts = [(i, m) for i, line in enumerate(lines) if (m := _ITEM.match(line))]
    if len(starts) < MIN_ITEMS or len({m.group(1) for _, m in starts}) != 1:
        return None
    items = []
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        items.append("\n".join([lines[i][m.end():], *lines[i + 1:end]]))
    return lines[:starts[0][0]], items
