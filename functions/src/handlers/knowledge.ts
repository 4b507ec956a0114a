// Knowledge documents: Firestore is the source of truth, the ElevenLabs knowledge base a copy.
// A new version is created at ElevenLabs, its RAG index is built (minutes on ElevenLabs), and only
// once the index has succeeded is the version given to the agents; until then the record shows
// `indexing` and agents keep the previous version, if any. The whole workspace's knowledge base
// (every doctor's documents) is checked against the plan before anything is sent.
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import type { KnowledgeSummary, UploadKnowledgeResponse } from "../contracts/knowledge";
import { dailyKnowledgeBytesPerDoctor, elevenLabsApiKey, flagToolKey, resolvedPlanLimits } from "../config";
import { contentHash, shortId } from "../domain/content-hash";
import { checkKnowledgeBudget, knowledgeSize, type KnowledgeUsage } from "../domain/elevenlabs-plans";
import { indexOutcome, INDEX_FOLLOW_DELAYS_MS, type IndexOutcome } from "../domain/knowledge-indexing";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { usageFields, workspaceKnowledgeUsage } from "../repositories/knowledge-usage";
import { refundSpend, reserveSpend, type SpendReservation } from "../repositories/quotas";
import { isKnowledgeUsedByAnyAgent } from "../repositories/agents";
import { createPendingTextRecord, knowledgeIndexingIds, readKnowledge, removePendingRecord, settleKnowledgeInTx, updateKnowledge } from "../repositories/knowledge";
import { deleteCountedRecord } from "../repositories/owned-records";
import { COLLECTIONS, isoTime, now, type DocumentData } from "../services/data";
import * as elevenLabs from "../services/elevenlabs";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { listOwnedRecords, loadOwnedRecord } from "./ownership";
import { agentsPendingKnowledge, syncAgentsUsingKnowledge } from "./agents";
import { contracts } from "./lazy-contracts";

const documentName = (data: { disease_name: string; document_type: string }) => `${data.disease_name} - ${data.document_type}`;

function toSummary(id: string, data: DocumentData): KnowledgeSummary {
  return {
    knowledge_id: id,
    doctor_id: data.doctor_id,
    disease_name: data.disease_name,
    document_type: data.document_type,
    sync_status: data.sync_status,
    rag_status: data.rag_status ?? null,
    sync_error: data.sync_error ?? null,
    elevenlabs_document_id: data.elevenlabs_document_id ?? null,
    content_hash: data.content_hash,
    char_count: data.char_count,
    versions: (data.versions ?? []).map((v: DocumentData) => ({
      content_hash: v.content_hash,
      elevenlabs_document_id: v.elevenlabs_document_id ?? null,
      replaced_at: v.replaced_at ?? null,
    })),
    created_at: isoTime(data.created_at) ?? "",
    updated_at: isoTime(data.updated_at) ?? "",
  };
}

const NOTHING: KnowledgeUsage = { characters: 0, bytes: 0 };

/** The size of one of the record's versions at ElevenLabs (from its version entry). */
function versionSize(record: DocumentData, documentId: string | null | undefined): KnowledgeUsage {
  if (!documentId) return NOTHING;
  const entry = (record.versions ?? []).find((v: DocumentData) => v.elevenlabs_document_id === documentId);
  return entry ? { characters: entry.characters ?? record.char_count ?? 0, bytes: entry.bytes ?? record.byte_count ?? 0 } : NOTHING;
}

const sum = (a: KnowledgeUsage, b: KnowledgeUsage): KnowledgeUsage => ({ characters: a.characters + b.characters, bytes: a.bytes + b.bytes });

/** Refuses a text that would take the workspace past its plan's knowledge-base size; names the field and what is left. */
async function assertFitsWorkspace(knowledgeId: string, size: KnowledgeUsage) {
  const limits = resolvedPlanLimits();
  if (limits.knowledgeCharacters === null && limits.knowledgeBytes === null) return;
  const check = checkKnowledgeBudget(limits, await workspaceKnowledgeUsage(), size);
  if (check.fits) return;
  logs.knowledgeRefused({ knowledgeId, reason: `workspace_${check.limit}` });
  throw new AppError("invalidInput", `text: ${check.message}`, [{ field: "text", problem: check.message }]);
}

interface NewVersion {
  text: string;
  hash: string;
  size: KnowledgeUsage;
  /** `kn_x` for the first version, `kn_x-v2` ...: what ElevenLabs' name search finds. */
  reference: string;
}

/**
 * Sends a version to ElevenLabs, starts its index and records the outcome. Agents get it now if
 * the index is ready, else when it succeeds (followIndexing); a refused index is recorded with
 * its reason and the version is removed from ElevenLabs, agents keeping the previous one.
 */
async function storeVersion(knowledgeId: string, record: DocumentData, version: NewVersion): Promise<DocumentData> {
  const documentId = await elevenLabs.createKnowledgeDocument(version.text, documentName(record as never), version.reference);
  let outcome: IndexOutcome;
  let ragStatus: string | null = null;
  try {
    ragStatus = await elevenLabs.indexKnowledgeDocument(documentId);
    outcome = indexOutcome(ragStatus);
  } catch {
    // ElevenLabs did not answer: the index is asked for again by the follow-up (the call is get-or-create).
    outcome = { state: "indexing" };
  }
  const agentDocumentId: string | null = record.agent_document_id ?? null;
  // A version still indexing from an earlier upload is superseded by this one.
  const superseded = record.elevenlabs_document_id && record.elevenlabs_document_id !== agentDocumentId ? [record.elevenlabs_document_id as string] : [];
  const entry = { content_hash: version.hash, elevenlabs_document_id: documentId, replaced_at: null, ...version.size };
  const earlier = (record.versions ?? []).filter((v: DocumentData) => !superseded.includes(v.elevenlabs_document_id));
  const base = {
    text: version.text,
    content_hash: version.hash,
    char_count: version.text.length,
    byte_count: version.size.bytes,
    rag_status: ragStatus,
    updated_at: now(),
  };
  let fields: DocumentData;
  if (outcome.state === "failed") {
    fields = {
      ...base,
      sync_status: "failed",
      sync_error: { code: outcome.code, message: outcome.message },
      elevenlabs_document_id: agentDocumentId,
      versions: earlier,
      ...usageFields(versionSize(record, agentDocumentId)),
    };
  } else if (outcome.state === "indexing") {
    fields = {
      ...base,
      sync_status: "indexing",
      sync_error: null,
      elevenlabs_document_id: documentId,
      agent_document_id: agentDocumentId,
      versions: [...earlier, entry],
      ...usageFields(sum(version.size, versionSize(record, agentDocumentId))),
    };
  } else {
    fields = {
      ...base,
      sync_status: "synced",
      sync_error: null,
      elevenlabs_document_id: documentId,
      agent_document_id: documentId,
      versions: [...earlier.map(markReplaced), entry],
      ...usageFields(version.size),
    };
  }
  let agentsUpdated = 0;
  try {
    await updateKnowledge(knowledgeId, fields);
    if (outcome.state === "ready") agentsUpdated = await handOverToAgents(knowledgeId, agentDocumentId, documentId);
  } catch (error) {
    await elevenLabs.deleteKnowledgeDocument(documentId).catch(() => undefined);
    throw error;
  }
  if (outcome.state === "failed") await elevenLabs.deleteKnowledgeDocument(documentId);
  for (const id of superseded) await elevenLabs.deleteKnowledgeDocument(id);
  logs.knowledgeIndexed({ knowledgeId, outcome: outcome.state === "failed" ? outcome.code : outcome.state, agentsUpdated });
  return { ...record, ...fields };
}

const markReplaced = (v: DocumentData) => (v.replaced_at ? v : { ...v, replaced_at: new Date().toISOString() });

/** Agents using the record get the new version; only then is the version they had deleted. */
async function handOverToAgents(knowledgeId: string, previousDocumentId: string | null, documentId: string): Promise<number> {
  const agentsUpdated = await syncAgentsUsingKnowledge(knowledgeId);
  if (previousDocumentId && previousDocumentId !== documentId) {
    await elevenLabs.deleteKnowledgeDocument(previousDocumentId);
    logs.knowledgeReplaced({ knowledgeId, agentsUpdated });
  }
  return agentsUpdated;
}

function responseOf(id: string, record: DocumentData): UploadKnowledgeResponse {
  return {
    knowledge_id: id,
    elevenlabs_document_id: record.elevenlabs_document_id ?? null,
    sync_status: record.sync_status,
    sync_error: record.sync_error ?? null,
  };
}

/** Same text under another disease name or type: say so instead of silently returning the other record. */
function assertSameName(record: DocumentData | undefined, input: { disease_name: string; document_type: string }) {
  if (!record || (record.disease_name === input.disease_name && record.document_type === input.document_type)) return;
  const problem = `is already uploaded as "${documentName(record as never)}"`;
  throw new AppError("conflict", `This text ${problem}; replace or delete that document instead.`, [{ field: "text", problem }]);
}

/**
 * The record is written first (pending), then synced. The same content from the same doctor maps
 * to the same record id, so a retried or duplicate upload reuses it instead of creating a second
 * ElevenLabs document.
 */
export async function uploadKnowledge(caller: Caller, data: unknown): Promise<UploadKnowledgeResponse> {
  const input = parseInput(contracts().UploadKnowledgeRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const hash = contentHash(input.text);
  const knowledgeId = shortId("kn", doctorId, hash);
  const size = knowledgeSize(input.text);

  const current = await readKnowledge(knowledgeId);
  assertSameName(current, input);
  if (current && current.content_hash === hash && (current.sync_status === "synced" || current.sync_status === "indexing")) {
    logs.knowledgeSynced({ knowledgeId, chars: input.text.length, reused: true });
    return responseOf(knowledgeId, current);
  }
  // REST runs the token's revocation check alongside the read above: it must have passed before anything is written.
  await caller.beforeWrites?.();
  await assertFitsWorkspace(knowledgeId, size);
  // Counted at once: a concurrent upload's budget check sees this one.
  const existing: DocumentData | undefined = await createPendingTextRecord(knowledgeId, {
      doctor_id: doctorId,
      disease_name: input.disease_name,
      document_type: input.document_type,
      text: input.text,
      content_hash: hash,
      char_count: input.text.length,
      byte_count: size.bytes,
      rag_status: null,
      sync_error: null,
      elevenlabs_document_id: null,
      agent_document_id: null,
      versions: [],
      ...usageFields(size),
  });
  assertSameName(existing, input);
  if (existing && existing.content_hash === hash && (existing.sync_status === "synced" || existing.sync_status === "indexing")) {
    return responseOf(knowledgeId, existing);
  }
  const record = existing ?? { doctor_id: doctorId, disease_name: input.disease_name, document_type: input.document_type, versions: [], agent_document_id: null, elevenlabs_document_id: null };
  const reference = existing ? `${knowledgeId}-v${(existing.versions?.length ?? 0) + 1}` : knowledgeId;
  let stored: DocumentData;
  let spend: SpendReservation | undefined;
  try {
    spend = await reserveSpend(doctorId, "knowledge_bytes", size.bytes, dailyKnowledgeBytesPerDoctor.value());
    stored = await storeVersion(knowledgeId, record, { text: input.text, hash, size, reference });
  } catch (error) {
    await refundSpend(spend);
    // Nothing half-written: a new pending record goes; the client may simply retry.
    await removePendingRecord(knowledgeId, doctorId);
    throw error;
  }
  logs.knowledgeSynced({ knowledgeId, chars: input.text.length, reused: false });
  return responseOf(knowledgeId, stored);
}

/**
 * Follows one record's RAG index: get-or-create is safe to repeat, so any number of followers
 * (the trigger, the schedule, a retried run) may call this; the first to see the outcome records
 * it, in a transaction that checks the record still waits for that same version.
 */
export async function followIndexing(knowledgeId: string): Promise<"indexing" | "synced" | "failed" | "skipped"> {
  const record = await readKnowledge(knowledgeId);
  if (!record || record.sync_status !== "indexing" || !record.elevenlabs_document_id) return "skipped";
  const documentId: string = record.elevenlabs_document_id;
  let ragStatus: string;
  try {
    ragStatus = await elevenLabs.indexKnowledgeDocument(documentId);
  } catch (error) {
    if (error instanceof AppError && error.kind === "notFound") ragStatus = "failed"; // the document is gone at ElevenLabs
    else return "indexing";
  }
  const outcome = indexOutcome(ragStatus);
  if (outcome.state === "indexing") {
    if (record.rag_status !== ragStatus) await updateKnowledge(knowledgeId, { rag_status: ragStatus });
    return "indexing";
  }
  const previous = await settleKnowledgeInTx(knowledgeId, (current) => {
    if (!current || current.sync_status !== "indexing" || current.elevenlabs_document_id !== documentId) return undefined;
    const agentDocumentId: string | null = current.agent_document_id ?? null;
    let fields: DocumentData;
    if (outcome.state === "ready") {
      fields = {
        sync_status: "synced",
        rag_status: ragStatus,
        sync_error: null,
        agent_document_id: documentId,
        versions: (current.versions ?? []).map((v: DocumentData) => (v.elevenlabs_document_id === documentId ? v : markReplaced(v))),
        ...usageFields(versionSize(current, documentId)),
        updated_at: now(),
      };
    } else {
      fields = {
        sync_status: "failed",
        rag_status: ragStatus,
        sync_error: { code: outcome.code, message: outcome.message },
        elevenlabs_document_id: agentDocumentId,
        versions: (current.versions ?? []).filter((v: DocumentData) => v.elevenlabs_document_id !== documentId),
        ...usageFields(versionSize(current, agentDocumentId)),
        updated_at: now(),
      };
    }
    return { fields, result: { agentDocumentId } };
  });
  if (!previous) return "skipped";
  if (outcome.state === "ready") {
    const agentsUpdated = await handOverToAgents(knowledgeId, previous.agentDocumentId, documentId);
    logs.knowledgeIndexed({ knowledgeId, outcome: "synced", agentsUpdated });
    return "synced";
  }
  await elevenLabs.deleteKnowledgeDocument(documentId);
  logs.knowledgeIndexed({ knowledgeId, outcome: outcome.code, agentsUpdated: 0 });
  return "failed";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a record from the moment it starts indexing a version, for a few minutes; the schedule does the rest. */
export const onKnowledgeIndexing = onDocumentWritten(
  { document: `${COLLECTIONS.knowledge}/{knowledgeId}`, secrets: [elevenLabsApiKey, flagToolKey], timeoutSeconds: 300 },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (after?.sync_status !== "indexing") return;
    if (before?.sync_status === "indexing" && before.elevenlabs_document_id === after.elevenlabs_document_id) return;
    for (const delay of INDEX_FOLLOW_DELAYS_MS) {
      await sleep(delay);
      if ((await followIndexing(event.params.knowledgeId)) !== "indexing") return;
    }
  },
);

/**
 * The follow-up for what the trigger did not see to the end (a long index, a crashed run): every
 * record still indexing, and every agent still waiting for a document that is ready meanwhile.
 */
export async function followPendingIndexing(): Promise<{ followed: number; synced: number; failed: number; agentsUpdated: number }> {
  const indexing = await knowledgeIndexingIds(100);
  const counts = { followed: indexing.length, synced: 0, failed: 0, agentsUpdated: 0 };
  for (const knowledgeId of indexing) {
    const result = await followIndexing(knowledgeId);
    if (result === "synced") counts.synced++;
    if (result === "failed") counts.failed++;
  }
  counts.agentsUpdated = await agentsPendingKnowledge();
  return counts;
}

export const followKnowledgeIndexingScheduled = onSchedule(
  { schedule: "every 5 minutes", secrets: [elevenLabsApiKey, flagToolKey], timeoutSeconds: 300 },
  async () => {
    await followPendingIndexing();
  },
);

export async function listKnowledge(caller: Caller, data: unknown): Promise<{ knowledge: KnowledgeSummary[]; next_cursor: string | null }> {
  const input = parseInput(contracts().ListRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await listOwnedRecords("knowledge", doctorId, input);
  return { knowledge: page.items.map((r) => toSummary(r.id, r.data)), next_cursor: page.next_cursor };
}

export async function getKnowledge(caller: Caller, data: unknown): Promise<KnowledgeSummary & { text: string }> {
  const { knowledge_id } = parseInput(contracts().KnowledgeIdRequest, data);
  const { data: record } = await loadOwnedRecord("knowledge", knowledge_id, caller, "knowledge document");
  return { ...toSummary(knowledge_id, record), text: record.text };
}

/**
 * ElevenLabs cannot update a document's content: a new document is created and indexed; once its
 * index has succeeded it is attached to every agent that used the old one, and only then is the
 * old one deleted. Both versions count against the workspace's knowledge base meanwhile.
 */
export async function replaceKnowledge(caller: Caller, data: unknown): Promise<UploadKnowledgeResponse> {
  const input = parseInput(contracts().ReplaceKnowledgeRequest, data);
  const { id: knowledgeId, data: record } = await loadOwnedRecord("knowledge", input.knowledge_id, caller, "knowledge document");
  const hash = contentHash(input.text);
  if (record.content_hash === hash && (record.sync_status === "synced" || record.sync_status === "indexing")) {
    return responseOf(knowledgeId, record);
  }
  if (record.sync_status === "pending") {
    throw new AppError("conflict", "This document is still being uploaded; try again in a moment.");
  }
  const size = knowledgeSize(input.text);
  await assertFitsWorkspace(knowledgeId, size);
  const version = (record.versions?.length ?? 0) + 1;
  const spend = await reserveSpend(record.doctor_id, "knowledge_bytes", size.bytes, dailyKnowledgeBytesPerDoctor.value());
  const stored = await storeVersion(knowledgeId, record, { text: input.text, hash, size, reference: `${knowledgeId}-v${version}` }).catch(async (error) => {
    await refundSpend(spend);
    throw error;
  });
  return responseOf(knowledgeId, stored);
}

export async function deleteKnowledge(caller: Caller, data: unknown): Promise<{ deleted: true }> {
  const { knowledge_id } = parseInput(contracts().KnowledgeIdRequest, data);
  const { data: record } = await loadOwnedRecord("knowledge", knowledge_id, caller, "knowledge document");
  if (await isKnowledgeUsedByAnyAgent(knowledge_id)) {
    throw new AppError("conflict", "This document is used by an agent; remove it from the agent first.");
  }
  // The current version and, while a replacement is indexing, the version agents had.
  for (const documentId of new Set([record.elevenlabs_document_id, record.agent_document_id].filter(Boolean))) {
    await elevenLabs.deleteKnowledgeDocument(documentId as string);
  }
  await deleteCountedRecord("knowledge", knowledge_id, record.doctor_id, "knowledge_documents");
  return { deleted: true };
}

const doctorOnly = onlyFor("doctor", "admin");

export const knowledgeOperations = {
  uploadKnowledge: doctorOnly(uploadKnowledge),
  listKnowledge: doctorOnly(listKnowledge),
  getKnowledge: doctorOnly(getKnowledge),
  replaceKnowledge: doctorOnly(replaceKnowledge),
  deleteKnowledge: doctorOnly(deleteKnowledge),
};

const secrets = [elevenLabsApiKey, flagToolKey];
export const uploadKnowledgeCallable = callable("uploadKnowledge", knowledgeOperations.uploadKnowledge, { secrets });
export const listKnowledgeCallable = callable("listKnowledge", knowledgeOperations.listKnowledge);
export const getKnowledgeCallable = callable("getKnowledge", knowledgeOperations.getKnowledge);
export const replaceKnowledgeCallable = callable("replaceKnowledge", knowledgeOperations.replaceKnowledge, { secrets });
export const deleteKnowledgeCallable = callable("deleteKnowledge", knowledgeOperations.deleteKnowledge, { secrets });
