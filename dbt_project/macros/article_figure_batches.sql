{#
  int_strike_article_figures in batches of articles.

  Its sums keep one list() of fact ids and one string_agg() of evidence per
  article, night and class, and DuckDB cannot spill those states: one
  statement over a whole first build held every article's at once, so dbt
  needed a memory_limit that grew with the archive (a 50,000-page first
  build failed at 256MB in this model). Every row is decided within its own
  article, so the articles are split into `batches` groups by a hash of
  article_id, with about `var('article_figure_batch_reports', 25000)`
  reports each: the model's own statement builds group 0 and a post-hook
  inserts the others, one statement each, in the same transaction. The
  number of groups comes from int_strike_reports alone, which this model
  does not change, so the model's body and its post-hook agree on it.
#}

{#- The number of batches: the nation-wide reports of int_strike_reports over
    `per_batch`, at least one. -#}
{% macro article_figure_batches(reports_relation, per_batch) -%}
    {%- if not execute or load_relation(reports_relation) is none -%}
        {{ return(1) }}
    {%- endif -%}
    {%- set query -%}
        select count(*) from {{ reports_relation }} where counts_for_nation
    {%- endset -%}
    {%- set reports = run_query(query).columns[0].values()[0] -%}
    {{ return([1, ((reports + per_batch - 1) // per_batch) | int] | max) }}
{%- endmacro %}

{#- SQL condition: `article_id` belongs to batch `batch` of `batches`. -#}
{% macro article_figure_batch_filter(batch, batches) -%}
    {%- if batches <= 1 -%}
        true
    {%- else -%}
        hash(article_id) % {{ batches }} = {{ batch }}
    {%- endif -%}
{%- endmacro %}

{#- The post-hook: insert batches 1 .. batches - 1 into `target_relation`
    (`select 1` when there is only one). -#}
{% macro article_figures_insert_later_batches(target_relation, batches) -%}
    {%- if batches <= 1 -%}
        select 1
    {%- else -%}
        {%- for batch in range(1, batches) -%}
            insert into {{ target_relation }} by name ({{ strike_article_figures_batch(batch, batches) }});
        {% endfor -%}
    {%- endif -%}
{%- endmacro %}
