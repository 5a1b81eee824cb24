"""Casualty (killed / injured) and clash extraction: FACTS.md patterns and negatives."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipelines.contract import ARTICLE_SCHEMA
from tests.batched_facts import article_facts


def casualties_of(text: str, published: str = "2024-03-14T08:00:00Z") -> pl.DataFrame:
    return article_facts(text, published, stage="casualties")


def tuples(facts: pl.DataFrame, scope: str | None = "event") -> set[tuple]:
    if scope is not None:
        facts = facts.filter(pl.col("scope") == scope)
    return {(r["fact_type"], r["count"]) for r in facts.iter_rows(named=True)}


PATTERNS = [
    ("A Russian drone strike on Odesa killed eight people, including two children, and wounded 23, the governor said.",
     {("killed", 8), ("killed", 2), ("injured", 23)}),
    ("At least 17 civilians were killed and 30 others were wounded in the shelling of Kharkiv.", {("killed", 17), ("injured", 30)}),
    ("Three servicemen died and five were injured when a missile hit a training ground.", {("killed", 3), ("injured", 5)}),
    ("Officials said 5 people had died and 19 were hospitalised after the attack.", {("killed", 5), ("injured", 19)}),
    ("Eleven people, including three children, were wounded in the attack on Kharkiv.", {("injured", 11), ("injured", 3)}),
    ("One man, aged 62, was killed when debris hit his house.", {("killed", 1)}),
    ("The strike on the station killed at least 50 people and injured about 100.", {("killed", 50), ("injured", 100)}),
    ("The number of people injured in the attack has risen to 64, the mayor said.", {("injured", 64)}),
    ("The regional governor put the number wounded at 40, nine of them children.", {("injured", 40), ("injured", 9)}),
    ("Falling debris hurt a dozen people in two districts of the capital.", {("injured", 12)}),
    # clashes
    ("Ukrainian forces repelled 42 Russian attacks near Bakhmut over the past day, the General Staff said.", {("clash", 42)}),
    ("There were 81 combat clashes along the front line over the past day.", {("clash", 81)}),
    ("Ukrainian troops fought 35 battles with Russian forces in the Avdiivka sector.", {("clash", 35)}),
]


GENERALISED_PATTERNS = [
    # an aside naming the victims between the figure and its verb
    ("Three residents, an elderly couple and their neighbour, were injured in Sumy.", {("injured", 3)}),
    ("Two people, a woman and her three-month-old daughter, were killed in the strike.", {("killed", 2)}),
    # a part of the total after "among them"
    ("The death toll in Dnipro has risen to 31, among them six children, officials said.", {("killed", 31), ("killed", 6)}),
    # N times = N clashes
    ("Russian troops assaulted the defence lines near Kurakhove 12 times on Tuesday, the General Staff said.", {("clash", 12)}),
]


@pytest.mark.parametrize(("text", "expected"), GENERALISED_PATTERNS)
def test_generalised_patterns(text, expected):
    assert tuples(casualties_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces struck Kharkiv with drones 5 times overnight.",
        "Russian aircraft attacked the town with guided bombs 14 times.",
        "The city was shelled 30 times over the past day.",
    ],
)
def test_times_that_are_not_ground_assaults(text):
    assert tuples(casualties_of(text)) == set()


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_patterns(text, expected):
    assert tuples(casualties_of(text)) == expected


NEGATIVES = [
    "Russia carried out 53 MLRS attacks and two missile strikes on Ukrainian positions.",
    "A 41-year-old man was killed and his 12-year-old daughter was injured.",
    "Twelve people were evacuated and 30 were rescued from the rubble.",
    "Russian shelling killed a woman in Kherson on Monday.",
    "Dozens of people were injured and several killed, officials said.",
    "The explosion left 5,000 homes without power and damaged 20 buildings.",
    "Israeli strikes on Gaza killed 25 people, the health ministry said.",
    "Some 90% of the wounded were civilians.",
    "Zelensky said 31,000 Ukrainian soldiers have been killed since the start of the war.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_give_no_event_fact(text):
    assert tuples(casualties_of(text)) == set()


def test_running_totals_are_not_events():
    facts = casualties_of(
        "The war has killed more than 10,000 civilians since February 2022, the UN said. "
        "Nine people were killed in the strike, bringing the death toll from attacks on the city this month to 27."
    )
    scopes = {r["count"]: r["scope"] for r in facts.iter_rows(named=True)}
    assert scopes == {10000: "cumulative", 9: "event", 27: "period"}


def test_toll_reported_later_is_dated_by_the_strike():
    # published on Thursday 2024-03-14: Saturday is the 9th
    facts = casualties_of("The death toll from Saturday's missile strike on Dnipro rose to 46 on Tuesday, officials said.")
    assert facts.select("fact_type", "count", "event_date").rows() == [("killed", 46, dt.date(2024, 3, 9))]


def test_evidence_offsets_qualifiers_and_victims():
    text = "Night attack.\n\nAt least 7 civilians were killed and about 20 soldiers wounded, officials said."
    facts = casualties_of(text)
    rows = {r["count"]: r for r in facts.iter_rows(named=True)}
    assert rows[7]["qualifier"] == "at_least" and rows[20]["qualifier"] == "approx"
    assert rows[7]["victims"] == "civilian" and rows[20]["victims"] == "military"
    for row in rows.values():
        assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence"]


def test_devset_casualty_and_clash_precision_recall(devset_articles):
    from pipelines.extract.facts import extract_facts
    from pipelines.extract.score import score

    articles = pl.DataFrame(
        {
            "article_id": [a["id"] for a in devset_articles],
            "source": [a["source"] for a in devset_articles],
            "published_at": [dt.datetime.fromisoformat(a["published"].replace("Z", "+00:00")) for a in devset_articles],
            "title": [a["title"] for a in devset_articles],
            "text": [a["text"] for a in devset_articles],
        },
        schema=ARTICLE_SCHEMA,
    )
    facts = extract_facts(articles)
    predicted = [
        {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()} for row in facts.iter_rows(named=True)
    ]
    result = score(predicted, devset_articles)
    for fact_type in ("killed", "injured", "clash"):
        assert result["types"][fact_type]["precision"] >= 0.95, result["types"][fact_type]
        assert result["types"][fact_type]["recall"] >= 0.85, result["types"][fact_type]
    # distractors (Karabakh, Sudan, Kosovo, ...) give no casualty or clash fact
    distractors = [a["id"] for a in devset_articles if not a["facts"]]
    assert facts.filter(pl.col("article_id").is_in(distractors) & pl.col("fact_type").is_in(["killed", "injured", "clash"])).is_empty()
