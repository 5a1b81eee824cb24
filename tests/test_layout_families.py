"""Layout families of real reporting: what the extractor does with the formats other than a plain wire story.

Found by reading live blogs with timestamped entries (Guardian, BBC, VOA, Kyiv Independent, Forbes Ukraine),
"key events on day N" round-ups (Al Jazeera and the outlets that syndicate it), "what we know" summaries (AP,
AFP, NPR), weekly round-ups (Ukraine Crisis Media Center), agency digests (Ukrinform, Babel), ministry
releases with dash lists, and newsletters with one section per region (Just Security's Early Edition,
world-news digests), as trafilatura gives their text: paragraphs split by blank lines, bullets as lines that
start with "-", "•", "*" or a number. Every sentence below was written for these tests; none is copied from
a story. Each case gives every fact expected, as (fact_type, count, weapon_class, attacker, scope, event_date).
"""

from __future__ import annotations

import pytest

from pipelines.extract.sentences import split_sentences
from tests.batched_facts import article_facts
from tests.conftest import one_article

PUBLISHED = "2025-03-14T09:00:00Z"  # a Friday


def facts_of(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["attacker"], r["scope"], r["event_date"].isoformat())
        for r in article_facts(text, published).iter_rows(named=True)
    }


def rule_ids(text: str, published: str = PUBLISHED) -> list[str | None]:
    return article_facts(text, published).get_column("rule_id").to_list()


# ---------------------------------------------------------------------------
# 1. Round-up bullets are sentences of their own: a "key events" list or a newsletter's items each have their
#    own figures and their own war. Joined into one sentence, a Gaza item made every item off-topic.
# ---------------------------------------------------------------------------

ROUNDUP_BULLETS = [
    (
        "Here are the key events on day 1,115 of the war.\n\n"
        "Fighting\n"
        "• Russia launched 90 drones and four missiles at Ukraine overnight, the air force said.\n"
        "• Air defence shot down 64 of the drones.\n"
        "• In Gaza, health officials said 27 people were killed in Israeli strikes.\n"
        "• Russian shelling killed three civilians in Kherson, the governor said.",
        {
            ("launched", 90, "drone", "RU", "event", "2025-03-14"),
            ("launched", 4, "missile", "RU", "event", "2025-03-14"),
            ("intercepted", 64, "drone", "RU", "event", "2025-03-14"),
            ("killed", 3, None, "RU", "event", "2025-03-14"),
        },
    ),
    (
        "Key events:\n"
        "- Israeli strikes in Rafah killed 12 people, medics said.\n"
        "- Ukraine's air force said it downed 41 of 55 Russian drones overnight.\n"
        "- Two people were injured in Odesa.",
        {
            ("intercepted", 41, "drone", "RU", "event", "2025-03-14"),
            ("launched", 55, "drone", "RU", "event", "2025-03-14"),
            ("injured", 2, None, None, "event", "2025-03-14"),
        },
    ),
    (
        "* Russia launched 37 drones overnight, 30 were shot down, the air force said.\n"
        "* Israeli troops killed 5 Palestinians in Jenin.\n"
        "* Two civilians were killed by Russian shelling of Nikopol.",
        {
            ("launched", 37, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 30, "drone", "RU", "event", "2025-03-14"),
            ("killed", 2, None, "RU", "event", "2025-03-14"),
        },
    ),
    # headline-style items, no closing stop
    (
        "• Russia launches 90 drones at Ukraine\n• Israel strikes Gaza, killing 27\n• Two killed in Kherson shelling",
        {("launched", 90, "drone", "RU", "event", "2025-03-14"), ("killed", 2, None, None, "event", "2025-03-14")},
    ),
    # a list that opens on another war's item has no lead about another war
    (
        "- Israeli strikes in Rafah killed 12 people, medics said.\n"
        "- Ukraine's air force said it downed 41 of 55 Russian drones overnight.",
        {("intercepted", 41, "drone", "RU", "event", "2025-03-14"), ("launched", 55, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "What happened today:\n"
        "- Sudan's army said an RSF drone attack in El Fasher killed 19 people.\n"
        "- Ukraine's military said Russia fired 6 ballistic missiles at Kharkiv overnight.",
        {("launched", 6, "missile", "RU", "event", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", ROUNDUP_BULLETS)
def test_roundup_bullets_are_sentences_of_their_own(text, expected):
    assert facts_of(text) == expected


def test_bullet_marker_is_no_part_of_the_sentence():
    text = "Key events:\n- Israeli strikes killed 12 people.\n- Two people were injured in Odesa.\n•  Air defence downed 30 drones."
    sentences = split_sentences(one_article(text, PUBLISHED))
    assert sentences.get_column("sentence").to_list() == [
        "Key events:", "Israeli strikes killed 12 people.", "Two people were injured in Odesa.", "Air defence downed 30 drones."
    ]
    for row in sentences.iter_rows(named=True):
        assert text[row["sentence_start"] : row["sentence_end"]] == row["sentence"]
    assert sentences.get_column("list_item").to_list() == [True, True, True, True]


# a full-sentence item is no part of its header: each day of a weekly list is its own, not the header's week
HEADER_ITEMS = [
    (
        "Russian attacks this week:\n- Monday: Russia launched 120 drones, 95 were downed.\n"
        "- Wednesday: Russia launched 90 drones, 70 were downed.",
        {
            ("launched", 120, "drone", "RU", "event", "2025-03-10"),
            ("intercepted", 95, "drone", "RU", "event", "2025-03-10"),
            ("launched", 90, "drone", "RU", "event", "2025-03-12"),
            ("intercepted", 70, "drone", "RU", "event", "2025-03-12"),
        },
    ),
    (
        "Middle East:\n- Israeli strikes killed 22 people.\n- At least 40 were injured, medics said.\n\n"
        "Ukraine:\n- Russia launched 50 drones overnight.",
        {("launched", 50, "drone", "RU", "event", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", HEADER_ITEMS)
def test_full_sentence_items_are_not_their_headers(text, expected):
    assert facts_of(text) == expected


# a tally's items stay one sentence with their header: after a colon, a semicolon or a comma, and items that
# end in their figure, share the header's verb and night (positive controls)
TALLY_CONTROLS = [
    (
        "Russia attacked Ukraine overnight with 58 means of air attack:\n– 41 Kh-101 cruise missiles;\n"
        "– 17 Shahed drones.\n\nAir defence destroyed 50.",
        {
            ("launched", 58, "aerial_target", "RU", "event", "2025-03-14"),
            ("launched", 41, "missile", "RU", "event", "2025-03-14"),
            ("launched", 17, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 50, "drone", "RU", "event", "2025-03-14"),
        },
    ),
    (
        "During the past night, air defence forces intercepted and destroyed 21 Ukrainian UAVs:\n"
        "7 – over the territory of the Bryansk region,\n6 – over the territory of the Kursk region,\n"
        "8 – over the territory of the Belgorod region.",
        None,  # the place list reads as before: its total and its parts stay together
    ),
]


def test_tally_items_stay_with_their_header():
    text, expected = TALLY_CONTROLS[0]
    assert facts_of(text) == expected
    text, _ = TALLY_CONTROLS[1]
    found = facts_of(text)
    assert ("intercepted", 21, "drone", "UA", "event", "2025-03-14") in found
    assert {f[1] for f in found} == {21, 7, 6, 8}


# ---------------------------------------------------------------------------
# 2. A newsletter's section on another region: a heading "Middle East" or an item labelled "- Africa:" is
#    another war's, and so are the undated, unplaced sentences under it.
# ---------------------------------------------------------------------------

REGION_SECTIONS = [
    (
        "Ukraine\n\nRussia launched 70 drones at Ukraine overnight, the air force said.\n\n"
        "Middle East\n\nIsraeli strikes killed 22 people in Gaza.\n\nAt least 40 were injured, medics said.\n\n"
        "Russia\n\nRussian air defences destroyed 25 Ukrainian drones over Bryansk.",
        {
            ("launched", 70, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 25, "drone", "UA", "event", "2025-03-14"),
        },
    ),
    (
        "Today in brief:\n"
        "- Middle East: Israel struck Gaza City, killing 18 people; the Houthis fired 2 missiles.\n"
        "- Eastern Europe: Russia launched 95 drones at Ukraine overnight; 70 were downed.\n"
        "- Africa: At least 40 people died when gunmen attacked a camp, officials said.",
        {
            ("launched", 95, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 70, "drone", "RU", "event", "2025-03-14"),
        },
    ),
    (
        "Africa\n\nA drone strike on a market killed 24 people, medics said.\n\n"
        "Europe\n\nA Russian drone attack on Sumy killed 3 people, the governor said.",
        {("killed", 3, None, "RU", "event", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", REGION_SECTIONS)
def test_another_regions_section_is_another_war(text, expected):
    assert facts_of(text) == expected


def test_a_region_named_in_a_sentence_names_no_war():
    # positive control: "from the Middle East" inside a sentence about Ukraine's war keeps the figure
    text = "Russia launched 80 drones designed in the Middle East at Ukraine overnight, the air force said."
    assert facts_of(text) == {("launched", 80, "drone", "RU", "event", "2025-03-14")}


# ---------------------------------------------------------------------------
# 3. A live blog's entry day: a heading line ("March 12", "Thu 13 Mar 2025 09.42 GMT", "Monday") or an update
#    prefix ("Update, March 12, 10:42 a.m.:") dates its entry; "overnight" in the entry is that day's night.
# ---------------------------------------------------------------------------

ENTRY_DAYS = [
    (
        "March 12\n\nRussia launched 60 drones at Ukraine overnight, the air force said. "
        "Air defence shot down 45 of them.\n\n"
        "March 13\n\nRussia launched 80 drones at Ukraine overnight, the air force said. "
        "Air defence shot down 70 of them.",
        {
            ("launched", 60, "drone", "RU", "event", "2025-03-12"),
            ("intercepted", 45, "drone", "RU", "event", "2025-03-12"),
            ("launched", 80, "drone", "RU", "event", "2025-03-13"),
            ("intercepted", 70, "drone", "RU", "event", "2025-03-13"),
        },
    ),
    (
        "Thu 13 Mar 2025 09.42 GMT\n\nRussia launched 80 drones at Ukraine overnight, the air force said.\n\n"
        "Fri 14 Mar 2025 08.10 GMT\n\nRussia launched 66 drones at Ukraine overnight, and 51 were shot down.",
        {
            ("launched", 80, "drone", "RU", "event", "2025-03-13"),
            ("launched", 66, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 51, "drone", "RU", "event", "2025-03-14"),
        },
    ),
    (
        "Update, March 12, 10:42 a.m.: Russia launched 60 drones overnight, the air force said.\n\n"
        "Update, March 13, 9:15 a.m.: Russia launched 80 drones overnight, the air force said.",
        {("launched", 60, "drone", "RU", "event", "2025-03-12"), ("launched", 80, "drone", "RU", "event", "2025-03-13")},
    ),
    (
        "March 13, 2025 09:42\n\nRussia launched 80 drones at Ukraine overnight, the air force said.\n\n"
        "Three people were injured in Kharkiv, the mayor said.",
        {("launched", 80, "drone", "RU", "event", "2025-03-13"), ("injured", 3, None, None, "event", "2025-03-13")},
    ),
    # a weekly summary's day headings
    (
        "Monday\n\nRussia launched 60 drones overnight, the air force said.\n\n"
        "Wednesday\n\nRussia launched 90 drones overnight; 70 were shot down.",
        {
            ("launched", 60, "drone", "RU", "event", "2025-03-10"),
            ("launched", 90, "drone", "RU", "event", "2025-03-12"),
            ("intercepted", 70, "drone", "RU", "event", "2025-03-12"),
        },
    ),
    # "yesterday" in an entry counts from the entry's day
    (
        "March 12\n\nRussia launched 60 drones at Ukraine yesterday, the air force said.",
        {("launched", 60, "drone", "RU", "event", "2025-03-11")},
    ),
]


@pytest.mark.parametrize("text, expected", ENTRY_DAYS)
def test_live_blog_entry_day_dates_its_figures(text, expected):
    assert facts_of(text) == expected


ENTRY_DAY_CONTROLS = [
    # a timeline's old entry dates itself only; the entries after a recent heading take the recent day
    (
        "Timeline\n\nFeb 24, 2022: Russia launched 100 missiles at Ukraine.\n\n"
        "Russia launched 60 drones at Ukraine overnight, the air force said.",
        {("launched", 100, "missile", "RU", "event", "2022-02-24"), ("launched", 60, "drone", "RU", "event", "2025-03-14")},
    ),
    # a dateline is no entry heading
    (
        "KYIV, March 13\n\nRussia launched 80 drones at Ukraine overnight, the air force said.",
        {("launched", 80, "drone", "RU", "event", "2025-03-14")},
    ),
    # a weekday label in a story dates its own sentence only
    (
        "Monday: Zelensky met European leaders in London.\n\n"
        "Russia launched 70 drones at Ukraine overnight, the air force said.",
        {("launched", 70, "drone", "RU", "event", "2025-03-14")},
    ),
    # a time alone changes no day
    (
        "09:42\n\nRussia launched 48 drones at Ukraine overnight, the air force said.\n\n"
        "10:15 Air defence downed 35 of them.",
        {("launched", 48, "drone", "RU", "event", "2025-03-14"), ("intercepted", 35, "drone", "RU", "event", "2025-03-14")},
    ),
    # a day in the sentence still dates its figure
    (
        "March 12\n\nOn the night of March 10-11, Russia launched 75 drones at Ukraine, the air force said.",
        {("launched", 75, "drone", "RU", "event", "2025-03-11")},
    ),
]


@pytest.mark.parametrize("text, expected", ENTRY_DAY_CONTROLS)
def test_entry_day_controls(text, expected):
    assert facts_of(text) == expected


# a live blog's entry under a stamp with no title is about what its sentences say: a paragraph of a Gaza
# entry that names no war is Gaza's, one of a Ukraine entry is Ukraine's
ENTRY_TOPICS = [
    (
        "11:19\n\nIsraeli strikes killed 30 people in Gaza, officials said.\n\n"
        "At least 80 were injured, the ministry said.\n\n"
        "11:45\n\nRussia launched 40 drones at Ukraine overnight.\n\nTwo people were injured, the governor said.",
        {("launched", 40, "drone", "RU", "event", "2025-03-14"), ("injured", 2, None, None, "event", "2025-03-14")},
    ),
    (
        "Thu 13 Mar 2025 16.05 GMT\n\nSudan's army said a drone strike in El Obeid killed 11 people.\n\n"
        "Another 25 were injured, local medics said.\n\n"
        "Fri 14 Mar 2025 07.30 GMT\n\nRussian drones struck Odesa overnight.\n\n"
        "Four people were injured, the governor said.",
        {("injured", 4, None, None, "event", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", ENTRY_TOPICS)
def test_live_blog_entry_keeps_its_war(text, expected):
    assert facts_of(text) == expected


# ---------------------------------------------------------------------------
# 4. A headline line repeated in the text: its figure is the body's, which names the night. Read as well, it
#    was a second fact dated by the publication.
# ---------------------------------------------------------------------------

HEADLINES = [
    (
        "Ukraine downs 50 of 70 Russian drones\n\n"
        "Ukraine's air force reported on Thursday that it had shot down 50 of 70 drones Russia launched overnight on March 13.",
        {("intercepted", 50, "drone", "RU", "event", "2025-03-13"), ("launched", 70, "drone", "RU", "event", "2025-03-13")},
    ),
    # a live blog's entry title run into its time
    (
        "Russia fired 12 missiles overnightpublished at 09:05 Greenwich Mean Time\n\n"
        "The air force said 9 of the 12 missiles were shot down.\n\n"
        "Two killed in Odesa, regional head sayspublished at 11:19 Greenwich Mean Time\n\n"
        "Two people died and a boy was injured in Odesa region, the governor said.",
        {
            ("launched", 12, "missile", "RU", "event", "2025-03-14"),
            ("intercepted", 9, "missile", "RU", "event", "2025-03-14"),
            ("killed", 2, None, None, "event", "2025-03-14"),
        },
    ),
]


@pytest.mark.parametrize("text, expected", HEADLINES)
def test_headline_restated_in_the_body_is_one_fact(text, expected):
    assert facts_of(text) == expected
    assert article_facts(text, PUBLISHED).height == len(expected)


def test_headline_figure_the_body_does_not_restate_stays():
    text = "Russia launches 85 drones at Ukraine\n\nThe attack damaged power lines in three regions, officials said."
    assert facts_of(text) == {("launched", 85, "drone", "RU", "event", "2025-03-14")}


def test_headline_evidence_is_the_bodys():
    text = (
        "Ukraine downs 50 of 70 Russian drones\n\n"
        "Ukraine's air force reported on Thursday that it had shot down 50 of 70 drones Russia launched overnight on March 13."
    )
    evidence = set(article_facts(text, PUBLISHED).get_column("evidence").to_list())
    assert evidence == {text.split("\n\n")[1]}


# ---------------------------------------------------------------------------
# 5. A fact box: a label and its value, one per line ("Drones launched: 120").
# ---------------------------------------------------------------------------

FACT_BOXES = [
    (
        "Overnight attack in numbers\n\nDrones launched: 120\nDrones shot down: 95\nMissiles launched: 4",
        {
            ("launched", 120, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 95, "drone", "RU", "event", "2025-03-14"),
            ("launched", 4, "missile", "RU", "event", "2025-03-14"),
        },
    ),
    (
        "Air attack overnight:\n- drones launched: 112;\n- drones downed: 87.",
        {("launched", 112, "drone", "RU", "event", "2025-03-14"), ("intercepted", 87, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "Shahed drones launched: 140. Shahed drones neutralised: 121.",
        {("launched", 140, "drone", "RU", "event", "2025-03-14"), ("intercepted", 121, "drone", "RU", "event", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", FACT_BOXES)
def test_fact_box_lines(text, expected):
    assert facts_of(text) == expected


def test_fact_box_share_is_no_count():
    assert facts_of("Drones shot down: 80%\nMissiles shot down: 75 percent") == set()


# ---------------------------------------------------------------------------
# 6. Markers of a layout are no figures (positive controls): times, "Update:", Reuters' "UPDATE 3-", a
#    numbered list's "1.", "Day 1,000", a Q&A's "Q:"/"A:".
# ---------------------------------------------------------------------------

MARKERS = [
    (
        "9:06 p.m.: Around 60 Russian soldiers were killed in a Ukrainian artillery strike, Kyiv said.\n\n"
        "10.15am: Three people were injured in Sumy.",
        {("killed", 60, None, "UA", "event", "2025-03-14"), ("injured", 3, None, None, "event", "2025-03-14")},
    ),
    (
        "Update: The air force said Russia launched 72 drones overnight, and 50 were shot down.",
        {("launched", 72, "drone", "RU", "event", "2025-03-14"), ("intercepted", 50, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "UPDATE 3-Ukraine says it downed 35 of 40 Russian drones overnight",
        {("intercepted", 35, "drone", "RU", "event", "2025-03-14"), ("launched", 40, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "Key events on day 1,000:\n\n1. Russia fired 120 missiles and 90 drones at Ukraine.\n"
        "2. Ukraine shot down 144 of them.\n3. Seven people were killed.",
        {
            ("launched", 120, "missile", "RU", "event", "2025-03-14"),
            ("launched", 90, "drone", "RU", "event", "2025-03-14"),
            ("intercepted", 144, "aerial_target", "RU", "event", "2025-03-14"),
            ("killed", 7, None, None, "event", "2025-03-14"),
        },
    ),
    (
        "Russia-Ukraine war: the key events of day 1,000\n\nOn day 1,000 of the war, Russia launched 59 drones at Ukraine.",
        {("launched", 59, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "Q: What happened overnight?\n\nA: Russia launched 40 drones and we destroyed 31.\n\nQ: 2 more questions.",
        {("launched", 40, "drone", "RU", "event", "2025-03-14"), ("intercepted", 31, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "At 09:42 the air raid alert ended; 12 drones were shot down over Kyiv.",
        {("intercepted", 12, "drone", "RU", "event", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", MARKERS)
def test_layout_markers_are_no_figures(text, expected):
    assert facts_of(text) == expected


# ---------------------------------------------------------------------------
# 7. The war's age in a round-up's opener ("1,115 days since the invasion, ...", "Three years into the
#    full-scale war, ...") is a day of the war: the night's figures after it are no running total.
# ---------------------------------------------------------------------------

WAR_AGE = [
    (
        "1,115 days since the invasion, Russia launched 88 drones at Ukraine overnight.",
        {("launched", 88, "drone", "RU", "event", "2025-03-14")},
    ),
    (
        "Three years into the full-scale war, Russia fired 40 missiles at Ukraine overnight.",
        {("launched", 40, "missile", "RU", "event", "2025-03-14")},
    ),
    # positive controls: a running total keeps its scope, the war's age beside it or not
    (
        "Russia has launched 30,000 drones at Ukraine since the invasion.",
        {("launched", 30000, "drone", "RU", "cumulative", "2025-03-14")},
    ),
    (
        "In the 1,000 days since the invasion, Russia fired 12,000 missiles at Ukraine.",
        {("launched", 12000, "missile", "RU", "cumulative", "2025-03-14")},
    ),
    (
        "Over 1,000 days of war, Russia has launched 30,000 drones since the invasion.",
        {("launched", 30000, "drone", "RU", "cumulative", "2025-03-14")},
    ),
]


@pytest.mark.parametrize("text, expected", WAR_AGE)
def test_the_wars_age_is_no_running_total(text, expected):
    assert facts_of(text) == expected


def test_every_layout_fact_has_a_rule_id():
    for text, _ in ROUNDUP_BULLETS + REGION_SECTIONS + ENTRY_DAYS + HEADLINES + FACT_BOXES:
        assert all(rule_ids(text))


# An abbreviation's dot is protected only where the abbreviation is a word of its own: the "est."
# of "estimated" must not glue "the largest." to the sentence after it.
@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "It was the largest. Air defence shot down 40 drones.",
            ["It was the largest.", "Air defence shot down 40 drones."],
        ),
        (
            "Officials in the west. Russia launched 12 missiles.",
            ["Officials in the west.", "Russia launched 12 missiles."],
        ),
        # controls: real abbreviations keep their dots
        (
            "Gen. Oleksandr Syrskyi spoke at 9 a.m. Kyiv time.",
            ["Gen. Oleksandr Syrskyi spoke at 9 a.m. Kyiv time."],
        ),
        (
            "Prague will give 80 mil. Kč to the fund.",
            ["Prague will give 80 mil. Kč to the fund."],
        ),
        (
            "The Tamil. Drones were launched.",
            ["The Tamil.", "Drones were launched."],
        ),
    ],
)
def test_abbreviations_are_whole_words(text, sentences):
    assert split_sentences(one_article(text))["sentence"].to_list() == sentences
