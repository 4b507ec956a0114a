// The doctor's patient directory: a searchable, paged list; renaming; and re-issuing an invite
// (a lost phone, an expired code). Erasure lives in privacy.ts, creation in patients.ts.
import { AppError, parseInput } from "../errors";
import { adminAuth } from "../services/firebase";
import { randomBytes } from "node:crypto";
import { auditPseudonymKey, inviteCodePepper } from "../config";
import { inviteCodeFromBytes } from "../domain/invite-codes";
import { listPatients, loadActivePatient, patientView, renamePatient, replaceInvite, type Patient } from "../repositories/patients";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

/** The patient, if the caller is their doctor (or an admin); another doctor's patient reads as forbidden. */
export async function loadPatientForStaff(caller: Caller, patientId: string): Promise<Patient> {
  const patient = await loadActivePatient(patientId);
  if (!patient) throw new AppError("notFound", "No such patient.");
  if (caller.role !== "admin" && patient.doctor_id !== caller.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");
  return patient;
}

export async function listPatientsOperation(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListPatientsRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await listPatients(doctorId, input.query, input);
  return { patients: page.items, next_cursor: page.next_cursor };
}

export async function getPatientOperation(caller: Caller, data: unknown) {
  const { patient_id } = parseInput(contracts().PatientIdRequest, data);
  return patientView(patient_id, await loadPatientForStaff(caller, patient_id));
}

export async function updatePatientOperation(caller: Caller, data: unknown) {
  const input = parseInput(contracts().UpdatePatientRequest, data);
  const patient = await loadPatientForStaff(caller, input.patient_id);
  await renamePatient(input.patient_id, input.display_name, caller);
  return patientView(input.patient_id, { ...patient, display_name: input.display_name });
}

export async function reissueInviteOperation(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ReissueInviteRequest, data);
  await loadPatientForStaff(caller, input.patient_id);
  const code = inviteCodeFromBytes(randomBytes(32));
  const { previousUid, expiresAt } = await replaceInvite(input.patient_id, code, input.invite_valid_hours, caller);
  if (previousUid) {
    // The old account is no longer this patient: no claims, and its tokens stop working.
    await adminAuth().setCustomUserClaims(previousUid, {});
    await adminAuth().revokeRefreshTokens(previousUid);
  }
  return { patient_id: input.patient_id, invite_code: code, invite_expires_at: expiresAt.toDate().toISOString(), previous_account_unlinked: Boolean(previousUid) };
}

const staff = onlyFor("doctor", "admin");
export const patientDirectoryOperations = {
  listPatients: staff(listPatientsOperation),
  getPatient: staff(getPatientOperation),
  updatePatient: staff(updatePatientOperation),
  reissueInvite: staff(reissueInviteOperation),
};

export const listPatientsCallable = callable("listPatients", patientDirectoryOperations.listPatients);
export const getPatientCallable = callable("getPatient", patientDirectoryOperations.getPatient);
export const updatePatientCallable = callable("updatePatient", patientDirectoryOperations.updatePatient, { secrets: [auditPseudonymKey] });
export const reissueInviteCallable = callable("reissueInvite", patientDirectoryOperations.reissueInvite, {
  secrets: [inviteCodePepper, auditPseudonymKey],
});
