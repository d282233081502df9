// End-to-end test of the chapter website: headless Chromium (Debian's chromium package, driven by
// playwright-core) opens the site served at SITE_URL against the running Givefirst services with the
// demo community seeded, and checks, step by step, what a visitor and a member see and do.
//
// Environment:
//   SITE_URL      the site, e.g. http://localhost:8080/ (its origin must be in GIVEFIRST_CORS_ORIGINS)
//   EVENTS_API    events-service base URL (default http://localhost:8082)
//   CHAPTER       the demo chapter's slug (default: the one in demo/community.json)
//   MEMBER        handle of the demo member who signs in (default: the first with no RSVP in the demo)
//   MEMBER_TOKEN  their token (default: ./givefirst token member <their id>)
//   CHROMIUM      the browser (default /usr/bin/chromium)
// Prints one line per step and a last line "N passed, N failed, N skipped"; exits 1 on a failure.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const community = JSON.parse(readFileSync(join(repo, 'demo', 'community.json'), 'utf8'));
const siteUrl = process.env.SITE_URL || 'http://localhost:8080/';
const eventsApi = (process.env.EVENTS_API || 'http://localhost:8082').replace(/\/+$/, '');
const chapter = process.env.CHAPTER || community.chapter.slug;
// The visitor is far from the chapter: times must still show in the event's own time zone.
const visitorZone = 'America/Los_Angeles';
const timeout = 15_000;

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
    ? community.members.find((m) => m.handle === process.env.MEMBER)
    : community.members.find((m) => !busy.has(m.handle) && m.handle !== community.organizer);
  assert.ok(member && !busy.has(member.handle), 'a demo member with no RSVP in demo/community.json');
  return member;
}

const member = freeMember();
const memberToken = process.env.MEMBER_TOKEN
  || execFileSync(join(repo, 'givefirst'), ['token', 'member', member.id], { encoding: 'utf8', cwd: repo }).trim();
const memberId = JSON.parse(Buffer.from(memberToken.split('.')[1], 'base64url').toString()).sub;

async function api(path, options = {}) {
  const response = await fetch(eventsApi + path, {
    ...options,
    headers: { Accept: 'application/json', ...(options.headers || {}) },
  });
  return response;
}

async function listing() {
  const response = await api(`/api/v1/chapters/${chapter}/events`);
  assert.equal(response.status, 200, 'public listing answers 200');
  return (await response.json()).events;
}

async function rsvpOf(eventId) {
  const response = await api(`/api/v1/events/${eventId}/rsvps/${memberId}`,
    { headers: { Authorization: `Bearer ${memberToken}` } });
  return response.status === 404 ? null : response.json();
}

const isActive = (rsvp) => rsvp !== null && rsvp.status !== 'cancelled';

/** A run against data a previous run used: the test's member starts without RSVPs. */
async function withdrawEarlierRsvps() {
  for (const event of await listing()) {
    if (isActive(await rsvpOf(event.id))) {
      const response = await api(`/api/v1/events/${event.id}/rsvps/${memberId}`,
        { method: 'DELETE', headers: { Authorization: `Bearer ${memberToken}` } });
      assert.equal(response.status, 204, 'an earlier RSVP of the test member is withdrawn');
    }
  }
}

const seatsText = (left, capacity) => (left > 0
  ? `${left} of ${capacity} ${capacity === 1 ? 'seat' : 'seats'} left`
  : 'Full: RSVP to join the waitlist');

const eventItem = (page, id) => page.locator(`#events > li[data-event-id="${id}"]`);

// --- the steps ------------------------------------------------------------------------------

const context = { picked: {} };
const steps = [];
const step = (name, run) => steps.push({ name, run });

step('the page lists the chapter\'s upcoming public events, in their own time zone', async ({ page }) => {
  await withdrawEarlierRsvps();
  const expected = await listing();
  assert.ok(expected.length > 0, `the demo chapter ${chapter} has upcoming public events`);
  await page.goto(siteUrl);
  await page.waitForSelector('body[data-loaded="true"]', { timeout });
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
    const seats = await item.locator('.seats').textContent();
    assert.equal(seats, seatsText(event.seatsLeft, event.capacity));
    if (event.venue) {
      assert.equal(await item.locator('.venue').textContent(), event.venue);
    }
    assert.equal(await item.locator('.event-ics').getAttribute('href'), `${eventsApi}/api/v1/events/${event.id}.ics`);
  }
  assert.equal(await page.locator('.rsvp:visible').count(), 0, 'no RSVP controls before signing in');
  context.expected = expected;
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
  for (const event of context.expected) {
    assert.ok(ics.includes(`SUMMARY:${event.title}`), `the feed has "${event.title}"`);
  }
});

step('a malformed token is refused with a message', async ({ page }) => {
  await page.fill('#token-input', 'not-a-token');
  await page.click('#sign-in-button');
  await page.waitForSelector('#account-message:text("not a token")', { timeout });
  assert.equal(await page.locator('#sign-in').isVisible(), true, 'still signed out');
});

step('a member signs in with their token', async ({ page }) => {
  await page.fill('#token-input', memberToken);
  await page.click('#sign-in-button');
  await page.waitForSelector('#signed-in:visible', { timeout });
  assert.equal(await page.locator('#member-id').textContent(), memberId);
  await page.waitForSelector('body[data-loaded="true"] #events > li .rsvp:visible', { timeout });
  assert.equal(await page.locator('.rsvp:visible').count(), context.expected.length, 'RSVP controls on every event');
});

step('RSVP to an event with free seats: going, and the seat is taken', async ({ page }) => {
  const open = context.expected.filter((e) => e.seatsLeft > 0).sort((a, b) => b.seatsLeft - a.seatsLeft)[0];
  assert.ok(open, 'an event with a free seat');
  assert.ok(!isActive(await rsvpOf(open.id)), `${member.displayName} has no RSVP to "${open.title}" yet`);
  const item = eventItem(page, open.id);
  await item.locator('.rsvp-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${open.id}"][data-rsvp="going"]`, { timeout });
  assert.match(await item.locator('.rsvp-status').textContent(), /^Going/);
  assert.equal((await rsvpOf(open.id)).status, 'going', 'events-service has the RSVP as going');
  await page.waitForFunction(([id, left]) =>
    document.querySelector(`#events > li[data-event-id="${id}"]`)?.dataset.seatsLeft === String(left),
  [open.id, open.seatsLeft - 1], { timeout });
  assert.equal(await item.locator('.seats').textContent(), seatsText(open.seatsLeft - 1, open.capacity));
  context.picked.open = open;
});

step('RSVP to a full event: waitlisted with the place in line', async ({ page }) => {
  const full = context.expected.find((e) => e.seatsLeft === 0);
  assert.ok(full, 'the demo has a full event');
  const item = eventItem(page, full.id);
  assert.equal(await item.locator('.rsvp-button').textContent(), 'Join the waitlist');
  await item.locator('.rsvp-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${full.id}"][data-rsvp="waitlisted"]`, { timeout });
  const stored = await rsvpOf(full.id);
  assert.equal(stored.status, 'waitlisted', 'events-service has the RSVP on the waitlist');
  assert.ok(stored.position >= 1);
  assert.match(await item.locator('.rsvp-status').textContent(), new RegExp(`^Waitlisted #${stored.position}:`));
  context.picked.full = full;
});

step('after a reload the member is still signed in and sees their RSVPs', async ({ page }) => {
  await page.reload();
  await page.waitForSelector('body[data-loaded="true"]', { timeout });
  assert.equal(await page.locator('#member-id').textContent(), memberId);
  await page.waitForSelector(`#events > li[data-event-id="${context.picked.open.id}"][data-rsvp="going"]`, { timeout });
  await page.waitForSelector(`#events > li[data-event-id="${context.picked.full.id}"][data-rsvp="waitlisted"]`, { timeout });
});

step('cancelling from the page frees the seat and leaves the waitlist', async ({ page }) => {
  const { open, full } = context.picked;
  await eventItem(page, open.id).locator('.cancel-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${open.id}"][data-rsvp="none"]`, { timeout });
  await page.waitForFunction(([id, left]) =>
    document.querySelector(`#events > li[data-event-id="${id}"]`)?.dataset.seatsLeft === String(left),
  [open.id, open.seatsLeft], { timeout });
  await eventItem(page, full.id).locator('.cancel-button').click();
  await page.waitForSelector(`#events > li[data-event-id="${full.id}"][data-rsvp="none"]`, { timeout });
  assert.equal((await rsvpOf(open.id)).status, 'cancelled');
  assert.equal((await rsvpOf(full.id)).status, 'cancelled');
});

step('a link with #token= signs the member in, and the token leaves the address bar', async ({ page }) => {
  // A new tab: sessionStorage is per tab, so only the link can sign in here.
  const tab = await page.context().newPage();
  try {
    await tab.goto(`${siteUrl}#token=${memberToken}`);
    await tab.waitForSelector('#signed-in:visible', { timeout });
    assert.equal(await tab.locator('#member-id').textContent(), memberId);
    assert.ok(!tab.url().includes('token='), `the address ${tab.url()} no longer holds the token`);
    await tab.waitForSelector('body[data-loaded="true"] #events > li .rsvp:visible', { timeout });
  } finally {
    await tab.close();
  }
});

// --- running them ---------------------------------------------------------------------------

async function main() {
  const profile = mkdtempSync(join(tmpdir(), 'givefirst-e2e-chromium-'));
  let browser;
  const results = { passed: 0, failed: 0, skipped: 0 };
  const pageErrors = [];
  try {
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timezoneId: visitorZone,
      locale: 'en-GB',
    });
    const page = browser.pages()[0] || await browser.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The browser logs every 4xx answer too; "no RSVP yet" is a 404 by design, so only other errors.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        console.log(`  [browser] ${message.text()}`);
      }
    });
    console.log(`Chapter website e2e: ${siteUrl} against ${eventsApi}, chapter ${chapter}, `
      + `member ${member.displayName} (${memberId}), visitor in ${visitorZone}`);
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
        console.log(`✘ ${name}\n    ${String(error.stack || error).split('\n').slice(0, 6).join('\n    ')}`);
        const shot = join(tmpdir(), 'givefirst-e2e-failure.png');
        await page.screenshot({ path: shot, fullPage: true }).then(() => console.log(`    screenshot: ${shot}`), () => {});
      }
    }
  } catch (error) {
    results.skipped = steps.length - results.passed - results.failed;
    results.failed++;
    console.log(`✘ could not run the browser: ${String(error.message).split('\n')[0]}`);
  } finally {
    await browser?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  process.exitCode = results.failed === 0 && results.passed === steps.length ? 0 : 1;
}

await main();
