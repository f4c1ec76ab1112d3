"""Extraction time grows linearly with an article's length, with or without punctuation
(no scan restarts from the article start per sentence or per mention). A ratio of two
timings in one run, so the machine's speed does not matter."""

import time

import pytest

from kg.extract import extract_article
from kg.model import Article

UNITS = {"no punctuation": "区委副书记区长刘振华主持会议并讲话",
         "repetitive": "3月5日,区委书记刘振华到石湾镇调研,区长陈立新陪同。"}


def per_char(unit: str, n: int) -> float:
    text = (unit * (n // len(unit) + 1))[:n]
    t = time.perf_counter()
    extract_article(Article("t", text, "x.txt"))
    return (time.perf_counter() - t) / n


@pytest.mark.parametrize("kind", sorted(UNITS))
def test_time_per_character_stays_flat(kind):
    extract_article(Article("t", "热身:区委书记刘振华讲话。", "x.txt"))  # load the dictionaries first
    small = min(per_char(UNITS[kind], 8_000) for _ in range(2))
    large = per_char(UNITS[kind], 80_000)
    assert large < 3 * small, f"{kind}: {large * 1e6:.1f} µs/char at 80k vs {small * 1e6:.1f} at 8k"
