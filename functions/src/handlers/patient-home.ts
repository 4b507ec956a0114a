// The patient page: who their doctor is, the doctor's approved narrations and the agents they
// can talk to. Patients never read Firestore for this: the server decides what they may see.
import { mediaLinkKey } from "../config";
import { AppError, parseInput } from "../errors";
import { adminAuth } from "../services/firebase";
import { publishedFor } from "../repositories/library";
import { loadActivePatient } from "../repositories/patients";
import { audioLink } from "./audio-links";
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
    // Short-lived signed links, fresh on every visit (the page asks again when one expires).
    audio: published.audio.map((a) => ({ ...a, audio_url: audioLink(a.audio_id) })),
  };
}

export const patientHomeOperations = { getPatientHome: onlyFor("patient")(getPatientHome) };
export const getPatientHomeCallable = callable("getPatientHome", patientHomeOperations.getPatientHome, { secrets: [mediaLinkKey] });
