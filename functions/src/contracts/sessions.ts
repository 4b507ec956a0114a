import { z } from "zod";
import { DocumentId } from "./common";

export const StartSessionRequest = z.object({ patient_id: DocumentId, agent_id: DocumentId }).strict();
export type StartSessionRequest = z.infer<typeof StartSessionRequest>;

export const StartSessionResponse = z.object({ signed_url: z.string(), session_id: z.string() });
export type StartSessionResponse = z.infer<typeof StartSessionResponse>;

export const EndSessionRequest = z.object({ session_id: DocumentId }).strict();
export const PatientIdRequest = z.object({ patient_id: DocumentId }).strict();
export const AcknowledgeAlertRequest = z.object({ alert_id: DocumentId }).strict();
export const DashboardRequest = z.object({ doctor_id: DocumentId.optional() }).strict();

export const RunReconcilerRequest = z
  .object({ orphan_min_age_seconds: z.number({ error: "must be a number" }).int().min(0).max(86_400).optional() })
  .strict();
