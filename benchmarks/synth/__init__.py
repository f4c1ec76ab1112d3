"""The synthetic corpus generator: deterministic pages of made-up local news with the
FORMAT.md truth a perfect extractor would output (`generate`, `write`), and the command
line `python -m benchmarks.synth --articles 1000 --seed 1 --out DIR`.

Modules: `names` (name tables; no generated name is a gold name of ../shared/gold),
`world` (the made-up administrative world of a seed), `text` (phrase pools), `article`
(one article and its truth), `visits` and `templates` (article kinds), `pages` (pages,
the files they are written to, and the command line).
"""

from .pages import Page, generate, main, write
from .world import Unit, World, build_world

__all__ = ["Page", "Unit", "World", "build_world", "generate", "main", "write"]
