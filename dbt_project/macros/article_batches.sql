{#
  The article-level strike models built in batches of articles.

  int_strike_reports and int_strike_article_figures decide every row within
  its own article. A first build (an archive backfill into an empty
  warehouse) took every article at once, and some of their states cannot
  spill to disk: the id lists and evidence of int_strike_article_figures'
  sums (list(), string_agg()), the windows over int_strike_reports' evidence.
  dbt then needed a memory_limit that grew with the archive (a 50,000-page
  first build failed at 256MB in int_strike_article_figures, a 100,000-page
  one in int_strike_reports).

  So the articles are split into `batches` groups by a hash of article_id,
  with about `per_batch` rows each (`var('article_batch_rows', 25000)`): the
  model's own statement builds group 0 and a post-hook inserts the others,
  one statement each, in the same transaction. The number of groups is
  counted in the model's input, which its build does not change, so the
  model's body and its post-hook (rendered after the body has run) agree on
  it. An incremental build takes the same groups of the articles it adds.
#}

{#- The number of batches: the rows of `relation` that match `where`, over
    `per_batch`, at least one. -#}
{% macro article_batches(relation, where, per_batch) -%}
    {%- if not execute or load_relation(relation) is none -%}
        {{ return(1) }}
    {%- endif -%}
    {%- set query -%}
        select count(*) from {{ relation }} where {{ where }}
    {%- endset -%}
    {%- set rows = run_query(query).columns[0].values()[0] -%}
    {{ return([1, ((rows + per_batch - 1) // per_batch) | int] | max) }}
{%- endmacro %}

{#- SQL condition: `article_id` belongs to batch `batch` of `batches`. -#}
{% macro article_batch_filter(batch, batches) -%}
    {%- if batches <= 1 -%}
        true
    {%- else -%}
        hash(article_id) % {{ batches }} = {{ batch }}
    {%- endif -%}
{%- endmacro %}

{#- The post-hook: insert batches 1 .. batches - 1 into `target_relation`, each
    the SQL `batch_sql(batch, batches)` gives (`select 1` when there is only
    one batch). -#}
{% macro insert_later_article_batches(target_relation, batch_sql, batches) -%}
    {%- if batches <= 1 -%}
        select 1
    {%- else -%}
        {%- for batch in range(1, batches) -%}
            insert into {{ target_relation }} by name ({{ batch_sql(batch, batches) }});
        {% endfor -%}
    {%- endif -%}
{%- endmacro %}

{#- The batches of int_strike_reports: its input is the event-scoped strike facts. -#}
{% macro strike_report_batches() -%}
    {{ return(article_batches(ref('stg_fact_strikes'), "scope = 'event'", var('article_batch_rows', 25000))) }}
{%- endmacro %}

{#- The batches of int_strike_article_figures: its input is the nation-wide reports. -#}
{% macro article_figure_batches() -%}
    {{ return(article_batches(ref('int_strike_reports'), 'counts_for_nation', var('article_batch_rows', 25000))) }}
{%- endmacro %}
