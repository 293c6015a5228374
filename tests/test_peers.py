"""eval/peers.py's split of questions by where their gold string sits in the corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def peers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("peers", ROOT / "eval" / "peers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ARTICLES = [
    {"id": "a", "title": "Shein files to list in London", "published": "2024-06-04",
     "text": "The fast-fashion retailer filed on Tuesday."},
    {"id": "b", "title": "Sheinbaum wins Mexico's election", "published": "2024-06-03",
     "text": "Claudia Sheinbaum won by a wide margin."},
    {"id": "c", "title": "Old story", "published": "2023-01-10",
     "text": "A true testament to endurance."},
    {"id": "d", "title": "Undated page", "published": None, "text": "Tigger turns 100."},
]


def test_a_question_is_placed_by_the_coverage_of_its_week_first():
    where = peers().where_answered
    asked = {"date": "2024-06-07"}
    assert where({**asked, "answers": ["Shein"]}, ARTICLES) == "week"
    # only an older article holds the string, and by chance
    assert where({**asked, "answers": ["TRUE"]}, ARTICLES) == "other weeks"
    assert where({**asked, "answers": ["Tigger"]}, ARTICLES) == "undated"
    # eight days before the quiz is still its week; nine is not
    assert where({"date": "2024-06-11", "answers": ["fast-fashion"]}, ARTICLES) == "week"
    assert where({"date": "2024-06-13", "answers": ["fast-fashion"]}, ARTICLES) == \
        "other weeks"
