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

test("src/generated/ is what openapi.yaml gives now (never stale, never edited)", async () => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, readdirSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const root = new URL("../..", import.meta.url).pathname;
  const fresh = mkdtempSync(join(tmpdir(), "scw-generated-"));
  try {
    // The same commands, with the same arguments, as `npm run generate`.
    const bin = join(root, "node_modules", ".bin", "openapi-typescript");
    execFileSync(bin, ["../../openapi.yaml", "--output", join(fresh, "schema.ts")], { cwd: root, stdio: "ignore" });
    const extract = ["scripts/extract-extensions.mjs", "../../openapi.yaml", join(fresh, "extensions.ts")];
    execFileSync(process.execPath, extract, { cwd: root, stdio: "ignore" });
    const generated = join(root, "src", "generated");
    assert.deepEqual(readdirSync(generated).sort(), readdirSync(fresh).sort());
    for (const name of readdirSync(fresh)) {
      const want = await readFile(join(fresh, name), "utf8");
      assert.ok(want.length > 100, `${name} is empty`);
      assert.equal(await readFile(join(generated, name), "utf8"), want, `src/generated/${name} is stale: npm run generate`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
