import { strict as assert } from "node:assert";
import type { ConversationSummary } from "../../../src/contracts/summary";
import { analysisSettings, flagForDoctorTool, flagToolToken } from "../../../src/domain/triage-signals/agent-config";
import { mergeTriageSignals, parseAnalysisQuotes } from "../../../src/domain/triage-signals/merge";
import { matchQuote } from "../../../src/domain/triage-signals/quotes";

// Conversations below are written for these tests; none comes from a labeled set.
const transcript = [
  { role: "agent", message: "Hello, how are you doing since the operation?", time_in_call_secs: 0 },
  { role: "user", message: "Mostly fine. Can I shower yet?", time_in_call_secs: 5 },
  { role: "agent", message: "Yes, after 48 hours, keeping the dressing dry.", time_in_call_secs: 9 },
  { role: "user", message: "Um, my left calf has gone hot and swollen since yesterday, and it throbs.", time_in_call_secs: 20 },
  { role: "agent", message: "Please call your care team today.", time_in_call_secs: 26 },
  { role: "user", message: "Also I'd really like the nurse to ring me back about my tablets.", time_in_call_secs: 35 },
  { role: "agent", message: "I will let them know.", time_in_call_secs: 40 },
];

function emptySummary(): ConversationSummary {
  return { language: "en", language_unsupported: false, answered_questions: [], unanswered_questions: [], requires_attention: [], for_review: [] };
}

function withAttentionAt(index: number): ConversationSummary {
  return {
    ...emptySummary(),
    requires_attention: [
      {
        turn_index: index,
        time_in_call_secs: 20,
        patient_text: transcript[index]!.message,
        category: "red_flag_symptom",
        severity: "urgent",
        evidence: "calf has gone hot and swollen",
        rule_id: "rules:example",
        corroborated_by_analysis: false,
      },
    ],
  };
}

describe("triage signals: quote matching", () => {
  const turns = [
    { index: 1, text: "Mostly fine. Can I shower yet?" },
    { index: 3, text: "Um, my left calf has gone hot and swollen since yesterday, and it throbs." },
  ];
  it("finds a verbatim quote regardless of case, accents and punctuation", () => {
    assert.deepEqual(matchQuote("My left calf has gone HOT and swollen", turns), { turnIndex: 3, score: 1 });
    assert.equal(matchQuote("la pantorrilla está caliente", [{ index: 4, text: "la pantorrilla esta caliente, ¿sabe?" }])?.score, 1);
  });
  it("matches a lightly edited quote by its words, and reports how sure it is", () => {
    const match = matchQuote("left calf gone hot and swollen", turns);
    assert.equal(match?.turnIndex, 3);
    assert.ok(match!.score >= 0.6 && match!.score <= 1);
  });
  it("finds nothing when no word is shared", () => {
    assert.equal(matchQuote("chest tightness", turns), undefined);
  });
});

describe("triage signals: analysis values", () => {
  it("reads a JSON array from a string field, with text around it", () => {
    const quotes = parseAnalysisQuotes('Here: [{"quote":"calf is hot","category":"red_flag_symptom","present_now":true}]');
    assert.deepEqual(quotes, [{ quote: "calf is hot", category: "red_flag_symptom", present_now: true }]);
  });
  it("ignores malformed values and malformed items instead of failing", () => {
    assert.deepEqual(parseAnalysisQuotes("none"), []);
    assert.deepEqual(parseAnalysisQuotes("[{]"), []);
    assert.deepEqual(parseAnalysisQuotes([{ quote: "" }, { quote: "ok" }, 3]), [{ quote: "ok" }]);
  });
});

describe("triage signals: merge", () => {
  it("adds an in-call flag to requires_attention and marks it raised in the call", () => {
    const merged = mergeTriageSignals(emptySummary(), {
      transcript,
      inCallFlags: [{ category: "red_flag_symptom", severity: "urgent", patient_words: "my left calf has gone hot and swollen" }],
    });
    assert.equal(merged.requires_attention.length, 1);
    assert.equal(merged.requires_attention[0]!.turn_index, 3);
    assert.equal(merged.requires_attention[0]!.raised_in_call, true);
    assert.equal(merged.requires_attention[0]!.severity, "urgent");
    assert.equal(merged.signals.in_call_flags, 1);
  });

  it("never removes a rules item: an in-call flag on the same turn only marks it", () => {
    const merged = mergeTriageSignals(withAttentionAt(3), {
      transcript,
      inCallFlags: [{ category: "other", severity: "moderate", patient_words: "calf has gone hot" }],
    });
    assert.equal(merged.requires_attention.length, 1);
    assert.equal(merged.requires_attention[0]!.rule_id, "rules:example");
    assert.equal(merged.requires_attention[0]!.raised_in_call, true);
  });

  it("puts an analysis quote the rules missed in for_review with its reason", () => {
    const merged = mergeTriageSignals(emptySummary(), {
      transcript,
      analysis: {
        data_collection_results: {
          contact_request_quotes: { value: JSON.stringify([{ quote: "I'd really like the nurse to ring me back", category: "doctor_request", present_now: true }]) },
        },
      },
    });
    assert.equal(merged.for_review.length, 1);
    assert.equal(merged.for_review[0]!.turn_index, 5);
    assert.equal(merged.for_review[0]!.reason, "flagged_by_analysis");
    assert.equal(merged.for_review[0]!.category, "doctor_request");
  });

  it("corroborates a rules item instead of duplicating it, and skips quotes the analysis says are not present", () => {
    const merged = mergeTriageSignals(withAttentionAt(3), {
      transcript,
      analysis: {
        data_collection_results: {
          red_flag_quotes: {
            value: JSON.stringify([
              { quote: "my left calf has gone hot and swollen", category: "red_flag_symptom", present_now: true },
              { quote: "Mostly fine", category: "other", present_now: false },
            ]),
          },
        },
      },
    });
    assert.equal(merged.requires_attention.length, 1);
    assert.equal(merged.requires_attention[0]!.corroborated_by_analysis, true);
    assert.equal(merged.for_review.length, 0);
  });

  it("keeps a quote that matches no turn, on the last patient turn, without claiming evidence", () => {
    const merged = mergeTriageSignals(emptySummary(), {
      transcript,
      analysis: { data_collection_results: { red_flag_quotes: { value: '[{"quote":"zzz qqq","present_now":true}]' } } },
    });
    assert.equal(merged.for_review.length, 1);
    assert.equal(merged.for_review[0]!.turn_index, 5);
    assert.equal(merged.for_review[0]!.evidence, "");
    assert.equal(merged.for_review[0]!.analysis_quote, "zzz qqq");
  });

  it("a positive red-flag criterion with nothing else found still sends the doctor to the transcript", () => {
    const merged = mergeTriageSignals(emptySummary(), {
      transcript,
      analysis: { evaluation_criteria_results: { red_flag_reported: { result: "success", rationale: "The patient said the calf is hot and swollen." } } },
    });
    assert.equal(merged.for_review.length, 1);
    assert.equal(merged.for_review[0]!.turn_index, 3);
    assert.deepEqual(merged.signals.analysis_criteria, ["red_flag_reported"]);
  });

  it("records an analysis quote on the review item already held at its turn, without a second item", () => {
    const summary = emptySummary();
    summary.for_review.push({
      turn_index: 3, time_in_call_secs: 20, patient_text: transcript[3]!.message, category: "red_flag_symptom",
      severity: "moderate", evidence: "hot", rule_id: "rules:x", reason: "flagged_by_analysis", reason_detail: "x",
    });
    const merged = mergeTriageSignals(summary, {
      transcript,
      analysis: { data_collection_results: { red_flag_quotes: { value: JSON.stringify([{ quote: "calf has gone hot and swollen", present_now: true }]) } } },
    });
    assert.equal(merged.for_review.length, 1);
    assert.equal(merged.for_review[0]!.rule_id, "rules:x");
    assert.equal(merged.for_review[0]!.analysis_quote, "calf has gone hot and swollen");
  });

  it("gives an uncertain review item the analysis' reason, and keeps a context reason such as resolved", () => {
    const held = (reason: "uncertain" | "resolved") => {
      const summary = emptySummary();
      summary.for_review.push({
        turn_index: 3, time_in_call_secs: 20, patient_text: transcript[3]!.message, category: "red_flag_symptom",
        severity: "moderate", evidence: "hot", rule_id: "rules:x", reason, reason_detail: "x",
      });
      return mergeTriageSignals(summary, {
        transcript,
        analysis: { data_collection_results: { red_flag_quotes: { value: JSON.stringify([{ quote: "calf has gone hot and swollen", present_now: true }]) } } },
      }).for_review;
    };
    assert.deepEqual(held("uncertain").map((i) => [i.reason, i.analysis_quote, i.evidence]), [["flagged_by_analysis", "calf has gone hot and swollen", "calf has gone hot and swollen"]]);
    assert.deepEqual(held("resolved").map((i) => [i.reason, i.analysis_quote, i.evidence]), [["resolved", "calf has gone hot and swollen", "hot"]]);
  });

  it("promotes a for_review item when the agent flagged that turn in the call", () => {
    const summary = emptySummary();
    summary.for_review.push({
      turn_index: 3, time_in_call_secs: 20, patient_text: transcript[3]!.message, category: "red_flag_symptom",
      severity: "high", evidence: "hot", rule_id: "rules:x", reason: "resolved", reason_detail: "resolved",
    });
    const merged = mergeTriageSignals(summary, { transcript, inCallFlags: [{ category: "red_flag_symptom", severity: "high", patient_words: "calf has gone hot and swollen" }] });
    assert.equal(merged.requires_attention.length, 1);
    assert.equal(merged.for_review.length, 0);
  });
});

describe("triage signals: agent configuration", () => {
  it("binds the tool to the conversation through a system variable, not a client value", () => {
    const tool = flagForDoctorTool("https://example.test/flagForDoctor", "token", "agentDoc1");
    assert.equal(tool.api_schema.request_body_schema.properties.conversation_id.dynamic_variable, "system__conversation_id");
    assert.equal(tool.api_schema.request_body_schema.properties.agent_ref.constant_value, "agentDoc1");
    assert.deepEqual(tool.api_schema.request_body_schema.required, ["agent_ref", "conversation_id", "category", "severity", "patient_words"]);
    assert.equal(tool.api_schema.request_headers["x-flag-token"], "token");
  });
  it("derives a different tool token per agent and per secret", () => {
    assert.notEqual(flagToolToken("s", "agent_a"), flagToolToken("s", "agent_b"));
    assert.notEqual(flagToolToken("s1", "agent_a"), flagToolToken("s2", "agent_a"));
    assert.equal(flagToolToken("s", "agent_a"), flagToolToken("s", "agent_a"));
  });
  it("defines data collection as literal string fields, as ElevenLabs' schema requires", () => {
    const settings = analysisSettings();
    for (const field of Object.values(settings.data_collection)) assert.equal(field.type, "string");
    assert.deepEqual(settings.evaluation.criteria.map((c) => c.id), ["red_flag_reported", "asked_for_human"]);
  });
});
