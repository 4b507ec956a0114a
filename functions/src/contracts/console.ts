// Requests of the clinic web app's views: the patient directory, a patient's conversations,
// voices, the doctor's "try it" chat with an agent, knowledge files and the patient's home page.
import { z } from "zod";
import { DiseaseName, DocumentId, nameText } from "./common";
import { DocumentType } from "./knowledge";
import { PageRequest } from "./pages";

export const ListPatientsRequest = z
  .object({
    doctor_id: DocumentId.optional(),
    /** Matches the start of any word of the name, or of the whole name; case and accents ignored. */
    query: z.string({ error: "must be a string" }).trim().max(60, "must be at most 60 characters").optional(),
    ...PageRequest,
  })
  .strict();
export type ListPatientsRequest = z.infer<typeof ListPatientsRequest>;

export const UpdatePatientRequest = z.object({ patient_id: DocumentId, display_name: nameText(120) }).strict();
export type UpdatePatientRequest = z.infer<typeof UpdatePatientRequest>;

export const ReissueInviteRequest = z
  .object({
    patient_id: DocumentId,
    invite_valid_hours: z.number({ error: "must be a number" }).int().min(1).max(24 * 30).default(72),
  })
  .strict();
export type ReissueInviteRequest = z.infer<typeof ReissueInviteRequest>;

export const ListSessionsRequest = z.object({ patient_id: DocumentId, ...PageRequest }).strict();
export type ListSessionsRequest = z.infer<typeof ListSessionsRequest>;

export const SessionIdRequest = z.object({ session_id: DocumentId }).strict();

export const ListVoicesRequest = z
  .object({ cursor: z.string().max(100).regex(/^[A-Za-z0-9_-]*$/, "must be a next_cursor returned by this list").optional(), page_size: PageRequest.page_size })
  .strict();

export const PreviewAgentRequest = z.object({ agent_id: DocumentId }).strict();

/** ElevenLabs' file upload accepts these; we pass the bytes through unchanged. */
export const KNOWLEDGE_FILE_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  htm: "text/html",
  epub: "application/epub+zip",
} as const;
/** Base64 of a 5 MiB file: the callable request limit leaves room for the rest of the body. */
export const KNOWLEDGE_FILE_MAX_BYTES = 5 * 1024 * 1024;

export const UploadKnowledgeFileRequest = z
  .object({
    filename: z
      .string({ error: "must be a string" })
      .trim()
      .min(1, "must not be empty")
      .max(200, "must be at most 200 characters")
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      .refine((name) => !/[\\/<>\u0000-\u001F]/.test(name), "must be a plain file name")
      .refine(
        (name) => Object.hasOwn(KNOWLEDGE_FILE_TYPES, name.split(".").pop()!.toLowerCase()),
        `must end in ${Object.keys(KNOWLEDGE_FILE_TYPES).map((e) => `.${e}`).join(", ")}`,
      ),
    content_base64: z
      .string({ error: "must be a string" })
      .min(1, "must not be empty")
      .max(Math.ceil(KNOWLEDGE_FILE_MAX_BYTES / 3) * 4, `must be a file of at most ${KNOWLEDGE_FILE_MAX_BYTES / 1024 / 1024} MiB`)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be base64"),
    disease_name: DiseaseName,
    document_type: DocumentType,
    doctor_id: DocumentId.optional(),
  })
  .strict();
export type UploadKnowledgeFileRequest = z.infer<typeof UploadKnowledgeFileRequest>;

export const PatientHomeRequest = z.object({}).strict();
