// Patients: a doctor creates the record and hands out a one-time invite code; the patient
// redeems it with their own account, which sets their claims and links the record.
import { createHash, randomInt } from "node:crypto";
import type { CreatePatientResponse } from "../contracts/patients";
import { AppError, parseInput } from "../errors";
import { adminAuth } from "../services/firebase";
import { auditRecord, col, COLLECTIONS, countChange, now, timestampFromMillis, type Timestamp } from "../services/data";
import { db } from "../services/firebase";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable, toHttpsError } from "./callable";
import { onCall } from "firebase-functions/v2/https";
import { onDocumentCreated } from "firebase-functions/v2/firestore";
import { contracts } from "./lazy-contracts";
import { searchFields } from "../repositories/patients";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: codes are read aloud

export function newInviteCode(): string {
  const pick = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${Array.from({ length: 4 }, pick).join("")}-${Array.from({ length: 4 }, pick).join("")}`;
}

/** Only a hash is stored: a leaked database does not leak usable codes. */
export const inviteCodeHash = (code: string) => createHash("sha256").update(code.toUpperCase()).digest("hex");

export async function createPatient(caller: Caller, data: unknown): Promise<CreatePatientResponse> {
  const input = parseInput(contracts().CreatePatientRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const code = newInviteCode();
  const expiresAt = timestampFromMillis(Date.now() + input.invite_valid_hours * 3600_000);
  const ref = col("patients").doc();
  const batch = db().batch();
  batch.set(ref, {
    doctor_id: doctorId,
    display_name: input.display_name,
    ...searchFields(input.display_name),
    uid: null,
    invite: { code_hash: inviteCodeHash(code), expires_at: expiresAt, redeemed_at: null },
    created_at: now(),
  });
  batch.create(col("audit").doc(), auditRecord({ actorUid: caller.uid, actorRole: caller.role, action: "patient.created", patientId: ref.id }));
  await batch.commit();
  return { patient_id: ref.id, invite_code: code, invite_expires_at: expiresAt.toDate().toISOString() };
}

export async function redeemInvite(uid: string | undefined, existingRole: unknown, data: unknown): Promise<{ patient_id: string; doctor_id: string }> {
  if (!uid) throw new AppError("unauthenticated", "Sign in first, then redeem your invite code.");
  const input = parseInput(contracts().RedeemInviteRequest, data);
  // A doctor or admin account must not be turned into a patient by a stray code.
  if (existingRole === "doctor" || existingRole === "admin") {
    throw new AppError("failedPrecondition", "This account already has a role; patients redeem codes with their own account.");
  }
  const hash = inviteCodeHash(input.invite_code);
  const linked = await db().runTransaction(async (tx) => {
    const matches = await tx.get(col("patients").where("invite.code_hash", "==", hash).limit(1));
    const doc = matches.docs[0];
    if (!doc) throw new AppError("notFound", "This invite code is not valid.");
    if (input.doctor_id !== undefined && doc.get("doctor_id") !== input.doctor_id) {
      throw new AppError("notFound", "This invite code is not valid for this doctor.");
    }
    const invite = doc.get("invite") as { expires_at: Timestamp; redeemed_at: Timestamp | null };
    if (invite.redeemed_at) throw new AppError("failedPrecondition", "This invite code has already been used.");
    if (invite.expires_at.toMillis() < Date.now()) throw new AppError("failedPrecondition", "This invite code has expired; ask your doctor for a new one.");
    tx.update(doc.ref, { uid, "invite.redeemed_at": now() });
    return { patient_id: doc.id, doctor_id: doc.get("doctor_id") as string };
  });
  await adminAuth().setCustomUserClaims(uid, { role: "patient", ...linked });
  return linked;
}

export const patientOperations = { createPatient: onlyFor("doctor", "admin")(createPatient) };
export const createPatientCallable = callable("createPatient", patientOperations.createPatient);

/** Not `callable()`: the caller has no role until this succeeds. */
export const redeemInviteCallable = onCall({ cors: true }, async (request) => {
  try {
    return await redeemInvite(request.auth?.uid, request.auth?.token.role, request.data);
  } catch (error) {
    throw toHttpsError("redeemInvite", error, request.auth?.uid);
  }
});

/** Keeps the dashboard's patient count; runs once per created record. */
export const onPatientCreated = onDocumentCreated(`${COLLECTIONS.patients}/{patientId}`, async (event) => {
  const doctorId = event.data?.get("doctor_id");
  if (typeof doctorId === "string") await countChange(doctorId, "patients", 1);
});
