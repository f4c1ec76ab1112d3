"""kg.query.browser and `kg browser`: URLs, the grass style, helper snippets; and a real headless
Chromium driving the Neo4j Browser of the test server over the dev corpus.

The Chromium test is what a user does with `kg browser`'s output: open the connect URL, log
in, paste and run the `:style` line, the `:param` lines and the person helpers, and look
at the graph. It saves test-artifacts/browser-person.png. It needs Debian's chromium and
chromium-driver (`make browser-deps`); when they or Neo4j are missing it fails under
CI=true and is skipped otherwise.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import in_ci

from kg import pipeline
from kg.query.browser import (browser_guide, browser_info, grass, helpers, literal, load_helper,
                        params_block, snippet, style_command)
from kg.cli.commands import cli
from kg.config import Neo4jSettings, Settings
from kg.graph.model import LABELS, REL_TYPES

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PERSON = "赵毅"  # the official of the zhengzhou page, in two articles of the dev corpus
OFFICE = "高新区管委会"


# --- URLs, style, snippets ----------------------------------------------------------------

@pytest.fixture
def no_http_port(monkeypatch):
    monkeypatch.delenv("NEO4J_HTTP_PORT", raising=False)


def test_urls_come_from_neo4j_uri_and_the_http_port(no_http_port, monkeypatch):
    info = browser_info(Neo4jSettings("bolt://127.0.0.1:7687", "neo4j", "s3cret"))
    assert info.browser_url == "http://127.0.0.1:7474/browser/"
    assert info.connect_url == "http://127.0.0.1:7474/browser/?dbms=bolt://neo4j@127.0.0.1:7687"
    info = browser_info(Neo4jSettings("neo4j+s://db.example.org", "kg user", "s3cret", "graph"))
    assert info.connect_url == ("https://db.example.org:7473/browser/"
                                "?dbms=neo4j+s://kg%20user@db.example.org:7687&db=graph")
    monkeypatch.setenv("NEO4J_HTTP_PORT", "8474")
    assert browser_info(Neo4jSettings("neo4j://host:7999", "neo4j")).connect_url == \
        "http://host:8474/browser/?dbms=neo4j://neo4j@host:7999"
    assert browser_info(Neo4jSettings("neo4j://host", "neo4j"), port=9000).browser_url == \
        "http://host:9000/browser/"


def test_bad_settings_are_config_errors(monkeypatch):
    runner = CliRunner()
    monkeypatch.setenv("NEO4J_HTTP_PORT", "web")
    res = runner.invoke(cli, ["browser"])
    assert res.exit_code == 2 and "NEO4J_HTTP_PORT='web'" in res.output
    monkeypatch.delenv("NEO4J_HTTP_PORT")
    monkeypatch.setenv("NEO4J_URI", "http://127.0.0.1:7474")
    res = runner.invoke(cli, ["browser"])
    assert res.exit_code == 2 and "not a bolt:// or neo4j:// URI" in res.output


def grass_blocks(text: str) -> dict[str, dict[str, str]]:
    """Parse grass like Browser does: `selector { key: value; ... }`, quotes dropped."""
    blocks = {}
    for sel, body in re.findall(r"([^{}\s]+)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", text):
        decls = {}
        for d in body.split(";"):
            if d.strip():
                parts = d.split(":")
                assert len(parts) == 2, f"{sel}: {d.strip()!r} is not one key: value"
                decls[parts[0].strip()] = parts[1].strip().strip("'\"")
        blocks[sel] = decls
    return blocks


def test_grass_styles_every_label_and_type():
    text = grass()
    assert "/*" not in text and "//" not in text  # Browser's grass parser has no comments
    blocks = grass_blocks(text)
    captions = {label: blocks[f"node.{label}"]["caption"] for label in LABELS}
    assert captions == {"Person": "{name}", "Office": "{name}", "District": "{name}",
                        "Event": "{type} {date}", "Article": "{title}"}
    colours = [blocks[f"node.{label}"]["color"] for label in LABELS]
    sizes = {blocks[f"node.{label}"]["diameter"] for label in LABELS}
    assert len(set(colours)) == len(LABELS) and len(sizes) >= 3
    rels = {t: blocks[f"relationship.{t}"]["caption"] for t in REL_TYPES if f"relationship.{t}" in blocks}
    assert rels["HOLDS"] == "HOLDS {title}" and rels["REPORTED_BY"] == "REPORTED_BY {role}"
    assert set(REL_TYPES) - set(rels) <= {"REPORTED_IN", "MENTIONED_IN"}  # default: '<type>'
    assert style_command().startswith(":style node {") and "\n" not in style_command()


def test_helper_snippets_bind_every_parameter():
    h = load_helper("person_graph")
    assert h.params == ("name",) and "$name" in h.query and "//" not in h.query
    assert params_block(h, {"name": PERSON}) == f":param name => '{PERSON}';"
    text = snippet(h, {"name": PERSON})
    assert text.startswith("// person_graph: ") and text.endswith(h.query)
    names = [x.name for x in helpers()]
    assert "person_graph" in names
    if "person" in names:
        assert names.index("person") < names.index("person_graph")
    for x in helpers():  # every $name of every helper gets a :param line
        assert set(re.findall(r"\$(\w+)", x.query)) <= set(x.params)
        assert params_block(x).count(":param ") == len(x.params)
    assert literal("O'Brien \\ ") == "'O\\'Brien \\\\ '" and literal(None) == "null"
    assert literal(3) == "3" and literal(["a", 1]) == "['a', 1]"


def test_cli_prints_urls_style_params_and_never_the_password(no_http_port, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j://127.0.0.1:7687")
    monkeypatch.setenv("NEO4J_USERNAME", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-Never-Shown-42")
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    runner = CliRunner()
    res = runner.invoke(cli, ["browser", "--queries", "--param", f"name={PERSON}", "--param", "top=5"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "http://127.0.0.1:7474/browser/?dbms=neo4j://neo4j@127.0.0.1:7687" in out
    assert style_command() in out.splitlines()
    assert f":param name => '{PERSON}';" in out and ":param top => 5;" in out
    assert "MATCH (p:Person {name: $name})" in out
    res = runner.invoke(cli, ["browser", "--json"])
    guide = json.loads(res.output)
    assert guide["queries"] == [] and ":param name => null;" in guide["params"]
    for args in (["browser"], ["browser", "--queries", "--json"]):
        assert "pw-Never-Shown-42" not in runner.invoke(cli, args).output
    bad = runner.invoke(cli, ["browser", "--param", "no-equals-sign"])
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.output


# --- headless Chromium against the real Neo4j Browser ---------------------------------------

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                  "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US")
# Monaco (Browser's editor) reads pasted text from the paste event, as when a user pastes
# `kg browser`'s output; typing would fight its auto-closing brackets and suggestions.
PASTE_JS = """
const [el, text] = arguments;
el.focus();
const data = new DataTransfer();
data.setData('text/plain', text);
el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
"""
TIMEOUT = 90


def need_chromium():
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip install -e '.[test]')")
    if missing:
        problem = f"headless Chromium test needs {', '.join(missing)}; run `make browser-deps`"
        if in_ci():
            pytest.fail(f"{problem} (CI=true requires it)", pytrace=False)
        pytest.skip(problem)


@pytest.fixture
def chrome(tmp_path):
    need_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS + (f"--user-data-dir={tmp_path / 'chromium-profile'}",):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(TIMEOUT)
    yield driver
    driver.quit()


class BrowserSession:
    """Neo4j Browser 5.24 as a user drives it: the editor on top, result frames below it,
    newest first. React re-renders frames, so elements are looked up afresh each time."""

    def __init__(self, driver):
        from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
        from selenium.webdriver.support.ui import WebDriverWait

        self.d = driver
        self.wait = WebDriverWait(driver, TIMEOUT, poll_frequency=0.25, ignored_exceptions=(
            NoSuchElementException, StaleElementReferenceException, IndexError))

    def css(self, selector, within=None):
        from selenium.webdriver.common.by import By

        return (within or self.d).find_elements(By.CSS_SELECTOR, selector)

    def until(self, condition, message: str):
        return self.wait.until(lambda d: condition(), message)

    def connect(self, url: str, password: str) -> None:
        self.d.get(url)
        self.until(lambda: self.css("[data-testid=password]")[0].is_displayed(), "no login form")
        self.css("[data-testid=password]")[0].send_keys(password)
        self.css("[data-testid=connect]")[0].click()
        self.until(lambda: "connected as user" in self.css("[data-testid=stream]")[0].text.lower(),
                   "Browser did not report a connection")

    def close_banner(self) -> None:
        """Close the usage-data notice above the stream when there is one (cosmetic)."""
        self.d.execute_script("""
            const note = [...document.querySelectorAll('div > span')].find(
                s => /collect information/.test(s.textContent));
            const close = note && note.parentElement.lastElementChild;  // the × after the text
            if (close && close !== note) close.click();
        """)

    def frames(self):
        return self.css("[data-testid=stream] [data-testid=frame]")

    def frame(self):
        """The newest result frame."""
        return self.frames()[0]

    def frame_text(self, visible: bool = True) -> str:
        f = self.frame()
        return f.text if visible else f.get_attribute("textContent")

    def run(self, text: str) -> None:
        """Paste `text` into the editor and run it with Ctrl+Enter, as a user would."""
        from selenium.webdriver.common.keys import Keys

        before = len(self.frames())
        editor = self.css("[data-testid=activeEditor] textarea")[0]
        self.d.execute_script(PASTE_JS, editor, text)
        word = text.split()[0]
        self.until(lambda: self.css("[data-testid=activeEditor] .view-lines")[0].text.strip(),
                   f"the editor did not take {text[:40]!r}")
        editor.send_keys(Keys.CONTROL, Keys.ENTER)
        self.until(lambda: len(self.frames()) > before and self.css(
            "[data-testid=frameCommand]", self.frame())[0].get_attribute("textContent").startswith(word),
            f"no result frame for {text[:40]!r}")

    def wait_text(self, *texts: str, visible: bool = True) -> None:
        self.until(lambda: all(t in self.frame_text(visible) for t in texts), f"frame never showed {texts}")

    def set_params(self, block: str, names) -> None:
        """Run a `:param` block, then `:params` until Browser holds every name."""
        self.run(block)
        deadline = time.monotonic() + TIMEOUT
        while True:
            self.run(":params")
            try:
                self.until(lambda: "}" in self.frame_text(), "no :params result")
                if all(f'"{n}":' in self.frame_text() for n in names):
                    return
            except Exception:
                if time.monotonic() > deadline:
                    raise
            assert time.monotonic() < deadline, f"Browser never held the parameters {names}"
            time.sleep(1)

    def graph(self) -> dict[str, list]:
        """Node captions (lines joined by spaces) with their fill colours, and relationship
        captions, of the newest frame."""
        return self.d.execute_script("""
            const frame = arguments[0];
            const nodes = [...frame.querySelectorAll('svg g.node')].map(g => [
                [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' '),
                ((g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || '')]);
            const rels = [...frame.querySelectorAll('svg g.relationship text')].map(t => t.textContent);
            return {nodes: nodes, rels: rels};
        """, self.frame())


def ingest_dev(settings: Settings) -> None:
    for entry in json.loads((DEV / "index.json").read_text(encoding="utf-8")):
        report = pipeline.ingest([DEV / entry["file"]], settings, published=entry.get("published"))
        assert not report.errors, report.errors


@pytest.mark.browser
@pytest.mark.slow
def test_neo4j_browser_shows_the_styled_person_graph(clean_neo4j, neo4j_settings, chrome, tmp_path):
    started = time.monotonic()
    ingest_dev(Settings("neo4j", tmp_path / "unused.kgstore", neo4j_settings))
    guide = browser_guide(neo4j_settings, {"name": PERSON}, with_queries=True)
    snippets = {q["name"]: q for q in guide["queries"]}
    ARTIFACTS.mkdir(exist_ok=True)
    b = BrowserSession(chrome)
    try:
        b.connect(guide["connect_url"], neo4j_settings.password)
        b.close_banner()
        b.run(guide["style"])
        b.wait_text("node.Person", "caption")
        # every :param line `kg browser` prints runs in Browser, as one block
        b.set_params("\n".join(guide["params"]), [re.match(r":param (\w+)", p).group(1) for p in guide["params"]])
        if "person" in snippets:  # issue 5's helper: its rows (table or graph) name the office
            q = snippets["person"]
            if q["params"]:
                b.set_params(q["param_lines"], q["params"])
            b.run(q["query"])
            b.wait_text(OFFICE, visible=False)
        q = snippets["person_graph"]
        b.set_params(q["param_lines"], q["params"])
        b.run(q["query"])
        b.until(lambda: PERSON in {n.strip() for n, _ in b.graph()["nodes"]}, "no graph view with the person")
        time.sleep(3)  # let the force layout settle for the screenshot
        graph = b.graph()
        chrome.save_screenshot(str(ARTIFACTS / "browser-person.png"))
    except Exception:
        chrome.save_screenshot(str(ARTIFACTS / "browser-person-failure.png"))
        raise
    # captions and colours come from schema/browser.grass: names, event type and date, HOLDS by title
    nodes = {n.strip(): fill.upper() for n, fill in graph["nodes"]}
    rels = {r.strip() for r in graph["rels"]}
    assert {PERSON, OFFICE, "高新区党工委", "石佛办事处"} <= set(nodes), nodes
    assert {"inspection", "2022-01-05"} <= {w for n in nodes for w in n.split()}, nodes
    assert {"HOLDS 副主任", "INSPECTED", "HELD_IN"} <= rels, rels
    assert nodes[PERSON] == "#C0392B" and nodes[OFFICE] == "#2874A6" and nodes["石佛办事处"] == "#1E8449"
    assert (ARTIFACTS / "browser-person.png").stat().st_size > 20_000
    print(f"Neo4j Browser test took {time.monotonic() - started:.1f} s")
