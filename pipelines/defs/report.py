"""Stage 4, report: the self-contained report page, written beside its warehouse from the fresh snapshot."""

from contextlib import closing

import dagster as dg
import duckdb

from pipelines.defs.resources import WarehouseResource
from pipelines.defs.warehouse import analyst_snapshot
from pipelines.report.page import report_path_for, write_report


@dg.asset(
    key=dg.AssetKey(["report_page"]),
    group_name="report",
    deps=[analyst_snapshot],
    description="report/index.html beside the warehouse: the latest night with its evidence, charts of the "
    "nights and the aid, nights to review, feed coverage. One file, no network (`salvo report --open`).",
)
def report_page(warehouse: WarehouseResource) -> dg.MaterializeResult:
    target = report_path_for(warehouse.resolved_path())
    # from the snapshot the run has just published: reading it never holds up a writer
    with closing(duckdb.connect(str(warehouse.resolved_snapshot_path()), read_only=True)) as con:
        write_report(con, target)
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(target)), "open": dg.MetadataValue.url(target.as_uri())}
    )
