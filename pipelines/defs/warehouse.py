"""Stage 3, warehouse: dbt builds staging, intermediate and marts; then the
analysts' snapshot is published."""


import fcntl
import os
import shutil
import sys
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from pipelines.config import dbt_memory_limit
from pipelines.defs.metadata import markdown_table, needs_table_metadata, with_table_metadata
from pipelines.defs.resources import WRITER_POOL, WarehouseResource
from pipelines.warehouse import dbt_builds
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
    watched = ("models", "macros", "seeds", "tests", "dbt_project.yml", "profiles.yml")
    for name in watched:
        root = DBT_PROJECT_DIR / name
        files = [root] if root.is_file() else root.rglob("*") if root.exists() else []
        if any(f.is_file() and f.stat().st_mtime > built for f in files):
            return True
    return False


def ensure_manifest() -> Path:
    """Parse the dbt project when its manifest is missing or older than its files.

    The manifest is build output (git-ignored): it is made on first load and
    again whenever a model changes; of processes that load at once, one parses.
    """
    manifest = dbt_project.manifest_path
    manifest.parent.mkdir(parents=True, exist_ok=True)
    # Processes that load the definitions at once (pytest's workers on a fresh clone, a run beside the UI)
    # would parse together, and one would read the manifest another is still writing: one parses, the
    # others wait for it and then find the manifest up to date.
    with open(manifest.parent / "manifest.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if manifest.exists() and not _sources_newer_than(manifest):
            return manifest
        return _parse_dbt_project(manifest)


def _parse_dbt_project(manifest: Path) -> Path:
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
    # the dbt profile reads the same variables the resource and the settings resolve
    os.environ["SALVO_WAREHOUSE"] = str(db.path)
    os.environ["SALVO_DBT_MEMORY_LIMIT"] = dbt_memory_limit()
    with db.exclusive():
        with db.connect() as con:  # creates the file and the raw schema on a first run
            fingerprint = dbt_builds.raw_fingerprint(con, dbt_project.manifest_path)
            if (
                not config.full_build
                and dbt_builds.warehouse_is_current(con, fingerprint)
                and dbt_builds.snapshot_is_current(con, warehouse.resolved_snapshot_path())
            ):
                context.log.info("no new raw data since the last dbt build: the warehouse is current, dbt not run")
                return
        args = ["build"] if config.unit_tests else ["build", "--exclude-resource-type", "unit_test"]
        invocation = dbt.cli(args, context=context, raise_on_error=False)
        # Dagster records each event as it is yielded (~20 ms each, 92 after
        # new articles): yield them while dbt works, except the marts' (and
        # their checks'), which wait for the row counts and previews that can
        # only be read once dbt has let go of the file.
        events = []
        for event in invocation.stream():
            if needs_table_metadata(event, context.asset_key_for_output):
                events.append(event)
            else:
                yield event
        succeeded = invocation.is_successful()
        project_target = dbt_project.project_dir / "target"
        dbt_builds.keep_partial_parse(invocation.target_path, project_target)
        dbt_builds.prune_dbt_targets(project_target, KEEP_DBT_TARGETS)
        with db.connect() as con:
            dbt_builds.record_build(con, fingerprint, succeeded)
            # row count, column types and a preview on each mart (dbt has let go of the file)
            events = with_table_metadata(events, con, context.asset_key_for_output)
        yield from events
        if not succeeded:
            out_of_memory = dbt_builds.where_out_of_memory(invocation.target_path)
            if out_of_memory:
                raise dg.Failure(
                    description=f"dbt build failed: DuckDB reached dbt's memory bound (SALVO_DBT_MEMORY_LIMIT="
                    f"{dbt_memory_limit()}) in {', '.join(out_of_memory)}. Lists that cannot spill to disk "
                    "outgrew it: set SALVO_DBT_MEMORY_LIMIT higher (e.g. 1GB) and run again; nothing was lost.",
                    metadata={"out_of_memory_in": out_of_memory, "memory_limit": dbt_memory_limit()},
                )
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
    published = publish_snapshot(warehouse.get(), target)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "dagster/row_count": sum(published.rows.values()),
            "written": published.summary(),
            "started_from": published.started_from,
            "tables": markdown_table(
                [{"table": t, "rows": n, "written": published.written[t]} for t, n in sorted(published.rows.items())],
                limit=100,
            ),
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
