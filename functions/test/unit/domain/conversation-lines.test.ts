import assert from "node:assert/strict";
import {
  busyMessage, CONNECT_GRACE_MS, conversationCheck, lineState, SIGNED_URL_VALID_MS, unclaimedLines, UNBOUND_CLAIM_GRACE_MS,
} from "../../../src/domain/conversation-lines";

const NOW = 1_800_000_000_000;
const token = (line: string, sessionId: string | null, claimedAgoMs = 0) => ({ line, sessionId, claimedAtMs: NOW - claimedAgoMs });
const holder = (status: string, startedAgoMs: number, maxDurationSeconds = 1_800) => ({ status, startedAtMs: NOW - startedAgoMs, maxDurationSeconds });

describe("domain/conversation-lines", () => {
  describe("unclaimedLines", () => {
    it("offers every line of the plan when none is held", () => {
      assert.deepEqual(unclaimedLines(4, [], () => 0.999).sort(), ["0", "1", "2", "3"]);
    });

    it("leaves out the held lines", () => {
      assert.deepEqual(unclaimedLines(4, [token("1", "s1"), token("3", null)]).sort(), ["0", "2"]);
    });

    it("offers nothing when every line is held", () => {
      assert.deepEqual(unclaimedLines(2, [token("0", "a"), token("1", "b")]), []);
    });

    it("shuffles, so concurrent starts try different lines first", () => {
      const orders = new Set([0.1, 0.5, 0.9].map((r) => unclaimedLines(5, [], () => r).join(",")));
      assert.ok(orders.size > 1);
    });
  });

  describe("lineState", () => {
    const cases: [string, ReturnType<typeof token>, ReturnType<typeof holder> | undefined, string][] = [
      ["a fresh claim not yet tied to a session", token("0", null, 5_000), undefined, "held"],
      ["a claim whose start crashed", token("0", null, UNBOUND_CLAIM_GRACE_MS + 1), undefined, "free"],
      ["a line whose session is gone", token("0", "s"), undefined, "free"],
      ["a line whose session ended", token("0", "s"), holder("ended", 10_000), "free"],
      ["a line whose session never connected", token("0", "s"), holder("not_connected", 10_000), "free"],
      ["a session that just started", token("0", "s"), holder("active", 10_000), "held"],
      ["a session old enough to have connected", token("0", "s"), holder("active", CONNECT_GRACE_MS + 1), "ask"],
      ["a session past its URL validity and maximum duration", token("0", "s"), holder("active", SIGNED_URL_VALID_MS + 1_800_000 + 1), "free"],
      ["a long call still inside its maximum duration", token("0", "s"), holder("active", SIGNED_URL_VALID_MS + 1_000_000), "ask"],
    ];
    for (const [label, t, h, expected] of cases) {
      it(`${expected}: ${label}`, () => {
        assert.equal(lineState(t, h, NOW), expected);
      });
    }
  });

  describe("conversationCheck", () => {
    const cases: [string | null, string][] = [
      [null, "not_connected"],
      ["done", "ended"],
      ["failed", "ended"],
      ["processing", "ended"],
      ["in-progress", "open"],
      ["initiated", "open"],
    ];
    for (const [status, expected] of cases) {
      it(`reads ${JSON.stringify(status)} as ${expected}`, () => {
        assert.equal(conversationCheck(status), expected);
      });
    }
  });

  it("says how many lines the plan has and what to do", () => {
    assert.equal(
      busyMessage(10, "creator"),
      "All 10 conversation lines of the clinic's ElevenLabs plan (creator) are in use right now. Please try again in a few minutes.",
    );
  });
});
