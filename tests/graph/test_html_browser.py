"""The HTML map in a real headless Chromium, driven through the DevTools protocol.

Run with ``pytest -m browser``. Without Chromium these tests skip, unless
``TIEGRAPH_REQUIRE_BROWSER=1`` says a missing browser is a failure (as CI should).
"""

from __future__ import annotations

import base64
import json
import os
import queue
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from graph.exporters import export_html
from tests.graph.test_exporters import sample_graph, synthetic_graph

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
]
TIMEOUT = 30.0


def _unavailable(reason: str):
    if os.environ.get("TIEGRAPH_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} and TIEGRAPH_REQUIRE_BROWSER=1")
    pytest.skip(reason)


def _chromium_binary() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    _unavailable("needs Chromium (apt-get install chromium)")


class DevTools:
    """One browser tab, spoken to over the DevTools protocol with a flat session."""

    def __init__(self, websocket_module, browser_url: str):
        self.socket = websocket_module.create_connection(browser_url, timeout=TIMEOUT)
        self.events: list[dict] = []
        self.session = None
        self._next_id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride", width=1400, height=900, deviceScaleFactor=1, mobile=False
        )

    def call(self, method: str, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        self.socket.send(json.dumps(message))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str) -> dict:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    return event
            self.events.append(json.loads(self.socket.recv()))
        raise AssertionError(f"no {method} within {TIMEOUT} s")

    def evaluate(self, expression: str):
        """The JSON value of ``expression``; promises are awaited, exceptions fail the test."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path: Path) -> None:
        """Load the map and wait until its nodes stand still; events start afresh."""
        self.events.clear()
        self.call("Page.navigate", url=path.as_uri())
        self.wait_for("Page.loadEventFired")
        self.evaluate("window.tiegraphMap.settled.then(() => true)")

    def mouse(self, kind: str, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def errors(self) -> list[dict]:
        return [
            event
            for event in self.events
            if event.get("method") == "Runtime.exceptionThrown"
            or (
                event.get("method") == "Runtime.consoleAPICalled"
                and event["params"]["type"] in ("error", "assert")
            )
            or (event.get("method") == "Log.entryAdded" and event["params"]["entry"]["level"] == "error")
        ]

    def requested_urls(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def close(self) -> None:
        self.socket.close()


@pytest.fixture(scope="module")
def browser_url(tmp_path_factory):
    binary = _chromium_binary()
    try:
        import websocket
    except ImportError:
        _unavailable("needs websocket-client (pip install websocket-client)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    # Chromium keeps writing to stderr; drain it for the whole run so it never blocks.
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()
    try:
        yield websocket, _devtools_url(lines)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _devtools_url(lines: queue.Queue) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            found = re.search(r"DevTools listening on (ws://\S+)", lines.get(timeout=1))
        except queue.Empty:
            continue
        if found:
            return found.group(1)
    raise AssertionError("Chromium did not print its DevTools address")


@pytest.fixture
def page(browser_url):
    websocket, url = browser_url
    tab = DevTools(websocket, url)
    yield tab
    tab.close()


@pytest.fixture
def sample_map(tmp_path):
    path = tmp_path / "map.html"
    return path, export_html(sample_graph(), path, title="Russia–China defence ties")


def test_map_loads_offline_and_cleanly(page, sample_map):
    path, summary = sample_map
    page.open(path)
    assert page.requested_urls() == [path.as_uri()]
    assert page.errors() == []
    assert page.evaluate("tiegraphMap.nodeView.length") == summary.nodes_drawn
    assert page.evaluate("Object.keys(tiegraphMap.network.getPositions()).length") == summary.nodes_drawn
    assert page.evaluate("tiegraphMap.edgeView.length") == summary.edges_drawn


def test_search_focuses_an_entity(page, sample_map):
    page.open(sample_map[0])
    page.evaluate("""
        document.getElementById("search-input").value = "Beijing";
        document.getElementById("search").requestSubmit();
    """)
    assert page.evaluate("tiegraphMap.network.getSelectedNodes()") == ["State:China"]
    assert page.evaluate('document.getElementById("search-status").textContent') == ""


def test_unchecking_a_label_hides_its_entities(page, sample_map):
    page.open(sample_map[0])
    before = page.evaluate("tiegraphMap.nodeView.length")
    page.evaluate('document.querySelector("#label-filters input[value=WeaponSystem]").click()')
    assert page.evaluate("tiegraphMap.nodeView.length") == before - 3
    assert page.evaluate("Object.keys(tiegraphMap.network.getPositions()).length") == before - 3


def test_year_slider_narrows_what_is_drawn(page, sample_map):
    page.open(sample_map[0])
    page.evaluate("""
        const from = document.getElementById("year-from");
        from.value = 2021;
        from.dispatchEvent(new Event("input"));
        from.dispatchEvent(new Event("change"));
    """)
    assert page.evaluate("tiegraphMap.edgeView.getIds()") == [
        key for *_, key, years in sample_graph().edges(keys=True, data="years") if 2021 in years
    ]
    assert sorted(page.evaluate("tiegraphMap.nodeView.getIds()")) == ["State:Russia", "WeaponSystem:S-400"]


def test_hostile_evidence_never_runs(page, sample_map):
    page.open(sample_map[0])
    hostile = next(
        key for *_, key, ev in sample_graph().edges(keys=True, data="evidence") if "onerror" in str(ev)
    )
    text = page.evaluate(f'tiegraphMap.showTooltip("edge", {json.dumps(hostile)}).textContent')
    assert 'onerror="window.__pwned=1"' in text and "<script>window.__pwned=2</script>" in text
    assert page.evaluate('document.querySelectorAll("#tooltip img, #tooltip script").length') == 0
    x, y = _screen_position(page, "WeaponSystem:S-400")
    page.mouse("mouseMoved", x, y)
    assert page.evaluate('document.getElementById("tooltip").hidden') is False
    page.mouse("mousePressed", x, y)
    page.mouse("mouseReleased", x, y)
    assert page.evaluate("tiegraphMap.network.getSelectedNodes()") == ["WeaponSystem:S-400"]
    # An injected image would fail to load and fire its handler a moment later.
    assert (
        page.evaluate("new Promise(done => setTimeout(() => done(typeof window.__pwned), 500))")
        == "undefined"
    )
    assert page.errors() == []


def test_large_static_map_draws_every_entity(page, tmp_path):
    summary = export_html(synthetic_graph(5000, 20_000), tmp_path / "large.html", isolated=True)
    page.open(summary.path)
    assert page.errors() == []
    assert page.evaluate("Object.keys(tiegraphMap.network.getPositions()).length") == 5000
    assert page.evaluate("tiegraphMap.edgeView.length") == 20_000
    assert page.evaluate('tiegraphMap.focusEntity("E0")') == "State:Entity 0"
    drawn = page.evaluate("tiegraphMap.edgeView.get()")
    assert drawn and all("State:Entity 0" in (edge["from"], edge["to"]) for edge in drawn)


def test_screenshot(page, sample_map):
    page.open(sample_map[0])
    ARTIFACTS.mkdir(exist_ok=True)
    shot = page.call("Page.captureScreenshot", format="png")["data"]
    (ARTIFACTS / "map.png").write_bytes(base64.b64decode(shot))


def _screen_position(page: DevTools, node: str) -> tuple[float, float]:
    """Where ``node`` is drawn, in page coordinates."""
    return tuple(
        page.evaluate(f"""(() => {{
        const network = tiegraphMap.network;
        const at = network.canvasToDOM(network.getPositions([{json.dumps(node)}])[{json.dumps(node)}]);
        const box = document.getElementById("map").getBoundingClientRect();
        return [box.left + at.x, box.top + at.y];
    }})()""")
    )
