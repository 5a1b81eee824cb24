{#- The SQL of int_strike_reports for group `group` of `groups` of
    its articles (the model's
    own comment says what it holds; macros/article_groups.sql says why there
    are groups). -#}
{% macro strike_reports_group(group, groups, only_missing=false) -%}
with facts as (
    select * from {{ ref('stg_fact_strikes') }}
    where {{ strike_report_input_where() }}
      and {{ article_group_filter(group, groups) }}
      {% if only_missing or is_incremental() %}
      and article_id not in (select article_id from {{ this }})
      {% endif %}
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
),

-- the model's sub-class from the catalogue (seeds/weapon_sub_classes.csv)
catalogue as (
    select weapon, weapon_class, sub_class from {{ ref('weapon_sub_classes') }}
),

classified as (
    select
        facts.*,
        {{ attribution_level('facts.attribution') }} as stated_attribution,
        case
            when facts.weapon is not null then catalogue.sub_class
            else {{ sub_class_of_word(sub_class_word('facts.evidence', 'facts.reported_count'), 'facts.weapon_class') }}
        end as sub_class,
        facts.fact_id in (select fact_id from overnight_parts) as is_part_of_overnight_total
    from facts
    left join catalogue
        on catalogue.weapon = facts.weapon and catalogue.weapon_class = facts.weapon_class
),

flagged as (
    select
        *,
        {{ attribution_rank('stated_attribution') }} as stated_attribution_rank,
        -- a region's count (a place, or a regional official's figure) never stands for the nation
        place is null
            and stated_attribution is distinct from 'regional_official'
            and not is_part_of_overnight_total as counts_for_nation
    from classified
),

-- "Russia launched 28 Shahed drones ... Air defence destroyed 25 drones. Two
-- reconnaissance drones were also shot down": an intercepted figure that names
-- no model or sub-class, in a report whose launched figures of its class all
-- name one sub-class, counts those weapons ("of those"), so another sub-class's
-- downings add to it instead of hiding inside it (25 attack + 2 reconnaissance
-- drones = 27). Only where it is no larger than what was launched of them.
launched_sub_classes as (
    select
        article_id, event_date, attacker, weapon_class,
        any_value(sub_class) as launched_sub_class,
        max(reported_count) as launched_of_sub_class
    from flagged
    where fact_type = 'launched' and counts_for_nation
    group by article_id, event_date, attacker, weapon_class
    having count(*) filter (where sub_class is null) = 0 and count(distinct sub_class) = 1
),

resolved as (
    select
        flagged.* exclude (sub_class),
        coalesce(
            flagged.sub_class,
            case
                when flagged.fact_type = 'intercepted'
                    and flagged.weapon is null
                    and flagged.counts_for_nation
                    and flagged.reported_count <= launched.launched_of_sub_class
                    then launched.launched_sub_class
            end
        ) as sub_class
    from flagged
    left join launched_sub_classes as launched
        using (article_id, event_date, attacker, weapon_class)
),

-- An unattributed sentence in an article that credits the national
-- authorities elsewhere for the same night ("It said 59 of the missiles ...
-- were shot down") is read as theirs: wire copy names its source once.
inherited as (
    select
        *,
        case
            when stated_attribution is null
                then least(1, min(stated_attribution_rank) filter (where counts_for_nation) over (
                    partition by article_id, event_date, attacker))
            else stated_attribution_rank
        end as attribution_rank
    from resolved
),

-- "Russia launched 151 weapons ... Of these, 92 were shot down" filed under a
-- class: an intercepted figure above everything the article says was launched
-- of its class, but within the article's stated mixed total, is a part of that
-- total (aerial_target), not of the class.
refiled as (
    select
        *,
        -- only where the article states both the class's launched figure and the mixed total
        coalesce(
            fact_type = 'intercepted'
            and weapon_class in ('drone', 'missile', 'guided_bomb')
            and reported_count > max(reported_count) filter (where fact_type = 'launched') over (
                    partition by article_id, event_date, attacker, weapon_class)
            and reported_count <= max(reported_count) filter (
                    where fact_type = 'launched' and weapon_class = 'aerial_target'
                ) over (partition by article_id, event_date, attacker),
            false
        ) as is_refiled_as_mixed
    from inherited
)

select
    facts.fact_id,
    facts.article_id,
    articles.source,
    articles.published_at,
    facts.fact_type,
    facts.event_date,
    facts.attacker,
    case when facts.is_refiled_as_mixed then 'aerial_target' else facts.weapon_class end as weapon_class,
    case when facts.is_refiled_as_mixed then null else facts.weapon end as weapon,
    case when facts.is_refiled_as_mixed then null else facts.sub_class end as sub_class,
    facts.is_refiled_as_mixed,
    facts.reported_count,
    facts.qualifier,
    -- the attribution the figure is ranked by: its own, else the article's national one
    coalesce({{ attribution_for_rank('facts.attribution_rank') }}, facts.stated_attribution) as attribution,
    facts.stated_attribution,
    facts.place,
    facts.place is not null as is_regional_subset,
    facts.is_part_of_overnight_total,
    facts.counts_for_nation,
    -- lower is better: national official 0, unattributed 1, political 2, media 3, monitoring 4, regional 5
    coalesce(facts.attribution_rank, 1) as attribution_rank,
    {{ qualifier_rank('facts.qualifier') }} as qualifier_rank,
    -- a figure the sentence itself calls earlier or preliminary loses to a final one of the same report
    -- ("revising its earlier count" announces the final figure, not a preliminary one)
    regexp_matches(facts.evidence, '(?i)\b(earlier|preliminary|initial|initially)\b')
        and not regexp_matches(facts.evidence, '(?i)\b(revis|updat|correct)\w*') as is_preliminary,
    facts.evidence,
    facts.evidence_start,
    facts.extracted_at,
    articles.facts_extracted_at,
    {{ strike_source_watermark() }} as source_watermark
from refiled as facts
-- a fact whose article row is missing still counts; it only lacks source/time
left join articles using (article_id)
{%- endmacro %}
