"""Who a clause is about, and the rules of issue 16c that use it or sit beside it: a peer
company's news is no event of the topic, a value in another company's clause is not the
subject's, and the date, count and speaker forms found on 2024 coverage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.answer.chain import Assistant
from assistant.answer.compare import asked_slots, slot_values
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.nlp.actors import Topic, actor
from assistant.nlp.attribution import find_attributions
from assistant.nlp.quantities import find_quantities
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.timex import find_times, written_on
from tests.helpers import write_jsonl

PEERS = ("Last week, rideshare company Lyft said it was axing 13% of employees, and "
         "payment-processing firm Stripe said it was cutting 14% of its staff.")


def test_the_actor_of_a_clause_is_the_name_its_subject_ends_with():
    assert actor(PEERS, PEERS.index("13%")).words == ("Lyft",)
    assert actor(PEERS, PEERS.index("14%")).words == ("Stripe",)
    twitter = actor("Facebook rival Twitter last Friday began mass layoffs.")
    assert twitter.words == ("Twitter",) and twitter.introduced
    # a reported clause with its own subject has its own actor; a common noun names no one
    assert actor("Zuckerberg said Meta will cut 13% of its staff.", 30).words == ("Meta",)
    assert actor("Seoul police said the toll rose to 156 on Tuesday.") is None
    assert actor("Her first ever Top 10 was the album, released in March 1988.") is None
    # a preposition introduces no one: "Millions of Mexicans" were not introduced as new
    assert not actor("Millions of Mexicans headed to the polls on Sunday.").introduced


def test_a_name_is_a_word_written_with_a_capital_in_mid_sentence():
    texts = ["Authorities said 156 people died.", "The authorities in Seoul said so.",
             "The toll, authorities said, rose."]
    topic = Topic.of("Seoul crush", texts)
    assert topic.names == {"seoul"}
    assert topic.actor("Authorities said 156 people died.") is None


def test_a_peer_introduced_as_new_is_someone_else_and_the_subjects_people_are_not():
    texts = ["Facebook parent company Meta on Wednesday said it is laying off 11,000 "
             "employees.", "Meta CEO Mark Zuckerberg wrote in a post.",
             "Zuckerberg wrote in his post Wednesday that the cuts hurt.", PEERS]
    topic = Topic.of("meta layoffs", texts)
    assert topic.names == {"meta"}
    assert topic.elsewhere(PEERS)
    assert not topic.elsewhere(texts[2])  # Zuckerberg stands beside Meta elsewhere
    assert not topic.elsewhere(texts[0])


META = [
    {"id": "meta1", "title": "Meta lays off 11,000 employees", "outlet": "cnn.com",
     "published": "2022-11-09",
     "text": "Meta lays off 11,000 employees\n\nFacebook parent company Meta on Wednesday said "
             "it is laying off 11,000 employees, the largest job cuts in its history. Meta "
             "CEO Mark Zuckerberg said on Wednesday that the company had hired too many "
             "people. " + PEERS + " Also last week, Facebook-rival Twitter announced mass "
             "layoffs across the company."},
]


def test_a_peer_companys_news_adds_no_timeline_event_and_no_value(index: Index,
                                                                  tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "meta.jsonl", META))], index)
    assistant = Assistant(index)
    quotes = [e.citation.quote for e in assistant.timeline("Meta layoffs").events]
    assert any(q.startswith("Facebook parent company Meta") for q in quotes)
    assert not any("Lyft" in q or "Twitter" in q for q in quotes)
    # the only percents are Lyft's and Stripe's: Meta's account has none
    c = assistant.compare("What percent of its staff is Meta cutting?")
    assert c.accounts, "the article is about Meta"
    slot = next(s for s in c.slots if s.kind == "percent")
    assert slot.readings == {}
    c = assistant.compare("What percent of its employees is Lyft laying off?")
    slot = next(s for s in c.slots if s.kind == "percent")
    assert [r.value for rs in slot.readings.values() for r in rs] == ["13%"]


def test_days_listed_after_a_schedule_are_to_come():
    s = ("Swift was scheduled to perform in Ernst-Happel-Stadion, Austria's largest "
         "stadium, on Thursday, Friday and Saturday nights.")
    assert [m.date for m in find_times("a", s, "2024-08-07")] == [
        "2024-08-08", "2024-08-09", "2024-08-10"]
    # a clause with a verb of its own ends the reach back
    assert [m.date for m in find_times("a", "He will testify, lawyers said Monday.",
                                       "2024-08-07")] == ["2024-08-05"]


def test_a_count_beside_a_death_count_is_not_one():
    got = [(q.text, q.unit) for q in find_quantities(
        "The outbreak has resulted in 26 illnesses with 2 deaths and 23 hospitalizations.")]
    assert got == [("26 illnesses", "illness"), ("2 deaths", "dead"),
                   ("23 hospitalizations", "hospitalization")]
    assert [(q.text, q.unit) for q in find_quantities("The blast killed 12 miners.")] == [
        ("12 miners", "dead")]


def test_a_qualified_group_of_the_dead_is_answered_only_by_a_count_of_it():
    (asked,) = asked_slots("How many foreign nationals died in the crush?")
    s = "One Thai national was among the dead, and 26 foreign nationals died in all."
    assert [shown for shown, _ in slot_values(asked, s)] == ["26 foreign nationals"]
    (miners,) = asked_slots("How many miners died in the Dunmore mine collapse?")
    assert [shown for shown, _ in slot_values(miners, "The death toll rose to 20.")] == ["20"]


def test_a_speaker_introduced_by_common_nouns():
    cases = {
        '"I don\'t even know where to start," hotel president Mineyuki Otake told NHK.':
            "hotel president Mineyuki Otake",
        "According to public broadcaster NHK, 78 people were trapped for four hours.":
            "public broadcaster NHK",
        '"He wanted to attack the crowd," according to national intelligence head Omar '
        'Haijawi-Pirchner.': "national intelligence head Omar Haijawi-Pirchner",
        "More than 2.2 million homes lost power, according to the Tohoku Electric Power, "
        "which services the region.": "the Tohoku Electric Power",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions("x", text)] == [speaker], text
    # words that open a clause are no descriptor
    assert find_attributions("x", "He left the room, then Smith said he was sorry.") == []


def test_a_speaker_whose_name_holds_a_list_is_named_whole():
    academies = "the National Academies of Sciences, Engineering and Medicine"
    cases = {
        "The drugs are safe, the National Academies of Sciences, Engineering and Medicine "
        "said in a report on Tuesday.": (academies, "The drugs are safe"),
        '"We are concerned," said the National Academies of Sciences, Engineering and '
        'Medicine.': (academies, "We are concerned"),
        "Such bills were rare, the Department of Health, Education and Welfare said.":
            ("the Department of Health, Education and Welfare", "Such bills were rare"),
        "Guns were traced, the Bureau of Alcohol, Tobacco, Firearms and Explosives said.":
            ("the Bureau of Alcohol, Tobacco, Firearms and Explosives", "Guns were traced"),
    }
    for text, (speaker, claim) in cases.items():
        (a,) = find_attributions("x", text)
        assert (a.speaker, text[a.claim_start:a.claim_end]) == (speaker, claim), text
    # a list in the claim stays there, and so does a name the claim ends with
    (a,) = find_attributions("x", "Prices rose in Paris, Lyon and Nice, officials said.")
    assert a.speaker == "officials"
    (a,) = find_attributions("x", "The deal is good for the University of Michigan, Ford and "
                                  "GM said.")
    assert a.speaker == "Ford and GM"


QUAKE = [
    {"id": "q1", "title": "Strong earthquake off Fukushima kills four", "outlet": "cnn.com",
     "published": "2022-03-17",
     "text": "Strong earthquake off Fukushima kills four\n\nA magnitude 7.4 earthquake struck "
             "off the coast of Fukushima, Japan, late Wednesday, killing four people and "
             "injuring 107, officials said."},
]


def counts_read(index: Index, tmp_path: Path, articles: list[dict], question: str,
                ) -> list[str]:
    """Every value of the count slot that compare lines up for ``question`` over
    ``articles``."""
    ingest([str(write_jsonl(tmp_path / "a.jsonl", articles))], index)
    slot = next(s for s in Assistant(index).compare(question).slots if s.kind == "count")
    return [r.value for rs in slot.readings.values() for r in rs]


def test_a_year_in_the_question_is_matched_by_the_articles_date(index: Index,
                                                                tmp_path: Path):
    assert counts_read(index, tmp_path, QUAKE, "How many people died in the March 2022 "
                       "earthquake off Fukushima, Japan?") == ["four people"]


def test_more_speaker_forms_of_2022_2024_coverage():
    cases = {
        # a document's issuer speaks, and when it posted is no part of who
        "According to a statement posted by AT&T Thursday evening, the outage was not the "
        "result of a cyberattack.": "AT&T",
        '"Check with your airline before heading to the airport," according to an advisory '
        "from the state Transportation Department.": "the state Transportation Department",
        # a descriptor with "and", after an inverted "said"
        'Scientists had "spent decades preparing for" the eruption, said volcanologist and '
        "science writer Dr Robin George Andrews in National Geographic.":
            "volcanologist and science writer Dr Robin George Andrews",
        # an apposition between dashes
        "Attorney General Mark Brnovich – who took the lead for the states – said Monday "
        "that the policy must stay.": "Attorney General Mark Brnovich",
        # a long tail after the verb
        '"We are going on as if nothing has changed," a senior US Customs and Border '
        "Protection official told CNN, adding that policy discussions are still underway "
        "to provide other legal pathways to the many people who make up a large number of "
        "the encounters at the border.":
            "a senior US Customs and Border Protection official",
        # the speaker set between commas
        "No matter what happens, Gregg said, residents should heed warnings from officials.":
            "Gregg",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions("x", text)] == [speaker], text
    # and what they said, not the opening phrase
    said = "No matter what happens, Gregg said, residents should heed warnings from officials."
    (a,) = find_attributions("x", said)
    assert said[a.claim_start:a.claim_end] == "residents should heed warnings from officials"
    long_lead = ("In an interview with CNN on Sunday, Secretary of State Antony Blinken said "
                 "the United States would support Ukraine for as long as it takes, whatever "
                 "the cost and whatever the politics of the moment at home.")
    (a,) = find_attributions("x", long_lead)
    assert long_lead[a.claim_start:].startswith("the United States would support")


def test_clause_words_and_participles_are_no_descriptors_and_it_said_needs_a_quote():
    for text in ("He resigned in March, although party chairman Ronna McDaniel said he was "
                 "fired.",
                 "Oil prices jumped, prompting energy minister Grant Shapps said the cap would "
                 "go."):
        assert find_attributions("x", text) == [], text
    # "it" is the last speaker when the sentence quotes no words of its own subject
    text = "The union said talks failed. Ford offered a 20% raise, it said."
    assert [a.speaker for a in find_attributions("x", text)] == ["The union", "The union"]


def test_it_said_is_the_subject_its_own_sentence_names():
    text = ("Southwest said it would cancel flights. The Federal Aviation Administration is "
            '"closely monitoring the eruption," it said in a statement.')
    assert [a.speaker for a in find_attributions("x", text)] == [
        "Southwest", "Federal Aviation Administration"]


def test_glued_link_headlines_and_image_credits_are_furniture():
    from assistant.nlp.furniture import is_furniture

    assert is_furniture("What does SOS mode on iPhone mean?Symbol appears during the outage")
    assert is_furniture("A lava flow on Mauna Loa on 28 November 2022 (Image credit: USGS)")
    assert not is_furniture("What happened? Officials said the outage ended Thursday.")


def test_a_fraction_is_no_count_and_another_number_ends_the_look_for_a_death():
    assert find_quantities("About three-fourths of customers reported outages.") == []
    got = [(q.text, q.unit) for q in find_quantities(
        "The quake killed nine and injured over 1,000 people early Wednesday.")]
    assert got == [("over 1,000 people", "peopl")]


def test_a_lede_that_reports_the_next_days_news_was_written_that_day():
    text = ("Sri Lanka's crisis escalates\n\nProtesters stormed the prime minister's office on "
            "Wednesday, hours after the president fled. On Monday he had been blocked from "
            "leaving.")
    # dated Tuesday 12 July: a lede's news is not six days old, so it was written Wednesday
    assert [(m.text, m.date) for m in find_times("a", text, "2022-07-12")] == [
        ("on Wednesday", "2022-07-13"), ("On Monday", "2022-07-11")]
    # a lede of the publication day's weekday keeps the date
    same = "Council meets\n\nThe council met on Tuesday and will vote on Friday."
    assert [m.date for m in find_times("a", same, "2022-07-12")] == ["2022-07-12", "2022-07-15"]


def test_a_player_the_story_keeps_returning_to_is_no_newcomer():
    texts = ["Wildfires on Maui kill dozens. Utility company Hawaiian Electric said on Thursday "
             "it had not shut off power. Hawaiian Electric faces lawsuits. Critics say "
             "Hawaiian Electric ignored warnings.", PEERS]
    topic = Topic.of("Maui wildfires", texts, ["a1", "a1"])
    hawaiian = "Utility company Hawaiian Electric said on Thursday it had not shut off power."
    assert topic.names == {"maui"}
    assert not topic.elsewhere(hawaiian)
    assert topic.elsewhere(PEERS)  # Lyft: named once


def test_a_relative_clause_or_a_verb_ends_the_reach_of_a_future_cue():
    for text, date in [
            ("The minister, who will retire next year, spoke on Monday.", "2024-03-11"),
            ("Boeing, which plans to cut jobs, fell 5% on Monday.", "2024-03-11"),
            ("Hurricane Milton, forecast to weaken, hit Florida on Wednesday.", "2024-03-13")]:
        # published on a Thursday
        got = [m.date for m in find_times("a", text, "2024-03-14") if "day" in m.text]
        assert got == [date], text


def test_a_lede_anchored_on_an_earlier_event_keeps_its_date():
    for lede in ("Since the strike began on Wednesday, more than 1,000 flights have been "
                 "cancelled.",
                 "The trial, which opened on Wednesday, resumed with new witnesses.",
                 "Ohio voters go to the polls on Wednesday to pick a new senator."):
        text = "Headline\n\n" + lede
        # the lede does not move the day the article was written (a Tuesday) ...
        assert written_on(text, sentence_spans(text), dt.date(2024, 3, 12)) == \
            dt.date(2024, 3, 12), lede
    # ... and what began "since" Wednesday began before it
    got = find_times("a", "Headline\n\nSince the strike began on Wednesday, more than 1,000 "
                          "flights have been cancelled.", "2024-03-12")
    assert got[0].date == "2024-03-06"


def test_a_year_or_a_road_number_is_no_other_count():
    for text in ("Floods in 2023 killed 40 people.", "A crash on Route 9 killed 3 people."):
        assert [q.unit for q in find_quantities(text)] == ["dead"], text


def test_dates_found_trying_a_timeline_over_a_years_eclipse_coverage():
    feb = "2024-02-12"
    # a month in the clause's subject takes the side of the verb after it; "about to" is
    # a future cue
    assert [m.date for m in find_times(
        "a", "The eclipse in April will be a total eclipse, the agency said.", feb)] == [
        "2024-04"]
    assert [m.date for m in find_times(
        "a", "We saw an eclipse in October, and we're about to get a better show in April.",
        feb)] == ["2023-10", "2024-04"]
    # a name is no date; the day's own "Today" is
    assert find_times("a", "According to USA Today, 44 million people will watch.", feb) == []
    assert [m.date for m in find_times(
        "a", "“Today I’m sharing some difficult changes,” he wrote.", feb)] == [feb]
    # a promotion line is furniture
    from assistant.nlp.furniture import is_furniture
    assert is_furniture("Read the latest eclipse forecast and news as of Wednesday, April 3.")


QUAKE2 = [
    {"id": "k1", "title": "Quake off Fukushima injures 107", "outlet": "dailyquake.example",
     "published": "2022-03-17",
     "text": "Quake off Fukushima injures 107\n\nA strong earthquake off Fukushima injured "
             "107 people on Wednesday night, officials said."},
    {"id": "k2", "title": "Bullet train derails in Fukushima quake", "outlet": "rail.example",
     "published": "2022-03-17",
     "text": "Bullet train derails in Fukushima quake\n\nThe earthquake off Fukushima on "
             "Wednesday night injured people across the region and derailed a bullet train. "
             "On the train, 78 people were stuck for four hours, but all escaped "
             "uninjured through an emergency exit."},
]


def test_a_count_without_the_questions_verb_contradicts_no_one(index: Index,
                                                               tmp_path: Path):
    ingest([str(write_jsonl(tmp_path / "k.jsonl", QUAKE2))], index)
    c = Assistant(index).compare(
        "How many people were injured in the earthquake off Fukushima?")
    slot = next(s for s in c.slots if s.kind == "count")
    assert {r.value for rs in slot.readings.values() for r in rs} == {"107 people"}
    assert not slot.contradiction
    # the 78 stuck on the train are shown apart, beside the account with the verb
    assert slot.side == ["rail.example"]
    # "trapped" is another kind of casualty than the injured: no value at all
    # (tests/test_typed_coverage.py, test_a_count_of_another_kind_of_casualty_does_not_answer)


def test_an_adverb_before_the_cue_is_no_part_of_the_speaker_and_a_passive_names_none():
    cases = {
        "Harris will meet three finalists, the Valley Post first reported.": ["the Valley Post"],
        "The bureau also said its specialists are analyzing the devices.": ["The bureau"],
        "The former mayor has also said he would not run.": ["The former mayor"],
        "The company has also previously said it would appeal.": ["The company"],
    }
    for text, speakers in cases.items():
        assert [a.speaker for a in find_attributions("x", text)] == speakers, text
    # "at first" is one phrase: never "Officials at"
    assert [a.speaker for a in find_attributions(
        "x", "Officials at first said the fire was small.")] != ["Officials at"]
    # "was reported by", "has been denied by": the subject is what was said, never who;
    # "has not said whether" is no claim of its subject
    for text, subject in {
        "The theft was first reported by the Valley Post.": "The theft",
        "Three new cases were reported Saturday by the health department.": "Three new cases",
        "The claim has been denied by the senator's lawyer.": "The claim",
        "The White House has not said whether it will veto the bill.": "The White House",
    }.items():
        assert not any(a.speaker.startswith(subject) for a in find_attributions("x", text)), \
            text


HAWKS = [
    {"id": "h1", "title": "Hawks set league record: 12 straight home wins to start season",
     "outlet": "harlow.test", "published": "2022-11-25",
     "text": "Hawks set league record: 12 straight home wins to start season\n\nThe Harlow "
             "Hawks beat the Dover Owls 3-1 on Thursday for their 12th straight home win, "
             "setting a league record with 12 straight home wins to start a season."},
]


def test_a_season_across_two_years_is_a_date_not_a_number_to_find(index: Index,
                                                                  tmp_path: Path):
    assert counts_read(index, tmp_path, HAWKS, "How many straight home wins did the Harlow "
                       "Hawks start the 2022-23 season with?") == ["12 straight home wins"]


def test_a_death_in_the_clause_before_does_not_make_a_count_of_the_dead():
    counts = [(q.text, q.unit) for q in find_quantities(
        "The 15-year-old was killed, and three adults were wounded, including an officer.")
        if q.kind == "count"]
    assert counts == [("three adults", "adult")]
    # a verb of dying in the count's own clause still makes one
    for said in ("The storm, killing three people, moved on.",
                 "He was shot and three others were killed.", "The blast killed 12 miners."):
        assert [q.unit for q in find_quantities(said) if q.kind == "count"] == ["dead"], said


def test_a_count_of_a_body_s_members_answers_who_did_what_the_question_asks():
    (asked,) = asked_slots("How many Harlow council advisers voted for the tram plan?")
    said = "All 9 members of the Harlow advisory council voted for the plan on Monday."
    assert [shown for shown, _ in slot_values(asked, said)] == ["9 members"]
    # members who did something else, or nothing, count nothing asked
    for other in ("The council's 400 members met on Monday.",
                  "Its 9 members resigned after the vote on the plan."):
        assert slot_values(asked, other) == [], other
