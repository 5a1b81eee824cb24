-- One figure per article, night, attacker, weapon class and fact type: what
-- this article says the class total was.
--
-- An article states a class figure ("84 cruise missiles", weapon null),
-- model-level figures ("16 Kalibr, 8 Kh-22"), or both. The class figure is
-- used when there is one; otherwise the models' figures are added up, one
-- figure per distinct model (the same model stated twice is one figure, not
-- two). When both kinds exist, the better-attributed and more exact one wins:
-- "Zelenskiy put the number at around 70" (class, other) loses to "the air
-- force said 75 Shahed drones" (model, official). Between equals the larger
-- wins: a class total cannot be smaller than the models it is made of, so a
-- smaller class figure is a part ("the remaining 32 after midnight" beside
-- "45 Shahed drones"), and a larger one is the total its models belong to
-- ("84 missiles, including 16 Kalibr").
-- Regional subsets and the evening parts of an overnight total never count.
with reports as (
    select * from {{ ref('int_strike_reports') }}
    where not is_regional_subset
      and not is_part_of_overnight_total
),

-- weapon null: the article's own class figure(s). Of several (a total and a
-- part, "18 missiles ... three of them Iskander"), the ranking below keeps
-- the best attributed, most exact, largest.
class_figures as (
    select
        article_id, source, published_at, event_date, attacker, weapon_class, fact_type,
        'class' as figure_basis,
        reported_count,
        qualifier,
        qualifier_rank,
        attribution,
        attribution_rank,
        [fact_id] as fact_ids,
        evidence,
        evidence_start
    from reports
    where weapon is null
),

-- one figure per model: the same ranking picks among repeats of a model
model_figures as (
    select *
    from reports
    where weapon is not null
    qualify row_number() over (
        partition by article_id, event_date, attacker, weapon_class, fact_type, weapon
        order by attribution_rank, qualifier_rank, reported_count desc, evidence_start, fact_id
    ) = 1
),

model_sums as (
    select
        article_id,
        any_value(source) as source,
        any_value(published_at) as published_at,
        event_date, attacker, weapon_class, fact_type,
        'model_sum' as figure_basis,
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
        case min(attribution_rank) when 0 then 'official' when 1 then null else 'other' end as attribution,
        min(attribution_rank) as attribution_rank,
        list(fact_id order by evidence_start, fact_id) as fact_ids,
        string_agg(distinct evidence, ' | ' order by evidence) as evidence,
        min(evidence_start) as evidence_start
    from model_figures
    group by article_id, event_date, attacker, weapon_class, fact_type
),

candidates as (
    select * exclude (qualifier_rank) from class_figures
    union all by name
    select * from model_sums
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
    case qualifier when 'exact' then 0 when 'at_least' then 1 when 'at_most' then 2 else 3 end as qualifier_rank,
    attribution,
    attribution_rank,
    fact_ids,
    evidence
from candidates
qualify row_number() over (
    partition by article_id, event_date, attacker, weapon_class, fact_type
    order by
        attribution_rank,
        case qualifier when 'exact' then 0 when 'at_least' then 1 when 'at_most' then 2 else 3 end,
        reported_count desc,
        case figure_basis when 'class' then 0 else 1 end,
        evidence_start
) = 1
