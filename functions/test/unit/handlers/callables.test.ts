// The callable wrapper, run offline through firebase-functions-test: no emulator, the real
// wrapper, every request here rejected before any I/O. (Its Firestore helpers need firebase-admin
// 13's namespace API, so triggers are tested against the emulators instead.)
import assert from "node:assert/strict";
import functionsTest from "firebase-functions-test";
import type { CallableRequest } from "firebase-functions/v2/https";
import { createPatientCallable } from "../../../src/handlers/patients";

const fft = functionsTest();

type Call = (request: Partial<CallableRequest>) => Promise<unknown>;
const createPatient = fft.wrap(createPatientCallable) as unknown as Call;
const doctorAuth = { uid: "doctor-1", token: { role: "doctor" } } as unknown as CallableRequest["auth"];

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; details?: { details?: { field: string }[] } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the call to be rejected");
}

describe("callables (offline, firebase-functions-test)", () => {
  beforeEach(() => {
    process.env.APP_CHECK_ENFORCED = "false";
  });
  after(() => fft.cleanup());

  it("answers a call without a signed-in user with unauthenticated", async () => {
    const error = await rejection(createPatient({ data: { display_name: "Pat" } }));
    assert.equal(error.code, "unauthenticated");
  });

  it("answers a patient calling a doctor operation with permission-denied", async () => {
    const patientAuth = { uid: "p", token: { role: "patient", patient_id: "p1", doctor_id: "d1" } } as unknown as CallableRequest["auth"];
    const error = await rejection(createPatient({ data: { display_name: "Pat" }, auth: patientAuth }));
    assert.equal(error.code, "permission-denied");
  });

  it("answers an account without a role with permission-denied", async () => {
    const error = await rejection(createPatient({ data: { display_name: "Pat" }, auth: { uid: "x", token: {} } as unknown as CallableRequest["auth"] }));
    assert.equal(error.code, "permission-denied");
  });

  it("names every invalid field in invalid-argument details", async () => {
    const error = await rejection(createPatient({ data: { display_name: "", invite_valid_hours: "soon", extra: 1 }, auth: doctorAuth }));
    assert.equal(error.code, "invalid-argument");
    const fields = (error.details?.details ?? []).map((d) => d.field).sort();
    assert.deepEqual(fields, ["display_name", "extra", "invite_valid_hours"]);
  });

  it("requires an App Check token when APP_CHECK_ENFORCED is on", async () => {
    process.env.APP_CHECK_ENFORCED = "true";
    const error = await rejection(createPatient({ data: {}, auth: doctorAuth }));
    assert.equal(error.code, "unauthenticated");
    assert.match(error.message, /App Check/);
    const withApp = await rejection(createPatient({ data: {}, auth: doctorAuth, app: { appId: "web-app", token: {} } as unknown as CallableRequest["app"] }));
    assert.equal(withApp.code, "invalid-argument", "with a verified app the request reaches validation");
  });
});
