import assert from "node:assert/strict";
import { decideAlert, mostSevere } from "../../../src/domain/alerts";

const attention = (severity: string, category = "red_flag_symptom") => ({ category, severity, patient_text: "…", turn_index: 1 });

describe("domain/alerts", () => {
  it("raises an attention alert with the most severe severity when anything requires attention", () => {
    const decision = decideAlert({ requires_attention: [attention("moderate", "emotional_distress"), attention("urgent")], for_review: [attention("high")] });
    assert.equal(decision?.level, "attention");
    assert.equal(decision?.severity, "urgent");
    assert.deepEqual(decision?.categories, ["emotional_distress", "red_flag_symptom"]);
    assert.equal(decision?.attentionItemCount, 2);
    assert.equal(decision?.items.length, 2, "the attention items, not the review items");
  });

  it("raises a review alert for review items alone, counted as no open attention item", () => {
    const decision = decideAlert({ requires_attention: [], for_review: [{ category: "red_flag_symptom", severity: "urgent", reason: "negated", turn_index: 3 }] });
    assert.equal(decision?.level, "review");
    assert.equal(decision?.severity, "moderate");
    assert.equal(decision?.attentionItemCount, 0);
    assert.deepEqual(decision?.reviewReasons, ["for_review"]);
    assert.deepEqual(decision?.items.map((i) => i.reason), ["negated"]);
  });

  it("raises a review alert when the summarizer could not read the language", () => {
    const decision = decideAlert({ requires_attention: [], for_review: [], language_unsupported: true });
    assert.equal(decision?.level, "review");
    assert.deepEqual(decision?.reviewReasons, ["language_unsupported"]);
    assert.deepEqual(decision?.categories, ["language_unsupported"]);
  });

  it("raises nothing for a conversation with nothing to look at", () => {
    assert.equal(decideAlert({ requires_attention: [], for_review: [] }), null);
  });

  it("reads summaries without for_review or language_unsupported (older summarizer output)", () => {
    assert.equal(decideAlert({ requires_attention: [] }), null);
    assert.equal(decideAlert({ requires_attention: [attention("high")] })?.level, "attention");
    assert.equal(decideAlert({ for_review: "not a list", language_unsupported: "yes" }), null);
  });

  it("orders severities urgent > high > moderate > low and ignores unknown ones", () => {
    assert.equal(mostSevere(["low", "moderate", "high"], "low"), "high");
    assert.equal(mostSevere(["nonsense"], "moderate"), "moderate");
    assert.equal(mostSevere([], "high"), "high");
  });
});
