// The workspace's conversation lines (see domain/conversation-lines): `conversation_lines/{0..N-1}`,
// one token document per line in use, created atomically (create fails if the line is taken).
import { randomUUID } from "node:crypto";
import type { LineToken } from "../domain/conversation-lines";
import { col, type Timestamp } from "../services/data";
import { firestoreModule } from "../services/firebase";

export interface StoredLine extends LineToken {
  claimId: string;
  updateTime: Timestamp;
}

const ALREADY_EXISTS = 6;
const FAILED_PRECONDITION = 9;
const isConflict = (error: unknown) => [ALREADY_EXISTS, FAILED_PRECONDITION].includes((error as { code?: number }).code ?? -1);

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

function claimFields(claimId: string) {
  return { claim_id: claimId, claimed_at: firestoreModule().Timestamp.now(), session_id: null };
}

/** Takes a free line; false when another start took it first. */
export async function claimFreeLine(line: string, claimId: string): Promise<boolean> {
  try {
    await col("conversationLines").doc(line).create(claimFields(claimId));
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/** Takes back a line whose holder is gone, only if nobody changed it since it was read. */
export async function reclaimLine(stored: StoredLine, claimId: string): Promise<boolean> {
  try {
    await col("conversationLines").doc(stored.line).update(claimFields(claimId), { lastUpdateTime: stored.updateTime });
    return true;
  } catch (error) {
    if (isConflict(error) || (error as { code?: number }).code === 5) return false; // 5: deleted meanwhile
    throw error;
  }
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
