// Writes src/generated/extensions.ts: the operation table and the x- extension data of
// openapi.yaml (docs/spec-extensions.md), for the handwritten layer to read. Run by
// `npm run generate`; it fails when an extension names an operation or schema that the
// spec does not have.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

const [specPath = "../../openapi.yaml", outPath = "src/generated/extensions.ts"] =
  process.argv.slice(2);
const spec = parse(readFileSync(specPath, "utf8"));
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function fail(message) {
  console.error(`${specPath}: ${message}`);
  process.exit(1);
}

const operations = {};
const pagination = {};
const codeUploads = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    // Path parameters in template order; the last one names the resource the path is about.
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    // The JSON body's top-level fields, for the defaults a client fills in (project_id).
    let body = op.requestBody?.content?.["application/json"]?.schema;
    if (body?.$ref) body = spec.components.schemas[body.$ref.split("/").pop()];
    const bodyFields = Object.keys(body?.properties ?? {});
    operations[op.operationId] = { method, path, pathParams, hasBody: "requestBody" in op, bodyFields };
    if (op["x-pagination"]) pagination[op.operationId] = op["x-pagination"];
    if (op["x-code-upload"]) {
      const { waiter, ...upload } = op["x-code-upload"];
      codeUploads[waiter] = { operation: op.operationId, ...upload };
    }
  }
}

const waiters = {};
for (const [name, schema] of Object.entries(spec.components.schemas)) {
  const waiter = schema["x-waiter"];
  if (waiter) waiters[name] = { failure_kind: "resource_failed", messages: {}, ...waiter };
}

// The behaviour every client shares (docs/spec-extensions.md): required, never defaulted here.
const policies = {};
for (const [name, key] of [
  ["retryPolicy", "x-retry-policy"],
  ["waitPolicy", "x-wait-policy"],
  ["paginationPolicy", "x-pagination-policy"],
  ["codeArchive", "x-code-archive"],
]) {
  if (!spec[key]) fail(`no ${key}`);
  policies[name] = spec[key];
}
const errorKinds = spec.components.schemas.ErrorType?.["x-error-kinds"];
if (!Array.isArray(errorKinds)) fail("ErrorType has no x-error-kinds");

for (const [name, waiter] of Object.entries(waiters)) {
  if (!operations[waiter.operation]) fail(`x-waiter of ${name}: no operation ${waiter.operation}`);
}
for (const [resource, upload] of Object.entries(codeUploads)) {
  if (!waiters[resource]) fail(`x-code-upload of ${upload.operation}: ${resource} has no x-waiter`);
  if (!operations[upload.deploy]) fail(`x-code-upload: no operation ${upload.deploy}`);
}

const [scheme] = Object.values(spec.components.securitySchemes ?? {});
if (scheme?.type !== "apiKey" || scheme.in !== "header") fail("expected one apiKey header scheme");

const regions = spec.components.schemas.Region?.enum;
if (!Array.isArray(regions) || regions.length === 0) fail("no Region enum");

const data = {
  server: spec.servers[0].url,
  regions,
  authHeader: scheme.name,
  operations,
  pagination,
  waiters,
  codeUploads,
  ...policies,
  errorKinds,
};
const body = Object.entries(data)
  .map(([name, value]) => `export const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`)
  .join("\n");
mkdirSync(dirname(outPath), { recursive: true });
const banner = `// Generated from ${specPath} by scripts/extract-extensions.mjs: do not edit.`;
writeFileSync(outPath, `${banner}\n\n${body}`);
console.log(`${specPath} -> ${outPath}`);

// errors.ts beside it: one class per error kind, named after the kind (`rate_limited` ->
// RateLimitedError, `api_status` -> APIStatusError), over the handwritten bases of
// src/errors.ts. A kind the spec adds gets its class from `npm run generate` alone.
const className = (kind) =>
  kind
    .split("_")
    .map((part) => (part === "api" ? "API" : part.charAt(0).toUpperCase() + part.slice(1)))
    .join("") + "Error";
const BASES = { api_status: "APIStatusError", resource_failed: "ResourceFailedError" };
const comment = (text) => `/** ${String(text).replace(/\*\//g, "* /").replace(/\s+/g, " ").trim()} */`;
const lines = [
  banner,
  "",
  'import { APIStatusError, ResourceFailedError } from "../errors.js";',
  "",
];
const answerKinds = [];
for (const { kind, description } of errorKinds) {
  if (answerKinds.includes(kind)) continue;
  answerKinds.push(kind);
  if (BASES[kind]) continue;
  if (!/^[a-z][a-z0-9_]*$/.test(kind)) fail(`x-error-kinds: ${kind} is not a snake_case kind`);
  lines.push(
    comment(`${description ?? ""} (error kind \`${kind}\`)`),
    `export class ${className(kind)} extends APIStatusError {`,
    `  static override readonly kind: string = ${JSON.stringify(kind)};`,
    "}",
    "",
  );
}
const failureKinds = ["resource_failed"];
for (const [name, waiter] of Object.entries(waiters)) {
  const kind = waiter.failure_kind;
  if (failureKinds.includes(kind)) continue;
  if (!/^[a-z][a-z0-9_]*$/.test(kind)) fail(`x-waiter of ${name}: ${kind} is not a snake_case kind`);
  failureKinds.push(kind);
  lines.push(
    comment(`A ${name} reached a failure status of its x-waiter (error kind \`${kind}\`).`),
    `export class ${className(kind)} extends ResourceFailedError {`,
    `  static override readonly kind: string = ${JSON.stringify(kind)};`,
    "}",
    "",
  );
}
const table = (kinds) => kinds.map((kind) => `  ${kind}: ${BASES[kind] ?? className(kind)},`);
lines.push(
  "/** The class of each error kind of an answer (x-error-kinds on ErrorType). */",
  "export const answerErrors = {",
  ...table(answerKinds),
  "} as const;",
  "",
  "/** The class of each failure kind of a waiter (x-waiter's failure_kind). */",
  "export const failureErrors = {",
  ...table(failureKinds),
  "} as const;",
  "",
);
const errorsPath = join(dirname(outPath), "errors.ts");
writeFileSync(errorsPath, lines.join("\n"));
console.log(`${specPath} -> ${errorsPath}`);
