// Configuration as the Python client (and the scw CLI) resolve it: options, then SCW_*
// variables, then the selected profile of the config file, then its top level, then defaults.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { after, describe, test } from "node:test";
import { stringify } from "yaml";

import { ConfigurationError, FunctionsClient, resolveConfig } from "../src/index.js";
import { json, stubbed } from "./helpers/stub.js";

const root = mkdtempSync(join(tmpdir(), "scw-config-"));
after(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
/** A config file with `document`, and an environment pointing at it. */
function configFile(document: unknown, raw?: string) {
  const path = join(root, `config-${++count}.yaml`);
  writeFileSync(path, raw ?? stringify(document));
  return { path, env: { SCW_CONFIG_PATH: path } };
}

// setting: (variable, file key, values by layer: option, environment, profile, top level)
const LAYERS = ["option", "environment", "profile", "top-level"] as const;
const SETTINGS = {
  secretKey: ["SCW_SECRET_KEY", "secret_key", ["opt-secret", "env-secret", "profile-secret", "top-secret"]],
  accessKey: ["SCW_ACCESS_KEY", "access_key", ["SCWOPT", "SCWENV", "SCWPROFILE", "SCWTOP"]],
  region: ["SCW_DEFAULT_REGION", "default_region", ["nl-ams", "pl-waw", "it-mil", "de-fra"]],
  projectId: ["SCW_DEFAULT_PROJECT_ID", "default_project_id", ["opt-project", "env-project", "profile-project", "top-project"]],
  organizationId: ["SCW_DEFAULT_ORGANIZATION_ID", "default_organization_id", ["opt-org", "env-org", "profile-org", "top-org"]],
  baseUrl: ["SCW_API_URL", "api_url", ["https://opt.example", "https://env.example", "https://profile.example", "https://top.example"]],
} as const;

describe("configuration", () => {
  test("from SCW_* variables alone, with the spec's defaults for the rest", () => {
    const config = resolveConfig({}, {
      SCW_CONFIG_PATH: join(root, "none.yaml"),
      SCW_SECRET_KEY: "env-secret",
      SCW_DEFAULT_REGION: "nl-ams",
      SCW_DEFAULT_PROJECT_ID: "env-project",
      SCW_API_URL: "http://127.0.0.1:8080/",
    });
    assert.deepEqual(
      [config.secretKey, config.region, config.projectId, config.baseUrl, config.profile],
      ["env-secret", "nl-ams", "env-project", "http://127.0.0.1:8080", undefined],
    );
    assert.equal(config.sources["secretKey"], "SCW_SECRET_KEY");
    const defaults = resolveConfig({ secretKey: "k" }, { SCW_CONFIG_PATH: join(root, "none.yaml") });
    assert.deepEqual([defaults.region, defaults.baseUrl], ["fr-par", "https://api.scaleway.com"]);
  });

  for (const [setting, [variable, key, values]] of Object.entries(SETTINGS)) {
    for (const top of LAYERS) {
      test(`${setting} comes from the ${top} when it and every layer below have it`, () => {
        const present = LAYERS.slice(LAYERS.indexOf(top));
        const byLayer = Object.fromEntries(LAYERS.map((layer, index) => [layer, values[index]]));
        const profile = present.includes("profile") ? { [key]: byLayer["profile"] } : {};
        const { env } = configFile({ secret_key: "file-secret", [key]: byLayer["top-level"], profiles: { dev: profile } });
        const options = { profile: "dev", ...(present.includes("option") ? { [setting]: byLayer["option"] } : {}) };
        const environment = { ...env, ...(present.includes("environment") ? { [variable]: byLayer["environment"] } : {}) };
        const config = resolveConfig(options, environment) as unknown as Record<string, unknown>;
        assert.equal(config[setting], byLayer[top]);
      });
    }
  }

  test("SCW_PROFILE chooses the profile, over the file's active_profile; the option over both", () => {
    const { env } = configFile({
      secret_key: "top-secret",
      active_profile: "dev",
      profiles: { dev: { default_region: "nl-ams" }, prod: { default_region: "pl-waw" } },
    });
    assert.equal(resolveConfig({}, env).region, "nl-ams");
    assert.equal(resolveConfig({}, { ...env, SCW_PROFILE: "prod" }).profile, "prod");
    assert.equal(resolveConfig({}, { ...env, SCW_PROFILE: "prod" }).region, "pl-waw");
    assert.equal(resolveConfig({ profile: "dev" }, { ...env, SCW_PROFILE: "prod" }).region, "nl-ams");
    const source = resolveConfig({}, env).sources["region"];
    assert.match(source ?? "", /^profile "dev" in .*config-\d+\.yaml$/);
  });

  test("an unknown profile is refused, naming the known ones", () => {
    const { env, path } = configFile({ secret_key: "s", profiles: { dev: {}, prod: {} } });
    assert.throws(
      () => resolveConfig({}, { ...env, SCW_PROFILE: "staging" }),
      (error) => error instanceof ConfigurationError && error.message === `unknown Scaleway profile 'staging' (profiles in ${path}: dev, prod)`,
    );
  });

  test("the file is found at SCW_CONFIG_PATH, else XDG_CONFIG_HOME, else ~/.config", () => {
    const xdg = join(root, "xdg");
    const home = join(root, "home");
    mkdirSync(join(xdg, "scw"), { recursive: true });
    mkdirSync(join(home, ".config", "scw"), { recursive: true });
    writeFileSync(join(xdg, "scw", "config.yaml"), "secret_key: xdg-secret\n");
    writeFileSync(join(home, ".config", "scw", "config.yaml"), "secret_key: home-secret\n");
    assert.equal(resolveConfig({}, { XDG_CONFIG_HOME: xdg, HOME: home }).secretKey, "xdg-secret");
    assert.equal(resolveConfig({}, { HOME: home }).secretKey, "home-secret");
  });

  test("no secret key anywhere is refused before any request, saying where to put one", () => {
    const { env, path } = configFile({ default_region: "nl-ams" });
    assert.throws(
      () => new FunctionsClient({ env }),
      (error) =>
        error instanceof ConfigurationError &&
        error.kind === "configuration" &&
        error.message ===
          `no Scaleway secret key: set SCW_SECRET_KEY, add secret_key to your profile in ${path}, or pass the key to the client`,
    );
    // Whitespace alone is no key.
    assert.throws(() => resolveConfig({}, { ...env, SCW_SECRET_KEY: " \n" }), ConfigurationError);
  });

  test("a key is trimmed; one an HTTP header cannot carry is refused without showing it", () => {
    const { env } = configFile({});
    assert.equal(resolveConfig({}, { ...env, SCW_SECRET_KEY: "  secret-key\n" }).secretKey, "secret-key");
    assert.throws(
      () => resolveConfig({}, { ...env, SCW_SECRET_KEY: "sécret-value" }),
      (error) =>
        error instanceof ConfigurationError &&
        error.message.includes("from SCW_SECRET_KEY contains a non-ASCII character") &&
        !error.message.includes("sécret"),
    );
  });

  test("bad values are refused with messages that name the setting", () => {
    const { env, path } = configFile({ secret_key: ["not", "a", "string"] });
    assert.throws(() => resolveConfig({}, env), {
      message: `secret_key from ${path} must be a string, not a list (the value is not shown)`,
    });
    const plain = { SCW_CONFIG_PATH: join(root, "none.yaml"), SCW_SECRET_KEY: "k" };
    assert.throws(() => resolveConfig({ region: "paris" }, plain), { message: "invalid Scaleway region 'paris': one of fr-par, nl-ams, pl-waw" });
    assert.throws(() => resolveConfig({ baseUrl: "https://user:pw@api.example" }, plain), /holds credentials/);
    assert.throws(() => resolveConfig({ baseUrl: "ftp://api.example" }, plain), /expected an http\(s\) URL/);
    assert.throws(() => resolveConfig({ timeoutMs: 0 }, plain), /timeoutMs must be positive/);
    assert.throws(() => resolveConfig({ maxRetries: 1.5 }, plain), /maxRetries must be an integer/);
  });

  test("a config file that is not valid YAML is refused with the place, not the line", () => {
    const { env, path } = configFile(undefined, "secret_key: topsecret-value\n  bad: [indent\n");
    assert.throws(
      () => resolveConfig({}, env),
      (error) =>
        error instanceof ConfigurationError &&
        error.message.startsWith(`the Scaleway config file ${path} is not valid YAML: `) &&
        /at line \d+, column \d+$/.test(error.message) &&
        !error.message.includes("topsecret"),
    );
  });

  test("YAML aliases are refused", () => {
    const { env } = configFile(undefined, "base: &k value\nsecret_key: *k\n");
    assert.throws(() => resolveConfig({}, env), /uses YAML aliases/);
  });

  test("the secret key stays out of JSON and util.inspect", () => {
    const config = resolveConfig({ secretKey: "very-secret-key-123" }, { SCW_CONFIG_PATH: join(root, "none.yaml") });
    assert.ok(!JSON.stringify(config).includes("very-secret"));
    assert.ok(!inspect(config).includes("very-secret"));
    assert.equal(config.secretKey, "very-secret-key-123");
  });

  test("requests carry the key, and a create body the default project id", async () => {
    const { client, seen } = stubbed(() => json({}), {
      secretKey: undefined,
      env: { SCW_CONFIG_PATH: join(root, "none.yaml"), SCW_SECRET_KEY: "env-key", SCW_DEFAULT_PROJECT_ID: "env-project" },
    });
    await client.call("createNamespace", { body: { name: "a" } });
    await client.call("createNamespace", { body: { name: "b", project_id: "mine" } });
    assert.equal(seen[0]?.headers.get("x-auth-token"), "env-key");
    const bodies = await Promise.all(seen.map((request) => request.json()));
    assert.deepEqual(bodies, [{ project_id: "env-project", name: "a" }, { name: "b", project_id: "mine" }]);
  });
});
