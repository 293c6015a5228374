"""The page: Gradio components and the events that call :class:`assistant.ui.app.AppState`.

Nothing here reads the index while the page is built: every figure, list and example is
loaded when a page opens (``demo.load``), and again whenever the index changes, from this
page, another one or the CLI (a timer compares the catalog's generation counter, which every
change bumps, with the one the page shows).

Every handler has one stable API name (``api_name``): the API is what an attacker calls.
Handlers that only serve the page itself are ``api_visibility="private"``. (Gradio is
imported at module level: it finds event data such as ``gr.LikeData`` by type hint.)
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.config import Settings
from assistant.errors import NewsQAError
from assistant.ingest.files import SUPPORTED
from assistant.redact import redact
from assistant.ui import conversations as convs
from assistant.ui import coverage, feedback
from assistant.ui.app import AppState, FilterProblem
from assistant.ui.cards import inline
from assistant.ui.format import md_escape, stopped

# the Coverage tab of a read-only server (ui.read_only) says why it offers no add or delete
READ_ONLY_NOTE = ("This server is **read-only**: you can search the coverage below and ask "
                  "about it. Articles are added and deleted on the server, with `newsqa ingest` "
                  "and `newsqa articles delete`.")

FEEDBACK = ["Like", "Dislike", *feedback.COMPLAINTS]
TITLE = ('<div class="nq-title-bar"><b>newsqa</b><span>answers from the news coverage, each '
         "with the passages that prove it</span></div>")


def browser_secret(settings: Settings) -> str:
    """The key conversations are encrypted with in the browser's storage. Kept in the data
    dir, so stored conversations survive a server restart."""
    path = settings.data_dir / "ui-secret"
    try:
        value = path.read_text("utf-8").strip()
        if len(value) >= 16:
            return value
    except OSError:
        pass
    value = secrets.token_urlsafe(24)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(value)
    return value


def view_filters(name: str) -> list[Any]:
    """A Compare or Timeline tab's own outlet and date filters (the Ask tab's are its own):
    the outlets box, then Since and Until. Their ids start with ``name``."""
    with gr.Accordion("Filters", open=False, elem_id=f"{name}-filters"):
        # the server checks outlets against the index (outlets_problem): the API may name
        # them though this page's choices are filled only once a page loads
        chosen = gr.Dropdown(choices=[], multiselect=True, label="Outlets",
                             allow_custom_value=True, elem_id=f"{name}-outlets")
        with gr.Row():
            since = gr.Textbox(label="Since (YYYY-MM-DD)", elem_id=f"{name}-since")
            until = gr.Textbox(label="Until (YYYY-MM-DD)", elem_id=f"{name}-until")
    return [chosen, since, until]


def build_app(state: AppState) -> gr.Blocks:
    s = state.settings
    private: dict[str, Any] = {"api_visibility": "private"}
    with gr.Blocks(title="newsqa") as demo:
        gr.HTML(TITLE, padding=False)
        store = gr.BrowserState(convs.empty_store(), storage_key="newsqa-conversations",
                                secret=browser_secret(s))
        conv_id = gr.State("")
        clearing = gr.State("")  # the conversation the chat's trash asks to delete
        seen = gr.State(-1)  # the index generation this page shows
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"), gr.Row(elem_id="ask-row"):
                with gr.Column(scale=4, min_width=320):
                    chatbot = gr.Chatbot(
                        elem_id="chat", show_label=False, height="calc(100dvh - 250px)",
                        min_height=420, autoscroll=False, layout="panel",
                        buttons=["copy", "copy_all"], feedback_options=FEEDBACK,
                        latex_delimiters=[], placeholder="", examples=None)
                    # the chat's trash asks first, as the Coverage tab's delete does
                    with gr.Column(visible=False, elem_id="clear-confirm") as clear_box:
                        clear_md = gr.Markdown(elem_id="clear-question")
                        with gr.Row():
                            clear_yes = gr.Button("Delete it", variant="stop",
                                                  elem_id="clear-yes", size="sm")
                            clear_no = gr.Button("Keep it", elem_id="clear-no", size="sm")
                    question = gr.Textbox(
                        label="Question", show_label=False, elem_id="question",
                        submit_btn="Ask", stop_btn=False, lines=1, max_lines=6,
                        placeholder="Ask a question about the coverage in the index")
                    with gr.Accordion("Filters and answer backend", open=False,
                                      elem_id="filters"):
                        outlets = gr.Dropdown(choices=[], multiselect=True, label="Outlets",
                                              allow_custom_value=True, elem_id="outlets")
                        with gr.Row():
                            since = gr.Textbox(label="Since (YYYY-MM-DD)", elem_id="since")
                            until = gr.Textbox(label="Until (YYYY-MM-DD)", elem_id="until")
                            # the day to ask as on: "this week" and recency are read from it
                            as_of = gr.Textbox(label="As of (YYYY-MM-DD)", elem_id="as-of",
                                               placeholder="today")
                        k = gr.Slider(1, 20, value=s.retrieval.k, step=1, label="Passages")
                        backend = gr.Dropdown(choices=state.backends(), value=s.answer.backend,
                                              label="Answer backend", elem_id="backend")
                with gr.Column(scale=1, min_width=220, elem_id="ask-side"):
                    new_btn = gr.Button("New chat", elem_id="new-chat", size="sm")
                    conv_list = gr.Radio(choices=[], label="Conversations (kept in this "
                                         "browser only)", elem_id="conversations")
            with gr.Tab("Compare", id="compare-tab"):
                gr.Markdown("How each outlet — or, within one article, each speaker — answers, "
                            "side by side: who reports a value, who gives a different one, who "
                            "is silent.")
                cmp_q = gr.Textbox(label="Question", elem_id="compare-question",
                                   submit_btn="Compare",
                                   placeholder="A question to compare across outlets: how "
                                               "many, how much, when, who said what")
                cmp_filters = view_filters("compare")
                cmp_out = gr.HTML(elem_id="comparison")
            with gr.Tab("Timeline", id="timeline-tab"):
                gr.Markdown("Dated events in the coverage of a topic, oldest first; relative "
                            "dates are resolved against each article's publication date.")
                tl_q = gr.Textbox(label="Topic", elem_id="timeline-topic",
                                  placeholder="A person, a place or an event",
                                  submit_btn="Build timeline")
                tl_filters = view_filters("timeline")
                tl_out = gr.HTML(elem_id="timeline-view")
            with gr.Tab("Coverage", id="coverage"):
                stats_md = gr.Markdown("Loading…", elem_id="stats")
                editable = not s.ui.read_only
                if editable:
                    with gr.Row():
                        # no file_types: a browser that refuses one file drops the whole queue;
                        # Add names each unsupported file instead (AppState.stage_uploads)
                        kinds = " ".join(sorted(SUPPORTED))
                        files = gr.File(file_count="multiple",
                                        label=f"Upload articles ({kinds})", elem_id="upload")
                        with gr.Column():
                            urls = gr.Textbox(label="URLs or RSS/Atom feeds, one per line",
                                              lines=3, elem_id="urls")
                            sample_btn = gr.Button("Load the sample article", elem_id="sample")
                    with gr.Accordion("Paste an article", open=False):
                        paste = gr.Textbox(label="Text (first line: the headline)", lines=6,
                                           elem_id="paste")
                        with gr.Row():
                            p_title = gr.Textbox(label="Title")
                            p_outlet = gr.Textbox(label="Outlet")
                            p_date = gr.Textbox(label="Published (YYYY-MM-DD)")
                            p_url = gr.Textbox(label="URL")
                    add_btn = gr.Button("Add to the index", variant="primary", elem_id="add")
                else:
                    gr.Markdown(READ_ONLY_NOTE, elem_id="read-only")
                ingest_md = gr.Markdown(elem_id="ingest-result")
                search = gr.Textbox(label="Search articles (title, outlet or id)",
                                    elem_id="search")
                search_note = gr.Markdown(elem_id="search-note")
                table = gr.Dataframe(headers=coverage.HEADERS, interactive=False, wrap=True,
                                     elem_id="articles",
                                     column_widths=["48%", "17%", "13%", "15%", "7%"])
                if editable:
                    with gr.Row(equal_height=True):
                        delete_id = gr.Textbox(
                            label="Article id to delete (click an article above)",
                            elem_id="delete-id", scale=3)
                        # the red button is the confirmation's ("Delete it"): this one asks
                        delete_btn = gr.Button("Delete…", variant="secondary",
                                               scale=1, elem_id="delete")
                    with gr.Column(visible=False, elem_id="delete-confirm") as confirm_box:
                        confirm_md = gr.Markdown(elem_id="delete-question")
                        with gr.Row():
                            yes_btn = gr.Button("Delete it", variant="stop",
                                                elem_id="delete-yes")
                            no_btn = gr.Button("Keep it", elem_id="delete-no")
                    delete_md = gr.Markdown(elem_id="delete-result")
        timer = gr.Timer(s.ui.refresh_s)

        # --- the index, as every page shows it -------------------------------------------
        # every outlets box follows the index: the Ask tab's, Compare's and Timeline's
        outlet_boxes = [outlets, cmp_filters[0], tl_filters[0]]

        def current() -> tuple[Any, ...]:
            """Stats, each outlets box's choices, the empty chat's text and examples, the
            generation."""
            gen = state.generation()  # first: a change made meanwhile shows at the next tick
            choices = gr.update(choices=state.outlets())
            return (state.stats_markdown(), *(choices,) * len(outlet_boxes),
                    gr.update(examples=state.examples() or None,
                              placeholder=state.placeholder()), gen)

        shown_outputs = [stats_md, table, *outlet_boxes, chatbot, seen]

        def figures(search_text: str, force: bool, shown: int) -> tuple[Any, ...]:
            if not force and state.generation() == shown:
                return (gr.skip(),) * len(shown_outputs)
            stats, *rest = current()
            return (stats, state.article_rows(search_text), *rest)

        def on_load(stored: Any, search_text: str) -> tuple[Any, ...]:
            cid, chat = convs.current_chat(stored)
            *shown, empty_chat, gen = figures(search_text, True, -1)
            listed = gr.update(choices=convs.choices(stored), value=cid if chat else None)
            # a reload keeps the day the chat was asked as on, as it keeps the chat
            day = convs.as_of(stored, cid) or gr.skip()
            return (cid, listed, *shown, {**empty_chat, "value": chat}, gen, day)

        demo.load(on_load, [store, search], [conv_id, conv_list, *shown_outputs, as_of],
                  **private)
        timer.tick(lambda q, shown: figures(q, False, shown), [search, seen], shown_outputs,
                   show_progress="hidden", **private)

        # --- asking ------------------------------------------------------------------------
        # While an answer is being written the box offers Stop instead of Ask.
        def busy() -> Any:
            return gr.update(submit_btn=False, stop_btn="Stop")

        def idle() -> Any:
            return gr.update(submit_btn="Ask", stop_btn=False)

        def saved(stored: Any, cid: str, chat: list, day: str | None = None) -> tuple[Any, ...]:
            new = convs.save(stored, cid, chat, day)  # the day asked as on goes with the chat
            return (new, gr.update(choices=convs.choices(new), value=cid if chat else None),
                    idle())

        def answering(trigger: Any, fn: Any, inputs: list, outputs: Any, name: str,
                      event_data: bool = False) -> Any:
            """busy → ``fn`` (the API endpoint ``name``) → saved and idle again. A ``fn``
            that reads the trigger's event data (which row to retry, which example) must
            run on the trigger itself: Gradio passes no event data to a ``.then`` step.
            Such a ``fn`` shows the Stop button itself, in what it yields."""
            if event_data:
                run = trigger(fn, inputs, outputs, concurrency_limit=4, api_name=name)
            else:
                started = trigger(busy, None, question, queue=False, show_progress="hidden",
                                  **private)
                run = started.then(fn, inputs, outputs, concurrency_limit=4, api_name=name)
            run.then(saved, [store, conv_id, chatbot, as_of], [store, conv_list, question],
                     **private)
            return run

        # as_of last: the API's earlier arguments keep their places
        ask_settings = [outlets, since, until, k, backend, as_of]

        def chatting(chats: Iterator[list], box: Any, kept: Any) -> Iterator[tuple[Any, Any]]:
            """Each chat with ``box`` for the question box; filters that cannot be used are
            a warning, not a chat turn (whose like buttons would offer to rate it): the
            chat stays as it was and the question box gets ``kept``, the question to ask
            again once the filters are fixed."""
            try:
                for chat in chats:
                    yield chat, box
            except FilterProblem as e:
                gr.Warning(inline(str(e)))  # the toast renders HTML
                yield gr.skip(), kept

        # (day None by default: optional in the API, so a client of /ask from before "As of"
        # keeps working)
        def on_ask(q: str, chat: list, outs: list, a: str, b: str, kk: int, be: str,
                   day: str | None = None) -> Iterator[tuple[Any, Any]]:
            # no max_length on the boxes: a browser cuts a long paste silently. A question
            # over the limit is refused in the chat, and stays in its box to be shortened
            box = q if len((q or "").strip()) > s.answer.max_question_chars else ""
            yield from chatting(state.ask(q, chat, outs, a, b, kk, be, day or ""), box,
                                gr.skip())

        asked = answering(question.submit, on_ask, [question, chatbot, *ask_settings],
                          [chatbot, question], "ask")

        def on_retry(chat: list, outs: list, a: str, b: str, kk: int, be: str,
                     day: str | None, data: gr.RetryData) -> Iterator[tuple[Any, Any]]:
            at = data.index if isinstance(data.index, int) else data.index[0]
            yield from chatting(state.retry(at, chat, outs, a, b, kk, be, day or ""), busy(),
                                gr.skip())

        retried = answering(chatbot.retry, on_retry, [chatbot, *ask_settings],
                            [chatbot, question], "retry", event_data=True)

        def on_example(chat: list, outs: list, a: str, b: str, kk: int, be: str,
                       day: str | None, data: gr.SelectData) -> Iterator[tuple[Any, Any]]:
            value = data.value if isinstance(data.value, dict) else {}
            text = str(value.get("text") or "")
            yield from chatting(state.ask(text, chat, outs, a, b, kk, be, day or ""), busy(),
                                text)

        exampled = answering(chatbot.example_select, on_example, [chatbot, *ask_settings],
                             [chatbot, question], "example", event_data=True)

        def on_stop(stored: Any, cid: str, chat: list) -> tuple[Any, ...]:
            chat = convs.messages(chat)
            if chat and chat[-1].get("role") == "assistant":
                chat[-1] = {**chat[-1], "content": stopped(str(chat[-1]["content"]))}
            return (chat, *saved(stored, cid, chat))

        question.stop(on_stop, [store, conv_id, chatbot], [chatbot, store, conv_list, question],
                      cancels=[asked, retried, exampled], api_name="stop")

        def on_like(chat: list, data: gr.LikeData) -> None:
            at = data.index if isinstance(data.index, int) else data.index[0]
            chat = convs.messages(chat)
            content = chat[at]["content"] if 0 <= at < len(chat) else ""
            if (said := state.rate(content, data.liked)) is not None:
                gr.Info(said)

        chatbot.like(on_like, chatbot, None, api_name="rate")

        # --- conversations -----------------------------------------------------------------
        def on_new(stored: Any) -> tuple[Any, ...]:
            new = convs.start_new(stored)
            return new, new["current"], [], gr.update(choices=convs.choices(new), value=None)

        new_btn.click(on_new, store, [store, conv_id, chatbot, conv_list], api_name="new_chat")

        def on_switch(stored: Any, cid: str | None) -> tuple[Any, ...]:
            """The chat chosen, with the day it was asked as on (a walk-through's follow-up
            ran as of the day another chat had set)."""
            new, chat = convs.switch(stored, cid or "")
            return new, new["current"], chat, convs.as_of(new, new["current"])

        conv_list.input(on_switch, [store, conv_list], [store, conv_id, chatbot, as_of],
                        **private)

        # The trash empties the chat on the page at once (Gradio does that); the
        # conversation stays in the store, and a new chat is current, until Delete it.
        # Keep it brings it back. Asking meanwhile asks in the new chat.
        def on_clear(stored: Any, cid: str) -> tuple[Any, ...]:
            new = convs.start_new(stored)
            listed = gr.update(choices=convs.choices(new), value=None)
            name = convs.title(stored, cid)
            if name is None:  # never saved: nothing to lose
                return new, new["current"], listed, "", gr.update(visible=False), ""
            return (new, new["current"], listed, cid, gr.update(visible=True),
                    convs.delete_question(name))

        chatbot.clear(on_clear, [store, conv_id],
                      [store, conv_id, conv_list, clearing, clear_box, clear_md], **private)

        def on_clear_yes(stored: Any, cid: str) -> tuple[Any, ...]:
            new = convs.remove(stored, cid)
            listed = gr.update(choices=convs.choices(new),
                               value=new["current"] if convs.title(new, new["current"]) else None)
            return new, new["current"], listed, "", gr.update(visible=False)

        clear_yes.click(on_clear_yes, [store, clearing],
                        [store, conv_id, conv_list, clearing, clear_box], **private)

        def on_clear_no(stored: Any, cid: str) -> tuple[Any, ...]:
            new, chat = convs.switch(stored, cid)
            return (new, new["current"], chat,
                    gr.update(choices=convs.choices(new), value=cid or None), "",
                    gr.update(visible=False), convs.as_of(new, cid))

        clear_no.click(on_clear_no, [store, clearing],
                       [store, conv_id, chatbot, conv_list, clearing, clear_box, as_of],
                       **private)
        for gone in (new_btn.click, conv_list.input):  # another chat chosen: the question goes
            gone(lambda: ("", gr.update(visible=False)), None, [clearing, clear_box],
                 queue=False, **private)

        # --- compare and timeline ------------------------------------------------------------
        gr.on([cmp_q.submit], state.compare_html, [cmp_q, *cmp_filters], cmp_out,
              concurrency_limit=2, api_name="compare")
        gr.on([tl_q.submit], state.timeline_html, [tl_q, *tl_filters], tl_out,
              concurrency_limit=2, api_name="timeline")

        # --- coverage ------------------------------------------------------------------------
        # The API of add, sample and delete takes only what they need; the table is
        # refreshed after them, keeping the search the page shows.
        changed = [stats_md, *outlet_boxes, chatbot, seen]
        search.change(state.article_rows, search, table, show_progress="hidden",
                      api_name="search")
        search.change(state.search_note, search, search_note, show_progress="hidden",
                      **private)
        if not editable:  # read-only: no add, sample or delete, on the page or in the API
            return demo

        def then_table(event: Any) -> None:
            """After an add or delete: the table, and its count of matches, for the search
            the page shows (a walk-through read "1 article matches." over an empty table)."""
            event.then(state.article_rows, search, table, show_progress="hidden", **private)
            event.then(state.search_note, search, search_note, show_progress="hidden",
                       **private)

        add_fields = [files, urls, paste, p_title, p_outlet, p_date, p_url]

        def after_change(message: str, clear: bool, taken: bool = False) -> tuple[Any, ...]:
            """``clear``: everything went in, so every add field is emptied. ``taken``: the
            uploads were read and removed from the server (added, or named in ``message``
            with what was wrong), so their box is emptied whatever else stays: sent again,
            they are no longer there."""
            if clear:
                cleared: tuple[Any, ...] = (None, "", "", "", "", "", "")
            else:
                cleared = (None if taken else gr.skip(), *(gr.skip(),) * 6)
            return (message, *current(), *cleared)

        def on_add(paths: list[str] | None, url_text: str, text: str, title: str, outlet: str,
                   date: str, url: str, progress: Any = gr.Progress()) -> tuple[Any, ...]:
            if bad := state.paste_problem(text, date):
                # before anything is staged: the uploads stay in their box for another try
                return after_change(f"**Error:** {md_escape(bad)}", False)
            folder = state.upload_dir()
            try:
                sources, problems = state.stage_uploads(paths, folder)
                pasted = state.stage_paste(text, title, outlet, date, url, folder)
                sources += [pasted] if pasted else []
                found, url_problems = coverage.url_lines(url_text)
                sources += found
                problems += url_problems
                if not sources:
                    return after_change(redact(
                        "Nothing to add: upload files, paste text or give URLs." +
                        "".join(f"\n- not added {md_escape(p)}" for p in problems)), False,
                        True)
                report = state.add(sources, progress)
                return after_change(coverage.report_markdown(report, problems, folder),
                                    coverage.added_cleanly(report, problems), True)
            except NewsQAError as e:
                return after_change(f"**Error:** {md_escape(redact(str(e)))}", False, True)
            finally:
                state.forget_uploads(paths, folder)

        add_outputs = [ingest_md, *changed, *add_fields]
        then_table(add_btn.click(on_add, add_fields, add_outputs, concurrency_limit=1,
                                 api_name="add"))

        def on_sample(progress: Any = gr.Progress()) -> tuple[Any, ...]:
            from assistant.ingest import sample_path

            try:
                report = state.add([str(sample_path())], progress)
                return after_change(coverage.report_markdown(report, []), False)
            except NewsQAError as e:
                return after_change(f"**Error:** {md_escape(redact(str(e)))}", False)

        then_table(sample_btn.click(on_sample, None, add_outputs, concurrency_limit=1,
                                    api_name="sample"))

        def on_pick(data: gr.SelectData) -> tuple[Any, ...]:
            row = data.row_value or []
            picked = str(row[coverage.HEADERS.index("id")]) if len(row) == 5 else gr.skip()
            return picked, gr.update(visible=False), ""

        table.select(on_pick, None, [delete_id, confirm_box, delete_md], **private)

        def on_delete_ask(given: str) -> tuple[Any, ...]:
            try:
                row = state.resolve(given)
            except NewsQAError as e:
                return gr.skip(), gr.update(visible=False), "", md_escape(str(e))
            a = row.article
            return (a.article_id, gr.update(visible=True),
                    coverage.delete_question(a.title, a.outlet, a.published, a.article_id), "")

        delete_btn.click(on_delete_ask, delete_id, [delete_id, confirm_box, confirm_md,
                                                    delete_md], api_name="delete_check")
        delete_id.input(lambda: gr.update(visible=False), None, confirm_box, **private)
        no_btn.click(lambda: (gr.update(visible=False), ""), None, [confirm_box, delete_md],
                     **private)

        def on_delete(given: str) -> tuple[Any, ...]:
            try:
                message = state.delete(given)
            except NewsQAError as e:
                message = md_escape(redact(str(e)))
            return (gr.update(visible=False), "", message, *current())

        then_table(yes_btn.click(on_delete, delete_id,
                                 [confirm_box, delete_id, delete_md, *changed],
                                 concurrency_limit=1, api_name="delete"))
    return demo


__all__ = ["FEEDBACK", "browser_secret", "build_app"]
