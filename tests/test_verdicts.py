"""Verdicts end to end: the chain with only the model faked (langchain-core's scripted fake
chat model), the LLM judge's verdict kept beside the offline one, and how the CLI, the UI
and the JSON contract show a contradicted sentence apart from an unsupported one."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from rich.text import Text

from assistant.answer.chain import Assistant
from assistant.answer.contract import answer_json
from assistant.answer.judge import parse_reply
from assistant.cli.render import answer_markup
from assistant.index import Index
from assistant.retrieval import retrieve
from assistant.types import Answer, AnswerSentence, Citation, JudgeVerdict
from assistant.ui.format import answer_html

Q = "How long did the call between Putin and Trump last?"
DESCRIBE = "How did Trump describe his conversation with Putin?"


def ask(index: Index, replies: list[str], question: str = Q, **kw: Any) -> Answer:
    model = FakeListChatModel(responses=replies)
    return Assistant(index, chat_model=model, **kw).ask(question, k=4)


def n_of(index: Index, question: str, needle: str) -> int:
    passages = retrieve(index, question, k=4).passages
    return next(i for i, p in enumerate(passages, start=1) if needle in p.text)


# --- the three sentences, through the whole chain ------------------------------------

@pytest.mark.parametrize("claim", [
    "According to the White House press service, the conversation did not last more than "
    "one hour",
    "According to the White House press service, the conversation lasted less than one hour",
])
def test_a_model_sentence_that_says_the_opposite_of_its_source_is_contradicted(sample_index,
                                                                               claim):
    n = n_of(sample_index, Q, "more than one hour")
    a = ask(sample_index, [f"{claim} [{n}]."])
    s = a.sentences[0]
    assert s.verdict == "contradicted" and not s.supported
    assert s.contradicted_by == 1 and "more" in (s.reason or "")
    assert a.repairs["flagged_sentences"] == 1


def test_words_given_to_the_wrong_speaker_are_contradicted_naming_the_speaker(sample_index):
    n = n_of(sample_index, DESCRIBE, "great call")
    a = ask(sample_index, [f"Putin described the conversation with Trump as a \"great call\" "
                           f"[{n}]."], question=DESCRIBE)
    s = a.sentences[0]
    assert s.verdict == "contradicted"
    assert s.reason == "the source says Trump described it"
    assert s.flag() == "contradicts [1]: the source says Trump described it"


def test_the_faithful_sentences_stay_supported(sample_index):
    n = n_of(sample_index, Q, "more than one hour")
    a = ask(sample_index, [f"According to the White House press service, the conversation "
                           f"lasted over an hour [{n}]."])
    assert a.sentences[0].verdict == "supported" and a.sentences[0].supported
    assert a.sentences[0].reason is None and a.sentences[0].flag() is None


def test_drop_unsupported_drops_contradicted_sentences_too(sample_index):
    n = n_of(sample_index, Q, "more than one hour")
    reply = (f"According to the White House press service, the conversation lasted for more "
             f"than one hour [{n}]. According to the White House press service, the "
             f"conversation lasted less than one hour [{n}].")
    sample_index.settings.answer.unsupported = "drop"
    a = ask(sample_index, [reply])
    assert len(a.sentences) == 1 and "less than" not in a.answer
    assert a.sentences[0].verdict == "supported"


# --- the LLM judge -------------------------------------------------------------------------

@pytest.mark.parametrize(("reply", "verdict", "reason"), [
    ("SUPPORTED", "supported", None),
    ("CONTRADICTED: the passage says Trump described the call", "contradicted",
     "the passage says Trump described the call"),
    ("Unsupported - the passage gives no duration.", "unsupported",
     "the passage gives no duration."),
    ("I think it is fine", "unsupported", "the judge gave no verdict: I think it is fine"),
    # one verdict word in capitals, inside a sentence
    ("The sentence is SUPPORTED by the passage.", "supported",
     "The sentence is SUPPORTED by the passage."),
    ("The sentence is NOT SUPPORTED by the passage.", "unsupported",
     "The sentence is NOT SUPPORTED by the passage."),
    # a verdict taken back or weakened is no support
    ("The sentence is not SUPPORTED by the passage.", "unsupported",
     "The sentence is not SUPPORTED by the passage."),
    ("The claim is PARTIALLY SUPPORTED: the date is missing.", "unsupported",
     "The claim is PARTIALLY SUPPORTED: the date is missing."),
    ("I cannot say it is SUPPORTED.", "unsupported", "I cannot say it is SUPPORTED."),
    ("Either SUPPORTED or CONTRADICTED, hard to say", "unsupported",
     "the judge gave no verdict: Either SUPPORTED or CONTRADICTED, hard to say"),
])
def test_the_judges_reply_is_read_into_a_verdict_with_its_reason(reply, verdict, reason):
    got = parse_reply(reply)
    assert (got.verdict, got.reason) == (verdict, reason)


def test_the_judge_is_asked_about_contradiction_and_its_verdict_kept_beside(sample_index):
    n = n_of(sample_index, Q, "more than one hour")
    sample_index.settings.answer.judge = True
    model = FakeListChatModel(responses=[
        f"The White House said the conversation lasted for more than one hour [{n}].",
        "CONTRADICTED: the passage says the call focused on Syria"])
    a = Assistant(sample_index, chat_model=model).ask(Q, k=4)
    s = a.sentences[0]
    assert s.verdict == "supported"  # the offline verdict, unchanged
    assert s.judge == JudgeVerdict(verdict="contradicted",
                                   reason="the passage says the call focused on Syria")
    assert not s.supported
    assert s.flag() == "contradicted (LLM judge): the passage says the call focused on Syria"


def test_the_judge_prompt_names_contradiction():
    from assistant.prompts import load_prompt

    system, _ = load_prompt("judge").render(sentence="s", evidence="e")
    assert "CONTRADICTED" in system[1] and "negation" in system[1]


# --- how it is shown -----------------------------------------------------------------------

def sentences_answer() -> Answer:
    return Answer(question="q", answer="a", sentences=[
        AnswerSentence(text="Fine.", citations=[1]),
        AnswerSentence(text="Putin described it.", citations=[2], verdict="contradicted",
                       reason="the source says Trump described it", contradicted_by=2),
        AnswerSentence(text="It lasted 95 minutes.", citations=[1], verdict="unsupported",
                       reason="the cited text does not mention 95"),
    ])


def test_the_cli_shows_contradicted_apart_from_unsupported():
    markup = answer_markup(sentences_answer())
    assert markup.startswith("Fine. [1] [strike magenta]")
    assert ("[strike magenta]Putin described it. [2][/] [magenta](contradicts [2]: the source "
            "says Trump described it)[/]") in markup
    assert ("[strike red]It lasted 95 minutes. [1][/] [red](unsupported: the cited text does "
            "not mention 95)[/]") in markup


def test_the_ui_shows_contradicted_apart_from_unsupported():
    html = answer_html(sentences_answer(), "ab12", {})
    assert ('<span class="nq-doubt nq-contradicted"><s>Putin described it.</s> <span '
            'class="nq-flag">(contradicts [2]: the source says Trump described it)</span>') in html
    assert ('<span class="nq-doubt nq-unsupported"><s>It lasted 95 minutes.</s> <span '
            'class="nq-flag">(unsupported: the cited text does not mention 95)</span>') in html


def test_the_json_contract_has_verdict_and_reason_per_sentence():
    data = answer_json(sentences_answer())
    second = data["sentences"][1]
    assert second["supported"] is False and second["verdict"] == "contradicted"
    assert second["reason"] == "the source says Trump described it"
    assert second["contradicted_by"] == 2 and second["judge"] is None
    assert data["sentences"][0]["verdict"] == "supported" and data["sentences"][0]["reason"] \
        is None


def test_a_sentence_built_as_unsupported_says_so():
    s = AnswerSentence(text="x", supported=False)
    assert s.verdict == "unsupported" and s.flag() == "unsupported"
    assert not AnswerSentence(text="x", verdict="contradicted").supported


def test_the_cli_lists_an_article_once_and_its_other_quotes_under_it():
    def cite(n: int, article: str, quote: str) -> Citation:
        return Citation(n=n, article_id=article, title=f"Title of {article}", outlet="ex.com",
                        published="2024-01-02", quote=quote, start=0, end=len(quote))

    answer = Answer(question="q", answer="a", sentences=[
        AnswerSentence(text="One.", citations=[1]), AnswerSentence(text="Two.", citations=[2]),
        AnswerSentence(text="Three.", citations=[3])],
        citations=[cite(1, "a", "One."), cite(2, "b", "Two."), cite(3, "a", "Three.")])
    shown = Text.from_markup(answer_markup(answer)).plain.splitlines()
    sources = shown[shown.index("Sources") + 1:]
    assert [line for line in sources if line.startswith("[")] == [
        "[1] Title of a — ex.com, 2024-01-02", "[2] Title of b — ex.com, 2024-01-02",
        "[3] the same article as [1]"]
    assert '    "Three." (chars 0–6)' in sources  # its own quote, as for any citation
