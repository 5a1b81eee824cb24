"""The air force's digitised per-night tallies as a source (the "Massive
Missile Attacks on Ukraine" dataset: missile_attacks_daily.csv and
missiles_and_uavs.csv).

The files are not bundled (the dataset's licence is its author's): the user
points Salvo at a directory or a base URL holding them ($SALVO_REFERENCE).
A URL goes through the guarded fetcher with a conditional GET; a file whose
bytes did not change is not loaded again. Each load replaces the table's rows
(the dataset edits historical rows in place), inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from pipelines.warehouse.loads import _insert

# file name -> (raw table, columns kept, numeric columns)
REFERENCE_FILES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "missile_attacks_daily.csv": (
        "reference_attacks",
        ("time_start", "time_end", "model", "launch_place", "target", "target_main", "launched", "destroyed",
         "not_reach_goal", "still_attacking", "is_shahed", "carrier", "source"),
        ("launched", "destroyed", "not_reach_goal", "still_attacking", "is_shahed"),
    ),
    "missiles_and_uavs.csv": (
        "reference_models",
        ("model", "category", "type", "national_origin", "launch_platform"),
        (),
    ),
}


NOT_CONFIGURED = (
    "no reference tallies configured: set SALVO_REFERENCE to a directory or base URL holding "
    "missile_attacks_daily.csv and missiles_and_uavs.csv"
)


def configured_location() -> str | None:
    """$SALVO_REFERENCE: a directory or a base URL holding the reference files; None when unset."""
    return os.environ.get("SALVO_REFERENCE", "").strip() or None


@dataclass
class ReferenceFile:
    """One reference file as read: its bytes (None when unchanged or unreadable) and where it came from."""

    file_name: str
    location: str
    outcome: str  # ok, not_modified, unchanged, missing, or the fetcher's outcome
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None

    @property
    def sha256(self) -> str | None:
        return hashlib.sha256(self.body).hexdigest() if self.body is not None else None


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def file_location(location: str, file_name: str) -> str:
    return f"{location.rstrip('/')}/{file_name}" if is_url(location) else str(Path(location).expanduser() / file_name)


def read_reference_file(location: str, file_name: str, known: dict | None = None, fetcher=None) -> ReferenceFile:
    """Read one file from a directory or a base URL; `known` is its raw.reference_files row, if any.

    A URL needs `fetcher` (pipelines.ingest.http.Fetcher): sent with the stored
    validators, a 304 comes back as `not_modified`. Never raises for a missing
    file or a failed fetch: the outcome says what happened.
    """
    where = file_location(location, file_name)
    known = known or {}
    if is_url(location):
        fetch = fetcher.get(where, etag=known.get("etag"), last_modified=known.get("last_modified"))
        result = ReferenceFile(file_name, where, fetch.outcome, fetch.body if fetch.ok else None,
                               fetch.etag, fetch.last_modified, fetch.error)
    else:
        path = Path(where)
        if not path.is_file():
            return ReferenceFile(file_name, where, "missing", error=f"no file {path}")
        result = ReferenceFile(file_name, where, "ok", path.read_bytes())
    if result.body is not None and result.sha256 == known.get("sha256"):
        result.outcome, result.body = "unchanged", None
    return result


def parse_reference_csv(file_name: str, body: bytes) -> pl.DataFrame:
    """The file's rows with the columns we keep (absent ones null: the dataset's schema drifts), typed."""
    _, columns, numeric = REFERENCE_FILES[file_name]
    frame = pl.read_csv(io.BytesIO(body), infer_schema_length=0, truncate_ragged_lines=True)
    frame = frame.rename({c: c.strip() for c in frame.columns})
    return frame.select(
        [
            (pl.col(c).str.strip_chars().cast(pl.Float64, strict=False) if c in numeric else pl.col(c).str.strip_chars())
            if c in frame.columns
            else pl.lit(None, dtype=pl.Float64 if c in numeric else pl.String).alias(c)
            for c in columns
        ]
    )


def known_reference_files(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    rows = con.execute("SELECT file_name, sha256, etag, last_modified FROM raw.reference_files").fetchall()
    return {name: {"sha256": sha, "etag": etag, "last_modified": lm} for name, sha, etag, lm in rows}


def load_reference_file(con: duckdb.DuckDBPyConnection, read: ReferenceFile, loaded_at: datetime) -> int:
    """Replace the file's raw table with its rows and record the file; returns the rows loaded."""
    table, _, _ = REFERENCE_FILES[read.file_name]
    frame = parse_reference_csv(read.file_name, read.body).with_columns(
        pl.lit(loaded_at).cast(pl.Datetime("us", "UTC")).alias("loaded_at")
    )
    if table == "reference_attacks":
        frame = frame.with_row_index("row_number", offset=1).with_columns(pl.col("row_number").cast(pl.Int64))
    else:
        frame = frame.filter(pl.col("model").is_not_null()).unique("model", keep="first", maintain_order=True)
    # table names come from REFERENCE_FILES, never from the file
    con.execute(f"DELETE FROM raw.{table}")
    _insert(con, table, frame)
    con.execute(
        "INSERT OR REPLACE INTO raw.reference_files VALUES (?, ?, ?, ?, ?, ?, ?)",
        [read.file_name, read.location, read.sha256, read.etag, read.last_modified, frame.height, loaded_at],
    )
    return frame.height


def reference_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows held per reference table."""
    return dict(
        con.execute(
            "SELECT 'reference_attacks', count(*) FROM raw.reference_attacks "
            "UNION ALL SELECT 'reference_models', count(*) FROM raw.reference_models"
        ).fetchall()
    )


def reconciliation_summary(con: duckdb.DuckDBPyConnection) -> tuple[int, int] | None:
    """(pairs agreeing, pairs compared) in marts.night_reconciliation; None before dbt built it."""
    built = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'marts' AND table_name = 'night_reconciliation'"
    ).fetchone()[0]
    if not built:
        return None
    agreeing, compared = con.execute(
        "SELECT count(*) FILTER (WHERE agrees), count(agrees) FROM marts.night_reconciliation"
    ).fetchone()
    return agreeing, compared
