"""Accuracy of the figure extractor on the fourth sealed corpus, tests/data/sealed4/.

Two slices written for issue 11 by two independent writers who never read the project's code or
ran its extractor (see each slice's README): `a`, wire and agency styles of 2022-2026; `b`, other
outlets, releases, live blogs, round-ups, interviews and fact boxes. Each has six distractors.

This file only scores them and prints totals (tests/sealed_corpora.py). The floors are regression
floors a little under the figures measured once when the corpus landed (the README's extraction
table gives those figures and the commit); they are not targets, and nobody tunes on these texts.
"""

from __future__ import annotations

import pytest

from pipelines.extract.score import score
from tests.sealed_corpora import (
    core_facts_from_distractors,
    evidence_outside_text,
    load_slice,
    predicted_slice,
    totals,
)

CORPUS = "sealed4"
SLICES = ("a", "b")

# Measured once, at commit a079739, when the corpus landed; nobody has seen a miss (README, "How good
# the extraction is"): core P/R/F1 slice a 0.927/0.919/0.923, slice b 0.947/0.687/0.796.
# The floors sit a little below.
CORE_PRECISION_FLOOR = {"a": 0.90, "b": 0.92}
CORE_RECALL_FLOOR = {"a": 0.89, "b": 0.66}
# Issue 11 asks for no fact from any distractor. Measured at a079739 (and before this session's
# rules, at a4ac9bf): one core fact from one of slice a's six distractors, none from slice b's. The
# target is missed; these are ceilings, so a new leak fails the test while the known one is open.
DISTRACTOR_CORE_FACTS_CEILING = {"a": 1, "b": 0}


@pytest.fixture(scope="module", params=SLICES)
def sealed_slice(request, tmp_path_factory):
    """(slice name, labelled articles, predicted facts); the extractor never sees the labels."""
    return predicted_slice(CORPUS, request.param, tmp_path_factory.mktemp(f"{CORPUS}_{request.param}"))


def test_each_slice_has_34_articles_six_of_them_distractors():
    for name in SLICES:
        gold = load_slice(CORPUS, name)
        assert len(gold) == 34, name
        assert sum(1 for article in gold if not article["facts"]) == 6, name
        assert evidence_outside_text(CORPUS, name) == 0, name


def test_core_precision_and_recall_stay_above_floors(sealed_slice):
    name, gold, predicted = sealed_slice
    scored = score(predicted, gold)
    print(f"\n{name}\n{totals(scored)}")
    core = scored["core"]
    slice_name = name.rsplit("/", 1)[1]
    assert core["precision"] >= CORE_PRECISION_FLOOR[slice_name], f"core precision {core['precision']:.3f}"
    assert core["recall"] >= CORE_RECALL_FLOOR[slice_name], f"core recall {core['recall']:.3f}"


def test_distractors_yield_no_more_core_facts_than_measured(sealed_slice):
    leaked = core_facts_from_distractors(sealed_slice)
    slice_name = sealed_slice[0].rsplit("/", 1)[1]
    assert leaked <= DISTRACTOR_CORE_FACTS_CEILING[slice_name], f"{leaked} core facts read from distractor articles of {sealed_slice[0]}"
