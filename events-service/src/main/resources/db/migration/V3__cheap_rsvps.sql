-- Cheap RSVPs: the line's counters live on the event row, beside seats_taken, and change under the
-- same row lock (RsvpService locks the event first). An RSVP then neither loads nor counts the
-- waitlist: a newcomer's ticket is waitlist_tail + 1 and its place in line is waitlist_length + 1;
-- a promotion reads only the head of the line (rsvp_waitlist_ticket, in ticket order, LIMIT n).
alter table event add column waitlist_tail   bigint  not null default 0;
alter table event add column waitlist_length integer not null default 0;
alter table event add constraint event_waitlist_counters check (waitlist_tail >= 0 and waitlist_length >= 0);

-- Tickets were numbers of one global sequence; from now on each event hands out its own, above the
-- ones already given (only the order within an event ever mattered).
update event e set
    waitlist_length = (select count(*) from rsvp r where r.event_id = e.id and r.status = 'waitlisted'),
    waitlist_tail   = coalesce((select max(r.waitlist_order) from rsvp r where r.event_id = e.id), 0);
drop sequence rsvp_waitlist_order;

-- One ticket per place: two waiting RSVPs of an event never share one (the old index did not say so).
drop index rsvp_waitlist;
create unique index rsvp_waitlist_ticket on rsvp (event_id, waitlist_order) where status = 'waitlisted';

-- The place in line last told to the member (in rsvp.changed when joining, then in
-- rsvp.waitlist-position-changed while in the first places of the line, see Seats).
alter table rsvp add column told_position integer check (told_position >= 1);
update rsvp r set told_position = (select count(*) from rsvp o where o.event_id = r.event_id and o.status = 'waitlisted'
                                                                and o.waitlist_order <= r.waitlist_order)
    where r.status = 'waitlisted';

-- event.reminder: claimed once per event by whichever replica gets there first
-- (update ... where reminder_sent_at is null ... for update skip locked, see Reminders).
alter table event add column reminder_sent_at timestamptz;
create index event_reminder_due on event (starts_at) where reminder_sent_at is null and status = 'published';
