"""What was launched in one night, when the story does not say "Russia launched N drones".

Each family is a construction as a reader of many stories would state it, checked against other real stories of
the `pages` corpus (the Ukrainian Air Force's morning statements relayed by Ukrinform, UNN and Babel; Reuters, AP
and AFP syndications; Ukrainska Pravda and NV). Every sentence below was written for these tests; none is copied
from a story. Each case gives every fact expected, as (fact_type, count, weapon_class, weapon, attacker, scope);
the controls give what must not be read.
"""

from __future__ import annotations

import pytest

from tests.test_strike_families3 import facts_of


def event_facts(text: str) -> set[tuple]:
    return {fact for fact in facts_of(text) if fact[5] == "event"}


# The weapons as the subject of their attack ("N drones and M missiles of various types attacked X"), also a part
# of the weapons counted before ("30 of them targeted Kyiv"): what attacked was launched.
WEAPONS_AS_SUBJECT = [
    (
        "On Tuesday, over 600 drones and 20 missiles of different types attacked Lviv and other western cities, the "
        "ministry recalled.",
        {("launched", 600, "drone", None, "RU", "event"), ("launched", 20, "missile", None, "RU", "event")},
    ),
    (
        "Last night all 40 Russian drones were downed by air defence. 25 of them targeted Odesa.",
        {
            ("intercepted", 40, "drone", None, "RU", "event"), ("launched", 40, "drone", None, "RU", "event"),
            ("launched", 25, "drone", None, "RU", "event"),
        },
    ),
]
WEAPONS_AS_SUBJECT_CONTROLS = [
    # a passive "targeted by" counts the targets, not the weapons
    (
        "Russia sent 50 drones at the south overnight. Six people were hurt. Two of them were targeted by looters.",
        {("launched", 50, "drone", None, "RU", "event")},
    ),
    # hits are no launches (FACTS.md 4)
    ("Eight missiles struck the power plant overnight, the operator said.", set()),
]


# The target as the subject, its weapons after "with": a total named by a word for any weapon ("projectiles",
# "munitions") is a mixed aerial total only with its breakdown into aerial weapons; a list of models ending on
# "and other types of drones" is one mixed drone figure.
TARGET_AS_SUBJECT = [
    (
        "Overnight, the region was targeted with a total of 120 projectiles, including about 90 attack drones and four "
        "Kalibr missiles.",
        {
            ("launched", 120, "aerial_target", None, "RU", "event"), ("launched", 90, "drone", None, "RU", "event"),
            ("launched", 4, "missile", "Kalibr", "RU", "event"),
        },
    ),
    (
        "The enemy attacked overnight with three Iskander-M ballistic missiles, as well as 95 Shahed, Gerbera, and other "
        "types of drones from Kursk and Bryansk.",
        {("launched", 3, "missile", "Iskander-M", "RU", "event"), ("launched", 95, "drone", None, "RU", "event")},
    ),
    (
        "On the night of May 4, the Russian army launched 131 “Shahed”, “Gerbera” and other types of drones.",
        {("launched", 131, "drone", None, "RU", "event")},
    ),
]
TARGET_AS_SUBJECT_CONTROLS = [
    # "projectiles" alone are as often shells: no figure
    ("About 40 Russian projectiles were fired at Nikopol overnight, the governor said.", set()),
]


# Nominalised: the attack as the subject of "saw" ("the offensive saw Russia deploy 300 drones"), the number of the
# weapons ("the number of missiles was a record 96"), what there was in total ("there were 741 ... in total").
NOMINALISED = [
    (
        "The night's assault saw the enemy fire nearly 250 drones, along with 12 ballistic and five cruise missiles, "
        "officials said.",
        {
            ("launched", 250, "drone", None, "RU", "event"), ("launched", 12, "missile", None, "RU", "event"),
            ("launched", 5, "missile", None, "RU", "event"),
        },
    ),
    (
        "On Saturday the number of missiles was a record 96, the air force said.",
        {("launched", 96, "missile", None, "RU", "event")},
    ),
    (
        "There were 512 air attack vehicles in total, the spokesman said.",
        {("launched", 512, "aerial_target", None, "RU", "event")},
    ),
]
NOMINALISED_CONTROLS = [
    # a year is no night
    ("Last year saw Russia launch 20,000 drones at Ukraine.", set()),
    # what there was over one city is no total of the night
    ("There were 20 drones over Kyiv at one point, the mayor said.", set()),
]


# A breakdown after a header naming the weapons launched, with no figure of its own: "Of the missiles launched, 16
# were Iskander-M ..., while 14 were Kh-101 ..." gives launched parts of each model (whatever the sentence before
# counted: here an interception).
HEADER_BREAKDOWN = [
    (
        "Russia fired 31 missiles and 14 drones overnight. Air defence shot down 20 missiles. Of the missiles fired, 11 "
        "were Kalibr cruise missiles launched from ships, while nine were Iskander-M ballistic missiles.",
        {
            ("launched", 31, "missile", None, "RU", "event"), ("launched", 14, "drone", None, "RU", "event"),
            ("intercepted", 20, "missile", None, "RU", "event"),
            ("launched", 11, "missile", "Kalibr", "RU", "event"), ("launched", 9, "missile", "Iskander-M", "RU", "event"),
        },
    ),
]
HEADER_BREAKDOWN_CONTROLS = [
    # a year's weapons are no night's (FACTS.md 3: "this year", "last year" are periods)
    ("Of the drones launched last year, 9,000 were Shaheds, the ministry said.", set()),
    # ... but a year's words after a day and a month only name that day's year: the Russian ministry's night
    # "from 10 p.m. on March 3 of this year to 6 a.m. on March 4 of this year" is one night
    (
        "From 10 p.m. Moscow time on March 3 of this year to 6 a.m. on March 4 of this year, air defence systems on "
        "duty destroyed 17 Ukrainian fixed-wing drones: nine over the Kursk region and eight over the Bryansk region.",
        {
            ("intercepted", 17, "drone", None, "UA", "event"), ("intercepted", 9, "drone", None, "UA", "event"),
            ("intercepted", 8, "drone", None, "UA", "event"),
        },
    ),
]


# "all N" before a list of figures that ends on their launch is the whole of each figure (launched and downed each);
# without the launch, "all" is the first figure's only.
ALL_OF_A_LAUNCHED_LIST = [
    (
        "Air defence destroyed all six Kalibr missiles and 19 Shahed drones with which the enemy attacked the south "
        "overnight.",
        {
            ("intercepted", 6, "missile", "Kalibr", "RU", "event"), ("launched", 6, "missile", "Kalibr", "RU", "event"),
            ("intercepted", 19, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 19, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
]
ALL_OF_A_LAUNCHED_LIST_CONTROLS = [
    (
        "Air defences shot down all 20 missiles and seven drones, the commander said.",
        {
            ("intercepted", 20, "missile", None, "RU", "event"), ("launched", 20, "missile", None, "RU", "event"),
            ("intercepted", 7, "drone", None, "RU", "event"),
        },
    ),
]


# Figures that count no launch in the same sentences: a difference to a record, explosions heard, a model's number
# written after a space, "a day after" (no rate).
NOT_A_LAUNCH_COUNT = [
    (
        "Russia launched 610 drones overnight, 150 more than the previous record, the air force said.",
        {("launched", 610, "drone", None, "RU", "event")},
    ),
    ("The enemy shelled the community with artillery (12 explosions) and FPV drones (3 explosions).", set()),
    (
        "Russia fired two Iskander-M and KN 23 ballistic missiles at Kharkiv overnight.",
        {("launched", 2, "missile", "Iskander-M", "RU", "event")},
    ),
    (
        "Russia says it intercepted 31 Ukrainian drones a day after Kyiv was hit by a large drone attack.",
        {("intercepted", 31, "drone", None, "UA", "event")},
    ),
]


@pytest.mark.parametrize(
    "text,expected",
    WEAPONS_AS_SUBJECT + TARGET_AS_SUBJECT + NOMINALISED + HEADER_BREAKDOWN + ALL_OF_A_LAUNCHED_LIST,
)
def test_what_was_launched(text, expected):
    assert event_facts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    WEAPONS_AS_SUBJECT_CONTROLS + TARGET_AS_SUBJECT_CONTROLS + NOMINALISED_CONTROLS + HEADER_BREAKDOWN_CONTROLS
    + ALL_OF_A_LAUNCHED_LIST_CONTROLS + NOT_A_LAUNCH_COUNT,
)
def test_controls(text, expected):
    assert event_facts(text) == expected
