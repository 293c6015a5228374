"""The answer model: a logistic regression over :data:`assistant.answer.features.FEATURES`
that gives each candidate sentence the probability that it holds the answer.

Its weights, the refusal threshold on the best candidate's support (its probability
without the ranking-only features, :meth:`AnswerModel.support`) and the higher threshold
under which an answer is only tentative, are fitted on
newsbench-dev by ``eval/fit_answerer.py`` and shipped as a small versioned JSON file
(``assistant/answer/models/answer-v*.json``) with what they were fitted on. Nothing in it
is set by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer.features import FEATURES, RANKING_ONLY
from assistant.errors import ConfigError

DEFAULT = "answer-v2.json"


@dataclass(frozen=True)
class AnswerModel:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    refuse_below: float  # refuse when the best candidate's support is under this
    meta: dict[str, Any] = field(default_factory=dict)
    # an answer whose best support is under this (and not under ``refuse_below``) is
    # tentative: the coverage may not hold it (0: never)
    tentative_below: float = 0.0

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(holds the answer) for each row of ``x`` (features in this model's order)."""
        if not len(x):
            return np.zeros(0, dtype=np.float32)
        x = np.where(np.isnan(x), self.mean, x)  # unknown (an undated report's age): the mean
        z = (x - self.mean) / self.scale @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def support(self, x: np.ndarray) -> np.ndarray:
        """:meth:`probabilities` with the ranking-only features (``RANKING_ONLY``) held at
        their mean: how likely each row holds the answer on the evidence of its words and
        retrieval alone. The refusal threshold applies to this."""
        if not len(x):
            return np.zeros(0, dtype=np.float32)
        x = np.array(x, dtype=np.float64)
        for i, name in enumerate(self.features):
            if name in RANKING_ONLY:
                x[:, i] = self.mean[i]
        return self.probabilities(x)

    def to_json(self) -> dict[str, Any]:
        return {"features": list(self.features), "mean": self.mean.round(6).tolist(),
                "scale": self.scale.round(6).tolist(), "coef": self.coef.round(6).tolist(),
                "intercept": round(float(self.intercept), 6),
                "refuse_below": round(float(self.refuse_below), 6),
                "tentative_below": round(float(self.tentative_below), 6), "meta": self.meta}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AnswerModel:
        feats = tuple(data["features"])
        if feats != FEATURES:
            raise ConfigError(f"answer model features {feats} do not match this version's "
                              f"{FEATURES}: refit it with eval/fit_answerer.py")
        return cls(feats, np.asarray(data["mean"], dtype=np.float32),
                   np.asarray(data["scale"], dtype=np.float32),
                   np.asarray(data["coef"], dtype=np.float32), float(data["intercept"]),
                   float(data["refuse_below"]), dict(data.get("meta", {})),
                   float(data.get("tentative_below", 0.0)))


@lru_cache(maxsize=4)
def load(path: str | None = None) -> AnswerModel:
    """The model at ``path``, or the bundled default."""
    try:
        text = (Path(path).read_text("utf-8") if path else
                resources.files("assistant.answer").joinpath("models", DEFAULT).read_text("utf-8"))
        return AnswerModel.from_json(json.loads(text))
    except (OSError, ValueError, KeyError) as e:
        raise ConfigError(f"cannot read the answer model {path or DEFAULT}: {e}") from e


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 3000,
        rate: float = 0.1) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Logistic regression by gradient descent on standardised features, L2-regularised:
    ``(mean, scale, coef, intercept)``. Deterministic (starts from zero)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    mean = np.nanmean(x, axis=0)
    x = np.where(np.isnan(x), mean, x)  # an unknown value is the mean
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    n, d = z.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = p - y
        w -= rate * (z.T @ g / n + l2 * w / n)
        b -= rate * float(g.mean())
    return mean, scale, w, b
