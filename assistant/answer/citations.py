"""From a model's raw text to contract-conforming sentences and citations.

Repairs, in order, for each sentence of the model's answer:

1. markers are parsed and normalised: ``[1]``, ``[1, 2]`` and ``[1][2]`` all work, and a
   marker that opens the next sentence ("... said. [2] Next") belongs to the one before;
2. a marker that points outside the passages is removed and counted;
3. a sentence with no marker gets one when exactly-checkable support exists in a passage
   (the verifier passes against it); otherwise it stays uncited and will be flagged.

Each citation quotes the sentence of the cited passage that best matches the answer
sentence, with its exact offsets; citations are renumbered in order of first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.contract import CANNOT_ANSWER, parse_markers, strip_markers
from assistant.answer.reply import says_something
from assistant.answer.verify import verify_sentence
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import terms
from assistant.types import Answer, AnswerSentence, Citation, Passage

_LETTER = re.compile(r"[^\W\d_]")
_LEADING_MARKERS = re.compile(r"^(?:\s*\[\d+(?:\s*,\s*\d+)*\])+")


@dataclass
class Repairs:
    dropped: int = 0  # markers pointing outside the passages
    attached: int = 0  # markers added to uncited but supported sentences


# a line break ends a sentence unless it wraps one: the line before ends with no stop and
# the next goes on in words
_WRAPPED = re.compile(r"(?<=[^\W_]|,)[ \t]*\n[ \t]*(?=[^\W_])")
# what no sentence ends with: symbols after its full stop ("... one hour. 👍")
_TAIL = re.compile(r"(?<=[.!?…”\"')\]])\s+[^\w\s\[\]]+\s*$")


def _blocks(text: str) -> list[str]:
    """``text`` cut at its line breaks, but a sentence wrapped over lines kept whole."""
    return [b for b in _WRAPPED.sub(" ", text).split("\n") if b.strip()]


def split_answer(text: str) -> list[str]:
    """Sentences of a model answer, each keeping the markers that follow it. A line of its
    own ("👍", a code fence, a table rule) is no part of the sentence before it."""
    raw = [block[a:b] for block in _blocks(text) for a, b in sentence_spans(block)]
    out: list[str] = []
    for s in raw:
        lead = _LEADING_MARKERS.match(s)
        if lead and out:
            out[-1] += " " + lead.group(0).strip()
            s = s[lead.end():].strip()
        s = _TAIL.sub("", s)
        if s and strip_markers(s):
            out.append(s)
        elif s and out:
            out[-1] += " " + s
    return out


# a model's own words for the refusal: "I'm sorry, but I cannot answer that.", "The provided
# passages do not contain this information.", "There is no information about this in the
# provided passages.", "Based on the provided passages, I cannot determine ..." (only in a
# short reply that cites nothing)
_SOFT_REFUSAL = re.compile(
    r"^(?:(?:i'?m |i am )?(?:sorry|afraid)|unfortunately|apologies)?[,.!]?\s*(?:but\s+)?"
    r"(?:(?:based on|according to|from) (?:the )?(?:provided |given |retrieved |available )?"
    r"(?:passages|sources|articles|coverage|context|documents|information)[,:]?\s*)?"
    r"(?:i (?:cannot|can't|can not|am unable to|'m unable to|am not able to|do not|don't|"
    r"could not|couldn't|was unable to) "
    r"(?:help|answer|find|provide|determine|tell|say|know|see|identify|have (?:enough|"
    r"sufficient|any) information)|"
    r"i (?:do not|don't) have (?:enough |sufficient |relevant )?(?:information|data|"
    r"details)|"
    r"(?:there (?:is|are|was) (?:no|not enough)|there's no) (?:enough |sufficient |"
    r"relevant )?(?:information|mention|data|details|answer)\b.*\b(?:passages?|sources?|"
    r"articles?|coverage|context|documents?|provided|given)\b|"
    r"none of (?:the |these )?(?:provided |given |retrieved )?(?:passages|sources|articles|"
    r"documents) (?:address|mention|answer|contain|say|specify|state|cover|discuss)|"
    r"(?:the |these )?(?:provided |given |retrieved )?(?:passages|sources|"
    r"articles|coverage|context|documents) (?:do not|don't|does not|doesn't|did not) "
    r"(?:contain|mention|say|provide|include|answer|specify|state|address|discuss|"
    r"cover|indicate|give|have)|"
    r"the passages are silent|"
    r"(?:unknown|not stated|not specified|not mentioned|n/?a|no answer)[.!]?$)")


def is_refusal(text: str) -> bool:
    """Does the model's whole reply only say it cannot answer? Our own words for it count
    only with no citation after them: "The indexed coverage does not answer this question.
    However, ... [1]" answered."""
    norm = " ".join(strip_markers(text).lower().replace("’", "'").split())
    target = CANNOT_ANSWER.lower().rstrip(".")
    if not parse_markers(text) and (
            norm.startswith(target) or (target in norm and len(norm) < len(target) + 40)):
        return True
    return not parse_markers(text) and len(norm) < 300 and bool(_SOFT_REFUSAL.match(norm))


def best_quote(sentence: str, passage: Passage) -> tuple[int, int]:
    """Article offsets of the passage sentence that shares most terms with ``sentence``."""
    want = set(terms(sentence))
    best, best_score = (passage.start, passage.end), -1.0
    for a, b in sentence_spans(passage.text):
        have = set(terms(passage.text[a:b]))
        score = len(want & have) / (1 + 0.01 * len(have))
        if score > best_score:
            best, best_score = (passage.start + a, passage.start + b), score
    return best


def repair(question: str, raw: str, passages: list[Passage], min_support: float,
           ) -> tuple[Answer, Repairs]:
    fixes = Repairs()
    if is_refusal(raw) or not passages:
        return Answer(question=question, answer=CANNOT_ANSWER, refused=True,
                      sentences=[AnswerSentence(text=CANNOT_ANSWER)], passages=passages,
                      refusal_reason="the model found no answer in the passages"), fixes
    numbered: dict[tuple[int, int, int], int] = {}  # (passage, start, end) -> citation n
    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    said = split_answer(raw)
    for s in said:
        marks = parse_markers(s)
        valid = [n for n in marks if 1 <= n <= len(passages)]
        fixes.dropped += len(marks) - len(valid)
        text = strip_markers(s)
        if not says_something(text) or (not marks and not _LETTER.search(text)) or (
                len(said) > 1 and not marks and (is_refusal(text) or text.endswith(":"))):
            # no sentence: an emoji, a code fence, a table rule ("|---|"), a stray "(1)" or
            # unclosed "[1"; nor a refusal beside sentences that answer, nor a list's
            # heading ("Key points:")
            continue
        if not valid and terms(text):  # nothing to check, nothing to attach a citation to
            scored = [(verify_sentence(text, [p.text], min_support), i)
                      for i, p in enumerate(passages, start=1)]
            good = [(v.overlap, -i, i) for v, i in scored if v.supported]
            if good:
                valid = [max(good)[2]]
                fixes.attached += 1
        ns = []
        for pn in valid:
            p = passages[pn - 1]
            start, end = best_quote(text, p)
            key = (pn, start, end)
            if key not in numbered:
                numbered[key] = len(citations) + 1
                art_text_offset = start - p.start
                citations.append(Citation(
                    n=numbered[key], article_id=p.article_id, title=p.title, outlet=p.outlet,
                    published=p.published, url=p.url,
                    quote=p.text[art_text_offset:art_text_offset + (end - start)],
                    start=start, end=end,
                ))
            if numbered[key] not in ns:
                ns.append(numbered[key])
        sentences.append(AnswerSentence(text=text, citations=ns))
    answer_text = " ".join(s.text + ("" if not s.citations else " " + "".join(
        f"[{n}]" for n in s.citations)) for s in sentences)
    return Answer(question=question, answer=answer_text, sentences=sentences,
                  citations=citations, passages=passages), fixes



def rebuild(answer: Answer, keep: list[AnswerSentence]) -> Answer:
    """``answer`` with only ``keep`` sentences; unused citations removed, the rest renumbered."""
    used: list[int] = []
    for s in keep:
        for n in s.citations:
            if n not in used:
                used.append(n)
    new_n = {old: i for i, old in enumerate(used, start=1)}
    by_n = {c.n: c for c in answer.citations}
    citations = [by_n[old].model_copy(update={"n": new_n[old]}) for old in used]
    sentences = [s.model_copy(update={"citations": [new_n[n] for n in s.citations]})
                 for s in keep]
    text = " ".join(s.text + ("" if not s.citations else " " + "".join(
        f"[{n}]" for n in s.citations)) for s in sentences)
    return answer.model_copy(update={"sentences": sentences, "citations": citations,
                                     "answer": text})
