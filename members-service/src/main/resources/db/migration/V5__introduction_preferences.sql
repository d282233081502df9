-- Private introduction preferences: "happy to help newcomers and people starting out", "never
-- introduce me to X", "I'd like to meet X". Only the member, admins and matching-service (through the
-- member facts) see them; X never does. Erasing either member deletes the row (on delete cascade).
alter table member_profile add column helps_newcomers boolean not null default false;

create table member_never_introduce (
    member_id uuid not null references member_profile (id) on delete cascade,
    other_id  uuid not null references member_profile (id) on delete cascade,
    primary key (member_id, other_id),
    check (member_id <> other_id)
);
create index member_never_introduce_other on member_never_introduce (other_id);

create table member_wants_to_meet (
    member_id uuid not null references member_profile (id) on delete cascade,
    other_id  uuid not null references member_profile (id) on delete cascade,
    primary key (member_id, other_id),
    check (member_id <> other_id)
);
create index member_wants_to_meet_other on member_wants_to_meet (other_id);
