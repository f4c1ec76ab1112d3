"""A per-article time budget: an article whose extraction takes longer than
`KG_ARTICLE_SECONDS` (default 60) is reported as failed, with its file and position, and
the rest goes on. Extraction runs in linear time, so only a huge or hostile page reaches it.

The budget is a SIGALRM timer, so it holds in the main thread of a process (the CLI, and
each `--jobs` worker); elsewhere (a thread of an embedding application) it is not armed.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import InputError

DEFAULT_ARTICLE_SECONDS = 60.0


class ExtractionTimeout(InputError):
    """An article's extraction ran past its time budget."""


def article_seconds() -> float:
    raw = os.environ.get("KG_ARTICLE_SECONDS", "").strip()
    try:
        return float(raw) if raw else DEFAULT_ARTICLE_SECONDS
    except ValueError:
        return DEFAULT_ARTICLE_SECONDS


@contextmanager
def time_budget(source: str, index: int, seconds: float | None = None) -> Iterator[None]:
    seconds = article_seconds() if seconds is None else seconds
    if (seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def expired(signum, frame):
        if _logging_lock_held():
            # raised inside logging's lock (jieba logs, a driver warns), the lock would stay held
            # and every later log call of any thread would wait for ever: fire once it is released
            signal.setitimer(signal.ITIMER_REAL, _RETRY_SECONDS)
            return
        raise ExtractionTimeout(source, f"article {index + 1}: extraction took over {seconds:g} s "
                                        "(KG_ARTICLE_SECONDS); skipped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_RETRY_SECONDS = 0.01


def _logging_lock_held() -> bool:
    """Whether this thread holds the logging module's lock (an RLock: `_is_owned`)."""
    import logging

    is_owned = getattr(getattr(logging, "_lock", None), "_is_owned", None)
    return bool(is_owned and is_owned())
