/**
 * The shared scenario file (tests/scenarios/scenarios.yaml): reading it, checking it, and
 * judging a step's outcome, as tests/scenarios/README.md says. No client and no I/O here but
 * reading files: test/scenarios.test.ts drives the client with it. The Python runner's
 * counterpart is tests/scenario_file.py; the rules and messages follow it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

import Ajv2020Module from "@redocly/ajv/dist/2020.js";
import { parse } from "yaml";

import { answerErrors } from "../../src/generated/errors.js";
import * as spec from "../../src/generated/extensions.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url)); // from dist/test/helpers
export const SCENARIOS = join(ROOT, "tests", "scenarios", "scenarios.yaml");
export const CODE = join(ROOT, "tests", "scenarios", "code");
const SCHEMA = join(ROOT, "tests", "scenarios", "scenarios.schema.json");
const OPENAPI = join(ROOT, "openapi.yaml");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Mapping = Record<string, unknown>;

export const ACTIONS = ["call", "list_all", "wait_for", "deploy_code", "emulator"] as const;
export type Action = (typeof ACTIONS)[number];

/** Variables every scenario has (README.md, Variables). */
export const BUILTINS: Readonly<Record<string, unknown>> = {
  region: "fr-par",
  project_id: "00000000-0000-4000-8000-000000000001",
  api: "/functions/v1beta1/regions/fr-par",
};

/** The file is wrong; the message says where (scenario, step, key). */
export class ScenarioError extends Error {
  override name = "ScenarioError";
}

export interface Step {
  /** `scenario <name>, step <n>` (from 1), for messages. */
  where: string;
  action: Action;
  /** The operationId, resource name, or the emulator block. */
  target: unknown;
  raw: Mapping;
  expect: Mapping;
}

export interface EmulatorBlock {
  settings?: Mapping;
  faults?: unknown[];
}

export interface Scenario {
  name: string;
  /** The file's emulator block merged with the scenario's own (README.md, Emulator blocks). */
  setup: { settings: Mapping; faults: unknown[] };
  steps: Step[];
}

// --- what the file may name: openapi.yaml's operations, waiters and code uploads ----------------

interface SpecOperation {
  pathParams: readonly string[];
  query: ReadonlySet<string>;
  body: ReadonlySet<string>;
  paginated: boolean;
}

/** The names a scenario may use. Path parameters and body fields come from the client's
 * own operation table; query parameters, which the table does not list, from openapi.yaml. */
export function readSpec(path = OPENAPI): Map<string, SpecOperation> {
  const document = parse(readFileSync(path, "utf8")) as { paths: Record<string, Record<string, unknown>>; components: Mapping };
  const resolve = (node: unknown): Mapping => {
    let current = node as Mapping;
    while (current && typeof current["$ref"] === "string") {
      const [, , section, name] = (current["$ref"] as string).split("/");
      current = (document.components[section!] as Mapping)[name!] as Mapping;
    }
    return current;
  };
  const query = new Map<string, Set<string>>();
  for (const item of Object.values(document.paths)) {
    const shared = (item["parameters"] as unknown[] | undefined) ?? [];
    for (const [method, operation] of Object.entries(item)) {
      if (!["get", "put", "post", "delete", "patch", "head", "options"].includes(method)) continue;
      const op = operation as Mapping;
      const parameters = [...shared, ...((op["parameters"] as unknown[] | undefined) ?? [])].map(resolve);
      query.set(op["operationId"] as string, new Set(parameters.filter((p) => p["in"] === "query").map((p) => p["name"] as string)));
    }
  }
  const operations = new Map<string, SpecOperation>();
  for (const [id, operation] of Object.entries(spec.operations)) {
    operations.set(id, {
      pathParams: (operation.pathParams as readonly string[]).filter((name) => name !== "region"),
      query: query.get(id) ?? new Set(),
      body: new Set(operation.bodyFields as readonly string[]),
      paginated: id in spec.pagination,
    });
  }
  return operations;
}

const WAITERS: readonly string[] = Object.keys(spec.waiters);
const CODE_RESOURCES: readonly string[] = Object.keys(spec.codeUploads);
/** Every error kind a step may expect: the API's, the waiters' failure kinds, wait_timeout. */
export const ERROR_KINDS: ReadonlySet<string> = new Set([
  ...Object.keys(answerErrors),
  ...Object.values(spec.waiters).map((waiter) => (waiter as { failure_kind?: string }).failure_kind ?? "resource_failed"),
  "resource_failed",
  "wait_timeout",
]);

/** Where a flat `args` name goes (README.md, Steps): a path parameter when the operation's
 * path has it, else a query parameter when the operation declares it, else a body field. */
export function splitArgs(operations: Map<string, SpecOperation>, operationId: string, args: Mapping) {
  const operation = operations.get(operationId)!;
  const path: Mapping = {};
  const query: Mapping = {};
  const body: Mapping = {};
  for (const [name, value] of Object.entries(args)) {
    if (operation.pathParams.includes(name)) path[name] = value;
    else if (operation.query.has(name)) query[name] = value;
    else body[name] = value;
  }
  return { path, query, body };
}

// --- the file, checked --------------------------------------------------------------------------

const VARIABLE = /\$\{([^}]*)\}/g;
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isObject = (value: unknown): value is Mapping =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function variablesIn(value: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === "string") for (const match of node.matchAll(VARIABLE)) found.add(match[1]!);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) for (const [key, item] of Object.entries(node)) (walk(key), walk(item));
  };
  walk(value);
  return found;
}

type Validator = ((document: unknown) => boolean) & { errors?: unknown };
let validator: Validator | undefined;

interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  message?: string;
  params?: { additionalProperty?: string };
}

/** The file's form, by scenarios.schema.json (draft 2020-12), with ajv (the one
 * openapi-typescript's linter already brings, pinned in devDependencies). */
function checkForm(document: unknown): void {
  // A CommonJS module: its exports object is the class, typed as a module with `default`.
  const Ajv2020 = Ajv2020Module.default;
  const schema = JSON.parse(readFileSync(SCHEMA, "utf8")) as { $defs: { step: { oneOf: { required: string[] }[] } } };
  validator ??= new Ajv2020({ strict: false, allErrors: true }).compile(schema) as Validator;
  if (validator(document)) return;
  throw new ScenarioError(formProblem(document, (validator.errors ?? []) as SchemaError[], schema.$defs.step.oneOf.map((branch) => branch.required[0]!)));
}

/** The one problem worth naming among a schema's errors: a step's own (no action, two
 * actions), else the deepest error of the branch of the step's action (the schema's step is
 * a oneOf by action; the other branches' complaints say nothing). */
function formProblem(document: unknown, errors: SchemaError[], branchActions: string[]): string {
  const STEP = /^\/scenarios\/\d+\/steps\/\d+/;
  const stepAt = (pointer: string) => {
    const prefix = STEP.exec(pointer)?.[0];
    return prefix === undefined ? undefined : { prefix, value: valueAt(document, prefix) };
  };
  for (const error of errors) {
    const step = stepAt(error.instancePath);
    if (step && isObject(step.value) && ACTIONS.filter((key) => key in (step.value as Mapping)).length !== 1) {
      return `${describePointer(document, step.prefix)}: give exactly one of ${ACTIONS.join(", ")}`;
    }
  }
  const relevant = errors.filter((error) => {
    const step = stepAt(error.instancePath);
    const branch = /^#\/oneOf\/(\d+)\//.exec(error.schemaPath);
    if (!step || !branch || error.instancePath.split("/").length > step.prefix.split("/").length + 1) return true;
    return isObject(step.value) && branchActions[Number(branch[1])]! in step.value;
  });
  const deepest = [...(relevant.length ? relevant : errors)].sort((a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length)[0];
  const where = describePointer(document, deepest?.instancePath ?? "");
  const instance = valueAt(document, deepest?.instancePath ?? "");
  if (deepest?.keyword === "not" && isObject(instance) && /\/expect$/.test(deepest.instancePath)) {
    // The schema's exclusions: error and refused exclude each other and the result's checks.
    const keys = Object.keys(instance).filter((key) => ["error", "refused", "result", "present", "absent", "count"].includes(key));
    return `${where}: ${keys.join(" and ")} exclude each other (scenarios.schema.json)`;
  }
  const extra = deepest?.params?.additionalProperty;
  return `${where}: ${deepest?.message ?? "invalid"}${extra ? ` '${extra}'` : ""} (scenarios.schema.json)`;
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const part of pointer.split("/").slice(1)) node = Array.isArray(node) ? node[Number(part)] : isObject(node) ? node[part] : undefined;
  return node;
}

/** `/scenarios/3/steps/1/expect` as the runner's messages say it: `scenario <name>, step 2, expect`. */
function describePointer(document: unknown, pointer: string): string {
  const parts = pointer.split("/").slice(1);
  const words: string[] = [];
  let node: unknown = document;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const parent = node;
    node = Array.isArray(node) ? node[Number(part)] : isObject(node) ? node[part] : undefined;
    if (parts[index - 1] === "scenarios" && index === 1) {
      const name = isObject(node) ? node["name"] : undefined;
      words.push(typeof name === "string" && NAME.test(name) ? `scenario ${name}` : `scenario ${Number(part) + 1}`);
    } else if (parts[index - 1] === "steps" && Array.isArray(parent)) {
      words.push(`step ${Number(part) + 1}`);
    } else if (part !== "scenarios" && part !== "steps") {
      words.push(part);
    }
  }
  return words.length ? words.join(", ") : "the file";
}

/** Every scenario of the file, checked by form (the JSON Schema) and against openapi.yaml
 * (names, arguments, variables, code directories); ScenarioError says what is wrong, and
 * where, before any scenario runs. */
export function loadScenarios(path = SCENARIOS, operations = readSpec()): Scenario[] {
  try {
    return load(path, operations);
  } catch (error) {
    if (error instanceof ScenarioError) throw new ScenarioError(`${basename(path)}: ${error.message}`);
    throw error;
  }
}

function load(path: string, operations: Map<string, SpecOperation>): Scenario[] {
  let document: unknown;
  try {
    document = parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ScenarioError(`not YAML: ${(error as Error).message}`);
  }
  checkForm(document);
  const file = document as { emulator?: EmulatorBlock; scenarios: Mapping[] };
  const defaults = file.emulator ?? {};
  const names = new Set<string>();
  return file.scenarios.map((item) => {
    const name = item["name"] as string;
    const where = `scenario ${name}`;
    if (names.has(name)) throw new ScenarioError(`${where}: a scenario of that name comes earlier`);
    names.add(name);
    const own = (item["emulator"] as EmulatorBlock | undefined) ?? {};
    const setup = {
      settings: { ...defaults.settings, ...own.settings },
      faults: [...(defaults.faults ?? []), ...(own.faults ?? [])],
    };
    const defined = new Set(Object.keys(BUILTINS));
    for (const name of variablesIn(setup)) {
      if (!defined.has(name)) throw new ScenarioError(`${where}, emulator: only the built-in variables exist before step 1`);
    }
    const steps = (item["steps"] as Mapping[]).map((raw, index) =>
      checkStep(`${where}, step ${index + 1}`, raw, operations, defined),
    );
    return { name, setup, steps };
  });
}

function checkStep(where: string, raw: Mapping, operations: Map<string, SpecOperation>, defined: Set<string>): Step {
  const action = ACTIONS.find((key) => key in raw)!; // exactly one: the schema says so
  const target = raw[action];
  const expect = (raw["expect"] as Mapping | undefined) ?? {};
  if (action === "call" || action === "list_all") {
    const operation = operations.get(target as string);
    if (!operation) throw new ScenarioError(`${where}, ${action}: openapi.yaml has no operation '${String(target)}'`);
    if (action === "list_all" && !operation.paginated) {
      throw new ScenarioError(`${where}, list_all: ${String(target)} has no x-pagination`);
    }
    const args = (raw["args"] as Mapping | undefined) ?? {};
    const known = new Set([...operation.pathParams, ...operation.query, ...operation.body]);
    if (action === "list_all") for (const name of [spec.paginationPolicy.page, spec.paginationPolicy.page_size]) known.delete(name);
    for (const name of Object.keys(args)) {
      if (!known.has(name)) throw new ScenarioError(`${where}, args: ${String(target)} has no parameter or body field '${name}'`);
    }
    const missing = operation.pathParams.find((name) => !(name in args));
    if (missing) throw new ScenarioError(`${where}, args: ${String(target)} needs ${missing}`);
  }
  if (action === "wait_for" || action === "deploy_code") {
    const names = action === "wait_for" ? WAITERS : CODE_RESOURCES;
    if (!names.includes(target as string)) {
      throw new ScenarioError(`${where}, ${action}: expected one of ${names.join(", ")}, got '${String(target)}'`);
    }
  }
  if (action === "deploy_code") {
    const code = raw["code"] as string;
    const directory = join(CODE, code);
    if (code.includes("/") || !existsSync(directory) || !statSync(directory).isDirectory()) {
      throw new ScenarioError(`${where}, code: expected a directory of ${CODE}, got '${code}'`);
    }
  }
  const error = expect["error"] as Mapping | undefined;
  if (error && !ERROR_KINDS.has(error["kind"] as string)) {
    throw new ScenarioError(`${where}, expect, error, kind: '${String(error["kind"])}' is no kind of the spec`);
  }
  const { save, ...used } = raw;
  for (const name of [...variablesIn(used)].sort()) {
    if (!defined.has(name)) throw new ScenarioError(`${where}: \${${name}} is not defined by an earlier step`);
  }
  if (save !== undefined && ("error" in expect || "refused" in expect)) {
    throw new ScenarioError(`${where}, save: only a step with a result can save from it`);
  }
  for (const name of Object.keys((save as Mapping | undefined) ?? {})) {
    if (!VARIABLE_NAME.test(name)) throw new ScenarioError(`${where}, save: expected name: field.path, got '${name}'`);
    defined.add(name);
  }
  return { where, action, target, raw, expect };
}

// --- running: variables, field paths, matching --------------------------------------------------

/** `value` with each `${name}` replaced: a string that is just `${name}` becomes the
 * variable's value (of any JSON type); elsewhere the value is written into the text. */
export function substitute(value: unknown, variables: Readonly<Record<string, unknown>>): unknown {
  if (typeof value === "string") {
    const whole = /^\$\{([^}]*)\}$/.exec(value);
    if (whole) return variables[whole[1]!];
    return value.replace(VARIABLE, (_, name: string) => String(variables[name]));
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, variables));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [substitute(key, variables), substitute(item, variables)]));
  }
  return value;
}

/** A field path that leads nowhere. */
export const MISSING: unique symbol = Symbol("missing");

/** The value at a dotted field path (`functions.0.id`), or MISSING. */
export function fieldAt(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(".")) {
    if (isObject(current) && Object.hasOwn(current, part)) current = current[part];
    else if (Array.isArray(current) && /^\d+$/.test(part) && Number(part) < current.length) current = current[Number(part)];
    else return MISSING;
  }
  return current;
}

const show = (value: unknown) => (value === MISSING ? "absent" : value === undefined ? "undefined" : JSON.stringify(value));

/** How `actual` differs from `expected` (a subset match; README.md, Matching). */
export function mismatches(expected: unknown, actual: unknown, where = "result"): string[] {
  if (expected === null) return actual === null || actual === undefined || actual === MISSING ? [] : [`${where}: ${show(actual)}, not null`];
  if (actual === MISSING || actual === undefined) return [`${where}: absent, expected ${show(expected)}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${where}: ${show(actual)}, expected a list`];
    if (actual.length !== expected.length) return [`${where}: ${actual.length} items, expected ${expected.length}`];
    return expected.flatMap((wanted, index) => mismatches(wanted, actual[index], `${where}.${index}`));
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${where}: ${show(actual)}, expected an object`];
    return Object.entries(expected).flatMap(([key, wanted]) =>
      mismatches(wanted, Object.hasOwn(actual, key) ? actual[key] : MISSING, `${where}.${key}`),
    );
  }
  let same: boolean;
  if (typeof expected === "boolean" || typeof actual === "boolean") same = expected === actual;
  else if (typeof expected === "number" && typeof actual === "number") same = Math.abs(expected - actual) <= 1e-9;
  else same = expected === actual;
  return same ? [] : [`${where}: ${show(actual)}, expected ${show(expected)}`];
}

/** What a step did. */
export interface Outcome {
  result?: unknown;
  /** A client error with a kind (ScalewayError). */
  error?: { kind: string; status?: number | undefined; type?: string | undefined; message: string };
  /** The client's own refusal of the call, before sending anything (TypeError, RangeError). */
  refused?: Error;
  seconds: number;
  /** Requests the emulator saw during the step, by `METHOD /path`. */
  requests?: Record<string, number>;
}

/** Every difference between an outcome and what the step expects (README.md,
 * Expectations), thrown as one AssertionError-like Error naming the scenario and step. */
export function judge(step: Step, outcome: Outcome, variables: Readonly<Record<string, unknown>>): void {
  const expect = substitute(step.expect, variables) as Mapping;
  const problems: string[] = [];
  const { error, refused } = outcome;
  if (refused && !("refused" in expect)) {
    problems.push(`refused: ${refused.name}: ${refused.message}`);
  } else if ("refused" in expect) {
    if (!refused) {
      const what = error ? `failed with ${error.kind}: ${error.message}` : `gave ${show(outcome.result)}`;
      problems.push(`${what}, expected the client to refuse the call`);
    } else {
      for (const text of expect["refused"] as string[]) {
        if (!refused.message.includes(text)) problems.push(`refusal ${JSON.stringify(refused.message)} does not name '${text}'`);
      }
    }
  } else if ("error" in expect) {
    const wanted = expect["error"] as Mapping;
    if (!error) {
      problems.push(`succeeded with ${show(outcome.result)}, expected a ${String(wanted["kind"])} error`);
    } else {
      const seen: Mapping = { kind: error.kind, status: error.status, type: error.type };
      for (const key of ["kind", "status", "type"]) {
        if (key in wanted && seen[key] !== wanted[key]) problems.push(`error ${key} ${show(seen[key])}, expected ${show(wanted[key])}`);
      }
      if ("message" in wanted && !error.message.includes(wanted["message"] as string)) {
        problems.push(`error message ${JSON.stringify(error.message)} lacks ${JSON.stringify(wanted["message"])}`);
      }
    }
  } else if (error) {
    problems.push(`failed with ${error.kind}: ${error.message}`);
  } else {
    const { result } = outcome;
    if ("result" in expect) problems.push(...mismatches(expect["result"], result));
    for (const path of (expect["present"] as string[] | undefined) ?? []) {
      const value = fieldAt(result, path);
      if (value === MISSING || value === null || value === undefined) problems.push(`result.${path} is absent, expected present`);
    }
    for (const path of (expect["absent"] as string[] | undefined) ?? []) {
      const value = fieldAt(result, path);
      if (!(value === MISSING || value === null || value === undefined)) problems.push(`result.${path} is ${show(value)}, expected absent`);
    }
    if ("count" in expect) {
      const count = Array.isArray(result) ? result.length : undefined;
      if (count !== expect["count"]) problems.push(`${count ?? "no"} items, expected ${String(expect["count"])}`);
    }
  }
  for (const [key, wanted] of Object.entries((expect["requests"] as Mapping | undefined) ?? {})) {
    const seen = outcome.requests?.[key] ?? 0;
    const [low, high] = isObject(wanted)
      ? [(wanted["at_least"] as number | undefined) ?? 0, (wanted["at_most"] as number | undefined) ?? Infinity]
      : [wanted as number, wanted as number];
    if (!(low <= seen && seen <= high)) problems.push(`${seen} requests to ${key}, expected ${JSON.stringify(wanted)}`);
  }
  if ("min_seconds" in expect && outcome.seconds < (expect["min_seconds"] as number)) {
    problems.push(`took ${outcome.seconds.toFixed(3)}s, expected ${String(expect["min_seconds"])}s at least`);
  }
  if (problems.length) throw new Error(`${step.where}: ${problems.join("; ")}`);
}

/** The variables a step that succeeded saves (`save: {name: field.path}`). */
export function save(step: Step, result: unknown, variables: Record<string, unknown>): void {
  for (const [name, path] of Object.entries((step.raw["save"] as Record<string, string> | undefined) ?? {})) {
    const value = fieldAt(result, path);
    if (value === MISSING) throw new Error(`${step.where}: save ${name}: the result has no ${path}`);
    variables[name] = value;
  }
}
