"""Stage 1, load: files and directories to `Article`s (kg.model).

`files` reads text, Markdown, HTML and JSON Lines files and walks directories; `text`
decodes and normalises; `html` takes a news page's article text; `jsonl` reads one article
per line. May import: the shared modules (kg.model, kg.errors) only.
"""
