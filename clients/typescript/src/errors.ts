import type { components } from "./generated/schema.js";

export type ErrorBody = components["schemas"]["Error"];
export type ErrorType = components["schemas"]["ErrorType"];

/** An API answer other than 2xx. `type` is the Scaleway error type, any string the API
 * sends (it may add types this client does not know); `body` is the parsed JSON answer,
 * or its text when it was not JSON. */
export class ScalewayError extends Error {
  readonly type: string | undefined;

  constructor(
    readonly status: number,
    readonly requestId: string | undefined,
    readonly body: ErrorBody | string,
  ) {
    const parsed = typeof body === "string" ? undefined : body;
    const message = parsed?.message ?? (typeof body === "string" ? body.slice(0, 200) : "");
    const where = requestId ? `, request ${requestId}` : "";
    super(`${parsed?.type ?? `HTTP ${status}`}: ${message} (HTTP ${status}${where})`);
    this.name = new.target.name;
    this.type = parsed?.type;
  }
}

export class InvalidArgumentsError extends ScalewayError {}
export class NotFoundError extends ScalewayError {}
export class PermissionsDeniedError extends ScalewayError {}
export class QuotasExceededError extends ScalewayError {}
export class TransientStateError extends ScalewayError {}
export class PreconditionFailedError extends ScalewayError {}
export class DeniedAuthenticationError extends ScalewayError {}
export class ResourceExpiredError extends ScalewayError {}
export class OutOfStockError extends ScalewayError {}
export class UnknownResourceError extends ScalewayError {}
export class LockedError extends ScalewayError {}

const BY_TYPE: Partial<Record<ErrorType, typeof ScalewayError>> = {
  invalid_arguments: InvalidArgumentsError,
  not_found: NotFoundError,
  permissions_denied: PermissionsDeniedError,
  quotas_exceeded: QuotasExceededError,
  transient_state: TransientStateError,
  precondition_failed: PreconditionFailedError,
  denied_authentication: DeniedAuthenticationError,
  resource_expired: ResourceExpiredError,
  out_of_stock: OutOfStockError,
  unknown_resource: UnknownResourceError,
  locked: LockedError,
};

/** The typed error for an answer: by its `type`; a 404 without one (how the API answers a
 * missing resource) is a NotFoundError; anything else is a plain ScalewayError. */
export async function errorFromResponse(response: Response): Promise<ScalewayError> {
  const text = await response.text();
  let body: ErrorBody | string = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      body = parsed as ErrorBody;
    }
  } catch {
    // not JSON: keep the text
  }
  const type = typeof body === "string" ? undefined : body.type;
  const known = type === undefined ? undefined : BY_TYPE[type as ErrorType];
  const Class =
    known ?? (type === undefined && response.status === 404 ? NotFoundError : ScalewayError);
  return new Class(response.status, response.headers.get("x-request-id") ?? undefined, body);
}

/** A resource reached one of its x-waiter failure statuses. `name` is the error the spec's
 * x-waiter names (for example FunctionDeployError). */
export class ResourceFailedError extends Error {
  constructor(
    errorName: string,
    readonly resource: string,
    readonly id: string,
    readonly status: string,
    readonly errorMessage: string | undefined,
    readonly buildMessage: string | undefined,
    readonly value: unknown,
  ) {
    const details = [errorMessage, buildMessage && `last build step: ${buildMessage}`];
    const why = details.filter(Boolean).join("; ");
    super(`${resource} ${id} is ${status}${why ? `: ${why}` : ""}`);
    this.name = errorName;
  }
}

/** The deadline passed before the resource reached a success or failure status. */
export class WaitTimeoutError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
    readonly lastStatus: string,
    readonly timeoutMs: number,
  ) {
    super(`${resource} ${id} still ${lastStatus} after ${timeoutMs} ms`);
    this.name = "WaitTimeoutError";
  }
}

/** The storage service refused an archive upload or download (not an API error). */
export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`storage answered HTTP ${status}: ${body.slice(0, 200)}`);
    this.name = "StorageError";
  }
}
