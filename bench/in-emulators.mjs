// The benchmarks that need the emulators. Runs inside `firebase emulators:exec`; writes its
// figures as JSON to BENCH_OUTPUT.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { callFunction, rest, signIn } from "../scripts/lib/local-client.mjs";
import { seedDemoData } from "../scripts/lib/seed.mjs";
import { elevenLabsApiKey, elevenLabsPlan, localKeys, projectId, projects, stackEnvironment, urls, voiceId as voice, webhookSecret } from "../scripts/lib/stack-config.mjs";
import { percentile, summary } from "./stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const results = {};
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

async function control(method, path, body, attempt = 1) {
  try {
    const response = await fetch(`${urls.elevenLabs}${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
    return await response.json();
  } catch (error) {
    // A kept-alive socket the stand-in just closed: one fresh attempt.
    if (attempt > 1) throw error;
    return control(method, path, body, attempt + 1);
  }
}

/** In-process benchmarks use their own project, so the Functions emulator's triggers ignore them. */
function inProcess(...args) {
  const project = projects.bench;
  const result = spawnSync(process.execPath, [join(here, "in-process.cjs"), ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      ...stackEnvironment(),
      GCLOUD_PROJECT: project,
      FIREBASE_CONFIG: JSON.stringify({ projectId: project, storageBucket: `${project}.appspot.com` }),
      ELEVENLABS_API_KEY: elevenLabsApiKey,
      ELEVENLABS_WEBHOOK_SECRET: webhookSecret,
      ELEVENLABS_BASE_URL: urls.elevenLabs,
      ELEVENLABS_TIMEOUT_SECONDS: "30",
      ELEVENLABS_TTS_MODEL: "eleven_multilingual_v2",
      ELEVENLABS_PLAN: elevenLabsPlan,
      SESSION_STARTS_PER_HOUR: "1000",
      // Outside the Functions runtime param defaults are not applied: every param is set here.
      MAX_CONCURRENT_SESSIONS: "2",
      INVITE_ATTEMPTS_PER_HOUR_PER_ACCOUNT: "10",
      INVITE_ATTEMPTS_PER_HOUR_PER_IP: "1000",
      DAILY_TTS_CHARACTERS_PER_DOCTOR: "10000000",
      DAILY_KNOWLEDGE_BYTES_PER_DOCTOR: "100000000",
      PUBLIC_API_BASE_URL: urls.api,
      AUDIO_LINK_TTL_SECONDS: "900",
      ...localKeys,
      RETENTION_DAYS: "365",
      APP_CHECK_ENFORCED: "false",
      CORS_ALLOWED_ORIGINS: "",
      METADATA_SERVER_DETECTION: "none",
    },
  });
  if (result.status !== 0) throw new Error(`in-process ${args.join(" ")} failed:\n${result.stderr.slice(-3000)}`);
  const lines = result.stdout.trim().split("\n").filter((l) => l.startsWith("{") && !l.includes('"severity"'));
  return JSON.parse(lines[lines.length - 1]);
}

/** Ours and its floor, warmed, then alternated run by run so that machine noise hits both alike. */
async function timePair(label, ours, floor, runs, cleanup = async () => {}, floorCleanup = async () => {}) {
  await cleanup(await ours());
  await floorCleanup(await floor());
  const times = { ours: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    for (const [side, run] of i % 2 ? [["floor", floor], ["ours", ours]] : [["ours", ours], ["floor", floor]]) {
      const t0 = process.hrtime.bigint();
      const result = await run();
      times[side].push(ms(t0));
      // Untimed: a started session of ours is ended, so the patient's open-session cap and the plan's lines stay free.
      await (side === "ours" ? cleanup : floorCleanup)(result);
    }
  }
  const p = (side, q) => percentile(times[side], q);
  return {
    label, runs,
    p50: p("ours", 50), p95: p("ours", 95), floorP50: p("floor", 50), floorP95: p("floor", 95),
    ratioP50: p("ours", 50) / p("floor", 50), ratioP95: p("ours", 95) / p("floor", 95),
  };
}

async function floorRest(method, path, idToken, body) {
  const response = await fetch(`${urls.hosting}/floor${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${idToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`floor ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Waits until every narration job of the doctor is over, so that none runs during the next route. */
async function drainNarrations(firestore, doctorId) {
  for (;;) {
    const open = await firestore.collection("audio").where("doctor_id", "==", doctorId).where("status", "in", ["queued", "generating"]).count().get();
    if (open.data().count === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function requestOverhead(seeded, firestore) {
  const doctor = await signIn(seeded.accounts.doctor.email, seeded.accounts.doctor.password);
  const patient = await signIn(seeded.accounts.patient.email, seeded.accounts.patient.password);
  const patient2 = await signIn(seeded.accounts.patient2.email, seeded.accounts.patient2.password);
  const doctor2 = await signIn(seeded.accounts.doctor2.email, seeded.accounts.doctor2.password);
  const agents2 = await rest("GET", "/agents", doctor2.idToken);
  const agent2 = agents2.agents[0]?.agent_id ?? (await rest("POST", "/agent", doctor2.idToken, { name: "Guide 2", knowledge_ids: [], voice_id: seeded.demo.voice_id, answer_style: "friendly" })).agent_id;
  const { demo } = seeded;
  // 100 runs a route, so that p95 is the fifth-slowest run, not one stray pause of the emulators.
  const N = 100;
  const knowledgeBody = { text: "Bench knowledge. Keep the wound dry.", disease_name: "Knee replacement", document_type: "faq" };
  await rest("POST", "/knowledge", doctor.idToken, knowledgeBody);
  const agentBody = { agent_id: demo.agent_id, name: "Knee Recovery Guide", knowledge_ids: demo.knowledge_ids, voice_id: demo.voice_id, answer_style: "friendly" };
  const audioBody = { script_content: "Keep your dressing dry.", voice_id: demo.voice_id, disease_name: "Knee replacement" };
  const session = { patient_id: demo.patient_id, agent_id: demo.agent_id };
  const session2 = { patient_id: seeded.accounts.patient2.patient_id, agent_id: agent2 };
  const baseline = await timePair("callable healthCheck (no auth, no I/O) vs itself", () => callFunction("healthCheck", undefined, {}), () => callFunction("healthCheck", undefined, {}), N);
  const pairs = [
    ["GET /api/dashboard", () => rest("GET", "/dashboard", doctor.idToken), () => floorRest("GET", "/dashboard", doctor.idToken)],
    ["callable getDashboard", () => callFunction("getDashboard", doctor.idToken, {}), () => callFunction("floorGetDashboard", doctor.idToken, {})],
    ["GET /api/knowledge", () => rest("GET", "/knowledge", doctor.idToken), () => floorRest("GET", "/knowledge", doctor.idToken)],
    ["callable listKnowledge", () => callFunction("listKnowledge", doctor.idToken, {}), () => callFunction("floorListKnowledge", doctor.idToken, {})],
    ["GET /api/agents", () => rest("GET", "/agents", doctor.idToken), () => floorRest("GET", "/agents", doctor.idToken)],
    ["GET /api/patient/{id}/summary", () => rest("GET", `/patient/${demo.patient_id}/summary`, doctor.idToken), () => floorRest("GET", `/patient/${demo.patient_id}/summary`, doctor.idToken)],
    ["callable getPatientSummary", () => callFunction("getPatientSummary", doctor.idToken, { patient_id: demo.patient_id }), () => callFunction("floorGetPatientSummary", doctor.idToken, { patient_id: demo.patient_id })],
    ["POST /api/knowledge (existing content)", () => rest("POST", "/knowledge", doctor.idToken, knowledgeBody), () => floorRest("POST", "/knowledge", doctor.idToken, knowledgeBody)],
    ["POST /api/agent (update)", () => rest("POST", "/agent", doctor.idToken, agentBody), () => floorRest("POST", "/agent", doctor.idToken, agentBody)],
    ["POST /api/audio (queue a short script)", () => rest("POST", "/audio", doctor.idToken, audioBody), () => floorRest("POST", "/audio", doctor.idToken, audioBody), () => drainNarrations(firestore, seeded.accounts.doctor.uid)],
    ["POST /api/patient/session", () => rest("POST", "/patient/session", patient.idToken, session), () => floorRest("POST", "/patient/session", patient.idToken, session), undefined,
      (s) => rest("POST", `/patient/session/${s.session_id}/end`, patient.idToken, {})],
    ["callable startSession", () => callFunction("startSession", patient2.idToken, session2), () => callFunction("floorStartSession", patient2.idToken, session2), undefined,
      (s) => callFunction("endSession", patient2.idToken, { session_id: s.session_id })],
  ];
  const rows = [];
  // Untimed: the floor's session start frees the open slot and the line it took, as ours does when its session ends.
  const floorCleanup = async (result) => Promise.all((result?.floor_docs ?? []).map((path) => firestore.doc(path).delete()));
  for (const [label, ours, floor, after, cleanup] of pairs) {
    rows.push(await timePair(label, ours, floor, label.includes("/audio") ? 20 : N, cleanup, floorCleanup));
    await after?.();
  }
  return { baseline, rows };
}

/**
 * Ten doctors ask for a narration at the same moment, through the REST API: every job must finish,
 * and the text-to-speech requests in flight (counted by the meter in front of the stand-in) must
 * never exceed the plan's concurrency.
 */
async function narrationQueue(firestore, auth) {
  const DOCTORS = 10;
  const limit = (await control("GET", "/_emulator/plan")).tts_concurrency.multilingual;
  const script = "Keep your knee straight when resting and walk a little every hour to help your circulation. ".repeat(110); // ~10,000 characters
  const doctors = [];
  for (let i = 0; i < DOCTORS; i++) {
    const email = `bench.queue.${i}.${Date.now()}@demo.clinic`;
    const user = await auth.createUser({ email, password: "bench-password" });
    await auth.setCustomUserClaims(user.uid, { role: "doctor" });
    doctors.push({ uid: user.uid, token: (await signIn(email, "bench-password")).idToken });
  }
  // Warm the emulator's workers first (one process per concurrent request, each a cold start), so
  // the figures are the queue's and not the local emulator's start-up.
  await Promise.all(doctors.map((d) => rest("GET", "/audio", d.token)));
  const warm = await rest("POST", "/audio", doctors[0].token, { script_content: "Warming up the narration queue.", voice_id: voice, disease_name: "Knee replacement" });
  while (!["draft", "failed"].includes((await firestore.collection("audio").doc(warm.audio_id).get()).get("status"))) await new Promise((r) => setTimeout(r, 100));
  await fetch(`${urls.elevenLabs}/_meter/reset`);
  const t0 = process.hrtime.bigint();
  const jobs = await Promise.all(doctors.map((d) => rest("POST", "/audio", d.token, { script_content: script, voice_id: voice, disease_name: "Knee replacement" })));
  const acceptedMs = ms(t0);
  const finished = new Map();
  while (finished.size < jobs.length) {
    for (const job of jobs) {
      if (finished.has(job.audio_id)) continue;
      const snapshot = await firestore.collection("audio").doc(job.audio_id).get();
      const status = snapshot.get("status");
      if (status === "draft" || status === "failed") finished.set(job.audio_id, { status, ms: ms(t0), attempts: snapshot.get("job_attempts") });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const meterAfter = await (await fetch(`${urls.elevenLabs}/_meter`)).json();
  const outcomes = [...finished.values()];
  return {
    doctors: DOCTORS,
    limit,
    chunksPerJob: jobs[0].progress.total,
    acceptedAllMs: acceptedMs,
    failedJobs: outcomes.filter((o) => o.status !== "draft").length,
    jobsRetried: outcomes.filter((o) => (o.attempts ?? 1) > 1).length,
    peakConcurrency: meterAfter.peak,
    ttsRequests: meterAfter.requests,
    ttsStatuses: meterAfter.statuses,
    refused429: meterAfter.refusedConcurrency,
    allDoneMs: Math.max(...outcomes.map((o) => o.ms)),
    jobDoneMs: summary(outcomes.map((o) => o.ms)),
  };
}

async function conversationEndLatency(seeded) {
  const WebSocket = (await import(join(here, "..", "functions", "node_modules", "ws", "index.js"))).default;
  const patient = await signIn(seeded.accounts.patient.email, seeded.accounts.patient.password);
  const { Firestore } = await import(join(here, "..", "functions", "node_modules", "@google-cloud", "firestore", "build", "src", "index.js")).then((m) => m.default ?? m);
  const firestore = new Firestore({ projectId });
  const latencies = [];
  for (let i = 0; i < 8; i++) {
    const { signed_url, session_id } = await rest("POST", "/patient/session", patient.idToken, { patient_id: seeded.demo.patient_id, agent_id: seeded.demo.agent_id });
    const socket = new WebSocket(signed_url);
    let replies = 0;
    socket.on("message", (raw) => { if (JSON.parse(raw.toString()).type === "agent_response") replies++; });
    await new Promise((resolve) => socket.once("open", resolve));
    while (replies < 1) await new Promise((r) => setTimeout(r, 10));
    socket.send(JSON.stringify({ type: "user_message", text: "How long do I keep the dressing dry?" }));
    while (replies < 2) await new Promise((r) => setTimeout(r, 10));
    socket.close(1000);
    let doneAt;
    for (;;) {
      const state = await control("GET", "/_emulator/state");
      const delivery = state.webhook_deliveries.find((d) => d.conversation_id === session_id && d.attempts.length);
      if (delivery) {
        doneAt = delivery.attempts[0].at_ms;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    for (;;) {
      const snapshot = await firestore.collection("sessions").doc(session_id).get();
      if (snapshot.get("summary_status") === "done") {
        latencies.push(snapshot.get("summarized_at").toMillis() - doneAt);
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  await firestore.terminate();
  return latencies;
}

// BENCH_ONLY (from `npm run bench -- --only=a,b`) runs some sections: overhead, conversation-end, queue, counts, narration.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : undefined;
const wanted = (section) => !only || only.has(section);

await control("POST", "/_emulator/reset");
const { Firestore } = await import(join(here, "..", "functions", "node_modules", "@google-cloud", "firestore", "build", "src", "index.js")).then((m) => m.default ?? m);
const firestore = new Firestore({ projectId });
const require = createRequire(join(here, "..", "functions", "package.json"));
const { getApps, initializeApp } = require("firebase-admin/app");
const { getAuth } = require("firebase-admin/auth");
const auth = getAuth(getApps()[0] ?? initializeApp({ projectId }));
const seeded = wanted("overhead") || wanted("conversation-end") ? await seedDemoData(() => undefined) : undefined;

if (wanted("overhead")) results.requestOverhead = await requestOverhead(seeded, firestore);
if (wanted("conversation-end")) results.conversationEndToSummaryMs = summary(await conversationEndLatency(seeded));
if (wanted("queue")) results.narrationQueue = await narrationQueue(firestore, auth);
if (wanted("counts")) results.firestore = inProcess("counts");

if (wanted("narration")) {
  // Narration in one process, as a queue dispatch runs it: each request holds its stand-in slot for
  // the generation time; the process narrates a short script first (SDK loaded, connections open).
  const narration = { long: [], short: [], longest: [] };
  for (let run = 0; run < Number(process.env.BENCH_NARRATION_RUNS ?? 3); run++) {
    narration.short.push(inProcess("narrate", "1000"));
    narration.long.push(inProcess("narrate", "60000"));
  }
  narration.longest.push(inProcess("narrate", "100000"));
  const latencyOnly = inProcess("tts-latency");
  // The storage part alone: the same bytes through the same writer, in as many parts, no ElevenLabs.
  const uploads = [0, 1, 2].map(() => inProcess("upload-only", String(narration.long[0].bytes), String(narration.long[0].chunks)));
  const uploadOnly = uploads.map((u) => u.ms);
  results.narration = {
    ...narration,
    ttsGenerationMs: Number(process.env.BENCH_TTS_GENERATION_MS),
    uploadOnlyMs: summary(uploadOnly),
    // What the Storage emulator does only once the last byte is in: it buffers the upload request,
    // then writes the file and hashes it whole (firebase-tools storage/apis/gcloud.js, metadata.js).
    uploadFinalizeMs: summary(uploads.map((u) => u.ms - u.writtenMs)),
    uploadBytes: narration.long[0].bytes,
    ttsRequestMs: summary(latencyOnly.single),
    ttsRoundMs: summary(latencyOnly.round),
  };
}
await firestore.terminate();
writeFileSync(process.env.BENCH_OUTPUT, JSON.stringify(results, null, 2));
