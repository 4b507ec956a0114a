// The gate on the sealed set (conversations written after the rules froze, never read by the
// team). The folder is read only through the scorer, and a failure shows figures only, never a
// file name or a patient's words. Without the sealed data the test is skipped locally, and FAILS
// under CI=true: a gate that silently passes when its data is missing would be no gate.
//
// What it holds: every figure at least as good as when this sealed set was first scored (the
// baseline beside it, recorded at the freeze). The issue 16 targets are NOT met yet on this set;
// `npm run eval:summarizer` prints them with MISS, and the README gives the figures. Raising the
// baseline is allowed only with a new sealed set scored after a new freeze.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate, FIXTURES_DIR, hasConversations, SEALED_DIR } from "../../../scripts/eval-summarizer";
import { formatReport } from "../../../src/domain/summarizer/evaluate";

interface Baseline {
  freeze: string;
  files: number;
  values: Record<string, number>;
}

describe("summarizer: sealed-set gate", function () {
  this.timeout(60_000);

  it("holds every figure recorded when the sealed set was scored at the freeze (no regression)", function () {
    if (!hasConversations(SEALED_DIR)) {
      if (process.env.CI === "true") assert.fail(`no sealed conversations at ${SEALED_DIR}: the gate cannot run`);
      console.log(`      skipped: no sealed conversations at ${SEALED_DIR}`);
      this.skip();
    }
    const baseline = JSON.parse(readFileSync(join(FIXTURES_DIR, "sealed-baseline.json"), "utf8")) as Baseline;
    const report = evaluate(SEALED_DIR);
    assert.equal(report.files, baseline.files, "the sealed set changed: score a new one after a new freeze and record its baseline");
    const worse = report.targets
      .map((t) => ({ key: `${t.list}.${t.metric}`, value: t.value, direction: t.direction }))
      .filter(({ key, value, direction }) => {
        const recorded = baseline.values[key];
        assert.ok(recorded !== undefined, `no baseline for ${key}`);
        return direction === "min" ? value < recorded - 1e-4 : value > recorded + 1e-4;
      });
    assert.deepEqual(worse.map((w) => `${w.key}: ${w.value.toFixed(4)} vs ${baseline.values[w.key]}`), [], formatReport(report, false));
  });
});
