"""Casualty phrasings, round 62: families met in the opened real stories of rounds 32 to 62 (wire background
paragraphs, daily round-ups of the regions, officials' updates in translation). Every sentence here was written for
these tests; none is quoted from a story.

- one attack told with the week or month it came in ("killed 30 people last month when a missile hit a block of
  flats", "a drone strike late last month killed eight") is that attack's toll, an event; attacks in the plural,
  or a span over the week or month ("in the past month"), stay a period; "last weekend" is a period;
- an "including" aside between dashes ("10 others — including four children — were wounded") is read as the same
  aside between commas;
- "dying" is a casualty word ("with one person dying and two injured");
- "killed another person", "wounded another civilian": one more person;
- a part hospitalised in the words of its need ("6 of them needed hospitalisation") and "N of the injured remain
  hospitalised" are held in the injured figure before them, however far back;
- "one of the injured died in hospital", "two of the wounded later succumbed": people whose death the toll of the
  dead already holds, no figure (and never an injured one);
- "the deaths and injuries of 16 people": both at once, neither figure;
- a daily round-up's total kept over the headline that states it, so a region's equal figure further on is its part,
  also where the region is named as what was attacked ("attacks against Sumy Oblast");
- people treated in hospital or in medical facilities, or as outpatients, are hospitalised ("are receiving treatment
  in hospital", "undergoing hospital treatment"), and so is "hospitalising N people";
- a place list whose first place names its kind with a direction or a country ("in the southern city of Kherson and
  one in Mykolaiv");
- one attack placed in Ukraine as a whole and its city's equal toll are one figure; a toll of several attacks across
  the country keeps its city's equal figure as a part;
- a compound compass point before a place ("in the northeastern Sumy region") still names the place;
- two statements that each name regional officials by name, none of one region ("Kiper said", "Syniehubov
  reported"), are two regions' tolls (the regions are in lexicon/actors.csv);
- prisoners "executed" by their captors are killed ("executed six prisoners of war"); strikes or missions executed are
  no figure;
- a part after "among those" ("Among those hurt were two boys") as after "among the".
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts
from tests.casualty_cases import tolls


# --- 1. one attack in a relative week or month is an event --------------------------------------------------------
ONE_ATTACK_LAST_MONTH = [
    ("At least 30 people died last month when a Russian missile slammed into a block of flats in Dnipro.",
     [("killed", 30)]),
    ("Late last month a missile and drone attack on the port city killed eight civilians, including two children.",
     [("killed", 2), ("killed", 8)]),
    ("Earlier this month, a Russian glide bomb strike on a village shop killed 40 people.", [("killed", 40)]),
    ("Last week 17 people were wounded when a ballistic missile hit a university campus in Poltava.",
     [("injured", 17)]),
    ("The city is still mourning nine residents killed by a Russian drone last week, one of the deadliest attacks on "
     "the region this year.", [("killed", 9)]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_ATTACK_LAST_MONTH)
def test_one_attack_in_a_relative_week_or_month_is_an_event(text, expected):
    assert tolls(text) == expected


SPANS_STAY_PERIODS = [
    # attacks in the plural, a span over the month, no attack named: the month's or the week's toll
    ("Russian strikes killed 120 civilians across Ukraine last month, monitors said.", [("killed", 120)]),
    ("In the past month, 80 people were killed by shelling in the region.", [("killed", 80)]),
    ("Shelling wounded 14 people in the district last week.", [("injured", 14)]),
    ("Sabotage on the railways last weekend led to five deaths and 30 injuries, officials claimed.",
     [("injured", 30), ("killed", 5)]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS_STAY_PERIODS)
def test_several_attacks_or_a_span_stay_a_period(text, expected):
    assert tolls(text) == []
    assert tolls(text, scope="period") == expected


# --- 2. an including aside between dashes ---------------------------------------------------------------------------
DASHED_INCLUDING = [
    ("One man died and 10 more — including four kids — were wounded near the Zaporizhzhia region's border.",
     [("injured", 4), ("injured", 10), ("killed", 1)]),
    ("Nine residents – including two teenagers – were injured when the drone fell on the courtyard.",
     [("injured", 2), ("injured", 9)]),
    ("The barrage killed 12 people — including a rescuer — in the town centre, the governor said.",
     [("killed", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_INCLUDING)
def test_an_including_aside_between_dashes(text, expected):
    assert tolls(text) == expected


# --- 3. "dying"; "killed another person" ---------------------------------------------------------------------------
DYING_AND_ANOTHER = [
    ("Russian troops shelled the district several times overnight, with one person dying and three injured.",
     [("injured", 3), ("killed", 1)]),
    ("Shelling hit Marhanets, with two residents dying in their homes, the mayor said.", [("killed", 2)]),
    ("On Sunday evening a second strike on Kharkiv killed another person, the mayor said.", [("killed", 1)]),
    ("A drone later wounded another civilian in the same village, the administration reported.", [("injured", 1)]),
    # "another" with no person after it stays as it was
    ("The toll rose as another wounded man died in hospital.", []),
]


@pytest.mark.parametrize(("text", "expected"), DYING_AND_ANOTHER)
def test_dying_and_another_person(text, expected):
    assert tolls(text) == expected


# --- 4. hospitalised parts held in the injured ----------------------------------------------------------------------
HOSPITALISED_HELD = [
    ("Eleven people were injured in the shelling, 5 of them needed hospitalisation.", [("injured", 11)]),
    ("Seven residents were wounded; three of whom required hospitalization, the governor said.", [("injured", 7)]),
    (
        "Sixteen people were hurt in the attack on the city, the governor said. Rescuers worked through the night to "
        "free people from the rubble. Fire crews put out the blaze by morning. The governor later said that nine of "
        "the injured remain hospitalised.",
        [("injured", 16)],
    ),
    # a hospitalised figure of its own still counts
    ("Four people needed hospitalisation after the drone strike on the market.", [("injured", 4)]),
]


@pytest.mark.parametrize(("text", "expected"), HOSPITALISED_HELD)
def test_hospitalised_parts_in_the_words_of_their_need(text, expected):
    assert tolls(text) == expected


# --- 5. the injured who died; deaths and injuries together ----------------------------------------------------------
NO_FIGURE = [
    ("By Wednesday the toll had climbed, as one of the injured died in hospital.", []),
    ("Two of the wounded later succumbed in intensive care, the health ministry said.", []),
    ("One of the hospitalised passed away overnight, doctors said.", []),
    ("Debris is blamed for the deaths and injuries of 16 other residents, investigators believe.", []),
    ("Officials are looking into the deaths and injuries of at least 20 residents.", []),
]


@pytest.mark.parametrize("text", [text for text, _ in NO_FIGURE])
def test_no_figure_for_the_injured_who_died_or_both_at_once(text):
    assert tolls(text) == []


def test_a_part_of_the_wounded_by_kind_is_still_a_part():
    text = "Twelve people were wounded in the attack. Three of the wounded were children."
    assert tolls(text) == [("injured", 3), ("injured", 12)]


# --- 6. a round-up's total and its regions ---------------------------------------------------------------------------
ROUNDUPS = [
    (
        "Russian attacks kill 2, injure 9 over past day\n"
        "Russian attacks across Ukraine killed two civilians and injured nine over the past day, regional authorities "
        "reported.\n"
        "In Kherson Oblast, two people were killed and four injured, the governor said.",
        [("injured", 4), ("injured", 9), ("killed", 2), ("killed", 2)],
    ),
    (
        "Russian attacks kill 3, injure 12 over past day\n"
        "Russian attacks killed three people and injured 12 across Ukraine over the past day, local officials said.\n"
        "A woman was killed in Nikopol.\n"
        "Russian attacks against Sumy Oblast killed two men and injured three others, the regional administration "
        "said.\n"
        "In Kharkiv Oblast, three people were injured.",
        [("injured", 3), ("injured", 3), ("injured", 12), ("killed", 2), ("killed", 3)],
    ),
    # no round-up words: a headline and its body's statement are one figure, the body's
    (
        "Russian strike kills 2 in Odesa\n"
        "A Russian drone strike killed two people in Odesa overnight, the governor said.\n"
        "Two people were killed and five injured, Kiper added.",
        [("injured", 5), ("killed", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDUPS)
def test_a_roundup_total_and_its_regions(text, expected):
    assert tolls(text) == expected


# --- 7. treatment in hospital, in medical facilities, as outpatients ------------------------------------------------
TREATMENT = [
    ("After the blast, doctors said, more than 30 residents were being treated in medical facilities.",
     [("injured", 30)]),
    ("Two women are receiving treatment in hospital after the drone hit their street, the mayor said.",
     [("injured", 2)]),
    ("One woman currently remains in hospital, while two others are receiving outpatient treatment, the governor said.",
     [("injured", 1), ("injured", 2)]),
    # held in the injured figure of their sentence
    ("The attack injured eight residents, with seven undergoing hospital treatment.", [("injured", 8)]),
    ("Five people were wounded; four of them are receiving treatment in a city hospital.", [("injured", 5)]),
]


@pytest.mark.parametrize(("text", "expected"), TREATMENT)
def test_treatment_in_hospital_or_as_outpatients(text, expected):
    assert tolls(text) == expected


# --- 8. "hospitalising"; a place list whose first place names its kind ------------------------------------------------
HOSPITALISING_AND_PLACE_KINDS = [
    ("Blasts shook the capital before dawn, hospitalising at least three people, officials said.", [("injured", 3)]),
    ("The drone attack killed one man, hospitalising two of his neighbours.", [("injured", 2), ("killed", 1)]),
    ("The barrage killed three people in the southern city of Kherson and one in Mykolaiv.",
     [("killed", 1), ("killed", 3)]),
    ("Cruise missiles killed at least one person in the Russian city of Kursk and at least two persons in "
     "Belgorod, officials said.", [("killed", 1), ("killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), HOSPITALISING_AND_PLACE_KINDS)
def test_hospitalising_and_place_kinds(text, expected):
    assert tolls(text) == expected


# --- 9. one attack placed in Ukraine and its city ---------------------------------------------------------------------
UKRAINE_AND_ITS_CITY = [
    # one attack: the country's toll and the city's equal toll are one figure
    (
        "The death toll rose to 23 on Saturday after a missile strike on a block of flats in Ukraine, officials said.\n"
        "Rescuers ended their search after the strike on the central city of Uman left 23 people dead.",
        [("killed", 23)],
    ),
    # several attacks across the country: the city's equal figure is a part of the country's
    (
        "Glide bombs, shells and drones took at least 30 civilian lives and hurt more than 150 others across "
        "Ukraine on Tuesday, officials said.\n"
        "A ballistic missile attack on Dnipro killed 20 people and injured more than 150 others, the governor said.",
        [("injured", 150), ("injured", 150), ("killed", 20), ("killed", 30)],
    ),
    # Russia beside a Ukrainian city stays apart
    (
        "In Russia, one man was killed by a drone strike, the governor said.\n"
        "One person was killed in Kharkiv, the mayor said.",
        [("killed", 1), ("killed", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UKRAINE_AND_ITS_CITY)
def test_one_attack_in_ukraine_and_its_city(text, expected):
    assert tolls(text) == expected


# --- 10. a compass point before a place ---------------------------------------------------------------------------
COMPASS_PLACES = [
    # two places: two figures
    (
        "Prosecutors said one civilian was wounded by a rocket in the northeastern Sumy region.\n"
        "Shelling wounded one civilian in Beryslav on Friday evening.",
        [("injured", 1, "Beryslav"), ("injured", 1, "Sumy region")],
    ),
    # one place written two ways: one figure
    (
        "Two people were killed in the south-eastern city of Zaporizhzhia overnight.\n"
        "Two people were killed in Zaporizhzhia, the governor said.",
        [("killed", 2, "Zaporizhzhia")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPASS_PLACES)
def test_a_compass_point_before_a_place(text, expected):
    facts = article_facts(text)
    got = sorted(
        (r["fact_type"], r["count"], r["place"] or "")
        for r in facts.iter_rows(named=True)
        if r["fact_type"] in ("killed", "injured")
    )
    assert got == expected


# --- 11. two named officials of two regions ---------------------------------------------------------------------------
NAMED_OFFICIALS = [
    # each official counts their own region: two tolls
    (
        "Glide bombs hit the city, and Syniehubov, who heads the region, reported three deaths.\n"
        "In the port, three people died and two more were hurt, Kiper wrote on Telegram.",
        [("injured", 2), ("killed", 3), ("killed", 3)],
    ),
    (
        "A drone hit a house in the Belgorod region, injuring two people, Gladkov said.\n"
        "Two people were injured by shelling, Bogomaz wrote on Telegram.",
        [("injured", 2), ("injured", 2)],
    ),
    # one official, or one region, said twice: one toll
    (
        "Russian drones killed two people overnight, Kiper said.\n"
        "Two people were killed when a drone hit a house, the governor Oleh Kiper added.",
        [("killed", 2)],
    ),
    (
        "A missile strike killed four people in the city, Terekhov said.\n"
        "Four people were killed, Syniehubov confirmed.",
        [("killed", 4)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_OFFICIALS)
def test_two_named_officials_of_two_regions(text, expected):
    assert tolls(text) == expected


# --- 12. prisoners executed -------------------------------------------------------------------------------------------
EXECUTED = [
    ("The ombudsman said occupying troops had executed six unarmed prisoners of war near the village on Monday.",
     [("killed", 6)]),
    ("Two captured marines were executed after they surrendered, regional prosecutors said.", [("killed", 2)]),
    # executions of no person: no figure
    ("The brigade executed 40 strikes on enemy positions overnight.", []),
    ("Pilots executed three missions over the sea on Friday.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXECUTED)
def test_prisoners_executed(text, expected):
    assert tolls(text) == expected


# --- 13. a part after "among those" -----------------------------------------------------------------------------------
AMONG_THOSE = [
    ("A drone slammed into a tower block overnight, wounding at least 19 residents. Among those hurt were two boys, "
     "the mayor said.", [("injured", 2), ("injured", 19)]),
    ("Among those killed were four rescue workers, the emergency service said.", [("killed", 4)]),
    # no figure after it: nothing
    ("Among those killed were worshippers and nurses.", []),
]


@pytest.mark.parametrize(("text", "expected"), AMONG_THOSE)
def test_a_part_after_among_those(text, expected):
    assert tolls(text) == expected
