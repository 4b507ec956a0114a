// Dashboard statistics, the one place their documents are computed and written:
//   doctor_stats/{doctor}                       document counts (knowledge, agents, audio, patients)
//   doctor_stats/{doctor}/shards/{0..15}        counters of finished conversations, by hashing the session id
//   doctor_stats/{doctor}/knowledge_gaps/{key}  one de-identified question and its count
// A conversation's statistics are applied in their own transaction, after its summary and alert
// have committed, exactly once (the session's stats_status is the marker), and taken away again
// by erasure (everything) or retention (its knowledge gaps). A shard that cannot be written delays
// the dashboard; it never touches a summary or an alert.
import type { DocumentReference, Timestamp } from "firebase-admin/firestore";
import { gapContributions, negatedDelta, outcomeDelta, type ShardDelta } from "../domain/stats";
import { countChange, deleteField, increment, now, STATS_SHARDS, STATS_SUBCOLLECTIONS, statsDoc, statsShard, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";
import { readSessionInTx, sessionRef, type StatsInput } from "./sessions";

export interface KnowledgeGapDocument {
  /** De-identified question sentence (domain/deidentify); never a patient id or the turn around it. */
  question: string;
  count: number;
  last_seen_at: Timestamp;
}

/** The dashboard's document counts (knowledge, agents, audio, patients), kept in one document. */
export const countDocumentChange = countChange;

/** Spreads one doctor's conversation ends over the shards, so no document takes every write. */
export function shardFor(sessionId: string): number {
  let hash = 0;
  for (const char of sessionId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % STATS_SHARDS;
}

const gapsOf = (doctorId: string) => statsDoc(doctorId).collection(STATS_SUBCOLLECTIONS.gaps);
const gapRef = (doctorId: string, key: string) => gapsOf(doctorId).doc(key) as DocumentReference<KnowledgeGapDocument>;

function nested(delta: ShardDelta): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split(".");
    let node = target;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  };
  for (const [path, value] of Object.entries(delta.increments)) put(path, increment(value));
  for (const [path, value] of Object.entries(delta.texts)) put(path, value);
  return target;
}

const deltaOf = (input: StatsInput) =>
  outcomeDelta({
    agentId: input.agent_id,
    diseaseNames: input.disease_names,
    day: input.day,
    durationSeconds: input.duration_seconds,
    answered: input.answered,
    unanswered: input.unanswered,
    attention: input.attention,
  });

const countKeys = (keys: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/** Applies a finished conversation's statistics once; "skipped" when there is nothing (left) to apply. */
export async function applySessionStats(sessionId: string): Promise<"applied" | "skipped"> {
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, sessionId);
    if (!session || session.stats_status !== "pending" || !session.stats_input) return "skipped";
    const input = session.stats_input;
    tx.set(statsShard(session.doctor_id, shardFor(sessionId)), nested(deltaOf(input)), { merge: true });
    if (!session.gaps_removed) {
      for (const gap of gapContributions(input.gap_questions)) {
        tx.set(gapRef(session.doctor_id, gap.key), { question: gap.question, count: increment(gap.count) as unknown as number, last_seen_at: now() }, { merge: true });
      }
    }
    // Once applied, the session keeps only the gap keys: enough to take them away again.
    tx.update(sessionRef(sessionId), { stats_status: "applied", "stats_input.gap_questions": [], stats_error: deleteField() });
    return "applied";
  });
}

/** After a failed attempt: when to try again (1, 2, 5, 10, then every 30 minutes). */
const STATS_RETRY_MS = [60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000];

export async function recordStatsFailure(sessionId: string, attemptsSoFar: number, reason: string): Promise<void> {
  const delay = STATS_RETRY_MS[Math.min(attemptsSoFar, STATS_RETRY_MS.length - 1)]!;
  await sessionRef(sessionId)
    .update({ stats_attempts: increment(1), stats_next_attempt_at: timestampFromMillis(Date.now() + delay), stats_error: reason })
    .catch(() => undefined); // the session may be gone (erased); then there is nothing to retry
}

/**
 * Takes a conversation out of the statistics. "all" (erasure): counters and gaps, and a
 * conversation whose statistics were not applied yet never will be. "gaps" (retention): only its
 * knowledge gaps; its counters stay. Idempotent.
 */
export async function revertSessionStats(sessionId: string, scope: "all" | "gaps"): Promise<boolean> {
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, sessionId);
    if (!session?.stats_status) return false;
    const input = session.stats_input;
    const applied = session.stats_status === "applied";
    const gapKeys = applied && input && !session.gaps_removed ? countKeys(input.gap_keys ?? []) : new Map<string, number>();
    const gapDocs = gapKeys.size ? await tx.getAll(...[...gapKeys.keys()].map((key) => gapRef(session.doctor_id, key))) : [];
    for (const doc of gapDocs) {
      const remaining = ((doc.data() as KnowledgeGapDocument | undefined)?.count ?? 0) - gapKeys.get(doc.id)!;
      // The question text goes with its last occurrence.
      if (remaining <= 0) tx.delete(doc.ref);
      else tx.update(doc.ref, { count: increment(-gapKeys.get(doc.id)!) });
    }
    if (scope === "all") {
      if (applied && input) tx.set(statsShard(session.doctor_id, shardFor(sessionId)), nested(negatedDelta(deltaOf(input))), { merge: true });
      if (session.stats_status === "applied" || session.stats_status === "pending") {
        tx.update(sessionRef(sessionId), { stats_status: applied ? "reverted" : "cancelled", "stats_input.gap_questions": [], "stats_input.gap_keys": [] });
      }
    } else if (!session.gaps_removed) {
      tx.update(sessionRef(sessionId), { gaps_removed: true, "stats_input.gap_questions": [], "stats_input.gap_keys": [] });
    }
    return true;
  });
}

export interface StoredDashboard {
  countsDoc: Record<string, never> | undefined;
  shards: Record<string, never>[];
  gaps: { question: string; count: number }[];
}

/** 17 documents and the top gaps, read at once: the same reads whatever the number of sessions. */
export async function readDashboardDocuments(doctorId: string, topGaps: number): Promise<StoredDashboard> {
  const refs = [statsDoc(doctorId), ...Array.from({ length: STATS_SHARDS }, (_, i) => statsShard(doctorId, i))];
  const [documents, gaps] = await Promise.all([db().getAll(...refs), gapsOf(doctorId).orderBy("count", "desc").limit(topGaps).get()]);
  const [main, ...shards] = documents;
  return {
    countsDoc: main?.data() as Record<string, never> | undefined,
    shards: shards.map((s) => (s.data() ?? {}) as Record<string, never>),
    gaps: gaps.docs.map((d) => ({ question: String(d.get("question") ?? ""), count: Number(d.get("count") ?? 0) })),
  };
}

