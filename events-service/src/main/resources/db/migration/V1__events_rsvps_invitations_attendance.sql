-- Gatherings. Start and end are stored as instants; time_zone keeps the IANA zone the host planned
-- them in, so local times and calendar feeds stay right across daylight-saving changes.
create table event (
    id           uuid primary key,
    chapter      varchar(60)   not null,
    host_id      uuid          not null,
    title        varchar(160)  not null,
    description  varchar(4000),
    format       varchar(30)   not null check (format in ('coffee', 'breakfast', 'lunch', 'dinner', 'walk_run_hike',
                                                           'volunteering', 'class', 'brainstorm_circle', 'social')),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    time_zone    varchar(60)   not null,
    venue        varchar(300),
    cause        varchar(300),
    capacity     integer       not null check (capacity >= 1),
    -- Seats held by going RSVPs (a guest takes one more). Kept in the RSVP transaction, which locks
    -- this row first; the check makes an over-booking impossible even for a code path that forgot to.
    seats_taken  integer       not null default 0,
    visibility   varchar(20)   not null check (visibility in ('public', 'members', 'invite_only')),
    status       varchar(20)   not null check (status in ('draft', 'published', 'cancelled', 'completed')),
    -- Incremented on every change a calendar should pick up (iCalendar SEQUENCE).
    revision     integer       not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    published_at timestamptz,
    constraint event_ends_after_start check (ends_at > starts_at),
    constraint event_seats_within_capacity check (seats_taken >= 0 and seats_taken <= capacity)
);
create index event_by_start on event (starts_at, id);
create index event_by_chapter_start on event (chapter, starts_at, id);
create index event_by_host on event (host_id);

-- Waitlist order: taken when an RSVP joins the waitlist, under the event's row lock.
create sequence rsvp_waitlist_order;

create table rsvp (
    id            uuid primary key,
    event_id      uuid         not null references event (id),
    -- Null once the member was erased: the seat history stays, the person does not.
    member_id     uuid,
    status        varchar(20)  not null check (status in ('going', 'waitlisted', 'cancelled')),
    brings_guest  boolean      not null default false,
    guest_name    varchar(120),
    note          varchar(500),
    waitlist_order bigint,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint rsvp_one_per_member unique (event_id, member_id),
    constraint rsvp_waitlisted_has_order check ((status = 'waitlisted') = (waitlist_order is not null))
);
create index rsvp_by_member on rsvp (member_id);
create index rsvp_waitlist on rsvp (event_id, waitlist_order) where status = 'waitlisted';

create table invitation (
    id          uuid primary key,
    event_id    uuid          not null references event (id),
    member_id   uuid,
    invited_by  uuid,
    -- "Bring someone I should meet": the invitee may RSVP with a guest.
    guest_seat  boolean       not null default false,
    note        varchar(500),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    constraint invitation_one_per_member unique (event_id, member_id)
);
create index invitation_by_member on invitation (member_id);

create table attendance (
    id           uuid primary key,
    event_id     uuid         not null references event (id),
    member_id    uuid,
    attended     boolean      not null,
    recorded_by  uuid,
    recorded_at  timestamptz  not null,
    constraint attendance_one_per_member unique (event_id, member_id)
);
create index attendance_by_member on attendance (member_id);
