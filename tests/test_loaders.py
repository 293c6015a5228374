"""Each loader on developer-written files, and every kind of bad input."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.ingest.sources import load_item, plan_sources
from assistant.types import Article, Skipped

from .conftest import DATA, SAMPLE

MB = 1_000_000


def load_all(*sources: str) -> tuple[list[Article], list[Skipped]]:
    plan = plan_sources(list(sources))
    got: list[Article | Skipped] = list(plan.skipped)
    for item in plan.items:
        got.extend(load_item(item, max_bytes=MB, timeout=5))
    return ([g for g in got if isinstance(g, Article)], [g for g in got if isinstance(g, Skipped)])


def test_sample_text_article_metadata():
    [a], skipped = load_all(str(SAMPLE / "tass-2017-11-21-putin-trump-call.txt"))
    assert not skipped
    assert a.title == "Russian and US presidents discuss Syrian crisis — Kremlin"
    assert a.outlet == "tass.com" and a.published == "2017-11-21"  # from the sidecar
    assert not a.text.startswith("All news")  # site furniture dropped


def test_text_without_metadata_keeps_a_partial_date(tmp_path: Path):
    src = (SAMPLE / "tass-2017-11-21-putin-trump-call.txt").read_text("utf-8")
    f = tmp_path / "call.txt"
    f.write_text(src, "utf-8")
    [a], _ = load_all(str(f))
    assert a.published == "--11-21"  # the dateline has no year, and none is invented
    assert a.outlet == "TASS"  # from the dateline's agency


def test_markdown_front_matter():
    [a], _ = load_all(str(DATA / "festival.md"))
    assert (a.title, a.outlet, a.published) == ("Film festival names its winner", "Arts Daily",
                                                "2024-05-20")
    assert a.authors == ["Priya Nair"] and a.url == "https://artsdaily.example/festival-winner"
    assert "Salt and Iron" in a.text and "---" not in a.text


def test_html_main_text_and_metadata():
    [a], _ = load_all(str(DATA / "observatory.html"))
    assert a.title == "New telescope sees first light"
    assert a.outlet == "Science Weekly"
    assert a.published == "2024-02-08"
    assert a.authors == ["James Whitfield"]
    assert "spiral galaxy" in a.text
    assert "Subscribe" not in a.text and "All rights reserved" not in a.text


def test_jsonl_records_and_a_malformed_line(tmp_path: Path):
    f = tmp_path / "export.jsonl"
    lines = (DATA / "articles.jsonl").read_text("utf-8").splitlines()
    f.write_text("\n".join([lines[0], "{not json", lines[1], '{"title": "no text"}', lines[2]]))
    articles, skipped = load_all(str(f))
    assert [a.article_id for a in articles] == ["harbor-1", "harbor-2", "storm-1"]
    assert articles[1].authors == ["Tom Baker"]
    assert [(s.source, s.reason.split(" (")[0]) for s in skipped] == [
        (f"{f}:2", "malformed JSON"), (f"{f}:4", "record has no 'text'")]


def test_a_text_with_too_few_words_is_no_article(tmp_path: Path):
    """A word pasted by mistake, or a table of numbers, is skipped with the reason; the real
    article beside it loads."""
    f = tmp_path / "export.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"id": "hi", "text": "hello"}, {"id": "table", "text": "a,b,c\n1,2,3"},
        {"id": "ok", "text": "The ferry ran again on Friday."}]))
    articles, skipped = load_all(str(f))
    assert [a.article_id for a in articles] == ["ok"]
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{f}:1", "too short to be an article (1 word: 'hello')"),
        (f"{f}:2", "too short to be an article (0 words: 'a,b,c\\n1,2,3')")]


def test_a_sidecar_named_after_no_article_file_is_named_not_ignored(tmp_path: Path):
    (tmp_path / "side.md").write_text("Ferry resumes\n\nThe ferry ran again on Friday.")
    (tmp_path / "side.meta.json").write_text("{bad json")  # should be side.md.meta.json
    (tmp_path / "ok.md").write_text("Bridge reopens\n\nThe bridge reopened on Monday.")
    (tmp_path / "ok.md.meta.json").write_text('{"outlet": "valley.example"}')
    articles, skipped = load_all(str(tmp_path))
    assert sorted(a.title for a in articles) == ["Bridge reopens", "Ferry resumes"]
    assert next(a for a in articles if a.title == "Bridge reopens").outlet == "valley.example"
    [orphan] = skipped
    assert orphan.source == str(tmp_path / "side.meta.json")
    assert orphan.reason == ("metadata sidecar of no article file here, so it was not read; "
                             "for side.md name it side.md.meta.json")
    _, alone = load_all(str(tmp_path / "side.meta.json"))
    assert [s.source for s in alone] == [str(tmp_path / "side.meta.json")]
    (tmp_path / ".meta.json").write_text("{}")  # no article name at all: named, no crash
    _, nameless = load_all(str(tmp_path / ".meta.json"))
    assert "no article file here" in nameless[0].reason


def test_a_record_whose_title_is_not_a_string_is_skipped_and_named(tmp_path: Path):
    f = tmp_path / "export.jsonl"
    f.write_text('{"title": ["a", "b"], "text": "Body of the story, long enough."}\n'
                 '{"title": 1984, "text": "A novel is reissued with a new foreword."}\n')
    articles, skipped = load_all(str(f))
    assert [a.title for a in articles] == ["1984"]  # a number is its digits
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{f}:1", "'title' must be a string, got list")]


def test_json_list_and_wrapped_object(tmp_path: Path):
    a = tmp_path / "list.json"
    a.write_text('[{"text": "One story.", "title": "A"}, {"text": "Two story.", "title": "B"}]')
    b = tmp_path / "wrapped.json"
    b.write_text('{"articles": [{"content": "Three stories.", "headline": "C", "link": "https://x.example/c"}]}')
    articles, _ = load_all(str(a), str(b))
    assert [x.title for x in articles] == ["A", "B", "C"]
    assert articles[2].outlet == "x.example"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"   \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"),
        ("latin1.txt", "Caf\xe9 au lait.".encode("latin-1"), "not UTF-8"),
        ("broken.json", b'{"text": ', "malformed JSON"),
        ("huge.txt", b"word " * 300_000, "too large"),
        ("picture.png", b"...", "unsupported file type"),
    ],
)
def test_bad_inputs_are_named_and_do_not_stop_the_batch(tmp_path: Path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Good headline\n\nA perfectly fine article body.")
    articles, skipped = load_all(str(bad), str(good))
    assert [a.title for a in articles] == ["Good headline"]
    assert len(skipped) == 1 and skipped[0].source == str(bad)
    assert reason in skipped[0].reason


def test_a_headline_cut_short_with_an_ellipsis_is_still_the_title(tmp_path: Path):
    cut = tmp_path / "cut.txt"
    cut.write_text("Winter storm death toll rises as residents fear it ...\n\n"
                   "The storm left thousands without power on Monday.", "utf-8")
    sentence = tmp_path / "sentence.txt"  # a first line that ends a sentence is body text
    sentence.write_text("The storm left thousands without power.\n\nMore on Monday.", "utf-8")
    trailing = tmp_path / "trailing.txt"  # a first sentence that trails off into its text
    trailing.write_text("They waited, and waited...\nThen the storm came on Monday.", "utf-8")
    [a], _ = load_all(str(cut))
    [b], _ = load_all(str(sentence))
    [c], _ = load_all(str(trailing))
    assert a.title == "Winter storm death toll rises as residents fear it ..."
    assert b.title == "" and c.title == ""


def test_a_parser_missing_its_package_skips_that_file_only(tmp_path: Path, monkeypatch):
    import assistant.ingest.sources as sources

    def no_clean(data: bytes, source: str) -> Article:
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(sources, "load_html", no_clean)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Text.</p></body></html>", "utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Good headline\n\nA perfectly fine article body.", "utf-8")
    articles, skipped = load_all(str(page), str(good))
    assert [a.title for a in articles] == ["Good headline"]
    assert [s.source for s in skipped] == [str(page)]
    assert "package is missing" in skipped[0].reason and "lxml_html_clean" in skipped[0].reason


def test_missing_path_is_reported():
    _, skipped = load_all("/no/such/file.txt")
    assert skipped[0].reason == "no such file or folder"


def test_folders_are_walked_recursively_ignoring_hidden_and_other_types(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("Deep title\n\nDeep body.")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "secret.txt").write_text("Secret\n\nNo.")
    (tmp_path / "top.md").write_text("Top title\n\nTop body.")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    plan = plan_sources([str(tmp_path)])
    assert sorted(p.name for p in plan.items) == ["deep.txt", "top.md"]  # type: ignore[union-attr]
    assert plan.ignored == 1


# --- URLs and feeds, against a local HTTP server -------------------------------------------

PAGE = (DATA / "observatory.html").read_bytes()


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Science Weekly</title>
<item><title>New telescope sees first light</title><link>{base}/telescope</link>
<pubDate>Thu, 08 Feb 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone page with summary</title><link>{base}/missing</link>
<description>&lt;p&gt;The summary of a page that no longer exists.&lt;/p&gt;</description>
<pubDate>Fri, 09 Feb 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone page, no summary</title><link>{base}/missing2</link></item>
</channel></rss>""".encode()


@pytest.fixture
def server() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            routes = {"/telescope": (PAGE, "text/html; charset=utf-8"),
                      "/feed.xml": (_feed(base), "application/rss+xml")}
            if self.path not in routes:
                self.send_error(404)
                return
            body, ctype = routes[self.path]
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_page(server: str):
    [a], _ = load_all(f"{server}/telescope")
    assert a.title == "New telescope sees first light"
    assert a.url == f"{server}/telescope"
    assert "spiral galaxy" in a.text


def test_rss_feed_entries_fetch_pages_and_fall_back_to_summaries(server: str):
    articles, skipped = load_all(f"{server}/feed.xml")
    assert [a.title for a in articles] == ["New telescope sees first light",
                                           "Gone page with summary"]
    assert "spiral galaxy" in articles[0].text
    assert articles[1].text == "The summary of a page that no longer exists."
    assert articles[1].published == "2024-02-09"
    assert len(skipped) == 1 and "404" in skipped[0].reason


def test_unreachable_url_is_skipped_with_its_cause(server: str):
    _, skipped = load_all(f"{server}/nothing-here")
    assert skipped[0].source.endswith("/nothing-here") and "HTTP 404" in skipped[0].reason
