// firestore.rules and storage.rules, cell by cell: every role × every collection × every operation
// is one `it` with a real assertSucceeds/assertFails, generated from the tables below. A second
// table holds the edge cases a plain matrix cannot show (drafts, other patients, query filters).
//
// Firestore runs under its own project id so clearFirestore() never touches the data of the other
// integration tests ("demo-patient-education"). Storage cases need the real Storage rules runtime;
// when the emulator runs the offline stand-in (which denies everything unevaluated), they are
// registered, skipped, and say so.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
import { setLogLevel } from "firebase/firestore";
import { COLLECTIONS, STATS_SUBCOLLECTIONS } from "../../src/services/data";
import { emulatorAddress, stack } from "../stack";

const repoRoot = join(__dirname, "..", "..", "..");
const RULES_PROJECT_ID = stack.projects.rules;

// ---- Who asks ------------------------------------------------------------------------------

const DOCTOR_A = "doctor-a";
const DOCTOR_B = "doctor-b";
const PATIENT_A = "patient-a1"; // a patient record of doctor A
const PATIENT_A2 = "patient-a2"; // another patient of doctor A
const PATIENT_B = "patient-b1"; // a patient record of doctor B

type RoleKey = "anon" | "patientA" | "patientB" | "doctorA" | "doctorB" | "admin" | "noRole";

interface Role {
  key: RoleKey;
  label: string;
  context: (env: RulesTestEnvironment) => RulesTestContext;
}

const ROLES: Role[] = [
  { key: "anon", label: "unauthenticated", context: (env) => env.unauthenticatedContext() },
  {
    key: "patientA",
    label: "patient of doctor A",
    context: (env) => env.authenticatedContext("uid-patient-a1", { role: "patient", patient_id: PATIENT_A, doctor_id: DOCTOR_A }),
  },
  {
    key: "patientB",
    label: "patient of doctor B",
    context: (env) => env.authenticatedContext("uid-patient-b1", { role: "patient", patient_id: PATIENT_B, doctor_id: DOCTOR_B }),
  },
  { key: "doctorA", label: "doctor A", context: (env) => env.authenticatedContext(DOCTOR_A, { role: "doctor" }) },
  { key: "doctorB", label: "doctor B", context: (env) => env.authenticatedContext(DOCTOR_B, { role: "doctor" }) },
  { key: "admin", label: "admin", context: (env) => env.authenticatedContext("admin-1", { role: "admin" }) },
  { key: "noRole", label: "signed-in user with no role", context: (env) => env.authenticatedContext("uid-no-role") },
];

// ---- What exists (seeded with rules disabled) -----------------------------------------------

const at = new Date("2026-01-01T09:00:00Z");
const SEED: Record<string, Record<string, unknown>> = {
  [`doctors/${DOCTOR_A}`]: { display_name: "Dr. A", email: "a@example.test", created_at: at },
  [`doctors/${DOCTOR_B}`]: { display_name: "Dr. B", email: "b@example.test", created_at: at },
  [`patients/${PATIENT_A}`]: patient(DOCTOR_A, "uid-patient-a1"),
  [`patients/${PATIENT_A2}`]: patient(DOCTOR_A, "uid-patient-a2"),
  [`patients/${PATIENT_B}`]: patient(DOCTOR_B, "uid-patient-b1"),
  "knowledge/knowledge-a": { doctor_id: DOCTOR_A, disease_name: "Asthma", document_type: "faq", text: "…", content_hash: "h1", sync_status: "synced", created_at: at },
  "knowledge/knowledge-b": { doctor_id: DOCTOR_B, disease_name: "Gout", document_type: "faq", text: "…", content_hash: "h2", sync_status: "synced", created_at: at },
  "agents/agent-a": agent(DOCTOR_A, "synced"),
  "agents/agent-a-pending": agent(DOCTOR_A, "pending"),
  "agents/agent-b": agent(DOCTOR_B, "synced"),
  "audio/audio-a": audio(DOCTOR_A, "audio-a", "approved"),
  "audio/audio-a-draft": audio(DOCTOR_A, "audio-a-draft", "draft"),
  "audio/audio-b": audio(DOCTOR_B, "audio-b", "approved"),
  "sessions/session-a1": session(PATIENT_A, DOCTOR_A),
  "sessions/session-a2": session(PATIENT_A2, DOCTOR_A),
  "sessions/session-b1": session(PATIENT_B, DOCTOR_B),
  "conversation_inbox/conv-a1": { payload: { type: "post_call_transcription", transcript: [] }, received_at: at },
  "session_summaries/session-a1": summary(PATIENT_A, DOCTOR_A),
  "session_summaries/session-b1": summary(PATIENT_B, DOCTOR_B),
  "alerts/alert-a1": { doctor_id: DOCTOR_A, patient_id: PATIENT_A, session_id: "session-a1", category: "symptom", severity: "high", state: "open", created_at: at },
  "alerts/alert-b1": { doctor_id: DOCTOR_B, patient_id: PATIENT_B, session_id: "session-b1", category: "symptom", severity: "low", state: "open", created_at: at },
  [`doctor_stats/${DOCTOR_A}`]: { counts: { patients: 2 } },
  [`doctor_stats/${DOCTOR_A}/shards/0`]: { sessions: 1 },
  [`doctor_stats/${DOCTOR_B}`]: { counts: { patients: 1 } },
  [`doctor_stats/${DOCTOR_A}/knowledge_gaps/gap-1`]: { question: "Can I swim with the dressing on?", count: 2, last_seen_at: at },
  [`doctor_stats/${DOCTOR_B}/knowledge_gaps/gap-2`]: { question: "Can I drive?", count: 1, last_seen_at: at },
  "invites/digest-a1": { patient_id: PATIENT_A, doctor_id: DOCTOR_A, expires_at: at, redeemed_at: null, created_at: at },
  [`rate_limits/session:${PATIENT_A}`]: { starts: [], open: {}, expire_at: at },
  [`spend_quotas/${DOCTOR_A}_2026-01-01`]: { doctor_id: DOCTOR_A, day: "2026-01-01", tts_characters: 10, expire_at: at },
  "erasure_jobs/patient-gone": { patient_id: "patient-gone", doctor_id: DOCTOR_A, status: "done", receipt_id: "receipt-1", started_at: at },
  "audit_log/entry-1": { actor_uid: DOCTOR_A, actor_role: "doctor", action: "read_summary", patient_id: PATIENT_A, at },
  "deletion_receipts/receipt-1": { patient_id: "patient-gone", doctor_id: DOCTOR_A, deleted_at: at },
  "conversation_lines/0": { claim_id: "claim-1", claimed_at: at, session_id: "session-a1" },
  "not_a_known_collection/doc-1": { doctor_id: DOCTOR_A },
};

function patient(doctorId: string, uid: string) {
  return { doctor_id: doctorId, display_name: "Pat", uid, invite: { code_hash: "x", expires_at: at, redeemed_at: at }, created_at: at };
}
function agent(doctorId: string, syncStatus: string) {
  return { doctor_id: doctorId, name: "Coach", knowledge_ids: [], voice_id: "v1", answer_style: "brief", sync_status: syncStatus, created_at: at };
}
function audio(doctorId: string, audioId: string, status: string) {
  return { doctor_id: doctorId, disease_name: "Asthma", voice_id: "v1", status, storage_path: `audio/${doctorId}/${audioId}.mp3`, created_at: at };
}
function session(patientId: string, doctorId: string) {
  return { patient_id: patientId, doctor_id: doctorId, agent_id: "agent-a", conversation_id: `conv-${patientId}`, status: "ended", started_at: at };
}
function summary(patientId: string, doctorId: string) {
  return { patient_id: patientId, doctor_id: doctorId, answered_questions: [], unanswered_questions: [], requires_attention: ["chest pain"], for_review: [], ended_at: at };
}

// ---- The matrix ------------------------------------------------------------------------------

type Db = ReturnType<RulesTestContext["firestore"]>;
type Operation = "get" | "list" | "create" | "update" | "delete";
const OPERATIONS: Operation[] = ["get", "list", "create", "update", "delete"];

interface CollectionCase {
  /** The collection as the rules name it. */
  collection: string;
  /** Doctor A's record (or patient A's): the target of get, update and delete. */
  doc: string;
  /** Where create puts a new document: a copy of `doc`, as if a client filed its own record. */
  newDoc: string;
  /** The query a client would run for doctor A's (or patient A's) records. */
  list: { describe: string; run: (db: Db) => Promise<unknown> };
  /** Who may get `doc`, and who may run `list`. Nobody may create, update or delete. */
  readers: { get: RoleKey[]; list: RoleKey[] };
}

const STAFF_A: RoleKey[] = ["admin", "doctorA"];

const MATRIX: CollectionCase[] = [
  {
    collection: "doctors",
    doc: `doctors/${DOCTOR_A}`,
    newDoc: "doctors/new-by-client",
    list: { describe: "all doctors", run: (db) => db.collection("doctors").get() },
    readers: { get: STAFF_A, list: ["admin"] },
  },
  {
    collection: "patients",
    doc: `patients/${PATIENT_A}`,
    newDoc: "patients/new-by-client",
    list: { describe: "doctor_id == A", run: (db) => db.collection("patients").where("doctor_id", "==", DOCTOR_A).get() },
    // A patient reads their own record by id; a query cannot prove which record it returns.
    readers: { get: [...STAFF_A, "patientA"], list: STAFF_A },
  },
  {
    collection: "knowledge",
    doc: "knowledge/knowledge-a",
    newDoc: "knowledge/new-by-client",
    list: { describe: "doctor_id == A", run: (db) => db.collection("knowledge").where("doctor_id", "==", DOCTOR_A).get() },
    readers: { get: STAFF_A, list: STAFF_A },
  },
  {
    collection: "agents",
    doc: "agents/agent-a",
    newDoc: "agents/new-by-client",
    list: {
      describe: "doctor_id == A, sync_status == synced",
      run: (db) => db.collection("agents").where("doctor_id", "==", DOCTOR_A).where("sync_status", "==", "synced").get(),
    },
    readers: { get: [...STAFF_A, "patientA"], list: [...STAFF_A, "patientA"] },
  },
  {
    collection: "audio",
    doc: "audio/audio-a",
    newDoc: "audio/new-by-client",
    list: {
      describe: "doctor_id == A, status == approved",
      run: (db) => db.collection("audio").where("doctor_id", "==", DOCTOR_A).where("status", "==", "approved").get(),
    },
    readers: { get: [...STAFF_A, "patientA"], list: [...STAFF_A, "patientA"] },
  },
  {
    collection: "sessions",
    doc: "sessions/session-a1",
    newDoc: "sessions/new-by-client",
    list: {
      describe: "doctor_id == A, patient_id == A1",
      run: (db) => db.collection("sessions").where("doctor_id", "==", DOCTOR_A).where("patient_id", "==", PATIENT_A).get(),
    },
    readers: { get: [...STAFF_A, "patientA"], list: [...STAFF_A, "patientA"] },
  },
  {
    collection: "conversation_inbox",
    doc: "conversation_inbox/conv-a1",
    newDoc: "conversation_inbox/new-by-client",
    list: { describe: "all payloads", run: (db) => db.collection("conversation_inbox").get() },
    readers: { get: [], list: [] },
  },
  {
    collection: "session_summaries",
    doc: "session_summaries/session-a1",
    newDoc: "session_summaries/new-by-client",
    list: {
      describe: "doctor_id == A, patient_id == A1",
      run: (db) => db.collection("session_summaries").where("doctor_id", "==", DOCTOR_A).where("patient_id", "==", PATIENT_A).get(),
    },
    readers: { get: STAFF_A, list: STAFF_A },
  },
  {
    collection: "alerts",
    doc: "alerts/alert-a1",
    newDoc: "alerts/new-by-client",
    list: {
      describe: "doctor_id == A, state == open",
      run: (db) => db.collection("alerts").where("doctor_id", "==", DOCTOR_A).where("state", "==", "open").get(),
    },
    readers: { get: STAFF_A, list: STAFF_A },
  },
  {
    collection: "doctor_stats",
    doc: `doctor_stats/${DOCTOR_A}`,
    newDoc: "doctor_stats/new-by-client",
    list: { describe: "all doctors' stats", run: (db) => db.collection("doctor_stats").get() },
    readers: { get: STAFF_A, list: ["admin"] },
  },
  {
    collection: "doctor_stats/{doctorId}/shards",
    doc: `doctor_stats/${DOCTOR_A}/shards/0`,
    newDoc: `doctor_stats/${DOCTOR_A}/shards/99`,
    list: { describe: "doctor A's shards", run: (db) => db.collection(`doctor_stats/${DOCTOR_A}/shards`).get() },
    readers: { get: STAFF_A, list: STAFF_A },
  },
  {
    collection: "doctor_stats/{doctorId}/knowledge_gaps",
    doc: `doctor_stats/${DOCTOR_A}/knowledge_gaps/gap-1`,
    newDoc: `doctor_stats/${DOCTOR_A}/knowledge_gaps/new-by-client`,
    list: { describe: "doctor A's knowledge gaps", run: (db) => db.collection(`doctor_stats/${DOCTOR_A}/knowledge_gaps`).get() },
    readers: { get: STAFF_A, list: STAFF_A },
  },
  {
    // Invite codes are server-only: even a digest lookup would let a client test guesses.
    collection: "invites",
    doc: "invites/digest-a1",
    newDoc: "invites/new-by-client",
    list: { describe: "doctor_id == A", run: (db) => db.collection("invites").where("doctor_id", "==", DOCTOR_A).get() },
    readers: { get: [], list: [] },
  },
  {
    collection: "rate_limits",
    doc: `rate_limits/session:${PATIENT_A}`,
    newDoc: "rate_limits/new-by-client",
    list: { describe: "all throttles", run: (db) => db.collection("rate_limits").get() },
    readers: { get: [], list: [] },
  },
  {
    collection: "spend_quotas",
    doc: `spend_quotas/${DOCTOR_A}_2026-01-01`,
    newDoc: "spend_quotas/new-by-client",
    list: { describe: "doctor_id == A", run: (db) => db.collection("spend_quotas").where("doctor_id", "==", DOCTOR_A).get() },
    readers: { get: [], list: [] },
  },
  {
    collection: "erasure_jobs",
    doc: "erasure_jobs/patient-gone",
    newDoc: "erasure_jobs/new-by-client",
    list: { describe: "all jobs", run: (db) => db.collection("erasure_jobs").get() },
    readers: { get: [], list: [] },
  },
  {
    collection: "audit_log",
    doc: "audit_log/entry-1",
    newDoc: "audit_log/new-by-client",
    list: { describe: "all entries", run: (db) => db.collection("audit_log").get() },
    readers: { get: ["admin"], list: ["admin"] },
  },
  {
    collection: "deletion_receipts",
    doc: "deletion_receipts/receipt-1",
    newDoc: "deletion_receipts/new-by-client",
    list: { describe: "all receipts", run: (db) => db.collection("deletion_receipts").get() },
    readers: { get: ["admin"], list: ["admin"] },
  },
  {
    // The plan's conversation lines: server bookkeeping, closed to every client.
    collection: "conversation_lines",
    doc: "conversation_lines/0",
    newDoc: "conversation_lines/1",
    list: { describe: "all lines", run: (db) => db.collection("conversation_lines").get() },
    readers: { get: [], list: [] },
  },
  {
    // Deny by default: a collection the rules do not name is closed to everyone, admins included.
    collection: "not_a_known_collection",
    doc: "not_a_known_collection/doc-1",
    newDoc: "not_a_known_collection/new-by-client",
    list: { describe: "all documents", run: (db) => db.collection("not_a_known_collection").get() },
    readers: { get: [], list: [] },
  },
];

function operate(db: Db, row: CollectionCase, operation: Operation): Promise<unknown> {
  switch (operation) {
    case "get":
      return db.doc(row.doc).get();
    case "list":
      return row.list.run(db);
    case "create":
      return db.doc(row.newDoc).set({ ...SEED[row.doc], created_by_client: true });
    case "update":
      return db.doc(row.doc).update({ changed_by_client: true });
    case "delete":
      return db.doc(row.doc).delete();
  }
}

function allowed(row: CollectionCase, operation: Operation, role: RoleKey): boolean {
  if (operation === "get") return row.readers.get.includes(role);
  if (operation === "list") return row.readers.list.includes(role);
  return false; // no client writes, anywhere
}

// ---- Edge cases the matrix does not reach ----------------------------------------------------

interface EdgeCase {
  title: string;
  /** A role from ROLES, or custom claims for a one-off identity. */
  who: RoleKey | { uid: string; claims: Record<string, unknown> };
  run: (db: Db) => Promise<unknown>;
  allowed: boolean;
}

const EDGE_CASES: EdgeCase[] = [
  { title: "a patient cannot get their doctor's draft audio", who: "patientA", run: (db) => db.doc("audio/audio-a-draft").get(), allowed: false },
  { title: "a doctor can get their own draft audio", who: "doctorA", run: (db) => db.doc("audio/audio-a-draft").get(), allowed: true },
  {
    title: "a patient cannot list their doctor's audio without filtering on status == approved",
    who: "patientA",
    run: (db) => db.collection("audio").where("doctor_id", "==", DOCTOR_A).get(),
    allowed: false,
  },
  { title: "a patient cannot get their doctor's agent that is not synced", who: "patientA", run: (db) => db.doc("agents/agent-a-pending").get(), allowed: false },
  { title: "a doctor can get their own agent that is not synced", who: "doctorA", run: (db) => db.doc("agents/agent-a-pending").get(), allowed: true },
  {
    title: "a patient cannot list their doctor's agents without filtering on sync_status == synced",
    who: "patientA",
    run: (db) => db.collection("agents").where("doctor_id", "==", DOCTOR_A).get(),
    allowed: false,
  },
  { title: "a patient cannot get another patient's record of the same doctor", who: "patientA", run: (db) => db.doc(`patients/${PATIENT_A2}`).get(), allowed: false },
  { title: "a patient cannot get another patient's session of the same doctor", who: "patientA", run: (db) => db.doc("sessions/session-a2").get(), allowed: false },
  {
    title: "a patient can list their own sessions by patient_id",
    who: "patientA",
    run: (db) => db.collection("sessions").where("patient_id", "==", PATIENT_A).get(),
    allowed: true,
  },
  {
    title: "a patient cannot list all of their doctor's sessions",
    who: "patientA",
    run: (db) => db.collection("sessions").where("doctor_id", "==", DOCTOR_A).get(),
    allowed: false,
  },
  {
    title: "a patient cannot list their own session summaries (doctor-only attention detail)",
    who: "patientA",
    run: (db) => db.collection("session_summaries").where("patient_id", "==", PATIENT_A).get(),
    allowed: false,
  },
  {
    title: "a patient cannot list their own alerts",
    who: "patientA",
    run: (db) => db.collection("alerts").where("patient_id", "==", PATIENT_A).get(),
    allowed: false,
  },
  { title: "a patient cannot get their doctor's profile (it holds the doctor's email)", who: "patientA", run: (db) => db.doc(`doctors/${DOCTOR_A}`).get(), allowed: false },
  {
    title: "a patient token without its patient_id and doctor_id claims reads nothing",
    who: { uid: "uid-patient-a1", claims: { role: "patient" } },
    run: (db) => db.doc("audio/audio-a").get(),
    allowed: false,
  },
  {
    title: "a role claim in another case ('Admin') is no role",
    who: { uid: "uid-fake-admin", claims: { role: "Admin" } },
    run: (db) => db.doc("audit_log/entry-1").get(),
    allowed: false,
  },
  {
    title: "a doctor cannot list knowledge without filtering on their doctor_id",
    who: "doctorA",
    run: (db) => db.collection("knowledge").get(),
    allowed: false,
  },
  {
    title: "a doctor cannot list another doctor's knowledge",
    who: "doctorA",
    run: (db) => db.collection("knowledge").where("doctor_id", "==", DOCTOR_B).get(),
    allowed: false,
  },
  {
    title: "a doctor cannot list another doctor's stats shards",
    who: "doctorA",
    run: (db) => db.collection(`doctor_stats/${DOCTOR_B}/shards`).get(),
    allowed: false,
  },
  {
    title: "a doctor cannot list another doctor's knowledge gaps",
    who: "doctorA",
    run: (db) => db.collection(`doctor_stats/${DOCTOR_B}/knowledge_gaps`).get(),
    allowed: false,
  },
  { title: "a patient cannot read their doctor's knowledge gaps", who: "patientA", run: (db) => db.doc(`doctor_stats/${DOCTOR_A}/knowledge_gaps/gap-1`).get(), allowed: false },
  { title: "doctor B can get their own knowledge gap", who: "doctorB", run: (db) => db.doc(`doctor_stats/${DOCTOR_B}/knowledge_gaps/gap-2`).get(), allowed: true },
  { title: "a patient cannot read their own throttle", who: "patientA", run: (db) => db.doc(`rate_limits/session:${PATIENT_A}`).get(), allowed: false },
  { title: "a doctor cannot read their own spend quota", who: "doctorA", run: (db) => db.doc(`spend_quotas/${DOCTOR_A}_2026-01-01`).get(), allowed: false },
  { title: "doctor B can get their own knowledge", who: "doctorB", run: (db) => db.doc("knowledge/knowledge-b").get(), allowed: true },
  { title: "doctor B can get their own alert", who: "doctorB", run: (db) => db.doc("alerts/alert-b1").get(), allowed: true },
  { title: "doctor B can get their own stats", who: "doctorB", run: (db) => db.doc(`doctor_stats/${DOCTOR_B}`).get(), allowed: true },
  { title: "patient of doctor B can get their own record", who: "patientB", run: (db) => db.doc(`patients/${PATIENT_B}`).get(), allowed: true },
  { title: "patient of doctor B can get their doctor's approved audio", who: "patientB", run: (db) => db.doc("audio/audio-b").get(), allowed: true },
  { title: "patient of doctor B can get their doctor's synced agent", who: "patientB", run: (db) => db.doc("agents/agent-b").get(), allowed: true },
  { title: "patient of doctor B can get their own session", who: "patientB", run: (db) => db.doc("sessions/session-b1").get(), allowed: true },
  {
    title: "an admin can list every doctor's knowledge unfiltered",
    who: "admin",
    run: (db) => db.collection("knowledge").get(),
    allowed: true,
  },
  {
    title: "an admin can list every session unfiltered",
    who: "admin",
    run: (db) => db.collection("sessions").get(),
    allowed: true,
  },
  {
    title: "an admin cannot create an audit entry",
    who: "admin",
    run: (db) => db.collection("audit_log").add({ actor_uid: "admin-1", action: "forged", at }),
    allowed: false,
  },
  // The web app's live listeners (issue 18): the Alerts page and the narration progress bar.
  {
    title: "the console's alert listener: a doctor lists their own alerts, newest first",
    who: "doctorA",
    run: (db) => db.collection("alerts").where("doctor_id", "==", DOCTOR_A).orderBy("created_at", "desc").limit(100).get(),
    allowed: true,
  },
  {
    title: "a doctor cannot listen to another doctor's alerts",
    who: "doctorA",
    run: (db) => db.collection("alerts").where("doctor_id", "==", DOCTOR_B).orderBy("created_at", "desc").get(),
    allowed: false,
  },
  {
    title: "a patient cannot listen to their doctor's alerts",
    who: "patientB",
    run: (db) => db.collection("alerts").where("doctor_id", "==", DOCTOR_B).get(),
    allowed: false,
  },
  {
    title: "the narration progress listener: a doctor lists their own audio being generated",
    who: "doctorA",
    run: (db) => db.collection("audio").where("doctor_id", "==", DOCTOR_A).where("status", "==", "generating").get(),
    allowed: true,
  },
  {
    title: "a patient cannot list their doctor's audio still being generated",
    who: "patientB",
    run: (db) => db.collection("audio").where("doctor_id", "==", DOCTOR_B).where("status", "==", "generating").get(),
    allowed: false,
  },
  {
    title: "a doctor cannot approve their own draft from the client",
    who: "doctorA",
    run: (db) => db.doc("audio/audio-a-draft").update({ status: "approved" }),
    allowed: false,
  },
];

// ---- Firestore -------------------------------------------------------------------------------

describe("firestore.rules", function () {
  let env: RulesTestEnvironment;
  const dbs = new Map<RoleKey, Db>();

  before(async function () {
    // Every denied write would otherwise log a client SDK warning; the assertions say it all.
    setLogLevel("error");
    const { host, port } = emulatorAddress("FIRESTORE_EMULATOR_HOST", "firestore");
    env = await initializeTestEnvironment({
      projectId: RULES_PROJECT_ID,
      firestore: { rules: readFileSync(join(repoRoot, "firestore.rules"), "utf8"), host, port },
    });
    await env.clearFirestore();
    await env.withSecurityRulesDisabled(async (context) => {
      const db = context.firestore();
      await Promise.all(Object.entries(SEED).map(([path, data]) => db.doc(path).set(data)));
    });
    for (const role of ROLES) dbs.set(role.key, role.context(env).firestore());
  });

  after(async function () {
    setLogLevel("info"); // the client SDK's default
    if (!env) return;
    await env.clearFirestore();
    await env.cleanup();
  });

  it("covers every collection the backend names, plus one it does not", function () {
    const covered = new Set(MATRIX.map((row) => row.collection));
    for (const name of Object.values(COLLECTIONS)) assert.ok(covered.has(name), `the matrix has no row for ${name}`);
    assert.ok(covered.has("doctor_stats/{doctorId}/shards"));
    assert.ok(covered.has(`doctor_stats/{doctorId}/${STATS_SUBCOLLECTIONS.gaps}`));
    assert.ok(covered.has("not_a_known_collection"));
  });

  for (const row of MATRIX) {
    describe(row.collection, function () {
      for (const operation of OPERATIONS) {
        for (const role of ROLES) {
          const expected = allowed(row, operation, role.key);
          const target = operation === "list" ? `query ${row.list.describe}` : operation === "create" ? row.newDoc : row.doc;
          it(`${operation} (${target}): ${role.label} is ${expected ? "allowed" : "denied"}`, async function () {
            const db = dbs.get(role.key)!;
            await (expected ? assertSucceeds : assertFails)(operate(db, row, operation));
          });
        }
      }
    });
  }

  describe("edge cases", function () {
    for (const edge of EDGE_CASES) {
      it(`${edge.title} (${edge.allowed ? "allowed" : "denied"})`, async function () {
        const db =
          typeof edge.who === "string" ? dbs.get(edge.who)! : env.authenticatedContext(edge.who.uid, edge.who.claims).firestore();
        await (edge.allowed ? assertSucceeds : assertFails)(edge.run(db));
      });
    }
  });


  // Registered last, so mocha runs it after every cell above.
  describe("afterwards", function () {
    it("every seeded document is as it was and nothing was created (no client write got through)", async function () {
      await env.withSecurityRulesDisabled(async (context) => {
        const db = context.firestore();
        for (const [path, data] of Object.entries(SEED)) {
          const snapshot = await db.doc(path).get();
          assert.ok(snapshot.exists, `${path} was deleted`);
          assert.deepEqual(Object.keys(snapshot.data() ?? {}).sort(), Object.keys(data).sort(), `${path} was changed`);
        }
        for (const row of MATRIX) assert.equal((await db.doc(row.newDoc).get()).exists, false, `${row.newDoc} was created`);
        assert.equal((await db.collection("audit_log").get()).size, 1, "an audit entry was added");
      });
    });
  });
});

// ---- Storage ---------------------------------------------------------------------------------

const STORAGE_NOT_EVALUATED_REASON =
  "the Storage emulator here runs the offline stand-in rules runtime, which denies every client request " +
  'without evaluating storage.rules (STORAGE_RULES_EVALUATED is not "true"); they run where firebase-tools has ' +
  "downloaded the real Storage rules runtime.";

interface StorageCase {
  title: string;
  who: RoleKey;
  operation: "read" | "upload" | "delete";
  /** Which seeded object: doctor A's approved or draft narration, or one outside audio/. */
  object: "approved" | "draft" | "elsewhere" | "new";
  allowed: boolean;
}

const STORAGE_READERS_OF_APPROVED: RoleKey[] = ["admin", "doctorA", "patientA"];
const STORAGE_READERS_OF_DRAFT: RoleKey[] = ["admin", "doctorA"];

const STORAGE_CASES: StorageCase[] = [
  ...ROLES.map((role) => ({
    title: `read doctor A's approved narration: ${role.label}`,
    who: role.key,
    operation: "read" as const,
    object: "approved" as const,
    allowed: STORAGE_READERS_OF_APPROVED.includes(role.key),
  })),
  ...ROLES.map((role) => ({
    title: `read doctor A's draft narration: ${role.label}`,
    who: role.key,
    operation: "read" as const,
    object: "draft" as const,
    allowed: STORAGE_READERS_OF_DRAFT.includes(role.key),
  })),
  ...ROLES.map((role) => ({
    title: `upload into doctor A's audio folder: ${role.label}`,
    who: role.key,
    operation: "upload" as const,
    object: "new" as const,
    allowed: false,
  })),
  ...ROLES.map((role) => ({
    title: `delete doctor A's approved narration: ${role.label}`,
    who: role.key,
    operation: "delete" as const,
    object: "approved" as const,
    allowed: false,
  })),
  { title: "read an object outside audio/: admin", who: "admin", operation: "read", object: "elsewhere", allowed: false },
  { title: "upload outside audio/: doctor A", who: "doctorA", operation: "upload", object: "elsewhere", allowed: false },
];

describe("storage.rules", function () {
  const evaluated = process.env.STORAGE_RULES_EVALUATED === "true";
  let reasonPrinted = false;
  let env: RulesTestEnvironment | undefined;
  // The Storage emulator reads cross-service firestore.get() documents from its own project, so
  // the audio records are seeded there, under ids and doctor ids unique to this run.
  const run = randomUUID().slice(0, 8);
  const doctorA = `${DOCTOR_A}-${run}`;
  const ids = { approved: `rules-approved-${run}`, draft: `rules-draft-${run}` };
  const paths = {
    approved: `audio/${doctorA}/${ids.approved}.mp3`,
    draft: `audio/${doctorA}/${ids.draft}.mp3`,
    elsewhere: `uploads/${doctorA}/notes-${run}.txt`,
    new: `audio/${doctorA}/new-${run}.mp3`,
  };
  const claimsFor: Record<RoleKey, { uid: string; claims: Record<string, unknown> } | null> = {
    anon: null,
    patientA: { uid: "uid-patient-a1", claims: { role: "patient", patient_id: PATIENT_A, doctor_id: doctorA } },
    patientB: { uid: "uid-patient-b1", claims: { role: "patient", patient_id: PATIENT_B, doctor_id: DOCTOR_B } },
    doctorA: { uid: doctorA, claims: { role: "doctor" } },
    doctorB: { uid: DOCTOR_B, claims: { role: "doctor" } },
    admin: { uid: "admin-1", claims: { role: "admin" } },
    noRole: { uid: "uid-no-role", claims: {} },
  };

  before(async function () {
    if (!evaluated) return;
    const storage = emulatorAddress("FIREBASE_STORAGE_EMULATOR_HOST", "storage");
    const firestore = emulatorAddress("FIRESTORE_EMULATOR_HOST", "firestore");
    env = await initializeTestEnvironment({
      projectId: stack.projectId,
      storage: { rules: readFileSync(join(repoRoot, "storage.rules"), "utf8"), ...storage },
      firestore, // no rules: this project's Firestore rules are the emulator's own, from firebase.json
    });
    await env.withSecurityRulesDisabled(async (context) => {
      const db = context.firestore();
      await db.doc(`audio/${ids.approved}`).set(audio(doctorA, ids.approved, "approved"));
      await db.doc(`audio/${ids.draft}`).set(audio(doctorA, ids.draft, "draft"));
      const bytes = new Uint8Array([0xff, 0xfb, 0x90, 0x00]);
      for (const path of [paths.approved, paths.draft, paths.elsewhere]) await context.storage().ref(path).put(bytes);
    });
  });

  after(async function () {
    if (!env) return;
    await env.withSecurityRulesDisabled(async (context) => {
      const db = context.firestore();
      await Promise.all([db.doc(`audio/${ids.approved}`).delete(), db.doc(`audio/${ids.draft}`).delete()]);
      for (const path of Object.values(paths)) await context.storage().ref(path).delete().catch(() => undefined);
    });
    await env.cleanup();
  });

  for (const item of STORAGE_CASES) {
    it(`${item.title} is ${item.allowed ? "allowed" : "denied"}`, async function () {
      if (!evaluated) {
        if (!reasonPrinted) console.log(`storage.rules cases did not run: ${STORAGE_NOT_EVALUATED_REASON}`);
        reasonPrinted = true;
        this.skip();
      }
      const identity = claimsFor[item.who];
      const context = identity ? env!.authenticatedContext(identity.uid, identity.claims) : env!.unauthenticatedContext();
      const ref = context.storage().ref(paths[item.object]);
      const attempt = async () => {
        if (item.operation === "read") return ref.getMetadata();
        if (item.operation === "upload") return ref.put(new Uint8Array([1, 2, 3]));
        return ref.delete();
      };
      await (item.allowed ? assertSucceeds : assertFails)(attempt());
    });
  }
});
