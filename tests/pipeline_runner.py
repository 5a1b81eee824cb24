"""Run Salvo's assets in a separate process, for the crash and concurrency tests.

    python -m tests.pipeline_runner WAREHOUSE FEEDS_TOML [ingest|all]
"""

from __future__ import annotations

import sys
from pathlib import Path

import dagster as dg


def main(argv: list[str]) -> int:
    warehouse, feeds, scope = Path(argv[0]), Path(argv[1]), (argv[2] if len(argv) > 2 else "ingest")
    from pipelines.defs import extract, ingest
    from pipelines.definitions import defs
    from tests.conftest import make_resources

    assets = (
        [ingest.poll_feeds_asset, ingest.articles, ingest.fetch_log, extract.extract_facts_asset]
        if scope == "ingest"
        else list(defs.assets)
    )
    result = dg.materialize(assets, resources=make_resources(warehouse, feeds), raise_on_error=False)
    print("RUN", "SUCCESS" if result.success else "FAILURE", flush=True)
    return 0 if result.success else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
