"""How well the figure extractor generalises: scores on the held-out corpus in tests/data/heldout.

The held-out articles were written independently of the extractor's rules and
of the devset wording (see tests/data/heldout/README.md). The thresholds here
are regression floors, not targets: core precision >= 0.90, core recall >= 0.70,
and no distractor article (one with no labelled facts) may yield a core fact.
Run with `-s` or read the printed table to see per-type figures, misses and extras.
"""

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipelines.extract.facts import extract_facts
from pipelines.extract.jsonl import facts_to_jsonl_records, read_articles_jsonl
from pipelines.extract.score import CORE_TYPES, format_report, score

HELDOUT = Path(__file__).parent / "data" / "heldout" / "articles.jsonl"
CORE_PRECISION_FLOOR = 0.90
CORE_RECALL_FLOOR = 0.70


@pytest.fixture(scope="module")
def heldout_articles() -> list[dict]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def predicted_facts(heldout_articles, tmp_path_factory) -> list[dict]:
    # The extractor sees only what a feed would give it: no labels.
    path = tmp_path_factory.mktemp("heldout") / "in.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for article in heldout_articles:
            unlabelled = {key: value for key, value in article.items() if key != "facts"}
            handle.write(json.dumps(unlabelled, ensure_ascii=False) + "\n")
    articles, errors = read_articles_jsonl(path)
    assert errors == []
    assert articles.height == len(heldout_articles)
    return list(facts_to_jsonl_records(extract_facts(articles)))


@pytest.fixture(scope="module")
def result(predicted_facts, heldout_articles) -> dict:
    return score(predicted_facts, heldout_articles)


def _detail(result: dict) -> str:
    lines = []
    for label in result["misses"]:
        lines.append(f"MISS  {label['article_id']} {label['fact_type']} {label.get('count', label.get('amount'))} "
                     f"| {label.get('evidence', '')[:110]}")
    for fact in result["extras"]:
        lines.append(f"EXTRA {fact['article_id']} {fact['fact_type']} {fact.get('count', fact.get('amount'))} "
                     f"| {(fact.get('evidence') or '')[:110]}")
    return "\n".join(lines)


def test_corpus_is_well_formed(heldout_articles):
    """The labels themselves: evidence verbatim, dates not after publication, 30 articles."""
    assert [a["id"] for a in heldout_articles] == [f"h{n:03d}" for n in range(1, 31)]
    for article in heldout_articles:
        published = dt.datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
        kyiv_date = published.astimezone(ZoneInfo("Europe/Kyiv")).date()
        for fact in article["facts"]:
            assert fact["evidence"] in article["text"], (article["id"], fact["evidence"])
            assert dt.date.fromisoformat(fact["event_date"]) <= kyiv_date, (article["id"], fact)
            if fact["fact_type"] == "aid":
                assert fact["amount"] > 0 and len(fact["currency"]) == 3
            else:
                assert isinstance(fact["count"], int) and fact["count"] > 0


def test_report_and_core_floors(result, capsys):
    report = format_report(result)
    with capsys.disabled():
        print("\nheld-out corpus (tests/data/heldout):")
        print(report)
        print(_detail(result))
    core = result["core"]
    assert core["precision"] >= CORE_PRECISION_FLOOR, f"core precision below floor\n{report}\n{_detail(result)}"
    assert core["recall"] >= CORE_RECALL_FLOOR, f"core recall below floor\n{report}\n{_detail(result)}"


def test_distractors_yield_no_core_fact(heldout_articles, predicted_facts):
    distractor_ids = {a["id"] for a in heldout_articles if not a["facts"]}
    assert len(distractor_ids) == 5
    leaked = [f for f in predicted_facts if f["id"] in distractor_ids and f["fact_type"] in CORE_TYPES]
    assert leaked == [], "\n".join(f"{f['id']}: {f['fact_type']} | {f.get('evidence')}" for f in leaked)


def test_lost_drones_are_never_reported_as_intercepted(heldout_articles, predicted_facts):
    """A 'locationally lost' figure read as an interception inflates the air-defence tally."""
    lost = {(a["id"], f["attacker"], f["weapon_class"], f["count"])
            for a in heldout_articles for f in a["facts"] if f["fact_type"] == "lost"}
    wrong = [f for f in predicted_facts if f["fact_type"] == "intercepted"
             and (f["id"], f.get("attacker"), f.get("weapon_class"), f.get("count")) in lost]
    assert wrong == [], wrong
