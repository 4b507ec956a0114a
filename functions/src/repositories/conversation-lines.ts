// The workspace's conversation lines (see domain/conversation-lines): `conversation_lines/{0..N-1}`,
// one token document per line in use, claimed in the start's admission transaction
// (repositories/rate-limits admitSessionStart) together with the patient's slot and hour.
import { randomUUID } from "node:crypto";
import type { LineToken } from "../domain/conversation-lines";
import { col, type Timestamp } from "../services/data";
import { firestoreModule } from "../services/firebase";

export interface StoredLine extends LineToken {
  claimId: string;
  updateTime: Timestamp;
}

export async function readLines(): Promise<StoredLine[]> {
  const snapshot = await col("conversationLines").get();
  return snapshot.docs.map((doc) => ({
    line: doc.id,
    claimId: doc.get("claim_id"),
    claimedAtMs: (doc.get("claimed_at") as Timestamp).toMillis(),
    sessionId: doc.get("session_id") ?? null,
    updateTime: doc.updateTime,
  }));
}

export const lineRef = (line: string) => col("conversationLines").doc(line);

export function claimFields(claimId: string) {
  return { claim_id: claimId, claimed_at: firestoreModule().Timestamp.now(), session_id: null };
}

export const newClaimId = () => randomUUID();

/** Ties the line to its session in the transaction that creates the session. */
export function bindLineInTx(tx: FirebaseFirestore.Transaction, line: string, sessionId: string) {
  tx.update(col("conversationLines").doc(line), { session_id: sessionId });
}

/** Gives a line back when no session came of it (the signed URL could not be minted). */
export async function releaseClaim(line: string, claimId: string): Promise<void> {
  const ref = col("conversationLines").doc(line);
  await ref.firestore.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (snapshot.get("claim_id") === claimId) tx.delete(ref);
  });
}
