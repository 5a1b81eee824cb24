"""Casualty, clash and attribution families found by reading real wire, agency and regional reporting
(2022-2026: Reuters, AP, AFP syndications, Ukrinform, Kyiv Independent, Ukrainska Pravda, TASS, RFE/RL,
Al Jazeera, Indian and Gulf outlets, UN monitoring summaries). Every sentence here was written for these
tests; none is quoted from a story."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.extract.casualties import CASUALTY_RULES
from tests.batched_facts import article_facts
from tests.test_extract_casualties import casualties_of, tuples


def facts_of(text: str) -> pl.DataFrame:
    """Every fact of a one-article text, after the article-level de-duplication."""
    return article_facts(text).filter(pl.col("fact_type").is_in(["killed", "injured", "clash"]))


# (sentence, expected event facts as (fact_type, count))
FAMILIES = [
    # an adverb or "more" between the figure and its casualty word
    ("One Ukrainian serviceman also died and six more were wounded, the governor said.",
     {("killed", 1), ("injured", 6)}),
    ("In the Donetsk region, one man was killed in Kostiantynivka and four more injured elsewhere, the governor said.",
     {("killed", 1), ("injured", 4)}),
    ("Three residents later died in hospital, the mayor said.", {("killed", 3)}),
    # a participle standing alone before the casualty word
    ("The toll later climbed to nine, with 16 people reported injured.", {("killed", 9), ("injured", 16)}),
    ("Six people, including a boy, were killed, with over 110 others being injured, officials said.",
     {("killed", 6), ("injured", 110)}),
    # dying of one's injuries is a death, not an injury
    ("Three more people succumbed to their injuries in hospital, the governor said.", {("killed", 3)}),
    ("Four people died of their wounds in hospital overnight.", {("killed", 4)}),
    # injuries named by their kind
    ("Five people suffered burns and two sustained concussions, the mayor said.", {("injured", 5), ("injured", 2)}),
    # live-blog tolls
    ("Update: Death toll now 26, the emergency service said.", {("killed", 26)}),
    ("The death toll is 14, and the number of injured has risen to 57.", {("killed", 14), ("injured", 57)}),
    # a toll that rose by some figure keeps the new total only
    ("The death toll rose by four to 17 on Tuesday, the mayor said.", {("killed", 17)}),
    # a list of places after a figure: one fact per place
    ("The strike injured six people in Kyiv, four in Odesa and one in Lviv.",
     {("injured", 6), ("injured", 4), ("injured", 1)}),
    ("Russian attacks killed three people in Donetsk and two in Kherson, officials said.",
     {("killed", 3), ("killed", 2)}),
    ("Eight people were killed, five in Kharkiv and three in Izium.", {("killed", 8), ("killed", 5), ("killed", 3)}),
    ("Four people were injured in the Shevchenkivskyi district and 3 in the Solomianskyi district, the mayor said.",
     {("injured", 4), ("injured", 3)}),
    ("On May 3, the Russians wounded seven residents of the Donetsk region: five in Kostiantynivka and two in Siversk.",
     {("injured", 7), ("injured", 5), ("injured", 2)}),
    ("The attack damaged 12 houses in Bucha, 4 in Irpin and 2 in Hostomel, injuring one person.", {("injured", 1)}),
    # a bare "toll" in wire copy is the death toll; a casualty toll is both at once
    ("The toll from Monday's strike on Odesa rose to six on Wednesday.", {("killed", 6)}),
    ("The casualty toll rose to 34, the governor said.", set()),
    # "dead and injured" before a figure is two verbs, not one killed-and-injured figure
    ("Russian strikes on Kharkiv left one person dead and injured 24 others.", {("killed", 1), ("injured", 24)}),
    ("Three people got injured when debris fell on the house.", {("injured", 3)}),
    # a death or an injury named before its figure
    ("The strike resulted in the deaths of 6 people, the governor said.", {("killed", 6)}),
    ("The attack caused injuries to 13 people in the city centre.", {("injured", 13)}),
    # lede-style present tense
    ("Russian attacks kill 4, injure 13 over past day, officials say.", {("killed", 4), ("injured", 13)}),
    ("Russian strikes kill 2 and wound 17 in Kharkiv.", {("killed", 2), ("injured", 17)}),
    # what might have happened
    ("The drone could kill 5 people if it hit a shelter, the engineer said.", set()),
    ("The missile would have killed 40 people had it hit the station.", set()),
    # a participle after a figure governs the next figure, never the one before it
    ("A missile hit the Sumy region, killing one person and injuring at least 12 more, including two girls.",
     {("killed", 1), ("injured", 12), ("injured", 2)}),
    ("The strike killed one woman, injuring 8 others, officials said.", {("killed", 1), ("injured", 8)}),
    ("An aerial bomb hit the village, killing four people and injuring two more.", {("killed", 4), ("injured", 2)}),
    # the people real reports count, by age, trade, place or status
    ("Three pensioners were killed when the shell hit the queue for bread.", {("killed", 3)}),
    ("Eight villagers and two paramedics were wounded by the guided bomb.", {("injured", 8), ("injured", 2)}),
    ("Two police officers and four rescuers were injured in a repeat strike on the same site.",
     {("injured", 2), ("injured", 4)}),
    ("Six students were hurt in the attack on the university campus.", {("injured", 6)}),
    ("Three miners were killed and 9 hospitalised after the strike on the mine.", {("killed", 3), ("injured", 9)}),
    ("Two Ukrainian prisoners of war were killed in the shelling, the ombudsman said.", {("killed", 2)}),
    ("Five border guards were wounded by mortar fire.", {("injured", 5)}),
    ("Four staff members were injured when the drone hit the office.", {("injured", 4)}),
    ("Three service members were killed in the strike, the brigade said.", {("killed", 3)}),
    # dozens and verbs of dying, in other words than the earlier family tests
    ("Nearly two dozen people were injured in the strike on the bus depot.", {("injured", 24)}),
    ("More than a dozen civilians lost their lives when the glide bomb hit the market.", {("killed", 12)}),
    ("The barrage claimed the lives of at least 7 people in Zaporizhzhia.", {("killed", 7)}),
    ("Ten residents perished under the rubble of the five-storey building.", {("killed", 10)}),
    ("Dozens of people were wounded when the missile hit the shopping centre.", set()),
    ("Scores of people were injured and several killed.", set()),
    # seafarers and foreign nationals in port strikes
    ("A harbour pilot died, while four Filipino crew members and a port worker were injured.", {("injured", 4)}),
    ("Three sailors, citizens of Egypt, died and two more people were injured, the minister said.",
     {("killed", 3), ("injured", 2)}),
    ("A port employee was killed and six foreign nationals were injured, the governor said.", {("injured", 6)}),
    # "casualties" and "victims" are killed and injured at once; "a man and his son" are no figure
    ("The strike caused 27 casualties, the governor said.", set()),
    ("The toll stands at 11 killed and 39 injured, bringing the number of victims to 50.",
     {("killed", 11), ("injured", 39)}),
    ("The strike killed a man and his son in their car.", set()),
    ("A 15-year-old was killed and a 16-year-old injured in the attack.", set()),
    # a part named before its total
    ("Three children were among the 21 injured, the governor said.", {("injured", 3), ("injured", 21)}),
    # a figure of the speaker's own people
    ("The brigade said on Monday 14 of its soldiers were killed in the missile strike on the training ground.",
     {("killed", 14)}),
    ("The railway company said the strike killed three of its workers near the station.", {("killed", 3)}),
    # a casualty adjective before the person noun
    ("He said 19 wounded people were still being treated in the regional hospital.", {("injured", 19)}),
    ("Medics evacuated four injured soldiers from the village.", {("injured", 4)}),
    # a phrase with "of" between the person noun and its verb
    ("Two men, aged 49 and 62, died on the spot, and five residents of a nearby block were wounded.",
     {("killed", 2), ("injured", 5)}),
    ("Seven employees of the repair depot were injured in the drone attack.", {("injured", 7)}),
    ("Three passengers in a passing bus were injured, and two people in the car were killed.",
     {("injured", 3), ("killed", 2)}),
    ("Five people in the building were rescued by firefighters.", set()),
    # a bare figure before "over the past day", "overnight", "yesterday"
    ("Russian attacks across Ukraine killed eight people and injured 37 over the past day, regional authorities said.",
     {("killed", 8), ("injured", 37)}),
    ("Debris from a downed drone injured 3 overnight in the Brovary district.", {("injured", 3)}),
    # "including the two ..." is a part
    ("Nearby, nine other people were injured, including the two teenagers.", {("injured", 9), ("injured", 2)}),
    # rates are never facts
    ("On average, eight civilians died and 25 were injured every day that month, the report said.", set()),
    ("The mission counted an average of 140 civilians killed and 510 injured per month last year.", set()),
    ("Casualties averaged 12 people a day in the first week, the monitors said.", set()),
    # clashes: assaults mounted, attempts to advance, tried N times, the number of clashes rose to
    ("Russian forces launched 58 assaults on the Pokrovsk front over the past day, the General Staff said.",
     {("clash", 58)}),
    ("The General Staff said the Russians mounted 61 assaults near Pokrovsk, 49 of which were repelled.",
     {("clash", 61), ("clash", 49)}),
    ("In the Kupiansk direction, the enemy made six attempts to advance, all of which failed.", {("clash", 6)}),
    ("Near Lyman, the occupiers tried 11 times to break through the Ukrainian defences.", {("clash", 11)}),
    ("By the evening the number of combat clashes had risen to 127, the General Staff said.", {("clash", 127)}),
    ("Ukrainian troops fought off 21 Russian attacks near Kupiansk.", {("clash", 21)}),
    ("The defenders beat off 15 enemy assaults in the Lyman direction.", {("clash", 15)}),
    # ... but attacks that may be shelling are no clashes, nor air and artillery strikes
    ("The governor said Russian forces carried out 512 attacks on 37 settlements over the day.", set()),
    ("Over the past day the enemy carried out 4 missile strikes, 51 air strikes and 70 attacks using rocket launchers.",
     set()),
    ("The enemy made 14 attempts to get through to the city's water supply.", set()),
    # attacks on a town or a region "N times" are shelling, not assaults on positions
    ("The enemy attacked Marhanets 14 times with artillery and drones over the day.", set()),
    ("Russian troops attacked the Kherson region 88 times, firing 430 shells.", set()),
    ("Russian forces attacked the city of Kherson seven times.", set()),
    ("In the Pokrovsk direction, the enemy attacked 26 times near Lysivka.", {("clash", 26)}),
    ("The enemy tried to break through the defence line 19 times near Krasnohorivka.", {("clash", 19)}),
    # reported losses of the other side are neither killed nor injured
    ("The Ukrainian armed forces lost up to 480 servicemen and three tanks, the Russian ministry said.", set()),
    ("Over the past day, Russia lost 1,090 soldiers, the General Staff said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_casualty_and_clash_families(text, expected):
    assert tuples(casualties_of(text)) == expected


def test_a_span_opening_sets_the_scope_of_every_figure():
    # UN monitoring summaries: "Between <date> and <date>, N killed and a further M injured"
    facts = casualties_of(
        "Between 1 March and 31 May, at least 470 civilians were killed and a further 1,690 injured, "
        "the UN monitoring mission said."
    )
    assert sorted(facts.select("fact_type", "count", "scope").rows()) == [
        ("injured", 1690, "period"), ("killed", 470, "period"),
    ]


def test_a_killed_or_injured_total_lends_its_scope_to_its_parts():
    # the combined figure is no fact, but its parts and the figure joined to them by "and" are cumulative
    facts = casualties_of(
        "At least 2,290 children have been killed or injured since the invasion, including 630 children killed "
        "and 1,660 children injured, the agency said."
    )
    assert sorted(facts.select("fact_type", "count", "scope").rows()) == [
        ("injured", 1660, "cumulative"), ("killed", 630, "cumulative"),
    ]


def test_a_close_pair_shares_a_scope_stated_after_it():
    facts = casualties_of(
        "In total, the Russians have killed at least 1,650 and wounded at least 3,980 civilians in the region "
        "since the beginning of the full-scale invasion."
    )
    assert sorted(facts.select("fact_type", "count", "scope").rows()) == [
        ("injured", 3980, "cumulative"), ("killed", 1650, "cumulative"),
    ]


def test_a_dated_event_beside_a_running_total_stays_an_event():
    facts = casualties_of(
        "Four people were killed in Kherson on Monday and 7,300 civilians have died in the region since the war began."
    )
    assert sorted(facts.select("fact_type", "count", "scope").rows()) == [
        ("killed", 4, "event"), ("killed", 7300, "cumulative"),
    ]


@pytest.mark.parametrize(("text", "scope"), [
    ("More than 580 civilians have been killed in Kherson since Ukrainian forces liberated the city.", "cumulative"),
    ("Russian shelling has killed 1,150 people in the region since the town was recaptured.", "cumulative"),
    ("Since the offensive began, at least 47 civilians have been killed in the Kharkiv region.", "cumulative"),
    ("Since January, guided bombs have injured 390 people in Zaporizhzhia.", "cumulative"),
    ("This year alone, Russian attacks have killed 91 civilians in the city, the mayor said.", "period"),
    # a running total in another clause, or a superlative, leaves the figure an event
    ("In the border region, where its troops have held ground since August, the army repelled 13 attacks.", "event"),
    ("It was the largest attack since the full-scale invasion began, and the strikes killed 27 civilians.", "event"),
])
def test_running_totals_in_the_figures_own_clause(text, scope):
    assert set(casualties_of(text)["scope"].to_list()) == {scope}


def test_the_hospitalised_among_the_injured_are_no_second_injured_figure():
    facts = casualties_of(
        "A drone strike on the village injured six people, the governor said. "
        "According to preliminary data, four of the injured were hospitalised."
    )
    assert tuples(facts) == {("injured", 6)}


def test_a_total_does_not_take_the_word_of_its_hospitalised_part():
    # "victims" is no casualty word: the total is no fact, and its hospitalised part stands as an event
    facts = casualties_of("As of 10:00, 104 victims had been identified, 58 of them were hospitalised.")
    assert facts.select("fact_type", "count", "scope").rows() == [("injured", 58, "event")]


def test_a_preliminary_count_says_so_in_its_note():
    facts = casualties_of("According to preliminary data, four people were killed and 12 injured, the governor said.")
    assert facts.select("fact_type", "count", "note").rows() == [
        ("killed", 4, "preliminary figure"), ("injured", 12, "preliminary figure"),
    ]
    assert casualties_of("Four people were killed, the governor said.")["note"].to_list() == [None]


def test_running_totals_since_the_invasion_are_cumulative():
    facts = casualties_of(
        "The UN monitoring mission said at least 11,900 civilians have been killed in Ukraine since the start "
        "of the full-scale invasion."
    )
    assert facts.select("fact_type", "count", "scope").rows() == [("killed", 11900, "cumulative")]


def test_a_part_of_a_mounted_assault_count_is_a_clash():
    facts = casualties_of("Russian troops carried out 44 assaults near Kurakhove, 39 of which were repelled.")
    assert facts.select("fact_type", "count", "rule_id").rows() == [
        ("clash", 44, "clash.assaults_mounted"), ("clash", 39, "clash.part_of_total"),
    ]


# (sentence, attribution level of its casualty figures)
ATTRIBUTIONS = [
    # governors, military administrations, mayors, regional and local authorities speak for their region
    ("Two people were killed in Beryslav, the head of the Kherson region said.", "regional_official"),
    ("Three people were injured in the shelling, regional authorities said.", "regional_official"),
    ("Four people were wounded in the strike, local officials said.", "regional_official"),
    ("Two people were injured in a drone attack on the village, Gladkov said on Telegram.", "regional_official"),
    ("Six people were hurt, the mayor wrote on his Telegram channel.", "regional_official"),
    ("Moscow-installed officials said five people were killed by shelling in Horlivka.", "regional_official"),
    ("Shelling killed four people in Donetsk, a senior Moscow-appointed official said.", "regional_official"),
    ("The Kharkiv regional head said 13 people were hurt in the city.", "regional_official"),
    ("Two people were injured, the district military administration said.", "regional_official"),
    ("One person was injured, according to the local council.", "regional_official"),
    # the interior and emergencies services are national
    ("Eight people were killed, the State Emergency Service said.", "national_official"),
    ("Seven people were injured in the city, emergency services said.", "national_official"),
    ("A missile killed 10 people in Sumy, the State Service for Emergencies said.", "national_official"),
    ("Three people were injured, the National Police said.", "national_official"),
    # the president and ministers are political
    ("Zelensky said on Telegram that 17 people had been killed.", "political"),
    ("Nine people were injured, Ukraine's interior minister said.", "political"),
    # unnamed officials are the outlet's sources
    ("At least 12 civilians were killed in the strike, officials said.", "media"),
    ("Five people were injured, a senior Ukrainian official told Reuters.", "media"),
    # monitors count independently
    ("The UN human rights monitoring mission said 19 civilians were killed in the city in May.", "monitoring"),
    # a channel named by its owner credits nobody new
    ("Nine people were killed, according to his Telegram channel.", None),
]


@pytest.mark.parametrize(("text", "level"), ATTRIBUTIONS)
def test_casualty_attribution_levels(text, level):
    facts = casualties_of(text)
    assert not facts.is_empty()
    assert set(facts["attribution"].to_list()) == {level}


def test_clash_counts_of_the_ukrainian_army_are_national():
    facts = casualties_of("The Ukrainian army said Russian forces had launched 52 assaults on the Pokrovsk front.")
    assert facts.select("fact_type", "count", "attribution").rows() == [("clash", 52, "national_official")]


# (sentence, the side whose attack hit the people counted)
ATTACKERS = [
    ("A Ukrainian drone strike on the village killed two civilians, the governor said.", "UA"),
    ("Three people were injured in Shebekino, Gladkov said.", "UA"),
    ("Ukrainian forces shelled Donetsk, killing four people, Moscow-installed officials said.", "UA"),
    ("Russian shelling of Kherson wounded five people, the regional military administration said.", "RU"),
    ("Four people were hurt in the capital, Klitschko said.", "RU"),
    ("At least 19 people were killed in a shelling of the market by Ukrainian forces, the mayor said.", "UA"),
    ("The Russians killed three residents of the region in Kurakhove on Monday.", "RU"),
    ("The invaders fired 83 times at the region, wounding two women.", "RU"),
    ("The Russian army killed one civilian and wounded five more in the Kherson region.", "RU"),
    ("Due to Russian aggression, two people were killed and four others were wounded, the governor wrote.", "RU"),
    # a speaker is not an attacker
    ("Three civilians were killed, the Ukrainian military said.", None),
    # both sides named: the sentence does not say
    ("Russian and Ukrainian shelling of the frontline town killed three civilians in May, the UN mission said.", None),
]


@pytest.mark.parametrize(("text", "side"), ATTACKERS)
def test_the_attacking_side_of_a_casualty_figure(text, side):
    facts = casualties_of(text)
    assert not facts.is_empty()
    assert set(facts["attacker"].to_list()) == {side}


def test_a_restated_figure_keeps_one_side_and_stays_one_fact():
    facts = facts_of("Six people were killed in Sumy. A Russian missile strike on Sumy killed 6 people.")
    assert facts.select("fact_type", "count", "attacker").rows() == [("killed", 6, "RU")]


@pytest.mark.parametrize(("text", "victims"), [
    ("Three military personnel were killed in the strike on the base.", "military"),
    ("Four border guards were wounded in the shelling.", "military"),
    ("Two police officers were injured when the drone hit the station.", "civilian"),
    ("Five pensioners were injured when the shell hit the bus stop.", "civilian"),
])
def test_the_victims_noun_says_civilian_or_military(text, victims):
    assert casualties_of(text)["victims"].to_list() == [victims]


def test_two_events_with_the_same_count_keep_their_own_sides():
    facts = facts_of(
        "At least one person was killed in the Dnipropetrovsk region, the deputy prime minister said. "
        "In Russia, one woman died when debris from a downed Ukrainian drone hit her house."
    )
    sides = {(r["place"], r["attacker"]) for r in facts.iter_rows(named=True)}
    assert sides == {("Dnipropetrovsk region", None), (None, "UA")}


def test_clashes_name_no_attacker():
    facts = casualties_of("Ukrainian forces repelled 31 Russian attacks near Toretsk, the General Staff said.")
    assert facts.select("fact_type", "count", "attacker").rows() == [("clash", 31, None)]


def test_no_place_from_a_weekday_a_month_or_an_adjective():
    facts = casualties_of("Eleven people were killed and 11 injured in Thursday's strikes, a spokesman said.")
    assert set(facts["place"].to_list()) == {None}


NEW_RULES = ("clash.assaults_mounted", "casualty.place_list")


@pytest.mark.parametrize("rule", [r for r in CASUALTY_RULES if r.rule_id in NEW_RULES], ids=lambda rule: rule.rule_id)
def test_the_new_rules_read_their_examples(rule):
    assert rule.rule_id in set(casualties_of(rule.example)["rule_id"].to_list())
