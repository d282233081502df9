// The receiver example against the running services (./givefirst up, started by run-e2e.sh):
//   1. an organizer registers an endpoint for the demo chapter (RSVPs and introductions);
//   2. the receiver starts with its secret, the demo community is seeded: the receiver verifies,
//      with the standardwebhooks library, real deliveries of RSVPs and suggested introductions;
//   3. the receiver stops; meanwhile a member cancels and renews an RSVP and accepts an
//      introduction: webhooks-service records these deliveries and their failed attempts;
//   4. the receiver comes back and receives them; every delivery of the endpoint's log is delivered
//      and kept by the receiver: nothing lost.
// Environment: ROOT (the repository), WEBHOOKS_API, EVENTS_API, MATCHING_API, RECEIVER_PORT, WORK (a
// scratch folder), CHAPTER (the demo chapter's slug).
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import assert from "node:assert/strict";

const { ROOT, WEBHOOKS_API, EVENTS_API, MATCHING_API, RECEIVER_PORT, WORK } = process.env;
const CHAPTER = process.env.CHAPTER ?? "lisbon-givers";
const RSVP = "org.givefirst.rsvp.changed.v1";
const SUGGESTED = "org.givefirst.introduction.suggested.v1";
const ACCEPTED = "org.givefirst.introduction.accepted.v1";
const say = (...parts) => console.log("webhook-e2e:", ...parts);

const token = (...args) => execFileSync(join(ROOT, "givefirst"), ["token", ...args], { encoding: "utf8" }).trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(method, url, bearer, body) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function until(what, check, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const result = await check().catch(() => null);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

let receiver = null;
function startReceiver(secret) {
  receiver = spawn(process.execPath, [join(ROOT, "examples/webhook-receiver/receiver.mjs")], {
    env: { ...process.env, PORT: RECEIVER_PORT, WEBHOOK_SECRETS: secret, STORE: join(WORK, "received.jsonl") },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return until("the receiver to listen", async () => (await fetch(`http://127.0.0.1:${RECEIVER_PORT}/received`)).ok, 20);
}
async function stopReceiver() {
  const exited = new Promise((resolve) => receiver.once("exit", resolve));
  receiver.kill("SIGTERM");
  await exited;
  receiver = null;
}
const received = async () => (await fetch(`http://127.0.0.1:${RECEIVER_PORT}/received`)).json();
const ofType = (facts, type) => facts.filter((f) => f.type === type);

async function deliveryLog(endpoint, organizer) {
  const items = [];
  let next = `${WEBHOOKS_API}/api/v1/webhook-endpoints/${endpoint}/deliveries?limit=100`;
  while (next) {
    const page = await call("GET", next, organizer);
    assert.equal(page.status, 200, "the delivery log");
    items.push(...page.body.items);
    next = page.body.next;
  }
  return items;
}

try {
  // 1. The endpoint.
  const organizer = token("organizer", randomUUID(), CHAPTER);
  const created = await call("POST", `${WEBHOOKS_API}/api/v1/webhook-endpoints`, organizer, {
    chapter: CHAPTER,
    url: `http://127.0.0.1:${RECEIVER_PORT}/webhooks`,
    description: "the receiver example",
    factTypes: [RSVP, SUGGESTED, ACCEPTED],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const endpoint = created.body.endpoint.id;
  const secret = created.body.secret;
  assert.match(secret, /^whsec_/);
  say(`endpoint ${endpoint} registered for ${CHAPTER}`);

  // 2. Receiver up, demo seeded: real RSVPs and introductions arrive, verified.
  await startReceiver(secret);
  say("seeding the demo community ...");
  execFileSync(join(ROOT, "demo/seed"), { stdio: ["ignore", "ignore", "inherit"] });
  const first = await until("an RSVP and a suggested introduction at the receiver", async () => {
    const facts = await received();
    return ofType(facts, RSVP).length > 0 && ofType(facts, SUGGESTED).length > 0 ? facts : null;
  });
  say(`receiver verified ${ofType(first, RSVP).length} RSVP(s) and ${ofType(first, SUGGESTED).length} suggested introduction(s)`);

  // 3. Receiver down; facts happen meanwhile.
  await stopReceiver();
  say("receiver stopped");
  const going = ofType(first, RSVP).find((f) => f.data.status === "going");
  assert.ok(going, "a member going to an event");
  const eventId = going.data.event.eventId;
  const member = going.data.memberId;
  const memberToken = token("member", member);
  let reply = await call("DELETE", `${EVENTS_API}/api/v1/events/${eventId}/rsvps/${member}`, memberToken);
  assert.ok([200, 204].includes(reply.status), `cancel the RSVP: ${reply.status} ${JSON.stringify(reply.body)}`);
  reply = await call("PUT", `${EVENTS_API}/api/v1/events/${eventId}/rsvps/${member}`, memberToken, { bringsGuest: false });
  assert.ok([200, 201].includes(reply.status), `RSVP again: ${reply.status} ${JSON.stringify(reply.body)}`);
  const suggestion = ofType(first, SUGGESTED)[0];
  const introduction = suggestion.data.introductionId;
  reply = await call("POST", `${MATCHING_API}/api/v1/introductions/${introduction}/responses`, token("member", suggestion.data.memberA),
    { answer: "accept" });
  assert.ok([200, 201].includes(reply.status), `accept the introduction: ${reply.status} ${JSON.stringify(reply.body)}`);
  say("while the receiver is down: an RSVP cancelled and renewed, an introduction accepted");

  const missed = await until("the missed deliveries to fail at least once", async () => {
    const log = await deliveryLog(endpoint, organizer);
    const failing = log.filter((d) => d.status === "pending" && d.attempts > 0 && d.lastError);
    const types = new Set(failing.map((d) => d.factType));
    return types.has(RSVP) && types.has(ACCEPTED) && failing.length >= 3 ? failing : null;
  });
  say(`${missed.length} deliveries missed so far (e.g. "${missed[0].lastError}")`);
  assert.equal((await call("GET", `${WEBHOOKS_API}/api/v1/webhook-endpoints/${endpoint}`, organizer)).body.enabled, true);

  // 4. Receiver back: it gets every missed delivery; the whole log is delivered and kept.
  await startReceiver(secret);
  say("receiver started again");
  await until("the missed deliveries at the receiver", async () => {
    const ids = new Set((await received()).map((f) => f.id));
    return missed.every((d) => ids.has(d.factId));
  });
  const log = await until("every delivery of the log to be delivered", async () => {
    const all = await deliveryLog(endpoint, organizer);
    return all.every((d) => d.status === "delivered") ? all : null;
  });
  const kept = await received();
  const keptIds = new Set(kept.map((f) => f.id));
  const lost = log.filter((d) => !keptIds.has(d.factId));
  assert.deepEqual(lost, [], "deliveries the receiver never verified");
  const accepted = ofType(kept, ACCEPTED).find((f) => f.data.introductionId === introduction);
  assert.ok(accepted, "the introduction accepted while the receiver was down");
  say(`nothing lost: ${log.length} deliveries in the log, all delivered and verified by standardwebhooks ` +
    `(${ofType(kept, RSVP).length} RSVPs, ${ofType(kept, SUGGESTED).length} suggested and ${ofType(kept, ACCEPTED).length} accepted introductions)`);
} finally {
  if (receiver) await stopReceiver();
}
