"""Casualty phrasings, round 23: the families found in the opened real stories of rounds 23-25 and checked on
other real reporting (Kyiv Independent governor digests, Al Jazeera key-event lists, AP and Reuters relays, UN
monitoring summaries, Russian governors' Telegram posts relayed by RT and TASS). Every sentence here was written
for these tests; none is quoted from a story."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.extract.facts import extract_facts
from tests.batched_facts import article_facts
from tests.conftest import one_article
from tests.test_extract_casualties import casualties_of, tuples


def scopes(facts: pl.DataFrame) -> set[tuple]:
    return {(r["fact_type"], r["count"], r["scope"]) for r in facts.iter_rows(named=True)}


# --- 1. a war's running toll said without "since" is cumulative, never one event ---------------------------------
RUNNING_TOLLS = [
    # "so far", "thus far" with a whole region, the war or soldiers around it
    ("At least 912 civilians have been killed in Luhansk Oblast thus far, the governor added.", {("killed", 912)}),
    ("More than 18,000 Russian troops have been killed in the fighting so far, Kyiv claims.", {("killed", 18000)}),
    ("The ministry said 312 of its soldiers have died and 1,240 more were wounded so far.",
     {("killed", 312), ("injured", 1240)}),
    # the war as the subject of a perfect
    ("The war has killed at least 517 children in Ukraine and injured more than 1,200, prosecutors said on Monday.",
     {("killed", 517), ("injured", 1200)}),
    ("The governor said 14 civilians have been killed and 96 injured as a result of the fighting.",
     {("killed", 14), ("injured", 96)}),
    # a side's own losses in the perfect, with no attack or day of their own
    ("Moscow says 640 of its servicemen have been killed in Ukraine, the first toll it has given.", {("killed", 640)}),
    # a monitoring mission's tally
    ("The United Nations has recorded at least 406 civilian deaths, though it says the true figure is higher.",
     {("killed", 406)}),
    ("The UN monitoring mission has verified 1,119 civilians killed, most of them by explosive weapons.",
     {("killed", 1119)}),
    # a pair whose span is said after its second figure shares it
    ("The report said at least 1,850 civilians were killed and 7,430 were injured in 2023.",
     {("killed", 1850), ("injured", 7430)}),
]

# ... while a toll of one attack or one night, or "so far" alone after an attack, stays the event's
EVENT_TOLLS = [
    ("At least 7 people have died in these strikes so far, the mayor said.", {("killed", 7)}),
    ("At least eleven people have been confirmed injured so far, the prime minister said.", {("injured", 11)}),
    ("Four Ukrainian soldiers have been killed and six wounded in clashes near the village, the army said.",
     {("killed", 4), ("injured", 6)}),
    ("Three Russian servicemen have died after a drone attack on the airfield, the ministry said.", {("killed", 3)}),
    ("Five people have been killed in Ukraine overnight as Russia launched a wave of drones.", {("killed", 5)}),
    ("More than 40 soldiers are believed to have been killed, the ministry said on Tuesday.", {("killed", 40)}),
    ("Two people have been killed in Kharkiv region so far today, the governor said.", {("killed", 2)}),
    ("Russia's war has killed nine people in Sumy overnight, the governor said.", {("killed", 9)}),
]


@pytest.mark.parametrize(("text", "running"), RUNNING_TOLLS)
def test_running_tolls_without_since_are_no_event(text, running):
    facts = casualties_of(text)
    assert tuples(facts) == set()
    assert tuples(facts, scope=None) == running
    assert "event" not in set(facts["scope"])


@pytest.mark.parametrize(("text", "expected"), EVENT_TOLLS)
def test_tolls_of_one_attack_stay_events(text, expected):
    assert tuples(casualties_of(text)) == expected


def test_a_year_after_the_second_figure_is_both_figures_period():
    facts = casualties_of("The report said at least 1,850 civilians were killed and 7,430 were injured in 2023.")
    assert scopes(facts) == {("killed", 1850, "period"), ("injured", 7430, "period")}


def test_a_statement_day_is_no_day_of_a_running_toll():
    facts = casualties_of("The defence ministry announced Wednesday that 212 of its troops have died so far.")
    assert scopes(facts) == {("killed", 212, "cumulative")}


# --- 2. a hospitalised part of an injured figure is no second injured figure, with its verb left out or a participle -
SUBCOUNTS = [
    ("As of now we know of 12 dead and 48 wounded, 19 of them hospitalised.", {("killed", 12), ("injured", 48)}),
    ("Twenty-two residents were injured, with nine of them being treated in hospital, the mayor said.",
     {("injured", 22)}),
    ("The governor said 31 people were hurt, 14 of whom taken to hospital.", {("injured", 31)}),
    # controls: a part by its kind or its hurt stays a part (FACTS.md 8)
    ("Nine people were hurt, four of them seriously injured, the mayor said.", {("injured", 9), ("injured", 4)}),
    ("Fifteen people were wounded, six of them children.", {("injured", 15), ("injured", 6)}),
    ("Five people were hospitalised after the drone attack on the town, the governor said.", {("injured", 5)}),
]


@pytest.mark.parametrize(("text", "expected"), SUBCOUNTS)
def test_hospitalised_parts_without_a_verb(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 3. a round-up's places: "in the same X district" and "the Ukrainian city of X" name places, so the equal
# figures of two places are two figures, not one restated ----------------------------------------------------------
ROUND_UPS = [
    (
        "Russian drones killed two people in the Chernihiv region overnight, the governor said. In the same Nizhyn "
        "district, four people were injured, including a child. In the Poltava region, one man died and four others "
        "were injured.",
        [("killed", 2), ("injured", 4), ("killed", 1), ("injured", 4)],
    ),
    (
        "A Russian strike on a hotel in the eastern Ukrainian city of Sloviansk wounded three journalists. Three people "
        "were injured by drone debris in the Lipetsk region, the Russian governor said.",
        [("injured", 3), ("injured", 3)],
    ),
    # controls: a lede and its quote that name one place once are one figure
    (
        "A Russian missile strike on the southern Ukrainian city of Mykolaiv injured six people. \"Six people were "
        "injured,\" the mayor said.",
        [("injured", 6)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_UPS)
def test_round_up_places(text, expected):
    facts = casualties_of(text).filter(pl.col("scope") == "event")
    assert sorted((r["fact_type"], r["count"]) for r in facts.iter_rows(named=True)) == sorted(expected)


# --- 4. a headline's "more than N" over the body's figure a little above N is the body's one figure --------------
HEADLINES = [
    (
        "Russian missile strike on Poltava kills more than 40, injures scores\n\nA Russian missile strike on a "
        "training centre in Poltava killed at least 43 people, the regional governor said on Tuesday.",
        [("killed", 43)],
    ),
    (
        "More than 150 combat clashes on the front in a day - General Staff\n\nOver the past day, there were 157 "
        "combat clashes between the Defense Forces and the Russian army, the General Staff said.",
        [("clash", 157)],
    ),
    # controls: a headline far below the body's figure, or one the body does not restate, stays
    (
        "Drone attack injures more than 10 in Odesa\n\nA Russian drone attack on Odesa injured 31 people, the "
        "governor said.",
        [("injured", 10), ("injured", 31)],
    ),
    (
        "Strike on Kharkiv kills more than 5\n\nThe mayor said the strike injured six people.",
        [("killed", 5), ("injured", 6)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_rounding_a_body_figure_down(text, expected):
    facts = article_facts(text, "2024-09-03T15:00:00Z").filter(
        pl.col("fact_type").is_in(["killed", "injured", "clash"]) & (pl.col("scope") == "event")
    )
    assert sorted((r["fact_type"], r["count"]) for r in facts.iter_rows(named=True)) == sorted(expected)


# --- 5. a part named by its casualty word after "among the injured," with a comma, "there are" or its place --------
AMONG_THE_INJURED = [
    ("Eleven people were wounded in the strike on Sumy. Among the wounded, three children are in critical condition.",
     {("injured", 11), ("injured", 3)}),
    ("The governor said 26 people were injured and among the injured there are five children.",
     {("injured", 26), ("injured", 5)}),
    ("Police said 17 people were hurt. Among the injured in the Saltivskyi district were two teenagers aged 14 and 16.",
     {("injured", 17), ("injured", 2)}),
    # controls: a single person named among them is no count
    ("Nine people were injured. Among the injured is a 62-year-old man, who was hit by shrapnel.", {("injured", 9)}),
    ("Among the dead were four children, the prosecutor said.", {("killed", 4)}),
]


@pytest.mark.parametrize(("text", "expected"), AMONG_THE_INJURED)
def test_a_part_among_the_injured(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 6. the casualty word in a relative clause after the counted people ----------------------------------------------
RELATIVES = [
    ("\"As of 6:10 a.m., we know of two people who died,\" the regional administration said.", {("killed", 2)}),
    ("The strike sent to hospital three workers who sustained shrapnel injuries, the governor said.", {("injured", 3)}),
    ("Doctors are treating five residents who were wounded when the drone hit the block.", {("injured", 5)}),
    # controls: prisoners who died held by the other side died in no attack; a person named is no count
    ("Soldiers carried coffins at a farewell in Lviv for 14 servicemen who died in Russian captivity.", set()),
    ("The man who died was 54, the governor said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_casualty_word_in_a_relative_clause(text, expected):
    assert tuples(casualties_of(text)) == expected


# --- 7. a day's clash count said again is one figure; the title repeated as the first line is a headline ----------
def test_a_restated_clash_count_is_one_figure():
    facts = casualties_of(
        "Ukrainian and Russian forces have clashed 97 times across the front since the day began, most of them on the "
        "Pokrovsk front. \"The number of combat engagements has risen to 97 as of now,\" the General Staff said."
    )
    # (a count "since the day began" is the day's tally, an event, as "since the start of the day" is)
    assert [(r["count"], r["scope"]) for r in facts.iter_rows(named=True)] == [(97, "event")]


def test_equal_clash_counts_of_two_fronts_stay_two():
    facts = casualties_of(
        "In the Kupiansk direction, the enemy tried 9 times to break through our defences. The enemy tried 9 times to "
        "advance in the Toretsk direction."
    )
    assert facts.filter(pl.col("scope") == "event")["count"].to_list() == [9, 9]


def test_the_title_repeated_as_the_first_line_is_a_headline():
    title = "73 combat clashes were recorded over the day. The General Staff reports on the front"
    text = (
        f"{title}\n\nOver the past day, February 11, there were 73 combat clashes between the Defense Forces and the "
        "Russian army, the General Staff said."
    )
    articles = one_article(text, "2024-02-12T09:00:00Z").with_columns(pl.lit(title).alias("title"))
    facts = extract_facts(articles).filter((pl.col("fact_type") == "clash") & (pl.col("scope") == "event"))
    assert facts["count"].to_list() == [73]
    assert facts["event_date"].cast(pl.String).to_list() == ["2024-02-11"]
