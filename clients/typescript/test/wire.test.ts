// Retries over real sockets (node's fetch, a local HTTP server): the errors undici really
// throws, and request bodies really sent again. The clock is fake: nothing sleeps.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { after, before, describe, test } from "node:test";

import { APIConnectionError, RateLimitedError } from "../src/index.js";
import { stubbed } from "./helpers/stub.js";

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

describe("retries over a real connection", () => {
  let handlers: Handler[] = [];
  const received: { method: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", body });
      const handler = handlers.shift() ?? ((_, __, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"namespaces":[],"total_count":0}'));
      handler(request, body, response);
    });
  });
  let url = "";
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const reset = (...next: Handler[]) => {
    handlers = next;
    received.length = 0;
  };
  const client = () => stubbed(() => new Response(), { baseUrl: url, fetch: (request) => fetch(request) });
  const status = (code: number, headers: Record<string, string> = {}): Handler => (_, __, response) =>
    response.writeHead(code, { "content-type": "application/json", ...headers }).end(`{"message":"status ${code}"}`);
  /** Headers sent, then the connection cut in the middle of the body. */
  const cut: Handler = (_, __, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    response.write('{"namespaces":');
    setImmediate(() => response.socket?.destroy());
  };

  test("a 429 with Retry-After on a POST is retried after the pause, with the same body", async () => {
    reset(status(429, { "retry-after": "2" }));
    const { client: scw, clock } = client();
    await scw.call("createNamespace", { body: { name: "wire" } });
    assert.deepEqual(received.map((r) => [r.method, JSON.parse(r.body).name]), [["POST", "wire"], ["POST", "wire"]]);
    assert.deepEqual(clock.sleeps, [2000]);
  });

  test("a connection cut mid-answer is retried on a GET", async () => {
    reset(cut, status(503));
    const { client: scw } = client();
    const answer = await scw.call("listNamespaces");
    assert.deepEqual(answer, { namespaces: [], total_count: 0 });
    assert.equal(received.length, 3);
  });

  test("a connection cut mid-answer on a POST is an APIConnectionError, not retried", async () => {
    reset(cut);
    const { client: scw } = client();
    await assert.rejects(scw.call("createNamespace", { body: { name: "once" } }), APIConnectionError);
    assert.equal(received.length, 1);
  });

  test("a 429 that never ends runs out of retries: RateLimitedError with the pause asked", async () => {
    reset(...Array.from({ length: 10 }, () => status(429, { "retry-after": "1" })));
    const { client: scw } = client();
    await assert.rejects(scw.call("listNamespaces", {}, { maxRetries: 2 }), (error) => {
      assert.ok(error instanceof RateLimitedError);
      assert.equal(error.retryAfter, 1);
      return true;
    });
    assert.equal(received.length, 3);
  });
});
