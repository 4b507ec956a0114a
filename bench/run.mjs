// `npm run bench`: cold start, request overhead, Firestore cost, long narration, summarizer speed
// and conversation-end latency. Prints a table and writes bench/results.json. Timings are
// medians over repeated runs; comparisons are ratios taken within the same run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareEmulatorToolchain } from "../scripts/lib/emulator-toolchain.mjs";
import { runInProcessGroup } from "../scripts/lib/process-group.mjs";
import {
  EMULATORS, elevenLabsApiKey, paths, projects, projectId, repoRoot, stackEnvironment, startElevenLabsStandIn, stopChild, urls, writeFunctionsEmulatorEnv,
} from "../scripts/lib/stack-config.mjs";
import { round, summary } from "./stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const started = Date.now();

function wallMs(command, args, env = process.env) {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: result.stdout };
}

function coldStart() {
  const ours = [];
  const minimal = [];
  const ratios = [];
  const load = (path) => wallMs(process.execPath, [join(here, "load-module.cjs"), path]).ms;
  load(join(repoRoot, "functions", "lib", "index.js"));
  load(join(here, "minimal-functions", "index.cjs"));
  for (let i = 0; i < 15; i++) {
    const a = load(join(repoRoot, "functions", "lib", "index.js"));
    const b = load(join(here, "minimal-functions", "index.cjs"));
    ours.push(a);
    minimal.push(b);
    ratios.push(a / b);
  }
  return { oursMs: summary(ours), minimalMs: summary(minimal), ratio: summary(ratios) };
}

function inProcessEnv() {
  return {
    ...process.env,
    ...stackEnvironment(),
    GCLOUD_PROJECT: projects.bench,
    ELEVENLABS_API_KEY: elevenLabsApiKey,
    ELEVENLABS_BASE_URL: urls.elevenLabs,
    ELEVENLABS_TIMEOUT_SECONDS: "30",
    ELEVENLABS_TTS_MODEL: "eleven_multilingual_v2",
  };
}

console.log("Building functions…");
if (!process.argv.includes("--skip-build") && spawnSync("npm", ["--prefix", "functions", "run", "-s", "build"], { stdio: "inherit", cwd: repoRoot }).status !== 0) process.exit(1);
const results = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, goals: {} };

console.log("Cold start…");
results.coldStart = coldStart();

console.log("Summarizer…");
const summarizerRun = JSON.parse(wallMs(process.execPath, [join(here, "in-process.cjs"), "summarizer"], inProcessEnv()).stdout.trim().split("\n").pop());
results.summarizer = { turns: summarizerRun.turns, callSeconds: summarizerRun.callSeconds, words: summarizerRun.words, ms: summary(summarizerRun.ms) };

const toolchain = prepareEmulatorToolchain();
writeFunctionsEmulatorEnv();
const standIn = await startElevenLabsStandIn();
try {
  console.log("First ElevenLabs call in a fresh process…");
  const firstCalls = [];
  for (let i = 0; i < 5; i++) {
    const out = wallMs(process.execPath, [join(here, "in-process.cjs"), "first-call"], inProcessEnv());
    firstCalls.push(out.ms);
  }
  results.firstElevenLabsCallMs = summary(firstCalls);

  console.log("Emulator benchmarks (request overhead, Firestore cost, narration, conversation end)…");
  const output = join(mkdtempSync(join(tmpdir(), "bench-")), "emulators.json");
  const run = await runInProcessGroup(
    "npx",
    ["firebase", "emulators:exec", "--project", projectId, "--only", EMULATORS, `node ${JSON.stringify(join(here, "in-emulators.mjs"))}`],
    { cwd: repoRoot, env: { ...process.env, ...toolchain.env, ...stackEnvironment(), BENCH_OUTPUT: output, METADATA_SERVER_DETECTION: "none" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status !== 0) throw new Error("the emulator benchmarks failed");
  Object.assign(results, JSON.parse(readFileSync(output, "utf8")));
} finally {
  await stopChild(standIn);
}

// ------------------------------------------------------------------ goals and table
const n = results.narration;
const longWall = summary(n.long.map((r) => r.wallMs));
const chunks = n.long[0].chunks;
const concurrency = n.long[0].concurrency;
// Ideal: every round of `concurrency` requests back to back, nothing else (no storage, no Firestore).
const idealMs = Math.ceil(chunks / concurrency) * results.narration.ttsRoundWith200msMs.median;
const rss = { long: summary(n.long.map((r) => r.maxRssMiB)), short: summary(n.short.map((r) => r.maxRssMiB)), longest: summary(n.longest.map((r) => r.maxRssMiB)) };
const ops = results.firestore.operations;
const growthReads = results.firestore.dashboardGrowth.map((g) => g.reads);
const worstOverhead = Math.max(...results.requestOverhead.slice(1).map((r) => r.ratioP50));
results.goals = {
  coldStartRatio: { value: round(results.coldStart.ratio.median), goal: "<= 1.15", met: results.coldStart.ratio.median <= 1.15 },
  requestOverheadWorstP50Ratio: { value: round(worstOverhead), goal: "<= 1.5", met: worstOverhead <= 1.5 },
  conversationEndWrites: { value: ops["conversation end (total)"].writes, goal: "<= 8", met: ops["conversation end (total)"].writes <= 8 },
  dashboardReadsConstant: { value: growthReads.join(" / "), goal: "constant", met: new Set(growthReads).size === 1 },
  narrationWallVsIdeal: { value: round(longWall.median / idealMs), goal: "<= 1.3", met: longWall.median / idealMs <= 1.3 },
  narrationPeakRssLongVsShort: { value: round(rss.long.median / rss.short.median), goal: "<= 1.2", met: rss.long.median / rss.short.median <= 1.2 },
  summarizerMedianMs: { value: round(results.summarizer.ms.median, 3), goal: "<= 10", met: results.summarizer.ms.median <= 10 },
  conversationEndToSummaryP50Ms: { value: round(results.conversationEndToSummaryMs.median), goal: "<= 2000", met: results.conversationEndToSummaryMs.median <= 2000 },
};
results.narrationSummary = { chunks, concurrency, longWallMs: longWall, idealMs, rssMiB: rss };
results.totalSeconds = Math.round((Date.now() - started) / 1000);
writeFileSync(paths.benchResults, `${JSON.stringify(results, null, 2)}\n`);

const fmt = (s, digits = 1) => `${round(s.median, digits)} (${round(s.min, digits)}-${round(s.max, digits)})`;
const lines = [];
lines.push("| figure | median (min-max) | goal | met |", "| --- | --- | --- | --- |");
const g = results.goals;
lines.push(`| cold start: our index vs minimal v2 index (ratio) | ${fmt(results.coldStart.ratio, 2)}; ${fmt(results.coldStart.oursMs, 0)} ms vs ${fmt(results.coldStart.minimalMs, 0)} ms | <= 1.15 | ${g.coldStartRatio.met ? "yes" : "NO"} |`);
lines.push(`| first completed ElevenLabs call in a fresh process | ${fmt(results.firstElevenLabsCallMs, 0)} ms | | |`);
for (const row of results.requestOverhead) {
  lines.push(`| request ${row.label}: p50 / p95 | ${round(row.p50, 1)} / ${round(row.p95, 1)} ms (${round(row.ratioP50, 2)}x) | <= 1.5x at p50 | ${row.ratioP50 <= 1.5 ? "yes" : "NO"} |`);
}
for (const [op, c] of Object.entries(ops)) lines.push(`| Firestore ${op} | ${c.reads} reads, ${c.writes} writes | ${op === "conversation end (total)" ? "<= 8 writes" : ""} | ${op === "conversation end (total)" ? (g.conversationEndWrites.met ? "yes" : "NO") : ""} |`);
for (const growth of results.firestore.dashboardGrowth) lines.push(`| dashboard read at ${growth.sessions} sessions | ${growth.reads} reads, ${round(summary(growth.ms).median, 1)} ms | constant | ${g.dashboardReadsConstant.met ? "yes" : "NO"} |`);
lines.push(`| narration 60,000 chars at 200 ms/request: wall vs ideal | ${round(longWall.median)} ms vs ${round(idealMs)} ms = ${g.narrationWallVsIdeal.value}x (${chunks} chunks, ${concurrency} at a time) | <= 1.3 | ${g.narrationWallVsIdeal.met ? "yes" : "NO"} |`);
lines.push(`| narration peak RSS 60,000 vs 1,000 chars | ${round(rss.long.median)} MiB vs ${round(rss.short.median)} MiB = ${g.narrationPeakRssLongVsShort.value}x | <= 1.2 | ${g.narrationPeakRssLongVsShort.met ? "yes" : "NO"} |`);
lines.push(`| the same ${round(n.uploadBytes / 1048576, 1)} MiB written to the Storage emulator alone (no TTS) | ${fmt(n.uploadOnlyMs, 0)} ms | | |`);
lines.push(`| narration peak RSS 100,000 chars (bound check) | ${round(rss.longest.median)} MiB | about the 60,000 figure | |`);
lines.push(`| one TTS request / one round of ${concurrency} at 200 ms | ${fmt(results.narration.ttsRequestWith200msMs, 0)} ms / ${fmt(results.narration.ttsRoundWith200msMs, 0)} ms | | |`);
lines.push(`| summarizer, ${results.summarizer.turns} turns, ${results.summarizer.words} words, ${Math.round(results.summarizer.callSeconds / 60)} min of speech | ${fmt(results.summarizer.ms, 3)} ms | <= 10 ms | ${g.summarizerMedianMs.met ? "yes" : "NO"} |`);
lines.push(`| conversation end -> summary in Firestore | ${fmt(results.conversationEndToSummaryMs, 0)} ms | <= 2000 ms p50 | ${g.conversationEndToSummaryP50Ms.met ? "yes" : "NO"} |`);
console.log(`\n${lines.join("\n")}\n\nWritten to bench/results.json in ${results.totalSeconds} s.`);
