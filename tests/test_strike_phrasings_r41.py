"""Strike phrasing and dating families of the 40th and 41st rounds of real stories (launched, intercepted and lost
figures, and the event dates they carry).

Found in the opened rounds r40 (2024 air attacks from 28 outlets) and r41 (2025-2026: the air force's tallies and the
Russian ministry's lists), and checked against how wire services, Ukrainian outlets and the ministries word them:
every sentence below was written for these tests, none is copied from a story. Each case gives every strike fact
expected, as (fact_type, count, weapon_class, weapon, attacker, place); the controls give what must not be read.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2025-06-14T09:00:00Z"
STRIKE_TYPES = ("launched", "intercepted", "lost")


def strike_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["weapon"], r["attacker"], r["place"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


def strike_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], str(r["event_date"]))
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


# 1. "all N of its X": a bare figure of a group someone owns is no weapon count unless X is a weapon. Before, "Moscow
#    shut all four of its major airports" in a sentence about missiles read four missiles launched and downed.
POSSESSED_GROUPS = [
    (
        "Russia fired 300 drones and 50 missiles overnight, as Moscow closed all four of its major airports.",
        {("launched", 300, "drone", None, "RU", None), ("launched", 50, "missile", None, "RU", None)},
    ),
    (
        "Ukraine sent 40 drones toward Moscow, and the authorities shut all three of the city's airports for hours.",
        {("launched", 40, "drone", None, "UA", None)},
    ),
    (
        "The enemy launched 12 missiles at the region, and all two of their power plants were hit.",
        {("launched", 12, "missile", None, "RU", None)},
    ),
]
POSSESSED_GROUPS_CONTROLS = [
    # the group owned is the weapons themselves
    (
        "Russia sent 40 drones at Odesa overnight, and air defence shot down all 40 of its drones.",
        {("launched", 40, "drone", None, "RU", None), ("intercepted", 40, "drone", None, "RU", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED_GROUPS + POSSESSED_GROUPS_CONTROLS)
def test_figure_of_a_possessed_group_is_no_weapon(text, expected):
    assert strike_facts(text) == expected


# 2. "While A were downed, B and C reached their targets": a figure opening its clause and joined by "and" to a figure
#    that hit is a subject of that hit, not one more item of the downing before the comma (FACTS.md 4: hits are not
#    launches nor interceptions).
HIT_SUBJECTS = [
    (
        "While 183 drones and 17 missiles were intercepted, 10 missiles and 25 drones reached targets in nine places.",
        {("intercepted", 183, "drone", None, "RU", None), ("intercepted", 17, "missile", None, "RU", None)},
    ),
    (
        "Air defence shot down 70 drones and six missiles, while two missiles and 12 drones hit targets in the west.",
        {("intercepted", 70, "drone", None, "RU", None), ("intercepted", 6, "missile", None, "RU", None)},
    ),
    (
        "Sixty drones were downed over the south, but four missiles and nine drones struck the port.",
        {("intercepted", 60, "drone", None, "RU", None)},
    ),
]
HIT_SUBJECTS_CONTROLS = [
    # an object of the downing joined by "and" before "before they reached": nothing hit
    (
        "Air defence downed 12 drones and two missiles before they reached the city.",
        {("intercepted", 12, "drone", None, "RU", None), ("intercepted", 2, "missile", None, "RU", None)},
    ),
    # a clause whose pair of figures has its own downing, not a hit
    (
        "Russia launched 40 drones and 10 missiles, and 30 drones and eight missiles were shot down.",
        {
            ("launched", 40, "drone", None, "RU", None), ("launched", 10, "missile", None, "RU", None),
            ("intercepted", 30, "drone", None, "RU", None), ("intercepted", 8, "missile", None, "RU", None),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), HIT_SUBJECTS + HIT_SUBJECTS_CONTROLS)
def test_subject_joined_to_a_hit_is_a_hit(text, expected):
    assert strike_facts(text) == expected
