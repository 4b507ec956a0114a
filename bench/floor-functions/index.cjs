// The request-overhead floor: for each benchmarked route, a bare handler that does the same
// necessary work as ours and nothing else. The same token check (REST: verifyIdToken with the
// revocation check, as our REST API does; callables: the callable protocol's token), the same
// Firestore reads and writes, the same ElevenLabs call (plain fetch, no SDK, no retry wrapper) and
// the same Cloud Tasks call. No framework, no validation, no logging, no error mapping.
// Its writes go to floor_* collections of the same shape, so that ours never sees them (a floor
// session would count against the patient's hourly starts, a floor narration would never finish).
// Served by the same Functions emulator (a second codebase, bench only; REST through the same
// Hosting rewrite path), so ours / floor isolates what our code adds to a request.
const { createHash, randomUUID } = require("node:crypto");
const { onRequest } = require("firebase-functions/v2/https");
const { onTaskDispatched } = require("firebase-functions/v2/tasks");
const { initializeApp } = require("firebase-admin/app");
const { getAuth } = require("firebase-admin/auth");
const { getFirestore, AggregateField, FieldValue, Timestamp } = require("firebase-admin/firestore");
const { getFunctions } = require("firebase-admin/functions");

const app = initializeApp();
const db = getFirestore(app);
db.settings({ ignoreUndefinedProperties: true });
const auth = getAuth(app);
const elevenLabs = (path, init = {}) =>
  fetch(`${process.env.ELEVENLABS_BASE_URL}${path}`, { ...init, headers: { "xi-api-key": process.env.ELEVENLABS_API_KEY, "content-type": "application/json" } });

const tokenOf = (req) => /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1];
const audit = (action, uid, role, patientId) => ({ actor_uid: uid, actor_role: role, action, patient_id: patientId, at: FieldValue.serverTimestamp() });

const ownedRecords = async (collection, doctorId) =>
  (await db.collection(collection).where("doctor_id", "==", doctorId).orderBy("created_at", "desc").limit(200).get()).docs.map((d) => ({ id: d.id, ...d.data() }));

/** The work of each route, given the decoded token and the request's fields. */
const operations = {
  async dashboard(user) {
    // Ours reads the 17 statistics documents, the top knowledge gaps and the open-alert totals at once.
    const stats = db.collection("doctor_stats").doc(user.uid);
    const [docs, gaps, open] = await Promise.all([
      db.getAll(stats, ...Array.from({ length: 16 }, (_, i) => stats.collection("shards").doc(String(i)))),
      stats.collection("knowledge_gaps").orderBy("count", "desc").limit(10).get(),
      db.collection("alerts").where("doctor_id", "==", user.uid).where("state", "==", "open")
        .aggregate({ alerts: AggregateField.count(), items: AggregateField.sum("attention_item_count") }).get(),
    ]);
    return { docs: docs.map((d) => d.data() ?? null), gaps: gaps.docs.map((d) => d.data()), open: open.data() };
  },
  knowledgeList: async (user) => ({ knowledge: await ownedRecords("knowledge", user.uid) }),
  agentsList: async (user) => ({ agents: await ownedRecords("agents", user.uid) }),
  async patientSummary(user, { patient_id }) {
    const [patient, summaries] = await Promise.all([
      db.collection("patients").doc(patient_id).get(),
      db.collection("session_summaries").where("patient_id", "==", patient_id).orderBy("ended_at", "desc").limit(50).get(),
    ]);
    await db.collection("audit_log").add(audit("summary.read", user.uid, user.role, patient_id));
    return { patient: patient.get("doctor_id"), summaries: summaries.docs.map((d) => d.data()) };
  },
  async knowledgeUpload(user, { text }) {
    const hash = createHash("sha256").update(text).digest("hex");
    const id = `kn_${createHash("sha256").update(`${user.uid}\u0000${hash}`).digest("hex").slice(0, 20)}`;
    const existing = await db.collection("knowledge").doc(id).get();
    return { knowledge_id: id, elevenlabs_document_id: existing.get("elevenlabs_document_id") };
  },
  async agentUpdate(user, { agent_id, knowledge_ids, name, voice_id }) {
    const [agent, ...knowledge] = await db.getAll(db.collection("agents").doc(agent_id), ...knowledge_ids.map((id) => db.collection("knowledge").doc(id)));
    const body = {
      name,
      conversation_config: {
        agent: { prompt: { knowledge_base: knowledge.map((k) => ({ type: "text", id: k.get("elevenlabs_document_id"), name: k.get("disease_name"), usage_mode: "auto" })) } },
        tts: { voice_id },
      },
    };
    const response = await elevenLabs(`/v1/convai/agents/${agent.get("elevenlabs_agent_id")}`, { method: "PATCH", body: JSON.stringify(body) });
    await response.arrayBuffer();
    await agent.ref.update({ name, voice_id, updated_at: Timestamp.now() });
    return { agent_id };
  },
  async narrate(user, { script_content, voice_id, disease_name }) {
    const ref = db.collection("floor_audio").doc();
    await ref.create({ doctor_id: user.uid, disease_name, voice_id, status: "queued", progress: { done: 0, total: 1 }, created_at: Timestamp.now() });
    await getFunctions(app).taskQueue("floorNarrationJobs").enqueue({ audio_id: ref.id, script: script_content }, { id: ref.id });
    return { job_id: ref.id, audio_id: ref.id, status: "queued" };
  },
  async sessionStart(user, { patient_id, agent_id }) {
    // The same round trips as ours, in the same order, each as bare as it gets: the authorization
    // reads; then the prompt's doctor, the patient's open slot and hourly window (a transaction);
    // then the workspace's conversation lines read and one claimed; the signed URL; and the session
    // written with its audit entry and line binding in a transaction that re-reads the patient.
    const [patient, agent] = await Promise.all([db.collection("patients").doc(patient_id).get(), db.collection("agents").doc(agent_id).get()]);
    const holder = randomUUID();
    const slot = db.collection("floor_rate_limits").doc(`session-slot:${patient_id}:${holder}`);
    const hour = db.collection("floor_rate_limits").doc(`session-starts:${patient_id}`);
    await Promise.all([
      db.collection("doctors").doc(patient.get("doctor_id")).get(),
      slot.create({ patient_id, holder, taken_at_ms: Date.now() }),
      db.runTransaction(async (tx) => {
        const starts = (await tx.get(hour)).get("starts") ?? [];
        tx.set(hour, { patient_id, starts: [...starts.slice(-19), { at_ms: Date.now(), holder }] });
      }),
    ]);
    await db.collection("floor_conversation_lines").get();
    const line = db.collection("floor_conversation_lines").doc(holder);
    await line.create({ claim_id: holder, claimed_at: Timestamp.now(), session_id: null });
    const response = await elevenLabs(`/v1/convai/conversation/get-signed-url?agent_id=${agent.get("elevenlabs_agent_id")}&include_conversation_id=true`);
    const { signed_url } = await response.json();
    const conversationId = new URL(signed_url).searchParams.get("conversation_id") ?? randomUUID();
    await db.runTransaction(async (tx) => {
      await tx.get(db.collection("patients").doc(patient_id));
      tx.create(db.collection("floor_sessions").doc(conversationId), { patient_id, doctor_id: patient.get("doctor_id"), agent_id, status: "active", started_at: Timestamp.now() });
      tx.create(db.collection("audit_log").doc(), audit("session.started", user.uid, user.role, patient_id));
      tx.update(line, { session_id: conversationId });
    });
    return { signed_url, session_id: conversationId, floor_docs: [slot.path, line.path] };
  },
};

const REST = [
  ["GET", /^\/floor\/dashboard$/, "dashboard", () => ({})],
  ["GET", /^\/floor\/knowledge$/, "knowledgeList", () => ({})],
  ["GET", /^\/floor\/agents$/, "agentsList", () => ({})],
  ["GET", /^\/floor\/patient\/([^/]+)\/summary$/, "patientSummary", (m) => ({ patient_id: m[1] })],
  ["POST", /^\/floor\/knowledge$/, "knowledgeUpload", (_m, body) => body],
  ["POST", /^\/floor\/agent$/, "agentUpdate", (_m, body) => body],
  ["POST", /^\/floor\/audio$/, "narrate", (_m, body) => body],
  ["POST", /^\/floor\/patient\/session$/, "sessionStart", (_m, body) => body],
];

exports.floorApi = onRequest(async (req, res) => {
  const user = await auth.verifyIdToken(tokenOf(req), true);
  for (const [method, pattern, name, input] of REST) {
    const match = req.method === method && pattern.exec(req.path);
    if (match) {
      res.status(method === "POST" && name === "narrate" ? 202 : 200).json(await operations[name](user, input(match, req.body)));
      return;
    }
  }
  res.status(404).end();
});

/** The callable protocol without onCall: `{ data }` in, `{ result }` out. */
const callable = (name) =>
  onRequest(async (req, res) => {
    const user = await auth.verifyIdToken(tokenOf(req));
    res.json({ result: await operations[name](user, req.body.data ?? {}) });
  });
exports.floorGetDashboard = callable("dashboard");
exports.floorListKnowledge = callable("knowledgeList");
exports.floorGetPatientSummary = callable("patientSummary");
exports.floorStartSession = callable("sessionStart");

/** Receives the floor's narration tasks and does nothing: the floor measures the request only. */
exports.floorNarrationJobs = onTaskDispatched({ retryConfig: { maxAttempts: 1 } }, async () => undefined);
