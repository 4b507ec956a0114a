// Per-doctor daily spend at ElevenLabs: narrated characters and knowledge bytes. Pure decisions;
// the quotas repository keeps the day's counters.
export type SpendKind = "tts_characters" | "knowledge_bytes";

const WHAT: Record<SpendKind, { noun: string; unit: string }> = {
  tts_characters: { noun: "text-to-speech", unit: "characters" },
  knowledge_bytes: { noun: "knowledge upload", unit: "bytes" },
};

/** The UTC day a spend counts towards. */
export const spendDay = (nowMs: number) => new Date(nowMs).toISOString().slice(0, 10);

export type SpendDecision = { allowed: true } | { allowed: false; message: string };

export function decideSpend(kind: SpendKind, usedToday: number, requested: number, dailyLimit: number): SpendDecision {
  if (usedToday + requested <= dailyLimit) return { allowed: true };
  const { noun, unit } = WHAT[kind];
  const fmt = (n: number) => n.toLocaleString("en-US");
  return {
    allowed: false,
    message:
      `Daily ${noun} limit reached: ${fmt(usedToday)} of ${fmt(dailyLimit)} ${unit} used today, and this request needs ${fmt(requested)}. ` +
      "The limit resets at 00:00 UTC; an administrator can raise it.",
  };
}
