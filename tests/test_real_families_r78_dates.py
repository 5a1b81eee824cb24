"""Dating and casualty families found by measuring the extractor on two opened real slices (r8: aid stories of
agencies, wires and government releases; r7: air-attack stories). Every sentence here was written for these tests,
with other givers, amounts, months and places; none is quoted from a story.

Each family has controls: the near-misses that must keep the date (or the figures) they had.
"""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_aid_families6 import facts_of  # published Monday 2025-03-10
from tests.test_extract_casualties import casualties_of


def dated(*texts: str) -> list[tuple[float, str, str]]:
    return [(f["amount"], f["scope"], str(f["event_date"])) for f in facts_of(*texts)]


# Family D1: a month without its day dates an aid event (FACTS.md 6: "A month of this year dates an amount"). FACTS.md
# names no day inside the month: like a period (FACTS.md 5, "dated by their last stated day") it is the month's last
# day, never after publication. The month nearest the amount counts; a year or "last" says which year; a bare month
# after the publication's is last year's, as a day-month is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada's new aid is part of C$300 million in military assistance that the prime minister pledged to "
         "Ukraine in January, this year.", (300e6, "event", "2025-01-31")),
        ("In February, the World Bank provided a $600 million loan to Ukraine for its schools.",
         (600e6, "event", "2025-02-28")),
        ("In November 2023, Sweden approved a grant of SEK 500 million for Ukraine's energy grid.",
         (500e6, "event", "2023-11-30")),
        ("The IMF also lent Ukraine another $700 million last December.", (700e6, "event", "2024-12-31")),
        ("In May of 2023, Portugal sent Ukraine a €40 million package for its navy.", (40e6, "event", "2023-05-31")),
        ("In October, when the winter threat grew, Japan gave Ukraine a $90 million grant for generators.",
         (90e6, "event", "2024-10-31")),
        ("Berlin's aid had been slow until late February, with a single new €200 million package for Ukraine "
         "in January.", (200e6, "event", "2025-01-31")),
        # this month: the publication day, never a day still to come
        ("In March, Norway gave Ukraine NOK 400 million for demining equipment.", (400e6, "event", "2025-03-10")),
    ],
)
def test_month_without_day_dates_an_aid_event(text, expected):
    assert dated(text) == [expected]


# Family D1 controls: a day the clause names wins over a month; a month that starts a running total, and a
# period's or a running total's month, date nothing; "next year" is still to come.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the invasion began in February 2022, Belgium has provided 2 billion euros in military aid to Ukraine.",
         (2e9, "cumulative", "2025-03-10")),
        ("Spain pledged 1 billion euros in military aid to Ukraine on Friday, its first package since January.",
         (1e9, "event", "2025-03-07")),
        ("Britain will give Ukraine £3 billion a year in military aid, a promise first made in January.",
         (3e9, "period", "2025-03-10")),
        ("Denmark gave Ukraine DKK 900 million in military aid; more is expected in April.",
         (900e6, "event", "2025-03-10")),
    ],
)
def test_month_without_day_controls(text, expected):
    assert dated(text) == [expected]


# Family D2: an aid story's lede dates its announcement; the parts and details after it that name no day of their
# own ("The package includes ...", "It consists of ...") take that day, as a strike story's undated figures take
# the day of the attack its lede dates (FACTS.md 5).
def test_parts_after_a_dated_lede_take_its_day():
    assert dated(
        "The Dutch defence ministry announced on Thursday a €350 million package for Ukraine.",
        "The package includes €200 million for air defence and €150 million for drones.",
    ) == [(350e6, "event", "2025-03-06"), (200e6, "event", "2025-03-06"), (150e6, "event", "2025-03-06")]


def test_details_after_a_dated_lede_take_its_day():
    assert dated(
        "Ukraine's budget received $1.1 billion from Canada, the finance ministry said on March 7.",
        "It consists of a $400 million grant from Canada and a $700 million loan from Canada.",
    ) == [(1.1e9, "event", "2025-03-07"), (400e6, "event", "2025-03-07"), (700e6, "event", "2025-03-07")]


# Family D2 controls: an amount its sentence places earlier keeps the publication day; a lede that names no day
# carries none; running totals keep the publication day.
def test_lede_day_controls():
    assert dated(
        "The Dutch defence ministry announced on Thursday a €350 million package for Ukraine.",
        "Earlier, the Netherlands gave Ukraine €100 million for demining.",
    ) == [(350e6, "event", "2025-03-06"), (100e6, "event", "2025-03-10")]
    assert dated(
        "The Netherlands will give Ukraine a €350 million package, the ministry said.",
        "The package includes €200 million for air defence.",
    ) == [(350e6, "event", "2025-03-10"), (200e6, "event", "2025-03-10")]
    assert dated(
        "The Dutch defence ministry announced on Thursday a €350 million package for Ukraine.",
        "The Netherlands has now given Ukraine €6 billion in total.",
    ) == [(350e6, "event", "2025-03-06"), (6e9, "cumulative", "2025-03-10")]


# Family C1: the side holding a place ("the Russian-controlled part of the Luhansk region", "the Russian-occupied city
# of Horlivka") is no place; the place after it is, and "near Luhansk" and "the Luhansk region" name one place: a
# live blog's subheading and the entry that restates its toll are one figure (FACTS.md 4).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six killed near Horlivka\n\n10:05 am: Six people were killed in a Ukrainian strike on the Russian-occupied part "
         "of the Horlivka district, the agency reported.", [("killed", 6)]),
        ("Russia: Four killed near Luhansk\n\n08:40 am: State media reported that four people were killed in the "
         "Ukrainian attack on the Russian-controlled part of the Luhansk region.", [("killed", 4)]),
        # near misses: two named places are two figures, also when the second is held by the other side
        ("Two people were killed in Kherson, the governor said. In the Russian-occupied city of Nova Kakhovka, two "
         "people were killed by shelling, officials installed by Moscow said.", [("killed", 2), ("killed", 2)]),
        ("Three people were injured in the Zaporizhzhia region, the governor said. Three more were injured in the "
         "Russian-held part of the Donetsk region.", [("injured", 3), ("injured", 3)]),
    ],
)
def test_side_holding_a_place_is_no_place(text, expected):
    facts = casualties_of(text).filter(pl.col("scope") == "event")
    assert sorted(facts.select("fact_type", "count").rows()) == sorted(expected)


# Family D3: "that day", "the same day" point back to the day named last before them (FACTS.md 5: a figure about
# another, dated attack takes that date); with no day before, the publication's.
def _dated_figures(text: str) -> set[tuple[str, int, str]]:
    from pipelines.extract.facts import extract_facts
    from tests.conftest import one_article

    facts = extract_facts(one_article(text, published="2025-03-10T12:00:00Z"))
    return {(f["fact_type"], int(f["count"]), str(f["event_date"])) for f in facts.iter_rows(named=True)
            if f["fact_type"] != "aid"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia keeps up its drone campaign against the southern ports, officials say. Early on March 2, Russia "
         "attacked Ukraine with 60 drones. Air defence forces shot down 41 drones over Odesa that day.", {("launched", 60, "2025-03-02"), ("intercepted", 41, "2025-03-02")}),
        ("The Danube ports have been hit again and again this winter, officials say. Russian missiles struck the port "
         "of Izmail on March 4, the governor said. Three dock workers were killed there the same day, he added.", {("killed", 3, "2025-03-04")}),
        # near miss: nothing dated before it, the publication day
        ("Air defence forces shot down 27 drones over the Kyiv region that day, the air force said.",
         {("intercepted", 27, "2025-03-10")}),
    ],
)
def test_that_day_points_back_to_the_day_before_it(text, expected):
    assert _dated_figures(text) == expected


# Family C2: pilots, airmen, deminers and sappers are people a report counts ("one of three pilots killed in the
# collision of two military jets" is the three); near misses: pilots trained or ejected are no casualties.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two pilots were killed when their Su-25 was shot down over the Donetsk region, the air force said.",
         [("killed", 2)]),
        ("The captain was one of four airmen killed when a military transport plane came down in the Belgorod region.",
         [("killed", 4)]),
        ("Three deminers were wounded by a Russian mine near Izium, the emergency service said.", [("injured", 3)]),
        ("Ukraine has trained 20 pilots to fly the F-16, the defence minister said.", []),
        ("Both pilots ejected safely before the jet hit the ground near Poltava.", []),
    ],
)
def test_pilots_and_deminers_are_counted(text, expected):
    facts = casualties_of(text).filter(pl.col("scope") == "event")
    assert sorted(facts.select("fact_type", "count").rows()) == sorted(expected)
