import assert from "node:assert/strict";
import { externalMemoryBudget } from "../../../src/services/heap";

describe("services/heap externalMemoryBudget", () => {
  it("collects once garbage Buffers pass the slack, and frees them", async () => {
    const budget = externalMemoryBudget(4 * 1024 * 1024);
    budget.settle(Number.MAX_SAFE_INTEGER);
    assert.equal(budget.collections, 0, "nothing to do while within budget");
    let garbage: Buffer[] | undefined = Array.from({ length: 8 }, () => Buffer.alloc(4 * 1024 * 1024, 1));
    const before = process.memoryUsage().arrayBuffers;
    assert.ok(before >= 32 * 1024 * 1024);
    garbage = undefined;
    void garbage;
    budget.settle(0);
    assert.equal(budget.collections, 1);
    // V8 releases the backing stores of collected ArrayBuffers on a background sweeper.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = process.memoryUsage().arrayBuffers;
    assert.ok(after < before - 24 * 1024 * 1024, `arrayBuffers ${before} -> ${after}`);
  });

  it("does not collect while the Buffers are still held", () => {
    const budget = externalMemoryBudget(1024 * 1024);
    const held = Array.from({ length: 4 }, () => Buffer.alloc(4 * 1024 * 1024, 2));
    budget.settle(process.memoryUsage().arrayBuffers);
    assert.equal(budget.collections, 0);
    assert.equal(held.length, 4);
  });
});
