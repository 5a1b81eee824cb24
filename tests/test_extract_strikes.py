"""Strike extraction (launched / intercepted / lost): FACTS.md patterns, negatives, and the dev corpus."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipelines.contract import ARTICLE_SCHEMA
from pipelines.extract.facts import extract_facts
from tests.batched_facts import article_facts


def strikes_of(text: str, published: str = "2024-03-14T08:00:00Z") -> pl.DataFrame:
    return article_facts(text, published, stage="strikes")


def tuples(facts: pl.DataFrame, scope: str | None = "event") -> set[tuple]:
    if scope is not None:
        facts = facts.filter(pl.col("scope") == scope)
    return {(r["fact_type"], r["count"], r["weapon_class"], r["attacker"]) for r in facts.iter_rows(named=True)}


# (sentence, expected event-scope facts as (fact_type, count, weapon_class, attacker))
PATTERNS = [
    # "N out of the M" and "N of M": two facts
    (
        "Ukraine's air force said it had shot down 23 out of the 28 Russian drones launched overnight.",
        {("intercepted", 23, "drone", "RU"), ("launched", 28, "drone", "RU")},
    ),
    (
        "Air defence units downed 28 of 33 attack drones and all three Kh-101 cruise missiles, the military said.",
        {("intercepted", 28, "drone", "RU"), ("launched", 33, "drone", "RU"),
         ("launched", 3, "missile", "RU"), ("intercepted", 3, "missile", "RU")},
    ),
    # "all N were destroyed": launched and intercepted
    ("All 40 drones were destroyed by mobile fire groups, the air force said.", {("launched", 40, "drone", "RU"), ("intercepted", 40, "drone", "RU")}),
    # "all but one of 59"
    ("Air defences intercepted all but one of 59 Shahed drones.", {("launched", 59, "drone", "RU"), ("intercepted", 58, "drone", "RU")}),
    # "all but K of which" after a launch figure
    ("Russia fired 37 missiles, all but five of which were intercepted.", {("launched", 37, "missile", "RU"), ("intercepted", 32, "missile", "RU")}),
    # a total and its parts
    (
        "In total, Russia launched 52 air targets: 44 drones and eight missiles.",
        {("launched", 52, "aerial_target", "RU"), ("launched", 44, "drone", "RU"), ("launched", 8, "missile", "RU")},
    ),
    ("Russia attacked with 63 missiles and drones, and 37 of them were destroyed.", {("launched", 63, "aerial_target", "RU"), ("intercepted", 37, "aerial_target", "RU")}),
    # number words and "a dozen"
    ("Russia also fired a dozen Kalibr cruise missiles from the Black Sea.", {("launched", 12, "missile", "RU")}),
    ("Overnight the enemy sent seventeen Shahed drones; fifteen of them were shot down.", {("launched", 17, "drone", "RU"), ("intercepted", 15, "drone", "RU")}),
    # wording variants for intercepted
    ("Ukrainian forces shot down or suppressed 52 of 60 drones.", {("intercepted", 52, "drone", "RU"), ("launched", 60, "drone", "RU")}),
    ("Another 11 drones were suppressed with electronic warfare, the command said.", {("intercepted", 11, "drone", "RU")}),
    ("Air defence neutralised 19 Geran-2 drones over the south.", {("intercepted", 19, "drone", "RU")}),
    # lost is never intercepted
    (
        "Of the 40 drones launched, 36 were destroyed and four were locationally lost.",
        {("launched", 40, "drone", "RU"), ("intercepted", 36, "drone", "RU"), ("lost", 4, "drone", "RU")},
    ),
    ("The air force said 15 decoy drones were lost from radar and did not cause damage.", {("lost", 15, "drone", "RU")}),
    # Russian or Belarusian claims: attacker UA
    ("Russia's Defence Ministry said air defences destroyed 41 Ukrainian drones over the Belgorod and Kursk regions.", {("intercepted", 41, "drone", "UA")}),
    ("Belarus said its air defences had neutralised two missiles fired from Ukraine.", {("intercepted", 2, "missile", "UA")}),
    ("Ukraine launched 30 drones at the Moscow region overnight, and 26 were shot down, the mayor said.",
     {("launched", 30, "drone", "UA"), ("intercepted", 26, "drone", "UA")}),
    ("Russian air defences intercepted four Storm Shadow missiles over Crimea, the ministry said.", {("intercepted", 4, "missile", "UA")}),
    # guided bombs
    ("Russian aircraft dropped 11 guided aerial bombs on the town on Tuesday.", {("launched", 11, "guided_bomb", "RU")}),
    # qualifiers do not change the count
    ("Russia launched more than 100 drones overnight.", {("launched", 100, "drone", "RU")}),
    ("Ukraine's air defences destroyed about 30 of the roughly 40 Shaheds.", {("intercepted", 30, "drone", "RU"), ("launched", 40, "drone", "RU")}),
    # hyphenated figures
    ("It was the largest attack since the 81-missile strike of March 9 last year.", {("launched", 81, "missile", "RU")}),
    # air-force bulletin style: totals detected, then a breakdown after a colon
    (
        "In total, 65 aerial attack means were detected and tracked: 38 drones and 27 missiles of various types.",
        {("launched", 65, "aerial_target", "RU"), ("launched", 38, "drone", "RU"), ("launched", 27, "missile", "RU")},
    ),
    (
        "As a result of combat work, 52 air targets were shot down: 31 drones and 21 cruise missiles.",
        {("intercepted", 52, "aerial_target", "RU"), ("intercepted", 31, "drone", "RU"), ("intercepted", 21, "missile", "RU")},
    ),
    # a verb after the noun belongs to the noun: "... that Russia launched"
    (
        "The military said it downed 17 of the 20 Shahed drones and two of the three Kh-59 missiles that Russia launched on Friday.",
        {("intercepted", 17, "drone", "RU"), ("launched", 20, "drone", "RU"), ("intercepted", 2, "missile", "RU"), ("launched", 3, "missile", "RU")},
    ),
    ("Russia fired two Kinzhal missiles at an airfield, the air force said, adding that both were shot down.",
     {("launched", 2, "missile", "RU"), ("intercepted", 2, "missile", "RU")}),
    ("Ukrainian forces launched 7 Neptune missiles at the bridge, the Russian military said, adding that all of them were shot down.",
     {("launched", 7, "missile", "UA"), ("intercepted", 7, "missile", "UA")}),
    ("Overnight, air defence repelled an attack by 70 drones and 6 missiles, destroying 64 drones and 4 missiles.",
     {("launched", 70, "drone", "RU"), ("launched", 6, "missile", "RU"), ("intercepted", 64, "drone", "RU"), ("intercepted", 4, "missile", "RU")}),
    ("Air defences shot down 15 drones, 10 of which were over the Kyiv region.", {("intercepted", 15, "drone", "RU"), ("intercepted", 10, "drone", "RU")}),
    ("Russian air defences shot down 3 ATACMS missiles and 12 drones over Crimea, the ministry said.",
     {("intercepted", 3, "missile", "UA"), ("intercepted", 12, "drone", "UA")}),
    ("Duty air defence forces also shot down two Vilkha rockets, the ministry added.", {("intercepted", 2, "missile", "UA")}),
    ("Ukraine's Air Force reported that out of the 55 drones launched, 40 were shot down and 12 were lost to active electronic countermeasures.",
     {("launched", 55, "drone", "RU"), ("intercepted", 40, "drone", "RU"), ("lost", 12, "drone", "RU")}),
    ("Of the 40 drones, 30 were shot down, the air force said.", {("launched", 40, "drone", "RU"), ("intercepted", 30, "drone", "RU")}),
    ("The attack involved 40 drones, of which 30 were shot down, and 5 missiles, of which 2 were intercepted.",
     {("launched", 40, "drone", "RU"), ("intercepted", 30, "drone", "RU"), ("launched", 5, "missile", "RU"), ("intercepted", 2, "missile", "RU")}),
    ("Ukraine's air force said it shot down 35 of 40 drones launched overnight and five missiles.",
     {("intercepted", 35, "drone", "RU"), ("launched", 40, "drone", "RU"), ("intercepted", 5, "missile", "RU")}),
    ("Russia's Defence Ministry said it destroyed 12 Ukrainian drones over the Belgorod region and two Vilkha rockets over the Kursk region.",
     {("intercepted", 12, "drone", "UA"), ("intercepted", 2, "missile", "UA")}),
]


# Generalisation: how the outlets break totals down, list places and models (wordings of our own)
GENERALISED_PATTERNS = [
    # a breakdown after a total: "among them", "of which N were", "namely"
    (
        "The enemy used 95 means of aerial attack overnight, among them 15 missiles and 80 strike drones, the air force said.",
        {("launched", 95, "aerial_target", "RU"), ("launched", 15, "missile", "RU"), ("launched", 80, "drone", "RU")},
    ),
    (
        "Russia struck the grid with 210 air attack weapons, of which 190 were Shahed-type drones and 20 were cruise missiles.",
        {("launched", 210, "aerial_target", "RU"), ("launched", 190, "drone", "RU"), ("launched", 20, "missile", "RU")},
    ),
    (
        "The air force said Russia launched 60 air targets: four missiles, namely three Kalibr cruise missiles and one "
        "Kh-59 guided missile, and 56 attack drones.",
        {("launched", 60, "aerial_target", "RU"), ("launched", 4, "missile", "RU"), ("launched", 3, "missile", "RU"),
         ("launched", 1, "missile", "RU"), ("launched", 56, "drone", "RU")},
    ),
    # a determiner between "and" and the next figure; a long noun phrase after it
    ("The enemy attacked with two Kalibr missiles and a record 250 attack UAVs of the Geran type.",
     {("launched", 2, "missile", "RU"), ("launched", 250, "drone", "RU")}),
    # the interception verb far before a coordinated "all N"
    ("Air defence intercepted 40 of the 52 missiles, along with all 18 Shahed drones launched from Kursk.",
     {("intercepted", 40, "missile", "RU"), ("launched", 52, "missile", "RU"), ("intercepted", 18, "drone", "RU"),
      ("launched", 18, "drone", "RU")}),
    # a part named by the copula: launched sub-count of a model
    ("Six of the missiles were Kinzhal hypersonic missiles, the air force said.", {("launched", 6, "missile", "RU")}),
    ("Most missiles were intercepted; the three that reached the city were Iskander-M missiles.", {("launched", 3, "missile", "RU")}),
    # model names as nouns, in a list before the verb
    ("Of the ballistic missiles, 7 Iskander-M and two Kinzhals were shot down, along with three of the cruise missiles.",
     {("intercepted", 7, "missile", "RU"), ("intercepted", 2, "missile", "RU"), ("intercepted", 3, "missile", "RU")}),
    # a second place with its verb elided, and "each ... were destroyed over"
    ("Russia's Defence Ministry said 30 drones were downed over the Bryansk region and 14 over the Kursk region.",
     {("intercepted", 30, "drone", "UA"), ("intercepted", 14, "drone", "UA")}),
    # "both" before a weapon noun is "all 2"; not where it pairs two things
    ("The air force shot down 12 drones and both cruise missiles.",
     {("intercepted", 12, "drone", "RU"), ("intercepted", 2, "missile", "RU"), ("launched", 2, "missile", "RU")}),
    ("Russia used both drones and missiles in the attack on 4 districts.", set()),
    # a colon breakdown after a total of "air attack assets"
    ("In total, 78 air attack assets were neutralised: 70 Shahed UAVs and 8 Kh-101 cruise missiles.",
     {("intercepted", 78, "aerial_target", "RU"), ("intercepted", 70, "drone", "RU"), ("intercepted", 8, "missile", "RU")}),
]


@pytest.mark.parametrize(("text", "expected"), GENERALISED_PATTERNS)
def test_generalised_patterns(text, expected):
    assert tuples(strikes_of(text)) == expected


GENERALISED_NEGATIVES = [
    # what hit the ground is not a launch count
    "Impacts of 14 attack drones were recorded in six locations, and debris fell in three more, the air force said.",
    "Debris from 4 downed drones damaged two houses in the suburbs.",
    # "over" a place after a figure that is not coordinated with a weapon figure
    "Sirens sounded for 3 hours over the Kyiv region.",
    # a copula that does not name a weapon
    "Of the 12 people hurt, four were children.",
    # a model name counting launchers or units, not missiles
    "Ukrainian forces destroyed 2 Iskander complexes and 3 Kalibr carriers, the General Staff said.",
    "Air raid alerts lasted 3 hours over the Kyiv region and 2 over Kharkiv.",
    # a copula part of something that is not a launch, or not naming a weapon
    "The convoy of 12 trucks, of which 3 were carrying drones, arrived.",
    "Ukraine received 40 Patriot missiles, of which 10 were PAC-3 missiles.",
]


def test_a_copula_part_shares_the_type_of_its_total():
    facts = strikes_of("Air defence shot down 40 missiles overnight; ten of them were Kinzhals.")
    rows = {(r["fact_type"], r["count"], r["weapon"]) for r in facts.iter_rows(named=True)}
    assert rows == {("intercepted", 40, None), ("intercepted", 10, "Kinzhal")}


def test_a_list_of_places_gives_regional_subsets():
    facts = strikes_of(
        "Russian air defence systems destroyed 25 Ukrainian UAVs overnight: 12 over the Bryansk region, "
        "8 over the Kursk region and 5 over the Belgorod region."
    )
    places = {r["count"]: r["place"] for r in facts.iter_rows(named=True)}
    assert places == {25: None, 12: "Bryansk region", 8: "Kursk region", 5: "Belgorod region"}
    assert set(facts["fact_type"]) == {"intercepted"}
    assert set(facts["attacker"]) == {"UA"}


@pytest.mark.parametrize("text", GENERALISED_NEGATIVES)
def test_generalised_negatives(text):
    assert tuples(strikes_of(text)) == set()


def test_each_with_a_verb_and_capitalised_regions():
    facts = strikes_of(
        "Russia's Defence Ministry said 12 drones were destroyed over Crimea, while five each were shot down over the Tula and Kaluga Regions."
    )
    five = facts.filter(pl.col("count") == 5)
    assert sorted(five["place"].to_list()) == ["Kaluga region", "Tula region"]
    assert set(five["fact_type"]) == {"intercepted"}


def test_shaheds_with_decoys_have_no_single_model():
    facts = strikes_of(
        "Russia launched 120 Shahed attack drones and decoy drones, two Iskander-K cruise missiles and three Iskander-M "
        "ballistic missiles. Air defence shot down 90 of the drones, both cruise missiles and one of the ballistic missiles."
    )
    weapons = {(r["fact_type"], r["count"]): r["weapon"] for r in facts.iter_rows(named=True)}
    assert weapons[("launched", 120)] is None
    assert weapons[("intercepted", 90)] is None
    assert weapons[("launched", 2)] == "Iskander-K"
    assert weapons[("launched", 3)] == "Iskander-M"
    # "one of the ballistic missiles" is the ballistic model named before, not the last missile model
    assert weapons[("intercepted", 1)] == "Iskander-M"


def test_the_anti_radar_kh31p_keeps_its_letter():
    facts = strikes_of("Russia also launched four Kh-31P anti-radar missiles and two Kh-31 missiles at Odesa.")
    weapons = {r["count"]: r["weapon"] for r in facts.iter_rows(named=True)}
    assert weapons == {4: "Kh-31P", 2: "Kh-31"}


def test_a_reference_larger_than_the_last_model_is_not_that_model():
    facts = strikes_of(
        "Russia launched 30 Kh-101 and Kalibr cruise missiles and one Kh-22 cruise missile. "
        "Air defence destroyed 26 of the cruise missiles and the Kh-22 missile."
    )
    weapons = {(r["fact_type"], r["count"]): r["weapon"] for r in facts.iter_rows(named=True)}
    assert weapons[("intercepted", 26)] is None
    assert weapons[("launched", 1)] == "Kh-22"


def test_kinzhal_and_iskander_forms_are_normalised():
    facts = strikes_of(
        "Russia fired four hypersonic Kinzhals, two Kh-47M2 Kinzhal missiles, five Iskander-K missiles and 3 Shahed-type drones."
    )
    weapons = {r["count"]: r["weapon"] for r in facts.iter_rows(named=True)}
    assert weapons == {4: "Kinzhal", 2: "Kinzhal", 5: "Iskander-K", 3: "Shahed-136/131"}


def test_night_with_a_start_time_aside_is_dated_by_the_morning():
    facts = strikes_of(
        "On the night of May 4 (from 18:00 on May 3), Russia attacked with 70 drones, the air force said.",
        published="2025-05-04T06:00:00Z",
    )
    assert facts["event_date"].to_list() == [dt.date(2025, 5, 4)]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_patterns(text, expected):
    assert tuples(strikes_of(text)) == expected


NEGATIVES = [
    "Russia produces about 100 Shahed drones a month at its plant in Alabuga.",
    "The Storm Shadow missile has a range of more than 250 kilometers.",
    "Russia still has a stockpile of 900 Kh-101 missiles, intelligence estimates.",
    "A Russian blogger claimed Moscow will launch 500 drones next week.",
    "Israel said it intercepted 99% of the 300 drones and missiles fired by Iran.",
    "The Houthis fired 14 drones at a commercial ship in the Red Sea, the Pentagon said.",
    "Russia launched dozens of drones and several missiles overnight.",
    "The new aid package includes 200 reconnaissance drones and 1,000 anti-air missiles.",
    "The United States will send 12 more air defence missiles to Ukraine.",
    "Two to four guided bombs hit each village, the spokeswoman said.",
    "It was the 14th missile attack on the capital this month.",
    "Six MiG-31K jets and 14 Tu-95MS bombers took off from airfields in Russia.",
    "Russia fired an Iskander missile at Kharkiv on Monday.",
    "About 40 percent of the drones were Gerbera decoys.",
    "In 2023 the air force recorded attacks on 300 days.",
    "Ukraine needs at least 25 Patriot systems to protect its cities, Zelenskiy said.",
    "The air force said it needed 10 more launchers to intercept 30 missiles a night.",
    "Russia could fire 100 missiles in a single attack, analysts warn.",
    "Russia's Defence Ministry said it had destroyed 20 Ukrainian drone control points.",
    "Russian forces carried out 12 drone attacks and 5 missile strikes on the region.",
    "Russia launched its 1,000th drone at Kharkiv.",
    "Each Shahed drone costs about $50,000 to build.",
    "Russia is producing up to 2,000 Shahed drones per month, according to Ukrainian intelligence.",
    "Russia has been firing between 40 and 60 drones a night, officials say.",
    "Grad rockets hit the town 30 times; Russia fired 40 rockets in all.",
    "Russia launched one of its biggest drone attacks on Kyiv.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_give_no_event_fact(text):
    assert tuples(strikes_of(text)) == set()


def test_weapons_that_hit_are_not_counted_as_intercepted():
    facts = strikes_of("Air defence destroyed 35 drones, while 5 drones hit energy facilities in the west.")
    assert tuples(facts) == {("intercepted", 35, "drone", "RU")}


def test_cumulative_and_period_scopes():
    facts = strikes_of(
        "Russia has launched more than 8,000 missiles since the start of the full-scale invasion. "
        "In September alone, Russia launched 500 Shahed drones at Ukraine."
    )
    scopes = {(r["count"], r["scope"]) for r in facts.iter_rows(named=True)}
    assert (8000, "cumulative") in scopes
    assert (500, "period") in scopes


def test_superlative_since_is_still_an_event():
    facts = strikes_of("Russia launched 75 drones in the largest attack since the start of the war.")
    assert tuples(facts) == {("launched", 75, "drone", "RU")}


def test_each_over_several_regions_gives_one_fact_per_place():
    facts = strikes_of(
        "Russia's Defence Ministry said 27 Ukrainian drones were destroyed, nine each over the Volgograd, Rostov and Oryol regions."
    )
    nine = facts.filter(pl.col("count") == 9)
    assert sorted(nine["place"].to_list()) == ["Oryol region", "Rostov region", "Volgograd region"]
    assert set(nine["attacker"]) == {"UA"}
    assert ("intercepted", 27, "drone", "UA") in tuples(facts)


def test_weapon_models_are_normalised():
    facts = strikes_of(
        "Russia fired six Kh-47M2 Kinzhal missiles, nine Kalibr cruise missiles and 30 Shahed-136 drones. "
        "It also launched 90 Kh-101, Kh-555, and Kh-55 cruise missiles and 3 S-400 and Iskander-M missiles."
    )
    weapons = {r["count"]: r["weapon"] for r in facts.iter_rows(named=True)}
    assert weapons == {6: "Kinzhal", 9: "Kalibr", 30: "Shahed-136/131", 90: "Kh-101/Kh-555", 3: None}


def test_evidence_is_the_sentence_with_offsets_and_attribution():
    text = "Heavy night in Kyiv.\n\nThe air force said Russia launched 44 drones overnight, and 34 were destroyed."
    facts = strikes_of(text)
    for row in facts.iter_rows(named=True):
        assert text[row["evidence_start"]:row["evidence_end"]] == row["evidence"]
        assert row["evidence"].startswith("The air force said")
        assert row["attribution"] == "national_official"
        assert row["qualifier"] == "exact"
    assert tuples(facts) == {("launched", 44, "drone", "RU"), ("intercepted", 34, "drone", "RU")}


def test_dates_follow_the_figure():
    # published on a Thursday (Kyiv): Tuesday is the 12th
    facts = strikes_of(
        "Russia fired 20 missiles on Tuesday, of which 12 were shot down, while the previous record was 96 missiles on November 15 last year.",
        published="2024-03-14T08:00:00Z",
    )
    dates = {r["count"]: r["event_date"] for r in facts.iter_rows(named=True)}
    assert dates == {20: dt.date(2024, 3, 12), 12: dt.date(2024, 3, 12), 96: dt.date(2023, 11, 15)}


def test_where_missiles_were_fired_from_is_not_a_regional_subset():
    facts = strikes_of(
        "Russia also launched three Kh-59 missiles from airspace over the Sea of Azov"
        " and 20 drones over the Odesa region."
    )
    places = {r["count"]: r["place"] for r in facts.iter_rows(named=True)}
    assert places == {3: None, 20: "Odesa region"}


def test_overnight_counts_from_the_day_the_statement_was_made():
    # filed at 01:30 Kyiv time on Wednesday: "overnight" is the night the ministry spoke of on Tuesday
    facts = strikes_of(
        "The Russian defence ministry said on Tuesday its air defences had destroyed 57 Ukrainian drones overnight.",
        published="2024-07-16T22:30:00Z",
    )
    assert facts["event_date"].to_list() == [dt.date(2024, 7, 16)]


def test_figures_without_a_day_take_the_attack_day_of_the_lede():
    facts = strikes_of(
        "Repair crews in Kharkiv were still clearing debris on June 12 after the barrage that began early on June 11."
        "\n\nThe air force said Russia had launched 40 missiles, of which 31 were shot down.",
        published="2024-06-12T09:00:00Z",
    )
    assert {(r["count"], r["event_date"]) for r in facts.iter_rows(named=True)} == {
        (40, dt.date(2024, 6, 11)), (31, dt.date(2024, 6, 11))
    }


def test_a_follow_up_report_dates_its_undated_figures_by_the_attack_of_its_lede():
    # published on Wednesday about Tuesday's attack: the second sentence names no day
    facts = strikes_of(
        "Russia fired 23 missiles at Kyiv on Tuesday, the third heavy attack on the capital this month."
        "\n\nAir defence destroyed 19 missiles, the air force said.",
        published="2024-06-19T06:00:00Z",
    )
    assert {(r["count"], r["event_date"]) for r in facts.iter_rows(named=True)} == {
        (23, dt.date(2024, 6, 18)), (19, dt.date(2024, 6, 18))
    }


def test_qualifiers():
    facts = strikes_of("Russia fired up to 30 missiles, nearly 20 drones and at least 5 guided bombs.")
    assert {r["count"]: r["qualifier"] for r in facts.iter_rows(named=True)} == {30: "at_most", 20: "approx", 5: "at_least"}


def test_article_about_another_conflict_gives_nothing():
    text = (
        "A U.S. destroyer in the Red Sea shot down 14 drones launched from Yemen, the military said. "
        "\n\nOfficials said 3 more drones were destroyed later."
    )
    assert strikes_of(text).is_empty()


def _devset_frame(articles: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [a["id"] for a in articles],
            "source": [a["source"] for a in articles],
            "published_at": [dt.datetime.fromisoformat(a["published"].replace("Z", "+00:00")) for a in articles],
            "title": [a["title"] for a in articles],
            "text": [a["text"] for a in articles],
        },
        schema=ARTICLE_SCHEMA,
    )


def test_devset_strike_precision_recall(devset_articles):
    from pipelines.extract.score import score

    facts = extract_facts(_devset_frame(devset_articles))
    predicted = [
        {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()} for row in facts.iter_rows(named=True)
    ]
    result = score(predicted, devset_articles)
    for fact_type in ("launched", "intercepted"):
        assert result["types"][fact_type]["precision"] >= 0.97, result["types"][fact_type]
        assert result["types"][fact_type]["recall"] >= 0.93, result["types"][fact_type]
    assert result["event_date_accuracy"] >= 0.95
    # distractor articles (other conflicts, other money) give no strike fact
    distractors = {a["id"] for a in devset_articles if not a["facts"]}
    strikes = facts.filter(pl.col("fact_type").is_in(["launched", "intercepted", "lost"]))
    assert strikes.filter(pl.col("article_id").is_in(list(distractors))).is_empty()
