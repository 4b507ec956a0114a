import assert from "node:assert/strict";
import { runBounded } from "../../../src/domain/bounded";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("domain/bounded", () => {
  it("never has more than the limit in flight, and settles every item", async () => {
    let inFlight = 0;
    let peak = 0;
    const { settled, notStarted } = await runBounded([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(5);
      inFlight--;
      if (n === 4) throw new Error("four");
      return n * 2;
    });
    assert.equal(peak, 3);
    assert.equal(settled.length, 7);
    assert.deepEqual(notStarted, []);
    assert.deepEqual(settled.filter((s) => !s.ok).map((s) => s.item), [4]);
  });

  it("starts nothing after the deadline and says which items it left", async () => {
    let clock = 0;
    const { settled, notStarted } = await runBounded([1, 2, 3, 4], 1, async (n) => {
      clock += 10;
      return n;
    }, { deadlineMs: 20, now: () => clock });
    assert.deepEqual(settled.map((s) => s.item), [1, 2]);
    assert.deepEqual(notStarted, [3, 4]);
  });
});
