{#
  The article-level strike models built in groups of articles.

  int_strike_reports and int_strike_article_figures decide every row within
  its own article. A first build (an archive backfill into an empty
  warehouse, or a re-extraction of everything) took every article at once,
  and some of their states cannot spill to disk: the id lists and evidence
  of int_strike_article_figures' sums (list(), string_agg()), the windows
  over int_strike_reports' evidence. dbt then needed a memory_limit that
  grew with the archive (a 50,000-page first build failed at 256MB in
  int_strike_article_figures, a 100,000-page one in int_strike_reports).

  So the articles to build are split into groups by a hash of article_id,
  with about `var('article_batch_rows', 25000)` input rows each. The
  model's own statement builds the first group; its post-hook, rendered
  after that statement has run, counts the input rows whose article is
  still missing from the model and inserts them in as many groups as they
  need, one statement each, in the same transaction (nothing when none is
  missing, so a daily build of a few new articles runs one statement, as
  before). Counting what is missing rather than remembering the groups keeps
  the model's body and its post-hook in agreement whatever the first
  statement took.
#}

{#- The number of groups for `rows` input rows (at least one). -#}
{% macro article_groups(rows) -%}
    {{ return([1, ((rows + var('article_batch_rows', 25000) - 1) // var('article_batch_rows', 25000)) | int] | max) }}
{%- endmacro %}

{#- The input rows of `input_relation` matching `input_where` whose article is
    not among `built_articles` (SQL; none: count them all). -#}
{% macro article_rows_to_build(input_relation, input_where, built_articles) -%}
    {%- if not execute or load_relation(input_relation) is none -%}
        {{ return(0) }}
    {%- endif -%}
    {%- set query -%}
        select count(*) from {{ input_relation }}
        where {{ input_where }}
        {%- if built_articles is not none %}
          and article_id not in ({{ built_articles }})
        {%- endif %}
    {%- endset -%}
    {{ return(run_query(query).columns[0].values()[0]) }}
{%- endmacro %}

{#- The groups the model's own statement splits its articles into: the rows
    of articles not built yet, or rebuilt by the pre-hook (`rebuilt_articles`,
    SQL, deleted before the statement runs). -#}
{% macro first_statement_groups(input_relation, input_where, rebuilt_articles) -%}
    {%- if is_incremental() -%}
        {%- set built -%}
            select article_id from {{ this }} where article_id not in ({{ rebuilt_articles }})
        {%- endset -%}
        {{ return(article_groups(article_rows_to_build(input_relation, input_where, built))) }}
    {%- else -%}
        {{ return(article_groups(article_rows_to_build(input_relation, input_where, none))) }}
    {%- endif -%}
{%- endmacro %}

{#- SQL condition: `article_id` belongs to group `group` of `groups`. -#}
{% macro article_group_filter(group, groups) -%}
    {%- if groups <= 1 -%}
        true
    {%- else -%}
        hash(article_id) % {{ groups }} = {{ group }}
    {%- endif -%}
{%- endmacro %}

{#- The post-hook: insert into `target_relation` every article of the input
    still missing from it, in groups, each the SQL `group_sql(group, groups,
    only_missing=true)` gives (the articles of the group not in
    `target_relation` yet); `select 1` when none is missing. -#}
{% macro insert_missing_article_groups(target_relation, group_sql, input_relation, input_where) -%}
    {%- set built -%}
        select article_id from {{ target_relation }}
    {%- endset -%}
    {%- set missing = article_rows_to_build(input_relation, input_where, built) -%}
    {%- if missing == 0 -%}
        select 1
    {%- else -%}
        {%- set groups = article_groups(missing) -%}
        {%- for group in range(groups) -%}
            insert into {{ target_relation }} by name ({{ group_sql(group, groups, only_missing=true) }});
        {% endfor -%}
    {%- endif -%}
{%- endmacro %}

{#- int_strike_reports' input: the strike facts it keeps, one row each. -#}
{% macro strike_report_input_where() -%}
    scope = 'event'
      and fact_type in ('launched', 'intercepted', 'lost')
      and attacker is not null
      and weapon_class is not null
{%- endmacro %}

{#- The groups of int_strike_reports' own statement. -#}
{% macro strike_report_groups() -%}
    {{ return(first_statement_groups(ref('stg_fact_strikes'), strike_report_input_where(),
                                     strike_articles_changed_since(this))) }}
{%- endmacro %}

{#- The groups of int_strike_article_figures' own statement: its input is the
    nation-wide reports. -#}
{% macro article_figure_groups() -%}
    {{ return(first_statement_groups(ref('int_strike_reports'), 'counts_for_nation',
                                     article_figures_to_rebuild(this))) }}
{%- endmacro %}
