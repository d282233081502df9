-- Read models fed from givefirst.members.v1 and givefirst.events.v1 (see docs/matching-service.md).
-- They hold only what matching needs; the topics are the source of truth and an empty database is
-- rebuilt from them.

create table chapter_view (
    chapter_id uuid primary key,
    slug       text not null unique,
    name       text not null,
    city       text,
    time_zone  text
);

-- The public profile of a member (no contact details: those stay in members-service).
create table member_profile (
    member_id                   uuid primary key,
    version                     bigint,
    display_name                text not null,
    city                        text,
    time_zone                   text,
    offers_json                 text not null,
    objectives_json             text not null,
    formats_json                text not null,
    open_to_introductions       boolean not null,
    max_introductions_per_month integer not null,
    allow_other_chapters        boolean not null,
    updated_at                  timestamptz not null
);

create table member_chapter (
    member_id uuid not null references member_profile (member_id) on delete cascade,
    chapter   text not null,
    primary key (member_id, chapter)
);
create index member_chapter_by_chapter on member_chapter (chapter);

-- Inverted indexes of normalized tags (kind 'offer' or 'seek'): candidates are looked up by tag,
-- so loading a member's candidates costs the plausible pairs, not the whole community.
create table member_tag (
    member_id uuid not null references member_profile (member_id) on delete cascade,
    kind      varchar(5) not null check (kind in ('offer', 'seek')),
    tag       text not null,
    primary key (member_id, kind, tag)
);
create index member_tag_by_tag on member_tag (kind, tag);

-- Members erased in members-service: facts about them that arrive later (from other topics) are ignored.
create table erased_member (
    member_id uuid primary key,
    erased_at timestamptz not null
);

create table event_view (
    event_id   uuid primary key,
    chapter    text,
    host_id    uuid,
    title      text,
    format     text,
    starts_at  timestamptz,
    ends_at    timestamptz,
    time_zone  text,
    capacity   integer,
    visibility text,
    cause      text,
    status     text not null,
    updated_at timestamptz not null
);
create index event_view_upcoming on event_view (chapter, starts_at);
create index event_view_by_host on event_view (host_id);

create table rsvp_view (
    event_id     uuid not null,
    member_id    uuid not null,
    status       text not null,
    brings_guest boolean not null,
    position     integer,
    primary key (event_id, member_id)
);
create index rsvp_view_by_member on rsvp_view (member_id);

create table attendance_view (
    event_id  uuid not null,
    member_id uuid not null,
    attended  boolean not null,
    primary key (event_id, member_id)
);
create index attendance_view_by_member on attendance_view (member_id);

-- The giving ledger: one row per act, keyed by what caused it, so that applying the same cause
-- twice never counts twice. kind: HOSTED, VOLUNTEERED, BROUGHT_GUEST (source = event id),
-- HELP_CONFIRMED, INTRODUCTION_RECEIVED (source = introduction id).
create table giving_entry (
    member_id   uuid not null,
    kind        varchar(30) not null,
    source_id   uuid not null,
    occurred_at timestamptz not null,
    primary key (member_id, kind, source_id)
);
create index giving_entry_by_source on giving_entry (source_id);
