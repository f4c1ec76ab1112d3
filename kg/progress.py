"""Progress of the long library calls (ingest, extraction over many files), reported as
`Step`s to a callback the caller passes (`progress=`).

The library only calls `progress(step)`; it never looks at a terminal. The command line
draws a bar on stderr from the steps (kg.cli.progress), a notebook may pass any callable
(or none: then nothing is reported). Steps come in order, from the calling process (files
extracted in `--jobs` worker processes are reported as their results come back):

- `read`: one more file (or text) was read and extracted; `done` of `total` files,
  `articles` read so far, `failed` files with an error so far, `path` the file. A first
  step with `done` 0 comes before the first file is read.
- `resolve`: the `total` new or changed articles are being resolved against the store.
- `write`: `done` of `total` articles are written (after each transaction).

A callback that raises stops the call with its exception (after the store's own clean-up:
a batch in flight is rolled back, as for any other error).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

PHASES = ("read", "resolve", "write")


@dataclass(frozen=True)
class Step:
    phase: str  # one of PHASES
    done: int  # files read (read) or articles written (write) so far
    total: int  # files to read, or articles to resolve and write
    articles: int = 0  # articles read so far (read)
    failed: int = 0  # files with an error so far (read)
    path: str | None = None  # the file just read (read)


Progress = Callable[[Step], None]


def report(progress: Progress | None, phase: str, done: int, total: int, **more) -> None:
    """Call `progress` with one Step, when there is a callback."""
    if progress is not None:
        progress(Step(phase, done, total, **more))
