"""Stage 2, extract: figures in article texts become rows of the fact tables."""


from datetime import datetime, timezone

import dagster as dg
import polars as pl

from pipelines.defs.ingest import ARTICLES
from pipelines.defs.metadata import markdown_table
from pipelines.defs.resources import WRITER_POOL, WarehouseResource
from pipelines.extract.facts import BATCH_SIZE, EXTRACTOR_VERSION, extract_facts
from pipelines.warehouse import loads, queries

GROUP = "extract"
FACT_DESCRIPTIONS = {
    "fact_strikes": "Drones, missiles and guided bombs launched, intercepted or lost, per stated figure (FACTS.md).",
    "fact_aid": "Aid amounts committed, pledged or delivered, in the stated currency and in EUR and USD.",
    "fact_casualties": "People killed and injured, per stated figure.",
    "fact_clashes": "Ground combat engagements, per stated figure.",
}
FACT_KEYS = {table: dg.AssetKey(["raw", table]) for table in FACT_DESCRIPTIONS}


class FactsConfig(dg.Config):
    reextract_all: bool = False
    """Extract again from every stored article (after the rules improved); no network."""


@dg.multi_asset(
    specs=[
        dg.AssetSpec(key, group_name=GROUP, deps=[ARTICLES], description=FACT_DESCRIPTIONS[table])
        for table, key in FACT_KEYS.items()
    ],
    pool=WRITER_POOL,
    name="extract_facts",
)
def extract_facts_asset(context: dg.AssetExecutionContext, config: FactsConfig, warehouse: WarehouseResource):
    """Extract facts from articles not yet extracted by this extractor version (or all, on request)."""
    db = warehouse.get()
    with db.read() as con:
        ids = queries.articles_to_extract(con, EXTRACTOR_VERSION, everything=config.reextract_all)
    context.log.info(f"extracting facts from {len(ids)} articles")
    totals = {table: 0 for table in FACT_KEYS}
    by_type: dict[str, int] = {}
    for start in range(0, len(ids), BATCH_SIZE):
        batch_ids = ids[start : start + BATCH_SIZE]
        with db.read() as con:
            articles = queries.article_texts(con, batch_ids)
        articles = articles.with_columns(pl.col("published_at").dt.convert_time_zone("UTC"))
        facts = extract_facts(articles)
        for fact_type, n in facts.group_by("fact_type").len().iter_rows():
            by_type[fact_type] = by_type.get(fact_type, 0) + n
        with db.transaction() as con:
            counts = loads.replace_facts(con, batch_ids, facts, EXTRACTOR_VERSION, datetime.now(timezone.utc))
        for table, n in counts.items():
            totals[table] += n

    with db.read() as con:
        row_counts = {table: queries.row_count(con, table) for table in FACT_KEYS}
        preview_rows = {table: queries.latest_facts(con, table, limit=10) for table in FACT_KEYS}
    for table, key in FACT_KEYS.items():
        yield dg.MaterializeResult(
            asset_key=key,
            metadata={
                "dagster/row_count": row_counts[table],
                "articles_extracted": len(ids),
                "facts_written": totals[table],
                "extractor_version": EXTRACTOR_VERSION,
                "preview": markdown_table(preview_rows[table], limit=10),
            },
        )


@dg.asset_check(asset=FACT_KEYS["fact_strikes"], description="Every strike fact keeps a non-empty evidence sentence.")
def strike_facts_have_evidence(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().read() as con:
        missing = queries.strikes_without_evidence(con)
    return dg.AssetCheckResult(passed=missing == 0, metadata={"without_evidence": missing})
