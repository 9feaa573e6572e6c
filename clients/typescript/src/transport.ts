/**
 * The core every request goes through: which error an answer is, when a failed attempt is
 * sent again and after how long, and the deadline of a whole call. Every rule and number
 * comes from openapi.yaml (`x-retry-policy`, `x-error-kinds`; docs/spec-extensions.md):
 *
 * - the `statuses.any_method` answers (429) on every method, the `statuses.idempotent` ones
 *   (502, 503, 504) on idempotent methods only;
 * - a connection that failed before the request left (refused, unknown host, connect
 *   timeout) per `connection_failures.not_sent`, one that broke after it left per `.broken`;
 * - `settle` (409 transient_state) until the resource settles or the deadline comes,
 *   without counting against maxRetries (nothing was applied);
 * - `Retry-After` (seconds or an HTTP date) honoured as asked, never sooner; longer than
 *   `max_retry_after`, or past the deadline, ends the call;
 * - nothing is retried with maxRetries 0, and nothing sleeps past the call's deadline.
 *
 * `Retrying` decides (pure: it is given the time, never sleeps); `send` is the loop.
 */
import { setTimeout as sleepFor } from "node:timers/promises";

import { APIConnectionError, APIStatusError, APITimeoutError, type ErrorBody } from "./errors.js";
import { answerErrors } from "./generated/errors.js";
import { errorKinds, retryPolicy } from "./generated/extensions.js";

export type ErrorKind = keyof typeof answerErrors;

/** The time source of retries and waits: swapped in tests so that they never sleep. */
export interface Clock {
  /** Milliseconds, monotonic enough for deadlines. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for the backoff's jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) => sleepFor(ms, undefined, signal ? { signal } : undefined),
  random: () => Math.random(),
};

/** How one call is bounded. */
export interface CallLimits {
  /** The whole call's limit, retries included (Infinity: none). */
  timeoutMs: number;
  /** Retries of one call (0 turns every retry off). */
  maxRetries: number;
  /** The caller's own cancellation. */
  signal?: AbortSignal | undefined;
}

// ---------------------------------------------------------------------------- classification

const TOKEN = /^[a-z_]{1,64}$/;
const BY_TYPE = new Map<string, ErrorKind>();
const BY_STATUS = new Map<string, ErrorKind>(); // "404", "4XX"
for (const entry of errorKinds as readonly { kind: ErrorKind; type?: string; status: number | string; fallback?: boolean }[]) {
  if (entry.type !== undefined && !BY_TYPE.has(entry.type)) BY_TYPE.set(entry.type, entry.kind);
  if (entry.fallback && !BY_STATUS.has(String(entry.status))) BY_STATUS.set(String(entry.status), entry.kind);
}

/** The kind of an error answer: the kind listed with its `type`, else the fallback kind of
 * its exact status, else of its 4XX/5XX range (x-error-kinds). */
export function errorKind(status: number, type: string | undefined): ErrorKind {
  const byType = type === undefined ? undefined : BY_TYPE.get(type);
  if (byType) return byType;
  const range = `${Math.floor(status / 100)}XX`;
  return BY_STATUS.get(String(status)) ?? BY_STATUS.get(range) ?? BY_STATUS.get("4XX") ?? "api_status";
}

function parseBody(text: string): ErrorBody | string {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as ErrorBody;
  } catch {
    // not JSON: keep the text
  }
  return text;
}

function typeOf(body: ErrorBody | string): string | undefined {
  const type: unknown = typeof body === "string" ? undefined : body.type;
  // A type is a short token ("not_found"); anything else is not one.
  return typeof type === "string" && TOKEN.test(type) ? type : undefined;
}

/** The typed error of an answer other than 2xx, whatever its body looks like. */
export async function errorFromResponse(response: Response, now = Date.now()): Promise<APIStatusError> {
  const body = parseBody(await response.text());
  const type = typeOf(body);
  const Class = answerErrors[errorKind(response.status, type)];
  const requestId = response.headers.get("x-request-id") ?? undefined;
  return new Class(response.status, requestId, body, { type, retryAfter: retryAfter(response.headers, now) });
}

/** The seconds a Retry-After header asks for (a number, or an HTTP date), or undefined. */
export function retryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  let seconds = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isNaN(seconds)) {
    // An HTTP date always names its zone (GMT); a date without one is not taken.
    if (!/(GMT|UTC|[+-]\d{4})\s*$/i.test(value)) return undefined;
    const moment = Date.parse(value);
    if (Number.isNaN(moment)) return undefined;
    seconds = (moment - now) / 1000;
  }
  return Number.isFinite(seconds) ? Math.max(seconds, 0) : undefined;
}

// ---------------------------------------------------------------------------- retry decisions

const IDEMPOTENT: readonly string[] = retryPolicy.idempotent_methods;
const ANY_METHOD: readonly number[] = retryPolicy.statuses.any_method;
const IDEMPOTENT_STATUSES: readonly number[] = retryPolicy.statuses.idempotent;
const CONNECTION_RULE: Record<Failure, string> = retryPolicy.connection_failures;

/** Codes of failures that prove the request never left (node's fetch, undici). */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** Codes of failures after the request may have left. */
const BROKEN = new Set([
  "ECONNRESET",
  "EPIPE",
  "ECONNABORTED",
  "ETIMEDOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

export type Failure = "not_sent" | "broken";

/** Whether a failed fetch never sent its request, broke after, or is no connection failure. */
export function failureOf(error: unknown): Failure | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT.has(code)) return "not_sent";
    if (typeof code === "string" && BROKEN.has(code)) return "broken";
    current = (current as { cause?: unknown }).cause;
  }
  // fetch's own "fetch failed" with no code we know: the connection broke somewhere.
  return error instanceof TypeError && error.message === "fetch failed" ? "broken" : undefined;
}

/** The n-th retry's pause (from 0), in ms: min(initial × multiplierⁿ, max), less up to
 * `jitter` of it at random. */
export function backoffMs(attempt: number, random: () => number): number {
  const { initial, multiplier, max, jitter } = retryPolicy.backoff;
  const base = Math.min(initial * multiplier ** attempt, max) * 1000;
  return base * (1 - jitter * random());
}

/** The retries of one call: after each attempt that did not succeed, the pause before the
 * next one, or undefined to stop. `deadline` is a Clock instant (Infinity: none). */
export class Retrying {
  /** Retries so far that count against maxRetries. */
  retries = 0;
  /** Retries so far of a settle answer (409 transient_state). */
  settling = 0;

  constructor(
    readonly maxRetries: number,
    readonly method: string,
    readonly deadline: number,
    private readonly random: () => number = Math.random,
  ) {}

  private get idempotent(): boolean {
    return IDEMPOTENT.includes(this.method.toUpperCase());
  }

  /** After an error answer (`type`: its Scaleway error type). */
  afterAnswer(status: number, type: string | undefined, headers: Headers, now: number, wallNow = Date.now()): number | undefined {
    if (this.maxRetries === 0) return undefined;
    if (status === retryPolicy.settle.status && type === retryPolicy.settle.error_type) {
      this.settling += 1;
      return this.fits(backoffMs(this.settling - 1, this.random), now);
    }
    if (this.retries >= this.maxRetries) return undefined;
    if (!ANY_METHOD.includes(status) && !(IDEMPOTENT_STATUSES.includes(status) && this.idempotent)) {
      return undefined;
    }
    const asked = retryAfter(headers, wallNow);
    if (asked === undefined) return this.count(backoffMs(this.retries, this.random), now);
    // Never sooner than asked: a pause longer than the cap ends the call instead.
    return asked <= retryPolicy.max_retry_after ? this.count(asked * 1000, now) : undefined;
  }

  /** After an attempt that got no answer. */
  afterFailure(failure: Failure | undefined, now: number): number | undefined {
    if (failure === undefined || this.retries >= this.maxRetries) return undefined;
    const rule = CONNECTION_RULE[failure];
    if (rule !== "any_method" && !(rule === "idempotent" && this.idempotent)) return undefined;
    return this.count(backoffMs(this.retries, this.random), now);
  }

  private count(delay: number, now: number): number | undefined {
    const fitting = this.fits(delay, now);
    if (fitting !== undefined) this.retries += 1;
    return fitting;
  }

  /** The delay, unless sleeping it would leave no time for the next attempt. */
  private fits(delay: number, now: number): number | undefined {
    return now + delay >= this.deadline ? undefined : delay;
  }
}

// ---------------------------------------------------------------------------- the loop

/** A call's deadline as an AbortSignal (with the caller's own signal folded in), and a
 * way to tell afterwards whether the deadline is what fired. */
export class Deadline {
  readonly signal: AbortSignal;
  readonly at: number;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();

  constructor(
    readonly limits: CallLimits,
    clock: Clock,
  ) {
    if (!(limits.timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${limits.timeoutMs}`);
    if (!Number.isInteger(limits.maxRetries) || limits.maxRetries < 0) {
      throw new RangeError(`maxRetries must be an integer, 0 or more, got ${limits.maxRetries}`);
    }
    this.at = clock.now() + limits.timeoutMs;
    if (Number.isFinite(limits.timeoutMs)) {
      this.timer = setTimeout(
        () => this.controller.abort(new DOMException("the call's deadline passed", "TimeoutError")),
        limits.timeoutMs,
      );
    }
    this.signal = limits.signal ? AbortSignal.any([this.controller.signal, limits.signal]) : this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  /** The error for a call that the deadline ended. */
  timedOut(cause?: unknown): APITimeoutError {
    return new APITimeoutError(`no answer within the call's timeout of ${this.limits.timeoutMs / 1000}s`, { cause });
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}

/** Send `request` (whose signal is the deadline's) until it succeeds or the retry policy
 * says stop. Each attempt sends a copy, so a body goes again whole; a success's body is read
 * here, so a connection broken while it arrives is retried like any other. Returns the last
 * answer, successful or not; throws APIConnectionError or APITimeoutError without one. */
export async function send(
  fetch: (request: Request) => Promise<Response>,
  request: Request,
  deadline: Deadline,
  clock: Clock,
): Promise<Response> {
  const retrying = new Retrying(deadline.limits.maxRetries, request.method, deadline.at, clock.random);
  const pause = async (ms: number) => {
    try {
      await clock.sleep(ms, deadline.signal);
    } catch (error) {
      throw deadline.expired ? deadline.timedOut(error) : error;
    }
  };
  for (;;) {
    let response: Response;
    try {
      response = await fetch(request.clone());
      if (response.ok) {
        const body = await response.arrayBuffer();
        const { status, statusText, headers } = response;
        return new Response(status === 204 || status === 205 ? null : body, { status, statusText, headers });
      }
    } catch (error) {
      if (deadline.expired) throw deadline.timedOut(error);
      if (deadline.limits.signal?.aborted) throw error;
      const delay = retrying.afterFailure(failureOf(error), clock.now());
      if (delay === undefined) throw connectionError(request, error);
      await pause(delay);
      continue;
    }
    const text = await response.clone().text().catch(() => "");
    const delay = retrying.afterAnswer(response.status, typeOf(parseBody(text)), response.headers, clock.now());
    if (delay === undefined) return response;
    await response.body?.cancel().catch(() => undefined);
    await pause(delay);
  }
}

function connectionError(request: Request, error: unknown): APIConnectionError {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const why = typeof cause?.code === "string" ? cause.code : error instanceof Error ? error.message : String(error);
  const { origin } = new URL(request.url);
  return new APIConnectionError(`cannot reach ${origin} (${request.method}): ${why}`, { cause: error });
}
