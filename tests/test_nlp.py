from assistant.nlp.dates import date_key, find_dateline, parse_date
from assistant.nlp.sentences import sentence_spans, split_sentences
from assistant.nlp.tokens import stem, terms


def test_sentences_respect_abbreviations_initials_and_quotes():
    text = ('Mr. Smith met Dr. Jones in Washington on Monday. George W. Bush said "Hi." '
            "Then he left! Prices rose 3.5% in Jan. and fell later.")
    assert split_sentences(text) == [
        "Mr. Smith met Dr. Jones in Washington on Monday.",
        'George W. Bush said "Hi."',
        "Then he left!",
        "Prices rose 3.5% in Jan. and fell later.",
    ]


def test_every_line_ends_a_sentence_and_offsets_are_exact():
    text = "Headline without stop\n\n  MOSCOW, November 21. /TASS/. Putin spoke.  \nLast line"
    spans = sentence_spans(text)
    got = [text[a:b] for a, b in spans]
    assert got == ["Headline without stop", "MOSCOW, November 21. /TASS/.", "Putin spoke.",
                   "Last line"]
    assert all(text[a:b] == text[a:b].strip() for a, b in spans)


def test_a_stop_glued_to_the_next_word_ends_a_sentence_but_not_an_address_or_initial():
    # scrapers join paragraphs without a space; a promo must not swallow the lede after it
    text = ("For the latest news, follow our live updates for Tuesday, July 9.Tropical Storm "
            "Kestrel hit the coast. Families left in the 1920s.They kept quiet. "
            "Write to jo@herald.com.Follow the site at www.HarborNews.org and Tide.Harbor.gov "
            "today. He flew from John F.Kennedy airport to D-W.Va. on Sen.Ames's jet.")
    assert split_sentences(text) == [
        "For the latest news, follow our live updates for Tuesday, July 9.",
        "Tropical Storm Kestrel hit the coast.",
        "Families left in the 1920s.",
        "They kept quiet.",
        "Write to jo@herald.com.Follow the site at www.HarborNews.org and Tide.Harbor.gov "
        "today.",
        "He flew from John F.Kennedy airport to D-W.Va. on Sen.Ames's jet.",
    ]
    # a straight quote that opens the next sentence, an ellipsis in a title, a numbered list,
    # and a quoted question whose speaker's title holds a glued stop (an independent review)
    assert split_sentences('The mayor left."We will fight," she said.') == [
        'The mayor left."We will fight," she said.']
    assert split_sentences('The band played "Meanwhile...Back at the Lab" in June.') == [
        'The band played "Meanwhile...Back at the Lab" in June.']
    assert split_sentences("Do this:\n\n1.Move to a new town.") == [
        "Do this:", "1.Move to a new town."]
    assert split_sentences('"Why now?" Sen. Joe Manchin, D-W.Va., asked on Monday.') == [
        '"Why now?" Sen. Joe Manchin, D-W.Va., asked on Monday.']


def test_sentence_spans_within_a_window_keep_article_offsets():
    text = "First one. Second one. Third one."
    spans = sentence_spans(text, 11, len(text))
    assert [text[a:b] for a, b in spans] == ["Second one.", "Third one."]


def test_parse_date_formats():
    assert parse_date("2023/01/05") == "2023-01-05"
    assert parse_date("2023-01-05T10:00:00Z") == "2023-01-05"
    assert parse_date("January 5, 2023") == "2023-01-05"
    assert parse_date("Tuesday, Nov. 21, 2017") == "2017-11-21"
    assert parse_date("5 Jan 2023") == "2023-01-05"
    assert parse_date("2023-02") == "2023-02"
    assert parse_date("2023-02-30") is None
    assert parse_date("not a date") is None


def test_a_date_without_a_year_never_gets_one():
    assert parse_date("Nov 21") == "--11-21"
    assert date_key("--11-21") is None
    assert date_key("2017-11-21") == 20171121


def test_dateline_with_and_without_year():
    assert find_dateline("MOSCOW, November 21. /TASS/. Presidents...") == ("--11-21", "TASS")
    assert find_dateline("LONDON, Jan. 5, 2023 (Reuters) - Shares fell") == ("2023-01-05",
                                                                            "Reuters")
    assert find_dateline("No dateline here. Just text.") == (None, None)


def test_terms_drop_stopwords_and_stem_lightly():
    assert terms("The talks lasted for hours, officials said") == ["talk", "last", "hour",
                                                                   "official"]
    assert stem("countries") == "country"
    assert stem("running") == "run"
    assert {stem(w) for w in ("describe", "described", "describes", "describing")} == {"describ"}
    assert stem("called") == stem("calls") == "call"
    assert stem("class") == "class"


def test_terms_leave_accents_out():
    assert terms("Pelé, São Paulo, Türkiye") == terms("Pele, Sao Paulo, Turkiye") == [
        "pele", "sao", "paulo", "turkiy"]
