"""Helpers shared by the casualty phrasing tests: one article's killed, injured and clash facts."""

from __future__ import annotations

import polars as pl

from tests.batched_facts import article_facts

TOLLS = ("killed", "injured", "clash")


def tolls(text: str, scope: str | None = "event") -> list[tuple]:
    """The killed, injured and clash facts of `text` as one article, (type, count) sorted, repeats kept."""
    facts = article_facts(text).filter(pl.col("fact_type").is_in(TOLLS))
    if scope is not None:
        facts = facts.filter(pl.col("scope") == scope)
    return sorted((r["fact_type"], r["count"]) for r in facts.iter_rows(named=True))
