"""The scope (event, period, running total) of strike and casualty figures in the wordings of weekly summaries,
war-long tallies and round-ups (docs/facts.md 5), found by reading the r63-r68 disagreements against the wider corpus:

- a span named by reference to one stated before: "during the same period", "in the reporting period", "over the
  period under review" (not "in the period from 8 p.m.", one night's hours); a month as a whole, "across the month of
  August"; "the past few days";
- a sentence that goes on with a weekly or war-long tally: "The report also claims ..." (also across a sentence with no
  figure), and the tally's breakdown, "Of these, ...", "These include ...", "shot down, among others, ...": the parts
  take the tally's span when the tally's own words state it (a bare perfect, "has launched", lends none);
- one night or one day in a figure's own clause, with the week or month named only as when: "Earlier this week,
  Russia launched 650 drones overnight", "Last week ... in a single night", "... this week, including 400 overnight on
  Tuesday".

Every sentence below was written for these tests; none is copied from a story.
"""

from __future__ import annotations

import pytest

from tests.batched_facts import article_facts

PUBLISHED = "2025-06-14T08:00:00Z"
TYPES = ("launched", "intercepted", "killed", "injured")


def scoped(text: str) -> set[tuple]:
    """(fact_type, count, scope) of the strike and casualty facts of one article of `text`."""
    return {
        (r["fact_type"], r["count"], r["scope"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in TYPES
    }


CASES = [
    # a span named by reference to one stated before
    (
        "Russian air defences shot down 640 drones in the past week, the ministry said. It added that Ukraine had fired "
        "12 Neptune missiles and 700 drones during the same period.",
        {("intercepted", 640, "period"), ("launched", 12, "period"), ("launched", 700, "period")},
    ),
    (
        "Russia launched 1,200 drones at Ukraine last week, Zelensky said. Over the same period, it fired 40 missiles "
        "and dropped 800 guided bombs.",
        {("launched", 1200, "period"), ("launched", 40, "period"), ("launched", 800, "period")},
    ),
    (
        "In the reporting period, Ukrainian forces shot down 50 cruise missiles and 300 drones, the report said.",
        {("intercepted", 50, "period"), ("intercepted", 300, "period")},
    ),
    (
        "The UN mission said 210 civilians were killed and 900 wounded in the same period.",
        {("killed", 210, "period"), ("injured", 900, "period")},
    ),
    (
        "The monitors recorded that at least 320 civilians were killed and 1,400 injured during the specified period.",
        {("killed", 320, "period"), ("injured", 1400, "period")},
    ),
    # a month as a whole, and a few days
    (
        "Moscow also fired some 140 missiles at Ukraine across the month of July, according to air force data.",
        {("launched", 140, "period")},
    ),
    (
        "Over the past few days, air defence units have shot down more than 90 Russian drones, including 48 on the night "
        "of March 3-4.",
        {("intercepted", 90, "period"), ("intercepted", 48, "event")},
    ),
    (
        "In the last several days Ukrainian forces downed 75 drones over the south, the command said.",
        {("intercepted", 75, "period")},
    ),
    # a sentence going on with a weekly tally, right after it or across a sentence with no figure
    (
        "Air defences destroyed more than 900 Ukrainian drones over the past week, the Russian defence ministry said in "
        "its weekly summary. The summary also reported the downing of six HIMARS rockets and three Storm Shadow missiles.",
        {("intercepted", 900, "period"), ("intercepted", 6, "period"), ("intercepted", 3, "period")},
    ),
    (
        "Russian forces downed 1,050 drones in the past week, the ministry's weekly report said. The figure covers many "
        "models of drones. The report also claims the interception of five ATACMS missiles and four Neptune missiles.",
        {("intercepted", 1050, "period"), ("intercepted", 5, "period"), ("intercepted", 4, "period")},
    ),
    # the breakdown of a war-long or weekly tally
    (
        "Since February 2022 the air force has shot down 1,800 Russian missiles. It shot down, among others, 900 Kh-101 "
        "missiles, 300 Kalibrs and 60 Iskanders.",
        {
            ("intercepted", 1800, "cumulative"), ("intercepted", 900, "cumulative"),
            ("intercepted", 300, "cumulative"), ("intercepted", 60, "cumulative"),
        },
    ),
    (
        "Since the start of the full-scale invasion, Ukrainian air defence has destroyed 1,700 Russian missiles. These "
        "include 850 Kh-101 missiles and 320 Kalibrs.",
        {("intercepted", 1700, "cumulative"), ("intercepted", 850, "cumulative"), ("intercepted", 320, "cumulative")},
    ),
    (
        "Russia fired 600 drones at Ukraine over the past week. Of these, 500 were shot down.",
        {("launched", 600, "period"), ("intercepted", 500, "period")},
    ),
    (
        "In May alone, Russia launched 4,100 drones against Ukrainian cities. Of them, 3,600 were destroyed by air defence.",
        {("launched", 4100, "period"), ("intercepted", 3600, "period")},
    ),
    (
        "In 2024, Russia launched 50,000 drones at Ukraine. Of them, 40,000 were shot down.",
        {("launched", 50000, "period"), ("intercepted", 40000, "period")},
    ),
    (
        "Russia launched 5,000 drones at Ukraine in 2023. These include 3,000 Shahed drones.",
        {("launched", 5000, "period"), ("launched", 3000, "period")},
    ),
    # one night or one day in the figure's own clause: the week or month around it is only when
    (
        "Earlier this week, Russia launched upwards of 650 drones at Ukraine overnight, the air force said.",
        {("launched", 650, "event")},
    ),
    (
        "Last week, Russia launched 550 drones and 30 missiles at Ukraine in a single night.",
        {("launched", 550, "event"), ("launched", 30, "event")},
    ),
    (
        "Earlier this month Russia launched 400 drones at Kyiv on Tuesday night, the mayor said.",
        {("launched", 400, "event")},
    ),
    (
        "Russia launched 1,100 drones at Ukraine this week, including 400 overnight on Tuesday.",
        {("launched", 1100, "period"), ("launched", 400, "event")},
    ),
]

# "alone" marks a span, as "this year alone" does (docs/facts.md 5); "since the beginning of November" stays a running total
CASES += [
    (
        "Since the beginning of this May alone, Russian forces have dropped more than 2,100 guided bombs on Ukraine, "
        "Zelensky said.",
        {("launched", 2100, "period")},
    ),
    (
        "Since the start of the year alone, Russia has launched more than 9,000 drones at Ukraine.",
        {("launched", 9000, "period")},
    ),
]

# a month named whole after "since" is a running total's start (docs/facts.md 5: "since January"); a superlative's
# "since" names no span of the figure
CASES += [
    (
        "Since May last year, Ukrainian troops have shot down 18 Kinzhal missiles with Patriot systems.",
        {("intercepted", 18, "cumulative")},
    ),
    (
        "Since early March, Russia has launched more than 4,000 drones at the Odesa region.",
        {("launched", 4000, "cumulative")},
    ),
]

NEGATIVES = [
    (
        "Russia launched 300 drones overnight, the largest attack on the city since March, the mayor said.",
        {("launched", 300, "event")},
    ),
    # the day a statement was made is no night or day of the figure
    (
        "Zelensky said on Sunday that Russia launched more than 1,000 drones at Ukraine last week.",
        {("launched", 1000, "period")},
    ),
    (
        "The president said today that Russia had launched 900 drones and 40 missiles at Ukraine this week.",
        {("launched", 900, "period"), ("launched", 40, "period")},
    ),
    (
        "Since the beginning of November, Russia has launched 2,000 drones at Ukraine.",
        {("launched", 2000, "cumulative")},
    ),
    # one night's hours are no period
    (
        "According to the morning update, 63 drones were shot down in the period from 9 p.m. to 6 a.m.",
        {("intercepted", 63, "event")},
    ),
    # a breakdown of one night's tally stays the night's
    (
        "Russia launched 80 drones at Ukraine overnight. Of these, 60 were shot down.",
        {("launched", 80, "event"), ("intercepted", 60, "event")},
    ),
    # ... and so does the breakdown of a single night a week names as when
    (
        "Last week, Russia launched 550 drones at Ukraine in a single night. Of these, 500 were shot down.",
        {("launched", 550, "event"), ("intercepted", 500, "event")},
    ),
    # a sentence adding to a bare perfect across a sentence with no figure borrows no running total
    (
        "The Russian military has launched about 45 drones at Ukraine, the air force said. Kharkiv was hit again. "
        "In addition, the army reported a strike on Sumy with four S-300 missiles.",
        {("launched", 45, "cumulative"), ("launched", 4, "event")},
    ),
    # a breakdown with a night of its own is that night's
    (
        "Russia launched 2,300 drones at Ukraine over the past week. Of these, 450 were shot down overnight on Friday.",
        {("launched", 2300, "period"), ("intercepted", 450, "event")},
    ),
    # a span of its own in the clause stays the period's, whatever night it names as well
    (
        "Last week, Russia launched more than 1,500 drones at Ukraine, Zelensky said.",
        {("launched", 1500, "period")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEGATIVES)
def test_scope(text: str, expected: set[tuple]) -> None:
    assert scoped(text) == expected


# A follow-up story (a risen toll in its first sentences) about an attack it names later by its day ("after Saturday's
# strike"), beside other days of statements ("the Kremlin on Monday denied the attack"): the story's tolls and its
# undated figures are of that attack's day (docs/facts.md 5: a toll reported later is dated by the strike).
# 2025-06-14 is a Saturday.
FOLLOW_UPS = [
    (
        "The death toll after a missile hit a housing block in Zaporizhzhia has risen to 27. Crews kept searching the "
        "ruins, the governor said on Friday. At least 60 people were wounded and 12 are missing after Tuesday's strike. "
        "The Kremlin on Friday denied responsibility for the attack.",
        {("killed", 27): "2025-06-10", ("injured", 60): "2025-06-10"},
    ),
    (
        "The number of people killed in the Sumy strike has increased to 14. Rescuers kept working in the "
        "rubble overnight. Another 41 people were injured, the city council said, following Wednesday's missile attack.",
        {("killed", 14): "2025-06-11", ("injured", 41): "2025-06-11"},
    ),
    (
        "Death toll climbs to nine in Odesa. The toll from the drone attack on a residential area rose to nine. "
        "Twenty-two people were injured, including three children. The city mourned the victims of Thursday's drone "
        "strike on Friday.",
        {("killed", 9): "2025-06-12", ("injured", 22): "2025-06-12", ("injured", 3): "2025-06-12"},
    ),
]

# (the attack named by its day inside the toll's own sentence, beside the day the toll was told)
FOLLOW_UPS.append(
    (
        "KHARKIV, Ukraine - As crews searched the ruins, the governor said Friday that the death toll of "
        "Thursday's missile strike on the block had climbed to 19. As of Friday evening, at least 48 people had "
        "been injured, officials said.",
        {("killed", 19): "2025-06-12", ("injured", 48): "2025-06-12"},
    )
)

FOLLOW_UP_NEGATIVES = [
    # a story of a new attack that recalls an earlier one by its day: no follow-up, its figures keep their own day
    (
        "Russian drones hit a power plant in Kharkiv, injuring 7 people, the mayor said. The strike came days after "
        "Tuesday's missile attack on the city.",
        {("injured", 7): "2025-06-14"},
    ),
    # a follow-up naming two attacks by their days dates its undated figures by neither
    (
        "The death toll in Dnipro has risen to 18. At least 50 people were wounded. Rescue work went on through the "
        "day. Officials said the district had been hit hard. Tuesday's strike followed Sunday's drone attack on the "
        "same district.",
        {("killed", 18): "2025-06-14", ("injured", 50): "2025-06-14"},
    ),
]


def dated(text: str) -> dict[tuple, str]:
    return {
        (r["fact_type"], r["count"]): str(r["event_date"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in ("killed", "injured") and r["scope"] == "event"
    }


@pytest.mark.parametrize(("text", "expected"), FOLLOW_UPS + FOLLOW_UP_NEGATIVES)
def test_follow_up_dates(text: str, expected: dict[tuple, str]) -> None:
    assert dated(text) == expected


# A paragraph that opens on an attack's day dates the undated figures of its next sentences, across a sentence that
# names no day ("At least ten explosions were heard."), up to three sentences on; a sentence between that names any
# day (a statement's, "yesterday") stops it, and so does a new paragraph. 2025-06-14 is a Saturday.
# (a lede of three sentences that date nothing first: the lede's own day would date the story's undated figures anyway)
QUIET_LEDE = (
    "The grid operator warned of more power cuts across the country in the coming weeks. Engineers are repairing "
    "damaged substations in several regions. Households were asked to save power in the evenings.\n\n"
)

PARAGRAPH_DAYS = [
    (
        QUIET_LEDE + "On the evening of 3 May, a large drone attack was carried out on Moscow. At least ten explosions "
        "were heard. Moscow's air defences downed up to 14 drones above the city, local channels reported.",
        {("intercepted", 14): "2025-05-03"},
    ),
    (
        QUIET_LEDE + "The liberated parts of the region were shelled more than 40 times on June 9, the governor said. "
        "Russian forces used rocket launchers and mortars, he added. The attacks injured three people and damaged houses.",
        {("injured", 3): "2025-06-09"},
    ),
    (
        QUIET_LEDE + "On June 10, Russia launched 21 missiles at Ukraine. The attack targeted power plants in the west. "
        "Air defences destroyed 16 missiles, officials said.",
        {("launched", 21): "2025-06-10", ("intercepted", 16): "2025-06-10"},
    ),
]

PARAGRAPH_DAY_NEGATIVES = [
    # a day named between (a statement's) stops the paragraph's day
    (
        QUIET_LEDE + "On June 10, Russia launched 21 missiles at Ukraine. The mayor spoke to reporters on Friday. Air "
        "defences destroyed 16 missiles, officials said.",
        {("launched", 21): "2025-06-10", ("intercepted", 16): "2025-06-14"},
    ),
    # a new paragraph is not dated by the one before (beyond its first sentence's own rules)
    (
        QUIET_LEDE + "On June 10, Russia launched 21 missiles at Ukraine. The attack targeted power plants.\n\nRescue "
        "work went on in several cities. Air defences destroyed 16 drones over the south, officials said.",
        {("launched", 21): "2025-06-10", ("intercepted", 16): "2025-06-14"},
    ),
]


def strike_and_casualty_dates(text: str) -> dict[tuple, str]:
    return {
        (r["fact_type"], r["count"]): str(r["event_date"])
        for r in article_facts(text, PUBLISHED).iter_rows(named=True)
        if r["fact_type"] in TYPES and r["scope"] == "event"
    }


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_DAYS + PARAGRAPH_DAY_NEGATIVES)
def test_paragraph_day(text: str, expected: dict[tuple, str]) -> None:
    assert strike_and_casualty_dates(text) == expected


# The toll of the strikes a sentence before tallies over a span ("Over the past month, the occupiers fired 7,000 shells
# at the region. As a result of these strikes, ...") is that span's, and so is the sentence going on with it ("Another
# 200 people were wounded"); a strike of one day, a month named only as when, or a day in the toll's own sentence keep
# it an event.
RESULT_OF_SPAN = [
    (
        "Over the past month, Russian troops fired about 7,000 shells at towns in the region. As a result of these "
        "strikes, 30 people died, including two children. Another 200 adults and 4 children were wounded.",
        {("killed", 30, "period"), ("killed", 2, "period"), ("injured", 200, "period"), ("injured", 4, "period")},
    ),
    (
        "In the past week, the occupiers shelled the district 400 times, the governor said. As a result, six civilians "
        "were killed and 21 injured.",
        {("killed", 6, "period"), ("injured", 21, "period")},
    ),
    (
        "Since the start of the full-scale invasion, Russian forces have fired thousands of shells at Nikopol. As a "
        "result of these attacks, 58 residents were killed.",
        {("killed", 58, "cumulative")},
    ),
]

# several attacks of a weekend are a period ("last weekend" is one, docs/facts.md 5); one weekend attack is an event
RESULT_OF_SPAN += [
    (
        "Ukrainian officials said two weekend attacks by Russian drones on the rail network killed four people.",
        {("killed", 4, "period")},
    ),
    (
        "The weekend drone strikes on Kharkiv killed 7 people, the mayor said.",
        {("killed", 7, "period")},
    ),
]

RESULT_OF_SPAN_NEGATIVES = [
    (
        "The weekend attack on a Kharkiv market killed 7 people, the mayor said.",
        {("killed", 7, "event")},
    ),
    (
        "Russian troops shelled the village of Bilozerka on Tuesday, the governor said. As a result, two people were "
        "killed.",
        {("killed", 2, "event")},
    ),
    (
        "Last month, Russian forces struck the railway station with missiles. As a result of these strikes, 8 people "
        "died.",
        {("killed", 8, "event")},
    ),
    (
        "Over the past month, the occupiers fired 7,000 shells at the region. As a result of these strikes, three people "
        "died on Sunday.",
        {("killed", 3, "event")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_OF_SPAN + RESULT_OF_SPAN_NEGATIVES)
def test_result_of_a_span(text: str, expected: set[tuple]) -> None:
    assert scoped(text) == expected
