{#
    Tables built before daily_air_attacks cast its figures to bigint hold them
    as hugeint (DuckDB's type for a sum); an incremental build would stop on
    that type change (on_schema_change='fail'). Convert such columns in place,
    once: the statement is a no-op `select 1` when every column is bigint.
#}
{% macro figures_as_bigint(relation, columns) %}
    {%- set query -%}
        select column_name from information_schema.columns
        where table_schema = '{{ relation.schema }}' and table_name = '{{ relation.identifier }}'
          and data_type = 'HUGEINT'
    {%- endset -%}
    {%- set hugeint = run_query(query).columns[0].values() if execute else [] -%}
    {%- set wanted = hugeint | select('in', columns) | list -%}
    {%- if wanted -%}
        {%- for column in wanted -%}
            alter table {{ relation }} alter column {{ column }} set data type bigint;
        {%- endfor -%}
    {%- else -%}
        select 1
    {%- endif -%}
{% endmacro %}
