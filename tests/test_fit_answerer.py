"""eval/fit_answerer.py's operating point: at least the asked share of answerable questions
is answered, with the threshold between two questions, never on one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


def fitter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_answerer",
                                                  ROOT / "eval" / "fit_answerer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_threshold_answers_at_least_the_asked_share_and_sits_between_two():
    threshold = fitter().operating_threshold
    best = np.array([0.30, 0.10, 0.02, 0.50, 0.20, 0.40, 0.06, 0.70, 0.60, 0.80])
    # 10 questions at 0.9: one may be refused, the lowest (0.02); midway to the next, 0.06
    assert threshold(best, 0.9) == pytest.approx(0.04)
    # 0.8: two, up to 0.06; midway to 0.10
    assert threshold(best, 0.8) == pytest.approx(0.08)
    # a tie at the edge would refuse three: refuse one only
    tied = np.array([0.02, 0.06, 0.06, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70])
    assert threshold(tied, 0.8) == pytest.approx(0.04)
    # a question a hair under a quantile's threshold is the case this rule exists for:
    # 0.0609 is answered at 0.9 of 10 (only 0.02 may be refused)
    edge = np.array([0.02, 0.0609, 0.07, 0.08, 0.09, 0.10, 0.20, 0.30, 0.40, 0.50])
    assert threshold(edge, 0.9) == pytest.approx(0.04045)
    # asked to answer everything: under the lowest
    assert threshold(best, 1.0) == pytest.approx(0.01)


def test_the_fitted_rate_sits_a_standard_error_above_the_target():
    rate = fitter().fitting_rate
    # 0.9 on 100 questions: one standard error is sqrt(0.9 * 0.1 / 100) = 0.03
    assert rate(0.9, 100, 1.0) == pytest.approx(0.93)
    assert rate(0.9, 100, 0.0) == pytest.approx(0.9)
    # more questions, a smaller margin; never past answering everything
    assert rate(0.9, 400, 1.0) == pytest.approx(0.915)
    assert rate(0.99, 4, 3.0) == 1.0
    assert rate(0.9, 0, 1.0) == 0.9


def test_the_tentative_threshold_leaves_the_asked_share_of_unanswerable_questions_under_it():
    tentative = fitter().tentative_threshold
    best_u = np.array([0.30, 0.05, 0.20, 0.10, 0.40, 0.15, 0.25, 0.35, 0.45, 0.50])
    # 0.7 of 10: seven under it (0.05 ... 0.35), midway to the eighth (0.40)
    assert tentative(best_u, 0.7, 0.01) == pytest.approx(0.375)
    # never under the refusal threshold
    assert tentative(best_u, 0.1, 0.2) == pytest.approx(0.2)
    # 0: no answer is tentative; all: above the highest
    assert tentative(best_u, 0.0, 0.01) == 0.0
    assert tentative(best_u, 1.0, 0.01) > 0.50
    assert tentative(np.array([]), 0.7, 0.01) == 0.0
