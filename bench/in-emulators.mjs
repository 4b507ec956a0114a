// The benchmarks that need the emulators. Runs inside `firebase emulators:exec`; writes its
// figures as JSON to BENCH_OUTPUT.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { callFunction, rest, signIn } from "../scripts/lib/local-client.mjs";
import { seedDemoData } from "../scripts/lib/seed.mjs";
import { elevenLabsApiKey, projectId, projects, stackEnvironment, urls, webhookSecret } from "../scripts/lib/stack-config.mjs";
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
      ELEVENLABS_PLAN: "creator",
      SESSION_STARTS_PER_HOUR: "1000",
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

async function timeRoute(label, run, runs) {
  await run(); // warm the function instance
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await run();
    times.push(ms(t0));
  }
  return { label, p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

async function requestOverhead(seeded) {
  const doctor = await signIn(seeded.accounts.doctor.email, seeded.accounts.doctor.password);
  const patient = await signIn(seeded.accounts.patient.email, seeded.accounts.patient.password);
  const patient2 = await signIn(seeded.accounts.patient2.email, seeded.accounts.patient2.password);
  const doctor2 = await signIn(seeded.accounts.doctor2.email, seeded.accounts.doctor2.password);
  const agents2 = await rest("GET", "/agents", doctor2.idToken);
  const agent2 = agents2.agents[0]?.agent_id ?? (await rest("POST", "/agent", doctor2.idToken, { name: "Guide 2", knowledge_ids: [], voice_id: seeded.demo.voice_id, answer_style: "friendly" })).agent_id;
  const { demo } = seeded;
  const N = 25;
  const routes = [
    ["callable healthCheck (baseline)", () => callFunction("healthCheck", undefined, {})],
    ["GET /api/dashboard", () => rest("GET", "/dashboard", doctor.idToken)],
    ["callable getDashboard", () => callFunction("getDashboard", doctor.idToken, {})],
    ["GET /api/knowledge", () => rest("GET", "/knowledge", doctor.idToken)],
    ["callable listKnowledge", () => callFunction("listKnowledge", doctor.idToken, {})],
    ["GET /api/agents", () => rest("GET", "/agents", doctor.idToken)],
    ["GET /api/patient/{id}/summary", () => rest("GET", `/patient/${demo.patient_id}/summary`, doctor.idToken)],
    ["callable getPatientSummary", () => callFunction("getPatientSummary", doctor.idToken, { patient_id: demo.patient_id })],
    ["POST /api/knowledge (existing content)", () => rest("POST", "/knowledge", doctor.idToken, { text: "Bench knowledge. Keep the wound dry.", disease_name: "Knee replacement", document_type: "faq" })],
    ["POST /api/agent (update)", () => rest("POST", "/agent", doctor.idToken, { agent_id: demo.agent_id, name: "Knee Recovery Guide", knowledge_ids: demo.knowledge_ids, voice_id: demo.voice_id, answer_style: "friendly" })],
    ["POST /api/audio (short script)", () => rest("POST", "/audio", doctor.idToken, { script_content: "Keep your dressing dry.", voice_id: demo.voice_id, disease_name: "Knee replacement" })],
    ["POST /api/patient/session", () => rest("POST", "/patient/session", patient.idToken, { patient_id: demo.patient_id, agent_id: demo.agent_id })],
    ["callable startSession", () => callFunction("startSession", patient2.idToken, { patient_id: seeded.accounts.patient2.patient_id, agent_id: agent2 })],
  ];
  const rows = [];
  for (const [label, run] of routes) rows.push(await timeRoute(label, run, label.includes("session") ? 12 : N));
  const baseline = rows[0].p50;
  return rows.map((row) => ({ ...row, ratioP50: row.p50 / baseline }));
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

await control("POST", "/_emulator/reset");
const seeded = await seedDemoData(() => undefined);
results.requestOverhead = await requestOverhead(seeded);
results.conversationEndToSummaryMs = summary(await conversationEndLatency(seeded));

results.firestore = inProcess("counts");
await control("POST", "/_emulator/faults", { kind: "latency", route: "tts.convert", ms: 200, count: -1 });
const narration = { long: [], short: [], longest: [] };
for (let run = 0; run < 3; run++) {
  narration.short.push(inProcess("narrate", "1000"));
  narration.long.push(inProcess("narrate", "60000"));
}
narration.longest.push(inProcess("narrate", "100000"));
const latencyOnly = inProcess("tts-latency");
await control("DELETE", "/_emulator/faults");
// The storage part alone: the same bytes through the same writer, no ElevenLabs at all.
const longBytes = Math.round(narration.long[0].durationSeconds * 16_000); // 128 kbit/s
const uploadOnly = [0, 1, 2].map(() => inProcess("upload-only", String(longBytes), String(narration.long[0].chunks)).ms);
results.narration = { ...narration, uploadOnlyMs: summary(uploadOnly), uploadBytes: longBytes, ttsRequestWith200msMs: summary(latencyOnly.single), ttsRoundWith200msMs: summary(latencyOnly.round) };
writeFileSync(process.env.BENCH_OUTPUT, JSON.stringify(results, null, 2));
