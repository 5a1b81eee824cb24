"""Aid families of round 18 (European and Asian donors' money, many currencies): money that is planned, supposed, a
total, a balance or an envelope, not the day's commitment. Found on the r63-r70 real stories; the sentences are written
for these tests (names, figures and places changed), none is copied from a story."""

from __future__ import annotations

from functools import partial

import pytest

from tests.aid_cases import aid_facts, amounts_currencies_scopes
from tests.aid_cases import events as aid_events

PUBLISHED = "2025-03-14T08:00:00Z"


# (amount, currency, scope) of each aid fact and (amount, currency) of the events, in reading order
facts = partial(amounts_currencies_scopes, published=PUBLISHED)
events = partial(aid_events, published=PUBLISHED)


# Family 1: a plan with the package as its object is an intention, no commitment (FACTS.md 6: "plans to send")
@pytest.mark.parametrize(
    "text",
    [
        "Sweden plans a new military support package for Ukraine worth 1.8 billion crowns, the defence minister said on "
        "Tuesday.",
        "Norway plans a further 3 billion kroner in military aid for Ukraine, the government said on Monday.",
        "Germany plans €400 million in new military aid for Ukraine, the ministry said on Monday.",
        "Finland prepares a new defence aid package for Ukraine worth €150 million, officials said on Friday.",
    ],
)
def test_a_planned_package_is_no_commitment(text):
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden announced a new military support package for Ukraine worth 1.8 billion crowns on Tuesday.",
         [(1.8e9, "SEK")]),
        # a plan as a noun names the package, it plans nothing
        ("Under its 20th aid plan, Belgium is allocating €80 million to Ukraine for jet maintenance.",
         [(8e7, "EUR")]),
    ],
)
def test_a_package_announced_stays_an_event(text, expected):
    assert events(text) == expected


# Family 2: a supposition said with "were to" is no money given
@pytest.mark.parametrize(
    "text",
    [
        "If Latvia were to contribute 0.1 percent of €40 billion in aid to Ukraine, that would be €40 million.",
        "If every ally were to give €300 million in military aid to Ukraine, the shortfall would close.",
        "Officials said that if Tokyo were to lend Ukraine $2 billion, the budget gap would shrink.",
    ],
)
def test_a_supposition_is_no_aid(text):
    assert events(text) == []


# Family 3: running totals said in the future perfect, as a milestone in the present, or as packages' joint value
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The EU approved a new tranche of €2.5 billion for Ukraine on Monday. With this tranche, Ukraine will have "
         "received nearly €18 billion under the facility since it began.", "cumulative"),
        ("By the end of the month Norway will have given Ukraine NOK 40 billion in military aid.", "cumulative"),
        ("Portugal's military aid to Ukraine surpasses €300 million, the defence ministry said.", "cumulative"),
        ("Austria's humanitarian aid to Ukraine now exceeds €150 million, Vienna said.", "cumulative"),
        ("Latvia's 15 military aid packages for Ukraine now have a total value of EUR 700 million, the minister said.",
         "cumulative"),
    ],
)
def test_totals_said_as_they_stand_are_cumulative(text, scope):
    scopes = [s for _, _, s in facts(text)]
    assert scopes and scopes[-1] == scope


# Family 4: a year's figure said "for the year 2024" is that year's budget
@pytest.mark.parametrize(
    "text",
    [
        "Earlier, France had promised up to two billion euros in military aid for Ukraine for the year 2024.",
        "Spain committed €800 million in military aid to Ukraine for the fiscal year 2025.",
    ],
)
def test_for_the_year_is_a_period(text):
    assert [s for _, _, s in facts(text)] == ["period"]


# Family 6: the whole a part just named comes from is its envelope; the part is the day's money
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 January, the EU disbursed the first €2 billion of the €15 billion of promised macro-financial "
         "assistance to Ukraine.", [(2e9, "EUR")]),
        ("London said $400 million of its $1.5 billion pledge of military aid to Ukraine has arrived.",
         [(4e8, "USD")]),
        ("Berlin released €300 million of the total of €5 billion in military aid to Ukraine on Friday.",
         [(3e8, "EUR")]),
    ],
)
def test_the_whole_of_a_named_part_is_no_event(text, expected):
    assert events(text) == expected


# Family 7: a giver's own balance still to deliver is no new money; the rest of a package just named is a part of it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK pledged £200 million in military aid to Ukraine on Thursday, amid fears that Washington may not manage "
         "to ship its remaining $4.2 billion in weapons aid.", [(2e8, "GBP")]),
        ("Washington's remaining $3 billion in weapons aid for Ukraine may not arrive in time.", []),
        ("Canada pledged C$400 million to Ukraine on Friday. The remaining C$150 million of the package will go to "
         "drones.", [(4e8, "CAD"), (1.5e8, "CAD")]),
    ],
)
def test_own_remaining_balance_is_no_event(text, expected):
    assert events(text) == expected


# Family 8: a named programme's "up to" ceiling is its envelope; a loan "of up to" is that loan
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, the Council found that the plan fulfilled the terms for Ukraine to receive up to EUR 40 billion of "
         "help under the Ukraine Facility.", []),
        ("Kyiv can draw up to $45 billion in loans from the G7 through the ERA Mechanism, the EU said.", []),
        ("The EU approved a loan of up to €1 billion for Ukraine under the Ukraine Facility on Friday.",
         [(1e9, "EUR")]),
        ("The EU will lend Ukraine up to €30 billion in a new loan, the Commission said on Friday.", [(3e10, "EUR")]),
    ],
)
def test_a_programmes_ceiling_is_its_envelope(text, expected):
    assert events(text) == expected


# Family 9: parts opened behind their source ("According to X, out of this amount, ...") take the total's scope
def test_parts_behind_their_source_take_the_totals_scope():
    text = ("Estonia will allocate €12 million annually to Ukraine for development. According to the deputy "
            "chancellor, a ministry official, out of this amount, €10 million will be allocated to the development "
            "agency, €1 million for humanitarian aid to Ukraine.")
    assert [s for _, _, s in facts(text)] == ["period", "period", "period"]


# Family 10: a giver's share of a joint envelope, and a part of what was gathered so far
@pytest.mark.parametrize(
    "text",
    [
        "The Commission paid the third tranche of macro-financial aid to Ukraine worth 2 billion euros on Thursday. "
        "This is part of the EU's 16 billion euro share of the joint contributions to the G7 package for Ukraine.",
        "The bank said $12 billion of the total funds mobilized for Ukraine had been disbursed.",
    ],
)
def test_shares_and_parts_of_totals_are_no_events(text):
    assert [(a, c) for a, c in events(text) if a >= 1e10] == []


# Family 11: a sum joined to a running total with no verb of its own is summed up too
@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("Prior to this week's pledge, Canberra had already pledged or delivered over A$55 million in arms "
         "support for Ukraine, on top of another A$35 million in relief aid.", ["cumulative", "cumulative"]),
        ("Oslo has provided NOK 30 billion in military aid to Ukraine so far, plus a further NOK 8 billion in civilian "
         "aid.", ["cumulative", "cumulative"]),
        # "and a further" with a verb of its own sets a sum of its own beside the total
        ("Since then Denmark has provided €3 billion worth of military aid to Ukraine and a further €1 billion has "
         "been set aside for Kyiv this year.", ["cumulative", "period"]),
        # beside an event nothing is summed
        ("Japan pledged $500 million in aid to Ukraine on Friday, on top of another $100 million in grants.",
         ["event", "event"]),
    ],
)
def test_a_sum_joined_to_a_total_is_summed(text, scopes):
    assert [s for _, _, s in facts(text)] == scopes


def donors(text: str) -> list[str | None]:
    return [f["donor"] for f in aid_facts(text, published=PUBLISHED) if f["scope"] == "event"]


# Family 12: the giver is the one named first, not the body that set up the fund it pays into, nor the bloc it is a
# member of, nor the country an initiative it finances is named after
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia will contribute EUR 300 million to the Ukraine Support Fund, created by the EU, to buy ammunition.",
         ["Latvia"]),
        ("Norway will give NOK 500 million on Friday to a schools fund for Ukraine set up by the World Bank.",
         ["Norway"]),
        ("Portugal's prime minister announced on Monday that Lisbon will finance the Czech ammunition initiative for "
         "Ukraine with EUR 50 million.", ["Portugal"]),
        ("Sweden was among the first allies to contribute funds under the new US-led initiative for Ukraine, "
         "committing SEK 2 billion on Monday.", ["Sweden"]),
        # alone in its sentence the body that set it up stays the giver, and a bloc's allies give as the bloc
        ("The Ukraine Facility, created by the EU, disbursed €3 billion to Ukraine on Friday.", ["EU"]),
        ("NATO allies agreed to provide €40 billion in military aid to Ukraine.", ["NATO"]),
        # the European Investment Bank is named short, as the EBRD is
        ("The European Investment Bank signed a EUR 200 million loan to repair Ukraine's power grid.", ["EIB"]),
    ],
)
def test_the_giver_named_first_pays_into_a_fund_or_initiative(text, expected):
    assert donors(text) == expected


# Family 13: a giver's share of a running total whose givers are not named is a share of that total (FACTS.md 6: one
# named giver's part beside a sum that unnamed donors gave)
@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("Foreign donors have provided 80 billion Czech crowns ($3.6 billion) to the initiative to buy ammunition for "
         "Ukraine, with the Czech Republic contributing 1.2 billion crowns.", ["cumulative"]),
        ("Allies have provided €3 billion to the drone coalition for Ukraine, with Latvia contributing €20 million.",
         ["cumulative"]),
        # a pledge of the day shares nothing out of a total
        ("Allies pledged €3 billion to the drone coalition for Ukraine on Friday, with Latvia contributing €20 "
         "million.", ["event"]),
    ],
)
def test_a_givers_share_of_an_unnamed_total_is_summed(text, scopes):
    assert [s for _, _, s in facts(text)] == scopes
