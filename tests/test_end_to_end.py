"""The whole daily job against the dev corpus on 127.0.0.1 (issue 4's proof).

Feeds -> articles -> facts -> dbt build -> snapshot, then the de-duplicated
`marts.daily_air_attacks` is compared with the corpus's `daily_truth.csv`.
"""

from __future__ import annotations

import csv

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.warehouse.snapshot import snapshot_path_for
from tests.conftest import DEVSET, make_resources

ALL_ASSETS = list(defs.assets) + list(defs.asset_checks or [])


def _truth() -> dict[tuple, tuple]:
    with open(DEVSET / "daily_truth.csv") as handle:
        return {
            (row["event_date"], row["attacker"], row["weapon_class"]): (
                int(row["launched"]) if row["launched"] else None,
                int(row["intercepted"]) if row["intercepted"] else None,
            )
            for row in csv.DictReader(handle)
        }


def _marts(path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'marts' ORDER BY 1"
            ).fetchall()
        ]
        return {name: sorted(map(repr, con.execute(f"SELECT * FROM marts.{name}").fetchall())) for name in tables}
    finally:
        con.close()


@pytest.fixture
def daily_run(devset_site, devset_feeds_toml, warehouse_path):
    def run(run_config=None):
        return dg.materialize(
            ALL_ASSETS, resources=make_resources(warehouse_path, devset_feeds_toml, workers=2), run_config=run_config
        )

    return run


@pytest.mark.e2e
@pytest.mark.timeout(600)
def test_daily_job_matches_daily_truth_and_is_idempotent(daily_run, warehouse_path, capsys):
    first = daily_run()
    assert first.success
    con = duckdb.connect(str(warehouse_path), read_only=True)
    rows = con.execute(
        "SELECT strftime(event_date, '%Y-%m-%d'), attacker, weapon_class, launched, intercepted "
        "FROM marts.daily_air_attacks"
    ).fetchall()
    con.close()
    got = {(d, a, w): (l, i) for d, a, w, l, i in rows}
    truth = _truth()
    mismatches = {key: (want, got.get(key)) for key, want in truth.items() if got.get(key) != want}
    matched = len(truth) - len(mismatches)
    with capsys.disabled():
        print(f"\ndaily_air_attacks vs daily_truth: {matched}/{len(truth)} rows match exactly")
        for key, (want, have) in sorted(mismatches.items()):
            print(f"  {key}: truth {want}, warehouse {have}")
    assert not mismatches

    marts_before = _marts(warehouse_path)
    # nothing new: dbt sees the raw layer unchanged and is not run at all
    second = daily_run()
    assert second.success
    assert not second.asset_materializations_for_node("dbt_warehouse")
    assert _marts(warehouse_path) == marts_before
    # and a full rebuild of the same data gives the same rows
    third = daily_run({"ops": {"dbt_warehouse": {"config": {"full_build": True}}}})
    assert third.success
    assert third.asset_materializations_for_node("dbt_warehouse")
    assert _marts(warehouse_path) == marts_before

    # the analysts' snapshot is there and answers the same
    snapshot = snapshot_path_for(warehouse_path)
    con = duckdb.connect(str(snapshot), read_only=True)
    assert con.execute("SELECT count(*) FROM marts.daily_air_attacks").fetchone()[0] == len(rows)
    con.close()
