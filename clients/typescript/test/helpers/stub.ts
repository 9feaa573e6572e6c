// A client whose requests are answered in-process, and a clock that never really sleeps.
import { type Clock, FunctionsClient, type ClientOptions } from "../../src/index.js";

/** A clock whose sleeps only move its time on, and are recorded. Jitter is fixed at half. */
export function fakeClock(random = 0.5): Clock & { sleeps: number[]; time: number } {
  const clock = {
    sleeps: [] as number[],
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      clock.sleeps.push(ms);
      clock.time += ms;
    },
    random: () => random,
  };
  return clock;
}

/** No SCW_* variable and no config file: only what a test passes counts. */
export const NO_ENV = { SCW_CONFIG_PATH: "/nonexistent/scw/config.yaml" };

export type Answer = (url: URL, request: Request) => Response | Promise<Response>;

/** A client whose every request is answered by `answer`, with a fake clock. */
export function stubbed(answer: Answer, options: ClientOptions = {}) {
  const seen: Request[] = [];
  const clock = fakeClock();
  const client = new FunctionsClient({
    secretKey: "key",
    baseUrl: "http://stub.invalid",
    env: NO_ENV,
    clock,
    fetch: async (request) => {
      seen.push(request.clone());
      return answer(new URL(request.url), request);
    },
    ...options,
  });
  return { client, seen, clock };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** The error node's fetch throws when a connection fails with `code`. */
export const connectionFailure = (code: string) =>
  new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
