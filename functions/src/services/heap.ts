// Owns the V8 heap's collection timing, for the one path that streams tens of MiB through this
// process: narration. V8 frees Buffers (socket reads, finished audio parts) only once their
// external memory has grown by about 64 MiB since the last full collection, so a long narration
// would otherwise peak that much above a short one. A byte budget triggers the collection sooner.
let collect: NodeJS.GCFunction | null | undefined;

/** The collector, exposed once (`--expose-gc` set at run time); null if this runtime refuses it. */
function collector(): NodeJS.GCFunction | null {
  if (collect !== undefined) return collect;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- only narration ever needs it
    const v8 = require("node:v8") as typeof import("node:v8");
    v8.setFlagsFromString("--expose-gc");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    collect = (require("node:vm") as typeof import("node:vm")).runInNewContext("gc") as NodeJS.GCFunction;
  } catch {
    collect = null;
  }
  return collect;
}

export interface ExternalMemoryBudget {
  /** Call after a large Buffer was handed on, with what the caller still holds; collects past the slack. */
  settle(liveBytes: number): void;
  /** Call after reading a large response: a young-generation collection frees its read buffers (~2 ms). */
  settleYoung(): void;
  collections: number;
}

/** Keeps Buffer memory (`arrayBuffers`) within what the caller holds plus `slackBytes` of garbage. */
export function externalMemoryBudget(slackBytes: number): ExternalMemoryBudget {
  const gc = collector();
  const budget = {
    collections: 0,
    settle(liveBytes: number) {
      if (!gc || process.memoryUsage().arrayBuffers <= liveBytes + slackBytes) return;
      gc();
      budget.collections++;
    },
    settleYoung() {
      gc?.({ type: "minor" });
    },
  };
  return budget;
}
