"""Scoring the sealed corpora (tests/data/sealed3, tests/data/sealed4) without leaking them.

Each sealed corpus was written by writers who never read the project's code, to measure the figure
extractor on reporting nobody tuned on. The tests print totals only, never a miss, an article id or
a sentence, so that running them does not put the corpus's texts into rule work or a test log.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.extract.facts import extract_facts
from pipelines.extract.jsonl import read_articles_jsonl
from pipelines.extract.score import CORE_TYPES

DATA = Path(__file__).parent / "data"
ARTICLE_FIELDS = ("id", "source", "published", "title", "text")


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
