"""A real headless Chromium driving the Neo4j Browser of the test server over the dev corpus,
with what `kg browser` prints (its URLs, style and snippets alone: tests/query/test_browser.py).

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

import pytest

from kg import pipeline
from kg.query.browser import browser_guide
from kg.config import Settings
from tests.support.ci import in_ci
from tests.support.paths import DEV, REPO

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PERSON = "赵毅"  # the official of the zhengzhou page, in two articles of the dev corpus
OFFICE = "高新区管委会"


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
    # captions and colours come from schema/browser.grass: names, event date and type (the
    # build's caption: "2022-01-05 检查 · <short title>"), HOLDS by title
    nodes = {n.strip(): fill.upper() for n, fill in graph["nodes"]}
    rels = {r.strip() for r in graph["rels"]}
    assert {PERSON, OFFICE, "高新区党工委", "石佛办事处"} <= set(nodes), nodes
    assert {"2022-01-05", "检查"} <= {w for n in nodes for w in n.split()}, nodes
    assert {"HOLDS 副主任", "INSPECTED", "HELD_IN"} <= rels, rels
    assert nodes[PERSON] == "#C0392B" and nodes[OFFICE] == "#2874A6" and nodes["石佛办事处"] == "#1E8449"
    assert (ARTIFACTS / "browser-person.png").stat().st_size > 20_000
    print(f"Neo4j Browser test took {time.monotonic() - started:.1f} s")
