"""Stage 3, warehouse: dbt builds staging, intermediate and marts; then the
analysts' snapshot is published."""


import hashlib
import os
import shutil
import sys
from collections.abc import Mapping
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from pipelines.defs.metadata import markdown_table, with_table_metadata
from pipelines.defs.resources import WRITER_POOL, WarehouseResource
from pipelines.warehouse.snapshot import publish_snapshot

GROUP = "warehouse"
DBT_PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"

# dbt must not phone home (and with no network it only costs time)
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("DBT_VERSION_CHECK", "false")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def _sources_newer_than(path: Path) -> bool:
    built = path.stat().st_mtime
    watched = ("models", "macros", "tests", "dbt_project.yml", "profiles.yml")
    for name in watched:
        root = DBT_PROJECT_DIR / name
        files = [root] if root.is_file() else root.rglob("*") if root.exists() else []
        if any(f.is_file() and f.stat().st_mtime > built for f in files):
            return True
    return False


def ensure_manifest() -> Path:
    """Parse the dbt project when its manifest is missing or older than its files.

    The manifest is build output (git-ignored): it is made on first load, by
    `make`/CI before the tests, and again whenever a model changes.
    """
    manifest = dbt_project.manifest_path
    if manifest.exists() and not _sources_newer_than(manifest):
        return manifest
    from dbt.cli.main import dbtRunner

    from pipelines.config import warehouse_path

    # dbt re-parses everything when the profile differs from the one the saved
    # parse was made with; parse with the warehouse the runs will use
    os.environ.setdefault("SALVO_WAREHOUSE", str(warehouse_path()))
    result = dbtRunner().invoke(
        ["parse", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR), "--quiet"]
    )
    if not result.success or not manifest.exists():
        raise RuntimeError(f"dbt parse failed for {DBT_PROJECT_DIR}: {result.exception}")
    return manifest


class SalvoDbtTranslator(DagsterDbtTranslator):
    """Models keyed by their warehouse schema (staging/intermediate/marts) and name,
    all in the `warehouse` group; sources keep the keys their `meta.dagster`
    names, which are the Python assets that fill them."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id)
        if node is None or node.get("resource_type") not in ("model", "seed", "snapshot"):
            return spec
        schema = node.get("config", {}).get("schema") or "main"
        return spec.replace_attributes(key=dg.AssetKey([schema, node["name"]]), group_name=GROUP)


# raw.feed_sightings is filled by the same poll as raw.feed_entries, so both
# sources name that one asset
translator = SalvoDbtTranslator(
    settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_duplicate_source_asset_keys=True)
)


# The raw tables the dbt models materialise from (staging views over the
# others are live and need no rebuild).
FINGERPRINT_SQL = """
SELECT 'articles', count(*), max(fetched_at)::VARCHAR, max(facts_extracted_at)::VARCHAR FROM raw.articles
UNION ALL SELECT 'feed_entries', count(*), max(first_seen_at)::VARCHAR, NULL FROM raw.feed_entries
UNION ALL SELECT 'fact_strikes', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_strikes
UNION ALL SELECT 'fact_aid', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_aid
UNION ALL SELECT 'fact_casualties', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_casualties
UNION ALL SELECT 'fact_clashes', count(*), max(extracted_at)::VARCHAR, NULL FROM raw.fact_clashes
"""


def raw_fingerprint(con) -> str:
    """What the models were built from: raw row counts and load times, and the dbt project itself."""
    state = repr(con.execute(FINGERPRINT_SQL).fetchall())
    project = dbt_project.manifest_path.read_bytes() if dbt_project.manifest_path.exists() else b""
    return hashlib.sha256(state.encode() + hashlib.sha256(project).digest()).hexdigest()


def warehouse_is_current(con, fingerprint: str) -> bool:
    last = con.execute(
        "SELECT fingerprint FROM raw.dbt_builds WHERE success ORDER BY built_at DESC LIMIT 1"
    ).fetchone()
    marts_built = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts'"
    ).fetchone()[0]
    return last is not None and last[0] == fingerprint and marts_built > 0


def snapshot_is_current(con, snapshot: Path) -> bool:
    """Whether the analysts' snapshot was published after the last successful build.

    A run killed between the build and the snapshot's swap left the build
    recorded but the old snapshot in place; skipping dbt (and so the snapshot
    after it) would then keep analysts on stale marts until new data came.
    """
    last = con.execute("SELECT max(built_at) FROM raw.dbt_builds WHERE success").fetchone()[0]
    if last is None or not snapshot.exists():
        return False
    return snapshot.stat().st_mtime >= last.timestamp()


class WarehouseBuildConfig(dg.Config):
    full_build: bool = False
    """Run dbt even when the raw data has not changed since the last build."""
    unit_tests: bool = False
    """Also run dbt's unit tests (they check the SQL logic, not the data; CI runs them)."""


@dbt_assets(
    manifest=ensure_manifest(),
    project=dbt_project,
    dagster_dbt_translator=translator,
    pool=WRITER_POOL,
    name="dbt_warehouse",
)
def dbt_warehouse(
    context: dg.AssetExecutionContext, config: WarehouseBuildConfig, dbt: DbtCliResource, warehouse: WarehouseResource
):
    """dbt build: staging views, the de-duplication in intermediate, the marts, and every dbt test.

    Skipped when nothing dbt reads has changed since the last successful build
    (a run with no new articles), so its cost follows new data, not history.
    """
    db = warehouse.get()
    # the dbt profile reads the same variable the resource resolves
    os.environ["SALVO_WAREHOUSE"] = str(db.path)
    with db.exclusive():
        with db.connect() as con:  # creates the file and the raw schema on a first run
            fingerprint = raw_fingerprint(con)
            if (
                not config.full_build
                and warehouse_is_current(con, fingerprint)
                and snapshot_is_current(con, warehouse.resolved_snapshot_path())
            ):
                context.log.info("no new raw data since the last dbt build: the warehouse is current, dbt not run")
                return
        args = ["build"] if config.unit_tests else ["build", "--exclude-resource-type", "unit_test"]
        invocation = dbt.cli(args, context=context, raise_on_error=False)
        events = list(invocation.stream())
        succeeded = invocation.is_successful()
        keep_partial_parse(invocation.target_path)
        prune_dbt_targets()
        with db.connect() as con:
            con.execute(
                "INSERT INTO raw.dbt_builds VALUES (?, ?, ?)",
                [datetime.now(timezone.utc), fingerprint, succeeded],
            )
            # row count, column types and a preview on each mart (dbt has let go of the file)
            events = with_table_metadata(events, con, context.asset_key_for_output)
        yield from events
        if not succeeded:
            raise dg.Failure(description="dbt build failed; see the dbt events and asset checks above")


@dg.asset(
    key=dg.AssetKey(["analyst_snapshot"]),
    group_name=GROUP,
    deps=[dbt_warehouse],
    pool=WRITER_POOL,
    description="A read-only copy of the marts, intermediate and staging models and the raw facts "
    "(data/warehouse.snapshot.duckdb), swapped in atomically at the end of each run: what analysts query "
    "with the DuckDB shell or `salvo sql` while the next run writes.",
)
def analyst_snapshot(warehouse: WarehouseResource) -> dg.MaterializeResult:
    target = warehouse.resolved_snapshot_path()
    counts = publish_snapshot(warehouse.get(), target)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "dagster/row_count": sum(counts.values()),
            "tables": markdown_table([{"table": t, "rows": n} for t, n in sorted(counts.items())], limit=100),
        }
    )


class SalvoDbtCliResource(DbtCliResource):
    """dagster-dbt's dbt CLI resource without two start-up costs Salvo does not need.

    - dagster-dbt asks the `dbt` executable for its version in a subprocess
      (`dbt --version`, ~3 s of imports) to tell dbt Core from the Fusion
      engine. Salvo's `dbt` is the dbt-core installed in this same
      environment (pinned in uv.lock), so the version is read from it.
    - It also builds a read-only dbt adapter in this process for
      `fetch_row_counts()` / `fetch_column_metadata()`, which Salvo never
      calls (row counts come from the warehouse itself).
    """

    @cached_property
    def _cli_version(self):
        from dbt.version import __version__
        from packaging import version

        return version.parse(__version__)

    def _initialize_dbt_core_adapter(self, args):
        return None


# Starts dbt so that it dies with the run (a SIGKILLed run left dbt writing the warehouse)
DBT_WITH_PARENT = Path(__file__).resolve().parents[1] / "warehouse" / "dbt_with_parent.py"


def dbt_resource() -> DbtCliResource:
    linux = sys.platform.startswith("linux") and os.access(DBT_WITH_PARENT, os.X_OK) and shutil.which("dbt")
    executable = str(DBT_WITH_PARENT) if linux else "dbt"
    return SalvoDbtCliResource(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=executable)


# dagster-dbt gives every invocation its own target directory (compiled SQL,
# run_results.json, dbt.log: ~8 MB). Keep the latest few for debugging a run;
# without pruning a daily schedule would fill the disk over months.
KEEP_DBT_TARGETS = 10


def keep_partial_parse(run_target: Path) -> None:
    """Make this invocation's parse the one the next run starts from.

    dagster-dbt seeds every invocation with target/partial_parse.msgpack. dbt
    throws that away and parses the whole project (~3 s) when the profile it
    was made with differs, e.g. after `make` parsed against another warehouse
    path; copying the fresh one back means only the first run pays for that.
    """
    fresh = Path(run_target) / "partial_parse.msgpack"
    kept = dbt_project.project_dir / "target" / "partial_parse.msgpack"
    if not fresh.exists() or (kept.exists() and kept.read_bytes() == fresh.read_bytes()):
        return
    temporary = kept.with_name(f".partial_parse.{os.getpid()}.tmp")
    shutil.copyfile(fresh, temporary)
    os.replace(temporary, kept)


def prune_dbt_targets(keep: int = KEEP_DBT_TARGETS) -> int:
    target = dbt_project.project_dir / "target"
    runs = sorted(
        (d for d in target.glob("dbt_warehouse-*") if d.is_dir()), key=lambda d: d.stat().st_mtime, reverse=True
    )
    for old in runs[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    return max(0, len(runs) - keep)
