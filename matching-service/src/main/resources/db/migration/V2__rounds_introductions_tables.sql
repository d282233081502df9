create table matching_round (
    id                 uuid primary key,
    chapter            text not null,
    per_member_limit   integer not null,
    requested_by       text not null,
    created_at         timestamptz not null,
    members            integer not null,
    eligible_members   integer not null,
    eligible_pairs     integer not null,
    total_weight       bigint not null,
    optimum_weight     bigint,
    share_of_optimum   double precision,
    coverage           double precision not null,
    connected_coverage double precision not null,
    blocking_pairs     integer not null
);
create index matching_round_by_chapter on matching_round (chapter, created_at);

create table round_component (
    round_id uuid not null references matching_round (id) on delete cascade,
    seq      integer not null,
    pass     integer not null,
    vertices integer not null,
    edges    integer not null,
    method   text not null,
    pairs    integer not null,
    weight   bigint not null,
    primary key (round_id, seq)
);

-- Double opt-in introductions. member_a / member_b become null when that member is erased.
create table introduction (
    id                 uuid primary key,
    round_id           uuid references matching_round (id),
    chapter            text not null,
    member_a           uuid,
    member_b           uuid,
    weight             integer not null,
    pass               integer not null,
    a_can_give_json    text not null,
    b_can_give_json    text not null,
    gathering_event_id uuid,
    status             text not null,
    a_response         varchar(10),
    b_response         varchar(10),
    a_responded_at     timestamptz,
    b_responded_at     timestamptz,
    created_at         timestamptz not null,
    expires_at         timestamptz not null,
    made_at            timestamptz,
    closed_at          timestamptz,
    a_met              boolean,
    a_other_helped     boolean,
    a_feedback_at      timestamptz,
    b_met              boolean,
    b_other_helped     boolean,
    b_feedback_at      timestamptz
);
create index introduction_by_member_a on introduction (member_a, created_at);
create index introduction_by_member_b on introduction (member_b, created_at);
create index introduction_by_round on introduction (round_id);
create index introduction_open on introduction (expires_at) where status in ('suggested', 'accepted');

create table seating (
    id           uuid primary key,
    event_id     uuid not null,
    table_size   integer not null,
    seed         bigint not null,
    total_score  double precision not null,
    random_score double precision not null,
    swaps        integer not null,
    requested_by text not null,
    created_at   timestamptz not null
);
create index seating_by_event on seating (event_id, created_at);

create table seating_seat (
    seating_id   uuid not null references seating (id) on delete cascade,
    member_id    uuid not null,
    table_number integer not null,
    -- the table's score when seated (the same on every seat of a table)
    table_score  double precision not null,
    primary key (seating_id, member_id)
);
create index seating_seat_by_member on seating_seat (member_id);
