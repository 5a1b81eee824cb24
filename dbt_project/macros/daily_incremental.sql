{#
  Incremental rebuild by event date of a model read from one raw fact table:
  int_strike_events from raw.fact_strikes (macros/strike_incremental.sql says
  why), casualties_daily and clashes_daily from theirs. A pre-hook deletes
  every date touched by an article whose facts were (re)extracted since the
  table's `source_watermark` (where its figures are now, and where they were
  at the last build, from the articles each row lists); the model then
  inserts every date that has usable figures and no rows. A refetched
  article (a new publication time, which the marts rank by) is extracted
  again, so it is a changed article too.
#}

{#- SQL: the latest extraction time in raw for `facts` (a raw fact table). -#}
{% macro fact_source_watermark(facts) -%}
(
    select max(extracted)
    from (
        select max(facts_extracted_at) as extracted from {{ source('raw', 'articles') }}
        union all
        select max(extracted_at) from {{ source('raw', facts) }}
    )
)
{%- endmacro %}

{#- SQL: the event dates of `target_relation` to delete before inserting; its rows list the articles they were
    built from in `article_ids_column`. -#}
{% macro fact_dates_touched_since(target_relation, facts, article_ids_column='evidence_article_ids') -%}
    with last_build as (
        select coalesce(max(source_watermark), '-infinity'::timestamptz) as watermark
        from {{ target_relation }}
    ),
    changed_articles as (
        select article_id from {{ source('raw', 'articles') }}
        where facts_extracted_at > (select watermark from last_build)
        union
        select article_id from {{ source('raw', facts) }}
        where extracted_at > (select watermark from last_build)
    )
    -- where the changed articles' figures are now
    select event_date from {{ source('raw', facts) }}
    where article_id in (select article_id from changed_articles) and event_date is not null
    union
    -- where they were at the last build
    select event_date from (
        select event_date, unnest({{ article_ids_column }}) as article_id from {{ target_relation }}
    )
    where article_id in (select article_id from changed_articles)
{%- endmacro %}

{#- SQL: the event dates among `dates` (a query of event_date) with no row in `target_relation`. -#}
{% macro dates_missing_from(target_relation, dates) -%}
    select distinct event_date from ({{ dates }}) as usable
    except
    select event_date from {{ target_relation }}
{%- endmacro %}

{#- The pre-hooks of a daily mart incremental by event date, read from the raw fact table `facts`. A warehouse
    built while the mart was a plain table has no source_watermark: the first hook adds it, and the second deletes
    the rows without one, so they are all built again (as a full refresh would), with the dates touched since the
    last build. (Strings rendered when the hook runs, where `this` and is_incremental() are the model's.) -#}
{% macro daily_mart_pre_hooks(facts) -%}
{{ return([
    "{% if is_incremental() %}alter table {{ this }} add column if not exists source_watermark timestamptz{% endif %}",
    "{% if is_incremental() %}delete from {{ this }} where source_watermark is null or event_date in ({{ fact_dates_touched_since(this, '" ~ facts ~ "') }}){% endif %}",
]) }}
{%- endmacro %}
