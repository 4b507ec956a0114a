import assert from "node:assert/strict";
import { adminDb, closeClientApps, signInDoctor, waitFor } from "./harness";

describe("the emulator stack", () => {
  after(closeClientApps);

  it("runs an authenticated callable whose write a Firestore trigger reacts to", async () => {
    const doctor = await signInDoctor();
    const created = await doctor.call<{ patient_id: string }>("createPatient", { display_name: "Smoke Test Patient" });
    const patient = await adminDb.collection("patients").doc(created.patient_id).get();
    assert.equal(patient.get("doctor_id"), doctor.uid);
    const counted = await waitFor("the patient count written by onPatientCreated", async () => {
      const stats = await adminDb.collection("doctor_stats").doc(doctor.uid).get();
      return stats.get("counts.patients") as number | undefined;
    });
    assert.equal(counted, 1);
  });
});
