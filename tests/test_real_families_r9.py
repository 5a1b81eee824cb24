"""Phrasing families of real reporting, round r9 (strike tallies): "one-way attack drones" (a kind of drone, not a
count of one), lists of places that switch between "over" and "in", a list of places opened by a header whose
subject is the weapons ("The downed drones were distributed across the regions: ..."), and a sub-count of the
weapons still "heading toward" a city.

Every sentence below was written for these tests (wording, figures, places and speakers changed); none is copied
from a story. Each family has near-misses: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

import pytest

from tests.test_strike_families3 import facts_of, strikes_of


def placed_facts_of(text: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["attacker"], r["place"])
        for r in strikes_of(text).iter_rows(named=True)
    }


# Family 1: "Shahed one-way attack drones", "one-way combat UAVs": "one-way" names the kind of drone. It is no count
# of one, and the figure before it still counts the drones.
ONE_WAY_DRONES = [
    (
        "The enemy launched 43 Shahed one-way attack drones from the Kursk direction overnight, the air force said.",
        {("launched", 43, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Air defence units destroyed 19 one-way attack UAVs over the Poltava and Sumy regions overnight.",
        {("intercepted", 19, "drone", None, "RU", "event")},
    ),
    (
        "Overnight, Russia attacked with 27 one way combat drones; 21 of them were shot down, the air force reported.",
        {("launched", 27, "drone", None, "RU", "event"), ("intercepted", 21, "drone", None, "RU", "event")},
    ),
    # near-misses: "one way or another" and a ticket are no figures; the figure beside them stays
    ("One way or another, air defence shot down 14 drones overnight, the air force said.", {("intercepted", 14, "drone", None, "RU", "event")}),
    ("A one-way ticket to Kyiv costs 40 euros.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ONE_WAY_DRONES)
def test_one_way_attack_drones(text, expected):
    assert facts_of(text) == expected


# Family 2: a list of places whose items switch between "over", "above" and "in" ("22 were downed over the Kursk
# region, 9 over the Tula region and 4 in the Moscow region"), each item one fact of its place; and a list after a
# header whose subject is the weapons counted in an earlier sentence ("The downed UAVs were distributed across the
# regions: 9 over ..., 5 in ..."), its type the header's ("downed", "intercepted", "destroyed").
PLACE_LISTS_OVER_AND_IN = [
    (
        "The Russian defence ministry said 22 drones were downed over the Kursk region, 9 over the Tula region, and "
        "4 in the Moscow region.",
        {
            ("intercepted", 22, "drone", "UA", "Kursk region"),
            ("intercepted", 9, "drone", "UA", "Tula region"),
            ("intercepted", 4, "drone", "UA", "Moscow region"),
        },
    ),
    (
        "Russian air defences destroyed 30 Ukrainian drones overnight, the ministry said. The downed UAVs were "
        "distributed across several regions: 14 over Voronezh Oblast, 9 in Lipetsk Oblast, 4 in Tambov Oblast, "
        "and 3 in the Kaluga Region.",
        {
            ("intercepted", 30, "drone", "UA", None),
            ("intercepted", 14, "drone", "UA", "Voronezh"),
            ("intercepted", 9, "drone", "UA", "Lipetsk"),
            ("intercepted", 4, "drone", "UA", "Tambov"),
            ("intercepted", 3, "drone", "UA", "Kaluga Region"),
        },
    ),
    # a month after "in" is no place; a list whose header names no downing ("were spread") gives no type
    (
        "Russia said 12 drones were shot down over the Kursk region and 3 in March.",
        {("intercepted", 12, "drone", "UA", None)},
    ),
    (
        "Russia fired 20 missiles at Ukraine on Tuesday. The missiles were spread across the country: 12 over Kyiv, "
        "8 in Lviv.",
        {("launched", 20, "missile", "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LISTS_OVER_AND_IN)
def test_place_lists_over_and_in(text, expected):
    assert placed_facts_of(text) == expected


# Family 3: "..., with three heading toward the city": the weapons of the figure before that were still on their way
# to a city are a part of it, of its type (FACTS.md: a total and its parts are all facts). "Headed back", "flying at
# low altitude" are not such a part.
HEADING_PARTS = [
    (
        "According to the ministry, 16 drones were destroyed over the Moscow region, with four heading toward the "
        "capital.",
        {("intercepted", 16, "drone", "UA", "event"), ("intercepted", 4, "drone", "UA", "event")},
    ),
    (
        "Russia launched 52 drones overnight, with 11 reportedly flying towards Kyiv, the air force said.",
        {("launched", 52, "drone", None, "RU", "event"), ("launched", 11, "drone", None, "RU", "event")},
    ),
    (
        "Air defence shot down 18 drones, with 6 flying at low altitude.",
        {("intercepted", 18, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 35 drones overnight, with 7 headed back to Belarus.",
        {("launched", 35, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADING_PARTS)
def test_parts_heading_toward_a_city(text, expected):
    got = facts_of(text)
    if all(len(e) == 5 for e in expected):
        got = {(t, c, w, a, s) for (t, c, w, _m, a, s) in got}
    assert got == expected


# Family 4: Ukraine's air force by its air commands, each command named first and its figure after a dash ("Air
# Command 'East' – 7, Air Command 'West' – 3"), after the total: one fact per command, as "7 by Air Command East".
AIR_COMMAND_DASH = [
    (
        "The air force said 27 cruise missiles were shot down in the zones of responsibility: Air Command ‘South’ – 15, "
        "Air Command ‘Centre’ – 8, Air Command ‘West’ – 4.",
        {
            ("intercepted", 27, "missile", "RU", None),
            ("intercepted", 15, "missile", "RU", "Air Command South"),
            ("intercepted", 8, "missile", "RU", "Air Command Centre"),
            ("intercepted", 4, "missile", "RU", "Air Command West"),
        },
    ),
    (
        'Air defence destroyed 19 drones overnight: Air Command "East" - 11, Air Command "North" - 8.',
        {
            ("intercepted", 19, "drone", "RU", None),
            ("intercepted", 11, "drone", "RU", "Air Command East"),
            ("intercepted", 8, "drone", "RU", "Air Command North"),
        },
    ),
    # near-miss: a command named with no figure after it
    (
        "Air Command 'South' said it shot down 6 drones overnight.",
        {("intercepted", 6, "drone", "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIR_COMMAND_DASH)
def test_air_command_dash_parts(text, expected):
    assert placed_facts_of(text) == expected


# Family 5: a total with no verb of its own, then its part with the part's figure first: "the air force reported a
# total of 48 drones, 41 of which were shot down" is launched 48 and intercepted 41 (the order "of which 41 were shot
# down" was read already). A total whose own verb types it keeps that type.
TOTAL_THEN_PART = [
    (
        "The air force reported a total of 48 drones, 41 of which were shot down over the Kharkiv and Sumy regions.",
        {("launched", 48, "drone", None, "RU", "event"), ("intercepted", 41, "drone", None, "RU", "event")},
    ),
    (
        "Ukraine's air force reported 37 Shahed drones, 30 of them were destroyed by mobile fire groups.",
        {("launched", 37, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 30, "drone", "Shahed-136/131", "RU", "event")},
    ),
    # near-miss: the total has its own verb (an interception), and its part is a place
    (
        "Air defence shot down 44 drones, 20 of which over the Kyiv region.",
        {("intercepted", 44, "drone", None, "RU", "event"), ("intercepted", 20, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOTAL_THEN_PART)
def test_total_then_its_part(text, expected):
    assert facts_of(text) == expected


# Family 6: the Russian ministry's figure in brackets after each place, with its noun ("over the Tula Region (three
# UAVs) and the Oryol Region (one UAV)"): one figure per place, each of the sentence's verb.
BRACKETED_WITH_NOUN = [
    (
        "On-duty air defences intercepted and destroyed Ukrainian drones over the Tula Region (three UAVs) and the Oryol "
        "Region (one UAV), the ministry said.",
        {("intercepted", 3, "drone", None, "UA", "event"), ("intercepted", 1, "drone", None, "UA", "event")},
    ),
    (
        "Air defences destroyed drones above the Lipetsk Region (7 drones), the Tambov Region (4 drones) and Crimea "
        "(2 drones), Russia's defence ministry said.",
        {
            ("intercepted", 7, "drone", None, "UA", "event"),
            ("intercepted", 4, "drone", None, "UA", "event"),
            ("intercepted", 2, "drone", None, "UA", "event"),
        },
    ),
    # near-miss: a bracket that counts people, not weapons
    (
        "Air defences destroyed 9 drones over the Lipetsk Region (two people injured), Russia's ministry said.",
        {("intercepted", 9, "drone", None, "UA", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_WITH_NOUN)
def test_bracketed_figures_with_their_noun(text, expected):
    assert facts_of(text) == expected


# Family 7: the extras of a tally. A list of places right after a figure of aircraft ("two missiles and three fighter
# jets — one over A, one over B and one over C") is the aircraft's, never the weapons'. Drones that "veered off
# (their intended) course" or "went off course" are lost, not intercepted (FACTS.md: lost). "One of the drones
# targeted near the capital" was the target, not an attack of one drone.
TALLY_EXTRAS = [
    (
        "The air force said it had also destroyed three Russian missiles and two Su-34 jets — one over the Luhansk "
        "region and one over the Sea of Azov.",
        {("intercepted", 3, "missile", None, "RU", "event")},
    ),
    (
        "Air defence destroyed 26 Russian drones overnight, while 9 more veered off their intended course, the air "
        "force said.",
        {("intercepted", 26, "drone", None, "RU", "event"), ("lost", 9, "drone", None, "RU", "event")},
    ),
    (
        "As a result of electronic warfare, 14 Russian decoy drones went off course and caused no damage.",
        {("lost", 14, "drone", None, "RU", "event")},
    ),
    (
        "Russia's ministry said 6 Ukrainian drones were shot down overnight. Notably, one of the drones targeted "
        "near the capital was flying toward Moscow.",
        {("intercepted", 6, "drone", None, "UA", "event")},
    ),
    # near-misses: a list of places after the weapons stays theirs; drones that "targeted" a city attacked it
    (
        "The air force said it shot down 5 missiles — three over the Kyiv region and two over the Zhytomyr region.",
        {
            ("intercepted", 5, "missile", None, "RU", "event"),
            ("intercepted", 3, "missile", None, "RU", "event"),
            ("intercepted", 2, "missile", None, "RU", "event"),
        },
    ),
    ("Overnight, 33 drones targeted Odesa, the regional administration said.", {("launched", 33, "drone", None, "RU", "event")}),
]


@pytest.mark.parametrize(("text", "expected"), TALLY_EXTRAS)
def test_tally_extras(text, expected):
    assert facts_of(text) == expected


# Family 8: a launch list whose middle item has no figure of its own ("launched four missiles from ..., as well as a
# Kh-59 guided missile and three Kh-22 cruise missiles"): the figure after it still shares the list's verb.
AS_WELL_AS_AN_UNCOUNTED_ITEM = [
    (
        "The air force said Russia fired five missiles from S-400 systems in the Belgorod region, as well as a Kh-59 "
        "guided missile and three Kh-22 cruise missiles from the Black Sea.",
        # (the launcher's model names the missiles fired from it: five S-400 missiles, docs/facts.md 3)
        {("launched", 5, "missile", "S-400", "RU", "event"), ("launched", 3, "missile", "Kh-22", "RU", "event")},
    ),
    (
        "Air defence destroyed 14 drones over the east, along with a Kh-31 missile and 2 Shaheds in the south.",
        {("intercepted", 14, "drone", None, "RU", "event"), ("intercepted", 2, "drone", "Shahed-136/131", "RU", "event")},
    ),
    # near-miss: people after the uncounted item are no weapons
    ("Russia fired 6 missiles at Kharkiv, as well as a drone that hit a school and 4 people were hurt.", {("launched", 6, "missile", None, "RU", "event")}),
]


@pytest.mark.parametrize(("text", "expected"), AS_WELL_AS_AN_UNCOUNTED_ITEM)
def test_as_well_as_an_uncounted_item(text, expected):
    assert facts_of(text) == expected


# Family 9: the weapons an attack was made "with", listed, the first with no figure ("attacked overnight with
# missiles, 31 drones" in a headline, "attacked Kharkiv with guided bombs and 12 drones"): the figure is launched.
ATTACKED_WITH_A_LIST = [
    ("Kyiv says Russia struck overnight with missiles, 31 drones", {("launched", 31, "drone", None, "RU", "event")}),
    (
        "Russia attacked Kharkiv with ballistic missiles and 12 Shahed drones overnight, the governor said.",
        {("launched", 12, "drone", "Shahed-136/131", "RU", "event")},
    ),
    # near-miss: people after the list are no weapons
    ("The town was attacked with drones, 5 residents were injured.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKED_WITH_A_LIST)
def test_attacked_with_a_list(text, expected):
    assert facts_of(text) == expected


# Family 10 (casualties): two regional governors' counts of their own regions are two figures, even when the figures
# are equal and neither sentence names a place of its own ("..., governor of the southern Mykolaiv region, said" and
# "Sumy governor ... said ... had killed two"). A later sentence crediting the same region's official, or none,
# still restates the first.
def casualty_counts(text: str) -> list[tuple]:
    from tests.test_extract_casualties import casualties_of

    return sorted((r["fact_type"], r["count"]) for r in casualties_of(text).iter_rows(named=True))


TWO_GOVERNORS = [
    (
        '"Two people have been killed and four injured by Russian shelling today," Ivan Petrenko, governor of the '
        "southern Mykolaiv region, said. Serhii Lysenko, governor of Sumy region, said a Russian drone strike on a farm "
        "had killed two people and injured 9.",
        [("injured", 4), ("injured", 9), ("killed", 2), ("killed", 2)],
    ),
    (
        '"Three civilians were killed," Zaporizhzhia governor Ivan Fedorov said. Kharkiv governor Oleh Syniehubov said '
        "three people were killed in Russian shelling.",
        [("killed", 3), ("killed", 3)],
    ),
    # near-misses: the same region's official, or a sentence with no official, restates the figure
    (
        '"Two people were killed," Kherson governor Oleksandr Prokudin said. The governor of the Kherson region later '
        "repeated that two people were killed.",
        [("killed", 2)],
    ),
    (
        "A Russian strike killed two people in the village of Bilozerka. Kherson governor Oleksandr Prokudin said two "
        "people were killed.",
        [("killed", 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_GOVERNORS)
def test_two_governors_counts_are_two_figures(text, expected):
    assert casualty_counts(text) == expected


# Family 11: "N of the downed drones were over ...", "N of the downed drones were Shaheds" — a part of the weapons
# whose participle says they were downed is intercepted (with its place, or its model named by the copula); "N of the
# drones were shot down" keeps its own verb, and "N of the missiles were Kinzhals" stays a launched part.
DOWNED_PARTITIVE = [
    (
        "The air force shot down 35 drones overnight. The southern command said 21 of the downed drones were over the "
        "Mykolaiv region.",
        {("intercepted", 35, "drone", "RU", None), ("intercepted", 21, "drone", "RU", "Mykolaiv region")},
    ),
    (
        "Air defence shot down 31 drones overnight. 19 of the downed drones were Shaheds, the air force said.",
        {("intercepted", 31, "drone", "RU", None), ("intercepted", 19, "drone", "RU", None)},
    ),
    # near-misses: a part of the launched weapons named by a copula stays launched; "N of the drones" keeps its verb
    (
        "Russia launched 36 missiles overnight. Eight of the missiles were Kinzhals.",
        {("launched", 36, "missile", "RU", None), ("launched", 8, "missile", "RU", None)},
    ),
    (
        "Russia launched 44 drones overnight. 30 of the drones were destroyed by air defence.",
        {("launched", 44, "drone", "RU", None), ("intercepted", 30, "drone", "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOWNED_PARTITIVE)
def test_part_of_the_downed_weapons(text, expected):
    assert placed_facts_of(text) == expected
