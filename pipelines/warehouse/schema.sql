-- The raw layer: what the Python assets write. dbt reads it (sources) and
-- builds staging, intermediate and marts on top. Keys make every load
-- idempotent: a row is replaced by its key, never appended twice.

CREATE SCHEMA IF NOT EXISTS raw;

-- One row per feed: conditional-GET validators and the back-off state.
CREATE TABLE IF NOT EXISTS raw.feed_state (
    feed_name            VARCHAR PRIMARY KEY,
    url                  VARCHAR NOT NULL,
    etag                 VARCHAR,
    last_modified        VARCHAR,
    last_polled_at       TIMESTAMPTZ,
    last_success_at      TIMESTAMPTZ,
    last_status          VARCHAR,       -- outcome of the last poll (see raw.fetch_log.outcome)
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_poll_after      TIMESTAMPTZ    -- back-off: not polled again before this
);

-- One row per article URL seen in any feed; the same article in two feeds is
-- one row (first feed wins, the others are in raw.feed_sightings).
CREATE TABLE IF NOT EXISTS raw.feed_entries (
    article_id     VARCHAR PRIMARY KEY,  -- sha1 of canonical_url, 16 hex chars
    canonical_url  VARCHAR NOT NULL,
    link           VARCHAR NOT NULL,     -- the link as the feed gave it
    feed_name      VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    guid           VARCHAR,
    title          VARCHAR,
    summary        VARCHAR,
    published_at   TIMESTAMPTZ,          -- the feed's pubDate, the primary date
    first_seen_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS raw.feed_sightings (
    article_id     VARCHAR NOT NULL,
    feed_name      VARCHAR NOT NULL,
    first_seen_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, feed_name)
);

-- Every HTTP attempt, feed or page, successful or not.
CREATE SEQUENCE IF NOT EXISTS raw.fetch_log_seq;
CREATE TABLE IF NOT EXISTS raw.fetch_log (
    fetch_id     BIGINT PRIMARY KEY DEFAULT nextval('raw.fetch_log_seq'),
    run_id       VARCHAR,
    kind         VARCHAR NOT NULL,       -- 'feed' or 'article'
    target       VARCHAR NOT NULL,       -- feed name or article_id
    url          VARCHAR NOT NULL,
    final_url    VARCHAR,
    status_code  INTEGER,
    outcome      VARCHAR NOT NULL,       -- ok, not_modified, http_error, refused, timeout, too_large, ...
    error        VARCHAR,
    bytes        BIGINT,
    duration_ms  DOUBLE,
    new_items    INTEGER,                -- feeds: entries not seen before
    fetched_at   TIMESTAMPTZ NOT NULL
);

-- One row per article: its text (trafilatura) and the kept page.
CREATE TABLE IF NOT EXISTS raw.articles (
    article_id         VARCHAR PRIMARY KEY,
    canonical_url      VARCHAR NOT NULL,
    final_url          VARCHAR,
    source             VARCHAR NOT NULL,
    feed_name          VARCHAR NOT NULL,
    published_at       TIMESTAMPTZ,       -- feed pubDate, else the page's date
    fetched_at         TIMESTAMPTZ,
    title              VARCHAR,
    text               VARCHAR,
    author             VARCHAR,
    page_date          DATE,              -- the date trafilatura found on the page
    html_sha256        VARCHAR,
    html_gz            BLOB,              -- the page as fetched, gzip, to read again offline
    text_status  VARCHAR NOT NULL,  -- ok, empty, not_html, fetch_failed, text_failed, timeout
    error              VARCHAR,
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_after TIMESTAMPTZ,       -- null: done (ok, or failed for good)
    facts_extracted_at TIMESTAMPTZ,       -- null: facts not extracted yet
    extractor_version  VARCHAR
);

-- Fact tables: FACTS.md, one row per stated figure, keyed by article and
-- position in it. Re-extraction of an article replaces all its rows.
CREATE TABLE IF NOT EXISTS raw.fact_strikes (
    fact_id         VARCHAR PRIMARY KEY,   -- article_id:seq
    article_id      VARCHAR NOT NULL,
    fact_type       VARCHAR NOT NULL,      -- launched, intercepted, lost
    event_date      DATE,
    scope           VARCHAR NOT NULL,
    qualifier       VARCHAR NOT NULL,
    count           BIGINT NOT NULL,
    attacker        VARCHAR,
    weapon_class    VARCHAR,
    weapon          VARCHAR,
    place           VARCHAR,
    attribution     VARCHAR,
    evidence        VARCHAR NOT NULL,
    evidence_start  BIGINT,
    evidence_end    BIGINT,
    note            VARCHAR,
    rule_id         VARCHAR,               -- the extraction rule that produced the fact
    confidence      DOUBLE,                -- 1.0, lower when an in-article consistency check fails
    extractor_version VARCHAR,
    extracted_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS raw.fact_casualties (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    fact_type       VARCHAR NOT NULL,      -- killed, injured
    event_date      DATE,
    scope           VARCHAR NOT NULL,
    qualifier       VARCHAR NOT NULL,
    count           BIGINT NOT NULL,
    victims         VARCHAR,               -- civilian, military, or null
    attacker        VARCHAR,
    place           VARCHAR,
    attribution     VARCHAR,
    evidence        VARCHAR NOT NULL,
    evidence_start  BIGINT,
    evidence_end    BIGINT,
    note            VARCHAR,
    rule_id         VARCHAR,               -- the extraction rule that produced the fact
    confidence      DOUBLE,                -- 1.0, lower when an in-article consistency check fails
    extractor_version VARCHAR,
    extracted_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS raw.fact_clashes (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    fact_type       VARCHAR NOT NULL,      -- clash
    event_date      DATE,
    scope           VARCHAR NOT NULL,
    qualifier       VARCHAR NOT NULL,
    count           BIGINT NOT NULL,
    place           VARCHAR,
    attribution     VARCHAR,
    evidence        VARCHAR NOT NULL,
    evidence_start  BIGINT,
    evidence_end    BIGINT,
    note            VARCHAR,
    rule_id         VARCHAR,               -- the extraction rule that produced the fact
    confidence      DOUBLE,                -- 1.0, lower when an in-article consistency check fails
    extractor_version VARCHAR,
    extracted_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS raw.fact_aid (
    fact_id         VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    fact_type       VARCHAR NOT NULL,      -- aid
    event_date      DATE,
    scope           VARCHAR NOT NULL,
    qualifier       VARCHAR NOT NULL,
    amount          DOUBLE NOT NULL,       -- units, in `currency`
    currency        VARCHAR NOT NULL,
    amount_eur      DOUBLE,
    amount_usd      DOUBLE,
    rate_source     VARCHAR,               -- stated, ecb, ecb_fallback, same
    rate_date       DATE,
    donor           VARCHAR,
    recipient       VARCHAR,
    aid_type        VARCHAR,
    place           VARCHAR,
    attribution     VARCHAR,
    evidence        VARCHAR NOT NULL,
    evidence_start  BIGINT,
    evidence_end    BIGINT,
    note            VARCHAR,
    rule_id         VARCHAR,               -- the extraction rule that produced the fact
    confidence      DOUBLE,                -- 1.0, lower when an in-article consistency check fails
    extractor_version VARCHAR,
    extracted_at    TIMESTAMPTZ NOT NULL
);

-- Warehouses created before a column was added gain it here (the schema is
-- applied on every first connection, so these run once per process, cheaply).
ALTER TABLE raw.fact_strikes ADD COLUMN IF NOT EXISTS rule_id VARCHAR;
ALTER TABLE raw.fact_strikes ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE raw.fact_casualties ADD COLUMN IF NOT EXISTS rule_id VARCHAR;
ALTER TABLE raw.fact_casualties ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE raw.fact_clashes ADD COLUMN IF NOT EXISTS rule_id VARCHAR;
ALTER TABLE raw.fact_clashes ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE raw.fact_aid ADD COLUMN IF NOT EXISTS rule_id VARCHAR;
ALTER TABLE raw.fact_aid ADD COLUMN IF NOT EXISTS confidence DOUBLE;

-- One row per dbt build the pipeline ran: what the raw layer looked like
-- (a fingerprint of the tables the models materialise from). A daily run
-- whose raw data has not changed since the last successful build skips dbt.
CREATE TABLE IF NOT EXISTS raw.dbt_builds (
    built_at     TIMESTAMPTZ NOT NULL,
    fingerprint  VARCHAR NOT NULL,
    success      BOOLEAN NOT NULL
);

-- Updated articles (issue 12): outlets update a story in place as the air
-- force's figures become final, so a page is read again when its feed item
-- changes and while it is young. What follows migrates an existing warehouse.

-- Per article: the validators of the kept page for a conditional GET, when it
-- was last asked for (a 304 or the same page changes nothing else), and which
-- version of the page the row holds (1 = as first fetched; +1 per change).
ALTER TABLE raw.articles ADD COLUMN IF NOT EXISTS etag VARCHAR;
ALTER TABLE raw.articles ADD COLUMN IF NOT EXISTS last_modified VARCHAR;
ALTER TABLE raw.articles ADD COLUMN IF NOT EXISTS last_checked_at TIMESTAMPTZ;
ALTER TABLE raw.articles ADD COLUMN IF NOT EXISTS version INTEGER DEFAULT 1;

-- Per (article, feed): the item as that feed listed it last, so a re-dated,
-- retitled or re-guided item is noticed (item_changed_at) even by the hourly
-- poll, and the next daily run reads the page again. item_seen_at: when the
-- feed first listed the item as it is now. Rows from before this migration
-- have it null: their next listing is recorded, not taken for a change.
ALTER TABLE raw.feed_sightings ADD COLUMN IF NOT EXISTS guid VARCHAR;
ALTER TABLE raw.feed_sightings ADD COLUMN IF NOT EXISTS title VARCHAR;
ALTER TABLE raw.feed_sightings ADD COLUMN IF NOT EXISTS published_at TIMESTAMPTZ;
ALTER TABLE raw.feed_sightings ADD COLUMN IF NOT EXISTS item_seen_at TIMESTAMPTZ;
ALTER TABLE raw.feed_sightings ADD COLUMN IF NOT EXISTS item_changed_at TIMESTAMPTZ;
-- raw.feed_entries follows the latest changed item (title, guid, pubDate);
-- item_changed_at is when a feed last changed it.
ALTER TABLE raw.feed_entries ADD COLUMN IF NOT EXISTS item_changed_at TIMESTAMPTZ;

-- Every earlier version of an article, moved here when a changed page
-- replaced it in raw.articles (whose facts are then extracted again).
CREATE TABLE IF NOT EXISTS raw.article_versions (
    article_id         VARCHAR NOT NULL,
    version            INTEGER NOT NULL,
    canonical_url      VARCHAR NOT NULL,
    final_url          VARCHAR,
    published_at       TIMESTAMPTZ,
    fetched_at         TIMESTAMPTZ,       -- when this version was fetched
    superseded_at      TIMESTAMPTZ NOT NULL,  -- when a newer version replaced it
    title              VARCHAR,
    text               VARCHAR,
    author             VARCHAR,
    page_date          DATE,
    html_sha256        VARCHAR,
    html_gz            BLOB,
    text_status  VARCHAR NOT NULL,
    facts_extracted_at TIMESTAMPTZ,
    extractor_version  VARCHAR,
    PRIMARY KEY (article_id, version)
);

-- The air force's digitised per-night tallies ("Massive Missile Attacks on
-- Ukraine", loaded from a path or URL the user sets; never bundled). Each load
-- replaces the whole table: the dataset edits historical rows in place.
CREATE TABLE IF NOT EXISTS raw.reference_attacks (
    row_number       BIGINT PRIMARY KEY,    -- position in missile_attacks_daily.csv
    time_start       VARCHAR,               -- Kyiv local time, 'YYYY-MM-DD[ HH:MM]'
    time_end         VARCHAR,
    model            VARCHAR,               -- a model or models joined with ' and '
    launch_place     VARCHAR,
    target           VARCHAR,               -- 'Ukraine' for the national tally, else a region
    target_main      VARCHAR,
    launched         DOUBLE,
    destroyed        DOUBLE,
    not_reach_goal   DOUBLE,                -- locationally lost, not destroyed
    still_attacking  DOUBLE,
    is_shahed        DOUBLE,
    carrier          VARCHAR,
    source           VARCHAR,               -- the post the row was digitised from
    loaded_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS raw.reference_models (
    model            VARCHAR PRIMARY KEY,   -- missiles_and_uavs.csv
    category         VARCHAR,               -- UAV, cruise missile, ballistic missile, ...
    type             VARCHAR,
    national_origin  VARCHAR,
    launch_platform  VARCHAR,
    loaded_at        TIMESTAMPTZ NOT NULL
);

-- One row per reference file: where it came from and its validators, so an
-- unchanged file is not loaded again (and a URL is fetched conditionally).
CREATE TABLE IF NOT EXISTS raw.reference_files (
    file_name      VARCHAR PRIMARY KEY,
    location       VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    etag           VARCHAR,
    last_modified  VARCHAR,
    n_rows         BIGINT NOT NULL,
    loaded_at      TIMESTAMPTZ NOT NULL
);

-- Feed gaps (issue 14): a poll whose oldest item is newer than the newest
-- item of the poll before may have missed items that rolled off the feed
-- unseen. newest_item_at: the newest item date a feed has listed so far.
ALTER TABLE raw.feed_state ADD COLUMN IF NOT EXISTS newest_item_at TIMESTAMPTZ;

-- One row per gap found; filled from the feed's sitemap (its `sitemap` in
-- feeds.toml) by the next poll that can read it.
CREATE TABLE IF NOT EXISTS raw.feed_gaps (
    feed_name       VARCHAR NOT NULL,
    gap_start       TIMESTAMPTZ NOT NULL,  -- the newest item of the poll before
    gap_end         TIMESTAMPTZ NOT NULL,  -- the oldest item of the poll that found the gap
    found_at        TIMESTAMPTZ NOT NULL,
    filled_at       TIMESTAMPTZ,           -- null: still open
    articles_found  INTEGER,               -- archived articles dated in the gap (new ones become feed entries)
    note            VARCHAR,               -- why it is still open, or what filling it met
    PRIMARY KEY (feed_name, gap_start)
);
