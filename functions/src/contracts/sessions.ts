import { z } from "zod";
import { DocumentId } from "./common";

export const StartSessionRequest = z.object({ patient_id: DocumentId, agent_id: DocumentId }).strict();
export type StartSessionRequest = z.infer<typeof StartSessionRequest>;

/**
 * `dynamic_variables` are the values the agent's prompt and first message need for this session:
 * the client sends them unchanged in its `conversation_initiation_client_data` message.
 */
export const StartSessionResponse = z.object({
  signed_url: z.string(),
  session_id: z.string(),
  dynamic_variables: z.record(z.string(), z.string()),
});
export type StartSessionResponse = z.infer<typeof StartSessionResponse>;

export const EndSessionRequest = z.object({ session_id: DocumentId }).strict();
/** `not_connected`: ElevenLabs has no conversation for this session (refused, or never opened). */
export const EndSessionResponse = z.object({ session_id: z.string(), status: z.enum(["ended", "not_connected"]) });
export type EndSessionResponse = z.infer<typeof EndSessionResponse>;
export const PatientIdRequest = z.object({ patient_id: DocumentId }).strict();
export const AcknowledgeAlertRequest = z.object({ alert_id: DocumentId }).strict();
export const DashboardRequest = z.object({ doctor_id: DocumentId.optional() }).strict();

export const RunReconcilerRequest = z
  .object({ orphan_min_age_seconds: z.number({ error: "must be a number" }).int().min(0).max(86_400).optional() })
  .strict();
