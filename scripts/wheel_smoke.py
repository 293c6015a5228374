"""Answer a question with an LLM from an installed wheel, with no source tree in sight.

Run with the Python of a venv that has the wheel installed (``.ci/run`` builds one):

    VENV/bin/python scripts/wheel_smoke.py

It checks that ``assistant`` is imported from that venv, not from a checkout; starts the
loopback OpenAI-compatible server of scripts/fake_openai.py, whose reply cites the passage
the prompt numbered as holding the answer; then runs the installed ``newsqa`` in an empty
temporary folder: ``ingest --sample``, an HTML page, and
``ask --backend openai --json --no-fallback``.
The answer must come from the server (rendered from the wheel's prompts), verified and
cited. Last, the public API answers the same question extractively (the wheel's answer
model). Exit status 0 when all of it holds.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from fake_openai import FakeOpenAI

QUESTION = "How long did the call between Putin and Trump last?"
# the README's "From Python", in short: the extractive answerer reads the bundled model
API = f"""
from assistant import NewsQA
with NewsQA() as qa:
    print(qa.ask({QUESTION!r}).citations[0].quote)
"""
NEEDLE = "more than one hour"
HTML_PAGE = """<html><head><title>Harbor bridge reopens</title></head><body><article>
<h1>Harbor bridge reopens</h1><p>The Harbor bridge reopened to traffic on Monday after
eight months of repairs, the city's transport office said.</p><p>Repairs cost 12 million
dollars, more than the first estimate, officials said at a news conference.</p>
</article></body></html>"""
PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>(.*?)</passage>', re.S)


def cite_the_hour(body: dict[str, Any]) -> str:
    """What a good model says: the fact, with the number of the passage that holds it."""
    prompt = body["messages"][-1]["content"]
    n = next((n for n, text in PASSAGE.findall(prompt) if NEEDLE in text), None)
    if n is None:
        return "No passage says how long the call lasted."
    return ("According to the White House press service, the conversation lasted for more "
            f"than one hour [{n}].")


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> str:
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        sys.exit(f"FAILED: {' '.join(cmd)} exited {r.returncode}\n{r.stdout}\n{r.stderr}")
    return r.stdout


def main() -> None:
    bindir = Path(sys.executable).parent
    newsqa = bindir / "newsqa"
    source = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("NEWSQA_", "OPENAI_")) and k != "PYTHONPATH"}
        env.update(NEWSQA_DATA_DIR=str(work / "data"), HF_HUB_OFFLINE="1")

        where = run([sys.executable, "-c", "import assistant; print(assistant.__file__)"],
                    work, env).strip()
        if Path(where).is_relative_to(source) or not Path(where).is_relative_to(bindir.parent):
            sys.exit(f"FAILED: assistant imported from {where}, not from the venv")
        print(f"assistant from {where}")

        print(run([str(newsqa), "ingest", "--sample", "-q"], work, env).strip())
        # an HTML page: its reader (trafilatura, jusText, lxml's cleaner) must be installed too
        page = work / "page.html"
        page.write_text(HTML_PAGE, "utf-8")
        print(run([str(newsqa), "ingest", str(page), "-q"], work, env).strip())
        listed = run([str(newsqa), "articles", "list", "--search", "Harbor", "--json"], work,
                     env)
        html_ok = [json.loads(line)["title"] for line in listed.splitlines() if line.strip()] \
            == ["Harbor bridge reopens"]
        server = FakeOpenAI(reply_with=cite_the_hour).start()
        try:
            out = run([str(newsqa), "ask", QUESTION, "--backend", "openai", "--base-url",
                       server.url, "--model", "smoke", "--no-fallback", "--json"], work, env)
        finally:
            server.shutdown()
        answer = json.loads(out)
        extractive = run([sys.executable, "-c", API], work, env)
        system = server.requests[-1]["body"]["messages"][0]["content"]
        checks = {
            "the server was asked once": len(server.requests) == 1,
            "with the bundled answer prompt": "Every sentence that states a fact" in system,
            "it answered": answer["backend"] == f"openai:smoke at {server.url}",
            "not a refusal": not answer["refused"],
            "every sentence verified": all(s["supported"] for s in answer["sentences"]),
            "cited with the exact quote": NEEDLE in answer["citations"][0]["quote"],
            "and from Python, extractively": NEEDLE in extractive,
            "an HTML page ingested": html_ok,
        }
        for name, ok in checks.items():
            print(f"{'ok' if ok else 'FAILED'}: {name}")
        print(answer["answer"])
        if not all(checks.values()):
            sys.exit(1)


if __name__ == "__main__":
    main()
