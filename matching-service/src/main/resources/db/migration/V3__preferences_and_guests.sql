-- Private introduction preferences from the member facts (introductionPreferences): only matching
-- acts on them, no answer of this service shows them. kind 'never' (a hard constraint both ways) or
-- 'meet' (a bounded boost). other_id is not a foreign key: the other member may not be known yet.
alter table member_profile add column helps_newcomers boolean not null default false;

create table member_preference (
    member_id uuid not null references member_profile (member_id) on delete cascade,
    kind      varchar(5) not null check (kind in ('never', 'meet')),
    other_id  uuid not null,
    primary key (member_id, kind, other_id)
);
create index member_preference_other on member_preference (other_id);

-- A guest's seat: the guest has no member id, so a seat holds a stable id derived from the event and
-- the host (guest_of), and is seated at the host's table.
alter table seating_seat add column guest_of uuid;
