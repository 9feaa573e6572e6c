// The generated types follow openapi.yaml with no handwritten step: every property of every
// component schema of the spec is a property of the schema's generated type, so a field
// added to the spec is in this client after `npm run generate`.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { parse } from "yaml";

const SPEC = new URL("../../../../openapi.yaml", import.meta.url);
const TYPES = new URL("../../src/generated/schema.ts", import.meta.url);

/** The body of a component schema's type in schema.ts: its lines up to the closing brace. */
function typeOf(types: string, name: string): string | undefined {
  const start = types.indexOf(`\n        ${name}: {\n`);
  if (start < 0) return undefined;
  const end = types.indexOf("\n        }", start + 1);
  return types.slice(start, end);
}

test("every property of every schema of openapi.yaml is in the generated types", async () => {
  const spec = parse(await readFile(SPEC, "utf8"));
  const types = await readFile(TYPES, "utf8");
  const missing: string[] = [];
  let checked = 0;
  for (const [name, schema] of Object.entries<{ properties?: object }>(spec.components.schemas)) {
    const declared = typeOf(types, name);
    for (const property of Object.keys(schema.properties ?? {})) {
      checked += 1;
      if (!declared || !new RegExp(`\\n {12}${property}\\??: `).test(declared)) {
        missing.push(`${name}.${property}`);
      }
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(checked > 200, `only ${checked} properties checked: has the spec's layout changed?`);
});
