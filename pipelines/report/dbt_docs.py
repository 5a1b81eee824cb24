"""`make docs`: dbt's documentation of the models, generated and served on 127.0.0.1, offline.

The catalogue (column types, row counts) is read from a copy of the analysts'
snapshot, so generating never waits for, or blocks, a run on the live file;
with no warehouse yet the docs still show every model, without the catalogue.

    python -m pipelines.report.dbt_docs [--port 8080] [--no-serve]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from pipelines.config import REPO_ROOT, data_dir
from pipelines.warehouse.snapshot import snapshot_path_for

DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DOCS_TARGET = DBT_PROJECT_DIR / "target" / "docs"


def catalogue_source() -> Path | None:
    """The file to read the catalogue from: $SALVO_WAREHOUSE's, data/'s or the demo's, snapshot first.

    Without $SALVO_WAREHOUSE, a file dbt has built no mart in (a daily run that failed before dbt, offline, leaves
    an empty data/warehouse.duckdb) gives way to the next one that has them, so the docs get column types and
    row counts after `make demo`; if none has marts, the first file found is used.
    """
    candidates = [Path(os.environ["SALVO_WAREHOUSE"])] if os.environ.get("SALVO_WAREHOUSE") else [
        data_dir() / "warehouse.duckdb", data_dir() / "demo" / "warehouse.duckdb",
    ]
    found = [path for warehouse in candidates for path in (snapshot_path_for(warehouse), warehouse) if path.exists()]
    return next((path for path in found if _has_marts(path)), found[0] if found else None)


def _has_marts(path: Path) -> bool:
    import duckdb

    try:
        with duckdb.connect(str(path), read_only=True) as con:
            return con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts'"
            ).fetchone()[0] > 0
    except duckdb.Error:  # locked by a run, or not a DuckDB file: not the one to read
        return False


def _dbt(args: list[str]) -> bool:
    from dbt.cli.main import dbtRunner

    common = ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
              "--target-path", str(DOCS_TARGET)]
    return dbtRunner().invoke([*args, *common]).success


def generate() -> Path:
    """Write DOCS_TARGET/index.html (with catalog.json and manifest.json); its path."""
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")  # the docs page then loads no tracker
    source = catalogue_source()
    with tempfile.TemporaryDirectory() as tmp:
        # DuckDB names the catalogue after the file: the copy keeps the live file's name
        copy = Path(tmp) / "warehouse.duckdb"
        if source is not None:
            shutil.copyfile(source, copy)
            print(f"catalogue from {source}")
        os.environ["SALVO_WAREHOUSE"] = str(copy)
        extra = [] if source is not None else ["--empty-catalog"]
        if not _dbt(["docs", "generate", "--quiet", *extra]):
            raise SystemExit("dbt docs generate failed")
    return DOCS_TARGET / "index.html"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipelines.report.dbt_docs", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--no-serve", action="store_true", help="generate only")
    args = parser.parse_args(argv)
    index = generate()
    print(f"dbt docs written to {index}")
    if not args.no_serve:
        print(f"serving them on http://127.0.0.1:{args.port} (Ctrl-C to stop)", flush=True)
        _dbt(["docs", "serve", "--host", "127.0.0.1", "--port", str(args.port), "--no-browser"])


if __name__ == "__main__":
    main()
