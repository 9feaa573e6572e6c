/**
 * The errors this client throws. Each has a `kind`: for an API answer, the language-neutral
 * kind openapi.yaml gives it (`x-error-kinds` on ErrorType), whose class is generated in
 * src/generated/errors.ts and named after it (`rate_limited` -> RateLimitedError); for
 * waiters, `resource_failed` (or the x-waiter's `failure_kind`) and `wait_timeout`.
 *
 * ScalewayError
 *  ├── ConfigurationError ....... no secret key, unknown profile, unreadable config file
 *  ├── APIConnectionError ....... the API could not be reached, or the connection broke
 *  │    └── APITimeoutError ..... no whole answer within the call's timeout
 *  ├── APIStatusError ........... any other answer that is not 2xx (kind api_status)
 *  │    ├── InvalidArgumentsError, AuthenticationError, PermissionsDeniedError,
 *  │    │   QuotasExceededError, ResourceLockedError, NotFoundError, ...  (generated)
 *  │    ├── RateLimitedError .... 429; `retryAfter` is the pause the API asked for
 *  │    └── ServerError ......... 5xx, after the retries ran out
 *  ├── ArchiveError ............. the code cannot be packed or is too large (path named)
 *  ├── UploadError .............. the storage service refused an archive upload
 *  ├── ResourceFailedError ...... a waited-for resource reached a failure status
 *  │    └── FunctionDeployError . (generated from the Function x-waiter's failure_kind)
 *  └── WaitTimeoutError ......... a wait reached its deadline
 *
 * Every error carries `kind`, `status`, `type` and `requestId` (undefined when they do
 * not apply), so one `catch` can report them whatever happened. Every class is named after
 * its kind, the generated ones and these alike (`api_timeout` -> APITimeoutError).
 */
import type { components } from "./generated/schema.js";

export type ErrorBody = components["schemas"]["Error"];
export type ErrorType = components["schemas"]["ErrorType"];

interface ErrorFields {
  status?: number | undefined;
  type?: string | undefined;
  requestId?: string | undefined;
  cause?: unknown;
}

/** Base of every error this package throws. */
export class ScalewayError extends Error {
  /** The kind of every instance of this class (each subclass declares its own). */
  static readonly kind: string = "scaleway";
  /** The error's kind: the spec's string for API answers and waiters. */
  readonly kind: string;
  readonly status: number | undefined;
  /** The Scaleway error `type` of the answer, any string the API sent. */
  readonly type: string | undefined;
  readonly requestId: string | undefined;

  constructor(message: string, fields: ErrorFields = {}) {
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = new.target.name;
    this.kind = (new.target as typeof ScalewayError).kind;
    this.status = fields.status;
    this.type = fields.type;
    this.requestId = fields.requestId;
  }
}

/** The client cannot be configured: no secret key, an unknown profile, a bad option. */
export class ConfigurationError extends ScalewayError {
  static override readonly kind: string = "configuration";
}

/** The API could not be reached, or the connection broke before a whole answer. */
export class APIConnectionError extends ScalewayError {
  static override readonly kind: string = "api_connection";
}

/** No whole answer within the call's timeout, retries included. */
export class APITimeoutError extends APIConnectionError {
  static override readonly kind: string = "api_timeout";
}

/** An API answer other than 2xx; the kind-specific classes (generated) extend it. `body`
 * is the parsed JSON answer, or its text when it was not JSON; `retryAfter` the seconds
 * its Retry-After header asked for. */
export class APIStatusError extends ScalewayError {
  static override readonly kind: string = "api_status";
  readonly body: ErrorBody | string;
  readonly retryAfter: number | undefined;

  constructor(
    status: number,
    requestId: string | undefined,
    body: ErrorBody | string,
    options: { type?: string | undefined; retryAfter?: number | undefined } = {},
  ) {
    const parsed = typeof body === "string" ? undefined : body;
    const text = typeof parsed?.message === "string" ? parsed.message : "";
    const message = text || (typeof body === "string" ? body.trim().slice(0, 200) : "") || "no message";
    const where = requestId ? `, request ${requestId}` : "";
    super(`${options.type ?? `HTTP ${status}`}: ${message} (HTTP ${status}${where})`, {
      status,
      type: options.type,
      requestId,
    });
    this.body = body;
    this.retryAfter = options.retryAfter;
  }
}

/** The code to upload cannot be packed, or is over a limit of the service. */
export class ArchiveError extends ScalewayError {
  static override readonly kind: string = "archive";
}

/** An answer of the storage service other than 2xx (not an API error): its status and
 * body. Not exported: its two kinds are. */
abstract class StorageError extends ScalewayError {
  constructor(
    status: number,
    readonly body: string,
  ) {
    super(`storage answered HTTP ${status}: ${body.slice(0, 200)}`, { status });
  }
}

/** The storage service refused an archive upload. */
export class UploadError extends StorageError {
  static override readonly kind: string = "upload";
}

/** The storage service did not give an archive back. */
export class DownloadError extends StorageError {
  static override readonly kind: string = "download";
}

/** A 2xx answer that is not a JSON object, as openapi.yaml says every answer is. */
export class ResponseValidationError extends ScalewayError {
  static override readonly kind: string = "response_validation";
}

/** A waited-for resource reached one of its x-waiter failure statuses. `errorMessage` is
 * the field the waiter's `messages.failure` names, `progressMessage` the last value of
 * `messages.progress` (for a function: error_message and build_message). */
export class ResourceFailedError extends ScalewayError {
  static override readonly kind: string = "resource_failed";
  constructor(
    readonly resource: string,
    readonly id: string,
    /** The failure status reached. */
    readonly resourceStatus: string,
    readonly errorMessage: string | undefined,
    readonly progressMessage: string | undefined,
    /** The resource as last fetched. */
    readonly value: unknown,
  ) {
    const reason = errorMessage || progressMessage || "it cannot become ready from there";
    super(`${resource.toLowerCase()} ${id} ended in status '${resourceStatus}': ${reason}`);
  }
}

/** The wait's deadline passed before the resource reached a success or failure status. */
export class WaitTimeoutError extends ScalewayError {
  static override readonly kind: string = "wait_timeout";
  constructor(
    readonly resource: string,
    readonly id: string,
    /** The last status seen, undefined when no poll was answered. */
    readonly lastStatus: string | undefined,
    readonly timeoutMs: number,
    /** The resource as last fetched. */
    readonly value: unknown,
  ) {
    const where = `${resource.toLowerCase()} ${id}`;
    const seconds = `${timeoutMs / 1000}s`;
    super(
      lastStatus === undefined
        ? `${where}: no answer within the wait's ${seconds}`
        : `${where} still ${lastStatus} after ${seconds}`,
    );
  }
}
