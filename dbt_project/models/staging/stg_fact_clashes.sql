select
    fact_id,
    article_id,
    fact_type,
    event_date,
    scope,
    qualifier,
    "count" as reported_count,
    place,
    attribution,
    evidence,
    evidence_start,
    evidence_end,
    note,
    rule_id,
    confidence,
    extractor_version,
    extracted_at
from {{ source('raw', 'fact_clashes') }}
