// Owns Cloud Tasks: the narration queue that the `narrationJobs` task function serves. Locally
// the Cloud Tasks emulator (CLOUD_TASKS_EMULATOR_HOST) runs it with the same rate limits.
import type { TaskQueue } from "firebase-admin/functions";
import { adminApp } from "./firebase";

/** The deployed name of the task function (index.ts exports it under this name). */
export const NARRATION_QUEUE_FUNCTION = "narrationJobs";
/** Cloud Tasks' longest dispatch deadline; the task function's timeout matches it. */
export const NARRATION_DISPATCH_DEADLINE_SECONDS = 1800;

export interface NarrationTask {
  audio_id: string;
  /** The script travels with the task (at most 100,000 characters, well under the 1 MB task limit). */
  script: string;
}

let queue: TaskQueue<NarrationTask> | undefined;
function narrationQueue(): TaskQueue<NarrationTask> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy: only narration enqueues
  const { getFunctions } = require("firebase-admin/functions") as typeof import("firebase-admin/functions");
  queue ??= getFunctions(adminApp()).taskQueue<NarrationTask>(NARRATION_QUEUE_FUNCTION);
  return queue;
}

/** One task per audio record: the record id is the task id, so a repeated enqueue cannot run it twice. */
export async function enqueueNarration(task: NarrationTask): Promise<void> {
  await narrationQueue().enqueue(task, { id: task.audio_id, dispatchDeadlineSeconds: NARRATION_DISPATCH_DEADLINE_SECONDS });
}

/** Removes a task that has not started; one already running notices its record is gone. */
export async function cancelNarration(audioId: string): Promise<void> {
  await narrationQueue().delete(audioId);
}
