"""Take the web UI's screenshots in docs/screenshots/ (run: make screenshots).

Starts `newsqa serve` on a fresh data dir holding the bundled sample and the test articles
(plus --corpus FILE.jsonl if given), then drives Debian's chromium with Playwright:

    desktop.png   an answer at 1440×900, a citation's preview open
    phone.png     the same question at 390×844, as it shows right after asking
    dark.png      an answer in the dark theme
    compare.png   the Compare tab
    timeline.png  the Timeline tab

Nothing is fetched from the network; the page is loaded from the local server only.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
QUESTION = "How much did the Harbor Street bridge repairs cost, and what did critics say?"
WAIT = 120_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(data: Path, corpus: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    env = {**os.environ, "NEWSQA_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1"}
    exe = [sys.executable, "-m", "assistant"]
    sources = [str(ROOT / "assistant" / "sample_data"), str(ROOT / "tests" / "data"), *corpus]
    subprocess.run([*exe, "ingest", *sources, "-q"], env=env, check=True)
    port = free_port()
    proc = subprocess.Popen([*exe, "serve", "--port", str(port)], env=env)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise SystemExit("newsqa serve did not start") from None
            time.sleep(0.3)


def ask(page: Page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    expect(page.locator("#chat .nq-msg[id^='m-']:not(.nq-live) .nq-card").first).to_be_visible(
        timeout=WAIT)


def opened(browser: object, url: str, **options: object) -> Page:
    context = browser.new_context(**options)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")  # a Gradio page never reaches networkidle
    page.locator("#question textarea").wait_for(timeout=WAIT)
    expect(page.locator("#chat")).to_contain_text("Ask about", timeout=WAIT)
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--corpus", action="append", default=[],
                        help="more articles to ingest (any path newsqa ingest takes)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = serve(Path(tmp) / "data", args.corpus)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                desktop = {"viewport": {"width": 1440, "height": 900}}

                page = opened(browser, url, **desktop)
                ask(page, QUESTION)
                page.locator("#chat .nq-answer .nq-ref").first.hover()
                expect(page.locator("#chat .nq-answer .nq-tip").first).to_be_visible()
                page.screenshot(path=args.out / "desktop.png")

                page = opened(browser, url, viewport={"width": 390, "height": 844},
                              is_mobile=True, has_touch=True, device_scale_factor=2)
                ask(page, "How much did the Harbor Street bridge repairs cost?")
                page.screenshot(path=args.out / "phone.png")

                page = opened(browser, url + "?__theme=dark", color_scheme="dark", **desktop)
                ask(page, "What did Trump say about his call with Putin?")
                page.screenshot(path=args.out / "dark.png")

                page = opened(browser, url, **desktop)
                page.get_by_role("tab", name="Compare").click()
                page.locator("#compare-question textarea").fill(
                    "How much did the Harbor Street bridge repairs cost?")
                page.locator("#compare-question textarea").press("Enter")
                expect(page.locator("#comparison .nq-card").first).to_be_visible(timeout=WAIT)
                page.screenshot(path=args.out / "compare.png", full_page=True)

                page.get_by_role("tab", name="Timeline").click()
                page.locator("#timeline-topic textarea").fill("Harbor Street bridge repairs")
                page.locator("#timeline-topic textarea").press("Enter")
                expect(page.locator("#timeline-view .nq-card").first).to_be_visible(
                    timeout=WAIT)
                page.screenshot(path=args.out / "timeline.png", full_page=True)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    for name in ("desktop", "phone", "dark", "compare", "timeline"):
        print(args.out / f"{name}.png")


if __name__ == "__main__":
    main()
