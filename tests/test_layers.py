"""The package's layers: the library below, the CLI and the web UI on top of it.

Every import statement in assistant/ is read (those inside functions too), and none may
point upwards: the library never imports the CLI, the UI or the public facade, and the UI
never imports the CLI (they are two edges of one library)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "assistant"

# the top: entry points and the facade (the package's __init__ names it), above everything
TOP = ("assistant", "assistant.__main__", "assistant.api")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text("utf-8"))
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base
                                                                           else []))
            found += [(node.lineno, base)]
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def inside(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def forbidden(me: str) -> tuple[str, ...]:
    """What module ``me`` may not import."""
    if me in TOP or inside(me, "assistant.cli"):
        return ()
    if inside(me, "assistant.ui"):
        return ("assistant.cli", "assistant.api")
    return ("assistant.cli", "assistant.ui", "assistant.api")


def upward_imports() -> list[str]:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        above = forbidden(module_name(path))
        for line, target in imports(path):
            if any(inside(target, f) for f in above):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    return sorted(set(bad))


def test_no_module_imports_a_layer_above_it():
    assert upward_imports() == []


def test_the_check_sees_imports_inside_functions(tmp_path, monkeypatch):
    """The checker itself: a lazy import of the CLI from the library is caught."""
    fake = tmp_path / "assistant"
    (fake / "answer").mkdir(parents=True)
    (fake / "ui").mkdir()
    (fake / "answer" / "x.py").write_text("def f():\n    from assistant.cli.render import a\n")
    (fake / "ui" / "y.py").write_text("from ..cli import common\nfrom assistant.index import I\n")
    (fake / "answer" / "z.py").write_text("from . import contract\n")
    monkeypatch.setitem(globals(), "PACKAGE", fake)
    assert upward_imports() == ["assistant/answer/x.py:2 imports assistant.cli.render",
                                "assistant/answer/x.py:2 imports assistant.cli.render.a",
                                "assistant/ui/y.py:1 imports assistant.cli",
                                "assistant/ui/y.py:1 imports assistant.cli.common"]
