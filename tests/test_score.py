"""The scorer on small hand-made cases (rules at the end of FACTS.md)."""

import json

import pytest

from pipelines.extract.score import main, score


def strike(fact_type="launched", count=44, attacker="RU", weapon_class="drone", **extra):
    return {"fact_type": fact_type, "count": count, "attacker": attacker, "weapon_class": weapon_class,
            "weapon": None, "event_date": "2023-09-28", "scope": "event", "qualifier": "exact", **extra}


def aid(amount, currency="EUR", amount_eur=None, amount_usd=None, **extra):
    return {"fact_type": "aid", "amount": amount, "currency": currency, "amount_eur": amount_eur,
            "amount_usd": amount_usd, "donor": "NATO", "recipient": "Ukraine", "event_date": "2023-09-28",
            "scope": "event", "qualifier": "exact", **extra}


def predicted(article_id, *facts):
    return [{"article_id": article_id, **fact} for fact in facts]


def test_perfect_match_scores_one_everywhere():
    gold = [{"id": "a1", "facts": [strike(), strike("intercepted", 34), aid(2.4e9, amount_usd=2.53e9)]}]
    result = score(predicted("a1", strike(), strike("intercepted", 34), aid(2.4e9, amount_usd=2.53e9)), gold)
    assert result["core"] == {"tp": 3, "fp": 0, "fn": 0, "n_pred": 3, "n_gold": 3,
                              "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["event_date_accuracy"] == 1.0
    assert result["weapon_accuracy"] == 1.0
    assert result["donor_accuracy"] == 1.0


def test_miss_lowers_recall_only():
    gold = [{"id": "a1", "facts": [strike(), strike("intercepted", 34)]}]
    result = score(predicted("a1", strike()), gold)
    assert result["types"]["intercepted"]["recall"] == 0.0
    assert result["types"]["launched"]["f1"] == 1.0
    assert result["core"]["precision"] == 1.0
    assert result["core"]["recall"] == 0.5
    assert [m["count"] for m in result["misses"]] == [34]


def test_extra_lowers_precision_and_distractor_predictions_count():
    gold = [{"id": "a1", "facts": [strike()]}, {"id": "distractor", "facts": []}]
    preds = predicted("a1", strike(), strike(count=45)) + predicted("distractor", strike(count=7))
    result = score(preds, gold)
    assert result["types"]["launched"]["tp"] == 1
    assert result["types"]["launched"]["fp"] == 2
    assert result["core"]["precision"] == pytest.approx(1 / 3)
    assert result["core"]["recall"] == 1.0


def test_strike_fields_must_agree():
    gold = [{"id": "a1", "facts": [strike()]}]
    for wrong in (strike(attacker="UA"), strike(weapon_class="missile"), strike("intercepted")):
        assert score(predicted("a1", wrong), gold)["core"]["tp"] == 0


def test_aid_amount_tolerance_is_half_a_percent():
    gold = [{"id": "a1", "facts": [aid(1e9)]}]
    assert score(predicted("a1", aid(1.004e9)), gold)["core"]["tp"] == 1
    assert score(predicted("a1", aid(1.006e9)), gold)["core"]["tp"] == 0
    assert score(predicted("a1", aid(1e9, currency="USD")), gold)["core"]["tp"] == 0


def test_aid_matches_through_stated_other_currency():
    # label: 2.7 bn EUR (roughly $3 bn); prediction read the dollar figure first
    gold = [{"id": "a1", "facts": [aid(2.7e9, amount_eur=2.7e9, amount_usd=3e9)]}]
    assert score(predicted("a1", aid(3e9, currency="USD", amount_usd=3e9)), gold)["core"]["tp"] == 1
    # a computed conversion is not a stated figure
    computed = aid(1.5e9, currency="GBP", amount_usd=3e9, rate_source="ecb")
    assert score(predicted("a1", computed), gold)["core"]["tp"] == 0


def test_matching_is_one_to_one_within_an_article():
    gold = [{"id": "a1", "facts": [strike()]}, {"id": "a2", "facts": [strike()]}]
    # the same figure twice in a1 cannot take both labels, nor a2's
    result = score(predicted("a1", strike(), strike()), gold)
    assert result["types"]["launched"]["tp"] == 1
    assert result["types"]["launched"]["fp"] == 1
    assert result["types"]["launched"]["fn"] == 1


def test_one_to_one_finds_the_maximum_matching_for_overlapping_tolerances():
    # 100.4 m is within 0.5% of both labels; greedy pairing with 100.0 would strand 100.8
    gold = [{"id": "a1", "facts": [aid(100.0e6), aid(100.8e6)]}]
    result = score(predicted("a1", aid(100.4e6), aid(100.1e6)), gold)
    assert result["core"]["tp"] == 2


def test_only_event_scope_is_scored():
    gold = [{"id": "a1", "facts": [aid(24.9e9, currency="USD", scope="cumulative"), aid(1e9)]}]
    result = score(predicted("a1", aid(1e9), aid(24.9e9, currency="USD", scope="cumulative")), gold)
    assert result["core"] == {"tp": 1, "fp": 0, "fn": 0, "n_pred": 1, "n_gold": 1,
                              "precision": 1.0, "recall": 1.0, "f1": 1.0}
    # a period or cumulative figure reported as an event is an extra
    result = score(predicted("a1", aid(1e9), aid(24.9e9, currency="USD")), gold)
    assert result["core"]["fp"] == 1


def test_detail_accuracies_are_over_matched_facts():
    gold = [{"id": "a1", "facts": [strike(weapon="Shahed-136/131"), strike("intercepted", 34), aid(1e9)]}]
    preds = predicted("a1", strike(event_date="2023-09-27"), strike("intercepted", 34), aid(1e9, donor="EU"),
                      strike(count=99, event_date="2020-01-01"))
    result = score(preds, gold)
    assert result["event_date_accuracy"] == pytest.approx(2 / 3)
    assert result["weapon_accuracy"] == pytest.approx(1 / 2)
    assert result["donor_accuracy"] == 0.0


def test_casualties_match_on_count_and_lost_is_never_scored():
    gold = [{"id": "a1", "facts": [{"fact_type": "killed", "count": 12, "event_date": "2023-09-28", "scope": "event"}]}]
    preds = predicted("a1", {"fact_type": "killed", "count": 12, "scope": "event"},
                      {"fact_type": "lost", "count": 415, "scope": "event", "attacker": "RU", "weapon_class": "drone"})
    result = score(preds, gold)
    assert result["types"]["killed"]["f1"] == 1.0
    assert "lost" not in result["types"]
    assert result["core"]["n_gold"] == 0


def test_command_line_prints_a_table(tmp_path, capsys):
    gold_path = tmp_path / "gold.jsonl"
    pred_path = tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps({"id": "a1", "facts": [strike(), aid(1e9)]}) + "\n")
    pred_path.write_text(json.dumps({"id": "a1", **strike()}) + "\n")
    assert main([str(pred_path), str(gold_path)]) == 0
    out = capsys.readouterr().out
    assert "launched" in out and "aid" in out and "core" in out
    assert "50.0%" in out  # core recall 1 of 2


def test_by_rule_counts_each_rules_facts_and_right_ones(tmp_path, capsys):
    gold = [{"id": "a1", "facts": [strike(), strike("intercepted", 34)]},
            {"id": "a2", "facts": [aid(1e9)]}]
    preds = (predicted("a1", strike(rule_id="strike.verb_before"),
                       strike("intercepted", 30, rule_id="strike.verb_before"))
             + predicted("a2", aid(1e9, rule_id="aid.direct_commitment"), aid(5e8, rule_id="aid.direct_commitment"),
                         aid(7e8)))
    rules = score(preds, gold)["rules"]
    assert rules == {
        ("strike.verb_before", "launched"): {"facts": 1, "right": 1},
        ("strike.verb_before", "intercepted"): {"facts": 1, "right": 0},
        ("aid.direct_commitment", "aid"): {"facts": 2, "right": 1},
        ("(no rule_id)", "aid"): {"facts": 1, "right": 0},
    }
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(a) + "\n" for a in gold))
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds))
    assert main(["--by-rule", str(pred_path), str(gold_path)]) == 0
    table = capsys.readouterr().out.split("\n\n", 1)[1].splitlines()
    assert table[0].split() == ["rule_id", "fact_type", "facts", "right", "prec"]
    # the least precise first; among equals, the rule with more facts, then by name
    assert [line.split()[:2] for line in table[1:]] == [
        ["(no", "rule_id)"], ["strike.verb_before", "intercepted"], ["aid.direct_commitment", "aid"],
        ["strike.verb_before", "launched"],
    ]
    assert table[3].split()[-1] == "50.0%"


def test_command_line_names_a_file_it_cannot_read(tmp_path, capsys):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({"id": "a1", "facts": [strike()]}) + "\n")
    assert main([str(tmp_path / "missing.jsonl"), str(gold_path)]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    assert main([str(bad), str(gold_path)]) == 2
    assert "not JSON" in capsys.readouterr().err
