-- events-service's own read model of members-service's facts (givefirst.members.v1), so that no read
-- asks members-service anything: which chapters exist, who belongs to which, and members' display names.
-- Fed by MembersTopicConsumer (each CloudEvent applied once); never written by a request.

-- Chapters by slug (slugs never change); chapter.created and chapter.updated replace the row.
create table chapter (
    chapter_id  uuid         primary key,
    slug        varchar(60)  not null unique,
    name        varchar(120) not null,
    city        varchar(120),
    time_zone   varchar(60)  not null
);

-- Members: the display name and whether visitors without a token may see it (publicProfile).
-- version is the profile version of the last member.registered/updated applied; an older one is
-- ignored. An erased member keeps a row (erased, no name) so that a late fact cannot bring them back.
create table member (
    id              uuid        primary key,
    display_name    varchar(80),
    public_profile  boolean     not null default false,
    version         bigint,
    erased          boolean     not null default false
);

-- Memberships, by chapter slug. No foreign key to chapter: a membership fact (keyed by the member)
-- may arrive before the chapter's fact (keyed by the chapter), they travel on different partitions.
create table chapter_membership (
    member_id  uuid        not null,
    chapter    varchar(60) not null,
    primary key (member_id, chapter)
);
create index chapter_membership_by_chapter on chapter_membership (chapter);

-- An erased host is anonymized like an erased attendee: the event stays, without its host.
alter table event alter column host_id drop not null;
