// The three triage signals end to end, through the stand-in with the real SDK: the in-call
// flag_for_doctor tool (the alert exists while the call is still open), its endpoint's refusals and
// idempotency, ElevenLabs' data_collection quotes in the summary, a flag for an erased patient,
// and the agent body every saved agent carries.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import WebSocket from "ws";
import { adminDb, api, closeClientApps, elevenLabsApiKey, elevenLabsUrl, functionsBase, localKeys, markSensitive, standIn, waitFor } from "./harness";
import { safetyClinic, sessionData, type SafetyClinic } from "./safety-helpers";
import { stack } from "../stack";

const tokenFor = (agentId: string) => createHmac("sha256", localKeys.FLAG_TOOL_KEY).update(`flag-tool:v1:${agentId}`).digest("base64url");

async function postFlag(body: Record<string, unknown>, token: string | undefined) {
  const response = await fetch(`${functionsBase}/flagForDoctor`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { "x-flag-token": token } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A call kept open: say something, wait for the answer, hang up only when the test says so. */
async function openCall(signedUrl: string) {
  const socket = new WebSocket(signedUrl);
  const events: { type: string; [key: string]: unknown }[] = [];
  socket.on("message", (raw) => {
    const event = JSON.parse(raw.toString());
    if (event.type === "ping") socket.send(JSON.stringify({ type: "pong", event_id: event.ping_event.event_id }));
    events.push(event);
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const replies = () => events.filter((e) => e.type === "agent_response").length;
  await waitFor("the first message", async () => replies() >= 1, 15_000);
  return {
    say: async (text: string) => {
      const before = replies();
      socket.send(JSON.stringify({ type: "user_message", text }));
      await waitFor("the answer", async () => replies() > before, 15_000);
    },
    hangUp: async () => {
      socket.close(1000);
      await new Promise((resolve) => socket.once("close", resolve));
    },
  };
}

const start = (clinic: SafetyClinic) =>
  clinic.patient.call<{ signed_url: string; session_id: string }>("startSession", { patient_id: clinic.patientId, agent_id: clinic.agentId });

const summaryOf = (sessionId: string) =>
  waitFor(`the summary of ${sessionId}`, async () => (await adminDb.collection("session_summaries").doc(sessionId).get()).data(), 90_000);

interface SummaryItem {
  rule_id?: string;
  turn_index?: number;
  reason?: string;
  evidence?: string;
  corroborated_by_analysis?: boolean;
  raised_in_call?: boolean;
  analysis_quote?: string;
}

interface StoredTool {
  type: string;
  name: string;
  api_schema: {
    url: string;
    method: string;
    request_headers: Record<string, string>;
    request_body_schema: { properties: Record<string, { dynamic_variable?: string; constant_value?: string }> };
  };
}

const alertOf = async (sessionId: string) => (await adminDb.collection("alerts").doc(sessionId).get()).data();

describe("triage signals (in the call, after the call, the local net)", function () {
  this.timeout(180_000);
  after(closeClientApps);

  it("sends every saved agent to ElevenLabs with the flag_for_doctor tool, its token, the prompt and the structured analysis", async () => {
    const clinic = await safetyClinic("Agent body");
    const agent = (await adminDb.collection("agents").doc(clinic.agentId).get()).data()!;
    const response = await fetch(`${elevenLabsUrl}/v1/convai/agents/${agent.elevenlabs_agent_id}`, { headers: { "xi-api-key": elevenLabsApiKey } });
    assert.equal(response.status, 200, "the stand-in accepted and stored the agent");
    const stored = (await response.json()) as {
      conversation_config: { agent: { prompt: { prompt: string; tools: StoredTool[] } } };
      platform_settings: { data_collection: Record<string, { type: string; description: string }>; evaluation: { criteria: Array<{ id: string }> } };
    };
    const tools = stored.conversation_config.agent.prompt.tools;
    assert.equal(tools.length, 1);
    const tool = tools[0]!;
    assert.equal(tool.type, "webhook");
    assert.equal(tool.name, "flag_for_doctor");
    assert.equal(tool.api_schema.url, stack.urls.flagTool);
    assert.equal(tool.api_schema.method, "POST");
    assert.equal(tool.api_schema.request_headers["x-flag-token"], tokenFor(clinic.agentId));
    const properties = tool.api_schema.request_body_schema.properties;
    assert.equal(properties.conversation_id!.dynamic_variable, "system__conversation_id");
    assert.equal(properties.agent_ref!.constant_value, clinic.agentId);
    assert.match(stored.conversation_config.agent.prompt.prompt, /call flag_for_doctor at once/);
    assert.match(stored.conversation_config.agent.prompt.prompt, /emergency number/);
    assert.deepEqual(Object.keys(stored.platform_settings.data_collection).sort(), ["contact_request_quotes", "red_flag_quotes"]);
    assert.equal(stored.platform_settings.data_collection.red_flag_quotes!.type, "string");
    assert.deepEqual(stored.platform_settings.evaluation.criteria.map((c) => c.id).sort(), ["asked_for_human", "red_flag_reported"]);
  });

  it("raises the doctor's alert during the call, before it ends; the summary keeps the in-call flag", async () => {
    const clinic = await safetyClinic("In call");
    const words = "I have crushing chest pain right now and my left arm is numb";
    markSensitive(words);
    const started = await start(clinic);
    const call = await openCall(started.signed_url);
    await call.say("How long should I keep the dressing dry?");
    await call.say(words);
    // The call is still open: the session is active and the alert is already there.
    const alert = await waitFor("the in-call alert", () => alertOf(started.session_id), 15_000);
    assert.equal((await sessionData(started.session_id))?.status, "active", "the call has not ended");
    assert.equal(alert.raised_in_call, true);
    assert.ok(alert.raised_in_call_at, "the time it was raised");
    assert.equal(alert.level, "attention");
    assert.equal(alert.state, "open");
    assert.equal(alert.items.length, 1);
    assert.equal(alert.items[0].raised_in_call, true);
    const listed = await clinic.doctor.call<{ alerts: Array<{ alert_id: string; raised_in_call?: boolean; raised_in_call_at?: string }> }>("listAlerts", {});
    const shown = listed.alerts.find((a) => a.alert_id === started.session_id);
    assert.ok(shown, "the doctor's live alert list shows it");
    assert.equal(shown.raised_in_call, true);
    assert.equal(typeof shown.raised_in_call_at, "string");
    const calls = await standIn<{ calls: Array<{ conversation_id: string; tool_name: string; status: number }> }>("GET", "/_emulator/tool-calls");
    const ours = calls.calls.filter((c) => c.conversation_id === started.session_id);
    assert.equal(ours.length, 1);
    assert.equal(ours[0]!.status, 200, "the endpoint accepted the stand-in's call");

    await call.hangUp();
    await clinic.patient.call("endSession", { session_id: started.session_id });
    const summary = await summaryOf(started.session_id);
    const fromCall = (summary.requires_attention as Array<Record<string, unknown>>).filter((i) => i.raised_in_call === true);
    assert.ok(fromCall.length >= 1, JSON.stringify(summary.requires_attention));
    assert.equal(summary.signals.in_call_flags, 1);
    const final = (await alertOf(started.session_id))!;
    assert.equal(final.raised_in_call, true);
    assert.equal(final.raised_in_call_at.toMillis(), alert.raised_in_call_at.toMillis(), "the summary keeps the in-call time");
    assert.equal(final.created_at.toMillis(), alert.created_at.toMillis());
    const page = await api<{ red_flag: { during_call: boolean } | null }>("GET", `/sessions/${started.session_id}`, { user: clinic.doctor });
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.equal(page.body.red_flag?.during_call, true, "the conversation page says the alert was raised during the call");
  });

  it("refuses a missing or wrong token and another agent's conversation; the same flag twice writes once", async () => {
    const clinic = await safetyClinic("Endpoint");
    const other = await safetyClinic("Endpoint other");
    const { session_id } = await start(clinic);
    const flag = { agent_ref: clinic.agentId, conversation_id: session_id, category: "red_flag_symptom", severity: "urgent", patient_words: "my calf is hot and swollen" };
    markSensitive(flag.patient_words);

    assert.equal((await postFlag(flag, undefined)).status, 401);
    assert.equal((await postFlag(flag, "not-the-token")).status, 403);
    assert.equal((await postFlag(flag, tokenFor(other.agentId))).status, 403, "another agent's token");
    const foreign = await postFlag({ ...flag, agent_ref: other.agentId }, tokenFor(other.agentId));
    assert.equal(foreign.status, 403, "a valid token for another agent cannot flag this conversation");
    const bad = await postFlag({ ...flag, patient_words: "" }, tokenFor(clinic.agentId));
    assert.equal(bad.status, 400);
    assert.match(String((bad.body.error as { message: string }).message), /^patient_words:/);
    assert.equal(await alertOf(session_id), undefined, "nothing was written by a refused call");

    const first = await postFlag(flag, tokenFor(clinic.agentId));
    assert.equal(first.status, 200);
    assert.equal(first.body.doctor_notified, true);
    const again = await postFlag({ ...flag, patient_words: "  My calf is HOT and swollen. " }, tokenFor(clinic.agentId));
    assert.equal(again.status, 200);
    assert.equal(again.body.duplicate, true);
    const alert = (await alertOf(session_id))!;
    assert.equal(alert.items.length, 1, "written once");
    assert.equal(alert.flag_keys.length, 1);
    const second = await postFlag({ ...flag, patient_words: "and I feel faint", category: "not-a-category" }, tokenFor(clinic.agentId));
    assert.equal(second.status, 200);
    const both = (await alertOf(session_id))!;
    assert.equal(both.items.length, 2, "a different flag is added");
    assert.equal(both.items[1].category, "red_flag_symptom", "an unknown category is taken as a red-flag symptom, not refused");
    await clinic.patient.call("endSession", { session_id });
  });

  it("puts ElevenLabs' data_collection quotes into the summary's for_review at the quoted turn, and alerts for review", async () => {
    const clinic = await safetyClinic("Analysis");
    const quoted = "the toes on my operated leg have gone a strange dusky colour";
    const turns = ["How long should I keep the dressing dry?", `Since yesterday evening ${quoted}, is that normal?`, "Thanks, that is all."];
    markSensitive(...turns);
    const started = await start(clinic);
    await standIn("POST", "/_emulator/analysis", {
      conversation_id: started.session_id,
      merge: true,
      analysis: {
        data_collection_results: {
          red_flag_quotes: {
            data_collection_id: "red_flag_quotes",
            value: JSON.stringify([{ quote: quoted, category: "red_flag_symptom", present_now: true }]),
            rationale: "The patient describes a colour change of the toes.",
          },
        },
      },
    });
    const call = await openCall(started.signed_url);
    for (const turn of turns) await call.say(turn);
    await call.hangUp();
    await clinic.patient.call("endSession", { session_id: started.session_id });
    const summary = await summaryOf(started.session_id);
    const conversation = await fetch(`${elevenLabsUrl}/v1/convai/conversations/${started.session_id}`, { headers: { "xi-api-key": elevenLabsApiKey } }).then((r) => r.json() as Promise<{ transcript: Array<{ role: string; message: string | null }> }>);
    const quotedTurn = conversation.transcript.findIndex((t) => t.role === "user" && t.message?.includes(quoted));
    assert.ok(quotedTurn > 0);
    // The quote lands at its turn: as its own for_review item, or recorded on the item already held there.
    const atTurn = (summary.for_review as SummaryItem[]).find((i) => i.turn_index === quotedTurn);
    assert.ok(atTurn, JSON.stringify(summary.for_review));
    assert.equal(atTurn.reason, "flagged_by_analysis");
    assert.ok(atTurn.rule_id === "analysis:data_collection" || atTurn.analysis_quote === quoted, JSON.stringify(atTurn));
    assert.ok(atTurn.evidence?.includes(quoted), "the evidence holds the patient's words");
    assert.equal((summary.requires_attention as SummaryItem[]).length, 0, "nothing was affirmed in the call");
    const alert = (await alertOf(started.session_id))!;
    assert.ok(alert, "for_review from the analysis alerts the doctor");
    assert.equal(alert.level, "review");
    assert.deepEqual(alert.review_reasons, ["for_review"]);
    assert.equal(summary.signals.analysis_quotes >= 1, true);
  });

  it("acknowledges and drops a flag for an erased patient, and for a conversation it no longer has", async () => {
    const clinic = await safetyClinic("Erased");
    const { session_id } = await start(clinic);
    const words = "I stopped all my tablets last week";
    markSensitive(words);
    const erased = await api("DELETE", `/patient/${clinic.patientId}`, { user: clinic.doctor });
    assert.equal(erased.status, 200, JSON.stringify(erased.body));
    const flag = { agent_ref: clinic.agentId, conversation_id: session_id, category: "medication_problem", severity: "high", patient_words: words };
    const response = await postFlag(flag, tokenFor(clinic.agentId));
    assert.equal(response.status, 200);
    assert.equal(response.body.received, true);
    assert.equal(response.body.doctor_notified, undefined, "nothing was raised");
    assert.equal(await alertOf(session_id), undefined);
    const left = await adminDb.collection("alerts").where("patient_id", "==", clinic.patientId).get();
    assert.equal(left.size, 0);
    // Still refused without the agent's token, even for a conversation that is gone.
    assert.equal((await postFlag(flag, "wrong")).status, 403);
  });
});
