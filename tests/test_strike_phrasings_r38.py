"""Strike phrasing and dating families of the 36th, 38th and 39th rounds of real stories (launched and intercepted
figures, and the event dates every fact type shares).

Found in the opened rounds r36 (2023 air attacks from big outlets), r38 (an ordinary day's feed) and r39 (round-ups
and live blogs), and checked against how wire services, Ukrainian outlets and the ministries word them: every
sentence below was written for these tests, none is copied from a story. Each strike case gives every strike fact
expected, as (fact_type, count, weapon_class, weapon, attacker, scope); the controls give what must not be read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipelines.extract.sentences import split_sentences
from pipelines.extract.strikes import extract_strikes
from tests.conftest import one_article
from tests.test_strike_families3 import facts_of


def dated(text: str, published: str) -> set[tuple]:
    """(fact_type, count, event_date as text) of every strike fact of a one-article text."""
    rows = extract_strikes(split_sentences(one_article(text, published))).iter_rows(named=True)
    return {(r["fact_type"], r["count"], str(r["event_date"])) for r in rows}


# A figure right after a verb of damage counts buildings, and the air force's "N drones were recorded hitting"
# counts hits: neither is a launch nor an interception (FACTS.md 4: hits are not launches). Before, "destroyed a
# house and damaged seven more" read the seven as drones destroyed, and "recorded" as the air force's launch count.
DAMAGE_AND_HITS = [
    ("A Russian missile destroyed a school and damaged four more in the city on Tuesday night, police said.", set()),
    ("A drone destroyed a house and damaged three others in the village.", set()),
    ("The missile razed one block of flats and hit two more nearby.", set()),
    ("Eleven strike drones were recorded hitting eight locations.", set()),
    ("Overnight, 14 drones were registered striking targets in the east.", set()),
]
DAMAGE_AND_HITS_CONTROLS = [
    # an interception verb before a bare figure still counts weapons
    (
        "Air defence shot down 40 drones and destroyed 20 more.",
        {("intercepted", 40, "drone", None, "RU", "event"), ("intercepted", 20, "drone", None, "RU", "event")},
    ),
    # "recorded" alone is still the air force's count of what came in
    ("The air force recorded 35 Shahed drones overnight.", {("launched", 35, "drone", "Shahed-136/131", "RU", "event")}),
]


# "all N, including M ..." where the part is placed by where it was downed ("including 15 shot down over the capital",
# "including 12 over the Kyiv region") says nothing of what was launched at that place: only the whole's launched
# total is derived. A part named by its model stays a launched part as before.
PLACED_PART_OF_ALL = [
    (
        "Kyiv said it had shot down all 40 drones in the latest wave, including 15 shot down over the capital.",
        {
            ("intercepted", 40, "drone", None, "RU", "event"), ("launched", 40, "drone", None, "RU", "event"),
            ("intercepted", 15, "drone", None, "RU", "event"),
        },
    ),
    (
        "Air defence downed all 30 drones, including 12 over the Kyiv region.",
        {
            ("intercepted", 30, "drone", None, "RU", "event"), ("launched", 30, "drone", None, "RU", "event"),
            ("intercepted", 12, "drone", None, "RU", "event"),
        },
    ),
    (
        "All 25 drones were destroyed, including nine above Odesa.",
        {
            ("intercepted", 25, "drone", None, "RU", "event"), ("launched", 25, "drone", None, "RU", "event"),
            ("intercepted", 9, "drone", None, "RU", "event"),
        },
    ),
]
PLACED_PART_OF_ALL_CONTROLS = [
    (
        "Air defence downed all 30 drones, including 12 Shaheds.",
        {
            ("intercepted", 30, "drone", None, "RU", "event"), ("launched", 30, "drone", None, "RU", "event"),
            ("intercepted", 12, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 12, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
]


# Names of a mixed aerial total: "aerial assault weapons" (as "air attack weapons"), and one figure before "drones,
# ballistic and cruise missiles" (a figure for the whole list, like "N drones and cruise missiles").
MIXED_TOTALS = [
    (
        "Air defence destroyed 300 of the 350 aerial assault weapons, including 290 drones and 10 Kh-101 cruise missiles.",
        {
            ("launched", 350, "aerial_target", None, "RU", "event"),
            ("intercepted", 300, "aerial_target", None, "RU", "event"),
            ("intercepted", 290, "drone", None, "RU", "event"), ("intercepted", 10, "missile", "Kh-101", "RU", "event"),
        },
    ),
    (
        "Air defence units destroyed or neutralised 120 of the 140 detected air assault weapons.",
        {("launched", 140, "aerial_target", None, "RU", "event"), ("intercepted", 120, "aerial_target", None, "RU", "event")},
    ),
    (
        "Russia launched a barrage of over 200 drones, ballistic and cruise missiles on Ukraine overnight.",
        {("launched", 200, "aerial_target", None, "RU", "event")},
    ),
    (
        "Moscow fired 150 drones, ballistic, and cruise missiles at Kyiv, the president said.",
        {("launched", 150, "aerial_target", None, "RU", "event")},
    ),
]
MIXED_TOTALS_CONTROLS = [
    # each class with its own figure stays apart
    (
        "Russia launched 150 drones, two ballistic and four cruise missiles at Kyiv.",
        {
            ("launched", 150, "drone", None, "RU", "event"), ("launched", 2, "missile", None, "RU", "event"),
            ("launched", 4, "missile", None, "RU", "event"),
        },
    ),
    # models after the drones are no mixed total
    ("Russia launched 150 drones, Iskander and Kinzhal missiles at Kyiv.", {("launched", 150, "drone", None, "RU", "event")}),
]


# A relative clause of downing right after the weapons, without "all" ("N drones and M missiles which were shot
# down", "N drones that his forces shot down"): every figure before it was downed, as with "all of which".
WHICH_WERE_DOWNED = [
    (
        "The barrage comprised eight Shahed drones and four cruise missiles which were all shot down, the air force said.",
        {
            ("launched", 8, "drone", "Shahed-136/131", "RU", "event"), ("launched", 4, "missile", None, "RU", "event"),
            ("intercepted", 8, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 4, "missile", None, "RU", "event"),
        },
    ),
    (
        "The wave included 30 Shahed drones that air defence shot down.",
        {("launched", 30, "drone", "Shahed-136/131", "RU", "event"), ("intercepted", 30, "drone", "Shahed-136/131", "RU", "event")},
    ),
    (
        "Russia launched 24 drones that were destroyed by mobile fire groups over the Kyiv region.",
        {("launched", 24, "drone", None, "RU", "event"), ("intercepted", 24, "drone", None, "RU", "event")},
    ),
]
WHICH_WERE_DOWNED_CONTROLS = [
    ("Russia launched 30 drones which were aimed at Kyiv.", {("launched", 30, "drone", None, "RU", "event")}),
]


# Drones downed "in" a Russian region (not only "over" it) were Ukraine's: "three drones had been intercepted in the
# Tula region", "shot down 12 drones in the Kursk region".
DOWNED_IN_A_RUSSIAN_REGION = [
    ("Three drones had been intercepted in the Tula region earlier in the week.", {("intercepted", 3, "drone", None, "UA", "event")}),
    ("Air defences shot down 12 drones in the Kursk region overnight.", {("intercepted", 12, "drone", None, "UA", "event")}),
    ("Five drones were destroyed in the Belgorod region, the governor said.", {("intercepted", 5, "drone", None, "UA", "event")}),
]
DOWNED_IN_A_RUSSIAN_REGION_CONTROLS = [
    ("Air defences shot down 12 drones in the Kyiv region overnight.", {("intercepted", 12, "drone", None, "RU", "event")}),
]


# A subordinate clause of time or cause starts the figure's own clause afresh: "fires halted production at the
# refinery after Ukraine launched two dozen drones" is a launch, though "production" (the guard against counts of
# manufacture) stands before it in the sentence; a modal in the figure's own clause still rules it out.
CLAUSE_AFTER_AFTER = [
    (
        "Fires broke out and partially halted production at a refinery yesterday after Ukraine launched at least two "
        "dozen drones against energy sites.",
        {("launched", 24, "drone", None, "UA", "event")},
    ),
    ("Kyiv plans to retaliate after Russia fired 50 missiles at the capital.", {("launched", 50, "missile", None, "RU", "event")}),
    ("Output fell when Russia sent 30 drones at the plant.", {("launched", 30, "drone", None, "RU", "event")}),
]
CLAUSE_AFTER_AFTER_CONTROLS = [
    ("Russia will launch 100 drones when the weather clears.", set()),
    ("After the talks, Russia could fire 40 missiles at Kyiv.", set()),
    ("The plant, which produced 30 drones a month when it was hit, burned.", set()),
]


# "All the drones targeting Kyiv were destroyed" after the country's figure: the city's whole, its count unsaid, as
# "all the drones launched at Kyiv" (the country's figure is no downing).
ALL_AT_A_PLACE = [
    (
        "Russia launched 39 drones overnight. All the drones targeting Kyiv were destroyed outside the city.",
        {("launched", 39, "drone", None, "RU", "event")},
    ),
    (
        "Russia launched 20 drones overnight. All the drones heading for the capital were shot down.",
        {("launched", 20, "drone", None, "RU", "event")},
    ),
]
ALL_AT_A_PLACE_CONTROLS = [
    (
        "Russia launched 39 drones overnight. All the drones were shot down.",
        {("launched", 39, "drone", None, "RU", "event"), ("intercepted", 39, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DAMAGE_AND_HITS + DAMAGE_AND_HITS_CONTROLS + PLACED_PART_OF_ALL + PLACED_PART_OF_ALL_CONTROLS + MIXED_TOTALS
    + MIXED_TOTALS_CONTROLS + WHICH_WERE_DOWNED + WHICH_WERE_DOWNED_CONTROLS + DOWNED_IN_A_RUSSIAN_REGION
    + DOWNED_IN_A_RUSSIAN_REGION_CONTROLS + CLAUSE_AFTER_AFTER + CLAUSE_AFTER_AFTER_CONTROLS + ALL_AT_A_PLACE
    + ALL_AT_A_PLACE_CONTROLS,
)
def test_strike_phrasings_r38(text, expected):
    assert facts_of(text) == expected


# Dates (FACTS.md 5).
# "a day after" before a figure, in the clause it opens: the day before the article's ("the attack came a day after
# Russia launched 90 drones"); a sentence opening on it names the main clause's day, and a day named after it wins.
# A night's start ("starting from 18:00 on Tuesday, November 18", "launched on the evening of November 18") dates
# nothing, its weekday and date together. "The air force reported on Monday that ..." with no other day is the Monday.
DATES = [
    ("The strike came a day after Russia launched 90 drones at Kyiv.", "2025-10-26T09:00:00Z", {("launched", 90, "2025-10-25")}),
    (
        "The attack took place the day after Russian forces fired 40 missiles at Ukraine.",
        "2025-10-26T09:00:00Z",
        {("launched", 40, "2025-10-25")},
    ),
    (
        "It came a day after Russia launched 60 drones on Thursday night.",
        "2025-10-25T09:00:00Z",
        {("launched", 60, "2025-10-24")},
    ),
    # controls: the figure in the main clause
    ("A day after the strike on Odesa, Russia fired 40 missiles at Kyiv.", "2025-10-26T09:00:00Z", {("launched", 40, "2025-10-26")}),
    ("Russia fired 40 missiles at Kyiv a day after Ukraine struck Belgorod.", "2025-10-26T09:00:00Z", {("launched", 40, "2025-10-26")}),
    (
        "Starting from 18:00 on Tuesday, November 18, the enemy launched 124 strike drones at Ukraine.",
        "2025-11-19T12:00:00Z",
        {("launched", 124, "2025-11-19")},
    ),
    (
        "Air defence neutralised 97 out of 124 drones launched on the evening of November 18.",
        "2025-11-19T12:00:00Z",
        {("intercepted", 97, "2025-11-19"), ("launched", 124, "2025-11-19")},
    ),
    # "the night before" as the figure's own time: the night before the article's, as "a night earlier"
    ("Russia launched 40 drones the night before, the air force said.", "2023-01-02T12:00:00Z", {("launched", 40, "2023-01-01")}),
    (
        "The new strikes followed a wave the night before that included 30 drones that air defence shot down.",
        "2023-01-02T12:00:00Z",
        {("launched", 30, "2023-01-01"), ("intercepted", 30, "2023-01-01")},
    ),
    # control: the night before something named is no such night
    ("Russia launched 40 drones the night before the vote.", "2023-01-02T12:00:00Z", {("launched", 40, "2023-01-02")}),
    # an earlier attack named by its day's possessive after the figure ("..., following Friday morning's drone
    # attack") dates the other attack, not the figure
    (
        "Nine ballistic missiles were destroyed over Crimea, following Friday morning's massive drone attack on the port.",
        "2024-05-19T12:00:00Z",
        {("intercepted", 9, "2024-05-19")},
    ),
    # control: the figure's own day stays
    (
        "Air defence shot down 12 drones on Friday, after Monday's strike on Odesa.",
        "2024-05-19T12:00:00Z",
        {("intercepted", 12, "2024-05-17")},
    ),
    # control: a plain day-month is the day
    ("Air defence shot down 50 drones on December 24.", "2025-12-25T12:00:00Z", {("intercepted", 50, "2025-12-24")}),
    (
        "The air force reported on Monday that its units shot down 18 of 37 drones launched by Russia in night attacks.",
        "2024-12-31T12:00:00Z",
        {("intercepted", 18, "2024-12-30"), ("launched", 37, "2024-12-30")},
    ),
    (
        "The air force said in an update on Monday night that it had downed 30 drones overnight.",
        "2024-12-31T12:00:00Z",
        {("intercepted", 30, "2024-12-30")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES)
def test_strike_dates_r38(text, published, expected):
    assert dated(text, published) == expected


# A live blog's heading with its time first ("9:00 p.m. ET, March 5, 2024") and a wire story's dateline ("March
# 6 (Reuters) - ...") start the day of the text after them, as a heading "March 6" does: a US page stamped the
# evening before, or filed after midnight in Kyiv, still tells of its own day.
ENTRY_DAYS = [
    (
        "Live updates\n\n9:00 p.m. ET, March 5, 2024\n\nRussia fired 30 missiles at Ukraine, the air force said.",
        "2024-03-06T02:30:00Z",
        {("launched", 30, "2024-03-05")},
    ),
    (
        "Updated 8:15 p.m. ET, March 5, 2024\n\nRussia fired 30 missiles at Ukraine, the air force said.",
        "2024-03-06T02:30:00Z",
        {("launched", 30, "2024-03-05")},
    ),
    (
        "March 05, 2024 - 09:16 pm EDT\n\nMarch 6 (Reuters) - Russia fired 30 missiles at western Ukraine, the air "
        "force said.",
        "2024-03-06T01:16:00Z",
        {("launched", 30, "2024-03-06")},
    ),
    (
        "KYIV, March 5 (Reuters) - Russia launched 40 drones at Ukraine overnight, the air force said.",
        "2024-03-06T00:30:00Z",
        {("launched", 40, "2024-03-05")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ENTRY_DAYS)
def test_entry_days_r38(text, published, expected):
    assert dated(text, published) == expected


def test_dated_helper_reads_dates():
    assert dated("Russia launched 10 drones on March 3.", "2024-03-06T12:00:00Z") == {("launched", 10, str(dt.date(2024, 3, 3)))}


# A front-line tally's counted models, one item each: "one Geran-2, two Lancets, two Molniyas and three FPV drones"
# (a model with its figure is that item's noun; before, "one Geran-2" took the class of the guided bombs named before
# it). An item "N other/additional projectiles" after a list of weapons is a mixed aerial figure of its own, a
# sibling of the list, not its total.
LISTED_MODELS_AND_OTHERS = [
    (
        "The enemy dropped six guided bombs on the district and launched one Geran-2, two Lancets, two Molniyas and "
        "three FPV drones.",
        {
            ("launched", 6, "guided_bomb", "KAB", "RU", "event"), ("launched", 1, "drone", "Shahed-136/131", "RU", "event"),
            ("launched", 2, "drone", "Lancet", "RU", "event"), ("launched", 2, "drone", "Molniya", "RU", "event"),
            ("launched", 3, "drone", None, "RU", "event"),
        },
    ),
    (
        "Russia launched 188 drones, three ballistic missiles and five additional projectiles at Ukraine overnight.",
        {
            ("launched", 188, "drone", None, "RU", "event"), ("launched", 3, "missile", None, "RU", "event"),
            ("launched", 5, "aerial_target", None, "RU", "event"),
        },
    ),
]
LISTED_MODELS_AND_OTHERS_CONTROLS = [
    # a model list going on to "other drones" is one mixed drone figure
    ("Russia launched 70 Shahed, Gerbera and other drones overnight.", {("launched", 70, "drone", None, "RU", "event")}),
    ("The package includes 20 other munitions.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_MODELS_AND_OTHERS + LISTED_MODELS_AND_OTHERS_CONTROLS)
def test_listed_models_and_other_projectiles(text, expected):
    assert facts_of(text) == expected


# A lede that dates its attack by the weapon's own verb of impact ("a Russian missile slammed into a cafe on
# Thursday", "drones hit the port on Sunday") dates the story's undated figures, as "attacked" and "struck" do
# (FACTS.md 5: "the day of the attack the article's lede dates").
LEDE_IMPACT_DAYS = [
    (
        "A Russian missile slammed into a shop in a village in the east on Thursday, killing 12 people, officials "
        "said.\n\nThe president called the attack deliberate.\n\nAir defence shot down 3 drones near the village.",
        "2023-10-06T12:00:00Z",
        {("intercepted", 3, "2023-10-05")},
    ),
    # a lede whose attack day has its year ("launched by Russia on June 27, 2023") is no photo caption
    (
        "A hostel ruined by a Russian missile in August 2022.\n\nAt least nine people are dead after a missile "
        "attack on a restaurant.\n\nThe missiles, which Russia launched on June 27, 2023, hit the "
        "restaurant in the evening.\n\nRussia fired two Iskander missiles, prosecutors said.",
        "2023-06-28T12:00:00Z",
        {("launched", 2, "2023-06-27")},
    ),
    (
        "Russian drones hit the port of Izmail on Sunday, damaging grain silos, the governor said.\n\nThe strikes "
        "went on for hours.\n\nAir defence destroyed 17 of the 25 drones.",
        "2023-08-28T09:00:00Z",
        {("intercepted", 17, "2023-08-27"), ("launched", 25, "2023-08-27")},
    ),
]
LEDE_IMPACT_DAYS += [
    # the defenders' verb dates the lede's attack too
    (
        "Both sides said they had downed each other's drones over the sea on Monday. The ministry said its units had "
        "intercepted six drones attempting an attack.",
        "2024-04-02T12:00:00Z",
        {("intercepted", 6, "2024-04-01")},
    ),
]
LEDE_IMPACT_DAYS_CONTROLS = [
    # a lede with no day leaves the figures to the publication
    (
        "Russian drones hit the port of Izmail, damaging grain silos, the governor said.\n\nAir defence destroyed 17 "
        "of the 25 drones.",
        "2023-08-28T09:00:00Z",
        {("intercepted", 17, "2023-08-28"), ("launched", 25, "2023-08-28")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LEDE_IMPACT_DAYS + LEDE_IMPACT_DAYS_CONTROLS)
def test_lede_impact_days(text, published, expected):
    assert dated(text, published) == expected


# The Russian ministry's electronic-warfare downings told by the crash ("33 crashed into the sea under electronic
# jamming", "seven others crashed after being jammed by electronic warfare", "two more fell due to electronic
# warfare") are intercepted, as "suppressed by electronic warfare" is; a crash with no jamming is an impact.
CRASHED_UNDER_JAMMING = [
    (
        "Eleven of the drones were downed, the ministry said, while 29 fell into the sea because of electronic jamming.",
        {("intercepted", 11, "drone", None, "RU", "event"), ("intercepted", 29, "drone", None, "RU", "event")},
    ),
    (
        "Air defences destroyed 5 drones, while 7 others crashed after being jammed by electronic warfare.",
        {("intercepted", 5, "drone", None, "RU", "event"), ("intercepted", 7, "drone", None, "RU", "event")},
    ),
    (
        "Russian air defence shot down three drones and two more fell due to electronic warfare, the ministry said.",
        {("intercepted", 3, "drone", None, "UA", "event"), ("intercepted", 2, "drone", None, "UA", "event")},
    ),
]
CRASHED_UNDER_JAMMING_CONTROLS = [
    ("Three drones crashed into a house in the town.", set()),
    ("Two drones crashed after hitting a power line.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CRASHED_UNDER_JAMMING + CRASHED_UNDER_JAMMING_CONTROLS)
def test_crashed_under_jamming(text, expected):
    assert facts_of(text) == expected


# The attacker's "attacked/targeted X with N weapons" is a launch (as "Russia struck Kharkiv with two drones"), also
# where X is a count of places: "targeted four city districts with a total of 15 guided bombs", "attacked two
# villages with 20 drones" (before, the count of places cut the verb off from the weapons).
COUNTED_TARGETS_WITH = [
    (
        "The governor said Russian forces targeted four city districts with a total of 15 guided bombs in two hours.",
        {("launched", 15, "guided_bomb", "KAB", "RU", "event")},
    ),
    ("Russian forces attacked two villages with 20 drones overnight.", {("launched", 20, "drone", None, "RU", "event")}),
]
COUNTED_TARGETS_WITH_CONTROLS = [
    ("Russian forces killed three people with 13 drones.", set()),
    ("The region was hit by five drones; three houses with 12 residents were damaged.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_TARGETS_WITH + COUNTED_TARGETS_WITH_CONTROLS)
def test_counted_targets_with(text, expected):
    assert facts_of(text) == expected
