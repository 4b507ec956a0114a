import assert from "node:assert/strict";
import { checkKnowledgeBudget, ELEVENLABS_PLANS, knowledgeSize, PLAN_LIMITS, planLimits } from "../../../src/domain/elevenlabs-plans";

describe("domain/elevenlabs-plans", () => {
  it("knows every plan, with creator as the default", () => {
    assert.deepEqual([...ELEVENLABS_PLANS], ["free", "starter", "creator", "pro", "scale", "business", "enterprise"]);
    assert.equal(planLimits("").plan, "creator");
    assert.equal(planLimits("  Pro ").plan, "pro");
  });

  it("refuses an unknown plan name, naming the accepted ones", () => {
    assert.throws(() => planLimits("gold"), /ELEVENLABS_PLAN must be one of free, starter, creator, pro, scale, business, enterprise \(got "gold"\)/);
  });

  const concurrency: [string, number | null][] = [["free", 4], ["starter", 6], ["creator", 10], ["pro", 20], ["scale", 30], ["business", 30], ["enterprise", null]];
  for (const [plan, lines] of concurrency) {
    it(`allows ${lines ?? "unlimited"} open conversations on ${plan}`, () => {
      assert.equal(planLimits(plan).conversationConcurrency, lines);
    });
  }

  it("caps every non-enterprise knowledge base at 300,000 characters or 20 MB", () => {
    for (const plan of ELEVENLABS_PLANS.filter((p) => p !== "enterprise")) {
      assert.equal(PLAN_LIMITS[plan].knowledgeCharacters, 300_000);
      assert.equal(PLAN_LIMITS[plan].knowledgeBytes, 20 * 1024 * 1024);
    }
    assert.equal(PLAN_LIMITS.enterprise.knowledgeCharacters, null);
  });

  it("grows the RAG storage with the plan: 1 MB on free, 20 MB on creator", () => {
    assert.equal(PLAN_LIMITS.free.ragIndexBytes, 1024 * 1024);
    assert.equal(PLAN_LIMITS.creator.ragIndexBytes, 20 * 1024 * 1024);
  });

  describe("knowledgeSize", () => {
    it("counts code points and UTF-8 bytes, as ElevenLabs does", () => {
      assert.deepEqual(knowledgeSize("abc"), { characters: 3, bytes: 3 });
      assert.deepEqual(knowledgeSize("día"), { characters: 3, bytes: 4 });
      assert.deepEqual(knowledgeSize("🦵"), { characters: 1, bytes: 4 });
    });
  });

  describe("checkKnowledgeBudget", () => {
    const creator = planLimits("creator");

    it("lets a document in that fits exactly", () => {
      const check = checkKnowledgeBudget(creator, { characters: 200_000, bytes: 200_000 }, { characters: 100_000, bytes: 100_000 });
      assert.deepEqual(check, { fits: true, remaining: { characters: 100_000, bytes: 20 * 1024 * 1024 - 200_000 } });
    });

    it("refuses one character too many, naming what is left of the workspace", () => {
      const check = checkKnowledgeBudget(creator, { characters: 200_000, bytes: 200_000 }, { characters: 100_001, bytes: 100_001 });
      assert.equal(check.fits, false);
      if (check.fits) return;
      assert.equal(check.limit, "characters");
      assert.equal(check.remaining.characters, 100_000);
      assert.match(check.message, /^is 100,001 characters, but the clinic's ElevenLabs knowledge base has 100,000 of its 300,000 characters left \(the creator plan, shared by every doctor\)/);
    });

    it("refuses on bytes when the characters fit but the size does not", () => {
      const used = { characters: 10, bytes: 20 * 1024 * 1024 - 5 };
      const check = checkKnowledgeBudget(creator, used, { characters: 3, bytes: 9 });
      assert.equal(check.fits, false);
      if (!check.fits) {
        assert.equal(check.limit, "bytes");
        assert.match(check.message, /has 5 of its 20,971,520 bytes left/);
      }
    });

    it("never reports a negative remainder when the workspace is already over", () => {
      const check = checkKnowledgeBudget(creator, { characters: 310_000, bytes: 310_000 }, { characters: 1, bytes: 1 });
      assert.equal(check.fits, false);
      assert.equal(check.remaining.characters, 0);
    });

    it("counts what a replaced version gives back", () => {
      const check = checkKnowledgeBudget(creator, { characters: 300_000, bytes: 300_000 }, { characters: 50_000, bytes: 50_000 }, { characters: 50_000, bytes: 50_000 });
      assert.equal(check.fits, true);
    });

    it("lets anything in on enterprise", () => {
      const check = checkKnowledgeBudget(planLimits("enterprise"), { characters: 10_000_000, bytes: 10_000_000 }, { characters: 1_000_000, bytes: 1_000_000 });
      assert.deepEqual(check, { fits: true, remaining: { characters: null, bytes: null } });
    });
  });
});
