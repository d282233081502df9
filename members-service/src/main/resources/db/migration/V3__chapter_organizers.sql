-- The organizers of each chapter. Tokens stay the source of authorization: the identity provider
-- (or an admin script) maps this list into the organizer_of claim of the organizers' tokens.
-- An organizer is a member of the chapter; erasing the member removes them from it.
create table chapter_organizer (
    chapter_id uuid not null references chapter (id),
    member_id  uuid not null references member_profile (id) on delete cascade,
    primary key (chapter_id, member_id)
);
create index chapter_organizer_member on chapter_organizer (member_id);
