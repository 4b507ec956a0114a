// The body of a flag_for_doctor tool call, kept apart from its handler so that zod loads on the
// first flag, not on the cold start of every function.
import { z } from "zod";
import type { Severity } from "../domain/alerts";
import { FLAG_CATEGORIES, FLAG_SEVERITIES } from "../domain/triage-signals/agent-config";

/**
 * The LLM fills category and severity from the tool's descriptions. An unknown value is never
 * refused (a flag must not be lost): a category we do not list is taken as a red-flag symptom, an
 * unknown severity as high.
 */
export const FlagRequest = z
  .object({
    agent_ref: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "must be the agent's id"),
    conversation_id: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "must be an ElevenLabs conversation id"),
    category: z.string().trim().max(64).transform((v) => ((FLAG_CATEGORIES as readonly string[]).includes(v) ? v : "red_flag_symptom")),
    severity: z.string().trim().max(32).transform((v): Severity => ((FLAG_SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : "high")),
    patient_words: z.string().trim().min(1).max(2_000),
  })
  .passthrough();
