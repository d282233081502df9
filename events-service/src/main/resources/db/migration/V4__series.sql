-- Series: a gathering that recurs (a Tuesday coffee, a monthly breakfast). The series keeps the
-- template and the RFC 5545 recurrence; its occurrences are ordinary rows of event, created ahead
-- for a rolling window, each with its own RSVPs, waitlist, invitations and attendance.
create table series (
    id            uuid primary key,
    chapter       varchar(60)   not null,
    host_id       uuid          not null,
    title         varchar(160)  not null,
    description   varchar(4000),
    format        varchar(30)   not null check (format in ('coffee', 'breakfast', 'lunch', 'dinner', 'walk_run_hike',
                                                           'volunteering', 'class', 'brainstorm_circle', 'social')),
    venue         varchar(300),
    cause         varchar(300),
    capacity      integer       not null check (capacity >= 1),
    visibility    varchar(20)   not null check (visibility in ('public', 'members', 'invite_only')),
    -- The first occurrence as the host planned it: a local wall-clock time in an IANA zone. Every
    -- occurrence starts at the same local time, whatever daylight saving does to the offset.
    first_start   timestamp     not null,
    duration_minutes integer    not null check (duration_minutes between 1 and 1440),
    time_zone     varchar(60)   not null,
    -- RRULE value without UNTIL (e.g. FREQ=WEEKLY;BYDAY=TU), COUNT included; UNTIL is kept in until_at.
    recurrence    varchar(300)  not null,
    -- No occurrence starts after this instant (inclusive, like RFC 5545 UNTIL: an end, the earlier half of a split).
    until_at      timestamptz,
    status        varchar(20)   not null check (status in ('active', 'paused', 'ended')),
    -- The series this one continues after a "this and following" change, if any.
    split_from    uuid          references series (id),
    revision      integer       not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index series_by_chapter on series (chapter);
create index series_active on series (status) where status = 'active';

-- Dates taken out of a series (RFC 5545 EXDATE): never created, or cancelled and gone from listings.
create table series_skip (
    series_id      uuid         not null references series (id),
    original_start timestamptz  not null,
    skipped_at     timestamptz  not null,
    primary key (series_id, original_start)
);

-- An occurrence remembers its series and the start the rule gave it (its RECURRENCE-ID), so an
-- edited occurrence stays the same occurrence, and each is created once however many replicas race.
alter table event add column series_id uuid references series (id);
alter table event add column original_start timestamptz;
alter table event add constraint event_one_per_occurrence unique (series_id, original_start);
alter table event add constraint event_occurrence_has_start check ((series_id is null) = (original_start is null));
