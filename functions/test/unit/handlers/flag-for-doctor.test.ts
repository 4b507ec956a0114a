// The flag tool endpoint's refusals that come before any Firestore read, the request contract, the
// constant-time token check, the idempotency key, and the agent body every agent is sent with.
import assert from "node:assert/strict";
import { receiveFlag, tokenMatches } from "../../../src/handlers/flag-for-doctor";
import { FlagRequest } from "../../../src/handlers/flag-request";
import { flagToolToken } from "../../../src/domain/triage-signals/agent-config";
import { FLAG_TOOL_PROMPT } from "../../../src/domain/triage-signals/instructions";
import { inCallFlagKey, inCallFlagsOf } from "../../../src/repositories/in-call-flags";
import { agentBody, type AgentConfig } from "../../../src/services/elevenlabs";

const SECRET = "unit-secret";
const body = { agent_ref: "agentA", conversation_id: "conv_1", category: "red_flag_symptom", severity: "urgent", patient_words: "chest pain now" };

describe("flagForDoctor endpoint (before any read)", () => {
  it("answers 401 without a token", async () => {
    const result = await receiveFlag(body, undefined, SECRET);
    assert.equal(result.status, 401);
  });
  it("answers 403 for a token of another agent or another secret", async () => {
    assert.equal((await receiveFlag(body, flagToolToken(SECRET, "agentB"), SECRET)).status, 403);
    assert.equal((await receiveFlag(body, flagToolToken("other-secret", "agentA"), SECRET)).status, 403);
    assert.equal((await receiveFlag({ ...body, agent_ref: "agentB" }, flagToolToken(SECRET, "agentA"), SECRET)).status, 403);
  });
  it("answers 400 naming the field for a bad body", async () => {
    const missing = await receiveFlag({ ...body, patient_words: undefined }, flagToolToken(SECRET, "agentA"), SECRET);
    assert.equal(missing.status, 400);
    assert.match(JSON.stringify(missing.body), /patient_words/);
    const badId = await receiveFlag({ ...body, conversation_id: "../alerts/x" }, flagToolToken(SECRET, "agentA"), SECRET);
    assert.equal(badId.status, 400);
    assert.match(JSON.stringify(badId.body), /conversation_id/);
  });
});

describe("flag request contract", () => {
  it("takes an unknown category as a red-flag symptom and an unknown severity as high, never refuses them", () => {
    const parsed = FlagRequest.parse({ ...body, category: "chest_pain", severity: "emergency" });
    assert.equal(parsed.category, "red_flag_symptom");
    assert.equal(parsed.severity, "high");
    const known = FlagRequest.parse({ ...body, category: "medication_problem", severity: "moderate" });
    assert.equal(known.category, "medication_problem");
    assert.equal(known.severity, "moderate");
  });
  it("refuses empty patient words and over-long ones", () => {
    assert.equal(FlagRequest.safeParse({ ...body, patient_words: "   " }).success, false);
    assert.equal(FlagRequest.safeParse({ ...body, patient_words: "x".repeat(2_001) }).success, false);
  });
});

describe("flag token comparison and idempotency key", () => {
  it("matches only the same token, whatever the length", () => {
    const token = flagToolToken(SECRET, "agentA");
    assert.equal(tokenMatches(token, token), true);
    assert.equal(tokenMatches(token.slice(0, -1), token), false);
    assert.equal(tokenMatches(`${token}x`, token), false);
    assert.equal(tokenMatches(flagToolToken(SECRET, "agentB"), token), false);
  });
  it("keys a flag on the conversation and the normalized words", () => {
    assert.equal(inCallFlagKey("c1", "My calf is HOT, and swollen."), inCallFlagKey("c1", "my calf is hot and swollen"));
    assert.notEqual(inCallFlagKey("c1", "my calf is hot"), inCallFlagKey("c2", "my calf is hot"));
    assert.notEqual(inCallFlagKey("c1", "my calf is hot"), inCallFlagKey("c1", "my calf is cold"));
  });
  it("reads back only the in-call flags of an alert", () => {
    const flags = inCallFlagsOf({
      items: [
        { rule_id: "in_call:flag_for_doctor", raised_in_call: true, category: "red_flag_symptom", severity: "urgent", patient_text: "chest pain" },
        { rule_id: "attention.chest_pain", category: "red_flag_symptom", severity: "urgent", patient_text: "chest pain" },
      ],
    } as never);
    assert.deepEqual(flags, [{ category: "red_flag_symptom", severity: "urgent", patient_words: "chest pain" }]);
    assert.deepEqual(inCallFlagsOf(undefined), []);
  });
});

describe("agent body: every agent carries the tool, the prompt and the analysis", () => {
  const config: AgentConfig = {
    reference: "agentA",
    name: "Knee guide",
    systemPrompt: "Teach the patient.",
    firstMessage: "Hello",
    language: "en",
    variables: {},
    maxDurationSeconds: 600,
    voiceId: "voice",
    knowledge: [],
    recordAudio: false,
    retentionDays: 30,
    flagTool: { url: "https://example.test/flagForDoctor", token: "tok", agentRef: "agentA" },
  };
  const built = agentBody(config) as unknown as {
    conversationConfig: { agent: { prompt: { prompt: string; tools: Array<{
      name: string;
      apiSchema: { url: string; requestHeaders: Record<string, string>; requestBodySchema: { properties: Record<string, { description?: string }> } };
    }> } } };
    platformSettings: { dataCollection: Record<string, unknown>; evaluation: { criteria: Array<Record<string, unknown>> } };
  };
  it("adds the webhook tool in SDK form, header and property names unchanged", () => {
    const [tool] = built.conversationConfig.agent.prompt.tools;
    assert.equal(tool!.name, "flag_for_doctor");
    assert.equal(tool!.apiSchema.url, "https://example.test/flagForDoctor");
    assert.deepEqual(tool!.apiSchema.requestHeaders, { "x-flag-token": "tok" });
    assert.deepEqual(tool!.apiSchema.requestBodySchema.properties.conversation_id, { type: "string", dynamicVariable: "system__conversation_id" });
    assert.deepEqual(tool!.apiSchema.requestBodySchema.properties.agent_ref, { type: "string", constantValue: "agentA" });
    assert.equal(typeof tool!.apiSchema.requestBodySchema.properties.patient_words!.description, "string");
  });
  it("appends the tool instructions to the prompt and sets the structured analysis", () => {
    assert.ok(built.conversationConfig.agent.prompt.prompt.endsWith(FLAG_TOOL_PROMPT));
    assert.deepEqual(Object.keys(built.platformSettings.dataCollection).sort(), ["contact_request_quotes", "red_flag_quotes"]);
    assert.deepEqual(built.platformSettings.evaluation.criteria.map((c) => c.conversationGoalPrompt !== undefined), [true, true]);
  });
});
