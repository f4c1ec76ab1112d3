"""The progress bar of the long commands (`kg ingest`, `kg extract`), drawn on stderr with
rich from the kg.progress steps the library reports, and the closing summary of an ingest
on a terminal.

Only when stderr is a terminal: with stderr redirected (a script, a pipe, a log file)
`progress_bar()` gives no callback and nothing is drawn, so what scripts read stays as it
was. One bar reads the files (done of total, articles read, files with errors, the rate, the
time left and, once done, the time taken), a second one resolves and writes the new
articles.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

from kg.progress import Step


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} {task.fields['unit']}/s" if speed else "", style="progress.data.speed")


class _Time(ProgressColumn):
    """Time left while running, time taken once finished."""

    def render(self, task: Task) -> Text:
        if task.finished:
            return Text(f"took {_clock(task.finished_time or task.elapsed or 0)}", style="progress.elapsed")
        left = task.time_remaining
        return Text(f"{_clock(left)} left" if left is not None else "", style="progress.remaining")


def _clock(seconds: float) -> str:
    m, s = divmod(int(round(seconds)), 60)
    return f"{m // 60}:{m % 60:02d}:{s:02d}"


class Bar:
    """A kg.progress callback drawing one bar per phase."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(TextColumn("{task.description:<9}"), BarColumn(bar_width=16),
                                 MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
                                 TextColumn("{task.fields[info]}"), _Rate(), _Time(),
                                 console=console, transient=False, refresh_per_second=8)
        self.tasks: dict[str, int] = {}

    def _task(self, phase: str, description: str, total: int | None, unit: str):
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(description, total=total, unit=unit, info="")
        return self.tasks[phase]

    def __call__(self, step: Step) -> None:
        if step.phase == "read":
            task = self._task("read", "reading", step.total, "files")
            failed = f", {step.failed} with errors" if step.failed else ""
            self.progress.update(task, total=step.total, completed=step.done,
                                 info=f"{step.articles} article(s){failed}")
        else:  # resolving the new articles, then writing them: one bar, its time left counts both
            task = self._task("write", "resolving", step.total, "articles")
            self.progress.update(task, total=step.total, completed=step.done,
                                 description="resolving" if step.phase == "resolve" else "writing")


@contextmanager
def progress_bar(stream=None) -> Iterator[Bar | None]:
    """A Bar drawing on `stream` (stderr) while the block runs, when it is a terminal; else None."""
    stream = sys.stderr if stream is None else stream
    if not _is_terminal(stream):
        yield None
        return
    bar = Bar(Console(file=stream, force_terminal=True))
    with bar.progress:
        yield bar


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def ingest_totals(report) -> str:
    """The terminal's closing line of an ingest, before the summary scripts read: files,
    articles, what the store gained, the time taken."""
    written = report.written()
    return (f"{len(report.files)} file(s), {report.total('articles')} article(s) read in {report.seconds:.1f} s; "
            f"{_signed(written['nodes'])} node(s), {_signed(written['relationships'])} relationship(s) in the store")


def _signed(n: int) -> str:
    return f"+{n}" if n >= 0 else str(n)
