"""Resources, configured from the environment with working defaults.

SALVO_WAREHOUSE  the DuckDB file (default data/warehouse.duckdb)
SALVO_SNAPSHOT   the analysts' read snapshot (default: <warehouse stem>.snapshot.duckdb beside it)
SALVO_FEEDS      the feed registry (default feeds.toml in the project)
SALVO_WORKERS    page text processes (trafilatura) (default: cores + 1)
"""


import os
from pathlib import Path

import dagster as dg

from pipelines import config
from pipelines.runs import raise_if_stopping
from pipelines.warehouse.db import Warehouse
from pipelines.warehouse.snapshot import snapshot_path_for

# Every step that writes the warehouse claims a slot in this pool; dagster.yaml
# gives it one slot, so writers queue instead of colliding on DuckDB's lock.
WRITER_POOL = "duckdb_writer"


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse; `path` null means $SALVO_WAREHOUSE or data/warehouse.duckdb."""

    path: str | None = None
    snapshot_path: str | None = None

    def resolved_path(self) -> Path:
        # every step begins here: a step that starts after a stop signal was lost stops now (pipelines/runs.py)
        raise_if_stopping()
        return Path(self.path) if self.path else config.warehouse_path()

    def resolved_snapshot_path(self) -> Path:
        if self.snapshot_path:
            return Path(self.snapshot_path)
        if os.environ.get("SALVO_SNAPSHOT"):
            return Path(os.environ["SALVO_SNAPSHOT"])
        return snapshot_path_for(self.resolved_path())

    def get(self) -> Warehouse:
        return Warehouse(self.resolved_path())


class FeedsResource(dg.ConfigurableResource):
    """The feed registry; `path` null means $SALVO_FEEDS or feeds.toml."""

    path: str | None = None

    def load(self) -> config.FeedRegistry:
        return config.load_feed_registry(Path(self.path) if self.path else config.default_feeds_path())


class PageTextResource(dg.ConfigurableResource):
    """How page text is read (trafilatura): worker processes and the hard per-page timeout."""

    workers: int | None = None
    page_timeout_s: float = 30.0

    def resolved_workers(self) -> int:
        return self.workers or config.default_text_workers()
