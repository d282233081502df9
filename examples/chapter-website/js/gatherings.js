// The chapter's upcoming public gatherings (no token needed), the calendar subscription, and RSVPs
// for a signed-in member: going, or waitlisted with their place in line.
import { settings } from './settings.js';
import { ApiError, call, callOrNull, describeError } from './api.js';
import { session } from './auth.js';
import { formatName } from './format.js';

const $ = (id) => document.getElementById(id);
const chapterPath = () => '/api/v1/chapters/' + encodeURIComponent(settings.chapter);

/** "2026-11-24T08:30" (a local time in the event's zone) as its parts. */
function localParts(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text || '');
  return m ? { date: m[1] + '-' + m[2] + '-' + m[3], y: +m[1], mo: +m[2], d: +m[3], time: m[4] + ':' + m[5] } : null;
}

function dayName(parts) {
  // The calendar date itself, so formatted in UTC: the browser's own zone must not shift it.
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
    .format(new Date(Date.UTC(parts.y, parts.mo - 1, parts.d)));
}

const placeOf = (zone) => zone.split('/').pop().replace(/_/g, ' ');

/** When, in the event's own time zone (where it happens), and in the visitor's when that differs. */
export function describeWhen(event) {
  const start = localParts(event.start);
  const end = localParts(event.end);
  if (!start || !end) {
    return '';
  }
  let text = dayName(start) + ', ' + start.time + '–' + (end.date !== start.date ? dayName(end) + ' ' : '') + end.time
    + ' ' + placeOf(event.timeZone) + ' time';
  const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (event.startsAt && visitorZone && visitorZone !== event.timeZone) {
    const options = { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const yours = new Intl.DateTimeFormat('en-GB', options).format(new Date(event.startsAt));
    const theirs = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: event.timeZone }).format(new Date(event.startsAt));
    if (yours !== theirs) {
      text += ' (' + yours + ' your time)';
    }
  }
  return text;
}

function describeSeats(event) {
  if (event.seatsLeft > 0) {
    return event.seatsLeft + ' of ' + event.capacity + (event.capacity === 1 ? ' seat' : ' seats') + ' left';
  }
  return 'Full: RSVP to join the waitlist';
}

function setOptional(element, text) {
  element.textContent = text || '';
  element.hidden = !text;
}

// --- RSVPs ------------------------------------------------------------------------------------

const rsvpPath = (eventId) => `/api/v1/events/${eventId}/rsvps/${session.memberId}`;

export const myRsvp = (eventId) => callOrNull('events', 'GET', rsvpPath(eventId));

/**
 * Wires the RSVP box of an item made from #event-template: RSVP (with a guest), cancel, and the
 * status. `changed` runs after every change (the seats left changed for everyone).
 */
export function wireRsvp(item, event, rsvp, changed) {
  const guestCheck = item.querySelector('.guest-check');
  const guestName = item.querySelector('.guest-name');
  guestCheck.addEventListener('change', () => {
    item.querySelector('.guest-name-label').hidden = !guestCheck.checked;
  });
  item.querySelector('.rsvp-button').addEventListener('click', () => act(item, event, changed, () => {
    const answer = { bringsGuest: guestCheck.checked };
    if (guestCheck.checked && guestName.value.trim()) {
      answer.guestName = guestName.value.trim();
    }
    return call('events', 'PUT', rsvpPath(event.id), answer);
  }));
  item.querySelector('.cancel-button').addEventListener('click', () => act(item, event, changed, async () => {
    await call('events', 'DELETE', rsvpPath(event.id));
    return null;
  }));
  item.querySelector('.rsvp').hidden = !session.signedIn;
  showRsvp(item, event, rsvp);
}

async function act(item, event, changed, change) {
  const buttons = item.querySelectorAll('.rsvp button');
  buttons.forEach((b) => { b.disabled = true; });
  item.querySelector('.rsvp-error').textContent = '';
  try {
    const rsvp = await change();
    showRsvp(item, event, rsvp);
    await changed?.();
  } catch (e) {
    failed(item, e);
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function failed(item, error) {
  if (error instanceof ApiError && error.status === 401) {
    session.store(null);
    $('account-message').textContent = 'Your sign-in is no longer valid: sign in again.';
    return;
  }
  item.querySelector('.rsvp-error').textContent = describeError(error);
}

function showRsvp(item, event, rsvp) {
  const status = rsvp && rsvp.status !== 'cancelled' ? rsvp.status : 'none';
  const label = item.querySelector('.rsvp-status');
  item.dataset.rsvp = status;
  if (status === 'going') {
    label.textContent = rsvp.bringsGuest ? 'Going, with ' + (rsvp.guestName || 'your guest') + '.' : 'Going. See you there!';
  } else if (status === 'waitlisted') {
    label.textContent = 'Waitlisted #' + rsvp.position + ': you get a seat automatically, in order, when one frees up.';
    item.dataset.position = String(rsvp.position);
  } else {
    label.textContent = '';
  }
  const active = status !== 'none';
  const full = event.seatsLeft !== undefined && event.seatsLeft <= 0;
  item.querySelector('.rsvp-button').hidden = active;
  item.querySelector('.rsvp-button').textContent = full ? 'Join the waitlist' : 'RSVP';
  item.querySelector('.rsvp-button').setAttribute('aria-label', (full ? 'Join the waitlist of ' : 'RSVP to ') + event.title);
  item.querySelector('.cancel-button').setAttribute('aria-label', 'Cancel my RSVP to ' + event.title);
  item.querySelector('.guest').hidden = active;
  item.querySelector('.guest-name-label').hidden = active || !item.querySelector('.guest-check').checked;
  item.querySelector('.cancel-button').hidden = !active;
}

/** An empty item of #event-template, for this and other screens (where should I go?). */
export function eventItem() {
  return $('event-template').content.firstElementChild.cloneNode(true);
}

// --- the listing ------------------------------------------------------------------------------

function render(listing, rsvps, problems) {
  const list = $('events');
  list.replaceChildren();
  for (const event of listing.events) {
    const item = eventItem();
    item.dataset.eventId = event.id;
    item.dataset.format = event.format;
    item.dataset.seatsLeft = String(event.seatsLeft);
    item.querySelector('.format').textContent = formatName(event.format);
    if (event.seriesId) {
      // One occurrence of a recurring gathering (GET /api/v1/series/{seriesId} has the rule).
      item.dataset.seriesId = event.seriesId;
      item.querySelector('.format').textContent += ' · recurring';
    }
    item.querySelector('.title').textContent = event.title;
    item.querySelector('.when').textContent = describeWhen(event);
    setOptional(item.querySelector('.venue'), event.venue);
    setOptional(item.querySelector('.cause'), event.cause ? 'For: ' + event.cause : null);
    setOptional(item.querySelector('.description'), event.description);
    item.querySelector('.seats').textContent = describeSeats(event);
    const ics = item.querySelector('.event-ics');
    ics.href = settings.eventsApi + (event.calendar || '/api/v1/events/' + event.id + '.ics');
    ics.setAttribute('aria-label', 'Add to my calendar: ' + event.title);
    wireRsvp(item, event, rsvps.get(event.id) || null, refreshGatherings);
    if (problems.has(event.id)) {
      failed(item, problems.get(event.id));
    }
    list.appendChild(item);
  }
  $('events-message').textContent = listing.events.length === 0
    ? 'No upcoming public gatherings right now. Subscribe to the calendar to hear about the next one.'
    : '';
}

export function setUpGatherings() {
  const feed = settings.eventsApi + chapterPath() + '/events.ics';
  $('subscribe-ics').href = feed;
  $('subscribe-webcal').href = feed.replace(/^https?:\/\//, 'webcal://');
}

export async function refreshGatherings() {
  let listing;
  try {
    listing = await call('events', 'GET', chapterPath() + '/events', undefined, { anonymous: true });
  } catch (e) {
    $('events-message').textContent = 'The gatherings could not be loaded: ' + describeError(e);
    document.body.dataset.loaded = 'error';
    return;
  }
  // The member's own RSVPs first, so that the page is drawn once, complete.
  const rsvps = new Map();
  const problems = new Map();
  if (session.signedIn) {
    await Promise.all(listing.events.map(async (event) => {
      try {
        rsvps.set(event.id, await myRsvp(event.id));
      } catch (e) {
        problems.set(event.id, e);
      }
    }));
    if ([...problems.values()].some((e) => e instanceof ApiError && e.status === 401)) {
      session.store(null);
      $('account-message').textContent = 'Your sign-in is no longer valid: sign in again.';
      problems.clear();
    }
  }
  render(listing, rsvps, problems);
  document.body.dataset.loaded = 'true';
}
