"""Marts out of DuckDB for pandas, R or a spreadsheet: Parquet as it is, CSV flattened.

CSV has no lists or structs, so for CSV a list column becomes one cell with
its items joined by "; " (`sources`: "AP; Reuters") and a struct column its
JSON text. Parquet keeps the types.
"""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl

LIST_SEPARATOR = "; "
FORMATS = ("parquet", "csv")


def _flat_list(column: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    inner = dtype.inner  # type: ignore[attr-defined]
    items = column
    if isinstance(inner, (pl.List, pl.Array, pl.Struct)):
        # a list of lists or records: each item as its JSON text
        items = column.list.eval(pl.element().map_elements(_json_text, return_dtype=pl.String))
    return items.list.eval(pl.element().cast(pl.String)).list.join(LIST_SEPARATOR)


def _json_text(value) -> str:
    import json

    return json.dumps(value.to_list() if isinstance(value, pl.Series) else value, default=str, ensure_ascii=False)


def flatten_for_csv(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with every list cell joined by "; " and every struct as JSON text."""
    columns = []
    for name, dtype in frame.schema.items():
        column = pl.col(name)
        if isinstance(dtype, pl.Array):
            columns.append(_flat_list(column.arr.to_list(), pl.List(dtype.inner)).alias(name))
        elif isinstance(dtype, pl.List):
            columns.append(_flat_list(column, dtype).alias(name))
        elif isinstance(dtype, pl.Struct):
            columns.append(column.map_elements(_json_text, return_dtype=pl.String).alias(name))
        else:
            columns.append(column)
    return frame.select(columns)


def mart_tables(con) -> list[str]:
    """The marts' table and view names, sorted."""
    rows = con.execute(
        "SELECT DISTINCT table_name FROM information_schema.tables WHERE table_schema = 'marts' ORDER BY 1"
    ).fetchall()
    return [name for (name,) in rows]


def export_marts(con, directory: str | os.PathLike, fmt: str = "parquet") -> dict[Path, int]:
    """Write every mart to DIRECTORY/<mart>.<fmt>; the files written and their row counts."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written: dict[Path, int] = {}
    for name in mart_tables(con):
        # the name comes from the warehouse's own catalogue, quoted
        frame = con.execute(f'SELECT * FROM marts."{name}"').pl()
        path = target / f"{name}.{fmt}"
        # written beside and renamed, so a reader never opens half a file
        partial = path.with_name(f".{path.name}.partial")
        if fmt == "csv":
            flatten_for_csv(frame).write_csv(partial)
        else:
            frame.write_parquet(partial)
        os.replace(partial, path)
        written[path] = frame.height
    return written
