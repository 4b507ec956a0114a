// The workspace's conversation lines: ElevenLabs lets a plan hold N agent conversations open at
// once and refuses the next one (429 too_many_concurrent_requests) when the patient connects. A
// session therefore takes one of N lines before its signed URL is minted, so a patient is told
// "all lines are busy" at start instead of being refused after the app opened the call.
// A line is a token document; whether it is still in use is read from its session, so ending a
// session costs no extra write: lines are taken back when a start finds them all held.

/** ElevenLabs' signed URLs must be used within 15 minutes. */
export const SIGNED_URL_VALID_MS = 15 * 60_000;
/** A line claimed but never tied to a session (the start crashed) is free again after this. */
export const UNBOUND_CLAIM_GRACE_MS = 2 * 60_000;
/** A session ElevenLabs still has no conversation for after this long was refused or never opened. */
export const CONNECT_GRACE_MS = 60_000;

export interface LineToken {
  line: string;
  claimedAtMs: number;
  sessionId: string | null;
}

export interface LineHolder {
  status: string;
  startedAtMs: number;
  maxDurationSeconds: number;
}

/** Line ids are "0" .. "limit-1"; returns the ones no token holds, in a random order (fewer collisions). */
export function unclaimedLines(limit: number, tokens: LineToken[], random: () => number = Math.random): string[] {
  const held = new Set(tokens.map((t) => t.line));
  const free = Array.from({ length: limit }, (_, i) => String(i)).filter((line) => !held.has(line));
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  return free;
}

/**
 * `free`: the line can be taken back now; `held`: in use; `ask`: only ElevenLabs knows whether the
 * session's conversation is open (ask it, then decide with `lineFreeAfterCheck`).
 */
export function lineState(token: LineToken, holder: LineHolder | undefined, nowMs: number): "free" | "held" | "ask" {
  if (token.sessionId === null) return nowMs - token.claimedAtMs > UNBOUND_CLAIM_GRACE_MS ? "free" : "held";
  if (!holder || holder.status !== "active") return "free";
  // Past the URL's validity plus the call's maximum duration, no conversation can still be open.
  if (nowMs > holder.startedAtMs + SIGNED_URL_VALID_MS + holder.maxDurationSeconds * 1000) return "free";
  return nowMs - holder.startedAtMs > CONNECT_GRACE_MS ? "ask" : "held";
}

export type ConversationCheck = "not_connected" | "ended" | "open";

/** What ElevenLabs' answer about a line's conversation means: null is "no such conversation". */
export function conversationCheck(status: string | null): ConversationCheck {
  if (status === null) return "not_connected";
  return status === "done" || status === "failed" || status === "processing" ? "ended" : "open";
}

export function busyMessage(limit: number, plan: string): string {
  return (
    `All ${limit} conversation lines of the clinic's ElevenLabs plan (${plan}) are in use right now. ` +
    "Please try again in a few minutes."
  );
}
