"""Materialisation metadata that lets a person see what happened in the UI."""


import dagster as dg

from pipelines.report.charts import CHARTS


def markdown_table(rows: list[dict], limit: int = 50) -> dg.MarkdownMetadataValue:
    if not rows:
        return dg.MetadataValue.md("_nothing_")
    columns = list(rows[0])

    def cell(value) -> str:
        text = "" if value is None else str(value)
        return text.replace("|", "\\|").replace("\n", " ")[:160]

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n_{len(rows) - limit} more rows not shown_")
    return dg.MetadataValue.md("\n".join(lines))


PREVIEW_ROWS = 10


def table_metadata(con, schema: str, table: str) -> dict:
    """Row count, column types and a markdown preview of one warehouse table, for its materialisation."""
    # names come from the dbt manifest (asset keys), never from feed content; quoted
    relation = f'"{schema}"."{table}"'
    columns = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
        [schema, table],
    ).fetchall()
    if not columns:
        return {}
    rows = con.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]
    preview = con.execute(f"SELECT * FROM {relation} LIMIT {PREVIEW_ROWS}").pl()
    metadata = {
        "dagster/row_count": rows,
        "dagster/column_schema": dg.MetadataValue.table_schema(
            dg.TableSchema(columns=[dg.TableColumn(name, data_type) for name, data_type in columns])
        ),
        "preview": markdown_table(preview.to_dicts(), limit=PREVIEW_ROWS),
    }
    if schema == "marts" and table in CHARTS:
        metadata.update(chart_metadata("chart", CHARTS[table], con))
    return metadata


def chart_metadata(name: str, draw, con) -> dict:
    """{name: the chart's markdown} from `draw(con)`; {name_error: why} when it could not be drawn.

    A picture never fails the step it illustrates.
    """
    try:
        chart = draw(con)
    except Exception as error:  # noqa: BLE001
        return {f"{name}_error": f"{type(error).__name__}: {error}"[:500]}
    return {name: dg.MetadataValue.md(chart)} if chart else {}


def event_asset_key(event, key_for_output) -> dg.AssetKey | None:
    """The asset a dbt event is about: an Output's (by its name), a materialisation's, a check's, an observation's."""
    if isinstance(event, dg.Output):
        return key_for_output(event.output_name)
    if isinstance(event, (dg.AssetMaterialization, dg.AssetObservation, dg.AssetCheckResult)):
        return event.asset_key
    return None


def _table_key_in(event, key_for_output, schemas: tuple[str, ...]) -> dg.AssetKey | None:
    """The asset key of `event` when it is a table of one of `schemas` (`marts/daily_air_attacks`), else None."""
    key = event_asset_key(event, key_for_output)
    return key if key is not None and len(key.path) == 2 and key.path[0] in schemas else None


def needs_table_metadata(event, key_for_output, schemas: tuple[str, ...] = ("marts",)) -> bool:
    """Whether `with_table_metadata` may change `event`, or the event belongs with one it changes
    (a check or an observation of a mart must follow the mart's materialisation)."""
    return _table_key_in(event, key_for_output, schemas) is not None


def with_table_metadata(events: list, con, key_for_output, schemas: tuple[str, ...] = ("marts",)) -> list:
    """dbt's events, the materialisations of tables in `schemas` with `table_metadata` added.

    `key_for_output` maps an Output's name to its asset key (the step context's
    `asset_key_for_output`). Read after dbt has finished: its process holds
    the DuckDB file while it runs.
    """
    enriched = []
    for event in events:
        # only outputs and materialisations carry a table's metadata; checks and observations pass unchanged
        key = (_table_key_in(event, key_for_output, schemas)
               if isinstance(event, (dg.Output, dg.AssetMaterialization)) else None)
        if key is not None:
            extra = table_metadata(con, *key.path)
            if extra:
                event = event.with_metadata({**event.metadata, **extra})
        enriched.append(event)
    return enriched
