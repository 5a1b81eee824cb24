"""Accuracy of the figure extractor on the sealed corpora written for issue 11, tests/data/sealed3
and tests/data/sealed4.

Each corpus has two slices written by independent writers who never read the project's code (see
each slice's README); sealed4's writers never ran the extractor either. sealed3: `a`, wire and agency
styles of 2022-2024; `b`, other outlets, press releases, live blogs and round-ups of 2024-2026.
sealed4: `a`, wire and agency styles of 2022-2026; `b`, other outlets, releases, Telegram-style
posts, live blogs, round-ups, interviews and fact boxes. Every slice has six distractors: other wars
and Ukraine stories whose figures are not facts.

These tests only score them. They print totals, never a miss, an article id or a sentence, so that
running them does not put the corpora's texts into rule work or a test log. The floors are
regression floors a little under the figures measured once when each corpus landed (the README's
extraction table gives those figures, docs/accuracy.md the commits); they are not targets, and nobody tunes on
these texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.extract.facts import extract_facts
from pipelines.extract.jsonl import read_articles_jsonl
from pipelines.extract.score import CORE_TYPES, score

DATA = Path(__file__).parent / "data"
ARTICLE_FIELDS = ("id", "source", "published", "title", "text")


# Per slice: its size, and floors a little under what was measured when the corpus landed.
# sealed3, measured at ef7259c: core P/R/F1 slice a 0.946/0.820/0.879, slice b 0.812/0.756/0.783.
# sealed4, measured at a079739: slice a 0.927/0.919/0.923, slice b 0.947/0.687/0.796.
# Issue 11 asks for no fact from any distractor; sealed4's slice a gives one core fact from one of
# its distractors (as did the rules before that session, a4ac9bf). That target is missed: the
# distractor figures are ceilings, so a new leak fails while the known one is open.
SLICES = {
    "sealed3/a": {"articles": 32, "precision": 0.92, "recall": 0.79, "distractor_core_facts": 0},
    "sealed3/b": {"articles": 32, "precision": 0.78, "recall": 0.72, "distractor_core_facts": 0},
    "sealed4/a": {"articles": 34, "precision": 0.90, "recall": 0.89, "distractor_core_facts": 1},
    "sealed4/b": {"articles": 34, "precision": 0.92, "recall": 0.66, "distractor_core_facts": 0},
}


class SealedSlice(tuple):
    """(name, labelled articles, predicted facts) whose repr is its name only: a failing assertion
    must not print the corpus's texts into a test log."""

    def __repr__(self) -> str:
        return f"<sealed slice {self[0]}>"


def load_slice(corpus: str, name: str) -> list[dict]:
    path = DATA / corpus / name / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predicted_slice(corpus: str, name: str, workdir: Path) -> SealedSlice:
    """Extract the slice's facts from its articles with the labels removed: the extractor never sees them."""
    gold = load_slice(corpus, name)
    unlabelled = workdir / "articles.jsonl"
    with unlabelled.open("w", encoding="utf-8") as out:
        for article in gold:
            out.write(json.dumps({field: article[field] for field in ARTICLE_FIELDS}, ensure_ascii=False) + "\n")
    articles, errors = read_articles_jsonl(unlabelled)
    assert errors == [] and articles.height == len(gold)
    return SealedSlice((f"{corpus}/{name}", gold, extract_facts(articles).to_dicts()))


def totals(scored: dict) -> str:
    """Per fact type gold/pred/tp and P/R/F1; the core; the detail accuracies. No article ids, no text."""

    def ratio(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.3f}"

    lines = [f"{'type':<12} {'gold':>5} {'pred':>5} {'tp':>4}  {'P':>5}  {'R':>5}  {'F1':>5}"]
    for name, counts in sorted(scored["types"].items()) + [("CORE", scored["core"])]:
        lines.append(
            f"{name:<12} {counts['n_gold']:>5} {counts['n_pred']:>5} {counts['tp']:>4}  "
            f"{ratio(counts['precision'])}  {ratio(counts['recall'])}  {ratio(counts['f1'])}"
        )
    lines.append(
        f"event_date {ratio(scored['event_date_accuracy'])} | weapon {ratio(scored['weapon_accuracy'])}"
        f" | donor {ratio(scored['donor_accuracy'])}"
    )
    return "\n".join(lines)


def core_facts_from_distractors(sealed: SealedSlice) -> int:
    """How many core facts were read from the slice's distractors (articles with no labelled fact).
    Counted, not listed: the ids would point at the texts."""
    _, gold, predicted = sealed
    distractors = {article["id"] for article in gold if not article["facts"]}
    return sum(1 for fact in predicted if fact["article_id"] in distractors and fact["fact_type"] in CORE_TYPES)


def evidence_outside_text(corpus: str, name: str) -> int:
    """Labelled facts whose evidence sentence is not in their article's text (a broken corpus)."""
    return sum(
        1 for article in load_slice(corpus, name) for fact in article["facts"] if fact["evidence"] not in article["text"]
    )


@pytest.fixture(scope="module", params=sorted(SLICES))
def sealed_slice(request, tmp_path_factory) -> SealedSlice:
    """(slice, labelled articles, predicted facts); the extractor never sees the labels."""
    corpus, name = request.param.split("/")
    return predicted_slice(corpus, name, tmp_path_factory.mktemp(f"{corpus}_{name}"))


@pytest.mark.parametrize("slice_path", sorted(SLICES))
def test_each_slice_is_whole_with_six_distractors(slice_path):
    corpus, name = slice_path.split("/")
    gold = load_slice(corpus, name)
    assert len(gold) == SLICES[slice_path]["articles"]
    assert sum(1 for article in gold if not article["facts"]) == 6
    assert evidence_outside_text(corpus, name) == 0


def test_core_precision_and_recall_stay_above_floors(sealed_slice):
    name, gold, predicted = sealed_slice
    scored = score(predicted, gold)
    print(f"\n{name}\n{totals(scored)}")
    core = scored["core"]
    assert core["precision"] >= SLICES[name]["precision"], f"core precision {core['precision']:.3f}"
    assert core["recall"] >= SLICES[name]["recall"], f"core recall {core['recall']:.3f}"


def test_distractors_yield_no_more_core_facts_than_measured(sealed_slice):
    leaked = core_facts_from_distractors(sealed_slice)
    assert leaked <= SLICES[sealed_slice[0]]["distractor_core_facts"], f"{leaked} core facts from distractors of {sealed_slice[0]}"
