import { rename, rm, writeFile } from "node:fs/promises";

import createClient, { type Client } from "openapi-fetch";

import { type Archive, type CodeSource, limitsOf, pack } from "./archive.js";
import { type ClientConfig, type ConfigOptions, resolveConfig } from "./config.js";
import {
  APITimeoutError,
  DownloadError,
  ResponseValidationError,
  ScalewayError,
  UploadError,
  WaitTimeoutError,
} from "./errors.js";
import { failureErrors } from "./generated/errors.js";
import * as spec from "./generated/extensions.js";
import type { components, operations, paths } from "./generated/schema.js";
import { type Clock, Deadline, errorFromResponse, send, systemClock } from "./transport.js";

// Types of every operation, by operationId, from the generated schema.
export type OperationId = keyof operations;
export type Region = components["schemas"]["Region"];
type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never;
type PathParams<K extends OperationId> = NonNullable<operations[K]["parameters"]["path"]>;
type Query<K extends OperationId> = NonNullable<operations[K]["parameters"]["query"]>;
type OptionalRegion<P> = P extends { region: Region } ? Omit<P, "region"> & { region?: Region } : P;
/** `{name: T}`, optional when T has no required key, absent when T is never. */
type Part<Name extends string, T> = [T] extends [never]
  ? { [N in Name]?: never }
  : {} extends T
    ? { [N in Name]?: T }
    : { [N in Name]: T };

/** What `call` takes: path parameters (`region` defaults to the client's), query, body. */
export type Input<K extends OperationId> = Part<"path", OptionalRegion<PathParams<K>>> &
  Part<"query", Query<K>> &
  Part<"body", Json<operations[K]["requestBody"]>>;
/** The JSON of an operation's success answer. */
export type Result<K extends OperationId> = operations[K]["responses"] extends { 200: infer R }
  ? Json<R>
  : never;
type Args<T, O> = {} extends T ? [input?: T, options?: O] : [input: T, options?: O];

// What the spec's extensions declare (src/generated/extensions.ts).
export type PaginatedOperationId = keyof typeof spec.pagination;
export type PageInput<K extends PaginatedOperationId> = Part<"path", OptionalRegion<PathParams<K>>> &
  Part<"query", Omit<Query<K>, "page" | "page_size">>;
export type Item<K extends PaginatedOperationId> =
  Result<K> extends Record<(typeof spec.pagination)[K]["items"], readonly (infer I)[]> ? I : never;
export type WaitedResource = keyof typeof spec.waiters;
export type ResourceOf<R extends WaitedResource> = Result<(typeof spec.waiters)[R]["operation"]>;
export type CodeResource = keyof typeof spec.codeUploads;
export type CodeDownloadResource = keyof typeof spec.codeDownloads;

export interface ClientOptions extends ConfigOptions {
  /** The fetch used for API and storage requests (defaults to the global fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** The environment SCW_* settings are read from (defaults to process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The time source of retries and waits; tests swap it so that nothing really sleeps. */
  clock?: Clock;
}

/** Per-call limits, over the client's. */
export interface CallOptions {
  /** This call's limit in ms, retries included (default: the client's timeoutMs). */
  timeoutMs?: number;
  /** This call's retries; 0 turns them off (default: the client's maxRetries). */
  maxRetries?: number;
  /** Cancels the call. */
  signal?: AbortSignal;
}

export interface WaitOptions {
  /** Give up after this long (default: x-wait-policy's timeout). */
  timeoutMs?: number;
  /** Poll at this fixed interval instead of x-wait-policy's growing delays. */
  pollIntervalMs?: number;
  /** Called on each change of status or progress message (x-waiter's messages.progress). */
  onProgress?: (status: string, message: string | undefined) => void;
}

export interface DeployOptions extends WaitOptions {
  /** `false`: return the resource as the deploy answered it, without waiting for the
   * deployment to end (default true). */
  wait?: boolean;
  /** Called with what packing left out that one may not expect (a .env file); by default
   * each notice is printed with console.warn. */
  onNotice?: (notice: string) => void;
}

export interface PageOptions {
  /** Items asked for per page (default: x-pagination-policy's default_page_size). */
  pageSize?: number;
}

const paginationPolicy = spec.paginationPolicy;
const waitPolicy = spec.waitPolicy;

export class FunctionsClient {
  /** The generated openapi-fetch client, by path; answers other than 2xx throw typed
   * errors, and each request is retried and bounded with the client's limits. */
  readonly raw: Client<paths>;
  /** The settings in use, and where each came from (`config.sources`). */
  readonly config: ClientConfig;
  private readonly fetch: (request: Request) => Promise<Response>;
  private readonly clock: Clock;

  /** Settings not given here come from SCW_* variables and the scw config file. */
  constructor(options: ClientOptions = {}) {
    this.config = resolveConfig(options, options.env ?? process.env);
    this.clock = options.clock ?? systemClock;
    this.fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.raw = createClient<paths>({
      baseUrl: this.config.baseUrl,
      fetch: (request) => this.sendBounded(request, {}),
      headers: { [spec.authHeader]: this.config.secretKey },
    });
    this.raw.use({
      async onResponse({ response }) {
        if (!response.ok) throw await errorFromResponse(response);
      },
    });
  }

  get region(): Region {
    return this.config.region as Region;
  }

  /** Call an operation by its operationId. Throws the typed error of an answer other than
   * 2xx (after the retries x-retry-policy allows), APITimeoutError once the call's
   * timeout passed, APIConnectionError when the API could not be reached. */
  async call<K extends OperationId>(
    operationId: K,
    ...[input, options = {}]: Args<Input<K>, CallOptions>
  ): Promise<Result<K>> {
    const { method, path, pathParams, hasBody, bodyFields, oneOf } = spec.operations[operationId];
    const given = (input ?? {}) as { path?: object; query?: Record<string, unknown>; body?: object };
    for (const group of oneOf as readonly (readonly string[])[]) {
      const named = group.filter((name) => given.query?.[name] !== undefined && given.query[name] !== null);
      if (named.length > 1) {
        // The API would answer 400 invalid_arguments (x-one-of): refused before sending.
        throw new TypeError(`${operationId}: give at most one of ${group.join(", ")} (got ${named.join(" and ")})`);
      }
    }
    const defaults = (pathParams as readonly string[]).includes("region") ? { region: this.region } : {};
    // A body the spec requires but whose fields are all optional defaults to {}.
    let body = given.body ?? (hasBody ? {} : undefined);
    if (body && (bodyFields as readonly string[]).includes("project_id") && this.config.projectId) {
      body = { project_id: this.config.projectId, ...body };
    }
    const request = this.raw.request as unknown as (
      method: string,
      path: string,
      init: object,
    ) => Promise<{ data?: unknown }>;
    const deadline = this.deadline(options);
    try {
      const { data } = await request(method, path, {
        params: { path: { ...defaults, ...given.path }, query: given.query },
        body,
        signal: deadline.signal,
        fetch: (sent: Request) => send(this.fetch, sent, deadline, this.clock),
      });
      return data as Result<K>;
    } catch (error) {
      if (deadline.expired && !(error instanceof ScalewayError)) throw deadline.timedOut(error);
      if (error instanceof SyntaxError) {
        throw new ResponseValidationError(`${operationId}: the answer is not JSON (${error.message})`, { cause: error });
      }
      throw error;
    } finally {
      deadline.clear();
    }
  }

  /** Every item of an x-pagination operation, page after page, as x-pagination-policy
   * says: it stops at the first page shorter than the page size, or once as many items as
   * the first page's total have arrived; an item whose id was seen before is not given
   * again (items shift between pages while the listing changes). */
  async *paginate<K extends PaginatedOperationId>(
    operationId: K,
    ...[input, options]: Args<PageInput<K> & PageOptions, CallOptions>
  ): AsyncGenerator<Item<K>, void, undefined> {
    const { items, total } = spec.pagination[operationId];
    const pageSize = input?.pageSize ?? paginationPolicy.default_page_size;
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be at least 1, got ${pageSize}`);
    const stop: readonly string[] = paginationPolicy.stop;
    const seen = new Set<unknown>();
    let expected: number | undefined;
    let received = 0;
    for (let page = 1; ; page++) {
      const query = { ...input?.query, [paginationPolicy.page]: page, [paginationPolicy.page_size]: pageSize };
      const params = { path: input?.path, query } as never;
      const answer = (await this.call(operationId as OperationId, params, options)) as Record<string, unknown>;
      const batch = answer[items] as Item<K>[];
      expected ??= Number(answer[total]);
      received += batch.length;
      for (const item of batch) {
        const key = (item as Record<string, unknown>)[paginationPolicy.unique_by];
        if (key !== undefined && seen.has(key)) continue;
        if (key !== undefined) seen.add(key);
        yield item;
      }
      if (stop.includes("short_page") && batch.length < pageSize) return;
      if (stop.includes("total_reached") && received >= expected) return;
    }
  }

  /** Poll a resource by its x-waiter until a success status (returns the resource), a
   * failure status (throws the waiter's failure_kind error, e.g. FunctionDeployError) or
   * the deadline (throws WaitTimeoutError), with x-wait-policy's timing: the first poll at
   * once, then first_delay, growing by multiplier up to max_delay. A status the spec does
   * not list counts as transient. */
  async waitFor<R extends WaitedResource>(resource: R, id: string, options: WaitOptions = {}): Promise<ResourceOf<R>> {
    const waiter = spec.waiters[resource];
    const messages: { failure?: string; progress?: string } = waiter.messages;
    const timeoutMs = options.timeoutMs ?? waitPolicy.timeout * 1000;
    if (!(timeoutMs >= 0)) throw new RangeError(`timeoutMs must be 0 or more, got ${timeoutMs}`);
    const interval = options.pollIntervalMs;
    if (interval !== undefined && !(interval > 0)) throw new RangeError(`pollIntervalMs must be positive, got ${interval}`);
    const deadline = this.clock.now() + timeoutMs;
    let delay = interval ?? waitPolicy.first_delay * 1000;
    let last: [string, string | undefined] | undefined;
    let current: Record<string, unknown> | undefined;
    const text = (field: string | undefined) => {
      const value = field === undefined ? undefined : current?.[field];
      return typeof value === "string" && value ? value : undefined;
    };
    for (;;) {
      // Each poll ends at the wait's deadline, but always gets last_poll at least: a wait
      // whose last sleep ends at its deadline still polls once more.
      const now = this.clock.now();
      const pollEnd = Math.max(deadline, now + Math.min(waitPolicy.last_poll * 1000, this.config.timeoutMs));
      const pollTimeout = Math.min(this.config.timeoutMs, pollEnd - now);
      const waitSetIt = pollEnd - now < this.config.timeoutMs;
      try {
        current = (await this.callById(waiter.operation, id, undefined, { timeoutMs: pollTimeout })) as Record<string, unknown>;
      } catch (error) {
        if (error instanceof APITimeoutError && waitSetIt) {
          throw new WaitTimeoutError(resource, id, last?.[0], timeoutMs, current);
        }
        throw error;
      }
      const status = String(current[waiter.status]);
      const progress = text(messages.progress);
      if (!last || last[0] !== status || last[1] !== progress) options.onProgress?.(status, progress);
      last = [status, progress ?? last?.[1]];
      if ((waiter.success as readonly string[]).includes(status)) return current as ResourceOf<R>;
      if ((waiter.failure as readonly string[]).includes(status)) {
        const Failure = failureErrors[waiter.failure_kind];
        throw new Failure(resource, id, status, text(messages.failure), last[1], current);
      }
      const remaining = deadline - this.clock.now();
      if (remaining <= 0) throw new WaitTimeoutError(resource, id, status, timeoutMs, current);
      await this.clock.sleep(Math.min(delay, remaining));
      if (interval === undefined) delay = Math.min(delay * waitPolicy.multiplier, waitPolicy.max_delay * 1000);
    }
  }

  /** Upload code as a resource with an x-code-upload operation: a directory (packed as
   * x-code-archive says), a .zip file's path, zip bytes, or a packed Archive. The limits
   * are checked before any request; the PUT carries exactly the headers the API answered,
   * and no API credentials. Returns the archive sent. */
  async uploadCode(resource: CodeResource, id: string, code: CodeSource, options: DeployOptions = {}): Promise<Archive> {
    const upload = spec.codeUploads[resource];
    const archive = pack(code, limitsOf(resource));
    const notify = options.onNotice ?? ((notice: string) => console.warn(`scaleway-functions-client: ${notice}`));
    for (const notice of archive.notices) notify(notice);
    const target = (await this.callById(upload.operation, id, { [upload.size]: archive.size })) as {
      url: string;
      headers: Record<string, string[] | undefined>;
    };
    const headers = new Headers();
    for (const [name, values] of Object.entries(target.headers)) headers.set(name, (values ?? []).join(", "));
    // A copy: fetch takes a Uint8Array over a plain ArrayBuffer only.
    const request = new Request(target.url, { method: "PUT", headers, body: new Uint8Array(archive.bytes) });
    // Retried like any PUT, but with no time limit: a large archive takes what it takes.
    const deadline = new Deadline({ timeoutMs: Infinity, maxRetries: this.config.maxRetries }, this.clock);
    try {
      const response = await send(this.fetch, new Request(request, { signal: deadline.signal }), deadline, this.clock);
      if (!response.ok) throw new UploadError(response.status, await response.text());
    } finally {
      deadline.clear();
    }
    return archive;
  }

  /** Upload the code (see uploadCode), deploy it, and (unless `wait: false`) wait until
   * the resource is ready. */
  async deployCode<R extends CodeResource>(
    resource: R,
    id: string,
    code: CodeSource,
    options: DeployOptions = {},
  ): Promise<ResourceOf<R>> {
    await this.uploadCode(resource, id, code, options);
    const deployed = await this.callById(spec.codeUploads[resource].deploy, id);
    if (options.wait === false) return deployed as ResourceOf<R>;
    return this.waitFor(resource, id, options);
  }

  /** Download a resource's code (its x-code-download operation) to `destination`: a GET
   * of the presigned URL with the headers the API answered and no API credentials,
   * retried like any GET; the file is written whole (renamed into place) or not at all.
   * Returns the archive's size in bytes. */
  async downloadCode(resource: CodeDownloadResource, id: string, destination: string): Promise<number> {
    const { operation } = spec.codeDownloads[resource];
    const target = (await this.callById(operation, id)) as { url: string; headers?: Record<string, string[] | undefined> };
    const headers = new Headers();
    for (const [name, values] of Object.entries(target.headers ?? {})) headers.set(name, (values ?? []).join(", "));
    const response = await this.sendBounded(new Request(target.url, { headers }), {});
    if (!response.ok) throw new DownloadError(response.status, await response.text());
    const bytes = new Uint8Array(await response.arrayBuffer());
    const partial = `${destination}.${process.pid}.part`;
    try {
      await writeFile(partial, bytes);
      await rename(partial, destination);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return bytes.length;
  }

  /** Call an operation about one resource: `id` fills its path's last parameter. */
  private callById(operationId: OperationId, id: string, query?: object, options?: CallOptions): Promise<unknown> {
    const names: readonly string[] = spec.operations[operationId].pathParams;
    const path = { [names[names.length - 1] ?? "id"]: id };
    return this.call(operationId, { path, query } as never, options);
  }

  private deadline(options: CallOptions): Deadline {
    return new Deadline(
      {
        timeoutMs: options.timeoutMs ?? this.config.timeoutMs,
        maxRetries: options.maxRetries ?? this.config.maxRetries,
        signal: options.signal,
      },
      this.clock,
    );
  }

  /** A request of `raw`, sent with the client's limits. */
  private async sendBounded(request: Request, options: CallOptions): Promise<Response> {
    const deadline = this.deadline(options);
    try {
      return await send(this.fetch, new Request(request, { signal: deadline.signal }), deadline, this.clock);
    } finally {
      deadline.clear();
    }
  }

  toString(): string {
    return `FunctionsClient(baseUrl=${this.config.baseUrl}, region=${this.config.region})`;
  }
}
