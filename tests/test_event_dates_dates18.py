"""Dating families found by measuring the extractor on the opened real slices r32-r71 (round 18; FACTS.md 5 and 6).
Every sentence here was written for these tests, with other places, figures, days and wording; none is quoted from a
story.

- "some 24 hours after", "less than 24 hours after", "just 24 hours after" before a figure are "a day after": the day
  before the article's (a sentence opening on them dates its main clause as usual);
- a figure joined to one inside "a day after ..." shares its day ("came a day after Moscow fired 30 missiles and 50
  drones": both the day before);
- "in a day" is a daily tally ("killed 8 civilians and wounded 17 in a day, the presidency reported"), dated by the
  report, never by the attack the lede dates ("in a single day" is a record's wording and stays as it was);
- a deadline dates no aid: "EUR 1 billion ... for ammunition to Ukraine by May 31", "no later than 30 April", "by the
  end of June";
- a lede that names the day a giver said it would give more ("Latvia said on Wednesday it would step up its military
  aid for Kyiv") dates that giver's undated amounts further on, as a lede's "pledged" already did.

Each family has controls: the near-misses that must keep the date they had.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.aid_cases import dates_by_amount
from tests.date_cases import dates_of, has

# a Friday (2024-03-13 a Wednesday)
AID_PUBLISHED = "2024-03-15T09:00:00Z"
aid_dates = partial(dates_by_amount, published=AID_PUBLISHED)


# Family 1: "24 hours after" is "a day after"
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The blasts in Kherson came some 24 hours after a Russian missile killed 12 people in Odesa.",
         ("killed", 12, "2025-06-13")),
        ("The new raid happened less than 24 hours after officials said a glide bomb had wounded 14 people in Kharkiv.",
         ("injured", 14, "2025-06-13")),
        ("The sirens sounded again just 24 hours after Russia fired 40 drones at the port city.",
         ("launched", 40, "2025-06-13")),
        ("It came barely twenty-four hours after shelling killed three civilians in Nikopol.",
         ("killed", 3, "2025-06-13")),
    ],
)
def test_twenty_four_hours_after_is_the_day_before(text, fact):
    has(text, fact)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a sentence that opens on it dates its main clause as usual
        ("Some 24 hours after the strike on Odesa, Russian shelling killed four people in Kherson.",
         ("killed", 4, "2025-06-14")),
        # a day named after it is the figure's own
        ("The blasts came 24 hours after a missile strike on Thursday killed nine people in Dnipro.",
         ("killed", 9, "2025-06-12")),
        # hours of another length say nothing of the day
        ("The blasts came 48 hours after the talks, and shelling killed two people in Kherson.",
         ("killed", 2, "2025-06-14")),
    ],
)
def test_twenty_four_hours_controls(text, fact):
    has(text, fact)


# Family 2: a figure joined to one inside "a day after ..." shares its day
@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("The strike on the depot came a day after Moscow fired 30 missiles and 50 drones at gas sites in the Poltava "
         "region.", {("launched", 30, "2025-06-13"), ("launched", 50, "2025-06-13")}),
        ("The attack came the day after Russia launched 45 drones, 6 missiles at the energy grid.",
         {("launched", 45, "2025-06-13"), ("launched", 6, "2025-06-13")}),
    ],
)
def test_a_joined_figure_shares_the_day_after(text, facts):
    found = dates_of(text)
    assert facts <= found, found


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a sentence opening on "a day after" dates its main clause by the story's day, both figures
        ("A day after the strike on the depot, Moscow fired 30 missiles and 50 drones at gas sites.",
         {("launched", 30, "2025-06-14"), ("launched", 50, "2025-06-14")}),
        # a later clause with its own day keeps it
        ("The strike came a day after Russia fired 30 missiles at the grid, and on Thursday it launched 25 drones.",
         {("launched", 25, "2025-06-12")}),
    ],
)
def test_day_after_controls(text, facts):
    found = dates_of(text)
    assert facts <= found, found


# Family 3: "in a day" is a daily tally, dated by the report, not by the attack the lede dates
@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Russian shelling has killed at least eight civilians and wounded 17 others in a day, the presidential office "
         "reported. The missiles Russia fired on Thursday hit the west of the country, killing at least five people.",
         {("killed", 8, "2025-06-14"), ("injured", 17, "2025-06-14")}),
        ("Russian drones struck Sumy on Thursday, officials said. Across the country, Russian attacks killed six "
         "civilians in a day, the prosecutor general's office said.",
         {("killed", 6, "2025-06-14")}),
    ],
)
def test_in_a_day_is_a_daily_tally(text, facts):
    found = dates_of(text)
    assert facts <= found, found


def test_in_a_single_day_keeps_the_ledes_attack():
    # a record said "in a single day" is no daily tally: the lede's Thursday attack dates it, as before
    has("Russian drones struck Lviv on Thursday. Russia launched 500 drones in a single day, the air force said.",
        ("launched", 500, "2025-06-12"))


# Family 4: a deadline dates no aid
@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("EU governments have approved EUR 1.5 billion from the European Peace Facility to buy shells for Ukraine by "
         "May 31, the Council announced on Thursday.", 1.5e9, "2024-03-14"),
        ("Norway pledged NOK 2 billion to Ukraine, to be paid no later than 30 April.", 2e9, "2024-03-15"),
        ("Norway pledged NOK 3 billion to Ukraine, to be paid by February 28.", 3e9, "2024-03-15"),
        ("Germany will deliver air defence systems worth EUR 500 million to Ukraine by the end of June.", 5e8,
         "2024-03-15"),
        ("Denmark pledged DKK 700 million to Ukraine on March 4, to be delivered by April 30.", 7e8, "2024-03-04"),
    ],
)
def test_a_deadline_dates_no_aid(text, amount, day):
    assert aid_dates(text).get(amount) == day


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        # the amount's own day and month still date it
        ("Sweden gave Ukraine SEK 1 billion in military aid in February.", 1e9, "2024-02-29"),
        ("Canada pledged CAD 60 million to Ukraine on March 6.", 6e7, "2024-03-06"),
        # "by" naming who gave, not when: a mayor is no May
        ("A grant of EUR 30 million was announced by Mayor Kovalenko on Tuesday for Ukraine's schools, funded by "
         "Austria.", 3e7, "2024-03-12"),
    ],
)
def test_deadline_controls(text, amount, day):
    assert aid_dates(text).get(amount) == day


# Family 5: a lede naming the day a giver said it would give more
@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("Latvia said on Wednesday it would step up its military aid for Kyiv to half a percent of GDP. Ukraine has "
         "been pleading for more arms for weeks. Latvia's defence ministry will send Kyiv a batch of anti-tank "
         "weapons worth 35 million euros.", 3.5e7, "2024-03-13"),
        ("Portugal said on Wednesday that it will send more military aid to Ukraine this spring. Portugal will "
         "provide Ukraine with armoured vehicles worth 25 million euros, the ministry said.", 2.5e7, "2024-03-13"),
    ],
)
def test_a_lede_saying_a_giver_will_give_more_dates_its_amounts(text, amount, day):
    assert aid_dates(text).get(amount) == day


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        # a lede about something else the giver said
        ("Latvia on Wednesday said it would close its border crossings with Belarus. Latvia's government will provide "
         "Ukraine with anti-tank weapons worth 40 million euros.", 4e7, "2024-03-15"),
        # an amount placed in another time keeps its own dating
        ("Latvia said on Wednesday it would step up its military aid for Kyiv. Earlier, Latvia had pledged "
         "weapons worth 60 million euros to Ukraine.", 6e7, "2024-03-15"),
    ],
)
def test_lede_controls(text, amount, day):
    assert aid_dates(text).get(amount) == day


# Family 6: a lede's attack day told by the toll its clause goes on to ("struck ... in the city of Mykolaiv late on June
# 12, killing two people"), the attack's verb too far before the day, dates the undated figures after it
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("A Russian missile attack struck a clinic and several blocks of flats in the southern Ukrainian port city of "
         "Mykolaiv late on June 12, killing two people and injuring nine, according to the governor.\n\nThe governor "
         "said the attack left three children injured. One child is in a serious condition.",
         ("injured", 3, "2025-06-12")),
        ("Russian glide bombs hit an apartment block, a school and a shopping centre in Sloviansk, a city in "
         "Donetsk region, on Thursday, wounding 11 people, regional officials said.\n\nFour children were among "
         "the injured, the officials said.", ("injured", 4, "2025-06-12")),
    ],
)
def test_a_lede_dates_its_attack_by_the_toll_after_its_day(text, fact):
    has(text, fact)


def test_a_since_day_before_the_toll_dates_no_attack():
    has("Russian forces have shelled the frontline villages of the Kherson region every day since June 2, killing at "
        "least 40 civilians, the governor said.\n\nShelling left three children injured in Bilozerka.",
        ("injured", 3, "2025-06-14"))


# Family 7: a clock time's conversion to GMT names GMT's day, not the event's
MONDAY = "2025-06-16T09:00:00Z"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The ministry said air defences destroyed two drones over the Belgorod region at around 1:20 am (2220 GMT "
         "Sunday).", ("intercepted", 2, "2025-06-16")),
        ("The defence ministry said the incident involved three drones and happened at about 0:40 am (2140 GMT on "
         "Sunday).", ("launched", 3, "2025-06-16")),
    ],
)
def test_a_gmt_conversion_names_no_day(text, fact):
    has(text, fact, published=MONDAY)


def test_a_day_outside_the_gmt_bracket_still_dates():
    has("Air defences destroyed 12 drones over the Bryansk region on Sunday (1900 GMT), the defence ministry said.",
        ("intercepted", 12, "2025-06-15"), published=MONDAY)


# Family 8: a General Staff tally of a named day in the lede dates the story's clash counts that name no time
GENERAL_STAFF_STORY = (
    "The General Staff said Russian troops keep attacking in the Pokrovsk direction.\n\n"
    "Since the start of the day on December 20, 150 combat clashes have taken place at the front, the General Staff "
    "reported.\n\n"
    "“In the Kupiansk direction, the enemy tried nine times to dislodge our units near Synkivka. One battle "
    "continues,” the General Staff writes.\n\n"
    "During this day, our defenders repelled eight Russian assaults near Toretsk.\n\n"
    "On Saturday, 12 clashes took place in the Lyman direction."
)


def test_a_named_tally_day_dates_the_storys_clash_counts():
    found = dates_of(GENERAL_STAFF_STORY, published="2024-12-22T09:00:00Z")
    assert {("clash", 150, "2024-12-20"), ("clash", 9, "2024-12-20"), ("clash", 8, "2024-12-20")} <= found, found
    # a count with a day of its own keeps it
    assert ("clash", 12, "2024-12-21") in found, found


def test_an_unnamed_tally_day_keeps_the_report():
    found = dates_of("The General Staff counted 81 combat clashes at the front in the past day, it reported on "
                     "Sunday morning. In the Kupiansk direction, the enemy attacked nine times.",
                     published="2024-12-22T09:00:00Z")
    assert {("clash", 81, "2024-12-22"), ("clash", 9, "2024-12-22")} <= found, found


# Family 9: the day a lede's toll was counted on ("... a Russian missile attack rose to 23 on Friday") dates no attack;
# the strike's day named further on dates the toll (FACTS.md 5: a toll reported later is dated by the strike)
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The death toll at a Zaporizhzhia apartment building struck by Russian missiles rose to 23 on "
         "Friday, a city official said.\n\nThe official said on Telegram that 40 people were wounded in the strike on "
         "Wednesday, including six children.", ("killed", 23, "2025-06-11")),
        ("The number of people killed by a Russian drone attack on Sumy climbed to nine on Friday, the governor said. "
         "Drones hit the city centre on Thursday.", ("killed", 9, "2025-06-12")),
    ],
)
def test_a_ledes_toll_day_is_no_attack_day(text, fact):
    has(text, fact)


def test_a_toll_with_no_strike_day_keeps_its_own():
    has("The death toll from Russia's missile strike on a Zaporizhzhia apartment building rose to 17 on Friday, a "
        "city official said.\n\nRescuers were still searching the rubble.", ("killed", 17, "2025-06-13"))


# Family 10: a story that opens on a daily tally is the report's: a later lede sentence's attack day is one of its
# parts, not the story's day; and a photo caption with a labelled credit ("(Source: ...)") is no lede
TALLY_STORY = (
    "Russian attacks kill 2, injure 12 over past day\n"
    "Russian shelling damaged a shop in Orikhiv, Zaporizhzhia Oblast on June 12, 2025. (Source: the regional police)\n\n"
    "Over the past day, Russian attacks on eight oblasts killed at least two civilians and injured 12 more, "
    "local officials reported early on June 13.\n\n"
    "In Zaporizhzhia Oblast, four people were injured in Russian attacks, the governor reported.\n\n"
    "Three residents were wounded in the shelling of Orikhiv on June 12. The strike damaged a school, the governor "
    "said.\n\n"
    "In Kherson Oblast, one person was killed, according to the governor."
)


def test_a_tally_storys_undated_figures_are_the_reports():
    found = dates_of(TALLY_STORY, published="2025-06-13T09:00:00Z")
    assert {("injured", 12, "2025-06-13"), ("injured", 4, "2025-06-13"), ("killed", 1, "2025-06-13")} <= found, found
    # a part with its own day keeps it
    assert ("injured", 3, "2025-06-12") in found, found


def test_a_story_opening_on_an_attack_still_dates_by_its_lede():
    # no tally first: the lede's attack day dates the undated figures, as before
    found = dates_of("Russian drones struck Orikhiv on June 12, the governor said on Friday.\n\n"
                     "In Zaporizhzhia Oblast, four people were injured, the governor reported.",
                     published="2025-06-13T09:00:00Z")
    assert ("injured", 4, "2025-06-12") in found, found


# Family 11: a Getty caption opening on its dateline in capitals ("ODESA, UKRAINE - JUNE 12: People stand near ...") is
# no lede: its day is the photo's, not the attack's
def test_a_getty_caption_is_no_lede():
    text = (
        "ODESA, UKRAINE - JUNE 13: People stand near a residential building damaged by a missile strike on June 13, 2025 "
        "in Odesa, Ukraine. On June 11, Russia launched a massive attack on Ukrainian cities. More than 40 residents are "
        "still missing. (Photo by Jane Roe/Example Images via Getty Images)\n\n"
        "The death toll from Russia's missile strike on an Odesa apartment block rose to 19 on Friday, with dozens "
        "more unaccounted for."
    )
    has(text, ("killed", 19, "2025-06-11"))
