"""The zones an article prints (高新区, 周口港区, 杞山工业园区) and which one a bare zone word or a
zone's body printed bare stands for; `Localities` (kg.extract.localities) reads them."""

from __future__ import annotations

from kg.lexicon import GENERIC_ZONE_TERMS, ZONE_BODIES, ZONE_WORDS


class ZoneReading:
    """What the zones printed in an article (`self.zones`, in printed order, repeats kept) stand for."""

    zones: list[str]

    def zone_org(self, org: str) -> str | None:
        """A zone's body written out with the zone the article prints, else None: a bare 党工委 /
        管委会 is the zone's; 工业园区管委会 after 杞山工业园区; 高新区党工委 after 郑州高新区."""
        if org.startswith(ZONE_BODIES + ("纪工委",)):
            if zone := self.main_zone():
                return zone + org
        for term in GENERIC_ZONE_TERMS:
            zone = self.zone_for(term) if org.startswith(term) else None
            if zone and zone != term:
                return zone + org[len(term):]
        for z in ZONE_WORDS:
            if org.startswith(z) and (zone := self.zone_for(z)):
                return zone + org[len(z):]
        return None

    def main_zone(self) -> str | None:
        """The zone the article is about, of those its zone words stand for: one printed with its name (楚雄经开区,
        not the 高新区 in brackets after it), the most printed, the first on a tie."""
        zones = [z for w in ZONE_WORDS if (z := self.zone_for(w))]
        # 高新区 kept bare (printed bare more often) keeps 郑州高新区, read for 新区, out too
        zones = [z for z in zones if not any(b in ZONE_WORDS and b != z and z.endswith(b) for b in zones)]
        return min(zones, key=lambda z: (z in ZONE_WORDS, -self.zones.count(z), self.zones.index(z) if z in self.zones else 0), default=None)

    def zone_for(self, word: str) -> str | None:
        """The printed zone that `word` stands for (港区 → 周口港区; 高新区 stays)."""
        known = self.__dict__.setdefault("_zones_read", {})  # asked again and again: read once
        return known[word] if word in known else known.setdefault(word, self._zone_for(word))

    def _zone_for(self, word: str) -> str | None:
        if not (cands := [z for z in self.zones if z.endswith(word) and not z.startswith(("中国", "全国"))]):
            return None
        longer = [z for z in cands if z != word]
        if word in cands and len(word) >= 3 and word not in GENERIC_ZONE_TERMS and cands.count(word) > len(longer):
            return word  # 高新区 printed bare more often than 郑州高新区 stays 高新区 (the dev gold's convention)
        # 工业园区 is the short form of 杞园工业园区 printed in the same article
        longer = [z for z in longer if not any(o != z and o.endswith(z) for o in longer)] or longer
        if not longer:
            return None
        return max(dict.fromkeys(longer), key=lambda z: (longer.count(z), -len(z)))  # ties: first printed
