// The reliability suite: every ElevenLabs-calling operation under injected faults, end-of-call
// signals duplicated, late or missing, bursts of concurrent starts and ends, and more than a
// hundred bad inputs, each checked against Firestore, Storage and the stand-in afterwards.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { join } from "node:path";
import WebSocket from "ws";
import { Timestamp } from "firebase-admin/firestore";
import { emptyStatsDocuments, fillStatsDocuments, firestoreDocumentsContaining } from "../integration/safety-helpers";
import {
  adminDb, api, bucket, closeClientApps, configureInProcessHandlers, functionsBase, markSensitive, narrate, projectId, signInAs, signInDoctor, standIn, waitFor,
  webhookSecret, type SignedInUser,
} from "../integration/harness";
import { diffSnapshots, findInconsistencies, quiescentSnapshot, standInState } from "./store-snapshot";
import { stack } from "../stack";

const VOICE = stack.voiceId;
const tally = { scenarios: 0, faults: 0, badInputs: 0, orphans: 0, halfWrites: 0, lost: 0 };
const suiteDoctors: string[] = [];
let uniqueCounter = 0;
const unique = (label: string) => `${label} ${Date.now()}-${++uniqueCounter}`;
const KB_TEXT = "Keep the wound dressing dry for five days. Walk with your walker three times a day. Ice the knee after exercises.";

interface Clinic {
  doctor: SignedInUser;
  knowledgeId: string;
  agentId: string;
  patients: { id: string; user: SignedInUser }[];
}

async function clinic(patientCount = 1): Promise<Clinic> {
  const doctor = await signInDoctor();
  suiteDoctors.push(doctor.uid);
  const kb = await api<{ knowledge_id: string }>("POST", "/knowledge", {
    user: doctor, body: { text: `${KB_TEXT} (${doctor.uid})`, disease_name: "Knee replacement", document_type: "post_care" },
  });
  assert.equal(kb.status, 201, JSON.stringify(kb.body));
  const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
    name: "Reliability guide", knowledge_ids: [kb.body.knowledge_id], voice_id: VOICE, answer_style: "friendly",
  });
  const patients = [];
  for (let i = 0; i < patientCount; i++) {
    const { patient_id } = await doctor.call<{ patient_id: string }>("createPatient", { display_name: `Patient ${i}` });
    patients.push({ id: patient_id, user: await signInAs({ role: "patient", patient_id, doctor_id: doctor.uid }) });
  }
  return { doctor, knowledgeId: kb.body.knowledge_id, agentId: agent_id, patients };
}

async function inject(spec: Record<string, unknown>) {
  await standIn("POST", "/_emulator/faults", spec);
  tally.faults += Number(spec.count ?? 1);
}

/** Opens the signed URL, says one thing, and hangs up: the conversation then ends at ElevenLabs. */
async function talk(signedUrl: string, text = "How long should I keep the wound dressing dry?") {
  const socket = new WebSocket(signedUrl);
  let replies = 0;
  socket.on("message", (raw) => {
    const event = JSON.parse(raw.toString());
    if (event.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: event.ping_event.event_id }));
    if (event.type === "agent_response") replies++;
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  await waitFor("the first message", async () => replies >= 1, 15_000);
  socket.send(JSON.stringify({ type: "user_message", text }));
  await waitFor("the answer", async () => replies >= 2, 15_000);
  socket.close(1000);
  await new Promise((resolve) => socket.once("close", resolve));
}

async function startSession(c: Clinic, patientIndex = 0) {
  const p = c.patients[patientIndex]!;
  return p.user.call<{ signed_url: string; session_id: string }>("startSession", { patient_id: p.id, agent_id: c.agentId });
}

/** "done" once the summary is written and its statistics applied; "failed" when the pipeline gave up. */
async function summaryState(sessionId: string, timeoutMs = 120_000): Promise<string> {
  return waitFor(`a final summary state for ${sessionId}`, async () => {
    const session = (await adminDb.collection("sessions").doc(sessionId).get()).data();
    if (session?.summary_status === "failed") return "failed";
    return session?.summary_status === "done" && session.stats_status === "applied" ? "done" : undefined;
  }, timeoutMs);
}

let adminUser: SignedInUser | undefined;
async function sweep() {
  adminUser ??= await signInAs({ role: "admin" });
  await adminUser.call("runReconciler", { orphan_min_age_seconds: 0 });
}

async function assertConsistent(label: string) {
  const { orphans, halfWrites } = await findInconsistencies(suiteDoctors);
  tally.orphans += orphans.length;
  tally.halfWrites += halfWrites.length;
  assert.deepEqual([...orphans, ...halfWrites], [], `${label}: the stores disagree`);
}

describe("reliability", function () {
  this.timeout(600_000);
  let shared: Clinic;

  before(async () => {
    await standIn("POST", "/_emulator/reset");
    markSensitive(KB_TEXT, "How long should I keep the wound dressing dry?");
    shared = await clinic(2);
  });
  after(async () => {
    console.log(
      `reliability: ${tally.scenarios} scenarios, ${tally.faults} faults injected, ${tally.badInputs} bad inputs, ` +
        `${tally.orphans} orphans, ${tally.halfWrites} half-writes, ${tally.lost} lost`,
    );
    await closeClientApps();
  });
  afterEach(() => standIn("DELETE", "/_emulator/faults"));

  // ------------------------------------------------------------------ fault matrix
  const RECOVERABLE: { name: string; spec: Record<string, unknown> }[] = [
    { name: "429 rate_limit_exceeded with Retry-After", spec: { kind: "rate_limit", retry_after: 1 } },
    { name: "429 concurrent_limit_exceeded with Retry-After", spec: { kind: "rate_limit", code: "concurrent_limit_exceeded", retry_after: 1 } },
    { name: "500", spec: { kind: "error", status: 500 } },
    { name: "503", spec: { kind: "error", status: 503 } },
    { name: "a timeout", spec: { kind: "latency", ms: 9_000, count: 1 } },
    { name: "a connection reset", spec: { kind: "drop" } },
  ];

  type Operation = {
    name: string;
    route: string;
    run: () => Promise<{ ok: boolean; status: number | string }>;
    /** Faults that use up every attempt, and how the caller learns of it. Default: 3, answered with 502. */
    exhausted?: { faults: number; status: number | string };
  };
  const operations = (): Operation[] => [
    {
      name: "knowledge upload",
      route: "kb.create_text",
      run: async () => {
        const r = await api("POST", "/knowledge", { user: shared.doctor, body: { text: unique(KB_TEXT), disease_name: "Knee", document_type: "faq" } });
        return { ok: r.status === 201, status: r.status };
      },
    },
    {
      name: "knowledge replace",
      route: "kb.create_text",
      run: async () => {
        const r = await api("PUT", `/knowledge/${shared.knowledgeId}`, { user: shared.doctor, body: { text: unique(KB_TEXT) } });
        return { ok: r.status === 200, status: r.status };
      },
    },
    {
      name: "narrated audio",
      route: "tts.convert",
      // A job: accepted at once (202), then finished (draft) or failed with its reason.
      run: async () => {
        const { queued, audio } = await narrate(shared.doctor, { script_content: unique("Walk a little every day."), voice_id: VOICE, disease_name: "Knee" });
        return { ok: queued.status === 202 && audio?.status === "draft", status: audio ? `${audio.status}${audio.error ? `: ${audio.error.kind}` : ""}` : queued.status };
      },
      // Each of the job's 3 attempts retries its request 3 times; then the job fails with its reason.
      exhausted: { faults: 9, status: "failed: upstreamUnavailable" },
    },
    {
      name: "agent create",
      route: "agents.create",
      run: async () => {
        const r = await api("POST", "/agent", {
          user: shared.doctor, body: { name: unique("Guide").slice(0, 60), knowledge_ids: [shared.knowledgeId], voice_id: VOICE, answer_style: "friendly" },
        });
        return { ok: r.status === 200, status: r.status };
      },
    },
    {
      name: "session start",
      route: "convai.signed_url",
      run: async () => {
        const patient = shared.patients[1]!;
        const r = await api<{ session_id: string }>("POST", "/patient/session", { user: patient.user, body: { patient_id: patient.id, agent_id: shared.agentId } });
        // Ended at once, so the patient's open sessions stay under MAX_CONCURRENT_SESSIONS.
        if (r.status === 200) await api("POST", `/patient/session/${r.body.session_id}/end`, { user: patient.user, body: {} });
        return { ok: r.status === 200, status: r.status };
      },
    },
  ];

  for (const operation of operations()) {
    for (const fault of RECOVERABLE) {
      it(`${operation.name} succeeds within 3 attempts after ${fault.name}`, async () => {
        const op = operations().find((o) => o.name === operation.name)!;
        await inject({ route: op.route, ...fault.spec });
        const result = await op.run();
        tally.scenarios++;
        assert.ok(result.ok, `status ${result.status}`);
        if (fault.spec.kind === "latency") {
          // The timed-out attempt still lands at ElevenLabs a moment later: the sweeper removes it.
          await new Promise((resolve) => setTimeout(resolve, 2_500));
          await sweep();
        }
        await assertConsistent(`${operation.name} after ${fault.name}`);
      });
    }
    const exhausted = operation.exhausted ?? { faults: 3, status: 502 };
    it(`${operation.name} fails clearly (${exhausted.status}) after ${exhausted.faults} failed attempts and leaves nothing behind`, async () => {
      const op = operations().find((o) => o.name === operation.name)!;
      await inject({ route: op.route, kind: "error", status: 503, count: exhausted.faults });
      const result = await op.run();
      tally.scenarios++;
      assert.equal(result.status, exhausted.status);
      await assertConsistent(`${operation.name} after exhausted retries`);
    });
  }

  it("narrated audio survives a TTS response cut midway", async () => {
    await inject({ route: "tts.convert", kind: "stream_cut", after_bytes: 1500 });
    const { queued, audio } = await narrate(shared.doctor, { script_content: unique("Ice the knee after walking."), voice_id: VOICE, disease_name: "Knee" });
    tally.scenarios++;
    assert.equal(queued.status, 202, JSON.stringify(queued.body));
    assert.equal(audio?.status, "draft", JSON.stringify(audio));
    await assertConsistent("audio after a cut stream");
  });

  for (const fault of RECOVERABLE.filter((f) => f.spec.kind !== "latency")) {
    it(`fetches the transcript after ${fault.name} when the webhook never came`, async () => {
      await inject({ kind: "webhook_drop" });
      const started = await startSession(shared);
      await talk(started.signed_url);
      await inject({ route: "conversations.get", ...fault.spec });
      await shared.patients[0]!.user.call("endSession", { session_id: started.session_id });
      tally.scenarios++;
      const state = await summaryState(started.session_id);
      if (state !== "done") tally.lost++;
      assert.equal(state, "done");
    });
  }

  // ------------------------------------------------------------------ end-of-call signals
  it("counts a conversation once when its webhook is delivered twice", async () => {
    const c = await clinic();
    await inject({ kind: "webhook_duplicate" });
    const started = await startSession(c);
    await talk(started.signed_url);
    tally.scenarios++;
    assert.equal(await summaryState(started.session_id), "done");
    await waitFor("both deliveries to finish", async () => (await standInState()).webhook_deliveries.filter((d) => d.conversation_id === started.session_id).every((d) => d.state !== "pending"), 60_000);
    const dashboard = await api<{ totals: { sessions: number } }>("GET", "/dashboard", { user: c.doctor });
    assert.equal(dashboard.body.totals.sessions, 1);
  });

  it("handles a late webhook arriving after the patient's end signal (out of order)", async () => {
    const c = await clinic();
    await inject({ kind: "webhook_delay", ms: 4_000 });
    const started = await startSession(c);
    await talk(started.signed_url);
    await c.patients[0]!.user.call("endSession", { session_id: started.session_id });
    tally.scenarios++;
    assert.equal(await summaryState(started.session_id), "done");
    await waitFor("the late delivery", async () => (await standInState()).webhook_deliveries.some((d) => d.conversation_id === started.session_id && d.state !== "pending"), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const dashboard = await api<{ totals: { sessions: number } }>("GET", "/dashboard", { user: c.doctor });
    assert.equal(dashboard.body.totals.sessions, 1);
  });

  it("waits while the transcript is stuck in processing, then records a failed conversation", async () => {
    await inject({ kind: "conversation_stuck" });
    await inject({ kind: "webhook_drop" });
    const started = await startSession(shared);
    await talk(started.signed_url);
    await shared.patients[0]!.user.call("endSession", { session_id: started.session_id });
    tally.scenarios++;
    await waitFor("the summary to wait for ElevenLabs", async () => (await adminDb.collection("sessions").doc(started.session_id).get()).get("summary_status") === "waiting", 30_000);
    await standIn("POST", `/_emulator/conversations/${started.session_id}/status`, { status: "failed", reason: "test" });
    await adminDb.collection("sessions").doc(started.session_id).update({ next_attempt_at: Timestamp.fromMillis(Date.now() - 1000) });
    const admin = await signInAs({ role: "admin" });
    await admin.call("runReconciler", {});
    const session = (await adminDb.collection("sessions").doc(started.session_id).get()).data();
    assert.equal(session?.summary_status, "failed");
    assert.equal(session?.summary_error, "conversation_failed");
  });

  // ------------------------------------------------------------------ concurrency
  it("starts 200 sessions at once across 20 patients: the plan's 10 lines are taken, 190 get a clear 429, nothing is left over", async () => {
    const c = await clinic(20);
    const urlsBefore = (await standInState()).signed_urls.length;
    // Concurrency inside one instance, as Cloud Functions (2nd gen) serves it: the local
    // Functions emulator would start one Node process per in-flight request instead.
    configureInProcessHandlers();
    const { startSession: startSessionHandler, endSession: endSessionHandler } = await import("../../src/handlers/sessions");
    const callers = c.patients.map((p) => ({ p, caller: { uid: p.user.uid, role: "patient" as const, patientId: p.id, doctorId: c.doctor.uid } }));
    const results = await Promise.allSettled(
      callers.flatMap(({ p, caller }) => Array.from({ length: 10 }, async () => ({ caller, started: await startSessionHandler(caller, { patient_id: p.id, agent_id: c.agentId }) }))),
    );
    tally.scenarios++;
    const started = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ caller: (typeof callers)[number]["caller"]; started: { session_id: string } }>).value);
    const refusals = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as { kind?: string; message?: string });
    assert.equal(started.length, 10, "exactly the creator plan's 10 conversation lines");
    assert.equal(refusals.length, 190);
    // Refused either by the plan's lines or by the patient's own cap of open sessions (MAX_CONCURRENT_SESSIONS = 2).
    const unclear = refusals.filter(
      (e) => e.kind !== "rateLimited" || !/^All 10 conversation lines of the clinic's ElevenLabs plan \(creator\) are in use|sessions open at once/.test(e.message ?? ""),
    );
    assert.deepEqual(unclear.map(String), []);
    const sessions = await adminDb.collection("sessions").where("doctor_id", "==", c.doctor.uid).count().get();
    assert.equal(sessions.data().count, 10, "no session for a refused start");
    assert.equal((await standInState()).signed_urls.length - urlsBefore, 10, "no signed URL for a refused start");
    // The apps end their sessions (never connected): every line is free again.
    const ends = await Promise.all(started.map(({ caller, started: s }) => endSessionHandler(caller, { session_id: s.session_id })));
    assert.deepEqual([...new Set(ends.map((e) => e.status))], ["not_connected"]);
    // A line is free again: a patient whose session ended starts at once.
    const again = await startSessionHandler(started[0]!.caller, { patient_id: started[0]!.caller.patientId, agent_id: c.agentId });
    await endSessionHandler(started[0]!.caller, { session_id: again.session_id });
  });

  it("lets 20 parallel starts by one patient succeed exactly up to the cap", async () => {
    const c = await clinic(1);
    configureInProcessHandlers();
    const { startSession: startSessionHandler } = await import("../../src/handlers/sessions");
    const p = c.patients[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => startSessionHandler({ uid: p.user.uid, role: "patient", patientId: p.id, doctorId: c.doctor.uid }, { patient_id: p.id, agent_id: c.agentId })),
    );
    tally.scenarios++;
    const started = results.filter((r) => r.status === "fulfilled").length;
    console.log(`      20 parallel starts by one patient: ${started} started, ${20 - started} refused`);
    assert.equal(started, 2);
    for (const r of results.filter((x) => x.status === "rejected")) assert.equal(((r as PromiseRejectedResult).reason as { kind: string }).kind, "rateLimited");
    assert.equal((await adminDb.collection("sessions").where("patient_id", "==", p.id).count().get()).data().count, 2);    // Ended, so the plan's conversation lines are free for the next scenario.
    const { endSession } = await import("../../src/handlers/sessions");
    for (const r of results) {
      if (r.status === "fulfilled") await endSession({ uid: p.user.uid, role: "patient", patientId: p.id, doctorId: c.doctor.uid }, { session_id: r.value.session_id });
    }
  });

  it("ends 100 conversations across 5 doctors, 10 at once (every line of the plan), with exact statistics", async () => {
    const clinics = [];
    // 20 patients per doctor with one conversation each: every patient stays inside the open-session cap.
    for (let i = 0; i < 5; i++) clinics.push(await clinic(20));
    const starts = clinics.flatMap((c) => c.patients.map((p) => ({ c, p })));
    type Started = { c: Clinic; p: Clinic["patients"][number]; s: { signed_url: string; session_id: string } };
    const started: Started[] = [];
    for (let wave = 0; wave < starts.length; wave += 10) {
      const inWave: Started[] = [];
      for (let i = wave; i < wave + 10; i += 5) {
        inWave.push(...(await Promise.all(starts.slice(i, i + 5).map(async ({ c, p }) => ({
          c, p, s: await p.user.call<{ signed_url: string; session_id: string }>("startSession", { patient_id: p.id, agent_id: c.agentId }),
        })))));
      }
      // Ten conversations open at once, hang up together, and the apps end their sessions.
      await Promise.all(inWave.map(({ s }) => talk(s.signed_url)));
      // Five at a time, as the starts: the local Functions emulator fans out slowly to new workers.
      for (let i = 0; i < inWave.length; i += 5) {
        await Promise.all(inWave.slice(i, i + 5).map(({ p, s }) => p.user.call("endSession", { session_id: s.session_id })));
      }
      started.push(...inWave);
    }
    tally.scenarios++;
    const states = await Promise.all(started.map(({ s }) => summaryState(s.session_id, 300_000).catch(() => "lost")));
    tally.lost += states.filter((s) => s !== "done").length;
    assert.deepEqual(states.filter((s) => s !== "done"), []);
    for (const c of clinics) {
      const dashboard = await api<{ totals: { sessions: number; questions_answered: number } }>("GET", "/dashboard", { user: c.doctor });
      assert.equal(dashboard.body.totals.sessions, 20);
    }
    await assertConsistent("after the burst");
  });

  // ------------------------------------------------------------------ patient safety (issue 17)
  it("delivers every red flag while all stats documents of the doctor are full, then applies the statistics exactly once", async () => {
    const c = await clinic(3);
    await fillStatsDocuments(c.doctor.uid);
    const sessions = await Promise.all(c.patients.map((_, i) => startSession(c, i)));
    await Promise.all(sessions.map((s) => talk(s.signed_url, "I have crushing chest pain and I can't breathe.")));
    tally.scenarios++;
    const alerts = await waitFor("an alert for every conversation", async () => {
      const open = await api<{ alerts: { session_id: string; level: string }[] }>("GET", "/alerts", { user: c.doctor });
      return sessions.every((s) => open.body.alerts.some((a) => a.session_id === s.session_id && a.level === "attention")) ? open.body.alerts : undefined;
    }, 90_000).catch(() => []);
    const missing = sessions.filter((s) => !alerts.some((a) => a.session_id === s.session_id));
    tally.lost += missing.length;
    assert.deepEqual(missing, [], "a red flag was held back by the statistics");
    // The in-call tool raises the alert before the call ends; the summaries follow, within the same bound.
    await waitFor("every summary", async () => {
      const found = await Promise.all(sessions.map(async (s) => (await adminDb.collection("session_summaries").doc(s.session_id).get()).exists));
      return found.every(Boolean) || undefined;
    }, 90_000);
    await emptyStatsDocuments(c.doctor.uid);
    for (const s of sessions) await adminDb.collection("sessions").doc(s.session_id).update({ stats_next_attempt_at: Timestamp.fromMillis(Date.now() - 1000) });
    await sweep();
    await sweep(); // a second run finds nothing left to apply
    for (const s of sessions) assert.equal(await summaryState(s.session_id), "done");
    const dashboard = await api<{ totals: { sessions: number; open_attention_items: number } }>("GET", "/dashboard", { user: c.doctor });
    assert.equal(dashboard.body.totals.sessions, 3, "each conversation counted once");
    assert.equal(dashboard.body.totals.open_attention_items, 3);
  });

  it("resumes an erasure whose worker was killed midway, and the receipt repeats", async () => {
    const c = await clinic(1);
    const p = c.patients[0]!;
    const words = `Quillfeather ${Date.now()}`;
    markSensitive(`My cousin ${words} asked me this.`);
    const sessionIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const started = await startSession(c);
      await talk(started.signed_url, `My cousin ${words} asked me this. Can I eat kumquats with the tablets?`);
      assert.equal(await summaryState(started.session_id), "done");
      sessionIds.push(started.session_id);
    }
    await bucket.file(`patients/${p.id}/note.txt`).save(words);
    // ElevenLabs hangs on the last conversation's deletion: the worker is killed while it waits.
    await inject({ route: `DELETE /v1/convai/conversations/${sessionIds[2]}`, kind: "latency", ms: 60_000, count: -1 });
    const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "erase-in-child.ts"), p.id, c.doctor.uid], { cwd: join(__dirname, "..", ".."), env: process.env, stdio: "ignore" });
    const job = adminDb.collection("erasure_jobs").doc(p.id);
    await waitFor("two sessions erased by the worker", async () => ((await job.get()).get("progress.sessions") ?? 0) >= 2, 60_000);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    tally.scenarios++;
    assert.equal((await job.get()).get("status"), "running", "the killed worker left the job unfinished");
    assert.equal((await api("GET", `/patient/${p.id}/summary`, { user: c.doctor })).status, 404, "the patient already reads as gone");
    assert.equal((await api("POST", "/patient/session", { user: p.user, body: { patient_id: p.id, agent_id: c.agentId } })).status, 404);
    assert.equal((await api("DELETE", `/patient/${p.id}`, { user: c.doctor })).status, 409, "the dead worker's lease still holds");

    await standIn("DELETE", "/_emulator/faults");
    await job.update({ lease_until: Timestamp.fromMillis(Date.now() - 1000) }); // the lease runs out
    const resumed = await api<{ status: string; sessions: number; elevenlabs_conversations: number; receipt_id: string }>("DELETE", `/patient/${p.id}`, { user: c.doctor });
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.equal(resumed.body.status, "erased");
    assert.equal(resumed.body.sessions, 3);
    assert.equal(resumed.body.elevenlabs_conversations, 3);
    const again = await api("DELETE", `/patient/${p.id}`, { user: c.doctor });
    assert.deepEqual(again.body, resumed.body, "the same receipt");
    const left = await firestoreDocumentsContaining([words, "kumquats"]);
    const remote = (await standInState()).conversations.filter((conv) => sessionIds.includes(conv.conversation_id));
    const [files] = await bucket.getFiles({ prefix: `patients/${p.id}/` });
    tally.orphans += left.length + remote.length + files.length;
    assert.deepEqual([...left, ...remote.map((r) => `ElevenLabs ${r.conversation_id}`), ...files.map((f) => f.name)], [], "nothing of the patient is left");
    await assertConsistent("after the resumed erasure");
  });

  it("acknowledges a late webhook for an erased patient and recreates nothing", async () => {
    const c = await clinic(1);
    const p = c.patients[0]!;
    await inject({ kind: "webhook_delay", ms: 6_000 });
    const started = await startSession(c);
    await talk(started.signed_url);
    await p.user.call("endSession", { session_id: started.session_id });
    await waitFor("the summary", async () => (await adminDb.collection("sessions").doc(started.session_id).get()).get("summary_status") === "done", 30_000);
    assert.equal((await api("DELETE", `/patient/${p.id}`, { user: c.doctor })).status, 200);
    const delivery = await waitFor("the late delivery", async () => (await standInState()).webhook_deliveries.find((d) => d.conversation_id === started.session_id && d.state !== "pending"), 30_000);
    tally.scenarios++;
    assert.equal(delivery.state, "delivered", "answered 200");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const collection of ["conversation_inbox", "sessions", "session_summaries", "alerts"]) {
      const exists = (await adminDb.collection(collection).doc(started.session_id).get()).exists;
      if (exists) tally.halfWrites++;
      assert.equal(exists, false, `${collection} recreated after erasure`);
    }
  });

  it("throttles invite brute force per account (30 tries from each of 3 accounts in parallel) and per address", async () => {
    const c = await clinic(0);
    const { invite_code } = await c.doctor.call<{ invite_code: string }>("createPatient", { display_name: "Target" });
    const attackers = await Promise.all([0, 1, 2].map(() => signInAs(null)));
    const outcomes = await Promise.all(
      attackers.map(async (attacker) => {
        const codes: string[] = [];
        await Promise.all(
          Array.from({ length: 30 }, async (_, i) => {
            try {
              await attacker.call("redeemInvite", { invite_code: `QQQQ-RRRR-SSSS-TTTT-UUUU-VVVV-${"WXYZ"[i % 4]!.repeat(4)}` });
              codes.push("ok");
            } catch (error) {
              codes.push((error as { code: string }).code);
            }
          }),
        );
        return codes;
      }),
    );
    tally.scenarios++;
    for (const codes of outcomes) {
      const checked = codes.filter((code) => code === "functions/not-found").length;
      const refused = codes.filter((code) => code === "functions/resource-exhausted").length;
      console.log(`      30 parallel guesses from one account: ${checked} checked, ${refused} refused`);
      assert.ok(checked >= 1 && checked <= 10, `${checked} guesses checked: at most 10 per account per hour`);
      assert.equal(checked + refused, 30, codes.join(","));
    }
    // Per address, in-process with a low limit: the 4th account from one address meets it.
    configureInProcessHandlers();
    const previous = process.env.INVITE_ATTEMPTS_PER_HOUR_PER_IP;
    process.env.INVITE_ATTEMPTS_PER_HOUR_PER_IP = "3";
    try {
      const { redeemInvite } = await import("../../src/handlers/patients");
      const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
      const kinds: string[] = [];
      for (let i = 0; i < 4; i++) {
        const account = await signInAs(null);
        kinds.push(await redeemInvite({ uid: account.uid, ip: address }, { invite_code: "QQQQ-RRRR-SSSS-TTTT-UUUU-VVVV-WWWW" }).then(() => "ok", (e: { kind: string }) => e.kind));
      }
      assert.deepEqual(kinds, ["notFound", "notFound", "notFound", "rateLimited"]);
    } finally {
      process.env.INVITE_ATTEMPTS_PER_HOUR_PER_IP = previous;
    }
    const patient = await signInAs(null);
    await patient.call("redeemInvite", { invite_code });
  });

  // ------------------------------------------------------------------ bad input
  it("answers more than 100 bad inputs with a clear 4xx and writes nothing", async () => {
    const doctorA = shared.doctor;
    const other = await clinic();
    const patientA = shared.patients[0]!;
    const admin = await signInAs({ role: "admin" });
    // A valid webhook we then replay byte for byte.
    const replayBody = JSON.stringify({ type: "post_call_transcription", event_timestamp: Math.floor(Date.now() / 1000), data: { conversation_id: `conv_replay_${Date.now()}`, status: "done", transcript: [] } });
    const replaySignature = sign(replayBody, Math.floor(Date.now() / 1000));
    assert.equal((await postWebhook(replayBody, replaySignature)).status, 200);
    const otherAlertId = `alert_of_other_${Date.now()}`;
    await adminDb.collection("alerts").doc(otherAlertId).set({ doctor_id: other.doctor.uid, state: "open", item_count: 1 });

    const before = await quiescentSnapshot();
    const cases = buildBadInputs({ doctorA, patientA, other, admin, replayBody, replaySignature, otherAlertId });
    const failures: string[] = [];
    for (const badCase of cases) {
      const result = await badCase.run();
      tally.badInputs++;
      const clear = result.status >= 400 && result.status < 500 && result.message.length > 0;
      if (!clear) failures.push(`${badCase.name}: ${result.status} ${result.message}`);
    }
    // A replay byte for byte is acknowledged (ElevenLabs must always get 200) and changes nothing:
    // events are deduplicated by type, conversation and event_timestamp, and this conversation is not ours.
    const replay = await postWebhook(replayBody, replaySignature);
    tally.badInputs++;
    if (replay.status !== 200) failures.push(`webhook replayed byte for byte: ${replay.status} ${replay.message}`);
    const after = await quiescentSnapshot();
    tally.scenarios++;
    assert.ok(cases.length >= 100, `${cases.length} cases`);
    assert.deepEqual(failures, []);
    assert.deepEqual(diffSnapshots(before, after), [], "a rejected request wrote something");
  });
});

// -------------------------------------------------------------------- bad input catalogue

function sign(body: string, timestamp: number, secret = webhookSecret) {
  return `t=${timestamp},v0=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

async function postWebhook(body: string, signature?: string) {
  const response = await fetch(`${functionsBase}/elevenLabsWebhook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "elevenlabs-signature": signature } : {}) },
    body,
  });
  return { status: response.status, message: await response.text() };
}

/** An unsigned emulator-style ID token whose expiry is in the past. */
function expiredToken(uid: string) {
  const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const past = Math.floor(Date.now() / 1000) - 7200;
  return `${encode({ alg: "none", typ: "JWT" })}.${encode({
    iss: `https://securetoken.google.com/${projectId}`, aud: projectId, auth_time: past, user_id: uid, sub: uid, iat: past, exp: past + 3600,
    role: "doctor", firebase: { identities: {}, sign_in_provider: "password" },
  })}.`;
}

interface BadCase {
  name: string;
  run: () => Promise<{ status: number; message: string }>;
}

const HTTPS_ERROR_STATUS: Record<string, number> = {
  "functions/invalid-argument": 400, "functions/unauthenticated": 401, "functions/permission-denied": 403,
  "functions/not-found": 404, "functions/already-exists": 409, "functions/failed-precondition": 412,
  "functions/resource-exhausted": 429,
};

function buildBadInputs(ctx: {
  doctorA: SignedInUser; patientA: { id: string; user: SignedInUser }; other: Clinic; admin: SignedInUser;
  replayBody: string; replaySignature: string; otherAlertId: string;
}): BadCase[] {
  const cases: BadCase[] = [];
  const rest = (name: string, method: string, path: string, options: Parameters<typeof api>[2]) =>
    cases.push({
      name: `${method} ${path} ${name}`,
      run: async () => {
        const r = await api<{ error?: { message?: string } } | string>(method, path, options);
        const message = typeof r.body === "string" ? r.body : (r.body?.error?.message ?? "");
        return { status: r.status, message };
      },
    });
  const callable = (name: string, fn: string, user: SignedInUser, data: unknown) =>
    cases.push({
      name: `callable ${fn} ${name}`,
      run: async () => {
        try {
          await user.call(fn, data);
          return { status: 200, message: "accepted" };
        } catch (error) {
          const e = error as { code?: string; message?: string };
          return { status: HTTPS_ERROR_STATUS[e.code ?? ""] ?? 500, message: e.message ?? "" };
        }
      },
    });

  const huge = "x".repeat(200_001);
  const valid: Record<string, { method: string; path: string; user: SignedInUser; body: Record<string, unknown>; callable: string }> = {
    knowledge: { method: "POST", path: "/knowledge", user: ctx.doctorA, callable: "uploadKnowledge", body: { text: "Some text.", disease_name: "Knee", document_type: "faq" } },
    audio: { method: "POST", path: "/audio", user: ctx.doctorA, callable: "generateAudio", body: { script_content: "Some script.", voice_id: VOICE, disease_name: "Knee" } },
    agent: { method: "POST", path: "/agent", user: ctx.doctorA, callable: "saveAgent", body: { name: "Guide", knowledge_ids: [], voice_id: VOICE, answer_style: "friendly" } },
    patient: { method: "POST", path: "/patients", user: ctx.doctorA, callable: "createPatient", body: { display_name: "Pat" } },
    session: { method: "POST", path: "/patient/session", user: ctx.patientA.user, callable: "startSession", body: { patient_id: ctx.patientA.id, agent_id: "x" } },
  };
  const wrongTypes: unknown[] = [42, true, null, ["a"], { nested: 1 }];
  for (const [label, v] of Object.entries(valid)) {
    for (const field of Object.keys(v.body)) {
      const missing = { ...v.body };
      delete missing[field];
      rest(`without ${field}`, v.method, v.path, { user: v.user, body: missing });
      wrongTypes.forEach((wrong, i) => {
        const send = i % 2 === 0 ? rest : null;
        const body = { ...v.body, [field]: wrong };
        if (send) send(`with ${field} = ${JSON.stringify(wrong)}`, v.method, v.path, { user: v.user, body });
        else callable(`with ${field} = ${JSON.stringify(wrong)}`, v.callable, v.user, body);
      });
    }
    rest("with an extra field", v.method, v.path, { user: v.user, body: { ...v.body, is_admin: true } });
    callable("with an extra field", v.callable, v.user, { ...v.body, doctor_id_override: "x" });
    rest("with a non-JSON body", v.method, v.path, { user: v.user, rawBody: "text=hello" });
    rest("with a JSON array body", v.method, v.path, { user: v.user, body: [v.body] });
    void label;
  }
  const textFields: [string, string][] = [["knowledge", "text"], ["knowledge", "disease_name"], ["audio", "script_content"], ["agent", "name"], ["patient", "display_name"]];
  for (const [label, field] of textFields) {
    const v = valid[label]!;
    rest(`with an empty ${field}`, v.method, v.path, { user: v.user, body: { ...v.body, [field]: "" } });
    rest(`with only spaces in ${field}`, v.method, v.path, { user: v.user, body: { ...v.body, [field]: "   " } });
    rest(`with an oversized ${field}`, v.method, v.path, { user: v.user, body: { ...v.body, [field]: huge } });
    rest(`with control characters in ${field}`, v.method, v.path, { user: v.user, body: { ...v.body, [field]: "bad\u0000text\u0007" } });
  }
  for (const [label, field] of [["knowledge", "disease_name"], ["agent", "name"], ["patient", "display_name"], ["audio", "disease_name"]] as const) {
    const v = valid[label]!;
    rest(`with a script tag in ${field}`, v.method, v.path, { user: v.user, body: { ...v.body, [field]: "<script>alert(1)</script>" } });
    rest(`with an HTML tag in ${field}`, v.method, v.path, { user: v.user, body: { ...v.body, [field]: "Knee <b>pain</b>" } });
  }
  rest("with an unknown document_type", "POST", "/knowledge", { user: ctx.doctorA, body: { ...valid.knowledge!.body, document_type: "poem" } });
  rest("with an unknown answer_style", "POST", "/agent", { user: ctx.doctorA, body: { ...valid.agent!.body, answer_style: "sarcastic" } });
  rest("with a path in a voice id", "POST", "/audio", { user: ctx.doctorA, body: { ...valid.audio!.body, voice_id: "../../v1/user" } });
  rest("with unicode in an id", "POST", "/patient/session", { user: ctx.patientA.user, body: { patient_id: "pätient/ü", agent_id: "ag" } });
  rest("with a huge knowledge_ids array", "POST", "/agent", { user: ctx.doctorA, body: { ...valid.agent!.body, knowledge_ids: Array.from({ length: 10_000 }, (_, i) => `k${i}`) } });
  rest("with 21 knowledge ids", "POST", "/agent", { user: ctx.doctorA, body: { ...valid.agent!.body, knowledge_ids: Array.from({ length: 21 }, (_, i) => `k${i}`) } });
  rest("with a fractional invite validity", "POST", "/patients", { user: ctx.doctorA, body: { display_name: "Pat", invite_valid_hours: 1.5 } });
  rest("with an invite valid for a year", "POST", "/patients", { user: ctx.doctorA, body: { display_name: "Pat", invite_valid_hours: 9000 } });
  callable("with a malformed invite code", "redeemInvite", ctx.admin, { invite_code: "<script>" });
  callable("with an invite code from an account that is already a patient", "redeemInvite", ctx.patientA.user, { invite_code: "QQQQ-RRRR-SSSS-TTTT-UUUU-VVVV-WWWW" });
  callable("with the old 40-bit invite code format", "redeemInvite", ctx.admin, { invite_code: "QQQQ-7777" });

  // Another doctor's objects
  rest("with another doctor's knowledge", "POST", "/agent", { user: ctx.doctorA, body: { ...valid.agent!.body, knowledge_ids: [ctx.other.knowledgeId] } });
  rest("reading another doctor's knowledge", "GET", `/knowledge/${ctx.other.knowledgeId}`, { user: ctx.doctorA });
  rest("replacing another doctor's knowledge", "PUT", `/knowledge/${ctx.other.knowledgeId}`, { user: ctx.doctorA, body: { text: "Mine now." } });
  rest("deleting another doctor's knowledge", "DELETE", `/knowledge/${ctx.other.knowledgeId}`, { user: ctx.doctorA });
  rest("deleting another doctor's agent", "DELETE", `/agent/${ctx.other.agentId}`, { user: ctx.doctorA });
  rest("updating another doctor's agent", "POST", "/agent", { user: ctx.doctorA, body: { ...valid.agent!.body, agent_id: ctx.other.agentId } });
  rest("with another doctor's agent", "POST", "/patient/session", { user: ctx.patientA.user, body: { patient_id: ctx.patientA.id, agent_id: ctx.other.agentId } });
  rest("for another doctor's patient", "POST", "/patient/session", { user: ctx.patientA.user, body: { patient_id: ctx.other.patients[0]!.id, agent_id: ctx.other.agentId } });
  rest("reading another doctor's patient summary", "GET", `/patient/${ctx.other.patients[0]!.id}/summary`, { user: ctx.doctorA });
  rest("erasing another doctor's patient", "DELETE", `/patient/${ctx.other.patients[0]!.id}`, { user: ctx.doctorA });
  rest("acknowledging another doctor's alert", "POST", `/alerts/${ctx.otherAlertId}/acknowledge`, { user: ctx.doctorA });
  rest("with another doctor's doctor_id", "POST", "/knowledge", { user: ctx.doctorA, body: { ...valid.knowledge!.body, doctor_id: ctx.other.doctor.uid } });
  rest("reading another doctor's dashboard", "GET", `/dashboard?doctor_id=${ctx.other.doctor.uid}`, { user: ctx.doctorA });
  callable("ending another patient's session", "endSession", ctx.patientA.user, { session_id: "not-a-session" });

  // Tokens and roles
  rest("without a token", "POST", "/knowledge", { body: valid.knowledge!.body });
  rest("with a garbage token", "POST", "/knowledge", { token: "garbage", body: valid.knowledge!.body });
  rest("with an expired token", "POST", "/knowledge", { token: expiredToken(ctx.doctorA.uid), body: valid.knowledge!.body });
  rest("as a patient", "POST", "/knowledge", { user: ctx.patientA.user, body: valid.knowledge!.body });
  rest("as a patient", "POST", "/agent", { user: ctx.patientA.user, body: valid.agent!.body });
  rest("as a patient", "GET", "/dashboard", { user: ctx.patientA.user });
  rest("as a patient", "GET", `/patient/${ctx.patientA.id}/summary`, { user: ctx.patientA.user });
  rest("as a doctor", "POST", "/patient/session", { user: ctx.doctorA, body: { patient_id: ctx.patientA.id, agent_id: "x" } });
  rest("without a token", "GET", "/dashboard", {});
  rest("on an unknown route", "GET", "/secrets", { user: ctx.doctorA });
  rest("with the wrong method", "PATCH", "/knowledge", { user: ctx.doctorA, body: {} });
  callable("as a patient", "uploadKnowledge", ctx.patientA.user, valid.knowledge!.body);
  callable("as a patient", "getDashboard", ctx.patientA.user, {});
  callable("as a doctor", "runReconciler", ctx.doctorA, {});

  // Webhooks
  const now = Math.floor(Date.now() / 1000);
  const hookBody = JSON.stringify({ type: "post_call_transcription", event_timestamp: now, data: { conversation_id: `conv_forged_${now}`, status: "done", transcript: [] } });
  const hooks: [string, () => Promise<{ status: number; message: string }>][] = [
    ["without a signature", () => postWebhook(hookBody)],
    ["signed with the wrong secret (forged)", () => postWebhook(hookBody, sign(hookBody, now, "not-the-secret"))],
    ["with a signature for another body", () => postWebhook(hookBody, sign(`${hookBody} `, now))],
    ["with a stale signature (31 minutes old)", () => postWebhook(hookBody, sign(hookBody, now - 31 * 60))],
    ["with a signature from the future", () => postWebhook(hookBody, sign(hookBody, now + 3600))],
    ["with a malformed signature header", () => postWebhook(hookBody, "v1=abc")],
  ];
  for (const [name, run] of hooks) cases.push({ name: `webhook ${name}`, run });
  return cases;
}
