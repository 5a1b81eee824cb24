"""Backfills with no network: re-extract text from kept pages, facts from stored texts."""

from __future__ import annotations

import dagster as dg
import duckdb
import pytest

from pipelines.defs import extract, ingest
from tests.conftest import make_resources, write_feeds_toml

INGEST = [ingest.poll_feeds_asset, ingest.articles, ingest.fetch_log, extract.extract_facts_asset]


def _snapshot(path):
    con = duckdb.connect(str(path), read_only=True)
    try:
        texts = con.execute("SELECT article_id, text FROM raw.articles ORDER BY 1").fetchall()
        facts = con.execute(
            "SELECT fact_id, fact_type, count, evidence FROM raw.fact_strikes ORDER BY 1"
        ).fetchall()
        return texts, facts
    finally:
        con.close()


@pytest.mark.e2e
def test_backfills_rebuild_text_and_facts_without_fetching(tmp_path, devset_site, warehouse_path):
    feeds = write_feeds_toml(tmp_path / "feeds.toml", devset_site.base_url, ["ap", "reuters"])
    resources = make_resources(warehouse_path, feeds)
    assert dg.materialize(INGEST, resources=resources).success
    texts_before, facts_before = _snapshot(warehouse_path)
    assert facts_before
    requests_before = devset_site.total_requests

    # a damaged text store and lost facts...
    con = duckdb.connect(str(warehouse_path))
    con.execute("UPDATE raw.articles SET text = 'damaged' WHERE text_status = 'ok'")
    con.execute("DELETE FROM raw.fact_strikes")
    con.close()

    # ...come back from the kept HTML, then from the texts
    rerun = dg.materialize(
        [ingest.articles, extract.extract_facts_asset],
        resources=resources,
        run_config={"ops": {"raw__articles": {"config": {"reread_kept_pages": True}}}},
    )
    assert rerun.success
    assert _snapshot(warehouse_path) == (texts_before, facts_before)

    again = dg.materialize(
        [extract.extract_facts_asset],
        resources=resources,
        run_config={"ops": {"extract_facts": {"config": {"reextract_all": True}}}},
    )
    assert again.success
    assert _snapshot(warehouse_path) == (texts_before, facts_before)
    assert devset_site.total_requests == requests_before


@pytest.mark.e2e
def test_facts_of_an_older_rules_version_are_extracted_again_by_the_next_run(tmp_path, devset_site, warehouse_path):
    feeds = write_feeds_toml(tmp_path / "feeds.toml", devset_site.base_url, ["ap"])
    resources = make_resources(warehouse_path, feeds)
    assert dg.materialize(INGEST, resources=resources).success
    texts_before, facts_before = _snapshot(warehouse_path)
    assert facts_before

    # a warehouse whose facts an older release's rules made (here: one wrong count each)
    con = duckdb.connect(str(warehouse_path))
    con.execute("UPDATE raw.articles SET extractor_version = '0.0.1' WHERE text_status = 'ok'")
    con.execute("UPDATE raw.fact_strikes SET count = count + 1")
    con.close()

    # the plain facts step, no config: every article of the old version is extracted again
    assert dg.materialize([extract.extract_facts_asset], resources=resources).success
    assert _snapshot(warehouse_path) == (texts_before, facts_before)
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        versions = con.execute("SELECT DISTINCT extractor_version FROM raw.articles WHERE text_status = 'ok'").fetchall()
    finally:
        con.close()
    assert versions == [(extract.EXTRACTOR_VERSION,)]
