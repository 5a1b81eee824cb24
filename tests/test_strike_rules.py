"""Every strike rule in lexicon/strike_rules.csv: its example gives its fact, named by its rule_id."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from pipelines.extract.weapons import LEXICON
from tests.batched_facts import article_facts

RULES_FILE = Path(LEXICON) / "strike_rules.csv"


def _rules() -> list[dict]:
    with open(RULES_FILE, newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


RULES = _rules()


def test_the_rule_table_is_well_formed():
    ids = [rule["rule_id"] for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule_id.startswith("strike.") for rule_id in ids)
    assert all(rule["description"].strip() and rule["example"].strip() for rule in RULES)


@pytest.mark.parametrize("rule", RULES, ids=[rule["rule_id"] for rule in RULES])
def test_each_rule_example_gives_its_fact(rule):
    facts = article_facts(rule["example"], "2025-06-14T08:00:00Z", stage="strikes")
    fact_type, count, weapon_class, attacker = rule["expected"].split()
    named = facts.filter(pl.col("rule_id") == rule["rule_id"])
    found = {(r["fact_type"], r["count"], r["weapon_class"], r["attacker"]) for r in named.iter_rows(named=True)}
    assert (fact_type, int(count), weapon_class, attacker) in found, facts.select(
        "fact_type", "count", "weapon_class", "attacker", "rule_id"
    )


def test_every_strike_fact_names_a_listed_rule():
    text = (
        "Russia launched 40 drones and 3 missiles overnight. Of these, 38 were destroyed, the air force said.\n\n"
        "Russia's defence ministry said 12 Ukrainian drones were downed: 7 over the Bryansk region and 5 over "
        "the Kursk region."
    )
    facts = article_facts(text, stage="strikes")
    assert not facts.is_empty()
    assert set(facts["rule_id"]) <= {rule["rule_id"] for rule in RULES}
    assert set(facts["confidence"]) == {1.0}


def test_inconsistent_figures_are_flagged_not_fixed():
    facts = article_facts(
        "Russia launched 40 drones overnight. Air defence shot down 45 drones, the air force said.", stage="strikes"
    )
    row = facts.filter(pl.col("fact_type") == "intercepted").row(0, named=True)
    assert row["count"] == 45
    assert row["confidence"] == 0.5
    assert "exceeds launched 40" in row["note"]


def test_an_enumeration_that_does_not_add_up_is_flagged():
    text = "The enemy attacked with 50 means of air attack:\n– 41 Kh-101 cruise missiles;\n– 17 Shahed drones."
    facts = article_facts(text, stage="strikes")
    assert set(facts["count"]) == {50, 41, 17}
    assert set(facts["confidence"]) == {0.5}
    assert all("parts sum to 58" in note for note in facts["note"])


def test_a_part_larger_than_its_total_is_flagged():
    facts = article_facts("Air defence destroyed 34 of 30 drones overnight.", stage="strikes")
    assert set(facts["confidence"]) == {0.5}


def test_the_actor_list_uses_the_schema_levels_and_sides():
    from pipelines.extract.actors import ATTRIBUTION_LEVELS, actors
    from pipelines.contract import ATTRIBUTIONS

    assert set(ATTRIBUTION_LEVELS) == set(ATTRIBUTIONS)
    table = actors()
    assert set(table["level"]) <= set(ATTRIBUTIONS)
    assert set(table["side"].fill_null("")) <= {"", "UA", "RU", "BY"}
    assert table["surface"].n_unique() == table.height
