"""The web UI's actions, testable without a browser; :mod:`assistant.ui.layout` wires them to
the page. Thin: every answer comes from the same Assistant as the CLI, and all formatting
lives in the pure modules beside this one (format, cards, views, coverage, examples).

Anyone who can reach the server may call every handler here through Gradio's API, not only
through the page, so each handler checks its inputs itself: files are ingested only if Gradio
received them as uploads, the URL box takes only http(s) URLs (fetched from public addresses
unless ``ui.allow_private_urls``), questions have a length cap, and messages carry no secrets.
A rating is stored only with an answer this server gave. See docs/security.md."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from assistant.answer.chain import Assistant
from assistant.answer.contract import check_question
from assistant.config import Settings
from assistant.errors import ConfigError, NewsQAError, NotFound
from assistant.index import Index
from assistant.index.articles import delete_article
from assistant.index.catalog import ArticleRow
from assistant.ingest.files import SUPPORTED
from assistant.ingest.pipeline import IngestReport, ingest
from assistant.redact import install_log_redaction, redact
from assistant.textsafe import whole
from assistant.types import Answer, Citation, Filters
from assistant.ui import coverage, feedback, views
from assistant.ui.answers import RecentAnswers, new_id
from assistant.ui.cards import inline
from assistant.ui.conversations import Chat, history_of, messages, plain_text
from assistant.ui.examples import example_questions, placeholder_html
from assistant.ui.favicons import Favicons
from assistant.ui.format import (
    EMPTY_INDEX,
    answer_html,
    empty_index_html,
    error_html,
    live_html,
    md_escape,
    message_id,
    unplaced,
    user_html,
)

__all__ = ["EMPTY_INDEX", "AppState", "FilterProblem", "serve", "upload_root"]

SEARCHING = "Searching the coverage…"
CHECKING = "Checking each sentence against its sources…"
# seconds within which the same rating of the same answer is the page repeating itself
REPEAT_S = 2.0
SEARCH_SHOWN = 500  # rows of the Coverage table a search shows


def page_filters(outlets: list[str] | None, since: str | None, until: str | None) -> Filters:
    """The filters a tab's boxes give (checked with ``AppState.filters_problem`` first)."""
    return Filters(outlets=tuple(outlets or ()), since=(since or "").strip() or None,
                   until=(until or "").strip() or None)


class FilterProblem(ConfigError):
    """The Ask tab's filters cannot be used (a date that is not one, an inverted range, an
    outlet the index does not hold). Input to fix, not an answer: nothing is asked, and the
    page says so beside the filters instead of in the chat (where it could be rated)."""


def upload_root(settings: Settings) -> Path:
    """Where Gradio keeps what browsers upload (``GRADIO_TEMP_DIR``, set by :func:`serve`)."""
    return settings.data_dir / "tmp"


class AppState:
    """What every browser session shares: the index, one Assistant per backend, ingest
    status, the answers given recently (for ratings) and the outlet icons."""

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
        self.answers = RecentAnswers()
        # the last rating of each answer and when it came: the page sends a flag-menu
        # choice twice in a row (Gradio 6), and the second is no news
        self._rated: dict[str, tuple[bool | str, float]] = {}
        # the Coverage table's last search: ((words, index generation), rows)
        self._last_search: tuple[tuple[str, int], list[ArticleRow]] | None = None
        self.icons = Favicons(settings.ui.favicons_dir or settings.data_dir / "favicons")

    def backends(self) -> list[str]:
        configured = self.settings.answer.backend
        return ["extractive"] + ([configured] if configured != "extractive" else [])

    def assistant(self, backend: str) -> Assistant:
        if backend not in self.backends():
            backend = "extractive"
        with self._lock:
            if backend not in self._assistants:
                s = self.settings.model_copy(deep=True)
                s.answer.backend = backend  # type: ignore[assignment]
                self._assistants[backend] = Assistant(self.index, s, fallback=True)
            return self._assistants[backend]

    def texts(self, citations: list[Citation]) -> dict[str, str]:
        ids = {c.article_id for c in citations}
        return {aid: a.text for aid, a in self.index.catalog.get_many(ids).items()}

    # --- asking ------------------------------------------------------------------------
    def filters_problem(self, outlets: list[str] | None, since: str, until: str,
                        as_of: str = "") -> str | None:
        """Why the Ask tab's filters cannot be used, in the page's words; None if they can."""
        return (coverage.filters_problem(since or "", until or "", as_of or "")
                or coverage.outlets_problem(outlets or [], self.index.catalog.outlet_keys()))

    def ask(self, question: str, chat: Chat | None, outlets: list[str] | None, since: str,
            until: str, k: int, backend: str, as_of: str = "") -> Iterator[Chat]:
        """Yields the chat as the answer comes in: the question, a status, the text as it is
        written, then the verified answer with its source cards. Follow-ups take their
        history from the chat itself. ``as_of`` is the day asked as on ("this week" and
        recency are read from it; empty: today), named under the answer. Filters that cannot
        be used raise :class:`FilterProblem` before anything is yielded: the chat stays as
        it was."""
        chat = messages(chat)
        question = whole(question or "").strip()  # a lone surrogate broke the page's stream
        if not question:  # the chat as it is: a generator that yields nothing clears it
            yield chat
            return
        try:  # before anything else: a huge question is neither echoed nor answered
            check_question(question, self.settings.answer.max_question_chars)
        except NewsQAError as e:
            yield [*chat, {"role": "assistant", "content": error_html(str(e))}]
            return
        history = history_of(chat)
        asked = [*chat, {"role": "user", "content": user_html(question)}]

        def shown(content: str) -> Chat:  # a new list each time: a yield is a snapshot
            return [*asked, {"role": "assistant", "content": content}]

        if self.index.catalog.is_empty():
            yield shown(empty_index_html())
            return
        if problem := self.filters_problem(outlets, since, until, as_of):
            raise FilterProblem(problem)
        day = coverage.as_of_day(as_of or "")
        aid = new_id()
        yield shown(live_html(aid, "", SEARCHING))
        filters = page_filters(outlets, since, until)
        assistant = self.assistant(backend)
        writing = CHECKING if assistant.backend.startswith("extractive") else \
            f"Writing with {unplaced(assistant.backend)}…"
        answer: Answer | None = None
        text = ""
        try:
            for event in assistant.stream(question, filters=filters, k=int(k), history=history,
                                          as_of=day):
                if event.kind == "token":
                    # a fallback's whole answer replaces the failed model's tokens
                    text = event.text if event.whole else text + event.text
                    yield shown(live_html(aid, text, writing))
                else:
                    answer = event.answer
        except NewsQAError as e:
            yield shown(error_html(str(e)))
            return
        assert answer is not None
        self.answers.put(aid, answer)
        # a follow-up searched for in other words ("he": the person named before) says so
        searched = answer.query if history and answer.query not in (None, question) else None
        yield shown(answer_html(answer, aid, self.texts(answer.citations), self.icons,
                                self.ingesting.is_set(), as_of=day, searched=searched))

    def retry(self, at: int, chat: Chat | None, outlets: list[str] | None, since: str,
              until: str, k: int, backend: str, as_of: str = "") -> Iterator[Chat]:
        """Ask the question at chat position ``at`` again, dropping it and all after it."""
        chat = messages(chat)
        if not 0 <= at < len(chat) or chat[at]["role"] != "user":
            return
        question = plain_text(str(chat[at]["content"]))
        yield from self.ask(question, chat[:at], outlets, since, until, k, backend, as_of)

    def rate(self, content: str, liked: bool | str, now: float | None = None) -> str | None:
        """Store a like (True), dislike (False) or named complaint (a string) with the
        answer that ``content`` (a chat message) shows, in place of its earlier rating; ""
        (the chosen rating clicked again) withdraws it. Returns what to tell the user, or
        None for the same rating of the same answer again within ``REPEAT_S`` seconds (the
        page's second event for one flag-menu choice: stored already, nothing to say)."""
        aid = message_id(content)
        answer = self.answers.get(aid) if aid else None
        now = time.monotonic() if now is None else now
        if aid is not None and answer is not None:
            last = self._rated.get(aid)
            self._rated[aid] = (liked, now)
            if last is not None and last[0] == liked and now - last[1] < REPEAT_S:
                return None
        if aid is None or answer is None:
            return ("Only answers can be rated." if aid is None else
                    "This answer is from before the server restarted, or was stopped; it "
                    "can no longer be rated.")
        if liked is True or liked is False:
            rating, comment = (1 if liked else -1), ""
        elif isinstance(liked, str) and liked in feedback.COMPLAINTS:
            rating, comment = -1, liked
        elif liked == "":  # the page sends "" when the chosen rating is clicked again
            feedback.withdraw(self.settings.data_dir, aid)
            return "Your rating of this answer is withdrawn."
        else:
            return "Unknown rating: like, dislike, or one of the flag menu's complaints."
        earlier = feedback.record(self.settings.data_dir, answer, rating, comment, aid)
        label = feedback.label({"rating": rating, "comment": comment})
        replaced = (f" (it replaces your {feedback.label(earlier)})"
                    if earlier and feedback.label(earlier) != label else "")
        return f"Thanks: your rating is saved with this answer: {label}{replaced}."

    # --- compare and timeline ----------------------------------------------------------
    def _view(self, text: str, ask_for: str, make: Callable[[str, Filters], Any],
              render: Callable[..., str], cited: Callable[[Any], list[Citation]],
              outlets: list[str] | None = None, since: str | None = None,
              until: str | None = None) -> str:
        """A compare or timeline view: ``render(make(text, filters))``, or why there is
        nothing. Filters that cannot be used are said in the view, nothing is searched."""
        text = whole(text or "")
        if not text.strip():
            return views.empty(ask_for)
        if self.index.catalog.is_empty():
            return views.empty_index()
        if problem := self.filters_problem(outlets, since or "", until or ""):
            return views.empty(f"Error: {inline(problem)}")
        filters = page_filters(outlets, since, until)
        try:
            result = make(text, filters)
        except NewsQAError as e:
            return views.empty(f"Error: {inline(redact(str(e)))}")
        return views.filtered_note(filters) + render(result, self.texts(cited(result)),
                                                     self.icons)

    # (filters None by default: optional in the API, so a client of /compare or /timeline
    # from before the tabs had filters, which sends the question alone, keeps working)
    def compare_html(self, question: str, outlets: list[str] | None = None,
                     since: str | None = None, until: str | None = None) -> str:
        """The Compare tab's view of ``question``, within the outlets and dates given."""
        return self._view(question, "Type a question above, such as “How many people died?”, "
                          "to see each outlet's account side by side.",
                          self.assistant("extractive").compare, views.comparison_html,
                          lambda c: [x for a in c.accounts for x in a.citations],
                          outlets, since, until)

    def timeline_html(self, topic: str, outlets: list[str] | None = None,
                      since: str | None = None, until: str | None = None) -> str:
        """The Timeline tab's view of ``topic``, within the outlets and dates given."""
        return self._view(topic, "Type a topic above, such as a name or an event, to see its "
                          "dated events in order.",
                          self.assistant("extractive").timeline, views.timeline_html,
                          lambda t: [e.citation for e in [*t.events, *t.background, *t.apart]],
                          outlets, since, until)

    # --- coverage ----------------------------------------------------------------------
    def generation(self) -> int:
        """Bumped by every change to the index, from any process (the CLI included)."""
        return self.index.catalog.generation()

    def stats_markdown(self) -> str:
        return coverage.stats_markdown(self.index.stats())

    def _searched(self, wanted: str) -> list[ArticleRow]:
        """Up to ``SEARCH_SHOWN + 1`` articles that ``wanted`` finds, newest first: the
        table and its note read one scan of the catalog (the last search is kept, for its
        generation of the index)."""
        key = (wanted, self.generation())
        last = self._last_search
        if last is not None and last[0] == key:
            return last[1]
        rows = self.index.catalog.articles(search=wanted or None, limit=SEARCH_SHOWN + 1)
        self._last_search = (key, rows)
        return rows

    def article_rows(self, search: str = "") -> list[list[str]]:
        return [coverage.article_row(r)
                for r in self._searched((search or "").strip())[:SEARCH_SHOWN]]

    def search_note(self, search: str = "") -> str:
        """How many articles a search of the Coverage table finds ("" with no search): an
        empty table says nothing of itself."""
        wanted = (search or "").strip()
        if not wanted:
            return ""
        found = len(self._searched(wanted))
        if not found:
            return f"No article's title, outlet or id holds “{md_escape(wanted)}”."
        if found > SEARCH_SHOWN:
            return f"More than {SEARCH_SHOWN} articles match; the newest {SEARCH_SHOWN} are shown."
        return "1 article matches." if found == 1 else f"{found} articles match."

    def outlets(self) -> list[str]:
        return self.index.catalog.outlets()

    def examples(self) -> list[dict[str, str]]:
        rows = self.index.catalog.articles(limit=40)
        return example_questions([(r.article.title, r.article.outlet, r.article.published)
                                  for r in rows])

    def placeholder(self) -> str:
        return placeholder_html(self.index.catalog.stats(),
                                recent_days=self.settings.retrieval.recent_days or 30)

    def resolve(self, given: str) -> ArticleRow:
        """The article an id (or a unique start of one) names, or NotFound worded for the
        page."""
        given = (given or "").strip()
        row = self.index.catalog.get(given) if given else None
        if row is None and len(given) >= 4:
            matches = self.index.catalog.find(given)
            if len(matches) > 1:
                raise NotFound(coverage.ambiguous(given, matches))
            row = self.index.catalog.get(matches[0]) if matches else None
        if row is None:
            raise NotFound(coverage.not_found(given))
        return row

    def delete(self, given: str) -> str:
        row = self.resolve(given)
        delete_article(self.index, row.article.article_id)
        return coverage.deleted(row.article.title or row.article.article_id)

    # --- adding ------------------------------------------------------------------------
    def upload_dir(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.settings.data_dir / "uploads" / stamp
        path.mkdir(parents=True, exist_ok=True)
        return path

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

    def upload_gone(self, path: str) -> bool:
        """Whether ``path`` names a place in Gradio's upload folder that holds nothing now:
        an upload an earlier add read and removed (a page sending it again), or one swept
        after an hour. Said as such, not as a file that was never uploaded."""
        p = Path(path)
        try:
            inside = p.resolve().is_relative_to(self.upload_root.resolve())
        except (OSError, RuntimeError):
            return False
        return inside and not p.exists() and not p.is_symlink()

    def stage_uploads(self, paths: list[str] | None, folder: Path) -> tuple[list[str], list[str]]:
        """Copy uploads into the data dir after checking origin, type and size.
        (sources, problems)"""
        sources, problems = [], []
        limit = int(self.settings.ingest.max_file_mb * 1_000_000)
        for p in paths or []:
            src = Path(p)
            name = coverage.safe_name(src.name)
            if self.upload_gone(p):
                problems.append(f"{name}: no longer on the server (an earlier add read it, or "
                                "it waited over an hour); upload it again")
            elif not self.received_upload(p):
                problems.append(f"{name}: not a file uploaded through this page; only uploads "
                                "can be added")
            elif src.suffix.lower() not in SUPPORTED:
                problems.append(f"{name}: unsupported type (use {', '.join(sorted(SUPPORTED))})")
            elif src.stat().st_size > limit:
                problems.append(f"{name}: larger than {self.settings.ingest.max_file_mb:g} MB")
            else:
                dest = folder / name
                shutil.copyfile(src, dest)
                sources.append(str(dest))
        return sources, problems

    @staticmethod
    def paste_problem(text: str, published: str) -> str | None:
        """Why pasted text cannot be added as it stands (its published date), or None."""
        if (text or "").strip() and (problem := coverage.date_problem("Published", published)):
            return f"{problem} Nothing was added; the fields are kept."
        return None

    def stage_paste(self, text: str, title: str, outlet: str, published: str, url: str,
                    folder: Path) -> str | None:
        if not (text or "").strip():
            return None
        if problem := self.paste_problem(text, published):
            raise ConfigError(problem)
        # one line each: a newline in a field would write front matter of its own (an id)
        text = whole(text)
        meta = {k: " ".join(whole(v or "").split()) for k, v in
                {"title": title, "outlet": outlet, "published": published, "url": url}.items()}
        head = "".join(f"{k}: {v}\n" for k, v in meta.items() if v)
        path = folder / coverage.PASTED
        # always a block of our own, so a body that opens with "---" stays text, not metadata
        path.write_text(f"---\n{head or chr(10)}---\n" + text.strip() + "\n", "utf-8")
        return str(path)

    def add(self, sources: list[str], progress: Any = None) -> IngestReport:
        """Ingest ``sources`` as a UI user may: URLs only from public addresses (unless the
        operator allows others), never over a different story stored under the same id."""
        self.ingesting.set()
        try:
            def say(done: Any, message: str) -> None:
                if progress is not None:
                    progress(done, desc=message)

            def tick(done: int, total: int | None, note: str) -> None:
                # ``note`` is set while articles are still to be embedded and indexed: the
                # bar stays short of full until the last of them is written
                of = f" of {total}" if total else ""
                say((done, total + (1 if note else 0)) if total else done,
                    f"read {done}{of} articles"
                    + ("; embedding and indexing them…" if note else ""))

            loaded = getattr(self.index.embedder, "is_loaded", None)
            if loaded is not None and not loaded():
                say(0, "loading the embedding model (the first add after a start takes a few "
                       "seconds)…")
                self.index.embedder.load()  # type: ignore[attr-defined]
            return ingest(sources, self.index, tick,
                          allow_private_urls=self.settings.ui.allow_private_urls,
                          on_wait=lambda message: say(0, message),
                          fetch_budget_s=ADD_FETCH_BUDGET * self.settings.ingest.fetch_timeout_s)
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


# one add's URLs and feeds may take this many fetch timeouts together (150 s by default): a
# list of slow pages must not hold ingest, and the index's write lock, for hours
ADD_FETCH_BUDGET = 10
UPLOAD_TTL_S = 3600  # an upload never added is removed after this long


def sweep(root: Path, older_than_s: float = UPLOAD_TTL_S) -> None:
    """Remove what is older than ``older_than_s`` under the upload folder ``root``, and the
    folders left empty: uploads no page added, this server's or an earlier one's. Newer
    entries may belong to a page of another server on the same data dir, so they stay."""
    if not root.is_dir():
        return
    cutoff = time.time() - older_than_s
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        try:
            if path.is_symlink() or path.is_file():
                if path.lstat().st_mtime < cutoff:
                    path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        except OSError:
            continue  # gone already, or not ours to remove


def serve(settings: Settings, open_browser: bool = False) -> None:
    """Start the web UI (blocking). Offline: no analytics, no share link. With accounts
    (``ui.auth``, ``ui.auth_file``) nothing about the app or the index shows before login."""
    from starlette.middleware import Middleware

    from assistant.ui.access import (
        HostGate,
        LoginGate,
        OriginGate,
        UploadGate,
        accounts,
        allowed_hosts,
        listed_hosts,
    )
    from assistant.ui.assets import CSS, HEAD
    from assistant.ui.layout import build_app

    install_log_redaction()
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    tmp = upload_root(settings)
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(tmp)  # uploads land inside the data dir
    logins = accounts(settings.ui)
    state = AppState(settings)
    demo = build_app(state)

    def sweeping() -> None:
        """Uploads no page added, removed after an hour so that a visitor cannot fill the
        disk: at start (what an earlier server left) and every ten minutes."""
        while True:
            sweep(tmp)
            time.sleep(600)

    threading.Thread(target=sweeping, name="upload-sweep", daemon=True).start()
    gates = [Middleware(HostGate, allowed=allowed_hosts(settings.ui)),
             Middleware(OriginGate, trusted=listed_hosts(settings.ui)), Middleware(LoginGate)]
    if settings.ui.read_only:
        gates.append(Middleware(UploadGate))
    demo.queue(default_concurrency_limit=4).launch(
        server_name=settings.ui.host, server_port=settings.ui.port, auth=logins or None,
        share=False, inbrowser=open_browser, css=CSS, head=HEAD, ssr_mode=False, quiet=True,
        # in bytes, as the ingest limit counts them ("20mb" is 20 MiB to Gradio)
        show_error=True, max_file_size=int(settings.ingest.max_file_mb * 1_000_000),
        run_history=False,  # past questions and answers, and a route that syncs to the Hub
        # FastAPI's own schema pages describe the routes to anyone: off
        app_kwargs={"middleware": gates, "openapi_url": None,
                    "docs_url": None, "redoc_url": None},
    )
