// Wires the deployed functions. The export name is the deployed name and the web app's API:
// keep it stable. Nothing else belongs here.
import { setGlobalOptions } from "firebase-functions/v2";

setGlobalOptions({ region: "us-central1", maxInstances: 20 });

export { createPatientCallable as createPatient, redeemInviteCallable as redeemInvite, onPatientCreated } from "./handlers/patients";
