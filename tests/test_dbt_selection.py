"""What a daily dbt build leaves out (`dbt_builds.nodes_to_leave_out`), on the project's own manifest.

The build after new articles need not make the views again (they read raw
live), load the seed again, nor rebuild or test what reads only raw tables
that did not change (the reference tallies); everything else it must build
and test, the tests of the views included. test_dbt_models checks that such
a build gives the rows a full rebuild gives.
"""

import json

import pytest

from pipelines.warehouse import dbt_builds


@pytest.fixture(scope="module")
def manifest() -> dict:
    from pipelines.defs.warehouse import ensure_manifest

    return json.loads(ensure_manifest().read_bytes())


def _state(project: str = "p", **raw: str) -> dict:
    return {"project": project, "raw": {t: raw.get(t, "same") for t in dbt_builds.FINGERPRINTED_SOURCES}}


def _relations(manifest: dict) -> set[tuple[str, str]]:
    return {(n["schema"], n.get("alias") or n["name"]) for n in manifest["nodes"].values()}


def _names(manifest: dict, kind: str) -> set[str]:
    return {n["name"] for n in manifest["nodes"].values() if n["resource_type"] == kind}


# what a daily run with new articles changes
NEW_ARTICLES = dict.fromkeys(
    ("articles", "feed_entries", "fact_strikes", "fact_aid", "fact_casualties", "fact_clashes"), "new")


def test_new_facts_leave_out_views_the_seed_and_the_reference_models_only(manifest):
    leave_out = set(dbt_builds.nodes_to_leave_out(
        manifest, _state(), _state(**NEW_ARTICLES), _relations(manifest)))
    views = {n["name"] for n in manifest["nodes"].values()
             if n["resource_type"] == "model" and n["config"]["materialized"] == "view"}
    assert views | _names(manifest, "seed") <= leave_out
    assert "int_reference_nights" in leave_out
    # every table is built, and every test that reads a changed source (through views too) runs
    assert not leave_out & {"int_strike_reports", "int_strike_article_figures", "daily_air_attacks",
                            "nights_to_review", "night_reconciliation", "aid_commitments"}
    tests_left_out = leave_out & _names(manifest, "test")
    assert tests_left_out and all("reference" in t for t in tests_left_out)
    assert any("stg_fact_strikes" in t for t in _names(manifest, "test") - leave_out)


def test_new_reference_tallies_rebuild_the_reference_models(manifest):
    leave_out = dbt_builds.nodes_to_leave_out(
        manifest, _state(), _state(reference_files="new"), _relations(manifest))
    tests = [t for t in _names(manifest, "test") if "reference" in t]
    assert tests and not set(tests) & set(leave_out)
    # the facts did not change: the strike and aid models read the same rows as last time
    assert {"int_strike_reports", "aid_commitments"} <= set(leave_out)


def test_a_table_that_reads_only_unchanged_facts_is_left_out_with_its_tests(manifest):
    leave_out = set(dbt_builds.nodes_to_leave_out(
        manifest, _state(), _state(fact_strikes="new"), _relations(manifest)))
    assert "clashes_daily" in leave_out and "int_strike_reports" not in leave_out
    # a test of casualties alone is left out; one that also reads the articles is not
    assert "non_negative_stg_fact_casualties_reported_count" in leave_out


def test_nothing_is_left_out_after_a_project_change_a_first_build_or_a_dropped_relation(manifest):
    relations = _relations(manifest)
    changed = _state(articles="new")
    assert dbt_builds.nodes_to_leave_out(manifest, _state(project="older"), changed, relations) == []
    assert dbt_builds.nodes_to_leave_out(manifest, None, changed, relations) == []
    assert dbt_builds.nodes_to_leave_out(manifest, _state(), changed, relations - {("staging", "stg_articles")}) == []


def test_the_fingerprint_tells_which_raw_table_changed(tmp_path):
    import duckdb

    schema = (dbt_builds.Path(__file__).resolve().parents[1] / "pipelines" / "warehouse" / "schema.sql").read_text()
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute(schema)
        first = dbt_builds.raw_fingerprint(con, tmp_path / "no-manifest.json")
        dbt_builds.record_build(con, first, True)
        assert dbt_builds.last_build_fingerprint(con) == json.loads(first)
        con.execute("insert into raw.fact_aid (fact_id, article_id, fact_type, scope, qualifier, amount, currency,"
                    " evidence, extracted_at) values ('a:0', 'a', 'aid', 'event', 'exact', 1, 'EUR', 'x', now())")
        second = json.loads(dbt_builds.raw_fingerprint(con, tmp_path / "no-manifest.json"))
        assert {t for t in second["raw"] if second["raw"][t] != json.loads(first)["raw"][t]} == {"fact_aid"}
        # a build logged before the fingerprint was JSON: the next build leaves nothing out
        dbt_builds.record_build(con, "0" * 64, True)
        assert dbt_builds.last_build_fingerprint(con) is None
