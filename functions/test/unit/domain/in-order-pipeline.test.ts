import assert from "node:assert/strict";
import { runInOrder } from "../../../src/domain/in-order-pipeline";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records what a pipeline run did: order of consumption, peak productions at once, peak items held. */
async function observe(count: number, concurrency: number, window: number, delays: (i: number) => number, failAt?: number) {
  let inFlight = 0;
  let peakInFlight = 0;
  let held = 0;
  let peakHeld = 0;
  const started: number[] = [];
  const consumed: number[] = [];
  const run = runInOrder({
    count,
    concurrency,
    window,
    produce: async (i) => {
      started.push(i);
      inFlight++;
      held++;
      peakInFlight = Math.max(peakInFlight, inFlight);
      peakHeld = Math.max(peakHeld, held);
      await sleep(delays(i));
      inFlight--;
      if (i === failAt) throw new Error(`chunk ${i} failed`);
      return `item ${i}`;
    },
    consume: async (item, i) => {
      assert.equal(item, `item ${i}`);
      await sleep(1);
      held--;
      consumed.push(i);
    },
  });
  return { run, result: () => ({ started, consumed, peakInFlight, peakHeld }) };
}

describe("domain/in-order-pipeline runInOrder", () => {
  it("consumes every item in order although later ones finish first", async () => {
    const { run, result } = await observe(12, 4, 5, (i) => (i % 3 === 0 ? 15 : 1));
    await run;
    assert.deepEqual(result().consumed, [...Array(12).keys()]);
  });

  it("never runs more productions at once than the concurrency", async () => {
    const { run, result } = await observe(30, 3, 4, (i) => 2 + (i % 4));
    await run;
    assert.equal(result().peakInFlight, 3);
  });

  it("holds at most `window` items waiting plus the one being consumed, whatever the count", async () => {
    // A slow first item: without the window every later item would be produced and held meanwhile.
    const { run, result } = await observe(50, 5, 6, (i) => (i === 0 ? 40 : 1));
    await run;
    assert.ok(result().peakHeld <= 6 + 1, `held ${result().peakHeld}`);
    assert.equal(result().consumed.length, 50);
  });

  it("treats a window smaller than the concurrency as the concurrency", async () => {
    const { run, result } = await observe(10, 4, 1, () => 5);
    await run;
    assert.equal(result().peakInFlight, 4);
  });

  it("rejects with the first failure, starts nothing after it and consumes nothing past it", async () => {
    const { run, result } = await observe(40, 3, 4, () => 2, 5);
    await assert.rejects(run, /chunk 5 failed/);
    const { started, consumed } = result();
    assert.deepEqual(consumed, [0, 1, 2, 3, 4]);
    assert.ok(Math.max(...started) <= 5 + 4, `started up to ${Math.max(...started)}`);
  });

  it("rejects when consuming fails and lets productions in flight settle first", async () => {
    let settled = 0;
    await assert.rejects(
      runInOrder({
        count: 8,
        concurrency: 3,
        window: 3,
        produce: async (i) => {
          await sleep(3);
          settled++;
          return i;
        },
        consume: async (i) => {
          if (i === 1) throw new Error("storage refused");
        },
      }),
      /storage refused/,
    );
    const afterReturn = settled;
    await sleep(10);
    assert.equal(settled, afterReturn, "nothing was still running after runInOrder returned");
  });

  it("does nothing for zero items", async () => {
    let calls = 0;
    await runInOrder({ count: 0, concurrency: 2, window: 2, produce: async () => calls++, consume: async () => undefined });
    assert.equal(calls, 0);
  });
});
