#!/usr/bin/env node
// CLI: node src/cli.ts --port 8911 --api-key local-dev-key --webhook-url http://... --webhook-secret ...

import { parseArgs } from "node:util";
import { startElevenLabsEmulator } from "./index.ts";
import { loadState, saveState } from "./persistence.ts";
import { isPlanName, PLAN_NAMES } from "./plan.ts";
import type { PlanName } from "./plan.ts";

export const DEFAULT_PORT = 8911;

const HELP = `Local ElevenLabs stand-in (no API key or network needed).

Usage: node tools/elevenlabs-emulator/src/cli.ts [options]

  --port <n>                  port to listen on (default ${DEFAULT_PORT}; 0 = random)
  --host <addr>               address to bind (default 127.0.0.1)
  --api-key <key>             the accepted xi-api-key (default local-dev-key)
  --webhook-url <url>         where post-call webhooks go (default: none, no webhooks)
  --webhook-secret <secret>   HMAC secret for ElevenLabs-Signature (default local-webhook-secret)
  --webhook-max-attempts <n>  attempts per webhook, 1 = no retries (default 3)
  --processing-delay-ms <n>   time a closed conversation stays "processing" (default 1000)
  --latency-ms <n>            latency added to every request (default 0)
  --rag-index-ms <n>          time a RAG index takes (created, processing, then succeeded) (default 300)
  --rag-index-delay-ms <n>    the same (older name)
  --plan <name>               free | starter | creator | pro | scale | business | enterprise (default creator):
                              knowledge, RAG and concurrency limits
  --tts-generation-ms <n>     time each text-to-speech request holds its concurrency slot (default 0)
  --ping-interval-ms <n>      server ping events on the conversation socket (default 0 = off)
  --receive-timeout-ms <n>    close a conversation after no client message for this long (default 60000; 0 = never)
  --strict-dynamic-variables  do not use agent dynamic_variable_placeholders as defaults at conversation start
  --state-file <path>         load objects from this file at start, save them there at exit
  --verbose                   log every request to stderr
  -h, --help                  show this help
`;

function num(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`--${name} must be a number >= 0\n`);
    process.exit(2);
  }
  return n;
}

function planOption(v: string | undefined): PlanName | undefined {
  if (v === undefined) return undefined;
  if (!isPlanName(v)) {
    process.stderr.write(`--plan must be one of ${PLAN_NAMES.join(", ")}\n`);
    process.exit(2);
  }
  return v;
}

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    "api-key": { type: "string" },
    "webhook-url": { type: "string" },
    "webhook-secret": { type: "string" },
    "webhook-max-attempts": { type: "string" },
    "processing-delay-ms": { type: "string" },
    "latency-ms": { type: "string" },
    "rag-index-delay-ms": { type: "string" },
    "rag-index-ms": { type: "string" },
    plan: { type: "string" },
    "tts-generation-ms": { type: "string" },
    "ping-interval-ms": { type: "string" },
    "receive-timeout-ms": { type: "string" },
    "strict-dynamic-variables": { type: "boolean" },
    "state-file": { type: "string" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const em = await startElevenLabsEmulator({
  port: num(values.port, "port") ?? DEFAULT_PORT,
  host: values.host ?? "127.0.0.1",
  apiKey: values["api-key"],
  webhookUrl: values["webhook-url"],
  webhookSecret: values["webhook-secret"],
  webhookMaxAttempts: num(values["webhook-max-attempts"], "webhook-max-attempts"),
  processingDelayMs: num(values["processing-delay-ms"], "processing-delay-ms"),
  latencyMs: num(values["latency-ms"], "latency-ms"),
  ragIndexDelayMs: num(values["rag-index-ms"], "rag-index-ms") ?? num(values["rag-index-delay-ms"], "rag-index-delay-ms"),
  plan: planOption(values.plan),
  ttsGenerationMs: num(values["tts-generation-ms"], "tts-generation-ms"),
  pingIntervalMs: num(values["ping-interval-ms"], "ping-interval-ms"),
  receiveTimeoutMs: num(values["receive-timeout-ms"], "receive-timeout-ms"),
  placeholderDefaults: !values["strict-dynamic-variables"],
  verbose: values.verbose ?? false,
});

process.stderr.write(
  `Note: this is a local stand-in. It has no LLM (answers are knowledge-base passages or a fixed deflection; tool calls and analysis follow fixed rules) ` +
    `and no real speech (audio is silent or a quiet tone). API key: ${em.apiKey}. Webhooks: ${values["webhook-url"] ?? "off"}. Plan: ${em.emulator.plan}.\n`,
);
const stateFile = values["state-file"];
if (stateFile) {
  const restored = loadState(em.emulator, stateFile);
  if (restored) process.stderr.write(`Restored ${restored} objects from ${stateFile}.\n`);
}
process.stdout.write(`ElevenLabs stand-in listening on ${em.url}\n`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`Received ${signal}, shutting down.\n`);
  if (stateFile) saveState(em.emulator, stateFile);
  void em.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
