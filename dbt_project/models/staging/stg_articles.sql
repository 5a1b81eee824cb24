-- html_gz (the kept page, a BLOB) stays in raw: nothing downstream reads it.
select
    article_id,
    canonical_url,
    final_url,
    source,
    feed_name,
    published_at,
    -- the Kyiv calendar day of publication, the default event date of FACTS.md
    cast(timezone('Europe/Kyiv', published_at) as date) as published_date_kyiv,
    fetched_at,
    title,
    text as article_text,
    author,
    page_date,
    html_sha256,
    text_status,
    error,
    attempts,
    next_attempt_after,
    facts_extracted_at,
    extractor_version,
    -- which page this row holds: 1 as first fetched, +1 each time a changed page
    -- replaced it (fetched_at is that version's fetch time; the earlier ones are in raw.article_versions)
    coalesce(version, 1) as version,
    last_checked_at
from {{ source('raw', 'articles') }}
