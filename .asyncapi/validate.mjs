// Validates an AsyncAPI document: the parser's own rules (errors AND warnings fail, like the
// OpenAPI linters), then every message example against its message's payload schema, which the
// parser does not check for AsyncAPI 3 (a planted bad example proves it). Exit 1 on any problem.
// Usage: node .asyncapi/validate.mjs openapi/gradiant-realtime.asyncapi.yaml
import { Parser, fromFile } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs <asyncapi.yaml>');
  process.exit(2);
}
const SEVERITY = ['error', 'warning', 'info', 'hint'];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
let problems = 0;
for (const d of diagnostics) {
  const where = d.path.join('.');
  console.log(`${SEVERITY[d.severity]} ${d.code} ${where}: ${d.message}`);
  // "asyncapi-latest-version" (info) says 3.1 exists; this document is 3.0 on purpose.
  if (d.severity <= 1) problems++;
}
if (!document) {
  console.error(`FAIL: ${file} could not be parsed`);
  process.exit(1);
}

// AsyncAPI schemas are a JSON Schema draft-07 superset: `x-…` keywords are annotations here.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
let examples = 0;
for (const message of document.allMessages()) {
  const payload = message.payload();
  if (!payload) continue;
  const validate = ajv.compile(payload.json());
  for (const [i, example] of message.examples().all().entries()) {
    if (!example.hasPayload()) continue;
    examples++;
    if (!validate(example.payload())) {
      problems++;
      const label = example.name() ?? `#${i}`;
      for (const e of validate.errors) {
        console.log(`error example ${message.id()}/${label} ${e.instancePath || '/'}: ${e.message}`);
      }
    }
  }
}
const messages = document.allMessages().length;
console.log(`${file}: ${messages} messages, ${examples} examples checked, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
