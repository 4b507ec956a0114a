// Patients: a doctor creates the record and hands out a one-time invite code; the patient
// redeems it with their own account, which sets their claims and links the record.
//   Codes carry 140 bits and are stored only as HMAC(INVITE_CODE_PEPPER, code); they expire and
//   work once. Redemption is throttled per account and per client address (resource-exhausted),
//   needs App Check like every callable, and reads the account's role from Auth, not the token.
import { randomBytes } from "node:crypto";
import { onCall, type CallableRequest } from "firebase-functions/v2/https";
import { onDocumentCreated } from "firebase-functions/v2/firestore";
import type { CreatePatientResponse } from "../contracts/patients";
import { auditPseudonymKey, inviteAttemptsPerHourPerAccount, inviteAttemptsPerHourPerIp, inviteCodePepper } from "../config";
import { inviteCodeFromBytes } from "../domain/invite-codes";
import { AppError, parseInput } from "../errors";
import { appendAudit } from "../repositories/audit";
import { redeemInviteCode } from "../repositories/invites";
import { createPatientWithInvite } from "../repositories/patients";
import { consumeAttempt, inviteAccountKey, inviteIpKey } from "../repositories/rate-limits";
import { countDocumentChange } from "../repositories/stats";
import { COLLECTIONS, timestampFromMillis } from "../services/data";
import { adminAuth } from "../services/firebase";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable, requireAppCheck, requireLiveToken, toHttpsError } from "./callable";
import { contracts } from "./lazy-contracts";

export async function createPatient(caller: Caller, data: unknown): Promise<CreatePatientResponse> {
  const input = parseInput(contracts().CreatePatientRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const code = inviteCodeFromBytes(randomBytes(32));
  const expiresAt = timestampFromMillis(Date.now() + input.invite_valid_hours * 3600_000);
  const patientId = await createPatientWithInvite({ doctorId, displayName: input.display_name, inviteCode: code, inviteExpiresAt: expiresAt, actor: caller });
  return { patient_id: patientId, invite_code: code, invite_expires_at: expiresAt.toDate().toISOString() };
}

/**
 * The client's address as Google's front end saw it: the last X-Forwarded-For entry (the front end
 * appends it; entries before it are whatever the client sent), else the socket's address.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined>, socketIp: string | undefined): string {
  const forwarded = headers["x-forwarded-for"];
  const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  return list[list.length - 1] ?? socketIp ?? "unknown";
}

export interface InviteRequester {
  uid: string | undefined;
  ip: string;
}

export async function redeemInvite(requester: InviteRequester, data: unknown): Promise<{ patient_id: string; doctor_id: string }> {
  const { uid } = requester;
  if (!uid) throw new AppError("unauthenticated", "Sign in first, then redeem your invite code.");
  const input = parseInput(contracts().RedeemInviteRequest, data);
  // The role as Auth holds it now, never the token's copy: a token can be an hour old.
  const role = (await adminAuth().getUser(uid)).customClaims?.role;
  if (role === "doctor" || role === "admin") {
    throw new AppError("failedPrecondition", "This account already has a role; patients redeem codes with their own account.");
  }
  if (role === "patient") {
    throw new AppError("failedPrecondition", "This account is already linked to a patient record.");
  }
  await consumeAttempt([
    { key: inviteAccountKey(uid), perHour: inviteAttemptsPerHourPerAccount.value(), label: "account" },
    { key: inviteIpKey(requester.ip), perHour: inviteAttemptsPerHourPerIp.value(), label: "network address" },
  ]);
  const linked = await redeemInviteCode(input.invite_code, uid, input.doctor_id);
  await adminAuth().setCustomUserClaims(uid, { role: "patient", ...linked });
  await appendAudit({ actorUid: uid, actorRole: "patient", action: "invite.redeemed", patientId: linked.patient_id });
  return linked;
}

export const patientOperations = { createPatient: onlyFor("doctor", "admin")(createPatient) };
export const createPatientCallable = callable("createPatient", patientOperations.createPatient, {
  secrets: [inviteCodePepper, auditPseudonymKey],
  checkRevoked: true,
});

/** Not `callable()`: the caller has no role until this succeeds. The same App Check and token checks apply. */
export const redeemInviteCallable = onCall({ cors: true, secrets: [inviteCodePepper, auditPseudonymKey] }, async (request: CallableRequest<unknown>) => {
  try {
    requireAppCheck(request);
    if (!request.auth?.uid) throw new AppError("unauthenticated", "Sign in first, then redeem your invite code.");
    await requireLiveToken(request);
    const ip = clientAddress(request.rawRequest?.headers ?? {}, request.rawRequest?.ip);
    return await redeemInvite({ uid: request.auth.uid, ip }, request.data);
  } catch (error) {
    throw toHttpsError("redeemInvite", error, request.auth?.uid);
  }
});

/** Keeps the dashboard's patient count; runs once per created record. */
export const onPatientCreated = onDocumentCreated(`${COLLECTIONS.patients}/{patientId}`, async (event) => {
  const doctorId = event.data?.get("doctor_id");
  if (typeof doctorId === "string") await countDocumentChange(doctorId, "patients", 1);
});
