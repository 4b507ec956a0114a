// Throttles, each one document under rate_limits/ updated in a transaction, so parallel requests
// cannot both take the last place:
//   invite-account:{uid} and invite-ip:{HMAC(ip)}  invite redemption attempts per rolling hour;
//   session-starts:{patientId}                      session starts per rolling hour;
//   session-slot:{patientId}:{0..M-1}               the patient's open sessions, one document each.
// Documents carry `expire_at` for a Firestore TTL policy; nothing in them is patient text.
import { randomUUID } from "node:crypto";
import type { DocumentReference, Timestamp, Transaction } from "firebase-admin/firestore";
import { inviteCodePepper } from "../config";
import { keyedDigest } from "../domain/keyed-digest";
import { admitHourly, concurrentLimitMessage, HOUR_MS, isStaleSlot, withoutStart, type SessionLimits } from "../domain/session-admission";
import { AppError } from "../errors";
import { col, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";

interface AttemptLogDocument {
  patient_id?: string;
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
export const sessionStartsKey = (patientId: string) => `session-starts:${patientId}`;

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
          const oldest = log.length ? Math.min(...log) : nowMs;
          const retryAfterMinutes = Math.max(1, Math.ceil((oldest + HOUR_MS - nowMs) / 60_000));
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

interface SessionSlotDocument {
  patient_id: string;
  holder: string;
  taken_at_ms: number;
  expire_at: Timestamp;
}

interface SessionStartsDocument {
  patient_id: string;
  starts: string[];
  expire_at: Timestamp;
}

const slotRef = (patientId: string, index: number) => limitRef(`session-slot:${patientId}:${index}`) as DocumentReference<SessionSlotDocument>;
const ALREADY_EXISTS = 6;
const FAILED_PRECONDITION = 9;

/** Takes open slot `index` for `holder`: an atomic create, or a stale slot deleted first (only if unchanged since read). */
async function takeSlot(patientId: string, index: number, holder: string, limits: SessionLimits): Promise<boolean> {
  const ref = slotRef(patientId, index);
  const create = () =>
    ref.create({ patient_id: patientId, holder, taken_at_ms: Date.now(), expire_at: timestampFromMillis(Date.now() + limits.openSlotMaxMs) });
  try {
    await create();
    return true;
  } catch (error) {
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
  }
  const taken = await ref.get();
  const slot = taken.data();
  if (!slot || !isStaleSlot(slot.taken_at_ms, Date.now(), limits)) return false;
  try {
    await ref.delete({ lastUpdateTime: taken.updateTime! });
    await create();
    return true;
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === ALREADY_EXISTS || code === FAILED_PRECONDITION) return false; // another start took it first
    throw error;
  }
}

/**
 * Takes a place for one session start: an open slot (one of MAX_CONCURRENT_SESSIONS documents,
 * created atomically) and then the hour's count (a transaction only the slot holders contend for).
 * Returns the slot id the session keeps until it ends.
 */
export async function reserveSessionStart(patientId: string, limits: SessionLimits): Promise<string> {
  const holder = randomUUID().replace(/-/g, "").slice(0, 16);
  let index = -1;
  for (let i = 0; i < limits.maxConcurrent && index < 0; i++) if (await takeSlot(patientId, i, holder, limits)) index = i;
  if (index < 0) throw new AppError("rateLimited", concurrentLimitMessage(limits));
  const slotId = `${index}:${holder}`;
  const ref = limitRef(sessionStartsKey(patientId)) as DocumentReference<SessionStartsDocument>;
  try {
    await runLimiterTransaction(async (tx) => {
      const nowMs = Date.now();
      const admission = admitHourly((await tx.get(ref)).data()?.starts, nowMs, holder, limits);
      if (!admission.admitted) throw new AppError("rateLimited", admission.message);
      tx.set(ref, { patient_id: patientId, starts: admission.starts, expire_at: timestampFromMillis(nowMs + HOUR_MS) });
    }, "Too many session starts at the same moment; please try again.");
  } catch (error) {
    await slotRef(patientId, index).delete().catch(() => undefined);
    throw error;
  }
  return slotId;
}

/** A start that failed before a session existed gives its slot and its start back. */
export async function withdrawSessionStart(patientId: string, slotId: string): Promise<void> {
  const [index, holder] = slotId.split(":");
  const ref = limitRef(sessionStartsKey(patientId)) as DocumentReference<SessionStartsDocument>;
  await db().runTransaction(async (tx) => {
    const [starts, slot] = await Promise.all([tx.get(ref), tx.get(slotRef(patientId, Number(index)))]);
    if (starts.exists) tx.update(ref, { starts: withoutStart(starts.data()!.starts ?? [], holder!) });
    if (slot.data()?.holder === holder) tx.delete(slot.ref);
  });
}

/** Reads the session's slot inside an ending transaction (reads come first); returns the release. */
export async function readSlotForRelease(tx: Transaction, patientId: string, slotId: string | undefined): Promise<(() => void) | undefined> {
  if (!slotId) return undefined;
  const [index, holder] = slotId.split(":");
  const slot = await tx.get(slotRef(patientId, Number(index)));
  // A slot reclaimed as stale may belong to a newer session by now: only its holder frees it.
  return slot.data()?.holder === holder ? () => tx.delete(slot.ref) : undefined;
}

/** Every throttle document about a patient (erasure). */
export async function limitRefsOfPatient(patientId: string) {
  return (await col("rateLimits").where("patient_id", "==", patientId).select().get()).docs.map((d) => d.ref);
}

export const inviteAccountLimitRef = (uid: string) => limitRef(inviteAccountKey(uid));
