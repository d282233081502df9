/*
 * <givefirst-events>: a chapter's upcoming public Givefirst gatherings, for any website.
 *
 *   <script src="https://events.example.org/embed/givefirst-events.js" async></script>
 *   <givefirst-events chapter="lisbon-givers"></givefirst-events>
 *
 * Attributes: chapter (one or several slugs, separated by spaces or commas), api (the events-service
 * base URL; by default the address this script was loaded from), limit (how many gatherings, 1-100,
 * default 5), format (only these formats, e.g. "coffee walk_run_hike"), heading (the list's title).
 * Times are shown in the visitor's own time zone. Theme it with the custom properties
 * --givefirst-accent, --givefirst-text, --givefirst-muted, --givefirst-background,
 * --givefirst-surface, --givefirst-border, --givefirst-radius, --givefirst-font, and style its
 * parts with ::part(heading | list | event | format | title | when | venue | seats | calendar-link |
 * subscribe | empty | error).
 *
 * A standard custom element with Shadow DOM: no framework, no build step, nothing global but the
 * element's name. The page's origin must be one of events-service's GIVEFIRST_CORS_ORIGINS.
 */
(() => {
  'use strict';

  // Where this script came from: the default API (read now: currentScript is set only while it runs).
  const scriptOrigin = (() => {
    try {
      return new URL(document.currentScript.src).origin;
    } catch (e) {
      return window.location.origin;
    }
  })();

  const FORMATS = {
    coffee: 'Coffee', breakfast: 'Breakfast', lunch: 'Lunch', dinner: 'Dinner', walk_run_hike: 'Walk, run or hike',
    volunteering: 'Volunteering', class: 'Class', brainstorm_circle: 'Brainstorm circle', social: 'Social',
  };
  const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const DEFAULT_LIMIT = 5;
  const MAX_LIMIT = 100;

  const STYLE = `
    :host {
      --_accent: var(--givefirst-accent, #1d6f5f);
      --_text: var(--givefirst-text, #1f2a30);
      --_muted: var(--givefirst-muted, #4f5e66);
      --_background: var(--givefirst-background, transparent);
      --_surface: var(--givefirst-surface, #ffffff);
      --_border: var(--givefirst-border, #d9d5cc);
      --_radius: var(--givefirst-radius, 0.5rem);
      display: block;
      font-family: var(--givefirst-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
      color: var(--_text);
      background: var(--_background);
      line-height: 1.45;
    }
    :host([hidden]) { display: none; }
    h2 { font-size: 1.2em; margin: 0 0 0.6em; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75em; }
    li {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.8em 1em;
    }
    h3 { font-size: 1.05em; margin: 0.1em 0 0.25em; }
    p { margin: 0.15em 0; }
    .format { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em; color: var(--_accent); font-weight: 600; }
    .when { font-weight: 600; }
    .venue, .seats, .chapter { color: var(--_muted); }
    a { color: var(--_accent); }
    a:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; border-radius: 2px; }
    .subscribe { margin-top: 0.8em; display: flex; flex-wrap: wrap; gap: 0.4em 1em; }
    .state { color: var(--_muted); }
    .error { color: #a23b2a; }
    [aria-busy="true"] .state::after { content: "…"; }
  `;

  const text = (tag, className, content, part) => {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (part) {
      element.setAttribute('part', part);
    }
    if (content !== undefined && content !== null) {
      element.textContent = content;
    }
    return element;
  };

  class GivefirstEvents extends HTMLElement {
    static get observedAttributes() {
      return ['chapter', 'api', 'limit', 'format', 'heading'];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      this.region = document.createElement('section');
      this.headingId = 'givefirst-events-heading';
      this.region.setAttribute('aria-labelledby', this.headingId);
      root.append(style, this.region);
      this.controller = null;
      this.scheduled = false;
    }

    connectedCallback() {
      this.schedule();
    }

    disconnectedCallback() {
      this.controller?.abort();
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this.schedule();
      }
    }

    /** Several attributes set one after the other make one request. */
    schedule() {
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => {
          this.scheduled = false;
          this.load();
        });
      }
    }

    get chapters() {
      return [...new Set((this.getAttribute('chapter') || '').split(/[\s,]+/).filter(Boolean))];
    }

    get api() {
      return (this.getAttribute('api') || scriptOrigin).replace(/\/+$/, '');
    }

    get limit() {
      const n = Number.parseInt(this.getAttribute('limit') || '', 10);
      return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_LIMIT) : DEFAULT_LIMIT;
    }

    get formats() {
      return new Set((this.getAttribute('format') || '').split(/[\s,]+/).filter(Boolean).map((f) => f.replace(/-/g, '_')));
    }

    async load() {
      this.controller?.abort();
      const controller = new AbortController();
      this.controller = controller;
      const chapters = this.chapters;
      this.draw([], chapters, { busy: true });
      if (chapters.length === 0 || chapters.some((c) => !SLUG.test(c))) {
        this.draw([], chapters, { error: 'Set the chapter attribute to the slug of a chapter, such as "lisbon-givers".' });
        return;
      }
      // With a format filter, read more than shown: the listing is not filtered by format.
      const asked = this.formats.size > 0 ? MAX_LIMIT : this.limit;
      try {
        const listings = await Promise.all(chapters.map((slug) => this.listing(slug, asked, controller.signal)));
        const formats = this.formats;
        const events = listings.flatMap((l) => l.events.map((e) => ({ ...e, chapter: l.chapter })))
          .filter((e) => formats.size === 0 || formats.has(e.format))
          .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
          .slice(0, this.limit);
        if (!controller.signal.aborted) {
          this.draw(events, chapters, {});
        }
      } catch (e) {
        if (!controller.signal.aborted) {
          this.draw([], chapters, { error: e.message });
        }
      }
    }

    async listing(slug, limit, signal) {
      const url = `${this.api}/api/v1/chapters/${encodeURIComponent(slug)}/events?limit=${limit}`;
      let response;
      try {
        response = await fetch(url, { headers: { Accept: 'application/json' }, signal, credentials: 'omit' });
      } catch (e) {
        if (signal.aborted) {
          throw e;
        }
        throw new Error(`The gatherings could not be loaded from ${this.api}. Is ${window.location.origin} `
          + 'allowed to read them (GIVEFIRST_CORS_ORIGINS of events-service)?');
      }
      if (!response.ok) {
        // Every Givefirst error is an RFC 9457 problem: its detail says what went wrong.
        const problem = await response.json().catch(() => null);
        throw new Error('The gatherings could not be loaded: ' + (problem?.detail || problem?.title || 'the events service refused.'));
      }
      return response.json();
    }

    draw(events, chapters, { busy = false, error = null }) {
      const region = this.region;
      region.replaceChildren();
      region.setAttribute('aria-busy', String(busy));
      const heading = text('h2', null, this.getAttribute('heading') || 'Upcoming gatherings', 'heading');
      heading.id = this.headingId;
      region.append(heading);
      if (busy) {
        region.append(text('p', 'state', 'Loading gatherings', 'loading'));
        return;
      }
      if (error) {
        const p = text('p', 'state error', error, 'error');
        p.setAttribute('role', 'alert');
        region.append(p);
        this.dataset.state = 'error';
        return;
      }
      if (events.length === 0) {
        const p = text('p', 'state', 'No upcoming gatherings right now. Subscribe to the calendar to hear about the next one.', 'empty');
        p.setAttribute('role', 'status');
        region.append(p);
      } else {
        const list = text('ul', null, null, 'list');
        for (const event of events) {
          list.append(this.item(event, chapters.length > 1));
        }
        region.append(list);
      }
      region.append(this.subscribe(chapters));
      this.dataset.state = events.length === 0 ? 'empty' : 'loaded';
    }

    item(event, showChapter) {
      const li = text('li', null, null, 'event');
      li.dataset.eventId = event.id;
      const format = FORMATS[event.format] || String(event.format).replace(/_/g, ' ');
      li.append(text('p', 'format', format, 'format'), text('h3', 'title', event.title, 'title'));
      const when = text('p', 'when', null, 'when');
      const time = text('time', null, this.when(event));
      time.dateTime = event.startsAt;
      when.append(time);
      li.append(when);
      if (event.venue) {
        li.append(text('p', 'venue', event.venue, 'venue'));
      }
      if (showChapter) {
        li.append(text('p', 'chapter', event.chapter, 'chapter'));
      }
      li.append(text('p', 'seats', event.seatsLeft > 0
        ? `${event.seatsLeft} of ${event.capacity} ${event.capacity === 1 ? 'seat' : 'seats'} left` : 'Full: waitlist open', 'seats'));
      const links = text('p', 'links');
      const ics = text('a', null, 'Add to calendar', 'calendar-link');
      ics.href = this.api + (event.calendar || `/api/v1/events/${event.id}.ics`);
      ics.setAttribute('aria-label', `Add to calendar: ${event.title}`);
      ics.setAttribute('download', '');
      links.append(ics);
      li.append(links);
      return li;
    }

    /** Start and end in the visitor's own time zone, with the zone's name. */
    when(event) {
      const start = new Date(event.startsAt);
      const end = new Date(event.endsAt);
      const locale = this.closest('[lang]')?.lang || navigator.language || 'en';
      const dayAndTime = new Intl.DateTimeFormat(locale, {
        weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit',
      }).format(start);
      const sameDay = start.toDateString() === end.toDateString();
      const endTime = new Intl.DateTimeFormat(locale, sameDay
        ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }
        : { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(end);
      return `${dayAndTime}–${endTime}`;
    }

    subscribe(chapters) {
      const box = text('p', 'subscribe', null, 'subscribe');
      for (const slug of chapters) {
        const feed = `${this.api}/api/v1/chapters/${encodeURIComponent(slug)}/events.ics`;
        const webcal = text('a', null, chapters.length > 1 ? `Subscribe to ${slug}` : 'Subscribe in your calendar app');
        webcal.href = feed.replace(/^https?:\/\//, 'webcal://');
        const ics = text('a', null, chapters.length > 1 ? `${slug} feed (.ics)` : 'Calendar feed (.ics)');
        ics.href = feed;
        box.append(webcal, ics);
      }
      return box;
    }
  }

  if (!customElements.get('givefirst-events')) {
    customElements.define('givefirst-events', GivefirstEvents);
  }
})();
