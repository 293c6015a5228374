"""The wheel: what an installed newsqa needs must be inside it, not only beside the source.

An editable install reads files from the checkout, so a data file missing from the wheel
only shows once someone installs the wheel (the prompts did: every LLM answer failed). These
tests build the wheel from a copy of the sources and read what it holds; ``.ci/run`` goes
further and answers a question from a fresh venv with only the wheel installed.
"""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

# What the package reads at run time, by where it lives in the wheel.
NEEDED = [
    "assistant/prompts/answer.md",
    "assistant/prompts/condense.md",
    "assistant/prompts/judge.md",
    "assistant/answer/models/answer-v2.json",
    "assistant/sample_data/tass-2017-11-21-putin-trump-call.txt",
    "assistant/sample_data/tass-2017-11-21-putin-trump-call.txt.meta.json",
    "assistant/py.typed",
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built, without network, from a copy of what the build reads (a build in the
    checkout itself would leave build/ behind, whose stale files a later wheel picks up)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "assistant", src / "assistant",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps",
                    "--no-build-isolation", "-q", "-w", str(out)], check=True,
                   capture_output=True)
    (built,) = out.glob("newsqa-*.whl")
    return built


def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist())


def metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as z:
        (meta,) = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(z.read(meta))


def test_the_wheel_holds_the_files_the_package_reads(wheel):
    missing = [n for n in NEEDED if n not in names(wheel)]
    assert not missing, f"not in the wheel: {missing}"


def test_every_data_file_in_the_package_folder_ships(wheel):
    """A data file added later without a package-data pattern fails here, not after a
    release."""
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "assistant").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert on_disk - names(wheel) == set()


def test_version_is_set_in_one_place_and_license_is_spdx(wheel):
    from assistant import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
    meta = metadata(wheel)
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "MIT"
    assert meta["License"] is None  # the deprecated table form


def test_the_prompts_load_from_the_wheel_alone(wheel, tmp_path):
    """No source tree and no site-packages on the path: only the unpacked wheel."""
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(unpacked)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "from assistant.prompts import load_prompt, prompt_names; "
            "import assistant.prompts as p; "
            "print(p.__file__); print(prompt_names()); "
            "print(load_prompt('answer').variables)")
    r = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(unpacked)], cwd=tmp_path,
                       capture_output=True, text=True, check=True)
    where, listed, variables = r.stdout.splitlines()
    assert where.startswith(str(unpacked))
    assert listed == "['answer', 'condense', 'judge']"
    assert "passages" in variables and "question" in variables
