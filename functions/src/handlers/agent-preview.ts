// "Try it": the doctor talks to their own agent in the browser before patients do. A signed URL
// like a patient's, but no session: a try-out is never summarized, counted or alerted.
import { elevenLabsApiKey } from "../config";
import { AppError, parseInput } from "../errors";
import * as elevenLabs from "../services/elevenlabs";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";
import { loadOwnedRecord } from "./ownership";

export async function previewAgent(caller: Caller, data: unknown) {
  const { agent_id } = parseInput(contracts().PreviewAgentRequest, data);
  const { data: agent } = await loadOwnedRecord("agents", agent_id, caller, "agent");
  if (agent.sync_status !== "synced" || !agent.elevenlabs_agent_id) {
    throw new AppError("failedPrecondition", "This agent is not synced to ElevenLabs yet; save it again.");
  }
  const { signedUrl, conversationId } = await elevenLabs.getSignedUrl(agent.elevenlabs_agent_id);
  return { signed_url: signedUrl, conversation_id: conversationId };
}

export const agentPreviewOperations = { previewAgent: onlyFor("doctor", "admin")(previewAgent) };
export const previewAgentCallable = callable("previewAgent", agentPreviewOperations.previewAgent, { secrets: [elevenLabsApiKey] });
