"""Follow-up questions without an LLM: carry the previous question's subject along."""

from __future__ import annotations

import re

from assistant.answer.contract import strip_markers
from assistant.nlp.attribution import asked_speaker
from assistant.nlp.gender import could_be, gender, is_thing
from assistant.nlp.tokens import terms

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|but|also|so|what about|how about|then)\b|\b(?:he|she|it|its|they|them|their|"
    r"his|her|that|this|those|these|the other)\b", re.I)
_PERSON = re.compile(r"\b(he|she|his)\b", re.I)
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
# a person's full name: "Nikki Haley", "Donald J. Trump", "Ron DeSantis", "Karine
# Jean-Pierre", "Beto O'Rourke", "José Andrés"
_NAME_WORD = r"[^\W\d_][^\W\d_’'-]*(?:['’-][^\W\d_]+)*"
_FULL_NAME = re.compile(rf"(?<![\w’'-])(?=[^\W\d_])(?-i:[A-Z]|[À-Þ]){_NAME_WORD}"
                        rf"(?:\s+[A-Z]\.)?(?:\s+(?=[A-ZÀ-Þ]){_NAME_WORD})+")
# words that open a question, never a name's first word: "Did Nikki Haley win?"
_OPENERS = frozenset("did does do will would was were is are has have had can could should "
                     "what who whom whose when where why how which after before since and "
                     "but so then also".split())


def named_person(question: str, history: list[tuple[str, str]]) -> str | None:
    """``question`` with its "he", "she" or "his" replaced by the person the turn before
    names, when one fits: the speaker the last question asked about ("What did Trump say
    ...?": Trump, a surname alone), then the first full name of the last question, then of
    its answer, that the answer does not give the other gender ("she" is not Donald Trump)
    and that is no place or agency. One the answer gives the pronoun's gender goes first.
    None when the question has no such pronoun or no one fits."""
    m = _PERSON.search(question)
    if not m or not history:
        return None
    if any(w.lower() not in _OPENERS for w in re.findall(r"\b[A-Z][\w’'-]*",
                                                            question[:m.start()])):
        return None  # "What did Trump say about his opponent?": his own
    asked, answered = history[-1]
    # the turn before may itself have asked of "him": read it as it was resolved
    asked = (named_person(asked, history[-6:-1]) if _PERSON.search(asked) else None) or asked
    pronoun = "he" if m.group(1).lower() == "his" else m.group(1).lower()
    speaker = asked_speaker(asked)
    if speaker and (_PERSON.fullmatch(speaker) or not speaker[:1].isupper()
                    or " and " in speaker or is_thing(f"the {speaker}")):
        speaker = None  # "he" is no one asked of as "he", "reporters", "the Kremlin", a pair
    found = _names(f"{asked}\n{answered}")
    if _WHO.match(asked):
        # "Who is the prosecutor who charged Trump?" then "What did he say?": he is one
        # the answer named, not one the question did
        own = set(terms(asked))
        found = [n for n in found if not set(terms(n.split()[-1])) & own] or found
    names = [n for n in [*([speaker] if speaker else []), *found]
             if not is_thing(n) and could_be(n, pronoun, answered)]
    if not names:
        return None
    want = "m" if pronoun == "he" else "f"
    name = next((n for n in names if gender(n, answered) == want), names[0])
    said = f"{name}'s" if m.group(1).lower() == "his" else name
    return question[:m.start()] + said + question[m.end():]


# a question whose answer is its subject ("Who is the Manhattan district attorney who
# charged Trump?", "Who cut the ribbon?"): the answer's person is the one asked about. Not a
# question of whom someone else acted on ("Who did Joe Biden meet?", "Who will Trump pick?")
_WHO = re.compile(r"(?i)\s*who\b(?!\s+(?:did|does|do)\b)"
                  r"(?!\s+(?:will|would|has|have|had|can|could|should|is|was|are|were)\s+"
                  r"(?-i:[A-Z])[\w.-]*\b(?!['’]s))")


def _names(text: str) -> list[str]:
    """The full names of ``text``, without a question's opening word ("Did Nikki Haley" is
    Nikki Haley)."""
    out = []
    for m in _FULL_NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        if len(words) >= 2:
            out.append(re.sub(r"['’]s$", "", " ".join(words)))  # "Donald Trump’s": his name
    return out


# a follow-up that asks for what the answer before did not say
_MORE = re.compile(r"\belse\b|\b(?:say|said|do|did|does|happen|happens|happened|come|comes|"
                   r"came)\s+next\b|\b(?:what|any)\s+(?:more|other|further)\b", re.I)


def said_before(question: str, history: list[tuple[str, str]], turns: int = 5) -> str:
    """The answers of the last ``turns`` turns, as plain text without their [n] markers,
    when ``question`` asks for something besides them ("What else did he say?", "What did
    he say next?"); else "". Their sentences are then no answer: the turn would repeat
    them."""
    if not history or not _MORE.search(question):
        return ""
    return "\n".join(" ".join(strip_markers(answer).split()) for _, answer in history[-turns:])


def _asked_as(question: str) -> str:
    """A question as asked, whatever its case, spaces and closing mark."""
    return " ".join(question.lower().split()).rstrip("?.! ")


def heuristic_query(question: str, history: list[tuple[str, str]]) -> str:
    """For retrieval: a follow-up whose "he" or "she" names someone of the turn before is
    asked of them ("What share of the vote did she get?" after an answer on Nikki Haley:
    "What share of the vote did Nikki Haley get?"); a short or pronoun-led follow-up (a
    resolved one of six words or fewer too) is joined to the last question, and so is one
    that asks for more ("What else did Volodymyr Zelensky say?" keeps the topic asked). A
    short question that names something the last one did not is asked alone, unless it asks
    what someone said ("What did Yellen say?" is said about the topic before)."""
    if not history:
        return question
    typed = question
    if (resolved := named_person(question, history)) is not None:
        question = resolved
    # a subject of its own, as typed, that neither the question nor the answer before names
    own = bool(_own_names(typed, "\n".join(history[-1]))) and not asked_speaker(typed)
    if _asked_as(question) == _asked_as(history[-1][0]):
        return question  # asked again: not a follow-up of itself
    # "Which country elected Claudia Sheinbaum as its first female president?": a question
    # with a subject of its own whose only pronouns are possessives speaks of that subject
    pronouns = {m.group(0).lower() for m in _FOLLOW_UP.finditer(question)}
    follows = bool(pronouns) and not (own and pronouns <= _POSSESSIVES)
    if follows or ((len(question.split()) <= 6 or _MORE.search(typed)) and not own):
        # the last question as it was searched: its own "he" named ("What did he say about
        # the case?" then "When is the next court date?")
        before = history[-1][0]
        if _PERSON.search(before):
            before = named_person(before, history[:-1]) or before
        return f"{before} {question}"
    return question


def _own_names(question: str, before: str) -> set[str]:
    """The capitalised words of ``question`` after its first that ``before`` lacks: a short
    question that names its own subject ("What happened in East Palestine, Ohio?" after a
    question on a bank) is a new question, not a follow-up; "How did the FDIC respond?"
    after an answer that names the FDIC is one."""
    known = {w.lower() for w in re.findall(r"[\w’'-]+", before)}
    return {w for w in re.findall(r"(?<!^)\b[A-Z][\w’'-]*", question.strip())
            if w.lower() not in known and w.lower() not in _OPENERS}
