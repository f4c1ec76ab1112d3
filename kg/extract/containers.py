"""The administrative containers printed before an event's places.

FORMAT.md reduces a place to its most specific name ("梧桐办事处郭庄社区" → 郭庄社区), and
that is what `Event.places` holds. The graph still wants to know that 郭庄社区 lies in
梧桐办事处 (a District PART_OF another), so `kg events --place 梧桐办事处` finds the visit.
`printed_places` recovers, for each place, the printed chain of administrative places that
ends in it, from the same visit lists the extractor reads places from (VISIT_RE +
visit_items + reduce_place). In a list, a container printed with one item carries to the
bare items after it that are of a lower level ("梧桐办事处郭庄社区、兰寨村": 兰寨村 is in
梧桐办事处 too). Places without a printed container are returned as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Sentence
from kg.extract.divisions import parse_place
from kg.extract.memo import pure
from kg.extract.triggers import VISIT_RE, reduce_place
from kg.extract.visit_lists import visit_clause, visit_items


def _chain_of(item: str, place: str) -> tuple[str, int] | None:
    """(printed chain ending in `place`, rank of its last container) when `item` prints
    `place` after one or more administrative containers and nothing else."""
    i = item.find(place)
    if i <= 0:
        return None
    cut = item[: i + len(place)]
    chain, whole = parse_place(cut)
    if whole and len(chain) >= 2 and chain[-1].name == place:
        return cut, chain[-2].rank
    chain, whole = parse_place(item[:i])  # "车湖垸黄沙湖": a named place inside a polder
    if whole and chain:
        return cut, chain[-1].rank
    return None


def printed_places(text: str, sentences: Sequence[Sentence], places: Sequence[str]) -> tuple[str, ...]:
    """Each of `places` with its printed administrative containers, else as it is."""
    wanted = frozenset(places)
    found: dict[str, str] = {}
    for s in sentences:
        if len(found) == len(wanted):
            break
        for place, printed in _printed_in(text[s.start:s.end], wanted):
            found.setdefault(place, printed)
    return tuple(found.get(p, p) for p in places)


@pure
def _printed_in(sent: str, wanted: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(place, printed chain) of one sentence's visit lists, for `printed_places`."""
    found: list[tuple[str, str]] = []
    dest, dest_rank = "", 0  # "到白杨镇调研, 先后来到白杨村、红旗社区": 白杨镇 holds the later items
    for m in VISIT_RE.finditer(sent):
        prefix, prefix_rank = dest, dest_rank
        items = visit_items(visit_clause(sent, m.end()))
        if len(items) == 1:
            chain, whole = parse_place(items[0])
            if whole and len(chain) == 1:
                dest, dest_rank = chain[0].name, chain[0].rank
        for item in items:
            place = reduce_place(item)
            if not place or place not in wanted:
                continue
            own = _chain_of(item, place)
            if own is not None:
                printed, prefix_rank = own
                prefix = printed[: -len(place)]
                found.append((place, printed))
            elif prefix and item == place:
                chain, whole = parse_place(place)
                if whole and len(chain) == 1 and chain[0].rank > prefix_rank:
                    found.append((place, prefix + place))
    return tuple(found)
