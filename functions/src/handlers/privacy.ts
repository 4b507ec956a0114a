// Erasure and retention: a patient's data can be removed everywhere it lives (Firestore,
// Storage, ElevenLabs, the dashboard's aggregates), leaving only a receipt without health content
// and audit entries that name the patient by pseudonym.
//
// Erasure is a job (repositories/erasure.ts): it marks the patient as being erased (every route
// then reads them as gone and no pipeline writes about them), revokes their account, then per
// session deletes the ElevenLabs conversation, takes the session out of the statistics and
// deletes its documents, recording progress in the same commit. Whatever stops it midway, the
// next request or the reconciler resumes it; once done, a repeated request gets the same receipt.
import { onSchedule } from "firebase-functions/v2/scheduler";
import { auditPseudonymKey, elevenLabsApiKey, retentionDays } from "../config";
import { runBounded } from "../domain/bounded";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { alertRefsOfPatient } from "../repositories/alerts";
import { appendAudit } from "../repositories/audit";
import {
  beginErasure,
  deleteDocumentsInBatches,
  eraseSessionDocuments,
  finishErasure,
  recordStorageErased,
  releaseErasure,
  stalledErasures,
  type ErasureJobDocument,
} from "../repositories/erasure";
import { inviteRefsOfPatient } from "../repositories/invites";
import { inviteAccountLimitRef, limitRefsOfPatient } from "../repositories/rate-limits";
import {
  alertRefsCreatedBefore,
  deleteRefs,
  inboxRefsReceivedBefore,
  purgeConversationText,
  summaryRefsEndedBefore,
} from "../repositories/retention";
import { retentionDue, sessionsOfPatient, type Session } from "../repositories/sessions";
import { revertSessionStats } from "../repositories/stats";
import { summaryRefsOfPatient } from "../repositories/summaries";
import { isoTime, timestampFromMillis } from "../services/data";
import { adminAuth } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { deletePrefix } from "../services/storage";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

/** A worker holds an erasure this long past its last progress; then anyone may resume it. */
const ERASURE_LEASE_MS = 2 * 60_000;
/** ElevenLabs deletions in flight at once, for erasure and retention. */
const ELEVENLABS_CONCURRENCY = 4;
const SESSION_PAGE = 20;
/** A request works this long at most; a bigger erasure goes on in the reconciler. */
const ERASURE_REQUEST_BUDGET_MS = 240_000;

export interface ErasureResult {
  status: "erased" | "in_progress";
  receipt_id: string;
  patient_id: string;
  erased_at: string | null;
  sessions: number;
  documents: number;
  storage_objects: number;
  elevenlabs_conversations: number;
  statistics_reverted: number;
}

function resultOf(job: ErasureJobDocument): ErasureResult {
  return {
    status: job.status === "done" ? "erased" : "in_progress",
    receipt_id: job.receipt_id,
    patient_id: job.patient_id,
    erased_at: isoTime(job.completed_at),
    ...job.progress,
  };
}

async function revokeAccount(uid: string): Promise<void> {
  try {
    // The account keeps existing but is no longer this patient: no claims, tokens revoked.
    await adminAuth().setCustomUserClaims(uid, {});
    await adminAuth().revokeRefreshTokens(uid);
  } catch (error) {
    if ((error as { code?: string }).code !== "auth/user-not-found") throw error;
  }
}

/**
 * Takes the session out of the statistics. Should its shard be unwritable, the erasure still
 * completes: the knowledge gaps (derived from the patient's words) go, and only the numbers stay.
 */
async function revertForErasure(sessionId: string): Promise<boolean> {
  try {
    return await revertSessionStats(sessionId, "all");
  } catch {
    await revertSessionStats(sessionId, "gaps");
    return false;
  }
}

/** One session, in an order that is safe to repeat: ElevenLabs, statistics, then our documents. */
async function eraseSession(patientId: string, session: Session): Promise<void> {
  await elevenLabs.deleteConversation(session.conversation_id);
  const reverted = await revertForErasure(session.id);
  await eraseSessionDocuments(patientId, session, { conversationDeleted: true, statisticsReverted: reverted }, ERASURE_LEASE_MS);
}

/** Runs (or resumes) a patient's erasure until done or the deadline; see the file comment. */
export async function runErasure(patientId: string, actor: { uid: string; role: string }, deadlineMs: number): Promise<ErasureResult> {
  const begun = await beginErasure(patientId, actor, ERASURE_LEASE_MS);
  if (begun.state === "done") return resultOf(begun.job);
  let step = "account";
  try {
    if (begun.job.account_uid) await revokeAccount(begun.job.account_uid);
    step = "sessions";
    for (;;) {
      const page = await sessionsOfPatient(patientId, SESSION_PAGE);
      if (!page.length) break;
      const run = await runBounded(page, ELEVENLABS_CONCURRENCY, (session) => eraseSession(patientId, session), { deadlineMs });
      const failure = run.settled.find((s) => !s.ok);
      if (failure && !failure.ok) throw failure.error;
      if (run.notStarted.length) {
        await releaseErasure(patientId);
        return { ...resultOf(begun.job), status: "in_progress" };
      }
    }
    step = "documents";
    const leftovers = [
      ...(await summaryRefsOfPatient(patientId, 500)),
      ...(await alertRefsOfPatient(patientId, 500)),
      ...(await inviteRefsOfPatient(patientId)),
      ...(await limitRefsOfPatient(patientId)),
      ...(begun.job.account_uid ? [inviteAccountLimitRef(begun.job.account_uid)] : []),
    ];
    const existing = await Promise.all(leftovers.map(async (ref) => ((await ref.get()).exists ? ref : undefined)));
    await deleteDocumentsInBatches(existing.filter((ref) => ref !== undefined), patientId, ERASURE_LEASE_MS);
    step = "storage";
    await recordStorageErased(patientId, await deletePrefix(`patients/${patientId}/`), ERASURE_LEASE_MS);
    step = "finish";
    const done = await finishErasure(patientId, actor.uid);
    await appendAudit({ actorUid: actor.uid, actorRole: actor.role, action: "patient.erased", patientId });
    logs.patientErased({ patientId, documents: done.progress.documents, objects: done.progress.storage_objects, conversations: done.progress.elevenlabs_conversations });
    return resultOf(done);
  } catch (error) {
    logs.erasureStopped({ patientId, step, errorName: error instanceof AppError ? error.kind : error instanceof Error ? error.name : "unknown" });
    await releaseErasure(patientId);
    throw error;
  }
}


export async function erasePatient(caller: Caller, data: unknown): Promise<ErasureResult> {
  const { patient_id } = parseInput(contracts().PatientIdRequest, data);
  return runErasure(patient_id, { uid: caller.uid, role: caller.role }, Date.now() + ERASURE_REQUEST_BUDGET_MS);
}

/** The reconciler finishes erasures whose worker stopped (crash, timeout, ElevenLabs down). */
export async function resumeStalledErasures(deadlineMs: number): Promise<number> {
  let resumed = 0;
  for (const patientId of await stalledErasures(10)) {
    if (Date.now() >= deadlineMs) break;
    try {
      const result = await runErasure(patientId, { uid: "system:reconciler", role: "admin" }, deadlineMs);
      if (result.status === "erased") resumed++;
    } catch {
      // Logged by runErasure; the next run tries again.
    }
  }
  return resumed;
}

export interface RetentionReport {
  sessions: number;
  documents: number;
  conversations: number;
  swept: number;
  /** False when the run stopped at its deadline with more to delete: the next run continues. */
  complete: boolean;
}

/**
 * Deletes patient text whose time is up: per session (the agent's retention, clamped to
 * RETENTION_DAYS) the ElevenLabs conversation, the knowledge gaps it added, the summary, the alert
 * and the inbox copy; then any summary, alert or inbox copy older than RETENTION_DAYS. Page after
 * page until nothing is left or the deadline.
 */
export async function applyRetention(options: { pageSize?: number; budgetMs?: number } = {}): Promise<RetentionReport> {
  const pageSize = options.pageSize ?? 100;
  const deadlineMs = Date.now() + (options.budgetMs ?? 480_000);
  const report: RetentionReport = { sessions: 0, documents: 0, conversations: 0, swept: 0, complete: true };
  for (;;) {
    const page = await retentionDue(pageSize);
    if (!page.length) break;
    const run = await runBounded(
      page,
      ELEVENLABS_CONCURRENCY,
      async (session) => {
        await elevenLabs.deleteConversation(session.conversation_id);
        await revertSessionStats(session.id, "gaps");
        return purgeConversationText(session);
      },
      { deadlineMs },
    );
    for (const outcome of run.settled) {
      if (!outcome.ok) throw outcome.error;
      report.sessions++;
      report.conversations++;
      report.documents += outcome.value;
    }
    if (run.notStarted.length) {
      report.complete = false;
      break;
    }
  }
  const cutoff = timestampFromMillis(Date.now() - retentionDays.value() * 86_400_000);
  for (const find of [summaryRefsEndedBefore, alertRefsCreatedBefore, inboxRefsReceivedBefore]) {
    for (;;) {
      if (Date.now() >= deadlineMs) {
        report.complete = false;
        break;
      }
      const refs = await find(cutoff, pageSize);
      if (!refs.length) break;
      report.swept += await deleteRefs(refs);
    }
  }
  logs.retentionRun(report);
  return report;
}

export const privacyOperations = { erasePatient: onlyFor("doctor", "admin")(erasePatient) };
export const erasePatientCallable = callable("erasePatient", privacyOperations.erasePatient, {
  secrets: [elevenLabsApiKey, auditPseudonymKey],
  timeoutSeconds: 300,
  checkRevoked: true,
});
export const applyRetentionScheduled = onSchedule({ schedule: "every day 03:00", secrets: [elevenLabsApiKey], timeoutSeconds: 540 }, async () => {
  await applyRetention();
});
