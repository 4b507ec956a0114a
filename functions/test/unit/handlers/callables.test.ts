// The callable wrapper, run offline through firebase-functions-test: no emulator, the real
// wrapper, every request here rejected before any I/O. (Its Firestore helpers need firebase-admin
// 13's namespace API, so triggers are tested against the emulators instead.)
import assert from "node:assert/strict";
import functionsTest from "firebase-functions-test";
import type { CallableRequest } from "firebase-functions/v2/https";
import { createPatientCallable, redeemInviteCallable } from "../../../src/handlers/patients";
import { saveAgentCallable } from "../../../src/handlers/agents";

const fft = functionsTest();

type Call = (request: Partial<CallableRequest>) => Promise<unknown>;
// createPatient touches patient data, so it also checks the token for revocation (needs Auth);
// saveAgent does not, and reaches validation offline.
const createPatient = fft.wrap(createPatientCallable) as unknown as Call;
const saveAgent = fft.wrap(saveAgentCallable) as unknown as Call;
const redeemInvite = fft.wrap(redeemInviteCallable) as unknown as Call;
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
    const error = await rejection(saveAgent({ data: { name: "Guide" }, auth: patientAuth }));
    assert.equal(error.code, "permission-denied");
  });

  it("answers an account without a role with permission-denied", async () => {
    const error = await rejection(createPatient({ data: { display_name: "Pat" }, auth: { uid: "x", token: {} } as unknown as CallableRequest["auth"] }));
    assert.equal(error.code, "permission-denied");
  });

  it("names every invalid field in invalid-argument details", async () => {
    const error = await rejection(saveAgent({ data: { name: "", knowledge_ids: "none", voice_id: "v", answer_style: "friendly", extra: 1 }, auth: doctorAuth }));
    assert.equal(error.code, "invalid-argument");
    const fields = (error.details?.details ?? []).map((d) => d.field).sort();
    assert.deepEqual(fields, ["extra", "knowledge_ids", "name"]);
  });

  it("checks a patient-data operation's raw ID token for revocation: none sent reads as unauthenticated", async () => {
    const error = await rejection(createPatient({ data: { display_name: "Pat" }, auth: doctorAuth, rawRequest: { headers: {} } as never }));
    assert.equal(error.code, "unauthenticated");
    assert.match(error.message, /Sign in/);
  });

  it("requires an App Check token when APP_CHECK_ENFORCED is on, for redeemInvite too", async () => {
    process.env.APP_CHECK_ENFORCED = "true";
    const error = await rejection(saveAgent({ data: {}, auth: doctorAuth }));
    assert.equal(error.code, "unauthenticated");
    assert.match(error.message, /App Check/);
    const withApp = await rejection(saveAgent({ data: {}, auth: doctorAuth, app: { appId: "web-app", token: {} } as unknown as CallableRequest["app"] }));
    assert.equal(withApp.code, "invalid-argument", "with a verified app the request reaches validation");
    const redeem = await rejection(redeemInvite({ data: { invite_code: "x" }, auth: { uid: "u", token: {} } as unknown as CallableRequest["auth"] }));
    assert.equal(redeem.code, "unauthenticated");
    assert.match(redeem.message, /App Check/);
  });
});
