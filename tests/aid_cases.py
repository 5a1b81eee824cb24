"""Helpers shared by the aid family tests: one article's aid facts, in reading order."""

from __future__ import annotations

from tests.batched_facts import article_facts


def aid_facts(text: str, published: str = "2024-03-14T08:00:00Z") -> list[dict]:
    """The aid facts the whole extractor gives for one article, in the order of their evidence."""
    facts = article_facts(text, published=published)
    return facts.filter(facts["fact_type"] == "aid").sort("evidence_start").to_dicts()


def amounts(text: str, **kwargs) -> list[tuple[float, str]]:
    """(amount, currency) of each aid fact."""
    return [(f["amount"], f["currency"]) for f in aid_facts(text, **kwargs)]


def events(text: str, **kwargs) -> list[tuple[float, str]]:
    """(amount, currency) of each aid fact of scope event."""
    return [(f["amount"], f["currency"]) for f in aid_facts(text, **kwargs) if f["scope"] == "event"]


def amounts_scopes(text: str, **kwargs) -> list[tuple[float, str]]:
    """(amount, scope) of each aid fact."""
    return [(f["amount"], f["scope"]) for f in aid_facts(text, **kwargs)]


def amounts_currencies_scopes(text: str, **kwargs) -> list[tuple[float, str, str]]:
    """(amount, currency, scope) of each aid fact."""
    return [(f["amount"], f["currency"], f["scope"]) for f in aid_facts(text, **kwargs)]


def dates_by_amount(text: str, **kwargs) -> dict[float, str]:
    """The event date of each aid fact, by its amount."""
    return {f["amount"]: str(f["event_date"]) for f in aid_facts(text, **kwargs)}
