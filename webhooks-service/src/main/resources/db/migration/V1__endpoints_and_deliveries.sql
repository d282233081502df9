-- Endpoints organizers registered for their chapter, with the fact types they chose and their secrets.
create table webhook_endpoint (
    id                    uuid primary key,
    chapter               text        not null,
    url                   text        not null,
    description           text,
    fact_types            text[]      not null,
    -- The signing secret (whsec_...) is needed in clear to sign: the database is this service's alone.
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    enabled               boolean     not null default true,
    disabled_reason       text,
    disabled_at           timestamptz,
    last_success_at       timestamptz,
    created_by            text        not null,
    created_at            timestamptz not null
);
create index webhook_endpoint_chapter on webhook_endpoint (chapter, id);

-- One row per fact and endpoint, written before the first attempt (at least once).
create table webhook_delivery (
    id               uuid primary key,
    endpoint_id      uuid        not null references webhook_endpoint (id) on delete cascade,
    fact_id          text        not null,
    fact_type        text        not null,
    fact_time        timestamptz not null,
    -- The member a profile fact is about, so that an erasure removes what is still held of it.
    member_id        uuid,
    -- The CloudEvent exactly as it is sent (the signature covers these bytes).
    body             text        not null,
    status           text        not null check (status in ('pending', 'delivered', 'failed')),
    attempts         integer     not null default 0,
    -- Attempts since the delivery was (re)queued: the retry schedule counts these.
    round_attempts   integer     not null default 0,
    round_started_at timestamptz,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    response_excerpt text,
    last_duration_ms bigint,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    unique (endpoint_id, fact_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_log on webhook_delivery (endpoint_id, created_at desc, id desc);
create index webhook_delivery_member on webhook_delivery (member_id) where member_id is not null;

-- Read models for the facts that do not name their chapter: who is in which chapter (member.erased),
-- and the chapter of each introduction (every introduction fact after the suggestion).
create table member_chapter (
    member_id uuid not null,
    chapter   text not null,
    primary key (member_id, chapter)
);

create table introduction_chapter (
    introduction_id uuid primary key,
    chapter         text not null
);
