{#
  Incremental rebuild of the strike models: int_strike_reports by article
  (`strike_articles_changed_since`), int_strike_article_figures by article
  after it (`article_figures_to_rebuild`), int_strike_events and
  daily_air_attacks by event date.

  The daily run should cost in proportion to new data, and a re-extracted
  article may move or drop figures, so a date is the unit of work: every
  date touched by an article whose facts were (re)extracted since the last
  build is deleted in a pre-hook, then the model inserts every date that has
  figures but no rows (`strike_dates_missing_from`). A date whose figures all
  disappeared is deleted and not re-inserted. A second build with no new data
  deletes nothing and inserts nothing.

  The watermark is `source_watermark`, stored on every row: the latest
  extraction time in raw when the row was built.
#}

{#- SQL: the latest extraction time in the raw layer (articles or strike facts). -#}
{% macro strike_source_watermark() -%}
{{ fact_source_watermark('fact_strikes') }}
{%- endmacro %}

{#- SQL: the articles whose facts were (re)extracted since `target_relation` was last built. -#}
{% macro strike_articles_changed_since(target_relation) -%}
    with last_build as (
        select coalesce(max(source_watermark), '-infinity'::timestamptz) as watermark
        from {{ target_relation }}
    )
    select article_id from {{ source('raw', 'articles') }}
    where facts_extracted_at > (select watermark from last_build)
    union
    select article_id from {{ source('raw', 'fact_strikes') }}
    where extracted_at > (select watermark from last_build)
{%- endmacro %}

{#- SQL: the event dates to delete from int_strike_events before inserting (its rows list their articles in
    `article_ids`). -#}
{% macro strike_dates_touched_since(target_relation) -%}
{{ fact_dates_touched_since(target_relation, 'fact_strikes', 'article_ids') }}
{%- endmacro %}

{#- SQL: event dates that have usable strike figures but no row in `target_relation`. -#}
{% macro strike_dates_missing_from(target_relation) -%}
    select distinct event_date
    from {{ source('raw', 'fact_strikes') }}
    where scope = 'event' and place is null
      and fact_type in ('launched', 'intercepted', 'lost')
      and attacker is not null and weapon_class is not null
      and event_date is not null
    except
    select event_date from {{ target_relation }}
{%- endmacro %}

{#- SQL: the keys of an incremental model to delete before inserting: those
    whose rows `upstream` rebuilt since `target_relation`'s last build (a newer
    source_watermark), and those `upstream` no longer has where `still_there`
    holds. -#}
{% macro keys_rebuilt_or_gone(target_relation, upstream, key, still_there='true') -%}
    select {{ key }} from {{ upstream }}
    where source_watermark > (
        select coalesce(max(source_watermark), '-infinity'::timestamptz) from {{ target_relation }}
    )
    union
    (
        select {{ key }} from {{ target_relation }}
        except
        select {{ key }} from {{ upstream }} where {{ still_there }}
    )
{%- endmacro %}

{#- SQL: dates of daily_air_attacks to delete: rebuilt upstream since its last
    build, or gone from int_strike_events altogether. -#}
{% macro daily_dates_to_rebuild(target_relation) -%}
    {{ keys_rebuilt_or_gone(target_relation, ref('int_strike_events'), 'event_date') }}
{%- endmacro %}

{#- SQL: the articles of int_strike_article_figures to delete before inserting:
    rebuilt in int_strike_reports since `target_relation`'s last build, or
    with no figure that counts for the nation there any more (all its facts
    deleted or moved to a region). -#}
{% macro article_figures_to_rebuild(target_relation) -%}
    {{ keys_rebuilt_or_gone(target_relation, ref('int_strike_reports'), 'article_id', 'counts_for_nation') }}
{%- endmacro %}
