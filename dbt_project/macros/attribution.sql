{#
  Who a figure is credited to, as the extractor writes it, ranked.

  The extractor's levels: national_official (air force, General Staff,
  commander-in-chief, a defence ministry), regional_official (governors,
  city and regional military administrations, mayors), political (president,
  ministers), media, monitoring (monitoring channels), or null when the
  sentence does not say. Extractors before these levels wrote 'official' and
  'other': they read as national_official and media.
#}

{#- SQL: the attribution in the current vocabulary. -#}
{% macro attribution_level(column) -%}
    case {{ column }} when 'official' then 'national_official' when 'other' then 'media' else {{ column }} end
{%- endmacro %}

{#- SQL: lower is better. An unattributed figure sits just below the national
    official one (wire copy usually restates the air force without naming it
    in every sentence); a regional official's figure counts one region only and
    never stands for the nation (it is kept for review, not ranked for it). -#}
{% macro attribution_rank(level) -%}
    case
        when {{ level }} is null then 1
        when {{ level }} = 'national_official' then 0
        when {{ level }} = 'political' then 2
        when {{ level }} = 'monitoring' then 4
        when {{ level }} = 'regional_official' then 5
        -- media, and any level this project does not know yet
        else 3
    end
{%- endmacro %}

{#- SQL: the level for a rank (inverse of attribution_rank; 1 is unattributed). -#}
{% macro attribution_for_rank(rank) -%}
    case {{ rank }}
        when 0 then 'national_official'
        when 2 then 'political'
        when 3 then 'media'
        when 4 then 'monitoring'
        when 5 then 'regional_official'
    end
{%- endmacro %}

{#- SQL: lower is better: an exact figure beats a bound, a bound beats "about". -#}
{% macro qualifier_rank(column) -%}
    case {{ column }} when 'exact' then 0 when 'at_least' then 1 when 'at_most' then 2 else 3 end
{%- endmacro %}

{#
  The sub-class a weapon-less figure names, read from its evidence sentence:
  the figure, then up to five capitalised model names or "and"/"of"/"the",
  then a sub-class word ("four ballistic missiles", "99 Kh-101, Kalibr and
  Kh-59/69 cruise missiles"). Lower-case words in between stop the match, so
  "810 drones, four ballistic missiles" gives the 810 no sub-class. Returns
  the matched word (lower case) or '' when there is none.
#}
{% macro sub_class_word(evidence, reported_count) -%}
    lower(regexp_extract(
        {{ evidence }},
        '\b(?:' || {{ count_spellings(reported_count) }} || ')\s+(?:(?:[A-Z][\w/-]*|and|of|the),?\s+){0,5}?'
        || '(?i:(aeroballistic|ballistic|cruise|guided|anti-aircraft|air[\s-]defen[cs]e|attack|strike|kamikaze|decoy|imitation|reconnaissance|recon|surveillance))\b',
        1
    ))
{%- endmacro %}

{#- SQL: a regular-expression alternation of the ways a count is written:
    "1200", "1,200", and the number words up to twenty and the round tens. -#}
{% macro count_spellings(reported_count) -%}
    (
        {{ reported_count }}::varchar
        || '|' || format('{:,}', {{ reported_count }})
        || case
            when {{ reported_count }} between 1 and 20 then '|(?i:' || list_extract(
                ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
                 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
                {{ reported_count }}::integer) || case when {{ reported_count }} = 12 then '|a dozen' else '' end || ')'
            when {{ reported_count }} in (30, 40, 50, 60, 70, 80, 90) then '|(?i:' || list_extract(
                ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
                ({{ reported_count }} // 10 - 2)::integer) || ')'
            else ''
        end
    )
{%- endmacro %}

{#- SQL: the sub-class a sub-class word names, for the figure's weapon class
    (null when the word belongs to another class: "attack" is a drone word). -#}
{% macro sub_class_of_word(word, weapon_class) -%}
    case
        when {{ weapon_class }} = 'missile' then case
            when {{ word }} in ('aeroballistic', 'ballistic', 'cruise') then {{ word }}
            when {{ word }} in ('guided', 'anti-aircraft') or {{ word }} like 'air%defen%e' then 'guided'
        end
        when {{ weapon_class }} = 'drone' then case
            when {{ word }} in ('attack', 'strike', 'kamikaze') then 'attack'
            when {{ word }} in ('decoy', 'imitation') then 'decoy'
            when {{ word }} in ('reconnaissance', 'recon', 'surveillance') then 'reconnaissance'
        end
    end
{%- endmacro %}

{#- SQL: lower is better, for tolls and clash counts (casualties_daily,
    clashes_daily), where a governor or city administration is the one who
    counts the dead of its region: an official of any level first, then a
    political speaker or an unattributed sentence, then media and monitoring
    channels. A tie-breaker after the latest report. -#}
{% macro toll_attribution_rank(level) -%}
    case
        when {{ level }} in ('national_official', 'regional_official') then 0
        when {{ level }} is null or {{ level }} = 'political' then 1
        else 2
    end
{%- endmacro %}
