select
    feed_name,
    url as feed_url,
    etag,
    last_modified,
    last_polled_at,
    last_success_at,
    last_status,
    consecutive_failures,
    next_poll_after
from {{ source('raw', 'feed_state') }}
