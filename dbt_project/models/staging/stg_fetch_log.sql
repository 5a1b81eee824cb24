select
    fetch_id,
    run_id,
    kind as fetch_kind,
    target,
    url,
    final_url,
    status_code,
    outcome,
    error,
    bytes as response_bytes,
    duration_ms,
    new_items,
    fetched_at
from {{ source('raw', 'fetch_log') }}
