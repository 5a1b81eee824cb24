"""The article-level anchor of dating (docs/facts.md section 5): a story printed, syndicated or filed a day or
more after the attack its lede dates ("Russia on Wednesday fired ...", "in the late Tuesday strike",
"accused each other on Thursday of firing drones overnight") dates its undated figures, and the relative words
of its later sentences, by that day, not by the publication. The lede is the story's first sentences of some
length: a page's stamp line, a headline, a view counter or a photo's caption before it are none. Every
sentence here was written for these tests; none is copied from a story."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.extract.dates import DATE_REF, ref_to_date
from tests.batched_facts import article_facts

# a Friday; the publication's hour is a date-only feed's noon
PUBLISHED = "2025-03-14T12:00:00Z"


def casualty_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["event_date"].isoformat())
        for r in article_facts(text, published, stage="casualties").iter_rows(named=True)
    }


def strike_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["event_date"].isoformat())
        for r in article_facts(text, published, stage="strikes").iter_rows(named=True)
    }


# ---------------------------------------------------------------------------
# 1. More ways a lede dates its attack
# ---------------------------------------------------------------------------

LEDE_CONSTRUCTIONS = [
    # the day between the attacker and the attack verb
    (
        "Russia on Wednesday fired a wave of missiles at Odesa, the regional governor said.\n\n"
        "Five people were wounded, the governor added.",
        {("injured", 5, "2025-03-12")},
    ),
    # the day before the attack noun, in a later sentence of the lede
    (
        "A Russian glide bomb attack on Kostiantynivka has killed six people, local officials said.\n\n"
        "Rescuers worked through the night at the scene of the late Tuesday strike, the mayor said.",
        {("killed", 6, "2025-03-11")},
    ),
    # people killed and their day
    (
        "Four civilians were killed by Russian shelling on Wednesday in the Kherson region, officials said.\n\n"
        "Another nine residents were hurt, the regional administration added.",
        {("killed", 4, "2025-03-12"), ("injured", 9, "2025-03-12")},
    ),
    # a day named by the part of it the attack began in
    (
        "On the afternoon of March 10, Russian troops shelled the centre of Nikopol.\n\n"
        "Three men were injured.",
        {("injured", 3, "2025-03-10")},
    ),
    # the day the sides spoke, for the night beside it
    (
        "Kyiv and Moscow accused each other on Thursday of firing drones overnight at homes and power plants.\n\n"
        "The strikes killed three people in Kharkiv, officials said.",
        {("killed", 3, "2025-03-13")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEDE_CONSTRUCTIONS)
def test_the_lede_dates_its_attack_in_more_ways(text, expected):
    assert casualty_dates(text) == expected


def test_a_strike_ledes_day_dates_its_undated_counts():
    text = (
        "Russia on Wednesday launched a large missile and drone attack on Ukraine's power plants, Kyiv said.\n\n"
        "Air defences shot down 25 missiles and 140 drones, the air force said."
    )
    assert strike_dates(text) == {("intercepted", 25, "2025-03-12"), ("intercepted", 140, "2025-03-12")}


# ---------------------------------------------------------------------------
# 2. What comes before the lede is no lede
# ---------------------------------------------------------------------------

BEFORE_THE_LEDE = [
    # a page's stamp line and a headline
    (
        "Fri. Mar 14th, 2025\nRussian drones struck Sumy overnight\n\n"
        "Four people were killed when Russian drones struck Sumy on Thursday, the regional administration said. "
        "Another 12 residents were injured.",
        {("killed", 4, "2025-03-13"), ("injured", 12, "2025-03-13")},
    ),
    # a view counter with its "today"
    (
        "Total views 512.\nViews today — 3.\n\n"
        "At least 8 people were killed in a missile attack on a market in Kramatorsk yesterday. "
        "More than 30 were wounded.",
        {("killed", 8, "2025-03-13"), ("injured", 30, "2025-03-13")},
    ),
    # a photo's caption dates its picture, not the story
    (
        "Firefighters work at the site of a drone strike in Zaporizhzhia, Ukraine, March 2, 2025. REUTERS/Staff\n\n"
        "Russian drones attacked Zaporizhzhia overnight, the governor said. Nine people were wounded.",
        {("injured", 9, "2025-03-14")},
    ),
    # ... and so does one a credit line follows
    (
        "Rescuers clear rubble after a Russian missile strike in Dnipro on March 9.\n(Photo | AFP)\n\n"
        "Russia attacked Dnipro with ballistic missiles overnight, officials said. Eleven people were injured.",
        {("injured", 11, "2025-03-14")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_THE_LEDE)
def test_stamps_headlines_counters_and_captions_are_no_lede(text, expected):
    assert casualty_dates(text) == expected


# ---------------------------------------------------------------------------
# 3. A lede that tells of its attack by its day anchors the story's relative words
# ---------------------------------------------------------------------------


def test_a_later_today_counts_from_the_ledes_day():
    text = (
        "Russia on Thursday launched a barrage of drones at Dnipro, officials said.\n\n"
        '"Two people were killed and seven wounded in the enemy attack today," the governor wrote on Telegram.'
    )
    assert casualty_dates(text) == {("killed", 2, "2025-03-13"), ("injured", 7, "2025-03-13")}


def test_a_later_overnight_counts_from_the_ledes_statement_day():
    text = (
        "Ukraine accused Russia on Thursday of a large drone attack overnight on the Odesa region.\n\n"
        "The air force said Russia launched 87 drones overnight and that 61 were shot down."
    )
    assert strike_dates(text) == {("launched", 87, "2025-03-13"), ("intercepted", 61, "2025-03-13")}


# negatives: a lede dated by "yesterday" counts from the publication, so later relative words do too
def test_a_yesterday_lede_does_not_shift_later_relative_words():
    text = (
        "At least 6 people were killed in a missile strike on Odesa yesterday.\n\n"
        "A drone attack on Kherson yesterday wounded two people."
    )
    assert casualty_dates(text) == {("killed", 6, "2025-03-13"), ("injured", 2, "2025-03-13")}


# ... and so does one dated only by a later sentence of its lede
def test_a_later_lede_sentence_does_not_anchor_the_storys_night():
    text = (
        "Officials gave new figures for the Chernihiv region.\n\n"
        "On March 9, Russian troops attacked a clinic in Semenivka.\n\n"
        "Elsewhere, three people were injured in Sumy overnight."
    )
    assert casualty_dates(text) == {("injured", 3, "2025-03-14")}


# ... and a lede that looks back on an attack by name ("Tuesday's strike") may be days later
def test_a_toll_lede_does_not_anchor_the_storys_night():
    text = (
        "The death toll from Tuesday's strike on Kryvyi Rih rose to 14, officials said.\n\n"
        "Overnight, Russian drones wounded three people in Nikopol."
    )
    assert casualty_dates(text) == {("killed", 14, "2025-03-11"), ("injured", 3, "2025-03-14")}


# ... and a later lede sentence that looks back speaks of another attack
def test_a_lede_sentence_that_looks_back_dates_nothing():
    text = (
        "Russian missiles hit Lviv, damaging homes and a school, officials said.\n\n"
        "The barrage came two days after an attack on Wednesday killed five in Odesa. "
        "Eleven people were injured in Lviv."
    )
    assert casualty_dates(text) == {("killed", 5, "2025-03-12"), ("injured", 11, "2025-03-14")}


# a period's or a running total's figure after a dated lede is no part of its attack
def test_a_running_total_after_a_dated_lede_keeps_the_publication_day():
    text = (
        "Russia on Wednesday fired guided bombs at Zaporizhzhia, officials said.\n\n"
        "Since January, such bombs have killed at least 48 people in the region."
    )
    assert casualty_dates(text) == {("killed", 48, "2025-03-14")}


# ---------------------------------------------------------------------------
# 4. A night across two months, the day first
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "expected"),
    [("the night of 31 March-1 April", "2025-04-01"), ("on the night of 30 November to 1 December", "2024-12-01")],
)
def test_a_night_across_two_months_is_its_morning(ref, expected):
    frame = pl.DataFrame({"text": [ref]}).with_columns(
        pl.col("text").str.extract(DATE_REF, 0).alias("ref"), pl.lit("2025-04-02").str.to_date().alias("published")
    )
    day = frame.select(ref_to_date(pl.col("ref"), pl.col("published"))).item()
    assert day.isoformat() == expected


def test_a_strike_on_a_night_across_two_months():
    text = "Russia attacked Ukraine with 48 drones on the night of 31 March-1 April, the air force said."
    assert strike_dates(text, "2025-04-01T09:00:00Z") == {("launched", 48, "2025-04-01")}


# ---------------------------------------------------------------------------
# 5. A holiday names its day
# ---------------------------------------------------------------------------


def test_a_holiday_names_its_day():
    text = "On Christmas Day, Russia fired 70 missiles and 100 drones at Ukraine's power grid, the air force said."
    assert strike_dates(text, "2024-12-27T10:00:00Z") == {("launched", 70, "2024-12-25"), ("launched", 100, "2024-12-25")}


def test_new_years_eve_in_a_january_story_is_last_years():
    text = "Kharkiv's mayor said that on New Year's Eve, Russian drones struck the city centre, injuring 14 people."
    assert casualty_dates(text, "2025-01-03T10:00:00Z") == {("injured", 14, "2024-12-31")}


# a holiday without its day or "on" names nothing: "before Christmas" is no day
def test_before_christmas_names_no_day():
    text = "Russia launched 60 drones at Odesa overnight, weeks before Christmas, the air force said."
    assert strike_dates(text, "2024-12-05T10:00:00Z") == {("launched", 60, "2024-12-05")}


# ---------------------------------------------------------------------------
# 6. An undated figure goes on with the attack the sentence right before it dates
# ---------------------------------------------------------------------------

AFTER_A_DATED_ATTACK = [
    (
        "Russian forces keep shelling the border villages of the Chernihiv region, officials said.\n\n"
        "According to the governor, on March 9, Russian troops attacked a clinic in Semenivka. "
        "Two nurses were killed and five patients were injured.",
        {("killed", 2, "2025-03-09"), ("injured", 5, "2025-03-09")},
    ),
    (
        "Russian drones keep hitting the Kherson region, officials said.\n\n"
        "For example, on Tuesday, Russian drones struck a bus in Beryslav. Seven passengers were wounded.",
        {("injured", 7, "2025-03-11")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_DATED_ATTACK)
def test_an_undated_figure_goes_on_with_the_attack_dated_before_it(text, expected):
    assert casualty_dates(text) == expected


def test_undated_strike_counts_go_on_with_the_night_dated_before_them():
    text = (
        "Russian drone attacks grew over the holidays, the air force said.\n\n"
        "For instance, on New Year's Eve, Russian forces launched 95 drones at Ukraine. "
        "Air defences destroyed 70 of them."
    )
    assert strike_dates(text, "2025-01-03T10:00:00Z") == {("launched", 95, "2024-12-31"), ("intercepted", 70, "2024-12-31")}


# negatives: a new paragraph, or a sentence before that looks back, carries nothing
def test_a_new_paragraph_does_not_go_on_with_the_dated_attack():
    text = (
        "Russian drones attacked the Sumy region overnight, officials said.\n\n"
        "On March 9, Russian troops attacked a clinic in Semenivka.\n\n"
        "Elsewhere, three people were injured in Sumy."
    )
    assert casualty_dates(text) == {("injured", 3, "2025-03-14")}


def test_a_sentence_that_looks_back_carries_nothing():
    text = (
        "Russian drones hit Nikopol, officials said.\n\n"
        "The attack came a day after Russian troops shelled Marhanets on Wednesday. Four people were injured."
    )
    assert casualty_dates(text) == {("injured", 4, "2025-03-14")}


# ---------------------------------------------------------------------------
# 7. An aid amount's undated parts in its sentence take its day
# ---------------------------------------------------------------------------


def aid_dates(text: str, published: str = PUBLISHED) -> set[tuple]:
    from pipelines.extract.aid import extract_aid

    return {
        (r["amount"], r["event_date"].isoformat())
        for r in article_facts(text, published, stage="aid").iter_rows(named=True)
        if r["scope"] == "event"
    }


def test_the_parts_of_a_dated_package_take_its_day():
    text = (
        "Norway and Ukraine signed in Oslo on March 11 an agreement on a $250 million aid package, "
        "$90 million in grants for the power grid and $160 million for air defence, the Norwegian ministry said."
    )
    assert aid_dates(text) == {(250_000_000, "2025-03-11"), (90_000_000, "2025-03-11"), (160_000_000, "2025-03-11")}


# ... not in a sentence that places an amount in another time
def test_an_amount_of_another_time_keeps_its_own_dating():
    text = "Denmark pledged $120 million on March 11, after it had already sent $80 million last year."
    assert (80_000_000, "2025-03-11") not in aid_dates(text)


# ---------------------------------------------------------------------------
# 8. A casualty figure's statement day: its "overnight" counts from it, and a daily tally is of its report
# ---------------------------------------------------------------------------


def test_a_casualty_overnight_counts_from_its_statement_day():
    text = (
        "Across Ukraine, emergency crews worked to clear the damage, officials said.\n\n"
        "Russian drones injured six people in Zaporizhzhia overnight, the regional governor said on Wednesday."
    )
    assert casualty_dates(text) == {("injured", 6, "2025-03-12")}


def test_a_daily_casualty_tally_is_dated_by_its_report():
    text = (
        "Across Ukraine, emergency crews worked to clear the damage, officials said.\n\n"
        "In the Kherson region, Russian shelling killed one person and wounded four over the past day, "
        "the governor said on March 12."
    )
    assert casualty_dates(text) == {("killed", 1, "2025-03-12"), ("injured", 4, "2025-03-12")}


def test_a_strike_daily_tally_is_dated_by_its_report():
    text = (
        "Russian air defences destroyed 31 Ukrainian drones over the past 24 hours, the defence ministry said on "
        "Wednesday."
    )
    assert strike_dates(text) == {("intercepted", 31, "2025-03-12")}


# a statement day with no relative word or tally beside it dates a toll whose article's lede dates no attack (as it
# dates a strike figure; the real stories' labels date "prosecutors said Tuesday" by the Tuesday: FACTS.md 5)
def test_a_statement_day_alone_dates_an_undated_toll():
    text = (
        "Across Ukraine, emergency crews worked to clear the damage, officials said.\n\n"
        "Three people were injured in Kharkiv, the mayor said on Wednesday."
    )
    assert casualty_dates(text) == {("injured", 3, "2025-03-12")}
