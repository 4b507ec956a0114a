// Retention: what is deleted when a conversation's patient text reaches its age (the agent's
// retention, clamped to the project's maximum). Per session: the summary, the alert and the
// inbox copy; the session itself stays as a record without text. Sweeps by age catch any copy
// without a session clock (records from before the clock existed).
import type { DocumentReference, Timestamp } from "firebase-admin/firestore";
import { col, now } from "../services/data";
import { db } from "../services/firebase";
import { alertRef, alertRefsCreatedBefore } from "./alerts";
import { inboxRef, inboxRefsReceivedBefore } from "./inbox";
import { sessionRef, type Session } from "./sessions";
import { summaryRef } from "./summaries";

/** Deletes one conversation's patient text and marks the session purged; returns documents deleted. */
export async function purgeConversationText(session: Session): Promise<number> {
  const related = [summaryRef(session.id), alertRef(session.id), inboxRef(session.conversation_id)] as DocumentReference[];
  const existing = (await db().getAll(...related)).filter((s) => s.exists);
  const batch = db().batch();
  for (const doc of existing) batch.delete(doc.ref);
  batch.update(sessionRef(session.id), { retention_state: "purged", retention_purged_at: now() });
  await batch.commit();
  return existing.length;
}

export async function summaryRefsEndedBefore(cutoff: Timestamp, limit: number) {
  return (await col("summaries").where("ended_at", "<", cutoff).orderBy("ended_at").select().limit(limit).get()).docs.map((d) => d.ref);
}

export { alertRefsCreatedBefore, inboxRefsReceivedBefore };

export async function deleteRefs(refs: DocumentReference[]): Promise<number> {
  for (let i = 0; i < refs.length; i += 400) {
    const batch = db().batch();
    for (const ref of refs.slice(i, i + 400)) batch.delete(ref);
    await batch.commit();
  }
  return refs.length;
}
