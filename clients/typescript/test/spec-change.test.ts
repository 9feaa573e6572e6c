// Behaviour comes from openapi.yaml, not from the handwritten layer: the built client is run
// on extensions generated from a changed copy of the spec, and behaves as that copy says.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import ts from "typescript";
import { parse, stringify } from "yaml";

import type * as Api from "../src/index.js";
import { fakeClock, json, NO_ENV } from "./helpers/stub.js";

const PACKAGE = new URL("../..", import.meta.url).pathname;
const UPLOAD = "/functions/v1beta1/regions/{region}/functions/{function_id}/upload-url";

describe("a change of the spec changes the client", () => {
  let work: string;
  let api: typeof Api;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), "scw-spec-change-"));
    const spec = parse(readFileSync(join(PACKAGE, "..", "..", "openapi.yaml"), "utf8"));
    spec["x-wait-policy"] = { ...spec["x-wait-policy"], first_delay: 0.25, multiplier: 3, max_delay: 1, timeout: 5 };
    spec.paths[UPLOAD].get["x-code-upload"].max_size = 300;
    const kinds = spec.components.schemas.ErrorType["x-error-kinds"];
    for (const entry of kinds) if (entry.kind === "rate_limited") entry.kind = "throttled";
    writeFileSync(join(work, "openapi.yaml"), stringify(spec));

    // The built client, with its generated modules made from the changed spec.
    cpSync(join(PACKAGE, "dist", "src"), join(work, "src"), { recursive: true });
    symlinkSync(join(PACKAGE, "node_modules"), join(work, "node_modules"));
    const script = join(PACKAGE, "scripts", "extract-extensions.mjs");
    execFileSync(process.execPath, [script, join(work, "openapi.yaml"), join(work, "extensions.ts")], { stdio: "ignore" });
    for (const name of ["extensions", "errors"]) {
      const source = readFileSync(join(work, `${name}.ts`), "utf8");
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(join(work, "src", "generated", `${name}.js`), outputText);
    }
    writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module" }));
    api = (await import(join(work, "src", "index.js"))) as typeof Api;
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  const stub = (answer: () => Response) => {
    const clock = fakeClock();
    const client = new api.FunctionsClient({
      secretKey: "key",
      baseUrl: "http://stub.invalid",
      env: NO_ENV,
      clock,
      fetch: async () => answer(),
    });
    return { client, clock };
  };

  test("the waiter's timing and default timeout", async () => {
    const { client, clock } = stub(() => json({ id: "f", status: "pending" }));
    await assert.rejects(client.waitFor("Function", "f"), api.WaitTimeoutError);
    assert.deepEqual(clock.sleeps, [250, 750, 1000, 1000, 1000, 1000]);
    assert.equal(clock.time, 5000);
  });

  test("the archive size limit", () => {
    const dir = join(work, "code");
    cpSync(join(PACKAGE, "README.md"), join(dir, "README.md"));
    assert.throws(() => api.pack(dir), /over the service's limit of 300 bytes/);
  });

  test("the error kinds and the classes named after them", async () => {
    const { client } = stub(() => json({ message: "slow down" }, 429, { "retry-after": "600" }));
    const classes = api as unknown as Record<string, (new (...args: never[]) => Error) & { kind: string }>;
    assert.ok(!("RateLimitedError" in api));
    await assert.rejects(client.call("listNamespaces"), (error) => {
      assert.ok(error instanceof classes["ThrottledError"]!);
      assert.equal((error as Api.APIStatusError).kind, "throttled");
      return true;
    });
  });
});
