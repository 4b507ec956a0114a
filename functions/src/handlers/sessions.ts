// Patient voice sessions: the backend mints the signed URL, and with it the conversation id, so
// the session record binds patient, doctor, agent and conversation before the patient connects.
// Starts are admitted in one transaction on the patient's limiter document: at most
// SESSION_STARTS_PER_HOUR per rolling hour and MAX_CONCURRENT_SESSIONS open at once; then one of
// the workspace's conversation lines (the ElevenLabs plan's concurrency) is taken.
import type { EndSessionResponse, StartSessionResponse } from "../contracts/sessions";
import { auditPseudonymKey, elevenLabsApiKey, maxConcurrentSessions, resolvedPlanLimits, retentionDays, sessionStartsPerHour } from "../config";
import { busyMessage, conversationCheck, lineState, unclaimedLines } from "../domain/conversation-lines";
import { agentVariableValues } from "../domain/prompts";
import { effectiveRetentionDays } from "../domain/retention";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { addAuditEntry } from "../repositories/audit";
import { bindLineInTx, claimFreeLine, newClaimId, readLines, reclaimLine, releaseClaim } from "../repositories/conversation-lines";
import { loadActivePatient, type Patient } from "../repositories/patients";
import { reserveSessionStart, withdrawSessionStart } from "../repositories/rate-limits";
import {
  createSession,
  loadSession,
  loadSessions,
  markSessionEnded as endSessionRecord,
  markSessionNotConnected as notConnectedRecord,
  type EndSource,
} from "../repositories/sessions";
import { readAgent } from "../repositories/agents";
import { readDoctor } from "../repositories/doctors";
import * as elevenLabs from "../services/elevenlabs";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

export type { EndSource };

/** An open slot is freed after this long even without an end signal (see domain/session-admission). */
export const OPEN_SLOT_MAX_MS = 30 * 60_000;

/** A start asks ElevenLabs about at most this many old sessions before saying every line is busy. */
const MAX_LINE_CHECKS_PER_START = 3;

interface TakenLine {
  line: string;
  claimId: string;
}

/**
 * One of the plan's conversation lines for a new session, or null when all are in use. Lines whose
 * session is over are taken back; for sessions old enough to have connected, ElevenLabs is asked
 * whether their conversation is still open (one refused or never opened frees its line).
 */
async function takeConversationLine(limit: number): Promise<TakenLine | null> {
  const claimId = newClaimId();
  const lines = await readLines();
  for (const line of unclaimedLines(limit, lines)) {
    if (await claimFreeLine(line, claimId)) return { line, claimId };
  }
  const candidates = lines.filter((l) => Number(l.line) < limit).sort((a, b) => a.claimedAtMs - b.claimedAtMs);
  const sessionIds = candidates.map((l) => l.sessionId).filter((id): id is string => id !== null);
  const holders = await loadSessions(sessionIds);
  let checks = 0;
  for (const stored of candidates) {
    const session = stored.sessionId ? holders.get(stored.sessionId) : undefined;
    const holder = session && {
      status: String(session.status),
      startedAtMs: session.started_at.toMillis(),
      maxDurationSeconds: Number(session.max_duration_seconds ?? 600),
    };
    let state = lineState(stored, holder, Date.now());
    if (state === "ask" && checks < MAX_LINE_CHECKS_PER_START) {
      checks++;
      state = await checkLineWithElevenLabs(stored.sessionId!);
    }
    if (state === "free" && (await reclaimLine(stored, claimId))) return { line: stored.line, claimId };
  }
  return null;
}

/** Ends a session ElevenLabs is done with (or never had), so its line is free; "held" while it is open or unknown. */
async function checkLineWithElevenLabs(sessionId: string): Promise<"free" | "held"> {
  let conversation: Record<string, unknown> | null;
  try {
    conversation = await elevenLabs.getConversation(sessionId);
  } catch {
    return "held";
  }
  const check = conversationCheck(conversation === null ? null : String(conversation.status));
  if (check === "open") return "held";
  if (check === "not_connected") await markSessionNotConnected(sessionId, "reconciler");
  else await markSessionEnded(sessionId, "reconciler");
  return "free";
}

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
  const [patient, agent] = await Promise.all([loadPatientForCaller(caller, input.patient_id), readAgent(input.agent_id)]);
  if (!agent || agent.doctor_id !== patient.doctor_id) {
    throw new AppError("forbidden", "This agent is not one of your doctor's agents.");
  }
  if (agent.sync_status !== "synced" || !agent.elevenlabs_agent_id) {
    throw new AppError("failedPrecondition", "This agent is not ready yet; ask your doctor to save it again.");
  }
  // A caller whose revocation check runs alongside the reads: it must have passed before anything is written.
  await caller.beforeWrites?.();
  // Values for the agent's {{variables}}, current at this start (the doctor may have been renamed).
  const [variables, slotId] = await Promise.all([
    readDoctor(patient.doctor_id).then(agentVariableValues),
    reserveSessionStart(input.patient_id, {
      startsPerHour: sessionStartsPerHour.value(),
      maxConcurrent: maxConcurrentSessions.value(),
      openSlotMaxMs: OPEN_SLOT_MAX_MS,
    }),
  ]);
  const { conversationConcurrency: lineLimit, plan } = resolvedPlanLimits();
  let taken: TakenLine | null = null;
  let conversationId: string;
  let signedUrl: string;
  try {
    taken = lineLimit === null ? null : await takeConversationLine(lineLimit);
    if (lineLimit !== null && !taken) {
      logs.sessionRefused({ patientId: input.patient_id, reason: "no_free_line" });
      throw new AppError("rateLimited", busyMessage(lineLimit, plan));
    }
    try {
      ({ signedUrl, conversationId } = await elevenLabs.getSignedUrl(agent.elevenlabs_agent_id));
    } catch (error) {
      if (error instanceof AppError && error.kind === "rateLimited") logs.sessionRefused({ patientId: input.patient_id, reason: "elevenlabs_busy" });
      throw error;
    }
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
        conversation_line: taken?.line ?? null,
        max_duration_seconds: agent.max_duration_seconds ?? null,
        retention_days: effectiveRetentionDays(agent.privacy?.retention_days, retentionDays.value()),
      },
      (tx) => {
        addAuditEntry(tx, { actorUid: caller.uid, actorRole: caller.role, action: "session.started", patientId: input.patient_id });
        if (taken) bindLineInTx(tx, taken.line, conversationId);
      },
    );
  } catch (error) {
    // No session exists: the start, the open slot and the line are given back.
    await Promise.all([
      withdrawSessionStart(input.patient_id, slotId).catch(() => undefined),
      taken ? releaseClaim(taken.line, taken.claimId).catch(() => undefined) : undefined,
    ]);
    throw error;
  }
  logs.sessionStarted({ sessionId: conversationId, patientId: input.patient_id, agentId: input.agent_id });
  return { signed_url: signedUrl, session_id: conversationId, dynamic_variables: variables };
}

/**
 * Idempotent: the first end signal wins, later ones (webhook twice, racing callable) change nothing.
 * A session marked not connected still ends if its conversation turns out to have happened (a
 * webhook for it arrives): the patient connected late, and the conversation is summarized.
 */
export async function markSessionEnded(sessionId: string, source: EndSource): Promise<boolean> {
  const changed = await endSessionRecord(sessionId, source, retentionDays.value());
  if (changed) logs.sessionEnded({ sessionId, source });
  return changed;
}

/**
 * ElevenLabs has no conversation for this session: the connection was refused (every line busy)
 * or never opened. The session stops being active (its line is free) and no summary is expected.
 */
export async function markSessionNotConnected(sessionId: string, source: EndSource): Promise<boolean> {
  const changed = await notConnectedRecord(sessionId, source);
  if (changed) logs.sessionEnded({ sessionId, source: `${source}:not_connected` });
  return changed;
}

/**
 * The patient's app ends its session: after a conversation, or when the connection was refused.
 * ElevenLabs is asked which it was, so a refused call does not wait for a summary that cannot come.
 */
export async function endSession(caller: Caller, data: unknown): Promise<EndSessionResponse> {
  const { session_id } = parseInput(contracts().EndSessionRequest, data);
  const session = await loadSession(session_id);
  if (!session) throw new AppError("notFound", "No such session.");
  if (caller.role !== "admin" && session.patient_id !== caller.patientId) throw new AppError("forbidden", "This is not your session.");
  if (session.status === "active") {
    // Unreachable ElevenLabs: end it as usual; the pipeline and the reconciler find out later.
    const conversation = await elevenLabs.getConversation(session_id).catch(() => undefined);
    if (conversation === null && (await markSessionNotConnected(session_id, "client"))) return { session_id, status: "not_connected" };
  }
  if (session.status === "not_connected") return { session_id, status: "not_connected" };
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
export const endSessionCallable = callable("endSession", sessionOperations.endSession, { secrets: [elevenLabsApiKey], checkRevoked: true });
