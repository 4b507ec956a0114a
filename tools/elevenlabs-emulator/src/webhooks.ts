// Post-call webhooks, signed the way ElevenLabs signs them:
//   ElevenLabs-Signature: t=<unix secs>,v0=<hex hmac-sha256(secret, "<t>.<raw body>")>
// (the check is in @elevenlabs/elevenlabs-js wrapper/webhooks.js, constructEvent).
//
// Delivery follows ElevenLabs' webhook rules: one attempt per event (retries are off unless enabled),
// retries only for 5xx/429/408, and a webhook with 10 or more consecutive failures is auto-disabled
// when it never succeeded or last succeeded more than 7 days ago. A success resets the count.

import { createHmac } from "node:crypto";
import type { Conversation, Emulator, WebhookDelivery } from "./state.ts";
import { randomId } from "./state.ts";
import { conversationBody } from "./routes/conversations.ts";

export const AUTO_DISABLE_FAILURES = 10;
export const AUTO_DISABLE_SINCE_SUCCESS_MS = 7 * 24 * 3600 * 1000;
/** Attempts when retries are enabled through PATCH /v1/workspace/webhooks/{id}: the first plus up to 5 retries. */
export const RETRY_ENABLED_ATTEMPTS = 6;

export function maxAttempts(em: Emulator): number {
  if (em.opts.webhookMaxAttempts > 1) return em.opts.webhookMaxAttempts;
  return em.webhook.retry_enabled ? RETRY_ENABLED_ATTEMPTS : 1;
}

export function signatureHeader(secret: string, body: string, t: number): string {
  return `t=${t},v0=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

/** Only these failures are retried (when retries are on); other 4xx are configuration errors. */
function retryable(status: number | null): boolean {
  return status === null || status >= 500 || status === 429 || status === 408;
}

function recordOutcome(em: Emulator, ok: boolean, status: number | null): void {
  const w = em.webhook;
  if (ok) {
    w.consecutive_failures = 0;
    w.last_success_at_ms = em.now();
    return;
  }
  w.consecutive_failures++;
  w.most_recent_failure_error_code = status;
  w.most_recent_failure_at_ms = em.now();
  const staleSuccess = w.last_success_at_ms === null || em.now() - w.last_success_at_ms > AUTO_DISABLE_SINCE_SUCCESS_MS;
  if (w.consecutive_failures >= AUTO_DISABLE_FAILURES && staleSuccess) w.is_auto_disabled = true;
}

async function attempt(em: Emulator, d: WebhookDelivery): Promise<{ ok: boolean; status: number | null }> {
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
    return { ok: res.status >= 200 && res.status < 300, status: res.status };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    d.attempts.push({ at_ms: at, status: null, error: err.cause?.code ?? err.message });
    return { ok: false, status: null };
  }
}

function webhookOff(em: Emulator): boolean {
  return em.webhook.is_disabled || em.webhook.is_auto_disabled;
}

function deliver(em: Emulator, d: WebhookDelivery, delayMs: number): void {
  let tries = 0;
  const run = async () => {
    if (webhookOff(em)) {
      d.state = "skipped_disabled";
      return;
    }
    tries++;
    const { ok, status } = await attempt(em, d);
    recordOutcome(em, ok, status);
    if (ok) {
      d.state = "delivered";
      return;
    }
    if (tries >= maxAttempts(em) || !retryable(status) || webhookOff(em)) {
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
      state: fault?.kind === "webhook_drop" ? "dropped" : webhookOff(em) ? "skipped_disabled" : "pending",
      copy,
      attempts: [],
      body,
    };
    em.webhookDeliveries.push(d);
    if (d.state !== "pending") continue;
    deliver(em, d, fault?.kind === "webhook_delay" ? (fault.ms ?? 0) : copy === 1 ? 0 : 50);
  }
}

/** The webhook as GET /v1/workspace/webhooks reports it. */
export function workspaceWebhookBody(em: Emulator): Record<string, unknown> {
  const w = em.webhook;
  const out: Record<string, unknown> = {
    name: w.name,
    webhook_id: w.webhook_id,
    webhook_url: em.opts.webhookUrl ?? "",
    is_disabled: w.is_disabled,
    is_auto_disabled: w.is_auto_disabled,
    created_at_unix: w.created_at_unix,
    auth_type: "hmac",
    usage: [{ usage_type: "ConvAI Settings" }],
  };
  if (w.most_recent_failure_error_code !== null) out.most_recent_failure_error_code = w.most_recent_failure_error_code;
  if (w.most_recent_failure_at_ms !== null) out.most_recent_failure_timestamp = Math.floor(w.most_recent_failure_at_ms / 1000);
  return out;
}

/** The control API's view: the public fields plus the counters that decide auto-disabling. */
export function webhookStateBody(em: Emulator): Record<string, unknown> {
  const w = em.webhook;
  return {
    url: em.opts.webhookUrl ?? null,
    webhook_id: w.webhook_id,
    enabled: !w.is_disabled && !w.is_auto_disabled,
    is_disabled: w.is_disabled,
    is_auto_disabled: w.is_auto_disabled,
    consecutive_failures: w.consecutive_failures,
    auto_disable_after_failures: AUTO_DISABLE_FAILURES,
    last_success_at_ms: w.last_success_at_ms,
    most_recent_failure_error_code: w.most_recent_failure_error_code,
    most_recent_failure_at_ms: w.most_recent_failure_at_ms,
    retry_enabled: maxAttempts(em) > 1,
    max_attempts: maxAttempts(em),
  };
}
