-- Per month, attacker and weapon class: the sum of the nightly de-duplicated
-- figures. Months add up nights, never classes: the aerial_target rows are
-- mixed totals that overlap the other classes and are summed on their own.
-- A night without a launched (or intercepted) figure adds nothing to that
-- sum; the nights_* columns say how many nights each sum covers.
select
    cast(date_trunc('month', event_date) as date) as month,
    attacker,
    weapon_class,
    count(*) as nights,
    count(launched) as nights_with_launched,
    count(intercepted) as nights_with_intercepted,
    cast(sum(launched) as bigint) as launched,
    cast(sum(intercepted) as bigint) as intercepted,
    -- over the nights that state both figures only
    round(
        sum(intercepted) filter (where launched is not null and intercepted is not null)
        / nullif(sum(launched) filter (where launched is not null and intercepted is not null), 0),
        3
    ) as intercept_rate
from {{ ref('daily_air_attacks') }}
group by all
