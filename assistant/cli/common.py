"""What every command shares: settings from flags, consoles, and one-line errors."""

from __future__ import annotations

import functools
import json as json_module
import re
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import typer
from pydantic import ValidationError
from pydantic_settings import SettingsError
from rich.console import Console
from rich.markup import escape

from assistant.errors import NewsQAError
from assistant.redact import redact

P = ParamSpec("P")
R = TypeVar("R")

# terminal control codes (ESC sequences, bells, backspaces, C1 codes), never in what we print:
# an article's or a model's text could set the window title, clear the screen or fake colours
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_IN_JSON = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes the C0 codes itself


def printable(text: str) -> str:
    """``text`` with each terminal control code shown as U+FFFD (newlines and tabs stay; a
    carriage return goes, a next-line code is a newline). A code is replaced, not deleted:
    deleted, the ESC of "[\x1blink=...]" would leave a Rich tag that ``escape`` had passed over
    as none."""
    text = text.replace("\r\n", "\n").replace("\r", "").replace("\x85", "\n")
    return _CONTROL.sub("\ufffd", text)


class SafeConsole(Console):
    """A console whose text arguments lose their control codes before Rich renders them
    (Rich's own colours are added after, so they stay); JSON is printed with those codes
    escaped."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(printable(o) if isinstance(o, str) else o for o in objects), **kwargs)

    def print_json(self, json: str | None = None, *, data: Any = None, **kwargs: Any) -> None:
        value = json_module.loads(json) if json is not None else data
        text = json_module.dumps(value, indent=2, ensure_ascii=False)
        text = _CONTROL_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
        super().print(text, markup=False, highlight=False, soft_wrap=True)


out = SafeConsole(highlight=False, soft_wrap=True)
err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)


def handle_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Expected errors become one line on stderr and exit status 2; bugs keep their traceback.
    Secrets (an API key a server echoed, a URL's password) are masked in that line."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except NewsQAError as e:
            err.print(f"[bold red]error:[/] {escape(redact(str(e)))}", markup=True)
            raise typer.Exit(2) from None
        except ValidationError as e:
            from assistant.config import validation_problem

            where, what = validation_problem(e)
            err.print(f"[bold red]error:[/] invalid setting{' ' if where else ''}"
                      f"{escape(where)}: {escape(what)}")
            raise typer.Exit(2) from None
        except SettingsError as e:  # a NEWSQA_* section that is not JSON
            cause = f" ({e.__cause__})" if e.__cause__ else ""
            err.print(f"[bold red]error:[/] invalid setting: {escape(str(e))}{escape(cause)}")
            raise typer.Exit(2) from None
        except OSError as e:  # a path the user gave that cannot be read or written
            where = f": {e.filename}" if e.filename else ""
            err.print(f"[bold red]error:[/] {escape(e.strerror or str(e))}{escape(str(where))}")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper


def settings_from(ctx: typer.Context, **section_overrides: dict[str, Any]) -> Any:
    """The one Settings object: env (NEWSQA_*), then global flags, then command flags."""
    from assistant.config import Settings

    base: dict[str, Any] = {k: v for k, v in (ctx.obj or {}).items() if v is not None}
    settings = Settings(**base)
    for section, values in section_overrides.items():
        given = {key: value for key, value in values.items() if value is not None}
        if given:  # all at once: each flag is checked against the others, not their defaults
            part = getattr(settings, section)
            setattr(settings, section, type(part).model_validate({**part.model_dump(), **given}))
    return settings


def open_index(settings: Any) -> Any:
    from assistant.index import Index

    index = Index(settings)
    index.on_wait = err.print  # "waiting for another ingest (pid N)" instead of silence
    if index.needs_analysis():  # an index from before the current analysis rules
        if not index.catalog.is_empty():
            err.print("analysing the indexed articles once (speakers, dates, near-copies) ...")
        with index.writing():
            index.ensure_analysis()
    return index


def open_coverage(settings: Any) -> Any:
    """The index, for commands that answer from it: an empty one is an error."""
    index = open_index(settings)
    if index.catalog.is_empty():
        raise index.empty_error()
    index.warm_query_embedder()  # overlaps the answer chain's imports
    return index


def filters_from(outlet: list[str] | None, since: str | None, until: str | None) -> Any:
    from assistant.types import Filters

    return Filters(outlets=tuple(outlet or ()), since=since, until=until)


def as_of_date(value: str | None) -> Any:
    """``--as-of`` as a date (None: today)."""
    import datetime as dt

    from assistant.errors import ConfigError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--as-of needs a date like 2024-01-05, got {value!r}") from None


def data_dir_option() -> Any:
    return typer.Option(None, "--data-dir", envvar="NEWSQA_DATA_DIR", file_okay=False,
                        help="Where the index lives (default: ~/.local/share/newsqa).")


