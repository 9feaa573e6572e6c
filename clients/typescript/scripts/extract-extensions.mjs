// Writes src/generated/extensions.ts: the operation table and the x- extension data of
// openapi.yaml (docs/spec-extensions.md), for the handwritten layer to read. Run by
// `npm run generate`; it fails when an extension names an operation or schema that the
// spec does not have.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
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
    operations[op.operationId] = { method, path, pathParams, hasBody: "requestBody" in op };
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

const data = {
  server: spec.servers[0].url,
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
