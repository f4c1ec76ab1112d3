"""`kg view person 赵毅 -o x.html` on the dev corpus (ingested with its index), on the embedded
store and on Neo4j, opened from disk in headless Chromium with every network request
refused: the graph draws, holds his two posts and the 石佛办事处 inspection with Chinese
captions, and resting the pointer on the inspection edge shows the sentence it was read
from. Saves test-artifacts/view-person.png (the README's docs/view.png).

Needs Debian's chromium and chromium-driver (`make browser-deps`); when they are missing
it fails under CI=true and is skipped otherwise (tests/system/test_browser.py).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace

import pytest
from click.testing import CliRunner

from kg.cli.commands import cli
from kg.config import Settings
from kg.pipeline import ingest
from tests.support.paths import DEV
from tests.system.test_browser import ARTIFACTS, CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, need_chromium

PERSON = "赵毅"
INSPECTION = "2022-01-05 检查 · 区领导检查督导 全员核酸检测工作"
# no request may leave the page: names resolve nowhere and any proxied request fails
OFFLINE = ("--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
           "--proxy-bypass-list=<-loopback>")
_DATA = re.compile(r'<script type="application/json" id="kg-graph">(.*?)</script>', re.S)
TIMEOUT = 60


@pytest.fixture
def chrome(tmp_path):
    need_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS + OFFLINE + (f"--user-data-dir={tmp_path / 'chromium-profile'}",):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(TIMEOUT)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "dev.kgstore"
    assert not ingest([DEV], Settings.resolve("embedded", path), index=DEV / "index.json").errors
    return path


def kg_view(out, *store_args) -> dict:
    """Run `kg [store options] view person 赵毅 -o OUT`; the graph data the file holds."""
    result = CliRunner().invoke(cli, [*store_args, "view", "person", PERSON, "-o", str(out)], obj={})
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}: ") and "of 1 person node(s)" in result.output
    return json.loads(_DATA.search(out.read_text(encoding="utf-8")).group(1))


def open_view(chrome, path) -> dict:
    """Open the file from disk; once vis-network has laid it out, what it drew."""
    from selenium.webdriver.support.ui import WebDriverWait

    chrome.get(path.as_uri())
    WebDriverWait(chrome, TIMEOUT).until(lambda d: d.execute_script(
        "return document.body.getAttribute('data-ready') === '1'"), "vis-network never finished its layout")
    return chrome.execute_script("""
        const v = window.kgView, canvas = document.querySelector('#graph canvas');
        return {nodes: v.nodes.get().map(n => ({id: n.id, label: n.label, color: n.color.background})),
                edges: v.edges.get().map(e => ({id: e.id, from: e.from, to: e.to, label: e.label})),
                drawn: Object.keys(v.network.getPositions()).length,
                canvas: canvas ? [canvas.width, canvas.height] : null,
                requests: performance.getEntriesByType('resource').map(r => r.name)};
    """)


def check_zhao_yi(seen: dict) -> dict[str, dict]:
    names = {n["id"]: n["label"] for n in seen["nodes"]}
    assert {PERSON, "高新区党工委", "高新区管委会", INSPECTION, "石佛办事处"} <= set(names.values()), names
    assert seen["drawn"] == len(seen["nodes"]) and seen["canvas"][0] > 300 and seen["canvas"][1] > 300
    assert seen["requests"] == []  # nothing was fetched: the library and the data are in the file
    edges = {(names[e["from"]], names[e["to"]]): e for e in seen["edges"]}
    assert edges[(PERSON, "高新区党工委")]["label"] == "委员"
    assert edges[(PERSON, "高新区管委会")]["label"] == "副主任"
    assert edges[(PERSON, INSPECTION)]["label"] == "检查、讲话"
    assert edges[(INSPECTION, "石佛办事处")]["label"] == "地点"
    colours = {n["label"]: n["color"] for n in seen["nodes"]}
    assert colours[PERSON] == "#C0392B" and colours["石佛办事处"] == "#1E8449"  # schema/browser.grass
    return edges


def hover_edge(chrome, edge_id: str, prefix: str) -> str:
    """Rest the pointer on an edge, at a point near its middle that no node and no other edge
    covers (the layout may lay another edge across the middle), until the tooltip shown is that
    edge's (starts with `prefix`); the tooltip's text, or the last one seen."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    points, w, h = chrome.execute_script("""
        const net = window.kgView.network, id = arguments[0], e = net.body.edges[id];
        const c = document.querySelector('#graph canvas').getBoundingClientRect();
        const free = [], all = [];
        for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
            const d = net.canvasToDOM(e.edgeType.getPoint(t, e.edgeType.getViaNode()));
            all.push([d.x, d.y]);
            if (net.getEdgeAt(d) === id && net.getNodeAt(d) === undefined) free.push([d.x, d.y]);
        }
        return [free.length ? free : all.slice(0, 1), c.width, c.height];
    """, edge_id)
    canvas = chrome.find_element(By.CSS_SELECTOR, "#graph canvas")
    text = ""
    for x, y in points:
        # away first (a corner of the canvas) so the last tooltip goes, then onto the point
        ActionChains(chrome).move_to_element_with_offset(canvas, int(-w / 2) + 2, int(-h / 2) + 2).perform()
        time.sleep(0.3)
        ActionChains(chrome).move_to_element_with_offset(canvas, int(x - w / 2) + 1, int(y - h / 2)).perform()
        ActionChains(chrome).move_by_offset(-1, 0).perform()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            text = chrome.execute_script("""
                const t = document.querySelector('div.vis-tooltip');
                return t && t.style.visibility === 'visible' ? t.innerText : '';""")
            if text:
                break
            time.sleep(0.2)
        if text.startswith(prefix):
            return text
    return text


@pytest.mark.browser
def test_kg_view_of_zhao_yi_draws_offline_with_the_sentence_on_hover(dev_store, chrome, tmp_path):
    out = tmp_path / "x.html"
    kg_view(out, "--backend", "embedded", "--store", str(dev_store))
    seen = open_view(chrome, out)
    edges = check_zhao_yi(seen)
    tip = hover_edge(chrome, edges[(PERSON, INSPECTION)]["id"], f"{PERSON} → {INSPECTION}")
    assert tip.startswith(f"{PERSON} → {INSPECTION}"), tip
    assert "赵毅到石佛办事处各核酸检测点检查督导全员核酸检测工作" in tip
    ARTIFACTS.mkdir(exist_ok=True)
    chrome.save_screenshot(str(ARTIFACTS / "view-person.png"))
    assert (ARTIFACTS / "view-person.png").stat().st_size > 20_000


@pytest.mark.browser
def test_kg_view_of_zhao_yi_on_neo4j_is_the_same_graph(dev_store, clean_neo4j, neo4j_settings, chrome, tmp_path):
    settings = replace(Settings.resolve("embedded", dev_store), backend="neo4j", neo4j=neo4j_settings)
    assert not ingest([DEV], settings, index=DEV / "index.json").errors
    on_neo4j = kg_view(tmp_path / "neo4j.html", "--backend", "neo4j")  # NEO4J_* of the test server
    embedded = kg_view(tmp_path / "embedded.html", "--backend", "embedded", "--store", str(dev_store))
    assert on_neo4j == embedded
    check_zhao_yi(open_view(chrome, tmp_path / "neo4j.html"))
