{#- The SQL of int_strike_article_figures for group `group` of
    `groups` of its articles
    (the model's own comment says what it decides;
    macros/article_groups.sql says why there are groups). -#}
{% macro strike_article_figures_group(group, groups, only_missing=false) -%}
with reports as (
    select * from {{ ref('int_strike_reports') }}
    where counts_for_nation
      and {{ article_group_filter(group, groups) }}
    {% if only_missing or is_incremental() %}
      and article_id not in (select article_id from {{ this }})
    {% endif %}
),

-- weapon null and no sub-class: the article's own class figure(s)
class_figures as (
    select
        article_id, source, published_at, event_date, attacker, weapon_class, fact_type,
        'class' as figure_basis,
        reported_count,
        qualifier,
        attribution,
        attribution_rank,
        is_preliminary,
        [fact_id] as fact_ids,
        evidence,
        evidence_start,
        source_watermark
    from reports
    where weapon is null and sub_class is null
),

-- one figure per model, and one per stated sub-class: the same ranking picks among repeats
parts as (
    select
        *,
        case when weapon is not null then 'model' else 'sub_class' end as part_kind,
        coalesce(weapon, sub_class) as part
    from reports
    where weapon is not null or sub_class is not null
    qualify row_number() over (
        partition by article_id, event_date, attacker, weapon_class, fact_type, weapon is not null, coalesce(weapon, sub_class)
        order by attribution_rank, is_preliminary, qualifier_rank, reported_count desc, evidence_start, fact_id
    ) = 1
),

models as (select * from parts where part_kind = 'model'),

-- each sub-class's tally: its stated figure and/or the models that belong to it
sub_class_tallies as (
    select
        coalesce(stated.article_id, models.article_id) as article_id,
        coalesce(stated.event_date, models.event_date) as event_date,
        coalesce(stated.attacker, models.attacker) as attacker,
        coalesce(stated.weapon_class, models.weapon_class) as weapon_class,
        coalesce(stated.fact_type, models.fact_type) as fact_type,
        coalesce(stated.sub_class, models.sub_class) as sub_class,
        any_value(stated.reported_count) as stated_count,
        sum(models.reported_count) as models_count,
        -- every model in the stated figure's own sentence: one enumeration, so disjoint items
        coalesce(bool_and(models.evidence = stated.evidence), false) as models_beside_stated,
        list(distinct stated.fact_id) filter (where stated.fact_id is not null) as stated_fact_ids,
        list(models.fact_id order by models.evidence_start, models.fact_id) filter (where models.fact_id is not null) as model_fact_ids
    from (select * from parts where part_kind = 'sub_class') as stated
    full join (select * from models where sub_class is not null) as models
        on  models.article_id = stated.article_id
        and models.event_date = stated.event_date
        and models.attacker = stated.attacker
        and models.weapon_class = stated.weapon_class
        and models.fact_type = stated.fact_type
        and models.sub_class = stated.sub_class
    group by all
),

sub_class_counts as (
    select
        *,
        case
            when stated_count is null then models_count
            when models_count is null then stated_count
            when models_beside_stated then stated_count + models_count
            else greatest(stated_count, models_count)
        end as tally,
        case
            when stated_count is null then model_fact_ids
            when models_count is null then stated_fact_ids
            when models_beside_stated then list_concat(stated_fact_ids, model_fact_ids)
            when stated_count >= models_count then stated_fact_ids
            else model_fact_ids
        end as tally_fact_ids
    from sub_class_tallies
),

-- a sub-class sum is its own candidate only where a sub-class figure is
-- stated (otherwise it is the model sum again)
stated_keys as (
    select distinct article_id, event_date, attacker, weapon_class, fact_type
    from parts
    where part_kind = 'sub_class'
),

-- the facts behind each sub-class sum: the sub-class tallies plus the models of no known sub-class
sub_class_sum_facts as (
    select unnest(tally_fact_ids) as fact_id
    from sub_class_counts
    semi join stated_keys using (article_id, event_date, attacker, weapon_class, fact_type)
    union all
    select fact_id
    from models
    semi join stated_keys using (article_id, event_date, attacker, weapon_class, fact_type)
    where models.sub_class is null
),

summed as (
    select 'model_sum' as figure_basis, * exclude (part_kind, part) from models
    union all by name
    select 'sub_class_sum' as figure_basis, reports.*
    from sub_class_sum_facts
    join reports using (fact_id)
),

sums as (
    select
        article_id,
        any_value(source) as source,
        any_value(published_at) as published_at,
        event_date, attacker, weapon_class, fact_type,
        figure_basis,
        sum(reported_count) as reported_count,
        -- a sum is exact only if every part is; one bound makes it a bound
        case
            when bool_and(qualifier = 'exact') then 'exact'
            when bool_and(qualifier in ('exact', 'at_least')) then 'at_least'
            when bool_and(qualifier in ('exact', 'at_most')) then 'at_most'
            else 'approx'
        end as qualifier,
        -- a breakdown usually follows the attributed sentence without
        -- repeating who said it, so the best-attributed part speaks for all
        arg_min(attribution, attribution_rank) as attribution,
        min(attribution_rank) as attribution_rank,
        bool_and(is_preliminary) as is_preliminary,
        list(fact_id order by evidence_start, fact_id) as fact_ids,
        string_agg(distinct evidence, ' | ' order by evidence) as evidence,
        min(evidence_start) as evidence_start,
        max(source_watermark) as source_watermark
    from summed
    group by article_id, event_date, attacker, weapon_class, fact_type, figure_basis
),

candidates as (
    select * from class_figures
    union all by name
    select * from sums
)

select
    article_id,
    source,
    published_at,
    event_date,
    attacker,
    weapon_class,
    fact_type,
    figure_basis,
    reported_count,
    qualifier,
    {{ qualifier_rank('qualifier') }} as qualifier_rank,
    attribution,
    attribution_rank,
    is_preliminary,
    fact_ids,
    evidence,
    source_watermark
from candidates
qualify row_number() over (
    partition by article_id, event_date, attacker, weapon_class, fact_type
    order by
        attribution_rank,
        is_preliminary,
        {{ qualifier_rank('qualifier') }},
        reported_count desc,
        case figure_basis when 'class' then 0 when 'model_sum' then 1 else 2 end,
        evidence_start
) = 1
{%- endmacro %}
