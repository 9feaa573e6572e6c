import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import createClient, { type Client } from "openapi-fetch";

import { errorFromResponse, ResourceFailedError, StorageError, WaitTimeoutError } from "./errors.js";
import * as spec from "./generated/extensions.js";
import type { components, operations, paths } from "./generated/schema.js";

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
type Args<T> = {} extends T ? [input?: T] : [input: T];

// What the spec's extensions declare (src/generated/extensions.ts).
export type PaginatedOperationId = keyof typeof spec.pagination;
export type PageInput<K extends PaginatedOperationId> = Part<"path", OptionalRegion<PathParams<K>>> &
  Part<"query", Omit<Query<K>, "page" | "page_size">>;
export type Item<K extends PaginatedOperationId> =
  Result<K> extends Record<(typeof spec.pagination)[K]["items"], readonly (infer I)[]> ? I : never;
export type WaitedResource = keyof typeof spec.waiters;
export type ResourceOf<R extends WaitedResource> = Result<(typeof spec.waiters)[R]["operation"]>;
export type CodeResource = keyof typeof spec.codeUploads;

export interface ClientOptions {
  /** The secret key of a Scaleway API key, sent in the spec's auth header. */
  secretKey: string;
  /** Default for every operation's `region` path parameter. */
  region?: Region;
  /** Defaults to the spec's first server. */
  baseUrl?: string;
  /** The fetch used for API and storage requests (defaults to the global fetch). */
  fetch?: (request: Request) => Promise<Response>;
}

export interface WaitOptions {
  /** Give up after this long (default 5 minutes). */
  timeoutMs?: number;
  /** The first pause between polls, doubled after each poll (default 250 ms)... */
  initialDelayMs?: number;
  /** ...up to this (default 5 s). */
  maxDelayMs?: number;
}

export interface PageOptions {
  /** Items asked for per page (default 100), as the `page_size` query parameter. */
  pageSize?: number;
}

export type Archive = Uint8Array | string;

export class FunctionsClient {
  /** The generated openapi-fetch client, by path; answers other than 2xx throw typed errors. */
  readonly raw: Client<paths>;
  readonly region: Region;
  private readonly fetch: (request: Request) => Promise<Response>;

  constructor(options: ClientOptions) {
    this.region = options.region ?? "fr-par";
    this.fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.raw = createClient<paths>({
      baseUrl: options.baseUrl ?? spec.server,
      fetch: this.fetch,
      headers: { [spec.authHeader]: options.secretKey },
    });
    this.raw.use({
      async onResponse({ response }) {
        if (!response.ok) throw await errorFromResponse(response);
      },
    });
  }

  /** Call an operation by its operationId. */
  async call<K extends OperationId>(operationId: K, ...[input]: Args<Input<K>>): Promise<Result<K>> {
    const { method, path, pathParams, hasBody } = spec.operations[operationId];
    const given = (input ?? {}) as { path?: object; query?: object; body?: unknown };
    const defaults = (pathParams as readonly string[]).includes("region") ? { region: this.region } : {};
    const request = this.raw.request as unknown as (
      method: string,
      path: string,
      init: object,
    ) => Promise<{ data?: unknown }>;
    const { data } = await request(method, path, {
      params: { path: { ...defaults, ...given.path }, query: given.query },
      // A body the spec requires but whose fields are all optional defaults to {}.
      body: given.body ?? (hasBody ? {} : undefined),
    });
    return data as Result<K>;
  }

  /** Every item of an x-pagination operation, page after page. Stops at the answer's total,
   * on a short page, or on a page with nothing new; never yields an id twice. */
  async *paginate<K extends PaginatedOperationId>(
    operationId: K,
    ...[input]: Args<PageInput<K> & PageOptions>
  ): AsyncGenerator<Item<K>, void, undefined> {
    const { items, total } = spec.pagination[operationId];
    const pageSize = input?.pageSize ?? 100;
    const seen = new Set<unknown>();
    for (let page = 1; ; page++) {
      const query = { ...input?.query, page, page_size: pageSize };
      const params = { path: input?.path, query } as never;
      const answer = (await this.call(operationId as OperationId, params)) as Record<string, unknown>;
      const batch = answer[items] as Item<K>[];
      let fresh = 0;
      for (const item of batch) {
        const key = (item as { id?: unknown }).id ?? item;
        if (seen.has(key)) continue;
        seen.add(key);
        fresh++;
        yield item;
      }
      if (batch.length < pageSize || fresh === 0 || seen.size >= Number(answer[total])) return;
    }
  }

  /** Poll a resource by its x-waiter until a success status (returns the resource), a
   * failure status (throws ResourceFailedError) or the deadline (throws WaitTimeoutError).
   * The first poll is at once; a status the spec does not list counts as transient. */
  async waitFor<R extends WaitedResource>(
    resource: R,
    id: string,
    options: WaitOptions = {},
  ): Promise<ResourceOf<R>> {
    const waiter = spec.waiters[resource];
    const timeoutMs = options.timeoutMs ?? 300_000;
    const deadline = Date.now() + timeoutMs;
    let delay = options.initialDelayMs ?? 250;
    let buildMessage: string | undefined;
    for (;;) {
      const current = (await this.callById(waiter.operation, id)) as Record<string, unknown>;
      const status = String(current[waiter.status]);
      if (typeof current["build_message"] === "string" && current["build_message"]) {
        buildMessage = current["build_message"];
      }
      if ((waiter.success as readonly string[]).includes(status)) return current as ResourceOf<R>;
      if ((waiter.failure as readonly string[]).includes(status)) {
        const errorMessage = current["error_message"];
        throw new ResourceFailedError(
          waiter.error,
          resource,
          id,
          status,
          typeof errorMessage === "string" && errorMessage ? errorMessage : undefined,
          buildMessage,
          current,
        );
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new WaitTimeoutError(resource, id, status, timeoutMs);
      await sleep(Math.min(delay, remaining));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }

  /** Upload a zip archive (bytes, or a file's path) as the code of a resource with an
   * x-code-upload operation. The PUT carries exactly the headers the API answered, and no
   * API credentials. */
  async uploadCode(resource: CodeResource, id: string, archive: Archive): Promise<void> {
    const upload = spec.codeUploads[resource];
    // A copy: fetch takes a Uint8Array over a plain ArrayBuffer only.
    const bytes = new Uint8Array(typeof archive === "string" ? await readFile(archive) : archive);
    const target = (await this.callById(upload.operation, id, {
      [upload.size]: bytes.byteLength,
    })) as { url: string; headers: Record<string, string[] | undefined> };
    const headers = new Headers();
    for (const [name, values] of Object.entries(target.headers)) {
      headers.set(name, (values ?? []).join(", "));
    }
    const response = await this.fetch(new Request(target.url, { method: "PUT", headers, body: bytes }));
    if (!response.ok) throw new StorageError(response.status, await response.text());
  }

  /** Upload the archive, deploy it, and wait until the resource is ready. */
  async deployCode<R extends CodeResource>(
    resource: R,
    id: string,
    archive: Archive,
    options: WaitOptions = {},
  ): Promise<ResourceOf<R>> {
    await this.uploadCode(resource, id, archive);
    await this.callById(spec.codeUploads[resource].deploy, id);
    return this.waitFor(resource, id, options);
  }

  /** Call an operation about one resource: `id` fills its path's last parameter. */
  private callById(operationId: OperationId, id: string, query?: object): Promise<unknown> {
    const names: readonly string[] = spec.operations[operationId].pathParams;
    const path = { [names[names.length - 1] ?? "id"]: id };
    return this.call(operationId, { path, query } as never);
  }
}
