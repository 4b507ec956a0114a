// The patient page: who their doctor is, the doctor's approved narrations and the agents they
// can talk to. Patients never read Firestore for this: the server decides what they may see.
import { AppError, parseInput } from "../errors";
import { adminAuth } from "../services/firebase";
import { publishedFor } from "../repositories/library";
import { loadActivePatient } from "../repositories/patients";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

export async function getPatientHome(caller: Caller, data: unknown) {
  parseInput(contracts().PatientHomeRequest, data);
  const patientId = caller.patientId!;
  const [patient, published, doctor] = await Promise.all([
    loadActivePatient(patientId),
    publishedFor(caller.doctorId!),
    adminAuth().getUser(caller.doctorId!).catch(() => undefined),
  ]);
  if (!patient || patient.doctor_id !== caller.doctorId) throw new AppError("notFound", "Your patient record is no longer available; ask your doctor for a new invite.");
  return {
    patient_id: patientId,
    display_name: patient.display_name,
    doctor_name: doctor?.displayName ?? "your doctor",
    agents: published.agents,
    audio: published.audio,
  };
}

export const patientHomeOperations = { getPatientHome: onlyFor("patient")(getPatientHome) };
export const getPatientHomeCallable = callable("getPatientHome", patientHomeOperations.getPatientHome);
