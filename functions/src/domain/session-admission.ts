// Whether a patient may start another voice session: at most N starts per rolling hour and at most
// M sessions open at once. Pure: the session-limits repository runs it inside one transaction on
// the patient's limiter document, so parallel starts cannot both take the last place.

export interface LimiterState {
  /** Start times (ms) within the last hour, each tagged with its slot: "ms:slot". */
  starts: string[];
  /** Open sessions by slot id: when each started (ms). */
  open: Record<string, number>;
}

export interface SessionLimits {
  startsPerHour: number;
  maxConcurrent: number;
  /**
   * An open slot whose session never ended is freed after this long: a signed URL must be used
   * within 15 minutes and ElevenLabs ends a conversation after its maximum duration (10 minutes by
   * default), so no session can still be talking after 30.
   */
  openSlotMaxMs: number;
}

export const HOUR_MS = 3_600_000;

export type Admission =
  | { admitted: true; state: LimiterState }
  | { admitted: false; reason: "hourly_limit" | "concurrent_limit"; message: string; state: LimiterState };

/** Drops starts older than an hour and slots older than openSlotMaxMs. */
export function pruned(state: Partial<LimiterState> | undefined, nowMs: number, limits: SessionLimits): LimiterState {
  const starts = (state?.starts ?? []).filter((entry) => Number(entry.split(":")[0]) > nowMs - HOUR_MS);
  const open = Object.fromEntries(Object.entries(state?.open ?? {}).filter(([, startedMs]) => startedMs > nowMs - limits.openSlotMaxMs));
  return { starts, open };
}

export function admitSessionStart(state: Partial<LimiterState> | undefined, nowMs: number, slotId: string, limits: SessionLimits): Admission {
  const current = pruned(state, nowMs, limits);
  if (current.starts.length >= limits.startsPerHour) {
    return {
      admitted: false,
      reason: "hourly_limit",
      message: `A patient may start at most ${limits.startsPerHour} sessions per hour; please try again later.`,
      state: current,
    };
  }
  if (Object.keys(current.open).length >= limits.maxConcurrent) {
    return {
      admitted: false,
      reason: "concurrent_limit",
      message: `A patient may have at most ${limits.maxConcurrent} sessions open at once; end a session, or wait for it to end, and try again.`,
      state: current,
    };
  }
  return { admitted: true, state: { starts: [...current.starts, `${nowMs}:${slotId}`], open: { ...current.open, [slotId]: nowMs } } };
}

/** A start that never produced a session (ElevenLabs failed) gives back both its start and its slot. */
export function withdrawn(state: LimiterState, slotId: string): LimiterState {
  const open = { ...state.open };
  delete open[slotId];
  return { starts: state.starts.filter((entry) => !entry.endsWith(`:${slotId}`)), open };
}
