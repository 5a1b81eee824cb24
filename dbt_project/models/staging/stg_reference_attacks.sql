-- The air force's national tallies only, typed: the rows the national
-- accounts posted (the air force command kpszsu, the General Staff, the
-- commander-in-chief), whose targets may be regions of one national report
-- (2023-12-29: 90 + 14 + 8 + 5 + 4 + 1 = 122, two of them aimed at regions),
-- and other rows aimed at 'Ukraine'; never the regional air commands' posts
-- (PvK Pivden, Skhid, Zakhid, Tsentr), which count one region. A report window is dated by the
-- morning it ends, the night's event date (FACTS.md); a model group joins the
-- catalogue as a whole, else by its first model ("X-101/X-555 and Kalibr").
with attacks as (
    select
        row_number,
        trim(time_start) as time_start,
        trim(time_end) as time_end,
        try_cast(left(trim(time_end), 10) as date) as event_date,
        trim(model) as model,
        launched,
        destroyed,
        not_reach_goal,
        source,
        split_part(source, '/', 1) as source_account,
        loaded_at
    from {{ source('raw', 'reference_attacks') }}
    where lower(split_part(source, '/', 1)) in ('kpszsu', 'generalstaff.ua', 'cincafu')
       or (lower(trim(target)) = 'ukraine' and lower(split_part(source, '/', 1)) not like 'pvk%')
),

catalogue as (
    select model, weapon_class from {{ ref('stg_reference_models') }}
)

select
    attacks.row_number,
    attacks.time_start,
    attacks.time_end,
    attacks.event_date,
    attacks.model,
    coalesce(whole.weapon_class, first_model.weapon_class) as weapon_class,
    attacks.launched,
    attacks.destroyed,
    attacks.not_reach_goal,
    attacks.source,
    attacks.source_account,
    attacks.loaded_at
from attacks
left join catalogue as whole on whole.model = attacks.model
left join catalogue as first_model on first_model.model = split_part(attacks.model, ' and ', 1)
