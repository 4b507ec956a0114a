// Agents (agents/{agentId}): the doctor's configuration; ElevenLabs holds a synced copy. The
// create and the dashboard's agent count commit together; the count falls in deleteCountedRecord.
import type { Timestamp } from "firebase-admin/firestore";
import { col, increment, now, statsDoc } from "../services/data";
import { db } from "../services/firebase";
import { doctorOf, doctorRef, type DoctorDocument } from "./doctors";
import { knowledgeRecordOf, knowledgeRef, type KnowledgeRecord } from "./knowledge";

export interface AgentPrivacy {
  record_audio: boolean;
  retention_days: number;
}

/** The fields a doctor sets when saving an agent. */
export interface AgentFields {
  doctor_id: string;
  name: string;
  knowledge_ids: string[];
  /** Documents the agent lists but does not have yet (still indexing, or a failed first version). */
  pending_knowledge_ids: string[];
  knowledge_pending: boolean;
  disease_names: string[];
  voice_id: string;
  answer_style: string;
  language?: string;
  max_duration_seconds?: number | null;
  privacy?: AgentPrivacy;
}

export interface AgentDocument extends AgentFields {
  elevenlabs_agent_id?: string | null;
  sync_status: "synced" | "failed" | "pending";
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AgentRecord {
  id: string;
  data: AgentDocument;
}

const agentRef = (agentId: string) => col("agents").doc(agentId);
const records = (snapshot: FirebaseFirestore.QuerySnapshot): AgentRecord[] => snapshot.docs.map((doc) => ({ id: doc.id, data: doc.data() as AgentDocument }));

/** An id for an agent not written yet (sent to ElevenLabs as the reference before the record exists). */
export const newAgentId = () => col("agents").doc().id;

export async function readAgent(agentId: string): Promise<AgentDocument | undefined> {
  const snapshot = await agentRef(agentId).get();
  return snapshot.exists ? (snapshot.data() as AgentDocument) : undefined;
}

/**
 * What saving an agent reads, in one batched read: the agent being updated (if any), the doctor
 * whose name fills its prompt, and the knowledge documents it is given.
 */
export async function readAgentSaveSources(
  agentId: string | undefined,
  doctorId: string,
  knowledgeIds: string[],
): Promise<{ agent: AgentDocument | undefined; doctor: DoctorDocument | undefined; knowledge: KnowledgeRecord[] }> {
  const [doctor, ...rest] = await db().getAll(
    doctorRef(doctorId),
    ...knowledgeIds.map(knowledgeRef),
    ...(agentId ? [agentRef(agentId)] : []),
  );
  const knowledge = rest.slice(0, knowledgeIds.length).map(knowledgeRecordOf);
  const agent = agentId ? rest[knowledgeIds.length] : undefined;
  return {
    agent: agent?.exists ? (agent.data() as AgentDocument) : undefined,
    doctor: doctor ? doctorOf(doctor) : undefined,
    knowledge,
  };
}

/** The new agent and the doctor's agent count, in one transaction. */
export async function createAgent(agentId: string, fields: AgentFields, elevenLabsAgentId: string): Promise<void> {
  await db().runTransaction(async (tx) => {
    tx.create(agentRef(agentId), { ...fields, elevenlabs_agent_id: elevenLabsAgentId, sync_status: "synced", created_at: now(), updated_at: now() });
    tx.set(statsDoc(fields.doctor_id), { counts: { agents: increment(1) } }, { merge: true });
  });
}

export async function updateAgentFields(agentId: string, fields: AgentFields): Promise<void> {
  await agentRef(agentId).update({ ...fields, sync_status: "synced", updated_at: now() });
}

export async function setPendingKnowledge(agentId: string, pending: string[]): Promise<void> {
  await agentRef(agentId).update({ pending_knowledge_ids: pending, knowledge_pending: pending.length > 0, updated_at: now() });
}

export async function agentsUsingKnowledge(knowledgeId: string): Promise<AgentRecord[]> {
  return records(await col("agents").where("knowledge_ids", "array-contains", knowledgeId).get());
}

export async function isKnowledgeUsedByAnyAgent(knowledgeId: string): Promise<boolean> {
  return !(await col("agents").where("knowledge_ids", "array-contains", knowledgeId).limit(1).get()).empty;
}

export async function agentsWaitingForKnowledge(limit: number): Promise<AgentRecord[]> {
  return records(await col("agents").where("knowledge_pending", "==", true).limit(limit).get());
}
