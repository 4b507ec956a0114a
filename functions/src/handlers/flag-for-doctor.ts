// The endpoint of the agents' in-call webhook tool flag_for_doctor. ElevenLabs calls it mid-call
// with the agent's token (x-flag-token) and the conversation id it fills itself; the flag goes
// into the conversation's alert at once, so the doctor sees it before the call ends.
// The token (HMAC of the secret and our agent id, which ElevenLabs sends as a constant) is checked
// before any conversation is looked up, so a caller without it learns nothing about conversations.
//   401  no token;  403  a token that is not the named agent's, or another agent's conversation;
//   409  a session that ended too long ago;  400  a body that names the bad field;
//   200  raised, a duplicate, or acknowledged and dropped: a conversation we do not have (never
//        ours, or its patient erased and swept) or whose patient is being erased; nothing written.
import { timingSafeEqual } from "node:crypto";
import { onRequest } from "firebase-functions/v2/https";
import { flagToolKey } from "../config";
import { FLAG_TOOL_TOKEN_HEADER, flagToolToken } from "../domain/triage-signals/agent-config";
import { logs } from "../logs";
import { raiseInCallFlag } from "../repositories/in-call-flags";
import { flagRequestSchemas } from "./lazy-contracts";

export interface FlagResponse {
  status: number;
  body: Record<string, unknown>;
}

const refuse = (status: number, code: string, message: string): FlagResponse => ({ status, body: { error: { code, message } } });

/** Constant-time comparison of the presented token with the agent's. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function receiveFlag(body: unknown, token: string | undefined, secret: string): Promise<FlagResponse> {
  if (!token) {
    logs.flagRejected({ reason: "missing_token" });
    return refuse(401, "unauthenticated", `Missing ${FLAG_TOOL_TOKEN_HEADER} header.`);
  }
  const parsed = flagRequestSchemas().FlagRequest.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "body";
    logs.flagRejected({ reason: "invalid_body" });
    return refuse(400, "invalid-argument", `${field}: ${issue.message}`);
  }
  const flag = parsed.data;
  if (!tokenMatches(token, flagToolToken(secret, flag.agent_ref))) {
    logs.flagRejected({ reason: "bad_token" });
    return refuse(403, "permission-denied", "This token is not this agent's.");
  }
  const result = await raiseInCallFlag(flag.conversation_id, flag.agent_ref, {
    category: flag.category,
    severity: flag.severity,
    patient_words: flag.patient_words,
  });
  logs.flagReceived({ conversationId: flag.conversation_id, category: flag.category, severity: flag.severity, result });
  switch (result) {
    case "raised":
    case "added":
    case "duplicate":
      return {
        status: 200,
        body: { received: true, doctor_notified: true, ...(result === "duplicate" ? { duplicate: true } : {}), message: "The doctor has been notified." },
      };
    case "patient_erased":
    case "unknown_conversation":
      // Acknowledged and dropped: nothing about an erased patient is written again.
      return { status: 200, body: { received: true } };
    case "foreign_conversation":
      return refuse(403, "permission-denied", "This conversation is not this agent's.");
    case "session_closed":
      return refuse(409, "failed-precondition", "This conversation ended too long ago to take flags.");
  }
}

export const flagForDoctor = onRequest({ secrets: [flagToolKey], cors: false, timeoutSeconds: 10 }, async (req, res) => {
  if (req.method !== "POST") {
    res.status(405).json({ error: { code: "method-not-allowed", message: "POST only." } });
    return;
  }
  const result = await receiveFlag(req.body, req.get(FLAG_TOOL_TOKEN_HEADER), flagToolKey.value());
  res.status(result.status).json(result.body);
});
