"""Aid phrasing families of real reporting, round r12 (aid stories of eleven currencies).

Precision: a request named with the money's release or allocation as its object ("requests the immediate release of
a package", "sent an urgent request for the allocation of"), a vote or approval still ahead ("could vote this week
on", "will soon approve"), and a target or goal ("close to the $5 billion target") are no commitments. Scope: earlier
gifts summed up ("complements earlier donations totalling ...") are a running total, while two or three tranches
sent at once ("has transferred two tranches totalling ...") are one transfer even in the perfect.

Every sentence below was written for these tests (wording, figures, places and donors changed); none is copied
from a story. Each family has near-misses: the figures beside it that must still be read as they were.
"""

from __future__ import annotations

from tests.aid_cases import aid_facts, amounts, amounts_scopes


# Family 1: a request whose object is the money's release or allocation commits nothing.
def test_a_government_requesting_the_release_of_a_package_is_no_fact():
    text = (
        "Two years into the war, the Austrian cabinet reviews its support and requests, at its session of "
        "12 March, the prompt release of a fresh aid package for Ukraine totalling EUR 80 million."
    )
    assert amounts(text) == []


def test_an_urgent_request_for_the_allocation_of_money_is_no_fact():
    text = (
        "Last week, Kyiv sent a formal request to the EU countries for the allocation of the full 4.2 billion euros "
        "recently freed up in the European Peace Facility."
    )
    assert amounts(text) == []


# near-miss: a request granted is named by its approval
def test_at_kyivs_request_an_approved_release_stays_a_fact():
    text = "At Kyiv's request, the Dutch government on Friday approved EUR 150 million in military aid for Ukraine."
    assert amounts(text) == [(150e6, "EUR")]


# Family 2: a vote or an approval still ahead is no commitment.
def test_a_chamber_that_could_vote_on_a_package_gives_nothing_yet():
    text = "The U.S. Senate could vote as early as next week on a $12 billion military aid package for Ukraine."
    assert amounts(text) == []


def test_a_bank_that_will_soon_approve_a_loan_gives_nothing_yet():
    text = "The World Bank will soon approve a $300 million loan to support Ukraine's power grid, its director said."
    assert amounts(text) == []


# near-miss: what a bank approved is given, and "will provide" stays a commitment
def test_an_approved_loan_and_a_promised_grant_stay_facts():
    text = (
        "The World Bank approved a $300 million loan to support Ukraine's power grid on Tuesday. "
        "Japan will provide Ukraine with a further $120 million grant for demining."
    )
    assert amounts(text) == [(300e6, "USD"), (120e6, "USD")]


# Family 3: a target or goal is no commitment.
def test_a_fundraising_target_is_no_fact():
    text = (
        "The Netherlands pledged $200 million to the NATO arms scheme for Ukraine on Wednesday. Officials said the new "
        "pledges brought the alliance within reach of the $3 billion target."
    )
    assert amounts(text) == [(200e6, "USD")]


def test_a_goal_of_an_amount_is_no_fact():
    text = "Germany set a fundraising goal of 2 billion euros in military aid for Ukraine."
    assert amounts(text) == []


# Family 4: earlier gifts summed up are a running total; two tranches sent at once are one transfer.
def test_earlier_donations_totalling_are_a_running_total():
    text = (
        "Norway has announced a further NOK 200 million contribution to Ukraine's energy fund. "
        "The new grant adds to earlier Norwegian contributions totalling NOK 900 million."
    )
    assert amounts_scopes(text) == [(200e6, "event"), (900e6, "cumulative")]


def test_two_tranches_transferred_at_once_are_one_event():
    text = (
        "The European Union has transferred two tranches totalling 2.6 billion euros to Ukraine, the Commission "
        "said on Thursday."
    )
    assert amounts_scopes(text) == [(2.6e9, "event")]


# near-miss: "has transferred" a bare sum since the invasion stays a running total
def test_a_perfect_transfer_since_the_invasion_stays_a_running_total():
    text = "Since the invasion the EU has transferred 40 billion euros to Ukraine in budget support."
    assert amounts_scopes(text) == [(40e9, "cumulative")]


# Family 5: an announcement still ahead is a forecast; what was announced stays a fact.
def test_a_package_the_president_will_announce_is_no_fact_yet():
    text = "On Friday, President Macron will announce a new military aid package for Ukraine worth 300 million euros."
    assert amounts(text) == []


def test_a_package_set_to_be_unveiled_is_no_fact_yet():
    text = "Britain is set to unveil a £90 million drone package for Ukraine at the Ramstein meeting, officials said."
    assert amounts(text) == []


# near-miss: announced in the past, and "will provide" after an announcement
def test_an_announced_package_stays_a_fact():
    text = (
        "President Macron on Friday announced a new military aid package for Ukraine worth 300 million euros. "
        "France will provide a further 50 million euros for demining, he added."
    )
    assert amounts(text) == [(300e6, "EUR"), (50e6, "EUR")]


# Family 6: "in order to make X available" is the aim of a scheme, no commitment of the amount.
def test_a_scheme_launched_in_order_to_make_money_available_is_no_fact():
    text = (
        "The G20 ministers agreed to set up a lending window for Ukraine in order to make roughly 30 billion "
        "Australian dollars in extra funding available to Kyiv by next spring."
    )
    assert amounts(text) == []


# Family 7: a bare "$" with its dollar's code after it is that dollar.
def test_a_dollar_amount_with_its_code_in_brackets_is_that_dollar():
    text = (
        "\"We have committed a further $8 million [AUD, roughly 5.3 million USD] to Ukraine's defence,\" "
        "Australia's defence minister said on Tuesday."
    )
    facts = aid_facts(text)
    assert [(f["amount"], f["currency"], f["amount_usd"]) for f in facts] == [(8e6, "AUD", 5.3e6)]


def test_a_dollar_amount_followed_by_its_code_is_that_dollar():
    text = "New Zealand will give $4 million NZD in humanitarian aid to Ukraine, its foreign minister said."
    assert amounts(text) == [(4e6, "NZD")]


# near-miss: a code opening a stated conversion is the conversion, not the amount's currency
def test_a_code_opening_a_conversion_leaves_the_dollar_alone():
    text = "The United States pledged $6 million (CAD 8.1 million) to a demining fund for Ukraine."
    assert amounts(text) == [(6e6, "USD")]


# Family 8: money the next sentence says still awaits approval, or a staff-level agreement, is no commitment yet.
def test_a_disbursement_that_must_still_be_approved_is_no_fact():
    text = (
        "The IMF said on Tuesday it will pay out $1.1 billion to Ukraine under its lending programme. "
        "The payment must still be approved by the Fund's executive board."
    )
    assert amounts(text) == []


def test_a_loan_subject_to_approval_in_the_next_sentence_is_no_fact():
    text = (
        "The World Bank will lend Ukraine $450 million to repair its railways, the bank said on Monday. "
        "The loan is still subject to approval by the bank's board of directors."
    )
    assert amounts(text) == []


def test_a_staff_level_agreement_unlocking_a_tranche_is_no_fact():
    text = "IMF staff reached a staff-level agreement with Ukraine on a $700 million disbursement on Friday."
    assert amounts(text) == []


# near-misses: the programme named as approved stays; the board's approval after a staff-level agreement gives it
def test_the_programme_approved_earlier_stays_beside_the_pending_tranche():
    text = (
        "The IMF said on Tuesday it will pay out $1.1 billion to Ukraine under a $12 billion aid package approved "
        "in 2023. The payment must still be approved by the Fund's executive board."
    )
    assert amounts(text) == [(12e9, "USD")]


def test_a_board_approval_after_a_staff_level_agreement_is_a_fact():
    text = (
        "Following a staff-level agreement in May, the IMF executive board on Friday approved a $700 million "
        "disbursement to Ukraine."
    )
    assert amounts(text) == [(700e6, "USD")]


# Family 9: a package's own total after a quote's ellipsis, and a first tranche named between commas, are events.
def test_a_package_total_after_an_ellipsis_is_an_event():
    text = (
        "Brussels sent Ukraine 2 billion euros in budget support on Monday. \"The 2 billion euros is one part of "
        "a broad package of help for Ukraine ... totalling 7 billion euros,\" the premier wrote."
    )
    assert amounts_scopes(text, published="2022-09-05T10:00:00Z") == [(2e9, "event"), (7e9, "event")]


def test_a_first_tranche_between_commas_already_received_is_an_event():
    text = (
        "The EU approved 2 billion euros for Ukraine on Monday. The minister said that the first tranche, "
        "amounting to 800 million euros, is already in the treasury's account."
    )
    assert amounts_scopes(text, published="2022-09-05T10:00:00Z") == [(2e9, "event"), (800e6, "event")]


# near-miss: "already" with a bare sum since the invasion stays a running total
def test_already_with_a_sum_since_the_invasion_stays_a_running_total():
    text = "Since the invasion the EU has already transferred 30 billion euros to Ukraine's budget."
    assert amounts_scopes(text, published="2022-09-05T10:00:00Z") == [(30e9, "cumulative")]
