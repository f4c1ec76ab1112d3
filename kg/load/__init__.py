"""Stage 1, load: files and directories to `Article`s (kg.model).

`files` reads text, Markdown, HTML and JSON Lines files and walks directories; `text`
decodes and normalises; `breaks` joins paragraphs a page's break cut; `headline` finds a
plain page's headline; `html` takes a news page's article text; `jsonl` reads one article
per line; `index` reads a corpus index (per-file date, source, home) and applies what is
declared about a file to its articles. May import: the shared modules (kg.model, kg.errors,
kg.lexicon) only.
"""
