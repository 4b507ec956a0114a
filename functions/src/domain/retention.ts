// How long a conversation's patient text is kept: the agent's own setting, never more than the
// project's maximum.
export function effectiveRetentionDays(agentRetentionDays: unknown, projectMaximumDays: number): number {
  const requested = typeof agentRetentionDays === "number" && Number.isFinite(agentRetentionDays) && agentRetentionDays >= 1 ? Math.floor(agentRetentionDays) : projectMaximumDays;
  return Math.min(requested, projectMaximumDays);
}

export const purgeAfterMs = (endedAtMs: number, retentionDays: number) => endedAtMs + retentionDays * 86_400_000;
