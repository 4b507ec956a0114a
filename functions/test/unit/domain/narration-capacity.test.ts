import assert from "node:assert/strict";
import { join } from "node:path";
import { ELEVENLABS_PLANS, PLAN_LIMITS, narrationCapacity, type ElevenLabsPlan } from "../../../src/domain/elevenlabs-plans";

describe("domain/elevenlabs-plans narrationCapacity", () => {
  const expected: [ElevenLabsPlan, number, number, number][] = [
    // plan, TTS concurrency (Multilingual v2), narrations at once, requests per narration
    ["free", 2, 1, 2],
    ["starter", 3, 1, 3],
    ["creator", 5, 1, 5],
    ["pro", 10, 2, 5],
    ["scale", 15, 3, 5],
    ["business", 15, 3, 5],
  ];
  for (const [plan, limit, jobs, requests] of expected) {
    it(`${plan}: ${limit} concurrent requests -> ${jobs} narration(s) at once x ${requests} requests`, () => {
      assert.equal(PLAN_LIMITS[plan].ttsConcurrency.multilingual, limit);
      assert.deepEqual(narrationCapacity(plan), { jobsAtOnce: jobs, requestsPerJob: requests });
    });
  }

  it("assumes at least the business plan's concurrency for enterprise, whose limit is negotiated", () => {
    assert.equal(PLAN_LIMITS.enterprise.ttsConcurrency.multilingual, null);
    assert.deepEqual(narrationCapacity("enterprise"), { jobsAtOnce: 3, requestsPerJob: 5 });
  });

  it("never lets the narrations together exceed the plan's concurrency, and always narrates", () => {
    for (const plan of ELEVENLABS_PLANS) {
      const { jobsAtOnce, requestsPerJob } = narrationCapacity(plan);
      assert.ok(jobsAtOnce * requestsPerJob <= (PLAN_LIMITS[plan].ttsConcurrency.multilingual ?? 15), plan);
      assert.ok(jobsAtOnce >= 1 && requestsPerJob >= 1, plan);
    }
  });
});

describe("config narrationJobsAtOnce (the queue's maxConcurrentDispatches)", () => {
  it("is a param expression that picks each plan's jobsAtOnce, the default plan's otherwise", async () => {
    const { narrationJobsAtOnce } = await import("../../../src/config");
    const cel = typeof narrationJobsAtOnce === "number" ? String(narrationJobsAtOnce) : narrationJobsAtOnce.toCEL();
    for (const plan of ELEVENLABS_PLANS) assert.ok(cel.includes(`params.ELEVENLABS_PLAN == "${plan}" ? ${narrationCapacity(plan).jobsAtOnce} :`), `${plan} in ${cel}`);
    assert.match(cel, /: 1 }}$/);
  });

  it("resolves to each plan's figure with the Firebase CLI's own resolver (deploy and emulator)", async () => {
    const { narrationJobsAtOnce } = await import("../../../src/config");
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CLI is plain CommonJS outside this package
    const cli = (path: string) => require(join(__dirname, "..", "..", "..", "..", "node_modules", "firebase-tools", "lib", "deploy", "functions", path));
    const { resolveExpression } = cli("cel.js");
    const { ParamValue } = cli("params.js");
    const cel = typeof narrationJobsAtOnce === "number" ? String(narrationJobsAtOnce) : narrationJobsAtOnce.toCEL();
    for (const plan of ELEVENLABS_PLANS) {
      const resolved = resolveExpression("number", cel, { ELEVENLABS_PLAN: new ParamValue(plan, false, { string: true }) });
      assert.equal(resolved, narrationCapacity(plan).jobsAtOnce, plan);
    }
  });
});
