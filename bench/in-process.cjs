// Benchmarks that run our handlers inside this process (fresh per command), against the
// emulators of a separate project so the Functions emulator's triggers stay out of the way:
//   counts                Firestore reads/writes per operation, and the dashboard as sessions grow
//   narrate <chars>       one narration; prints wall time, peak RSS, chunks
//   tts-latency           time of one text-to-speech request of a full chunk
//   summarizer            summarizer time on a one-hour transcript
//   first-call            time from process start to the first completed ElevenLabs call
const started = process.hrtime.bigint();
const { join } = require("node:path");
const { readFileSync, readdirSync, existsSync } = require("node:fs");
const counter = process.argv[2] === "counts" ? require("./firestore-counter.cjs") : undefined;
const lib = (path) => require(join(__dirname, "..", "functions", "lib", path));
const elapsedMs = () => Number(process.hrtime.bigint() - started) / 1e6;
const print = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

const doctor = (id) => ({ uid: id, role: "doctor", doctorId: id });
const VOICE = JSON.parse(process.env.LOCAL_STACK).voiceId;
const KB = "Keep the wound dressing dry for five days. Walk with your walker three times a day. Ice the knee for twenty minutes after exercises.";

function sentenceScript(chars) {
  const sentence = "Keep your knee straight when resting and walk a little every hour to help your circulation. ";
  return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

async function standIn(method, path, body) {
  const response = await fetch(`${process.env.ELEVENLABS_BASE_URL}${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
  return response.json();
}

async function talkOverWebSocket(signedUrl, messages) {
  const WebSocket = require(join(__dirname, "..", "functions", "node_modules", "ws"));
  const socket = new WebSocket(signedUrl);
  let replies = 0;
  const waitReplies = (n) => new Promise((resolve) => { const t = setInterval(() => { if (replies >= n) { clearInterval(t); resolve(); } }, 10); });
  socket.on("message", (raw) => { const e = JSON.parse(raw.toString()); if (e.type === "agent_response") replies++; if (e.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: e.ping_event.event_id })); });
  await new Promise((resolve) => socket.once("open", resolve));
  await waitReplies(1);
  for (const [i, text] of messages.entries()) { socket.send(JSON.stringify({ type: "user_message", text })); await waitReplies(i + 2); }
  socket.close(1000);
  await new Promise((resolve) => socket.once("close", resolve));
}

async function counts() {
  const { measure } = counter;
  const { uploadKnowledge } = lib("handlers/knowledge.js");
  // This process runs against its own project, whose narration queue the Functions emulator does not
  // serve, so the request's Cloud Tasks call is recorded here instead of sent. It is no Firestore
  // operation: the counts below are the same either way, and the job itself is not part of them.
  const tasks = lib("services/tasks.js");
  const enqueued = [];
  tasks.enqueueNarration = async (task) => { enqueued.push(task.audio_id); };
  const { generateNarration } = lib("handlers/narration.js");
  const { saveAgent } = lib("handlers/agents.js");
  const { createPatient } = lib("handlers/patients.js");
  const { startSession } = lib("handlers/sessions.js");
  const { receiveWebhook } = lib("handlers/webhook.js");
  const { processConversationEnd } = lib("handlers/conversation-end.js");
  const { getPatientSummary, getDashboard } = lib("handlers/dashboard.js");
  const { outcomeDelta } = lib("domain/stats.js");
  const { db } = lib("services/firebase.js");
  const { statsShard, increment, STATS_SHARDS } = lib("services/data.js");
  const { createHmac } = require("node:crypto");
  const results = {};
  const d = doctor(`bench-doctor-${Date.now()}`);
  const knowledge = await measure(() => uploadKnowledge(d, { text: KB, disease_name: "Knee replacement", document_type: "faq" }));
  results["knowledge upload"] = knowledge;
  results["knowledge upload (duplicate)"] = await measure(() => uploadKnowledge(d, { text: KB, disease_name: "Knee replacement", document_type: "faq" }));
  results["narration request (queued)"] = await measure(() => generateNarration(d, { script_content: "Welcome home. Keep your dressing dry.", voice_id: VOICE, disease_name: "Knee replacement" }));
  if (enqueued.length !== 1 || enqueued[0] !== results["narration request (queued)"].result.audio_id) throw new Error("the narration request did not enqueue its job");
  const agent = await measure(() => saveAgent(d, { name: "Bench guide", knowledge_ids: [knowledge.result.knowledge_id], voice_id: VOICE, answer_style: "friendly" }));
  results["agent create"] = agent;
  const patient = await measure(() => createPatient(d, { display_name: "Bench Patient" }));
  results["patient create"] = patient;
  const patientCaller = { uid: "bench-patient", role: "patient", doctorId: d.uid, patientId: patient.result.patient_id };
  const session = await measure(() => startSession(patientCaller, { patient_id: patient.result.patient_id, agent_id: agent.result.agent_id }));
  results["session start"] = session;
  await talkOverWebSocket(session.result.signed_url, ["How long do I keep the dressing dry?", "I have crushing chest pain"]);
  let conversation;
  for (let i = 0; i < 200; i++) {
    conversation = await fetch(`${process.env.ELEVENLABS_BASE_URL}/v1/convai/conversations/${session.result.session_id}`, { headers: { "xi-api-key": process.env.ELEVENLABS_API_KEY } }).then((r) => r.json());
    if (conversation.status === "done") break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const body = JSON.stringify({ type: "post_call_transcription", event_timestamp: Math.floor(Date.now() / 1000), data: conversation });
  const t = Math.floor(Date.now() / 1000);
  const signature = `t=${t},v0=${createHmac("sha256", process.env.ELEVENLABS_WEBHOOK_SECRET).update(`${t}.${body}`).digest("hex")}`;
  const webhook = await measure(() => receiveWebhook(body, signature, process.env.ELEVENLABS_WEBHOOK_SECRET));
  const pipeline = await measure(() => processConversationEnd(session.result.session_id));
  results["conversation end: webhook (inbox + end)"] = webhook;
  results["conversation end: summary pipeline"] = pipeline;
  results["conversation end (total)"] = { reads: webhook.reads + pipeline.reads, writes: webhook.writes + pipeline.writes };
  results["summary read"] = await measure(() => getPatientSummary(d, { patient_id: patient.result.patient_id }));
  results["dashboard read"] = await measure(() => getDashboard(d, {}));

  const growth = [];
  for (const sessions of [10, 1_000, 10_000]) {
    const g = doctor(`bench-growth-${sessions}-${Date.now()}`);
    for (let start = 0; start < sessions; start += 400) {
      const batch = db().batch();
      for (let i = start; i < Math.min(sessions, start + 400); i++) {
        const delta = outcomeDelta({ agentId: `agent_${i % 3}`, diseaseNames: ["Knee replacement"], day: `2026-11-${String(1 + (i % 28)).padStart(2, "0")}`, durationSeconds: 120, answered: 2, unanswered: 1, attention: i % 5 === 0 ? 1 : 0, unansweredQuestions: [`question ${i % 40}`] });
        const shard = {};
        for (const [path, value] of Object.entries(delta.increments)) setPath(shard, path, increment(value));
        for (const [path, value] of Object.entries(delta.texts)) setPath(shard, path, value);
        batch.set(statsShard(g.uid, i % STATS_SHARDS), shard, { merge: true });
      }
      await batch.commit();
    }
    const times = [];
    let measured;
    for (let run = 0; run < 5; run++) {
      const t0 = process.hrtime.bigint();
      measured = await measure(() => getDashboard(g, {}));
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    if (measured.result.totals.sessions !== sessions) throw new Error(`dashboard shows ${measured.result.totals.sessions} sessions, expected ${sessions}`);
    growth.push({ sessions, reads: measured.reads, ms: times });
  }
  print({ operations: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { reads: v.reads, writes: v.writes }])), dashboardGrowth: growth });
}

function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys[keys.length - 1]] = value;
}

/** One narration job, run here as the queue would run it: wall time of the job, peak RSS of the process. */
async function narrate(chars) {
  const audioStore = lib("repositories/audio.js");
  const { runNarrationJob } = lib("handlers/narration-job.js");
  const { planNarrationCapacity } = lib("config.js");
  const { splitScript } = lib("domain/script-chunks.js");
  const { chunkSizeFor } = lib("domain/tts-models.js");
  const modelId = process.env.ELEVENLABS_TTS_MODEL;
  const doctorId = `bench-narrator-${Date.now()}`;
  const queue = async (text) => {
    const audioId = audioStore.newAudioId();
    await audioStore.createNarrationJob(audioId, {
      doctor_id: doctorId, disease_name: "Knee replacement", voice_id: VOICE, model_id: modelId, script_hash: "bench",
      char_count: text.length, storage_path: `audio/${doctorId}/${audioId}.mp3`, chunks: splitScript(text, chunkSizeFor(modelId)).length,
    });
    return audioId;
  };
  // A warm instance, as a queue dispatch usually meets: SDK loaded, connections open (the cold first
  // call is measured on its own, "first ElevenLabs call in a fresh process").
  const warmUp = await queue(sentenceScript(200));
  if ((await runNarrationJob({ audio_id: warmUp, script: sentenceScript(200) })) !== "done") throw new Error("warm-up narration failed");
  const script = sentenceScript(chars);
  const chunks = splitScript(script, chunkSizeFor(modelId)).length;
  const audioId = await queue(script);
  const peaks = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  const sampler = process.env.BENCH_MEMORY_SAMPLES ? setInterval(() => {
    const m = process.memoryUsage();
    if (process.env.BENCH_MEMORY_TRACE && m.rss / 1048576 > peaks.rss) console.error(`trace rss ${Math.round(m.rss / 1048576)} heap ${Math.round(m.heapUsed / 1048576)}/${Math.round(m.heapTotal / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)}`);
    for (const k of Object.keys(peaks)) peaks[k] = Math.max(peaks[k], Math.round(m[k] / 1048576));
  }, 10) : undefined;
  const t0 = process.hrtime.bigint();
  const outcome = await runNarrationJob({ audio_id: audioId, script });
  if (sampler) { clearInterval(sampler); console.error(JSON.stringify({ chars, peaks })); }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (outcome !== "done") throw new Error(`narration ${outcome}`);
  const audio = await audioStore.loadAudio(audioId);
  print({ chars, wallMs, chunks, concurrency: planNarrationCapacity().requestsPerJob, maxRssMiB: process.resourceUsage().maxRSS / 1024, durationSeconds: audio.duration_seconds, bytes: audio.size_bytes });
}

/** Writes `chunks` buffers of `chunkBytes` through the narration's storage writer, and nothing else. */
async function uploadOnly(totalBytes, chunks) {
  const { openAudioWriter } = lib("services/storage.js");
  const chunk = Buffer.alloc(Math.ceil(totalBytes / chunks), 0);
  const t0 = process.hrtime.bigint();
  const writer = openAudioWriter(`audio/bench-upload/${Date.now()}.mp3`, {});
  for (let i = 0; i < chunks; i++) await writer.write(chunk);
  const writtenMs = Number(process.hrtime.bigint() - t0) / 1e6;
  await writer.finish();
  print({ ms: Number(process.hrtime.bigint() - t0) / 1e6, writtenMs, bytes: chunk.length * chunks });
}

async function ttsLatency() {
  const { generateAudio } = lib("services/elevenlabs.js");
  const { splitScript } = lib("domain/script-chunks.js");
  const { chunkSizeFor } = lib("domain/tts-models.js");
  const chunk = splitScript(sentenceScript(10_000), chunkSizeFor(process.env.ELEVENLABS_TTS_MODEL))[0];
  await generateAudio({ text: "warm up", voiceId: VOICE, modelId: process.env.ELEVENLABS_TTS_MODEL });
  const request = () => generateAudio({ text: chunk.text, voiceId: VOICE, modelId: process.env.ELEVENLABS_TTS_MODEL });
  const single = [];
  const round = [];
  const concurrency = lib("config.js").planNarrationCapacity().requestsPerJob;
  for (let i = 0; i < 5; i++) {
    let t0 = process.hrtime.bigint();
    await request();
    single.push(Number(process.hrtime.bigint() - t0) / 1e6);
    // A round: `concurrency` requests at once, as a narration sends them.
    t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, request));
    round.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  print({ single, round });
}

/**
 * About one hour of conversation with at least 600 turns, from the dev-set calls: whole
 * patient/agent exchanges in order, keeping exchanges short enough for 600 turns to fit in an
 * hour, each turn timed by its words (2.5 words/s) plus a second of latency.
 */
function oneHourTranscript() {
  const dir = join(JSON.parse(process.env.LOCAL_STACK).paths.shared, "data", "transcripts");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
  const exchanges = [];
  for (const file of files) {
    const turns = JSON.parse(readFileSync(join(dir, file), "utf8")).transcript;
    for (let i = 0; i + 1 < turns.length; i++) {
      if (turns[i].role === "user" && turns[i + 1].role === "agent") exchanges.push([turns[i], turns[i + 1]]);
    }
  }
  if (!exchanges.length) {
    exchanges.push([{ role: "user", message: "Can I shower with the dressing on? I also feel a bit dizzy." }, { role: "agent", message: "Keep the dressing dry for five days." }]);
  }
  const words = (turn) => (turn.message ?? "").split(/\s+/).filter(Boolean).length;
  const short = exchanges.filter(([u, a]) => words(u) + words(a) <= 34);
  const transcript = [];
  let seconds = 0;
  for (let i = 0; transcript.length < 640; i++) {
    for (const turn of short[i % short.length]) {
      transcript.push({ ...turn, time_in_call_secs: Math.round(seconds) });
      seconds += words(turn) / 2.5 + 1;
    }
  }
  return {
    conversation_id: "conv_bench_hour", agent_id: "agent_bench", status: "done", transcript,
    metadata: { start_time_unix_secs: 1_763_900_000, call_duration_secs: Math.round(seconds), main_language: "en" }, analysis: null,
  };
}

async function summarizer() {
  const { summarizeConversation } = lib("domain/summarizer/index.js");
  const conversation = oneHourTranscript();
  for (let i = 0; i < 5; i++) summarizeConversation(conversation);
  const times = [];
  for (let i = 0; i < 50; i++) {
    const t0 = process.hrtime.bigint();
    summarizeConversation(conversation);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const totalWords = conversation.transcript.reduce((n, t) => n + (t.message ?? "").split(/\s+/).filter(Boolean).length, 0);
  print({ turns: conversation.transcript.length, callSeconds: conversation.metadata.call_duration_secs, words: totalWords, ms: times });
}

async function firstCall() {
  const { listVoiceIds } = lib("services/elevenlabs.js");
  await listVoiceIds();
  print({ ms: elapsedMs() });
}

const commands = { "upload-only": () => uploadOnly(Number(process.argv[3]), Number(process.argv[4])), counts, narrate: () => narrate(Number(process.argv[3])), "tts-latency": ttsLatency, summarizer, "first-call": firstCall };
commands[process.argv[2]]().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
