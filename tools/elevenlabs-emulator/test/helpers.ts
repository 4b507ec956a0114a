// Shared test helpers: start the stand-in, build an SDK client, validate bodies against the OpenAPI spec.

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { startElevenLabsEmulator } from "../src/index.ts";
import type { EmulatorOptions, RunningEmulator } from "../src/index.ts";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
/** tools/elevenlabs-emulator/test -> repo root */
export const REPO_ROOT = resolve(here, "../../..");
export const SPEC_PATH = resolve(REPO_ROOT, "../shared/elevenlabs/openapi.json");

export async function start(options: EmulatorOptions = {}): Promise<{ em: RunningEmulator; client: ElevenLabsClient }> {
  const em = await startElevenLabsEmulator({ port: 0, processingDelayMs: 50, initiationWaitMs: 50, streamChunkIntervalMs: 1, webhookRetryBaseMs: 20, ...options });
  const client = new ElevenLabsClient({ apiKey: em.apiKey, baseUrl: em.url, maxRetries: 0 });
  return { em, client };
}

export async function control(em: RunningEmulator, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${em.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Raw HTTP call with the API key (to see the wire body the SDK parsed). */
export async function raw(em: RunningEmulator, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${em.url}${path}`, {
    method,
    headers: { "xi-api-key": em.apiKey, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const buf = Buffer.from(await res.arrayBuffer());
  let json: any = undefined;
  try {
    json = JSON.parse(buf.toString("utf8"));
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, buf, json };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(fn: () => T | Promise<T>, what: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// ---- OpenAPI response validation -------------------------------------------------------------

type Validator = (method: string, path: string, status: number, body: unknown) => void;

let validatorCache: Validator | null | undefined;

/**
 * Returns null (and prints why once) when the spec file is not beside the repo. Under CI=true a
 * missing spec is a failure: CI must not pass a conformance test it did not run.
 */
export function specValidator(): Validator | null {
  if (validatorCache !== undefined) return validatorCache;
  if (!existsSync(SPEC_PATH)) {
    if (process.env.CI === "true") {
      throw new Error(`CI=true and ElevenLabs' OpenAPI spec is missing at ${SPEC_PATH}: the stand-in's response conformance cannot be checked. Put the shared data (shared/elevenlabs/openapi.json) beside the repository.`);
    }
    console.log(`    (OpenAPI validation skipped: ${SPEC_PATH} not found; with CI=true this fails)`);
    validatorCache = null;
    return null;
  }
  const Ajv2020 = require("ajv/dist/2020").default;
  const addFormats = require("ajv-formats").default ?? require("ajv-formats");
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8"));
  ajv.addSchema(spec, "openapi.json");
  const cache = new Map<string, any>();
  validatorCache = (method, path, status, body) => {
    const op = spec.paths?.[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`spec has no ${method} ${path}`);
    const content = op.responses?.[String(status)]?.content;
    const media = content?.["application/json"];
    if (!media?.schema) throw new Error(`spec has no JSON schema for ${method} ${path} ${status}`);
    const ptr = `openapi.json#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    let validate = cache.get(ptr);
    if (!validate) {
      validate = ajv.compile({ $ref: ptr });
      cache.set(ptr, validate);
    }
    if (!validate(body)) {
      throw new Error(`${method} ${path} ${status} does not match the OpenAPI schema:\n${JSON.stringify(validate.errors?.slice(0, 8), null, 2)}`);
    }
  };
  return validatorCache;
}

/** Validates when the spec is available; a no-op otherwise. */
export function expectSpec(method: string, path: string, status: number, body: unknown): void {
  specValidator()?.(method, path, status, body);
}
