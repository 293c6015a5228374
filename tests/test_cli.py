"""The CLI through its runner: real index in tmp_path, real model."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import AnswerSettings

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def ingested(embedder) -> None:  # embedder fixture: load the model once per session
    r = run("ingest", "--sample", "-q")
    assert r.exit_code == 0, r.output
    assert "1 added" in r.output


COMMANDS = ["ingest", "ask", "chat", "compare", "timeline", "stats", "eval", "serve", "compact",
            "articles", "feedback"]  # as README's "Using it" and "Web UI" document them
SUBCOMMANDS = {"articles": ["list", "show", "delete"], "feedback": ["export"]}


def listed(help_text: str) -> list[str]:
    """The command names in the Commands list of a --help screen, in order."""
    box = help_text.split("Commands:", 1)[1]
    return re.findall(r"^  (\S+)\s{2,}", box, re.M)


def test_help_lists_every_command():
    assert listed(run("--help").output) == COMMANDS
    for group, subs in SUBCOMMANDS.items():
        assert listed(run(group, "--help").output) == subs
    for cmd in COMMANDS:  # each has help of its own
        r = run(cmd, "--help")
        assert r.exit_code == 0 and f"Usage: newsqa {cmd}" in " ".join(r.output.split())
    assert "--outlet" in run("ask", "--help").output


def test_the_command_list_is_one_line_a_command():
    """A CLI walk-through: `newsqa --help` listed compare's whole rulebook (about 130 lines)
    among the commands. The list gives each a line; its own --help says the rest."""
    box = run("--help").output.split("Commands:", 1)[1]
    rows = [line for line in box.splitlines() if line.strip()]
    assert len(rows) <= 2 * len(COMMANDS)  # a summary may wrap once
    assert "typed" in " ".join(run("compare", "--help").output.split())


def test_help_shows_every_option_name_whole_at_80_columns():
    """A walk-through read "--drop-unsuppor…" and "--flag-unsuppor…" in `ask --help` at 80
    columns (Rich's option table cut them)."""
    r = runner.invoke(app, ["ask", "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert "--drop-unsupported / --flag-unsupported" in r.output
    assert "…" not in r.output


def test_ask_json_follows_the_contract(ingested):
    r = run("ask", "How long did the call between Putin and Trump last?", "--json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert set(data) >= {"question", "answer", "refused", "sentences", "citations", "passages",
                         "timings_ms"}
    assert data["refused"] is False and "more than one hour" in data["answer"]
    c = data["citations"][0]
    assert set(c) >= {"n", "article_id", "title", "outlet", "published", "url", "quote", "start",
                      "end"}
    assert c["published"] == "2017-11-21" and c["outlet"] == "tass.com"
    shown = json.loads(run("articles", "list", "--json").output.splitlines()[0])
    assert shown["article_id"] == c["article_id"]
    assert {"article_id", "chunk_id", "score", "text"} <= set(data["passages"][0])
    assert set(data["timings_ms"]) == {"retrieve", "generate", "verify", "total"}


def test_ask_with_filters_prints_sources(ingested):
    r = run("ask", "How did Trump describe the call?", "--outlet", "tass.com", "--since",
            "2017-11-01", "--until", "2017-11-30", "-k", "8")
    assert r.exit_code == 0
    assert "great call" in r.output and "Sources" in r.output and "[1]" in r.output
    assert "filters:" in r.output


def test_refusal_is_one_sentence(ingested):
    r = run("ask", "What is the capital of France?")
    assert r.exit_code == 0
    assert r.output.strip() == "The indexed coverage does not answer this question."


def test_expected_errors_are_one_line_not_tracebacks(ingested):
    r = run("ask", "Anything?", "--outlet", "cnn.com")
    assert r.exit_code == 2
    assert r.output.strip().startswith("error: no articles from outlet cnn.com")
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1
    r = run("ask", "Anything?", "--since", "yesterday")
    assert r.exit_code == 2 and "full date" in r.output
    r = run("articles", "show", "nope-not-an-id")
    assert r.exit_code == 2 and "no article with id" in r.output


def test_bad_settings_and_paths_are_one_line_errors(tmp_path: Path, monkeypatch):
    def one_line(r) -> str:
        assert r.exit_code == 2, r.output
        assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1
        return r.output

    monkeypatch.setenv("NEWSQA_RETRIEVAL", "notjson")
    assert "invalid setting" in one_line(run("ask", "Anything?"))
    monkeypatch.delenv("NEWSQA_RETRIEVAL")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert "cannot use" in one_line(run("--data-dir", str(blocker / "sub"), "stats"))
    assert "cannot name an index" in one_line(run("--collection", "../../x", "stats"))
    # (the data dir is tmp_path/data: data/indexes/../../x would land in tmp_path)
    assert not (tmp_path / "x-minilm-l6").exists()
    out = one_line(run("ingest", "--sample", "--chunk-size", "500", "--chunk-overlap", "600"))
    assert "not be larger than chunk_size" in out
    # flags are checked together, not each against the other's default (overlap 200)
    r = run("ingest", "--sample", "-q", "--chunk-size", "200", "--chunk-overlap", "50")
    assert r.exit_code == 0, r.output


def test_eval_rejects_a_bad_out_folder_and_a_baseline_that_compares_nothing(
        tmp_path: Path, embedder):
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "corpus.jsonl").write_text(json.dumps({
        "id": "a1", "title": "Ferry resumes service", "outlet": "coast.example",
        "published": "2024-03-01", "text": "The island ferry resumed service on Friday after "
        "a two-week repair of its engines, the operator said."}) + "\n")
    (suite / "questions.jsonl").write_text(json.dumps({
        "id": "q1", "question": "When did the ferry resume service?", "answers": ["Friday"],
        "answerable": True}) + "\n")
    a_file = tmp_path / "report"
    a_file.write_text("x")
    r = run("eval", str(suite), "-q", "--out", str(a_file))
    assert r.exit_code == 2 and "is a file" in r.output
    bad = tmp_path / "bad.json"
    bad.write_text("notjson")
    r = run("eval", str(suite), "-q", "--out", str(tmp_path / "r"), "--baseline", str(bad))
    assert r.exit_code == 2 and "is not a report.json" in r.output
    empty = tmp_path / "empty.json"
    empty.write_text('{"overall": {"questions": 1, "latency_ms": {"total": 5}}}')  # none gated
    r = run("eval", str(suite), "-q", "--out", str(tmp_path / "r"), "--baseline", str(empty))
    assert r.exit_code == 1 and "nothing was compared" in r.output
    r = run("eval", str(suite), "-q", "--out", str(tmp_path / "r2"),
            "--baseline", str(tmp_path / "r" / "report.json"))
    assert r.exit_code == 0 and "no headline metric fell" in r.output
    (suite / "corpus.jsonl").write_text("\n")
    r = run("eval", str(suite), "-q", "--out", str(tmp_path / "r3"))
    assert r.exit_code == 2 and "holds no articles" in r.output


def test_ask_on_an_empty_index_says_how_to_add_coverage():
    r = run("ask", "Anything?")
    assert r.exit_code == 2 and "newsqa ingest" in r.output


def test_ingest_reports_skipped_files_and_keeps_going(tmp_path: Path, embedder):
    (tmp_path / "ok.txt").write_text("Fine headline\n\nA fine article.")
    (tmp_path / "bad.json").write_text("{oops")
    (tmp_path / "empty.md").write_text("")
    r = run("ingest", str(tmp_path), "-q")
    assert r.exit_code == 0
    assert "1 added" in r.output and "2 skipped" in r.output
    assert f"skipped {tmp_path / 'bad.json'}: malformed JSON" in r.output
    assert f"skipped {tmp_path / 'empty.md'}: empty file" in r.output
    r = run("ingest", str(tmp_path / "bad.json"), "-q")
    assert r.exit_code == 1  # nothing at all could be loaded


def test_stats_and_articles_show_delete(ingested):
    stats = json.loads(run("stats", "--json").output)
    assert stats["articles"] == 1 and stats["chunks"] >= 4
    assert stats["outlets"] == {"tass.com": 1} and stats["earliest"] == "2017-11-21"
    assert "on disk" in run("stats").output
    (row,) = [json.loads(line) for line in run("articles", "list", "--json").output.splitlines()]
    assert (row["outlet"], row["published"]) == ("tass.com", "2017-11-21")
    aid = row["article_id"]
    shown = run("articles", "show", aid[:8])
    assert "Russian and US presidents discuss Syrian crisis" in shown.output
    assert "at least 4 characters" in run("articles", "show", aid[:3]).output
    # the search folds case beyond ASCII, and an outlet that matches nothing names the known
    assert "Russian and US" in run("articles", "list", "--search", "RUSSIAN AND US").output
    assert "no articles match (outlets: tass.com)" in run(
        "articles", "list", "--outlet", "nowhere.example").output
    # a known outlet with a search that matches nothing: the outlet was not the problem
    out = run("articles", "list", "--outlet", "tass.com", "--search", "no-such-words").output
    assert "no articles match" in out and "outlets:" not in out
    assert run("articles", "delete", aid, input="n\n").exit_code == 1
    r = run("articles", "delete", aid, "--yes")
    assert r.exit_code == 0 and "deleted" in r.output
    assert json.loads(run("stats", "--json").output)["articles"] == 0


def test_a_cut_list_and_an_empty_filtered_view_say_so(ingested, tmp_path: Path):
    """A blind probe: `articles list` stopped at 50 rows without a word, and a timeline
    whose filters excluded everything said only "No dated events found"."""
    story = tmp_path / "harlow.md"
    story.write_text("Harlow bridge reopens\n\nThe Harlow bridge reopened on Monday.")
    assert run("ingest", str(story), "-q").exit_code == 0
    cut = run("articles", "list", "-n", "1")
    assert "the first 1 shown: more articles match" in cut.stderr
    assert "more articles match" not in run("articles", "list", "-n", "2").stderr
    listed = run("articles", "list", "-n", "1", "--json")
    assert len([json.loads(line) for line in listed.stdout.splitlines()]) == 1
    out = run("timeline", "the call", "--since", "2030-01-01").output
    assert "(published on or after 2030-01-01). Try without these filters." in out
    out = run("compare", "How long did the call last?", "--outlet", "tass.com",
              "--until", "2000-01-01").output
    assert "(only tass.com; published on or before 2000-01-01)" in out


def test_chat_keeps_a_conversation_and_can_start_over(ingested):
    r = run("chat", input="How did the Kremlin press service describe the conversation?\n"
                          "and the White House?\n/new\nWhat is the capital of France?\n/quit\n")
    assert r.exit_code == 0, r.output
    assert "businesslike and meaningful" in r.output
    assert "White House press service" in r.output  # the follow-up found the other account
    assert "(new conversation)" in r.output
    assert r.output.rstrip().endswith("The indexed coverage does not answer this question.")
    # an extractive answer is printed once: its verified version, not the draft before it
    assert r.output.count("The indexed coverage does not answer this question.") == 1


def test_chat_names_an_unknown_command_instead_of_asking_it(ingested):
    r = run("chat", input="/bogus\n/quit\n")
    assert r.exit_code == 0 and "unknown command /bogus" in r.output


def test_an_unreachable_llm_falls_back_with_a_note_or_fails_cleanly(ingested):
    args = ["ask", "How did Trump describe the call?", "--backend", "openai", "--base-url",
            "http://127.0.0.1:9/v1", "--model", "m"]
    r = run(*args)
    assert r.exit_code == 0 and "great call" in r.output
    assert "note: openai:m at http://127.0.0.1:9/v1 failed" in r.output
    r = run(*args, "--no-fallback")
    assert r.exit_code == 2 and r.output.startswith("error: openai:m at")


def test_ingest_embedding_flags_take_effect(embedder):
    r = run("ingest", "--sample", "-q", "--overlap-once", "--precision", "fp32")
    assert r.exit_code == 0 and "1 added" in r.output
    # embedding the overlap again is another index content: the article is re-embedded,
    # and only the chunks that start with overlap get a new vector; the rest are reused
    from assistant.config import Settings
    from assistant.ingest import sample_path
    from assistant.ingest.chunking import chunk_article
    from assistant.ingest.pipeline import iter_loaded
    from assistant.ingest.sources import plan_sources

    r = run("ingest", "--sample", "-q")
    article = next(iter_loaded(plan_sources([str(sample_path())]), Settings()))
    chunks = chunk_article(article)
    overlapping = sum(b.start < a.end for a, b in pairwise(chunks))
    assert 0 < overlapping < len(chunks)
    assert "1 replaced" in r.output and f"{len(chunks) - overlapping} reused" in r.output
    for bad in (["--workers", "0"], ["--precision", "fp16"]):
        r = runner.invoke(app, ["ingest", "--sample", "-q", *bad])
        assert r.exit_code == 2, r.output
    help_text = run("ingest", "--help").output
    for flag in ("--workers", "--device", "--precision", "--overlap-once"):
        assert flag in help_text


def test_articles_search_folds_the_case_of_any_letter(tmp_path: Path, embedder):
    doc = {"id": "p1", "title": "Pelé buried in Santos", "outlet": "sportsdesk.example",
           "published": "2023-01-03", "text": "Pelé buried in Santos\n\nPelé was buried on "
           "Tuesday in the city where he made his name, after a procession past his mother."}
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(doc) + "\n")
    assert run("ingest", str(path), "-q").exit_code == 0
    assert "Pelé buried" in run("articles", "list", "--search", "PELÉ").output


def test_terminal_control_codes_in_coverage_never_reach_the_terminal(embedder, tmp_path):
    evil = "\x1b]0;PWNED\x07\x1b[2J\x1b[31m\x9b31m"
    article = {"id": "ctl1", "title": f"Harlow tram{evil} opens", "outlet": "harlow.test",
               "published": "2024-03-01",
               "text": f"The Harlow tram line opened on Friday.{evil} It cost 40 million euros."}
    path = tmp_path / "evil.jsonl"
    path.write_text(json.dumps(article) + "\n")
    assert run("ingest", str(path), "-q").exit_code == 0
    for args in (("articles", "list"), ("articles", "show", "ctl1"),
                 ("ask", "When did the Harlow tram line open?")):
        r = run(*args)
        assert r.exit_code == 0, r.output
        assert "Harlow" in r.output
        assert not re.search(r"[\x07\x1b\x9b]", r.output), (args, r.output)


def test_a_console_keeps_its_own_colours_and_drops_the_text_s_control_codes():
    import io

    from assistant.cli.common import SafeConsole
    buf = io.StringIO()
    SafeConsole(file=buf, force_terminal=True, color_system="standard").print(
        "[red]ok[/] \x1b]0;PWNED\x07 fake")
    shown = buf.getvalue()
    assert "\x1b[31m" in shown and "PWNED" in shown  # Rich's colour stays, the text too
    assert "\x1b]0" not in shown and "\x07" not in shown
    # a code inside brackets does not turn escaped text into a Rich tag (a link, a colour)
    from rich.markup import escape
    buf = io.StringIO()
    SafeConsole(file=buf, force_terminal=True, color_system="standard",
                highlight=False).print(escape("[\x1blink=https://evil.example]click[\x1b/link]"))
    shown = buf.getvalue()
    assert "\x1b]8;" not in shown and "link=https://evil.example" in shown
    # JSON keeps every character, control codes as escapes
    buf = io.StringIO()
    SafeConsole(file=buf, force_terminal=True).print_json(data={"t": "a\x9bb\x1bc é"})
    shown = buf.getvalue()
    assert "\\u009b" in shown and "\\u001b" in shown and "é" in shown
    assert json.loads(shown) == {"t": "a\x9bb\x1bc é"}


def test_llm_flags_that_cannot_work_are_one_clear_error(ingested):
    r = runner.invoke(app, ["ask", "How long was the call?", "--model", "m"])
    assert r.exit_code == 2 and "no LLM backend is set: add --backend" in r.output
    r = runner.invoke(app, ["ask", "How long was the call?", "--backend", "openai",
                            "--base-url", "127.0.0.1:9/v1", "--model", "m"])
    assert r.exit_code == 2 and "must start with http:// or https://" in r.output
    r = runner.invoke(app, ["ask", "How long was the call?", "--backend", "openai",
                            "--base-url", "http://127.0.0.1:9/v1", "--no-fallback"])
    assert r.exit_code == 2 and "needs --model" in r.output


def test_chat_says_how_it_asked_a_follow_up_and_takes_as_of(ingested):
    r = run("chat", "--as-of", "2017-11-25",
            input="What did Vladimir Putin and Donald Trump discuss?\n"
                  "How did he describe the call?\n/quit\n")
    assert r.exit_code == 0, r.output
    assert "(searched for: " in r.output and "How did Vladimir Putin describe the call?" in r.output
    assert run("chat", "--as-of", "yesterday", input="/quit\n").exit_code != 0


ASKED = "How long did the call between Putin and Trump last?"


@pytest.mark.parametrize(("url", "says"), [
    ("http://[::1", "not a URL: Invalid IPv6 URL"),
    ("http://127.0.0.1:abc/v1", "not a URL: Port could not be cast"),
    ("http:///v1", "the URL has no host"),
])
def test_a_base_url_that_cannot_be_one_is_one_clear_error(ingested, url, says):
    r = runner.invoke(app, ["ask", "How long was the call?", "--backend", "openai",
                            "--base-url", url, "--model", "m"])
    assert r.exit_code == 2 and says in r.output and "Traceback" not in r.output
    assert AnswerSettings(backend="ollama", base_url="localhost:11434").base_url


def test_chat_goes_on_after_a_question_that_fails(ingested):
    long_q = "x" * 2001
    r = runner.invoke(app, ["chat"], input=f"{long_q}\n{ASKED}\n/quit\n")
    assert "the limit is 2,000" in r.output and "more than one hour" in r.output
    assert r.exit_code == 2  # a script learns that one question failed
