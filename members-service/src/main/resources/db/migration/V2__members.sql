-- Member profiles, chapter memberships, offers, objectives and erasure tombstones.

create table member_profile (
    id                          uuid primary key,
    version                     bigint       not null,
    display_name                varchar(80)  not null,
    sort_name                   varchar(80)  not null,
    headline                    varchar(160),
    city                        varchar(120),
    time_zone                   varchar(60)  not null,
    email                       varchar(254) not null,
    open_to_introductions       boolean      not null,
    other_chapter_introductions boolean      not null,
    max_introductions_per_month integer      not null check (max_introductions_per_month between 0 and 20),
    public_profile              boolean      not null,
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null
);
-- One profile per email address, whatever its case.
create unique index member_profile_email on member_profile (lower(email));
-- The directory is read in (sort_name, id) order with a keyset cursor.
create index member_profile_directory on member_profile (sort_name, id);

create table membership (
    member_id  uuid not null references member_profile (id) on delete cascade,
    chapter_id uuid not null references chapter (id),
    primary key (member_id, chapter_id)
);
create index membership_chapter on membership (chapter_id);

create table member_format (
    member_id uuid        not null references member_profile (id) on delete cascade,
    format    varchar(30) not null,
    primary key (member_id, format)
);

create table offer (
    id          uuid primary key,
    member_id   uuid        not null references member_profile (id) on delete cascade,
    position    integer     not null,
    kind        varchar(20) not null,
    description varchar(500)
);
create index offer_member on offer (member_id);

create table offer_tag (
    offer_id uuid        not null references offer (id) on delete cascade,
    position integer     not null,
    tag      varchar(40) not null,
    primary key (offer_id, position)
);
create index offer_tag_tag on offer_tag (tag);

create table objective (
    id          uuid primary key,
    member_id   uuid         not null references member_profile (id) on delete cascade,
    position    integer      not null,
    what        varchar(500) not null,
    who         varchar(300) not null,
    where_text  varchar(300),
    priority    integer      not null check (priority between 1 and 5),
    specificity integer      not null check (specificity between 0 and 100)
);
create index objective_member on objective (member_id);

create table objective_tag (
    objective_id uuid        not null references objective (id) on delete cascade,
    position     integer     not null,
    tag          varchar(40) not null,
    primary key (objective_id, position)
);
create index objective_tag_tag on objective_tag (tag);

-- Erased members: the id only, so that it is never reused and reads answer 410 Gone.
create table erased_member (
    id        uuid primary key,
    erased_at timestamptz not null
);
