// Patient voice sessions: the backend mints the signed URL, and with it the conversation id, so
// the session record binds patient, doctor, agent and conversation before the patient connects.
import type { StartSessionResponse } from "../contracts/sessions";
import { elevenLabsApiKey, sessionStartsPerHour } from "../config";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { auditRecord, col, now, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

export type EndSource = "webhook" | "client" | "reconciler";

/** The caller must be this patient (or an admin); returns the live patient record. */
export async function loadPatientForCaller(caller: Caller, patientId: string) {
  if (caller.role === "patient" && caller.patientId !== patientId) {
    throw new AppError("forbidden", "Patients can only act for themselves.");
  }
  const patient = (await col("patients").doc(patientId).get()).data();
  if (!patient || patient.erased_at) throw new AppError("notFound", "No such patient.");
  if (caller.role === "doctor" && patient.doctor_id !== caller.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");
  return patient;
}

export async function startSession(caller: Caller, data: unknown): Promise<StartSessionResponse> {
  const input = parseInput(contracts().StartSessionRequest, data);
  if (caller.role !== "patient" && caller.role !== "admin") throw new AppError("forbidden", "Only the patient can start their session.");
  const limit = sessionStartsPerHour.value();
  const hourAgo = timestampFromMillis(Date.now() - 3600_000);
  // Independent reads in parallel: each is a round trip, and a patient is waiting to talk.
  const [patient, agentSnapshot, recent] = await Promise.all([
    loadPatientForCaller(caller, input.patient_id),
    col("agents").doc(input.agent_id).get(),
    col("sessions").where("patient_id", "==", input.patient_id).where("started_at", ">", hourAgo).count().get(),
  ]);
  const agent = agentSnapshot.data();
  if (!agent || agent.doctor_id !== patient.doctor_id) {
    throw new AppError("forbidden", "This agent is not one of your doctor's agents.");
  }
  if (agent.sync_status !== "synced" || !agent.elevenlabs_agent_id) {
    throw new AppError("failedPrecondition", "This agent is not ready yet; ask your doctor to save it again.");
  }
  if (recent.data().count >= limit) {
    throw new AppError("rateLimited", `A patient may start at most ${limit} sessions per hour; please try again later.`);
  }

  const { signedUrl, conversationId } = await elevenLabs.getSignedUrl(agent.elevenlabs_agent_id);
  // The session and its audit entry in one commit: one round trip, and never one without the other.
  const batch = db().batch();
  batch.create(col("sessions").doc(conversationId), {
    patient_id: input.patient_id,
    doctor_id: patient.doctor_id,
    agent_id: input.agent_id,
    elevenlabs_agent_id: agent.elevenlabs_agent_id,
    conversation_id: conversationId,
    disease_names: agent.disease_names ?? [],
    status: "active",
    started_at: now(),
  });
  batch.create(col("audit").doc(), auditRecord({ actorUid: caller.uid, actorRole: caller.role, action: "session.started", patientId: input.patient_id }));
  await batch.commit();
  logs.sessionStarted({ sessionId: conversationId, patientId: input.patient_id, agentId: input.agent_id });
  return { signed_url: signedUrl, session_id: conversationId };
}

/** Idempotent: the first end signal wins, later ones (webhook twice, racing callable) change nothing. */
export async function markSessionEnded(sessionId: string, source: EndSource): Promise<boolean> {
  const ref = col("sessions").doc(sessionId);
  const changed = await db().runTransaction(async (tx) => {
    const session = await tx.get(ref);
    if (!session.exists || session.get("status") !== "active") return false;
    tx.update(ref, { status: "ended", ended_at: now(), end_source: source });
    return true;
  });
  if (changed) logs.sessionEnded({ sessionId, source });
  return changed;
}

export async function endSession(caller: Caller, data: unknown): Promise<{ session_id: string; status: string }> {
  const { session_id } = parseInput(contracts().EndSessionRequest, data);
  const session = (await col("sessions").doc(session_id).get()).data();
  if (!session) throw new AppError("notFound", "No such session.");
  if (caller.role !== "admin" && session.patient_id !== caller.patientId) throw new AppError("forbidden", "This is not your session.");
  await markSessionEnded(session_id, "client");
  return { session_id, status: "ended" };
}

export const sessionOperations = {
  startSession: onlyFor("patient", "admin")(startSession),
  endSession: onlyFor("patient", "admin")(endSession),
};

export const startSessionCallable = callable("startSession", sessionOperations.startSession, { secrets: [elevenLabsApiKey] });
export const endSessionCallable = callable("endSession", sessionOperations.endSession);
