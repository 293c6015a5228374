"""Prompt templates, stored as package data beside this module and rendered strictly.

The ``*.md`` files here ship inside the wheel and are read with :mod:`importlib.resources`,
so an installed package finds them exactly as a source checkout does.

A template is Markdown with front matter that declares its variables, and a body
with ``[system]`` and ``[user]`` sections. Placeholders are ``{{name}}``. Loading
fails if the body uses an undeclared variable or never uses a declared one;
rendering fails if a variable is missing or an unknown one is passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from assistant.errors import PromptError

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
_FRONT = re.compile(r"\A---\n(?P<head>.*?)\n---\n(?P<body>.*)\Z", re.S)
_SECTION = re.compile(r"^\[(system|user)\]\s*$", re.M)


@dataclass(frozen=True)
class Prompt:
    name: str
    variables: tuple[str, ...]
    system: str
    user: str

    def render(self, **values: str) -> list[tuple[str, str]]:
        """``[("system", text), ("user", text)]`` with every placeholder filled."""
        missing = [v for v in self.variables if v not in values]
        extra = [k for k in values if k not in self.variables]
        if missing or extra:
            raise PromptError(f"prompt {self.name!r}: missing {missing or 'none'}, "
                              f"unknown {extra or 'none'}")

        def fill(text: str) -> str:
            return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)

        return [("system", fill(self.system)), ("user", fill(self.user))]


def parse_prompt(name: str, text: str) -> Prompt:
    m = _FRONT.match(text.replace("\r\n", "\n"))
    if not m:
        raise PromptError(f"prompt {name!r}: no front matter")
    declared: list[str] = []
    for line in m["head"].splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "variables":
            declared = [v.strip() for v in value.strip().strip("[]").split(",") if v.strip()]
    parts = _SECTION.split(m["body"])
    sections = dict(zip(parts[1::2], (p.strip("\n") for p in parts[2::2]), strict=True))
    if set(sections) != {"system", "user"}:
        raise PromptError(f"prompt {name!r}: needs a [system] and a [user] section")
    used = set(_PLACEHOLDER.findall(sections["system"] + sections["user"]))
    if used - set(declared):
        raise PromptError(f"prompt {name!r}: undeclared variables {sorted(used - set(declared))}")
    if set(declared) - used:
        raise PromptError(f"prompt {name!r}: declared but unused {sorted(set(declared) - used)}")
    return Prompt(name, tuple(declared), sections["system"], sections["user"])


def bundled() -> Traversable:
    """The folder of the bundled templates (inside the installed package)."""
    return resources.files(__name__)


@cache
def load_prompt(name: str, folder: Traversable | None = None) -> Prompt:
    """The template ``name`` from ``folder`` (default: the bundled ones)."""
    folder = folder or bundled()
    path = folder / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt named {name!r} in {folder}")
    return parse_prompt(name, path.read_text("utf-8"))


def prompt_names(folder: Traversable | None = None) -> list[str]:
    folder = folder or bundled()
    return sorted(p.name.removesuffix(".md") for p in folder.iterdir()
                  if p.name.endswith(".md") and p.is_file())
