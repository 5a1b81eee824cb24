"""Distractors and other money read in real reporting (issue: aid5): Middle East and Sudan wire stories
(Reuters, AFP, AP, Anadolu, Xinhua, L'Orient-Le Jour, JNS, Middle East Monitor, Dabanga, Al Jazeera, TRT),
roundups that put Ukraine beside other wars, IMF releases and their coverage, US supplemental coverage, defence
industry news (Rheinmetall), Russia's budget stories. The sentences and articles are written for these tests;
figures may follow the stories, the wording does not.

Every family asserts what must not come out and, next to it, a control: the Ukraine-war figure beside it that
must still be read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipelines.extract.facts import extract_facts
from tests.test_extract_aid import articles

PUBLISHED = "2025-03-10T12:00:00Z"  # a Monday with an ECB fixing


def facts_of(*texts: str, published: str = PUBLISHED) -> list[dict]:
    """All facts of one article made of `texts` (paragraphs), in text order."""
    frame = extract_facts(articles("\n\n".join(texts), published=published))
    return frame.sort("evidence_start").to_dicts()


def counts(*texts: str) -> list[tuple[str, int]]:
    return [(f["fact_type"], f["count"]) for f in facts_of(*texts) if f["fact_type"] != "aid"]


def aid(*texts: str, published: str = PUBLISHED) -> list[tuple[float, str, str]]:
    return [
        (f["amount"], f["donor"], f["scope"]) for f in facts_of(*texts, published=published) if f["fact_type"] == "aid"
    ]


# Family 1: another war named by its places or actors, not by its country: "health officials in Rafah",
# "the Palestinian health ministry", "El Fasher in Darfur", "Pakistan's army", "the IDF".
@pytest.mark.parametrize(
    "text",
    [
        "Medics in Rafah reported 31 people dead and 52 hurt after an air strike on a shelter on Sunday.",
        "The Palestinian health ministry counted twelve people killed, three of them children, and 19 wounded.",
        "A drone slammed into a market in El Fasher, killing seven people and injuring 15, residents said.",
        "An RSF drone attack in South Kordofan killed nine soldiers, the army said.",
        "Pakistan's military said its air defences downed 25 drones overnight.",
        "The IDF said it shot down 14 drones fired at the north overnight.",
        "Air strikes on the port of Hodeidah killed six dockworkers and wounded 30, the rebels' health office said.",
    ],
)
def test_another_war_named_by_its_places_gives_no_fact(text):
    assert counts(text) == []


def test_a_ukraine_article_keeps_its_figures_beside_a_paragraph_on_gaza():
    facts = counts(
        "Russia fired 88 drones at Ukraine overnight, and 61 of them were shot down, the air force said.",
        "In Rafah, medics said 27 people were killed and 40 injured in a strike on a tent camp.",
        "In Kharkiv, three people were killed and 11 injured, the governor said.",
    )
    assert facts == [("launched", 88), ("intercepted", 61), ("killed", 3), ("injured", 11)]


# Family 2: a sentence that names no war keeps the topic of the sentence before it in its paragraph.
def test_a_sentence_after_one_about_another_war_stays_off_topic():
    lead = "A Russian missile killed four people in Dnipro on Tuesday, the regional governor said."
    text = (
        "Elsewhere, Israeli strikes hit a school sheltering displaced families. "
        "Rescuers said 18 people were killed and 35 wounded."
    )
    assert counts(lead, text) == [("killed", 4)]


def test_a_sentence_after_one_about_ukraine_is_read():
    lead = "Kyiv woke to explosions again on Tuesday."
    text = (
        "Israel's war in Gaza has drawn air defence systems away from Europe. "
        "Russia launched 64 drones at Ukraine overnight. Air defences destroyed 50 of them, the air force said."
    )
    assert counts(lead, text) == [("launched", 64), ("intercepted", 50)]


# Family 3: roundups. A heading that names another war ("Sudan: ...") heads paragraphs that may not name it
# again; the next heading ends its section.
ROUNDUP = [
    "Ukraine: night attack repelled",
    "Air defences shot down 74 of the 90 drones Russia launched at Kyiv overnight, the air force said.",
    "Sudan: drone hits graduation ceremony",
    "The army chief escaped unhurt, but the drone attack killed five people and injured 12.",
    "Myanmar: mine casualties soar",
    "Last year buried explosives killed 188 people and maimed 864, a monitoring group said.",
    "Ukraine: Odesa port hit",
    "Two port workers were killed and four injured, the regional governor said.",
]


def test_a_roundup_section_under_another_war_s_heading_gives_no_fact():
    facts = counts(*ROUNDUP)
    assert ("killed", 5) not in facts and ("injured", 12) not in facts
    assert ("killed", 188) not in facts and ("injured", 864) not in facts


def test_a_roundup_keeps_the_ukraine_sections():
    facts = counts(*ROUNDUP)
    assert ("launched", 90) in facts and ("intercepted", 74) in facts
    assert ("killed", 2) in facts and ("injured", 4) in facts
