"""Plain text and Markdown pages: front matter (`---` / `published: …` / `---`), Markdown
markup removed line by line, `#` / `##` headings that start articles, and the text before
the first heading told apart from a teaser or masthead (kg.load.files reads the page).
"""

from __future__ import annotations

import re

from kg.load.text import SENTENCE_END, collapse

__all__ = ["front_matter", "is_teaser_or_masthead", "markdown_line", "sections_of"]

_FRONT = re.compile(r"\A\n*---\n(.*?)\n(?:---|\.\.\.)(?:\n|\Z)", re.S)
_FIELD = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_HEADING = re.compile(r"(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+(?:\s+\"[^\"]*\")?\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")



def front_matter(text: str) -> tuple[dict[str, str], str]:
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


def markdown_line(line: str) -> str:
    """One line with Markdown block and inline markup removed (headings are handled
    by the caller)."""
    while line.startswith(">"):
        line = line[1:].lstrip()
    if _RULE.fullmatch(line) or set(line) == {"#"}:
        return ""
    return _BOLD.sub(r"\2", _LINK.sub(r"\1", _IMAGE.sub("", line))).strip()


def sections_of(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Lines before the first `#`/`##` heading, and (heading, lines) per article."""
    preamble: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in lines:
        h = _HEADING.fullmatch(line)
        if h and h.group(2) and len(h.group(1)) <= 2:
            sections.append((collapse(markdown_line(h.group(2))), []))
            continue
        line = markdown_line(h.group(2) if h else line)
        (sections[-1][1] if sections else preamble).append(line)
    return preamble, sections


def is_teaser_or_masthead(preamble: str, bodies: list[str]) -> bool:
    paragraphs = [p for p in preamble.split("\n") if p]
    if not any(ch in SENTENCE_END for ch in preamble) and "..." not in preamble:
        return True  # no sentence: a masthead, a date line
    joined = "".join("".join(b.split()) for b in bodies)
    return all("".join(p.split()).rstrip(".…")[:40] in joined for p in paragraphs)
