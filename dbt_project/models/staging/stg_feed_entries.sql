select
    article_id,
    canonical_url,
    link as feed_link,
    feed_name,
    source,
    guid,
    title,
    summary,
    published_at,
    first_seen_at,
    item_changed_at
from {{ source('raw', 'feed_entries') }}
