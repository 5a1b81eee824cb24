"""Reference tallies: the air force's digitised per-night figures, loaded from
where the user keeps them, and the check that our nights agree with them."""


from datetime import datetime, timezone

import dagster as dg

from pipelines.defs.metadata import markdown_table
from pipelines.defs.resources import WRITER_POOL, FeedsResource, WarehouseResource
from pipelines.report.terminal import SKIPPED_MARK
from pipelines.warehouse import reference

GROUP = "reference"
REFERENCE_TALLIES = dg.AssetKey(["raw", "reference_tallies"])
NIGHT_RECONCILIATION = dg.AssetKey(["marts", "night_reconciliation"])
# below this share of agreeing (night, class) pairs the check warns
AGREEMENT_TARGET = 0.90


NOT_CONFIGURED = reference.NOT_CONFIGURED


@dg.asset(
    key=REFERENCE_TALLIES,
    group_name=GROUP,
    pool=WRITER_POOL,
    description="The air force's digitised per-night tallies (raw.reference_attacks, raw.reference_models), "
    "loaded from $SALVO_REFERENCE (a directory, or a base URL fetched with a conditional GET). "
    "Not bundled with Salvo: the dataset's licence is its author's.",
)
def reference_tallies(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, feeds: FeedsResource
) -> dg.MaterializeResult:
    location = reference.configured_location()
    db = warehouse.get()
    if location is None:
        context.log.info(NOT_CONFIGURED)
        with db.read() as con:
            counts = reference.reference_counts(con)
        return dg.MaterializeResult(metadata={"configured": False, "reason": NOT_CONFIGURED, **counts})
    with db.read() as con:
        known = reference.known_reference_files(con)
    fetcher = None
    if reference.is_url(location):
        from pipelines.ingest.http import Fetcher

        fetcher = Fetcher(feeds.load().settings)
    try:
        reads = [reference.read_reference_file(location, name, known.get(name), fetcher) for name in reference.REFERENCE_FILES]
    finally:
        if fetcher is not None:
            fetcher.close()
    loaded_at = datetime.now(timezone.utc)
    with db.transaction() as con:
        loaded = {read.file_name: reference.load_reference_file(con, read, loaded_at) for read in reads if read.body is not None}
        counts = reference.reference_counts(con)
    failed = [read for read in reads if read.outcome not in ("ok", "not_modified", "unchanged")]
    for read in failed:
        context.log.warning(f"reference file {read.location}: {read.outcome} {read.error or ''}")
    if failed and not all(counts.values()):
        raise dg.Failure(description="reference tallies could not be read: "
                         + "; ".join(f"{r.location}: {r.outcome}" for r in failed))
    return dg.MaterializeResult(
        metadata={
            "configured": True,
            "location": location,
            "files": markdown_table(
                [{"file": r.file_name, "outcome": r.outcome, "rows loaded": loaded.get(r.file_name, 0)} for r in reads]
            ),
            "dagster/row_count": sum(counts.values()),
            **counts,
        }
    )


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            "reference_agreement",
            asset=NIGHT_RECONCILIATION,
            description=f"Our launched and intercepted agree with the air force's tallies within 5% "
            f"on at least {AGREEMENT_TARGET:.0%} of (night, class) pairs; skipped without a configured reference.",
        )
    ],
    can_subset=True,
)
def reference_agreement(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
    if reference.configured_location() is None:
        # yielding no result marks the check skipped (not failed) for this run
        context.log.info(f"{SKIPPED_MARK} {NOT_CONFIGURED}")
        return
    with warehouse.get().read() as con:
        summary = reference.reconciliation_summary(con)
    if summary is None:
        context.log.info(f"{SKIPPED_MARK} marts.night_reconciliation is not built yet")
        return
    agreeing, compared = summary
    share = agreeing / compared if compared else None
    yield dg.AssetCheckResult(
        check_name="reference_agreement",
        asset_key=NIGHT_RECONCILIATION,
        passed=share is not None and share >= AGREEMENT_TARGET,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "pairs_agreeing": agreeing,
            "pairs_compared": compared,
            "share_agreeing": round(share, 3) if share is not None else None,
            "target": AGREEMENT_TARGET,
        },
    )
