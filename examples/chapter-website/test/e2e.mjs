// End-to-end test of the chapter website and of the <givefirst-events> web component: headless
// Chromium (Debian's chromium package, driven by playwright-core) against the running Givefirst
// services with the demo community seeded. It checks, step by step, what a visitor, two members and
// an organizer see and do, and that every screen passes axe's serious and critical rules.
//
// Environment:
//   SITE_URL      the site, e.g. http://localhost:8080/ (its origin must be in GIVEFIRST_CORS_ORIGINS)
//   EVENTS_API, MEMBERS_API, MATCHING_API   the services (default http://localhost:8082, 8081, 8083)
//   EMBED_PORT    port of the page of another origin that embeds <givefirst-events> (default: free);
//                 http://localhost:<port> must be in GIVEFIRST_CORS_ORIGINS, http://127.0.0.1:<port> not
//   CHAPTER       the demo chapter's slug (default: the one in demo/community.json)
//   MEMBER        handle of the demo member who RSVPs (default: the first with no RSVP in the demo)
//   CHROMIUM      the browser (default /usr/bin/chromium)
//   E2E_SCREENSHOTS  a folder: save a screenshot of each screen there (docs/images/website)
// Prints one line per step and a last line "N passed, N failed, N skipped"; exits 1 on a failure.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { startOidcStub } from './oidc-stub.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const community = JSON.parse(readFileSync(join(repo, 'demo', 'community.json'), 'utf8'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const trim = (url) => url.replace(/\/+$/, '');
const eventsApi = trim(process.env.EVENTS_API || 'http://localhost:8082');
const membersApi = trim(process.env.MEMBERS_API || 'http://localhost:8081');
const matchingApi = trim(process.env.MATCHING_API || 'http://localhost:8083');
const chapter = process.env.CHAPTER || community.chapter.slug;
const siteBase = process.env.SITE_URL || 'http://localhost:8080/';
const siteOrigin = new URL(siteBase).origin;
const siteUrl = (extra = {}) => {
  const url = new URL(siteBase);
  for (const [name, value] of Object.entries({ events: eventsApi, members: membersApi, matching: matchingApi, ...extra })) {
    url.searchParams.set(name, value);
  }
  return url.toString();
};
// The visitor is far from the chapter: the site still shows times in the event's own time zone, the
// web component in the visitor's.
const visitorZone = 'America/Los_Angeles';
const embedZone = 'Asia/Tokyo';
const embedZoneOffsetHours = 9; // Tokyo has no daylight-saving time
const timeout = 20_000;
const shotsDir = process.env.E2E_SCREENSHOTS || '';

// --- the demo's people and their tokens -----------------------------------------------------

const byHandle = new Map(community.members.map((m) => [m.handle, m]));
const byId = new Map(community.members.map((m) => [m.id, m]));

/** A demo member with no RSVP and no event to host: their RSVPs are the test's own. */
function freeMember() {
  const busy = new Set();
  for (const event of community.events) {
    busy.add(event.host);
    for (const rsvp of event.rsvps) {
      busy.add(typeof rsvp === 'string' ? rsvp : rsvp.member);
    }
  }
  const member = process.env.MEMBER
    ? byHandle.get(process.env.MEMBER)
    : community.members.find((m) => !busy.has(m.handle) && m.handle !== community.organizer);
  assert.ok(member && !busy.has(member.handle), 'a demo member with no RSVP in demo/community.json');
  return member;
}

const tokens = new Map();
function token(...args) {
  const key = args.join(' ');
  if (!tokens.has(key)) {
    tokens.set(key, execFileSync(join(repo, 'givefirst'), ['token', ...args], { encoding: 'utf8', cwd: repo }).trim());
  }
  return tokens.get(key);
}

const member = freeMember();
const memberToken = token('member', member.id);
const organizer = byHandle.get(community.organizer);
const organizerToken = token('organizer', organizer.id, chapter);

async function api(base, path, { bearer, method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

async function listing(chapterSlug = chapter) {
  const { status, json } = await api(eventsApi, `/api/v1/chapters/${chapterSlug}/events`);
  assert.equal(status, 200, 'public listing answers 200');
  return json.events;
}

async function rsvpOf(eventId) {
  const { status, json } = await api(eventsApi, `/api/v1/events/${eventId}/rsvps/${member.id}`, { bearer: memberToken });
  return status === 404 ? null : json;
}

const isActive = (rsvp) => rsvp !== null && rsvp.status !== 'cancelled';

/** A run against data a previous run used: the test's member starts without RSVPs. */
async function withdrawEarlierRsvps() {
  for (const event of await listing()) {
    if (isActive(await rsvpOf(event.id))) {
      const { status } = await api(eventsApi, `/api/v1/events/${event.id}/rsvps/${member.id}`,
        { method: 'DELETE', bearer: memberToken });
      assert.equal(status, 204, 'an earlier RSVP of the test member is withdrawn');
    }
  }
}

const seatsText = (left, capacity) => (left > 0
  ? `${left} of ${capacity} ${capacity === 1 ? 'seat' : 'seats'} left`
  : 'Full: RSVP to join the waitlist');
const words = (tags) => {
  const list = tags.map((t) => t.replace(/-/g, ' '));
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
};
const eventItem = (page, id) => page.locator(`#events > li[data-event-id="${id}"]`);

// --- browser helpers ------------------------------------------------------------------------

let context;
const pageErrors = [];

async function newPage(ctx = context, { corsRefusalExpected = false } = {}) {
  const page = await ctx.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // The browser logs every 4xx answer too; "no RSVP yet" is a 404 by design, so only other errors.
    const expected = message.text().startsWith('Failed to load resource')
      || (corsRefusalExpected && message.text().includes('blocked by CORS policy'));
    if (message.type() === 'error' && !expected) {
      console.log(`  [browser] ${message.text()}`);
    }
  });
  return page;
}

/** A tab signed in with a development token, on a screen. */
async function signedInTab(bearer, screen) {
  const page = await newPage();
  await page.goto(`${siteUrl()}#token=${bearer}`);
  await page.waitForSelector('#signed-in:visible');
  await show(page, screen);
  return page;
}

async function show(page, screen) {
  if (screen === 'gatherings') {
    await page.evaluate(() => { window.location.hash = '#/gatherings'; });
    await page.waitForSelector('body[data-ready="gatherings"][data-loaded="true"]');
    return;
  }
  await page.evaluate((name) => { window.location.hash = `#/${name}`; }, screen);
  await page.waitForSelector(`body[data-ready="${screen}"]`);
}

/** axe-core's serious and critical findings on what the page shows now (Shadow DOM included). */
async function assertAccessible(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: axeSource });
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `${where}: no serious or critical accessibility violation`);
}

async function shot(page, name, options = {}) {
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true, ...options });
  }
}

// --- the steps ------------------------------------------------------------------------------

const state = { picked: {} };
const steps = [];
const step = (name, run) => steps.push({ name, run });

step('the page lists the chapter\'s upcoming public events, in their own time zone', async ({ page }) => {
  await withdrawEarlierRsvps();
  const expected = await listing();
  assert.ok(expected.length > 0, `the demo chapter ${chapter} has upcoming public events`);
  await page.goto(siteUrl());
  await page.waitForSelector('body[data-loaded="true"]');
  const items = page.locator('#events > li');
  assert.equal(await items.count(), expected.length, 'one item per upcoming public event');
  assert.deepEqual(await page.locator('#events > li .title').allTextContents(), expected.map((e) => e.title),
    'the events, by start time');
  const membersOnly = community.events.filter((e) => e.visibility !== 'public').map((e) => e.title);
  for (const title of membersOnly) {
    assert.ok(!(await page.locator('#events').textContent()).includes(title), `members-only "${title}" is not shown`);
  }
  for (const event of expected) {
    const item = eventItem(page, event.id);
    const when = await item.locator('.when').textContent();
    const place = event.timeZone.split('/').pop().replace(/_/g, ' ');
    assert.ok(when.includes(`${event.start.slice(11, 16)}–${event.end.slice(11, 16)} ${place} time`),
      `"${when}" shows ${event.start} to ${event.end} in ${event.timeZone}, whatever the visitor's zone`);
    assert.equal(await item.locator('.seats').textContent(), seatsText(event.seatsLeft, event.capacity));
    if (event.venue) {
      assert.equal(await item.locator('.venue').textContent(), event.venue);
    }
    assert.equal(await item.locator('.event-ics').getAttribute('href'), `${eventsApi}/api/v1/events/${event.id}.ics`);
  }
  assert.equal(await page.locator('.rsvp:visible').count(), 0, 'no RSVP controls before signing in');
  assert.equal(await page.locator('#member-nav').isVisible(), false, 'no member menu before signing in');
  await assertAccessible(page, 'the public page');
  await shot(page, 'gatherings');
  state.expected = expected;
});

step('the calendar subscription links point at the chapter\'s iCalendar feed', async ({ page }) => {
  const feed = `${eventsApi}/api/v1/chapters/${chapter}/events.ics`;
  assert.equal(await page.locator('#subscribe-ics').getAttribute('href'), feed);
  assert.equal(await page.locator('#subscribe-webcal').getAttribute('href'), feed.replace(/^https?:\/\//, 'webcal://'));
  const response = await fetch(feed);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/calendar/);
  const ics = (await response.text()).replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
  assert.match(ics, /^BEGIN:VCALENDAR/);
  for (const event of state.expected) {
    assert.ok(ics.includes(`SUMMARY:${event.title}`), `the feed has "${event.title}"`);
  }
});

step('a malformed token is refused with a message', async ({ page }) => {
  await page.click('#dev-sign-in summary');
  await page.fill('#token-input', 'not-a-token');
  await page.click('#sign-in-button');
  await page.waitForSelector('#account-message:text("not a token")');
  assert.equal(await page.locator('#signed-out').isVisible(), true, 'still signed out');
});

step('a member signs in with their token and is greeted by name', async ({ page }) => {
  await page.fill('#token-input', memberToken);
  await page.click('#sign-in-button');
  await page.waitForSelector('#signed-in:visible');
  await page.waitForSelector(`#greeting:text-is("Hello, ${member.displayName}")`);
  assert.equal(await page.locator('#member-nav').isVisible(), true, 'the member menu');
  assert.equal(await page.locator('#nav-organize').isVisible(), false, 'no organizer screen for a member');
  await page.waitForSelector('body[data-loaded="true"] #events > li .rsvp:visible');
  assert.equal(await page.locator('.rsvp:visible').count(), state.expected.length, 'RSVP controls on every event');
});

step('RSVP to an event with free seats: going, and the seat is taken', async ({ page }) => {
  const open = state.expected.filter((e) => e.seatsLeft > 0).sort((a, b) => b.seatsLeft - a.seatsLeft)[0];
  assert.ok(open, 'an event with a free seat');
  assert.ok(!isActive(await rsvpOf(open.id)), `${member.displayName} has no RSVP to "${open.title}" yet`);
  const item = eventItem(page, open.id);
  await item.locator('.rsvp-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${open.id}"][data-rsvp="going"]`);
  assert.match(await item.locator('.rsvp-status').textContent(), /^Going/);
  assert.equal((await rsvpOf(open.id)).status, 'going', 'events-service has the RSVP as going');
  await page.waitForFunction(([id, left]) =>
    document.querySelector(`#events > li[data-event-id="${id}"]`)?.dataset.seatsLeft === String(left),
  [open.id, open.seatsLeft - 1]);
  assert.equal(await item.locator('.seats').textContent(), seatsText(open.seatsLeft - 1, open.capacity));
  state.picked.open = open;
});

step('RSVP to a full event: waitlisted with the place in line', async ({ page }) => {
  const full = state.expected.find((e) => e.seatsLeft === 0);
  assert.ok(full, 'the demo has a full event');
  const item = eventItem(page, full.id);
  assert.equal(await item.locator('.rsvp-button').textContent(), 'Join the waitlist');
  await item.locator('.rsvp-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${full.id}"][data-rsvp="waitlisted"]`);
  const stored = await rsvpOf(full.id);
  assert.equal(stored.status, 'waitlisted', 'events-service has the RSVP on the waitlist');
  assert.ok(stored.position >= 1);
  assert.match(await item.locator('.rsvp-status').textContent(), new RegExp(`^Waitlisted #${stored.position}:`));
  await assertAccessible(page, 'the public page, signed in');
  state.picked.full = full;
});

step('after a reload the member is still signed in and sees their RSVPs', async ({ page }) => {
  await page.reload();
  await page.waitForSelector('body[data-loaded="true"]');
  await page.waitForSelector(`#greeting:text-is("Hello, ${member.displayName}")`);
  await page.waitForSelector(`#events > li[data-event-id="${state.picked.open.id}"][data-rsvp="going"]`);
  await page.waitForSelector(`#events > li[data-event-id="${state.picked.full.id}"][data-rsvp="waitlisted"]`);
});

step('cancelling from the page frees the seat and leaves the waitlist', async ({ page }) => {
  const { open, full } = state.picked;
  await eventItem(page, open.id).locator('.cancel-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${open.id}"][data-rsvp="none"]`);
  await page.waitForFunction(([id, left]) =>
    document.querySelector(`#events > li[data-event-id="${id}"]`)?.dataset.seatsLeft === String(left),
  [open.id, open.seatsLeft]);
  await eventItem(page, full.id).locator('.cancel-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${full.id}"][data-rsvp="none"]`);
  assert.equal((await rsvpOf(open.id)).status, 'cancelled');
  assert.equal((await rsvpOf(full.id)).status, 'cancelled');
});

step('a link with #token= signs the member in, and the token leaves the address bar', async () => {
  // A new tab: sessionStorage is per tab, so only the link can sign in here.
  const tab = await newPage();
  try {
    await tab.goto(`${siteUrl()}#token=${memberToken}`);
    await tab.waitForSelector(`#greeting:text-is("Hello, ${member.displayName}")`);
    assert.ok(!tab.url().includes('token='), `the address ${tab.url()} no longer holds the token`);
    await tab.waitForSelector('body[data-loaded="true"] #events > li .rsvp:visible');
  } finally {
    await tab.close();
  }
});

step('OpenID Connect sign-in: authorization code with PKCE (S256) at the configured issuer', async () => {
  const stub = await startOidcStub({
    clientId: 'chapter-website',
    allowedOrigin: siteOrigin,
    accessToken: memberToken,
    identity: { name: member.displayName, email: member.email },
  });
  const tab = await newPage();
  try {
    await tab.goto(siteUrl({ issuer: stub.issuer }));
    await tab.waitForSelector('#oidc-sign-in:visible');
    await shot(tab, 'sign-in', { fullPage: false, clip: { x: 0, y: 0, width: 1100, height: 420 } });
    await tab.click('#oidc-sign-in');
    await tab.waitForSelector(`#greeting:text-is("Hello, ${member.displayName}")`);
    assert.deepEqual(stub.log.map((l) => l.step), ['authorize', 'token'], 'one authorization, one code exchange');
    assert.deepEqual(stub.log[0].problems, [], 'the authorization request asks for a code with an S256 challenge');
    assert.equal(stub.log[1].error, null, 'the code exchange carries the verifier of that challenge');
    assert.equal(stub.log[1].verifierLength, 43, 'a 256-bit verifier');
    const url = new URL(tab.url());
    assert.ok(!url.searchParams.has('code') && !url.searchParams.has('state'), `the code left the address bar: ${tab.url()}`);
    assert.equal(url.searchParams.get('issuer'), stub.issuer, 'the site\'s own settings stay in the address');
    await tab.click('#sign-out-button');
    await tab.waitForSelector('#oidc-sign-in:visible');
    assert.equal(stub.log.at(-1).step, 'logout', 'signing out signs out at the provider too');
  } finally {
    await tab.close();
    await stub.close();
  }
});

step('someone signed in who is not a member yet joins the chapter, and is greeted by name', async () => {
  const newcomer = { id: randomUUID(), name: 'Inês Newcomer' };
  const tab = await newPage();
  try {
    await tab.goto(`${siteUrl()}#token=${token('member', newcomer.id)}`);
    await tab.waitForSelector('#signed-in:visible');
    await tab.evaluate(() => { window.location.hash = '#/introductions'; });
    await tab.waitForSelector('body[data-ready="join"]');
    assert.equal(await tab.locator('#member-nav').isVisible(), false, 'no member menu before joining');
    await tab.getByLabel('Your name, as members will see it').fill(newcomer.name);
    await tab.getByLabel('Your email').fill(`newcomer-${newcomer.id.slice(0, 8)}@example.org`);
    await tab.getByRole('button', { name: `Join ${community.chapter.name}` }).click();
    await tab.waitForSelector(`#greeting:text-is("Hello, ${newcomer.name}")`);
    await tab.waitForSelector('body[data-ready="profile"]');
    const { status, json } = await api(membersApi, `/api/v1/members/${newcomer.id}`, { bearer: token('member', newcomer.id) });
    assert.equal(status, 200, 'members-service has the new member');
    assert.deepEqual(json.chapters, [chapter], 'in the site\'s chapter');
  } finally {
    await tab.close();
  }
});

/** A demo member matching still has suggestions for (pairs already introduced are not suggested again). */
async function findMemberWithSuggestions() {
  for (const m of community.members) {
    const { json } = await api(matchingApi, `/api/v1/members/${m.id}/suggestions?limit=10`, { bearer: organizerToken });
    if (json.items.length > 0) {
      return m;
    }
  }
  return null;
}

/**
 * On a fresh demo, after its one round, most members have room for another introduction this month.
 * Data that earlier runs used up has none left: then an admin raises the members' monthly limit,
 * and matching-service applies the profile facts before suggesting again.
 */
async function memberWithSuggestions() {
  let found = await findMemberWithSuggestions();
  if (!found) {
    const admin = token('admin');
    for (const m of community.members) {
      const { status } = await fetch(`${membersApi}/api/v1/members/${m.id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ preferences: { maxIntroductionsPerMonth: 20 } }),
      });
      assert.equal(status, 200, 'an admin raises a member\'s monthly limit');
    }
    for (let i = 0; i < 40 && !found; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      found = await findMemberWithSuggestions();
    }
  }
  return found || assert.fail('a demo member with suggestions');
}

step('suggestions come with what each side can give', async () => {
  const seeker = await memberWithSuggestions();
  const seekerToken = token('member', seeker.id);
  state.seeker = { ...seeker, token: seekerToken };
  const tab = await signedInTab(seekerToken, 'suggestions');
  state.memberTab = tab;
  const { json } = await api(matchingApi, `/api/v1/members/${seeker.id}/suggestions?limit=10`, { bearer: seekerToken });
  assert.equal(await tab.locator('li.suggestion').count(), json.items.length);
  const first = tab.locator('li.suggestion').first();
  assert.equal(await first.locator('h3').textContent(), json.items[0].member.displayName);
  assert.equal(await first.locator('.you-give').textContent(), words(json.items[0].explanation.youCanGive));
  assert.equal(await first.locator('.they-give').textContent(), words(json.items[0].explanation.theyCanGive));
  await assertAccessible(tab, 'the suggestions screen');
  await shot(tab, 'suggestions');
});

step('where should I go: gatherings ranked by who can help, with RSVP beside each', async () => {
  const tab = state.memberTab;
  await show(tab, 'where');
  const seeker = state.seeker;
  const { json } = await api(matchingApi, `/api/v1/members/${seeker.id}/where?limit=10`, { bearer: seeker.token });
  assert.ok(json.events.length > 0, 'upcoming gatherings to rank');
  const shown = await tab.locator('#where-events > li').evaluateAll((items) => items.map((i) => i.dataset.eventId));
  assert.deepEqual(shown, json.events.map((e) => e.eventId), 'in the ranking matching-service made');
  const top = json.events[0];
  const item = tab.locator(`#where-events > li[data-event-id="${top.eventId}"]`);
  assert.ok((await item.locator('.helpers').textContent()).startsWith(top.helperCount === 0 ? 'Nobody'
    : `${top.helperCount} ${top.helperCount === 1 ? 'person' : 'people'} going can help`), 'how many can help');
  let open = null;
  for (const e of json.events) {
    if (!open && await tab.locator(`#where-events > li[data-event-id="${e.eventId}"][data-rsvp="none"]`).count() === 1) {
      open = e;
    }
  }
  assert.ok(open, 'a ranked gathering the member is not going to yet');
  const target = tab.locator(`#where-events > li[data-event-id="${open.eventId}"]`);
  await target.locator('.rsvp-button').click();
  await tab.waitForSelector(`#where-events > li[data-event-id="${open.eventId}"]:is([data-rsvp="going"], [data-rsvp="waitlisted"])`);
  const stored = await api(eventsApi, `/api/v1/events/${open.eventId}/rsvps/${seeker.id}`, { bearer: seeker.token });
  assert.ok(stored.status === 200 && isActive(stored.json), 'the RSVP is in events-service');
  await assertAccessible(tab, 'the where-to-go screen');
  await shot(tab, 'where');
  await target.locator('.cancel-button').click();
  await tab.waitForSelector(`#where-events > li[data-event-id="${open.eventId}"][data-rsvp="none"]`);
});

step('the specificity coach scores an objective as the member types, and the score rises', async () => {
  const tab = state.memberTab;
  await show(tab, 'profile');
  const objective = tab.locator('fieldset.objective').first();
  const coach = objective.locator('.coach');
  const assess = async (draft) => (await api(membersApi, '/api/v1/objectives/assess', { method: 'POST', body: draft })).json;
  const typeDraft = async (draft) => {
    await objective.getByLabel('What information do you seek?').fill(draft.what);
    await objective.getByLabel('Who could help?').fill(draft.who);
    await objective.getByLabel('Where do such people gather? (optional)').fill(draft.where);
    await objective.getByLabel('Tags').fill(draft.tags.join(', '));
    const expected = await assess(draft);
    await tab.waitForFunction(([score]) => document.querySelector('fieldset.objective .coach')?.dataset.score === String(score),
      [expected.score]);
    return expected;
  };
  const vague = await typeDraft({ what: 'Get new business', who: 'anyone', where: '', tags: [] });
  assert.equal(vague.level, 'vague');
  assert.ok((await coach.locator('.coach-hints').textContent()).length > 0, 'hints say what is missing');
  if (shotsDir) {
    await objective.screenshot({ path: join(shotsDir, 'profile-coach-vague.png') });
  }
  // An objective without a who cannot be saved: the page shows the problem's detail and the field.
  await objective.getByLabel('Who could help?').fill('');
  const save = objective.locator('xpath=ancestor::form').locator('button[type="submit"]');
  await save.click();
  const refused = await api(membersApi, `/api/v1/members/${state.seeker.id}/objectives`, { method: 'PUT', bearer: state.seeker.token,
    body: { objectives: [{ what: 'Get new business', who: '', tags: [] }] } });
  assert.equal(refused.status, 400);
  const who = refused.json.errors.find((e) => e.field.endsWith('.who'));
  const shown = await tab.locator('#objectives-title ~ form .message.error').textContent();
  assert.ok(shown.startsWith(refused.json.detail) && shown.includes(`${who.field} ${who.message}`),
    `the problem's detail and the invalid field, not a status: "${shown}"`);
  assert.ok(!/\b400\b/.test(shown), 'no status code');
  const specific = {
    what: 'Which contact management systems five-person sales teams keep using after a year, and why they dropped the others',
    who: 'Sales managers and trainers at small firms',
    where: 'The Lisbon sales breakfast',
    tags: ['crm', 'contact-management'],
  };
  const better = await typeDraft(specific);
  assert.ok(better.score > vague.score, `the score rises: ${vague.score} → ${better.score}`);
  assert.equal(await coach.locator('.coach-score').textContent(), `${better.score} of 100: ${better.level}.`);
  await save.click();
  await tab.waitForSelector('#objectives-title ~ form .message:text("Saved")');
  const { json: stored } = await api(membersApi, `/api/v1/members/${state.seeker.id}`, { bearer: state.seeker.token });
  assert.equal(stored.objectives[0].what, specific.what, 'members-service has the objective');
  assert.equal(stored.objectives[0].specificity.score, better.score, 'with the score the coach showed');
  await assertAccessible(tab, 'the profile screen');
  await shot(tab, 'profile');
});

step('an organizer runs a round and sees its pairs and quality', async () => {
  const tab = await signedInTab(organizerToken, 'organize');
  state.organizerTab = tab;
  assert.equal(await tab.locator('#nav-organize').isVisible(), true, 'the organizer screen is in the menu');
  await tab.selectOption('#round-limit', '1');
  const before = await tab.locator('.round').getAttribute('data-round-id').catch(() => null);
  await tab.click('#run-round');
  await tab.waitForFunction((old) => {
    const id = document.querySelector('.round')?.dataset.roundId;
    return id && id !== old;
  }, before);
  const roundId = await tab.locator('.round').getAttribute('data-round-id');
  const { status, json: round } = await api(matchingApi, `/api/v1/rounds/${roundId}`, { bearer: organizerToken });
  assert.equal(status, 200);
  assert.equal(round.chapter, chapter);
  assert.equal(Number(await tab.locator('.round').getAttribute('data-pairs')), round.pairs.length, 'every pair is shown');
  assert.equal(await tab.locator('table.pairs tbody tr').count(), round.pairs.length);
  const coverage = `Coverage: ${Math.round(round.quality.coverage * 100)}% of them got one`;
  assert.ok((await tab.locator('.round .coverage').textContent()).startsWith(coverage), 'the coverage as measured');
  await assertAccessible(tab, 'the organizer screen');
  await shot(tab, 'organize-round');
  state.round = round;
});

/** An introduction nobody answered yet: from the round just run, else any in the demo. */
async function freshIntroduction() {
  const pair = state.round.pairs.find((p) => p.status === 'suggested' && p.memberA.memberId && p.memberB.memberId);
  if (pair) {
    return (await api(matchingApi, `/api/v1/introductions/${pair.introductionId}`, { bearer: organizerToken })).json;
  }
  const admin = token('admin');
  for (const m of community.members) {
    const { json } = await api(matchingApi, `/api/v1/introductions?member=${m.id}&status=suggested`, { bearer: admin });
    if (json.items.length > 0) {
      return json.items[0];
    }
  }
  return assert.fail('an introduction that nobody answered yet');
}

step('two members see the introduction, what each can give and where they could meet', async () => {
  const intro = await freshIntroduction();
  const a = byId.get(intro.memberA.memberId);
  const b = byId.get(intro.memberB.memberId);
  assert.ok(a && b, 'both members are in the demo');
  state.intro = { id: intro.id, a, b };
  state.tabA = await signedInTab(token('member', a.id), 'introductions');
  state.tabB = await signedInTab(token('member', b.id), 'introductions');
  for (const [tab, me, other, gives, gets] of [
    [state.tabA, a, b, intro.explanation.aCanGiveB, intro.explanation.bCanGiveA],
    [state.tabB, b, a, intro.explanation.bCanGiveA, intro.explanation.aCanGiveB]]) {
    const card = tab.locator(`li.introduction[data-introduction-id="${intro.id}"]`);
    await card.waitFor();
    assert.equal(await card.locator('h3').textContent(), `You and ${other.displayName}`, `${me.displayName} sees it`);
    assert.equal(await card.locator('.you-give').textContent(), words(gives), 'what I can give');
    assert.equal(await card.locator('.they-give').textContent(), words(gets), 'what they can give');
    if (intro.gathering) {
      assert.ok((await card.locator('.gathering').textContent()).startsWith(intro.gathering.title), 'where we could meet');
    }
    assert.equal(await card.locator('.contact-email').count(), 0, 'no contact before both said yes');
    const badge = await tab.locator('#pending-count').textContent();
    assert.match(badge, /^\d+ waiting$/, 'the menu counts introductions waiting for an answer');
  }
  await assertAccessible(state.tabA, 'the introductions screen');
  await shot(state.tabA, 'introductions');
});

step('both accept: only then does each see the other\'s contact', async () => {
  const { id, a, b } = state.intro;
  const cardOf = (tab) => tab.locator(`li.introduction[data-introduction-id="${id}"]`);
  await cardOf(state.tabA).locator('button.accept').click();
  await state.tabA.waitForSelector(`li.introduction[data-introduction-id="${id}"][data-status="accepted"]`);
  assert.match(await cardOf(state.tabA).locator('.intro-status').textContent(), new RegExp(`Waiting for ${b.displayName}`));
  assert.equal(await cardOf(state.tabA).locator('.contact-email').count(), 0, 'one yes shares nothing');

  await state.tabB.reload();
  await state.tabB.waitForSelector('body[data-ready="introductions"]');
  assert.match(await cardOf(state.tabB).locator('.intro-status').textContent(), new RegExp(`${a.displayName} said yes`));
  await cardOf(state.tabB).locator('button.accept').click();
  await state.tabB.waitForSelector(`li.introduction[data-introduction-id="${id}"][data-status="made"]`);
  assert.equal(await cardOf(state.tabB).locator('.contact-email').textContent(), a.email, `${b.displayName} sees ${a.displayName}'s email`);

  await state.tabA.reload();
  await state.tabA.waitForSelector(`body[data-ready="introductions"] li.introduction[data-introduction-id="${id}"][data-status="made"]`);
  assert.equal(await cardOf(state.tabA).locator('.contact-email').textContent(), b.email, `${a.displayName} sees ${b.displayName}'s email`);
  await assertAccessible(state.tabA, 'a made introduction');
  await shot(state.tabA, 'introduction-made');
});

step('one gives feedback after meeting, and the other\'s giving page shows it', async () => {
  const { id, a, b } = state.intro;
  const bToken = token('member', b.id);
  const before = (await api(matchingApi, `/api/v1/members/${b.id}/giving`, { bearer: bToken })).json.helpConfirmed;
  const card = state.tabA.locator(`li.introduction[data-introduction-id="${id}"]`);
  await card.getByRole('group', { name: 'Did we meet?' }).getByLabel('Yes').check();
  await card.getByRole('group', { name: `Did ${b.displayName} help me?` }).getByLabel('Yes').check();
  await card.locator('form.feedback button[type="submit"]').click();
  await state.tabA.waitForSelector(`li.introduction[data-introduction-id="${id}"] .card-status:text("your answer about ${b.displayName} is saved")`);
  const intro = (await api(matchingApi, `/api/v1/introductions/${id}`, { bearer: token('member', a.id) })).json;
  const mine = intro.memberA.memberId === a.id ? intro.feedback.memberA : intro.feedback.memberB;
  assert.deepEqual([mine.met, mine.otherHelped], [true, true], 'matching-service has the feedback');

  const after = (await api(matchingApi, `/api/v1/members/${b.id}/giving`, { bearer: bToken })).json;
  assert.equal(after.helpConfirmed, before + 1, 'the help counts as giving for the other side');
  await show(state.tabB, 'giving');
  const facts = await state.tabB.locator('.giving-facts').textContent();
  assert.ok(facts.includes(`${after.helpConfirmed} ${after.helpConfirmed === 1 ? 'member' : 'members'} said you helped them.`),
    `the giving page says so in words: ${facts}`);
  assert.ok((await state.tabB.locator('.giving-recent').textContent()).includes(`${a.displayName} said you helped them`),
    'and names who said it');
  assert.ok(!/balance|points/i.test(await state.tabB.locator('#screen-giving').textContent()), 'no raw balance');
  await assertAccessible(state.tabB, 'the giving screen');
  await shot(state.tabB, 'giving');
});

step('an organizer seats a gathering at small tables and prints the table cards', async () => {
  const tab = state.organizerTab;
  const event = (await listing()).filter((e) => e.capacity - e.seatsLeft >= 4).sort((x, y) => x.seatsLeft - y.seatsLeft)[0];
  assert.ok(event, 'a gathering with at least four people going');
  await tab.selectOption('#tables-event', event.id);
  await tab.selectOption('#tables-size', '4');
  await tab.click('#seat-tables');
  await tab.waitForSelector('#tables-result .table-card');
  const { json: seating } = await api(matchingApi, `/api/v1/events/${event.id}/tables`, { bearer: organizerToken });
  assert.equal(await tab.locator('.table-card').count(), seating.tables.length, 'one card per table');
  for (const table of seating.tables) {
    const card = tab.locator('.table-card').nth(table.number - 1);
    assert.equal(await card.locator('h3').textContent(), `Table ${table.number}`);
    assert.deepEqual(await card.locator('li strong').allTextContents(), table.members.map((m) => m.displayName || 'A guest'));
  }
  await assertAccessible(tab, 'the tables');
  await shot(tab, 'organize-tables');
  await tab.emulateMedia({ media: 'print' });
  try {
    assert.equal(await tab.locator('#member-nav').isVisible(), false, 'printing leaves the menu out');
    assert.equal(await tab.locator('#round-title').isVisible(), false, 'and the round');
    assert.equal(await tab.locator('.table-card').first().isVisible(), true, 'and prints the cards');
    await shot(tab, 'table-cards-print');
  } finally {
    await tab.emulateMedia({ media: 'screen' });
  }
});

step('keyboard and phone: a skip link, focus on each screen\'s heading, no sideways scrolling', async () => {
  const phone = await context.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    timezoneId: visitorZone, locale: 'en-GB' });
  try {
    const tab = await newPage(phone);
    await tab.goto(`${siteUrl()}#token=${memberToken}`);
    await tab.waitForSelector('body[data-ready="gatherings"]');
    await tab.keyboard.press('Tab');
    assert.equal(await tab.evaluate(() => document.activeElement.className), 'skip-link', 'the first Tab reaches the skip link');
    await tab.locator('#member-nav a[data-route="introductions"]').focus();
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('body[data-ready="introductions"]');
    assert.equal(await tab.evaluate(() => document.activeElement.id), 'introductions-title', 'focus moves to the new screen');
    for (const screen of ['gatherings', 'introductions', 'where', 'profile', 'giving']) {
      await show(tab, screen);
      const [scroll, width] = await tab.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok(scroll <= width, `${screen} fits a phone: ${scroll} <= ${width}`);
    }
    await show(tab, 'profile');
    await shot(tab, 'phone-profile', { fullPage: false });
    await show(tab, 'gatherings');
    await shot(tab, 'phone-gatherings', { fullPage: false });
  } finally {
    await phone.close();
  }
});

// --- the web component, on a page of another origin -----------------------------------------

async function startEmbedPage(port) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const apiAttr = url.searchParams.get('api') ? ` api="${url.searchParams.get('api')}"` : '';
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A chapter's own site</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Georgia,serif;max-width:40rem;margin:1rem auto;padding:0 1rem;background:#fff}
givefirst-events{margin:0 0 2rem}
#themed{--givefirst-accent:#6b2d8f;--givefirst-surface:#fbf7ff;--givefirst-radius:0}
#themed::part(title){font-family:Georgia,serif}</style>
<script src="${eventsApi}/embed/givefirst-events.js" async></script></head>
<body><header><h1>Friends of the Lisbon givers</h1></header><main>
<givefirst-events id="listed" chapter="${url.searchParams.get('chapter') || chapter}" limit="3"${apiAttr}></givefirst-events>
<givefirst-events id="themed" chapter="${chapter}" limit="1" format="volunteering" heading="Volunteer with us"></givefirst-events>
<givefirst-events id="empty" chapter="${state.emptyChapter}"></givefirst-events>
<givefirst-events id="unknown" chapter="no-such-chapter-here"></givefirst-events>
<givefirst-events id="down" chapter="${chapter}" api="http://127.0.0.1:9"></givefirst-events>
</main></body></html>`;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const inShadow = (page, host, selector) => page.locator(`#${host}`).locator(selector);

step('<givefirst-events> on another origin: the events, in the visitor\'s time zone, with calendar links', async () => {
  // A chapter of its own with nothing planned yet, known to events-service once its chapter.created
  // fact was applied (an unknown slug is a 404 problem: the component shows that as an error).
  state.emptyChapter = `quiet-${Date.now().toString(36)}`;
  const created = await api(membersApi, '/api/v1/chapters', { bearer: token('admin'), method: 'POST',
    body: { slug: state.emptyChapter, name: 'A quiet chapter', city: 'Porto', timeZone: 'Europe/Lisbon' } });
  assert.equal(created.status, 201, 'an admin creates a chapter with no gatherings yet');
  for (let tries = 0; (await api(eventsApi, `/api/v1/chapters/${state.emptyChapter}/events`)).status !== 200; tries++) {
    assert.ok(tries < 300, 'events-service learns of the new chapter from its fact');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const script = await fetch(`${eventsApi}/embed/givefirst-events.js`, { headers: { Origin: `http://localhost:${state.embedPort}` } });
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type'), /javascript/);
  assert.match(script.headers.get('cache-control') || '', /max-age=86400/, 'cached for a day');
  assert.equal(script.headers.get('access-control-allow-origin'), `http://localhost:${state.embedPort}`,
    'readable from an allowed origin, also as a module');
  const tab = await newPage(state.embedContext);
  await tab.goto(`http://localhost:${state.embedPort}/`);
  await tab.waitForSelector('#listed[data-state="loaded"]');
  const events = (await listing()).slice(0, 3);
  assert.equal(await inShadow(tab, 'listed', 'li').count(), events.length, 'as many as the limit');
  assert.deepEqual(await inShadow(tab, 'listed', 'h3').allTextContents(), events.map((e) => e.title));
  for (const event of events) {
    const item = inShadow(tab, 'listed', `li[data-event-id="${event.id}"]`);
    assert.equal(await item.locator('time').getAttribute('datetime'), event.startsAt);
    const local = new Date(Date.parse(event.startsAt) + embedZoneOffsetHours * 3600_000);
    const hhmm = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
    const when = await item.locator('.when').textContent();
    assert.ok(when.includes(hhmm) && when.includes(String(local.getUTCDate())),
      `"${when}" shows ${event.startsAt} in ${embedZone} (${hhmm} on the ${local.getUTCDate()})`);
    assert.equal(await item.locator('[part="calendar-link"]').getAttribute('href'), `${eventsApi}/api/v1/events/${event.id}.ics`);
  }
  const feed = `${eventsApi}/api/v1/chapters/${chapter}/events.ics`;
  assert.deepEqual(await inShadow(tab, 'listed', '[part="subscribe"] a').evaluateAll((as) => as.map((a) => a.href)),
    [feed.replace(/^http/, 'webcal'), feed]);
  await tab.waitForSelector('#themed[data-state]');
  const volunteering = (await listing()).filter((e) => e.format === 'volunteering').slice(0, 1);
  assert.deepEqual(await inShadow(tab, 'themed', 'h3').allTextContents(), volunteering.map((e) => e.title), 'format filters');
  assert.equal(await inShadow(tab, 'themed', '[part="heading"]').textContent(), 'Volunteer with us');
  assert.equal(await inShadow(tab, 'themed', '.format').evaluate((e) => getComputedStyle(e).color), 'rgb(107, 45, 143)',
    'themed with --givefirst-accent');
  state.embedTab = tab;
});

step('<givefirst-events>: the empty state and the error state', async () => {
  const tab = state.embedTab;
  await tab.waitForSelector('#empty[data-state="empty"]');
  assert.match(await inShadow(tab, 'empty', '[part="empty"]').textContent(), /^No upcoming gatherings/);
  assert.equal(await inShadow(tab, 'empty', '[part="subscribe"] a').count(), 2, 'still offers the subscription');
  await tab.waitForSelector('#unknown[data-state="error"]');
  assert.match(await inShadow(tab, 'unknown', '[part="error"]').textContent(), /Chapter no-such-chapter-here does not exist/,
    'a typo in the slug says so instead of showing nothing');
  await tab.waitForSelector('#down[data-state="error"]');
  const down = inShadow(tab, 'down', '[part="error"]');
  assert.equal(await down.getAttribute('role'), 'alert');
  assert.match(await down.textContent(), /could not be loaded from http:\/\/127\.0\.0\.1:9/);
  await assertAccessible(tab, 'the embedding page');
  await shot(tab, 'embed');
  // The same page from an origin events-service does not allow: the component says why.
  const elsewhere = await newPage(state.embedContext, { corsRefusalExpected: true });
  await elsewhere.goto(`http://127.0.0.1:${state.embedPort}/`);
  await elsewhere.waitForSelector('#listed[data-state="error"]');
  assert.match(await inShadow(elsewhere, 'listed', '[part="error"]').textContent(), /GIVEFIRST_CORS_ORIGINS/);
  await elsewhere.close();
});

// --- running them ---------------------------------------------------------------------------

async function main() {
  let browser;
  let embedServer;
  const results = { passed: 0, failed: 0, skipped: 0 };
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ timezoneId: visitorZone, locale: 'en-GB', viewport: { width: 1100, height: 900 } });
    state.embedContext = await browser.newContext({ timezoneId: embedZone, locale: 'en-GB', viewport: { width: 800, height: 900 } });
    state.embedPort = Number(process.env.EMBED_PORT || 0);
    embedServer = await startEmbedPage(state.embedPort);
    state.embedPort = embedServer.address().port;
    const page = await newPage();
    console.log(`Chapter website e2e: ${siteBase} against ${eventsApi}, ${membersApi}, ${matchingApi}; chapter ${chapter}, `
      + `member ${member.displayName}, organizer ${organizer.displayName}, visitor in ${visitorZone}`);
    let failedBefore = false;
    for (const { name, run } of steps) {
      if (failedBefore) {
        results.skipped++;
        console.log(`- skipped: ${name}`);
        continue;
      }
      try {
        await run({ page });
        assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
        results.passed++;
        console.log(`✔ ${name}`);
      } catch (error) {
        results.failed++;
        failedBefore = true;
        console.log(`✘ ${name}\n    ${String(error.stack || error).split('\n').slice(0, 8).join('\n    ')}`);
        const failure = join(tmpdir(), 'givefirst-e2e-failure');
        mkdirSync(failure, { recursive: true });
        for (const [i, p] of context.pages().concat(state.embedContext.pages()).entries()) {
          await p.screenshot({ path: join(failure, `page-${i}.png`), fullPage: true }).catch(() => {});
        }
        console.log(`    screenshots of the open pages: ${failure}`);
      }
    }
  } catch (error) {
    results.skipped = steps.length - results.passed - results.failed;
    results.failed++;
    console.log(`✘ could not run the browser: ${String(error.message).split('\n')[0]}`);
  } finally {
    await browser?.close().catch(() => {});
    embedServer?.close();
  }
  console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  process.exitCode = results.failed === 0 && results.passed === steps.length ? 0 : 1;
}

await main();
