// Per-doctor daily spend at ElevenLabs: spend_quotas/{doctorId}_{YYYY-MM-DD}. Reserved in a
// transaction before the ElevenLabs call (parallel requests cannot overspend together) and
// given back when the call fails.
import type { Timestamp } from "firebase-admin/firestore";
import { decideSpend, spendDay, type SpendKind } from "../domain/spend-quota";
import { AppError } from "../errors";
import { col, increment, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";

interface SpendQuotaDocument {
  doctor_id: string;
  day: string;
  tts_characters?: number;
  knowledge_bytes?: number;
  expire_at: Timestamp;
}

export interface SpendReservation {
  doctorId: string;
  day: string;
  kind: SpendKind;
  amount: number;
}

const quotaRef = (doctorId: string, day: string) => col("spendQuotas").doc(`${doctorId}_${day}`);

export async function reserveSpend(doctorId: string, kind: SpendKind, amount: number, dailyLimit: number): Promise<SpendReservation> {
  const day = spendDay(Date.now());
  const ref = quotaRef(doctorId, day);
  await db().runTransaction(async (tx) => {
    const used = ((await tx.get(ref)).data() as SpendQuotaDocument | undefined)?.[kind] ?? 0;
    const decision = decideSpend(kind, used, amount, dailyLimit);
    if (!decision.allowed) throw new AppError("rateLimited", decision.message);
    tx.set(ref, { doctor_id: doctorId, day, [kind]: increment(amount), expire_at: timestampFromMillis(Date.now() + 8 * 86_400_000) }, { merge: true });
  });
  return { doctorId, day, kind, amount };
}

/** Gives a reservation back (the call it paid for failed); never fails the caller. */
export async function refundSpend(reservation: SpendReservation | undefined): Promise<void> {
  if (!reservation || reservation.amount === 0) return;
  await quotaRef(reservation.doctorId, reservation.day)
    .set({ [reservation.kind]: increment(-reservation.amount) }, { merge: true })
    .catch(() => undefined);
}
