import { z } from "zod";
import { DiseaseName, DocumentId, humanText } from "./common";

export const DOCUMENT_TYPES = ["faq", "post_care", "precautions", "medication", "general"] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES, { error: `must be one of ${DOCUMENT_TYPES.join(", ")}` });

/** Markdown or plain text; 100,000 characters keeps one document well inside ElevenLabs' limits. */
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

export const UploadKnowledgeResponse = z.object({ knowledge_id: z.string(), elevenlabs_document_id: z.string() });
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
  sync_status: z.enum(["pending", "synced", "failed"]),
  elevenlabs_document_id: z.string().nullable(),
  content_hash: z.string(),
  char_count: z.number().int(),
  versions: z.array(z.object({ content_hash: z.string(), elevenlabs_document_id: z.string().nullable(), replaced_at: z.string().nullable() })),
  created_at: z.string(),
  updated_at: z.string(),
});
export type KnowledgeSummary = z.infer<typeof KnowledgeSummary>;
