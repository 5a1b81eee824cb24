-- Our nights beside the air force's own tallies: per night and weapon class
-- of Russia's attacks, our launched and intercepted (daily_air_attacks) and
-- the reference's launched and destroyed (int_reference_nights), their
-- absolute and relative differences, and whether they agree within 5%.
-- `agrees` compares every figure both sides state; it is null when there is
-- nothing to compare (no reference row, or no figure in common).
with ours as (
    select * from {{ ref('daily_air_attacks') }}
    where attacker = 'RU' and weapon_class in ('drone', 'missile', 'guided_bomb')
),

chosen as (
    select
        event_date, attacker, weapon_class,
        any_value(chosen_article_id) filter (where fact_type = 'launched') as launched_article_id,
        any_value(chosen_article_id) filter (where fact_type = 'intercepted') as intercepted_article_id
    from {{ ref('int_strike_events') }}
    group by event_date, attacker, weapon_class
),

compared as (
    select
        ours.event_date,
        ours.weapon_class,
        ours.launched,
        ours.intercepted,
        ref.launched as reference_launched,
        ref.destroyed as reference_destroyed,
        ours.launched - ref.launched as launched_diff,
        ours.intercepted - ref.destroyed as intercepted_diff,
        round((ours.launched - ref.launched) / nullif(ref.launched, 0), 4) as launched_rel_diff,
        round((ours.intercepted - ref.destroyed) / nullif(ref.destroyed, 0), 4) as intercepted_rel_diff,
        abs(ours.launched - ref.launched) <= 0.05 * ref.launched as launched_agrees,
        abs(ours.intercepted - ref.destroyed) <= 0.05 * ref.destroyed as intercepted_agrees,
        ref.event_date is not null as has_reference,
        chosen.launched_article_id,
        chosen.intercepted_article_id,
        ours.launched_evidence,
        ours.intercepted_evidence,
        ref.models as reference_models,
        ref.sources as reference_sources
    from ours
    left join {{ ref('int_reference_nights') }} as ref
        on ref.event_date = ours.event_date and ref.weapon_class = ours.weapon_class
    left join chosen
        on  chosen.event_date = ours.event_date
        and chosen.attacker = ours.attacker
        and chosen.weapon_class = ours.weapon_class
)

select
    * exclude (launched_agrees, intercepted_agrees),
    launched_agrees,
    intercepted_agrees,
    case
        when launched_agrees is null and intercepted_agrees is null then null
        else coalesce(launched_agrees, true) and coalesce(intercepted_agrees, true)
    end as agrees
from compared
