// Output shape: parses with the zod contract, quotes the patient exactly, tolerates odd input.
import assert from "node:assert/strict";
import { ConversationSummary } from "../../../src/contracts/summary";
import { summarizeConversation, type ConversationInput } from "../../../src/domain/summarizer";
import { conversation, summarize } from "./helpers";

const CALL = conversation([
  ["agent", "Hi Pat, this is the recovery guide. What can I help with?"],
  ["user", "How long do I wear the sling? Also I've had a fever of 38.5 since last night."],
  ["agent", "Please call the office today about the fever. Your sheet says to wear the sling for six weeks, including at night.", { grounded: true }],
  ["user", "Can the nurse call me back? And will I need physio?"],
  ["agent", "Your request will be passed on. Whether you need physiotherapy is something your surgeon decides at the follow-up."],
  ["user", "No chest pain though."],
]);

describe("summarizer: output contract", () => {
  it("parses with the ConversationSummary zod schema", () => {
    const parsed = ConversationSummary.safeParse(summarize(CALL));
    assert.ok(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues));
  });

  it("gives every item its turn, time and the patient's words; evidence is an exact substring", () => {
    const s = summarize(CALL);
    const entries = CALL.transcript ?? [];
    const all = [...s.answered_questions, ...s.unanswered_questions, ...s.requires_attention, ...s.for_review];
    assert.ok(all.length >= 5);
    for (const item of all) {
      const entry = entries[item.turn_index];
      assert.equal(entry?.role, "user");
      assert.equal(item.patient_text, entry?.message);
      assert.equal(item.time_in_call_secs, entry?.time_in_call_secs);
    }
    for (const item of [...s.requires_attention, ...s.for_review]) assert.ok(item.patient_text.includes(item.evidence), item.evidence);
    assert.deepEqual(s.requires_attention.map((a) => [a.turn_index, a.category]), [[1, "red_flag_symptom"], [3, "doctor_request"]]);
  });

  it("is deterministic", () => {
    assert.deepEqual(summarize(CALL), summarize(CALL));
  });

  it("tolerates missing and null fields, unknown roles and extra keys", () => {
    const odd = {
      transcript: [
        null,
        { role: "agent", message: null, time_in_call_secs: 0 },
        { role: "user", message: "Can I drive yet?" },
        { role: "tool", message: "lookup", extra: { anything: true } },
        { role: "agent", message: "Not until you are off the strong painkillers, usually about two weeks." },
        { role: "user", message: null, time_in_call_secs: 30 },
      ],
      metadata: null,
      analysis: undefined,
      unexpected: "field",
    } as unknown as ConversationInput;
    const s = summarizeConversation(odd);
    assert.deepEqual(s.answered_questions.map((a) => a.turn_index), [2]);
    assert.equal(s.answered_questions[0]?.time_in_call_secs, 0);
    assert.deepEqual(summarizeConversation({} as ConversationInput).answered_questions, []);
  });
});
