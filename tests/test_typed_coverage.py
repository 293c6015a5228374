"""Compare, timeline and attribution on the failures real coverage showed (issue 16): typed
slots, relevance gates, page furniture, speakers. Every article here is written for these
tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant.answer import model as answer_model
from assistant.answer.chain import Assistant
from assistant.answer.compare import (
    Asked,
    Comparison,
    Slot,
    accounts_of,
    agree,
    asked_slots,
    compare,
    current_values,
    qualifiers,
    question_verb,
    recalled,
    reported_after,
    reported_before,
    slot_kinds,
    slot_values,
)
from assistant.answer.compare.accounts import one_speaker
from assistant.answer.extractive import Evidence, answering
from assistant.answer.relevance import (
    Relevance,
    articles_about,
    lexical_match,
    passes,
    term_weights,
)
from assistant.answer.timeline import Event, Timeline, build, same_telling
from assistant.cli import app
from assistant.cli.coverage import reading_label
from assistant.config import AnswerSettings, RelevanceSettings
from assistant.evaluation.coverage import (
    CompareGold,
    regressions,
    same_value,
    score_compare,
)
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.nlp.actors import question_doer
from assistant.nlp.attribution import find_attributions, speaker_identity
from assistant.nlp.furniture import asks, is_furniture
from assistant.nlp.quantities import find_quantities
from assistant.nlp.timex import find_times
from assistant.types import Attribution, Citation, Passage, TimeMention
from assistant.ui import views
from tests.helpers import write_jsonl


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in find_quantities(sentence)]


# --- typed quantities ------------------------------------------------------------------------

def test_money_is_not_a_duration():
    assert kinds("The blackout cost local businesses millions of dollars.") == []
    assert kinds("Repairs will cost $4.5 million.") == [("money", "$4.5 million")]
    # "How long" asks for a duration: a sum of money is no answer to it
    how_long = asked_slots("How long did the Harlow power outage last?")
    assert [a.kind for a in how_long] == ["duration"]
    assert slot_values(how_long[0], "The outage cost the city $3 million.") == []
    assert [v for v, _ in slot_values(how_long[0], "The outage lasted 24 hours.")] == \
        ["24 hours"]


def test_the_length_of_a_thing_is_not_a_duration():
    # "How long is the border" asks miles: typed a duration, every account read "silent"
    # beside "Finland shares an 832-mile border with Russia"
    for length in ("How long is Finland's border with Russia?", "How long is the new bridge?",
                   "How long was the pipeline?"):
        assert [a.kind for a in asked_slots(length)] == [], length
    for duration in ("How long is the tunnel closed?", "How long will the bridge be closed?",
                     "How long is the wait for a kidney?", "How long was the strike?",
                     "How long was the ship stuck in the canal?",
                     "How long is the wait at the border?", "How long were the planes grounded?"):
        assert [a.kind for a in asked_slots(duration)] == ["duration"], duration


def test_a_road_number_is_not_a_count():
    got = kinds("Fourteen vehicles collided on Interstate 75 near Milton.")
    assert got == [("count", "Fourteen vehicles")]
    assert kinds("The fog bank stretched for 210 miles.") == [("distance", "210 miles")]
    for named in ("Route 9 was closed.", "Title 42 expires this week.",
                  "He won the Coca-Cola 600 twice.", "A 2019 crash there involved cars.",
                  "The No. 9 car led."):
        assert [k for k, _ in kinds(named) if k == "count"] == [], named


def test_a_year_before_a_comma_is_not_a_count():
    # "2023," once read as a number with a trailing comma, so no year check caught it and
    # "2023, floods" became a count of the dead
    assert kinds("In 2023, floods killed 40 people.") == [("count", "40 people")]
    assert kinds("The toll rose to 1,250 people, officials said.") == [("count", "1,250 people")]


def test_a_count_counts_its_noun_and_the_dead_whatever_word_names_them():
    dead = [q for s in ("A storm capsized the ferry, killing 12 miners.",
                        "Twenty miners died in the collapse.",
                        "The death toll rose to 20 on Tuesday.",
                        "At least six people are dead after the crash.")
            for q in find_quantities(s) if q.kind == "count"]
    assert [(q.value, q.unit) for q in dead] == [(12, "dead"), (20, "dead"), (20, "dead"),
                                                 (6, "dead")]
    ferry = find_quantities("The ferry was carrying 86 passengers.")
    assert [(q.value, q.unit) for q in ferry] == [(86, "passenger")]
    assert [(a.kind, a.noun) for a in asked_slots(
        "How many people died when the ferry capsized?")] == [("count", "dead")]  # no date


def test_increments_are_not_totals():
    assert [q for q in find_quantities("Rescuers recovered eight more bodies.")
            if q.kind == "count"] == []
    assert [q for q in find_quantities("Another 800 people camped nearby.")
            if q.kind == "count"] == []


def test_values_of_one_meaning_agree_and_different_ones_do_not():
    def one(s: str):
        return find_quantities(s)[0]

    assert one("It lasted 24 hours.").agrees(one("It lasted a day."))
    assert one("Donors gave more than $4 million.").agrees(one("Donors gave $4.3 million."))
    assert not one("The strike lasted three days.").agrees(one("The strike lasted four days."))
    assert not one("It cost $3 million.").agrees(one("It lasted 3 hours."))  # kinds differ


# --- page furniture and dates ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "AP", "CNN —", "Contributing: Trevor Hughes, USA TODAY; The Associated Press",
    "Candy Woodall is a Congress reporter for USA TODAY.",
    "November:FBI director says the app poses a threat",
    "A screen grab shows a post by the player, uploaded on January 11, 2022.",
    "Here is what to expect this week:", "SUNDAY'S RESULTS",
    "How to watch Ana Ruiz on Sunday at the national championships",
    "From USA TODAY Network and wire reports", "From staff and wire reports",
    "Kyodo News Stills via Getty Images Pelé and Diego Maradona pose for a photo in 2016.",
    # from a CLI walk-through over 2024 coverage: timeline events that were the page's own
    "Here is the latest info on the mission.",
    "Note: We've brought you a front-row seat to Florida rocket launches since 1966.",
    "For the latest news on Beryl, please follow USA TODAY's live updates on the storm for "
    "Tuesday, July 9.",
    "To empower the journalism behind IndyStar, please consider a subscription.",
])
def test_bylines_credits_captions_and_links_are_furniture(line: str):
    assert is_furniture(line)


def test_a_short_sentence_of_news_is_not_furniture():
    assert not is_furniture("Benedict died Saturday.")
    assert not is_furniture("Claudio Carranca, 32, a salesman, said: “I never saw him play.”")
    assert not is_furniture("From wire reports, the toll rose to 12 on Friday.")
    assert not is_furniture("A few lucky travelers will also have a front-row seat with "
                            "unobstructed views.")
    # the promo lines' words inside a sentence of news (an independent review)
    assert not is_furniture("Here's the latest sign the economy is slowing: GDP grew 1.1%.")
    assert not is_furniture("Officials urged residents to subscribe to get alerts, the county "
                            "said Monday.")
    assert not is_furniture("The campaign posted live updates: Trump led by 20 points.")


def test_the_outlets_request_for_comment_is_no_event_but_a_refusal_to_comment_is():
    from assistant.nlp.furniture import asks_for_comment
    assert asks_for_comment("A spokeswoman did not immediately respond Wednesday morning to "
                            "USA TODAY's request to comment on the court filing.")
    assert asks_for_comment("Clark did not return a request for comment.")
    assert asks_for_comment("Police could not be reached Sunday.")
    assert asks_for_comment("Messages left with his attorney were not returned Friday.")
    assert asks_for_comment("CNN has reached out to the White House for comment.")
    assert not asks_for_comment("Meta declined to comment Monday about the layoffs.")
    # news of someone not answering others
    assert not asks_for_comment("The Kremlin did not respond to Western calls for a truce.")
    assert not asks_for_comment("Officers did not respond to 911 calls for 77 minutes.")
    assert not asks_for_comment("Biden did not respond to shouted questions on Friday.")
    assert not asks_for_comment("The village could not be reached by road on Sunday.")


def test_dates_are_read_in_their_own_clause():
    def dates(text: str, published: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, published)}

    # 2023-05-04 is a Thursday: "confirmed on Tuesday" is past, although "would" follows
    assert dates("The Pentagon confirmed on Tuesday it would deploy troops.", "2023-05-04") == \
        {"on Tuesday": "2023-05-02"}
    assert dates("The governor is slated to announce his bid Wednesday.", "2023-05-23") == \
        {"Wednesday": "2023-05-24"}
    # a month and day without a year: the one nearest publication
    assert dates("He needs 218 votes to become speaker on January 3.", "2022-12-19") == \
        {"January 3": "2023-01-03"}
    assert dates("Contributing: Ella Lee, USA TODAY", "2023-05-08") == {}
    assert dates("The world No. 1 may still face deportation.", "2022-01-11") == {}
    assert dates("By 1964 he was known. By the next year his song was a hit.",
                 "2023-05-01") == {}
    assert dates('"Memphis rap is global today."', "2023-01-02") == {}  # nowadays
    assert dates("The court ruled today.", "2023-01-02") == {"today": "2023-01-02"}


@pytest.mark.parametrize("sentence", [
    "Officials extended the curfew until Friday.",
    "The judge adjourned the hearing until Friday.",
    "He gave lawmakers until Friday to respond.",
    "The museum announced it is closed until Friday.",
    "A heat advisory issued by forecasters is in effect until Friday.",
])
def test_a_deadline_set_in_the_past_is_still_to_come(sentence):
    """An independent review of a rule that read "until" after a past verb as looking back
    ("We were fine until ... on Friday"): these deadlines, set in the past, fell before their
    report. The rule was dropped; these stay the Friday to come (2023-03-13 is a Monday)."""
    assert [m.date for m in find_times("t", sentence, "2023-03-13")] == ["2023-03-17"]


@pytest.mark.xfail(strict=True, reason="left: a past state told up to a day is read as a "
                   "deadline to come (docs/eval.md, tenth stop)")
def test_a_past_state_until_a_weekday_looks_back():
    # 2023-03-13 is a Monday: the SVB chief spoke of the Friday before
    found = find_times("t", "“We were fine until the last couple of hours on Friday.”",
                       "2023-03-13")
    assert [m.date for m in found] == ["2023-03-10"]


def test_what_would_have_happened_on_a_weekday_is_past():
    """A blind walk-through's timeline of the Boeing Starliner put "Monday's launch would
    have been the third and final orbital flight test" (a report of Tuesday 7 May 2024, after
    the launch was scrubbed on the Monday) on the Monday to come."""
    def dates(text: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, "2024-05-07")}

    assert dates("Monday's launch would have been the third and final test flight.") == \
        {"Monday": "2024-05-06"}
    assert dates("Friday's vote would have given the council control of the budget.") == \
        {"Friday": "2024-05-03"}
    # "would", "will" and "would have to" still look ahead
    assert dates("Friday's vote would give the council control of the budget.") == \
        {"Friday": "2024-05-10"}
    assert dates("Monday's launch will be the third flight test.") == {"Monday": "2024-05-13"}
    assert dates("The budget would have to be approved by Friday.") == {"Friday": "2024-05-10"}
    # ... and so does "would have" with a noun (an independent review), past in other forms
    assert dates("Lawmakers would have the final say on Friday.") == {"on Friday": "2024-05-10"}
    assert dates("Monday's launch would've been the third test.") == {"Monday": "2024-05-06"}
    assert dates("Monday's launch would probably have been the third test.") == \
        {"Monday": "2024-05-06"}


def test_a_weekday_followed_by_its_date_is_that_date_even_with_a_time_of_day():
    """A web UI walk-through's timeline put "On Monday afternoon, April 8, a total eclipse of
    the sun will cross over a dozen states" (a report of Wednesday 3 April 2024) on 1 April."""
    found = find_times("t", "On Monday afternoon, April 8, a total eclipse of the sun will "
                       "cross over a dozen states.", "2024-04-03")
    assert [(m.text, m.date) for m in found] == [("April 8", "2024-04-08")]


def test_last_and_a_weekday_is_neither_today_nor_yesterday():
    def dates(text: str, published: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, published)}

    # 2022-09-16 is a Friday: "last Thursday" is 8 September, "Thursday" the day before
    assert dates("The Queen died last Thursday.", "2022-09-16") == \
        {"last Thursday": "2022-09-08"}
    assert dates("The coffin arrived Thursday.", "2022-09-16") == {"Thursday": "2022-09-15"}
    # in Monday's paper, "last Wednesday" is five days before, and "last Monday" a week
    assert dates("Police said so last Wednesday.", "2017-05-01") == \
        {"last Wednesday": "2017-04-26"}
    assert dates("He spoke last Monday.", "2022-02-07") == {"last Monday": "2022-01-31"}


def test_a_records_reference_point_is_not_the_events_date():
    def dates(text: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, "2023-01-05")}

    assert dates("Shares fell to $1.82, their lowest level since November 1992.") == {}
    assert dates("It was the first time since 2019 that the club won the cup.") == {}
    # a plain "since" or "in" still dates the sentence
    assert dates("More than 20 people have died since Monday.") == {"Monday": "2023-01-02"}
    assert dates("The chain closed 150 stores in August.") == {"August": "2022-08"}


def test_a_date_after_since_is_on_or_before_publication():
    def dates(text: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, "2023-01-05")}

    # April 3 nearest to 5 January 2023 would be 2023-04-03, still to come; "since" says past
    assert dates("The stores have been closed since April 3.") == {"April 3": "2022-04-03"}
    assert dates("Workers have been furloughed since April.") == {"April": "2022-04"}
    assert dates("Sales have fallen since 2019.") == {"2019": "2019"}


def test_a_lede_that_dates_itself_on_the_publication_day_is_one_event():
    text = ("NEW YORK – The retailer warned on Thursday that it may need to file for "
            "bankruptcy. In August, it said it would close stores.")
    published = "2023-01-05"  # a Thursday
    passage = article_a1(text, "Retailer warns", published)
    events = build("retailer bankruptcy", [passage], find_times("a1", text, published),
                   {"a1": text}).events
    assert [(e.date, e.citation.quote[:30]) for e in events] == [
        ("2022-08", "In August, it said it would cl"),
        ("2023-01-05", "NEW YORK – The retailer warned"),
    ]


def test_a_lede_that_dates_itself_another_day_is_not_also_the_publication():
    # a blind timeline probe over newsbench-dev: the lede "... on Thursday as members ousted
    # two ..." stood at Thursday and again at Friday, its report's day ("published")
    text = ("NASHVILLE – The state House voted on Thursday to expel two members. "
            "The vote drew protests.")
    published = "2023-04-07"  # a Friday
    passage = article_a1(text, "House expels two", published)
    events = build("House expulsion", [passage], find_times("a1", text, published),
                   {"a1": text}).events
    assert [(e.date, e.expression) for e in events] == [("2023-04-06", "on Thursday")]
    # a lede that only recalls another time still places its report's publication
    text = "Mauna Loa, which last erupted in 1984, is erupting, scientists said. Lava moved."
    published = "2022-11-28"
    passage = article_a1(text, "Mauna Loa erupts", published)
    timeline = build("Mauna Loa eruption", [passage], find_times("a1", text, published),
                     {"a1": text})
    assert [(e.date, e.expression) for e in timeline.events] == [("2022-11-28", "published")]


def test_a_caption_led_by_its_photo_credit_is_furniture():
    for line in ["Ramon Espinosa/AP A Cuban family carries belongings through Havana on Monday.",
                 "Phelan M. Ebenhack/AP A manager installs hurricane panels on Monday.",
                 "Mark Mulville/The Buffalo News/AP People snowshoe through streets on Sunday.",
                 "Kim Hong-ji/Reuters A woman reacts outside the subway station."]:
        assert is_furniture(line), line
    # a slash in a sentence's own words
    assert not is_furniture("The Pfizer/BioNTech vaccine is approved for people 16 and older.")
    assert not is_furniture("Pfizer/BioNTech said on Monday it would seek approval.")


def test_a_pages_own_lines_from_the_blind_timeline_probe_are_furniture():
    for line in ["Bruins: Host the Tampa Bay Lightning on Tuesday.",
                 "Hurricanes: At Calgary on Saturday.",
                 "Find Thursday’s coverage here.", "Read our full coverage here.",
                 "For the latest on Hamlin, visit our live updates here.",
                 "Here's our latest coverage of Hamlin.",
                 "For the latest on the U.S. banking crisis, visit our live updates here.",
                 "Here's our latest coverage of the St. Louis floods.",
                 "Use CNN’s lite site for low bandwidth.",
                 "To get it in your inbox, sign up for free here.",
                 "You also can text or WhatsApp your Ian stories to CNN +1 332-261-0775."]:
        assert is_furniture(line), line
    # an independent review's sentences of news, which a first version took for furniture
    for line in ["Biden: At the White House, leaders agreed to a plan on Tuesday.",
                 "Oscars: Hosts Jimmy Kimmel and Tina Fey drew laughs on Sunday.",
                 "Jackson: At the Jackson Cupboard food bank, Ash Hermanowski oversees it.",
                 "New York/New Jersey is a host with an edge at nabbing the final.",
                 "Los Angeles/Long Beach ports handled record cargo on Tuesday.",
                 "While Buccini/Pollin had hoped to start demolition in December.",
                 "The budget funds vaccines, scientific advancements and more.",
                 "Here are the updates the FDIC gave on Friday about deposits.",
                 "Here are the latest updates on Friday: the FDIC sold Harlow Savings to "
                 "Ashby Bank.",
                 "Here is our live coverage: 12 dead, 40 hurt after the quake on Friday.",
                 "For the latest quarter, the bank reported updates to its loan book."]:
        assert not is_furniture(line), line


def test_a_third_blind_timeline_probes_page_lines_are_furniture():
    """Uvalde's timeline was 19 gallery captions credited "Matthew Busch for CNN", and a
    video link's line stood as an event."""
    for line in ["Matthew Busch for CNN A prayer vigil is held in Uvalde on May 25.",
                 "Adriana Zehbrauskas for CNN A group of migrants rest at a shelter.",
                 "Video Ad Feedback DOJ to force White House officials to testify about "
                 "Trump's actions on Jan. 6 02:34 - Source: CNN",
                 "Why one former diplomat is worried about Pelosi's visit to Taiwan 02:58 - "
                 "Source: CNN", "Taylor Glascock for CNN"]:
        assert is_furniture(line), line
    for line in ["Jake Tapper for CNN said on Tuesday that it was over.",
                 "John Smith wrote for CNN Opinion on Monday about the vote.",
                 "The feedback from viewers was mixed, the network said on Monday."]:
        assert not is_furniture(line), line


def test_weekdays_in_a_row_are_days_in_a_row():
    def dates(text: str, published: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, published)}

    # 2022-09-25 is a Sunday: alone, "Tuesday" was read as five days before, after a Monday
    # read as the next day
    assert dates("Additional strengthening is forecast tonight, followed by more rapid "
                 "strengthening on Monday and Tuesday.", "2022-09-25") == {
        "tonight": "2022-09-25", "on Monday": "2022-09-26", "Tuesday": "2022-09-27"}
    # 2024-08-09 is a Friday: "planned" read Thursday alone as the Thursday to come
    assert dates("Her three planned shows on Thursday, Friday and Saturday were canceled.",
                 "2024-08-09") == {"on Thursday": "2024-08-08", "Friday": "2024-08-09",
                                   "Saturday": "2024-08-10"}
    # said with "will", every day is to come (2022-06-01 is a Wednesday)
    assert dates("The stores will reopen Tuesday through Saturday.", "2022-06-01") == {
        "Tuesday": "2022-06-07", "Saturday": "2022-06-11"}
    # out of order, the same day twice, or a possessive after a comma: each keeps its own
    # reading (2023-04-10 is a Monday)
    assert dates("Rain fell Sunday, Saturday and Friday.", "2023-04-10") == {
        "Sunday": "2023-04-09", "Saturday": "2023-04-08", "Friday": "2023-04-07"}
    assert dates("On Thursday, Monday's ruling was appealed.", "2023-04-07") == {
        "On Thursday": "2023-04-06", "Monday": "2023-04-03"}
    # a weekday set beside its date is that date
    assert dates("When: Sunday 18 December 2022", "2022-12-14") == {
        "Sunday": "2022-12-18", "18 December 2022": "2022-12-18"}


def test_a_day_and_month_takes_the_year_of_the_day_it_runs_to():
    def dates(text: str, published: str) -> dict[str, str]:
        return {m.text: m.date for m in find_times("t", text, published)}

    assert dates("The probe should hit the asteroid between 26 September and 1 October 2022.",
                 "2021-11-25") == {"26 September": "2022-09-26",
                                   "1 October 2022": "2022-10-01"}
    assert dates("The festival ran from December 28 to January 3, 2023.", "2023-03-01") == {
        "December 28": "2022-12-28", "January 3, 2023": "2023-01-03"}
    assert dates("The massacre happened from May 31 to June 1, 1921.", "2020-02-06") == {
        "May 31": "1921-05-31", "June 1, 1921": "1921-06-01"}
    # back along a list; and a day that year has not keeps its own reading
    assert dates("The festival ran on Sept. 26, Sept. 28 and Oct. 1, 2022.", "2021-11-25") == {
        "Sept. 26": "2022-09-26", "Sept. 28": "2022-09-28", "Oct. 1, 2022": "2022-10-01"}
    assert dates("The sale ran from February 29 to March 3, 2023.", "2024-05-01") == {
        "February 29": "2024-02-29", "March 3, 2023": "2023-03-03"}


# --- attribution -----------------------------------------------------------------------------

def said(text: str) -> dict[str, tuple[str, str | None]]:
    return {text[a.sentence_start:a.sentence_end]: (a.speaker, a.speaker_name)
            for a in find_attributions("t", text)}


def test_a_quote_that_goes_on_keeps_its_speaker():
    text = ('"Every patient is different," Dr. Ana Ruiz said. "We cannot credit the team '
            'enough." The hospital opened in 1990.')
    got = said(text)
    assert got['"We cannot credit the team enough."'][0] == "Dr. Ana Ruiz"
    assert "The hospital opened in 1990." not in got


def test_speakers_after_an_opening_phrase_or_with_a_prepositional_phrase():
    got = said("During a news conference Wednesday, Sen. Mara Lind, R-Ore., said the plan "
               "was reckless. Scientists at the university say the find is rare. The bridge "
               "closed, a spokesperson for the city said.")
    assert got["During a news conference Wednesday, Sen. Mara Lind, R-Ore., said the plan "
               "was reckless."][0] == "Sen. Mara Lind"
    assert got["Scientists at the university say the find is rare."][0] == \
        "Scientists at the university"
    assert got["The bridge closed, a spokesperson for the city said."][0] == \
        "a spokesperson for the city"


def test_the_us_leader_is_the_us_president_the_article_named():
    text = ("Presidents Anna Berg of Norland and John Carver of the US spoke by phone. "
            '"We had a great call," the US leader told reporters.')
    speaker, name = said(text)['"We had a great call," the US leader told reporters.']
    assert speaker == "the US leader" and name == "John Carver"
    # no one named for that country: the role stays unresolved
    assert said('"We had a great call," the US leader told reporters.')[
        '"We had a great call," the US leader told reporters.'] == ("the US leader", None)



def test_a_question_quote_and_the_speaker_after_it_are_one_sentence():
    from assistant.nlp.sentences import split_sentences
    text = ('"Why would anyone drive in this fog?" Harbor Patrol Capt. Lena Ortiz said. '
            '"Stay home!" the mayor said. The road reopened at noon.')
    assert split_sentences(text) == [
        '"Why would anyone drive in this fog?" Harbor Patrol Capt. Lena Ortiz said.',
        '"Stay home!" the mayor said.', "The road reopened at noon."]
    # a quoted question followed by a sentence of its own stays apart
    assert split_sentences('"Is it over?" The crowd went silent.') == [
        '"Is it over?"', "The crowd went silent."]
    # dotted initials are no sentence end
    assert split_sentences('"We were lucky," said coach T.J. Vance. He left.') == [
        '"We were lucky," said coach T.J. Vance.', "He left."]
    got = said('"Why would anyone drive in this fog?" Harbor Patrol Capt. Lena Ortiz said.')
    assert next(iter(got.values()))[0] == "Harbor Patrol Capt. Lena Ortiz"


def test_long_noun_phrase_speakers_and_roles_in_lower_case():
    text = ("The clinic where she had been treated said she was recovering. "
            "Neighbors living on the block said the fire started at dawn. "
            "The owner of the corner bakery told reporters that sales had doubled. "
            "Two passengers and a driver said the bus braked hard. "
            "The ferry was late, officials said. "
            '"We will rebuild," coach Tom Avery said. '
            "The pier will close for a week, said the harbor authority. "
            "One resident, Mila Hart, said her brother had seen the flames.")
    got = {k: v[0] for k, v in said(text).items()}
    assert got["The clinic where she had been treated said she was recovering."] == \
        "The clinic where she had been treated"
    assert got["Neighbors living on the block said the fire started at dawn."] == \
        "Neighbors living on the block"
    assert got["The owner of the corner bakery told reporters that sales had doubled."] == \
        "The owner of the corner bakery"
    assert got["Two passengers and a driver said the bus braked hard."] == \
        "Two passengers and a driver"
    assert got["The ferry was late, officials said."] == "officials"
    assert got['"We will rebuild," coach Tom Avery said.'] == "coach Tom Avery"
    assert got["The pier will close for a week, said the harbor authority."] == \
        "the harbor authority"
    # the name in the appositive is the speaker, and "her brother" (the subject of what
    # she said) is not
    assert got["One resident, Mila Hart, said her brother had seen the flames."] == "Mila Hart"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a name, an appositive, "said" and a clause: the clause is what was said
    ("John Smith, the mayor, said the city would recover.", "John Smith"),
    ("Zoya Hasan, a political scientist, said the vote was close.", "Zoya Hasan"),
    ("Tracy Hodel, public services director, said the improvements are related to water "
     "quality.", "Tracy Hodel"),
    ("Zoya Hasan, a political scientist and fellow at the Indian Council of Social Science "
     "Research, said the vote was close.", "Zoya Hasan"),
    # "Will" is a name here, not a verb
    ("It could affect thousands, said Will Wallace, senior food policy analyst for Consumers "
     "Union.", "Will Wallace"),
    # an organisation with its acronym, and "for" inside a name
    ("About 22 million Kenyans registered to vote, the country’s electoral body (IEBC) said.",
     "the country’s electoral body (IEBC)"),
    ("The Centers for Disease Control and Prevention said the virus reached 12 states.",
     "The Centers for Disease Control and Prevention"),
    # when is not who
    ("Rescuers found 12 people, said the fire department on Monday.", "the fire department"),
    # the inverted form still reads as before
    ("The city will recover, said the mayor.", "the mayor"),
    ("Smith, Jones and Brown all agreed, said the mayor.", "the mayor"),
    # a subject, its appositive and a predicate before an inverted "said" (from a review)
    ("Brazil, the region's largest economy, grew 3 percent last year, said the International "
     "Monetary Fund.", "the International Monetary Fund"),
    ("Microsoft, meanwhile, plans to hire 2,000 engineers, said Brad Smith, the company's "
     "president.", "Brad Smith"),
    # "late", "early" and "last" describe the speaker unless a time follows them
    ("He was a man of principle, said the late senator's widow.", "the late senator's widow"),
    ("The company was mismanaged, said an early investor.", "an early investor"),
    ("The vote was rigged, said the opposition late on Sunday.", "the opposition"),
    # a relative clause may hold an auxiliary; an opening phrase of time is no speaker
    ("We waited six hours, said a man who had driven from Ohio.",
     "a man who had driven from Ohio"),
    ("On Tuesday, Smith, a former prosecutor, said he would appeal.", "Smith"),
    ("However, Johnson, 62, said the plan made sense.", "Johnson"),
    # a determiner and a role with its appositive; a plural role at the end
    ("The report, released on Tuesday, said the economy shrank in March.", "The report"),
    ("The shelter was full by midnight, volunteers said.", "volunteers"),
    # "according to" names a source whatever its words; a speaker never ends in a preposition
    ("The deal is worth $3 billion, according to people familiar with the matter.",
     "people familiar with the matter"),
    ("According to recent polls, the race is tied.", "recent polls"),
    ("Turnout was 61%, according to the state election office on Monday.",
     "the state election office"),
    # "on" inside a name, not before a date
    ("The treaty is dead, said the Council on Foreign Relations.",
     "the Council on Foreign Relations"),
    ("Rescuers found 12 people, said the fire department on March 3.", "the fire department"),
    # a day after an "according to" source is when it spoke, not part of who
    ("The state will delay the law, according to an agreement Friday.", "an agreement"),
    ("Cases rose to 74, according to county health data from Tuesday.", "county health data"),
    # a dateline opens the story, not the speaker's name
    ("PALM SPRINGS, Calif. – California Gov. Gavin Newsom announced Sunday that he will ask "
     "for aid.", "California Gov. Gavin Newsom"),
    # "tweeted" and "noted" before the speaker; a short claim in quotes is a claim
    ('"This could be a deadly storm," tweeted AccuWeather meteorologist Ariella Scalese.',
     "AccuWeather meteorologist Ariella Scalese"),
    ("Wholesale prices rise in the winter, noted Brian Earnest, an economist.",
     "Brian Earnest"),
    ('"Not yet," Biles added.', "Biles"),
    # a participle after the cue may carry a quotation
    ("Four more storms are coming, Gov. Gavin Newsom's office tweeted Tuesday, warning "
     'residents to "continue to prepare."', "Gov. Gavin Newsom's office"),
    ("Shortly after the vote, the senator said the bill was dead.", "the senator"),
    # found by an independent review of the rules above
    ("WASHINGTON (AP) — President Joe Biden said Tuesday that the economy is strong.",
     "President Joe Biden"),
    ('In his letter, Smith continued: "We cannot allow this to happen again."', "Smith"),
    ("On Tuesday, Axios reports, the White House will announce new tariffs.", "Axios"),
    ('"We will win," posted former President Donald Trump on Truth Social.',
     "former President Donald Trump"),
    ("Sales rose 10%, according to Adobe Analytics data on Cyber Monday.",
     "Adobe Analytics data on Cyber Monday"),
    ("The man fled, according to a police report filed late Sunday night.", "a police report"),
    # a day between the speaker and the verb is when, not who
    ("China's foreign ministry on Thursday said the drills were a warning.",
     "China's foreign ministry"),
    ("The mayor on Monday said the city would recover.", "The mayor"),
    # "according to" a reporter of the saying: the one who said it speaks
    ('"I tried calling her many times," he said, according to NHK.', "he"),
    ('"We are devastated," the father told reporters, according to Reuters.', "the father"),
    ("Wickremesinghe declared a state of emergency on Wednesday, according to the prime "
     "minister's office.", "the prime minister's office"),
    # a cue's "to" counts only where the cue stands
    ("The mayor continued: prices continued to rise in the city.", "The mayor"),
])

def test_a_speaker_is_a_noun_phrase_never_the_clause_after_said(sentence: str, speaker: str):
    (got,) = find_attributions("a", sentence)
    assert got.speaker == speaker

@pytest.mark.parametrize("sentence", [
    "Under the state's open records law, the Associated Press sought reports that the governor "
    "required under a March executive order calling for hospitals to report deaths and "
    "infections in nursing homes.",
    "Under Murphy, the State Investment Council has continued to cut its holdings.",
    "When Fox News called the race for the governor, the crowd cheered.",
    "If confirmed, it would be the third such attack in eight days.",
    "The findings, noted Thursday in a CDC report, suggest a rise in cases.",
    # a cue that goes on with an act: "continues to move" says nothing
    "The powerful system continues to move away from the Northeast, yet towns remain covered.",
    "The company continued to cut jobs through the spring.",
    # a cue word someone owns is a noun: the answer showed "said by The indictment singles
    # out Trump"
    "The indictment singles out Trump's claims of large numbers of dead or other ineligible "
    "citizens who voted, \"suspicious vote dumps\" that hurt Trump’s chances.",
    "The agency’s reports show a rise in cases.",
    # a blind probe's garbled speakers: "Early", "What doctors"
    "Early reports suggested the bank had run out of cash.",
    "What doctors said next surprised the team.",
])
def test_no_speaker_after_a_leading_phrase_without_a_saying(sentence: str):
    assert find_attributions("a", sentence) == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a company named in the possessive speaks (an independent review)
    ("Moody's said the outlook for Harlow banks was negative.", "Moody"),
    ("Macy's told investors that sales fell.", "Macy"),
    # an adjective after "reports" leaves it a saying
    ("Reuters reports armed men stormed the Harlow building on Friday.", "Reuters"),
])
def test_a_possessive_or_reports_before_a_saying_still_names_the_speaker(sentence: str,
                                                                          speaker: str):
    assert [a.speaker for a in find_attributions("a", sentence)] == [speaker]


def test_said_then_a_clause_after_of_names_no_speaker():
    """A walk-through's compare credited "The rest" with what Michael Narlock said."""
    assert find_attributions("a", "The head of astronomy at the museum, Michael Narlock, said "
                             "the rest of the state will get about 98% coverage.") == []
    (got,) = find_attributions("a", '"We will rebuild," said the mayor of Springfield on '
                               "Monday.")
    assert got.speaker == "the mayor of Springfield"


@pytest.mark.parametrize(("sentence", "speaker", "claim"), [
    # an independent review of the rules above: a claim that opens like an opening phrase
    # but has its verb is still a claim
    ("This was a deliberate attack, police said.", "police", "This was a deliberate attack"),
    ("Now is not the time to cut taxes, the senator said.", "the senator",
     "Now is not the time to cut taxes"),
    ("Last year was the hottest on record, the agency said.", "the agency",
     "Last year was the hottest on record"),
    ("This is the end of an era, he said on Monday.", "he", "This is the end of an era"),
    # an opening phrase is not: the words after "said" are the claim
    ("After the vote, the mayor said the bridge would reopen.", "the mayor",
     "the bridge would reopen"),
    # a relative clause after "of" describes the speaker
    ('"It\'s over," said the father of two whose son was killed in the crash.', "the father",
     "It's over"),
    ('"We will rebuild," said the mayor of the town that was hit hardest.', "the mayor",
     "We will rebuild"),
    # a company named in the possessive after a conjunction still speaks
    ("But Moody's downgraded the bank's debt on Tuesday, saying its capital was too thin.",
     "Moody", "its capital was too thin"),
])
def test_the_narrowed_rules_keep_ordinary_attributions(sentence, speaker, claim):
    (got,) = find_attributions("a", sentence)
    assert (got.speaker, sentence[got.claim_start:got.claim_end]) == (speaker, claim)


def test_declared_a_winner_is_no_saying():
    """A related-link line, "Mexico elects first female president, Claudia Sheinbaum declared
    winner in historic election", was shown as said by Claudia Sheinbaum."""
    assert find_attributions("a", "More:Mexico elects first female president, Claudia "
                             "Sheinbaum declared winner in historic election") == []
    (got,) = find_attributions("a", "The vote was fair, the commission declared on Monday.")
    assert got.speaker == "the commission"


def test_a_said_clause_with_its_own_subject_does_not_invert():
    got = said("The station was closed for repairs, said she had been told by the staff.")
    assert got == {}  # "she" is the subject of the reported clause, not a speaker
    # "told X" names the listener, not the speaker
    got = said('"The water is safe," Mayor Ann Cole, a chemist by training, told CNN.')
    assert next(iter(got.values()))[0] == "Mayor Ann Cole"


# --- relevance -------------------------------------------------------------------------------

def test_sharing_one_word_with_a_topic_is_a_weak_lexical_match():
    weights = term_weights("Damar Hamlin", lambda t: {"damar": 5.0, "hamlin": 3.0}.get(t, 1.0))
    assert lexical_match(weights, "Denny Hamlin won at Watkins Glen.") == pytest.approx(3 / 8)
    assert lexical_match(weights, "Damar Hamlin collapsed on the field.") == 1.0


def test_the_fit_script_keeps_what_the_gate_passes():
    from eval.fit_relevance import keep

    rng = np.random.default_rng(0)
    t = RelevanceSettings()
    rows = rng.uniform(-0.2, 1.0, size=(300, 6))
    mine = keep(rows, t.model_dump())
    theirs = [passes(Relevance(lexical=r[0], semantic=r[1], context_lexical=r[2],
                               context_semantic=r[3], article_lexical=r[4],
                               article_semantic=r[5]), t) for r in rows]
    assert list(mine) == theirs


# --- the eval's coverage metrics ---------------------------------------------------------------

def test_values_match_labels_by_meaning():
    assert same_value("duration", "24 hours", "a day")
    assert same_value("count", "65,000", "An estimated 65,000 people")
    assert same_value("date", "2024-03-08", "2024-03-08 (on Friday)")
    assert not same_value("money", "$3 million", "$4.5 million")


def test_a_contradiction_the_labels_deny_is_counted_false():
    from assistant.answer.compare import Account, Comparison, Slot

    c = Comparison(question="q", by="outlet", accounts=[Account(label="a.com"),
                                                        Account(label="b.com")],
                   slots=[Slot(kind="count", noun="dead", contradiction=True,
                               reported_by={"12 people": ["a.com"], "15 people": ["b.com"]})])
    gold = CompareGold(id="x", question="q", slots=[{
        "kind": "count", "values": {"a.com": ["12"], "b.com": ["12"]}, "conflict": False}])
    n, _ = score_compare(gold, c)
    assert n["compared"] == 1 and n["false"] == 1
    assert n["reported"] == 2 and n["right"] == 1 and n["gold"] == 2 and n["found"] == 1


def test_the_gate_fails_a_rate_that_rises():
    base = {"compare": {"false_contradiction_rate": 0.0, "slot_precision": 0.9}}
    assert regressions({"compare": {"false_contradiction_rate": 0.1, "slot_precision": 0.9}},
                       base, 0.02) == ["compare false_contradiction_rate rose 0.100 "
                                       "(0.000 -> 0.100)"]
    assert regressions({"compare": {"false_contradiction_rate": 0.0, "slot_precision": 0.95}},
                       base, 0.02) == []


# --- through the chain, on small written coverage ----------------------------------------------

HAMLIN = [
    {"id": "d1", "title": "Bills safety Damar Hamlin collapses on the field",
     "outlet": "sportsdesk.example", "published": "2023-01-03",
     "text": "Bills safety Damar Hamlin collapses on the field\n\nAP\n\nBuffalo Bills safety "
             "Damar Hamlin collapsed on Monday night after a tackle in the first quarter, "
             "and medics restored his heartbeat on the field. On Tuesday, the Bills said "
             "Damar Hamlin remained in critical condition.\nContributing: Jo Bell, USA TODAY"},
    {"id": "d2", "title": "Denny Hamlin wins at Watkins Glen despite back spasms",
     "outlet": "racingwire.example", "published": "2016-08-07",
     "text": "Denny Hamlin wins at Watkins Glen despite back spasms\n\nDenny Hamlin won the "
             "road-course race at Watkins Glen on Sunday despite back spasms. He broke his "
             "back in a crash in 2013, and he missed the final turn at Sonoma in June."},
]


def test_an_off_topic_article_adds_no_timeline_event_and_a_byline_is_not_one(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "h.jsonl", HAMLIN))], index)
    t = Assistant(index).timeline("Damar Hamlin")
    assert t.events, "the article about Damar Hamlin has dated events"
    assert all(e.citation.article_id == "d1" for e in t.events)  # Denny Hamlin: nothing
    quotes = [e.citation.quote for e in t.events]
    assert not any(q.startswith(("Contributing", "AP")) for q in quotes)
    assert any("collapsed on Monday night" in q for q in quotes)
    published = next(e for e in t.events if e.expression == "published")
    assert published.citation.quote == HAMLIN[0]["title"]  # its first line of news, not "AP"


_ITEMS = [
    ("Alabama", "Montgomery: A teachers' group said children are returning to classrooms before "
                "their quarantine ends, putting students and staff at risk of infection."),
    ("Alaska", "Juneau: The state ferry system will run a reduced winter schedule because two "
               "of its oldest vessels need repairs to their hulls and engines."),
    ("Arizona", "Phoenix: A new museum hangar shows the last remaining plane of its model, a "
                "silver airliner restored by volunteers over eleven years of work."),
    ("Arkansas", "Little Rock: The state fair broke its attendance record as more than half a "
                 "million visitors came for the livestock shows and the carnival rides."),
    ("California", "Sacramento: Officials opened three new cooling centres as temperatures "
                   "climbed above 105 degrees for the fifth day in a row across the valley."),
    ("Colorado", "Denver: The zoo welcomed two snow leopard cubs, the first born there in a "
                 "decade, and keepers said both were healthy and nursing well."),
    ("Delaware", "Dover: Gov. John Carney on Tuesday vetoed a bill to legalize recreational "
                 "marijuana, saying legalization of marijuana for adults is not in the best "
                 "interests of Delaware."),
]
DIGEST = {"id": "n50", "title": "News from around our 50 states", "outlet": "nation.example",
          "published": "2022-05-27",
          "text": "From USA TODAY Network and wire reports\n\n"
                  + "\n\n".join(f"{state}\n\n{item}" for state, item in _ITEMS)}
VETO = {"id": "v1", "title": "Delaware governor vetoes marijuana legalization bill",
        "outlet": "delawaredaily.example", "published": "2022-05-25",
        "text": "Delaware governor vetoes marijuana legalization bill\n\nDelaware Gov. John "
                "Carney vetoed the bill to legalize recreational marijuana on Tuesday, and "
                "supporters of legalization said they would try to override the veto."}


def test_a_digest_whose_opening_is_another_story_places_no_report_on_the_timeline(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "d.jsonl", [DIGEST, VETO]))], index)
    # the two best passages, as in a large archive where the digest's opening ranks low
    t = Assistant(index).timeline("Delaware's legalization of recreational marijuana", k=2)
    assert not any(p.article_id == "n50" and p.start == 0 for p in t.passages)
    quotes = {e.citation.quote: e for e in t.events}
    assert any("vetoed a bill to legalize" in q for q in quotes)  # the digest's Delaware item
    assert not any(q.startswith(("Montgomery", "From USA TODAY")) for q in quotes)
    assert all(e.citation.article_id == "v1" for e in t.events if e.expression == "published")
    assert any(e.expression == "published" for e in t.events)  # the veto report keeps its own


FIVE_THINGS = {
    "id": "f5", "title": "Ferry strike, county fair: 5 things to know on May 9, 2022",
    "outlet": "nation.example", "published": "2022-05-09",
    "text": "Ferry strike, county fair: 5 things to know on May 9, 2022\n\n"
            "The Harbor Ferry strike entered its third day on Monday as ferry crews rejected "
            "the latest Harbor Ferry wage offer. The county fair opened on Saturday with a "
            "record crowd of 40,000 visitors and a parade of tractors."}


def test_a_digest_is_known_by_its_title():
    from assistant.answer.relevance import is_digest

    assert is_digest(FIVE_THINGS["title"])
    assert is_digest("Ten Things You Need to Know Today: 3 April 2023 | The Week UK")
    assert is_digest("Trump pleads not guilty, Finland joins NATO: 5 Things podcast")
    # a single story's recap or its own list is no digest
    assert not is_digest("Women's national title game recap: LSU defeats Iowa 102-85")
    assert not is_digest("Dr. Seuss: Bet you didn't know these 30 things about the author")


def test_the_other_story_of_a_digest_adds_no_timeline_event(index: Index, tmp_path: Path):
    """A second blind timeline probe: a '5 things to know' page's item on another story stood
    in the timeline beside its item on the topic, carried by their shared passage."""
    plain = dict(FIVE_THINGS, id="p5", title="Harbor Ferry strike enters third day")
    ingest([str(write_jsonl(tmp_path / "f.jsonl", [FIVE_THINGS]))], index)
    events = Assistant(index).timeline("the Harbor Ferry strike").events
    quotes = [e.citation.quote for e in events if e.citation.article_id == "f5"]
    assert any(q.startswith("The Harbor Ferry strike entered") for q in quotes)
    assert not any("county fair opened" in q for q in quotes)
    # the same text under a single story's headline keeps its passage's reading
    index.delete("f5")
    ingest([str(write_jsonl(tmp_path / "p.jsonl", [plain]))], index)
    quotes = [e.citation.quote for e in Assistant(index).timeline("the Harbor Ferry strike").events]
    assert any("county fair opened" in q for q in quotes)


HEAT = [
    {"id": "eu", "title": "Europe's heat wave sets records in Britain and France",
     "outlet": "worlddesk.example", "published": "2022-07-20",
     "text": "Europe's heat wave sets records in Britain and France\n\nThe European heat "
             "wave broke Britain's temperature record on Tuesday, when Coningsby reached "
             "40.3C, and wildfires burned across southern France on Monday."},
    {"id": "us", "title": "US heat wave: heat dome breaks records across Texas",
     "outlet": "nationdesk.example", "published": "2022-07-21",
     "text": "US heat wave: heat dome breaks records across Texas\n\nThe heat wave baking "
             "the southern plains broke records in Dallas on Wednesday, and cooling centers "
             "opened in Oklahoma on Tuesday as temperatures passed 105 degrees."},
]


def test_a_report_that_never_names_the_topics_place_adds_no_timeline_event(
        index: Index, tmp_path: Path):
    """A third blind timeline probe: 14 of the 22 events of "the 2022 European heat wave"
    came from reports on the US and Chinese heat waves. A timeline's articles must now be
    about the topic as compare's are: its names, its numbers, a word of what happened."""
    # "European" is a common word of an archive, "heat wave" a rare one
    others = [{"id": f"o{i}", "title": title, "outlet": "worlddesk.example",
               "published": "2022-07-1{i}", "text": f"{title}\n\n{text}"}
              for i, (title, text) in enumerate([
                  ("European Central Bank raises rates", "The European Central Bank raised "
                   "its main rate by half a point on Thursday, its first rise in 11 years."),
                  ("European Parliament backs gas plan", "The European Parliament voted on "
                   "Wednesday to back the plan to cut gas use by 15% before winter."),
                  ("European champions draw in friendly", "The European champions drew 1-1 "
                   "with a Mexican side on Saturday in their last friendly before the season.")])]
    ingest([str(write_jsonl(tmp_path / "h.jsonl", HEAT + others))], index)
    events = Assistant(index).timeline("the 2022 European heat wave").events
    assert any("Coningsby" in e.citation.quote for e in events)
    assert all(e.citation.article_id == "eu" for e in events)


def test_a_span_of_years_in_a_topic_is_told_by_any_year_in_it(index: Index, tmp_path: Path):
    """Coverage-real: a report of January 2024 on "the Quaker Oats salmonella recall of
    2023–2024" that never writes 2023 is about it."""
    recall = {"id": "q1", "title": "Quaker Oats adds cereals to its salmonella recall",
              "outlet": "fooddesk.example", "published": "2024-01-12",
              "text": "Quaker Oats adds cereals to its salmonella recall\n\nQuaker Oats added "
                      "Cap'n Crunch cereals to its salmonella recall on Thursday, the company "
                      "said in a notice."}
    ingest([str(write_jsonl(tmp_path / "q.jsonl", [recall]))], index)
    events = Assistant(index).timeline("the Quaker Oats salmonella recall of 2023–2024").events
    assert any("Cap'n Crunch" in e.citation.quote for e in events)


MINE = [
    {"id": "m1", "title": "Mine collapse in Dunmore kills 12", "outlet": "valleytimes.example",
     "published": "2024-03-14",
     "text": "Mine collapse in Dunmore kills 12\n\nA tunnel collapsed at the Dunmore coal mine "
             "on Tuesday, killing 12 miners, the operator said."},
    {"id": "m2", "title": "Dunmore mine toll rises to 20", "outlet": "valleytimes.example",
     "published": "2024-03-20",
     "text": "Dunmore mine toll rises to 20\n\nThe death toll from the collapse at the Dunmore "
             "coal mine rose to 20 on Tuesday, the operator said."},
    {"id": "m3", "title": "Dunmore mourns its miners", "outlet": "coastherald.example",
     "published": "2024-03-21",
     "text": "Dunmore mourns its miners\n\nTwenty miners died in the collapse of the Dunmore "
             "coal mine, officials confirmed on Wednesday."},
]


def test_a_later_report_supersedes_the_earlier_figure_of_the_same_outlet(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "m.jsonl", MINE))], index)
    c = Assistant(index).compare("How many miners died in the Dunmore mine collapse?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert slot.noun == "dead" and not slot.contradiction
    valley = slot.readings["valleytimes.example"]
    assert [(r.value, r.published) for r in valley] == [("20", "2024-03-20"),
                                                        ("12 miners", "2024-03-14")]
    assert [r.value for r in slot.earlier("valleytimes.example")] == ["12 miners"]
    assert sorted(w for who in slot.reported_by.values() for w in who) == \
        ["coastherald.example", "valleytimes.example"]
    env = {"NEWSQA_DATA_DIR": str(index.settings.data_dir)}
    out = CliRunner().invoke(app, ["compare", "How many miners died in the Dunmore mine "
                                              "collapse?"], env=env).output
    assert "earlier 12 miners, 2024-03-14" in out


def test_a_newer_report_leads_only_if_it_answers_about_as_well_as_the_best():
    peak = "At the outage's peak, more than 70,000 Telvia customers reported outages."
    later = "Reports were reduced from 70,000 to less than 5,000 Telvia customers by 2 p.m."
    passages = [Passage(article_id=aid, chunk_id=f"{aid}:0", score=1.0, text=text, start=0,
                        end=len(text), title=title, outlet="northgazette.example",
                        published=day)
                for aid, text, title, day in [
                    ("a1", peak, "Telvia outage hits customers", "2024-02-22"),
                    ("a2", later, "Telvia blames an update", "2024-02-23")]]
    # (not "at the peak": a question of a peak takes the highest reading whatever its day,
    # see test_a_question_of_a_peak_takes_the_accounts_highest_reading_and_no_trough)
    question = "How many Telvia customers reported outages during the outage?"

    def slot(p_later: float) -> Slot:
        c = compare(question, passages, [], lambda t: 1.0, AnswerSettings(),
                    answering=lambda ps: {("a1", 0): 0.8, ("a2", 0): p_later})
        return next(s for s in c.slots if s.kind == "count")

    # the next day's figure answers far less well: the peak leads, the newer one is "also"
    weak = slot(0.3)
    [label] = weak.readings
    assert weak.readings[label][0].value == "more than 70,000 Telvia customers"
    assert [r.value for r in weak.also(label)] == ["less than 5,000 Telvia customers"]
    assert weak.earlier(label) == []
    assert "also less than 5,000 Telvia customers, 2024-02-23 [" in reading_label(weak, label)
    assert "also less than 5,000 Telvia customers, 2024-02-23" in views.reading(weak, label, {})
    # a newer report that answers about as well supersedes the earlier figure, as news moves
    strong = slot(0.5)
    assert strong.readings[label][0].value == "less than 5,000 Telvia customers"
    assert [r.value for r in strong.earlier(label)] == ["more than 70,000 Telvia customers"]
    assert strong.also(label) == []
    # a headline that states the peak figure does not weaken it
    headlined = [passages[0].model_copy(update={
        "title": "Telvia outage hits more than 70,000 customers"}), passages[1]]
    c = compare(question, headlined, [], lambda t: 1.0, AnswerSettings(),
                answering=lambda ps: {("a1", 0): 0.8, ("a2", 0): 0.3})
    head = next(s for s in c.slots if s.kind == "count")
    assert head.readings[label][0].value.startswith("more than 70,000")
    assert [r.value for r in head.also(label)] == ["less than 5,000 Telvia customers"]


SELLOFF = [
    {"id": "s1", "title": "Stocks tumble as Nasdaq falls 3.4% in global sell-off",
     "outlet": "northgazette.example", "published": "2024-08-05",
     "text": "Stocks tumble as Nasdaq falls 3.4% in global sell-off\n\nThe Nasdaq fell 3.4% on "
             "Monday, Aug. 5, in a stock market sell-off that spread around the world, as "
             "fears of a slowing economy gripped investors."},
    {"id": "s2", "title": "Nasdaq could fall 10% in a stock market sell-off, analyst warns",
     "outlet": "coastherald.example", "published": "2024-03-28",
     "text": "Nasdaq could fall 10% in a stock market sell-off, analyst warns\n\nThe Nasdaq "
             "fell 10% in a stock market sell-off last summer, and fears of a slowing economy "
             "could set off another by Aug. 5, when the earnings season ends."},
]


def test_a_report_from_before_the_day_the_question_names_adds_no_account(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "s.jsonl", SELLOFF))], index)
    asked = "By what percent did the Nasdaq fall in the stock market sell-off of Aug. 5, 2024?"
    c = Assistant(index).compare(asked)
    slot = next(s for s in c.slots if s.kind == "percent")
    assert list(slot.reported_by) == ["3.4%"]
    assert "coastherald.example" not in slot.readings
    # a day to come may be announced by earlier reports; a day without a year names none
    march, august = ([p for p in c.passages if p.article_id == aid] for aid in ("s2", "s1"))
    assert march and august
    assert reported_before(asked, march + august) == [True, False]
    # the day before is kept (time zones); a report of that day or later must exist
    eve = august[0].model_copy(update={"published": "2024-08-04"})
    assert reported_before(asked, [eve, august[0]]) == [False, False]
    assert reported_before(asked, march) == [False]
    # a day to come, a range, a day something came before, a day without a year: earlier
    # reports may tell of it
    for question in ["What will the Fed do on Aug. 5, 2024?",
                     "What is the forecast for the storm's landfall on Aug. 5, 2024?",
                     "How much did stocks fall between Aug. 1 and Aug. 5, 2024?",
                     "How many votes had been cast before Election Day, Aug. 5, 2024?",
                     "What did the Nasdaq do on Aug. 5?"]:
        assert reported_before(question, march + august) == [False, False], question
    # a whole month, after "in", "of", "during" or before a noun ("its May 2023 meeting")
    month = "By how much did the Fed raise interest rates at its August 2024 meeting?"
    assert reported_before(month, march + august) == [True, False]
    assert reported_before("What was the rate in August 2024?", march + august) == \
        [True, False]


NEWSLETTER = [
    {"id": "q1", "title": "Earthquake in Turkey and Syria kills more than 5,000",
     "outlet": "northgazette.example", "published": "2023-02-07",
     "text": "Earthquake in Turkey and Syria kills more than 5,000\n\nA powerful earthquake "
             "struck southern Turkey and northern Syria on Monday. More than 5,000 people died "
             "in the earthquake, officials said."},
    {"id": "q3", "title": "Quake toll in Turkey and Syria climbs", "outlet": "valleytimes.example",
     "published": "2023-02-07",
     "text": "Quake toll in Turkey and Syria climbs\n\nRescuers searched the rubble in Turkey and "
             "Syria after the earthquake on Monday. More than 5,000 people died, the two "
             "governments said."},
    # earthquakes elsewhere: "earthquake" is a common word in this archive, as the names are
    {"id": "q4", "title": "Schools in Oregon hold an earthquake drill",
     "outlet": "northgazette.example", "published": "2023-02-06",
     "text": "Schools in Oregon hold an earthquake drill\n\nPupils practised for an earthquake "
             "on Monday."},
    {"id": "q5", "title": "Earthquake rattles Alaska", "outlet": "valleytimes.example",
     "published": "2023-02-05",
     "text": "Earthquake rattles Alaska\n\nA small earthquake shook Anchorage on Sunday; no "
             "one was hurt."},
    {"id": "q2", "title": "Turkey and Syria: the day's news", "outlet": "coastherald.example",
     "published": "2023-02-07",
     "text": "Turkey and Syria: the day's news\n\nTurkish forces shelled positions in northern "
             "Syria on Monday, and Turkey warned of a ground operation in Syria. In Qatar, 400 "
             "people died in Turkey's and Syria's neighbour states' building projects, "
             "officials said."},
]


def test_an_article_that_names_the_places_but_not_what_happened_adds_no_account(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "q.jsonl", NEWSLETTER))], index)
    c = Assistant(index).compare("How many people died in the earthquakes in Turkey and Syria?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert c.by == "outlet"
    assert sorted(slot.readings) == ["northgazette.example", "valleytimes.example"]
    assert "coastherald.example" in slot.silent or all(
        a.label != "coastherald.example" for a in c.accounts)


def _outlet_passage(aid: str, outlet: str, text: str, day: str) -> Passage:
    return Passage(article_id=aid, chunk_id=f"{aid}:0", score=1.0, text=text, start=0,
                   end=len(text), title=f"Story {aid}", outlet=outlet, published=day)


def test_values_that_only_could_both_be_true_are_shown_each_in_its_own_words():
    question = "How much debt would the plan cancel for Pell Grant recipients?"
    passages = [
        _outlet_passage("a1", "northgazette.example", "The plan would cancel up to $20,000 in "
                        "debt for Pell Grant recipients.", "2022-08-24"),
        _outlet_passage("a2", "coastherald.example", "The plan would cancel $10,000 in debt for "
                        "Pell Grant recipients.", "2022-08-24"),
        _outlet_passage("a3", "valleytimes.example", "The plan would cancel $20,000 in debt for "
                        "Pell Grant recipients.", "2022-08-25"),
        _outlet_passage("a4", "hilltimes.example", "The plan would cancel 20,000 dollars in debt "
                        "for Pell Grant recipients.", "2022-08-25"),
    ]

    def slot(ps: list[Passage]) -> Slot:
        c = compare(question, ps, [], lambda t: 1.0, AnswerSettings())
        return next(s for s in c.slots if s.kind == "money")

    # "$10,000" is within "up to $20,000": no contradiction, and each in its own words
    within = slot(passages[:2])
    assert within.reported_by == {"up to $20,000": ["northgazette.example"],
                                  "$10,000": ["coastherald.example"]}
    assert not within.contradiction
    # the same amount in other words is one value
    same = slot(passages[2:])
    assert list(same.reported_by) == ["$20,000"]
    assert sorted(same.reported_by["$20,000"]) == ["hilltimes.example", "valleytimes.example"]
    assert not same.contradiction


def test_a_long_list_of_silent_speakers_is_cut_to_a_count():
    from assistant.answer.compare import Account, Comparison
    from assistant.answer.extractive import ScoredSentence, cite
    from assistant.cli.coverage import comparison_markup

    speakers = [f"Speaker {i}" for i in range(1, 11)]
    slot = Slot(kind="count", reported_by={"12 people": ["Speaker 0"]},
                readings={"Speaker 0": []}, silent=speakers)
    said = Passage(article_id="a1", chunk_id="a1:0", score=1.0, text="12 people died.",
                   start=0, end=15, title="Toll", outlet="example.com")
    cited = cite(1, said, ScoredSentence(passage_no=0, start=0, end=15,
                                         text="12 people died.", coverage=0.0,
                                         context_coverage=0.0, score=0.0,
                                         terms=frozenset()), None)
    c = Comparison(question="How many people died?", by="speaker",
                   accounts=[Account(label="Speaker 0", sentences=["12 people died."],
                                     citations=[cited])]
                   + [Account(label=s) for s in speakers], slots=[slot])
    text = comparison_markup(c)
    assert "silent: Speaker 1, Speaker 2, Speaker 3, Speaker 4, Speaker 5, Speaker 6 and 4 " \
           "more" in text
    assert "Speaker 7" not in text
    assert "silent: Speaker 1, Speaker 2" in views.comparison_html(c)
    assert "and 4 more" in views.comparison_html(c)


def test_the_cli_comparison_says_a_quote_is_the_headline():
    """A walk-through read a headline quote as "(chars 0–62)" of the body, which holds other
    words there."""
    from assistant.answer.compare import Account, Comparison
    from assistant.cli.coverage import comparison_markup
    from assistant.types import Citation

    cited = Citation(n=1, article_id="a1", title="Trump charged with 34 felony counts",
                     outlet="example.com", quote="Trump charged with 34 felony counts",
                     start=0, end=35, field="title")
    c = Comparison(question="How many counts?", by="outlet",
                   accounts=[Account(label="example.com", sentences=[cited.quote],
                                     citations=[cited])], slots=[])
    text = comparison_markup(c)
    assert "(the headline)" in text and "chars 0–35" not in text


def test_how_much_asks_for_a_sum_only_with_a_word_of_money():
    assert slot_kinds("How much did the probe's impact shorten the moon's orbit?") == []
    assert slot_kinds("How much snow fell in Harlow?") == []
    for question in ("How much is Telvia paying to buy Quill?", "How much debt does Quill have?",
                     "How much did the repairs cost?", "How much did Quill make last year?"):
        assert slot_kinds(question) == ["money"], question


def test_a_month_and_day_are_in_the_year_the_question_names():
    # a report of February 2024 on the 2030 final
    final = asked_slots("When will the final of the 2030 Harlow Cup be played?")[0]
    said = "The stadium will host the final on July 19, organisers said."
    assert [v for v, _ in slot_values(final, said, "2024-02-04")] == ["2030-07-19 (July 19)"]
    # a weekday is tied to its week (and 2024 is too far from 2030 to date that final);
    # a year the report writes stands
    assert slot_values(final, "The final's draw is on Sunday.", "2024-02-04") == []
    nearer = asked_slots("When will the final of the 2025 Harlow Cup be played?")[0]
    assert [v for v, _ in slot_values(nearer, "The final's draw is on Sunday.",
                                      "2024-02-04")] == ["2024-02-04 (on Sunday)"]
    assert [v for v, _ in slot_values(final, "The final was moved to July 19, 2031.",
                                      "2024-02-04")] == ["2031-07-19 (July 19, 2031)"]
    # without a year in the question, the nearest July 19 to come
    plain = asked_slots("When will the final of the Harlow Cup be played?")[0]
    assert [v for v, _ in slot_values(plain, said, "2024-02-04")] == ["2024-07-19 (July 19)"]


def test_an_indictments_charges_are_its_counts():
    asked = asked_slots("How many counts is Ana Ruiz charged with in the fraud indictment?")[0]
    assert [v for v, _ in slot_values(asked, "Ruiz is facing four charges in the fraud "
                                             "indictment.")] == ["four charges"]


def test_a_vaguer_later_date_does_not_replace_the_exact_day():
    question = "When did Harlow Bank fail?"
    exact = "Harlow Bank failed on Friday, regulators said."
    vague = "Harlow Bank failed earlier this month, and its customers have been paid."
    passages = [_outlet_passage("a1", "northgazette.example", exact, "2023-03-10"),
                _outlet_passage("a2", "northgazette.example", vague, "2023-03-20")]
    c = compare(question, passages, [], lambda t: 1.0, AnswerSettings(),
                answering=lambda ps: {("a1", 0): 0.6, ("a2", 0): 0.5})
    slot = next(s for s in c.slots if s.kind == "date")
    [label] = slot.readings
    assert slot.readings[label][0].value.startswith("2023-03-10")
    assert [r.value for r in slot.also(label)] == ["2023-03 (earlier this month)"]


def _same_vectors(texts: list[str]) -> np.ndarray:
    """An embedder that puts every text as close to the topic as can be."""
    return np.ones((len(texts), 4), dtype=np.float32)


def test_a_name_is_named_only_as_a_name():
    deal = "Amazon agreed to acquire One Medical for $3.9 billion, the companies said."
    perk = "Amazon told staff it would pay up to $4,000 for medical travel, the company said."
    passages = [_outlet_passage(aid, "example.com", text, "2022-07-21")
                for aid, text in (("a1", deal), ("a2", perk))]

    # "medical treatments" does not name One Medical, though it shares the name's word
    assert articles_about("is Amazon paying to acquire One Medical?", passages,
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [True, False]


def test_another_outlets_larger_count_on_a_later_day_is_a_toll_that_rose(
        index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "m.jsonl", [MINE[0], MINE[2]]))], index)
    c = Assistant(index).compare("How many miners died in the Dunmore mine collapse?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert len(slot.reported_by) == 2  # 12 on 14 March, 20 on 21 March
    assert not slot.contradiction and slot.rose
    env = {"NEWSQA_DATA_DIR": str(index.settings.data_dir)}
    out = CliRunner().invoke(app, ["compare", "How many miners died in the Dunmore mine "
                                              "collapse?"], env=env).output
    assert "the count rose between reports" in out


def test_a_smaller_count_on_a_later_day_still_disagrees(index: Index, tmp_path: Path):
    fewer = {**MINE[2], "text": MINE[2]["text"].replace("Twenty miners", "Ten miners")}
    ingest([str(write_jsonl(tmp_path / "m.jsonl", [MINE[0], fewer]))], index)
    c = Assistant(index).compare("How many miners died in the Dunmore mine collapse?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert slot.contradiction and not slot.rose


OUTAGE = [
    {"id": "o1", "title": "Harlow blackout lasted 24 hours", "outlet": "northgazette.example",
     "published": "2024-03-08",
     "text": "Harlow blackout lasted 24 hours\n\nA power outage left Harlow without electricity "
             "for 24 hours after a substation fire, the utility said. The blackout cost local "
             "businesses millions of dollars."},
    {"id": "o2", "title": "Harlow power restored after a day", "outlet": "coastherald.example",
     "published": "2024-03-09",
     "text": "Harlow power restored after a day\n\nElectricity returned to Harlow on Tuesday "
             "after an outage that lasted a day. Repairs to the substation on Route 40 will "
             "cost $4.5 million."},
]


def test_outlets_that_agree_in_other_words_do_not_differ(index: Index, tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "o.jsonl", OUTAGE))], index)
    c = Assistant(index).compare("How long did the Harlow power outage last?")
    slot = next(s for s in c.slots if s.kind == "duration")
    assert not slot.contradiction  # 24 hours is a day; millions of dollars is no duration
    assert len(slot.reported_by) == 1
    assert sorted(next(iter(slot.reported_by.values()))) == ["coastherald.example",
                                                             "northgazette.example"]


def test_a_value_in_a_clause_that_recalls_the_past_is_an_earlier_reading():
    from assistant.answer.compare import current_values, recalled
    age = asked_slots("How old was Ida Marsh?")[0]
    assert [v for v, _ in current_values(age, "Back when she turned 110, Marsh said she "
                                              "liked jam.")] == []
    assert [v for v, _ in current_values(age, "At age 113, she was the oldest woman in "
                                              "Kent.")] == ["At age 113"]
    staff = asked_slots("How many workers does Brill Foods employ?")[0]
    sentence = ("Brill Foods employs 9,200 workers, up from the 6,150 workers it had at the "
                "start of the decade.")
    assert [v for v, _ in current_values(staff, sentence)] == ["9,200 workers"]
    assert recalled("The previous record of 48 points stood for a decade.", 17, 26)
    assert not recalled("He scored 52 points, a record.", 10, 19)


def test_a_recalled_value_does_not_make_outlets_differ(index: Index, tmp_path: Path):
    docs = [
        {"id": "r1", "title": "Ida Marsh, oldest in Kent, dies at 113",
         "outlet": "kentpost.example", "published": "2024-02-02",
         "text": "Ida Marsh, oldest in Kent, dies at 113\n\nIda Marsh, the oldest woman in "
                 "Kent, has died. Back when she turned 110, Ida Marsh told the Kent Post her "
                 "secret was jam. At age 113, Ida Marsh was the oldest woman in Kent."},
        {"id": "r2", "title": "Kent's oldest woman Ida Marsh dies",
         "outlet": "weald.example", "published": "2024-02-02",
         "text": "Kent's oldest woman Ida Marsh dies\n\nIda Marsh died on Thursday at age "
                 "113, her family said."},
    ]
    ingest([str(write_jsonl(tmp_path / "r.jsonl", docs))], index)
    c = Assistant(index).compare("How old was Ida Marsh?")
    slot = next(s for s in c.slots if s.kind == "age")
    assert not slot.contradiction
    shown = {r.value for got in slot.readings.values() for r in got}
    assert not any("110" in v for v in shown)


QUAKE = [
    {"id": "q1", "title": "Norland earthquake: 9 dead", "outlet": "northgazette.example",
     "published": "2024-04-05",
     "text": "Norland earthquake: 9 dead\n\nThe Norland earthquake killed 9 people, the fire "
             "agency said on Friday. Rescuers were still searching the hills."},
    {"id": "q2", "title": "Rescuers search after Norland earthquake",
     "outlet": "northgazette.example", "published": "2024-04-04",
     "text": "Rescuers search after Norland earthquake\n\nThe Norland earthquake killed nine "
             "people on Wednesday. Roads into the hills stayed closed."},
    {"id": "q3", "title": "Norland earthquake strikes at dawn", "outlet": "northgazette.example",
     "published": "2024-04-03",
     "text": "Norland earthquake strikes at dawn\n\nThe Norland earthquake struck at dawn on "
             "Wednesday. The region's deadliest earthquake had previously killed 2,400 "
             "people."},
    {"id": "q4", "title": "Nine dead in Norland earthquake", "outlet": "coastherald.example",
     "published": "2024-04-05",
     "text": "Nine dead in Norland earthquake\n\nThe Norland earthquake killed nine people, "
             "officials said."},
]


def test_an_earlier_reading_is_another_value_and_no_recollection(index: Index,
                                                                  tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "q.jsonl", QUAKE))], index)
    c = Assistant(index).compare("How many people died in the Norland earthquake?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert not slot.contradiction
    shown = [r.value for r in slot.readings["northgazette.example"]]
    assert shown[0] == "9 dead"  # its headline states the toll
    # the older report's "nine people" says the same: it is no earlier figure
    assert "nine people" in shown and slot.earlier("northgazette.example") == []
    # the outlet gives a current toll, so its recollection of another quake is not a reading
    assert not any("2,400" in v for v in shown)


def test_compare_says_so_when_no_account_answers():
    from assistant.answer.compare import Comparison, Slot
    from assistant.cli.coverage import comparison_markup
    nothing = Comparison(question="How many died in the Lake Orin storm?", by="speaker",
                         accounts=[], slots=[Slot(kind="count", noun="dead")])
    text = comparison_markup(nothing)
    assert "No account in the coverage answers this" in text
    assert "no contradiction" not in text


def test_a_count_counts_in_the_sense_the_question_asks():
    from assistant.answer.compare import governing_verb, question_verb
    assert question_verb("How many workers does Brill Foods employ?") == "employ"
    assert question_verb("How many workers does Brill Foods have?") == "have"
    assert question_verb("For how many games did the league ban Ray Toms?") == "ban"
    assert question_verb("How many passengers was the ferry carrying?") == "carry"
    have = asked_slots("How many workers does Brill Foods have?")[0]
    assert [v for v, _ in slot_values(have, "Brill Foods is cutting 800 workers.")] == []
    assert [v for v, _ in slot_values(have, "Brill Foods had about 9,200 workers.")] == \
        ["about 9,200 workers"]
    cut = asked_slots("How many workers is Brill Foods cutting?")[0]
    assert [v for v, _ in slot_values(cut, "Brill Foods is cutting 800 workers.")] == \
        ["800 workers"]
    ban = asked_slots("For how many games did the league ban Ray Toms?")[0]
    assert [v for v, _ in slot_values(ban, "The league banned Ray Toms for two games.")] == \
        ["two games"]
    # a hypothetical count is no count of the ban
    assert [v for v, _ in slot_values(ban, "After the ban, Toms would have 9 games to make "
                                           "the playoffs.")] == []
    assert governing_verb("Officials reported 40 injuries.", 19) is None


def test_a_part_of_the_dead_is_no_toll_and_a_count_counts_the_head_of_its_phrase():
    dead = asked_slots("How many people died in the Orin stampede?")[0]
    assert [v for v, _ in slot_values(dead, "The dead included at least 9 students, the "
                                            "school said.")] == []
    assert [v for v, _ in slot_values(dead, "The stampede left at least 40 people dead.")] \
        == ["at least 40 people"]
    sent = asked_slots("How many police officers were sent to the square?")[0]
    assert (sent.noun, sent.verb) == ("officer", "send")


def test_an_irregular_participle_in_the_question_is_the_verb_the_article_uses():
    taken = asked_slots("How many people were taken hostage at the Harlow synagogue?")[0]
    assert taken.verb == "take"
    c = compare("How many people were taken hostage at the Harlow synagogue?",
                [_outlet_passage("a1", "northgazette.example", "The gunman took four people "
                                 "hostage at the Harlow synagogue.", "2022-01-16")],
                [], lambda t: 1.0, AnswerSettings())
    slot = next(s for s in c.slots if s.kind == "count")
    assert slot.reported_by == {"four people": ["northgazette.example"]}
    assert slot.other_sense == []


def test_a_scheduled_weekday_is_to_come_and_a_future_weekday_may_be_today():
    # published on Monday 2024-03-04
    got = [(m.text, m.date) for m in find_times("s", "The hearing was set Tuesday and "
                                                      "Wednesday.", "2024-03-04")]
    assert got == [("Tuesday", "2024-03-05"), ("Wednesday", "2024-03-06")]
    got = [(m.text, m.date) for m in find_times("s", "Crowds would gather on Monday, the "
                                                      "first day.", "2024-03-04")]
    assert got == [("on Monday", "2024-03-04")]
    got = [m.date for m in find_times("s", "They will meet next Monday.", "2024-03-04")]
    assert got == ["2024-03-11"]
    got = [m.date for m in find_times("s", "She set a record on Sunday.", "2024-03-04")]
    assert got == ["2024-03-03"]


def test_a_sentence_a_photo_credit_closes_is_a_caption():
    from assistant.nlp.furniture import followed_by_credit
    text = ("Divers search the harbor on March 3, 2024. Lee Park/AFP/Getty Images\n"
            "The search ended on Monday, the coast guard said.\n"
            "Volunteers sort donations at the school. Courtesy Ana Ruiz\n"
            "Schools reopen on Friday and/or Monday.")
    def ends(s: str) -> int:
        return text.index(s) + len(s)
    assert followed_by_credit(text, ends("on March 3, 2024."))
    assert followed_by_credit(text, ends("at the school."))
    assert not followed_by_credit(text, ends("the coast guard said."))
    assert not followed_by_credit(text, ends("and/or Monday."))


def test_eval_scores_a_suite_of_labels_alone_per_split_and_gates_them(tmp_path: Path, embedder):
    suite = tmp_path / "labels-only"
    suite.mkdir()
    write_jsonl(suite / "corpus.jsonl", HAMLIN + MINE)
    write_jsonl(suite / "timeline.jsonl", [{
        "id": "t1", "topic": "Damar Hamlin", "articles": ["d1"], "events": [
            {"article": "d1", "sentence": "Buffalo Bills safety Damar Hamlin collapsed on "
             "Monday night", "relevant": True, "dates": ["2023-01-02"]},
            {"article": "d1", "sentence": "On Tuesday, the Bills said", "relevant": True,
             "dates": ["2023-01-03"]},
            {"article": "d2", "sentence": "Denny Hamlin won the road-course race",
             "relevant": False, "dates": ["2016-08-07"]}]}])
    write_jsonl(suite / "compare.jsonl", [{
        "id": "c1", "split": "held-out",
        "question": "How many miners died in the Dunmore mine collapse?",
        "slots": [{"kind": "count", "noun": "dead", "conflict": False,
                   "values": {"valleytimes.example": ["20"], "coastherald.example": ["20"]},
                   "earlier": {"valleytimes.example": ["12"]}}]}])
    write_jsonl(suite / "attribution.jsonl", [{
        "id": "a1", "article": "m1", "speaker": ["the operator"],
        "sentence": "A tunnel collapsed at the Dunmore coal mine on Tuesday, killing 12 "
                    "miners, the operator said."}])
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["eval", str(suite), "--out", str(out), "-q"])
    assert r.exit_code == 0, r.output
    coverage = json.loads((out / "report.json").read_text())["coverage"]
    assert set(coverage) == {"timeline", "compare:held-out", "attribution"}
    assert coverage["timeline"]["event_precision"] == 1.0  # nothing from Denny Hamlin
    assert coverage["timeline"]["date_accuracy"] == 1.0
    assert coverage["compare:held-out"]["false_contradiction_rate"] == 0.0
    assert coverage["compare:held-out"]["slot_precision"] == 1.0
    assert coverage["attribution"]["attribution_recall"] == 1.0
    md = (out / "report.md").read_text()
    assert "| coverage | timeline | attribution | compare:held-out |" in md
    assert "answer_hit@1" not in md  # no questions: no empty question table
    assert (out / "coverage_details.jsonl").is_file()

    planted = json.loads((out / "report.json").read_text())
    planted["coverage"]["compare:held-out"]["false_contradiction_rate"] = -0.5
    (tmp_path / "base.json").write_text(json.dumps(planted))
    bad = CliRunner().invoke(app, ["eval", str(suite), "--out", str(tmp_path / "o2"), "-q",
                                   "--baseline", str(tmp_path / "base.json")])
    assert bad.exit_code == 1
    assert "compare:held-out false_contradiction_rate rose 0.500" in bad.output


def test_a_date_on_the_wrong_side_of_the_report_answers_no_when_question():
    # published on Monday 2024-05-06
    planned = asked_slots("When is the Rook-2 launch scheduled?")[0]
    assert planned.side == "to come"
    assert slot_values(planned, "Its rival flew its first crewed mission in 2020.",
                       "2024-05-06") == []
    assert [v for v, _ in slot_values(planned, "The launch is now scheduled for Friday.",
                                      "2024-05-06")] == \
        ["2024-05-10 (Friday)"]
    assert asked_slots("When will the judge hold a hearing?")[0].side == "to come"
    ended = asked_slots("When did the Carver strike end?")[0]
    assert ended.side == "past"
    assert slot_values(ended, "Talks resume in June 2024.", "2024-03-08") == []
    assert [v for v, _ in slot_values(ended, "The strike ended in March.", "2024-03-08")] \
        == ["2024-03 (March)"]
    # "when was ... scheduled" may be either
    assert asked_slots("When was the Rook-2 launch scheduled?")[0].side is None


def test_a_share_of_a_whole_answers_no_question_about_what_happened():
    vote = asked_slots("What percent of the vote did Ana Ruiz win?")[0]
    assert slot_values(vote, "Women, who make up 52% of the population, voted early.") == []
    assert slot_values(vote, "Exports account for about 30% of output.") == []
    assert [v for v, _ in slot_values(vote, "Ruiz won 58.3% of the vote.")] == ["58.3%"]
    made_of = asked_slots("What percent of the population do women make up?")[0]
    assert [v for v, _ in slot_values(made_of, "Women, who make up 52% of the population, "
                                               "voted early.")] == ["52%"]


def test_a_part_counts_its_wholes_noun_and_a_population_is_no_event_count():
    won = asked_slots("How many seats did the Lakeside party win?")[0]
    assert [v for v, _ in slot_values(won, "The party won, securing 255 out of 403 "
                                           "legislative seats.")] == \
        ["255 out of 403 legislative seats"]  # the 403 are the whole it is out of
    hurt = asked_slots("How many people were injured when protesters stormed the office?")[0]
    assert slot_values(hurt, "Protesters want him gone as the country's 22 million people "
                             "struggle to buy fuel.") == []
    assert slot_values(hurt, "It is a city of about 40,000 people.") == []
    assert [v for v, _ in slot_values(hurt, "At least 30 people were injured.")] == \
        ["At least 30 people"]
    live = asked_slots("How many people live in Corvia?")[0]
    assert [v for v, _ in slot_values(live, "The country's 22 million people voted.")] == \
        ["22 million people"]



def article_a1(text: str, title: str, published: str | None) -> Passage:
    """All of article a1 (of example.com) as one passage."""
    return Passage(article_id="a1", chunk_id="a1:0", score=1.0, text=text, start=0,
                   end=len(text), title=title, outlet="example.com", published=published)


def said_in(text: str, sentence: str, who: str) -> Attribution:
    """``sentence`` of article a1's ``text``, said in full by ``who``."""
    a = text.index(sentence)
    return Attribution(article_id="a1", sentence_start=a, sentence_end=a + len(sentence),
                       claim_start=a, claim_end=a + len(sentence), speaker=who, cue="said")


def ingest_among_others(articles: list[dict], index: Index, tmp_path: Path) -> None:
    """Index ``articles`` with other stories (the mine and the outage), so that their own
    words are rare ones, as in a real archive."""
    ingest([str(write_jsonl(tmp_path / "among.jsonl", articles + MINE + OUTAGE))], index)


PHARMACY = [
    {"id": "r1", "title": "Brill Pharmacy files for bankruptcy", "outlet": "valleytimes.example",
     "published": "2023-10-16",
     "text": "Brill Pharmacy files for bankruptcy\n\nBrill Pharmacy filed for bankruptcy on "
             "Sunday, weighed down by debt and lawsuits, the pharmacy chain said."},
    {"id": "r2", "title": "Brill Pharmacy to close 154 stores after bankruptcy",
     "outlet": "coastherald.example", "published": "2023-10-18",
     "text": "Brill Pharmacy to close 154 stores after bankruptcy\n\nBrill Pharmacy will close "
             "154 stores in its bankruptcy. Brill Pharmacy filed for bankruptcy protection in "
             "federal court with debts of $3 billion. Workers at closing stores may transfer, "
             "Brill Pharmacy said in a Tuesday media release."},
]


def test_a_date_that_dates_something_else_contradicts_no_one(index: Index, tmp_path: Path):
    asked = asked_slots("When did Brill Pharmacy file for bankruptcy?")[0]
    assert asked.event == ["file", "bankruptcy"]
    ingest_among_others(PHARMACY, index, tmp_path)
    c = Assistant(index).compare("When did Brill Pharmacy file for bankruptcy?")
    slot = next(s for s in c.slots if s.kind == "date")
    assert "2023-10-15 (on Sunday)" in slot.reported_by
    # Tuesday dates a media release, not the filing: no value, so no contradiction
    assert list(slot.reported_by) == ["2023-10-15 (on Sunday)"]
    assert "coastherald.example" in slot.silent
    assert not slot.contradiction


def test_a_new_or_remaining_count_is_a_part_and_another_names_count_is_someone_elses():
    cases = asked_slots("How many measles cases have been reported in Corvia?")[0]
    assert slot_values(cases, "It is unclear if Corvia's two new cases are linked.") == []
    assert [v for v, _ in slot_values(cases, "Corvia has reported eight cases, including "
                                             "two new cases.")] == ["eight cases"]
    # the question's own word makes the increment what it asks
    fresh = asked_slots("How many new cases were reported in Corvia?")[0]
    assert [v for v, _ in slot_values(fresh, "Corvia reported two new cases.")] == \
        ["two new cases"]
    running = asked_slots("How many candidates are running in the first round?")[0]
    assert slot_values(running, "You must be the least hated of the two remaining "
                                "candidates.") == []
    # a name before the noun: the question's name ("AT&T", one word) or another's
    users = asked_slots("How many AT&T customers reported outages?")[0]
    assert users.noun == "customer" and users.owner == ["at&t"]
    assert slot_values(users, "Over 10,000 Cricket Wireless customers also reported "
                              "outages.") == []
    assert [v for v, _ in slot_values(users, "More than 70,000 AT&T customers reported "
                                             "outages.")] == ["More than 70,000 AT&T customers"]
    # a question that names no owner takes a qualified count as it is
    anyone = asked_slots("How many soldiers were killed?")[0]
    assert [v for v, _ in slot_values(anyone, "Twelve Corvian soldiers were killed.")] == \
        ["Twelve Corvian soldiers"]


def test_a_gap_between_two_is_not_a_level():
    score = asked_slots("How many points did Ana Ruiz score in the all-around?")[0]
    assert [v for v, _ in slot_values(score, "Lena Park is second, 3.5 points behind Ruiz, "
                                             "who scored 59.1 points.")] == ["59.1 points"]
    assert [v for v, _ in slot_values(score, "She finished 2 points ahead of Park.")] == []
    gap = asked_slots("How many points behind Ruiz did Park finish?")[0]
    assert [v for v, _ in slot_values(gap, "Park is second, 3.5 points behind Ruiz.")] == \
        ["3.5 points"]


def test_ahead_of_a_time_is_no_gap():
    rise = asked_slots("By what percent did Quill Games' stock rise after the deal?")[0]
    assert [v for v, _ in slot_values(rise, "Quill Games' stock shot up more than 30% ahead "
                                            "of the market open Tuesday morning; Orbit "
                                            "shares fell around 1.5%.")] == \
        ["more than 30%"]  # the other share fell: a change the other way (see below)
    assert [v for v, _ in slot_values(rise, "Its stock rose 4% ahead of Tuesday's vote.")] \
        == ["4%"]
    assert [v for v, _ in slot_values(rise, "It rose 2% ahead of the Federal Reserve's "
                                            "decision.")] == ["2%"]
    # a rival, however named, is still a gap
    score = asked_slots("How many points did Ana Ruiz score in the all-around?")[0]
    for rival in ("reigning silver medalist Lena Park", "Britain's Maria Lopez",
                  "the defending champion", "the field"):
        assert [v for v, _ in slot_values(score, f"Ruiz finished with 59.3 points, 2.5 "
                                                 f"points ahead of {rival}.")] == \
            ["59.3 points"], rival


def test_of_several_shares_the_one_the_questions_name_wins_comes_first():
    share = asked_slots("What percent of the vote did Lena Park get in the primary?")[0]
    assert [v for v, _ in slot_values(share, '"None of these candidates" carried more than '
                                             "63% of the vote, well ahead of candidate Lena "
                                             "Park at just more than 30%.")] == \
        ["more than 30%", "more than 63%"]
    # another's share, past an aside about them, is no answer
    assert slot_values(share, "Park won easily, with challenger Ana Ruiz, a Texas-based "
                              "businessman, winning fewer than 1%.") == []
    # a place won, or a rival beaten, owns no share
    for sentence in ("Lena Park won Iowa with 51% of the vote.", "Lena Park won Iowa at 51%.",
                     "Lena Park beat Ana Ruiz, the Texas governor, winning 51%."):
        assert [v for v, _ in slot_values(share, sentence)] == ["51%"], sentence
    assert [v for v, _ in slot_values(share, "Ruiz won Iowa with 54%, and Park had 43%.")] == \
        ["43%", "54%"]


def test_a_share_of_the_electorate_is_turnout_not_a_share_of_the_vote():
    share = asked_slots("What percent of the vote did Lena Park get in the primary?")[0]
    assert slot_values(share, "About 150,000 voted early, roughly 13% of the eligible "
                              "voters, the office said.") == []
    # a poll's share of voters is a share of voters
    poll = asked_slots("What percent of voters back Lena Park in the new poll?")[0]
    assert [v for v, _ in slot_values(poll, "Park had 45% of registered voters, the poll "
                                            "found.")] == ["45%"]
    turnout = asked_slots("What percent of registered voters turned out?")[0]
    assert [v for v, _ in slot_values(turnout, "About 150,000 voted, roughly 13% of the "
                                               "registered voters.")] == ["roughly 13%"]


def speaker_accounts(said: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Compare's accounts of one article made of ``(sentence, speaker)`` pairs, by label."""
    text = " ".join(sentence for sentence, _ in said)
    by, groups = accounts_of([article_a1(text, "Accounts", "2024-03-28")],
                             [said_in(text, sentence, who) for sentence, who in said])
    assert by == "speaker"
    return {label: [p.text for p in ps] for label, ps in groups.items()}


def test_a_speaker_named_by_no_word_is_the_outlets_voice_and_swallows_no_one():
    assert speaker_accounts([("It said turnout was low.", "It"),
                             ("Ana Ruiz said she bought shares at $72.", "Ana Ruiz"),
                             ("Lena Park said the stock closed at $57.99.", "Lena Park"),
                             ("Some said the deal was rushed.", "Some")]) == {
        "Ana Ruiz": ["Ana Ruiz said she bought shares at $72."],
        "Lena Park": ["Lena Park said the stock closed at $57.99."],
        "example.com": ["It said turnout was low.", "Some said the deal was rushed."]}


def test_someones_lawyers_are_an_account_of_their_own():
    """Compare over the archive put "Trump, indicted on four felony counts, has denied
    wrongdoing" under "Trump's lawyers": the lawyers' words took Trump's account."""
    assert speaker_accounts([
        ("Trump's lawyers said he was determined to fight the case.", "Trump's lawyers"),
        ("Trump said the charges were a witch hunt.", "Trump"),
        ("Putin's spokesman Dmitry Peskov said the Kremlin had no view.",
         "Putin's spokesman Dmitry Peskov"),
        ("Peskov said the call was routine.", "Peskov")]) == {
        "Trump's lawyers": ["Trump's lawyers said he was determined to fight the case."],
        "Trump": ["Trump said the charges were a witch hunt."],
        "Putin's spokesman Dmitry Peskov": [
            "Putin's spokesman Dmitry Peskov said the Kremlin had no view.",
            "Peskov said the call was routine."]}


@pytest.mark.parametrize(("first", "second", "one"), [
    ("Trump", "Donald Trump", True),
    ("Peskov", "Putin's spokesman Dmitry Peskov", True),
    ("the weather service", "The National Weather Service", True),  # a later mention
    ("White House press service", "the White House", True),
    # a name inside another name is someone else (a blind probe: the NFL's announcement
    # under "The NFL Players' Association")
    ("the NFL", "The NFL Players' Association", False),
    ("Trump", "Trump's lawyers", False),
    # an independent review: titles and later mentions of one speaker
    ("President Biden", "President Joe Biden", True),
    ("Gov. DeSantis", "Gov. Ron DeSantis", True),
    ("Police", "Minneapolis police", True),
])
def test_one_speaker_joins_a_name_to_its_longer_form_but_not_to_a_name_that_holds_it(
        first, second, one):
    a, b = speaker_identity(first), speaker_identity(second)
    assert one_speaker(a, first, b, second) is one
    assert one_speaker(b, second, a, first) is one


def test_compare_takes_each_articles_value_from_the_sentence_the_answer_model_ranks_first():
    text = ("Ana Ruiz has 103.050 points so far, with only the floor to come. "
            "She finished with an all-around total of 118.450 points.")
    passage = article_a1(text, "Ruiz wins", "2023-08-27")
    question = "How many all-around points did Ana Ruiz score at the championships?"
    final = text.index("She finished")

    def values(probabilities: dict[tuple[str, int], float] | None) -> list[str]:
        c = compare(question, [passage], [], lambda t: 1.0, AnswerSettings(),
                    answering=None if probabilities is None else lambda ps: probabilities)
        return [r.value for s in c.slots for rs in s.readings.values() for r in rs]

    assert values({("a1", 0): 0.1, ("a1", final): 0.6}) == ["118.450 points"]
    assert values({("a1", 0): 0.6, ("a1", final): 0.1}) == ["103.050 points"]


def test_a_sentence_in_the_questions_words_gives_the_value_before_a_likelier_one():
    text = ("Quill Pharmacy has raised $3.45 billion in financing from lenders. "
            "In June it had $3.3 billion in debt.")
    passage = article_a1(text, "Quill Pharmacy files", "2023-10-16")
    debt = text.index("In June")

    def values(question: str) -> list[str]:
        c = compare(question, [passage], [], lambda t: 1.0, AnswerSettings(),
                    answering=lambda ps: {("a1", 0): 0.6, ("a1", debt): 0.1})
        return [r.value for s in c.slots for rs in s.readings.values() for r in rs]

    assert values("How much debt does Quill Pharmacy have?") == ["$3.3 billion"]
    # a sum told without any of the question's words is another sum
    assert values("How much money does Quill Pharmacy hold?") == []


def test_the_answer_models_probabilities_cover_every_body_sentence_and_no_headline():
    text = "Ana Ruiz won the title. She scored 118.450 points in all."
    passage = article_a1(text, "Ruiz wins the all-around title", "2023-08-27")
    evidence = Evidence(vectors={}, question_vector=None, idf=lambda t: 1.0)
    got = answering("How many points did Ana Ruiz score?", [passage], evidence,
                    answer_model.load())
    assert set(got) == {("a1", 0), ("a1", text.index("She"))}
    assert all(0.0 < p < 1.0 for p in got.values())


def test_a_date_a_report_counts_up_to_is_not_when_it_happened():
    # published on Friday 2024-01-12
    expanded = asked_slots("When did Quill Foods expand its recall?")[0]
    assert slot_values(expanded, "No illnesses have been reported as of Jan. 11, the FDA "
                                 "said.", "2024-01-12") == []
    assert slot_values(expanded, "Here are the products Quill Foods recalled so far in "
                                 "2023.", "2024-01-12") == []
    assert [v for v, _ in slot_values(expanded, "Quill Foods expanded the recall on Jan. 11.",
                                      "2024-01-12")] == ["2024-01-11 (Jan. 11)"]


def test_of_two_dates_in_a_sentence_the_one_by_the_questions_verb_answers():
    both = ("The first recall, issued on Dec. 15, covered granola bars, while the second, "
            "announced on Jan. 11, expanded the list to cereals.")
    expanded = asked_slots("When did Quill Foods expand its recall?")[0]
    assert expanded.action == "expand"
    assert slot_values(expanded, both, "2024-01-12")[0][0] == "2024-01-11 (Jan. 11)"
    issued = asked_slots("When did Quill Foods issue its first recall?")[0]
    assert slot_values(issued, both, "2024-01-12")[0][0] == "2023-12-15 (Dec. 15)"
    assert asked_slots("When is the Rook-2 crewed launch scheduled?")[0].action == "schedul"
    assert asked_slots("When will the judge hold a hearing?")[0].action == "hold"
    assert asked_slots("When was the eruption?")[0].action is None


def test_a_count_in_progress_and_where_a_change_started_are_no_answers():
    share = asked_slots("What percent of the vote did Ana Ruiz win?")[0]
    assert [v for v, _ in slot_values(share, "With 40% of the votes counted, Ruiz had "
                                             "58% of the vote.")] == ["58%"]
    assert [v for v, _ in slot_values(share, "With 40% of the vote in, Ruiz leads.")] == []
    # "of votes in a runoff" is a share, not the count's progress
    assert [v for v, _ in slot_values(share, "Polls suggest Ruiz may win 47% of votes in a "
                                             "runoff.")] == ["47%"]
    price = asked_slots("How much does the Tunely premium plan cost?")[0]
    assert [v for v, _ in current_values(price, "Tunely raised the price of the plan from "
                                                "$9.99 to $10.99.")] == ["$10.99"]
    # the earlier value still stands when nothing later does
    assert [v for v, _ in slot_values(price, "It cost $9.99 in 2020.")] == ["$9.99"]


AGES = [
    {"id": "g1", "title": "Corvia votes as Prime Minister Tomas Bell seeks third term",
     "outlet": "valleytimes.example", "published": "2024-05-07",
     "text": "Corvia votes as Prime Minister Tomas Bell seeks third term\n\nPrime Minister "
             "Tomas Bell cast his vote in the capital on Tuesday. \"It was never so high before,\""
             " said 50-year-old voter Rina Kathar of the turnout. In Lakeside, Mark Dane, 32, "
             "waited four hours to vote. Bell, 73, is seeking a third term as prime minister."},
    {"id": "g2", "title": "Tomas Bell's party leads Corvia count", "outlet":
     "coastherald.example", "published": "2024-05-08",
     "text": "Tomas Bell's party leads Corvia count\n\nTomas Bell's party leads the count in "
             "Corvia's election. Bell won 58% of the vote, while his rival Ana Ruiz won 31% of "
             "the vote. \"We need a change,\" said Lena Park, 45, a teacher in Lakeside who "
             "voted for Ruiz."},
]


def test_an_age_or_a_share_belongs_to_the_one_it_is_given_to(index: Index, tmp_path: Path):
    ingest_among_others(AGES, index, tmp_path)
    qa = Assistant(index)
    age = next(s for s in qa.compare("How old is Tomas Bell?").slots if s.kind == "age")
    # the voters' ages are theirs: only his own answers, and no one disagrees
    assert list(age.reported_by) == ["73"]
    assert not age.contradiction
    share = next(s for s in qa.compare("What percent of the vote did Ana Ruiz win?").slots
                 if s.kind == "percent")
    assert list(share.reported_by) == ["31%"]


def test_the_rules_for_parts_shares_ages_and_changes_keep_what_answers():
    # found by an independent review: each of these is the answer, and stays one
    jobs = asked_slots("How many jobs did the economy add?")[0]
    assert [v for v, _ in slot_values(jobs, "The economy added 303,000 new jobs.")] == \
        ["303,000 new jobs"]
    # "New" in a place's name asks for no new cases
    york = asked_slots("How many measles cases have been reported in New York?")[0]
    assert slot_values(york, "New York reported two new cases.") == []
    biden = asked_slots("How old is Joe Biden?")[0]
    assert [v for v, _ in slot_values(biden, "The 81-year-old president is running.")] == \
        ["81-year-old"]
    assert [v for v, _ in slot_values(biden, "The president, 81, is running.")] == ["81"]
    assert slot_values(biden, "Ann Smith, 45, said Biden is too old.") == []
    trump = asked_slots("What percent of the vote did Lena Park win?")[0]
    assert [v for v, _ in slot_values(trump, "Ana Ruiz won 21% of the vote and Lena Park "
                                             "won 51%.")] == ["51%"]
    assert [v for v, _ in slot_values(trump, "Voters gave Park 51%.")] == ["51%"]
    assert [v for v, _ in slot_values(trump, "With about 95% of the expected vote counted, "
                                             "Park had 51%.")] == ["51%"]
    # a range is not a change: both ends stand
    price = asked_slots("How much do the tickets cost?")[0]
    assert [v for v, _ in current_values(price, "Prices range from $50 to $500.")] == \
        ["$50", "$500"]
    # a date that names a thing comes after the one that dates the verb
    expanded = asked_slots("When did Quill Foods expand its recall?")[0]
    assert slot_values(expanded, "On Jan. 11, Quill Foods expanded the Dec. 15 recall.",
                       "2024-01-12")[0][0] == "2024-01-11 (Jan. 11)"
    assert [asked_slots(q)[0].action for q in (
        "When did the Fed last raise rates?", "When did the UAW strike end?",
        "When did Trump get indicted?")] == ["rais", "end", "indict"]


QUILL = [
    {"id": "f1", "title": "Quill Foods recalls granola bars", "outlet": "valleytimes.example",
     "published": "2023-12-15",
     "text": "Quill Foods recalls granola bars\n\nQuill Foods announced the recall Friday of "
             "some of its granola bars over possible salmonella, regulators said."},
    {"id": "f2", "title": "Quill Foods expands granola recall to cereals",
     "outlet": "coastherald.example", "published": "2024-01-12",
     "text": "Quill Foods expands granola recall to cereals\n\nQuill Foods expanded its "
             "granola recall on Thursday to include cereals and snack bars, the company "
             "said."},
]


def test_a_date_without_the_questions_verb_contradicts_no_one(index: Index, tmp_path: Path):
    ingest_among_others(QUILL, index, tmp_path)
    c = Assistant(index).compare("When did Quill Foods expand its granola recall?")
    slot = next(s for s in c.slots if s.kind == "date")
    assert list(slot.reported_by) == ["2024-01-11 (on Thursday)"]
    # the first recall's Friday is shown as a side figure: it dates the recall, not its
    # expansion
    assert slot.side == ["valleytimes.example"]
    assert not slot.contradiction


VALDOR = [
    {"id": "v1", "title": "Marat fires missiles at Valdor air bases", "outlet":
     "valleytimes.example", "published": "2020-01-08",
     "text": "Marat fires missiles at Valdor air bases\n\nMarat fired 16 missiles at two Valdor "
             "air bases on Tuesday night, officials said. No one was killed in the missile "
             "attack on the Valdor bases."},
    {"id": "v2", "title": "Missile attack on Valdor bases hints at Marat's restraint", "outlet":
     "coastherald.example", "published": "2020-01-12",
     "text": "Missile attack on Valdor bases hints at Marat's restraint\n\nMarat fired 16 "
             "missiles at the Valdor air bases last week, and warned the bases before the "
             "attack."},
    {"id": "v3", "title": "Marat fires missiles and drones at Tessin", "outlet":
     "northgazette.example", "published": "2024-04-15",
     "text": "Marat fires missiles and drones at Tessin\n\nMarat fired 300 missiles and "
             "drones at Tessin on Saturday, most of them shot down near Tessin's air bases, "
             "which Valdor's fighters helped to defend."},
]


def test_a_report_of_other_times_holds_no_account_in_compare(index: Index, tmp_path: Path):
    ingest_among_others(VALDOR, index, tmp_path)
    c = Assistant(index).compare("How many missiles did Marat fire at the Valdor air bases?")
    slot = next(s for s in c.slots if s.kind == "count")
    values = " ".join(slot.reported_by)
    # the 2024 attack on Tessin is four years from the coverage of the attack on Valdor's
    # bases and tells nothing of its time: its 300 is no account of it
    assert "16" in values and "300" not in values
    assert not slot.contradiction


LARNA = [
    {"id": "q1", "title": "Earthquake kills 12 in Larna", "outlet": "valleytimes.example",
     "published": "2024-03-14",
     "text": "Earthquake kills 12 in Larna\n\nA magnitude 7.1 earthquake struck the Larna valley "
             "on Wednesday, killing 12 people and flattening the old market. Rescuers in Larna "
             "dug through the rubble of the market on Thursday. The Larna valley was last hit "
             "by a major earthquake in 2011, when 300 people died. Another aftershock is "
             "projected to hit Larna on Saturday, seismologists said."},
]


def test_a_topic_that_names_its_time_is_matched_without_those_words_and_starts_then(
        index: Index, tmp_path: Path):
    ingest_among_others(LARNA, index, tmp_path)
    t = Assistant(index).timeline("Larna earthquake of March 2024")
    dated = {e.date: e.citation.quote for e in t.events if e.expression != "published"}
    # no sentence says "March 2024", yet the story's events are found
    assert "2024-03-13" in dated and "2024-03-14" in dated
    # the 2011 quake happened before the story the topic names: background, listed apart
    assert "2011" not in dated
    assert [e.date for e in t.background] == ["2011"]
    # "projected to hit on Saturday" is to come
    assert "2024-03-16" in dated
    # a topic that is a name only is that place's whole story: 2011 is one of its events
    assert "2011" in {e.date for e in Assistant(index).timeline("Larna").events}


KELLER = [
    {"id": "k1", "title": "Mount Keller erupts", "outlet": "valleytimes.example",
     "published": "2022-11-29",
     "text": "Mount Keller erupts\n\nThe eruption of Mount Keller began on Sunday night, "
             "sending lava toward the ranch roads on its northern flank. In 1935, army planes "
             "bombed a lava flow from a Mount Keller eruption to turn it away from the harbor. "
             "Mount Keller and its neighbor have not had an eruption together since 1984, the "
             "observatory said. Officials closed the Keller forest reserve on Monday because "
             "of the eruption. The eruption's observatory did not immediately respond to a "
             "request for comment on Tuesday. The last Mount Keller eruption, in 2021, "
             "lasted a week. A Mount Keller eruption in 2020 closed the harbor."},
    {"id": "k2", "title": "Ana Ruiz, singer of the valley, dies at 71",
     "outlet": "coastherald.example", "published": "2023-05-02",
     "text": "Ana Ruiz, singer of the valley, dies at 71\n\nAna Ruiz died on Monday at her "
             "home. Ana Ruiz recorded her first album in 1972 and toured for four decades."},
]


def test_a_story_of_now_lists_what_it_recalls_from_years_back_apart(index: Index,
                                                                   tmp_path: Path):
    ingest_among_others(KELLER, index, tmp_path)
    t = Assistant(index).timeline("Mount Keller eruption")
    dated = {e.date for e in t.events}
    assert {"2022-11-27", "2022-11-28"} <= dated
    # "since 1984" runs on to the report: the story's own
    assert "1984" in dated
    # the outlet's request for comment is how the story was reported, not an event of it
    assert not any("request for comment" in e.citation.quote for e in t.events)
    # last year's eruption is the story's recent past; two years back is another story's
    assert "2021" in dated and "2020" not in dated
    # the 1935 bombing is background, shown apart and cited after the events
    assert "1935" not in dated
    old, older = t.background
    assert (old.date, older.date) == ("1935", "2020")
    assert old.citation.quote.startswith("In 1935, army planes")
    assert old.citation.n == len(t.events) + 1
    from assistant.cli.coverage import timeline_markup
    story, _, background = timeline_markup(t).partition("[bold]Background[/]")
    assert "1935" not in story and "In 1935, army planes" in background
    # a name alone is someone's whole story: her 1972 album is an event of it
    assert "1972" in {e.date for e in Assistant(index).timeline("Ana Ruiz").events}


HARLAN = [
    {"id": "h1", "title": "Two years after the Harlan school shooting", "outlet":
     "valleytimes.example", "published": "2024-05-24",
     "text": "Two years after the Harlan school shooting\n\nOn May 24, 2022, a gunman killed 21 "
             "people at Harlan Elementary School. The Harlan school shooting of May 24, 2022 "
             "led to a state inquiry into the police response. On May 24, 2022, officers "
             "waited 77 minutes outside the Harlan school before they went in. Families of "
             "the Harlan shooting victims gathered at the school on Friday. The Harlan school "
             "shooting inquiry released its report in January 2024. In 1999, a shooting at "
             "another school, in Colorado, killed 13 people."},
]


def test_a_story_told_years_later_keeps_the_time_its_coverage_returns_to(
        index: Index, tmp_path: Path):
    ingest_among_others(HARLAN, index, tmp_path)
    t = Assistant(index).timeline("Harlan school shooting")
    dated = {e.date for e in t.events}
    # the day the anniversary report keeps returning to is the story's, two years on
    assert "2022-05-24" in dated and "2024-05-24" in dated
    # an older shooting told once is background
    assert "1999" not in dated and [e.date for e in t.background] == ["1999"]


# the topic's strikes of 2021, a report two years on, and another story of 2024 that shares
# the topic's words, in retrieval order (the best-ranked first)
HALDEN = [
    ("s1", "2021-02-26", "US airstrikes hit militias in Halden",
     "US airstrikes hit militias in Halden\n\nUS warplanes struck militia sites in Halden on "
     "Thursday, the Pentagon said. The strikes answered a rocket attack on Feb. 15 that "
     "wounded a contractor."),
    ("s2", "2021-03-05", "Senators question the Halden airstrikes",
     "Senators question the Halden airstrikes\n\nSenators asked on Tuesday why the White "
     "House had not consulted Congress before the Halden airstrikes on militias."),
    ("s3", "2024-04-15", "Militias fire drones near Halden",
     "Militias fire drones near Halden\n\nMilitias fired drones at a base near Halden on "
     "Sunday, and US jets shot most of them down. The attack followed airstrikes on April 1."),
    ("s4", "2023-02-27", "Two years after the Halden airstrikes",
     "Two years after the Halden airstrikes\n\nOn Feb. 25, 2021, US warplanes struck militia "
     "sites in Halden. Veterans of the raid met in Washington on Saturday."),
]


def timeline_of(topic: str, reports: list[tuple[str, str | None, str, str]],
                judge: Any = None) -> Timeline:
    """The timeline of ``topic`` over ``(id, published, headline, text)`` reports, given in
    retrieval order (the best-ranked first), each retrieved whole; with ``judge``, as
    :func:`~assistant.answer.timeline.build` takes it."""
    passages: list[Passage] = []
    mentions: list[TimeMention] = []
    texts: dict[str, str] = {}
    for rank, (aid, published, title, text) in enumerate(reports):
        passages.append(Passage(article_id=aid, chunk_id=f"{aid}:0", score=1.0 - rank / 10,
                                text=text, start=0, end=len(text), title=title,
                                outlet="example.com", published=published))
        mentions += find_times(aid, text, published)
        texts[aid] = text
    return build(topic, passages, mentions, texts, judge)


def halden_timeline(topic: str) -> Timeline:
    return timeline_of(topic, HALDEN)


def test_a_report_a_year_from_the_main_coverage_of_another_time_is_shown_apart():
    t = halden_timeline("US airstrikes on militias in Halden")
    dated = {e.date for e in t.events}
    # the strikes and what followed within weeks are the story
    assert {"2021-02-25", "2021-02-15", "2021-03-02"} <= dated
    # a report two years on that dates the story's own day is the story's, all of it
    assert {e.date for e in t.events if e.citation.article_id == "s4"} >= {
        "2021-02-25", "2023-02-25"}
    # the drones of 2024 are another story in the same words: shown apart, numbered last
    assert not any(e.date.startswith("2024") for e in t.events)
    assert {e.date for e in t.apart if e.citation.article_id == "s3"} >= {"2024-04-14"}
    assert {e.citation.article_id for e in t.apart} == {"s3"}
    assert min(e.citation.n for e in t.apart) == len(t.events) + len(t.background) + 1
    from assistant.cli.coverage import timeline_markup
    story, _, apart = timeline_markup(t).partition("[bold]Other times[/]")
    assert "Militias fired drones" not in story and "Militias fired drones" in apart


def test_a_year_the_main_coverage_keeps_returning_to_is_not_apart():
    war = [("v1", "2024-02-24", "Two years of the war in Velor",
            "Two years of the war in Velor\n\nThe war in Velor began on Feb. 24, 2022, when "
            "the army of Osk crossed the border. Shelling of Velor's capital began in March "
            "2022 and has not stopped. Osk has held the east since its retreat in November 2022. "
            "On Friday, drones struck the capital again."),
           ("v2", "2022-02-25", "Osk invades Velor",
            "Osk invades Velor\n\nThe army of Osk crossed the border into Velor on Thursday, "
            "starting the war.")]
    t = timeline_of("the war in Velor", war)
    # the 2024 report keeps dating 2022: the invasion's own report of 2022 is the story's
    assert "2022-02-24" in {e.date for e in t.events if e.citation.article_id == "v2"}
    assert not t.apart


def test_a_stray_ranked_first_does_not_set_the_storys_time():
    stray, *rest = HALDEN[2:3] + HALDEN[:2] + HALDEN[3:]
    assert stray[0] == "s3"
    t = timeline_of("US airstrikes on militias in Halden", [stray, *rest])
    # two reports of 2021 (and one that dates them) outweigh the 2024 report ranked first
    assert {e.citation.article_id for e in t.apart} == {"s3"}
    assert "2021-02-25" in {e.date for e in t.events}


def test_the_report_of_a_day_the_main_coverage_dates_is_the_storys():
    arts = [("t1", "2026-01-06", "Trial over the Harlan school shooting opens",
             "Trial over the Harlan school shooting opens\n\nJury selection began Monday in the "
             "trial of a former Harlan school officer charged over the May 24, 2022, shooting."),
            ("t2", "2022-05-25", "Gunman kills 21 at Harlan school",
             "Gunman kills 21 at Harlan school\n\nA gunman opened fire Tuesday at Harlan "
             "Elementary School, killing 21 people.")]
    t = timeline_of("the Harlan school shooting trial", arts)
    # the trial report, ranked first, dates the shooting: the shooting's own report stays
    assert not t.apart
    assert "2022-05-24" in {e.date for e in t.events if e.citation.article_id == "t2"}


def test_a_publication_date_that_is_not_iso_breaks_nothing():
    for published in ("--01-08", "Jan. 8, 2020", "", None):
        text = "Floods hit Halden\n\nFloods hit Halden on Tuesday. In 1998, floods were worse."
        t = timeline_of("floods in Halden", [("f", published, "Floods hit Halden", text)])
        assert "1998" in {e.date for e in [*t.events, *t.background]}, published


def test_a_name_alone_keeps_its_whole_story_however_far_apart():
    t = halden_timeline("Halden")
    assert not t.apart
    assert "2024-04-14" in {e.date for e in t.events}


def test_where_to_watch_is_not_an_event():
    from assistant.nlp.furniture import tells_where_to_watch
    assert tells_where_to_watch("Friday night's action at the championships can be seen on "
                                "Peacock.")
    assert tells_where_to_watch("The game will be broadcast on CBS, with Jim Nantz.")
    assert tells_where_to_watch("The debate will air live on NBC on Wednesday.")
    # a day or a month after "on" is when, not where; a count of streams is no channel
    assert not tells_where_to_watch("The interview will air on Sunday night.")
    assert not tells_where_to_watch("The show airs on June 4 on a new service.")
    assert not tells_where_to_watch("The single has 200 million streams on Spotify.")
    text = ("The finals began on Friday in Tampa. Friday night's action at the finals can be "
            "seen on Peacock.")
    events = timeline_of("the finals", [("w", "2023-08-26", "Finals begin", text)]).events
    assert [e.citation.quote for e in events if e.expression != "published"] == [
        "The finals began on Friday in Tampa."]


def test_a_topic_is_a_name_only_when_every_word_is_part_of_a_name():
    from assistant.answer.timeline import names_only
    assert names_only("Pope Benedict XVI") and names_only("Charles de Gaulle")
    assert names_only("Ghislaine Maxwell's")
    assert not names_only("Mauna Loa volcano eruption")
    assert not names_only("Dolly Parton's Guinness world records")
    assert not names_only("2023 US gymnastics championships")
    # capitalised as a title, a named event is still an event
    assert not names_only("Mauna Loa Eruption") and not names_only("Hurricane Ian")
    assert not names_only("Israel-Hamas War") and not names_only("Super Bowl LVIII")


def test_a_coordinated_clause_in_the_past_is_not_the_future_before_it():
    # published on Wednesday 2023-10-18
    s = ("It was unclear how many of its stores would be targeted, but Monday court filings "
         "identified 154 of them.")
    assert [m.date for m in find_times("s", s, "2023-10-18")] == ["2023-10-16"]
    s = "The band will tour Europe, and Monday is the first date."
    assert [m.date for m in find_times("s", s, "2023-10-18")] == ["2023-10-23"]


def test_a_bare_weekday_is_never_six_days_old():
    # dated Wednesday 2022-03-16: its "on Thursday" is the next day (a scraped date that
    # lags, or events where it was already Thursday), not six days before
    got = [m.date for m in find_times("s", "The quake was upgraded to 7.4 on Thursday.",
                                      "2022-03-16")]
    assert got == ["2022-03-17"]
    # "last Thursday" is the one before; five days back is still the past
    assert [m.date for m in find_times("s", "They met last Thursday.", "2022-03-16")] == \
        ["2022-03-10"]
    assert [m.date for m in find_times("s", "They met on Friday.", "2022-03-16")] == \
        ["2022-03-11"]


SENTENCE = [
    {"id": "s1", "title": "Ray Toms sentenced to 20 years in prison for fraud",
     "outlet": "valleytimes.example", "published": "2024-06-28",
     "text": "Prosecutors had asked the "
             "judge to sentence Ray Toms to 30 to 55 years in prison for the fraud, while his "
             "lawyers asked for five years. Toms, 61, ran the Corvia pension fraud for a "
             "decade before his arrest."},
]


def test_a_headline_states_the_figure_the_body_leads_away_from(index: Index, tmp_path: Path):
    ingest_among_others(SENTENCE, index, tmp_path)
    c = Assistant(index).compare("How long a prison sentence did Ray Toms receive?")
    slot = next(s for s in c.slots if s.kind == "duration")
    assert list(slot.reported_by) == ["20 years"]
    (account,) = [a for a in c.accounts if "duration" in a.values]
    cited = next(x for x in account.citations if x.quote.startswith("Ray Toms sentenced"))
    assert cited.field == "title" and cited.quote == SENTENCE[0]["title"][cited.start:cited.end]



def test_review_cases_of_the_date_and_slot_rules_stay_as_written():
    wed = "2024-03-13"
    # "was projected to" reports the past; "is projected to" the future
    assert [m.date for m in find_times("s", "Biden was projected to win the primary on "
                                            "Tuesday, the AP said.", wed)] == ["2024-03-12"]
    assert [m.date for m in find_times("s", "The storm is projected to make landfall "
                                            "Friday.", wed)] == ["2024-03-15"]
    # a coordinated clause whose verb is to come, or a participle in a compound
    got = [m.date for m in find_times("s", "The talks will resume Monday, and Tuesday's "
                                           "closed-door session will focus on aid.", wed)]
    assert got == ["2024-03-18", "2024-03-19"]
    # asked in the past, answered by a date to come
    assert asked_slots("When was the trial postponed to?")[0].side is None
    assert asked_slots("When did Boeing say the jets would return to service?")[0].side \
        is None
    # a share of the whole the question names stays; troops are no population
    vote = asked_slots("What percentage of the vote did Ana Ruiz win?")[0]
    assert [v for v, _ in slot_values(vote, "Ruiz won, accounting for 51% of the vote.")] \
        == ["51%"]
    troops = asked_slots("How many National Guard troops were deployed?")[0]
    assert [v for v, _ in slot_values(troops, "The governor deployed all of the state's "
                                              "4,000 National Guard troops.")] == \
        ["4,000 National Guard troops"]
    # a year that names an event is no start of its story
    from assistant.answer.relevance import frame_start
    assert frame_start("the 2028 Los Angeles Olympics") is None
    assert frame_start("Rite Aid's 2023 bankruptcy") == "2023"
    assert frame_start("the May 2024 India election") == "2024-05"


QUAKES = [
    {"id": "z1", "title": "Earthquake kills 12 in Larna, Morvia", "outlet": "valleytimes.example",
     "published": "2024-03-14",
     "text": "Earthquake kills 12 in Larna, Morvia\n\nA magnitude 7.1 earthquake struck Larna in "
             "northern Morvia on Wednesday, killing 12 people and injuring 300 people. "
             "Rescuers in Larna dug through the rubble on Thursday."},
    {"id": "z2", "title": "Earthquake injures 1,000 in Tesh", "outlet": "coastherald.example",
     "published": "2024-04-03",
     "text": "Earthquake injures 1,000 in Tesh\n\nA magnitude 7.4 earthquake struck Tesh on "
             "Wednesday, killing 9 people and injuring more than 1,000 people. Morvia sent "
             "rescue teams to Tesh, and Morvia's earthquake experts warned of aftershocks. "
             "Those injured in the earthquake were flown to hospitals in Morvia."},
]


def test_an_article_about_another_earthquake_gives_no_value(index: Index, tmp_path: Path):
    """It names the question's country, not its place: it is about another quake."""
    from assistant.answer.relevance import _names_all, name_groups
    assert name_groups("the Larna earthquake in Morvia on Monday") == [{"larna"}, {"morvia"}]
    # a capital that opens the text, a short abbreviation and a month are no names; a title
    # goes with its name, and accents and forms of a name match
    assert name_groups("Compare the tolls of the Maui fire") == [{"maui"}]
    assert name_groups("Roughly, how many U.S. troops were hurt on Oct. 7?") == []
    assert _names_all(name_groups("did Gov. Newsom say"), "Governor Gavin Newsom said")
    assert _names_all(name_groups("goals did Mbappé score"), "Kylian Mbappe scored twice")
    assert _names_all(name_groups("did Kenyan police fire"), "Police in Kenya fired")
    ingest_among_others(QUAKES, index, tmp_path)
    c = Assistant(index).compare("How many people were injured in the Larna earthquake in "
                                 "Morvia?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert [v for v in slot.reported_by] == ["300 people"]
    assert not any(a.label == "coastherald.example" and not a.silent for a in c.accounts)


def test_a_date_whose_sentence_says_nothing_of_the_event_is_no_answer():
    filed = asked_slots("When did Quill Pharmacy file for bankruptcy?")[0]
    assert [v for v, _ in slot_values(filed, "Overdose deaths rose from 3,442 in 1999 to "
                                             "16,706 in 2021.", "2023-10-16")] == []
    assert [v for v, _ in slot_values(filed, "Quill Pharmacy filed for bankruptcy on "
                                             "Sunday.", "2023-10-16")] == \
        ["2023-10-15 (on Sunday)"]
    # a question with no words for what happened keeps every date
    when = asked_slots("When was it?")[0]
    assert [v for v, _ in slot_values(when, "It was in 1999.", "2023-10-16")] == ["1999"]


def test_a_count_of_another_kind_of_casualty_does_not_answer():
    hurt = asked_slots("How many people were injured in the Larna earthquake?")[0]
    assert [v for v, _ in slot_values(hurt, "Officials said 78 people were trapped for four "
                                            "hours in the station.")] == []
    assert [v for v, _ in slot_values(hurt, "A helicopter rescued six people from a mine, "
                                            "the fire department said.")] == []
    # a clause that names the question's class keeps its count beside another's
    assert [v for v, _ in slot_values(hurt, "The quake killed nine and injured 1,000 people "
                                            "trapped in the old town.")] == ["1,000 people"]
    assert [v for v, _ in slot_values(hurt, "At least 300 people were injured.")] == \
        ["At least 300 people"]
    # a question of no class of casualty is not filtered
    trapped = asked_slots("How many miners were trapped?")[0]
    assert [v for v, _ in slot_values(trapped, "Rescuers freed 12 miners who were trapped.")] \
        == ["12 miners"]


def test_the_toll_of_an_event_years_before_the_report_is_another_events():
    dead = asked_slots("How many people died in the Larna earthquake?")[0]
    said = "It was the largest since the 1999 Tesh earthquake that killed over 2,400 people."
    assert [v for v, _ in slot_values(dead, said, "2024-04-03")] == []
    listed = "August 1999 in Tesh: 18,000 people died in a magnitude 7.6 earthquake."
    assert [v for v, _ in slot_values(dead, listed, "2023-02-07")] == []
    # a statistic a year or two behind its report is still the current one
    guns = asked_slots("How many handguns are registered in Morvia?")[0]
    lag = "Their number grew 71% between 2010 and 2020 to about 1.1 million handguns."
    assert [v for v, _ in slot_values(guns, lag, "2022-05-30")] == \
        ["about 1.1 million handguns"]
    # the year the question names is its own time; an undated report drops nothing
    then = asked_slots("How many people died in the 1999 Tesh earthquake?")[0]
    assert [v for v, _ in slot_values(then, said, "2024-04-03")] == ["over 2,400 people"]
    unnamed = "It was the largest since the 1999 earthquake that killed over 2,400 people."
    assert [v for v, _ in slot_values(dead, unnamed, "2024-04-03")] == []
    assert [v for v, _ in slot_values(dead, unnamed, None)] == ["over 2,400 people"]
    # a year after the toll ("surpassing ...") leaves the toll current
    assert [v for v, _ in slot_values(dead, "The quake killed 41,000 people, surpassing the "
                                            "1999 Tesh earthquake.", "2023-02-14")] == \
        ["41,000 people"]


def test_people_living_somewhere_are_a_population_and_opposite_verbs_answer_no_question():
    hurt = asked_slots("How many people were injured in the Larna earthquake?")[0]
    assert [v for v, _ in slot_values(hurt, "More than 2.5 million people live within 50km "
                                            "of the epicentre.")] == []
    assert [v for v, _ in slot_values(hurt, "More than 2.5 million people living near the "
                                            "epicentre were shaken.")] == []
    close = asked_slots("At what price did Quill Games shares close on Tuesday?")[0]
    assert [v for v, _ in slot_values(close, "The stock opened at $70.90 and closed at "
                                             "$57.99.")] == ["$57.99"]
    opening = asked_slots("At what price did Quill Games shares open on Tuesday?")[0]
    assert [v for v, _ in slot_values(opening, "The stock opened at $70.90 and closed at "
                                               "$57.99.")] == ["$70.90"]
    # a gap below or above another is no level
    rise = asked_slots("By what percent did Quill Games' stock rise after the deal?")[0]
    assert [v for v, _ in slot_values(rise, "Its stock is trading nearly 15% below the "
                                            "offer price.")] == []


def test_a_question_that_names_its_year_is_not_answered_from_another_year():
    price = asked_slots("How much will Quill's plan cost per month after the 2024 price "
                        "increase?")[0]
    assert [v for v, _ in slot_values(price, "In 2023, Quill increased the price of the plan "
                                             "to $10.99.", "2024-06-03")] == []
    assert [v for v, _ in slot_values(price, "In 2024, Quill increased the price of the plan "
                                             "to $11.99.", "2024-06-03")] == ["$11.99"]
    # "since" starts a span and sets no time; a question without a year keeps both
    assert [v for v, _ in slot_values(price, "The plan, unchanged since 2021, costs $11.99.",
                                      "2024-06-03")] == ["$11.99"]
    plain = asked_slots("How much does Quill's plan cost per month?")[0]
    assert [v for v, _ in slot_values(plain, "In 2023, Quill increased the price of the plan "
                                             "to $10.99.", "2024-06-03")] == ["$10.99"]


def test_a_sentence_that_names_another_event_gives_none_of_its_values():
    hurt = asked_slots("How many people were injured in the earthquakes in Morvia?")[0]
    said = ("Estimates for the death toll of the Valdivia earthquake range from 490 to 5,700, "
            "and 3,000 people were reported injured.")
    assert slot_values(hurt, said) == []
    storm = asked_slots("How many people did Hurricane Beryl kill?")[0]
    assert slot_values(storm, "Hurricane Ian killed 150 people in Florida.") == []
    assert [v for v, _ in slot_values(storm, "Hurricane Beryl killed 11 people.")] == \
        ["11 people"]
    # an event named by a weekday, or by a place the question names, is the question's own
    assert [v for v, _ in slot_values(hurt, "Monday's earthquake injured 5,000 people.")] == \
        ["5,000 people"]
    assert [v for v, _ in slot_values(hurt, "Sandy Morvia’s earthquake injured 5,000 people.")] \
        == ["5,000 people"]
    floods = asked_slots("How many people died in the Texas floods?")[0]
    assert [v for v, _ in slot_values(floods, "The Texas floods killed 135 people.")] == \
        ["135 people"]


def test_a_planned_date_that_was_called_off_is_no_longer_the_plan():
    launch = asked_slots("When is the Quill crewed launch scheduled?")[0]
    assert asked_slots("When is the Quill crewed launch scheduled?")[0].side == "to come"
    assert slot_values(launch, "A planned Monday evening launch of Quill was called off due "
                               "to a faulty valve.", "2024-05-06") == []
    assert [v for v, _ in slot_values(launch, "The Quill launch was postponed from Monday to "
                                              "May 17.", "2024-05-06")] == \
        ["2024-05-17 (May 17)"]
    assert [v for v, _ in slot_values(launch, "The Quill launch was delayed until May 17.",
                                      "2024-05-06")] == ["2024-05-17 (May 17)"]
    # a question of what happened keeps the day it was called off
    off = asked_slots("When was the Quill launch called off?")[0]
    assert [v for v, _ in slot_values(off, "The Quill launch was called off on Monday.",
                                      "2024-05-07")] == ["2024-05-06 (on Monday)"]


def test_a_sum_a_change_is_by_answers_only_a_question_of_the_change():
    level = asked_slots("How much will Quill's plan cost per month after the 2024 price "
                        "increase?")[0]
    said = "Quill plans to raise prices by about $1 to $2 per month, to $11.99."
    assert [v for v, _ in slot_values(level, said)] == ["$11.99"]
    change = asked_slots("How much will Quill raise prices?")[0]
    assert [v for v, _ in slot_values(change, said)] == ["about $1", "$2", "$11.99"]
    by = asked_slots("By how much will the price of Quill's plan go up?")[0]
    assert [v for v, _ in slot_values(by, said)][:2] == ["about $1", "$2"]


def test_a_speaker_the_question_does_not_name_saying_what_it_does_itself_gives_no_value():
    text = ("Quill said it will lay off 13% of its employees. "
            "Lyft, meanwhile, said it will lay off 9% of its workers. "
            "Analysts said the cuts at Quill reach 13%.")
    passage = article_a1(text, "Layoffs", "2022-11-07")

    attributions = [
        said_in(text, "Quill said it will lay off 13% of its employees.", "Quill"),
        said_in(text, "Lyft, meanwhile, said it will lay off 9% of its workers.", "Lyft"),
        said_in(text, "Analysts said the cuts at Quill reach 13%.", "Analysts")]

    def values(question: str) -> dict[str, list[str]]:
        c = compare(question, [passage], attributions, lambda t: 1.0, AnswerSettings())
        return {label: [r.value for r in rs] for s in c.slots
                for label, rs in s.readings.items()}

    assert values("What percent of its workforce is Quill cutting?") == {
        "Quill": ["13%"], "Analysts": ["13%"]}
    # a question that names Lyft hears Lyft
    assert values("What percent of its workforce is Lyft cutting?")["Lyft"] == ["9%"]


def test_a_percent_of_a_change_the_other_way_does_not_answer():
    cut = asked_slots("By what percent is Quill cutting its staff?")[0]
    assert [v for v, _ in slot_values(cut, "Quill had 8,700 employees, a year-over-year "
                                           "increase of 28%.")] == []
    assert [v for v, _ in slot_values(cut, "Quill's stock opened more than 5% higher.")] == []
    assert [v for v, _ in slot_values(cut, "Quill will lay off 14% of its staff.")] == ["14%"]
    rise = asked_slots("By what percent did Quill's stock rise?")[0]
    assert [v for v, _ in slot_values(rise, "Quill's stock fell around 1.5%.")] == []
    # a question that asks no change hears both ways
    share = asked_slots("What percent of the vote did Lena Park get?")[0]
    assert [v for v, _ in slot_values(share, "Lena Park got 30%, up from 25%.")] == \
        ["30%", "25%"]


def test_an_article_that_never_names_the_counts_qualifier_counts_other_things():
    assert qualifiers("How many measles cases have been reported in Corvia?") == ["measl"]
    assert qualifiers("How many studio albums has Ana Ruiz released?") == ["studio"]
    assert qualifiers("How many more people died?") == []

    def passage(aid: str, text: str) -> Passage:
        return Passage(article_id=aid, chunk_id=f"{aid}:0", score=1.0, text=text, start=0,
                       end=len(text), title="Corvia news", outlet=f"{aid}.example",
                       published="2024-02-08")

    passages = [passage("a1", "Corvia has reported eight cases of measles this month."),
                passage("a2", "A total of 7,350 cases of cereal were recalled in Corvia.")]
    c = compare("How many measles cases have been reported in Corvia?", passages, [],
                lambda t: 1.0, AnswerSettings())
    slot = next(s for s in c.slots if s.kind == "count")
    assert list(slot.reported_by) == ["eight cases"]


def test_a_value_under_a_list_heading_that_names_another_place_is_that_places():
    dead = asked_slots("How many people died in Larna County, Morvia, in the blizzard?")[0]
    assert slot_values(dead, "• Tesh: Three people have died in the state, officials said.") \
        == []
    assert [v for v, _ in slot_values(dead, "• Morvia: Larna County has had three "
                                            "storm-related deaths.")] == \
        ["three storm-related deaths"]
    assert slot_values(dead, "June 2022 in Tesh: More than 1,100 people died.") == []
    # a heading that is no list item stays ("White House: ...")
    assert [v for v, _ in slot_values(dead, "Officials: Twelve people died in the blizzard.")] \
        == ["Twelve people"]


def test_the_whole_a_part_is_taken_of_is_not_the_part():
    laid = asked_slots("How many Quill employees were laid off?")[0]
    assert slot_values(laid, "Quill began layoffs that affected half of the company's "
                             "workforce of more than 7,500 full-time employees.") == []
    dead = asked_slots("How many people died in Larna County?")[0]
    assert [v for v, _ in slot_values(dead, "Out of the 17 weather-related deaths across "
                                            "Morvia, 16 people died in Larna County.")] == \
        ["16 people"]
    # "Two of the 12 people killed": there the whole is the toll asked
    killed = asked_slots("How many people were killed in the Larna shooting?")[0]
    assert "12 people" in [v for v, _ in slot_values(killed, "Two of the 12 people killed "
                                                             "were children.")]
    # a question of the whole hears it
    have = asked_slots("How many employees does Quill have?")[0]
    assert [v for v, _ in slot_values(have, "Layoffs hit half of its workforce of more than "
                                            "7,500 employees.")] == ["more than 7,500 employees"]


def test_a_count_of_places_is_never_of_the_dead():
    assert [(q.text, q.unit) for q in find_quantities(
        "At least 25 others across 11 US states also have been reported dead.")
        if q.unit == "dead"] == []


def test_of_two_dates_the_one_in_the_clause_of_the_event_answers():
    when = asked_slots("When was King Arno's coronation?")[0]
    said = ("While Arno has been king since his mother died on Sept. 8, 2022, the coronation "
            "ceremony Saturday marked a formal confirmation of his role.")
    assert [v for v, _ in slot_values(when, said, "2023-05-08")] == \
        ["2023-05-06 (Saturday)", "2022-09-08 (Sept. 8, 2022)"]


def test_a_rate_is_a_percent_and_a_change_in_points_is_one_too():
    assert slot_kinds("What was the average rate on a 30-year fixed mortgage in December?") \
        == ["percent"]
    assert slot_kinds("By how much did the central bank raise interest rates in May?") == \
        ["percent"]
    assert slot_kinds("How much is the tax on cigarettes?") == ["money"]
    points = [(q.text, q.value, q.unit) for q in find_quantities(
        "It raised rates by a quarter percentage point, after 75 basis points and three "
        "quarters of a percentage point, to 5.25%.")]
    assert points == [("a quarter percentage point", 0.25, "point"),
                      ("75 basis points", 0.75, "point"),
                      ("three quarters of a percentage point", 0.75, "point"),
                      ("5.25%", 5.25, "")]
    # a change in points and a level in percent do not contradict each other
    quarter, level = find_quantities("by a quarter percentage point to 5.25%")
    assert agree(quarter, level)


def test_the_dead_and_the_hurt_together_answer_neither():
    dead = asked_slots("How many people died in the Larna parade shooting?")[0]
    assert slot_values(dead, "A total of 45 people died or were injured, police said.") == []
    assert [v for v, _ in slot_values(dead, "Seven people died and 45 were injured.")] == \
        ["Seven people"]
    hurt = asked_slots("How many people were injured in the Larna parade shooting?")[0]
    assert slot_values(hurt, "In all, 45 people were killed or injured.") == []


def test_a_year_the_question_names_does_not_move_a_day_to_the_wrong_side_of_the_report():
    launch = asked_slots("When did Ana Ruiz launch her 2024 presidential campaign?")[0]
    assert (launch.side, launch.year) == ("past", "2024")
    assert [v for v, _ in slot_values(launch, "Ruiz on Nov. 15 launched her 2024 "
                                              "presidential campaign.", "2022-12-11")] == \
        ["2022-11-15 (Nov. 15)"]


def test_a_rounder_figure_a_moving_rate_and_a_recalled_one_contradict_no_one():
    one = find_quantities("a combined $1.6 million")[0]
    more = find_quantities("a maximum of $1.61 million")[0]
    assert agree(one, more)
    assert not agree(find_quantities("$3 million")[0], find_quantities("$4.5 million")[0])
    assert not agree(find_quantities("12 people")[0], find_quantities("15 people")[0])
    said = "Two weeks ago, Quill and Orbit were nearing a deal on $375 billion."
    assert recalled(said, said.index("$375"), said.index("$375") + 12)
    assert not recalled("The deal, announced two weeks ago, is worth $375 billion.", 44, 56)

    def passage(aid: str, outlet: str, day: str, text: str) -> Passage:
        return Passage(article_id=aid, chunk_id=f"{aid}:0", score=1.0, text=text, start=0,
                       end=len(text), title="Rates", outlet=outlet, published=day)

    def slot(question: str, passages: list[Passage]) -> Slot:
        c = compare(question, passages, [], lambda t: 1.0, AnswerSettings())
        return c.slots[0]

    rate = "What was the average rate on a 30-year fixed mortgage in December?"
    weekly = slot(rate, [
        passage("a", "one.example", "2022-12-08", "The 30-year fixed-rate mortgage averaged "
                                                  "6.33% this week."),
        passage("b", "two.example", "2022-12-15", "The 30-year fixed-rate mortgage averaged "
                                                  "6.31% this week.")])
    assert (weekly.contradiction, weekly.moved) == (False, True)
    same_day = slot(rate, [
        passage("a", "one.example", "2022-12-15", "The 30-year fixed-rate mortgage averaged "
                                                  "6.33% this week."),
        passage("b", "two.example", "2022-12-15", "The 30-year fixed-rate mortgage averaged "
                                                  "6.31% this week.")])
    assert same_day.contradiction
    deal = slot("How much does the climate deal invest?", [
        passage("a", "one.example", "2022-07-28", "The climate deal will invest $369 billion."),
        passage("b", "two.example", "2022-07-28", "Two weeks ago, the climate deal was to "
                                                  "invest $375 billion.")])
    assert deal.recalled == ["two.example"]
    assert not deal.contradiction


def test_a_speakers_side_figure_far_less_likely_to_answer_is_not_lined_up():
    text = ("Inflation rose to 10.1% in September, the statistics office said. "
            "Health care costs will soar by 6.5% next year, according to a survey by Aon. "
            "Prices could fall 10% next year, Credit Quill said.")
    passage = article_a1(text, "Inflation", "2022-10-19")

    sentences = ["Inflation rose to 10.1% in September, the statistics office said.",
                 "Health care costs will soar by 6.5% next year, according to a survey by Aon.",
                 "Prices could fall 10% next year, Credit Quill said."]
    attributions = [said_in(text, sentences[0], "the statistics office"),
                    said_in(text, sentences[1], "Aon"), said_in(text, sentences[2], "Credit Quill")]
    starts = [text.index(x) for x in sentences]

    def slot(likely: list[float]) -> Slot:
        c = compare("What was the inflation rate in September?", [passage], attributions,
                    lambda t: 1.0, AnswerSettings(),
                    answering=lambda ps: {("a1", st): p for st, p in zip(starts, likely,
                                                                          strict=True)})
        assert c.by == "speaker"
        return c.slots[0]

    s = slot([0.6, 0.1, 0.35])
    assert list(s.reported_by) == ["10.1%", "10%"]
    assert s.side == ["Aon"]
    assert "Aon" not in s.silent  # it speaks, of something else
    # as likely as the best, a speaker's figure is lined up
    assert "6.5%" in slot([0.6, 0.5, 0.35]).reported_by


def _date_slot(question: str, said: list[tuple[str, str, str]]) -> Slot:
    """The date slot of ``compare`` over one sentence per (outlet, sentence, day)."""
    passages = [_outlet_passage(f"a{i}", outlet, text, day)
                for i, (outlet, text, day) in enumerate(said)]
    c = compare(question, passages, [], lambda t: 1.0, AnswerSettings())
    return next(s for s in c.slots if s.kind == "date")


def test_dates_months_apart_date_different_occasions_and_disagree_with_no_one():
    slot = _date_slot("When did the Harlow mayor resign?", [
        ("northgazette.example", "The Harlow mayor resigned on March 3, 2023.", "2023-03-04"),
        ("coastherald.example", "The Harlow mayor resigned on October 12, 2023.",
         "2023-10-13")])
    assert len(slot.reported_by) == 2
    assert not slot.contradiction and slot.apart
    assert "over a month apart" in slot.verdict


def test_dates_a_few_days_apart_still_disagree():
    slot = _date_slot("When did the Harlow mayor resign?", [
        ("northgazette.example", "The Harlow mayor resigned on March 3, 2023.", "2023-03-08"),
        ("coastherald.example", "The Harlow mayor resigned on March 6, 2023.", "2023-03-08")])
    assert slot.contradiction and not slot.apart
    assert slot.verdict == "accounts differ"


def test_a_planned_date_told_on_different_days_has_moved_not_contradicted():
    question = "When will the Harlow rocket launch?"
    first = ("northgazette.example", "The Harlow rocket will launch on May 6, 2024.",
             "2024-05-01")
    later = ("coastherald.example", "The Harlow rocket will launch on May 17, 2024.",
             "2024-05-08")
    slot = _date_slot(question, [first, later])
    assert not slot.contradiction and slot.moved
    assert "a planned date moves" in slot.verdict
    # told two ways on one day, the plan is in dispute
    same_day = _date_slot(question, [first, (later[0], later[1], first[2])])
    assert same_day.contradiction and not same_day.moved


def test_a_past_events_date_is_the_one_most_of_an_outlets_reports_give():
    question = "When did the Harlow mayor resign?"
    said = [("The Harlow mayor resigned on March 3, 2023.", "2023-03-04"),
            ("Harlow's mayor, who resigned on March 3, 2023, left no successor.", "2023-03-20"),
            ("The Harlow mayor resigned on March 6, 2023, a later report said.", "2023-04-02")]
    slot = _date_slot(question, [("northgazette.example", t, d) for t, d in said])
    [reading, *_] = slot.readings["northgazette.example"]
    assert reading.value.startswith("2023-03-03")
    # a plan's date is news: the newest report's leads
    plan = _date_slot("When will the Harlow mayor resign?", [
        ("northgazette.example", "The Harlow mayor will resign on June 3, 2023.", "2023-03-04"),
        ("northgazette.example", "The Harlow mayor will resign on June 3, 2023, aides said.",
         "2023-03-20"),
        ("northgazette.example", "The Harlow mayor will now resign on June 9, 2023.",
         "2023-04-02")])
    assert plan.readings["northgazette.example"][0].value.startswith("2023-06-09")


def test_the_day_after_a_verb_of_saying_dates_the_saying_not_what_was_said():
    asked = asked_slots("When will Harlow stop requiring visitors to show a ferry pass?")[0]
    said = ("The council announced Friday that Harlow will no longer require visitors to show "
            "a ferry pass, effective Sunday.")
    assert next(v for v, _ in slot_values(asked, said, "2022-06-10")) == "2022-06-12 (Sunday)"
    # a date that dates the thing announced is kept first
    recall = asked_slots("When did Harlow Mills expand its recall?")[0]
    second = ("The first recall, issued on Dec. 15, covered granola, while the second, "
              "announced on Jan. 11, expanded the recall to cereals.")
    assert next(v for v, _ in slot_values(recall, second, "2024-01-16")) == \
        "2024-01-11 (Jan. 11)"


def test_a_report_that_says_the_asked_action_dates_it_before_one_that_names_the_event():
    slot = _date_slot("When will the Harlow Cup final be played?", [
        ("northgazette.example", "The Harlow Cup final will be played on Sunday, Feb. 12.",
         "2023-01-30"),
        ("northgazette.example", "Fans gather on Monday, Feb. 6, for the opening party of "
         "the Harlow Cup final week.", "2023-02-06")])
    assert slot.readings["northgazette.example"][0].value.startswith("2023-02-12")


def test_a_count_for_one_place_alone_answers_only_for_that_place():
    said = ("At least 66 people died because of the storm in Harlow alone, and four were "
            "killed in Dunmore, officials say.")
    whole = asked_slots("How many people died in the storm?")[0]
    # ... nor the other place's count beside it: the sentence breaks the toll down
    assert slot_values(whole, said, "2022-10-01") == []
    named = asked_slots("How many people died in Harlow in the storm?")[0]
    assert "At least 66 people" in [v for v, _ in slot_values(named, said, "2022-10-01")]


def test_a_year_far_from_the_one_the_question_names_dates_nothing_asked():
    gala = asked_slots("When is the 2023 Harlow Gala?")[0]
    assert slot_values(gala, "The Harlow Gala started as a midnight supper in 1948.",
                       "2023-04-26") == []
    # a year or two off may be the question's attributive year
    run = asked_slots("When did Ana Ruiz launch her 2024 campaign for mayor?")[0]
    assert [v for v, _ in slot_values(run, "Ana Ruiz launched her campaign for mayor on "
                                           "Nov. 15, 2022.", "2022-12-01")] == \
        ["2022-11-15 (Nov. 15, 2022)"]


def test_a_date_to_the_day_leads_before_a_year_mentioned_in_passing():
    slot = _date_slot("When is the 2023 Harlow Gala?", [
        ("northgazette.example", "The 2023 Harlow Gala will take place on Monday, May 1, 2023.",
         "2023-04-20"),
        ("northgazette.example", "Ana Ruiz, who walked the Harlow Gala steps in 2022, came "
         "alone.", "2023-05-02")])
    assert slot.readings["northgazette.example"][0].value.startswith("2023-05-01")


def test_an_articles_this_week_yields_to_a_day_of_that_week_it_names_elsewhere():
    def lead(text: str, day: str, question: str) -> str:
        c = compare(question, [_outlet_passage("a1", "northgazette.example", text, day)], [],
                    lambda t: 1.0, AnswerSettings())
        slot = next(s for s in c.slots if s.kind == "date")
        return slot.readings["northgazette.example"][0].value

    glow = ("The Harlow glow is best seen this week, around the new moon. The Harlow glow "
            "peaks on Friday, May 19, at the new moon.")
    assert lead(glow, "2023-05-16", "When is the Harlow glow best seen?").startswith(
        "2023-05-19")
    # a day of another week may date another thing: a rival's layoffs stay out
    cuts = ("Harlow Bio laid off 200 workers this week. Rival Tollbridge laid off 50 workers "
            "on Sept. 12.")
    assert "week" in lead(cuts, "2022-09-23", "When did Harlow Bio lay off workers?")


def test_the_sum_a_change_brings_the_whole_to_answers_before_the_change():
    asked = asked_slots("How much funding has Harlow Bio raised?")[0]
    said = ("Harlow Bio announced $150 million in new investments, boosting to $225 million "
            "its funding since 2021.")
    assert next(v for v, _ in slot_values(asked, said, "2023-01-31")) == "$225 million"


def test_a_duration_written_as_the_length_of_another_thing_is_not_the_one_asked():
    asked = asked_slots("How long did the Harlow mission last?")[0]
    said = ("The next crew launched after a 40-hour turnaround that followed the 10-day "
            "Harlow mission.")
    assert [v for v, _ in slot_values(asked, said, "2022-04-25")] == ["10-day"]
    # a span told in other words for the same thing stays
    assert [v for v, _ in slot_values(asked, "Harlow will go on a 25.5-day journey.",
                                      "2022-08-22")] == ["25.5-day"]


def test_how_often_something_is_right_asks_for_a_percent():
    assert slot_kinds("How often is Harlow Hal's forecast right?") == ["percent"]
    assert slot_kinds("How often does the Harlow ferry run?") == []


def test_a_counts_range_is_read_whole_and_a_change_from_one_count_to_another_is_not_a_range():
    [between] = find_quantities("Between 400 and 500 migrant workers died, he said.")
    assert (between.text, between.low, between.high) == ("Between 400 and 500 migrant workers",
                                                         400.0, 500.0)
    [some] = find_quantities("Some 60 to 70 people came to the site.")
    assert (some.low, some.high) == (60.0, 70.0)
    rose = [q for q in find_quantities("The toll rose from 12 to 20 dead.") if q.value == 20]
    assert [(q.low, q.high) for q in rose] == [(20.0, 20.0)]


def test_a_weekday_fronted_before_a_clause_in_the_future_is_to_come():
    # published on Friday 2022-09-23
    def dates(sentence: str) -> list[str]:
        return [m.date for m in find_times("s", sentence, "2022-09-23")]

    assert dates("On Monday, a NASA probe will slam into the asteroid.") == ["2022-09-26"]
    assert dates("On Monday, the probe slammed into the asteroid.") == ["2022-09-19"]
    # the clause's first verb is in the past: Monday dates the saying
    assert dates("On Monday, officials said the bridge would reopen.") == ["2022-09-19"]
    # the day something starts from is to come
    assert dates("Starting Wednesday, travelers will no longer need a test.") == ["2022-09-28"]
    assert dates("The rule takes hold, effective Sunday.") == ["2022-09-25"]
    # ... unless the clause tells what was done since: the past, told from a day
    assert dates("Beginning Monday, hospitals saw a surge in patients.") == ["2022-09-19"]
    # a time of the day before it: "At dawn Monday, the body will be moved"
    assert dates("At dawn Monday, the body will be moved to the stadium.") == ["2022-09-26"]
    assert dates("Early Sunday, the storm will reach the coast.") == ["2022-09-25"]
    assert dates("Early Sunday, the storm reached the coast.") == ["2022-09-18"]
    assert dates("Crews at dawn Monday, tired, will rest.") == ["2022-09-19"]  # not fronted


def test_fatally_shot_people_are_the_dead():
    asked = asked_slots("How many players were killed in the Harlow shooting?")[0]
    said = ("A student is suspected of fatally shooting three current players in the Harlow "
            "shooting.")
    assert [v for v, _ in slot_values(asked, said, "2022-11-14")] == ["three current players"]


def test_a_sentence_naming_another_of_the_family_tells_of_the_other():
    asked = asked_slots("What share of new cases was caused by the HX.2 subvariant?")[0]
    assert slot_values(asked, "HX.5 made up more than 54% of new cases.", "2022-07-08") == []
    assert [v for v, _ in slot_values(asked, "HX.2 caused 51% of new cases, up from the "
                                             "HX.1 share.", "2022-03-29")] == ["51%"]


def test_sums_more_than_tenfold_apart_are_two_things_not_a_dispute():
    question = "How much did Harlow Corp pay to buy Quill?"

    def slot(first: str, second: str) -> Slot:
        c = compare(question, [
            _outlet_passage("a1", "northgazette.example", f"Harlow Corp paid {first} to buy "
                            "Quill, the companies said.", "2022-11-01"),
            _outlet_passage("a2", "coastherald.example", f"Harlow Corp paid {second} to buy "
                            "Quill, the companies said.", "2022-11-01")],
                    [], lambda t: 1.0, AnswerSettings())
        return next(s for s in c.slots if s.kind == "money")

    far = slot("$44 billion", "$8 million")
    assert not far.contradiction and far.apart
    assert "more than tenfold" in far.verdict
    near = slot("$44 billion", "$40 billion")
    assert near.contradiction and not near.apart


def test_a_day_of_an_unknown_year_is_kept_when_the_question_names_a_year():
    gala = asked_slots("When is the 2023 Harlow Gala?")[0]
    assert [v for v, _ in slot_values(gala, "The Harlow Gala is on Nov. 20.", None)] == \
        ["--11-20 (Nov. 20)"]


def test_a_month_and_a_day_in_it_do_not_contradict_each_other():
    slot = _date_slot("When was the Harlow primary held?", [
        ("northgazette.example", "The Harlow primary was held on Aug. 16, 2022.", "2022-08-17"),
        ("coastherald.example", "The Harlow primary was held in August 2022.", "2022-08-30")])
    assert len(slot.reported_by) == 2
    assert not slot.contradiction
    assert agree("2022", "2022-08-16") and not agree("2022-07", "2022-08-16")


def test_a_bare_number_in_a_list_counts_the_noun_of_the_count_before_it():
    counts = [(q.text, q.unit) for q in find_quantities(
        "Of the 40 sailors charged, 15 sailors were convicted and 9 were discharged.")
        if q.kind == "count"]
    assert counts == [("40 sailors", "sailor"), ("15 sailors", "sailor"), ("9", "sailor")]
    # its own verb decides whether it counts the dead, not the count's before it
    hurt = [(q.text, q.unit) for q in find_quantities(
        "The blast killed 12 miners, and 30 were injured.") if q.kind == "count"]
    assert hurt == [("12 miners", "dead"), ("30", "miner")]
    # an adverb may stand between: "and 15 severely injured"
    assert [q.text for q in find_quantities("Four people were killed and 15 severely "
                                            "injured.") if q.kind == "count"][-1] == "15"


def test_of_parallel_counts_the_one_with_the_questions_verb_leads():
    question = "How many sailors charged in the Harlow mutiny were discharged?"
    assert question_verb(question) == question_verb("How many sailors were discharged?")
    asked = asked_slots(question)[0]
    sentence = "Of the 40 sailors charged, 15 sailors were convicted and 9 were discharged."
    assert slot_values(asked, sentence, "2023-05-02")[0][0] == "9"


def test_of_parallel_shares_the_one_after_the_questions_name_leads():
    asked = asked_slots("What share of new cases is caused by the HX.1.1 subvariant?")[0]
    sentence = ("The agency estimates that QZ.1.5 causes 40.5% of cases, followed by HX.1.1 "
                "at 26.9%; HX.1 at 18.3%; and QZ at 3.6%.")
    shown = [v for v, _ in slot_values(asked, sentence, "2022-12-02")]
    assert shown[0] == "26.9%" and "18.3%" not in shown
    # a sentence naming only others of its shape tells of those
    assert slot_values(asked, "HB.5 made up more than 54% of cases.", "2022-07-08") == []


def test_a_closing_price_is_not_the_days_peak_a_buyers_price_or_the_market_value():
    asked = asked_slots("At what price did Harlow Labs shares close on their first day?")[0]

    def shown(sentence: str) -> list[str]:
        return [v for v, _ in slot_values(asked, sentence, "2024-03-26")]

    assert shown("Shares rose as high as $79.38 before flagging to close at $57.99.") == \
        ["$57.99"]
    assert shown("Lee said she purchased five shares at about $72 a pop.") == []
    assert shown("A selloff left Harlow Labs with a closing market value of nearly $8 "
                 "billion.") == []
    # a question of what the company is worth still reads it
    worth = asked_slots("How much was Harlow Labs worth at the close?")[0]
    assert [v for v, _ in slot_values(worth, "A selloff left Harlow Labs with a closing "
                                      "market value of nearly $8 billion.", "2024-03-26")] == \
        ["nearly $8 billion"]


def test_the_first_time_something_was_done_is_the_accounts_earliest_date():
    said = [("northgazette.example", "Harlow Foods recalled its granola bars on Dec. 15, 2023.",
             "2023-12-16"),
            ("northgazette.example", "Harlow Foods expanded the recall on Jan. 11, 2024, "
             "recalling more cereals.", "2024-01-12")]
    first = _date_slot("When did Harlow Foods issue its first recall?", said)
    assert list(first.reported_by) == ["2023-12-15 (Dec. 15, 2023)"]
    # without "first", the newest report leads as before
    latest = _date_slot("When did Harlow Foods recall its products?", said)
    assert list(latest.reported_by) == ["2024-01-11 (Jan. 11, 2024)"]


def test_an_age_the_sentence_gives_a_man_is_not_the_age_of_the_woman_asked_about():
    asked = asked_slots("How old was the Harlow duchess when she died?")[0]
    assert slot_values(asked, "The 73-year-old duke and his siblings walked behind the "
                       "hearse.", "2022-09-12") == []
    assert [v for v, _ in slot_values(asked, "The 96-year-old duchess died at her home.",
                                      "2022-09-08")] == ["96-year-old"]


def test_a_number_the_question_names_binds_the_sentence_of_its_answer():
    text = ("Walking briskly lowered the risk of dementia by 62%, the study of dementia risk "
            "found. Risk fell by 25% with as few as 3,800 steps a day.")
    c = compare("By what percent did walking 3,800 steps a day lower the risk of dementia?",
                [_outlet_passage("a1", "northgazette.example", text, "2022-09-06")],
                [], lambda t: 1.0, AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "percent").reported_by) == ["25%"]


def test_the_fatally_injured_are_the_dead_not_the_injured():
    asked = asked_slots("How many people were seriously injured in the Harlow derailment?")[0]
    assert slot_values(asked, "The number of fatally injured in the derailment rose to four "
                       "people, police said.", "2022-06-03") == []
    assert [v for v, _ in slot_values(asked, "Police said 15 people were seriously injured "
                                      "in the derailment.", "2022-06-03")] == ["15 people"]


def test_a_report_naming_the_questions_number_leads_before_a_newer_one_that_does_not():
    question = "By what percent did walking 3,800 steps a day lower the risk of dementia?"

    def lead(older: str, newer: str) -> list[str]:
        c = compare(question, [
            _outlet_passage("a1", "northgazette.example", older, "2022-09-06"),
            _outlet_passage("a2", "northgazette.example", newer, "2022-10-10")],
                    [], lambda t: 1.0, AnswerSettings())
        return list(next(s for s in c.slots if s.kind == "percent").reported_by)

    assert lead("Walking 3,800 steps a day cut the risk of dementia by 25%.",
                "Walking 10,000 steps a day lowered the risk of dementia by 50%.") == ["25%"]
    # the day of a date in the question is no number to bind: "Jan. 6" is not "6 hours"
    assert compare("How long did Lee spend at the courthouse investigating Jan. 6?", [
        _outlet_passage("a1", "northgazette.example", "Lee spent 6 hours at the courthouse.",
                        "2023-04-20"),
        _outlet_passage("a2", "northgazette.example", "Lee spent seven hours at the "
                        "courthouse.", "2023-04-28")],
        [], lambda t: 1.0, AnswerSettings()).slots[0].reported_by == {"seven hours": [
            "northgazette.example"]}


def test_a_count_done_by_another_verb_is_a_side_figure_when_another_account_has_the_questions():
    from assistant.cli.coverage import comparison_markup

    def compared(second: str) -> Comparison:
        return compare("How many migrants were camped out in Harlow?", [
            _outlet_passage("a1", "northgazette.example", "Officials said as many as 2,500 "
                            "migrants camped out around a church in Harlow.", "2023-05-08"),
            _outlet_passage("a2", "coastherald.example", second, "2023-05-08")],
                    [], lambda t: 1.0, AnswerSettings())

    def slot(second: str) -> Slot:
        return next(s for s in compared(second).slots if s.kind == "count")

    out = compared("Officials have moved over 9,000 migrants out of Harlow over the last week.")
    moved = next(s for s in out.slots if s.kind == "count")
    assert list(moved.reported_by) == ["as many as 2,500 migrants"]
    assert moved.side == ["coastherald.example"]
    assert [labels for why, labels in moved.side_notes if "another verb" in why] == \
        [["coastherald.example"]]
    # the CLI and the UI say why
    assert "side figures, counting what another verb did" in comparison_markup(out)
    assert "side figures, counting what another verb did" in views.comparison_html(out)
    # a verb of the same doing is the same count, and lines up
    stayed = slot("About 2,000 migrants stayed in Harlow's shelters.")
    assert len(stayed.reported_by) == 2 and not stayed.side


def test_a_question_of_a_peak_takes_the_accounts_highest_reading_and_no_trough():
    question = "What record high did the average price of Harlow gas reach in June 2022?"
    asked = asked_slots(question)[0]
    assert slot_values(asked, "Gas fell just below the $5 mark after hitting a high of $5.02 "
                       "a gallon last week.", "2022-06-22")[0][0] == "$5.02"
    assert slot_values(asked, "Harlow gas did briefly fall to $1.87 during the pandemic.",
                       "2022-11-15") == []
    c = compare(question, [
        _outlet_passage("a1", "northgazette.example", "Harlow gas hit a high of $5.02 a gallon "
                        "in June 2022.", "2022-06-22"),
        _outlet_passage("a2", "northgazette.example", "The average price of Harlow gas is "
                        "$3.76 a gallon.", "2022-11-15")], [], lambda t: 1.0, AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "money").reported_by) == ["$5.02"]


def test_a_share_of_the_whole_the_question_names_leads_its_sentence():
    asked = asked_slots("What share of Harlows and Quills had immobilizers as standard?")[0]
    sentence = ("Immobilizers were standard on 96% of vehicles sold, but were standard on only "
                "26% of Harlows and Quills.")
    assert slot_values(asked, sentence, "2022-09-22")[0][0] == "26%"


def test_a_time_until_something_to_come_is_not_how_long_something_has_lasted():
    asked = asked_slots("How long has the Harlow tiger been extinct?")[0]
    assert slot_values(asked, "Our first calves are expected in 5 years, the company said.",
                       "2023-01-31") == []
    assert [v for v, _ in slot_values(asked, "The Harlow tiger hasn't roamed Earth in nearly "
                                      "100 years.", "2022-08-17")] == ["nearly 100 years"]
    soon = asked_slots("How long will it take for the first calves to be born?")[0]
    assert [v for v, _ in slot_values(soon, "Our first calves are expected in 5 years, the "
                                      "company said.", "2023-01-31")] == ["5 years"]


def test_the_day_someone_spoke_dates_the_speaking_not_what_was_said():
    entry = asked_slots("When could vaccinated travelers start entering Harlow?")[0]
    assert slot_values(entry, "Vaccinated travelers will be able to visit as soon as May, "
                       "officials said Tuesday.", "2022-03-16") == []
    authorized = asked_slots("When did the agency authorize the Harlow boosters?")[0]
    assert slot_values(authorized, "On Saturday, Harlow Labs said its boosters showed a higher "
                       "immune response.", "2022-06-27") == []
    assert [v for v, _ in slot_values(authorized, "The agency on Wednesday authorized the "
                                      "Harlow boosters.", "2022-08-31")] == \
        ["2022-08-31 (on Wednesday)"]
    # any plain verb of speech, before the day or after it (a blind probe's "When did the
    # bank collapse?" was answered by "Biden stressed yesterday", and "Roblox on Friday said")
    collapsed = asked_slots("When did Harlow Savings collapse?")[0]
    assert slot_values(collapsed, "But President Joe Biden stressed yesterday that no losses "
                       "from the collapse of Harlow Savings would be borne by taxpayers.",
                       "2023-03-13") == []
    assert slot_values(collapsed, "Roblox on Friday said it had about 5% of its cash at "
                       "Harlow Savings, which collapsed.", "2023-03-13") == []
    assert [v for v, _ in slot_values(collapsed, "Harlow Savings collapsed on Friday after a "
                                      "run on deposits.", "2023-03-13")] == \
        ["2023-03-10 (on Friday)"]
    # a verb that tells what was asked is no speaking: "posted a loss", or a question of the
    # warning itself
    loss = asked_slots("When did Harlow Savings post its first loss?")[0]
    assert [v for v, _ in slot_values(loss, "Harlow Savings on Wednesday posted its first "
                                      "loss.", "2023-03-09")] == ["2023-03-08 (on Wednesday)"]
    warned = asked_slots("When did the Harlow regulator warn about deposits?")[0]
    assert [v for v, _ in slot_values(warned, "The Harlow regulator warned on Tuesday that "
                                      "deposits were at risk.", "2023-03-09")] == \
        ["2023-03-07 (on Tuesday)"]
    # a question of the saying takes it
    said = asked_slots("When did officials say travelers could visit Harlow?")[0]
    assert [v for v, _ in slot_values(said, "Vaccinated travelers will be able to visit as "
                                      "soon as May, officials said Tuesday.", "2022-03-16")] \
        == ["2022-03-15 (Tuesday)"]


def test_a_number_of_the_topic_may_stand_anywhere_in_the_article_not_only_in_its_passages():
    later = ("In Rio Dell, one of the cities the earthquake hit, two people died, the Harlow "
             "County sheriff said.")
    passages = [_outlet_passage("a1", "example.com", later, "2022-12-20")]

    topic = "the magnitude 6.4 earthquake that hit Harlow County"
    assert articles_about(topic, passages, lambda t: 1.0, _same_vectors, {},
                          RelevanceSettings()) == [False]
    whole = "A 6.4 magnitude earthquake struck Harlow County early Tuesday.\n\n" + later
    assert articles_about(topic, passages, lambda t: 1.0, _same_vectors, {}, RelevanceSettings(),
                          {"a1": whole}) == [True]
    # another quake's article, whose whole text never gives 6.4, stays out
    assert articles_about(topic, passages, lambda t: 1.0, _same_vectors, {}, RelevanceSettings(),
                          {"a1": "A 5.1 magnitude quake struck.\n\n" + later}) == [False]


def test_a_sentence_naming_only_another_state_tells_of_that_state():
    asked = asked_slots("What percent of the vote did Haley get in Nevada's primary?")[0]
    assert slot_values(asked, "Trump received 73.98 percent of the vote compared to 26.02 "
                       "percent for Haley, the Virgin Islands party said.", "2024-02-08") == []
    assert [v for v, _ in slot_values(asked, "Haley got 30.6 percent of the vote, The New York "
                                      "Times reported.", "2024-02-07")] == ["30.6 percent"]
    # a state in a person's title is no place the figure is of
    assert [v for v, _ in slot_values(asked, "Haley, the former South Carolina governor, got "
                                      "30.6 percent of the vote.", "2024-02-07")] == \
        ["30.6 percent"]
    # nor is a city named for a state and in another: the Kansas City Chiefs play in
    # Missouri (New York City is in New York)
    spent = asked_slots("How much did Dana Moss spend on TV ads in Iowa during the Super "
                        "Bowl?")[0]
    assert [v for v, _ in slot_values(spent, "Dana Moss said she will air $85,000 worth of TV "
                                      "ads during Sunday's game between the Kansas City Chiefs "
                                      "and the Philadelphia Eagles.", "2023-02-10")] == \
        ["$85,000"]


def test_a_report_weeks_after_the_month_asked_that_never_names_it_tells_of_another_time():
    question = "How many people died in the snowstorm that buried Harlow in November 2022?"
    passages = [
        _outlet_passage("a1", "northgazette.example", "The Harlow snowstorm killed two people.",
                        "2022-11-19"),
        _outlet_passage("a2", "northgazette.example", "The Harlow blizzard has killed 37 "
                        "people.", "2022-12-28"),
        _outlet_passage("a3", "northgazette.example", "Two people died in Harlow's November "
                        "snowstorm, a review found.", "2023-01-20"),
        _outlet_passage("a4", "northgazette.example", "A follow-up: the snowstorm's toll stands "
                        "at two.", "2022-12-05")]
    assert reported_after(question, passages) == [False, True, False, False]
    # a question of a plan, or with no month, drops nothing
    assert not any(reported_after("How many people died in the Harlow snowstorm?", passages))
    assert not any(reported_after("How many people will the Harlow snowstorm of November 2022 "
                                  "displace?", passages))
    # "may" the modal is no month
    may = [_outlet_passage("b1", "northgazette.example", "The storm hit Harlow.", "2023-05-20"),
           _outlet_passage("b2", "northgazette.example", "More people may die, officials said.",
                           "2023-08-28")]
    assert reported_after("How many people died in the storm that hit Harlow in May 2023?",
                          may) == [False, True]


def test_when_after_an_apposition_asks_no_date():
    assert slot_kinds("How old was Harlow Quill, star of 'Harlow & Quill', when she died?") == \
        ["age"]
    assert slot_kinds("How many people died, and when did the Harlow quake strike?") == \
        ["count", "date"]


def test_a_count_counts_the_last_noun_of_its_phrase_and_a_name_is_no_noun():
    assert [(q.text, q.unit) for q in find_quantities(
        "Nichols was beaten by five Harlow police officers who have been charged.")
        if q.kind == "count"] == [("five Harlow police officers", "officer")]
    assert [q.unit for q in find_quantities("About 40 staff members left.")] == ["member"]
    asked = asked_slots("How many Harlow police officers were charged with murder in the "
                        "death of Tyre Quill?")[0]
    # "in the death of ..." names the story; it asks no count of the dead
    assert (asked.noun, asked.verb) == ("officer", "charg")


def test_a_report_that_names_the_event_itself_tells_of_it_whatever_its_verb():
    passages = [_outlet_passage("a1", "example.com", "Typhoon Harlow made landfall in Japan on "
                                "Sunday, killing at least two people.", "2022-09-18")]

    assert articles_about("when Typhoon Harlow struck Japan in September 2022", passages,
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [True]
    hurricane = [_outlet_passage("a1", "example.com", "Hurricane Harlow made landfall in Florida, "
                                 "killing two.", "2022-09-28")]
    assert articles_about("when Hurricane Harlow struck Florida in September 2022", hurricane,
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [True]
    # without a name of the event, what happened must still be told
    assert articles_about("the floods that struck Japan in September 2022", passages,
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [False]


def test_counts_of_named_peoples_and_phrases_that_end_before_a_time_word():
    def counts(sentence: str) -> list[tuple[str, str]]:
        return [(q.text, q.unit) for q in find_quantities(sentence) if q.kind == "count"]

    assert counts("Three Israelis were killed.") == [("Three Israelis", "dead")]
    assert counts("The storm killed 5 people days after the warning.") == [("5 people", "dead")]
    assert counts("Twelve people died, and 5 million lost power.")[-1][0] == "5 million"


def test_question_reading_keeps_deaths_of_and_verbs_outside_relative_clauses():
    assert asked_slots("How many deaths of children were reported in Harlow?")[0].noun == "dead"
    assert question_verb("How many homes burned in the fire that was sparked by a line?") == \
        question_verb("How many homes burned?")
    assert slot_kinds("How many people died, and when?") == ["count", "date"]


def test_owners_prices_ages_and_speech_are_read_only_where_they_bind():
    trump = asked_slots("What percent of the vote did Trump win in Harlow?")[0]
    assert [v for v, _ in slot_values(trump, "DeSantis won 21% of the Harlow vote, while Trump "
                                      "took 51%.", "2024-01-16")] == ["51%"]
    close = asked_slots("At what price did Harlow Labs shares close on their first day?")[0]
    assert [v for v, _ in slot_values(close, "Shares closed at $57.99 as investors bought "
                                      "heavily.", "2024-03-26")] == ["$57.99"]
    duchess = asked_slots("How old was the Harlow duchess when she died?")[0]
    assert [v for v, _ in slot_values(duchess, "The Harlow duchess, 96, died as the duke and "
                                      "his children looked on.", "2022-09-08")] == ["96"]
    authorized = asked_slots("When did the agency authorize the Harlow boosters?")[0]
    assert [v for v, _ in slot_values(authorized, "On Wednesday, the agency authorized the "
                                      "Harlow boosters it says are safer.", "2022-08-31")] == \
        ["2022-08-31 (On Wednesday)"]
    earnings = asked_slots("When did Harlow Labs report its first-quarter earnings?")[0]
    assert not earnings.first


def test_a_peak_is_chosen_among_readings_told_as_one():
    question = "What record high did the average price of Harlow gas reach in June 2022?"
    c = compare(question, [
        _outlet_passage("a1", "northgazette.example", "Harlow gas hit a high of $5.02 a gallon "
                        "in June 2022.", "2022-06-22"),
        _outlet_passage("a2", "northgazette.example", "Harlow gas prices cost drivers $2 billion "
                        "more this year.", "2022-11-15")], [], lambda t: 1.0, AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "money").reported_by) == ["$5.02"]


def test_how_much_a_film_took_in_or_hackers_stole_asks_money():
    assert slot_kinds("How much did 'Harlow 2' take in at the box office on its opening "
                      "weekend?") == ["money"]
    assert slot_kinds("How much did hackers steal from the Harlow network?") == ["money"]
    assert slot_kinds("How much did Harlow Tax agree to refund customers?") == ["money"]
    assert slot_kinds("How much snow fell in Harlow?") == []


def test_a_value_without_the_questions_verb_is_a_side_figure_beside_one_with_it():
    def slot(second: str) -> Slot:
        c = compare("When did Harlow Mutual stop taking new home insurance applications?", [
            _outlet_passage("a1", "northgazette.example", "Harlow Mutual stopped taking new "
                            "home insurance applications in California on Saturday.",
                            "2023-05-29"),
            _outlet_passage("a2", "coastherald.example", second, "2023-05-30")],
            [], lambda t: 1.0, AnswerSettings())
        return next(s for s in c.slots if s.kind == "date")

    other = slot("In 2021, the Dixie Fire burned homes that Harlow Mutual insured in California.")
    assert list(other.reported_by) == ["2023-05-27 (on Saturday)"]
    assert other.side == ["coastherald.example"]
    assert [labels for why, labels in other.side_notes if "without the question's verb" in why] \
        == [["coastherald.example"]]
    # a value that agrees with the account that has the verb lines up beside it
    same = slot("Harlow Mutual's new home insurance applications ended on May 27, 2023.")
    assert not same.side
    assert sorted(a for accounts in same.reported_by.values() for a in accounts) == \
        ["coastherald.example", "northgazette.example"]


def test_a_figure_at_home_does_not_answer_a_question_abroad():
    asked = asked_slots("How many people did Hurricane Veryl kill in the Caribbean?")[0]
    assert asked.abroad == ["Caribbean"]
    texas = ("Tropical Storm Veryl unleashed severe weather on southeast Texas on Monday, "
             "killing at least four people.")
    assert slot_values(asked, texas, "2024-07-08") == []
    assert [v for v, _ in slot_values(asked, "Veryl carved a path across the Caribbean, "
                                      "leaving at least 11 people dead.", "2024-07-08")] == \
        ["at least 11 people"]
    # a sentence naming a place abroad beside the state still answers
    assert [v for v, _ in slot_values(asked, "Veryl killed at least 11 people in Jamaica and "
                                      "Grenada before it turned toward Texas.")] == \
        ["at least 11 people"]
    # a question at home is untouched
    home = asked_slots("How many people did Tropical Storm Veryl kill in Texas?")[0]
    assert not home.abroad
    assert [v for v, _ in slot_values(home, texas, "2024-07-08")] == ["at least four people"]
    # and the newer report at home no longer leads over the Caribbean's toll
    c = compare("How many people did Hurricane Veryl kill in the Caribbean?", [
        _outlet_passage("a1", "northgazette.example", "Veryl carved a path across the "
                        "Caribbean, leaving at least 11 people dead.", "2024-07-05"),
        _outlet_passage("a2", "northgazette.example", texas, "2024-07-08")],
        [], lambda t: 1.0, AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "count").reported_by) == \
        ["at least 11 people"]


def test_of_figures_in_one_sentence_the_one_whose_clause_names_the_questions_years_leads():
    question = ("What percentage of Harlow teens vaped within five minutes of waking up in 2017 "
                "through 2021?")
    c = compare(question, [_outlet_passage(
        "a1", "northgazette.example", "The share who vaped within five minutes of waking up "
        "was less than 1% between the years 2014 and 2017, but that shifted to 10.3% from 2017 "
        "through 2021, the Harlow study found.", "2022-11-07")], [], lambda t: 1.0,
        AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "percent").reported_by) == ["10.3%"]


def test_how_much_alone_with_a_loss_or_an_outflow_asks_for_money():
    def kinds(question: str) -> list[str]:
        return [a.kind for a in asked_slots(question)]

    assert kinds("How much did Harlow Media's streaming business lose in its fourth "
                 "quarter?") == ["money"]
    assert kinds("How much did investors pull out of the Harlow exchange over 24 hours?") == \
        ["money"]
    assert kinds("How much have depositors withdrawn from Harlow Bank?") == ["money"]
    # a measure named after "how much" is no sum of money
    assert kinds("How much weight did the Harlow mayor lose?") == []
    assert kinds("How much ground did the Harlow army lose?") == []


def test_the_outlets_own_figure_far_less_likely_to_answer_is_a_side_figure_too():
    text = ("Egg prices rose 49% in the year through November, Labor Department data showed. "
            "In April, egg prices rose 10.3% from March.")
    passage = article_a1(text, "Egg prices", "2022-12-13")
    sentences = ["Egg prices rose 49% in the year through November, Labor Department data "
                 "showed.", "In April, egg prices rose 10.3% from March."]
    attributions = [said_in(text, sentences[0], "Labor Department data")]
    starts = [text.index(x) for x in sentences]

    def slot(likely: list[float]) -> Slot:
        c = compare("By what percent did egg prices rise in the year through November?",
                    [passage], attributions, lambda t: 1.0, AnswerSettings(),
                    answering=lambda ps: {("a1", st): p for st, p in zip(starts, likely,
                                                                          strict=True)})
        assert c.by == "speaker"
        return c.slots[0]

    s = slot([0.6, 0.1])
    assert list(s.reported_by) == ["49%"]
    assert s.side == ["example.com"]
    # as likely as the best, the outlet's own figure is lined up
    assert "10.3%" in slot([0.6, 0.5]).reported_by


def test_an_obituarys_she_was_73_is_an_age_and_a_names_only_question_reads_the_headline():
    assert [(q.kind, q.value) for q in find_quantities("She was 73.")] == [("age", 73.0)]
    assert [(q.kind, q.value) for q in find_quantities("He was 81; he is survived by ...")] \
        == [("age", 81.0)]
    # a number that does not end the sentence is no age of the pronoun
    assert find_quantities("He was 5 when the war began.") == []
    # "How old was X when she died?" has no words for its story but the name: a headline
    # that names her answers
    headline = _outlet_passage("a1", "northgazette.example", "Quill Marlow, singer and actress, "
                               "is remembered by her family.", "2022-08-08")
    headline = headline.model_copy(update={"title": "Quill Marlow, singer and actress, dead "
                                                    "at 73"})
    c = compare("How old was Quill Marlow when she died?", [headline], [], lambda t: 1.0,
                AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "age").reported_by) == ["dead at 73"]


def test_a_count_questions_noun_may_stand_after_a_few_names_but_not_after_a_verb():
    def noun(question: str) -> str | None:
        return asked_slots(question)[0].noun

    assert noun("How many Harlow Accord and CR-V vehicles are covered by the investigation?") \
        == "vehicl"
    assert noun("How many of the 50 states have trigger laws?") == "stat"
    assert noun("How many AT&T customers reported outages?") == "customer"
    # "attacks" is where, not what is counted
    assert noun("How many were injured in the attacks?") is None
    assert noun("How many were arrested during the protests?") is None


def test_a_sides_goals_or_points_are_read_from_the_games_score():
    england = asked_slots("How many goals did England score against China?")[0]

    def values(asked: Asked, sentence: str) -> list[str]:
        return [v for v, _ in slot_values(asked, sentence, "2023-08-01")]

    assert values(england, "Lauren James scores twice as England routs China 6-1.") == \
        ["6 (6-1)"]
    assert values(england, "China fell to England 6-1 in Adelaide.") == ["6 (6-1)"]
    assert values(england, "England lost 2-1 to Spain.") == ["1 (2-1)"]
    # a side named only after the score tells it; the player's two goals stay hers
    assert values(england, "She scored two goals in a 6-1 rout on Tuesday, England said.") == \
        ["two goals"]
    iowa = asked_slots("How many points did Iowa score against LSU?")[0]
    assert values(iowa, "LSU beat Iowa 102-85 on Sunday.") == ["85 (102-85)"]
    # a range or a date is no score
    assert values(iowa, "Iowa played on 4-5 March 2023 in Dallas.") == []


def test_the_night_someone_spoke_dates_the_speaking_not_the_answer():
    asked = asked_slots("When did the Harlow mayor fire the police chief?")[0]
    assert slot_values(asked, "The tensions came after the police chief said on Saturday night "
                       "that the mayor's plan posed a threat.", "2023-03-26") == []
    assert [v for v, _ in slot_values(asked, "The Harlow mayor on Sunday fired the police "
                                      "chief.", "2023-03-26")] == ["2023-03-26 (on Sunday)"]


def test_last_week_names_no_day_and_yields_to_a_report_that_does():
    slot = _date_slot("When did the Harlow court block the vaccine rule?", [
        ("northgazette.example", "The Harlow court on Thursday blocked the vaccine rule.",
         "2022-01-14"),
        ("northgazette.example", "The Harlow court blocked the vaccine rule last week.",
         "2022-01-19")])
    assert list(slot.reported_by) == ["2022-01-13 (on Thursday)"]


def test_review_places_that_are_american_or_name_the_us_are_not_abroad():
    cases = {
        "How many customers lost power in New England?":
            "More than 200,000 customers in Maine lost power on Monday.",
        "How many people did the gunman kill in the French Quarter?":
            "The attack on Bourbon Street in New Orleans, Louisiana, killed 14 people.",
        "How many migrants crossed the US-Mexico border in December?":
            "About 10,000 migrants a day crossed into Texas and Arizona in December.",
        "How many barrels of oil spilled into the Gulf of Mexico?":
            "About 4 million barrels of oil spilled off Louisiana.",
        "How much did the European Union fine Apple?":
            "Apple, the Cupertino, California, company, was fined $2 billion.",
    }
    for question, sentence in cases.items():
        assert slot_values(asked_slots(question)[0], sentence, "2024-01-10"), question
    # "New Mexico" is a state, not Mexico
    caribbean = asked_slots("How many people did Hurricane Veryl kill in the Caribbean?")[0]
    assert slot_values(caribbean, "Veryl hit southeast New Mexico on Monday, killing at least "
                       "four people.", "2024-07-08") == []


def test_review_a_background_date_or_a_headline_does_not_side_the_answer():
    recall = _date_slot("When did Harlow Foods recall its granola?", [
        ("northgazette.example", "Harlow Foods first recalled granola bars in 2019 after a "
                                 "listeria scare.", "2023-12-16"),
        ("coastherald.example", "Harlow Foods pulled its granola from shelves on Friday, Dec. "
                                "15, over salmonella.", "2023-12-16")])
    assert "coastherald.example" not in recall.side
    assert any(v.startswith("2023-12-15") for v in recall.reported_by)
    headline = _outlet_passage("a1", "northgazette.example", "About 2,000 people were "
                               "evacuated from their homes in Harlow.", "2023-02-06")
    headline = headline.model_copy(update={"title": "Harlow train derailment forces 2,000 "
                                                    "people from homes"})
    c = compare("How many people were evacuated after the Harlow train derailment?", [
        headline, _outlet_passage("a2", "coastherald.example", "Officials evacuated 1,500 "
                                  "people after the Harlow train derailment.", "2023-02-06")],
                [], lambda t: 1.0, AnswerSettings())
    slot = next(s for s in c.slots if s.kind == "count")
    assert not slot.side
    assert len(slot.reported_by) == 2


def test_review_one_year_in_the_question_does_not_pick_the_figure_of_its_clause():
    c = compare("What was the Harlow inflation rate in December 2022?", [_outlet_passage(
        "a1", "northgazette.example", "Harlow inflation slowed to 6.5% in December from 7.1% in "
        "November, well below the 9.1% peak reached in June 2022.", "2023-01-12")], [],
        lambda t: 1.0, AnswerSettings())
    assert list(next(s for s in c.slots if s.kind == "percent").reported_by) == ["6.5%"]


def test_review_a_loss_asks_for_money_only_of_a_business():
    def kinds(question: str) -> list[str]:
        return [a.kind for a in asked_slots(question)]

    assert kinds("How much has Lake Harlow lost since 2000?") == []
    assert kinds("How much did patients lose on Harlowvy in the trial?") == []
    assert kinds("How much did the Harlow ice sheet lose in 2023?") == []


def test_review_the_outlets_own_figure_without_the_questions_number_stays_lined_up():
    text = ("The Harlow quake injured 107 people, officials said. "
            "The 6.4 quake hurt 12 people in the town of Rio Dell, the mayor said.")
    passage = article_a1(text, "Harlow quake", "2022-12-21")
    sentences = ["The Harlow quake injured 107 people, officials said.",
                 "The 6.4 quake hurt 12 people in the town of Rio Dell, the mayor said."]
    attributions = [said_in(text, sentences[1], "the mayor")]
    starts = [text.index(x) for x in sentences]
    c = compare("How many people were hurt in the 6.4 magnitude Harlow quake?", [passage],
                attributions, lambda t: 1.0, AnswerSettings(),
                answering=lambda ps: {("a1", st): 0.5 for st in starts})
    assert c.by == "speaker"
    slot = next(s for s in c.slots if s.kind == "count")
    assert "example.com" not in slot.side


def test_review_a_decimal_is_no_age_and_a_relatives_age_is_not_the_asked_persons():
    assert [(q.kind, q.value) for q in find_quantities("He was 7.5 seconds behind.")] == \
        [("duration", 7.5)]
    assert [q.kind for q in find_quantities("He was 6.2 miles from home.")] == ["distance"]
    assert find_quantities("He was 73.5.") == []
    marlow = asked_slots("How old was Quill Marlow when she died?")[0]
    assert slot_values(marlow, "Quill Marlow's husband, 68, remembers the singer.") == []
    # a headline must name every name of a question that has only names for its story
    naomi = _outlet_passage("a1", "northgazette.example", "The wedding was on the South Lawn.",
                            "2022-11-20")
    naomi = naomi.model_copy(update={"title": "Naomi Harlow, 28, marries at the White House"})
    c = compare("How old is Joe Harlow?", [naomi], [], lambda t: 1.0, AnswerSettings())
    assert not any(s.reported_by for s in c.slots)


def test_review_a_count_noun_is_not_reached_past_a_verb():
    def noun(question: str) -> str | None:
        return asked_slots(question)[0].noun

    assert noun("How many watched the Academy Awards?") is None
    assert noun("How many received the updated Covid boosters?") is None
    assert noun("How many died when Russian missiles struck Kyiv?") == "dead"
    assert asked_slots("How many died when Russian missiles struck Kyiv?")[0].group == []


def test_a_score_is_what_the_side_scored_whatever_its_verb_and_a_loss_to_fraud_is_money():
    c = compare("How many points did Harlow State score against Quill in the final?", [
        _outlet_passage("a1", "northgazette.example", "Harlow State beat Quill 64-49 in the "
                        "national championship game.", "2022-04-04"),
        _outlet_passage("a2", "coastherald.example", "Quill's star scored 14 points in the "
                        "final.", "2022-04-04")], [], lambda t: 1.0, AnswerSettings())
    slot = next(s for s in c.slots if s.kind == "count")
    # "beat" is no verb of scoring, but a score is what the side scored: not a side figure
    assert "northgazette.example" not in slot.side
    assert "64 (64-49)" in slot.reported_by
    assert [a.kind for a in asked_slots("How much did Harlow Pay users lose to fraud and "
                                        "scams in 2021?")] == ["money"]


def test_a_report_of_the_first_days_of_a_year_may_tell_of_the_last_days_of_the_one_before():
    sued = ("Tollbridge Inc. is being sued by its landlord for $136,250 in unpaid rent at one "
            "of its offices in Harlow. The lawsuit was filed Dec. 29.")
    topic = "a landlord sue Tollbridge for unpaid rent in December 2022"
    in_january = [_outlet_passage("a1", "example.com", sued, "2023-01-04")]
    assert articles_about(topic, in_january, lambda t: 1.0, _same_vectors, {},
                          RelevanceSettings()) == [True]
    # ... but not months later, nor a year before, nor the next January for a January
    for day in ("2023-03-04", "2021-12-30"):
        assert articles_about(topic, [_outlet_passage("a1", "example.com", sued, day)],
                              lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [False]
    snow = "The Harlow snowstorm dumped 20 inches on Saturday."
    assert articles_about("the January 2022 Harlow snowstorm",
                          [_outlet_passage("a1", "example.com", snow, "2023-01-08")],
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [False]


def test_a_possessive_names_its_owner_and_efficacy_rent_and_a_typical_age_are_asked_kinds():
    share = asked_slots("What share of Harlowland's electricity came from wind power?")[0]
    assert [v for v, _ in slot_values(share, "Harlowland got 24% of its electricity from "
                                      "wind.", "2022-08-01")] == ["24%"]
    # ... not a possessive that owns another name: Trump's figure is not his rival's
    rival = asked_slots("What share of the vote did Trump's rival Nikki Haley win?")[0]
    assert slot_values(rival, "Trump won 54% of the vote.", "2024-01-24") == []
    assert slot_kinds("How effective was the vaccine at preventing severe illness?") == \
        ["percent"]
    assert slot_kinds("How effective were the sanctions against Harlowland?") == []
    assert slot_kinds("How much unpaid rent did a landlord sue Tollbridge for?") == ["money"]
    assert slot_kinds("How much did rents rise in Harlow last year?") == []
    assert slot_kinds("How much evidence did the agency have when it sued Tollbridge?") == []
    age = asked_slots("What was the average age of first-time mothers in Harlow in 2014?")[0]
    assert age.kind == "age"
    assert [v for v, _ in slot_values(age, "The average age of first-time mothers was 26 "
                                      "years, 4 months in 2014.", "2016-01-14")] == ["26 years"]
    # an age is no duration: "a 26-year sentence" stays a duration, and a duration no age
    assert slot_values(age, "He served 26 years in prison.", "2016-01-14") == []
    assert slot_values(age, "The average age of first-time mothers has risen over the past "
                       "10 years.", "2016-01-14") == []
    # ... and a typical age is a duration too: how long cars last
    last = asked_slots("How long do cars last on Harlow's roads?")[0]
    assert [v for v, _ in slot_values(last, "The average age of cars on Harlow's roads hit a "
                                      "record 12.5 years.", "2023-05-16")] == ["12.5 years"]


def test_an_article_need_not_spell_out_the_united_states_to_be_about_it():
    said = "The median cost of a funeral with cremation in the US in 2021 was $6,971."
    topic = "the median cost of a funeral with cremation in the United States in 2021"
    assert articles_about(topic, [_outlet_passage("a1", "example.com", said, "2022-11-07")],
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [True]
    # ... while another name the topic gives is still asked of it
    assert articles_about(topic + " by Harlow Funeral Homes",
                          [_outlet_passage("a1", "example.com", said, "2022-11-07")],
                          lambda t: 1.0, _same_vectors, {}, RelevanceSettings()) == [False]


def test_a_share_in_words_is_a_percent_and_a_pregnancy_is_asked_in_weeks():
    shares = [(q.text, round(q.value, 1)) for q in find_quantities(
        "The Harlow council wants a quarter of its staff from the town, up from one in five "
        "adults last year; nearly two-thirds of voters agree.") if q.kind == "percent"]
    assert shares == [("a quarter", 25.0), ("one in five", 20.0),
                      ("nearly two-thirds", 66.7)]
    # a round share agrees with the figure it rounds, and is no contradiction of it
    quarter, exact = find_quantities("a quarter of the staff, or 26% of it")
    assert agree(quarter, exact)
    # a share of an hour, of the way or of a percent is no percent of its own; nor is
    # "half", said too loosely
    for said in ("It took a third of an hour.", "They were a third of the way there.",
                 "The outage hit one in ten years."):
        assert "percent" not in [q.kind for q in find_quantities(said)], said
    assert [q.text for q in find_quantities("Rates rose a quarter of 1%.")] == ["1%"]
    assert find_quantities("Sales fell in the second half of the year, by half of 2019's.") \
        == []
    asked = asked_slots("How far along was Mara Lind's pregnancy when it ended?")[0]
    assert asked.kind == "duration"
    assert [v for v, _ in slot_values(asked, "She was around 28 weeks pregnant, records say.",
                                      "2022-08-10")] == ["around 28 weeks"]


def test_what_a_film_took_in_is_money_and_what_a_boat_took_in_is_not():
    assert slot_kinds("How much did 'Harlow Nights' take in from its Thursday previews?") == \
        ["money"]
    assert slot_kinds("How much water did the Harlow ferry take in?") == []


def test_a_figure_of_another_actor_does_not_answer_for_the_questions_actor():
    """A report on a rival's layoffs names the asked company among others ("firms including
    Quill, Brill Motors and Orbit"), so it is about the story; its figure is Brill's."""
    quill = ("Quill is laying off 1,200 employees, the company said on Monday. "
             "Quill makes kitchen robots in Ohio.")
    brill = ("Carmaker Brill Motors will lay off 3,000 employees. Brill Motors said the cuts "
             "would come by March. Brill Motors shares rose 4%. Firms including Quill, "
             "Brill Motors and Orbit have announced cuts this month.")
    passages = [
        Passage(article_id="q1", chunk_id="q1:0", score=1.0, text=quill, start=0,
                end=len(quill), title="Quill cuts jobs", outlet="herald.example",
                published="2024-01-08"),
        Passage(article_id="b1", chunk_id="b1:0", score=0.9, text=brill, start=0,
                end=len(brill), title="Brill Motors to cut jobs", outlet="courier.example",
                published="2024-01-09")]
    c = compare("How many employees is Quill laying off?", passages, [], lambda t: 1.0,
                AnswerSettings())
    values = {label: [r.value for r in rs] for s in c.slots for label, rs in s.readings.items()}
    assert values == {"herald.example": ["1,200 employees"]}
    # asked of Brill Motors, its own figure answers
    c = compare("How many employees is Brill Motors laying off?", passages, [],
                lambda t: 1.0, AnswerSettings())
    assert {label: [r.value for r in rs] for s in c.slots
            for label, rs in s.readings.items()}["courier.example"] == ["3,000 employees"]


def test_who_acts_in_a_question_is_the_name_before_its_verb():
    assert question_doer("How many points did Donovan Mitchell score?") == {"donovan",
                                                                            "mitchell"}
    assert question_doer("How many employees is Amazon laying off?") == {"amazon"}
    # a descriptor before the name is no part of it
    assert question_doer("For how much did Alabama officer Vicky Ruiz sell her house?") == \
        {"vicky", "ruiz"}
    # no name acts: a name that only qualifies, or none before the verb
    assert question_doer("What was the peak annual US inflation rate in 2022?") == set()
    assert question_doer("How many exhibitors took part in the first Harlow Expo?") == set()
    assert question_doer("How many people did the storm kill?") == set()


def test_at_one_point_is_a_moment_not_a_count():
    assert kinds("The Cavs at one point trailed by 21 points.") == [("count", "21 points")]
    assert kinds("He scored one point in the final.") == [("count", "one point")]


def test_a_sentence_two_reports_repeat_is_one_event_dated_by_the_first():
    said = "Lawyer Ana Ruiz said Wednesday that the Harlow mayor would plead not guilty."
    # a round-up of the next Tuesday repeats the first report's sentence word for word: read
    # from its own day, "Wednesday" is another day
    reports = [("h2", "2023-04-04", "Harlow mayor indicted: the week's coverage",
                f"Harlow mayor indicted: the week's coverage\n\n{said} The mayor was "
                "indicted by a grand jury in Harlow."),
               ("h1", "2023-03-29", "Harlow mayor indicted",
                f"Harlow mayor indicted\n\n{said} The Harlow grand jury voted on Tuesday.")]
    t = timeline_of("the Harlow mayor's indictment", reports)
    repeated = [e for e in t.events if e.citation.quote == said]
    assert [(e.date, e.citation.article_id) for e in repeated] == [("2023-03-29", "h1")]


def test_a_sentence_repeated_a_year_later_is_another_years_event():
    opens = "The Harlow Harbor Festival opens on Friday with a parade along the quay."
    reports = [("f2", "2023-07-04", "Harlow Harbor Festival 2023", f"Harlow festival\n\n{opens}"),
               ("f1", "2022-07-05", "Harlow Harbor Festival 2022", f"Harlow festival\n\n{opens}")]
    t = timeline_of("the Harlow Harbor Festival", reports)
    fridays = {(e.date, e.citation.article_id) for e in t.events if e.citation.quote == opens}
    assert {("2022-07-01", "f1"), ("2023-06-30", "f2")} <= fridays  # each year's Friday


def test_an_updates_small_edit_of_a_sentence_is_one_event():
    """Two reports of the Harlow bank's failure tell the regulator's Friday announcement, the
    later one with "would" for "will": a multi-outlet timeline listed it twice on Friday,
    and twice again on Monday (the day it names)."""
    first = ("The regulator announced Friday afternoon that customers of Harlow Savings, the "
             "county's largest lender, will have access to their funds by Monday morning.")
    later = first.replace("will have", "would have")
    reports = [("b2", "2023-03-13", "Harlow Savings: what depositors should know",
                f"Harlow Savings\n\n{later} Depositors queued outside on Monday."),
               ("b1", "2023-03-10", "Harlow Savings fails",
                f"Harlow Savings fails\n\n{first} The bank was closed on Friday.")]
    t = timeline_of("Harlow Savings failure", reports)
    told = [(e.date, e.citation.article_id) for e in t.events
            if e.citation.quote in (first, later)]
    assert sorted(told) == [("2023-03-10", "b1"), ("2023-03-13", "b1")]


def test_an_update_with_a_new_figure_stays_an_event_of_its_own():
    first = "The county said on Tuesday that the flood had killed 12 people in Harlow and Ashby."
    later = first.replace("12", "15")
    reports = [("f2", "2023-05-10", "Harlow flood toll rises", f"Harlow flood\n\n{later}"),
               ("f1", "2023-05-09", "Harlow flood", f"Harlow flood\n\n{first}")]
    t = timeline_of("Harlow flood", reports)
    quotes = {e.citation.quote for e in t.events if e.expression == "on Tuesday"}
    assert quotes == {first, later}


@pytest.mark.parametrize(("first", "second", "same"), [
    # one tense word in ten changed: an update's edit
    ("officials said on friday that the bank would pay every depositor in full",
     "officials said on friday that the bank will pay every depositor in full", True),
    # too much for so short a sentence: one word in seven
    ("the fdic said friday it would pay", "the fdic said friday it will pay", False),
    # news, however small the edit (an independent review's cases)
    ("customers will have access to their funds by monday morning the agency said",
     "customers will not have access to their funds by monday morning the agency said", False),
    ("the bank had lost $1.2 billion in deposits by friday evening the filing showed",
     "the bank had lost $1.2 million in deposits by friday evening the filing showed", False),
    ("the flood had killed five people in harlow and ashby by friday police said",
     "the flood had killed seven people in harlow and ashby by friday police said", False),
    ("thousands marched through harlow on saturday for the second weekend in a row police said",
     "thousands marched through harlow on saturday for the third weekend in a row police said",
     False),
    ("the suspect had been arrested at a motel near the harlow bridge on friday police said "
     "in a statement to reporters", "the suspect had been released from a motel near the "
     "harlow bridge on friday police said in a statement to reporters", False),
])
def test_same_telling_allows_only_a_tense_or_article_edit_of_one_word_in_ten(first, second,
                                                                             same):
    assert same_telling(first.split(), second.split()) is same


def test_a_repeat_the_judge_keeps_stands_for_one_in_a_report_it_drops():
    """Repeats are merged after the relevance judge: when the earlier report is one it
    drops (a round-up of other news), the later report's telling stays on the line."""
    first = ("The regulator announced Friday afternoon that customers of Harlow Savings, the "
             "county's largest lender, will have access to their funds by Monday morning.")
    later = first.replace("will have", "would have")
    reports = [("b2", "2023-03-13", "Harlow Savings: what depositors should know",
                f"Harlow Savings\n\n{later}"),
               ("b1", "2023-03-10", "The week's news", f"The week's news\n\n{first}")]
    t = timeline_of("Harlow Savings failure", reports,
                    judge=lambda sentences, ps: [p.article_id != "b1" for p in ps])
    assert {(e.date, e.citation.quote) for e in t.events} >= {("2023-03-10", later),
                                                              ("2023-03-13", later)}


def test_a_pages_questions_of_now_are_no_events_but_questions_of_the_past_are():
    """A multi-outlet timeline of a bank's failure held "How many banks have failed in
    2023?" (a subhead) and "What's the weather today?" (a promo) as events."""
    past = ["Why did Harlow Savings close on Friday?",
            "Why didn't regulators step in before Friday's collapse of Harlow Savings?",
            "What happened at Harlow Savings on Friday?",
            "Who won the Harlow Cup on Sunday?",
            "The first thing the manager asked on Friday was, “Did we lose them all?”",
            "“Why now?” a depositor asked on Friday."]
    text = ("Harlow bank failures\n\nHow many banks have failed in 2023?\n\n"
            "What's the weather today?\n\n" + "\n\n".join(past))
    t = timeline_of("Harlow bank failures", [("q1", "2023-03-13", "Harlow bank failures",
                                              text)])
    quotes = {e.citation.quote for e in t.events}
    assert "How many banks have failed in 2023?" not in quotes
    assert "What's the weather today?" not in quotes
    assert set(past) <= quotes


def test_a_heading_that_names_only_a_year_is_no_event_but_one_that_names_a_day_is():
    text = ("Harlow bank failures\n\nBank failures in 2023\n\nRecreational weed becomes legal "
            "Sunday\n\nThree Harlow lenders have collapsed this year, regulators said.")
    t = timeline_of("Harlow bank failures", [("h3", "2023-04-20", "Harlow bank failures",
                                              text)])
    quotes = {e.citation.quote for e in t.events}
    assert "Bank failures in 2023" not in quotes
    assert "Recreational weed becomes legal Sunday" in quotes
    # a chronology's line tells what happened (an independent review)
    dated = ("Harlow banks\n\nMarch 2023: Harlow Savings collapses\n\nRates rise to 5% in "
             "March\n\nThe regulator closed the bank, officials said.")
    t = timeline_of("Harlow bank failures", [("h4", "2023-04-20", "Harlow banks", dated)])
    assert {"March 2023: Harlow Savings collapses", "Rates rise to 5% in March"} <= {
        e.citation.quote for e in t.events}


def test_a_dated_sentence_told_again_months_later_or_twice_in_one_report_is_one_event():
    died = ("King Charles III has been monarch from the moment his mother, Queen Elizabeth II, "
            "died on Sept. 8, 2022, the palace said.")
    invited = "He invited House Speaker Kevin McCarthy to meet on May 9 to discuss the limit."
    reports = [("c2", "2023-05-06", "Coronation day",
                f"Coronation day\n\nCrowds lined the Mall for the coronation. {died}"),
               ("c1", "2023-01-10", "Coronation plans",
                f"Coronation plans\n\nThe palace set out the coronation plans. {died}"),
               ("d1", "2023-05-03", "Debt limit talks",
                f"Debt limit talks\n\n{invited} Talks went on.\n\n{invited}")]
    t = timeline_of("King Charles and the debt limit", reports)
    assert [(e.date, e.citation.article_id) for e in t.events if e.citation.quote == died] \
        == [("2022-09-08", "c1")]
    assert len([e for e in t.events if e.citation.quote == invited]) == 1


def test_a_question_that_opens_a_report_dates_nothing():
    text = ("How many banks have failed since Friday?\n\nHarlow Savings closed its doors on "
            "Friday, and two more lenders followed.")
    t = timeline_of("Harlow bank failures", [("q2", "2023-03-13", "Bank failures", text)])
    assert not [e for e in t.events if e.citation.quote.endswith("?") and e.date == "2023-03-10"]


@pytest.mark.parametrize(("sentence", "asking"), [
    ("How many banks have failed in 2023?", True),
    ("“What is next?”", True),
    ("What's the weather today?", True),
    ("He asked: \"Why?\"", False),
    ("“Why now?” she asked Tuesday.", False),
    ("According to Pritts, the first thing Hamlin asked was, “Did we win?”", False),
    ("The chancellor asked MPs on Tuesday: 'Why should families pay for Harlow Savings?'",
     False),
    ("The Tony Awards on Sunday honored the revival of 'Who's Afraid of Virginia Woolf?'",
     False),
    ("On Friday, the band released its fourth album, Why Not Me?", False),
    ("The bank failed on Friday.", False),
])
def test_asks_reads_a_question_without_who_asked_it(sentence, asking):
    assert asks(sentence) is asking


@pytest.mark.parametrize(("sentence", "dates"), [
    ("The plant had 900 workers at the start of the pandemic in March of 2020.",
     [("March of 2020", "2020-03")]),
    ("In May of 2021, the plant closed.", [("May of 2021", "2021-05")]),
    # NBC's "Today" show is a name; "Catholics today" are people nowadays
    ("Ruiz told NBC's \"Today\" show that the mayor would resign.", []),
    ("His views went beyond what most Catholics today find palatable.", []),
    ("Today, the court ruled against him.", [("Today", "2022-11-09")]),
    ("“Today’s ruling is a historic day,” the judge said.", [("Today", "2022-11-09")]),
    ("Residents today are being told to leave.", [("today", "2022-11-09")]),
])
def test_a_month_of_a_year_and_todays_that_date_nothing(sentence, dates):
    assert [(t.text, t.date) for t in find_times("a", sentence, "2022-11-09")] == dates


@pytest.mark.parametrize(("question", "sentence", "another"), [
    ("How many employees is Quill laying off?", "Brill Motors will lay off 3,000 employees.",
     True),
    # the question's actor in other words: a short form, initials, a seat of power
    ("By how much did the Fed raise rates?",
     "The Federal Reserve raised rates by 0.25 percentage points.", False),
    ("By how much did the ECB raise rates?",
     "The European Central Bank raised rates by 0.5 percentage points.", False),
    ("How many tanks will Germany send to Ukraine?",
     "Berlin will send 14 Leopard tanks to Ukraine.", False),
])
def test_a_figure_is_anothers_only_when_its_actor_is_not_the_questions_in_any_words(
        question, sentence, another):
    from assistant.nlp.actors import Topic

    at = next(i for i, ch in enumerate(sentence) if ch.isdigit())
    assert Topic.of(question, [sentence]).another(sentence, at, question_doer(question)) \
        is another


def test_a_weekday_after_a_forecast_a_hope_or_a_promise_is_to_come():
    """A CLI walk-through over 2024 coverage: "expects Beryl to ... reach the Yucatan
    Peninsula on Friday", in a report of Monday 2024-07-01, was dated the Friday before."""
    def dates(sentence: str, published: str = "2024-07-01") -> list[str]:
        return [m.date for m in find_times("s", sentence, published)]

    assert dates("The hurricane center expects Beryl to remain a hurricane as it reaches "
                 "Mexico's Yucatan Peninsula on Friday.") == ["2024-07-05"]
    assert dates("Forecasters expect the storm to make landfall on Thursday.") == ["2024-07-04"]
    assert dates("The shelter hopes to have a partner established Thursday.") == ["2024-07-04"]
    # "forecasts" is a noun as often (an independent review)
    assert dates("Forecasts Monday showed rain.", "2024-07-03") == ["2024-07-01"]
    assert dates("The Fed is going to raise rates again on Wednesday.") == ["2024-07-03"]
    # a plan of days before that did not happen, and forecasts of the past, stay past
    assert dates("The Starliner was supposed to have its moment to shine Tuesday.",
                 "2021-08-05") == ["2021-08-03"]
    assert dates("Forecasts had called for clouds, but the skies were blue Sunday.") \
        == ["2024-06-30"]
    # months are not read so: "expect inflation to fall from 3% in October" is October past
    assert dates("Officials expect inflation to fall from 3% in October to 2.4% by the end "
                 "of the year.", "2023-12-13") == ["2023-10"]
    # a second blind timeline probe: "won't" is "will not", and a day looked forward to is
    # to come (2022-09-24 is a Saturday, 2022-12-11 a Sunday)
    assert dates("But the rocket won’t launch Tuesday as planned due to the storm.",
                 "2022-09-24") == ["2022-09-27"]
    assert dates("What a semi-final we have to look forward to at the stadium on Wednesday "
                 "evening.", "2022-12-11") == ["2022-12-14"]


def test_a_show_named_by_its_night_is_no_date():
    assert not find_times("s", "He hosted \"Saturday Night Live\" on the first episode.",
                          "2024-07-01")
    # a game is on its night: "during Monday Night Football" dates the game
    assert [m.date for m in find_times("s", "Hamlin collapsed during Monday Night Football.",
                                       "2023-01-03")] == ["2023-01-02"]


def test_a_title_named_for_its_week_or_year_is_no_date():
    """Over newsbench, 17 sentences dated a TV show ("said on ABC's “This Week”") or a list
    ("The Best Places to Travel This Year"): a capitalised week or year is a title."""
    for sentence in ["Hochul said on ABC’s “This Week” the suspect was known.",
                     "‘Last Week Tonight with John Oliver’ (HBO, 2014-present)",
                     "It is on its “The Best Places to Travel This Year” list."]:
        assert not find_times("s", sentence, "2022-05-15"), sentence
    assert [m.date for m in find_times("s", "This week, she said so.", "2022-05-18")] == \
        ["2022-05-16"]


def test_a_sunday_papers_week_is_the_one_it_closes():
    """The blind timeline probes: "expected to reach the US later this week" in a report of
    Sunday 25 September 2022 was dated the week that report ends, and "last week" in a
    Sunday report the week before the one it ends."""
    def dates(text: str, published: str) -> list[str]:
        return [m.date for m in find_times("s", text, published)]

    sunday = "2022-09-25"
    assert dates("The storm is expected to reach the US later this week.", sunday) == \
        ["2022-09-26"]
    assert dates("Temperatures are expected to drop this week.", sunday) == ["2022-09-26"]
    # what a Sunday's week saw is that week, and so is a Wednesday's week to come
    assert dates("The front pushed through earlier this week.", sunday) == ["2022-09-19"]
    assert dates("The bank said this week it had lost money.", sunday) == ["2022-09-19"]
    assert dates("The storm is expected to reach the US later this week.", "2022-09-21") == \
        ["2022-09-19"]
    # ... and its "last week" is the week it closes (Finland's parliament voted on Tuesday
    # 17 May 2022; the report is of Sunday the 22nd), where Monday's is the week before
    assert dates("The Finnish parliament voted 188 to 8 last week to pursue membership.",
                 "2022-05-22") == ["2022-05-16"]
    assert dates("The Finnish parliament voted 188 to 8 last week to pursue membership.",
                 "2022-05-23") == ["2022-05-16"]


def test_a_day_that_names_an_event_takes_the_year_the_article_gives_it():
    """Over newsbench, 405 "Jan. 6" without a year were dated 2022 or 2023 in reports of
    those years: "the Jan. 6 attack" is the day of 2021 the article names elsewhere, and
    "the Jan. 6 committee" names a body, not the day of what it does."""
    def dates(text: str, published: str) -> list[tuple[str, str]]:
        return [(m.text, m.date) for m in find_times("s", text, published)]

    text = ("The Capitol was stormed on January 6, 2021. The Jan. 6 attack shocked the "
            "nation. The Jan. 6 committee will present new evidence on Thursday.")
    assert dates(text, "2022-10-11") == [("January 6, 2021", "2021-01-06"),
                                         ("Jan. 6", "2021-01-06"),
                                         ("on Thursday", "2022-10-13")]
    assert dates("The battleship sank on Dec. 7, 1941. In the days after the Dec. 7 ambush, "
                 "ships were kept out.", "2019-05-24")[1] == ("Dec. 7", "1941-12-07")
    # a day that names nothing keeps its own reading, and so does one that names what is
    # set for a day or comes back each year, whatever year the article gives it elsewhere
    # (an independent review's cases)
    assert dates("Rioters broke in on January 6, 2021. He spoke on Jan. 6 to the press.",
                 "2022-02-11")[1] == ("Jan. 6", "2022-01-06")
    assert dates("The crash was on May 3, 2020. At the May 3 hearing, the judge ruled.",
                 "2023-06-01")[1] == ("May 3", "2023-05-03")
    assert dates("Trump won on Nov. 8, 2016. Voters head to the polls in the Nov. 8 general "
                 "election.", "2022-10-01")[1] == ("Nov. 8", "2022-11-08")
    # a day after "on", or before a body's meeting, dates its clause; a body named for the
    # day, in any case or with a word between, does not
    assert dates("On Jan. 6 rioters stormed the Capitol.", "2022-02-01") == \
        [("Jan. 6", "2022-01-06")]
    assert dates("At the March 14 committee hearing, lawmakers grilled the CEO.",
                 "2023-05-08") == [("March 14", "2023-03-14")]
    for named in ["Members of the House Jan. 6 Committee met.",
                  "Trump appealed the order in the Jan. 6 criminal investigation.",
                  "Read the Jan. 6 committee report here."]:
        assert dates(named, "2023-04-10") == [], named


def test_a_day_named_in_the_present_progressive_is_to_come():
    """Over newsbench, "the state board of education is meeting Monday" in a Friday report
    was the Monday before: a clause in the present progressive that names a day speaks of
    an arrangement to come. 2021-04-09 is a Friday."""
    def dates(text: str) -> list[str]:
        return [m.date for m in find_times("s", text, "2021-04-09")]

    assert dates("The state board of education is meeting Monday to discuss it.") == \
        ["2021-04-12"]
    assert dates("The sheriff's office is holding a Career Day on Saturday.") == \
        ["2021-04-10"]
    # an ongoing state tells of a day past (an independent review's cases): not a verb of
    # an arrangement, a day of another event, a verb in the past between, the past tense
    for past in ["Police are investigating a shooting on Sunday.",
                 "A boy is missing after a boating accident on Lake Erie on Sunday.",
                 "Here is everything we know about the shooting on Sunday.",
                 "Officials are holding a vigil after Sunday's shooting.",
                 "They are holding talks on restrictions announced Sunday.",
                 "Police were searching Sunday for the man."]:
        assert dates(past) == ["2021-04-04"], past
    # a month: an ongoing state reaches one to come
    assert dates("She is leaving office in January due to term limits.") == ["2022-01"]
    assert dates("The NCAA is not enforcing the rules after a ruling in January.") == \
        ["2021-01"]


def test_a_day_that_starts_its_clause_reads_the_clauses_own_verb():
    """A third blind timeline probe: "On Monday, members of the public are to be encouraged
    to join" (a Saturday report) was the Monday before; and over newsbench "The Navy on
    Tuesday said it will ask the public" was the Tuesday after: the "will" is what was said,
    not when it was said. 2023-05-06 is a Saturday."""
    def dates(text: str) -> list[str]:
        return [m.date for m in find_times("s", text, "2023-05-06")]

    assert dates("On Monday, members of the public are to be encouraged to volunteer.") == \
        ["2023-05-08"]
    assert dates("On Saturday, Trump is scheduled to headline the party's dinner.") == \
        ["2023-05-06"]
    assert dates("The Navy on Tuesday said it will ask the public how to use the site.") == \
        ["2023-05-02"]
    assert dates("Walgreens in March said it planned to close 150 stores.") == ["2023-03"]
    assert dates("On Monday, officials said the bridge was closed.") == ["2023-05-01"]
    # "says" tells nothing of the day; "is due to" is a cause as often as a schedule
    assert dates("The schedule for Tuesday says the polls will open at 7 a.m.") == \
        ["2023-05-09"]
    assert dates("The increase in March is due to higher energy prices.") == ["2023-03"]
    # a field "set on Sunday" was settled then; a hearing "set for Tuesday" is to come
    assert [m.date for m in find_times("s", "Half of the Final Four field was set on Sunday.",
                                       "2023-03-27")] == ["2023-03-26"]
    assert dates("The hearing was set for Tuesday.") == ["2023-05-09"]


def test_a_weekday_with_a_name_of_its_own_is_no_date():
    """Over newsbench, every "Black Friday" (24) was dated the Friday before its report."""
    assert not find_times("s", "Target is adding new Black Friday deals.", "2020-11-16")
    assert not find_times("s", "He wrote about Bloody Sunday in Derry.", "2022-01-30")
    assert [m.date for m in find_times("s", "The deals end Friday.", "2020-11-16")] == \
        ["2020-11-13"]


def test_a_timeline_event_says_a_week_is_a_week():
    """A timeline's JSON said "2023-03-06" for "last week", which a reader takes for a day:
    each event carries how to read its date."""
    cite = Citation(n=1, article_id="a", title="t", outlet="o", quote="q", start=0, end=1)
    week = Event(date="2023-03-06", expression="last week", citation=cite)
    day = Event(date="2023-03-06", expression="on Monday", citation=cite)
    assert json.loads(week.model_dump_json())["when"] == "week of 2023-03-06"
    assert json.loads(day.model_dump_json())["when"] == "2023-03-06"
    assert Event.model_validate_json(week.model_dump_json()) == week


def test_a_duration_in_two_units_is_one_duration():
    """A CLI walk-through: compare read "three minutes and 46 seconds" of totality as
    "three minutes"."""
    got = [(q.kind, q.text, q.value) for q in
           find_quantities("Totality will last three minutes and 46 seconds in Dallas.")]
    assert got == [("duration", "three minutes and 46 seconds", 226.0)]
    got = [(q.text, q.value) for q in find_quantities("The call lasted 1 hour, 20 minutes.")]
    assert got == [("1 hour, 20 minutes", 4800.0)]
    # two durations of two things stay two
    got = [q.text for q in find_quantities("The strike lasted 10 days and the talks three "
                                           "hours.")]
    assert got == ["10 days", "three hours"]
    # ... and so do two of one unit, or a smaller part larger than one of the first's units
    # (an independent review: "15 years and 3 years of supervised release" read 18 years)
    for sentence, parts in [
            ("He was sentenced to 15 years and 3 years of supervised release.",
             ["15 years", "3 years"]),
            ("The ban lasts for 90 days, and 30 days for appeals.", ["90 days", "30 days"]),
            ("It took 2 days and 30 hours.", ["2 days", "30 hours"])]:
        assert [q.text for q in find_quantities(sentence) if q.kind == "duration"] == parts
    assert find_quantities("It lasted three minutes and 46 seconds.")[0].agrees(
        find_quantities("It lasted 226 seconds.")[0])


def test_the_bound_of_a_record_is_no_date():
    """A CLI walk-through: "never before had it happened before Sept. 1" was a Beryl event
    of 2024-09-01."""
    assert not find_times("s", "This is only the seventh such rise, and never before had it "
                               "happened before Sept. 1, the heart of the season.", "2024-07-01")
    assert [m.date for m in find_times("s", "The storm is forecast to reach the coast before "
                                            "Sept. 1.", "2024-07-01")] == ["2024-09-01"]


def test_a_day_that_names_a_famous_event_keeps_that_events_year():
    """"the Jan. 6 attack" in a report of 2024 was dated 6 January 2024 (the last one before
    the report), and in a report of July 2023 the 6 January to come."""
    def dates(text: str, published: str) -> list[str]:
        return [m.date for m in find_times("t", text, published)]

    for published in ("2023-07-20", "2024-06-10"):
        assert dates("He was charged over the Jan. 6 attack on the Capitol.",
                     published) == ["2021-01-06"]
        assert dates("The Sept. 11 attacks changed the city.", published) == ["2001-09-11"]
    assert dates("Hamas's Oct. 7 attack killed 1,200 people.", "2024-06-10") == ["2023-10-07"]
    # another event of that day keeps the report's year; the famous one is not yet
    assert dates("The Jan. 6 crash killed two.", "2024-06-10") == ["2024-01-06"]
    assert dates("The Oct. 7 attack on the depot was claimed by no one.",
                 "2023-07-20") == ["2022-10-07"]
    # a day to come is not a named event: "Jan. 6" of a vote set for it stays ahead
    assert dates("The vote is set for Jan. 6.", "2023-07-20") == ["2024-01-06"]


def test_a_named_event_without_its_year_is_not_after_its_report():
    """A named event has happened: "the May 6 inferno" in a report of 20 November was read
    as the May 6 to come (the nearer one), and is now the one before."""
    assert [m.date for m in find_times("t", "The May 6 inferno destroyed the mill.",
                                       "2023-11-20")] == ["2023-05-06"]



@pytest.mark.parametrize(("published", "sentence", "date"), [
    ("2024-10-20", "Leaders will meet at the Nov. 5 summit.", "2024-11-05"),
    ("2024-02-20", "They are preparing for the March 3 launch.", "2024-03-03"),
    ("2024-10-20", "Voters head to the polls in the Nov. 5 referendum.", "2024-11-05"),
    ("2021-01-05", "Crowds gathered ahead of the Jan. 6 rally planned for the Ellipse.",
     "2021-01-06"),
    ("2023-07-20", "The Jan. 6 committee hearing resumed.", "2021-01-06"),
])
def test_an_event_to_come_keeps_its_day_to_come(published, sentence, date):
    """A review: the rule that a named event is past moved summits, launches and a rally
    planned for the next day a year back. Only a noun of what happened (an attack, a
    crash, an inferno) makes a day past."""
    assert [m.date for m in find_times("t", sentence, published)] == [date]
