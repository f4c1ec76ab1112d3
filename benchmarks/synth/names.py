"""Name tables for the synthetic benchmark corpus: person names and made-up place names.

Surname weights follow the published frequency order of Chinese surnames (per 10,000
people, rounded), with a handful of compound surnames at the tail. Given names take one or
two characters from position-specific pools, weighted Zipf-like by pool order. None of this
is gold data: names that happen to coincide with a name in ../shared/gold are refused at
generation time (see `gold_names`), so the benchmark never reuses a gold person.
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
from pathlib import Path

SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 710), ("李", 700), ("张", 680), ("刘", 540), ("陈", 460), ("杨", 310), ("黄", 220),
    ("赵", 200), ("吴", 190), ("周", 190), ("徐", 140), ("孙", 130), ("马", 120), ("朱", 120),
    ("胡", 110), ("郭", 110), ("何", 110), ("林", 100), ("高", 100), ("罗", 100), ("郑", 90),
    ("梁", 80), ("谢", 70), ("宋", 70), ("唐", 70), ("许", 60), ("韩", 60), ("邓", 60),
    ("冯", 60), ("曹", 60), ("彭", 60), ("曾", 50), ("肖", 50), ("田", 50), ("董", 50),
    ("潘", 40), ("袁", 40), ("蔡", 40), ("蒋", 40), ("余", 40), ("于", 40), ("杜", 40),
    ("叶", 40), ("程", 40), ("魏", 40), ("苏", 40), ("吕", 30), ("丁", 30), ("任", 30),
    ("卢", 30), ("姚", 30), ("沈", 30), ("钟", 30), ("姜", 30), ("崔", 30), ("谭", 30),
    ("陆", 30), ("范", 30), ("汪", 30), ("廖", 30), ("石", 30), ("金", 30), ("韦", 30),
    ("贾", 30), ("夏", 20), ("付", 20), ("方", 20), ("邹", 20), ("熊", 20), ("白", 20),
    ("孟", 20), ("秦", 20), ("邱", 20), ("侯", 20), ("江", 20), ("尹", 20), ("薛", 20),
    ("闫", 20), ("段", 20), ("雷", 20), ("龙", 20), ("黎", 20), ("史", 20), ("陶", 20),
    ("贺", 20), ("毛", 15), ("郝", 15), ("顾", 15), ("龚", 15), ("邵", 15), ("万", 15),
    ("覃", 10), ("武", 10), ("钱", 10), ("戴", 10), ("严", 10), ("莫", 10), ("孔", 10),
    ("向", 10), ("汤", 10), ("康", 10), ("易", 10), ("乔", 10), ("赖", 10), ("欧阳", 4),
    ("司马", 1), ("上官", 1), ("诸葛", 1), ("东方", 1), ("皇甫", 1), ("令狐", 1), ("夏侯", 1),
)

# Given-name characters, most common first (weight ~ 1/(rank+8)).
GIVEN_M = (
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武"
    "新利清飞彬富顺信杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承"
    "乐绍功松善厚庆磊民友裕河哲江超浩亮政谦奇固翰朗伯宏言若鸣朋斌栋维启克伦翔旭鹏泽晨辰"
    "士建家致树炎德行时泰盛雄琛钧冠策腾楠风航弘"
)
GIVEN_F = (
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香"
    "月媛艳瑞凡佳嘉琼勤珍贞莉桂叶璐娅琦晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君"
    "琴蕊薇菁梦岚婕馨韵园艺聪澜纯悦昭冰爽茗羽希欣育滢筠柔竹凝晓欢枫芸菲亚宜可舒影丽阳妮"
)

# Made-up place names: two characters, first from PLACE_A, second from PLACE_B.
PLACE_A = (
    "青石云龙凤金银玉白东西南北新清长永安平河湖溪桥峰岭松柏桃梅兰竹枫杨柳花泉田川康和"
    "顺兴丰华明光德寿乐泰鹤鹿雁沙汀滨湾渡塘坪坝岗庄营堡寨集蒲荷芦苇菱藕樟桐槐檀杉榆枣"
)
PLACE_B = (
    "石山川河湖溪桥峰岭林泉田坪坝岗庄营堡寨集湾塘洲滩源港渡口门头岩坡冲垭铺店园苑亭台"
    "湖阳宁安丰兴盛华明德和康乐平寿安"
)
CITY_B = "州阳江安城宁山原川陵"

SITE_KIND = (
    "科技有限公司", "新材料有限公司", "机械制造有限公司", "食品有限公司", "电子科技有限公司",
    "生物医药有限公司", "智能装备产业园", "现代物流园", "现代农业示范园", "污水处理厂",
    "安置房项目", "产业园", "纺织有限公司", "光电科技有限公司", "汽车零部件有限公司",
)

ROOT = Path(__file__).resolve().parents[2]  # the repository (benchmarks/synth/names.py)
GOLD_DIR = ROOT.parent / "shared" / "gold"


def gold_names(gold_dir: Path = GOLD_DIR) -> frozenset[str]:
    """Every person or reporter name in the gold files, if they are present (else empty)."""
    names: set[str] = set()
    if not gold_dir.is_dir():
        return frozenset()
    for f in sorted(gold_dir.glob("*.json")):
        try:
            records = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for r in records if isinstance(records, list) else []:
            for key in ("people", "reporters"):
                names.update(x.get("name", "") for x in r.get(key, []))
            for e in r.get("events", []):
                names.update(x.get("name", "") for x in e.get("participants", []))
    names.discard("")
    return frozenset(names)


def _cum(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


class Picker:
    """Weighted choice with precomputed cumulative weights (fast, deterministic)."""

    def __init__(self, items: list[str], weights: list[float]):
        self.items = items
        self.cum = _cum(weights)

    def __call__(self, rng: random.Random) -> str:
        x = rng.random() * self.cum[-1]
        return self.items[bisect.bisect_right(self.cum, x)]


def _zipf(chars: str) -> Picker:
    items = list(dict.fromkeys(chars))
    return Picker(items, [1.0 / (i + 8) for i in range(len(items))])


class NameMaker:
    """Draws unique person names; no name is a substring of another name or a place name."""

    def __init__(self, rng: random.Random, forbidden: frozenset[str] = frozenset()):
        self.rng = rng
        self.forbidden = forbidden
        self.names: set[str] = set()
        self.subs: set[str] = set()
        self.surname = Picker([s for s, _ in SURNAMES], [w for _, w in SURNAMES])
        self.male = _zipf(GIVEN_M)
        self.female = _zipf(GIVEN_F)

    def reserve(self, word: str) -> None:
        """Keep `word` (a place name, say) from being part of, or containing, a name."""
        self.names.add(word)
        for i in range(len(word)):
            for j in range(i + 2, len(word) + 1):
                self.subs.add(word[i:j])

    def _ok(self, name: str) -> bool:
        if name in self.forbidden or name in self.subs:
            return False
        for i in range(len(name)):
            for j in range(i + 2, len(name) + 1):
                if name[i:j] in self.names:
                    return False
        return True

    def person(self, female: bool | None = None) -> str:
        rng = self.rng
        while True:
            fem = (rng.random() < 0.25) if female is None else female
            pool = self.female if fem else self.male
            given = pool(rng)
            if rng.random() >= 0.12:
                given += pool(rng)
            name = self.surname(rng) + given
            if given[:1] != given[1:2] and self._ok(name):
                self.reserve(name)
                return name


def place_names(rng: random.Random, n: int) -> list[str]:
    """`n` distinct two-character made-up place names."""
    seen: dict[str, None] = {}
    while len(seen) < n:
        a, b = rng.choice(PLACE_A), rng.choice(PLACE_B)
        if a != b:
            seen.setdefault(a + b)
    return list(seen)


def city_names(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = rng.choice(PLACE_A) + rng.choice(CITY_B)
        if name not in taken and name not in out:
            out.append(name)
    return out
