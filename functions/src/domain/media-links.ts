// Short-lived audio links: /audio/{id}/content?expires=<unix s>&signature=<hmac>. The link is a
// capability for one object until it expires; nothing permanent is ever handed out.
import { keyedDigest, sameDigest } from "./keyed-digest";

export type LinkCheck = "valid" | "expired" | "invalid";

export function audioLinkSignature(key: string, audioId: string, expiresAtSecs: number): string {
  return keyedDigest(key, "audio-link", `${audioId}:${expiresAtSecs}`);
}

export function checkAudioLink(key: string, audioId: string, expires: unknown, signature: unknown, nowSecs: number): LinkCheck {
  if (typeof expires !== "string" || !/^\d{1,12}$/.test(expires) || typeof signature !== "string" || !/^[0-9a-f]{64}$/.test(signature)) {
    return "invalid";
  }
  if (!sameDigest(audioLinkSignature(key, audioId, Number(expires)), signature)) return "invalid";
  return Number(expires) < nowSecs ? "expired" : "valid";
}
