"""The Gradio app. Thin: every answer comes from the same Assistant as the CLI, and all
formatting lives in :mod:`assistant.ui.format`.

Anyone who can reach the server may call every handler here through Gradio's API, not only
through the page, so each handler checks its inputs itself: files are ingested only if Gradio
received them as uploads, the URL box takes only http(s) URLs (fetched from public addresses
unless ``ui.allow_private_urls``), questions have a length cap, and messages carry no secrets.
See docs/security.md."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from assistant.answer.chain import Assistant
from assistant.answer.contract import check_question
from assistant.config import Settings
from assistant.errors import NewsQAError
from assistant.index import Index
from assistant.ingest.files import SUPPORTED
from assistant.ingest.pipeline import IngestReport, ingest
from assistant.ingest.web import is_url
from assistant.redact import install_log_redaction, redact
from assistant.types import Answer, Filters
from assistant.ui import feedback
from assistant.ui.access import LoginGate, accounts
from assistant.ui.format import (
    CSS,
    answer_markdown,
    comparison_html,
    md_escape,
    sources_html,
    timeline_html,
)

EMPTY_INDEX = ("There is no coverage in the index yet. Add articles in the **Coverage** tab "
               "(upload files, paste text, or give URLs), or load the sample article there.")


def _safe_name(name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name).strip("._") or "upload"
    return base[:120]


def upload_root(settings: Settings) -> Path:
    """Where Gradio keeps what browsers upload (``GRADIO_TEMP_DIR``, set by :func:`serve`)."""
    return settings.data_dir / "tmp"


def url_lines(text: str) -> tuple[list[str], list[str]]:
    """The URL box: (http(s) URLs, problems). Anything else, a server path above all, is
    refused: files reach the server as uploads only."""
    urls, problems = [], []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if is_url(line):
            urls.append(line)
        else:
            problems.append(f"{line[:200]}: not an http(s) URL (upload files with the upload "
                            "box; this box takes web pages and feeds)")
    return urls, problems


def error_markdown(e: BaseException) -> str:
    return f"**Error:** {md_escape(redact(str(e)))}"


class AppState:
    """What every browser session shares: the index, one Assistant per backend, ingest status."""

    def __init__(self, settings: Settings, index: Index | None = None):
        self.settings = settings
        self.index = index or Index(settings)
        if self.index.needs_analysis():
            with self.index.writing():
                self.index.ensure_analysis()
        self._assistants: dict[str, Assistant] = {}
        self._lock = threading.Lock()
        self.ingesting = threading.Event()
        self.upload_root = upload_root(settings)

    def backends(self) -> list[str]:
        configured = self.settings.answer.backend
        return ["extractive"] + ([configured] if configured != "extractive" else [])

    def assistant(self, backend: str) -> Assistant:
        with self._lock:
            if backend not in self._assistants:
                s = self.settings.model_copy(deep=True)
                s.answer.backend = backend  # type: ignore[assignment]
                self._assistants[backend] = Assistant(self.index, s, fallback=True)
            return self._assistants[backend]

    def upload_dir(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.settings.data_dir / "uploads" / stamp
        path.mkdir(parents=True, exist_ok=True)
        return path

    # --- actions, each testable without a browser -------------------------------------
    def ask(self, question: str, chat: list[dict[str, str]], history: list[list[str]],
            outlets: list[str] | None, since: str, until: str, k: int, backend: str,
            ) -> Iterator[tuple[list[dict[str, str]], list[list[str]], dict[str, Any] | None, str]]:
        """Yields (chat, history, answer, sources_html) as the answer streams in."""
        question = (question or "").strip()
        if not question:
            return
        try:  # before anything else: a huge question is neither echoed nor answered
            check_question(question, self.settings.answer.max_question_chars)
        except NewsQAError as e:
            chat = [*chat, {"role": "assistant", "content": error_markdown(e)}]
            yield chat, history, None, sources_html(None, {})
            return
        chat = [*chat, {"role": "user", "content": md_escape(question)},
                {"role": "assistant", "content": ""}]
        if self.index.catalog.is_empty():
            chat[-1]["content"] = EMPTY_INDEX
            yield chat, history, None, sources_html(None, {})
            return
        filters = Filters(outlets=tuple(outlets or ()), since=since.strip() or None,
                          until=until.strip() or None)
        answer: Answer | None = None
        try:
            stream = self.assistant(backend).stream(
                question, filters=filters, k=int(k), history=[(q, a) for q, a in history])
            for event in stream:
                if event.kind == "token":
                    chat[-1]["content"] += md_escape(event.text)
                    yield chat, history, None, sources_html(None, {})
                else:
                    answer = event.answer
        except NewsQAError as e:
            chat[-1]["content"] = error_markdown(e)
            yield chat, history, None, sources_html(None, {})
            return
        assert answer is not None
        chat[-1]["content"] = answer_markdown(answer, self.ingesting.is_set())
        texts = {c.article_id: self.index.get(c.article_id).article.text
                 for c in answer.citations}
        history = [*history, [question, answer.answer]]
        yield chat, history, answer.model_dump(mode="json"), sources_html(answer, texts)

    def received_upload(self, path: str) -> bool:
        """Whether ``path`` is a file Gradio received as an upload: a regular file (not a link)
        inside its upload folder. Gradio already refuses other paths in an API call; this
        holds even if it did not."""
        p = Path(path)
        try:
            inside = p.resolve(strict=True).is_relative_to(self.upload_root.resolve())
        except (OSError, RuntimeError):
            return False
        return inside and not p.is_symlink() and p.is_file()

    def stage_uploads(self, paths: list[str] | None, folder: Path) -> tuple[list[str], list[str]]:
        """Copy uploads into the data dir after checking origin, type and size.
        (sources, problems)"""
        sources, problems = [], []
        limit = int(self.settings.ingest.max_file_mb * 1_000_000)
        for p in paths or []:
            src = Path(p)
            name = _safe_name(src.name)
            if not self.received_upload(p):
                problems.append(f"{name}: not a file uploaded through this page (or it was "
                                "added already); only uploads can be added")
            elif src.suffix.lower() not in SUPPORTED:
                problems.append(f"{name}: unsupported type (use {', '.join(sorted(SUPPORTED))})")
            elif src.stat().st_size > limit:
                problems.append(f"{name}: larger than {self.settings.ingest.max_file_mb:g} MB")
            else:
                dest = folder / name
                shutil.copyfile(src, dest)
                sources.append(str(dest))
        return sources, problems

    def stage_paste(self, text: str, title: str, outlet: str, published: str, url: str,
                    folder: Path) -> str | None:
        if not (text or "").strip():
            return None
        meta = {"title": title, "outlet": outlet, "published": published, "url": url}
        head = "".join(f"{k}: {v.strip()}\n" for k, v in meta.items() if v and v.strip())
        path = folder / "pasted.md"
        path.write_text((f"---\n{head}---\n" if head else "") + text.strip() + "\n", "utf-8")
        return str(path)

    def add(self, sources: list[str], progress: Any = None) -> IngestReport:
        """Ingest ``sources`` as a UI user may: URLs only from public addresses (unless the
        operator allows others), never over a different story stored under the same id."""
        self.ingesting.set()
        try:
            def tick(done: int, total: int | None, note: str) -> None:
                if progress is not None:
                    progress((done, total) if total else done, desc=f"ingesting {note}")

            def waiting(message: str) -> None:
                if progress is not None:
                    progress(0, desc=message)

            return ingest(sources, self.index, tick,
                          allow_private_urls=self.settings.ui.allow_private_urls,
                          on_wait=waiting)
        finally:
            self.ingesting.clear()

    def forget_uploads(self, paths: list[str] | None, folder: Path) -> None:
        """Remove the staged copies and Gradio's own copies of ingested uploads: the index
        holds the text now, and a deleted article must not live on in an upload folder."""
        shutil.rmtree(folder, ignore_errors=True)
        for p in paths or []:
            if self.received_upload(p):
                Path(p).unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    Path(p).parent.rmdir()  # Gradio's per-upload folder, once empty

    def stats_markdown(self) -> str:
        s = self.index.stats()
        if not s["articles"]:
            return "**The index is empty.** Add coverage below, or load the sample article."
        span = f"{s['earliest']} to {s['latest']}" if s["earliest"] else "no full dates"
        outlets = ", ".join(f"{md_escape(o)} ({n})" for o, n in list(s["outlets"].items())[:12])
        return (f"**{s['articles']} articles**, {s['chunks']} chunks · published {span} "
                f"({s['undated']} undated) · {s['disk_bytes'] / 1e6:.1f} MB on disk  \n"
                f"Outlets: {outlets}")

    def _view(self, text: str, make: Callable[[str], Any], render: Callable[[Any], str]) -> str:
        """A compare or timeline view: ``render(make(text))``, or why there is nothing."""
        if not (text or "").strip():
            return render(None)
        if self.index.catalog.is_empty():
            return f'<div class="nq-empty">{md_escape(EMPTY_INDEX)}</div>'
        try:
            return render(make(text))
        except NewsQAError as e:
            return f'<div class="nq-empty">Error: {md_escape(str(e))}</div>'

    def _texts(self, citations: list[Any]) -> dict[str, str]:
        """The cited articles' texts, for the source cards a view's ``[n]`` link to."""
        ids = {c.article_id for c in citations}
        return {aid: a.text for aid, a in self.index.catalog.get_many(ids).items()}

    def compare_html(self, question: str) -> str:
        return self._view(question, self.assistant("extractive").compare,
                          lambda c: comparison_html(c, None if c is None else self._texts(
                              [x for a in c.accounts for x in a.citations])))

    def timeline_html(self, topic: str) -> str:
        return self._view(topic, self.assistant("extractive").timeline,
                          lambda t: timeline_html(t, None if t is None else self._texts(
                              [e.citation for e in t.events])))

    def article_rows(self, search: str = "") -> list[list[str]]:
        return [[r.article.article_id, r.article.published or "", r.article.outlet,
                 r.article.title, str(r.n_chunks)]
                for r in self.index.catalog.list(search=search.strip() or None, limit=500)]


def report_markdown(report: IngestReport, problems: list[str]) -> str:
    lines = [f"**{report.summary()}**"]
    lines += [f"- skipped {md_escape(s.source)}: {md_escape(s.reason)}" for s in report.skipped]
    lines += [f"- conflict {md_escape(s.source)}: {md_escape(s.reason)}"
              for s in report.conflicts]
    lines += [f"- warning {md_escape(s.source)}: {md_escape(s.reason)}" for s in report.warnings]
    lines += [f"- not added {md_escape(p)}" for p in problems]
    return redact("\n".join(lines))


def build_app(state: AppState) -> Any:
    import gradio as gr

    s = state.settings
    with gr.Blocks(title="newsqa") as demo:
        gr.Markdown("## newsqa — answers about the coverage, with the passages that prove them")
        with gr.Tab("Ask"), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Conversation", height=460, elem_id="chat")
                question = gr.Textbox(label="Question", elem_id="question",
                                      max_length=s.answer.max_question_chars,
                                      placeholder="e.g. How long did the call last?")
                with gr.Row():
                    ask_btn = gr.Button("Ask", variant="primary", elem_id="ask")
                    new_btn = gr.Button("New chat", elem_id="new-chat")
                with gr.Accordion("Filters and backend", open=False):
                    outlets = gr.Dropdown(choices=state.index.catalog.outlets(),
                                          multiselect=True, label="Outlets")
                    with gr.Row():
                        since = gr.Textbox(label="Since (YYYY-MM-DD)")
                        until = gr.Textbox(label="Until (YYYY-MM-DD)")
                    k = gr.Slider(1, 20, value=s.retrieval.k, step=1, label="Passages")
                    backend = gr.Dropdown(choices=state.backends(), value=s.answer.backend,
                                          label="Answer backend")
                with gr.Row():
                    up = gr.Button("Helpful", size="sm", elem_id="thumbs-up")
                    down = gr.Button("Not helpful", size="sm", elem_id="thumbs-down")
                    comment = gr.Textbox(label="Comment (optional)", scale=3)
                feedback_md = gr.Markdown()
            with gr.Column(scale=2):
                active = gr.Markdown(f"Answering with **{md_escape(s.answer.backend)}**")
                gr.Markdown("### Sources")
                sources = gr.HTML(sources_html(None, {}), elem_id="sources")
        with gr.Tab("Compare"):
            gr.Markdown("How each outlet — or, within one article, each speaker — answers, "
                        "side by side: who reports a value, who gives a different one, who is "
                        "silent.")
            cmp_q = gr.Textbox(label="Question", elem_id="compare-question",
                               max_length=s.answer.max_question_chars,
                               placeholder="e.g. How long was the call and how was it described?")
            cmp_btn = gr.Button("Compare", variant="primary", elem_id="compare")
            cmp_out = gr.HTML(elem_id="comparison")
        with gr.Tab("Timeline"):
            gr.Markdown("Dated events in the coverage of a topic, oldest first; relative dates "
                        "are resolved against each article's publication date.")
            tl_q = gr.Textbox(label="Topic", elem_id="timeline-topic", placeholder="e.g. Syria",
                              max_length=s.answer.max_question_chars)
            tl_btn = gr.Button("Build timeline", variant="primary", elem_id="timeline")
            tl_out = gr.HTML(elem_id="timeline-view")
        with gr.Tab("Coverage"):
            stats_md = gr.Markdown(state.stats_markdown(), elem_id="stats")
            with gr.Row():
                files = gr.File(file_count="multiple", label="Upload articles",
                                file_types=sorted(SUPPORTED), elem_id="upload")
                with gr.Column():
                    urls = gr.Textbox(label="URLs or RSS/Atom feeds, one per line", lines=3)
                    sample_btn = gr.Button("Load the sample article")
            with gr.Accordion("Paste an article", open=False):
                paste = gr.Textbox(label="Text (first line: the headline)", lines=6)
                with gr.Row():
                    p_title = gr.Textbox(label="Title")
                    p_outlet = gr.Textbox(label="Outlet")
                    p_date = gr.Textbox(label="Published (YYYY-MM-DD)")
                    p_url = gr.Textbox(label="URL")
            add_btn = gr.Button("Add to the index", variant="primary", elem_id="add")
            ingest_md = gr.Markdown(elem_id="ingest-result")
            with gr.Row():
                search = gr.Textbox(label="Search articles", scale=3)
                delete_id = gr.Textbox(label="Article id to delete", scale=2)
                delete_btn = gr.Button("Delete", variant="stop", scale=1)
            table = gr.Dataframe(value=state.article_rows(), interactive=False,
                                 headers=["id", "published", "outlet", "title", "chunks"])
        history = gr.State([])
        last = gr.State(None)
        # every handler has one stable API name: the API is what an attacker calls
        gr.on([cmp_btn.click, cmp_q.submit], state.compare_html, cmp_q, cmp_out,
              concurrency_limit=2, api_name="compare")
        gr.on([tl_btn.click, tl_q.submit], state.timeline_html, tl_q, tl_out,
              concurrency_limit=2, api_name="timeline")

        def on_ask(q: str, chat: list, hist: list, outs: list, a: str, b: str, kk: int,
                   be: str) -> Iterator[tuple[Any, ...]]:
            for chat2, hist2, answer, html in state.ask(q, chat or [], hist or [], outs, a or "",
                                                        b or "", kk, be):
                yield chat2, hist2, answer, html, ""

        ask_inputs = [question, chatbot, history, outlets, since, until, k, backend]
        ask_outputs = [chatbot, history, last, sources, question]
        gr.on([ask_btn.click, question.submit], on_ask, ask_inputs, ask_outputs,
              concurrency_limit=4, api_name="ask")
        new_btn.click(lambda: ([], [], None, sources_html(None, {}), ""), None,
                      [chatbot, history, last, sources, feedback_md], api_name="new_chat")
        backend.change(lambda be: f"Answering with **{md_escape(be)}**", backend, active,
                       api_name="backend")

        def on_feedback(rating: int) -> Any:
            def run(answer: dict | None, note: str) -> tuple[str, str]:
                if not answer:
                    return "Ask a question first.", note
                feedback.record(s.data_dir, Answer.model_validate(answer), rating, note or "")
                return "Thanks — feedback saved.", ""
            return run

        up.click(on_feedback(1), [last, comment], [feedback_md, comment], api_name="helpful")
        down.click(on_feedback(-1), [last, comment], [feedback_md, comment],
                   api_name="not_helpful")

        def refreshed(summary: str) -> tuple[Any, ...]:
            return (summary, state.stats_markdown(), state.article_rows(),
                    gr.update(choices=state.index.catalog.outlets()))

        def on_add(paths: list[str] | None, url_text: str, text: str, title: str, outlet: str,
                   date: str, url: str, progress: Any = gr.Progress()) -> tuple[Any, ...]:
            folder = state.upload_dir()
            try:
                sources_, problems = state.stage_uploads(paths, folder)
                pasted = state.stage_paste(text, title, outlet, date, url, folder)
                sources_ += [pasted] if pasted else []
                urls_, url_problems = url_lines(url_text)
                sources_ += urls_
                problems += url_problems
                if not sources_:
                    return refreshed(redact(
                        "Nothing to add: upload files, paste text or give URLs." +
                        "".join(f"\n- not added {md_escape(p)}" for p in problems)))
                return refreshed(report_markdown(state.add(sources_, progress), problems))
            except NewsQAError as e:
                return refreshed(error_markdown(e))
            finally:
                state.forget_uploads(paths, folder)

        add_outputs = [ingest_md, stats_md, table, outlets]
        add_btn.click(on_add, [files, urls, paste, p_title, p_outlet, p_date, p_url], add_outputs,
                      concurrency_limit=1, api_name="add")

        def on_sample(progress: Any = gr.Progress()) -> tuple[Any, ...]:
            from assistant.cli.ingest import sample_path

            try:
                return refreshed(report_markdown(state.add([str(sample_path())], progress), []))
            except NewsQAError as e:
                return refreshed(error_markdown(e))

        sample_btn.click(on_sample, None, add_outputs, concurrency_limit=1, api_name="sample")
        search.change(lambda q: state.article_rows(q), search, table, api_name="search")

        def on_delete(aid: str) -> tuple[Any, ...]:
            try:
                with state.index.writing():
                    art = state.index.delete((aid or "").strip())
                state.index.keyword()  # rebuilt now: its files held the deleted text
                return refreshed(f"Deleted {md_escape(art.title or art.article_id)}. Its text "
                                 "leaves the disk at the next `newsqa compact`.")
            except NewsQAError as e:
                return refreshed(error_markdown(e))

        delete_btn.click(on_delete, delete_id, add_outputs, concurrency_limit=1,
                         api_name="delete")
    return demo


def serve(settings: Settings, open_browser: bool = False) -> None:
    """Start the web UI (blocking). Offline: no analytics, no share link. With accounts
    (``ui.auth``, ``ui.auth_file``) nothing about the app or the index shows before login."""
    from starlette.middleware import Middleware

    install_log_redaction()
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    tmp = upload_root(settings)
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(tmp)  # uploads land inside the data dir
    logins = accounts(settings.ui)
    state = AppState(settings)
    demo = build_app(state)
    demo.queue(default_concurrency_limit=4).launch(
        server_name=settings.ui.host, server_port=settings.ui.port, auth=logins or None,
        share=False, inbrowser=open_browser, css=CSS, ssr_mode=False, quiet=True,
        show_error=True, max_file_size=f"{settings.ingest.max_file_mb:g}mb",
        run_history=False,  # past questions and answers, and a route that syncs to the Hub
        # FastAPI's own schema pages describe the routes to anyone: off
        app_kwargs={"middleware": [Middleware(LoginGate)], "openapi_url": None,
                    "docs_url": None, "redoc_url": None},
    )
