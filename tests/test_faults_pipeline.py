"""The fault suite at the pipeline level (issue 5): bad feeds beside good ones,
every feed failing, a crash in the middle of a load, two runs at once, an
analyst holding the warehouse or the snapshot open, re-running the same day.

Page- and network-level faults are in test_http_fetcher.py and
test_feed_parsing.py; these run the real assets on a local server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import dagster as dg
import duckdb
import pytest

from pipelines.defs import extract, ingest
from tests.conftest import REPO_ROOT, make_resources, write_feeds_toml

pytestmark = [pytest.mark.faults, pytest.mark.timeout(240)]

INGEST = [ingest.poll_feeds_asset, ingest.articles, ingest.fetch_log, extract.extract_facts_asset]
GOOD_FEEDS = ["ap", "reuters"]


def _counts(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            table: con.execute(f"SELECT count(*) FROM raw.{table}").fetchone()[0]
            for table in ("feed_entries", "articles", "fact_strikes", "fact_aid")
        } | {
            "distinct_articles": con.execute("SELECT count(DISTINCT canonical_url) FROM raw.articles").fetchone()[0]
        }
    finally:
        con.close()


def _run_in_subprocess(warehouse, feeds, env_extra=None) -> subprocess.Popen:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.pipeline_runner", str(warehouse), str(feeds), "ingest"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def good_feeds(tmp_path, devset_site):
    return write_feeds_toml(tmp_path / "feeds.toml", devset_site.base_url, GOOD_FEEDS)


@pytest.fixture
def reference_counts(tmp_path, good_feeds):
    """What one clean run loads: the figure every faulty scenario must end at."""
    path = tmp_path / "reference.duckdb"
    assert dg.materialize(INGEST, resources=make_resources(path, good_feeds)).success
    return _counts(path)


def test_a_dead_feed_beside_good_ones_is_recorded_and_the_rest_load(tmp_path, devset_site, warehouse_path):
    feeds = write_feeds_toml(tmp_path / "feeds.toml", devset_site.base_url, GOOD_FEEDS)
    # a feed on a port where nothing listens, and one the site does not have
    with open(feeds, "a") as handle:
        handle.write('[[feeds]]\nname = "refused"\nsource = "x"\nurl = "http://127.0.0.1:9/feed.xml"\n\n')
        handle.write(f'[[feeds]]\nname = "missing"\nsource = "x"\nurl = "{devset_site.base_url}/feeds/nope.xml"\n')
    text = feeds.read_text().replace('allow_hosts = [', 'allow_hosts = ["127.0.0.1:9", ')
    feeds.write_text(text)
    result = dg.materialize(INGEST, resources=make_resources(warehouse_path, feeds))
    assert result.success
    con = duckdb.connect(str(warehouse_path), read_only=True)
    log = dict(con.execute("SELECT target, outcome FROM raw.fetch_log WHERE kind = 'feed'").fetchall())
    state = dict(con.execute("SELECT feed_name, consecutive_failures FROM raw.feed_state").fetchall())
    n_articles = con.execute("SELECT count(*) FROM raw.articles WHERE text_status = 'ok'").fetchone()[0]
    con.close()
    assert log["refused"] == "connect_error"
    assert log["missing"] == "http_error"
    assert log["ap"] == "ok" and log["reuters"] == "ok"
    assert state["refused"] == 1 and state["ap"] == 0
    assert n_articles > 0
    # the run's metadata says which feed failed and why
    meta = result.asset_materializations_for_node("poll_feeds")[0].metadata
    assert meta["feeds_failed"].value == 2
    assert "connect_error" in meta["per_feed"].value


def test_a_failing_feed_backs_off_instead_of_being_hammered(tmp_path, devset_site, warehouse_path):
    feeds = write_feeds_toml(tmp_path / "feeds.toml", devset_site.base_url, ["ap"])
    with open(feeds, "a") as handle:
        handle.write(f'[[feeds]]\nname = "missing"\nsource = "x"\nurl = "{devset_site.base_url}/feeds/nope.xml"\n')
    for _ in range(3):
        assert dg.materialize([ingest.poll_feeds_asset], resources=make_resources(warehouse_path, feeds)).success
    # polled once; the next two runs skipped it (it waits 15 minutes, then longer)
    assert devset_site.requests["/feeds/nope.xml"] == 1


def test_a_run_in_which_every_feed_fails_is_reported_as_failed(tmp_path, warehouse_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        '[settings]\nallow_hosts = ["127.0.0.1:9"]\n\n[[feeds]]\nname = "dead"\nsource = "x"\nurl = "http://127.0.0.1:9/rss"\n'
    )
    result = dg.materialize([ingest.poll_feeds_asset], resources=make_resources(warehouse_path, feeds), raise_on_error=False)
    assert not result.success
    con = duckdb.connect(str(warehouse_path), read_only=True)
    # the failure itself is still recorded
    assert con.execute("SELECT outcome FROM raw.fetch_log").fetchall() == [("connect_error",)]
    con.close()


def test_sigkill_during_a_load_leaves_the_warehouse_as_before_and_the_next_run_completes(
    tmp_path, good_feeds, warehouse_path, reference_counts
):
    # commit 1 is the feed poll; commit 2 is the first article batch: die just before it
    process = _run_in_subprocess(warehouse_path, good_feeds, {"SALVO_FAULT_KILL_BEFORE_COMMIT": "2"})
    output, _ = process.communicate(timeout=180)
    assert process.returncode == -9, output[-2000:]
    after_crash = _counts(warehouse_path)
    assert after_crash["feed_entries"] == reference_counts["feed_entries"]  # committed before the crash
    assert after_crash["articles"] == 0  # the killed load left nothing behind

    assert dg.materialize(INGEST, resources=make_resources(warehouse_path, good_feeds)).success
    assert _counts(warehouse_path) == reference_counts


def test_two_runs_started_at_once_are_serialised(tmp_path, good_feeds, warehouse_path, reference_counts):
    first = _run_in_subprocess(warehouse_path, good_feeds)
    second = _run_in_subprocess(warehouse_path, good_feeds)
    out_first, _ = first.communicate(timeout=200)
    out_second, _ = second.communicate(timeout=200)
    assert first.returncode == 0, out_first[-3000:]
    assert second.returncode == 0, out_second[-3000:]
    assert "Could not set lock" not in out_first + out_second
    assert _counts(warehouse_path) == reference_counts


def test_an_analyst_holding_the_live_warehouse_delays_the_run_but_does_not_fail_it(
    tmp_path, good_feeds, warehouse_path, reference_counts
):
    duckdb.connect(str(warehouse_path)).close()
    # a separate process (DuckDB's file lock is per process) keeps the file open for 4 s
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('open', flush=True); time.sleep(4); c.close()", str(warehouse_path)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    result = dg.materialize(INGEST, resources=make_resources(warehouse_path, good_feeds))
    holder.wait(timeout=30)
    assert result.success
    assert _counts(warehouse_path) == reference_counts


def test_rerunning_the_same_day_changes_nothing(good_feeds, warehouse_path, reference_counts):
    for _ in range(2):
        assert dg.materialize(INGEST, resources=make_resources(warehouse_path, good_feeds)).success
    assert _counts(warehouse_path) == reference_counts


def test_an_open_snapshot_reader_keeps_its_view_while_a_new_snapshot_is_published(warehouse_path, tmp_path):
    from pipelines.warehouse.db import Warehouse
    from pipelines.warehouse.snapshot import publish_snapshot

    db = Warehouse(warehouse_path)
    with db.transaction() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE TABLE marts.t AS SELECT 1 AS v")
    snapshot = tmp_path / "snapshot.duckdb"
    publish_snapshot(db, snapshot)
    reader = duckdb.connect(str(snapshot), read_only=True)
    with db.transaction() as con:
        con.execute("INSERT INTO marts.t VALUES (2)")
    done = threading.Event()
    threading.Thread(target=lambda: (publish_snapshot(db, snapshot), done.set()), daemon=True).start()
    assert done.wait(30), "publishing must not wait for the reader"
    assert reader.execute("SELECT count(*) FROM marts.t").fetchone()[0] == 1
    reader.close()
    fresh = duckdb.connect(str(snapshot), read_only=True)
    assert fresh.execute("SELECT count(*) FROM marts.t").fetchone()[0] == 2
    fresh.close()
