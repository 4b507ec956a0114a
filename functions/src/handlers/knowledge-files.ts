// Knowledge uploaded as a file (PDF, DOCX, TXT, Markdown, HTML): the bytes go unchanged to
// ElevenLabs' file upload, which extracts the text; we keep the record and the content hash.
import { createHash } from "node:crypto";
import { elevenLabsApiKey } from "../config";
import { shortId } from "../domain/content-hash";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import * as elevenLabs from "../services/elevenlabs";
import { createPendingFileRecord, markFileRecordSynced, removePendingRecord } from "../repositories/knowledge";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

export async function uploadKnowledgeFile(caller: Caller, data: unknown) {
  const input = parseInput(contracts().UploadKnowledgeFileRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  // The constants come with the lazily loaded contracts: zod stays off the cold-start path.
  const { KNOWLEDGE_FILE_MAX_BYTES, KNOWLEDGE_FILE_TYPES } = contracts();
  const bytes = Buffer.from(input.content_base64, "base64");
  if (bytes.length > KNOWLEDGE_FILE_MAX_BYTES) {
    throw new AppError("invalidInput", "content_base64: the file is larger than 5 MiB", [{ field: "content_base64", problem: "the file is larger than 5 MiB" }]);
  }
  const extension = input.filename.split(".").pop()!.toLowerCase() as keyof typeof KNOWLEDGE_FILE_TYPES;
  const contentType = KNOWLEDGE_FILE_TYPES[extension];
  const hash = createHash("sha256").update(bytes).digest("hex");
  const knowledgeId = shortId("kn", doctorId, hash);
  const source = { kind: "file" as const, filename: input.filename, content_type: contentType, size_bytes: bytes.length };
  const existing = await createPendingFileRecord(knowledgeId, { doctor_id: doctorId, disease_name: input.disease_name, document_type: input.document_type, content_hash: hash, source });
  if (existing) {
    if (existing.disease_name !== input.disease_name || existing.document_type !== input.document_type) {
      const problem = `is already uploaded as "${existing.disease_name} - ${existing.document_type}"`;
      throw new AppError("conflict", `This file ${problem}; replace or delete that document instead.`, [{ field: "content_base64", problem }]);
    }
    if (existing.sync_status === "synced") return { knowledge_id: knowledgeId, elevenlabs_document_id: existing.elevenlabs_document_id, reused: true };
  }

  let documentId: string;
  try {
    documentId = await elevenLabs.createKnowledgeDocumentFromFile({ data: bytes, filename: input.filename, contentType }, `${input.disease_name} - ${input.document_type}`, knowledgeId);
  } catch (error) {
    await removePendingRecord(knowledgeId, doctorId);
    throw error;
  }
  const ragStatus = await elevenLabs.indexKnowledgeDocument(documentId).catch(() => "failed");
  await markFileRecordSynced(knowledgeId, hash, documentId, ragStatus);
  logs.knowledgeSynced({ knowledgeId, chars: bytes.length, reused: false });
  return { knowledge_id: knowledgeId, elevenlabs_document_id: documentId, reused: false };
}

export const knowledgeFileOperations = { uploadKnowledgeFile: onlyFor("doctor", "admin")(uploadKnowledgeFile) };
export const uploadKnowledgeFileCallable = callable("uploadKnowledgeFile", knowledgeFileOperations.uploadKnowledgeFile, {
  secrets: [elevenLabsApiKey],
  memory: "512MiB",
});
