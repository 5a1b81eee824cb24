"""The unit tests' batches (`tests/batched_facts.py`) give each article exactly the facts it gets alone.

The batching is only sound because articles of one extraction call do not see each other; the pipeline relies on
the same (it extracts 10,000 articles a call). Sentences written for this test.
"""

from __future__ import annotations

import pytest
from polars.testing import assert_frame_equal

from tests import batched_facts
from tests.batched_facts import _extractor, articles_frame, extract_each

# (text, publication time): every family, two layouts, a distractor, several days
ARTICLES = [
    (
        "Russia attacked Ukraine overnight with 52 Shahed drones and three Iskander-M ballistic missiles, the air "
        "force said on Tuesday. Air defences shot down 47 of the drones. In the Kharkiv region two people were "
        "killed and nine were injured, the governor said.",
        "2025-02-04T07:30:00Z",
    ),
    (
        "Germany will send Ukraine a new military aid package worth 1.2 billion euros, the defence minister said on "
        "Friday. Last year Berlin gave Kyiv 7 billion euros in all.",
        "2024-11-08T15:00:00Z",
    ),
    (
        "A Russian missile hit a five-storey block of flats in Dnipro on Sunday, killing at least 12 people, "
        "including two children, and injuring 40 others, regional officials said on Monday.",
        "2023-01-16T09:00:00Z",
    ),
    (
        "The enemy attacked with 50 means of air attack:\n– 41 Kh-101 cruise missiles;\n– 9 Shahed drones.\n\n"
        "Of these, 44 were shot down.",
        "2024-12-25T08:00:00Z",
    ),
    (
        "Russia's defence ministry said its air defences destroyed 27 Ukrainian drones overnight: 14 over the "
        "Belgorod region, 8 over the Kursk region and 5 over the Bryansk region.",
        "2025-06-14T06:00:00Z",
    ),
    ("Israel said it intercepted 20 drones launched from Yemen on Saturday.", "2024-07-20T12:00:00Z"),
]


@pytest.mark.parametrize("stage", ["all", "strikes", "casualties", "aid"])
def test_a_batch_gives_each_article_what_it_gets_alone(stage):
    batch = extract_each(ARTICLES, stage=stage)
    extract = _extractor(stage)
    found = 0
    for (text, published), from_batch in zip(ARTICLES, batch, strict=True):
        alone = extract(articles_frame([(text, published)])).with_columns(article_id=from_batch["article_id"])
        assert_frame_equal(from_batch, alone)
        found += alone.height
    assert found > 0  # the stage found something, so the comparison compared facts


def test_a_module_is_extracted_in_one_batch(monkeypatch):
    calls = []

    def counting_extract_each(cases, title="", stage="all"):
        calls.append(len(cases))
        return [articles_frame([]).clear() for _ in cases]  # facts are not what this test is about

    monkeypatch.setattr(batched_facts, "extract_each", counting_extract_each)
    monkeypatch.setattr(batched_facts, "_facts", {})
    monkeypatch.setattr(batched_facts, "_batched", set())
    monkeypatch.setattr(
        batched_facts,
        "_cases_by_module",
        {"tests/test_x.py": {("Russia launched 40 drones overnight.", None), ("Kyiv got 5 billion euros.", "2024-01-02T08:00:00Z")}},
    )
    monkeypatch.setattr(batched_facts, "_current_module", "tests/test_x.py")
    batched_facts.article_facts("Russia launched 40 drones overnight.")
    batched_facts.article_facts("Kyiv got 5 billion euros.", "2024-01-02T08:00:00Z")
    assert calls == [2]  # both texts in the first call, each with its own date; the second ask is served
    batched_facts.article_facts("A text a test body wrote.")
    assert calls == [2, 1]  # one nobody collected is extracted alone
