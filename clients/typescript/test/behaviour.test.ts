// The handwritten layer's behaviour, against a stub fetch and a fake clock: no emulator, no
// real sleeping. Expected numbers are read from openapi.yaml itself (not from the generated
// extensions the client reads), so a change of the spec changes what is expected here and
// what the client does, and a number written by hand in the client would fail these tests.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { describe, test } from "node:test";
import { parse } from "yaml";

import * as api from "../src/index.js";
import {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  FunctionDeployError,
  FunctionsClient,
  InvalidArgumentsError,
  NotFoundError,
  PermissionsDeniedError,
  RateLimitedError,
  ResourceFailedError,
  ResourceLockedError,
  ScalewayError,
  ServerError,
  TransientStateError,
  WaitTimeoutError,
  answerErrors,
  retryAfter,
} from "../src/index.js";
import { connectionFailure, json, NO_ENV, stubbed } from "./helpers/stub.js";

const SPEC = parse(readFileSync(new URL("../../../../openapi.yaml", import.meta.url), "utf8"));
const RETRY = SPEC["x-retry-policy"];
const WAIT = SPEC["x-wait-policy"];
const PAGES = SPEC["x-pagination-policy"];
const KINDS: { kind: string; type?: string; status: number | string; fallback?: boolean }[] =
  SPEC.components.schemas.ErrorType["x-error-kinds"];

const NAMESPACE_ID = "11111111-1111-4111-8111-111111111111";
const ID = "22222222-2222-4222-8222-222222222222";
/** The class name a kind gives: `rate_limited` -> RateLimitedError, `api_status` -> APIStatusError. */
const className = (kind: string) =>
  kind
    .split("_")
    .map((part) => (part === "api" ? "API" : part[0]!.toUpperCase() + part.slice(1)))
    .join("") + "Error";
/** The backoff of the n-th retry with the fake clock's jitter (random() = 0.5). */
const backoff = (n: number) =>
  Math.min(RETRY.backoff.initial * RETRY.backoff.multiplier ** n, RETRY.backoff.max) * 1000 * (1 - RETRY.backoff.jitter * 0.5);

describe("typed errors from x-error-kinds", () => {
  test("every kind of the spec has a class named after it, exported, with its kind", () => {
    for (const { kind } of KINDS) {
      const Class = (api as unknown as Record<string, typeof APIStatusError>)[className(kind)];
      assert.ok(Class, `no export ${className(kind)} for kind ${kind}`);
      assert.equal(Class, answerErrors[kind as keyof typeof answerErrors]);
      assert.equal(Class.kind, kind);
      assert.ok(Class === APIStatusError || Class.prototype instanceof APIStatusError);
    }
    assert.equal(FunctionDeployError.kind, SPEC.components.schemas.Function["x-waiter"].failure_kind);
    assert.ok(FunctionDeployError.prototype instanceof ResourceFailedError);
    assert.deepEqual([ResourceFailedError.kind, WaitTimeoutError.kind], ["resource_failed", "wait_timeout"]);
  });

  test("every error class this package exports is named after its kind", () => {
    const classes = Object.entries(api).filter(
      ([, value]) => typeof value === "function" && value.prototype instanceof Error,
    ) as [string, { kind: string }][];
    assert.ok(classes.length >= KINDS.length + 8, `${classes.length} error classes`);
    for (const [name, Class] of classes) {
      if (name === "ScalewayError") continue;
      assert.equal(name, className(Class.kind));
    }
  });

  test("every client error kind of the spec has an exported class with that kind", () => {
    for (const { kind } of SPEC["x-client-error-kinds"] as { kind: string }[]) {
      const Class = (api as unknown as Record<string, { kind: string; prototype: object }>)[className(kind)];
      assert.ok(Class, `no export ${className(kind)} for kind ${kind}`);
      assert.equal(Class.kind, kind);
      assert.ok(!(Class.prototype instanceof APIStatusError));
    }
  });

  test("the names of the old taxonomy are gone", () => {
    assert.ok(!("DeniedAuthenticationError" in api));
    assert.ok(!("LockedError" in api));
  });

  for (const { kind, type, status } of KINDS.filter((entry) => entry.type)) {
    test(`an answer of type ${type} (${status}) is a ${className(kind)}`, async () => {
      const { client } = stubbed(() => json({ type, message: "no" }, Number(status), { "x-request-id": "req-1" }));
      await assert.rejects(client.call("listNamespaces"), (error) => {
        assert.ok(error instanceof APIStatusError && error instanceof ScalewayError);
        assert.equal(error.constructor.name, className(kind));
        assert.deepEqual([error.kind, error.type, error.status, error.requestId], [kind, type, Number(status), "req-1"]);
        assert.match(error.message, /req-1/);
        return true;
      });
    });
  }

  const byStatus: [number, unknown, typeof APIStatusError, string][] = [
    [401, { message: "who?" }, AuthenticationError, "authentication"],
    [403, { type: "locked", message: "unpaid" }, ResourceLockedError, "resource_locked"],
    [404, { message: "Function was not found" }, NotFoundError, "not_found"],
    [400, { type: "brand_new_type", message: "new" }, InvalidArgumentsError, "invalid_arguments"],
    [403, { type: "brand_new_type", message: "new" }, PermissionsDeniedError, "permissions_denied"],
    [418, { type: "brand_new_type", message: "teapot" }, APIStatusError, "api_status"],
    [422, { message: "no type" }, APIStatusError, "api_status"],
    [500, { message: "oops" }, ServerError, "server"],
    [501, "<html>not implemented</html>", ServerError, "server"],
  ];
  for (const [status, body, Class, kind] of byStatus) {
    test(`${status} ${JSON.stringify(body)} is a ${Class.name} (kind ${kind})`, async () => {
      const answer = typeof body === "string" ? new Response(body, { status }) : json(body, status);
      const { client } = stubbed(() => answer);
      await assert.rejects(client.call("createNamespace", { body: {} }), (error) => {
        assert.equal((error as Error).constructor, Class);
        assert.equal((error as APIStatusError).kind, kind);
        assert.equal((error as APIStatusError).status, status);
        // A type the spec does not know is kept as the API sent it.
        const sentType = typeof body === "object" ? (body as { type?: string }).type : undefined;
        assert.equal((error as APIStatusError).type, sentType);
        return true;
      });
    });
  }

  test("an answer that is not JSON keeps its text", async () => {
    const { client } = stubbed(() => new Response("<html>bad gateway</html>", { status: 502 }), { maxRetries: 0 });
    await assert.rejects(client.call("listNamespaces"), (error) => {
      assert.ok(error instanceof ServerError);
      assert.deepEqual([error.status, error.type, error.body], [502, undefined, "<html>bad gateway</html>"]);
      return true;
    });
  });

  test("Retry-After is read as seconds or as an HTTP date, and nothing else", () => {
    const now = Date.parse("2026-07-03T13:00:00Z");
    const at = (value: string) => retryAfter(new Headers({ "retry-after": value }), now);
    assert.equal(at("3"), 3);
    assert.equal(at("1.5"), 1.5);
    assert.equal(at("Fri, 03 Jul 2026 13:00:10 GMT"), 10);
    assert.equal(at("Fri, 03 Jul 2026 12:00:00 GMT"), 0);
    assert.equal(at("soon"), undefined);
    assert.equal(at("2026-07-03 13:00:10"), undefined);
    assert.equal(retryAfter(new Headers(), now), undefined);
  });
});

describe("answers the spec does not describe", () => {
  test("a 2xx answer that is not JSON is a ResponseValidationError naming the operation", async () => {
    const { client } = stubbed(() => new Response("<html>proxy</html>", { status: 200, headers: { "content-type": "application/json" } }));
    await assert.rejects(
      client.call("getFunction", { path: { function_id: ID } }),
      (error: Error) => error instanceof api.ResponseValidationError && /getFunction: the answer is not JSON/.test(error.message),
    );
  });
});

describe("x-one-of", () => {
  test("two parameters of one group are refused before anything is sent", async () => {
    const { client, seen } = stubbed(() => json({ triggers: [], total_count: 0 }));
    const scope = SPEC.paths["/functions/v1beta1/regions/{region}/triggers"].get["x-one-of"].scope;
    assert.deepEqual(scope, ["function_id", "namespace_id", "project_id"]);
    await assert.rejects(
      client.call("listTriggers", { query: { function_id: ID, project_id: NAMESPACE_ID } }),
      (error: Error) => error instanceof TypeError && /give at most one of function_id, namespace_id, project_id/.test(error.message),
    );
    await assert.rejects(async () => {
      for await (const _ of client.paginate("listTriggers", { query: { namespace_id: NAMESPACE_ID, function_id: ID } }));
    }, TypeError);
    assert.equal(seen.length, 0);
    await client.call("listTriggers", { query: { function_id: ID } });
    assert.equal(seen.length, 1);
  });

  test("the default region is the Region schema's default", () => {
    assert.equal(api.DEFAULT_REGION, SPEC.components.schemas.Region.default);
  });
});

describe("retries per x-retry-policy", () => {
  /** Answers `statuses` in turn, then 200 forever. */
  function answering(...statuses: (number | Response | Error)[]) {
    let calls = 0;
    return (url: URL) => {
      const next = statuses[calls++];
      if (next instanceof Error) throw next;
      if (next instanceof Response) return next;
      if (next === undefined) return json({ namespaces: [], total_count: 0, id: NAMESPACE_ID, name: url.pathname });
      return json({ message: `status ${next}` }, next);
    };
  }

  test("the defaults are the policy's", () => {
    const { client } = stubbed(() => json({}));
    assert.equal(client.config.maxRetries, RETRY.max_retries);
    assert.equal(client.config.timeoutMs, RETRY.timeout * 1000);
  });

  test("502, 503 and 504 are retried on a GET, with the policy's backoff", async () => {
    const { client, seen, clock } = stubbed(answering(502, 503, 504));
    await client.call("listNamespaces");
    assert.equal(seen.length, 4);
    assert.deepEqual(clock.sleeps, [backoff(0), backoff(1), backoff(2)]);
  });

  test("the jitter takes up to its share off the pause, never more", async () => {
    for (const random of [0, 0.999]) {
      const { client, clock } = stubbed(answering(503));
      Object.assign(clock, { random: () => random });
      await client.call("listNamespaces");
      const base = RETRY.backoff.initial * 1000;
      assert.ok(clock.sleeps[0]! <= base && clock.sleeps[0]! >= base * (1 - RETRY.backoff.jitter), `${clock.sleeps[0]}`);
    }
  });

  test("a 503 on a POST is not retried: it may have been applied", async () => {
    const { client, seen } = stubbed(answering(503));
    await assert.rejects(client.call("createNamespace", { body: { name: "a" } }), ServerError);
    assert.equal(seen.length, 1);
  });

  test("the retries run out after maxRetries, then the error is thrown", async () => {
    const { client, seen } = stubbed(() => json({ message: "down" }, 503));
    await assert.rejects(client.call("listNamespaces"), ServerError);
    assert.equal(seen.length, 1 + RETRY.max_retries);
  });

  test("maxRetries 0 turns every retry off, on the client or on one call", async () => {
    const off = stubbed(() => json({ message: "slow down" }, 429), { maxRetries: 0 });
    await assert.rejects(off.client.call("listNamespaces"), RateLimitedError);
    assert.equal(off.seen.length, 1);
    const once = stubbed(() => json({ message: "down" }, 503));
    await assert.rejects(once.client.call("listNamespaces", {}, { maxRetries: 1 }), ServerError);
    assert.equal(once.seen.length, 2);
  });

  test("a 429 is retried on a POST, after its Retry-After, with the same body", async () => {
    const limited = json({ message: "slow down" }, 429, { "retry-after": "7" });
    const { client, seen, clock } = stubbed(answering(limited));
    await client.call("createNamespace", { body: { name: "again" } });
    assert.equal(seen.length, 2);
    assert.deepEqual(clock.sleeps, [7000]);
    const bodies = await Promise.all(seen.map((request) => request.text()));
    assert.deepEqual(bodies.map((body) => JSON.parse(body).name), ["again", "again"]);
  });

  test("a Retry-After as an HTTP date is honoured", async () => {
    const when = new Date(Date.now() + 20_000).toUTCString();
    const limited = json({ message: "slow down" }, 429, { "retry-after": when });
    const { client, clock } = stubbed(answering(limited));
    await client.call("listNamespaces");
    assert.equal(clock.sleeps.length, 1);
    assert.ok(clock.sleeps[0]! > 15_000 && clock.sleeps[0]! <= 20_000, `slept ${clock.sleeps[0]} ms`);
  });

  test("a Retry-After over max_retry_after ends the call: RateLimitedError with retryAfter", async () => {
    const asked = RETRY.max_retry_after + 1;
    const { client, seen, clock } = stubbed(() => json({ message: "later" }, 429, { "retry-after": String(asked) }));
    await assert.rejects(client.call("listNamespaces"), (error) => {
      assert.ok(error instanceof RateLimitedError);
      assert.deepEqual([error.kind, error.status, error.retryAfter], ["rate_limited", 429, asked]);
      return true;
    });
    assert.equal(seen.length, 1);
    assert.deepEqual(clock.sleeps, []);
  });

  test("409 transient_state is retried until it settles, without counting against maxRetries", async () => {
    const busy = () => json({ type: "transient_state", message: "namespace is pending" }, 409);
    const { client, seen, clock } = stubbed(answering(busy(), busy(), busy(), busy()), { maxRetries: 1 });
    await client.call("createNamespace", { body: { name: "a" } });
    assert.equal(seen.length, 5);
    assert.deepEqual(clock.sleeps, [0, 1, 2, 3].map(backoff));
  });

  test("409 transient_state that never settles ends at the call's deadline", async () => {
    const { client, seen, clock } = stubbed(() => json({ type: "transient_state", message: "busy" }, 409));
    await assert.rejects(client.call("deleteNamespace", { path: { namespace_id: NAMESPACE_ID } }), TransientStateError);
    const slept = clock.sleeps.reduce((a, b) => a + b, 0);
    assert.ok(slept < RETRY.timeout * 1000, `slept ${slept} ms`);
    assert.ok(slept + backoff(clock.sleeps.length) >= RETRY.timeout * 1000, "stopped before the deadline required");
    assert.equal(seen.length, clock.sleeps.length + 1);
  });

  test("a 409 of another type is not retried", async () => {
    const { client, seen } = stubbed(() => json({ type: "out_of_stock", message: "full" }, 409));
    await assert.rejects(client.call("listNamespaces"), (error) => (error as ScalewayError).kind === "out_of_stock");
    assert.equal(seen.length, 1);
  });

  test("the retries stop when the next pause would pass the call's deadline", async () => {
    const { client, seen, clock } = stubbed(() => json({ message: "down" }, 503), { maxRetries: 10 });
    const timeoutMs = backoff(0) + backoff(1) / 2;
    await assert.rejects(client.call("listNamespaces", {}, { timeoutMs }), ServerError);
    assert.deepEqual(clock.sleeps, [backoff(0)]);
    assert.equal(seen.length, 2);
  });

  test("a request that was never sent is retried on any method", async () => {
    const { client, seen } = stubbed(answering(connectionFailure("ECONNREFUSED")));
    await client.call("createNamespace", { body: { name: "a" } });
    assert.equal(seen.length, 2);
  });

  test("a broken connection is retried on a GET but not on a POST", async () => {
    const get = stubbed(answering(connectionFailure("ECONNRESET")));
    await get.client.call("listNamespaces");
    assert.equal(get.seen.length, 2);
    const post = stubbed(answering(connectionFailure("ECONNRESET")));
    await assert.rejects(post.client.call("createNamespace", { body: {} }), (error) => {
      assert.ok(error instanceof APIConnectionError && !(error instanceof APITimeoutError));
      assert.equal(error.kind, "api_connection");
      assert.match(error.message, /ECONNRESET/);
      return true;
    });
    assert.equal(post.seen.length, 1);
  });

  test("a refused connection, for real, is an APIConnectionError after the retries", async () => {
    // A port that was just free: nothing listens there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    let attempts = 0;
    const { client } = stubbed(() => new Response(), {
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 2,
      fetch: (request) => {
        attempts += 1;
        return fetch(request);
      },
    });
    await assert.rejects(client.call("listNamespaces"), (error) => {
      assert.ok(error instanceof APIConnectionError);
      assert.match(error.message, /ECONNREFUSED/);
      return true;
    });
    assert.equal(attempts, 3);
  });

  test("the call's timeout bounds an answer that never comes (AbortSignal)", async () => {
    const started = Date.now();
    const { client } = stubbed(
      (_, request) =>
        new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason))),
      { clock: undefined },
    );
    await assert.rejects(client.call("listNamespaces", {}, { timeoutMs: 100 }), (error) => {
      assert.ok(error instanceof APITimeoutError && error instanceof APIConnectionError);
      assert.equal(error.kind, "api_timeout");
      return true;
    });
    assert.ok(Date.now() - started < 10_000);
  });

  test("the caller's signal cancels the call", async () => {
    const controller = new AbortController();
    const { client } = stubbed(
      (_, request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
          controller.abort(new Error("changed my mind"));
        }),
    );
    await assert.rejects(client.call("listNamespaces", {}, { signal: controller.signal }), /changed my mind/);
  });

  test("a per-call timeout or maxRetries that makes no sense is refused", async () => {
    const { client, seen } = stubbed(() => json({}));
    await assert.rejects(client.call("listNamespaces", {}, { timeoutMs: 0 }), RangeError);
    await assert.rejects(client.call("listNamespaces", {}, { maxRetries: -1 }), RangeError);
    assert.equal(seen.length, 0);
  });

  test("client.raw requests are retried too", async () => {
    const { client, seen } = stubbed(answering(503));
    const { response } = await client.raw.GET("/functions/v1beta1/regions/{region}/namespaces", {
      params: { path: { region: "fr-par" } },
    });
    assert.equal(response.status, 200);
    assert.equal(seen.length, 2);
  });
});

describe("pagination per x-pagination-policy", () => {
  /** A listFunctions answering `pages[page - 1]` of ids (the last one for any page after). */
  function lister(pages: string[][], total: number) {
    return stubbed((url) => {
      const page = Number(url.searchParams.get(PAGES.page));
      const ids = pages[Math.min(page, pages.length) - 1] ?? [];
      return json({ functions: ids.map((id) => ({ id })), total_count: total });
    });
  }
  const collect = async (client: FunctionsClient, pageSize?: number) => {
    const ids: string[] = [];
    const query = { namespace_id: NAMESPACE_ID };
    for await (const item of client.paginate("listFunctions", pageSize ? { query, pageSize } : { query })) ids.push(item.id);
    return ids;
  };

  test("stops once the total has arrived, without asking for an empty page", async () => {
    const { client, seen } = lister([["a", "b"], ["c", "d"]], 4);
    assert.deepEqual(await collect(client, 2), ["a", "b", "c", "d"]);
    assert.equal(seen.length, 2);
  });

  test("stops on a short page when the total lies", async () => {
    const { client, seen } = lister([["a", "b"], ["c"]], 1000);
    assert.deepEqual(await collect(client, 2), ["a", "b", "c"]);
    assert.equal(seen.length, 2);
  });

  test("never yields an id twice when items shift between pages", async () => {
    const { client, seen } = lister([["a", "b"], ["b", "c"], ["d"]], 5);
    assert.deepEqual(await collect(client, 2), ["a", "b", "c", "d"]);
    assert.equal(seen.length, 3);
  });

  test("a full page with nothing new does not stop it: only a short page or the total does", async () => {
    // A server that ignores `page`: every page is the first one, and the total says 6.
    const { client, seen } = lister([["a", "b"]], 6);
    assert.deepEqual(await collect(client, 2), ["a", "b"]);
    assert.equal(seen.length, 3);
  });

  test("sends the caller's query with the policy's page and page_size, default size included", async () => {
    const { client, seen } = lister([[]], 0);
    assert.deepEqual(await collect(client), []);
    const url = new URL(seen[0]?.url ?? "");
    assert.equal(url.pathname, "/functions/v1beta1/regions/fr-par/functions");
    const expected = `?namespace_id=${NAMESPACE_ID}&${PAGES.page}=1&${PAGES.page_size}=${PAGES.default_page_size}`;
    assert.equal(url.search, expected);
  });
});

describe("waiting per x-wait-policy and x-waiter", () => {
  /** getFunction (or any get) answering the resources in turn, the last one forever. */
  function answers(...sequence: Record<string, unknown>[]) {
    let calls = 0;
    return stubbed(() => json({ id: ID, ...sequence[Math.min(++calls, sequence.length) - 1] }));
  }
  /** The delays the policy gives for `count` sleeps. */
  const policyDelays = (count: number) => {
    const delays: number[] = [];
    for (let delay = WAIT.first_delay * 1000; delays.length < count; delay = Math.min(delay * WAIT.multiplier, WAIT.max_delay * 1000)) {
      delays.push(delay);
    }
    return delays;
  };

  test("polls at once, then with the policy's growing delays up to its cap", async () => {
    const pending = Array.from({ length: 7 }, () => ({ status: "pending" }));
    const { client, seen, clock } = answers(...pending, { status: "ready" });
    const ready = await client.waitFor("Function", ID);
    assert.equal(ready.status, "ready");
    assert.equal(seen.length, 8);
    assert.deepEqual(clock.sleeps, policyDelays(7));
    assert.equal(Math.max(...clock.sleeps), WAIT.max_delay * 1000);
  });

  test("keeps polling on a status the spec does not list", async () => {
    const { client, seen } = answers({ status: "some_new_status" }, { status: "ready" });
    assert.equal((await client.waitFor("Function", ID)).status, "ready");
    assert.equal(seen.length, 2);
  });

  test("times out at the policy's default timeout with a typed error", async () => {
    const { client, clock } = answers({ status: "pending" });
    await assert.rejects(client.waitFor("Function", ID), (error) => {
      assert.ok(error instanceof WaitTimeoutError && error instanceof ScalewayError);
      assert.deepEqual([error.kind, error.resource, error.id, error.lastStatus], ["wait_timeout", "Function", ID, "pending"]);
      assert.match(error.message, new RegExp(`still pending after ${WAIT.timeout}s`));
      return true;
    });
    assert.equal(clock.time, WAIT.timeout * 1000);
  });

  test("a fixed poll interval and a shorter timeout can be asked for", async () => {
    const { client, clock } = answers({ status: "pending" });
    await assert.rejects(client.waitFor("Function", ID, { timeoutMs: 1000, pollIntervalMs: 300 }), WaitTimeoutError);
    assert.deepEqual(clock.sleeps, [300, 300, 300, 100]);
  });

  test("a function's failure is a FunctionDeployError with the x-waiter's message fields", async () => {
    const messages = SPEC.components.schemas.Function["x-waiter"].messages;
    const progress: string[] = [];
    const { client } = answers(
      { status: "pending", [messages.progress]: "step 2 of 3: function build in progress" },
      { status: "error", [messages.failure]: "handler.py not found", [messages.progress]: null },
    );
    const waiting = client.waitFor("Function", ID, { onProgress: (status, message) => progress.push(`${status}: ${message}`) });
    await assert.rejects(waiting, (error) => {
      assert.ok(error instanceof FunctionDeployError && error instanceof ResourceFailedError);
      assert.equal(error.kind, "function_deploy");
      assert.equal(error.resourceStatus, "error");
      assert.equal(error.errorMessage, "handler.py not found");
      assert.equal(error.progressMessage, "step 2 of 3: function build in progress");
      assert.match(error.message, /ended in status 'error': handler\.py not found/);
      return true;
    });
    assert.deepEqual(progress, ["pending: step 2 of 3: function build in progress", "error: undefined"]);
  });

  test("without a failure message, the last progress message says why", async () => {
    const { client } = answers({ status: "pending", build_message: "step 3 of 3: pushing" }, { status: "error", error_message: null });
    await assert.rejects(client.waitFor("Function", ID), /ended in status 'error': step 3 of 3: pushing/);
  });

  test("a namespace's failure is a plain ResourceFailedError (kind resource_failed)", async () => {
    const { client } = answers({ status: "locked", error_message: null });
    await assert.rejects(client.waitFor("Namespace", ID), (error) => {
      assert.equal((error as Error).constructor, ResourceFailedError);
      assert.equal((error as ResourceFailedError).kind, "resource_failed");
      return true;
    });
  });

  test("a poll that does not answer ends the wait at its deadline, after last_poll", async () => {
    const started = Date.now();
    const client = new FunctionsClient({
      secretKey: "key",
      baseUrl: "http://stub.invalid",
      env: NO_ENV,
      fetch: (request) =>
        new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason))),
    });
    await assert.rejects(client.waitFor("Function", ID, { timeoutMs: 50 }), (error) => {
      assert.ok(error instanceof WaitTimeoutError);
      assert.equal(error.lastStatus, undefined);
      assert.match(error.message, /no answer within the wait's 0.05s/);
      return true;
    });
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= WAIT.last_poll * 1000 - 50 && elapsed < 10_000, `${elapsed} ms`);
  });
});

describe("deploying code per x-code-upload", () => {
  /** A stub API and storage: the upload URL, the PUT, the deploy (pending), then the polls. */
  function deployment(...polls: string[]) {
    let polled = 0;
    return stubbed((url, request) => {
      if (url.hostname === "storage.invalid") return new Response(null, { status: 200 });
      if (url.pathname.endsWith("/upload-url")) {
        return json({ url: "http://storage.invalid/put", headers: { "content-type": ["application/octet-stream"] } });
      }
      if (request.method === "POST" && url.pathname.endsWith("/deploy")) return json({ id: ID, status: "pending" });
      return json({ id: ID, status: polls[Math.min(++polled, polls.length) - 1] });
    });
  }
  const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]); // an empty zip

  test("waits until the resource is ready by default", async () => {
    const { client, seen } = deployment("pending", "ready");
    assert.equal((await client.deployCode("Function", ID, zip)).status, "ready");
    const calls = seen.map((request) => `${request.method} ${new URL(request.url).pathname.split("/").pop()}`);
    assert.deepEqual(calls, ["GET upload-url", "PUT put", "POST deploy", `GET ${ID}`, `GET ${ID}`]);
  });

  test("wait: false gives the deploy's answer and polls nothing", async () => {
    const { client, seen } = deployment("ready");
    const deployed = await client.deployCode("Function", ID, zip, { wait: false });
    assert.deepEqual(deployed, { id: ID, status: "pending" });
    assert.deepEqual(
      seen.map((request) => request.method),
      ["GET", "PUT", "POST"],
    );
  });
});
