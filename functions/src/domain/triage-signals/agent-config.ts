// What every agent carries so that ElevenLabs reports red flags during and after the call:
// the in-call webhook tool, and the post-call analysis (data collection and evaluation criteria).
// Pure builders of ElevenLabs' wire shapes (shared/elevenlabs/openapi.json: WebhookToolConfig,
// LiteralJsonSchemaProperty, PromptEvaluationCriteria). Literal properties have no `enum` there,
// so the allowed values are named in the descriptions and checked by our endpoint.
import { createHmac } from "node:crypto";
import {
  ASKED_FOR_HUMAN_CRITERION,
  ASKED_FOR_HUMAN_CRITERION_PROMPT,
  CONTACT_REQUEST_DESCRIPTION,
  CONTACT_REQUEST_FIELD,
  FLAG_TOOL_DESCRIPTION,
  FLAG_TOOL_NAME,
  FLAG_TOOL_PARAMETER_DESCRIPTIONS,
  RED_FLAG_CRITERION,
  RED_FLAG_CRITERION_PROMPT,
  RED_FLAG_QUOTES_DESCRIPTION,
  RED_FLAG_QUOTES_FIELD,
} from "./instructions";

export const FLAG_TOOL_TOKEN_HEADER = "x-flag-token";
export const FLAG_CATEGORIES = [
  "red_flag_symptom",
  "medication_problem",
  "severe_side_effect",
  "emotional_distress",
  "doctor_request",
  "other",
] as const;
export const FLAG_SEVERITIES = ["urgent", "high", "moderate"] as const;

/**
 * The token an agent's tool sends. Bound to one ElevenLabs agent and derived from a server secret,
 * so a leaked token opens no other agent, and rotating the secret revokes all of them.
 * Domain-separated so it can never equal a webhook signature made with the same secret.
 */
export function flagToolToken(secret: string, elevenLabsAgentId: string): string {
  return createHmac("sha256", secret).update(`flag-tool:v1:${elevenLabsAgentId}`).digest("base64url");
}

/**
 * The webhook (server) tool ElevenLabs calls mid-conversation. `agentRef` (our agent id) is sent
 * as a constant, so the endpoint checks the token before it looks any conversation up.
 */
export function flagForDoctorTool(url: string, token: string, agentRef: string) {
  return {
    type: "webhook" as const,
    name: FLAG_TOOL_NAME,
    description: FLAG_TOOL_DESCRIPTION,
    response_timeout_secs: 10,
    api_schema: {
      url,
      method: "POST" as const,
      request_headers: { [FLAG_TOOL_TOKEN_HEADER]: token },
      request_body_schema: {
        type: "object" as const,
        description: "A red flag to send to the patient's doctor now.",
        required: ["agent_ref", "conversation_id", "category", "severity", "patient_words"],
        properties: {
          // Filled by ElevenLabs, not by the LLM or the client: names the agent, binds the call to its session.
          agent_ref: { type: "string" as const, constant_value: agentRef },
          conversation_id: { type: "string" as const, dynamic_variable: "system__conversation_id" },
          category: { type: "string" as const, description: FLAG_TOOL_PARAMETER_DESCRIPTIONS.category },
          severity: { type: "string" as const, description: FLAG_TOOL_PARAMETER_DESCRIPTIONS.severity },
          patient_words: { type: "string" as const, description: FLAG_TOOL_PARAMETER_DESCRIPTIONS.patient_words },
        },
      },
    },
  };
}

/** platform_settings.data_collection and .evaluation for every agent. */
export function analysisSettings() {
  return {
    data_collection: {
      [RED_FLAG_QUOTES_FIELD]: { type: "string" as const, description: RED_FLAG_QUOTES_DESCRIPTION },
      [CONTACT_REQUEST_FIELD]: { type: "string" as const, description: CONTACT_REQUEST_DESCRIPTION },
    },
    evaluation: {
      criteria: [
        { id: RED_FLAG_CRITERION, name: "Red flag reported", type: "prompt" as const, conversation_goal_prompt: RED_FLAG_CRITERION_PROMPT },
        { id: ASKED_FOR_HUMAN_CRITERION, name: "Asked for a human", type: "prompt" as const, conversation_goal_prompt: ASKED_FOR_HUMAN_CRITERION_PROMPT },
      ],
    },
  };
}
