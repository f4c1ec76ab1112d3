"""Extraction time grows linearly with an article's length, with or without punctuation
(no scan restarts from the article start per sentence or per mention, none runs to the
end of a sentence per visit verb or per person). A ratio of two timings in one run, of
the process's CPU time, so neither the machine's speed nor other programs matter; the
seconds a million characters take are measured by `make bench` (benchmarks/long_article.py).
"""

import time

import pytest

from kg.extract import extract_article
from kg.model import Article

UNITS = {"no punctuation": "区委副书记区长刘振华主持会议并讲话",
         "repetitive": "3月5日,区委书记刘振华到石湾镇调研,区长陈立新陪同。",
         # text without punctuation holding the phrases of the per-sentence rules
         "accompanied, no punctuation": "在区长陈立新陪同下区委书记刘振华到石湾镇调研他强调要抓好落实",
         "visits, no punctuation": "区委书记刘振华先后来到石湾镇、白杨村、红旗社区调研",
         "lists": "参加视察的市人大代表有:刘振华、陈立新、王强。执行主席由刘振华、陈立新担任。",
         # a name run on into a word after its title, vouched for by the article printing it again
         "run-on names": "县委书记刘振华载誉归来,刘振华主持会议。",
         # dotted names, each printed again after (the part two printings share)
         "dotted names": "村党支部书记吐尔丙·克然丁家中,吐尔丙·克然丁是老党员。",
         # posts of a province printed once, in a paper of another province (HOMES)
         "guests of another province": "湖北省恩施州、湖南省湘西州负责同志出席。省政协副主席刘振华、市委书记陈立新出席。"}
HOMES = {"guests of another province": "贵州省铜仁市碧江区"}


def per_char(unit: str, n: int, home: str | None = None) -> float:
    text = (unit * (n // len(unit) + 1))[:n]
    t = time.process_time()
    extract_article(Article("t", text, "x.txt", home=home))
    return (time.process_time() - t) / n


@pytest.mark.parametrize("kind", sorted(UNITS))
def test_time_per_character_stays_flat(kind):
    extract_article(Article("t", "热身:区委书记刘振华讲话。", "x.txt"))  # load the dictionaries first
    small = min(per_char(UNITS[kind], 8_000, HOMES.get(kind)) for _ in range(2))
    large = per_char(UNITS[kind], 120_000, HOMES.get(kind))
    assert large < 3 * small, f"{kind}: {large * 1e6:.1f} µs/char at 120k vs {small * 1e6:.1f} at 8k"
