"""Caches for the pure rule functions extraction calls again and again (issue 16).

A long article repeats its phrases ("区委书记X到Y镇调研" a thousand times), and every
article repeats the genre's: a rule function that reads only its arguments (strings,
numbers) gives the same answer for the same ones, so it is computed once (strings up to
`LONGEST` characters: a long one is rarely met again, and would hold memory). `pure` is
`functools.lru_cache` for such functions; `pure_list` also hands each caller a fresh copy
of a list answer, which callers may extend (the cache keeps a tuple).

Only functions whose answer depends on nothing but their arguments and the lexicons
loaded at import time may be cached here: a function that reads a whole article by an
offset would be keyed by the article, and is cached per article instead (its caller
passes the slice it reads).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")

MAXSIZE = 8192  # entries per function: a few MB each at most
LONGEST = 200  # a longer string passed by position is not kept (memory): the call is computed


def pure(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache `fn` (arguments hashable; answer immutable or never changed by callers)."""
    cached = lru_cache(maxsize=MAXSIZE)(fn)

    @wraps(fn)
    def call(*args, **kwargs):
        for a in args:
            if type(a) is str and len(a) > LONGEST:
                return fn(*args, **kwargs)
        return cached(*args, **kwargs)

    call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    call.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return call


def bounded(fn: Callable[..., T]) -> Callable[..., T]:
    """`pure` for a function whose callers pass only short slices of the text (a window of
    a few dozen characters): no length check."""
    return lru_cache(maxsize=MAXSIZE)(fn)


def pure_list(fn: Callable[..., list]) -> Callable[..., list]:
    """Cache `fn`, whose answer is a list of immutable items: each call gets its own list."""
    cached = lru_cache(maxsize=MAXSIZE)(lambda *args, **kwargs: tuple(fn(*args, **kwargs)))

    @wraps(fn)
    def call(*args, **kwargs) -> list:
        for a in args:
            if type(a) is str and len(a) > LONGEST:
                return fn(*args, **kwargs)
        return list(cached(*args, **kwargs))

    call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    call.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return call


def finditer_with(pattern: re.Pattern, text: str, *needles: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, or nothing when `text` lacks one of `needles`: strings that
    every match of `pattern` contains (a pattern with a lazy prefix such as
    "([^,。]{0,30}?)有:" is tried at every position of the text, which costs more than the
    rest of a long article's reading). Keep the needles next to the pattern's use."""
    for n in needles:
        if n not in text:
            return iter(())
    return pattern.finditer(text)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while one article is read: reading a long one makes
    millions of small objects (matches, spans, tuples), each collection walks them all
    again, while they go with their last reference; a cycle, if any, is collected once
    collection resumes after, as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
