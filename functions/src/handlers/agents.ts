// Conversational agents: Firestore holds the doctor's configuration, ElevenLabs a synced copy.
import type { SaveAgentResponse } from "../contracts/agents";

import { elevenLabsApiKey } from "../config";
import { firstMessage, systemPrompt } from "../domain/prompts";
import { AppError, asUnknownVoice, parseInput } from "../errors";
import { logs } from "../logs";
import { col, deleteCounted, increment, isoTime, now, statsDoc, type DocumentData } from "../services/data";
import { db } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { actingDoctorId, assertOwnedBy, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { listOwnedRecords, loadOwnedRecord } from "./ownership";
import { contracts } from "./lazy-contracts";

interface KnowledgeRef {
  id: string;
  elevenLabsId: string;
  name: string;
  disease: string;
}

/** Every id must be the doctor's own, synced document; another doctor's id reads as forbidden. */
async function loadKnowledge(doctorId: string, knowledgeIds: string[]): Promise<KnowledgeRef[]> {
  const unique = [...new Set(knowledgeIds)];
  if (!unique.length) return [];
  const snapshots = await db().getAll(...unique.map((id) => col("knowledge").doc(id)));
  return snapshots.map((snapshot) => {
    const data = snapshot.data();
    if (!data) throw new AppError("invalidInput", `knowledge_ids: ${snapshot.id} does not exist`, [{ field: "knowledge_ids", problem: `${snapshot.id} does not exist` }]);
    if (data.doctor_id !== doctorId) throw new AppError("forbidden", "knowledge_ids must be your own documents.");
    if (data.sync_status !== "synced") {
      throw new AppError("failedPrecondition", `Knowledge document ${snapshot.id} is not synced to ElevenLabs yet; upload it again.`);
    }
    return { id: snapshot.id, elevenLabsId: data.elevenlabs_document_id, name: `${data.disease_name} - ${data.document_type}`, disease: data.disease_name };
  });
}

function elevenLabsConfig(agentId: string, record: DocumentData, knowledge: KnowledgeRef[]): elevenLabs.AgentConfig {
  const diseases = [...new Set(knowledge.map((k) => k.disease))];
  return {
    reference: agentId,
    elevenLabsAgentId: record.elevenlabs_agent_id ?? undefined,
    name: record.name,
    systemPrompt: systemPrompt(record.answer_style, diseases),
    firstMessage: firstMessage(record.answer_style),
    language: record.language ?? "en",
    voiceId: record.voice_id,
    knowledge: knowledge.map((k) => ({ id: k.elevenLabsId, name: k.name })),
    recordAudio: record.privacy?.record_audio ?? false,
    retentionDays: record.privacy?.retention_days ?? 90,
  };
}

export async function saveAgent(caller: Caller, data: unknown): Promise<SaveAgentResponse> {
  const input = parseInput(contracts().SaveAgentRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const knowledge = await loadKnowledge(doctorId, input.knowledge_ids);
  const privacy = input.privacy ?? { record_audio: false, retention_days: 90 };
  const fields = {
    doctor_id: doctorId,
    name: input.name,
    knowledge_ids: knowledge.map((k) => k.id),
    disease_names: [...new Set(knowledge.map((k) => k.disease))],
    voice_id: input.voice_id,
    answer_style: input.answer_style,
    language: input.language,
    privacy,
  };

  if (input.agent_id) {
    const ref = col("agents").doc(input.agent_id);
    const current = (await ref.get()).data();
    assertOwnedBy(current, doctorId, "agent");
    const record = { ...current, ...fields };
    await elevenLabs.createOrUpdateAgent(elevenLabsConfig(ref.id, record, knowledge));
    await ref.update({ ...fields, sync_status: "synced", updated_at: now() });
    logs.agentSaved({ agentId: ref.id, created: false });
    return { agent_id: ref.id };
  }

  const ref = col("agents").doc();
  let elevenLabsAgentId: string;
  try {
    elevenLabsAgentId = await elevenLabs.createOrUpdateAgent(elevenLabsConfig(ref.id, fields, knowledge));
  } catch (error) {
    throw asUnknownVoice(error);
  }
  await db().runTransaction(async (tx) => {
    tx.create(ref, { ...fields, elevenlabs_agent_id: elevenLabsAgentId, sync_status: "synced", created_at: now(), updated_at: now() });
    tx.set(statsDoc(doctorId), { counts: { agents: increment(1) } }, { merge: true });
  });
  logs.agentSaved({ agentId: ref.id, created: true });
  return { agent_id: ref.id };
}

/** Re-sends every agent that uses a knowledge document, after that document was replaced. */
export async function syncAgentsUsingKnowledge(knowledgeId: string): Promise<number> {
  const agents = await col("agents").where("knowledge_ids", "array-contains", knowledgeId).get();
  for (const agent of agents.docs) {
    const record = agent.data();
    const knowledge = await loadKnowledge(record.doctor_id, record.knowledge_ids);
    await elevenLabs.createOrUpdateAgent(elevenLabsConfig(agent.id, record, knowledge));
  }
  return agents.size;
}

function toView(id: string, data: DocumentData) {
  return {
    agent_id: id,
    doctor_id: data.doctor_id,
    name: data.name,
    knowledge_ids: data.knowledge_ids,
    disease_names: data.disease_names ?? [],
    voice_id: data.voice_id,
    answer_style: data.answer_style,
    language: data.language ?? "en",
    privacy: data.privacy,
    sync_status: data.sync_status,
    created_at: isoTime(data.created_at),
    updated_at: isoTime(data.updated_at),
  };
}

export async function listAgents(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await listOwnedRecords("agents", doctorId, input);
  return { agents: page.items.map((r) => toView(r.id, r.data)), next_cursor: page.next_cursor };
}

export async function getAgent(caller: Caller, data: unknown) {
  const { agent_id } = parseInput(contracts().AgentIdRequest, data);
  const { data: record } = await loadOwnedRecord("agents", agent_id, caller, "agent");
  return toView(agent_id, record);
}

export async function deleteAgent(caller: Caller, data: unknown) {
  const { agent_id } = parseInput(contracts().AgentIdRequest, data);
  const { ref, data: record } = await loadOwnedRecord("agents", agent_id, caller, "agent");
  if (record.elevenlabs_agent_id) await elevenLabs.deleteAgent(record.elevenlabs_agent_id);
  await deleteCounted(ref, record.doctor_id, "agents");
  return { deleted: true };
}

const doctorOnly = onlyFor("doctor", "admin");
export const agentOperations = {
  saveAgent: doctorOnly(saveAgent),
  listAgents: doctorOnly(listAgents),
  getAgent: doctorOnly(getAgent),
  deleteAgent: doctorOnly(deleteAgent),
};

const secrets = [elevenLabsApiKey];
export const saveAgentCallable = callable("saveAgent", agentOperations.saveAgent, { secrets });
export const listAgentsCallable = callable("listAgents", agentOperations.listAgents);
export const getAgentCallable = callable("getAgent", agentOperations.getAgent);
export const deleteAgentCallable = callable("deleteAgent", agentOperations.deleteAgent, { secrets });
