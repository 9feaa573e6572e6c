// The shared scenarios (tests/scenarios/scenarios.yaml), replayed by the TypeScript client
// against the Python emulator, which this runner drives only through its HTTP control surface
// (/_emulator), as the Python runner (tests/test_scenarios.py) does. The format is
// tests/scenarios/README.md; test/helpers/scenarios.ts reads, checks and judges. A new
// scenario in the file is a new test here, with no code. SCENARIOS_FILE points the runner at
// another file (to try a scenario, or to see a wrong expectation fail).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { FunctionsClient, ScalewayError } from "../src/index.js";
import { type Emulator, startEmulator } from "./helpers/emulator.js";
import {
  BUILTINS,
  CODE,
  type EmulatorBlock,
  fieldAt,
  loadScenarios,
  MISSING,
  type Mapping,
  mismatches,
  type Outcome,
  readSpec,
  SCENARIOS,
  type Scenario,
  ScenarioError,
  type Step,
  judge,
  save,
  splitArgs,
  substitute,
} from "./helpers/scenarios.js";
import { NO_ENV } from "./helpers/stub.js";

const TOKEN = "scenario-runner-token";
const OPERATIONS = readSpec();
// Read and checked when this file loads: a malformed file fails before any scenario runs.
const ALL = loadScenarios(process.env["SCENARIOS_FILE"] || SCENARIOS, OPERATIONS);

type Variables = Record<string, unknown>;

/** Replays scenarios through a FunctionsClient against a running emulator. */
class Runner {
  constructor(readonly url: string) {}

  private async control(where: string, method: string, path: string, body?: unknown): Promise<Mapping> {
    const answer = await fetch(`${this.url}/_emulator${path}`, {
      method,
      headers: { "X-Auth-Token": TOKEN, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await answer.text();
    // A fault or setting the emulator refuses: the file is wrong.
    if (answer.status !== 200) throw new ScenarioError(`${where}: the emulator refused ${method} ${path}: ${text}`);
    return JSON.parse(text) as Mapping;
  }

  /** An emulator block: its settings, then its faults (README.md, Emulator blocks). */
  private async applyEmulator(where: string, block: EmulatorBlock): Promise<void> {
    if (block.settings && Object.keys(block.settings).length) await this.control(where, "PATCH", "/settings", block.settings);
    if (block.faults?.length) await this.control(where, "POST", "/faults", { faults: block.faults });
  }

  private async requestCounts(): Promise<Record<string, number>> {
    return (await this.control("counting", "GET", "/requests"))["requests"] as Record<string, number>;
  }

  /** The counts once two reads 50 ms apart agree (for at most 5 s): pages of a listing
   * still in flight when it ends count for it, not for a later step. */
  private async settledCounts(limitMs = 5_000): Promise<Record<string, number>> {
    let counts = await this.requestCounts();
    const deadline = performance.now() + limitMs;
    while (performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const again = await this.requestCounts();
      if (JSON.stringify(again) === JSON.stringify(counts)) break;
      counts = again;
    }
    return counts;
  }

  /** A client with the language's defaults, the emulator's URL and token, and the file's
   * region and project; `options` are a step's per-call settings. */
  private client(options: Mapping = {}): FunctionsClient {
    return new FunctionsClient({
      baseUrl: this.url,
      secretKey: TOKEN,
      region: BUILTINS["region"] as string,
      projectId: BUILTINS["project_id"] as string,
      env: NO_ENV,
      ...callOptions(options),
    });
  }

  async run(scenario: Scenario): Promise<void> {
    await this.control(`scenario ${scenario.name}`, "POST", "/reset");
    await this.applyEmulator(`scenario ${scenario.name}, emulator`, substitute(scenario.setup, BUILTINS) as EmulatorBlock);
    const variables: Variables = { ...BUILTINS };
    const client = this.client();
    for (const step of scenario.steps) await this.step(client, step, variables);
  }

  private async step(client: FunctionsClient, step: Step, variables: Variables): Promise<void> {
    if (step.action === "emulator") {
      await this.applyEmulator(step.where, substitute(step.target, variables) as EmulatorBlock);
      return;
    }
    const counted = "requests" in step.expect;
    const before = counted ? await this.requestCounts() : {};
    const outcome: Outcome = { seconds: 0 };
    const started = performance.now();
    try {
      outcome.result = await this.invoke(client, step, variables);
    } catch (error) {
      if (error instanceof ScalewayError) {
        outcome.error = error;
      } else if (error instanceof TypeError || error instanceof RangeError) {
        outcome.refused = error; // the client refused the call before sending it
      } else {
        // The runner's or the client's bug: say which step.
        throw new Error(`${step.where}: ${String(error)}`, { cause: error });
      }
    }
    outcome.seconds = (performance.now() - started) / 1000;
    let after: Record<string, number> = {};
    if (step.action === "list_all") after = await this.settledCounts(); // counted or not: nothing may leak onwards
    else if (counted) after = await this.requestCounts();
    if (counted) outcome.requests = Object.fromEntries(Object.entries(after).map(([key, n]) => [key, n - (before[key] ?? 0)]));
    judge(step, outcome, variables);
    save(step, outcome.result, variables);
  }

  /** The step's client call (README.md, Steps); its result as JSON. */
  private async invoke(client: FunctionsClient, step: Step, variables: Variables): Promise<unknown> {
    const options = (step.raw["options"] as Mapping | undefined) ?? {};
    const target = substitute(step.target, variables) as string;
    const args = substitute(step.raw["args"] ?? {}, variables) as Mapping;
    if (step.action === "call") {
      const { path, query, body } = splitArgs(OPERATIONS, target, args);
      const input = { path, query, ...(Object.keys(body).length ? { body } : {}) };
      return client.call(target as never, input as never, callOptions(options));
    }
    if (step.action === "list_all") {
      const { path, query } = splitArgs(OPERATIONS, target, args);
      const pageSize = step.raw["page_size"] as number | undefined;
      const input = { path, query, ...(pageSize === undefined ? {} : { pageSize }) };
      const items: unknown[] = [];
      for await (const item of client.paginate(target as never, input as never, callOptions(options))) items.push(item);
      return items;
    }
    // wait_for, deploy_code: per-call settings apply to the requests they make.
    const bounded = Object.keys(options).length ? this.client(options) : client;
    const id = substitute(step.raw["id"], variables) as string;
    const timeout = step.raw["timeout"] as number | undefined;
    const timing = timeout === undefined ? {} : { timeoutMs: timeout * 1000 };
    if (step.action === "wait_for") return bounded.waitFor(target as never, id, timing);
    const wait = (step.raw["wait"] as boolean | undefined) ?? true;
    return bounded.deployCode(target as never, id, join(CODE, step.raw["code"] as string), { ...timing, wait });
  }
}

/** A step's `options` as the client's per-call settings. */
function callOptions(options: Mapping): { timeoutMs?: number; maxRetries?: number } {
  return {
    ...(options["timeout"] === undefined ? {} : { timeoutMs: (options["timeout"] as number) * 1000 }),
    ...(options["max_retries"] === undefined ? {} : { maxRetries: options["max_retries"] as number }),
  };
}

// --- the file's scenarios -----------------------------------------------------------------------

let emulator: Emulator | undefined;
let runner: Runner;

before(async () => {
  emulator = await startEmulator({ control: true, token: TOKEN });
  runner = new Runner(emulator.url);
});

after(async () => {
  await emulator?.stop();
});

describe("scenarios.yaml", () => {
  for (const scenario of ALL) {
    test(scenario.name, () => runner.run(scenario));
  }
});

// --- a wrong scenario fails, and says where -----------------------------------------------------

const BROKEN = `
version: 1
emulator: {settings: {namespace_ready: 0, build: 0.05, deletion: 0}}
scenarios:
  - name: broken
    steps:
      - call: createNamespace
        args: {name: broken}
        save: {ns_id: id}
      - emulator:
          faults: [{path: "\${api}/namespaces/\${ns_id}", method: GET, status: 503}]
      - call: getNamespace
        args: {namespace_id: "\${ns_id}"}
        expect: EXPECT
`;

function scenarioFrom(text: string): Scenario {
  const directory = mkdtempSync(join(tmpdir(), "scenarios-"));
  try {
    writeFileSync(join(directory, "scenarios.yaml"), text);
    const [scenario] = loadScenarios(join(directory, "scenarios.yaml"), OPERATIONS);
    return scenario!;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("a wrong expectation fails the scenario, naming it and the step", () => {
  const cases: [string, string][] = [
    ['{requests: {"GET ${api}/namespaces/${ns_id}": 1}}', "2 requests to GET"],
    ["{result: {name: other}}", 'result.name: "broken", expected "other"'],
    ["{absent: [name]}", 'result.name is "broken", expected absent'],
    ["{error: {kind: server}}", "expected a server error"],
    ["{min_seconds: 60}", "expected 60s at least"],
    ["{refused: [namespace_id]}", "expected the client to refuse the call"],
  ];
  for (const [expect, problem] of cases) {
    test(expect, async () => {
      const scenario = scenarioFrom(BROKEN.replace("EXPECT", expect));
      await assert.rejects(runner.run(scenario), (error: Error) => {
        assert.ok(error.message.startsWith("scenario broken, step 3: "), error.message);
        assert.ok(error.message.includes(problem), error.message);
        return true;
      });
    });
  }

  test("the same scenario with the right expectation passes", async () => {
    await runner.run(scenarioFrom(BROKEN.replace("EXPECT", '{result: {name: broken}, requests: {"GET ${api}/namespaces/${ns_id}": 2}}')));
  });

  test("a fault the emulator refuses fails naming the step", async () => {
    // A path the file's form allows (it starts with a variable) but the emulator refuses.
    const scenario = scenarioFrom(BROKEN.replace('path: "${api}/namespaces/${ns_id}"', 'path: "${ns_id}"').replace("EXPECT", "{}"));
    await assert.rejects(runner.run(scenario), (error: Error) => {
      assert.ok(error instanceof ScenarioError);
      assert.match(error.message, /^scenario broken, step 2: .*faults\[0\]\.path/);
      return true;
    });
  });
});

describe("a malformed file is refused before anything runs", () => {
  const VALID = `
version: 1
scenarios:
  - name: valid
    steps:
      - {call: createNamespace, args: {name: x}, save: {ns_id: id}}
      - {wait_for: Namespace, id: "\${ns_id}", timeout: 5}
`;
  const cases: [string, string, string][] = [
    ["call: createNamespace,", "list_all: listNamespaces, call: createNamespace,", "scenario valid, step 1: give exactly one of call, list_all"],
    ["{call: createNamespace,", "{", "scenario valid, step 1: give exactly one of call, list_all"],
    ["call: createNamespace", "call: createNamespaces", "step 1, call: openapi.yaml has no operation 'createNamespaces'"],
    ["{name: x}", "{nmae: x}", "step 1, args: createNamespace has no parameter or body field 'nmae'"],
    ["{call: createNamespace, args: {name: x},", "{call: getNamespace, args: {},", "step 1, args: getNamespace needs namespace_id"],
    ["wait_for: Namespace", "wait_for: Spaceship", "step 2, wait_for: expected one of"],
    ['id: "${ns_id}"', 'id: "${fn_id}"', "step 2: ${fn_id} is not defined by an earlier step"],
    ["timeout: 5}", "timeout: 5, expect: {error: {kind: NotFoundError}}}", "step 2, expect, error, kind: 'NotFoundError' is no kind"],
    ["timeout: 5}", "timeuot: 5}", "scenario valid, step 2: must NOT have additional properties 'timeuot'"],
    ["timeout: 5}", "timeout: 5, expect: {reslut: {}}}", "scenario valid, step 2, expect: must NOT have additional properties 'reslut'"],
    ["timeout: 5}", "timeout: -1}", "scenario valid, step 2, timeout: must be >= 0"],
    ["name: valid", "name: Valid Name", "scenario 1, name: must match pattern"],
    ["{call: createNamespace, args: {name: x},", "{list_all: listFunctionRuntimes,", "step 1, list_all: listFunctionRuntimes has no x-pagination"],
    ["timeout: 5}", "timeout: 5, expect: {error: {kind: not_found}, result: {}}}", "scenario valid, step 2, expect: error and result exclude each other"],
    ["timeout: 5}", 'timeout: 5, expect: {requests: {"/namespaces": 1}}}', "scenario valid, step 2, expect, requests: must match pattern"],
    ["timeout: 5}", "timeout: 5, expect: {refused: [x], count: 1}}", "scenario valid, step 2, expect: refused and count exclude each other"],
    ["timeout: 5}", "timeout: 5, save: {x: id}, expect: {error: {kind: not_found}}}", "step 2, save: only a step with a result"],
    ["{wait_for: Namespace,", "{deploy_code: Function, code: nowhere,", "step 2, code: expected a directory of"],
  ];
  for (const [from, to, message] of cases) {
    test(`${to} -> ${message}`, () => {
      assert.ok(VALID.includes(from), from);
      assert.throws(() => scenarioFrom(VALID.replace(from, to)), (error: Error) => {
        assert.ok(error instanceof ScenarioError, String(error));
        assert.ok(error.message.startsWith("scenarios.yaml: "), error.message);
        assert.ok(error.message.includes(message), error.message);
        return true;
      });
    });
  }

  test("the valid base of those files loads", () => {
    assert.deepEqual(
      scenarioFrom(VALID).steps.map((step) => step.action),
      ["call", "wait_for"],
    );
  });
});

// --- the matching rules of README.md ------------------------------------------------------------

describe("results match as a subset", () => {
  const cases: [unknown, unknown, boolean][] = [
    [{ a: 1 }, { a: 1, b: 2 }, true],
    [{ a: { b: "x" } }, { a: { b: "x", c: null } }, true],
    [{ a: null }, {}, true],
    [{ a: null }, { a: null }, true],
    [{ a: null }, { a: 0 }, false],
    [{ a: 1 }, {}, false],
    [{ a: true }, { a: 1 }, false],
    [[{ a: 1 }], [{ a: 1, b: 2 }], true],
    [[{ a: 1 }], [{ a: 1 }, { a: 2 }], false],
    [[], [], true],
    ["x", "x ", false],
    [{ a: "1" }, { a: 1 }, false],
  ];
  for (const [expected, actual, matches] of cases) {
    test(`${JSON.stringify(expected)} ~ ${JSON.stringify(actual)}: ${matches}`, () => {
      assert.equal(mismatches(expected, actual).length === 0, matches);
    });
  }

  test("variables keep their type alone and are written into text", () => {
    assert.deepEqual(substitute({ count: "${n}", path: "/x/${id}/${n}", "${id}": 1 }, { n: 3, id: "abc" }), {
      count: 3,
      path: "/x/abc/3",
      abc: 1,
    });
  });

  test("field paths go through objects and lists", () => {
    const value = { functions: [{ id: "a" }, { id: "b" }] };
    assert.equal(fieldAt(value, "functions.1.id"), "b");
    assert.equal(fieldAt(value, "functions.2.id"), MISSING);
    assert.equal(fieldAt(value, "total"), MISSING);
  });
});
