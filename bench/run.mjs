// `npm run bench`: cold start, request overhead, Firestore cost, long narration, summarizer speed
// and conversation-end latency. Prints a table and writes bench/results.json. Timings are
// medians over repeated runs; comparisons are ratios taken within the same run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareEmulatorToolchain } from "../scripts/lib/emulator-toolchain.mjs";
import { runInProcessGroup } from "../scripts/lib/process-group.mjs";
import {
  EMULATORS, elevenLabsApiKey, elevenLabsPlan, elevenLabsPort, paths, projects, projectId, region, repoRoot, stackEnvironment, startElevenLabsStandIn, stopChild, urls,
  writeFunctionsEmulatorEnv,
} from "../scripts/lib/stack-config.mjs";
import { startTtsMeter } from "./tts-meter.mjs";
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

/** Each text-to-speech request holds its concurrency slot at the stand-in this long (--tts-generation-ms). */
const TTS_GENERATION_MS = 200;

/**
 * The floor's codebase (bench/floor-functions) runs beside ours in the same Functions emulator:
 * a bench-only firebase config adds it (and a Hosting rewrite /floor/** to it), its node_modules
 * are functions/node_modules, and its own .env.local points it at the same stand-in.
 */
function prepareFloorCodebase() {
  const floorDir = join(here, "floor-functions");
  const modules = join(floorDir, "node_modules");
  if (!existsSync(modules)) symlinkSync(join(repoRoot, "functions", "node_modules"), modules, "dir");
  writeFileSync(join(floorDir, ".env.local"), `ELEVENLABS_BASE_URL=${urls.elevenLabs}\nELEVENLABS_API_KEY=${elevenLabsApiKey}\n`);
  const config = JSON.parse(readFileSync(join(repoRoot, "firebase.json"), "utf8"));
  config.functions.push({ source: "bench/floor-functions", codebase: "bench-floor", runtime: "nodejs22", ignore: ["node_modules"] });
  config.hosting.rewrites.unshift({ source: "/floor/**", function: { functionId: "floorApi", region } });
  const file = join(repoRoot, "firebase.bench.json");
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
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

/** `--only=overhead,queue,...`: some emulator sections only (development); goals and results.json need every one. */
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);

console.log("Building functions…");
if (!process.argv.includes("--skip-build") && spawnSync("npm", ["--prefix", "functions", "run", "-s", "build"], { stdio: "inherit", cwd: repoRoot }).status !== 0) process.exit(1);
const results = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, goals: {} };

if (!only) {
console.log("Cold start…");
results.coldStart = coldStart();

console.log("Summarizer…");
const summarizerRun = JSON.parse(wallMs(process.execPath, [join(here, "in-process.cjs"), "summarizer"], inProcessEnv()).stdout.trim().split("\n").pop());
results.summarizer = { turns: summarizerRun.turns, callSeconds: summarizerRun.callSeconds, words: summarizerRun.words, ms: summary(summarizerRun.ms) };
}

const toolchain = prepareEmulatorToolchain();
// The functions and the bench reach the stand-in through the meter (bench/tts-meter.mjs), which
// counts the text-to-speech requests the product has in flight. The stand-in imitates the plan
// (--plan: 429 beyond its TTS concurrency) and each request holds its slot for 200 ms of generation.
const standInPort = elevenLabsPort + 1;
writeFunctionsEmulatorEnv({ overrides: { SESSION_STARTS_PER_HOUR: "100000" } });
const floorConfig = prepareFloorCodebase();
const standIn = await startElevenLabsStandIn({ port: standInPort, extraArgs: ["--plan", elevenLabsPlan, "--tts-generation-ms", String(TTS_GENERATION_MS)] });
const meter = await startTtsMeter({ port: elevenLabsPort, target: `http://127.0.0.1:${standInPort}` });
try {
  if (!only) {
    console.log("First ElevenLabs call in a fresh process…");
    const firstCalls = [];
    for (let i = 0; i < 5; i++) {
      // Straight to the stand-in: the meter runs in this process, which spawnSync blocks, so a
      // request through the meter would never be accepted.
      const out = wallMs(process.execPath, [join(here, "in-process.cjs"), "first-call"], { ...inProcessEnv(), ELEVENLABS_BASE_URL: `http://127.0.0.1:${standInPort}` });
      firstCalls.push(out.ms);
    }
    results.firstElevenLabsCallMs = summary(firstCalls);
  }

  console.log("Emulator benchmarks (request overhead vs floor, Firestore cost, narration, queue, conversation end)…");
  const output = join(mkdtempSync(join(tmpdir(), "bench-")), "emulators.json");
  const run = await runInProcessGroup(
    "npx",
    ["firebase", "emulators:exec", "--config", floorConfig, "--project", projectId, "--only", EMULATORS, `node ${JSON.stringify(join(here, "in-emulators.mjs"))}`],
    {
      cwd: repoRoot,
      env: { ...process.env, ...toolchain.env, ...stackEnvironment(), BENCH_OUTPUT: output, BENCH_ONLY: only ?? "", BENCH_TTS_GENERATION_MS: String(TTS_GENERATION_MS), METADATA_SERVER_DETECTION: "none" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (run.status !== 0) throw new Error("the emulator benchmarks failed");
  Object.assign(results, JSON.parse(readFileSync(output, "utf8")));
} finally {
  await meter.close();
  await stopChild(standIn);
  rmSync(floorConfig, { force: true });
}

if (only) {
  console.log(JSON.stringify(results, null, 2));
  console.log("Partial run (--only): results.json and the goals are written by a full `npm run bench`.");
  process.exit(0);
}

// ------------------------------------------------------------------ goals and table
const n = results.narration;
const longWall = summary(n.long.map((r) => r.wallMs));
const chunks = n.long[0].chunks;
const concurrency = n.long[0].concurrency;
// Ideal TTS: every round of `concurrency` requests back to back, nothing else (no storage, no Firestore).
const idealTtsMs = Math.ceil(chunks / concurrency) * n.ttsRoundMs.median;
const storageMs = n.uploadOnlyMs.median;
const narrationBoundMs = Math.max(idealTtsMs, storageMs);
const rss = { long: summary(n.long.map((r) => r.maxRssMiB)), short: summary(n.short.map((r) => r.maxRssMiB)), longest: summary(n.longest.map((r) => r.maxRssMiB)) };
const ops = results.firestore.operations;
const growthReads = results.firestore.dashboardGrowth.map((g) => g.reads);
const overhead = results.requestOverhead.rows;
const isSessionStart = (row) => /session/i.test(row.label);
const floorGoal = (row) => (isSessionStart(row) ? 1.5 : 1.2);
const worst = (pick, rows) => Math.max(...rows.map(pick));
const others = overhead.filter((row) => !isSessionStart(row));
const sessions = overhead.filter(isSessionStart);
const q = results.narrationQueue;
results.goals = {
  coldStartRatio: { value: round(results.coldStart.ratio.median), goal: "<= 1.15", met: results.coldStart.ratio.median <= 1.15 },
  requestFloorWorstP50Ratio: { value: round(worst((r) => r.ratioP50, others)), goal: "<= 1.2", met: worst((r) => r.ratioP50, others) <= 1.2 },
  requestFloorWorstP95Ratio: { value: round(worst((r) => r.ratioP95, others)), goal: "<= 1.2", met: worst((r) => r.ratioP95, others) <= 1.2 },
  sessionStartFloorWorstP50Ratio: { value: round(worst((r) => r.ratioP50, sessions)), goal: "<= 1.5", met: worst((r) => r.ratioP50, sessions) <= 1.5 },
  sessionStartFloorWorstP95Ratio: { value: round(worst((r) => r.ratioP95, sessions)), goal: "<= 1.5", met: worst((r) => r.ratioP95, sessions) <= 1.5 },
  // 10 since issue 17: statistics apply in their own transaction (+1, the session's applied marker) and
  // the session's end frees the patient's open-session slot (+1).
  conversationEndWrites: { value: ops["conversation end (total)"].writes, goal: "<= 10", met: ops["conversation end (total)"].writes <= 10 },
  dashboardReadsConstant: { value: growthReads.join(" / "), goal: "constant", met: new Set(growthReads).size === 1 },
  narrationWallVsTtsAndStorageBound: { value: round(longWall.median / narrationBoundMs), goal: "<= 1.2", met: longWall.median / narrationBoundMs <= 1.2 },
  narrationPeakRssLongVsShort: { value: round(rss.long.median / rss.short.median), goal: "<= 1.1", met: rss.long.median / rss.short.median <= 1.1 },
  queueFailedJobs: { value: q.failedJobs, goal: "0 of 10", met: q.failedJobs === 0 },
  queuePeakTtsConcurrency: { value: q.peakConcurrency, goal: `<= ${q.limit} (the plan's limit)`, met: q.peakConcurrency <= q.limit },
  summarizerMedianMs: { value: round(results.summarizer.ms.median, 3), goal: "<= 10", met: results.summarizer.ms.median <= 10 },
  conversationEndToSummaryP50Ms: { value: round(results.conversationEndToSummaryMs.median), goal: "<= 2000", met: results.conversationEndToSummaryMs.median <= 2000 },
};
results.narrationSummary = { chunks, concurrency, longWallMs: longWall, idealTtsMs, storageMs, boundMs: narrationBoundMs, storageFinalizeMs: n.uploadFinalizeMs.median, rssMiB: rss };
results.totalSeconds = Math.round((Date.now() - started) / 1000);
writeFileSync(paths.benchResults, `${JSON.stringify(results, null, 2)}\n`);

const fmt = (s, digits = 1) => `${round(s.median, digits)} (${round(s.min, digits)}-${round(s.max, digits)})`;
const yes = (met) => (met ? "yes" : "NO");
const lines = [];
lines.push("| figure | median (min-max) | goal | met |", "| --- | --- | --- | --- |");
const g = results.goals;
lines.push(`| cold start: our index vs minimal v2 index (ratio) | ${fmt(results.coldStart.ratio, 2)}; ${fmt(results.coldStart.oursMs, 0)} ms vs ${fmt(results.coldStart.minimalMs, 0)} ms | <= 1.15 | ${yes(g.coldStartRatio.met)} |`);
lines.push(`| first completed ElevenLabs call in a fresh process | ${fmt(results.firstElevenLabsCallMs, 0)} ms | | |`);
const b = results.requestOverhead.baseline;
lines.push(`| request baseline: callable healthCheck (no auth, no I/O), p50 / p95 | ${round(b.p50, 1)} / ${round(b.p95, 1)} ms | | |`);
for (const row of overhead) {
  lines.push(
    `| request ${row.label}: ours vs floor, p50 / p95 | ${round(row.p50, 1)} vs ${round(row.floorP50, 1)} ms = ${round(row.ratioP50, 2)}x / ` +
      `${round(row.p95, 1)} vs ${round(row.floorP95, 1)} ms = ${round(row.ratioP95, 2)}x | <= ${floorGoal(row)}x | ${yes(row.ratioP50 <= floorGoal(row) && row.ratioP95 <= floorGoal(row))} |`,
  );
}
for (const [op, c] of Object.entries(ops)) lines.push(`| Firestore ${op} | ${c.reads} reads, ${c.writes} writes | ${op === "conversation end (total)" ? "<= 10 writes" : ""} | ${op === "conversation end (total)" ? yes(g.conversationEndWrites.met) : ""} |`);
for (const growth of results.firestore.dashboardGrowth) lines.push(`| dashboard read at ${growth.sessions} sessions | ${growth.reads} reads, ${round(summary(growth.ms).median, 1)} ms | constant | ${yes(g.dashboardReadsConstant.met)} |`);
lines.push(
  `| narration 60,000 chars, ${n.ttsGenerationMs} ms per request: wall vs max(ideal TTS, Storage write) | ${round(longWall.median)} ms vs max(${round(idealTtsMs)}, ${round(storageMs)}) ms = ` +
    `${g.narrationWallVsTtsAndStorageBound.value}x (${chunks} parts, ${concurrency} at a time) | <= 1.2 | ${yes(g.narrationWallVsTtsAndStorageBound.met)} |`,
);
lines.push(
  `| narration wall vs ideal TTS + the emulator's end-of-upload work (not overlappable locally) | ${round(longWall.median)} ms vs ${round(idealTtsMs)} + ${round(n.uploadFinalizeMs.median)} ms = ` +
    `${round(longWall.median / (idealTtsMs + n.uploadFinalizeMs.median))}x | | |`,
);
lines.push(`| narration peak RSS 60,000 vs 1,000 chars | ${round(rss.long.median)} MiB vs ${round(rss.short.median)} MiB = ${g.narrationPeakRssLongVsShort.value}x | <= 1.1 | ${yes(g.narrationPeakRssLongVsShort.met)} |`);
lines.push(`| the same ${round(n.uploadBytes / 1048576, 1)} MiB written to the Storage emulator alone (no TTS) | ${fmt(n.uploadOnlyMs, 0)} ms | | |`);
lines.push(`| narration peak RSS 100,000 chars (bound check) | ${round(rss.longest.median)} MiB | about the 60,000 figure | |`);
lines.push(`| one TTS request / one round of ${concurrency} | ${fmt(n.ttsRequestMs, 0)} ms / ${fmt(n.ttsRoundMs, 0)} ms | | |`);
lines.push(
  `| queue: ${q.doctors} doctors narrate at once (${q.chunksPerJob} parts each), stand-in limited to ${q.limit} | ${q.failedJobs} failed jobs, peak ${q.peakConcurrency} TTS requests in flight, ` +
    `${q.refused429} refused (429), ${q.jobsRetried} jobs retried; all accepted in ${round(q.acceptedAllMs)} ms, all done in ${round(q.allDoneMs)} ms | 0 failed, peak <= ${q.limit} | ${yes(g.queueFailedJobs.met && g.queuePeakTtsConcurrency.met)} |`,
);
lines.push(`| summarizer, ${results.summarizer.turns} turns, ${results.summarizer.words} words, ${Math.round(results.summarizer.callSeconds / 60)} min of speech | ${fmt(results.summarizer.ms, 3)} ms | <= 10 ms | ${yes(g.summarizerMedianMs.met)} |`);
lines.push(`| conversation end -> summary in Firestore | ${fmt(results.conversationEndToSummaryMs, 0)} ms | <= 2000 ms p50 | ${yes(g.conversationEndToSummaryP50Ms.met)} |`);
const missed = Object.entries(g).filter(([, goal]) => !goal.met).map(([key]) => key);
console.log(`\n${lines.join("\n")}\n\nGoals met: ${Object.keys(g).length - missed.length} of ${Object.keys(g).length}${missed.length ? ` (not met: ${missed.join(", ")})` : ""}.`);
console.log(`Written to bench/results.json in ${results.totalSeconds} s.`);
