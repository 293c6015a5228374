"""The web UI in a real browser: Playwright driving Debian's chromium against `newsqa serve`.

Each test starts from a fresh browser context (its own localStorage) against a server this
module starts; waits are on elements and conditions, never fixed sleeps. Every test fails if
the page logs a JavaScript error or requests anything from another host.

Skipped when no browser is installed, unless NEWSQA_BROWSER_TESTS=1 (set by .ci/run), in
which case a missing browser is a failure.
"""

from __future__ import annotations

import base64
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import DATA, SAMPLE, free_port, wait_until_serving
from .helpers import FERRIES, FERRY_QUESTION, write_jsonl

CHROMIUM = "/usr/bin/chromium"
# read at import: the autouse fixture clears NEWSQA_* before each test runs
REQUIRED = os.environ.get("NEWSQA_BROWSER_TESTS") == "1"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EXE = [sys.executable, "-m", "assistant"]
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
WAIT = 90_000  # ms: an answer on a loaded machine
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQ"
                       "GAhKmMIQAAAABJRU5ErkJggg==")

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover
    sync_playwright = None  # type: ignore[assignment]

available = sync_playwright is not None and Path(CHROMIUM).exists()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not available and not REQUIRED,
                       reason="no browser (apt-get install chromium; pip install playwright)"),
]


class Server:
    def __init__(self, url: str, data: Path, proc: subprocess.Popen[bytes]):
        self.url, self.data, self.proc = url, data, proc

    def cli(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        env = {**os.environ, "NEWSQA_DATA_DIR": str(self.data)}
        return subprocess.run([*EXE, *args], env=env, check=True, capture_output=True)


def start(root: Path, *extra: str, env: dict[str, str] | None = None,
          articles: list[Path] | None = None) -> Iterator[Server]:
    """`newsqa serve` over ``articles`` (default: the sample and the test articles), in a
    data dir of its own."""
    assert available, "NEWSQA_BROWSER_TESTS=1 but chromium or playwright is missing"
    data = root / "data"
    env = {**os.environ, "NEWSQA_DATA_DIR": str(data), "NEWSQA_UI__REFRESH_S": "0.5",
           **(env or {})}
    articles = articles or [SAMPLE, DATA / "articles.jsonl", DATA / "festival.md"]
    subprocess.run([*EXE, "ingest", *map(str, articles), "-q"], env=env, check=True,
                   capture_output=True)
    (data / "favicons").mkdir()
    for outlet in ("coastalherald.example", "valleypost.example"):  # icons on disk
        (data / "favicons" / f"{outlet}.png").write_bytes(PNG)
    port = free_port()
    proc = subprocess.Popen([*EXE, "serve", "--port", str(port), *extra], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    wait_until_serving(url, proc, 120, "newsqa serve")
    yield Server(url, data, proc)
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from start(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watched:
    """A page, with every console error and every request it makes recorded."""

    def __init__(self, browser: Browser, server: Server, **options: Any):
        self.context = browser.new_context(**options)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"],
                                       origin=server.url.rstrip("/"))
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.leaving = False  # a reload: the old page's open requests are aborted
        self.page.on("console", lambda m: self.error(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.error(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.base = server.url

    def error(self, text: str) -> None:
        aborted = text.startswith("AbortError") or "Connection errored out" in text
        if not (self.leaving and aborted):
            self.errors.append(text)

    def reload(self) -> Page:
        """Reload the page. The requests the old page had open (Gradio's event stream, a
        timer tick) are aborted by the browser, which Gradio logs; only those are let by."""
        self.leaving = True
        self.page.reload(wait_until="domcontentloaded")
        self.page.locator("#question textarea").wait_for(timeout=60_000)
        self.leaving = False
        return self.page

    def open(self, query: str = "") -> Page:
        self.page.goto(self.base + query, wait_until="domcontentloaded")
        self.page.locator("#question textarea").wait_for(timeout=60_000)
        return self.page

    def check(self) -> None:
        assert self.errors == [], f"JavaScript errors: {self.errors}"
        elsewhere = [u for u in self.requests
                     if not u.startswith((self.base, "data:", "blob:"))]
        assert elsewhere == [], f"requests to other hosts: {elsewhere}"
        self.context.close()


@pytest.fixture
def watched(browser: Browser, server: Server) -> Iterator[Any]:
    opened: list[Watched] = []

    def make(**options: Any) -> Watched:
        w = Watched(browser, server, **{"viewport": DESKTOP, **options})
        opened.append(w)
        return w

    yield make
    for w in opened:
        w.check()


def eventually(condition: Any, seconds: float = 30) -> bool:
    """Wait for ``condition()`` (something outside the page, such as a file) to hold."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def ask(page: Page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")


def last_answer(page: Page) -> Any:
    return page.locator("#chat .nq-msg[id^='m-']").last


def answered(page: Page, n: int = 1) -> Any:
    """The n-th answer (1-based), once it is verified and has its source cards."""
    done = page.locator("#chat .nq-msg[id^='m-']:not(.nq-live):not(.nq-halted)")
    expect(done).to_have_count(n, timeout=WAIT)
    return done.nth(n - 1)


# --- the answer view -------------------------------------------------------------------------

def test_an_answer_groups_its_sources_by_article_previews_and_copies_as_plain_text(watched):
    w = watched()
    page = w.open()
    # the empty state: what the index holds and example questions built from its headlines
    expect(page.locator("#chat")).to_contain_text("Ask about 5 articles", timeout=30_000)
    expect(page.locator("#chat")).to_contain_text("Harbor bridge reopens after eight months")

    ask(page, "How much did the Harbor Street bridge repairs cost and what did critics say?")
    msg = answered(page)
    expect(msg.locator(".nq-card mark").first).to_be_visible()
    cards = msg.locator(".nq-card")
    titles = [t.strip() for t in cards.locator(".nq-title").all_inner_texts()]
    assert len(titles) == len(set(titles)) >= 1  # one card per article
    numbers = msg.locator(".nq-answer .nq-ref").count()
    assert msg.locator(".nq-qn").count() == numbers  # every [n] has its highlighted quote
    expect(msg.locator(".nq-meta")).to_contain_text("extractive")
    expect(msg.locator(".nq-meta")).to_contain_text(" s")  # the time it took, quietly
    # the outlet leads each card; its icon is the one on disk, inlined, never fetched
    # (both bridge outlets have an icon on disk: whichever article the answer cites shows it)
    first_card = cards.first
    outlet_name = first_card.locator(".nq-card-head .nq-outlet").inner_text().strip()
    assert outlet_name in ("coastalherald.example", "valleypost.example")
    icon = first_card.locator("img.nq-fav").get_attribute("src") or ""
    assert icon == "data:image/png;base64," + base64.b64encode(PNG).decode()

    # hover: the quote, outlet and date of the citation
    marker = msg.locator(".nq-answer .nq-ref").first
    tip = marker.locator(".nq-tip")
    expect(tip).to_be_hidden()
    marker.hover()
    expect(tip).to_be_visible()
    href = marker.get_attribute("href") or ""
    quote = msg.locator(f"[id='{href[1:]}'] + mark").first.inner_text()
    expect(tip).to_contain_text(quote.strip()[:40])
    cited = msg.locator(".nq-card", has=page.locator(f"[id='{href[1:]}']"))
    outlet, date = cited.locator(".nq-outlet").inner_text(), cited.locator(".nq-date").inner_text()
    assert outlet in ("coastalherald.example", "valleypost.example") and date.startswith("2024-")
    expect(tip).to_contain_text(f"{outlet} · {date}")
    # every preview shows whole: the chat's scrolling area would clip what overflows it
    log = page.locator("#chat [role='log']")
    for m in msg.locator(".nq-answer .nq-ref").all():
        m.hover()
        box, area = m.locator(".nq-tip").bounding_box(), log.bounding_box()
        assert box is not None and area is not None
        assert area["x"] <= box["x"] and box["x"] + box["width"] <= area["x"] + area["width"]
        assert area["y"] <= box["y"] and box["y"] + box["height"] <= area["y"] + area["height"]
    # click: the quote it cites is the target
    marker.click()
    assert page.evaluate("document.querySelector(':target')?.id") == href[1:]
    # from the keyboard: Enter on a marker takes focus to the quote it cites
    last = msg.locator(".nq-answer .nq-ref").last
    last.focus()
    last.press("Enter")
    expect(page.locator(f"[id='{(last.get_attribute('href') or '')[1:]}']")).to_be_focused()

    # copy: plain text with [n] markers and the sources below, no markup
    msg.locator("xpath=ancestor::div[contains(@class,'message-row')]").locator(
        "button[aria-label='Copy message']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "[1]" in copied and "\nSources\n" in copied and "  [1] “" in copied
    for leak in ("<", "\\", "](#", "nq-", "&#"):
        assert leak not in copied, (leak, copied)

    # a follow-up that only makes sense with the conversation
    ask(page, "and who said it was a promise kept?")
    expect(answered(page, 2)).to_contain_text("Fischer")


def test_on_a_phone_the_answer_and_its_first_source_show_right_after_asking(watched):
    w = watched(viewport=PHONE, is_mobile=True, has_touch=True)
    page = w.open()
    ask(page, "How much did the Harbor Street bridge repairs cost?")
    msg = answered(page)
    first = msg.locator(".nq-card").first
    expect(first.locator("mark").first).to_be_visible()

    def on_screen(locator: Any) -> bool:
        box = locator.bounding_box()
        return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]

    # without the test scrolling: the answer, its first card's outlet and first quote
    assert on_screen(msg.locator(".nq-answer")), msg.locator(".nq-answer").bounding_box()
    assert on_screen(first.locator(".nq-outlet")), first.bounding_box()
    # the first quote starts on screen (a three-sentence answer may push its end below)
    mark = first.locator("mark").first.bounding_box()
    assert mark is not None and mark["y"] >= 0 and mark["y"] + 24 <= PHONE["height"], mark
    question_box = page.locator("#question").bounding_box()
    assert question_box is not None and question_box["y"] > msg.locator(
        ".nq-answer").bounding_box()["y"]  # no control sits between the question and answer

    # the next question too: when it is sent nothing is below it yet to scroll by, so it
    # was left at the bottom of the chat, its answer out of sight (a web UI walk-through)
    ask(page, "Which documentary won the Lakeside Film Festival prize?")
    second = answered(page, 2)
    assert on_screen(second.locator(".nq-answer")), second.locator(".nq-answer").bounding_box()
    assert on_screen(second.locator(".nq-card").first.locator(".nq-outlet"))

    # the Coverage table on a phone: titles wrap instead of hiding behind a scroll
    page.get_by_role("tab", name="Coverage").click()
    cell = page.locator("#articles").get_by_text(
        "Harbor bridge reopens after eight months").filter(visible=True).first
    expect(cell).to_be_visible(timeout=30_000)
    box = cell.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # three columns fit: the id and chunk count are left out, a date is one line under its
    # heading, and a tap on a title still gives the delete box the article's whole id
    expect(page.locator("#articles th[data-heading='3']")).to_be_hidden()
    heading = page.locator("#articles th[data-heading='2']").bounding_box()
    date = page.locator("#articles .body-cell[data-col='2']").get_by_text(
        "2024-03-12", exact=True).filter(visible=True).first.bounding_box()
    assert heading is not None and date is not None
    assert heading["x"] <= date["x"] and date["x"] + date["width"] <= heading["x"] + \
        heading["width"] <= PHONE["width"], (heading, date)
    assert date["height"] < 1.5 * cell.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    cell.click()
    expect(page.locator("#delete-id textarea, #delete-id input").first).to_have_value(
        "harbor-1")


# where a quote's card head is after its marker's jump: its box and the quote's, and whether
# the head is what shows at its own centre (not a preview or a bar drawn over it)
HEAD_AFTER_JUMP = """id => {
  const quote = document.getElementById(id), head = quote.closest('.nq-card')
    .querySelector('.nq-card-head'), box = head.getBoundingClientRect();
  const shown = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {head: box.toJSON(), quote: quote.getBoundingClientRect().toJSON(),
          onTop: !!shown && head.contains(shown)};
}"""


def test_on_a_phone_a_tapped_marker_shows_its_quote_below_its_cards_head(watched):
    w = watched(viewport=PHONE, is_mobile=True, has_touch=True)
    page = w.open()
    ask(page, "How much did the Harbor Street bridge repairs cost and what did critics say?")
    markers = answered(page).locator(".nq-answer .nq-ref")
    assert markers.count() >= 2
    for marker in markers.all():
        target = (marker.get_attribute("href") or "#")[1:]
        marker.tap()
        page.wait_for_function("id => location.hash === '#' + id", arg=target)
        at = page.evaluate(HEAD_AFTER_JUMP, target)
        head, quote = at["head"], at["quote"]
        assert head["top"] >= 0 and head["bottom"] <= PHONE["height"], (target, at)
        assert head["bottom"] <= quote["top"] and quote["bottom"] <= PHONE["height"], at
        assert at["onTop"], f"{target}: something covers the card's head: {at}"


def test_chat_messages_are_named_by_their_text_escaped_once(watched):
    w = watched()
    page = w.open()
    question = "Engineers found corrosion in how many of the bridge's steel cables & when?"
    ask(page, question)
    msg = answered(page)
    # Gradio names a message by its content, our HTML; the page names it by its text
    user = page.locator("#chat [aria-label^=\"user's message: \"]")
    expect(user).to_have_attribute("aria-label", f"user's message: {question}")
    plain = msg.locator(".nq-plain").text_content() or ""
    assert "bridge's 112 steel cables" in plain and '"a promise kept"' in plain
    bot = page.locator("#chat [aria-label^=\"bot's message: \"]")
    expect(bot).to_have_attribute("aria-label", f"bot's message: {plain}")


def contrast(page: Page, selector: str) -> float:
    """WCAG contrast of an element's rendered text and background colours."""
    colours = page.locator(selector).first.evaluate(
        "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")

    def luminance(css: str) -> float:
        parts = css[css.index("(") + 1:-1].replace("/", ",").split(",")
        r, g, b = (float(x) / 255 for x in parts[:3])
        assert len(parts) == 3 or float(parts[3]) == 1.0, f"translucent: {css}"
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted(map(luminance, colours), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_highlighted_quote_is_readable_in_both_themes(watched, theme: str):
    w = watched(color_scheme=theme)
    page = w.open(f"?__theme={theme}")
    assert page.evaluate("document.body.classList.contains('dark')") == (theme == "dark")
    ask(page, "How much did the Harbor Street bridge repairs cost?")
    answered(page)
    ratio = contrast(page, "#chat .nq-card mark")
    assert ratio >= 4.5, f"{theme}: highlight contrast {ratio:.2f}"


def test_filters_that_cannot_be_used_warn_and_keep_the_question_with_no_turn_to_rate(watched):
    w = watched()
    page = w.open()
    page.locator("#filters").click()
    until = page.locator("#until textarea, #until input").first
    page.locator("#since textarea, #since input").first.fill("2024-02-01")
    until.fill("2024-01-01")
    question = "How much did the Harbor Street bridge repairs cost?"
    ask(page, question)
    expect(page.locator(".toast-body")).to_contain_text("“Since” is after “Until”: swap them")
    expect(page.locator("#question button.submit-button")).to_be_visible()  # done
    expect(page.locator("#chat .message-row")).to_have_count(0)  # no turn, nothing to rate
    expect(page.locator("#chat button[aria-label='Like']")).to_have_count(0)
    box = page.locator("#question textarea")
    expect(box).to_have_value(question)
    # the filter fixed, Enter asks the question the box kept
    until.fill("2024-12-31")
    box.press("Enter")
    expect(answered(page)).to_contain_text("14.2 million")
    expect(page.locator("#chat .message-row.user-row")).to_have_count(1)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over an archive: a ferry fare raised in 2023 and again in 2025."""
    root = tmp_path_factory.mktemp("archive")
    yield from start(root, articles=[write_jsonl(root / "ferries.jsonl", FERRIES)])


def test_as_of_reads_this_week_from_the_day_given_and_says_so_under_the_answer(browser,
                                                                             archive):
    w = Watched(browser, archive, viewport=DESKTOP)
    page = w.open()
    chat = page.locator("#chat")
    expect(chat).to_contain_text("The newest article is from 2025-02-03: set As of",
                                 timeout=30_000)
    page.locator("#filters").click()
    day = page.locator("#as-of textarea, #as-of input").first
    day.fill("2023-08-03")
    day.press("Tab")  # as a user leaves the box for the question
    expect(day).to_have_value("2023-08-03")
    ask(page, FERRY_QUESTION)
    msg = answered(page)
    expect(msg.locator(".nq-answer")).to_contain_text("$3.50")  # that week's raise
    expect(msg.locator(".nq-note")).to_contain_text("recent coverage up to 2023-08-03")
    expect(msg.locator(".nq-meta")).to_contain_text(re.compile(r" · as of 2023-08-03$"))
    expect(msg.locator(".nq-plain")).to_contain_text("As of 2023-08-03")  # what copy copies
    # a follow-up in the same chat is asked as on the same day
    ask(page, "and why did it rise?")
    expect(answered(page, 2).locator(".nq-meta")).to_contain_text("as of 2023-08-03")

    # the box emptied, a new chat: today, and this week's raise is the later one
    day.fill("")
    page.locator("#new-chat").click()
    expect(chat.locator(".nq-msg[id^='m-']")).to_have_count(0)
    ask(page, FERRY_QUESTION)
    msg = answered(page)
    expect(msg.locator(".nq-answer")).to_contain_text("$4.25")
    expect(msg.locator(".nq-meta")).not_to_contain_text("as of")
    w.check()


def test_the_question_boxes_are_named_by_their_labels_not_textbox_or_their_button(watched):
    w = watched()
    page = w.open()
    expect(page.get_by_role("textbox", name="Question", exact=True)).to_be_visible()
    expect(page.locator("#question")).not_to_contain_text("Textbox")  # nor in its page text
    for tab, name in (("Compare", "Question"), ("Timeline", "Topic")):
        page.get_by_role("tab", name=tab).click()
        expect(page.get_by_role("textbox", name=name, exact=True)).to_be_visible()


# --- feedback, conversations ---------------------------------------------------------------

def test_a_like_or_dislike_is_stored_with_the_answer_it_rates(watched, server: Server):
    from assistant.ui.feedback import load

    before = len(load(server.data))
    w = watched()
    page = w.open()
    ask(page, "How much did the Harbor Street bridge repairs cost?")
    answered(page)
    ask(page, "Which documentary won the Lakeside Film Festival prize?")
    answered(page, 2)
    rows = page.locator("#chat .message-row.bot-row")
    rows.nth(0).locator("button[aria-label='Like']").click()
    expect(page.get_by_text("your rating is saved with this answer").first).to_be_visible()
    rows.nth(1).locator("button[aria-label='Dislike']").click()
    assert eventually(lambda: len(load(server.data)) == before + 2)
    stored = load(server.data)[before:]
    assert [(r["rating"], r["question"]) for r in stored] == [
        (1, "How much did the Harbor Street bridge repairs cost?"),
        (-1, "Which documentary won the Lakeside Film Festival prize?")]
    assert "14.2" in stored[0]["answer"]
    # a second thought replaces the first: the log keeps one rating per answer, the latest,
    # and the page shows which one is chosen
    rows.nth(0).locator("button[aria-label='Dislike']").click()
    expect(page.get_by_text("Dislike (it replaces your Like)").first).to_be_visible()
    expect(rows.nth(0).locator("button[aria-label='Disliked']")).to_be_visible()
    expect(rows.nth(0).locator("button[aria-label='Liked']")).to_have_count(0)
    assert eventually(lambda: [r["rating"] for r in load(server.data)[before:]] == [-1, -1])
    assert [r["question"] for r in load(server.data)[before:]] == [
        "Which documentary won the Lakeside Film Festival prize?",
        "How much did the Harbor Street bridge repairs cost?"]

    # the chat's trash empties the chat and its cards: nothing is left to rate; it asks
    # before the conversation is deleted, and Keep it brings it back
    conversations = page.locator("#conversations")
    page.locator("#chat button[aria-label='Clear']").click()
    expect(page.locator("#chat .nq-card")).to_have_count(0)
    expect(page.locator("#chat button[aria-label='Like']")).to_have_count(0)
    expect(page.locator("#clear-question")).to_contain_text(
        "Delete the conversation How much did the Harbor Street bridge")
    expect(conversations.locator("label")).to_have_count(1)
    page.locator("#clear-no").click()
    expect(page.locator("#clear-confirm")).to_be_hidden()
    expect(page.locator("#chat .nq-card").first).to_contain_text("14.2 million")
    page.locator("#chat button[aria-label='Clear']").click()
    page.locator("#clear-yes").click()
    expect(page.locator("#clear-confirm")).to_be_hidden()
    expect(conversations.locator("label")).to_have_count(0)
    expect(page.locator("#chat .nq-card")).to_have_count(0)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_last_answers_flag_menu_opens_inside_the_chat_and_files_a_complaint(
        watched, server: Server, viewport: dict[str, int]):
    """At the end of a full chat, the flag menu below the last answer was cut off by the
    chat's scrolling area: it opens above its button now, every choice in view."""
    from assistant.ui.feedback import load

    before = len(load(server.data))
    page = watched(viewport=viewport).open()
    ask(page, "How much did the Harbor Street bridge repairs cost?")
    answered(page)
    ask(page, "Which documentary won the Lakeside Film Festival prize?")
    answered(page, 2)
    last = page.locator("#chat .message-row.bot-row").last
    flag = last.locator("button[aria-label='Feedback']")
    # the chat's scrolling area at its end: the last answer's buttons at its bottom edge
    scroller = flag.evaluate_handle("""(el) => {
        for (let p = el.parentElement; p; p = p.parentElement) {
            if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)
                && p.scrollHeight > p.clientHeight) return p;
        }
        return null;
    }""")
    assert scroller.evaluate("(s) => s !== null"), "the chat does not scroll: too short a test"
    scroller.evaluate("(s) => { s.scrollTop = s.scrollHeight; }")
    expect(flag).to_be_in_viewport()
    flag.click()
    choices = last.locator(".extra-feedback-option")
    expect(choices).to_have_count(2)
    expect(choices.first).to_be_visible()
    # in a size to read (Gradio's own is 10 px)
    assert choices.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 12
    area = scroller.evaluate("(s) => { const r = s.getBoundingClientRect();"
                             " return [r.top, r.bottom]; }")
    for i in range(2):
        box = choices.nth(i).bounding_box()
        assert box is not None
        assert area[0] <= box["y"] and box["y"] + box["height"] <= area[1], (box, area)
    choices.filter(has_text="A quote does not say this").click()
    assert eventually(lambda: len(load(server.data)) == before + 1)
    stored = load(server.data)[-1]
    assert stored["question"] == "Which documentary won the Lakeside Film Festival prize?"
    assert stored["comment"] == "A quote does not say this"


def test_conversations_survive_a_reload_and_are_listed_in_the_browser(watched):
    w = watched()
    page = w.open()
    ask(page, "How much did the Harbor Street bridge repairs cost?")
    answered(page)
    conversations = page.locator("#conversations")
    expect(conversations).to_contain_text("How much did the Harbor Street bridge")
    w.reload()
    expect(page.locator("#chat .nq-card").first).to_be_visible(timeout=60_000)
    expect(conversations).to_contain_text("How much did the Harbor Street bridge")

    # Enter in a box of spaces asks nothing and keeps the conversation (the box is emptied
    # once the question has been read; then what it did is saved, and a reload shows it)
    ask(page, "   ")
    expect(page.locator("#question textarea")).to_have_value("", timeout=WAIT)
    expect(page.locator("#chat .nq-card").first).to_be_visible()
    w.reload()
    expect(page.locator("#chat .nq-card").first).to_be_visible(timeout=60_000)
    expect(conversations).to_contain_text("How much did the Harbor Street bridge")

    page.locator("#new-chat").click()
    expect(page.locator("#chat .nq-card")).to_have_count(0)
    # the new chat offers examples from the newest headlines; one click asks it
    page.locator("#chat").get_by_text("Film festival names its winner").first.click()
    expect(answered(page)).to_contain_text("Film festival names its winner")
    expect(conversations.locator("label")).to_have_count(2)
    conversations.get_by_text("How much did the Harbor Street bridge").click()
    expect(page.locator("#chat .nq-card").first).to_contain_text("14.2 million")
    expect(page.locator("#chat")).not_to_contain_text("Film festival")


# --- compare and timeline --------------------------------------------------------------------

@pytest.mark.parametrize(("tab", "box", "view", "text"), [
    ("Compare", "#compare-question", "#comparison", "How much did the bridge repairs cost?"),
    ("Timeline", "#timeline-topic", "#timeline-view", "Harbor Street bridge"),
])
def test_compare_and_timeline_markers_link_to_their_source_cards(watched, tab: str, box: str,
                                                                  view: str, text: str):
    w = watched()
    page = w.open()
    page.get_by_role("tab", name=tab).click()
    page.locator(f"{box} textarea").fill(text)
    page.locator(f"{box} textarea").press("Enter")
    marker = page.locator(f"{view} .nq-ref").first
    expect(marker).to_be_visible(timeout=WAIT)
    # each account or event names its outlet and date
    sources = page.locator(f"{view} .nq-src")
    assert sources.count() >= 1
    for line in sources.all():
        assert line.locator(".nq-outlet").inner_text().strip()
        assert re.search(r" · (\d{4}-\d\d-\d\d|undated)", line.inner_text()), line.inner_text()
    marker.hover()
    expect(marker.locator(".nq-tip")).to_be_visible()
    target = (marker.get_attribute("href") or "#")[1:]
    marker.click()
    assert page.evaluate("document.querySelector(':target')?.id") == target
    expect(page.locator(f"{view} .nq-card [id='{target}']")).to_be_visible()


LINES = """view => {  // the colour of every border drawn in a Compare or Timeline table
  const drawn = new Set();
  view.querySelectorAll("table, tr, td").forEach((el) => {
    const css = getComputedStyle(el);
    for (const side of ["Top", "Right", "Bottom", "Left"]) {
      if (css[`border${side}Style`] !== "none" && parseFloat(css[`border${side}Width`]) > 0) {
        drawn.add(css[`border${side}Color`]);
      }
    }
  });
  return [...drawn];
}"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_compare_and_timeline_tables_are_lined_in_the_themes_colour_and_fit_a_phone(watched,
                                                                                   theme: str):
    w = watched(viewport=PHONE)
    page = w.open(f"?__theme={theme}")
    for tab, box, view, text in (
            ("Compare", "#compare-question", "#comparison", "How much did the bridge cost?"),
            ("Timeline", "#timeline-topic", "#timeline-view", "Harbor Street bridge")):
        page.get_by_role("tab", name=tab).click()
        page.locator(f"{box} textarea").fill(text)
        page.locator(f"{box} textarea").press("Enter")
        expect(page.locator(f"{view} .nq-ref").first).to_be_visible(timeout=WAIT)
        # the cards' border colour (the theme's), not the text colour Gradio gives tables
        line = page.locator(f"{view} .nq-card").first.evaluate(
            "e => getComputedStyle(e).borderTopColor")
        assert page.locator(f"{view} .nq-view").evaluate(LINES) == [line], (tab, line)
    # Compare's verdict box is closed all round: its bottom edge is drawn
    bottom = page.locator("#comparison table.nq-slots").evaluate(
        "t => [getComputedStyle(t).borderBottomStyle, getComputedStyle(t).borderBottomColor]")
    assert bottom == ["solid", line]
    # on a phone an event's date sits above it, so the event gets the table's width
    table = page.locator("#timeline-view table.nq-timeline").first.bounding_box()
    event = page.locator("#timeline-view table.nq-timeline td:not(.nq-date)").first
    box = event.bounding_box()
    assert table and box and box["width"] > 0.9 * table["width"], (box, table)


# --- coverage --------------------------------------------------------------------------------

def test_coverage_is_current_on_load_and_after_a_cli_ingest(watched, server: Server):
    w = watched()
    page = w.open()
    page.get_by_role("tab", name="Coverage").click()
    stats = page.locator("#stats")
    expect(stats).to_contain_text("articles", timeout=30_000)
    n = int(stats.inner_text().split(" articles")[0].split()[-1].strip("*"))

    server.cli("ingest", str(DATA / "observatory.html"), "-q")  # another process adds one
    expect(stats).to_contain_text(f"{n + 1} articles", timeout=30_000)  # the open page
    expect(page.locator("#articles")).to_contain_text("New telescope sees first light")

    fresh = watched()
    page2 = fresh.open()
    page2.get_by_role("tab", name="Coverage").click()
    expect(page2.locator("#stats")).to_contain_text(f"{n + 1} articles", timeout=30_000)
    expect(page2.locator("#articles")).to_contain_text("New telescope sees first light")
    page2.get_by_role("tab", name="Ask").click()
    page2.locator("#filters").click()
    page2.locator("#outlets input").click()
    expect(page2.get_by_role("option", name="Science Weekly")).to_be_visible()


def test_delete_confirms_keeps_the_search_and_add_clears_its_fields(watched, server: Server,
                                                                    tmp_path: Path):
    w = watched()
    page = w.open()
    page.get_by_role("tab", name="Coverage").click()
    stats = page.locator("#stats")
    expect(stats).to_contain_text("articles", timeout=30_000)

    # an upload goes in, and the upload field is emptied
    upload = tmp_path / "ferry.md"
    upload.write_text("Ferry service resumes\n\nThe harbour ferry resumed service on Friday "
                      "after a two-week strike, the operator said.\n")
    # a file of a type that is not read stays in the queue beside it, and Add names it
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4 not an article")
    page.locator("#upload input[type=file]").set_input_files([str(upload), str(other)])
    expect(page.locator("#upload")).to_contain_text(re.compile(r"ferry\s*\.md"))
    expect(page.locator("#upload")).to_contain_text(re.compile(r"notes\s*\.pdf"))
    page.locator("#add").click()
    expect(page.locator("#ingest-result")).to_contain_text("1 added", timeout=120_000)
    expect(page.locator("#ingest-result")).to_contain_text("notes.pdf: unsupported type")
    # ... and the box is emptied all the same: the summary names what was not added, and
    # the server no longer holds it (sent again, it would be refused)
    expect(page.locator("#upload")).not_to_contain_text(re.compile(r"notes\s*\.pdf"))
    expect(page.locator("#upload")).not_to_contain_text(re.compile(r"ferry\s*\.md"))
    n = int(stats.inner_text().split(" articles")[0].split()[-1].strip("*"))

    # a bad id is explained in the page's words
    page.locator("#delete-id textarea, #delete-id input").first.fill("no-such-id")
    page.locator("#delete").click()
    expect(page.locator("#delete-result")).to_contain_text("No article has the id")
    expect(page.locator("#delete-result")).not_to_contain_text("newsqa")

    # search, click the article: its id fills the box; delete asks first
    page.locator("#search textarea, #search input").first.fill("harbor")
    expect(page.locator("#articles")).not_to_contain_text("Storm closes schools")  # searched
    note = page.locator("#search-note")
    expect(note).to_contain_text(re.compile(r"\b\d+ articles? match"))
    matches = int(re.search(r"(\d+) articles? match", note.inner_text()).group(1))
    # the table draws each cell twice (a hidden wrapper and its shown text): click the shown
    row = page.locator("#articles").get_by_text(
        "Harbor bridge reopens after eight months").filter(visible=True).first
    expect(row).to_be_visible()
    row.click()
    expect(page.locator("#delete-id textarea, #delete-id input").first).to_have_value("harbor-1")
    page.locator("#delete").click()
    expect(page.locator("#delete-question")).to_contain_text("Harbor bridge reopens")
    page.locator("#delete-no").click()
    expect(page.locator("#delete-confirm")).to_be_hidden()
    expect(stats).to_contain_text(f"{n} articles")
    page.locator("#delete").click()
    page.locator("#delete-yes").click()
    expect(page.locator("#delete-result")).to_contain_text("Deleted")
    expect(stats).to_contain_text(f"{n - 1} articles")
    # the table still shows what the search box asks for
    expect(page.locator("#search textarea, #search input").first).to_have_value("harbor")
    expect(page.locator("#articles")).not_to_contain_text("Harbor bridge reopens")
    expect(page.locator("#articles")).not_to_contain_text("Storm closes schools")
    # ... and its count of matches with it (a walk-through read "1 article matches." over
    # an empty table)
    left = matches - 1
    expect(note).to_contain_text("No article's title" if not left else
                                 "1 article matches." if left == 1 else f"{left} articles match")


# --- an LLM backend: streaming, stop, regenerate ---------------------------------------------

class GatedLLM(http.server.ThreadingHTTPServer):
    """An OpenAI-compatible server whose first streamed reply stops half way until the test
    releases it; it then keeps writing until the client hangs up (``closed``)."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _LLMHandler)
        self.release = threading.Event()
        self.closed = threading.Event()
        self.calls = 0

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class _LLMHandler(http.server.BaseHTTPRequestHandler):
    server: GatedLLM

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.calls += 1
        first = self.server.calls == 1
        if not body.get("stream"):  # not asked for here; an answer all the same
            payload = json.dumps({"id": "c", "object": "chat.completion", "created": 0,
                                  "model": body["model"], "choices": [{"index": 0, "message": {
                                      "role": "assistant", "content": "Yes."},
                                      "finish_reason": "stop"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()

        def send(text: str | None) -> None:
            delta = {"content": text} if text is not None else {}
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0,
                     "model": body["model"], "choices": [{"index": 0, "delta": delta,
                                                          "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()

        send("The Harbor Street bridge reopened on Tuesday after repairs that cost ")
        if first:
            self.server.release.wait(120)
            try:  # the client hung up: writing fails within a few chunks
                for _ in range(400):
                    send(" more")
                    time.sleep(0.05)
            except OSError:
                self.server.closed.set()
            return
        send("$14.2 million [1].")
        done = {"id": "c", "object": "chat.completion.chunk", "created": 0,
                "model": body["model"], "choices": [{"index": 0, "delta": {},
                                                     "finish_reason": "stop"}]}
        self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, GatedLLM]]:
    llm = GatedLLM()
    threading.Thread(target=llm.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{llm.server_address[1]}/v1"
    for served in start(tmp_path_factory.mktemp("llm"), "--backend", "openai", "--model", "m",
                        "--base-url", base, env={"NEWSQA_ANSWER__API_KEY": "sk-test"}):
        yield served, llm
    llm.release.set()
    llm.shutdown()
    llm.server_close()


def test_an_llm_answer_streams_with_an_indicator_stops_and_regenerates(browser, llm_server):
    served, llm = llm_server
    w = Watched(browser, served, viewport=DESKTOP)
    page = w.open()
    ask(page, "How much did the Harbor Street bridge repairs cost?")
    live = page.locator("#chat .nq-msg.nq-live")
    expect(live).to_contain_text("repairs that cost", timeout=WAIT)  # text as it is written
    expect(live.locator(".nq-status")).to_contain_text("Writing with openai")
    expect(live.locator(".nq-spin")).to_be_visible()
    stop = page.locator("#question button.stop-button")
    expect(stop).to_be_visible()
    expect(page.locator("#question button.submit-button")).to_have_count(0)

    stop.click()
    halted = page.locator("#chat .nq-msg.nq-halted")
    expect(halted).to_contain_text("Stopped. This text was not checked")
    expect(page.locator("#chat .nq-spin")).to_have_count(0)
    expect(page.locator("#question button.submit-button")).to_be_visible()
    llm.release.set()
    assert llm.closed.wait(30), "the LLM stream was not closed after Stop"

    # regenerate: the same question, answered in full this time
    page.locator("#chat .message-row.bot-row").last.locator(
        "button[aria-label='Retry']").click()
    msg = answered(page)
    expect(msg).to_contain_text("$14.2 million")
    expect(msg.locator(".nq-meta")).to_contain_text("openai")
    expect(page.locator("#chat .nq-halted")).to_have_count(0)
    w.check()
