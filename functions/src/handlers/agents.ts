// Conversational agents: Firestore holds the doctor's configuration, ElevenLabs a synced copy.
// An agent is given only the knowledge documents whose RAG index has succeeded; documents still
// indexing are listed on the record (`pending_knowledge_ids`) and attached when they are ready.
import type { SaveAgentResponse } from "../contracts/agents";

import { elevenLabsApiKey, flagToolKey, resolvedFlagToolUrl, retentionDays } from "../config";
import { agentVariableValues, firstMessage, systemPrompt, unsetPromptVariables } from "../domain/prompts";
import { effectiveRetentionDays } from "../domain/retention";
import { flagToolToken } from "../domain/triage-signals/agent-config";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { agentsUsingKnowledge, agentsWaitingForKnowledge, createAgent, newAgentId, readAgent, readAgentSaveSources, setPendingKnowledge, updateAgentFields, type AgentDocument, type AgentFields } from "../repositories/agents";
import { readDoctor } from "../repositories/doctors";
import { readKnowledgeMany, type KnowledgeRecord } from "../repositories/knowledge";
import { deleteCountedRecord } from "../repositories/owned-records";
import { isoTime, type DocumentData } from "../services/data";
import * as elevenLabs from "../services/elevenlabs";
import { actingDoctorId, assertOwnedBy, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { listOwnedRecords, loadOwnedRecord } from "./ownership";
import { contracts } from "./lazy-contracts";

export interface KnowledgeRef {
  id: string;
  /** The version agents may use now; null while the first version is still indexing. */
  elevenLabsId: string | null;
  name: string;
  disease: string;
}

const knowledgeProblem = (id: string, problem: string) =>
  new AppError("failedPrecondition", `knowledge_ids: ${id} ${problem}`, [{ field: "knowledge_ids", problem: `${id} ${problem}` }]);

/**
 * The doctor's own documents, each with the version agents may use. `strict` (a doctor saving an
 * agent) refuses documents that cannot be used; otherwise (re-syncing agents) they are left out.
 */
async function loadKnowledge(doctorId: string, knowledgeIds: string[], strict: boolean): Promise<KnowledgeRef[]> {
  const unique = [...new Set(knowledgeIds)];
  return unique.length ? usableKnowledge(doctorId, await readKnowledgeMany(unique), strict) : [];
}

function usableKnowledge(doctorId: string, records: KnowledgeRecord[], strict: boolean): KnowledgeRef[] {
  const refs: KnowledgeRef[] = [];
  for (const snapshot of records) {
    const data = snapshot.data;
    if (!data) {
      if (strict) throw new AppError("invalidInput", `knowledge_ids: ${snapshot.id} does not exist`, [{ field: "knowledge_ids", problem: `${snapshot.id} does not exist` }]);
      continue;
    }
    if (data.doctor_id !== doctorId) throw new AppError("forbidden", "knowledge_ids must be your own documents.");
    const usable: string | null = data.agent_document_id ?? (data.sync_status === "synced" ? data.elevenlabs_document_id : null) ?? null;
    if (strict && data.sync_status === "pending") throw knowledgeProblem(snapshot.id, "is still being uploaded to ElevenLabs; try again in a moment");
    if (strict && data.sync_status === "failed" && !usable) throw knowledgeProblem(snapshot.id, `cannot be used: ${data.sync_error?.message ?? "it failed to sync"}`);
    refs.push({ id: snapshot.id, elevenLabsId: usable, name: `${data.disease_name} - ${data.document_type}`, disease: data.disease_name });
  }
  return refs;
}

/** What the product sends for an agent record (also used by the live smoke test, so it checks the real body). */
export function elevenLabsConfig(agentId: string, record: DocumentData, knowledge: KnowledgeRef[], variables: Record<string, string>): elevenLabs.AgentConfig {
  const diseases = [...new Set(knowledge.map((k) => k.disease))];
  const language = record.language ?? "en";
  const prompt = systemPrompt(record.answer_style, diseases, language);
  const greeting = firstMessage(record.answer_style, language);
  // ElevenLabs refuses to start a conversation with a {{variable}} that has no value.
  const unset = unsetPromptVariables([prompt, greeting], variables);
  if (unset.length) throw new Error(`The agent prompt needs values for ${unset.join(", ")}`);
  return {
    reference: agentId,
    elevenLabsAgentId: record.elevenlabs_agent_id ?? undefined,
    name: record.name,
    systemPrompt: prompt,
    firstMessage: greeting,
    language,
    variables,
    maxDurationSeconds: record.max_duration_seconds ?? 1_800, // the contract's default, for agents saved before it existed
    voiceId: record.voice_id,
    knowledge: knowledge.filter((k) => k.elevenLabsId).map((k) => ({ id: k.elevenLabsId!, name: k.name })),
    recordAudio: record.privacy?.record_audio ?? false,
    retentionDays: effectiveRetentionDays(record.privacy?.retention_days ?? 90, retentionDays.value()),
    flagTool: { url: resolvedFlagToolUrl(), token: flagToolToken(flagToolKey.value(), agentId), agentRef: agentId },
  };
}

/** The documents the agent lists but does not have yet (still indexing, or a failed first version). */
function pendingOf(knowledgeIds: string[], knowledge: KnowledgeRef[]): string[] {
  const attached = new Set(knowledge.filter((k) => k.elevenLabsId).map((k) => k.id));
  return knowledgeIds.filter((id) => !attached.has(id));
}

async function doctorVariables(doctorId: string) {
  return agentVariableValues(await readDoctor(doctorId));
}

export async function saveAgent(caller: Caller, data: unknown): Promise<SaveAgentResponse> {
  const input = parseInput(contracts().SaveAgentRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  // The voice check (cached) alongside one batched read of the agent, the doctor and the documents.
  const [sources, voiceKnown] = await Promise.all([
    readAgentSaveSources(input.agent_id, doctorId, [...new Set(input.knowledge_ids)]),
    elevenLabs.voiceExists(input.voice_id),
  ]);
  const knowledge = usableKnowledge(doctorId, sources.knowledge, true);
  const variables = agentVariableValues(sources.doctor);
  const current = sources.agent;
  if (!voiceKnown) throw elevenLabs.unknownVoiceError();
  const requested = input.privacy ?? { record_audio: false, retention_days: 90 };
  // Never longer than the project allows (RETENTION_DAYS): stored and sent to ElevenLabs clamped.
  const privacy = { ...requested, retention_days: effectiveRetentionDays(requested.retention_days, retentionDays.value()) };
  const knowledgeIds = knowledge.map((k) => k.id);
  const pending = pendingOf(knowledgeIds, knowledge);
  const fields: AgentFields = {
    doctor_id: doctorId,
    name: input.name,
    knowledge_ids: knowledgeIds,
    pending_knowledge_ids: pending,
    knowledge_pending: pending.length > 0,
    disease_names: [...new Set(knowledge.map((k) => k.disease))],
    voice_id: input.voice_id,
    answer_style: input.answer_style,
    language: input.language,
    max_duration_seconds: input.max_duration_seconds,
    privacy,
  };

  let agentId: string;
  if (input.agent_id) {
    agentId = input.agent_id;
    assertOwnedBy(current, doctorId, "agent");
    const record = { ...current, ...fields };
    await elevenLabs.createOrUpdateAgent(elevenLabsConfig(agentId, record, knowledge, variables));
    await updateAgentFields(agentId, fields);
    logs.agentSaved({ agentId, created: false });
  } else {
    agentId = newAgentId();
    const elevenLabsAgentId = await elevenLabs.createOrUpdateAgent(elevenLabsConfig(agentId, fields, knowledge, variables));
    await createAgent(agentId, fields, elevenLabsAgentId);
    logs.agentSaved({ agentId, created: true });
  }
  // A document that finished indexing while this save ran was handed to the agents before this
  // agent was written: look once more, so it is not left waiting for the scheduled follow-up.
  if (pending.length) await attachReadyKnowledge(agentId);
  return { agent_id: agentId };
}

/** Re-sends one agent if a document it waits for is ready now; true when it was updated. */
async function attachReadyKnowledge(agentId: string): Promise<boolean> {
  const record = await readAgent(agentId);
  if (!record?.knowledge_pending) return false;
  const knowledge = await loadKnowledge(record.doctor_id, record.knowledge_ids, false);
  const pending = pendingOf(record.knowledge_ids, knowledge);
  if (pending.length === (record.pending_knowledge_ids ?? []).length) return false;
  await syncAgent(agentId, record, knowledge);
  return true;
}

async function syncAgent(agentId: string, record: AgentDocument, knowledge: KnowledgeRef[]) {
  await elevenLabs.createOrUpdateAgent(elevenLabsConfig(agentId, record, knowledge, await doctorVariables(record.doctor_id)));
  const pending = pendingOf(record.knowledge_ids, knowledge);
  await setPendingKnowledge(agentId, pending);
}

/** Re-sends every agent that uses a knowledge document, after a new version of it became ready. */
export async function syncAgentsUsingKnowledge(knowledgeId: string): Promise<number> {
  const agents = await agentsUsingKnowledge(knowledgeId);
  for (const { id, data: record } of agents) {
    await syncAgent(id, record, await loadKnowledge(record.doctor_id, record.knowledge_ids, false));
  }
  return agents.length;
}

/** For the scheduled follow-up: agents still waiting for a document get it if it is ready. */
export async function agentsPendingKnowledge(): Promise<number> {
  const waiting = await agentsWaitingForKnowledge(100);
  let updated = 0;
  for (const agent of waiting) if (await attachReadyKnowledge(agent.id)) updated++;
  return updated;
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
    max_duration_seconds: data.max_duration_seconds ?? null,
    pending_knowledge_ids: data.pending_knowledge_ids ?? [],
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
  const { data: record } = await loadOwnedRecord("agents", agent_id, caller, "agent");
  if (record.elevenlabs_agent_id) await elevenLabs.deleteAgent(record.elevenlabs_agent_id);
  await deleteCountedRecord("agents", agent_id, record.doctor_id, "agents");
  return { deleted: true };
}

const doctorOnly = onlyFor("doctor", "admin");
export const agentOperations = {
  saveAgent: doctorOnly(saveAgent),
  listAgents: doctorOnly(listAgents),
  getAgent: doctorOnly(getAgent),
  deleteAgent: doctorOnly(deleteAgent),
};

// The flag tool key: every agent saved carries its flag_for_doctor token.
const secrets = [elevenLabsApiKey, flagToolKey];
export const saveAgentCallable = callable("saveAgent", agentOperations.saveAgent, { secrets });
export const listAgentsCallable = callable("listAgents", agentOperations.listAgents);
export const getAgentCallable = callable("getAgent", agentOperations.getAgent);
export const deleteAgentCallable = callable("deleteAgent", agentOperations.deleteAgent, { secrets });
