// Patient sessions end to end: signed URL, a text conversation over the stand-in's WebSocket,
// then the conversation-end pipeline (webhook, end callable, reconciler) into summaries, alerts
// and dashboard statistics, counted exactly once.
import assert from "node:assert/strict";
import WebSocket from "ws";
import { adminDb, api, closeClientApps, markSensitive, signInAs, signInDoctor, standIn, waitFor, type SignedInUser } from "./harness";
import { stack } from "../stack";

const VOICE = stack.voiceId;
const KNOWLEDGE = `# After your knee replacement

Keep the wound dressing clean and dry for the first five days after surgery. You may shower after day five if the wound is dry.

Walk with your walker three or four times a day and do the physiotherapy exercises twice a day.

Ice the knee for twenty minutes after the exercises to reduce swelling, and keep the leg raised when you sit.`;

const QUESTIONS = [
  "How long should I keep the wound dressing dry?",
  "Can I take my blood pressure pills with grapefruit juice?",
  "Also I have had crushing chest pain since this morning and I can't catch my breath.",
];

interface Clinic {
  doctor: SignedInUser;
  patient: SignedInUser;
  patientId: string;
  agentId: string;
}

async function setUpClinic(): Promise<Clinic> {
  const doctor = await signInDoctor();
  const { body: kb } = await api<{ knowledge_id: string }>("POST", "/knowledge", {
    user: doctor, body: { text: KNOWLEDGE, disease_name: "Knee replacement", document_type: "post_care" },
  });
  const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
    name: "Knee guide", knowledge_ids: [kb.knowledge_id], voice_id: VOICE, answer_style: "friendly",
  });
  const invite = await doctor.call<{ patient_id: string; invite_code: string }>("createPatient", { display_name: "Test Patient" });
  const patient = await signInAs({ role: "patient", patient_id: invite.patient_id, doctor_id: doctor.uid });
  return { doctor, patient, patientId: invite.patient_id, agentId: agent_id };
}

/** Speaks the real protocol in text mode: wait for the metadata, send each message, wait for each reply. */
async function converse(signedUrl: string, messages: string[]): Promise<string> {
  const socket = new WebSocket(signedUrl);
  const events: { type: string; [key: string]: unknown }[] = [];
  const next = (type: string, after: number) =>
    waitFor(`a ${type} event`, async () => events.slice(after).find((e) => e.type === type), 15_000);
  socket.on("message", (raw) => {
    const event = JSON.parse(raw.toString());
    if (event.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: event.ping_event.event_id }));
    events.push(event);
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  socket.send(JSON.stringify({ type: "conversation_initiation_client_data", dynamic_variables: { patient_first_name: "Sam" } }));
  const metadata = await next("conversation_initiation_metadata", 0);
  const conversationId = (metadata.conversation_initiation_metadata_event as { conversation_id: string }).conversation_id;
  await next("agent_response", 0); // first message
  for (const message of messages) {
    const seen = events.length;
    socket.send(JSON.stringify({ type: "user_message", text: message }));
    await next("agent_response", seen);
  }
  socket.close(1000);
  await new Promise((resolve) => socket.once("close", resolve));
  return conversationId;
}

async function startAndTalk(clinic: Clinic) {
  const started = await clinic.patient.call<{ signed_url: string; session_id: string }>("startSession", {
    patient_id: clinic.patientId, agent_id: clinic.agentId,
  });
  const conversationId = await converse(started.signed_url, QUESTIONS);
  assert.equal(conversationId, started.session_id, "the session is bound to the pre-assigned conversation id");
  return started.session_id;
}

/** The summary is written, and the statistics that follow it in their own transaction are applied. */
const summaryDone = (sessionId: string, timeoutMs = 30_000) =>
  waitFor(`the summary and statistics of ${sessionId}`, async () => {
    const session = (await adminDb.collection("sessions").doc(sessionId).get()).data();
    return session?.summary_status === "done" && session.stats_status === "applied" ? session : undefined;
  }, timeoutMs);

async function dashboard(doctor: SignedInUser) {
  return (await api<{ totals: Record<string, number>; knowledge_gaps: { question: string; count: number }[] }>("GET", "/dashboard", { user: doctor })).body;
}

describe("patient sessions and the conversation-end pipeline", () => {
  before(() => markSensitive(KNOWLEDGE, ...QUESTIONS));
  beforeEach(() => standIn("POST", "/_emulator/reset"));
  after(closeClientApps);

  it("turns a text conversation into a summary, an alert and statistics once the webhook arrives", async () => {
    const clinic = await setUpClinic();
    const sessionId = await startAndTalk(clinic);
    await summaryDone(sessionId);
    const session = (await adminDb.collection("sessions").doc(sessionId).get()).data();
    assert.equal(session?.end_source, "webhook");
    assert.ok((await adminDb.collection("conversation_inbox").doc(sessionId).get()).exists, "the raw payload is in the inbox");

    const summary = await api<{ answered_questions: { session_id: string }[]; unanswered_questions: unknown[]; requires_attention: { category: string }[] }>(
      "GET", `/patient/${clinic.patientId}/summary`, { user: clinic.doctor },
    );
    assert.equal(summary.status, 200);
    assert.ok(summary.body.answered_questions.length >= 1, "the wound question was answered from the knowledge base");
    assert.ok(summary.body.unanswered_questions.length >= 1, "the grapefruit question was deflected");
    assert.ok(summary.body.requires_attention.some((a) => a.category === "red_flag_symptom"), "chest pain is flagged");
    assert.equal(summary.body.answered_questions[0]!.session_id, sessionId);

    const alerts = await clinic.doctor.call<{ alerts: { alert_id: string; state: string }[] }>("listAlerts", {});
    assert.equal(alerts.alerts.length, 1);
    const stats = await dashboard(clinic.doctor);
    assert.equal(stats.totals.sessions, 1);
    assert.equal(stats.totals.open_attention_items, summary.body.requires_attention.length);
    assert.ok(stats.knowledge_gaps.length >= 1);

    const acknowledged = await api<{ state: string; acknowledged_by: string }>("POST", `/alerts/${alerts.alerts[0]!.alert_id}/acknowledge`, { user: clinic.doctor });
    assert.equal(acknowledged.body.state, "acknowledged");
    assert.equal(acknowledged.body.acknowledged_by, clinic.doctor.uid);
    assert.equal((await dashboard(clinic.doctor)).totals.open_attention_items, 0);
  });

  it("refuses a session for another patient, or with another doctor's agent, with 403", async () => {
    const clinicA = await setUpClinic();
    const clinicB = await setUpClinic();
    const otherPatient = await api("POST", "/patient/session", { user: clinicA.patient, body: { patient_id: clinicB.patientId, agent_id: clinicB.agentId } });
    assert.equal(otherPatient.status, 403);
    const otherAgent = await api("POST", "/patient/session", { user: clinicA.patient, body: { patient_id: clinicA.patientId, agent_id: clinicB.agentId } });
    assert.equal(otherAgent.status, 403);
    const asDoctor = await api("POST", "/patient/session", { user: clinicA.doctor, body: { patient_id: clinicA.patientId, agent_id: clinicA.agentId } });
    assert.equal(asDoctor.status, 403);
    const sessions = await adminDb.collection("sessions").where("doctor_id", "in", [clinicA.doctor.uid, clinicB.doctor.uid]).count().get();
    assert.equal(sessions.data().count, 0);
  });

  it("limits a patient to SESSION_STARTS_PER_HOUR session starts (30 here), answering 429 after that", async function () {
    this.timeout(120_000);
    const clinic = await setUpClinic();
    for (let i = 0; i < 30; i++) {
      const ok = await api<{ session_id: string }>("POST", "/patient/session", { user: clinic.patient, body: { patient_id: clinic.patientId, agent_id: clinic.agentId } });
      assert.equal(ok.status, 200, `start ${i + 1}`);
      // The app gives up without connecting and ends the session, as it must: its line and its open place are free again.
      const ended = await api<{ status: string }>("POST", `/patient/session/${ok.body.session_id}/end`, { user: clinic.patient, body: {} });
      assert.equal(ended.body.status, "not_connected");
    }
    const limited = await api<{ error: { code: string; message: string } }>("POST", "/patient/session", {
      user: clinic.patient, body: { patient_id: clinic.patientId, agent_id: clinic.agentId },
    });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, "resource-exhausted");
    assert.match(limited.body.error.message, /at most 30 sessions per hour/);
    const sessions = await adminDb.collection("sessions").where("patient_id", "==", clinic.patientId).count().get();
    assert.equal(sessions.data().count, 30, "the refused start wrote nothing");
  });

  it("summarizes through the reconciler when no webhook ever arrives", async () => {
    const clinic = await setUpClinic();
    await standIn("POST", "/_emulator/faults", { kind: "webhook_drop" });
    const sessionId = await startAndTalk(clinic);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.equal((await adminDb.collection("sessions").doc(sessionId).get()).get("status"), "active");
    // The reconciler only looks at sessions older than its threshold: age this one.
    await adminDb.collection("sessions").doc(sessionId).update({ started_at: new Date(Date.now() - 3600_000) });
    const admin = await signInAs({ role: "admin" });
    const run = await admin.call<{ ended: number }>("runReconciler", {});
    assert.ok(run.ended >= 1);
    const session = await summaryDone(sessionId);
    assert.equal(session.end_source, "reconciler");
    assert.equal((await dashboard(clinic.doctor)).totals.sessions, 1);
  });

  it("counts once when the webhook is delivered twice and the end callable races it", async () => {
    const clinic = await setUpClinic();
    await standIn("POST", "/_emulator/faults", { kind: "webhook_duplicate" });
    const started = await clinic.patient.call<{ signed_url: string; session_id: string }>("startSession", {
      patient_id: clinic.patientId, agent_id: clinic.agentId,
    });
    const conversation = converse(started.signed_url, QUESTIONS.slice(0, 2));
    await conversation;
    await Promise.all([
      clinic.patient.call("endSession", { session_id: started.session_id }),
      clinic.patient.call("endSession", { session_id: started.session_id }),
    ]);
    await summaryDone(started.session_id);
    await waitFor("both webhook deliveries to finish", async () => {
      const state = await standIn<{ webhook_deliveries: { state: string }[] }>("GET", "/_emulator/state");
      return state.webhook_deliveries.length >= 2 && state.webhook_deliveries.every((d) => d.state !== "pending");
    }, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal((await dashboard(clinic.doctor)).totals.sessions, 1);
    const summaries = await adminDb.collection("session_summaries").where("patient_id", "==", clinic.patientId).count().get();
    assert.equal(summaries.data().count, 1);
  });

  it("keeps statistics exact when 50 conversations end, 10 at once (every line of the creator plan), for one doctor", async function () {
    this.timeout(300_000);
    const clinic = await setUpClinic();
    // 25 patients with two open sessions each: inside the per-patient cap (MAX_CONCURRENT_SESSIONS = 2).
    const patients = [{ user: clinic.patient, id: clinic.patientId }];
    for (let i = 1; i < 25; i++) {
      const invite = await clinic.doctor.call<{ patient_id: string }>("createPatient", { display_name: `Patient ${i}` });
      patients.push({ id: invite.patient_id, user: await signInAs({ role: "patient", patient_id: invite.patient_id, doctor_id: clinic.doctor.uid }) });
    }
    const starts = patients.flatMap((p) => Array.from({ length: 2 }, () => p));
    // The plan holds 10 conversations open at once: each wave opens 10, and they hang up together.
    const started: { session_id: string; signed_url: string }[] = [];
    for (let wave = 0; wave < starts.length; wave += 10) {
      const inWave = starts.slice(wave, wave + 10);
      const sessions: { session_id: string; signed_url: string; p: (typeof patients)[number] }[] = [];
      for (let i = 0; i < inWave.length; i += 5) {
        sessions.push(...(await Promise.all(
          inWave.slice(i, i + 5).map(async (p) => ({ p, ...(await p.user.call<{ session_id: string; signed_url: string }>("startSession", { patient_id: p.id, agent_id: clinic.agentId })) })),
        )));
      }
      await Promise.all(sessions.map((s) => converse(s.signed_url, [QUESTIONS[0]!])));
      // The app ends its session when the patient hangs up, which frees the line for the next wave.
      // Five at a time, as the starts: the local Functions emulator fans out slowly to new workers.
      for (let i = 0; i < sessions.length; i += 5) {
        await Promise.all(sessions.slice(i, i + 5).map((s) => s.p.user.call("endSession", { session_id: s.session_id })));
      }
      started.push(...sessions);
    }
    await Promise.all(started.map((s) => summaryDone(s.session_id, 180_000)));
    const stats = await dashboard(clinic.doctor);
    assert.equal(stats.totals.sessions, 50);
    assert.equal(stats.totals.patients, 25);
    let perPatient = 0;
    for (const p of patients) perPatient += (await adminDb.collection("patients").doc(p.id).get()).get("summary_counts.sessions");
    assert.equal(perPatient, 50);
  });
});
