"""kg.export.style: schema/browser.grass read as styles per label and relationship type."""

import re

import pytest

from kg.errors import ConfigError
from kg.export.style import parse_grass, pixels, style
from kg.graph.model import LABELS
from kg.query.browser import grass


def test_every_label_gets_the_grass_colour():
    st = style()
    text = grass()
    for label in LABELS:
        block = re.search(r"node\." + label + r"\s*\{([^}]*)\}", text).group(1)
        colour = re.search(r"(?<!-)color:\s*(#[0-9A-Fa-f]{6})", block).group(1)
        assert st.node(label)["color"] == colour
    assert len({st.node(x)["color"] for x in LABELS}) == len(LABELS)
    assert st.node("Event")["caption"] == "{caption}"


def test_defaults_fill_what_a_block_leaves_out():
    st = parse_grass("node { color: #111111; diameter: 50px; } node.A { color: #222222; }"
                     " relationship { color: #333333; } relationship.R { shaft-width: 3px; }")
    assert st.node("A") == {"color": "#222222", "diameter": "50px"}
    assert st.node("B") == {"color": "#111111", "diameter": "50px"}
    assert st.rel("R") == {"color": "#333333", "shaft-width": "3px"}
    assert pixels(st.rel("R")["shaft-width"], 1) == 3.0 and pixels(None, 7) == 7


@pytest.mark.parametrize("text", ["", "node { color #111; }"])
def test_a_broken_grass_is_refused(text):
    with pytest.raises(ConfigError):
        parse_grass(text)
