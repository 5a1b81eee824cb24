"""Phrasing families of real strike reporting (issue 11), one parametrized case per wording.

The sentences are written for these tests after reading wire, agency and ministry reports of
2022-2026; none is copied from a story. Each case gives the event-scope facts expected as
(fact_type, count, weapon_class, attacker), or with a fifth element, the model or place.
"""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.extract.sentences import split_sentences
from tests.conftest import one_article
from tests.batched_facts import article_facts


def strikes_of(text: str, published: str = "2025-06-14T08:00:00Z") -> pl.DataFrame:
    return article_facts(text, published, stage="strikes")


def tuples(facts: pl.DataFrame, scope: str = "event") -> set[tuple]:
    facts = facts.filter(pl.col("scope") == scope)
    return {(r["fact_type"], r["count"], r["weapon_class"], r["attacker"]) for r in facts.iter_rows(named=True)}


ENUMERATED = [
    # a header with the total and a colon, then one dash line per model; again for the destroyed block
    (
        "Overnight on 14 June the enemy used 63 means of air attack:\n"
        "– 45 Kh-101 and Kalibr cruise missiles (Caspian Sea area);\n"
        "– 18 Shahed-type strike UAVs (Kursk, Millerovo).\n"
        "Air defence shot down 52 of them:\n"
        "– 39 Kh-101 cruise missiles;\n"
        "– 13 Shahed drones.",
        {
            ("launched", 63, "aerial_target", "RU"), ("launched", 45, "missile", "RU"), ("launched", 18, "drone", "RU"),
            ("intercepted", 52, "aerial_target", "RU"), ("intercepted", 39, "missile", "RU"),
            ("intercepted", 13, "drone", "RU"),
        },
    ),
    # bullets instead of dashes, and the header verb in the passive
    (
        "In total, 27 air attack weapons were detected:\n• 3 Iskander-M ballistic missiles;\n• 24 attack drones.",
        {("launched", 27, "aerial_target", "RU"), ("launched", 3, "missile", "RU"), ("launched", 24, "drone", "RU")},
    ),
]

BACK_REFERENCES = [
    # "Of these" opening the next sentence belongs to the total, and a mixed total gives aerial_target
    (
        "The enemy attacked with 74 drones and missiles overnight. Of these, 60 were shot down, the air force said.",
        {("launched", 74, "aerial_target", "RU"), ("intercepted", 60, "aerial_target", "RU")},
    ),
    # a total listed as parts of two classes, then "of them": the whole, not the last part
    (
        "Russia launched 48 drones and four missiles at Ukraine overnight. Ukrainian forces downed 41 of them.",
        {
            ("launched", 48, "drone", "RU"), ("launched", 4, "missile", "RU"),
            ("intercepted", 41, "aerial_target", "RU"),
        },
    ),
    (
        "Russia sent 33 attack drones against Ukraine overnight. Of that number, 27 were destroyed.",
        {("launched", 33, "drone", "RU"), ("intercepted", 27, "drone", "RU")},
    ),
    # "the other two" that hit something are not intercepted
    (
        "Russia launched 56 drones overnight; 54 of them were downed and the other two hit a warehouse.",
        {("launched", 56, "drone", "RU"), ("intercepted", 54, "drone", "RU")},
    ),
    # a part of people is not a part of weapons
    (
        "Russia struck the city with 19 drones and missiles on Tuesday, killing nine people, four of them children.",
        {("launched", 19, "aerial_target", "RU")},
    ),
]

VERB_FIRST = [
    ("Detected were 92 strike UAVs of the Shahed type, the air force said.", {("launched", 92, "drone", "RU")}),
    (
        # (the target as the subject of "attacked by"; "was struck by" counts hits: test_strike_phrasings_r23.py)
        "Dnipro was attacked overnight by two missiles and more than 30 drones, the regional governor said.",
        {("launched", 2, "missile", "RU"), ("launched", 30, "drone", "RU")},
    ),
    ("The missiles included 22 Kh-101 cruise missiles and five Kinzhal missiles.",
     {("launched", 22, "missile", "RU"), ("launched", 5, "missile", "RU")}),
    (
        "As of 9:00, the destruction of 38 Shahed drones had been confirmed over the north and east.",
        {("intercepted", 38, "drone", "RU")},
    ),
    (
        "The air force had earlier reported 410 drones launched and 377 downed.",
        {("launched", 410, "drone", "RU"), ("intercepted", 377, "drone", "RU")},
    ),
]

VERB_FIRST += [
    # the weapons named before the figure, which only says "in total"
    (
        "The air force listed the aerial targets Russia had launched overnight, 212 in total, including 190 Shahed drones.",
        {("launched", 212, "aerial_target", "RU"), ("launched", 190, "drone", "RU")},
    ),
]

PARTITIVES = [
    # what did not happen is not an impact
    (
        "Air defence destroyed 2 missiles and 21 of the drones before they could hit anything.",
        {("intercepted", 2, "missile", "RU"), ("intercepted", 21, "drone", "RU")},
    ),
    (
        "Ukraine's air force said it downed 44 of the drones and three of the Kalibr missiles.",
        {("intercepted", 44, "drone", "RU"), ("intercepted", 3, "missile", "RU")},
    ),
]

SUBCLASS_SPLITS = [
    ("Russia fired three ballistic and 11 cruise missiles at Ukraine overnight.",
     {("launched", 3, "missile", "RU"), ("launched", 11, "missile", "RU")}),
    (
        "Overnight the enemy used two ballistic, four aeroballistic and 16 cruise missiles.",
        {("launched", 2, "missile", "RU"), ("launched", 4, "missile", "RU"), ("launched", 16, "missile", "RU")},
    ),
]

PLACE_LISTS = [
    (
        "Russia's defence ministry said 31 Ukrainian drones were intercepted overnight: 17 over the territory of the "
        "Kursk region, nine over the territory of the Belgorod region and five over the territory of the Tula region.",
        {
            ("intercepted", 31, "drone", "UA"), ("intercepted", 17, "drone", "UA"),
            ("intercepted", 9, "drone", "UA"), ("intercepted", 5, "drone", "UA"),
        },
    ),
]

COMPOUND_VERBS = [
    ("Air defences intercepted and destroyed 28 Ukrainian drones during the night, the Russian defence ministry said.",
     {("intercepted", 28, "drone", "UA")}),
    ("Ukraine's air force said it took down or intercepted 71 drones overnight.", {("intercepted", 71, "drone", "RU")}),
    ("Mobile fire groups shot down or suppressed 35 Shahed drones, the air force said.", {("intercepted", 35, "drone", "RU")}),
]

ATTACKER = [
    # a jet "of the Ukrainian Air Force" is what was downed; the Russian ministry is speaking
    (
        "Russian air defences shot down a Su-25 jet of the Ukrainian Air Force, four HIMARS rockets and 54 drones "
        "over the past day, the Russian Defence Ministry said.",
        {("intercepted", 4, "missile", "UA"), ("intercepted", 54, "drone", "UA")},
    ),
]

ENUMERATED += [
    # a dash instead of a colon between the total and its parts
    (
        "On the night of 3 May the enemy attacked with 318 air attack weapons - 296 drones and 22 missiles.",
        {("launched", 318, "aerial_target", "RU"), ("launched", 296, "drone", "RU"), ("launched", 22, "missile", "RU")},
    ),
]
ATTACKER += [
    # a Russian city's mayor reporting downings: the drones were Ukraine's
    ("Moscow's mayor said 14 drones flying towards the capital had been downed.", {("intercepted", 14, "drone", "UA")}),
]

FAMILIES = ENUMERATED + BACK_REFERENCES + VERB_FIRST + PARTITIVES + SUBCLASS_SPLITS + PLACE_LISTS + COMPOUND_VERBS + ATTACKER


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_phrasing_families(text, expected):
    assert tuples(strikes_of(text)) == expected


def test_enumerated_items_keep_their_models():
    text = (
        "The enemy attacked with 25 means of air attack:\n– 4 Iskander-M ballistic missiles (Kursk region);\n"
        "– 21 Shahed attack drones (Oryol)."
    )
    models = {(r["count"], r["weapon"]) for r in strikes_of(text).iter_rows(named=True)}
    assert models == {(25, None), (4, "Iskander-M"), (21, "Shahed-136/131")}


def test_the_model_named_after_the_noun():
    facts = strikes_of("Recorded were 64 attack UAVs of the Shahed type, the air force said.")
    assert facts["weapon"].to_list() == ["Shahed-136/131"]


def test_ministry_place_list_gives_one_fact_per_place():
    text = (
        "Russia's defence ministry said 12 Ukrainian drones were destroyed overnight: eight over the territory of the "
        "Smolensk region and four over the territory of the Bryansk region."
    )
    places = {(r["count"], r["place"]) for r in strikes_of(text).iter_rows(named=True)}
    assert places == {(12, None), (8, "Smolensk region"), (4, "Bryansk region")}


PERIODS = [
    # a month, the start of a week, a week's tally, a span of days: all period, never a night
    "In May alone Russia fired more than 250 missiles at Ukraine, nearly 60 of them ballistic, the president said.",
    "Since the start of the week Russia has launched more than 900 drones against Ukraine, Zelensky said.",
    "Over the week, Russia used about 1,100 attack drones, almost 1,000 guided bombs and 12 missiles, the president said.",
    "In that single week the Russian army used nearly 700 guided aerial bombs and more than 200 Shahed drones.",
    "Russia has said it intercepted 512 Ukrainian drones between May 6 and May 9.",
    "Officials say Russia fired nearly 800 drones and missiles at Ukraine from Friday to Sunday.",
    "Russia launched 230 drones over the closing days of 2024 and the first days of 2025, the air force said.",
    "Zelensky said Russia used 950 guided bombs and nearly 1,200 drones in one week.",
]


@pytest.mark.parametrize("text", PERIODS)
def test_period_figures_are_never_a_night(text):
    facts = strikes_of(text)
    assert not facts.is_empty()
    assert set(facts["scope"]) == {"period"}


NOT_STRIKES = [
    # a related-story link on a page is another story
    "Read more: Air force says 47 of 88 drones downed, 35 locationally lost",
    "Related: Russia fired 12 missiles at Lviv overnight",
    # a list of aid, a daily rate, impacts coordinated with impacts
    "Germany's package includes 200 guided missiles, 150 reconnaissance drones and 20 armoured vehicles.",
    "According to officials, Russia is launching about 120 attack drones at Ukraine every day.",
    "Hits by 14 missiles and 22 attack UAVs were recorded at 19 locations.",
]


@pytest.mark.parametrize("text", NOT_STRIKES)
def test_figures_that_are_not_strike_counts(text):
    assert tuples(strikes_of(text)) == set()


# (sentence, attribution level of its figures)
ATTRIBUTIONS = [
    ("Russia launched 62 drones overnight, Ukraine's air force said.", "national_official"),
    ("The General Staff said 17 cruise missiles were destroyed.", "national_official"),
    ("Russia's defence ministry said its air defences downed 38 Ukrainian drones.", "national_official"),
    ("Russia fired 55 missiles and 40 drones at the power grid overnight, Ukrainian officials said.", "national_official"),
    ("Russia struck the city with 12 drones overnight, the regional governor said.", "regional_official"),
    ("The Kyiv city military administration said about 20 drones were destroyed over the capital.", "regional_official"),
    ("The mayor said nine drones had been shot down over the city.", "regional_official"),
    ("President Zelensky said Russia had launched more than 400 drones overnight.", "political"),
    ("Zelensky said the air force shot down 47 of 52 drones.", "political"),
    ("Ukraine's foreign minister said Russia fired 30 missiles at civilian targets overnight.", "political"),
    ("Monitoring channels estimated that Russia launched about 150 Shahed drones overnight.", "monitoring"),
    ("Russia launched 90 drones in the first hours of the night, according to a Reuters tally.", "media"),
    ("Russia launched 25 drones overnight.", None),
]


@pytest.mark.parametrize(("text", "level"), ATTRIBUTIONS)
def test_attribution_levels(text, level):
    facts = strikes_of(text)
    assert not facts.is_empty()
    assert set(facts["attribution"].to_list()) == {level}


def test_an_actor_lists_both_side_and_level():
    # one list serves the attacker and the attribution: a Russian regional head reporting downings
    facts = strikes_of("Moscow mayor Sergei Sobyanin said air defences shot down 11 drones flying towards the city.")
    assert tuples(facts) == {("intercepted", 11, "drone", "UA")}
    assert facts["attribution"].to_list() == ["regional_official"]


# (sentence, expected event facts): what happened to the weapons that were not downed
FATES = [
    # vanished figures are lost, never intercepted
    ("Another 23 Russian drones disappeared over Ukrainian territory, the air force said.", {("lost", 23, "drone", "RU")}),
    ("The air force said the location of 18 other drones had been lost.", {("lost", 18, "drone", "RU")}),
    (
        "Russia launched 95 drones overnight. Ukrainian forces downed 70 of them, and 22 disappeared from radar.",
        {("launched", 95, "drone", "RU"), ("intercepted", 70, "drone", "RU"), ("lost", 22, "drone", "RU")},
    ),
    (
        "Russian forces attacked with 80 attack drones, 57 of which were downed and 14 lost, the air force said.",
        {("launched", 80, "drone", "RU"), ("intercepted", 57, "drone", "RU"), ("lost", 14, "drone", "RU")},
    ),
    # drones that flew away are neither
    (
        "Ukraine's air force said it destroyed 41 drones, while nine drones left Ukrainian airspace towards Belarus.",
        {("intercepted", 41, "drone", "RU")},
    ),
    ("Air defence downed 33 drones; two more had flown back to Russia.", {("intercepted", 33, "drone", "RU")}),
    # "all but K of the missiles": the total is the last missile figure, not the last figure
    (
        "Russia fired 14 missiles and 120 drones, and the air force said it destroyed all but two of the missiles "
        "and 97 of the drones.",
        {
            ("launched", 14, "missile", "RU"), ("launched", 120, "drone", "RU"),
            ("intercepted", 12, "missile", "RU"), ("intercepted", 97, "drone", "RU"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), FATES)
def test_the_fate_of_weapons_not_downed(text, expected):
    assert tuples(strikes_of(text)) == expected


def test_a_line_break_ends_a_sentence_but_list_items_stay_with_their_header():
    text = (
        "Night attack\nThe enemy used 20 means of air attack:\n– 6 Kalibr missiles;\n• 14 drones.\n"
        "Read more: other news"
    )
    sentences = split_sentences(one_article(text))
    assert sentences["sentence"].to_list() == [
        "Night attack",
        "The enemy used 20 means of air attack:\n– 6 Kalibr missiles;\n• 14 drones.",
        "Read more: other news",
    ]
    for row in sentences.iter_rows(named=True):
        assert text[row["sentence_start"]:row["sentence_end"]] == row["sentence"]


# (sentence, {count: model})
MODELS = [
    ("Russia fired three KN-23 ballistic missiles and five Iskander-M/KN-23 missiles overnight.", {3: "KN-23", 5: "Iskander-M"}),
    ("The enemy also used six Kh-22 and Kh-32 missiles and two Kh-59/69 guided missiles.", {6: "Kh-22", 2: "Kh-59"}),
    # a model with "other" drones is a mixed figure
    ("The attack involved 83 Shahed and other drones, the air force said.", {83: None}),
]


@pytest.mark.parametrize(("text", "models"), MODELS)
def test_models_named_together(text, models):
    assert {r["count"]: r["weapon"] for r in strikes_of(text).iter_rows(named=True)} == models


def test_the_last_date_of_a_night_range_is_its_morning():
    facts = strikes_of(
        "Russia attacked Ukraine on the night of 25-26 November with a record 188 attack drones, the air force said.",
        published="2024-11-26T09:00:00Z",
    )
    assert [(r["count"], r["event_date"].isoformat()) for r in facts.iter_rows(named=True)] == [(188, "2024-11-26")]


# when an overnight attack began is not its day: it is dated by the morning it ended
STARTS = [
    "Air defences shot down 52 of the 70 drones Russia launched at Ukraine from the evening of June 13, the air force said.",
    "Since 6 p.m. on June 13, Russian forces had attacked with 75 Shahed drones.",
    "Russian air defences destroyed 48 Ukrainian drones from Friday evening through the night, the ministry said.",
]


@pytest.mark.parametrize("text", STARTS)
def test_the_start_of_a_night_attack_is_not_its_day(text):
    facts = strikes_of(text, published="2025-06-14T08:00:00Z")
    assert not facts.is_empty()
    assert {r["event_date"].isoformat() for r in facts.iter_rows(named=True)} == {"2025-06-14"}


def test_late_on_a_day_is_still_that_day():
    facts = strikes_of("Late on June 13, Russia fired 3 missiles at Odesa.", published="2025-06-14T08:00:00Z")
    assert facts["event_date"].to_list()[0].isoformat() == "2025-06-13"


def test_western_bombs_downed_by_russia_are_ukraines_and_not_kabs():
    facts = strikes_of(
        "Over the past day, Russian air defence systems shot down four JDAM guided aerial bombs, two Hammer guided "
        "bombs and 96 fixed-wing drones, the Russian Defence Ministry said."
    )
    assert {(r["count"], r["weapon_class"], r["weapon"], r["attacker"]) for r in facts.iter_rows(named=True)} == {
        (4, "guided_bomb", "JDAM", "UA"), (2, "guided_bomb", "Hammer", "UA"), (96, "drone", None, "UA"),
    }
