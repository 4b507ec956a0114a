// The ElevenLabs post-call webhook. The raw payload is written to the inbox (keyed by
// conversation id) before we answer 200: for zero-retention agents it is the only copy.
// Every authentic event gets 200, even when it could not be stored: ElevenLabs does not retry a
// failed delivery, and after 10 consecutive failures it disables the webhook for every agent. What
// could not be stored, the reconciler fetches from ElevenLabs (sessions with no end signal).
import { createHash } from "node:crypto";
import { onRequest } from "firebase-functions/v2/https";
import { elevenLabsWebhookSecret } from "../config";
import { logs } from "../logs";
import { col, now } from "../services/data";
import { verifyWebhook } from "../services/elevenlabs";
import { markSessionEnded } from "./sessions";

/** constructEvent accepts timestamps from the future; a signature must not outlive its tolerance either way. */
const MAX_FUTURE_SKEW_SECS = 5 * 60;

function signatureTimestamp(header: string): number | undefined {
  const part = header.split(",").find((p) => p.startsWith("t="));
  const value = part ? Number(part.slice(2)) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

export async function receiveWebhook(rawBody: string, signature: string | undefined, secret: string): Promise<{ status: number; body: unknown }> {
  if (!signature) {
    logs.webhookRejected({ reason: "missing_signature" });
    return { status: 401, body: { error: { code: "unauthenticated", message: "Missing ElevenLabs-Signature header." } } };
  }
  const timestamp = signatureTimestamp(signature);
  if (timestamp !== undefined && timestamp > Date.now() / 1000 + MAX_FUTURE_SKEW_SECS) {
    logs.webhookRejected({ reason: "future_timestamp" });
    return { status: 401, body: { error: { code: "unauthenticated", message: "Signature timestamp is in the future." } } };
  }
  let event: { type?: unknown; data?: { conversation_id?: unknown } };
  try {
    event = (await verifyWebhook(rawBody, signature, secret)) as typeof event;
  } catch {
    logs.webhookRejected({ reason: "bad_signature" });
    return { status: 401, body: { error: { code: "unauthenticated", message: "Invalid or stale webhook signature." } } };
  }
  const type = typeof event.type === "string" ? event.type : "unknown";
  const conversationId = event.data?.conversation_id;
  if (type !== "post_call_transcription" || typeof conversationId !== "string" || !/^[A-Za-z0-9_-]{1,128}$/.test(conversationId)) {
    return { status: 200, body: { received: true, ignored: type } };
  }
  const signatureHash = createHash("sha256").update(signature).digest("hex");
  try {
    let duplicate = false;
    try {
      await col("inbox").doc(conversationId).create({ type, payload_json: rawBody, signature_sha256: signatureHash, received_at: now() });
    } catch (error) {
      if ((error as { code?: number }).code !== 6) throw error; // 6 = ALREADY_EXISTS: we have this conversation
      // The same signed request again is a replay; a re-delivery is signed anew and is a harmless duplicate.
      const stored = await col("inbox").doc(conversationId).get();
      if (stored.get("signature_sha256") === signatureHash) {
        logs.webhookRejected({ reason: "replayed_signature" });
        return { status: 409, body: { error: { code: "already-exists", message: "This signed webhook was already received." } } };
      }
      duplicate = true;
    }
    logs.webhookReceived({ conversationId, type, duplicate });
    await markSessionEnded(conversationId, "webhook");
  } catch (error) {
    logs.webhookNotStored({ conversationId, errorName: error instanceof Error ? error.name : typeof error });
    return { status: 200, body: { received: true, stored: false } };
  }
  return { status: 200, body: { received: true } };
}

export const elevenLabsWebhook = onRequest({ secrets: [elevenLabsWebhookSecret], cors: false }, async (req, res) => {
  if (req.method !== "POST") {
    res.status(405).json({ error: { code: "method-not-allowed", message: "POST only." } });
    return;
  }
  try {
    const rawBody = req.rawBody?.toString("utf8") ?? "";
    const result = await receiveWebhook(rawBody, req.get("elevenlabs-signature"), elevenLabsWebhookSecret.value());
    res.status(result.status).json(result.body);
  } catch (error) {
    // Never 5xx: ElevenLabs would not retry, only count the failure towards disabling the webhook.
    // Nothing was stored or changed; the reconciler fetches the conversation later.
    logs.webhookNotStored({ conversationId: "unknown", errorName: error instanceof Error ? error.name : typeof error });
    res.status(200).json({ received: true, stored: false });
  }
});
