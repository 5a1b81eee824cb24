select
    article_id,
    feed_name,
    first_seen_at
from {{ source('raw', 'feed_sightings') }}
