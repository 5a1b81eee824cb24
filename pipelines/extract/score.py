"""Score extracted facts against labelled articles, by the rules of FACTS.md.

A predicted fact matches a label of the same article when

* strikes (`launched`, `intercepted`): fact_type, attacker, weapon_class and
  count agree;
* aid: the currency agrees and the amounts are within 0.5%, or the
  prediction's stated amount in EUR/USD agrees with the label's figure in
  that (other) currency — "2.7 billion euros (roughly $3 billion)" read as a
  USD fact still matches;
* other types (killed, injured, clash): fact_type and count agree.

Only `scope == 'event'` facts are scored, on both sides. Matching is one to
one within an article. Precision, recall and F1 are pooled over the corpus
per fact_type, and over the core (launched + intercepted + aid).
`event_date`, `weapon` and `donor` are accuracies over matched facts.

Command line: `python -m pipelines.extract.score [-v] [--by-rule] PRED.jsonl GOLD.jsonl`.
`-v` lists the misses and extras; `--by-rule` adds each rule's precision
(its scored facts, how many matched a label), the lowest first: how far a
fact of that `rule_id` can be trusted on this corpus.
PRED lines are facts carrying `id` or `article_id` (the output of
`salvo extract`), or articles with a `facts` list.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

CORE_TYPES = ("launched", "intercepted", "aid")
STRIKE_TYPES = ("launched", "intercepted")
# `lost` is not labelled in the corpora yet, so it is never scored
UNSCORED_TYPES = ("lost",)
AID_TOLERANCE = 0.005


def _article_id(fact: dict) -> str | None:
    value = fact.get("article_id", fact.get("id"))
    return None if value is None else str(value)


def _date_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def _number(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number  # NaN is absent


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if b == 0:
        return a == 0
    return abs(a - b) <= AID_TOLERANCE * abs(b)


def _is_scored(fact: dict) -> bool:
    return (fact.get("scope") or "event") == "event" and fact.get("fact_type") not in UNSCORED_TYPES


def _stated_amount(fact: dict, currency: str) -> float | None:
    """The prediction's figure in `currency` (EUR or USD), if it is one it read rather than computed.

    A prediction without `rate_source` is taken at its word.
    """
    if fact.get("currency") == currency:
        return _number(fact.get("amount"))
    if fact.get("rate_source") in (None, "stated"):
        return _number(fact.get(f"amount_{currency.lower()}"))
    return None


def facts_match(predicted: dict, gold: dict) -> bool:
    """Whether one predicted fact matches one label (same article assumed)."""
    fact_type = gold.get("fact_type")
    if predicted.get("fact_type") != fact_type:
        return False
    if fact_type == "aid":
        if predicted.get("currency") == gold.get("currency") and _close(
            _number(predicted.get("amount")), _number(gold.get("amount"))
        ):
            return True
        for other in ("EUR", "USD"):
            if gold.get("currency") != other and _close(
                _stated_amount(predicted, other), _number(gold.get(f"amount_{other.lower()}"))
            ):
                return True
        return False
    count = _number(predicted.get("count"))
    if count is None or count != _number(gold.get("count")):
        return False
    if fact_type in STRIKE_TYPES:
        return predicted.get("attacker") == gold.get("attacker") and predicted.get("weapon_class") == gold.get(
            "weapon_class"
        )
    return True


def _preference(predicted: dict, gold: dict) -> tuple:
    """Sort key among matching candidates: agreeing details first, then the closest amount."""
    agree = sum(
        (
            _date_text(predicted.get("event_date")) == _date_text(gold.get("event_date")),
            predicted.get("weapon") == gold.get("weapon"),
            predicted.get("donor") == gold.get("donor"),
        )
    )
    gap = 0.0
    if gold.get("fact_type") == "aid" and predicted.get("currency") == gold.get("currency"):
        amount, label = _number(predicted.get("amount")), _number(gold.get("amount"))
        if amount is not None and label:
            gap = abs(amount - label) / abs(label)
    return (-agree, gap)


def _match_article(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (augmenting paths), preferring closer candidates.

    Greedy pairing can strand a label when tolerances overlap (two aid amounts
    within 0.5% of each other); augmenting paths cannot.
    """
    candidates: list[list[int]] = []
    for p in predicted:
        options = [g for g in range(len(gold)) if facts_match(p, gold[g])]
        options.sort(key=lambda g: _preference(p, gold[g]))
        candidates.append(options)
    gold_owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in candidates[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_owner or augment(gold_owner[g], seen):
                gold_owner[g] = p
                return True
        return False

    for p in range(len(predicted)):
        augment(p, set())
    return sorted((p, g) for g, p in gold_owner.items())


def _ratio(numerator: int, denominator: int, empty: float) -> float:
    return numerator / denominator if denominator else empty


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = _ratio(tp, tp + fp, 1.0)
    recall = _ratio(tp, tp + fn, 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "n_pred": tp + fp, "n_gold": tp + fn,
            "precision": precision, "recall": recall, "f1": f1}


def score(predicted: list[dict], gold_articles: list[dict]) -> dict:
    """Precision/recall/F1 per fact_type and for the core, plus detail accuracies.

    `predicted`: facts with `article_id` (or `id`) and FACTS.md fields.
    `gold_articles`: labelled articles (`id`, `facts`). Predictions for
    articles not in the gold corpus are ignored (counted in `ignored`).

    Returns `{"types": {fact_type: {tp, fp, fn, n_pred, n_gold, precision,
    recall, f1}}, "core": {...}, "event_date_accuracy", "weapon_accuracy",
    "donor_accuracy", "matched", "misses": [label...], "extras": [fact...],
    "rules": {(rule_id, fact_type): {"facts", "right"}}, "ignored"}`; an
    accuracy is None when nothing it applies to matched; a prediction without
    `rule_id` counts under "(no rule_id)".
    """
    gold_by_article = {str(a["id"]): [f for f in a.get("facts", []) if _is_scored(f)] for a in gold_articles}
    predicted_by_article: dict[str, list[dict]] = defaultdict(list)
    ignored = 0
    for fact in predicted:
        article_id = _article_id(fact)
        if article_id not in gold_by_article:
            ignored += 1
        elif _is_scored(fact):
            predicted_by_article[article_id].append(fact)

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    misses: list[dict] = []
    extras: list[dict] = []
    pairs: list[tuple[dict, dict]] = []
    rules: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"facts": 0, "right": 0})
    for article_id, labels in gold_by_article.items():
        facts = predicted_by_article.get(article_id, [])
        matched = _match_article(facts, labels)
        matched_pred = {p for p, _ in matched}
        matched_gold = {g for _, g in matched}
        for p, g in matched:
            counts[labels[g]["fact_type"]][0] += 1
            pairs.append((facts[p], labels[g]))
        for p, fact in enumerate(facts):
            rule = rules[(fact.get("rule_id") or "(no rule_id)", fact["fact_type"])]
            rule["facts"] += 1
            rule["right"] += p in matched_pred
            if p not in matched_pred:
                counts[fact["fact_type"]][1] += 1
                extras.append({"article_id": article_id, **fact})
        for g, label in enumerate(labels):
            if g not in matched_gold:
                counts[label["fact_type"]][2] += 1
                misses.append({"article_id": article_id, **label})

    types = {fact_type: _prf(*counts[fact_type]) for fact_type in sorted(counts)}
    core = _prf(*(sum(counts[t][i] for t in CORE_TYPES) for i in range(3)))

    def accuracy(field: str, fact_types: Iterable[str] | None, normalise=lambda v: v) -> float | None:
        relevant = [(p, g) for p, g in pairs if fact_types is None or g["fact_type"] in fact_types]
        if not relevant:
            return None
        return sum(normalise(p.get(field)) == normalise(g.get(field)) for p, g in relevant) / len(relevant)

    return {
        "types": types,
        "core": core,
        "event_date_accuracy": accuracy("event_date", None, _date_text),
        "weapon_accuracy": accuracy("weapon", STRIKE_TYPES),
        "donor_accuracy": accuracy("donor", ("aid",)),
        "matched": len(pairs),
        "misses": misses,
        "extras": extras,
        "rules": dict(rules),
        "ignored": ignored,
    }


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predictions_from_records(records: list[dict]) -> list[dict]:
    """Flatten fact lines, or article lines with a `facts` list, into fact dicts with `article_id`."""
    facts = []
    for record in records:
        if "facts" in record:
            facts.extend({"article_id": str(record["id"]), **fact} for fact in record["facts"])
        else:
            facts.append(record)
    return facts


def format_report(result: dict) -> str:
    def percent(value: float | None) -> str:
        return "   n/a" if value is None else f"{100 * value:5.1f}%"

    lines = [f"{'fact_type':<12} {'gold':>5} {'pred':>5} {'tp':>5} {'prec':>7} {'recall':>7} {'f1':>7}"]
    rows = list(result["types"].items()) + [("core", result["core"])]
    for name, row in rows:
        lines.append(
            f"{name:<12} {row['n_gold']:>5} {row['n_pred']:>5} {row['tp']:>5} "
            f"{percent(row['precision']):>7} {percent(row['recall']):>7} {percent(row['f1']):>7}"
        )
    lines.append(
        f"event_date accuracy {percent(result['event_date_accuracy'])}, "
        f"weapon accuracy {percent(result['weapon_accuracy'])}, "
        f"donor accuracy {percent(result['donor_accuracy'])} (over {result['matched']} matched)"
    )
    if result["ignored"]:
        lines.append(f"{result['ignored']} predictions for articles not in the gold file were ignored")
    return "\n".join(lines)


def format_rules(result: dict) -> str:
    """Each rule's scored facts and how many matched a label, the least precise first."""
    def least_precise_first(item):
        key, row = item
        return row["right"] / row["facts"], -row["facts"], key

    rows = sorted(result["rules"].items(), key=least_precise_first)
    width = max([len("rule_id")] + [len(rule_id) for (rule_id, _), _ in rows])
    lines = [f"{'rule_id':<{width}} {'fact_type':<12} {'facts':>5} {'right':>5} {'prec':>7}"]
    for (rule_id, fact_type), row in rows:
        lines.append(
            f"{rule_id:<{width}} {fact_type:<12} {row['facts']:>5} {row['right']:>5} "
            f"{100 * row['right'] / row['facts']:6.1f}%"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    by_rule = "--by-rule" in args
    paths = [a for a in args if a not in ("-v", "--by-rule")]
    if len(paths) != 2:
        print("usage: python -m pipelines.extract.score [-v] [--by-rule] PRED.jsonl GOLD.jsonl", file=sys.stderr)
        return 2
    try:
        predicted, gold = read_jsonl(paths[0]), read_jsonl(paths[1])
    except OSError as error:
        print(f"error: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as error:
        print(f"error: a line is not JSON ({error})", file=sys.stderr)
        return 2
    result = score(predictions_from_records(predicted), gold)
    print(format_report(result))
    if by_rule:
        print()
        print(format_rules(result))
    if verbose:
        for label in result["misses"]:
            print("MISS ", json.dumps({k: v for k, v in label.items() if k != "note"}, ensure_ascii=False))
        for fact in result["extras"]:
            print("EXTRA", json.dumps({k: v for k, v in fact.items() if v is not None}, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
