// Edge cases of the handwritten layer, against a stub fetch: no emulator needed.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  DeniedAuthenticationError,
  FunctionsClient,
  InvalidArgumentsError,
  LockedError,
  NotFoundError,
  PermissionsDeniedError,
  PreconditionFailedError,
  QuotasExceededError,
  ScalewayError,
  TransientStateError,
  WaitTimeoutError,
} from "../src/index.js";

const NAMESPACE_ID = "11111111-1111-4111-8111-111111111111";

/** A client whose every request is answered by `answer`. */
function stubbed(answer: (url: URL, request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const client = new FunctionsClient({
    secretKey: "key",
    baseUrl: "http://stub.invalid",
    fetch: async (request) => {
      seen.push(request);
      return answer(new URL(request.url), request);
    },
  });
  return { client, seen };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("typed errors", () => {
  const cases: [string, number, typeof ScalewayError][] = [
    ["invalid_arguments", 400, InvalidArgumentsError],
    ["permissions_denied", 403, PermissionsDeniedError],
    ["quotas_exceeded", 403, QuotasExceededError],
    ["transient_state", 409, TransientStateError],
    ["precondition_failed", 412, PreconditionFailedError],
    ["denied_authentication", 401, DeniedAuthenticationError],
    ["locked", 403, LockedError],
    ["not_found", 404, NotFoundError],
  ];
  for (const [type, status, Class] of cases) {
    test(`${type} is a ${Class.name}`, async () => {
      const { client } = stubbed(() => json({ type, message: "no" }, status, { "x-request-id": "req-1" }));
      await assert.rejects(client.call("listNamespaces"), (error) => {
        assert.ok(error instanceof Class && error instanceof ScalewayError);
        assert.deepEqual([error.type, error.status, error.requestId], [type, status, "req-1"]);
        return true;
      });
    });
  }

  test("an unknown type is a plain ScalewayError that keeps the type", async () => {
    const { client } = stubbed(() => json({ type: "brand_new_kind", message: "new" }, 418));
    await assert.rejects(client.call("listNamespaces"), (error) => {
      assert.ok(error instanceof ScalewayError);
      assert.equal(error.constructor, ScalewayError);
      assert.equal(error.type, "brand_new_kind");
      assert.equal(error.requestId, undefined);
      return true;
    });
  });

  test("an answer that is not JSON keeps its text", async () => {
    const { client } = stubbed(() => new Response("<html>bad gateway</html>", { status: 502 }));
    await assert.rejects(client.call("listNamespaces"), (error) => {
      assert.ok(error instanceof ScalewayError);
      assert.deepEqual([error.status, error.type, error.body], [502, undefined, "<html>bad gateway</html>"]);
      return true;
    });
  });
});

describe("pagination", () => {
  /** A listFunctions answering `pages[page - 1]` of ids, with the given total. */
  function lister(pages: string[][], total: number | ((page: number) => number)) {
    return stubbed((url) => {
      const page = Number(url.searchParams.get("page"));
      const ids = pages[Math.min(page, pages.length) - 1] ?? [];
      const count = typeof total === "number" ? total : total(page);
      return json({ functions: ids.map((id) => ({ id })), total_count: count });
    });
  }
  const collect = async (client: FunctionsClient, pageSize = 2) => {
    const ids: string[] = [];
    const items = client.paginate("listFunctions", { query: { namespace_id: NAMESPACE_ID }, pageSize });
    for await (const item of items) ids.push(item.id);
    return ids;
  };

  test("stops at the total without asking for an empty page", async () => {
    const { client, seen } = lister([["a", "b"], ["c", "d"]], 4);
    assert.deepEqual(await collect(client), ["a", "b", "c", "d"]);
    assert.equal(seen.length, 2);
  });

  test("stops on a short page when the total lies", async () => {
    const { client, seen } = lister([["a", "b"], ["c"]], 1000);
    assert.deepEqual(await collect(client), ["a", "b", "c"]);
    assert.equal(seen.length, 2);
  });

  test("never yields an id twice when items shift between pages", async () => {
    const { client } = lister([["a", "b"], ["b", "c"], ["d"]], 4);
    assert.deepEqual(await collect(client), ["a", "b", "c", "d"]);
  });

  test("stops when a full page brings nothing new", async () => {
    const { client, seen } = lister([["a", "b"]], 1000); // a server that ignores `page`
    assert.deepEqual(await collect(client), ["a", "b"]);
    assert.equal(seen.length, 2);
  });

  test("sends the caller's query with page and page_size", async () => {
    const { client, seen } = lister([[]], 0);
    assert.deepEqual(await collect(client, 7), []);
    const url = new URL(seen[0]?.url ?? "");
    assert.equal(url.pathname, "/functions/v1beta1/regions/fr-par/functions");
    assert.equal(url.search, `?namespace_id=${NAMESPACE_ID}&page=1&page_size=7`);
  });
});

describe("waiter", () => {
  const ID = "22222222-2222-4222-8222-222222222222";
  /** getFunction answering the statuses in turn (the last one forever), with poll times. */
  function statuses(...sequence: string[]) {
    const times: number[] = [];
    const stub = stubbed(() => {
      times.push(Date.now());
      return json({ id: ID, status: sequence[Math.min(times.length, sequence.length) - 1] });
    });
    return { ...stub, times };
  }

  test("polls at once, keeps polling on statuses it does not know, returns on success", async () => {
    const { client, times } = statuses("some_new_status", "pending", "ready");
    const start = Date.now();
    const ready = await client.waitFor("Function", ID, { initialDelayMs: 10 });
    assert.equal(ready.status, "ready");
    assert.equal(times.length, 3);
    assert.ok(times[0]! - start < 50, "the first poll waits for nothing");
  });

  test("backs off up to its cap, then times out with a typed error", async () => {
    const { client, times } = statuses("pending");
    const start = Date.now();
    const waiting = client.waitFor("Function", ID, { timeoutMs: 400, initialDelayMs: 10, maxDelayMs: 40 });
    await assert.rejects(waiting, (error) => {
      assert.ok(error instanceof WaitTimeoutError);
      assert.deepEqual([error.resource, error.id, error.lastStatus], ["Function", ID, "pending"]);
      return true;
    });
    const elapsed = Date.now() - start;
    assert.ok(elapsed >= 400 && elapsed < 2_000, `gave up after ${elapsed} ms`);
    // Pauses of 10, 20, 40, 40... ms: uncapped, they would reach 160 ms within 400 ms.
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    assert.ok(Math.max(...gaps) < 120, `pauses: ${gaps.join(", ")} ms`);
    assert.ok(times.length >= 5, `polled ${times.length} times`);
  });
});
