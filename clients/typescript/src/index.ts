export * from "./archive.js";
export * from "./client.js";
export * from "./config.js";
export * from "./errors.js";
export * from "./generated/errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export { type Clock, errorFromResponse, errorKind, type ErrorKind, retryAfter } from "./transport.js";
