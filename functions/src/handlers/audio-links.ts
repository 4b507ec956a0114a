// Short-lived audio links (domain/media-links): what the API hands out instead of a permanent
// download URL. The link leads to GET /api/audio/{id}/content, which checks it.
import { audioLinkTtlSeconds, mediaLinkKey, publicApiBaseUrl } from "../config";
import { audioLinkSignature, checkAudioLink, type LinkCheck } from "../domain/media-links";

export function audioLink(audioId: string, nowMs = Date.now()): string {
  const expires = Math.floor(nowMs / 1000) + audioLinkTtlSeconds.value();
  const signature = audioLinkSignature(mediaLinkKey.value(), audioId, expires);
  return `${publicApiBaseUrl.value().replace(/\/+$/, "")}/audio/${encodeURIComponent(audioId)}/content?expires=${expires}&signature=${signature}`;
}

export function verifyAudioLink(audioId: string, expires: unknown, signature: unknown): LinkCheck {
  return checkAudioLink(mediaLinkKey.value(), audioId, expires, signature, Math.floor(Date.now() / 1000));
}
