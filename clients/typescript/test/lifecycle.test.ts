// The whole lifecycle against the project's emulator (python -m scaleway_functions.testing).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { strToU8, unzipSync, zipSync } from "fflate";

import {
  type components,
  FunctionDeployError,
  FunctionsClient,
  InvalidArgumentsError,
  NotFoundError,
  ResourceFailedError,
  ScalewayError,
} from "../src/index.js";
import { type Emulator, startEmulator } from "./helpers/emulator.js";

type Function = components["schemas"]["Function"];
type Namespace = components["schemas"]["Namespace"];
type Token = components["schemas"]["Token"];
type Trigger = components["schemas"]["Trigger"];

const HANDLER = "def handle(event, context):\n    return {'statusCode': 200, 'body': 'hello'}\n";
const archive = zipSync({ "handler.py": strToU8(HANDLER) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("lifecycle against the emulator", () => {
  let emulator: Emulator;
  let client: FunctionsClient;
  let workdir: string;
  const sent: Request[] = []; // every request the client made, API and storage
  let namespace: Namespace;
  let fn: Function;
  const others: Function[] = [];
  const tokens: Token[] = [];
  let trigger: Trigger;

  before(async () => {
    emulator = await startEmulator();
    workdir = await mkdtemp(join(tmpdir(), "scw-functions-ts-"));
    client = new FunctionsClient({
      secretKey: "test-secret-key",
      baseUrl: emulator.url,
      env: { SCW_CONFIG_PATH: join(workdir, "no-config.yaml") },
      fetch: (request) => {
        sent.push(request.clone());
        return fetch(request);
      },
    });
  });

  after(async () => {
    await emulator?.stop();
    if (workdir) await rm(workdir, { recursive: true, force: true });
  });

  const createFunction = (name: string) =>
    client.call("createFunction", {
      body: { namespace_id: namespace.id, name, runtime: "python311", handler: "handler.handle" },
    });

  test("a namespace, ready, then a function in it", async () => {
    namespace = await client.call("createNamespace", { body: { name: "ts-client" } });
    assert.notEqual(namespace.status, "ready");
    const ready = await client.waitFor("Namespace", namespace.id, { pollIntervalMs: 50 });
    assert.equal(ready.status, "ready");
    assert.ok(ready.registry_endpoint);

    fn = await createFunction("hello");
    assert.equal(fn.status, "created");
    assert.equal(fn.namespace_id, namespace.id);
  });

  test("upload a zip from a file, deploy, wait until ready", async () => {
    const path = join(workdir, "function.zip");
    await writeFile(path, archive);
    const deployed = await client.deployCode("Function", fn.id, path, { pollIntervalMs: 50 });
    assert.equal(deployed.status, "ready");
    assert.ok(deployed.ready_at);

    const puts = sent.filter((request) => request.method === "PUT");
    assert.equal(puts.length, 1);
    const headers = Object.fromEntries(puts[0]!.headers);
    assert.deepEqual(headers, {
      "content-length": String(archive.byteLength),
      "content-type": "application/octet-stream",
    });
    assert.equal(new Uint8Array(await puts[0]!.arrayBuffer()).length, archive.byteLength);
  });

  test("deploy a directory: packed with .scwignore, the .env left out with a notice", async () => {
    const dir = join(workdir, "code");
    await mkdir(join(dir, "lib"), { recursive: true });
    await writeFile(join(dir, "handler.py"), HANDLER);
    await writeFile(join(dir, "lib", "util.py"), "X = 1\n");
    await writeFile(join(dir, "notes.txt"), "not shipped\n");
    await writeFile(join(dir, ".scwignore"), "*.txt\n");
    await writeFile(join(dir, ".env"), "TOKEN=secret\n");
    const notices: string[] = [];
    const other = await createFunction("from-directory");
    others.push(other);
    const ready = await client.deployCode("Function", other.id, dir, { pollIntervalMs: 50, onNotice: (n) => notices.push(n) });
    assert.equal(ready.status, "ready");
    assert.deepEqual(notices, ["left out .env: dotenv files hold secrets (`!.env` in .scwignore ships it)"]);
    const target = await client.call("getFunctionDownloadUrl", { path: { function_id: other.id } });
    const headers = Object.entries(target.headers).map(([name, values]) => [name, (values ?? []).join(", ")]);
    const shipped = unzipSync(new Uint8Array(await (await fetch(target.url, { headers: Object.fromEntries(headers) })).arrayBuffer()));
    assert.deepEqual(Object.keys(shipped), ["handler.py", "lib/util.py"]);
  });

  test("a failed build is the waiter's typed error", async () => {
    const broken = await createFunction("broken");
    others.push(broken);
    const noHandler = zipSync({ "other.py": strToU8("x = 1\n") });
    const deploying = client.deployCode("Function", broken.id, noHandler, { pollIntervalMs: 50 });
    await assert.rejects(deploying, (error) => {
      assert.ok(error instanceof FunctionDeployError && error instanceof ResourceFailedError);
      assert.equal(error.name, "FunctionDeployError");
      assert.equal(error.kind, "function_deploy");
      assert.equal(error.resourceStatus, "error");
      assert.match(error.errorMessage ?? "", /handler\.py/);
      return true;
    });
  });

  test("a listing of several pages yields every function once", async () => {
    for (const name of ["third", "fourth", "fifth"]) others.push(await createFunction(name));
    const before = sent.length;
    const ids: string[] = [];
    for await (const item of client.paginate("listFunctions", {
      query: { namespace_id: namespace.id },
      pageSize: 2,
    })) {
      ids.push(item.id);
    }
    const pages = sent.slice(before).map((request) => new URL(request.url).searchParams);
    assert.deepEqual(
      pages.map((query) => [query.get("page"), query.get("page_size")]),
      [["1", "2"], ["2", "2"], ["3", "2"]],
    );
    const { total_count } = await client.call("listFunctions", { query: { namespace_id: namespace.id } });
    assert.equal(total_count, 6);
    assert.equal(ids.length, total_count);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(new Set(ids), new Set([fn.id, ...others.map((other) => other.id)]));
  });

  test("the download URL gives back the uploaded bytes", async () => {
    const target = await client.call("getFunctionDownloadUrl", { path: { function_id: fn.id } });
    const headers = Object.entries(target.headers).map(([name, values]) => [name, (values ?? []).join(", ")]);
    const response = await fetch(target.url, { headers: Object.fromEntries(headers) });
    assert.equal(response.status, 200);
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), archive);
  });

  test("a 404 is a NotFoundError with its request id", async () => {
    await assert.rejects(client.call("getFunction", { path: { function_id: randomUUID() } }), (error) => {
      assert.ok(error instanceof NotFoundError);
      assert.ok(error instanceof ScalewayError);
      assert.equal(error.status, 404);
      assert.match(error.requestId ?? "", UUID);
      assert.match(error.message, new RegExp(error.requestId ?? "no id"));
      return true;
    });
  });

  test("a 400 is an InvalidArgumentsError with its details", async () => {
    const both = { function_id: fn.id, namespace_id: namespace.id };
    await assert.rejects(client.call("createToken", { body: both }), (error) => {
      assert.ok(error instanceof InvalidArgumentsError);
      assert.equal(error.status, 400);
      assert.equal(error.type, "invalid_arguments");
      assert.match(error.requestId ?? "", UUID);
      assert.ok(typeof error.body === "object" && error.body.details?.length);
      return true;
    });
  });

  test("tokens for a function and a namespace carry only their own id", async () => {
    const forFunction = await client.call("createToken", { body: { function_id: fn.id } });
    assert.equal(forFunction.function_id, fn.id);
    assert.ok(!("namespace_id" in forFunction));
    const forNamespace = await client.call("createToken", {
      body: { namespace_id: namespace.id, description: "ci" },
    });
    assert.equal(forNamespace.namespace_id, namespace.id);
    assert.ok(!("function_id" in forNamespace));
    for (const token of [forFunction, forNamespace]) {
      tokens.push(await client.waitFor("Token", token.id, { pollIntervalMs: 50 }));
    }
    // Read back with getToken: still ready, and still without the other id.
    assert.deepEqual(tokens.map((token) => token.status), ["ready", "ready"]);
    assert.ok(!("namespace_id" in tokens[0]!) && !("function_id" in tokens[1]!));
  });

  test("a trigger on an SQS queue has no other source", async () => {
    const created = await client.call("createTrigger", {
      body: {
        name: "orders",
        function_id: fn.id,
        sqs_config: {
          endpoint: "https://sqs.example.com",
          queue_url: "https://sqs.example.com/queue/orders",
          access_key: "access",
          secret_key: "secret",
        },
      },
    });
    assert.equal(created.input_type, "sqs");
    assert.ok(!("scw_sqs_config" in created) && !("scw_nats_config" in created));
    trigger = await client.waitFor("Trigger", created.id, { pollIntervalMs: 50 });
    assert.equal(trigger.sqs_config?.queue_url, "https://sqs.example.com/queue/orders");
    const listed = [];
    for await (const item of client.paginate("listTriggers", { query: { function_id: fn.id } })) {
      listed.push(item);
    }
    assert.deepEqual(listed.map((item) => item.id), [trigger.id]);
  });

  test("deletes: each resource goes deleting, then is gone", async () => {
    const deletes = [
      () => client.call("deleteTrigger", { path: { trigger_id: trigger.id } }),
      ...tokens.map((token) => () => client.call("deleteToken", { path: { token_id: token.id } })),
      ...[fn, ...others].map(
        (each) => () => client.call("deleteFunction", { path: { function_id: each.id } }),
      ),
      () => client.call("deleteNamespace", { path: { namespace_id: namespace.id } }),
    ];
    for (const remove of deletes) assert.equal((await remove()).status, "deleting");
    // "deleting" is a failure status of the waiters: it will never become ready (unless
    // the namespace is already gone, on a slow machine).
    await assert.rejects(client.waitFor("Namespace", namespace.id), (error) => {
      if (error instanceof NotFoundError) return true;
      assert.ok(error instanceof ResourceFailedError);
      assert.equal(error.resourceStatus, "deleting");
      return true;
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await client.call("getNamespace", { path: { namespace_id: namespace.id } });
      } catch (error) {
        assert.ok(error instanceof NotFoundError);
        break;
      }
      assert.ok(Date.now() < deadline, "the namespace was never removed");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { total_count } = await client.call("listFunctions", { query: { namespace_id: namespace.id } });
    assert.equal(total_count, 0);
  });
});
