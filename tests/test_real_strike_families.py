"""Phrasing families of strike reporting found in the open measurement corpus of real stories (realdev).

Every sentence below was written for these tests, with other wording, figures and places than the stories'; none
is copied from a story. Each case gives every fact expected, as (fact_type, count, weapon_class, weapon, attacker,
scope), or for place lists (fact_type, count, place).
"""

from __future__ import annotations

import pytest

from tests.test_strike_families3 import facts_of, strikes_of
from tests.batched_facts import article_facts


# Equal counts of distinct parts in one sentence are distinct facts: the two kinds of a sub-class split, "seven of
# the drones and seven of the missiles" after "managed to down" (the verb "down" after such a "to"). Before, the
# split's second figure was taken for the first one restated, and "down" was no verb.
EQUAL_PARTS = [
    (
        "Russia attacked overnight with three ballistic and three cruise missiles, the air force said.",
        {("launched", 3, "missile", None, "RU", "event")},
        2,
    ),
    (
        "Air defence downed 40 of 45 drones in a Russian attack overnight that also involved three ballistic and three "
        "cruise missiles, the air force said.",
        {
            ("intercepted", 40, "drone", None, "RU", "event"), ("launched", 45, "drone", None, "RU", "event"),
            ("launched", 3, "missile", None, "RU", "event"),
        },
        4,
    ),
    (
        "The air force reported it had managed to down six of the drones and eight of the missiles.",
        {("intercepted", 6, "drone", None, "RU", "event"), ("intercepted", 8, "missile", None, "RU", "event")},
        2,
    ),
    (
        "Air defences were able to down 12 Shahed drones and four cruise missiles overnight, the air force said.",
        {("intercepted", 12, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 4, "missile", None, "RU", "event")},
        2,
    ),
]


@pytest.mark.parametrize("text,expected,rows", EQUAL_PARTS)
def test_equal_counts_of_distinct_parts_are_distinct_facts(text, expected, rows):
    assert facts_of(text) == expected
    # the article's facts keep both equal figures of the sentence (only a later sentence restates one)
    facts = article_facts(text, "2025-06-14T08:00:00Z")
    assert facts.filter(facts["fact_type"].is_in(["launched", "intercepted"])).height == rows


# The Russian ministry's list of places that names the noun with each item after "including", and "one UAV each
# over the X Region, the Y Region and the Z Region" (each place with its "the"): one fact per place. Before, the
# list stopped after its first item and "each" kept only its first place.
MINISTRY_PLACE_LISTS = [
    (
        "Air defences destroyed 40 Ukrainian drones overnight, including 20 UAVs over the Oryol Region, 9 UAVs over "
        "the Lipetsk Region, three UAVs over the Tver Region, three UAVs over the Kaluga Region, and one UAV each "
        "over the Pskov Region, the Tambov Region, and the Smolensk Region, the ministry said.",
        {
            ("intercepted", 40, None), ("intercepted", 20, "Oryol Region"), ("intercepted", 9, "Lipetsk Region"),
            ("intercepted", 3, "Tver Region"), ("intercepted", 3, "Kaluga Region"), ("intercepted", 1, "Pskov region"),
            ("intercepted", 1, "Tambov region"), ("intercepted", 1, "Smolensk region"),
        },
    ),
    (
        "Duty air defences intercepted 14 Ukrainian fixed-wing UAVs, including six UAVs over the Bryansk Region, two "
        "UAVs over the Kursk Region, three UAVs over the Oryol Region and one UAV each over the Lipetsk Region and "
        "the Rostov Region, the ministry reported.",
        {
            ("intercepted", 14, None), ("intercepted", 6, "Bryansk Region"), ("intercepted", 2, "Kursk Region"),
            ("intercepted", 3, "Oryol Region"), ("intercepted", 1, "Lipetsk region"),
            ("intercepted", 1, "Rostov region"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", MINISTRY_PLACE_LISTS)
def test_ministry_place_list_with_the_noun_and_each(text, expected):
    got = {(r["fact_type"], r["count"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}
    assert got == expected
    assert set(strikes_of(text)["attacker"]) == {"UA"}


# A clause on North Korea supplying Russia leaves the sentence about this war (a dash aside inside the list is
# read as before). Before, "North Korea" made the whole sentence another conflict's.
SUPPLIED_BY_NORTH_KOREA = [
    (
        "Zelensky said Russia had fired 210 drones -- including Shahed drones -- and 12 missiles at Ukraine, adding "
        "that some of the weapons were supplied to Russia by North Korea.",
        {("launched", 210, "drone", None, "RU", "event"), ("launched", 12, "missile", None, "RU", "event")},
    ),
    (
        "Russia launched 95 drones (including decoys) and six missiles overnight, the president said, adding that "
        "North Korea had supplied Moscow with some of them.",
        {("launched", 95, "drone", None, "RU", "event"), ("launched", 6, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize("text,expected", SUPPLIED_BY_NORTH_KOREA)
def test_north_korean_supply_clause_keeps_the_war(text, expected):
    assert facts_of(text) == expected


def test_north_korea_on_its_own_stays_another_conflict():
    assert facts_of("North Korea fired 12 missiles into the sea on Tuesday, the South's military said.") == set()


# A wire credit in brackets before the lede names its publisher, whatever its country: "Lviv, (APP - Some Wire /
# Karachi News - 7th Nov, 2023) ...". Before, the publisher's country made the lede another conflict's.
WIRE_CREDIT_LEDES = [
    (
        "Lviv, (APP - Some Wire / Karachi Pakistan News - 7th Nov, 2023) Ukraine's air force said Tuesday it had "
        "downed 30 of 38 Russian attack drones launched overnight.",
        {("intercepted", 30, "drone", None, "RU", "event"), ("launched", 38, "drone", None, "RU", "event")},
    ),
    (
        "Odesa, (APP - Pakistan Point Wire - 3rd Mar, 2024) Air defences destroyed 17 Shahed drones overnight, "
        "the air force said.",
        {("intercepted", 17, "drone", "Shahed-136/131", "RU", "event")},
    ),
]


@pytest.mark.parametrize("text,expected", WIRE_CREDIT_LEDES)
def test_wire_credit_before_the_lede(text, expected):
    assert facts_of(text) == expected


# False positives: a negated interception counts nothing; a total "since" a day of a month is a running total;
# "Shahed 131 and 136" names the models, and only the figure before it counts.
NO_EVENT_FIGURE = [
    ("It remained unclear what became of the three drones that were not shot down.", set()),
    ("Four of the missiles had not been intercepted, the governor said.", set()),
    (
        "The air force said on Nov. 2 that Ukraine had shot down a total of 310 Shahed drones since Sept. 13.",
        {("intercepted", 310, "drone", "Shahed-136/131", "RU", "cumulative")},
    ),
    (
        "Air defences downed a total of 412 Shahed drones since October 10, the air force said.",
        {("intercepted", 412, "drone", "Shahed-136/131", "RU", "cumulative")},
    ),
    (
        "Thirty Shahed 131 and 136 drones were shot down over five regions, the air force said.",
        {("intercepted", 30, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Air defences destroyed 19 Shahed-136 and -131 drones overnight, the air force said.",
        {("intercepted", 19, "drone", "Shahed-136/131", "RU", "event")},
    ),
]


@pytest.mark.parametrize("text,expected", NO_EVENT_FIGURE)
def test_negated_cumulative_and_model_numbers(text, expected):
    assert facts_of(text) == expected


# A regional official's single figures: "in addition to" joins a second figure to the first, "one" bound to a
# weapon noun and a downing verb counts even when debris is the subject of the next clause, and the region the
# sentence names is the figure's place (a regional part, kept beside an equal national figure). Before, the second
# figure and the one before "and debris caused ..." were lost, and an equal national figure swallowed the part.
REGIONAL_FIGURES = [
    (
        "The governor of the Poltava region said air defence shot down three missiles over the region, in addition "
        "to one reconnaissance drone.",
        {
            ("intercepted", 3, "missile", None, "RU", "event"),
            ("intercepted", 1, "drone", "reconnaissance drone", "RU", "event"),
        },
    ),
    (
        "Oleh Syniehubov, the governor of the northern region of Kharkiv, said air defence destroyed four drones, "
        "in addition to two guided missiles.",
        {("intercepted", 4, "drone", None, "RU", "event"), ("intercepted", 2, "missile", None, "RU", "event")},
    ),
    (
        "The governor of the Sumy region said air defence destroyed one drone and debris damaged a house.",
        {("intercepted", 1, "drone", None, "RU", "event")},
    ),
    (
        "Air defence shot down two drones and wreckage caused a fire at a warehouse, the governor of the Kirovohrad "
        "region said.",
        {("intercepted", 2, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize("text,expected", REGIONAL_FIGURES)
def test_regional_official_figures(text, expected):
    assert facts_of(text) == expected


def test_regional_part_equal_to_the_national_figure_is_kept():
    text = (
        "Ukraine's air force said on Monday it shot down seven out of nine drones and two out of three missiles "
        "overnight. Oleh Syniehubov, the governor of the northern region of Kharkiv, said air defence shot down two "
        "missiles there, in addition to one reconnaissance drone."
    )
    facts = article_facts(text, "2025-06-14T08:00:00Z")
    got = {(r["fact_type"], r["count"], r["weapon_class"], r["place"]) for r in facts.iter_rows(named=True)}
    assert ("intercepted", 2, "missile", None) in got
    assert ("intercepted", 2, "missile", "Kharkiv") in got
    assert ("intercepted", 1, "drone", "Kharkiv") in got


# A list whose item carries a participle ("fired from the Black Sea", "fired by aircraft") goes on after it: the
# next items share the list's verb. Before, the items after the modifier were lost.
LIST_AFTER_A_MODIFIER = [
    (
        "The air force said it had downed 8 missiles launched from the Black Sea, 31 Shahed drones and three "
        "reconnaissance drones.",
        {
            ("intercepted", 8, "missile", None, "RU", "event"),
            ("intercepted", 31, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 3, "drone", "reconnaissance drone", "RU", "event"),
        },
    ),
    (
        "The attack involved three Iskander-M ballistic missiles, 14 cruise missiles fired by aircraft, three "
        "Iskander-K cruise missiles, a Kh-59 cruise missile and 200 drones.",
        {
            ("launched", 3, "missile", "Iskander-M", "RU", "event"), ("launched", 14, "missile", None, "RU", "event"),
            ("launched", 3, "missile", "Iskander-K", "RU", "event"), ("launched", 200, "drone", None, "RU", "event"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", LIST_AFTER_A_MODIFIER)
def test_list_goes_on_after_a_modifier(text, expected):
    assert facts_of(text) == expected


# "downed half of the 12 missiles and 50 of the 70 drones launched": a share's total is launched, and the
# partitive after it takes the clause's downing verb (the launch participle is its total's). Before, the
# partitive took the share's "launched" and gave launched 50.
SHARE_AND_PARTITIVE = [
    (
        "The air force said it destroyed half of the 12 missiles and 50 of the 70 attack drones launched overnight.",
        {
            ("launched", 12, "missile", None, "RU", "event"), ("intercepted", 50, "drone", None, "RU", "event"),
            ("launched", 70, "drone", None, "RU", "event"),
        },
    ),
    (
        "Air defences shot down a third of the 30 missiles and 44 of the 52 drones fired at Ukraine overnight, the "
        "air force said.",
        {
            ("launched", 30, "missile", None, "RU", "event"), ("intercepted", 44, "drone", None, "RU", "event"),
            ("launched", 52, "drone", None, "RU", "event"),
        },
    ),
]


@pytest.mark.parametrize("text,expected", SHARE_AND_PARTITIVE)
def test_share_then_partitive(text, expected):
    assert facts_of(text) == expected


# Parts by place after "included": "the 39 drones destroyed overnight included 20 in the western Russian region of
# Bryansk, 11 over the Black Sea and 8 over the border region of Oryol". Before, the parts were lost.
INCLUDED_PARTS_BY_PLACE = [
    (
        "The Russian defence ministry said the 39 Ukrainian drones destroyed overnight included 20 in the western "
        "Russian region of Bryansk, 11 over the Black Sea and 8 over the border region of Oryol.",
        {("intercepted", 39, None), ("intercepted", 20, "Bryansk"), ("intercepted", 11, "Black Sea"), ("intercepted", 8, "Oryol")},
    ),
    (
        "The ministry said the 52 Ukrainian drones shot down overnight included 30 over the Belgorod region and 22 "
        "over the Kursk region.",
        {("intercepted", 52, None), ("intercepted", 30, "Belgorod region"), ("intercepted", 22, "Kursk region")},
    ),
]


@pytest.mark.parametrize("text,expected", INCLUDED_PARTS_BY_PLACE)
def test_parts_by_place_after_included(text, expected):
    got = {(r["fact_type"], r["count"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}
    assert got == expected
    assert set(strikes_of(text)["attacker"]) == {"UA"}


# "the overnight barrage had included 150 drones and 20 missiles, of which ...": "had included" is the launch
# verb of an attack or barrage as "included" is. Before, the launched figures were lost.
BARRAGE_HAD_INCLUDED = [
    (
        "The air force said Russia's overnight attack had included 150 drones and 20 missiles, of which 140 drones "
        "and 15 missiles were shot down.",
        {
            ("launched", 150, "drone", None, "RU", "event"), ("launched", 20, "missile", None, "RU", "event"),
            ("intercepted", 140, "drone", None, "RU", "event"), ("intercepted", 15, "missile", None, "RU", "event"),
        },
    ),
    (
        "The night's barrage has included 88 Shahed drones and four Kalibr missiles, the air force said.",
        {("launched", 88, "drone", "Shahed-136/131", "RU", "event"), ("launched", 4, "missile", "Kalibr", "RU", "event")},
    ),
]


@pytest.mark.parametrize("text,expected", BARRAGE_HAD_INCLUDED)
def test_barrage_had_included(text, expected):
    assert facts_of(text) == expected


# "N more drones were lost after being neutralised by electronic warfare": the verb of neutralising names a downing
# (FACTS.md 2, round 17: "neutralised" and EW suppression are intercepted; an earlier round kept the "lost"). A cause
# said as a reason or a guess ("lost due to electronic warfare", "lost, likely jammed") and any other "lost after ..."
# stay lost.
LOST_AFTER_NEUTRALISED = [
    (
        "Air defences destroyed 40 of 52 drones overnight, and 9 more drones were lost after being neutralised by "
        "electronic warfare.",
        {
            ("intercepted", 40, "drone", None, "RU", "event"), ("launched", 52, "drone", None, "RU", "event"),
            ("intercepted", 9, "drone", None, "RU", "event"),
        },
    ),
    (
        "The air force said 33 Shahed drones were shot down, while 11 Shahed drones were lost after getting suppressed "
        "by electronic warfare.",
        {
            ("intercepted", 33, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 11, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Another 14 drones were lost because of electronic warfare, the air force said.",
        {("lost", 14, "drone", None, "RU", "event")},
    ),
    (
        "The air force said 20 drones were shot down and 35 decoy drones were lost, probably having been jammed.",
        {("intercepted", 20, "drone", None, "RU", "event"), ("lost", 35, "drone", None, "RU", "event")},
    ),
    (
        "Seven drones were lost after crossing into Belarus, the air force said.",
        {("lost", 7, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize("text,expected", LOST_AFTER_NEUTRALISED)
def test_lost_after_being_neutralised(text, expected):
    assert facts_of(text) == expected


# "188 drones had entered Ukrainian airspace": what the air force tracked coming in is what was launched (only
# Ukraine's airspace: drones straying into a neighbour's are not this count).
ENTERED_AIRSPACE = [
    (
        "An air force spokesman said on Monday that 188 drones had entered Ukrainian airspace overnight.",
        {("launched", 188, "drone", None, "RU", "event")},
    ),
    (
        "A total of 74 Shahed drones entered Ukraine's airspace overnight, of which 60 were shot down.",
        {("launched", 74, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 60, "drone", "Shahed-136/131", "RU", "event")},
    ),
    ("Two Russian drones entered Polish airspace on Wednesday, the Polish army said.", set()),
]


@pytest.mark.parametrize("text,expected", ENTERED_AIRSPACE)
def test_entered_ukrainian_airspace(text, expected):
    assert facts_of(text) == expected
