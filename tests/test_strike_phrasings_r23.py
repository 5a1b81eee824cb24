"""Strike phrasing families of the 23rd-25th rounds of real stories (launched and intercepted figures).

Found in the opened rounds r23-r25 and checked against other real reporting of 2022-2026 (Reuters, AP, Kyiv
Independent news desk, TASS, Moscow Times, Newsweek and Economist relays): every sentence below was written for these
tests, none is copied from a story. Each case gives every strike fact expected, as (fact_type, count, weapon_class,
weapon, attacker, scope).
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts
from tests.test_strike_families3 import facts_of, strikes_of


def article_strikes(text: str) -> set[tuple]:
    """The strike facts of one article after the whole extraction (restated headlines and figures dropped)."""
    facts = article_facts(text, "2025-06-14T08:00:00Z")
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["attacker"], r["qualifier"])
        for r in facts.iter_rows(named=True)
        if r["fact_type"] in ("launched", "intercepted", "lost")
    }


# A superlative's "since" is no running total (FACTS.md 8, for strikes too): "the highest number since the invasion
# began" after a dash, and a superlative whose word sits before an earlier figure's noun ("one of the largest-scale
# drone attacks since the start of the war, with ... 42 drones"). Before, the night's figure was read as a running
# total, and so was a sentence adding to it with "also".
SUPERLATIVE_SINCE = [
    (
        "The air force said Russia sent 512 drones at Ukraine in a single night - the highest number since the "
        "full-scale war began.",
        {("launched", 512, "drone", None, "RU", "event")},
    ),
    (
        "Kyiv said Moscow fired 61 missiles on Friday \u2014 the greatest number since the invasion started. The president "
        "also said that more than 300 drones were launched.",
        {("launched", 61, "missile", None, "RU", "event"), ("launched", 300, "drone", None, "RU", "event")},
    ),
    (
        "Sevastopol endured one of the largest-scale drone raids since the start of the war, with the Russian "
        "ministry claiming to have shot down 38 incoming drones.",
        {("intercepted", 38, "drone", None, "UA", "event")},
    ),
]

# controls: a real running total keeps its scope beside a superlative
SUPERLATIVE_CONTROLS = [
    (
        "Since the start of the invasion, Russia has fired 11,500 missiles at Ukraine, the highest toll of any war "
        "in Europe.",
        {("launched", 11500, "missile", None, "RU", "cumulative")},
    ),
    (
        "Russia has launched more than 9,000 drones at Ukraine since the start of the war, the biggest drone "
        "campaign ever.",
        {("launched", 9000, "drone", None, "RU", "cumulative")},
    ),
]

# A perfect with a day in its own clause is that day's event (FACTS.md 5): "have fired three missiles ... on the
# morning of Oct. 18", "has launched 45 drones on Tuesday". Before, only a night's words ("overnight", "over the past
# 24 hours") made a perfect an event.
PERFECT_WITH_A_DAY = [
    (
        "Russian troops have fired four missiles at an energy site in Kharkiv's Kholodnohirskyi district on the "
        "morning of Nov. 3, the mayor reported.",
        {("launched", 4, "missile", None, "RU", "event")},
    ),
    (
        "Russia has launched 45 drones and two missiles at Ukraine on Tuesday, the air force said.",
        {("launched", 45, "drone", None, "RU", "event"), ("launched", 2, "missile", None, "RU", "event")},
    ),
    (
        "Air defence has shot down 14 drones over the region today, the governor said.",
        {("intercepted", 14, "drone", None, "RU", "event")},
    ),
]

# controls: a perfect with no day of its own stays a running total, also when the speaker's day follows its clause
PERFECT_CONTROLS = [
    (
        "Russia has fired more than 1,200 missiles at Ukraine, the president said on Monday.",
        {("launched", 1200, "missile", None, "RU", "cumulative")},
    ),
    (
        "Ukraine's air defence has shot down 9,800 Shahed drones, the air force said.",
        {("intercepted", 9800, "drone", "Shahed-136/131", "RU", "cumulative")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPERLATIVE_SINCE + SUPERLATIVE_CONTROLS)
def test_a_superlative_since_is_no_running_total(text, expected):
    assert facts_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), PERFECT_WITH_A_DAY + PERFECT_CONTROLS)
def test_a_perfect_with_a_day_in_its_clause_is_that_days_event(text, expected):
    assert facts_of(text) == expected


# "N of the M <weapons>, including A drones, B missiles": the list breaks down the figure the verb counts, the part
# N (FACTS.md 4; in the statements that give both, the parts add up to N), so its items are intercepted, never
# launched; "air threats", "airborne threats" are a mixed aerial total like "air targets". Before, the noun was
# unknown and the items took the sentence's "detected" as a launch.
PARTITIVE_THEN_LIST = [
    (
        "The air force said defences intercepted or neutralised 371 of the 402 detected airborne threats, including "
        "350 drones, 15 Kh-101 cruise missiles and six Kalibr missiles.",
        {
            ("intercepted", 371, "aerial_target", None, "RU", "event"),
            ("launched", 402, "aerial_target", None, "RU", "event"),
            ("intercepted", 350, "drone", None, "RU", "event"),
            ("intercepted", 15, "missile", "Kh-101", "RU", "event"),
            ("intercepted", 6, "missile", "Kalibr", "RU", "event"),
        },
    ),
    (
        "Air defence brought down 61 out of 70 air targets overnight, among them 55 Shahed drones and six Iskander-K "
        "missiles, the air force said.",
        {
            ("intercepted", 61, "aerial_target", None, "RU", "event"),
            ("launched", 70, "aerial_target", None, "RU", "event"),
            ("intercepted", 55, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 6, "missile", "Iskander-K", "RU", "event"),
        },
    ),
    # the same list after a launch total is launched
    (
        "Russia fired 88 aerial threats at Ukraine overnight, including 80 drones and eight missiles.",
        {
            ("launched", 88, "aerial_target", None, "RU", "event"),
            ("launched", 80, "drone", None, "RU", "event"),
            ("launched", 8, "missile", None, "RU", "event"),
        },
    ),
]

# controls: threats without a count, or counted as alerts, are no weapons
THREAT_CONTROLS = [
    "Air raid alerts warned of air threats in 12 regions for most of the night.",
    "The air force issued 14 warnings about aerial threats to the capital.",
]


@pytest.mark.parametrize(("text", "expected"), PARTITIVE_THEN_LIST)
def test_a_list_after_a_partitive_breaks_down_the_part(text, expected):
    assert facts_of(text) == expected


@pytest.mark.parametrize("text", THREAT_CONTROLS)
def test_threats_without_a_weapon_count_are_no_fact(text):
    assert facts_of(text) == set()


# A figure inside the subject of a modal is a forecast or a supposition, never a fact (FACTS.md 4): "nightly assaults
# involving 500 or more drones may soon become routine". Before, only a modal before the figure was read.
FORECASTS = [
    "Analysts think raids involving 900 or more drones could soon become the norm as Moscow builds more Shaheds.",
    "Officials fear that attacks with 1,500 drones will become common by the winter.",
    "Barrages involving 700 drones would become routine within months, the analyst predicted.",
]

# controls: what was done, with a modal of its own clause after it, stays a fact
FORECAST_CONTROLS = [
    (
        "Air defence downed 37 drones that would have struck the capital, the mayor said.",
        {("intercepted", 37, "drone", None, "RU", "event")},
    ),
    (
        "Russia sent 64 drones overnight, and more could follow, the air force said.",
        {("launched", 64, "drone", None, "RU", "event")},
    ),
    (
        "Russia fired 12 missiles overnight in an attack officials said could mark a new campaign.",
        {("launched", 12, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize("text", FORECASTS)
def test_a_figure_in_a_forecasts_subject_is_no_fact(text):
    assert facts_of(text) == set()


@pytest.mark.parametrize(("text", "expected"), FORECAST_CONTROLS)
def test_a_modal_of_another_clause_leaves_the_figure(text, expected):
    assert facts_of(text) == expected


# The target as the subject of a hit counts the weapons that hit, no launch (FACTS.md 4: hits are not launches):
# "the region was hit by ten S-300 missiles" from a governor, "was struck overnight by", "was pounded by more than a
# dozen missiles", and a figure listed with one. Before, the passive was read as a launch.
HIT_BY = [
    "The governor says the city was hit by eight Russian S-300 missiles overnight.",
    "Odesa was struck overnight by three missiles and more than 20 drones, the regional head said.",
    "Energy sites across the country were pounded by more than a dozen Russian cruise missiles on Monday, officials said.",
    "The port has been hit with four Kalibr missiles since dawn, the mayor said.",
]

# controls: the attack's weapons named with the target as subject ("attacked by", "targeted with"), the attacker
# striking with its weapons, and weapons "hit by air defence" (downed)
HIT_BY_CONTROLS = [
    (
        "Zaporizhzhia was attacked overnight by two missiles and 25 drones, the governor said.",
        {("launched", 2, "missile", None, "RU", "event"), ("launched", 25, "drone", None, "RU", "event")},
    ),
    (
        "The region was targeted with a total of 80 projectiles, including 70 drones and ten missiles.",
        {
            ("launched", 80, "aerial_target", None, "RU", "event"), ("launched", 70, "drone", None, "RU", "event"),
            ("launched", 10, "missile", None, "RU", "event"),
        },
    ),
    ("Russian forces struck Sumy with three drones this morning.", {("launched", 3, "drone", None, "RU", "event")}),
    (
        "Six more drones were hit by air defence over the region during the night, the air force said.",
        {("intercepted", 6, "drone", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize("text", HIT_BY)
def test_the_target_hit_by_weapons_counts_no_launch(text):
    assert facts_of(text) == set()


@pytest.mark.parametrize(("text", "expected"), HIT_BY_CONTROLS)
def test_the_attack_named_with_the_target_as_subject_is_launched(text, expected):
    assert facts_of(text) == expected


# "overnight on May 25" is a date after the figure, no modal
def test_a_month_named_may_after_the_figure_is_no_forecast():
    assert facts_of("Russia attacked Ukraine with 290 drones and 60 missiles overnight on May 25, the air force said.") == {
        ("launched", 290, "drone", None, "RU", "event"), ("launched", 60, "missile", None, "RU", "event"),
    }


# A headline that rounds a figure its body states is that one fact, the body's (FACTS.md 4: "over $5 million" over the
# body's "$5.6 million"), for strikes as for aid: "Ukraine downs more than 25 drones" over the body's 26, "over 20
# drones" over 24. And a figure the body restates less precisely ("at least 25 drones", later "using 25 drones") is one
# fact. Before, each gave a second fact.
ROUNDED_RESTATEMENTS = [
    (
        "Kyiv downs more than 30 drones in overnight Russian attack\n\n"
        "Ukraine's air defences shot down 33 drones overnight, the air force said on Saturday.",
        {("intercepted", 33, "drone", "RU", "exact")},
    ),
    (
        "Moscow says it downed over 40 Ukrainian drones\n\n"
        "Russia's defence ministry said on Saturday its air defences destroyed 47 Ukrainian drones overnight.",
        {("intercepted", 47, "drone", "UA", "exact")},
    ),
    (
        "Russia launches about 90 drones at Ukraine\n\n"
        "Russia launched 93 drones at Ukraine overnight, the air force said on Saturday.",
        {("launched", 93, "drone", "RU", "exact")},
    ),
    (
        "Ukraine struck Russian regions overnight with at least 30 drones, the Russian ministry said on Saturday. "
        "\"An attempt by the Kyiv regime to attack facilities in Russia using 30 drones was stopped,\" it said.",
        {("launched", 30, "drone", "UA", "at_least")},
    ),
]

# controls: a headline's figure far from the body's, or of another type, is a figure of its own
ROUNDED_CONTROLS = [
    (
        "Ukraine downs more than 25 drones overnight\n\n"
        "Air defences destroyed 40 drones over the south, the air force said on Saturday.",
        {("intercepted", 25, "drone", "RU", "at_least"), ("intercepted", 40, "drone", "RU", "exact")},
    ),
    (
        "Russia launches about 100 drones at Ukraine\n\n"
        "Air defences shot down 98 drones overnight, the air force said on Saturday.",
        {("launched", 100, "drone", "RU", "approx"), ("intercepted", 98, "drone", "RU", "exact")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDED_RESTATEMENTS + ROUNDED_CONTROLS)
def test_a_figure_restated_less_precisely_is_one_fact(text, expected):
    assert article_strikes(text) == expected


def placed_facts_of(text: str) -> set[tuple]:
    from tests.test_strike_families3 import strikes_of

    return {(r["fact_type"], r["count"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}


# The Russian ministry's list of places with an item's own part inside it ("five UAVs over the Moscow Region,
# including three drones flying toward Moscow, six UAVs over ..."): the part is no item of the list, the list goes on
# after it, and the part is the city's (FACTS.md 4: a total and its parts are all facts). Before, the items after the
# part lost their places, and one equal to another figure was dropped as its restatement.
ITEM_PARTS_IN_PLACE_LISTS = [
    (
        "Air defences intercepted or destroyed 31 Ukrainian fixed-wing drones, including 11 UAVs over the Oryol "
        "Region, six UAVs over the Moscow Region, including three drones flying toward Moscow, eight UAVs over the "
        "Tver Region, three UAVs over the Kaluga Region, and three over the Smolensk Region, the ministry said.",
        {
            ("intercepted", 31, None), ("intercepted", 11, "Oryol Region"), ("intercepted", 6, "Moscow Region"),
            ("intercepted", 3, "Moscow"), ("intercepted", 8, "Tver Region"), ("intercepted", 3, "Kaluga Region"),
            ("intercepted", 3, "Smolensk Region"),
        },
    ),
    (
        "Russia's air defences downed 17 Ukrainian drones, including nine UAVs over the Bryansk Region, four UAVs over "
        "the Moscow Region, including three drones heading for Moscow, and four UAVs over the Kursk Region.",
        {
            ("intercepted", 17, None), ("intercepted", 9, "Bryansk Region"), ("intercepted", 4, "Moscow Region"),
            ("intercepted", 3, "Moscow"), ("intercepted", 4, "Kursk Region"),
        },
    ),
    # a part headed for a city named right after the total is that city's part
    (
        "Air defences downed 35 Ukrainian drones over Russian regions, including four drones flying toward Moscow, "
        "the ministry said.",
        {("intercepted", 35, None), ("intercepted", 4, "Moscow")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_PARTS_IN_PLACE_LISTS)
def test_an_items_part_in_a_place_list_is_no_item_and_the_list_goes_on(text, expected):
    assert placed_facts_of(text) == expected


# A record or comparable attack told by a "when" clause is one attack, whatever month names it: "the previous biggest
# assault came in October 2022 when Russia launched 84 missiles", "in what was then its biggest attack on the capital,
# when air defence destroyed 20 drones". Before, the month made the figure a period's.
RECORD_ATTACK_WHEN = [
    (
        "According to the air force, the previous largest barrage was in October 2022 when Russia launched 84 "
        "missiles at Ukraine.",
        {("launched", 84, "missile", None, "RU", "event")},
    ),
    (
        "Kazan was last targeted in August in what was then Kyiv's biggest raid on the region, when Russian air "
        "defences destroyed 17 drones.",
        {("intercepted", 17, "drone", None, "UA", "event")},
    ),
    (
        "The last comparable assault happened in March 2023, when 81 missiles were launched at Ukraine.",
        {("launched", 81, "missile", None, "RU", "event")},
    ),
]

# controls: a month's total stays the month's, also beside a superlative without its "when"
RECORD_CONTROLS = [
    (
        "In June, Russia launched more than 5,000 drones at Ukraine, its biggest monthly total.",
        {("launched", 5000, "drone", None, "RU", "period")},
    ),
    (
        "Over the past week, Russia launched 1,200 drones, including during the largest attack of the month.",
        {("launched", 1200, "drone", None, "RU", "period")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECORD_ATTACK_WHEN + RECORD_CONTROLS)
def test_a_record_attack_told_by_when_is_one_attack(text, expected):
    assert facts_of(text) == expected


# "All" after its subject is the whole of the figure named before (FACTS.md 4: "all of them", "all the missiles" with no
# count): "the drones were all destroyed", "they had all been intercepted", "the general said all had been
# intercepted". Before, only "all were", "they were all" and "all the drones" were read. Its launched figure is the one
# already stated, and a place list of several regions names no one place.
ALL_AFTER_ITS_SUBJECT = [
    (
        "The air force said Russia launched three Kalibr missiles and nine Shahed drones overnight. \"The drones were "
        "all destroyed over the western Volyn region, the central Vinnytsia region and the Kyiv region,\" it said.",
        {
            ("launched", 3, "missile", "Kalibr", "RU", "event"), ("launched", 9, "drone", "Shahed-136/131", "RU", "event"),
            ("intercepted", 9, "drone", "Shahed-136/131", "RU", "event"),
        },
    ),
    (
        "Russia fired 16 cruise missiles at Ukraine overnight. The army chief said all had been intercepted.",
        {("launched", 16, "missile", None, "RU", "event"), ("intercepted", 16, "missile", None, "RU", "event")},
    ),
    (
        "Russia sent 23 drones against the south overnight. The air force said they had all been shot down.",
        {("launched", 23, "drone", None, "RU", "event"), ("intercepted", 23, "drone", None, "RU", "event")},
    ),
]

# controls: "all" of a launch or an aim is no downing
ALL_CONTROLS = [
    (
        "Russia sent 23 drones against the south overnight. The governor said all were aimed at the port.",
        {("launched", 23, "drone", None, "RU", "event")},
    ),
    (
        "Russia fired 16 cruise missiles overnight. The missiles were all launched from the Caspian Sea.",
        {("launched", 16, "missile", None, "RU", "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_AFTER_ITS_SUBJECT + ALL_CONTROLS)
def test_all_after_its_subject_is_the_figure_named_before(text, expected):
    assert facts_of(text) == expected


def test_all_after_its_subject_restates_the_launch_once():
    text = (
        "The air force said Russia launched three Kalibr missiles and nine Shahed drones overnight. \"The drones were "
        "all destroyed over the western Volyn region, the central Vinnytsia region and the Kyiv region,\" it said."
    )
    assert {(t, c, cls) for t, c, cls, _, _ in article_strikes(text)} == {
        ("launched", 3, "missile"), ("launched", 9, "drone"), ("intercepted", 9, "drone"),
    }
    assert {r["place"] for r in strikes_of(text).iter_rows(named=True)} == {None}


def dated_facts_of(text: str, published: str) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["scope"], str(r["event_date"]))
        for r in strikes_of(text, published).iter_rows(named=True)
    }


# Two days in a row, "from Sunday to Monday", "the night from Wednesday into Thursday", are an air attack's one night,
# dated by its morning (FACTS.md 5, "the night of September 27-28"); a span of weekdays is dated by its last day
# ("from Saturday to Monday" is the Monday). Before, "from Sunday to Monday" made the night's figures a period's,
# dated by the Sunday.
NIGHT_OF_TWO_DAYS = [
    (
        "Besides the 350 drones, 16 missiles of various types were fired at Ukraine from Thursday to Friday, the air "
        "force said.",
        "2025-06-13T09:00:00Z",
        {("launched", 350, "event", "2025-06-13"), ("launched", 16, "event", "2025-06-13")},
    ),
    (
        "Russia said its air defences destroyed 14 Ukrainian drones over the Kursk region from Tuesday into "
        "Wednesday.",
        "2025-06-11T09:00:00Z",
        {("intercepted", 14, "event", "2025-06-11")},
    ),
]

# control: three days stay a period, dated by the last
NIGHT_CONTROLS = [
    (
        "Russia launched 900 drones at Ukraine from Saturday to Monday, the air force said.",
        "2025-06-10T09:00:00Z",
        {("launched", 900, "period", "2025-06-09")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NIGHT_OF_TWO_DAYS + NIGHT_CONTROLS)
def test_two_days_in_a_row_are_one_night(text, published, expected):
    assert dated_facts_of(text, published) == expected


# ... and a record attack named by its month only is dated by that month's last day, as a period is (FACTS.md 5)
def test_a_record_attack_named_by_its_month_takes_the_months_last_day():
    text = "The air force said the previous largest barrage was in October 2022 when Russia launched 84 missiles."
    assert dated_facts_of(text, "2023-12-29T10:00:00Z") == {("launched", 84, "event", "2022-10-31")}
    # (an attack of this month is not dated after the story)
    text = "Kazan was last targeted in June in what was then Kyiv's biggest raid, when air defences downed 17 drones."
    assert dated_facts_of(text, "2025-06-14T08:00:00Z") == {("intercepted", 17, "event", "2025-06-14")}
