"""Aid event dates (FACTS.md 5 and 6), round 17: wordings met in the opened real stories of rounds 32 to 68 that
dated an aid event by the publication day while the article names its day. The sentences are written for these tests;
names and figures are made up.

- the sentence right after an undated amount, with no amount of its own, names the day of its announcement, agreement
  or decision and points back to it ("This was announced by the minister on Thursday", "The agreement was signed on
  Thursday", "The ministry on Monday announced the plan"): the amount is of that day;
- an amount whose sentence opens on what the sentence before names with its day ("The grant agreement was signed on 14
  June 2022. It covers a grant of ...", "Washington on Monday announced a package. The aid includes
  $1.25 billion ..."): that day;
- an amount set off by dashes is read past its closing dash for its month ("the second - EUR 2.5 billion - in
  November");
- the day the war began, named by its attacks ("the assaults that began on Feb. 24"), dates no money.

Each family has controls: neighbouring wordings whose date must stay the publication day.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.aid_cases import dates_by_amount

# a Friday
PUBLISHED = "2024-03-15T09:00:00Z"


dates = partial(dates_by_amount, published=PUBLISHED)


# Family 1: the next sentence names the day of the amount's announcement, agreement or decision
NEXT_SENTENCE_DAYS = [
    ("Portugal has announced a new donation of $45 million in humanitarian aid for Ukraine. This was revealed by the "
     "foreign minister on Wednesday during a visit to Lviv.", 45e6, "2024-03-13"),
    ("Ukraine has received $700 million as the second instalment of Canada's loan. The announcement was made by the "
     "finance minister in a post on X on Thursday.", 700e6, "2024-03-14"),
    ("The World Bank will provide Ukraine with a $90 million grant to repair its water network. The "
     "corresponding agreement was signed on Tuesday in Washington.", 90e6, "2024-03-12"),
    ("Chile will provide humanitarian aid worth twelve million dollars to Ukraine. The foreign ministry on Monday "
     "announced the plan after a request from Kyiv.", 12e6, "2024-03-11"),
    ("Estonia will send another package of defence equipment worth about EUR 60 million to Ukraine. The government on "
     "Wednesday approved the proposal of the defence ministry.", 60e6, "2024-03-13"),
    ("Ukraine received about $800 million from Japan through World Bank projects. The prime minister announced this on "
     "Telegram on Thursday, March 14.", 800e6, "2024-03-14"),
]


@pytest.mark.parametrize(("text", "amount", "day"), NEXT_SENTENCE_DAYS)
def test_the_next_sentence_names_the_day_of_the_announcement(text, amount, day):
    assert dates(text).get(amount) == day


NEXT_SENTENCE_CONTROLS = [
    # the next sentence is about something else, done on another day
    ("Portugal has announced a new donation of $45 million in humanitarian aid for Ukraine. Russian drones struck "
     "Odesa on Wednesday.", 45e6),
    # a relative word names no day of its own
    ("Ukraine has received $700 million as the second instalment of Canada's loan. The announcement was made by the "
     "finance minister this morning.", 700e6),
    # the next sentence has an amount of its own: it is its own statement
    ("Chile will provide humanitarian aid worth twelve million dollars to Ukraine. The foreign ministry on Monday "
     "announced a plan worth $3 million for refugees in Poland.", 12e6),
    # an amount its sentence places in an earlier time keeps its own dating
    ("Last year Estonia sent defence equipment worth about EUR 60 million to Ukraine. The government on Wednesday "
     "approved the proposal of the defence ministry.", 60e6),
]


def test_a_part_of_a_total_takes_no_day_from_the_next_sentence():
    # the next sentence's approval is of the whole, named two sentences back without its day
    text = ("The EU agreed a €50 billion loan for Ukraine at its summit. Of this amount, €20 billion is earmarked "
            "for budget support. On March 12, the European Parliament approved the agreement.")
    assert dates(text).get(20e9, "2024-03-15") != "2024-03-12"


@pytest.mark.parametrize(("text", "amount"), NEXT_SENTENCE_CONTROLS)
def test_an_unrelated_next_sentence_dates_nothing(text, amount):
    found = dates(text)
    assert found.get(amount, "2024-03-15") == "2024-03-15"


# Family 2: the amount's sentence opens on what the sentence before names with its day
PREVIOUS_SENTENCE_DAYS = [
    ("Background: the grant agreement between the aid agency and Ukraine's government was signed on 14 June 2022. "
     "It covers a grant from Japan's government worth 8 billion yen for the recovery "
     "programme.", 8e9, "2022-06-14"),
    ("Washington on Monday announced a $1.9 billion security aid package for Ukraine. The aid includes a "
     "$1.1 billion financing package for new air defence systems.", 1.1e9, "2024-03-11"),
    ("On February 28, the IMF board approved a four-year programme for Ukraine. This decision of the IMF board also "
     "provided for the immediate allocation of a first tranche of $2.2 billion to Ukraine.", 2.2e9, "2024-02-28"),
]


@pytest.mark.parametrize(("text", "amount", "day"), PREVIOUS_SENTENCE_DAYS)
def test_an_amount_opening_on_the_dated_decision_before_takes_its_day(text, amount, day):
    assert dates(text).get(amount) == day


PREVIOUS_SENTENCE_CONTROLS = [
    # the sentence before names a day of an attack, not of the money
    ("Russian missiles hit Kharkiv on Tuesday, killing three people. It also includes a grant of $15 million from the "
     "World Bank to rebuild schools in Ukraine.", 15e6),
    # the sentence does not open on the decision before
    ("On February 28, the fund's board approved a programme for Ukraine. Separately, Norway will provide a tranche of "
     "$70 million for Ukraine's gas purchases.", 70e6),
]


@pytest.mark.parametrize(("text", "amount"), PREVIOUS_SENTENCE_CONTROLS)
def test_a_sentence_before_about_something_else_dates_nothing(text, amount):
    found = dates(text)
    assert found.get(amount, "2024-03-15") == "2024-03-15"


# Family 3: an amount set off by dashes is read past its closing dash for its month
def test_the_month_after_an_amount_between_dashes_dates_it():
    text = ("Ukraine received the EU's loan in three tranches: the first \u2014 \u20ac1 billion \u2014 in October, the "
            "second \u2014 \u20ac1.5 billion \u2014 in November, and the third \u2014 \u20ac600 million \u2014 in "
            "December.")
    found = dates(text, published="2024-01-20T09:00:00Z")
    assert found.get(1.5e9) == "2023-11-30"
    assert found.get(600e6) == "2023-12-31"


def test_a_dash_that_opens_a_new_clause_lends_no_month():
    # the dash after the amount opens another clause, not a closing one: "January" is the visit's
    text = "Spain pledged \u20ac400 million to Ukraine \u2014 the prime minister will visit Kyiv in January."
    found = dates(text, published="2024-03-15T09:00:00Z")
    assert found.get(400e6) == "2024-03-15"


# Family 4: the war's first day, named by its attacks, dates no money
@pytest.mark.parametrize("text", [
    "Britain has pledged a new package worth £900 million for Ukraine to resist the assaults that commenced on Feb. 24.",
    "Britain has pledged a new package worth £900 million for Ukraine, under attacks since 24 February.",
    "Britain has pledged a new package worth £900 million for Ukraine against the offensive launched on February 24.",
])
def test_the_war_start_named_by_its_attacks_dates_no_money(text):
    assert dates(text).get(900e6) == "2024-03-15"


# Family 5: an event of last year is dated by last year's last day (FACTS.md 6: a point of an earlier year dates)
@pytest.mark.parametrize(("text", "amount"), [
    ("The EBRD previously backed Ukraine's gas company last year with a 250-million-euro loan to buy gas for Ukraine.",
     250e6),
    ("At the end of last year, Washington paid $1.3 billion to Ukraine under the loan.", 1.3e9),
    ("Back at the end of last year, Canada transferred C$700 million to Ukraine's budget.", 700e6),
])
def test_an_event_of_last_year_takes_its_last_day(text, amount):
    assert dates(text).get(amount) == "2023-12-31"


@pytest.mark.parametrize(("text", "amount"), [
    # a comparison with last year dates nothing
    ("Sweden pledged a new SEK 3 billion package for Ukraine on Monday, more than last year.", 3e9),
    ("Finland will send Ukraine a new EUR 190 million package, up from last year's EUR 100 million.", 190e6),
])
def test_a_comparison_with_last_year_dates_nothing(text, amount):
    assert dates(text).get(amount) in (None, "2024-03-11", "2024-03-15")
    assert dates(text).get(amount) != "2023-12-31"


# Family 6: the month that dates a sentence's first amount dates the amounts after it, its own year notwithstanding
def test_a_sentence_opening_on_a_month_and_year_dates_its_later_amounts():
    text = ("In June 2024, Belgium allocated \u20ac70 million for drones for Ukraine, contributed \u20ac300 million to a "
            "fund for armoured vehicles for Ukraine, and provided other assistance.")
    found = dates(text, published="2025-03-15T09:00:00Z")
    assert found.get(70e6) == "2024-06-30"
    assert found.get(300e6) == "2024-06-30"


def test_another_time_in_the_sentence_still_stops_the_month():
    text = ("In June 2024, Belgium allocated \u20ac70 million for drones for Ukraine, and last week it pledged \u20ac300 "
            "million more for Ukraine's air defence.")
    found = dates(text, published="2025-03-15T09:00:00Z")
    assert found.get(300e6) != "2024-06-30"


# Family 7: a month and year set before the decision that gives the amount dates it
@pytest.mark.parametrize(("text", "amount", "day"), [
    ("The move follows the G7 countries' October 2024 agreement to grant Kyiv a $45 billion loan.", 45e9,
     "2024-10-31"),
    ("The EBRD is acting under its June 2023 decision to lend Ukraine EUR 600 million for the power grid.", 600e6,
     "2023-06-30"),
])
def test_a_month_and_year_before_the_decision_date_its_amount(text, amount, day):
    assert dates(text, published="2025-03-15T09:00:00Z").get(amount) == day


def test_a_month_and_year_naming_something_else_dates_nothing():
    # the month names the start of the war, not the money's decision
    text = "Norway pledged NOK 700 million for Ukraine's air defence, its aid since the February 2022 invasion."
    assert dates(text).get(700e6) != "2022-02-28"
