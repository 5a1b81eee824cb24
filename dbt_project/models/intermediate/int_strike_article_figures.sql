{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{% if is_incremental() %}delete from {{ this }} where article_id in ({{ article_figures_to_rebuild(this) }}){% endif %}",
        post_hook="{{ insert_missing_article_groups(this, strike_article_figures_group, ref('int_strike_reports'), 'counts_for_nation') }}"
    )
}}
-- One figure per article, night, attacker, weapon class and fact type: what
-- this article says the class total was (its coherent tally).
--
-- An article states a class figure ("84 missiles", weapon null), model
-- figures ("16 Kalibr, 8 Kh-22"), sub-class figures ("four ballistic and nine
-- cruise missiles", weapon null, sub-class read from the sentence), or a mix.
-- Three candidates:
--   class      the class figure where one is stated;
--   model_sum  the sum over distinct models (a model stated twice counts once);
--   sub_class_sum  the sum over the sub-classes (ballistic, aeroballistic,
--              cruise, guided missiles; attack drones, decoys, reconnaissance
--              drones): per sub-class its stated figure, else its models' sum.
--              Models stated in the same sentence as their sub-class's figure
--              are further items of one enumeration ("28 Kh-101 and Iskander-K
--              cruise missiles, seven Kh-22 ... and four Zircon missiles") and
--              are added; stated elsewhere they are its breakdown, and the
--              larger of the two counts.
-- The better attributed, then the final over the preliminary, then the more
-- exact candidate wins; between equals the larger: a class total cannot be
-- smaller than the parts it is made of, so a smaller class figure is a part
-- ("the remaining 32 after midnight" beside "45 Shahed drones") and a larger
-- one the total its parts belong to ("84 missiles, including 16 Kalibr").
-- Only figures that count for the nation take part: no regional subsets, no
-- regional official's figure, no evening part of an overnight total.
--
-- Everything here is decided within one article, so the model is incremental
-- by article, following int_strike_reports: the articles int_strike_reports
-- rebuilt since this model's last build, and those it no longer has figures
-- of, are deleted in the pre-hook (`article_figures_to_rebuild`), then every
-- article with figures but no rows is inserted. Each row keeps its reports'
-- source_watermark, so this model's watermark never runs ahead of what it
-- was built from.
--
-- Built in groups of articles so that dbt's memory follows a group, not the
-- history (macros/article_groups.sql): this statement builds the first
-- group, the post-hook inserts the articles still missing. The SQL of one
-- group is macros/strike_article_figures.sql.
{{ strike_article_figures_group(0, article_figure_groups()) }}
