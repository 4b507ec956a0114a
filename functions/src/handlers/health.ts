// A liveness check for uptime probes and the request-overhead benchmark's baseline: no auth,
// no Firestore, no ElevenLabs.
import { onCall } from "firebase-functions/v2/https";

export const healthCheck = onCall({ cors: true }, () => ({ ok: true }));
