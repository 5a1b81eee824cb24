"""The `salvo_archive` code location: the sites' archives by day (pipelines/defs/archive.py).

Kept apart from pipelines/definitions.py so that the daily chain has no
partitioned asset in it; both locations are in workspace.yaml, so `salvo ui`
shows both.
"""

import dagster as dg

from pipelines.defs import archive
from pipelines.defs.resources import PageTextResource, FeedsResource, WarehouseResource

defs = dg.Definitions(
    assets=[archive.archive_pages],
    jobs=[archive.archive_job],
    resources={
        "warehouse": WarehouseResource(),
        "feeds": FeedsResource(),
        "page_text": PageTextResource(),
    },
)
