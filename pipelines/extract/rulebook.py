"""Rules as data: every aid and casualty fact names the rule that produced it (`rule_id`).

A rule is an id, what it reads in plain words, and an example sentence; the
example is a test (tests/test_extract_aid_families.py and
tests/test_extract_casualty_families.py run each one and check that the rule
reads it). The tables themselves live next to the code that applies them
(`aid.AID_RULES`, `casualties.CASUALTY_RULES`); `docs/facts.md` lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class Rule:
    rule_id: str
    description: str
    example: str


def first_rule(rules: list[tuple[str, pl.Expr]]) -> pl.Expr:
    """The id of the first rule whose condition holds (rules in priority order), else null."""
    expr = pl.lit(None, dtype=pl.String)
    for rule_id, condition in reversed(rules):
        expr = pl.when(condition).then(pl.lit(rule_id)).otherwise(expr)
    return expr


# The confidence of a fact that fails an in-article consistency check (a part larger
# than its total): kept, flagged in `note`, never silently "fixed".
INCONSISTENT_CONFIDENCE = 0.5
