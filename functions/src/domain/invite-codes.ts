// Invite codes: 28 symbols from a 32-symbol alphabet (140 bits), shown in groups of four. The
// alphabet has no 0/O or 1/I, so a code read aloud or typed from paper survives.
export const INVITE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const INVITE_CODE_SYMBOLS = 28;
export const INVITE_CODE_BITS = INVITE_CODE_SYMBOLS * Math.log2(INVITE_CODE_ALPHABET.length);

/** Turns random bytes (at least INVITE_CODE_SYMBOLS of them) into a grouped code. */
export function inviteCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < INVITE_CODE_SYMBOLS) throw new Error(`need ${INVITE_CODE_SYMBOLS} random bytes`);
  // 256 is a multiple of 32: taking each byte modulo 32 keeps every symbol equally likely.
  const symbols = Array.from(bytes.subarray(0, INVITE_CODE_SYMBOLS), (b) => INVITE_CODE_ALPHABET[b % INVITE_CODE_ALPHABET.length]!);
  return symbols.join("").replace(/(.{4})(?=.)/g, "$1-");
}

/** The canonical form a digest is taken of: upper case, no separators. */
export function canonicalInviteCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}
