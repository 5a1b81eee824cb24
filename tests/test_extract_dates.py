"""The FACTS.md dating rules (pipelines.extract.dates)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipelines.extract.dates import add_event_dates, event_date_expr
from pipelines.extract.numbers import normalize_numbers, qualifier_expr

D = dt.date

CASES = [
    # (sentence, publication date in Kyiv, expected event date)
    ("Russia launched 44 drones overnight on September 28.", D(2023, 9, 28), D(2023, 9, 28)),
    ("The attack came on the night of September 27-28.", D(2023, 9, 28), D(2023, 9, 28)),
    ("Drones attacked on the night of December 27 to 28.", D(2023, 12, 28), D(2023, 12, 28)),
    ("The barrage came on the night of March 31 to April 1.", D(2024, 4, 1), D(2024, 4, 1)),
    ("Russia struck late on September 27, officials said.", D(2023, 9, 28), D(2023, 9, 27)),
    ("Russia struck early on September 28.", D(2023, 9, 28), D(2023, 9, 28)),
    ("Explosions were heard in Kyiv last night.", D(2023, 9, 28), D(2023, 9, 28)),
    ("The drones were launched overnight.", D(2023, 9, 28), D(2023, 9, 28)),
    ("Russia fired missiles yesterday.", D(2023, 9, 29), D(2023, 9, 28)),
    # the night before the one the article reports
    ("The barrage came after a night when Russia sent 60 drones at Odesa.", D(2024, 6, 10), D(2024, 6, 9)),
    ("A night earlier, 35 drones had targeted the port.", D(2024, 6, 10), D(2024, 6, 9)),
    # weekdays: the most recent such day on or before publication
    ("Russia fired 96 missiles on Tuesday.", D(2022, 11, 16), D(2022, 11, 15)),
    ("The strike on Monday hit a power plant.", D(2023, 10, 3), D(2023, 10, 2)),
    ("Saturday's strikes left one person dead.", D(2023, 1, 1), D(2022, 12, 31)),
    ("Russia attacked on Friday.", D(2023, 9, 29), D(2023, 9, 29)),
    ("Russia attacked overnight into Friday.", D(2023, 9, 30), D(2023, 9, 29)),
    ("The night of Saturday to Sunday was loud.", D(2023, 10, 2), D(2023, 10, 1)),
    # the day a statement was made, and the dateline, are not the event day
    ("Monday's strikes killed 19 people, the service said Tuesday.", D(2022, 10, 11), D(2022, 10, 10)),
    ("KYIV, Jan 16 (Reuters) - Rescuers searched the rubble.", D(2023, 1, 16), D(2023, 1, 16)),
    ("MOSCOW, December 30. /TASS/. Air defenses destroyed 32 drones.", D(2023, 12, 30), D(2023, 12, 30)),
    # year from the publication date, December -> January roll-over, "last year"
    ("Russia fired missiles late on December 31.", D(2023, 1, 1), D(2022, 12, 31)),
    ("The record was 96 missiles on November 15 last year.", D(2023, 12, 29), D(2022, 11, 15)),
    ("It was bigger than the Oct. 10 attack.", D(2022, 11, 15), D(2022, 10, 10)),
    ("The attack of 28 September was the largest.", D(2023, 10, 2), D(2023, 9, 28)),
    ("A strike on September 28, 2023 hit the port.", D(2024, 1, 5), D(2023, 9, 28)),
    # an aside with the hour the night began does not date the attack
    ("On the night of May 4 (from 18:00 on May 3), drones attacked.", D(2025, 5, 4), D(2025, 5, 4)),
    # clock times are no days: the Russian ministry's window from one evening to the next morning
    ("From 9:00 p.m. Moscow time on March 11 to 5:30 a.m. Moscow time on March 12, 40 drones were destroyed.",
     D(2025, 3, 12), D(2025, 3, 12)),
    ("Between 10:00 p.m. Moscow time (7:00 p.m. GMT) on July 3 and 6:00 a.m. on July 4, 18 drones were downed.",
     D(2024, 7, 4), D(2024, 7, 4)),
    ("On June 9 between 14:00 and 19:30 Moscow time, air defences destroyed 12 drones.", D(2024, 6, 9), D(2024, 6, 9)),
    ("Air defences destroyed 21 drones on October 20 and 7.30 p.m. was the last alert.", D(2024, 10, 21), D(2024, 10, 20)),
    # no reference: the publication date
    ("Air defence destroyed 34 drones.", D(2023, 9, 28), D(2023, 9, 28)),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_dating_rules(sentence, published, expected):
    frame = pl.DataFrame({"sentence": [sentence], "published_date": [published]})
    assert add_event_dates(frame)["event_date"][0] == expected


def test_event_date_expr_on_any_text_column():
    frame = pl.DataFrame({"text": ["on Wednesday", "no date"], "pub": [D(2023, 11, 3), D(2023, 11, 3)]})
    out = frame.select(event_date_expr(pl.col("text"), pl.col("pub")))
    assert out["event_date"].to_list() == [D(2023, 11, 1), D(2023, 11, 3)]


def test_publication_date_is_the_kyiv_day():
    from pipelines.contract import ARTICLE_SCHEMA
    from pipelines.extract.sentences import split_sentences

    # 22:30 UTC on the 27th is already the 28th in Kyiv
    articles = pl.DataFrame(
        {"article_id": ["a"], "source": ["s"], "published_at": [dt.datetime(2023, 9, 27, 22, 30, tzinfo=dt.timezone.utc)],
         "title": [""], "text": ["Air defence destroyed 34 drones."]},
        schema=ARTICLE_SCHEMA,
    )
    assert add_event_dates(split_sentences(articles))["event_date"][0] == D(2023, 9, 28)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("more than", "at_least"), ("Over", "at_least"), ("at least", "at_least"), ("about", "approx"),
     ("around", "approx"), ("roughly", "approx"), ("some", "approx"), ("nearly", "approx"),
     ("up to", "at_most"), (None, "exact"), ("", "exact")],
)
def test_qualifier_expr(phrase, expected):
    frame = pl.DataFrame({"q": [phrase]}, schema={"q": pl.String})
    assert frame.select(qualifier_expr(pl.col("q")))["q"][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("six drones", "6 drones"),
        ("a dozen missiles", "12 missiles"),
        ("half a dozen drones", "6 drones"),
        ("Twenty of the missiles", "20 of the missiles"),
        ("twenty-four drones", "24 drones"),
        ("all but one of 59", "all but 1 of 59"),
        ("every one of the 16 missiles", "all 16 missiles"),
        ("someone", "someone"),
        ("often", "often"),
        ("on September 28", "on September #28"),
        ("aged 41", "aged #41"),
        ("90% of Lviv", "#90% of Lviv"),
        ("in the past 24 hours", "in the past #24 hours"),
        ("in 2023", "in #2023"),
        ("from 19:00 on", "from #19:00 on"),
        ("her two-month-old son", "her #2-month-old son"),
    ],
)
def test_normalize_numbers(text, expected):
    frame = pl.DataFrame({"t": [text]})
    assert frame.select(normalize_numbers(pl.col("t")))["t"][0] == expected
