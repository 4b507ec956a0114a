// The ElevenLabs post-call webhook. The raw payload is written to the inbox (keyed by
// conversation id), with the session's end, before we answer 200: for zero-retention agents it
// is the only copy. Events for conversations we did not start, or whose patient is erased or
// being erased, are acknowledged and dropped.
// Every authentic event gets 200, even when it could not be stored: ElevenLabs does not retry a
// failed delivery, and after 10 consecutive failures it disables the webhook for every agent. What
// could not be stored, the reconciler fetches from ElevenLabs (sessions with no end signal).
import { onRequest } from "firebase-functions/v2/https";
import { elevenLabsWebhookSecret, retentionDays } from "../config";
import { logs } from "../logs";
import { storeWebhookEvent } from "../repositories/inbox";
import { verifyWebhook } from "../services/elevenlabs";

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
  let event: { type?: unknown; event_timestamp?: unknown; data?: { conversation_id?: unknown } };
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
  // The event's identity: its type, conversation and event_timestamp. The same event again (a
  // replay inside the signature's tolerance, or a re-delivery signed anew) changes nothing.
  const eventTimestamp = typeof event.event_timestamp === "number" && Number.isFinite(event.event_timestamp) ? event.event_timestamp : null;
  let result: Awaited<ReturnType<typeof storeWebhookEvent>>;
  try {
    result = await storeWebhookEvent(conversationId, type, eventTimestamp, rawBody, retentionDays.value());
  } catch (error) {
    logs.webhookNotStored({ conversationId, errorName: error instanceof Error ? error.name : typeof error });
    return { status: 200, body: { received: true, stored: false } };
  }
  logs.webhookReceived({ conversationId, type, result });
  if (result === "stored") logs.sessionEnded({ sessionId: conversationId, source: "webhook" });
  // Acknowledged either way: a conversation that is not ours, or whose patient was erased, is dropped.
  return { status: 200, body: { received: true, ...(result.startsWith("duplicate") ? { duplicate: true } : {}) } };
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
