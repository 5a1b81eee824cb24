"""Structure families of the 44th round: sentences glued without a space, figures after "Of these", downings in a
relative clause with a possessive subject, and the day of a statement made "on Saturday night".

Every sentence below was written for these tests, none is copied from a story. Each case gives every strike fact
expected, as (fact_type, count, weapon_class, attacker); the controls give what must not be read.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipelines.extract.sentences import split_sentences
from tests.batched_facts import article_facts

PUBLISHED = "2025-06-15T09:00:00Z"  # a Sunday
STRIKE_TYPES = ("launched", "intercepted", "lost")


def strike_facts(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], r["weapon_class"], r["attacker"])
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


def sentences_of(text: str) -> list[tuple[int, int, str]]:
    articles = pl.DataFrame(
        {"article_id": ["a"], "source": ["s"], "published_at": [dt.datetime(2025, 6, 15, 9, tzinfo=dt.UTC)], "text": [text]}
    )
    return [(r["sentence_start"], r["sentence_end"], r["sentence"]) for r in split_sentences(articles).iter_rows(named=True)]


# 1. Sentences glued without a space: a lowercase letter or digit, the stop, then a capitalized word.
GLUED = [
    (
        "The House voted 368-57.The bill now goes to the Senate.",
        ["The House voted 368-57.", "The bill now goes to the Senate."],
    ),
    (
        "The aid was announced, said the State Department.Last week, Russia fired 12 missiles at Kyiv.",
        ["The aid was announced, said the State Department.", "Last week, Russia fired 12 missiles at Kyiv."],
    ),
    (
        "Russia launched 40 drones overnight, the air force said.Ukraine downed 31 of them.\n\nIt was calm.A siren sounded.",
        ["Russia launched 40 drones overnight, the air force said.", "Ukraine downed 31 of them.", "It was calm.",
         "A siren sounded."],
    ),
    (
        "Two were killed in the attack.In Kharkiv, a shop burned.",
        ["Two were killed in the attack.", "In Kharkiv, a shop burned."],
    ),
]
# ... but abbreviations, names, numbers, decimals and web addresses keep their dots
NOT_GLUED = [
    "He met U.S. officials in St.Petersburg on Monday.",
    "The No.1 priority is air defence, with 3.5 billion dollars for it.",
    "The report ran on kyivindependent.com and on Example.Com/news today.",
    "The meeting was at 9 a.m.Talks followed, officials said.",
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_glued_sentences_split(text, expected):
    sentences = sentences_of(text)
    assert [s for _, _, s in sentences] == expected
    for start, end, sentence in sentences:
        assert text[start:end] == sentence


@pytest.mark.parametrize("text", NOT_GLUED)
def test_dots_that_end_no_sentence(text):
    sentences = sentences_of(text)
    assert [s for _, _, s in sentences] == [text]
    for start, end, sentence in sentences:
        assert text[start:end] == sentence


GLUED_FACTS = [
    # the figure after the glue belongs to its own sentence's verb, and its evidence is that sentence
    (
        "Lawmakers voted 368-57.Russia fired 12 missiles at Kyiv overnight, the air force said.",
        {("launched", 12, "missile", "RU")},
    ),
    (
        "Ukraine's air force said Russia launched 60 drones.Air defences shot down 45 of them.",
        {("launched", 60, "drone", "RU"), ("intercepted", 45, "drone", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_FACTS)
def test_glued_sentence_facts(text, expected):
    assert strike_facts(text) == expected
    for r in article_facts(text, PUBLISHED).iter_rows(named=True):
        assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]


# 2. After a back-reference ("Of these", "Of them"), a bare figure with its own verb of loss is lost, never a second
#    downing borrowed from the figure before it.
LOST_AFTER_BACK_REFERENCE = [
    (
        "Russia launched 60 drones at Ukraine overnight. Of these, 30 drones were shot down and 5 were lost.",
        {("launched", 60, "drone", "RU"), ("intercepted", 30, "drone", "RU"), ("lost", 5, "drone", "RU")},
    ),
    (
        "Russia launched 60 drones at Ukraine overnight. Of these, 30 drones were shot down and 5 were lost from radar.",
        {("launched", 60, "drone", "RU"), ("intercepted", 30, "drone", "RU"), ("lost", 5, "drone", "RU")},
    ),
    (
        "Russia sent 48 Shahed drones overnight. Of them, 41 drones were destroyed and 7 failed to reach their targets.",
        {("launched", 48, "drone", "RU"), ("intercepted", 41, "drone", "RU"), ("lost", 7, "drone", "RU")},
    ),
    (
        "Russia fired 25 drones overnight. Of these, 20 drones were neutralised and 5 drones were lost.",
        {("launched", 25, "drone", "RU"), ("intercepted", 20, "drone", "RU"), ("lost", 5, "drone", "RU")},
    ),
    # a bare figure after "while" with no drones named is left alone: never a downing
    (
        "The enemy attacked with 25 drones. 20 drones were downed, while 5 were lost, the air force said.",
        {("launched", 25, "drone", "RU"), ("intercepted", 20, "drone", "RU")},
    ),
]
LOST_AFTER_BACK_REFERENCE_CONTROLS = [
    # a second downing stays a downing
    (
        "Russia launched 60 drones at Ukraine overnight. Of these, 30 drones were shot down and 5 more were destroyed.",
        {("launched", 60, "drone", "RU"), ("intercepted", 30, "drone", "RU"), ("intercepted", 5, "drone", "RU")},
    ),
    # a hit is no loss and no downing
    (
        "Russia fired 12 missiles at Kyiv overnight. Of these, 8 missiles were intercepted and 4 hit the city.",
        {("launched", 12, "missile", "RU"), ("intercepted", 8, "missile", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOST_AFTER_BACK_REFERENCE + LOST_AFTER_BACK_REFERENCE_CONTROLS)
def test_lost_after_back_reference(text, expected):
    assert strike_facts(text) == expected


# 3. A relative clause of downing right after the weapons, whoever its subject ("his forces", "its air defences",
#    "the country's air defence systems", "our forces", "the air force"): launched and intercepted for the figure.
RELATIVE_DOWNING = [
    (
        "Russia launched a wave of 45 Shahed drones that the country's air defences shot down.",
        {("launched", 45, "drone", "RU"), ("intercepted", 45, "drone", "RU")},
    ),
    (
        "Overnight Russia sent 30 attack drones that our forces shot down over the south.",
        {("launched", 30, "drone", "RU"), ("intercepted", 30, "drone", "RU")},
    ),
    (
        "Russia fired a barrage of 12 cruise missiles that the air force destroyed before they reached Kyiv.",
        {("launched", 12, "missile", "RU"), ("intercepted", 12, "missile", "RU")},
    ),
    (
        "Kyiv faced a wave of 45 Shahed drones that its air defence systems shot down, the mayor said.",
        {("launched", 45, "drone", "RU"), ("intercepted", 45, "drone", "RU")},
    ),
    (
        "Russia launched a wave of 45 Shahed drones that Ukraine's air defence shot down.",
        {("launched", 45, "drone", "RU"), ("intercepted", 45, "drone", "RU")},
    ),
    # no verb of launch before the weapons: the downing of all of them says they were launched
    (
        "Zelensky spoke of 45 Shahed drones that his forces shot down overnight.",
        {("launched", 45, "drone", "RU"), ("intercepted", 45, "drone", "RU")},
    ),
    (
        "The mayor thanked the crews for the 24 attack drones that the city's air defences destroyed.",
        {("launched", 24, "drone", "RU"), ("intercepted", 24, "drone", "RU")},
    ),
    # the clause between commas
    (
        "The governor said a wave of 45 Shahed drones, which his forces shot down, targeted the city.",
        {("launched", 45, "drone", "RU"), ("intercepted", 45, "drone", "RU")},
    ),
]
RELATIVE_DOWNING_CONTROLS = [
    # a clause between commas that is no downing
    ("Russia launched 45 drones, which targeted Kyiv and Odesa.", {("launched", 45, "drone", "RU")}),
    # the relative clause is the launch, not a downing
    (
        "Air defences shot down 40 drones that the enemy sent overnight.",
        {("intercepted", 40, "drone", "RU")},
    ),
    # a downing that is no relative clause of the weapons: the figure keeps its own verb only
    (
        "Russia launched 45 drones, and the country's air defences shot down 38 over the south.",
        {("launched", 45, "drone", "RU"), ("intercepted", 38, "drone", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_DOWNING + RELATIVE_DOWNING_CONTROLS)
def test_relative_clause_of_downing(text, expected):
    assert strike_facts(text) == expected


# 4. A statement made at night names its day: "the ministry on Saturday night said ...", "according to the ministry on
#    Saturday night", "said in its update on Saturday night" are the Saturday (FACTS.md 5), as "said on Saturday night"
#    was; the night of an attack still ends the next morning, and so does a night opening the sentence before its
#    speaker ("On Saturday night, the ministry said its air defences shot down 95 drones": the labels read it so).
MONDAY = "2025-06-16T09:00:00Z"


def strike_dates(text: str, published: str = MONDAY) -> set[tuple]:
    return {
        (r["fact_type"], r["count"], str(r["event_date"]))
        for r in article_facts(text, published).iter_rows(named=True)
        if r["fact_type"] in STRIKE_TYPES
    }


STATEMENT_AT_NIGHT = [
    ("The ministry said on Saturday night that it had downed 40 drones.", {("intercepted", 40, "2025-06-14")}),
    ("The ministry on Saturday night said its air defences had destroyed 25 drones.", {("intercepted", 25, "2025-06-14")}),
    ("Air defences downed 18 drones, according to the ministry on Saturday night.", {("intercepted", 18, "2025-06-14")}),
    ("The air force said in its update on Saturday night that it had shot down 33 drones.",
     {("intercepted", 33, "2025-06-14")}),
    # "overnight" beside the statement's day counts from that day
    ("The ministry on Saturday night said it had downed 40 drones overnight.", {("intercepted", 40, "2025-06-14")}),
]
STATEMENT_AT_NIGHT_CONTROLS = [
    # the night of the attack itself ends on Sunday morning
    ("On Saturday night, Russia launched 40 drones at Kyiv.", {("launched", 40, "2025-06-15")}),
    ("Russia on Saturday night launched 40 drones at Kyiv.", {("launched", 40, "2025-06-15")}),
    ("On Saturday night, the defence ministry said its air defences shot down 40 drones.", {("intercepted", 40, "2025-06-15")}),
    ("Russia attacked Kyiv with 40 drones on Saturday night, the air force said.", {("launched", 40, "2025-06-15")}),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_AT_NIGHT + STATEMENT_AT_NIGHT_CONTROLS)
def test_statement_made_at_night(text, expected):
    assert strike_dates(text) == expected
