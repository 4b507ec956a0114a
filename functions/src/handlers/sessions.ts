// Patient voice sessions: the backend mints the signed URL, and with it the conversation id, so
// the session record binds patient, doctor, agent and conversation before the patient connects.
// Starts are admitted in one transaction on the patient's limiter document: at most
// SESSION_STARTS_PER_HOUR per rolling hour and MAX_CONCURRENT_SESSIONS open at once.
import type { StartSessionResponse } from "../contracts/sessions";
import { auditPseudonymKey, elevenLabsApiKey, maxConcurrentSessions, retentionDays, sessionStartsPerHour } from "../config";
import { effectiveRetentionDays } from "../domain/retention";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { addAuditEntry } from "../repositories/audit";
import { loadActivePatient, type Patient } from "../repositories/patients";
import { reserveSessionStart, withdrawSessionStart } from "../repositories/rate-limits";
import { createSession, loadSession, markSessionEnded as endSessionRecord, type EndSource } from "../repositories/sessions";
import { getData } from "../services/data";
import * as elevenLabs from "../services/elevenlabs";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

export type { EndSource };

/** An open slot is freed after this long even without an end signal (see domain/session-admission). */
export const OPEN_SLOT_MAX_MS = 30 * 60_000;

/** The caller must be this patient (or an admin); returns the live patient record. */
export async function loadPatientForCaller(caller: Caller, patientId: string): Promise<Patient> {
  if (caller.role === "patient" && caller.patientId !== patientId) {
    throw new AppError("forbidden", "Patients can only act for themselves.");
  }
  const patient = await loadActivePatient(patientId);
  if (!patient) throw new AppError("notFound", "No such patient.");
  if (caller.role === "doctor" && patient.doctor_id !== caller.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");
  return patient;
}

export async function startSession(caller: Caller, data: unknown): Promise<StartSessionResponse> {
  const input = parseInput(contracts().StartSessionRequest, data);
  if (caller.role !== "patient" && caller.role !== "admin") throw new AppError("forbidden", "Only the patient can start their session.");
  // Independent reads in parallel: each is a round trip, and a patient is waiting to talk.
  const [patient, agent] = await Promise.all([loadPatientForCaller(caller, input.patient_id), getData("agents", input.agent_id)]);
  if (!agent || agent.doctor_id !== patient.doctor_id) {
    throw new AppError("forbidden", "This agent is not one of your doctor's agents.");
  }
  if (agent.sync_status !== "synced" || !agent.elevenlabs_agent_id) {
    throw new AppError("failedPrecondition", "This agent is not ready yet; ask your doctor to save it again.");
  }
  const slotId = await reserveSessionStart(input.patient_id, {
    startsPerHour: sessionStartsPerHour.value(),
    maxConcurrent: maxConcurrentSessions.value(),
    openSlotMaxMs: OPEN_SLOT_MAX_MS,
  });
  let conversationId: string;
  let signedUrl: string;
  try {
    ({ signedUrl, conversationId } = await elevenLabs.getSignedUrl(agent.elevenlabs_agent_id));
    await createSession(
      conversationId,
      {
        patient_id: input.patient_id,
        doctor_id: patient.doctor_id,
        agent_id: input.agent_id,
        elevenlabs_agent_id: agent.elevenlabs_agent_id,
        conversation_id: conversationId,
        disease_names: agent.disease_names ?? [],
        slot_id: slotId,
        retention_days: effectiveRetentionDays(agent.privacy?.retention_days, retentionDays.value()),
      },
      (tx) => addAuditEntry(tx, { actorUid: caller.uid, actorRole: caller.role, action: "session.started", patientId: input.patient_id }),
    );
  } catch (error) {
    // No session exists: the start and the open slot are given back.
    await withdrawSessionStart(input.patient_id, slotId).catch(() => undefined);
    throw error;
  }
  logs.sessionStarted({ sessionId: conversationId, patientId: input.patient_id, agentId: input.agent_id });
  return { signed_url: signedUrl, session_id: conversationId };
}

/** Idempotent: the first end signal wins, later ones (webhook twice, racing callable) change nothing. */
export async function markSessionEnded(sessionId: string, source: EndSource): Promise<boolean> {
  const changed = await endSessionRecord(sessionId, source, retentionDays.value());
  if (changed) logs.sessionEnded({ sessionId, source });
  return changed;
}

export async function endSession(caller: Caller, data: unknown): Promise<{ session_id: string; status: string }> {
  const { session_id } = parseInput(contracts().EndSessionRequest, data);
  const session = await loadSession(session_id);
  if (!session) throw new AppError("notFound", "No such session.");
  if (caller.role !== "admin" && session.patient_id !== caller.patientId) throw new AppError("forbidden", "This is not your session.");
  await markSessionEnded(session_id, "client");
  return { session_id, status: "ended" };
}

export const sessionOperations = {
  startSession: onlyFor("patient", "admin")(startSession),
  endSession: onlyFor("patient", "admin")(endSession),
};

export const startSessionCallable = callable("startSession", sessionOperations.startSession, {
  secrets: [elevenLabsApiKey, auditPseudonymKey],
  checkRevoked: true,
});
export const endSessionCallable = callable("endSession", sessionOperations.endSession, { checkRevoked: true });
