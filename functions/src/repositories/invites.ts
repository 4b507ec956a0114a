// Invite codes. A code is stored only as HMAC(INVITE_CODE_PEPPER, code), which is also the
// document id: redemption is one document read, and a leaked database without the pepper
// cannot be used to test guesses. Single use; expires.
import type { Timestamp } from "firebase-admin/firestore";
import { inviteCodePepper } from "../config";
import { canonicalInviteCode } from "../domain/invite-codes";
import { keyedDigest } from "../domain/keyed-digest";
import { AppError } from "../errors";
import { col, now } from "../services/data";
import { db } from "../services/firebase";
import { linkAccountInTx, patientRef, type PatientDocument } from "./patients";

export interface InviteDocument {
  patient_id: string;
  doctor_id: string;
  expires_at: Timestamp;
  redeemed_at: Timestamp | null;
  created_at: Timestamp;
}

export const inviteCodeDigest = (code: string) => keyedDigest(inviteCodePepper.value(), "invite-code", canonicalInviteCode(code));
export const inviteRef = (code: string) => col("invites").doc(inviteCodeDigest(code));

export function newInvite(code: string, patientId: string, doctorId: string, expiresAt: Timestamp) {
  const document: InviteDocument = { patient_id: patientId, doctor_id: doctorId, expires_at: expiresAt, redeemed_at: null, created_at: now() };
  return { ref: inviteRef(code), document };
}

/** Links the account to the invited patient, once; refuses unknown, foreign, used or expired codes. */
export async function redeemInviteCode(code: string, uid: string, expectedDoctorId: string | undefined): Promise<{ patient_id: string; doctor_id: string }> {
  const ref = inviteRef(code);
  return db().runTransaction(async (tx) => {
    const invite = (await tx.get(ref)).data() as InviteDocument | undefined;
    if (!invite) throw new AppError("notFound", "This invite code is not valid.");
    if (expectedDoctorId !== undefined && invite.doctor_id !== expectedDoctorId) {
      throw new AppError("notFound", "This invite code is not valid for this doctor.");
    }
    const patient = (await tx.get(patientRef(invite.patient_id))).data() as PatientDocument | undefined;
    if (!patient || patient.erasure_started_at) throw new AppError("notFound", "This invite code is not valid.");
    if (invite.redeemed_at) throw new AppError("failedPrecondition", "This invite code has already been used.");
    if (invite.expires_at.toMillis() < Date.now()) throw new AppError("failedPrecondition", "This invite code has expired; ask your doctor for a new one.");
    tx.update(ref, { redeemed_at: now() });
    linkAccountInTx(tx, invite.patient_id, uid);
    return { patient_id: invite.patient_id, doctor_id: invite.doctor_id };
  });
}

export async function inviteRefsOfPatient(patientId: string) {
  return (await col("invites").where("patient_id", "==", patientId).select().get()).docs.map((d) => d.ref);
}
