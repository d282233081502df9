// A chapter website on the Givefirst events API: upcoming public gatherings, the calendar
// subscription, and RSVPs for signed-in members. Plain browser JavaScript, no build step.
'use strict';

(function () {
  const FORMATS = {
    coffee: 'Coffee',
    breakfast: 'Breakfast',
    lunch: 'Lunch',
    dinner: 'Dinner',
    walk_run_hike: 'Walk, run or hike',
    volunteering: 'Volunteering',
    class: 'Class',
    brainstorm_circle: 'Brainstorm circle',
    social: 'Social',
  };
  const TOKEN_KEY = 'givefirst.memberToken';
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  const settings = readSettings();
  const state = { token: null, memberId: null };
  const $ = (id) => document.getElementById(id);

  // --- settings -------------------------------------------------------------------------------

  function readSettings() {
    const defaults = window.GIVEFIRST_WEBSITE || {};
    const query = new URLSearchParams(window.location.search);
    const eventsApi = (query.get('events') || defaults.eventsApi || 'http://localhost:8082').replace(/\/+$/, '');
    const chapter = query.get('chapter') || defaults.chapter || '';
    const chapterName = query.get('name') || (query.get('chapter') ? '' : defaults.chapterName) || chapter;
    return { eventsApi, chapter, chapterName };
  }

  function chapterPath() {
    return '/api/v1/chapters/' + encodeURIComponent(settings.chapter);
  }

  // --- signing in -----------------------------------------------------------------------------
  // The example takes the member's token as it is (pasted, or passed as #token=...); a real site
  // gets it from the chapter's OpenID Connect provider. The page only reads the member id from it:
  // events-service verifies every token it receives.

  function claimsOf(token) {
    const parts = token.split('.');
    if (parts.length !== 3) {
      throw new Error('That is not a token: a token has three parts separated by dots.');
    }
    let claims;
    try {
      claims = JSON.parse(base64UrlDecode(parts[1]));
    } catch (e) {
      throw new Error('That token cannot be read.');
    }
    if (!UUID.test(claims.sub || '')) {
      throw new Error('That is not a member token: its subject is not a member id.');
    }
    if (Array.isArray(claims.groups) && !claims.groups.includes('member')) {
      throw new Error('That token does not carry the member role.');
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
      throw new Error('That token has expired: get a new one.');
    }
    return claims;
  }

  function base64UrlDecode(text) {
    let base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  }

  function signIn(token) {
    const claims = claimsOf(token.trim());
    state.token = token.trim();
    state.memberId = claims.sub.toLowerCase();
    sessionStorage.setItem(TOKEN_KEY, state.token);
    showAccount();
  }

  function signOut(message) {
    state.token = null;
    state.memberId = null;
    sessionStorage.removeItem(TOKEN_KEY);
    showAccount();
    $('account-message').textContent = message || '';
  }

  function showAccount() {
    const signedIn = state.memberId !== null;
    $('sign-in').hidden = signedIn;
    $('signed-in').hidden = !signedIn;
    $('member-id').textContent = state.memberId || '';
    $('account-message').textContent = '';
    document.body.dataset.signedIn = String(signedIn);
  }

  /** A token in the URL fragment (#token=...) signs in and is removed from the address bar. */
  function tokenFromFragment() {
    const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const token = fragment.get('token');
    if (token) {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    return token;
  }

  // --- the events API -------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (state.token) {
      headers.Authorization = 'Bearer ' + state.token;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(settings.eventsApi + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Revalidate with the ETag: a 304 costs nothing and the seats left are never stale.
      cache: 'no-cache',
    });
    if (response.status === 204) {
      return null;
    }
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      // Every error is an RFC 9457 problem: detail says what went wrong, title what kind of error.
      const reason = (json && (json.detail || json.title)) || response.statusText;
      throw new ApiError(response.status, reason);
    }
    return json;
  }

  /** The chapter's upcoming public events: no token, so the answer is public and cacheable. */
  async function publicListing() {
    const response = await fetch(settings.eventsApi + chapterPath() + '/events', {
      headers: { Accept: 'application/json' },
      cache: 'no-cache',
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new ApiError(response.status, (problem && (problem.detail || problem.title)) || response.statusText);
    }
    return response.json();
  }

  async function myRsvp(eventId) {
    try {
      return await call('GET', '/api/v1/events/' + eventId + '/rsvps/' + state.memberId);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        return null;
      }
      throw e;
    }
  }

  // --- showing events -------------------------------------------------------------------------

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

  function placeOf(zone) {
    return zone.split('/').pop().replace(/_/g, ' ');
  }

  /** When, in the event's own time zone (where it happens), and in the visitor's when that differs. */
  function describeWhen(event) {
    const start = localParts(event.start);
    const end = localParts(event.end);
    if (!start || !end) {
      return '';
    }
    let text = dayName(start) + ', ' + start.time + '–' + (end.date !== start.date ? dayName(end) + ' ' : '') + end.time
      + ' ' + placeOf(event.timeZone) + ' time';
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (event.startsAt && visitorZone && visitorZone !== event.timeZone) {
      const yours = new Intl.DateTimeFormat('en-GB', {
        weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }).format(new Date(event.startsAt));
      const theirs = new Intl.DateTimeFormat('en-GB', {
        timeZone: event.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }).format(new Date(event.startsAt));
      if (yours !== theirs) {
        text += ' (' + yours + ' your time)';
      }
    }
    return text;
  }

  function formatName(format) {
    const key = String(format || '').replace(/-/g, '_');
    return FORMATS[key] || key.replace(/_/g, ' ');
  }

  function describeSeats(event) {
    if (event.seatsLeft > 0) {
      return event.seatsLeft + ' of ' + event.capacity + (event.capacity === 1 ? ' seat' : ' seats') + ' left';
    }
    return 'Full: RSVP to join the waitlist';
  }

  function render(listing, rsvps, problems) {
    const list = $('events');
    const template = $('event-template');
    list.replaceChildren();
    for (const event of listing.events) {
      const item = template.content.firstElementChild.cloneNode(true);
      item.dataset.eventId = event.id;
      item.dataset.format = event.format;
      item.dataset.seatsLeft = String(event.seatsLeft);
      item.querySelector('.format').textContent = formatName(event.format);
      item.querySelector('.title').textContent = event.title;
      item.querySelector('.when').textContent = describeWhen(event);
      setOptional(item.querySelector('.venue'), event.venue);
      setOptional(item.querySelector('.cause'), event.cause ? 'For: ' + event.cause : null);
      setOptional(item.querySelector('.description'), event.description);
      item.querySelector('.seats').textContent = describeSeats(event);
      const ics = item.querySelector('.event-ics');
      ics.href = settings.eventsApi + (event.calendar || '/api/v1/events/' + event.id + '.ics');
      wireRsvp(item, event, rsvps.get(event.id) || null);
      if (problems.has(event.id)) {
        failed(item, problems.get(event.id));
      }
      list.appendChild(item);
    }
    $('events-message').textContent = listing.events.length === 0
      ? 'No upcoming public gatherings right now. Subscribe to the calendar to hear about the next one.'
      : '';
  }

  function setOptional(element, text) {
    element.textContent = text || '';
    element.hidden = !text;
  }

  // --- RSVPs ----------------------------------------------------------------------------------

  function wireRsvp(item, event, rsvp) {
    const box = item.querySelector('.rsvp');
    const guestCheck = item.querySelector('.guest-check');
    const guestName = item.querySelector('.guest-name');
    guestCheck.addEventListener('change', () => {
      guestName.hidden = !guestCheck.checked;
    });
    item.querySelector('.rsvp-button').addEventListener('click', () => act(item, event, async () => {
      const answer = { bringsGuest: guestCheck.checked };
      if (guestCheck.checked && guestName.value.trim()) {
        answer.guestName = guestName.value.trim();
      }
      return call('PUT', '/api/v1/events/' + event.id + '/rsvps/' + state.memberId, answer);
    }));
    item.querySelector('.cancel-button').addEventListener('click', () => act(item, event, async () => {
      await call('DELETE', '/api/v1/events/' + event.id + '/rsvps/' + state.memberId);
      return null;
    }));
    box.hidden = state.memberId === null;
    showRsvp(item, event, rsvp);
  }

  async function act(item, event, change) {
    const buttons = item.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    item.querySelector('.rsvp-error').textContent = '';
    try {
      const rsvp = await change();
      showRsvp(item, event, rsvp);
      // The seats left changed for everyone: read the listing again.
      await refresh();
    } catch (e) {
      failed(item, e);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  function failed(item, error) {
    if (error instanceof ApiError && error.status === 401) {
      signOut('Your sign-in is no longer valid: paste a new token.');
      return;
    }
    item.querySelector('.rsvp-error').textContent = error instanceof ApiError
      ? error.message
      : 'The events service could not be reached: ' + error.message;
  }

  function showRsvp(item, event, rsvp) {
    const status = rsvp && rsvp.status !== 'cancelled' ? rsvp.status : 'none';
    const label = item.querySelector('.rsvp-status');
    item.dataset.rsvp = status;
    if (status === 'going') {
      label.textContent = rsvp.bringsGuest
        ? 'Going, with ' + (rsvp.guestName || 'your guest') + '.'
        : 'Going. See you there!';
    } else if (status === 'waitlisted') {
      label.textContent = 'Waitlisted #' + rsvp.position
        + ': you get a seat automatically, in order, when one frees up.';
      item.dataset.position = String(rsvp.position);
    } else {
      label.textContent = '';
    }
    const active = status !== 'none';
    item.querySelector('.rsvp-button').hidden = active;
    item.querySelector('.rsvp-button').textContent = event.seatsLeft > 0 ? 'RSVP' : 'Join the waitlist';
    item.querySelector('.guest').hidden = active;
    item.querySelector('.guest-name').hidden = active || !item.querySelector('.guest-check').checked;
    item.querySelector('.cancel-button').hidden = !active;
  }

  // --- putting it together --------------------------------------------------------------------

  async function refresh() {
    let listing;
    try {
      listing = await publicListing();
    } catch (e) {
      $('events-message').textContent = e instanceof ApiError
        ? 'The gatherings could not be loaded: ' + e.message
        : 'The gatherings could not be loaded from ' + settings.eventsApi + '. Is events-service running, and is '
          + window.location.origin + ' one of its GIVEFIRST_CORS_ORIGINS?';
      document.body.dataset.loaded = 'error';
      return;
    }
    // The member's own RSVPs first, so that the page is drawn once, complete.
    const rsvps = new Map();
    const problems = new Map();
    if (state.memberId !== null) {
      await Promise.all(listing.events.map(async (event) => {
        try {
          rsvps.set(event.id, await myRsvp(event.id));
        } catch (e) {
          problems.set(event.id, e);
        }
      }));
      if (Array.from(problems.values()).some((e) => e instanceof ApiError && e.status === 401)) {
        signOut('Your sign-in is no longer valid: paste a new token.');
        problems.clear();
      }
    }
    render(listing, rsvps, problems);
    document.body.dataset.loaded = 'true';
  }

  function start() {
    document.title = 'Upcoming gatherings · ' + settings.chapterName;
    $('chapter-name').textContent = settings.chapterName;
    const feed = settings.eventsApi + chapterPath() + '/events.ics';
    $('subscribe-ics').href = feed;
    $('subscribe-webcal').href = feed.replace(/^https?:\/\//, 'webcal://');

    const token = tokenFromFragment() || sessionStorage.getItem(TOKEN_KEY);
    if (token) {
      try {
        signIn(token);
      } catch (e) {
        signOut(e.message);
      }
    } else {
      showAccount();
    }
    $('sign-in').addEventListener('submit', (e) => {
      e.preventDefault();
      try {
        signIn($('token-input').value);
        $('token-input').value = '';
        refresh();
      } catch (error) {
        $('account-message').textContent = error.message;
      }
    });
    $('sign-out-button').addEventListener('click', () => {
      signOut();
      refresh();
    });
    refresh();
  }

  start();
}());
