// A Givefirst webhook receiver: verifies each delivery with the standardwebhooks library (the
// Standard Webhooks reference implementation, not Givefirst code), keeps each fact once (the
// webhook-id is the CloudEvent id, the same on every retry and replay) and answers 204 quickly.
//
//   WEBHOOK_SECRETS=whsec_... PORT=8090 node receiver.mjs
//
// Environment:
//   WEBHOOK_SECRETS  the endpoint's secret (whsec_...); during a rotation, the new and the old one,
//                    comma-separated: a delivery signed by either is accepted
//   PORT             where to listen (default 8090), path /webhooks
//   STORE            a file where each verified fact is appended as one JSON line (default
//                    ./received.jsonl); read back at start, so that a restarted receiver still
//                    recognises what it already has
//   GET /received    lists the facts kept (the CloudEvents): what the test of this example reads
import { createServer } from "node:http";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

const port = Number(process.env.PORT ?? 8090);
const store = process.env.STORE ?? "received.jsonl";
const secrets = (process.env.WEBHOOK_SECRETS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
if (secrets.length === 0) {
  console.error("receiver: set WEBHOOK_SECRETS to the endpoint's secret (whsec_...)");
  process.exit(2);
}
const verifiers = secrets.map((secret) => new Webhook(secret));

const kept = new Map();
if (existsSync(store)) {
  for (const line of readFileSync(store, "utf8").split("\n").filter(Boolean)) {
    const fact = JSON.parse(line);
    kept.set(fact.id, fact);
  }
}

// The CloudEvent when one of the secrets signed exactly this body, id and (recent) timestamp.
function verify(body, headers) {
  for (const verifier of verifiers) {
    try {
      return verifier.verify(body, headers);
    } catch (e) {
      if (!(e instanceof WebhookVerificationError)) throw e;
    }
  }
  return null;
}

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/received") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify([...kept.values()]));
    return;
  }
  if (req.method !== "POST" || req.url !== "/webhooks") {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > 1_000_000) req.destroy();
    else chunks.push(chunk);
  });
  req.on("end", () => {
    // Verify the raw bytes: parsing and serializing again would change what was signed.
    const body = Buffer.concat(chunks).toString("utf8");
    const event = verify(body, {
      "webhook-id": req.headers["webhook-id"],
      "webhook-timestamp": req.headers["webhook-timestamp"],
      "webhook-signature": req.headers["webhook-signature"],
    });
    if (!event) {
      console.warn(`receiver: refused a delivery that no secret verifies (webhook-id ${req.headers["webhook-id"]})`);
      res.writeHead(401).end();
      return;
    }
    if (kept.has(event.id)) {
      console.log(`receiver: ${event.type} ${event.id} again (a retry or a replay), already kept`);
    } else {
      kept.set(event.id, event);
      appendFileSync(store, JSON.stringify(event) + "\n");
      console.log(`receiver: ${event.type} ${event.id} verified and kept`);
    }
    // Answer at once; real work (mail, CRM, site rebuild) belongs in a queue of your own.
    res.writeHead(204).end();
  });
});

server.listen(port, () => console.log(`receiver: listening on http://localhost:${port}/webhooks (${verifiers.length} secret(s))`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
