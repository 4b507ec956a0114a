import { z } from "zod";
import { DiseaseName, DocumentId, humanText } from "./common";

export const DOCUMENT_TYPES = ["faq", "post_care", "precautions", "medication", "general"] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES, { error: `must be one of ${DOCUMENT_TYPES.join(", ")}` });

/**
 * Markdown or plain text. One document may hold 100,000 characters; what the whole ElevenLabs
 * workspace may hold (every doctor's documents together) is checked against the plan at upload.
 */
export const KNOWLEDGE_TEXT_MAX_CHARS = 100_000;

export const UploadKnowledgeRequest = z
  .object({
    text: humanText(KNOWLEDGE_TEXT_MAX_CHARS),
    disease_name: DiseaseName,
    document_type: DocumentType,
    doctor_id: DocumentId.optional(),
  })
  .strict();
export type UploadKnowledgeRequest = z.infer<typeof UploadKnowledgeRequest>;

export const SyncStatus = z.enum(["pending", "indexing", "synced", "failed"]);
export const SyncError = z.object({ code: z.string(), message: z.string() }).nullable();

/**
 * `sync_status` is `indexing` while ElevenLabs builds the RAG index (agents get the document when
 * it succeeds), `synced` when agents use it, `failed` with `sync_error` (e.g. `rag_limit_exceeded`).
 * `elevenlabs_document_id` is null when the first version failed.
 */
export const UploadKnowledgeResponse = z.object({
  knowledge_id: z.string(),
  elevenlabs_document_id: z.string().nullable(),
  sync_status: SyncStatus,
  sync_error: SyncError,
});
export type UploadKnowledgeResponse = z.infer<typeof UploadKnowledgeResponse>;

export const ReplaceKnowledgeRequest = z
  .object({ knowledge_id: DocumentId, text: humanText(KNOWLEDGE_TEXT_MAX_CHARS) })
  .strict();
export type ReplaceKnowledgeRequest = z.infer<typeof ReplaceKnowledgeRequest>;

export const KnowledgeIdRequest = z.object({ knowledge_id: DocumentId }).strict();
export { ListRequest } from "./pages";

export const KnowledgeSummary = z.object({
  knowledge_id: z.string(),
  doctor_id: z.string(),
  disease_name: z.string(),
  document_type: DocumentType,
  /**
   * pending: being sent to ElevenLabs; indexing: stored there, its RAG index is being built (agents
   * do not use it yet); synced: agents use it; failed: see `sync_error`.
   */
  sync_status: SyncStatus,
  /** ElevenLabs' RAG index status (`succeeded`, `processing`, `rag_limit_exceeded`, ...), or null before indexing. */
  rag_status: z.string().nullable(),
  /** Why the document is not (or no longer) used by agents, in words for the doctor. */
  sync_error: SyncError,
  elevenlabs_document_id: z.string().nullable(),
  content_hash: z.string(),
  char_count: z.number().int(),
  versions: z.array(z.object({ content_hash: z.string(), elevenlabs_document_id: z.string().nullable(), replaced_at: z.string().nullable() })),
  created_at: z.string(),
  updated_at: z.string(),
});
export type KnowledgeSummary = z.infer<typeof KnowledgeSummary>;
