"""Dates of later reports about one attack (FACTS.md 5: "A toll reported later is dated by the strike").

A follow-up story or a live blog states the attack's day once (in its lede, or in a background paragraph) and
then updates its toll: "the death toll rose to 17 on Thursday", "Update 9:15 a.m. March 13: ... raised the toll to
11", "As of the evening of March 13, nine people are known to have died", "Among the injured are six teenagers".
Those figures are the attack's casualties and take the attack's day, not the day of the update. Every sentence
here was written for these tests; none is quoted from a story."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from tests.batched_facts import article_facts

# 2024-03-14 is a Thursday
PUBLISHED = "2024-03-14T10:00:00Z"
D = dt.date


def dates_of(text: str, published: str = PUBLISHED) -> dict[tuple[str, int], dt.date]:
    facts = article_facts(text, published=published).filter(
        pl.col("fact_type").is_in(["killed", "injured"]) & (pl.col("scope") == "event")
    )
    return {(row["fact_type"], row["count"]): row["event_date"] for row in facts.iter_rows(named=True)}


def test_a_toll_risen_on_a_later_day_takes_the_day_the_lede_dates_the_attack():
    text = (
        "A Russian ballistic missile struck a hospital in Chernivtsi on Tuesday, officials said.\n\n"
        "The number of dead has increased to 17 on Thursday, the regional administration reported.\n\n"
        "Rescue teams worked through the night."
    )
    assert dates_of(text)[("killed", 17)] == D(2024, 3, 12)


def test_a_live_blog_update_prefix_dates_the_update_not_the_attack():
    text = (
        "A Russian glide bomb struck a school gym in Sumy on Monday, killing at least eight people, local officials said.\n\n"
        "Update 9:15 a.m. March 13: Regional officials raised the death toll to 11, the emergency service said.\n\n"
        "Volunteers brought food to the families."
    )
    assert dates_of(text)[("killed", 11)] == D(2024, 3, 11)


def test_an_as_of_count_is_the_attack_s_dated_in_the_lede():
    text = (
        "Late on March 12, Russian cruise missiles struck the river port of Izmail, the navy said.\n\n"
        "As of the evening of March 13, nine people are known to have died, including a teenager.\n\n"
        "The port resumed work on Thursday."
    )
    assert dates_of(text)[("killed", 9)] == D(2024, 3, 12)


def test_a_follow_up_story_takes_the_attack_day_its_background_paragraph_states():
    text = (
        "Toll climbs after missile hit on Poltava housing block\n\n"
        "Emergency crews in Poltava keep clearing the debris of the five-storey block. The death toll rose to 19.\n\n"
        "Among the injured are 6 teenagers, the city council said.\n\n"
        "Background\n\n"
        "On March 11, Russian forces hit the block with two ballistic missiles, the prosecutor's office said."
    )
    dates = dates_of(text)
    assert dates[("killed", 19)] == D(2024, 3, 11)
    assert dates[("injured", 6)] == D(2024, 3, 11)


def test_a_toll_naming_its_strike_s_own_day_keeps_it():
    text = (
        "Russia launched dozens of drones at Kharkiv overnight, officials said.\n\n"
        "Separately, the death toll from Saturday's strike on a shopping mall in Kramatorsk rose to 14 on Wednesday.\n\n"
    )
    assert dates_of(text)[("killed", 14)] == D(2024, 3, 9)


def test_an_earlier_attack_recalled_in_a_story_keeps_its_own_year():
    text = (
        "On the evening of March 13, Russian missiles hit a cafe in Kryvyi Rih, the police said.\n\n"
        "As of the morning of March 14, six people are known to have been killed.\n\n"
        "On March 13, 2023, Russian forces shelled the same district. Then, the occupiers killed 21 people and injured "
        "40 others."
    )
    dates = dates_of(text)
    assert dates[("killed", 6)] == D(2024, 3, 13)
    # the earlier attack is never merged into this one
    assert dates.get(("killed", 21)) != D(2024, 3, 13)


def test_a_story_of_a_new_attack_keeps_its_toll_off_a_recalled_attack_s_day():
    # the lede names no day and tells of no toll: the dated background attack is another one
    text = (
        "Russian shelling hit a market in Kherson, the regional governor said.\n\n"
        "Two women were hurt in the blast, he added.\n\n"
        "Rescuers kept searching the stalls for hours.\n\n"
        "Police cordoned off the area around the market.\n\n"
        "On March 2, a drone struck a house in Odesa, the navy said.\n\n"
        "The death toll in Kherson rose to four, officials said later."
    )
    assert dates_of(text)[("killed", 4)] == D(2024, 3, 14)


@pytest.mark.parametrize(
    "tally",
    [
        "Over the past day, the death toll in the region rose to 5, the governor said.",
        "In the past 24 hours, Russian shelling killed three people and the number of injured rose to 12.",
    ],
)
def test_a_daily_tally_keeps_the_day_of_its_report(tally):
    text = "A Russian missile struck a warehouse in Dnipro on Tuesday, officials said.\n\n" + tally
    dates = dates_of(text)
    assert dates and all(day == D(2024, 3, 14) for day in dates.values())


def test_an_update_without_any_dated_attack_keeps_its_own_day():
    text = (
        "Rescue teams in Zaporizhzhia searched a collapsed block, the city council said.\n\n"
        "The death toll rose to 7 on Wednesday, officials said."
    )
    assert dates_of(text)[("killed", 7)] == D(2024, 3, 13)


def test_an_attack_long_before_the_update_is_not_its_day():
    # a lede dating an attack weeks before the update: the update's own day stays
    text = (
        "A missile hit a power plant near Burshtyn on February 2, the operator said.\n\n"
        "The death toll rose to 3 on Wednesday, the operator said."
    )
    assert dates_of(text)[("killed", 3)] == D(2024, 3, 13)
