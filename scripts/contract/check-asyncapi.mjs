// Reads docs/asyncapi.yaml with @asyncapi/parser (the AsyncAPI Initiative's own parser, with its
// resolver for the relative $refs to docs/events/**) and fails when:
//   - the parser reports any error (diagnostic severity 0); warnings are printed;
//   - a fact type FactTypes.java declares has no message of that name, or the message has no payload
//     schema or no example whose payload is a CloudEvent of that type.
// The fact types are read from FactTypes.java itself (every String constant whose value is an
// org.givefirst.…vN type), so a new fact needs no change here.
// Usage: node scripts/contract/check-asyncapi.mjs [asyncapi.yaml] [FactTypes.java]
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile } from '@asyncapi/parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const asyncapiPath = resolve(process.argv[2] ?? `${root}/docs/asyncapi.yaml`);
const factTypesPath = resolve(process.argv[3]
  ?? `${root}/platform/src/main/java/org/givefirst/platform/contracts/FactTypes.java`);

const failures = [];
const fail = (message) => failures.push(message);

const factTypes = [...readFileSync(factTypesPath, 'utf8')
  .matchAll(/static\s+final\s+String\s+\w+\s*=\s*"(org\.givefirst\.[a-z0-9.-]+\.v\d+)"/g)]
  .map((match) => match[1]);
if (factTypes.length === 0) {
  fail(`no fact type found in ${factTypesPath}`);
}

const { document, diagnostics } = await fromFile(new Parser(), asyncapiPath).parse();
const severities = ['error', 'warning', 'info', 'hint'];
for (const diagnostic of diagnostics) {
  const where = diagnostic.path?.length ? ` at ${diagnostic.path.join('.')}` : '';
  const line = `${severities[diagnostic.severity] ?? diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${where}`;
  if (diagnostic.severity === 0) {
    fail(line);
  } else {
    console.log(`check-asyncapi: ${line}`);
  }
}

if (document) {
  const messages = new Map();
  for (const message of document.allMessages()) {
    messages.set(message.name(), message);
  }
  for (const type of factTypes) {
    const message = messages.get(type);
    if (!message) {
      fail(`${type}: no message with this name in ${asyncapiPath}`);
      continue;
    }
    const payload = message.payload();
    if (!payload || Object.keys(payload.json() ?? {}).length === 0) {
      fail(`${type}: the message has no payload schema`);
    }
    const examples = message.examples().all();
    if (examples.length === 0) {
      fail(`${type}: the message has no example`);
    }
    for (const example of examples) {
      const sample = example.payload();
      if (!sample || sample.type !== type) {
        fail(`${type}: example ${example.name() ?? ''} is not a CloudEvent of this type (its type is ${sample?.type})`);
      }
    }
  }
} else if (failures.length === 0) {
  fail('the parser returned no document');
}

if (failures.length > 0) {
  for (const failure of failures) {
    console.error(`check-asyncapi: ${failure}`);
  }
  process.exit(1);
}
console.log(`check-asyncapi: ${asyncapiPath} parsed; all ${factTypes.length} fact types have a message with a payload schema and a sample`);
