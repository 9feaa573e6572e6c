/**
 * Configuration resolved like the Scaleway CLI (and this project's Python client) does it.
 *
 * Each setting comes from the first place that has it: the client's options, then the
 * SCW_* environment variables, then the selected profile of the CLI's config file
 * (~/.config/scw/config.yaml, or $SCW_CONFIG_PATH, or $XDG_CONFIG_HOME/scw/config.yaml),
 * then that file's top-level values, then the defaults. The profile is the `profile`
 * option, else SCW_PROFILE, else the file's `active_profile`.
 */
import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { isAlias, parseDocument, visit } from "yaml";

import { ConfigurationError } from "./errors.js";
import { regions, retryPolicy, server } from "./generated/extensions.js";

/** The settings the client's options can give (undefined meaning "not given"). */
export interface ConfigOptions {
  secretKey?: string | undefined;
  accessKey?: string | undefined;
  region?: string | undefined;
  projectId?: string | undefined;
  organizationId?: string | undefined;
  /** The API's base URL (SCW_API_URL); defaults to the spec's first server. */
  baseUrl?: string | undefined;
  /** The profile of the config file to read (SCW_PROFILE). */
  profile?: string | undefined;
  /** A call's limit, retries included, in ms (default: x-retry-policy's timeout). */
  timeoutMs?: number | undefined;
  /** Retries of one call; 0 turns them off (default: x-retry-policy's max_retries). */
  maxRetries?: number | undefined;
}

/** The settings a client runs with. `sources` says where each was found (`SCW_SECRET_KEY`,
 * `profile "prod" in /path/config.yaml`, `the region option`); a default has no entry. The
 * secret key is left out of JSON and of util.inspect. */
export interface ClientConfig {
  readonly secretKey: string;
  readonly accessKey: string | undefined;
  readonly region: string;
  readonly projectId: string | undefined;
  readonly organizationId: string | undefined;
  readonly baseUrl: string;
  readonly profile: string | undefined;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly sources: Readonly<Record<string, string>>;
}

type Setting = "secretKey" | "accessKey" | "region" | "projectId" | "organizationId" | "baseUrl";
// setting: (environment variable, key in the config file)
const SOURCES: Record<Setting, [string, string]> = {
  secretKey: ["SCW_SECRET_KEY", "secret_key"],
  accessKey: ["SCW_ACCESS_KEY", "access_key"],
  region: ["SCW_DEFAULT_REGION", "default_region"],
  projectId: ["SCW_DEFAULT_PROJECT_ID", "default_project_id"],
  organizationId: ["SCW_DEFAULT_ORGANIZATION_ID", "default_organization_id"],
  baseUrl: ["SCW_API_URL", "api_url"],
};
// The credentials: whitespace around them (a key file's newline) is dropped.
const KEYS: Partial<Record<Setting, string>> = { secretKey: "secret key", accessKey: "access key" };
const REGION = /^[a-z]{2}-[a-z]{3}$/; // the shape of every region of the spec's Region
/** The spec's first region (fr-par, also the Scaleway CLI's default). */
export const DEFAULT_REGION: string = regions[0];

type Environment = Readonly<Record<string, string | undefined>>;

/** Where the Scaleway CLI keeps its configuration. */
export function configPath(env: Environment = process.env): string {
  const given = env["SCW_CONFIG_PATH"];
  if (given) return given === "~" || given.startsWith("~/") ? join(homedir(), given.slice(1)) : given;
  const base = env["XDG_CONFIG_HOME"] || join(env["HOME"] || homedir(), ".config");
  return join(base, "scw", "config.yaml");
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    if (!statSync(path).isFile()) return {};
  } catch {
    return {};
  }
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const why = (error as { code?: string }).code ?? (error as Error).message;
    throw new ConfigurationError(`cannot read the Scaleway config file ${path}: ${why}`);
  }
  const document = parseDocument(text, { uniqueKeys: false });
  const [problem] = document.errors;
  if (problem) {
    // Only the position: the parser's message quotes the offending line, which may hold the key.
    const [line, column] = [problem.linePos?.[0].line, problem.linePos?.[0].col];
    const where = line === undefined ? "" : ` at line ${line}, column ${column}`;
    const what = problem.code.toLowerCase().replaceAll("_", " ");
    throw new ConfigurationError(`the Scaleway config file ${path} is not valid YAML: ${what}${where}`);
  }
  let aliases = false;
  visit(document, {
    Alias: () => {
      aliases = true;
      return visit.BREAK;
    },
  });
  if (aliases || isAlias(document.contents)) {
    throw new ConfigurationError(`the Scaleway config file ${path} uses YAML aliases (*name): write the values out`);
  }
  const loaded: unknown = document.toJS();
  if (loaded === null || loaded === undefined) return {};
  if (typeof loaded !== "object" || Array.isArray(loaded)) {
    throw new ConfigurationError(`the Scaleway config file ${path} is not a YAML mapping`);
  }
  return loaded as Record<string, unknown>;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The chosen profile's name, the file's top-level values, and the profile's own values. */
function profileValues(
  document: Record<string, unknown>,
  profile: string | undefined,
  path: string,
): [string | undefined, Record<string, unknown>, Record<string, unknown>] {
  const active = document["active_profile"];
  const name = profile || (typeof active === "string" && active ? active : undefined);
  const { profiles: _ignored, ...values } = document;
  if (!name || name === "default") return [name, values, {}];
  const profiles = document["profiles"] ?? {};
  if (!isMapping(profiles)) throw new ConfigurationError(`\`profiles\` in ${path} is not a mapping`);
  if (!(name in profiles)) {
    const known = Object.keys(profiles).sort().join(", ") || "none";
    throw new ConfigurationError(`unknown Scaleway profile '${name}' (profiles in ${path}: ${known})`);
  }
  const chosen = profiles[name] ?? {};
  if (!isMapping(chosen)) throw new ConfigurationError(`profile '${name}' in ${path} is not a mapping`);
  return [name, values, chosen];
}

/** Refuse a key an HTTP header cannot carry, naming where it came from, never the key. */
function checkKey(setting: Setting, key: string, source: string): void {
  if ([...key].every((char) => char === "\t" || (char >= " " && char <= "~"))) return;
  const what = [...key].some((char) => char > "\x7f") ? "a non-ASCII character" : "a control character";
  throw new ConfigurationError(
    `the Scaleway ${KEYS[setting]} from ${source} contains ${what}, which an HTTP header ` +
      "cannot carry: check how it was copied (the key is not shown)",
  );
}

/** `region` if it has a region's shape (one the spec does not list yet is let through). */
export function checkRegion(region: string): string {
  if (!REGION.test(region)) {
    throw new ConfigurationError(`invalid Scaleway region '${region}': one of ${regions.join(", ")}`);
  }
  return region;
}

/** The API's base URL without a trailing slash: http(s), a host, no credentials, query or
 * fragment. The message never repeats a credential. */
export function checkBaseUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  let parts: URL;
  try {
    parts = new URL(trimmed);
  } catch {
    throw new ConfigurationError(`invalid api_url: expected an http(s) URL with a host, such as ${server}`);
  }
  if (!["https:", "http:"].includes(parts.protocol) || !parts.hostname) {
    throw new ConfigurationError(`invalid api_url: expected an http(s) URL with a host, such as ${server}`);
  }
  const shown = `${parts.protocol}//${parts.host}${parts.pathname === "/" ? "" : parts.pathname}`;
  if (parts.username || parts.password) {
    throw new ConfigurationError(
      `invalid api_url '${shown}': it holds credentials; the secret key is the ` +
        "SCW_SECRET_KEY setting, never part of the URL",
    );
  }
  if (parts.search || parts.hash || /[?#]/.test(trimmed)) {
    throw new ConfigurationError(`invalid api_url '${shown}': no query or fragment allowed`);
  }
  return trimmed;
}

function checkTimeout(timeoutMs: unknown): number {
  if (typeof timeoutMs !== "number" || Number.isNaN(timeoutMs)) {
    throw new ConfigurationError(`timeoutMs must be a number of milliseconds, got ${String(timeoutMs)}`);
  }
  if (!(timeoutMs > 0)) throw new ConfigurationError(`timeoutMs must be positive, got ${timeoutMs}`);
  return timeoutMs;
}

function checkMaxRetries(maxRetries: unknown): number {
  if (typeof maxRetries !== "number" || !Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new ConfigurationError(`maxRetries must be an integer, 0 or more, got ${String(maxRetries)}`);
  }
  return maxRetries;
}

/** Resolve every setting by precedence; throws ConfigurationError before any request if
 * one is unusable. `env` defaults to process.env. */
export function resolveConfig(options: ConfigOptions = {}, env: Environment = process.env): ClientConfig {
  const path = configPath(env);
  const chosenProfile = options.profile || env["SCW_PROFILE"] || undefined;
  const [profile, topLevel, inProfile] = profileValues(readConfigFile(path), chosenProfile, path);

  const resolved: Partial<Record<Setting, string>> = {};
  const sources: Record<string, string> = {};
  for (const [setting, [variable, key]] of Object.entries(SOURCES) as [Setting, [string, string]][]) {
    const inFile = key in inProfile ? `profile "${profile}" in ${path}` : path;
    let candidates: [unknown, string][] = [
      [options[setting], `the ${setting} option`],
      [env[variable], variable],
      [key in inProfile ? inProfile[key] : topLevel[key], inFile],
    ];
    for (const [given, where] of candidates) {
      if (given !== undefined && given !== null && typeof given !== "string") {
        // Never String() of it: `secret_key: [KEY]` must not become the token "KEY".
        const type = Array.isArray(given) ? "list" : typeof given;
        throw new ConfigurationError(
          `${where === inFile ? key : setting} from ${where} must be a string, not a ${type} (the value is not shown)`,
        );
      }
    }
    if (KEYS[setting]) {
      candidates = candidates.map(([value, where]) => [typeof value === "string" ? value.trim() : value, where]);
    }
    // The first non-empty value; else the file's, even empty (an empty key is missing, an
    // empty region invalid).
    const [value, source] = candidates.find(([value]) => value) ?? candidates[candidates.length - 1]!;
    if (typeof value === "string") {
      resolved[setting] = value;
      sources[setting] = source;
      if (KEYS[setting] && value) checkKey(setting, value, source);
    }
  }

  if (!resolved.secretKey) {
    throw new ConfigurationError(
      "no Scaleway secret key: set SCW_SECRET_KEY, add secret_key to your profile in " +
        `${path}, or pass the key to the client`,
    );
  }
  const config: ClientConfig = {
    secretKey: resolved.secretKey,
    accessKey: resolved.accessKey,
    region: checkRegion(resolved.region ?? DEFAULT_REGION),
    projectId: resolved.projectId,
    organizationId: resolved.organizationId,
    baseUrl: checkBaseUrl(resolved.baseUrl ?? server),
    profile,
    timeoutMs: options.timeoutMs === undefined ? retryPolicy.timeout * 1000 : checkTimeout(options.timeoutMs),
    maxRetries: options.maxRetries === undefined ? retryPolicy.max_retries : checkMaxRetries(options.maxRetries),
    sources,
  };
  // The key stays usable but out of JSON.stringify, console.log and util.inspect.
  Object.defineProperty(config, "secretKey", { enumerable: false });
  return Object.freeze(config);
}
