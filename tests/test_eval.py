"""Metrics on hand-made results with known scores; a real run over a tiny suite; the gate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.evaluation import metrics as m
from assistant.evaluation.runner import run_suite
from assistant.evaluation.suite import load_suite

from .conftest import DATA

runner = CliRunner()


def R(qid, gold, answer="", refused=False, passages=(), answerable=True, sentences=(),
      qtype="factoid", total=10.0):
    return m.Result(qid=qid, qtype=qtype, answerable=answerable, gold=list(gold), answer=answer,
                    refused=refused, passages=list(passages), sentences=list(sentences),
                    timings={"total": total})


def test_hit_at_k_and_mrr_count_ranks_of_normalised_gold_strings():
    rs = [
        R("a", ["Buffalo  Bills"], passages=["x", "the buffalo bills won", "y"]),  # rank 2
        R("b", ["Sochi"], passages=["SOCHI talks"]),  # rank 1
        R("c", ["Paris"], passages=["x"] * 10),  # miss
        R("u", [], answerable=False, passages=["anything"]),  # not answerable: not counted
    ]
    assert m.answer_hit_at_k(rs, 1) == pytest.approx(1 / 3)
    assert m.answer_hit_at_k(rs, 5) == pytest.approx(2 / 3)
    assert m.mrr_at_10(rs) == pytest.approx((1 / 2 + 1 + 0) / 3)


def test_accuracy_counts_refusals_as_wrong():
    rs = [R("a", ["1,200"], answer="It was 1,200 homes [1]."),
          R("b", ["Sochi"], answer="Moscow [1]."),
          R("c", ["Sochi"], answer="The coverage does not...", refused=True)]
    assert m.answer_accuracy(rs) == pytest.approx(1 / 3)


def test_refusal_precision_and_recall():
    rs = [R("a", ["x"], refused=True), R("u1", [], answerable=False, refused=True),
          R("u2", [], answerable=False, refused=False), R("b", ["y"])]
    assert m.refusal_precision(rs) == pytest.approx(1 / 2)
    assert m.refusal_recall(rs) == pytest.approx(1 / 2)


def test_tentative_answers_are_counted_apart_from_firm_ones():
    def T(r: m.Result) -> m.Result:
        r.tentative = True
        return r
    rs = [R("a", ["Sochi"], answer="In Sochi [1]."),  # firm, right
          R("b", ["Sochi"], answer="In Moscow [1]."),  # firm, wrong
          T(R("c", ["Sochi"], answer="Talks in Sochi [1].")),  # tentative, right
          T(R("d", ["Sochi"], answer="Talks [1].")),  # tentative, wrong
          T(R("e", ["Sochi"], answer="Talks [1].")),  # tentative, wrong
          R("f", ["Sochi"], answer="...", refused=True),
          R("u1", [], answerable=False, refused=True),
          T(R("u2", [], answerable=False, answer="x [1].")),
          R("u3", [], answerable=False, answer="y [1].")]
    assert m.firm_answer_rate(rs) == pytest.approx(2 / 6)
    assert m.accuracy_of(rs, tentative=False) == pytest.approx(1 / 2)
    assert m.accuracy_of(rs, tentative=True) == pytest.approx(1 / 3)
    assert m.refused_or_tentative_recall(rs) == pytest.approx(2 / 3)
    assert m.refusal_recall(rs) == pytest.approx(1 / 3)  # a warning is no refusal
    assert m.answer_accuracy(rs) == pytest.approx(2 / 6)  # nor a wrong answer
    assert m.compute(rs)["tentative_answers"] == 4


def test_citation_precision_and_recall_use_the_verifier():
    quote = "The repairs cost $14.2 million, the department said."
    rs = [R("a", ["$14.2 million"], sentences=[
        ("The repairs cost $14.2 million [1].", [quote]),  # supported
        ("The repairs cost $99 million [2].", [quote, "Unrelated text."]),  # neither supports
    ])]
    assert m.citation_precision(rs) == pytest.approx(1 / 3)
    assert m.citation_recall(rs) == pytest.approx(1 / 2)


def test_latency_percentiles_and_lengths():
    rs = [R(str(i), ["g"], answer="abcd", passages=["12345678"], total=float(i))
          for i in range(1, 101)]
    lat = m.latency_ms(rs)["total"]
    assert lat["p50"] == pytest.approx(50.5) and lat["p95"] == pytest.approx(95.05)
    assert m.mean_passage_chars(rs) == 8 and m.mean_answer_chars(rs) == 4


def test_regressions_name_each_dropped_metric():
    base = {"answer_hit@5": 0.80, "mrr@10": 0.60, "answer_accuracy": 0.5}
    cur = {"answer_hit@5": 0.70, "mrr@10": 0.59, "answer_accuracy": None}
    found = m.regressions(cur, base, 0.02)
    assert found[0].startswith("answer_hit@5 fell 0.100")
    assert any(f.startswith("answer_accuracy is missing") for f in found)
    assert not any(f.startswith("mrr@10") for f in found)


@pytest.fixture
def tiny_suite(tmp_path: Path) -> Path:
    suite = tmp_path / "tiny"
    suite.mkdir()
    (suite / "corpus.jsonl").write_text((DATA / "articles.jsonl").read_text())
    qs = [
        {"id": "1", "question": "How much did the Harbor Street bridge repairs cost?",
         "answers": ["$14.2 million"], "answerable": True, "type": "factoid"},
        {"id": "2", "question": "What did council member Raj Patel say about the bridge?",
         "answers": ["poor oversight", "far more than planned"], "answerable": True,
         "type": "attribution"},
        {"id": "3", "question": "Who won the 2022 World Cup?", "answers": [],
         "answerable": False, "type": "unanswerable"},
        {"id": "4", "question": "Not scored at all?", "answers": ["zzz"], "answerable": True,
         "type": "unmatched"},
    ]
    (suite / "questions.jsonl").write_text("\n".join(json.dumps(q) for q in qs))
    return suite


def test_run_over_a_tiny_suite_and_cache_reuse(tiny_suite: Path, settings, embedder):
    suite = load_suite(tiny_suite)
    first = run_suite(suite, settings, embedder=embedder)
    assert not first.ingest_skipped
    assert [r.qid for r in first.results] == ["1", "2", "3"]  # unmatched left out
    assert first.results[0].passages and "$14.2 million" in first.results[0].answer
    assert first.results[2].refused
    second = run_suite(suite, settings, embedder=embedder)
    assert second.ingest_skipped and second.index_path == first.index_path
    (tiny_suite / "corpus.jsonl").write_text(
        (DATA / "articles.jsonl").read_text().splitlines()[0] + "\n")
    changed = run_suite(load_suite(tiny_suite), settings, embedder=embedder)
    assert not changed.ingest_skipped and changed.index_path != first.index_path


def test_cli_writes_reports_and_the_gate_fails_on_a_planted_regression(
        tiny_suite: Path, tmp_path: Path, embedder):
    out = tmp_path / "out"
    r = runner.invoke(app, ["eval", str(tiny_suite), "--out", str(out), "-q"])
    assert r.exit_code == 0, r.output
    for name in ("report.json", "details.jsonl", "report.md", "report.html"):
        assert (out / name).is_file()
    report = json.loads((out / "report.json").read_text())
    assert set(report["by_type"]) == {"factoid", "attribution", "unanswerable"}
    assert report["overall"]["questions"] == 3
    assert report["versions"]["chromadb"] != "-" and report["corpus_hash"]
    details = [json.loads(line) for line in (out / "details.jsonl").read_text().splitlines()]
    assert details[0]["verdict"]["correct"] is True and details[0]["answer"]["citations"]
    assert "data:image/png;base64," in (out / "report.html").read_text()

    same = runner.invoke(app, ["eval", str(tiny_suite), "--out", str(tmp_path / "o2"), "-q",
                               "--baseline", str(out / "report.json")])
    assert same.exit_code == 0, same.output

    # a baseline better by a planted margin on two metrics, by less than --max-drop on a third
    planted = json.loads((out / "report.json").read_text())
    planted["overall"]["mrr@10"] += 0.5
    planted["overall"]["answer_accuracy"] += 0.25
    planted["overall"]["citation_recall"] += 0.01
    (tmp_path / "base.json").write_text(json.dumps(planted))
    bad = runner.invoke(app, ["eval", str(tiny_suite), "--out", str(tmp_path / "o3"), "-q",
                              "--baseline", str(tmp_path / "base.json"), "--max-drop", "0.02"])
    assert bad.exit_code == 1
    named = re.findall(r"regression: (\S+) fell (\d\.\d{3})", bad.output)
    assert sorted(named) == [("answer_accuracy", "0.250"), ("mrr@10", "0.500")]


def test_llm_faithfulness_is_reported_beside_the_offline_check(tiny_suite: Path, settings,
                                                               embedder):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    suite = load_suite(tiny_suite)
    # per answered question: the answer, then one verdict per sentence
    replies = ["The repairs cost $14.2 million, the department said [1].", "SUPPORTED",
               "Patel said the final bill showed poor oversight [1]. He resigned [1].",
               "SUPPORTED", "UNSUPPORTED", "The indexed coverage does not answer this question."]
    run = run_suite(suite, settings, embedder=embedder, judge=True,
                    chat_model=FakeListChatModel(responses=replies))
    assert [r.judged for r in run.results] == [[True], [True, False], None]
    assert m.llm_faithfulness(run.results) == pytest.approx(2 / 3)
    assert m.compute(run.results)["llm_faithfulness"] == pytest.approx(0.6667)
    assert m.llm_faithfulness([R("a", ["x"])]) is None  # no judge, no number


def test_judge_needs_an_llm(tiny_suite: Path, settings, embedder):
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match="--judge needs an LLM"):
        run_suite(load_suite(tiny_suite), settings, embedder=embedder, judge=True)


def test_a_report_names_the_llm_and_masks_a_password_in_its_url(tiny_suite: Path, settings,
                                                                 embedder):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from assistant.answer.contract import CANNOT_ANSWER
    from assistant.evaluation.report import build_report, markdown

    s = settings.model_copy(deep=True)
    s.answer.backend, s.answer.model = "openai", "m"
    s.answer.base_url = "http://bob:evalpass99@127.0.0.1:9/v1"
    s.ui.auth = "alice:uipass77"
    run = run_suite(load_suite(tiny_suite), s, embedder=embedder,
                    chat_model=FakeListChatModel(responses=[CANNOT_ANSWER] * 10))
    report = build_report(run)
    kept = json.dumps(report)
    assert "evalpass99" not in kept and "@127.0.0.1:9/v1" in kept
    assert "uipass77" not in kept
    assert "backend `openai` (model `m`)" in markdown(report)
