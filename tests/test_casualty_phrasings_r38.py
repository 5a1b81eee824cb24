"""Casualty phrasings, round 38: families met in the opened real stories of rounds 36, 38 and 39 (2023 air attacks
from wire services, an ordinary day's feed, round-ups and live blogs) and checked against other reporting of the
same kinds. Every sentence here was written for these tests; none is quoted from a story."""

from __future__ import annotations

import pytest

from tests.test_extract_casualties import casualties_of, tuples


def facts_of(text: str, scope: str | None = "event") -> set[tuple]:
    return tuples(casualties_of(text), scope=scope)


# --- 1. the present tense of a round-up's bullet or a standfirst, and the singular nouns ------------------------------
PRESENT_AND_SINGULAR = [
    ("Five people die in a Russian missile strike on Zaporizhzhia, officials say.", {("killed", 5)}),
    ("- Eight more die in a second air strike on a housing block in Sumy, Ukraine says.", {("killed", 8)}),
    ("At least three civilians die as drones hit Kherson overnight.", {("killed", 3)}),
    ("The shelling of Nikopol caused one fatality and three injuries, the governor said.",
     {("killed", 1), ("injured", 3)}),
    ("In the Kharkiv region, a guided bomb strike resulted in one fatality and one injury.",
     {("killed", 1), ("injured", 1)}),
    ("The strikes resulted in the injury of at least 12 people, including two teenagers, the mayor said.",
     {("injured", 12), ("injured", 2)}),
    ("A missile attack on a hotel in Kramatorsk kills 11 or more and wounds 60, police say.",
     {("killed", 11), ("injured", 60)}),
    # what might happen, and a rate, are no counts
    ("Hundreds of people could die if the dam is breached, the minister warned.", set()),
    ("Doctors fear two patients may die without power.", set()),
    ("Officials say 30 soldiers die every day on that front.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT_AND_SINGULAR)
def test_present_tense_and_singular_nouns(text, expected):
    assert facts_of(text) == expected


def test_or_more_is_a_floor():
    facts = casualties_of("A drone attack on a bus in Beryslav kills 7 or more, the governor says.")
    assert [(r["count"], r["qualifier"]) for r in facts.iter_rows(named=True)] == [(7, "at_least")]


# --- 2. lives lost, and people in a grave condition ---------------------------------------------------------------------
LIVES_AND_CONDITION = [
    ("In Odesa, three lives were lost and several people were injured.", {("killed", 3)}),
    ("At least 14 civilian lives have been lost in the shelling of the market, the prosecutor said.", {("killed", 14)}),
    ("Two more lives were lost when debris fell on a car in Brovary.", {("killed", 2)}),
    ("The governor added that two women remained in grave condition following the shelling.", {("injured", 2)}),
    ("Three soldiers remain in critical condition at a military hospital.", {("injured", 3)}),
    ("Nine people were wounded, four of them are in serious condition.", {("injured", 9), ("injured", 4)}),
    # lives at risk, one person's condition, a patient who was stable: no count
    ("Thousands of lives could be lost if the plant is hit, the agency said.", set()),
    ("The driver is in serious condition, the police said.", set()),
    ("Two patients were in stable condition before the power cut.", set()),
    # a relative clause after a list of the people: the list's items are no counts of their own
    ("Surgeons are treating five patients — three women and two men, who are in critical condition.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LIVES_AND_CONDITION)
def test_lives_lost_and_grave_condition(text, expected):
    assert facts_of(text) == expected


# --- 3. parts named with "among": "was among the dead", "were among 40 people injured", ages inside the part ----------
AMONG = [
    ("Among the dead is at least one child, a boy of nine.", {("killed", 1)}),
    ("Among the killed is one rescuer, the emergency service said.", {("killed", 1)}),
    ("Six children were among 51 people injured in the strike, the police said.", {("injured", 6), ("injured", 51)}),
    ("Two firefighters were among 12 people killed when the second missile hit.", {("killed", 2), ("killed", 12)}),
    ("Among the injured were two 15-year-old boys and a 9-year-old girl, officials said.", {("injured", 2)}),
    ("The blast wounded three 70-year-old women in the courtyard.", {("injured", 3)}),
    ("Two 20-year-old soldiers were killed in the drone attack on the training ground.", {("killed", 2)}),
    ("Among the dead were four children and two rescuers, the emergency service said.",
     {("killed", 4), ("killed", 2)}),
    ("Among the injured are three teenagers and one police officer.", {("injured", 3), ("injured", 1)}),
    ("Among the dead were two children and a pregnant woman.", {("killed", 2)}),
    ("Rescuers said at least nine of the injured were children and four were police officers.",
     {("injured", 9), ("injured", 4)}),
    ("Three of the dead were soldiers, and two were rescuers.", {("killed", 3), ("killed", 2)}),
    # a second clause that counts no people, or people without their noun
    ("Five of the wounded were children and two drones were shot down.", {("injured", 5)}),
    ("Five of the wounded were children and two were taken to Kyiv.", {("injured", 5)}),
    # one named person by age is no count; "among" with no casualty word counts nothing
    ("A 45-year-old man was among the wounded.", set()),
    ("Two journalists were among the crowd at the station.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMONG)
def test_parts_named_with_among(text, expected):
    assert facts_of(text) == expected


# --- 4. a place list whose item names the kind of place -----------------------------------------------------------------
PLACE_KIND_ITEMS = [
    ("Three more deaths were reported in the Donetsk region, and one more in the southern city of Mykolaiv.",
     {("killed", 3), ("killed", 1)}),
    ("Two people were killed in Sumy and one in the town of Okhtyrka.", {("killed", 2), ("killed", 1)}),
    ("Five people were injured in Dnipro, and two in the nearby town of Samar.", {("injured", 5), ("injured", 2)}),
    # a later clause that is no item of the list
    ("Four people were killed in Kharkiv and two days later in the city of Izium a bridge collapsed.", {("killed", 4)}),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_KIND_ITEMS)
def test_place_items_naming_the_kind_of_place(text, expected):
    assert facts_of(text) == expected


# --- 5. ranks, the UN's running tolls and running totals since the start of a month: no event ------------------------
NOT_EVENTS = [
    ("It was one of the biggest civilian death tolls of any single strike this year.", set()),
    ("The attack was one of the deadliest on the city, officials said.", set()),
    ("In one of the deadliest attacks on the capital, 23 people were killed.", {("killed", 23)}),
    ("Over 11,000 Ukrainian civilians have been killed, the United Nations says.", set()),
    ("According to the UN, over 600 children have died in the war and 1,500 have been injured.", set()),
    ("Since the beginning of October, 45 civilians have been killed in the region, the governor said.", set()),
    ("“Since the start of March, our units have destroyed 300 enemy soldiers, with another 90 wounded,” the brigade said.",
     set()),
    # the UN counting one attack's dead names the attack: an event
    ("The UN said 14 people have been killed in the strike on Kryvyi Rih.", {("killed", 14)}),
    # the start of the day is a day's tally
    ("Since the beginning of the day, 12 people were injured in the shelling of Kherson.", {("injured", 12)}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_EVENTS)
def test_ranks_and_running_tolls_are_no_events(text, expected):
    assert facts_of(text) == expected


def test_un_toll_is_cumulative():
    facts = casualties_of("Over 11,000 Ukrainian civilians have been killed, the United Nations says.")
    assert [(r["fact_type"], r["count"], r["scope"]) for r in facts.iter_rows(named=True)] == [
        ("killed", 11000, "cumulative")
    ]


# --- 6. street unrest is no war -----------------------------------------------------------------------------------------
UNREST = [
    ("40 police officers were injured during protests in the capital in recent days, the interior ministry said. "
     "On Saturday, 12 officers were injured, the ministry added.", set()),
    ("Riot police clashed with demonstrators and 25 people were hurt.", set()),
    # a war's strike on a gathering stays the war's
    ("A Russian missile hit a rally in Kharkiv, killing four people.", {("killed", 4)}),
    ("Protesters gathered in Kyiv after a Russian strike killed 9 people in Dnipro.", {("killed", 9)}),
]


@pytest.mark.parametrize(("text", "expected"), UNREST)
def test_street_unrest_is_no_war(text, expected):
    assert facts_of(text) == expected


# --- 7. one figure restated across sentences, the capital written as Kyiv, and two places kept apart ------------------
RESTATED = [
    ("Russian drones attacked Kyiv early on Sunday, injuring at least nine people in the capital, officials said. "
     "In Kyiv, the chief of the city's military administration reported nine people injured.", {("injured", 9)}),
    ("In the nearby town of Pidhorodne, a strike killed two people and injured 11, the governor said. "
     "Russia also shelled villages across Ukraine's southern Kherson region, killing three civilians and wounding "
     "11 others.", {("killed", 2), ("injured", 11), ("killed", 3)}),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_restatements_and_places(text, expected):
    facts = casualties_of(text).filter(scope="event")
    assert {(r["fact_type"], r["count"]) for r in facts.iter_rows(named=True)} == expected
    assert facts.height == len(expected) + (1 if "wounding 11" in text else 0)


# --- 8. a sentence that is nothing but a part of the figure before it ---------------------------------------------------
PART_SENTENCES = [
    ("As of the evening, 19 people were known to have died. Four of them were children.",
     {("killed", 19), ("killed", 4)}),
    ("The drone hit a bus stop, killing 3 and injuring 14. Two of them were teenagers.",
     {("killed", 3), ("injured", 14), ("injured", 2)}),
    ("Rescuers said 11 people had been wounded. Five of whom were women.", {("injured", 11), ("injured", 5)}),
    # a total of the killed and the wounded together, weapons, another paragraph, another war: no part
    ("The ministry said 900 soldiers were killed or wounded. 200 of them were officers.", set()),
    ("Russia launched 40 drones at Odesa and the debris injured one man. Two of them were Shaheds.", {("injured", 1)}),
    ("Seven people were killed in Kharkiv.\n\nThree of them were children.", {("killed", 7)}),
    ("Israeli strikes killed 20 people in Gaza. Five of them were children.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PART_SENTENCES)
def test_a_part_in_a_sentence_of_its_own(text, expected):
    assert facts_of(text) == expected


# --- 9. a part set between commas before the verb -------------------------------------------------------------------
COMMA_PARTS = [
    ("Three people, one of them a child, were killed in the strike on Kupiansk.", {("killed", 3), ("killed", 1)}),
    ("Six people, two of them children, were injured when the bomb hit the school.", {("injured", 6), ("injured", 2)}),
    ("Five people, one a teenager, were wounded by shelling in Nikopol.", {("injured", 5), ("injured", 1)}),
    ("The missile killed 7 people, 2 of them children, in Kherson.", {("killed", 7), ("killed", 2)}),
    # a part of no people is no such part
    ("Drones hit 3 houses, one of them a school, and wounded two people.", {("injured", 2)}),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_PARTS)
def test_a_part_between_commas(text, expected):
    assert facts_of(text) == expected
