// Throttles, each one document under rate_limits/ updated in a transaction, so parallel requests
// cannot both take the last place:
//   invite-account:{uid} and invite-ip:{HMAC(ip)}  invite redemption attempts per rolling hour;
//   session:{patientId}                             session starts per hour and open sessions.
// Documents carry `expire_at` for a Firestore TTL policy; nothing in them is patient text.
import { randomUUID } from "node:crypto";
import type { Timestamp, Transaction } from "firebase-admin/firestore";
import { inviteCodePepper } from "../config";
import { keyedDigest } from "../domain/keyed-digest";
import { admitSessionStart, HOUR_MS, withdrawn, type LimiterState, type SessionLimits } from "../domain/session-admission";
import { AppError } from "../errors";
import { col, deleteField, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";

interface AttemptLogDocument {
  attempts: number[];
  expire_at: Timestamp;
}

export interface AttemptLimit {
  key: string;
  perHour: number;
  /** Says who is throttled, for the error message. */
  label: string;
}

const limitRef = (key: string) => col("rateLimits").doc(key);

export const inviteAccountKey = (uid: string) => `invite-account:${uid}`;
/** Client addresses are personal data: only a keyed digest is stored. */
export const inviteIpKey = (ip: string) => `invite-ip:${keyedDigest(inviteCodePepper.value(), "client-ip", ip).slice(0, 32)}`;
export const sessionLimiterKey = (patientId: string) => `session:${patientId}`;

/**
 * Counts one attempt against every limit, or refuses (resource-exhausted) without counting when
 * any of them is used up. Attempts are counted before the work is done, so a burst in parallel
 * cannot try more than the limit.
 */
export async function consumeAttempt(limits: AttemptLimit[]): Promise<void> {
  const nowMs = Date.now();
  await runLimiterTransaction(
    async (tx) => {
      const snapshots = await tx.getAll(...limits.map((l) => limitRef(l.key)));
      const logs = snapshots.map((s) => ((s.data() as AttemptLogDocument | undefined)?.attempts ?? []).filter((t) => t > nowMs - HOUR_MS));
      limits.forEach((limit, i) => {
        const log = logs[i]!;
        if (log.length >= limit.perHour) {
          const retryAfterMinutes = Math.max(1, Math.ceil((Math.min(...log) + HOUR_MS - nowMs) / 60_000));
          throw new AppError("rateLimited", `Too many attempts from this ${limit.label}: at most ${limit.perHour} per hour. Try again in ${retryAfterMinutes} minute(s).`);
        }
      });
      limits.forEach((limit, i) => {
        tx.set(limitRef(limit.key), { attempts: [...logs[i]!, nowMs], expire_at: timestampFromMillis(nowMs + HOUR_MS) });
      });
    },
    "Too many attempts at the same moment; please try again.",
  );
}

/**
 * A throttle's transaction. Parallel requests queue on its document and re-read it on each retry;
 * when they still collide after every retry, the request is refused like any throttled one.
 */
async function runLimiterTransaction(work: (tx: Transaction) => Promise<void>, busyMessage: string): Promise<void> {
  try {
    await db().runTransaction(work, { maxAttempts: 12 });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: number }).code === 10) throw new AppError("rateLimited", busyMessage); // ABORTED
    throw error;
  }
}

interface SessionLimiterDocument extends LimiterState {
  expire_at: Timestamp;
}

/**
 * Takes a place for one session start (the hourly count and an open slot) in one transaction.
 * Returns the slot id the session keeps until it ends.
 */
export async function reserveSessionStart(patientId: string, limits: SessionLimits): Promise<string> {
  const slotId = randomUUID().replace(/-/g, "").slice(0, 16);
  const ref = limitRef(sessionLimiterKey(patientId));
  await runLimiterTransaction(async (tx) => {
    const nowMs = Date.now();
    const state = (await tx.get(ref)).data() as SessionLimiterDocument | undefined;
    const admission = admitSessionStart(state, nowMs, slotId, limits);
    if (!admission.admitted) throw new AppError("rateLimited", admission.message);
    tx.set(ref, { ...admission.state, expire_at: timestampFromMillis(nowMs + HOUR_MS) });
  }, "Too many session starts at the same moment; please try again.");
  return slotId;
}

/** A start that failed before a session existed gives its places back. */
export async function withdrawSessionStart(patientId: string, slotId: string): Promise<void> {
  const ref = limitRef(sessionLimiterKey(patientId));
  await db().runTransaction(async (tx) => {
    const state = (await tx.get(ref)).data() as SessionLimiterDocument | undefined;
    if (!state) return;
    tx.set(ref, { ...withdrawn({ starts: state.starts ?? [], open: state.open ?? {} }, slotId), expire_at: state.expire_at });
  });
}

/** The session ended: its slot is free again (the hourly count keeps the start). */
export function releaseSessionSlotInTx(tx: Transaction, patientId: string, slotId: string | undefined): void {
  if (!slotId) return;
  tx.set(limitRef(sessionLimiterKey(patientId)), { open: { [slotId]: deleteField() } }, { merge: true });
}

export const sessionLimiterRef = (patientId: string) => limitRef(sessionLimiterKey(patientId));
export const inviteAccountLimitRef = (uid: string) => limitRef(inviteAccountKey(uid));
