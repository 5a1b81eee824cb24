"""Phrasing families of real reporting, fix6 round: ledes that name the day before the attack, "one of the
largest attacks" (a member of an uncounted group, never a count of one), and weapons as the subject of an
impact verb (hits are not launches, docs/facts.md section 4). Every sentence here was written for these
tests; none is copied from a story."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2025-10-24T09:00:00Z"


def strike_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["attacker"], r["scope"], r["event_date"].isoformat())
        for r in article_facts(text, published, stage="strikes").iter_rows(named=True)
    }


def casualty_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {(r["fact_type"], r["count"]) for r in article_facts(text, published, stage="casualties").iter_rows(named=True)}


# ---------------------------------------------------------------------------
# 1. A lede that names the day first, then the attack, dates the undated figures after it
# ---------------------------------------------------------------------------

DAY_FIRST_LEDES = [
    (
        "Overnight on October 22, Russia attacked Ukraine with drones and missiles, officials said.\n\n"
        "The air force said 95 drones and three missiles were launched. Air defence shot down 70 drones.",
        {
            ("launched", 95, "drone", "RU", "event", "2025-10-22"),
            ("launched", 3, "missile", "RU", "event", "2025-10-22"),
            ("intercepted", 70, "drone", "RU", "event", "2025-10-22"),
        },
    ),
    (
        "On the night of October 21, Russian forces launched a heavy attack on the energy grid.\n\n"
        "Air defence downed 40 of 52 drones, the air force said.",
        {("intercepted", 40, "drone", "RU", "event", "2025-10-21"), ("launched", 52, "drone", "RU", "event", "2025-10-21")},
    ),
    (
        "On the night of October 20-21, Russia struck power plants in three regions.\n\n"
        "The air force said 61 drones had been shot down.",
        {("intercepted", 61, "drone", "RU", "event", "2025-10-21")},
    ),
    (
        "During the night of October 22, Russian drones attacked the city of Kharkiv.\n\n"
        "According to the air force, 30 drones were destroyed.",
        {("intercepted", 30, "drone", "RU", "event", "2025-10-22")},
    ),
    (
        "Early on October 22, Russian troops fired a missile barrage at Kyiv.\n\n"
        "Eleven of the 14 missiles were intercepted, the air force said.",
        {("intercepted", 11, "missile", "RU", "event", "2025-10-22"), ("launched", 14, "missile", "RU", "event", "2025-10-22")},
    ),
    (
        "Late on October 21, Russia launched a wave of drones at the southern regions.\n\n"
        "The air force reported that 45 drones had been neutralised.",
        {("intercepted", 45, "drone", "RU", "event", "2025-10-21")},
    ),
    (
        "In the early hours of October 22, Russian drones attacked the capital.\n\n"
        "The air force said 33 drones had been shot down.",
        {("intercepted", 33, "drone", "RU", "event", "2025-10-22")},
    ),
    # a dateline before the day is dropped first
    (
        "KYIV, Oct 23 (Reuters) - On the night of October 22, Russia struck port facilities in Izmail.\n\n"
        "The air force said 27 drones had been shot down.",
        {("intercepted", 27, "drone", "RU", "event", "2025-10-22")},
    ),
    # the Russian side of the same wording
    (
        "On the night of October 22, Ukrainian drones attacked an oil refinery in the Ryazan region.\n\n"
        "Russia's defence ministry said air defences had destroyed 30 drones.",
        {("intercepted", 30, "drone", "UA", "event", "2025-10-22")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAY_FIRST_LEDES)
def test_a_lede_naming_the_day_first_dates_the_figures_after_it(text, expected):
    assert strike_facts(text) == expected


def test_a_lede_day_of_a_statement_does_not_date_the_figures():
    # the day is when someone spoke, not when the attack happened: the figures keep the publication day
    text = (
        "On October 20, the foreign minister said Russia's attacks on the grid would not break Ukraine.\n\n"
        "The air force said 30 drones had been shot down."
    )
    assert strike_facts(text) == {("intercepted", 30, "drone", "RU", "event", "2025-10-24")}


def test_a_figure_with_its_own_day_keeps_it_after_a_dated_lede():
    text = (
        "Overnight on October 22, Russia attacked Kyiv with drones.\n\n"
        "The air force said on Thursday that 40 drones had been shot down overnight."
    )
    assert strike_facts(text) == {("intercepted", 40, "drone", "RU", "event", "2025-10-23")}


# ---------------------------------------------------------------------------
# 2. "one of the largest ...", "one of its heaviest ...", "one of several ...": no count of one
# ---------------------------------------------------------------------------

ONE_OF_A_GROUP_CASUALTIES = [
    ("Ukrainian forces fended off one of the largest Russian attacks of the year near Pokrovsk, the General Staff said.", set()),
    ("Ukrainian troops repelled one of the heaviest assaults on the Kupiansk front this autumn.", set()),
    ("Defenders beat back one of the most intense assaults in weeks near Toretsk, the brigade said.", set()),
    ("Ukraine's forces repelled one of Russia's biggest mechanised assaults in Zaporizhzhia.", set()),
    ("Ukrainian troops repelled one of several Russian assaults near Kupiansk on Tuesday.", set()),
    ("The General Staff said one of the fiercest battles took place near Pokrovsk.", set()),
    # the count after the superlative still counts
    ("One of the largest attacks of the war killed one person in Kyiv and injured 12.", {("killed", 1), ("injured", 12)}),
    ("There were 143 combat clashes, one of the highest daily tallies this year, the General Staff said.", {("clash", 143)}),
    ("The attack was one of the deadliest on Kyiv since the summer, killing 23 people.", {("killed", 23)}),
    # one person of a superlative group is still a count of one
    ("One of the oldest residents of the village was killed in the shelling, the governor said.", {("killed", 1)}),
]


@pytest.mark.parametrize(("text", "expected"), ONE_OF_A_GROUP_CASUALTIES)
def test_one_of_the_largest_is_no_count_of_one_casualties(text, expected):
    assert casualty_facts(text) == expected


ONE_OF_A_GROUP_STRIKES = [
    ("Russia launched one of the biggest drone attacks of the war overnight, the air force said.", set()),
    ("Russia's defence ministry said it had destroyed one of the biggest Ukrainian drone swarms over Bryansk.", set()),
    ("Russia fired one of its most massive drone salvos at the capital overnight.", set()),
    (
        "Overnight Russia carried out one of the war's heaviest attacks, firing 600 drones.",
        {("launched", 600, "drone", "RU", "event", "2025-10-24")},
    ),
    # a plain "one of the N" is still a count
    (
        "One of the two missiles was shot down, the air force said.",
        {("intercepted", 1, "missile", "RU", "event", "2025-10-24"), ("launched", 2, "missile", "RU", "event", "2025-10-24")},
    ),
    ("Air defence shot down one of the missiles over Kyiv.", {("intercepted", 1, "missile", "RU", "event", "2025-10-24")}),
    # one weapon of a superlative group is still a count of one
    ("Russia fired one of the newest Oreshnik missiles at Dnipro, the air force said.", {("launched", 1, "missile", "RU", "event", "2025-10-24")}),
]


@pytest.mark.parametrize(("text", "expected"), ONE_OF_A_GROUP_STRIKES)
def test_one_of_the_largest_is_no_count_of_one_strikes(text, expected):
    assert strike_facts(text) == expected


# ---------------------------------------------------------------------------
# 3. Weapons as the subject of an impact verb: hits are not launches (facts.md section 4)
# ---------------------------------------------------------------------------

IMPACTS = [
    ("Three Russian missiles struck a college campus in Sumy, killing 14 people.", {("killed", 14)}),
    ("Two Iskander missiles hit the port of Odesa on Tuesday, killing five.", {("killed", 5)}),
    ("Four Russian missiles smashed into an apartment block in Kharkiv, killing nine.", {("killed", 9)}),
    ("Two ballistic missiles slammed into a hospital in Dnipro, officials said.", set()),
    ("Five Shahed drones crashed into residential buildings in Odesa overnight.", set()),
]


@pytest.mark.parametrize(("text", "casualties"), IMPACTS)
def test_weapons_that_hit_are_no_launched_figure(text, casualties):
    assert strike_facts(text) == set()
    assert casualty_facts(text) == casualties


# the same lede dates the undated casualty and clash figures of its article (docs/facts.md section 5)
def casualty_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["event_date"].isoformat())
        for r in article_facts(text, published, stage="casualties").iter_rows(named=True)
    }


CASUALTY_LEDES = [
    (
        "Overnight on October 22, Russia attacked Kyiv with drones and missiles.\n\n"
        "Officials said four people were wounded and one woman was killed in the Darnytskyi district.",
        {("injured", 4, "2025-10-22"), ("killed", 1, "2025-10-22")},
    ),
    (
        "A Russian barrage that began early on October 21 left parts of Kharkiv without power.\n\n"
        "Seven people were injured, the regional governor said.",
        {("injured", 7, "2025-10-21")},
    ),
    # a figure with its own day keeps it
    (
        "On the night of October 21, Russian drones struck Odesa.\n\n"
        "Two more people were killed in shelling of Kherson on Thursday, the governor said.",
        {("killed", 2, "2025-10-23")},
    ),
    # a lede whose day is a statement's dates nothing
    (
        "On October 20, the president said Russian attacks on the grid would continue.\n\n"
        "Three people were wounded, the mayor said.",
        {("injured", 3, "2025-10-24")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_LEDES)
def test_a_dated_lede_dates_the_undated_casualty_figures(text, expected):
    assert casualty_dates(text) == expected


# a daily tally is dated by its report, not by the attack the lede dates (docs/facts.md section 5)
def test_a_daily_tally_after_a_dated_lede_keeps_the_report_day():
    text = (
        "Early on October 22, Russian troops fired a missile barrage at Kyiv.\n\n"
        "The General Staff reported 150 combat clashes over the past day. Over the past 24 hours, Russian air "
        "defences destroyed 40 Ukrainian drones, the Russian defence ministry said. Ukrainian forces repelled 30 "
        "attacks in the last day."
    )
    published = "2025-10-23T12:00:00Z"
    assert casualty_dates(text, published) == {("clash", 150, "2025-10-23"), ("clash", 30, "2025-10-23")}
    assert strike_facts(text, published) == {("intercepted", 40, "drone", "UA", "event", "2025-10-23")}
