{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{% if is_incremental() %}delete from {{ this }} where article_id in ({{ strike_articles_changed_since(this) }}){% endif %}",
        post_hook="{{ insert_missing_article_groups(this, strike_reports_group, ref('stg_fact_strikes'), strike_report_input_where()) }}"
    )
}}
-- Every event-scoped strike figure, with the article's outlet and publication
-- time and the flags the de-duplication needs. One row per raw fact.
--
-- Everything here is decided within one article (its own figures and its
-- own row), so the model is incremental by article: the articles whose facts
-- were (re)extracted since the last build are deleted in the pre-hook, and
-- every article with figures but no rows is inserted. Reading a sub-class
-- from a sentence takes a regular expression built from the figure, compiled
-- once per row: done once per fact, not in every build and every test.
--
-- Built in groups of articles so that dbt's memory follows a group, not the
-- history (macros/article_groups.sql): this statement builds the first
-- group, the post-hook inserts the articles still missing. The SQL of one
-- group is macros/strike_reports.sql.
{{ strike_reports_group(0, strike_report_groups()) }}
