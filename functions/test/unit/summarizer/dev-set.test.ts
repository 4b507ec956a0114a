// The labeled development set beside the repository must meet every target.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import { DEFAULT_DATASET_DIR, evaluate } from "../../../scripts/eval-summarizer";
import { formatReport } from "../../../src/domain/summarizer/evaluate";

describe("summarizer: development set", function () {
  this.timeout(30_000);

  it("meets the precision and recall targets", function () {
    if (!fs.existsSync(DEFAULT_DATASET_DIR)) {
      // CI must not pass a quality gate it did not run; locally a missing set is only reported.
      if (process.env.CI === "true") {
        assert.fail(`CI=true and the labeled development set is missing at ${DEFAULT_DATASET_DIR}: the summarizer's precision/recall gate cannot run. Put the shared data (shared/data/transcripts) beside the repository.`);
      }
      console.log(`      skipped: no labeled conversations at ${DEFAULT_DATASET_DIR} (with CI=true this fails)`);
      this.skip();
    }
    const report = evaluate(DEFAULT_DATASET_DIR);
    assert.ok(report.files > 0, "the development set is empty");
    assert.ok(report.passed, formatReport(report));
  });
});
