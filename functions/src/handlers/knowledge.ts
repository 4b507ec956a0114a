// Knowledge documents: Firestore is the source of truth, the ElevenLabs knowledge base a copy.
import type { KnowledgeSummary, UploadKnowledgeResponse } from "../contracts/knowledge";
import { elevenLabsApiKey } from "../config";
import { contentHash, shortId } from "../domain/content-hash";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { col, deleteCounted, increment, isoTime, now, statsDoc, type DocumentData } from "../services/data";
import { db } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { listOwnedRecords, loadOwnedRecord } from "./ownership";
import { syncAgentsUsingKnowledge } from "./agents";
import { contracts } from "./lazy-contracts";

const documentName = (data: { disease_name: string; document_type: string }) => `${data.disease_name} - ${data.document_type}`;

function toSummary(id: string, data: DocumentData): KnowledgeSummary {
  return {
    knowledge_id: id,
    doctor_id: data.doctor_id,
    disease_name: data.disease_name,
    document_type: data.document_type,
    sync_status: data.sync_status,
    elevenlabs_document_id: data.elevenlabs_document_id ?? null,
    content_hash: data.content_hash,
    char_count: data.char_count,
    versions: data.versions ?? [],
    created_at: isoTime(data.created_at) ?? "",
    updated_at: isoTime(data.updated_at) ?? "",
  };
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
  const ref = col("knowledge").doc(knowledgeId);

  const existing = await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (snapshot.exists) return snapshot.data();
    tx.create(ref, {
      doctor_id: doctorId,
      disease_name: input.disease_name,
      document_type: input.document_type,
      text: input.text,
      content_hash: hash,
      char_count: input.text.length,
      sync_status: "pending",
      elevenlabs_document_id: null,
      versions: [],
      created_at: now(),
      updated_at: now(),
    });
    tx.set(statsDoc(doctorId), { counts: { knowledge_documents: increment(1) } }, { merge: true });
    return undefined;
  });
  if (existing && (existing.disease_name !== input.disease_name || existing.document_type !== input.document_type)) {
    // Same text, another name: say so instead of silently returning the other record.
    const problem = `is already uploaded as "${documentName(existing as never)}"`;
    throw new AppError("conflict", `This text ${problem}; replace or delete that document instead.`, [{ field: "text", problem }]);
  }
  if (existing?.sync_status === "synced" && existing.content_hash === hash) {
    logs.knowledgeSynced({ knowledgeId, chars: input.text.length, reused: true });
    return { knowledge_id: knowledgeId, elevenlabs_document_id: existing.elevenlabs_document_id };
  }

  let documentId: string;
  try {
    documentId = await elevenLabs.createKnowledgeDocument(input.text, documentName(input), knowledgeId);
  } catch (error) {
    // Nothing half-written: the pending record goes; the client may simply retry.
    await db().runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      if (snapshot.get("sync_status") !== "pending") return;
      tx.delete(ref);
      tx.set(statsDoc(doctorId), { counts: { knowledge_documents: increment(-1) } }, { merge: true });
    });
    throw error;
  }
  const ragStatus = await elevenLabs.indexKnowledgeDocument(documentId).catch(() => "failed");
  await ref.update({
    sync_status: "synced",
    elevenlabs_document_id: documentId,
    rag_status: ragStatus,
    versions: [{ content_hash: hash, elevenlabs_document_id: documentId, replaced_at: null }],
    updated_at: now(),
  });
  logs.knowledgeSynced({ knowledgeId, chars: input.text.length, reused: false });
  return { knowledge_id: knowledgeId, elevenlabs_document_id: documentId };
}

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
 * ElevenLabs cannot update a document's content: a new document is created, attached to every
 * agent that used the old one, and only then is the old one deleted.
 */
export async function replaceKnowledge(caller: Caller, data: unknown): Promise<UploadKnowledgeResponse> {
  const input = parseInput(contracts().ReplaceKnowledgeRequest, data);
  const { ref, data: record } = await loadOwnedRecord("knowledge", input.knowledge_id, caller, "knowledge document");
  const hash = contentHash(input.text);
  if (record.content_hash === hash && record.sync_status === "synced") {
    return { knowledge_id: ref.id, elevenlabs_document_id: record.elevenlabs_document_id };
  }
  const version = (record.versions?.length ?? 0) + 1;
  const newDocumentId = await elevenLabs.createKnowledgeDocument(input.text, documentName(record as never), `${ref.id}-v${version}`);
  const oldDocumentId: string | null = record.elevenlabs_document_id ?? null;
  const versions = [...(record.versions ?? [])].map((v: DocumentData) =>
    v.replaced_at === null ? { ...v, replaced_at: new Date().toISOString() } : v,
  );
  versions.push({ content_hash: hash, elevenlabs_document_id: newDocumentId, replaced_at: null });
  try {
    await ref.update({
      text: input.text,
      content_hash: hash,
      char_count: input.text.length,
      elevenlabs_document_id: newDocumentId,
      sync_status: "synced",
      versions,
      updated_at: now(),
    });
    const agentsUpdated = await syncAgentsUsingKnowledge(ref.id);
    logs.knowledgeReplaced({ knowledgeId: ref.id, agentsUpdated });
  } catch (error) {
    await elevenLabs.deleteKnowledgeDocument(newDocumentId).catch(() => undefined);
    throw error;
  }
  if (oldDocumentId) await elevenLabs.deleteKnowledgeDocument(oldDocumentId);
  await elevenLabs.indexKnowledgeDocument(newDocumentId).catch(() => "failed");
  return { knowledge_id: ref.id, elevenlabs_document_id: newDocumentId };
}

export async function deleteKnowledge(caller: Caller, data: unknown): Promise<{ deleted: true }> {
  const { knowledge_id } = parseInput(contracts().KnowledgeIdRequest, data);
  const { ref, data: record } = await loadOwnedRecord("knowledge", knowledge_id, caller, "knowledge document");
  const users = await col("agents").where("knowledge_ids", "array-contains", knowledge_id).limit(1).get();
  if (!users.empty) {
    throw new AppError("conflict", "This document is used by an agent; remove it from the agent first.");
  }
  if (record.elevenlabs_document_id) await elevenLabs.deleteKnowledgeDocument(record.elevenlabs_document_id);
  await deleteCounted(ref, record.doctor_id, "knowledge_documents");
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

const secrets = [elevenLabsApiKey];
export const uploadKnowledgeCallable = callable("uploadKnowledge", knowledgeOperations.uploadKnowledge, { secrets });
export const listKnowledgeCallable = callable("listKnowledge", knowledgeOperations.listKnowledge);
export const getKnowledgeCallable = callable("getKnowledge", knowledgeOperations.getKnowledge);
export const replaceKnowledgeCallable = callable("replaceKnowledge", knowledgeOperations.replaceKnowledge, { secrets });
export const deleteKnowledgeCallable = callable("deleteKnowledge", knowledgeOperations.deleteKnowledge, { secrets });
