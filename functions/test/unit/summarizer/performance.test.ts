// Speed figures come from `npm run bench` (a one-hour call, medians with min and max), not from
// timed unit tests; this file only guards against runaway (super-linear) matching.
import assert from "node:assert/strict";
import type { ConversationInput } from "../../../src/domain/summarizer";
import { summarize } from "./helpers";

describe("summarizer: performance", function () {
  this.timeout(30_000);

  it("stays linear on one enormous run-on turn (minutes of speech with no punctuation)", () => {
    const rambling = "and then um so like i was saying my chest was tight and the dog ".repeat(2500) + "can i take another tablet";
    const call: ConversationInput = {
      transcript: [
        { role: "user", message: rambling, time_in_call_secs: 0 },
        { role: "agent", message: "If your chest feels tight now, please call 911.", time_in_call_secs: 600 },
      ],
    };
    const start = process.hrtime.bigint();
    const summary = summarize(call);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    assert.equal(summary.requires_attention[0]?.category, "red_flag_symptom");
    // A generous bound: it catches catastrophic backtracking (seconds per turn), not slowness.
    assert.ok(elapsed < 10_000, `${elapsed.toFixed(0)} ms for a ${rambling.length}-character turn`);
  });
});
