"""Coverage intelligence: who said what, when, which outlets ran the same story, and how
accounts compare. Articles below are written for these tests; the sample is TASS's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from typer.testing import CliRunner

from assistant.answer.attribution import keeps_attribution
from assistant.answer.chain import Assistant
from assistant.cli import app
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.nlp.attribution import asked_speaker, find_attributions
from assistant.nlp.timefilter import question_window
from assistant.nlp.timex import find_times
from assistant.ui.app import AppState
from tests.helpers import write_jsonl

WIRE = """Floods force thousands from homes in river valley

RIVERTON, March 3, 2024 (Agency Press) - Heavy rain pushed the Silver River over its banks on \
Sunday, forcing about 4,000 people from their homes, the regional emergency service said.
"We have never seen the water rise this fast," said Mayor Ellen Brooks. The service said 12 \
shelters had opened across the valley.
According to the national weather office, another 80 millimetres of rain is expected on \
Tuesday. Officials said schools would stay closed until Wednesday.
The river peaked at 7.2 metres on Monday, the highest level since 1998, the weather office \
said. Farmers in the lower valley said their winter crops were lost.
Insurance companies said they expected claims to run into the millions."""

BOILERPLATE = ("Sign up for our newsletter. We will use the details you have shared to manage "
               "your registration and to send you emails about our products. You can "
               "unsubscribe at any time using the link in our emails. Read our privacy notice.")


def wire_docs() -> list[dict]:
    trimmed = WIRE.rsplit("\n", 1)[0]
    return [
        {"id": "w1", "title": "Floods force thousands from homes in river valley",
         "outlet": "agencypress.com", "published": "2024-03-04", "text": WIRE},
        {"id": "w2", "title": "River valley flooding: 4,000 evacuated",
         "outlet": "dailyherald.com", "published": "2024-03-04",
         "text": trimmed.replace("Floods force thousands from homes in river valley",
                                 "River valley flooding: 4,000 evacuated")},
        {"id": "w3", "title": "Thousands flee the rising Silver River",
         "outlet": "morningpost.com", "published": "2024-03-05",
         "text": WIRE.rsplit("\n", 2)[0]},
        {"id": "b1", "title": "Central bank holds rates steady", "outlet": "agencypress.com",
         "published": "2024-03-05",
         "text": "Central bank holds rates steady\n\nThe central bank kept its main interest "
                 "rate at 4.5 percent on Tuesday, the bank said in a statement. Governor Maria "
                 'Lenz told reporters that inflation was "still too high". Markets had '
                 "expected the decision."},
    ]


# --- attribution -------------------------------------------------------------------------

def spoken(text: str) -> dict[str, str]:
    return {text[a.sentence_start:a.sentence_end]: a.speaker
            for a in find_attributions("t", text)}


def test_reported_speech_in_each_form_is_attributed_and_plain_narration_is_not():
    text = ("The mayor opened the bridge on Monday. "
            "The bridge cost $40 million, the city council said. "
            '"It is a great day for the town," said Mayor Ellen Brooks. '
            "According to the transport ministry, traffic will fall by a third. "
            "Governor Maria Lenz told reporters that the state paid half. "
            'Residents called the design "a bold statement". '
            "It opened two years late, it said.")
    got = spoken(text)
    assert "The mayor opened the bridge on Monday." not in got  # the article's own voice
    assert got["The bridge cost $40 million, the city council said."] == "the city council"
    assert got['"It is a great day for the town," said Mayor Ellen Brooks.'] == \
        "Mayor Ellen Brooks"
    assert got["According to the transport ministry, traffic will fall by a third."] == \
        "the transport ministry"
    assert got["Governor Maria Lenz told reporters that the state paid half."] == \
        "Governor Maria Lenz"
    assert got['Residents called the design "a bold statement".'] == "Residents"
    # a pronoun goes to the last named speaker
    assert got["It opened two years late, it said."] == "Residents"


def test_the_sample_article_has_its_three_voices():
    from assistant.ingest import sample_path

    path = next(p for p in sample_path().iterdir() if p.suffix == ".txt")
    text = path.read_text()
    found = find_attributions("s", text)
    speakers = {a.speaker for a in found}
    assert {"the Kremlin press service", "the White House press service", "Trump"} <= speakers
    by_claim = {text[a.claim_start:a.claim_end]: a.speaker for a in found}
    assert by_claim["businesslike and meaningful"] == "the Kremlin press service"
    hour = next(a for a in found if "more than one hour" in text[a.claim_start:a.claim_end])
    assert hour.speaker == "the White House press service" and hour.cue == "according to"
    # "the report said" / "the statement reads" stand for whoever issued them
    reads = next(a for a in found if a.cue == "reads")
    assert reads.speaker == "the White House press service"
    # the quote that opens in one sentence and is attributed two sentences later
    great = next(a for a in found if text[a.sentence_start:].startswith('"We had a great'))
    assert great.speaker == "the US leader" and great.quote


def test_questions_name_the_speaker_they_ask_about():
    assert asked_speaker("What did the White House say about Ukraine?") == "White House"
    assert asked_speaker("How did the Kremlin press service describe the call?") == \
        "Kremlin press service"
    assert asked_speaker("How long did the call last?") is None


def test_a_question_about_a_speaker_favours_their_passages(sample_index: Index):
    a = Assistant(sample_index).ask("What did the White House say about the call?")
    assert not a.refused
    assert a.citations[0].speaker and "White House" in a.citations[0].speaker


def test_the_verifier_flags_a_sentence_that_drops_the_attribution(sample_index: Index):
    from assistant.retrieval import retrieve

    q = "How long did the call last?"
    passages = retrieve(sample_index, q, k=4).passages
    n = next(i for i, p in enumerate(passages, 1) if "more than one hour" in p.text)
    bare = f"The conversation lasted for more than one hour [{n}]."
    kept = f"According to the White House, the conversation lasted for more than one hour [{n}]."
    for reply, ok in ((bare, False), (kept, True)):
        model = FakeListChatModel(responses=[reply])
        answer = Assistant(sample_index, chat_model=model).ask(q, k=4)
        s = answer.sentences[0]
        assert s.supported is ok, (reply, s)
        if not ok:
            assert "White House" in (s.reason or "")
    assert keeps_attribution("It rained.", []) is None


def test_a_pronoun_no_one_resolved_is_no_attribution_to_keep():
    """A web UI walk-through saw a quote struck through as "states as fact what the article
    attributes to he"."""
    from assistant.types import Attribution

    def said(speaker: str) -> Attribution:
        return Attribution(article_id="a", sentence_start=0, sentence_end=40, claim_start=0,
                           claim_end=30, speaker=speaker, cue="said", quote=True)

    assert keeps_attribution("The vote was a sham.", [said("he")]) is None
    assert keeps_attribution("The vote was a sham.", [said("Mayor Ortega")]) \
        == "states as fact what the article attributes to Mayor Ortega"


def test_the_person_an_article_is_about_is_named_without_a_title_or_an_and():
    """A web UI walk-through saw "said by And Trump": the article's main person was read as
    "And Trump" ("Former President Donald" was cut short), and a sentence's straight quote
    that closes its own curly one ("called “Political Persecution."") was read as closing
    a quote of the sentences before, which were all given to that speaker."""
    from assistant.nlp.attribution import find_attributions, main_person

    text = ("Former President Donald Trump pleaded not guilty on Tuesday.\n\n"
            "A grand jury voted last week to indict Trump. It is a first.\n\n"
            "Trump’s lawyers will fight it. And Trump shared a statement criticizing what he "
            "called “Political Persecution at the highest level.\"\n\nTrump flew home.")
    assert main_person(text) == "Donald Trump"
    # a longer run ends with its name (an independent review)
    assert main_person("Federal Reserve Chair Jerome Powell held rates. Powell said so. "
                       "Powell left. Powell came back.") == "Jerome Powell"
    found = find_attributions("a", text)
    assert [(text[a.sentence_start:a.sentence_end][:9], a.speaker) for a in found] == [
        ("And Trump", "Donald Trump")]


def test_an_extractive_quote_without_its_speaker_is_introduced_by_them(sample_index: Index):
    a = Assistant(sample_index).ask("What did the US leader say about peace in Syria?")
    assert not a.refused
    introduced = [i for i, s in enumerate(a.sentences) if s.text.startswith("The US leader said:")]
    assert introduced, a.answer
    c = a.citations[introduced[0]]
    assert not c.quote.startswith("The US leader")  # the citation stays the exact span
    text = sample_index.catalog.get(c.article_id).article.text
    assert text[c.start:c.end] == c.quote


# --- time ----------------------------------------------------------------------------------

def test_dates_in_the_text_resolve_against_publication_without_inventing_a_year():
    # (a lede opens on the publication day: one that reports the next day's weekday marks
    # a lagging date, see tests/test_actors.py)
    text = ("The summit opened on Tuesday. Talks ended on Wednesday. The minister will visit "
            "on Friday. He spoke yesterday. "
            "Elections are due next month. The summit on November 20 went well. "
            "A congress is planned later this year.")
    got = {m.text: m.date for m in find_times("t", text, "2017-11-21")}  # a Tuesday
    # a bare "Wednesday" in Tuesday's paper is the day after its date, never six days old
    assert got == {"on Tuesday": "2017-11-21", "on Wednesday": "2017-11-22",
                   "on Friday": "2017-11-24",
                   "yesterday": "2017-11-20", "next month": "2017-12",
                   "November 20": "2017-11-20", "later this year": "2017"}
    no_year = {m.text: m.date for m in find_times("t", text, "--11-21")}
    assert no_year == {"November 20": "--11-20"}  # weekdays and years stay unresolved
    assert find_times("t", text, None)[0].date == "--11-20"
    dateline = "MOSCOW, November 21. /TASS/. The talks went on."
    assert find_times("t", dateline, "2017-11-21") == []


def test_question_words_become_a_date_window():
    today = dt.date(2024, 3, 7)
    latest = question_window("What is the latest on the floods?", today)
    assert latest and latest.latest and latest.phrase == "latest"
    week = question_window("What happened this week?", today)
    assert week and (week.since, week.until) == ("2024-03-04", "2024-03-07")
    before = question_window("What was said before March 2024?", today)
    assert before and (before.since, before.until) == (None, "2024-02-29")
    assert before.phrase == "before March 2024"
    assert question_window("How long did the call last?", today) is None
    # the newspaper is no day
    assert question_window("In the USA TODAY/Ipsos poll, what share agreed?", today) is None
    # a range is the period of what is asked, not of its coverage: "fall from 1973 to 2011"
    # (or "from 2021 until 2023") is no coverage since 1973, nor before 2023
    assert question_window("By what percent did counts fall from 1973 to 2011?", today) is None
    assert question_window("What changed from 2021 until 2023?", today) is None
    # ... and "today" in capitals is still today, but not the Today show
    assert question_window("WHAT HAPPENED TODAY?", today) is not None
    assert question_window("Who was on the Today show?", today) is None


def test_a_question_window_is_applied_and_stated(index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "c.jsonl", wire_docs()))], index)
    a = Assistant(index).ask("What is the latest decision of the central bank on rates?")
    assert a.notice and "published 2024-02-28 to 2024-03-05" in a.notice and not a.refused
    assert a.question.startswith("What is the latest")  # asked as typed
    within = Assistant(index).ask("How many people were forced from their homes before April 2024?")
    assert within.filters == {"until": "2024-03-31"} and "before April 2024" in within.notice
    assert not within.refused and "4,000" in within.answer
    old = Assistant(index).ask("What did the central bank decide before 2020?")
    assert old.notice and "no dated coverage falls in it" in old.notice


def _flood(aid: str, day: str, text: str, title: str) -> dict:
    return {"id": aid, "title": title, "outlet": "valleytimes.example", "published": day,
            "text": f"{title}\n\n{text}"}


FLOODS = [
    _flood("f1", "2024-03-01", "The Dunmore floods forced 2,000 people from their homes on "
           "Friday, and flood water covered the river road, the county said.",
           "Dunmore floods force 2,000 from their homes"),
    _flood("f2", "2024-03-02", "Rescuers in boats reached families stranded by the Dunmore "
           "floods overnight, and the Red Cross opened a shelter at the high school.",
           "Boats reach families stranded by Dunmore floods"),
    _flood("f3", "2024-03-03", "The governor toured the Dunmore floods by helicopter on "
           "Sunday and asked for federal disaster aid for the county.",
           "Governor seeks disaster aid after Dunmore floods"),
    _flood("f4", "2024-03-12", "Families returned to Dunmore on Monday as the water receded, "
           "and crews began clearing the mud the floods left behind.",
           "Dunmore residents return home"),
    _flood("u1", "2024-03-20", "The city council approved next year's budget on Tuesday "
           "after a short debate about road repairs.", "Council approves the budget"),
]


def test_latest_is_the_newest_week_of_the_coverage_about_the_question(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "f.jsonl", FLOODS))], index)
    a = Assistant(index).ask("What is the latest news on the Dunmore floods?")
    # the newest report about the floods, though three fuller ones rank above it; not the
    # newer report about something else
    assert a.filters == {"since": "2024-03-06", "until": "2024-03-12"}
    assert a.notice and "published 2024-03-06 to 2024-03-12" in a.notice
    assert {p.article_id for p in a.passages} == {"f4"}
    # as asked on a day before that report: the newest about it by then
    before = Assistant(index).ask("What is the latest news on the Dunmore floods?",
                                  as_of=dt.date(2024, 3, 5))
    assert before.filters == {"since": "2024-02-26", "until": "2024-03-03"}
    # a follow-up asks about the story before it
    follow = Assistant(index).ask("What is the latest?", history=[
        ("What happened in the Dunmore floods?", "They forced 2,000 from their homes.")])
    assert follow.filters == {"since": "2024-03-06", "until": "2024-03-12"}
    # asked before any of it was published: nothing of later days answers
    early = Assistant(index).ask("What is the latest news on the Dunmore floods?",
                                 as_of=dt.date(2024, 2, 1))
    assert early.refused and not early.passages
    assert early.notice and "published after that day" in early.notice


def test_timeline_of_the_sample_is_in_order_with_citations(sample_index: Index):
    t = Assistant(sample_index).timeline("Syria talks")
    dates = [e.date for e in t.events]
    assert dates.index("2017-11-11") < dates.index("2017-11-20") < dates.index("2017-11-21") \
        < dates.index("2017-11-22")
    assert dates[-1] == "2017"  # "later this year": a year, after the days it holds
    text = sample_index.catalog.get(t.events[0].citation.article_id).article.text
    for e in t.events:
        assert text[e.citation.start:e.citation.end] == e.citation.quote
        assert e.citation.outlet == "tass.com"


# --- syndication ---------------------------------------------------------------------------

def test_wire_copies_group_and_count_as_one_source(index: Index, tmp_path: Path):
    report = ingest([str(write_jsonl(tmp_path / "c.jsonl", wire_docs()))], index)
    assert report.added == 4 and not report.skipped
    groups = index.catalog.groups_of(["w1", "w2", "w3", "b1"])
    assert groups["w1"] == groups["w2"] == groups["w3"] == "w1" and groups["b1"] == "b1"
    stats = index.stats()
    assert stats["syndication_groups"] == 1 and stats["articles_in_groups"] == 3
    a = Assistant(index).ask("How many people were forced from their homes by the floods?")
    assert not a.refused
    flood = [p for p in a.passages if p.article_id in {"w1", "w2", "w3"}]
    assert len({p.article_id for p in flood}) == 1  # one article speaks for the group
    assert len(flood[0].also_published_by) == 2
    assert a.citations[0].also_published_by


def test_boilerplate_under_many_headlines_is_refused_not_grouped(index: Index, tmp_path: Path):
    first = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "j0", "title": "Election results delayed in capital", "outlet": "site.com",
         "text": BOILERPLATE}, *wire_docs()[:1]])
    assert ingest([str(first)], index).added == 2  # alone, a page cannot be told from news
    later = write_jsonl(tmp_path / "b.jsonl", [
        {"id": f"j{i}", "title": t, "outlet": "site.com", "text": BOILERPLATE}
        for i, t in enumerate(["Storm damages coastal homes", "New vaccine approved"], 1)])
    report = ingest([str(later)], index)
    assert report.added == 0 and len(report.skipped) == 2
    assert all("boilerplate" in s.reason for s in report.skipped)
    assert [r.source for r in report.retracted] and index.catalog.get("j0") is None
    assert index.stats()["boilerplate_refused"] == 3
    assert index.stats()["syndication_groups"] == 0
    assert index.vectors.chunk_ids("j0") == []


def test_boilerplate_recognised_within_one_batch_is_never_written(index: Index,
                                                                   tmp_path: Path):
    pages = write_jsonl(tmp_path / "p.jsonl", [
        {"id": f"j{i}", "title": t, "outlet": "site.com", "text": BOILERPLATE}
        for i, t in enumerate(["Election results delayed", "Storm damages coastal homes",
                               "New vaccine approved"])] + wire_docs()[:1])
    report = ingest([str(pages)], index)
    assert report.added == 1 and len(report.skipped) == 3 and not report.retracted
    # listed as the lines run, each named by another page's headline, never its own
    assert [s.source for s in report.skipped] == [f"{pages}:{n}" for n in (1, 2, 3)]
    assert "Storm damages coastal homes" in report.skipped[0].reason
    assert all(t not in s.reason for s, t in zip(report.skipped, [
        "Election results delayed", "Storm damages coastal homes"], strict=False))
    assert index.catalog.article_ids() == ["w1"]
    assert all(index.vectors.chunk_ids(f"j{i}") == [] for i in range(3))
    assert index.stats()["boilerplate_refused"] == 3


def test_an_index_from_before_the_analysis_is_screened_once(index: Index):
    """An index written without analysis (as before this feature) holding boilerplate: the
    one-off analysis takes it out, also when its twins sit in the same batch."""
    from assistant.ingest.chunking import chunk_article, embedding_text
    from assistant.types import Article

    docs = [{"id": f"j{i}", "title": t, "outlet": "site.com", "text": BOILERPLATE}
            for i, t in enumerate(["Election results delayed", "Storm damages homes",
                                   "New vaccine approved"])] + wire_docs()
    items = []
    for d in docs:
        a = Article(article_id=d["id"], title=d["title"], outlet=d["outlet"], text=d["text"],
                    published=d.get("published"))
        chunks = chunk_article(a)
        items.append((a, "old", chunks, [embedding_text(c, a.title) for c in chunks]))
    texts = [t for *_, ts in items for t in ts]
    index.write(items, index.embedder.encode(texts))
    index.catalog._db.execute("DELETE FROM meta WHERE key='analysis'")
    assert index.needs_analysis()
    with index.writing():
        assert index.ensure_analysis() == 4
    assert index.catalog.article_ids() == ["w1", "w2", "w3", "b1"]
    assert index.stats()["boilerplate_refused"] == 3
    assert index.catalog.groups_of(["w2"]) == {"w2": "w1"}
    assert index.catalog.attributions(["w1"]) and not index.needs_analysis()


def test_re_analysis_leaves_the_keyword_index_alone(index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "c.jsonl", wire_docs()))], index)
    generation = index.catalog.generation()
    index.catalog._db.execute("DELETE FROM meta WHERE key='analysis'")
    with index.writing():
        assert index.ensure_analysis() == 4
    assert index.catalog.generation() == generation  # nothing to rebuild


def test_stats_cli_reports_groups(index: Index, tmp_path: Path):
    path = write_jsonl(tmp_path / "c.jsonl", wire_docs())
    runner = CliRunner()
    env = {"NEWSQA_DATA_DIR": str(index.settings.data_dir)}
    assert runner.invoke(app, ["ingest", str(path), "-q"], env=env).exit_code == 0
    out = runner.invoke(app, ["stats"], env=env).output
    assert "1 group(s) of near-copies holding 3 articles" in out


# --- compare -------------------------------------------------------------------------------

def test_compare_lines_up_the_sample_s_speakers(sample_index: Index):
    c = Assistant(sample_index).compare("How long was the call and how was it described?")
    assert c.by == "speaker"
    duration = next(s for s in c.slots if s.kind == "duration")
    assert duration.reported_by == {"more than one hour": ["The White House press service"]}
    assert "The Kremlin press service" in duration.silent
    described = next(s for s in c.slots if s.kind == "description")
    assert described.reported_by["businesslike and meaningful"] == ["The Kremlin press service"]
    # "Trump said", in a report that names him in full
    assert described.reported_by["great call"] == ["Donald Trump"]
    assert not described.contradiction


def test_compare_finds_outlets_that_contradict(index: Index, tmp_path: Path):
    docs = [
        {"id": "x1", "title": "Quake hits coastal city", "outlet": "first.com",
         "published": "2024-05-01", "text": "Quake hits coastal city\n\nA strong earthquake "
         "struck the coastal city of Larna on Monday, killing 12 people, officials said."},
        {"id": "x2", "title": "Deadly earthquake in Larna", "outlet": "second.com",
         "published": "2024-05-01", "text": "Deadly earthquake in Larna\n\nThe earthquake "
         "that shook Larna on Monday killed 15 people, the regional governor said."},
        {"id": "x3", "title": "Larna rebuilds schools", "outlet": "third.com",
         "published": "2024-05-02", "text": "Larna rebuilds schools\n\nVolunteers began "
         "repairing two schools in Larna, where classes will resume next week."},
    ]
    ingest([str(write_jsonl(tmp_path / "q.jsonl", docs))], index)
    c = Assistant(index).compare("How many people did the earthquake in Larna kill?")
    assert c.by == "outlet"
    slot = next(s for s in c.slots if s.kind == "count")
    assert slot.noun == "dead" and slot.contradiction
    assert slot.reported_by["12 people"] == ["first.com"]
    assert slot.reported_by["15 people"] == ["second.com"]
    assert "third.com" not in slot.reported_by.get("two schools", [])  # schools are no dead


def test_compare_and_timeline_commands(sample_index: Index):
    env = {"NEWSQA_DATA_DIR": str(sample_index.settings.data_dir)}
    runner = CliRunner()
    res = runner.invoke(app, ["compare", "How long was the call and how was it described?"],
                        env=env)
    assert res.exit_code == 0, res.output
    assert "more than one hour" in res.output and "reported by The White House" in res.output
    res = runner.invoke(app, ["timeline", "Syria", "--json"], env=env)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["events"][0]["date"].startswith("2017-11")
    # each event says how it was dated and the day of the report it counts from
    res = runner.invoke(app, ["timeline", "Syria"], env=env)
    assert res.exit_code == 0, res.output
    assert "in a report of 2017-11-21" in res.output and "dated by “" in res.output


def test_the_ui_shows_speakers_comparisons_timelines_and_reprints(index: Index,
                                                                   tmp_path: Path):
    from assistant.ingest import sample_path
    from assistant.ui.format import sources_html

    ingest([str(sample_path())], index)
    state = AppState(index.settings, index=index)
    html = state.compare_html("How long was the call and how was it described?")
    assert "businesslike and meaningful" in html and "Accounts by speaker" in html
    assert 'href="#cmp-1"' in html and 'id="cmp-1"' in html  # markers open cards
    timeline = state.timeline_html("Syria talks Sochi")
    assert "2017-11-22" in timeline
    assert '<span class="nq-outlet">tass.com</span> · 2017-11-21' in timeline
    assert 'href="#tl-1"' in timeline and 'id="tl-1"' in timeline
    answer = state.assistant("extractive").ask("What did the White House say about the call?")
    texts = {aid: a.text for aid, a in index.catalog.get_many(
        [c.article_id for c in answer.citations]).items()}
    cards = sources_html(answer, texts)
    assert "said by the White House press service" in cards
    ingest([str(write_jsonl(tmp_path / "c.jsonl", wire_docs()))], index)
    flood = state.assistant("extractive").ask("How many people were forced from their homes?")
    texts = {aid: a.text for aid, a in index.catalog.get_many(
        [c.article_id for c in flood.citations]).items()}
    assert "Also published elsewhere (2)" in sources_html(flood, texts)


BRIDGE = [
    {"id": "h1", "title": "Harlow bridge closes for repairs", "outlet": "harbourtimes.example",
     "published": "2024-05-07",
     "text": "Harlow bridge closes for repairs\n\nThe Harlow bridge closed on Monday for six "
             "weeks of repairs, the city said. Traffic on the Harlow bridge route was diverted "
             "through Ashby."},
    {"id": "h2", "title": "Harlow bridge repairs run late", "outlet": "valleynews.example",
     "published": "2024-05-21",
     "text": "Harlow bridge repairs run late\n\nRepairs to the Harlow bridge fell behind on "
             "Friday, engineers said. The Harlow bridge will stay closed for eight weeks, the "
             "city council said on Monday."},
]


def test_compare_and_timeline_views_keep_to_their_filters(index: Index, tmp_path: Path):
    """A walk-through found no outlet or date filters in the Compare and Timeline tabs."""
    ingest([str(write_jsonl(tmp_path / "b.jsonl", BRIDGE))], index)
    state = AppState(index.settings, index=index)
    whole = state.timeline_html("Harlow bridge repairs")
    assert "harbourtimes.example" in whole and "valleynews.example" in whole
    assert "nq-filtered" not in whole
    one = state.timeline_html("Harlow bridge repairs", ["valleynews.example"], "", "")
    assert "valleynews.example" in one and "harbourtimes.example" not in one
    assert '<p class="nq-filtered">Only valleynews.example</p>' in one
    later = state.timeline_html("Harlow bridge repairs", [], "2024-05-10", "")
    assert "valleynews.example" in later and "harbourtimes.example" not in later
    assert "published on or after 2024-05-10" in later
    question = "How long will the Harlow bridge be closed?"
    both = state.compare_html(question)
    assert "six weeks" in both and "eight weeks" in both
    compared = state.compare_html(question, ["harbourtimes.example"], "", "2024-05-10")
    assert "six weeks" in compared and "eight weeks" not in compared
    assert "Only harbourtimes.example · published on or before 2024-05-10" in compared
    # filters that cannot be used say why, and nothing is searched
    swapped = state.compare_html(question, [], "2024-05-20", "2024-05-01")
    assert "nq-empty" in swapped and "swap them" in swapped and "weeks" not in swapped
    unknown = state.timeline_html("Harlow bridge repairs", ["nowhere.example"], "", "")
    assert "No article in the index is from" in unknown and "tl-1" not in unknown


@pytest.mark.parametrize("missing", ["", "   "])
def test_empty_compare_and_timeline_input_is_handled(index: Index, missing: str):
    state = AppState(index.settings, index=index)
    assert "nq-empty" in state.compare_html(missing)
    assert "nq-empty" in state.timeline_html(missing)


@pytest.mark.parametrize(("sentence", "published", "date"), [
    # a web UI walk-through: in a report of the coronation (6 May 2023), the queen's death
    # was placed in the September to come
    ("He ascended the throne when Elizabeth died Sept. 8.", "2023-05-06", "2022-09-08"),
    ("She announced Aug. 1 that she would run.", "2023-03-01", "2022-08-01"),
    # nothing past before it: the nearest such day, as before
    ("The Fed meets Sept. 20.", "2023-05-06", "2023-09-20"),
    ("The launch is scheduled Sept. 20.", "2023-05-06", "2023-09-20"),
    ("The Fed will meet Sept. 20.", "2023-05-06", "2023-09-20"),
    # an independent review: a passive that is to come, irregular pasts, a leap day
    ("The album is released Sept. 20.", "2023-05-06", "2023-09-20"),
    ("The report, to be released Sept. 20, will say more.", "2023-05-06", "2023-09-20"),
    ("The summit was held on Aug. 1.", "2023-03-01", "2022-08-01"),
    ("Officials said Sept. 8 that it was over.", "2023-05-06", "2022-09-08"),
    ("He died Feb. 29.", "2024-01-10", "2024-02-29"),  # no earlier 29 February: no crash
    # a blind probe: a relative clause in the past, however far from the date's verb
    ("That infuriated his supporters, who searched for the vice president through the "
     "Capitol on Jan. 6.", "2023-08-01", "2023-01-06"),
    ("The festival, which drew crowds on Sept. 20, was a success.", "2023-05-02",
     "2022-09-20"),
    ("The team, which will play on Sept. 20, is ready.", "2023-05-02", "2023-09-20"),
    ("The city announced the bridge reopens on Sept. 20.", "2023-05-02", "2023-09-20"),
    # what will come is after publication however far ("will" only: what "would" come may
    # be past by now)
    ("Camilla will be crowned alongside Charles on May 6.", "2022-09-08", "2023-05-06"),
    ("Migrants had heard the border would close on Dec. 21.", "2022-12-27", "2022-12-21"),
    # an independent review: a "will" day just past is a copy that kept its "will"; a
    # relative clause that schedules, or goes on to another verb, is no past
    ("Officials said the bridge will reopen on Jan. 3.", "2023-01-06", "2023-01-03"),
    ("The vote, which was postponed to Sept. 20, will go ahead.", "2023-05-02", "2023-09-20"),
    ("The band, which announced a tour starting Sept. 20, sold out.", "2023-05-02",
     "2023-09-20"),
    ("Smith, who joined the club and plays his first game on Sept. 20, is fit.", "2023-05-02",
     "2023-09-20"),
])
def test_a_day_without_its_year_after_a_past_verb_is_before_publication(sentence, published,
                                                                        date):
    assert [t.date for t in find_times("a", sentence, published)] == [date]


def test_a_newspaper_named_for_its_day_dates_nothing():
    for sentence in ("According to The Mail on Sunday, the palace has a plan.",
                     "He told the Mail on Sunday that he would stay.",
                     "A Mail on Sunday investigation found more."):
        assert find_times("a", sentence, "2022-09-08") == [], sentence
    assert [t.date for t in find_times("a", "Rain fell across Scotland on Sunday.",
                                       "2022-09-08")] == ["2022-09-04"]


def test_a_run_of_days_that_would_come_stays_after_the_report():
    """An independent review: a second "will" pattern, named as the first, replaced it and
    put "would reopen Tuesday through Saturday" in the week before a Wednesday report."""
    got = [t.date for t in find_times("a", "The museum would reopen Tuesday through "
                                      "Saturday, officials said.", "2023-05-03")]
    assert got == ["2023-05-09", "2023-05-13"]


def test_a_range_of_days_after_a_past_verb_keeps_its_year():
    """"lasted Aug. 1 through Aug. 5": the end is in the start's year (it was split)."""
    got = [t.date for t in find_times("a", "The strike lasted Aug. 1 through Aug. 5.",
                                      "2023-03-01")]
    assert got == ["2022-08-01", "2022-08-05"]
