// The package as another project gets it: `npm pack` (its prepack generating from the spec
// and building, in a copy of this directory without any build output), installed in a
// fresh project, imported from JavaScript and TypeScript, and the README's snippets run
// as written against the emulator.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";

import { type Emulator, startEmulator } from "./helpers/emulator.js";

const run = promisify(execFile);
const PACKAGE = new URL("../..", import.meta.url).pathname; // clients/typescript
const SPEC = new URL("../../../../openapi.yaml", import.meta.url).pathname;
const README = readFileSync(join(PACKAGE, "README.md"), "utf8");
const snippets = [...README.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe("the packed package in a fresh project", () => {
  let emulator: Emulator;
  let work: string;
  let project: string;
  let tarball: string;

  before(async () => {
    emulator = await startEmulator();
    work = mkdtempSync(join(tmpdir(), "scw-package-"));
    // The sources as a checkout has them: no dist/, no src/generated/.
    const source = join(work, "repo", "clients", "typescript");
    for (const name of ["package.json", "package-lock.json", "tsconfig.json", "README.md", "scripts", "src"]) {
      cpSync(join(PACKAGE, name), join(source, name), {
        recursive: true,
        filter: (path) => !path.includes(`${join("src", "generated")}`),
      });
    }
    cpSync(SPEC, join(work, "repo", "openapi.yaml"));
    symlinkSync(join(PACKAGE, "node_modules"), join(source, "node_modules"));
    await run("npm", ["pack", "--pack-destination", work], { cwd: source });
    const [name] = readdirSync(work).filter((file) => file.endsWith(".tgz"));
    assert.ok(name, "npm pack wrote no tarball");
    tarball = join(work, name);

    project = join(work, "project");
    mkdirSync(join(project, "hello"), { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(join(project, "hello", "handler.py"), "def handle(event, context):\n    return {'body': 'hi'}\n");
    writeFileSync(join(project, "hello", ".env"), "TOKEN=not-shipped\n");
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: project });
  });

  after(async () => {
    await emulator?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("the tarball holds the built code, its declarations and the generated files, no tests", async () => {
    const { stdout } = await run("tar", ["-tzf", tarball]);
    const files = stdout.split("\n").filter(Boolean);
    for (const file of ["index.js", "index.d.ts", "client.js", "generated/schema.d.ts", "generated/extensions.js", "generated/errors.js"]) {
      assert.ok(files.includes(`package/dist/src/${file}`), `${file} missing from ${files.join(", ")}`);
    }
    assert.ok(!files.some((file) => file.includes("/test/")), "tests shipped");
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", "scaleway-functions-client", "package.json"), "utf8"));
    assert.deepEqual(Object.keys(manifest.dependencies).sort(), ["ignore", "openapi-fetch", "pako", "yaml"]);
  });

  test("the README has the snippets this test runs", () => {
    assert.equal(snippets.length, 2);
    assert.ok(snippets.every((snippet) => snippet.includes('from "scaleway-functions-client"')));
  });

  for (const [index, expected] of [
    [0, /^hello is ready\nlisted hello\n$/],
    [1, /^not_found: HTTP 404, request [0-9a-f-]{36}\n$/],
  ] as const) {
    test(`README snippet ${index + 1} runs as written against the emulator`, async () => {
      const file = join(project, `snippet-${index + 1}.mjs`);
      writeFileSync(file, snippets[index]!);
      const env = {
        PATH: process.env["PATH"],
        HOME: project,
        SCW_CONFIG_PATH: join(project, "no-config.yaml"),
        SCW_API_URL: emulator.url,
        SCW_SECRET_KEY: "00000000-0000-4000-8000-0000000000de",
        SCW_DEFAULT_PROJECT_ID: "00000000-0000-4000-8000-000000000001",
        SCW_DEFAULT_REGION: "fr-par",
      };
      const { stdout, stderr } = await run(process.execPath, [file], { cwd: project, env });
      assert.match(stdout, expected);
      if (index === 0) assert.match(stderr, /left out \.env/);
    });
  }

  test("its types check in a TypeScript project (tsc --strict)", async () => {
    const file = join(project, "consumer.ts");
    writeFileSync(
      file,
      [
        'import { FunctionsClient, RateLimitedError, type components } from "scaleway-functions-client";',
        "const scw = new FunctionsClient({ secretKey: 'k', region: 'nl-ams' });",
        "const fn: components['schemas']['Function'] = await scw.call('getFunction', { path: { function_id: 'x' } });",
        "const limited = (error: unknown) => error instanceof RateLimitedError && error.retryAfter;",
        "export { fn, limited };",
      ].join("\n"),
    );
    const tsc = join(PACKAGE, "node_modules", "typescript", "bin", "tsc");
    const flags = ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--skipLibCheck", "false"];
    await run(process.execPath, [tsc, ...flags, file], { cwd: project });
    // And a type error is one: the check is not vacuous.
    writeFileSync(file, "import { FunctionsClient } from 'scaleway-functions-client';\nnew FunctionsClient({ region: 42 });\n");
    await assert.rejects(run(process.execPath, [tsc, ...flags, file], { cwd: project }), (error) => {
      assert.match((error as { stdout: string }).stdout, /consumer\.ts\(2,\d+\): error TS\d+: .*number/);
      return true;
    });
  });
});
