{#
  nights_to_review in batches of event dates.

  Its evidence column is one ordered list() per night, and DuckDB cannot
  spill list() states (nor string_agg's, ordered or not): one statement over
  the whole history held every flagged night's evidence at once, so dbt's
  memory grew with the archive (a 50,000-page warehouse needed a
  memory_limit above 512MB for this model alone). Every row of the mart is
  decided within its own night, so the model is built in batches of
  consecutive event dates of about `var('review_batch_reports', 25000)`
  strike reports each: the model's own statement builds the first batch and
  a post-hook inserts the others, one statement each, in the same
  transaction. Memory then follows the batch, not the history; the rows are
  those one statement over everything gives.
#}

{#- The dates where a batch after the first starts, ascending, as 'YYYY-MM-DD'
    strings: each batch holds at most `per_batch` reports plus one night's. -#}
{% macro review_batch_starts(reports_relation, per_batch) -%}
    {%- if not execute or load_relation(reports_relation) is none -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set query -%}
        select min(event_date)::varchar as batch_start
        from (
            select
                event_date,
                (sum(n) over (order by event_date rows between unbounded preceding and current row) - n)
                    // {{ per_batch }} as batch
            from (
                select event_date, count(*) as n
                from {{ reports_relation }}
                where event_date is not null
                group by event_date
            )
        )
        group by batch
        having batch > 0
        order by batch_start
    {%- endset -%}
    {{ return(run_query(query).columns[0].values() | list) }}
{%- endmacro %}

{#- SQL condition: `column` lies in [start, end) (either bound may be none);
    the first batch (no start) also takes the null dates. -#}
{% macro review_batch_filter(column, start, end) -%}
    {%- if start is none and end is none -%}
        true
    {%- elif start is none -%}
        ({{ column }} < '{{ end }}'::date or {{ column }} is null)
    {%- elif end is none -%}
        {{ column }} >= '{{ start }}'::date
    {%- else -%}
        ({{ column }} >= '{{ start }}'::date and {{ column }} < '{{ end }}'::date)
    {%- endif -%}
{%- endmacro %}

{#- The post-hook: insert every batch after the first into `target_relation`
    (`select 1` when there is only one batch). -#}
{% macro review_insert_later_batches(target_relation, starts) -%}
    {%- if starts | length == 0 -%}
        select 1
    {%- else -%}
        {%- for start in starts -%}
            {%- set end = starts[loop.index] if loop.index < starts | length else none -%}
            insert into {{ target_relation }} by name ({{ nights_to_review_batch(start, end) }});
        {% endfor -%}
    {%- endif -%}
{%- endmacro %}
