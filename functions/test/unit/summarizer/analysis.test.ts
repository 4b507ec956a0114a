// ElevenLabs' own analysis is used conservatively: it can add for_review items and corroborate,
// never remove a flag the rules raised.
import assert from "node:assert/strict";
import type { ConversationAnalysis } from "../../../src/domain/summarizer";
import { conversation, summarize, turnsOf } from "./helpers";

const LINES = [
  ["agent", "Hello Sam, how can I help?"],
  ["user", "My calf has gone hard and hot since yesterday."],
  ["agent", "Please call the clinic today about your calf."],
  ["user", "I also had some bad itching last month but it's settled now. Can I take a warm bath?"],
  ["agent", "Your sheet says showers are fine but no baths until the wound has healed."],
] as const;

function withAnalysis(analysis: ConversationAnalysis) {
  return summarize(conversation(LINES, "en", { analysis }));
}

describe("summarizer: ElevenLabs analysis", () => {
  it("never removes a flag the rules raised when the analysis says 'none'", () => {
    const s = withAnalysis({
      data_collection_results: { red_flags: { data_collection_id: "red_flags", value: "none", rationale: "No warning signs." } },
    });
    assert.deepEqual(turnsOf(s.requires_attention), [1]);
  });

  it("corroborates a flag the analysis also reports", () => {
    const s = withAnalysis({
      data_collection_results: { red_flags: { data_collection_id: "red_flags", value: "Hard, hot calf since yesterday (possible clot)" } },
    });
    assert.equal(s.requires_attention[0]?.corroborated_by_analysis, true);
  });

  it("adds a red flag only the analysis reported to for_review, not to requires_attention", () => {
    const s = withAnalysis({
      data_collection_results: { red_flags: { data_collection_id: "red_flags", value: "Severe itching over the back and arms" } },
    });
    assert.deepEqual(turnsOf(s.requires_attention), [1]);
    const review = s.for_review.find((r) => r.reason === "flagged_by_analysis");
    assert.equal(review?.turn_index, 3);
    assert.ok(review && LINES[3][1].includes(review.evidence));
  });

  it("adds a doctor-contact wish to for_review when no rule found a request", () => {
    const s = summarize(conversation([
      ["agent", "Hello, how can I help?"],
      ["user", "Honestly I'd feel better hearing it from the doctor herself."],
      ["agent", "I understand. I'll note that for your care team."],
    ], "en", { analysis: { data_collection_results: { wants_doctor_contact: { data_collection_id: "wants_doctor_contact", value: true } } } }));
    assert.equal(s.requires_attention.length, 0);
    assert.equal(s.for_review[0]?.category, "doctor_request");
    assert.equal(s.for_review[0]?.reason, "flagged_by_analysis");
  });

  it("tolerates odd analysis shapes", () => {
    const s = withAnalysis({
      data_collection_results: { red_flags: null, unanswered_questions: { value: ["a", 3, { nested: "none" }] } },
      evaluation_criteria_results: { red_flag_escalation: { criteria_id: "red_flag_escalation", result: "failure", rationale: "The agent did not escalate" } },
    });
    assert.deepEqual(turnsOf(s.requires_attention), [1]);
  });
});
