"""Aid background families (issue: aidbg): money an aid story names as background, not as the day's commitment, and
the currency or giver of a figure in a sentence that names several parties. Found on the r23-r25 real stories and
checked on other real reporting; the sentences are written for these tests (names, figures and places changed), none
is copied from a story.

Background, in the words of a reader of many stories: the size of the programme a tranche is paid from ("a EUR 1.5
billion tranche ... as part of a EUR 50 billion package"), a programme's size said as what it is ("the Facility is a
EUR 50 billion package designed for four years"), what a programme of many givers has raised so far, an earlier
year's figure set beside this year's ("for comparison: in 2024 X, and in 2023 Y"), a running total taken on a day
("as of March 3, ..."), a year's budget said to run "by the end of 2025", and the parts of a running total listed
after it."""

from __future__ import annotations

import pytest

from tests.aid_cases import aid_facts

PUBLISHED = "2025-03-14T08:00:00Z"


def facts(text: str, published: str = PUBLISHED) -> list[tuple[float, str, str]]:
    """(amount, currency, scope) of each aid fact, in reading order."""
    return [(f["amount"], f["currency"], f["scope"]) for f in aid_facts(text, published=published)]


def events(text: str, published: str = PUBLISHED) -> list[tuple[float, str]]:
    return [(amount, currency) for amount, currency, scope in facts(text, published) if scope == "event"]


# Family 1: the envelope a tranche or payment is drawn from, or the known envelope ("the ...") a loan or sum is part
# of, is background: a programme's overall envelope (FACTS.md 6, a period), not the day's money.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday the European Commission announced the disbursement of a €2.1 billion tranche of macro-financial "
         "aid to Ukraine as part of a broad €60 billion support package.", [(2.1e9, "EUR")]),
        ("The European Commission has paid the second tranche of budget support to Ukraine from a large support "
         "package worth €60 billion.", []),
        ("Britain said its loan to Ukraine would be repaid from immobilised Russian assets, forming part of the $45 "
         "billion support package pledged by G7 nations.", []),
        ("Japan signed a $2 billion loan for Ukraine on Friday. The money is part of the G7's wider $45 billion "
         "support initiative for Ukraine.", [(2e9, "USD")]),
    ],
)
def test_the_envelope_a_tranche_or_loan_comes_from_is_no_event(text, expected):
    assert events(text) == expected


# ... and a programme's size said as what the programme is, or as the programme "for" an amount (its envelope)
@pytest.mark.parametrize(
    "text",
    [
        "The EU's Recovery Facility is a €40 billion macro-financial assistance package for Ukraine, designed for four "
        "years.",
        "The ERA mechanism, launched by the G7, is a $45 billion programme designed to support Ukraine through loans.",
        "It should be recalled that Ukraine's arrangement with the IMF under the EFF programme for $14.2 billion was "
        "approved in March 2023.",
    ],
)
def test_a_programme_s_size_said_as_what_it_is_is_its_envelope(text):
    assert [scope for _, _, scope in facts(text)] == ["period"]


# near-misses: a package a sum is part of, named with "a", is a package of its own; "this is a $X package" is the
# package itself
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch initiative is part of a larger €1.2 billion aid package to support Ukraine, the ministry said.",
         [(1.2e9, "EUR")]),
        ("Canada pledged C$50 million to Ukraine. The new money is part of a C$3 billion aid package for Ukraine that "
         "the minister unveiled on Monday.",
         [(50e6, "CAD"), (3e9, "CAD")]),
        ("This is a $350 million package of military aid for Ukraine, the Pentagon said.", [(350e6, "USD")]),
    ],
)
def test_a_package_of_its_own_stays_an_event(text, expected):
    assert events(text) == expected


# Family 2: what a programme or fund of many givers has mobilised or raised is their pooled total, no one giver's aid
# (FACTS.md 6), even after a sentence about one giver's contribution to it.
@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged $400 million to Ukraine through PURL. According to the newspaper, the PURL programme "
        "mobilised about $4 billion for Ukraine's needs in 2024.",
        "Germany pledged $400 million to Ukraine through PURL. As of October 2, USD 2.4 billion had been raised under "
        "the initiative for Ukraine.",
    ],
)
def test_what_a_programme_of_many_givers_raised_is_no_one_giver_s_aid(text):
    assert events(text) == [(400e6, "USD")]


def test_money_a_named_giver_put_into_a_fund_stays_its_aid():
    assert events("The Ukraine Energy Support Fund has received €30 million from Sweden for Ukraine's grid.") == [
        (30e6, "EUR")
    ]
