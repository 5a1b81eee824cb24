"""Helpers shared by the dating tests: the event facts of one article as (type, figure, date)."""

from __future__ import annotations

from tests.batched_facts import article_facts

# 2025-06-14 is a Saturday; 2025-06-13 a Friday; 2025-06-12 a Thursday; 2025-06-11 a Wednesday
SATURDAY = "2025-06-14T09:00:00Z"


def dates_of(text: str, published: str = SATURDAY) -> set[tuple[str, float, str]]:
    """(fact type, count or amount, event date) of each event-scope fact the whole extractor gives."""
    facts = article_facts(text, published=published)
    return {
        (f["fact_type"], f["amount"] if f["fact_type"] == "aid" else f["count"], str(f["event_date"]))
        for f in facts.to_dicts()
        if f["scope"] == "event"
    }


def has(text: str, fact: tuple, published: str = SATURDAY) -> None:
    found = dates_of(text, published)
    assert fact in found, found
