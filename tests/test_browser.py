"""The web UI in a real browser: Playwright driving Debian's chromium against `newsqa serve`.

Skipped when no browser is installed, unless NEWSQA_BROWSER_TESTS=1 (set by .ci/run), in
which case a missing browser is a failure. NEWSQA_SCREENSHOT=PATH saves the answered page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import DATA, SAMPLE, free_port, wait_until_serving

CHROMIUM = "/usr/bin/chromium"
# read at import: the autouse fixture clears NEWSQA_* before each test runs
REQUIRED = os.environ.get("NEWSQA_BROWSER_TESTS") == "1"
SCREENSHOT = os.environ.get("NEWSQA_SCREENSHOT")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

try:
    from playwright.sync_api import Page, expect, sync_playwright
except ImportError:  # pragma: no cover
    sync_playwright = None  # type: ignore[assignment]

available = sync_playwright is not None and Path(CHROMIUM).exists()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not available and not REQUIRED,
                       reason="no browser (apt-get install chromium; pip install playwright)"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    assert available, "NEWSQA_BROWSER_TESTS=1 but chromium or playwright is missing"
    env = {**os.environ, "NEWSQA_DATA_DIR": str(tmp_path / "data")}
    exe = [sys.executable, "-m", "assistant"]
    subprocess.run([*exe, "ingest", str(SAMPLE), "-q"], env=env, check=True,
                   capture_output=True)
    port = free_port()
    proc = subprocess.Popen([*exe, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    wait_until_serving(url, proc, 90, "newsqa serve")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def ask(page: Page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#ask").click()


def test_ask_follow_up_upload_and_ask_again(server: str, tmp_path: Path):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(server, wait_until="domcontentloaded")
        page.locator("#question textarea").wait_for(timeout=60_000)

        # 1-3: a question, its streamed answer, and a source card with the quote
        ask(page, "How long did the call between Putin and Trump last?")
        mark = page.locator("#sources .nq-card mark").first
        expect(mark).to_contain_text("more than one hour", timeout=60_000)
        expect(page.locator("#chat")).to_contain_text("more than one hour")
        expect(page.locator("#sources .nq-card").first).to_contain_text("tass.com")
        page.locator("#chat a[href='#cite-1']").first.click()  # a marker opens its card
        assert page.evaluate("document.querySelector(':target')?.id") == "cite-1"
        if SCREENSHOT:
            page.wait_for_timeout(500)
            page.screenshot(path=SCREENSHOT)

        # 4: a follow-up that only makes sense with the conversation
        ask(page, "And how did Trump describe it?")
        expect(page.locator("#sources")).to_contain_text("great call", timeout=60_000)

        # 5: upload a second article, then ask about it
        upload = tmp_path / "festival.md"
        shutil.copy(DATA / "festival.md", upload)
        page.get_by_role("tab", name="Coverage").click()
        page.locator("#upload input[type=file]").set_input_files(str(upload))
        page.wait_for_timeout(1500)  # the upload completes before the click is honoured
        page.locator("#add").click()
        expect(page.locator("#ingest-result")).to_contain_text("1 added", timeout=120_000)
        expect(page.locator("#stats")).to_contain_text("2 articles")
        page.get_by_role("tab", name="Ask").click()
        page.locator("#new-chat").click()
        ask(page, "Which documentary won the Lakeside Film Festival prize?")
        expect(page.locator("#sources .nq-card mark").first).to_contain_text(
            "Salt and Iron", timeout=60_000)

        # 6: in Compare and Timeline too, a marker opens its source card
        for tab, box, button, view, anchor, text in (
                ("Compare", "#compare-question", "#compare", "#comparison", "cmp-cite",
                 "How long was the call and how was it described?"),
                ("Timeline", "#timeline-topic", "#timeline", "#timeline-view", "tl-cite",
                 "Syria")):
            page.get_by_role("tab", name=tab).click()
            page.locator(f"{box} textarea").fill(text)
            page.locator(button).click()
            card = page.locator(f"{view} #{anchor}-1")
            expect(card).to_contain_text("tass.com", timeout=60_000)
            page.locator(f"{view} a[href='#{anchor}-1']").first.click()
            assert page.evaluate("document.querySelector(':target')?.id") == f"{anchor}-1"
        browser.close()
