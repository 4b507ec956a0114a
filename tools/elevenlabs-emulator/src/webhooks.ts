// Post-call webhooks, signed the way ElevenLabs signs them:
//   ElevenLabs-Signature: t=<unix secs>,v0=<hex hmac-sha256(secret, "<t>.<raw body>")>
// (the check is in @elevenlabs/elevenlabs-js wrapper/webhooks.js, constructEvent).

import { createHmac } from "node:crypto";
import type { Conversation, Emulator, WebhookDelivery } from "./state.ts";
import { randomId } from "./state.ts";
import { conversationBody } from "./routes/conversations.ts";

export function signatureHeader(secret: string, body: string, t: number): string {
  return `t=${t},v0=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

async function attempt(em: Emulator, d: WebhookDelivery): Promise<boolean> {
  const t = em.nowSecs();
  const at = em.now();
  try {
    const res = await fetch(d.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "ElevenLabs-Webhooks/1.0 (local stand-in)",
        "ElevenLabs-Signature": signatureHeader(em.opts.webhookSecret, d.body, t),
      },
      body: d.body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    d.attempts.push({ at_ms: at, status: res.status, error: null });
    return res.status >= 200 && res.status < 300;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    d.attempts.push({ at_ms: at, status: null, error: err.cause?.code ?? err.message });
    return false;
  }
}

function deliver(em: Emulator, d: WebhookDelivery, delayMs: number): void {
  let tries = 0;
  const run = async () => {
    tries++;
    const ok = await attempt(em, d);
    if (ok) {
      d.state = "delivered";
      return;
    }
    if (tries >= em.opts.webhookMaxAttempts) {
      d.state = "failed";
      return;
    }
    em.setTimer(run, Math.min(30_000, em.opts.webhookRetryBaseMs * 2 ** (tries - 1)));
  };
  em.setTimer(run, delayMs);
}

/** Queues the post_call_transcription event for a conversation that just became `done`. */
export function sendPostCallTranscription(em: Emulator, c: Conversation): void {
  const url = em.opts.webhookUrl;
  if (!url) return;
  const payload = { type: "post_call_transcription", event_timestamp: em.nowSecs(), data: conversationBody(em, c) };
  const body = JSON.stringify(payload);
  const fault = em.faults.take("webhook", "POST", url, ["webhook_drop", "webhook_duplicate", "webhook_delay"]);
  const copies = fault?.kind === "webhook_duplicate" ? 2 : 1;
  for (let copy = 1; copy <= copies; copy++) {
    const d: WebhookDelivery = {
      id: `whd_${randomId(16)}`,
      type: payload.type,
      conversation_id: c.conversation_id,
      url,
      state: fault?.kind === "webhook_drop" ? "dropped" : "pending",
      copy,
      attempts: [],
      body,
    };
    em.webhookDeliveries.push(d);
    if (d.state === "dropped") continue;
    deliver(em, d, fault?.kind === "webhook_delay" ? (fault.ms ?? 0) : copy === 1 ? 0 : 50);
  }
}
