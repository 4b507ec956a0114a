import assert from "node:assert/strict";
import { ELEVENLABS_PLAN_NAMES, ELEVENLABS_PLANS, isElevenLabsPlan, narrationCapacity } from "../../../src/domain/elevenlabs-plans";

describe("domain/elevenlabs-plans", () => {
  const expected: [string, number, number, number][] = [
    // plan, TTS concurrency, narrations at once, requests per narration
    ["free", 2, 1, 2],
    ["starter", 3, 1, 3],
    ["creator", 5, 1, 5],
    ["pro", 10, 2, 5],
    ["scale", 15, 3, 5],
    ["business", 15, 3, 5],
  ];
  for (const [plan, limit, jobs, requests] of expected) {
    it(`${plan}: ${limit} concurrent requests -> ${jobs} narration(s) at once x ${requests} requests`, () => {
      assert.ok(isElevenLabsPlan(plan));
      assert.equal(ELEVENLABS_PLANS[plan as keyof typeof ELEVENLABS_PLANS].ttsConcurrency, limit);
      assert.deepEqual(narrationCapacity(plan as keyof typeof ELEVENLABS_PLANS), { jobsAtOnce: jobs, requestsPerJob: requests });
    });
  }

  it("never lets the narrations together exceed the plan's concurrency", () => {
    for (const plan of ELEVENLABS_PLAN_NAMES) {
      const { jobsAtOnce, requestsPerJob } = narrationCapacity(plan);
      assert.ok(jobsAtOnce * requestsPerJob <= ELEVENLABS_PLANS[plan].ttsConcurrency, plan);
      assert.ok(jobsAtOnce >= 1 && requestsPerJob >= 1, plan);
    }
  });

  it("knows only real plan names", () => {
    for (const name of ["enterprise", "Creator", "", "constructor", "__proto__", undefined, 5]) assert.equal(isElevenLabsPlan(name), false, String(name));
  });
});
