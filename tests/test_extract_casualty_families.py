"""Casualty phrasing families seen in real wire and agency stories (2022-2026), on sentences written
for these tests: dozens as counts, verbs of dying, hospitalised subsets, parts by place, ages that are
never counts, tolls that rise, and "nobody"."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.extract.casualties import CASUALTY_RULES
from tests.test_extract_casualties import casualties_of, tuples

FAMILIES = [
    # dozens
    ("More than two dozen people were killed when a missile hit a shopping centre in Kharkiv.", {("killed", 24)}),
    ("Half a dozen residents were wounded by falling debris in Sumy.", {("injured", 6)}),
    ("Three dozen people were injured in the strike on the railway station.", {("injured", 36)}),
    # verbs of dying
    ("Nine people perished in the fire that followed the strike on Zaporizhzhia.", {("killed", 9)}),
    ("Four civilians lost their lives in the overnight shelling of Kherson.", {("killed", 4)}),
    ("Two rescuers died when a second missile hit the same building.", {("killed", 2)}),
    ("A Russian missile claimed the lives of 11 people in Kryvyi Rih, the city's military administration said.",
     {("killed", 11)}),
    ("The regional governor said 12 people sustained injuries when debris fell on a school.", {("injured", 12)}),
    ("The dead include two children, aged 8 and 11, officials said.", {("killed", 2)}),
    # ages are never counts
    ("Two women, aged 64 and 71, died in the shelling of Nikopol.", {("killed", 2)}),
    ("Three men aged 30, 41 and 56 were wounded in the drone attack on Kherson.", {("injured", 3)}),
    ("A 45-year-old man was wounded and a woman, 78, was killed in Beryslav.", set()),
    ("Five utility workers — 52, 31, 40, 27 and 45 years old — were wounded by a drone in Kherson.", {("injured", 5)}),
    ("Two women, 66 and 59 years old, sustained shrapnel injuries in the car.", {("injured", 2)}),
    ("A 60-year-old man and 63- and 68-year-old women suffered blast injuries.", set()),
    ("There were 3 children among those wounded in Sumy, the regional administration said.", {("injured", 3)}),
    # parts by place and "N of the dead"
    ("Seven people were killed, three of them in the capital, officials said.", {("killed", 7), ("killed", 3)}),
    ("At least 11 people were injured overnight, four of them in the Odesa region.", {("injured", 11), ("injured", 4)}),
    ("Two of the dead were children, the governor said.", {("killed", 2)}),
    # tolls that rise: the latest figure
    ("The death toll from Saturday's strike rose from 9 to 14, the mayor said.", {("killed", 14)}),
    # hospitalised: a subset of the injured is not a second injured figure
    ("At least 30 people were injured, 12 of whom were hospitalised.", {("injured", 30)}),
    ("Debris injured 45 people in Kyiv; 18 of them, including two children, were taken to hospital.", {("injured", 45)}),
    # ... but with no injured figure, the hospitalised are the injured
    ("Five people were hospitalised after the strike on Dnipro.", {("injured", 5)}),
    # killed and wounded at once is neither figure
    ("The General Staff said Russia had lost 1,150 troops killed or wounded over the past day.", set()),
    ("The shelling left 12 people killed and wounded in the village.", set()),
    # nobody
    ("The governor said no one was hurt in the attack.", set()),
    ("Nobody was injured, though three houses were damaged.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_casualty_families(text, expected):
    assert tuples(casualties_of(text)) == expected


def test_more_than_two_dozen_is_at_least_24():
    facts = casualties_of("More than two dozen people were killed in the strike on Sumy.")
    assert facts.select("count", "qualifier").rows() == [(24, "at_least")]


def test_hospitalised_in_a_later_sentence_is_a_subset_of_the_injured():
    facts = casualties_of(
        "At least 45 people were injured in the attack on Kyiv. "
        "Eighteen of them were hospitalised, including two children, and the others were treated at the scene."
    )
    assert tuples(facts) == {("injured", 45)}


def test_hospitalised_in_another_place_of_a_round_up_stands_on_its_own():
    facts = casualties_of(
        "In Kharkiv, 12 people were injured by a guided bomb. Further south, officials in Zaporizhzhia said "
        "a drone hit a bus stop. Five people were hospitalised in Zaporizhzhia after the attack."
    )
    assert tuples(facts) == {("injured", 12), ("injured", 5)}


def test_figures_over_several_days_are_a_period():
    facts = casualties_of("Russian strikes from Friday to Sunday killed 11 civilians across the Donetsk region.")
    assert facts.select("fact_type", "count", "scope").rows() == [("killed", 11, "period")]


def test_every_casualty_fact_names_its_rule():
    facts = casualties_of(
        "A missile strike killed eight people, including two children, and wounded 23. "
        "The death toll rose to 10 on Monday. Five people were hospitalised."
    )
    ids = {rule.rule_id for rule in CASUALTY_RULES}
    assert facts.height and set(facts["rule_id"]) <= ids
    assert facts["confidence"].to_list() == [1.0] * facts.height


def test_a_part_larger_than_its_total_lowers_confidence():
    facts = casualties_of("Three people were killed, five of them children, officials said.")
    rows = {r["count"]: r for r in facts.iter_rows(named=True)}
    assert rows[3]["confidence"] == 1.0
    assert rows[5]["confidence"] < 1.0 and "exceeds" in rows[5]["note"]


@pytest.mark.parametrize("rule", CASUALTY_RULES, ids=lambda rule: rule.rule_id)
def test_each_casualty_rule_example_is_read_by_that_rule(rule):
    facts = casualties_of(rule.example)
    assert rule.rule_id in set(facts["rule_id"].to_list()), facts


def test_the_same_figure_read_by_two_rules_is_one_fact():
    from pipelines.extract.facts import extract_facts
    from tests.conftest import one_article

    facts = extract_facts(one_article("Five people were killed in the strike on Sumy. The strike on Sumy killed 5 people."))
    assert facts.filter(pl.col("fact_type") == "killed").select("count").rows() == [(5,)]


def test_a_part_of_a_clash_count_and_a_tally_since_the_day_began():
    facts = casualties_of(
        "The General Staff said 118 combat clashes had taken place since the start of the day, "
        "41 of them in the Pokrovsk sector."
    )
    assert facts.select("fact_type", "count", "scope").rows() == [("clash", 118, "event"), ("clash", 41, "event")]
