// Whether a patient may start another voice session: at most N starts per rolling hour and at most
// M sessions open at once. Pure: the rate-limits repository keeps one document per open slot
// (created atomically, so parallel starts cannot take the same place without any transaction
// retry) and one document with the hour's starts, changed in a transaction that at most M
// starts contend for.

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

/** A slot taken before `nowMs - openSlotMaxMs` belongs to a session that cannot be open any more. */
export const isStaleSlot = (takenAtMs: number, nowMs: number, limits: SessionLimits) => takenAtMs <= nowMs - limits.openSlotMaxMs;

export const concurrentLimitMessage = (limits: SessionLimits) =>
  `A patient may have at most ${limits.maxConcurrent} sessions open at once; end a session, or wait for it to end, and try again.`;

export type HourlyAdmission = { admitted: true; starts: string[] } | { admitted: false; message: string; starts: string[] };

/** The hour's starts ("ms:slot" entries) with this one added, or a refusal once the hour is full. */
export function admitHourly(starts: readonly string[] | undefined, nowMs: number, startId: string, limits: SessionLimits): HourlyAdmission {
  const recent = (starts ?? []).filter((entry) => Number(entry.split(":")[0]) > nowMs - HOUR_MS);
  if (recent.length >= limits.startsPerHour) {
    return { admitted: false, message: `A patient may start at most ${limits.startsPerHour} sessions per hour; please try again later.`, starts: recent };
  }
  return { admitted: true, starts: [...recent, `${nowMs}:${startId}`] };
}

/** A start that never produced a session (ElevenLabs failed) does not count towards the hour. */
export const withoutStart = (starts: readonly string[], startId: string) => starts.filter((entry) => !entry.endsWith(`:${startId}`));
