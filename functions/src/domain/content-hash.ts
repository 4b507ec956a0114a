import { createHash } from "node:crypto";

/** Same text, same hash: trailing spaces and line endings do not make a new version. */
export function contentHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}

export function shortId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20)}`;
}
