// Keyed digests (HMAC-SHA256) for values we must recognise but never store: invite codes, the
// audit log's patient pseudonyms, client addresses, audio link signatures. A `purpose` separates
// the uses, so a digest made for one can never be replayed as another.
import { createHmac, timingSafeEqual } from "node:crypto";

export type DigestPurpose = "invite-code" | "audit-subject" | "client-ip" | "audio-link" | "erased-conversation";

export function keyedDigest(key: string, purpose: DigestPurpose, value: string): string {
  if (!key) throw new Error(`No key configured for ${purpose} digests`);
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`).digest("hex");
}

/** A stable pseudonym: 128 bits of the digest, readable as one. */
export function pseudonym(key: string, purpose: DigestPurpose, value: string): string {
  return `ps_${keyedDigest(key, purpose, value).slice(0, 32)}`;
}

/** Constant-time comparison of two hex digests of any length. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
