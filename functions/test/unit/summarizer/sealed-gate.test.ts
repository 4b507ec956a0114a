// The gate: on the sealed set (conversations written after the rules froze, never read by the
// team), the summarizer must meet every target of issue 16. The folder is read only through the
// scorer, and a failure shows figures only, never a file name or a patient's words. Without the
// sealed data the test is skipped locally, and FAILS under CI=true: a gate that silently passes
// when its data is missing would be no gate.
import assert from "node:assert/strict";
import { evaluate, hasConversations, SEALED_DIR } from "../../../scripts/eval-summarizer";
import { formatReport } from "../../../src/domain/summarizer/evaluate";

describe("summarizer: sealed-set gate", function () {
  this.timeout(60_000);

  it("meets the issue 16 targets on conversations the team has never seen", function () {
    if (!hasConversations(SEALED_DIR)) {
      if (process.env.CI === "true") assert.fail(`no sealed conversations at ${SEALED_DIR}: the gate cannot run`);
      console.log(`      skipped: no sealed conversations at ${SEALED_DIR}`);
      this.skip();
    }
    const report = evaluate(SEALED_DIR);
    assert.ok(report.files > 0);
    assert.ok(report.passed, formatReport(report, false));
  });
});
