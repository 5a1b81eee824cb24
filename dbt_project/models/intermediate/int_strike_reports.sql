-- Every event-scoped strike figure, with the article's outlet and publication
-- time and the flags the de-duplication needs. One row per raw fact.
with facts as (
    select * from {{ ref('stg_fact_strikes') }}
    where scope = 'event'
      and fact_type in ('launched', 'intercepted', 'lost')
      and attacker is not null
      and weapon_class is not null
),

articles as (
    select article_id, source, published_at, facts_extracted_at
    from {{ ref('stg_articles') }}
),

-- The New Year pattern: "45 drones downed overnight: 13 late on December 31
-- and 32 after midnight". The 13 is dated the 31st but is a part of the 45
-- dated the 1st, so it must not become a figure of its own (that would count
-- those drones twice across the two days). Recognised exactly: within one
-- article, a figure dated the day before plus another figure of the next day
-- add up to a third figure of the next day.
overnight_parts as (
    select distinct evening.fact_id
    from facts as evening
    join facts as after_midnight
        on  after_midnight.article_id = evening.article_id
        and after_midnight.fact_type = evening.fact_type
        and after_midnight.attacker = evening.attacker
        and after_midnight.weapon_class = evening.weapon_class
        and after_midnight.event_date = evening.event_date + 1
    join facts as night_total
        on  night_total.article_id = evening.article_id
        and night_total.fact_type = evening.fact_type
        and night_total.attacker = evening.attacker
        and night_total.weapon_class = evening.weapon_class
        and night_total.event_date = after_midnight.event_date
        and night_total.fact_id <> after_midnight.fact_id
        and night_total.reported_count = evening.reported_count + after_midnight.reported_count
    where evening.place is null
      and after_midnight.place is null
      and night_total.place is null
)

select
    facts.fact_id,
    facts.article_id,
    articles.source,
    articles.published_at,
    facts.fact_type,
    facts.event_date,
    facts.attacker,
    facts.weapon_class,
    facts.weapon,
    facts.reported_count,
    facts.qualifier,
    facts.attribution,
    facts.place,
    facts.place is not null as is_regional_subset,
    facts.fact_id in (select fact_id from overnight_parts) as is_part_of_overnight_total,
    -- lower is better: official figures first, unattributed next, others last
    case facts.attribution when 'official' then 0 when 'other' then 2 else 1 end as attribution_rank,
    -- lower is better: an exact figure beats a bound, a bound beats "about"
    case facts.qualifier when 'exact' then 0 when 'at_least' then 1 when 'at_most' then 2 else 3 end as qualifier_rank,
    facts.evidence,
    facts.evidence_start,
    facts.extracted_at,
    articles.facts_extracted_at
from facts
-- a fact whose article row is missing still counts; it only lacks source/time
left join articles using (article_id)
