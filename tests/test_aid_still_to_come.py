"""Two kinds of money for Ukraine that nobody has committed, met in fresh aid stories (r48-r49) after the twelfth
round was measured: what Ukraine's budget must borrow abroad, and the next package, its value named before it was
announced. The sentences are written for these tests; figures are changed.
"""

from __future__ import annotations

import pytest

from tests.aid_cases import events


# (after a sentence of aid, as in a budget story: the borrowing figure must not pass for more of it)
PLEDGE = "The IMF approved a $900 million tranche for Ukraine on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        "The necessary external borrowing was reduced from $38.5 billion to $37 billion under the agreement with "
        "the International Monetary Fund.",
        "Under the deal with the IMF, Ukraine's foreign borrowing was set at $35 billion for next year.",
        "The finance ministry put the country's borrowing needs at $40 billion, in line with the IMF programme.",
    ],
)
def test_what_ukraine_must_borrow_is_no_aid(text):
    assert events(PLEDGE + text) == [(900_000_000, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The next $425 million US weapons package for Ukraine may include two more HIMARS launchers, Reuters "
        "reports.",
        "Officials said the next $300 million package of US weapons for Kyiv could be announced as soon as Friday.",
        "The next EUR 1.5 billion tranche of EU money for Ukraine is expected after the review in June.",
    ],
)
def test_the_next_package_before_its_announcement_is_no_aid(text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision in the clause: the next tranche paid or approved is aid
        ("The European Commission approved the next EUR 4.2 billion tranche for Ukraine on Tuesday.",
         [(4_200_000_000, "EUR")]),
        ("The IMF disbursed the next $900 million tranche of its loan to Ukraine on Friday.",
         [(900_000_000, "USD")]),
        # a commitment beside a borrowing figure keeps its own reading
        ("The World Bank pledged $500 million to Ukraine on Monday.", [(500_000_000, "USD")]),
    ],
)
def test_a_decided_next_tranche_and_plain_pledges_stay_aid(text, expected):
    assert events(text) == expected
