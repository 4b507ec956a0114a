// Helpers for the patient-safety tests (integration and reliability): a clinic with a patient, a
// text conversation over the stand-in's WebSocket, stats documents filled to Firestore's size
// limit, and a scan of every Firestore document for given words.
import assert from "node:assert/strict";
import WebSocket from "ws";
import { FieldValue } from "firebase-admin/firestore";
import { adminDb, api, signInAs, signInDoctor, waitFor, type SignedInUser } from "./harness";

export const VOICE = "21m00Tcm4TlvDq8ikWAM";
export const KNEE_KNOWLEDGE = "Keep the wound dressing dry for five days. Walk with your walker three times a day. Ice the knee after exercises.";

export interface SafetyClinic {
  doctor: SignedInUser;
  agentId: string;
  patientId: string;
  patient: SignedInUser;
}

export async function safetyClinic(label: string): Promise<SafetyClinic> {
  const doctor = await signInDoctor();
  const kb = await api<{ knowledge_id: string }>("POST", "/knowledge", {
    user: doctor, body: { text: `${KNEE_KNOWLEDGE} (${label} ${doctor.uid})`, disease_name: "Knee replacement", document_type: "post_care" },
  });
  assert.equal(kb.status, 201, JSON.stringify(kb.body));
  const { agent_id } = await doctor.call<{ agent_id: string }>("saveAgent", {
    name: `${label} guide`.slice(0, 80), knowledge_ids: [kb.body.knowledge_id], voice_id: VOICE, answer_style: "friendly",
  });
  const { patient_id } = await doctor.call<{ patient_id: string }>("createPatient", { display_name: `${label} patient` });
  const patient = await signInAs({ role: "patient", patient_id, doctor_id: doctor.uid });
  return { doctor, agentId: agent_id, patientId: patient_id, patient };
}

/** Opens the signed URL, says each message and waits for each reply, then hangs up. */
export async function converse(signedUrl: string, messages: string[]): Promise<void> {
  const socket = new WebSocket(signedUrl);
  let replies = 0;
  socket.on("message", (raw) => {
    const event = JSON.parse(raw.toString());
    if (event.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: event.ping_event.event_id }));
    if (event.type === "agent_response") replies++;
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  await waitFor("the first message", async () => replies >= 1, 15_000);
  for (const [i, message] of messages.entries()) {
    socket.send(JSON.stringify({ type: "user_message", text: message }));
    await waitFor("the answer", async () => replies >= i + 2, 15_000);
  }
  socket.close(1000);
  await new Promise((resolve) => socket.once("close", resolve));
}

export async function startAndTalk(clinic: SafetyClinic, messages: string[]): Promise<string> {
  const started = await clinic.patient.call<{ signed_url: string; session_id: string }>("startSession", { patient_id: clinic.patientId, agent_id: clinic.agentId });
  await converse(started.signed_url, messages);
  return started.session_id;
}

/** Signs in again with the harness's password, as a user would after their sessions were revoked. */
export async function signInAgain(email: string): Promise<string> {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? "127.0.0.1:9099";
  const response = await fetch(`http://${host}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=local`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "password-123", returnSecureToken: true }),
  });
  const body = (await response.json()) as { idToken?: string };
  if (!body.idToken) throw new Error(`sign-in failed for ${email}`);
  return body.idToken;
}

export const sessionData = async (sessionId: string) => (await adminDb.collection("sessions").doc(sessionId).get()).data();

/** A made-up word no other test uses (letters only: digits would be scrubbed as numbers). */
export function uniqueWord(prefix: string): string {
  return prefix + Array.from({ length: 8 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");
}

export async function summaryAndStats(sessionId: string, timeoutMs = 120_000) {
  return waitFor(`the summary and statistics of ${sessionId}`, async () => {
    const session = await sessionData(sessionId);
    return session?.summary_status === "done" && session.stats_status === "applied" ? session : undefined;
  }, timeoutMs);
}

export function statsDocumentRefs(doctorId: string) {
  const main = adminDb.collection("doctor_stats").doc(doctorId);
  return [main, ...Array.from({ length: 16 }, (_, i) => main.collection("shards").doc(String(i)))];
}

const PROBE = { totals: { probe_field_for_size: FieldValue.increment(1) } };

/** Writes `filler` as large as the document can hold: afterwards no new field fits (Firestore's 1 MiB limit). */
async function fillToLimit(ref: FirebaseFirestore.DocumentReference, low: number, high: number): Promise<number> {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      await ref.set({ filler: "x".repeat(mid) });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  await ref.set({ filler: "x".repeat(lo) });
  await assert.rejects(ref.set(PROBE, { merge: true }), /maximum entity size/, `${ref.path} still takes a new field`);
  return lo;
}

/** Every stats document of the doctor (the counts document and all 16 shards) made unwritable. */
export async function fillStatsDocuments(doctorId: string): Promise<void> {
  const refs = statsDocumentRefs(doctorId);
  const first = await fillToLimit(refs[refs.length - 1]!, 1_000_000, 1_048_487);
  for (const ref of refs.slice(0, -1)) await fillToLimit(ref, first - 64, Math.min(first + 64, 1_048_487));
}

export async function emptyStatsDocuments(doctorId: string): Promise<void> {
  for (const ref of statsDocumentRefs(doctorId)) await ref.update({ filler: FieldValue.delete() });
}

/** Every Firestore document whose path or content contains one of the words (case-insensitive). */
export async function firestoreDocumentsContaining(words: string[]): Promise<string[]> {
  const found: string[] = [];
  const lower = words.map((w) => w.toLowerCase());
  const visit = async (collections: FirebaseFirestore.CollectionReference[]) => {
    for (const collection of collections) {
      const snapshot = await collection.get();
      for (const doc of snapshot.docs) {
        const text = `${doc.ref.path} ${JSON.stringify(doc.data())}`.toLowerCase();
        const hits = lower.filter((w) => text.includes(w));
        if (hits.length) found.push(`${doc.ref.path} (${hits.join(", ")})`);
        const children = await doc.ref.listCollections();
        if (children.length) await visit(children);
      }
    }
  };
  await visit(await adminDb.listCollections());
  return found;
}
