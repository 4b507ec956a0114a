import assert from "node:assert/strict";
import { ListRequest, PAGE_SIZE_DEFAULT } from "../../../src/contracts/pages";
import { PAGE_SIZE_DEFAULT as REPOSITORY_DEFAULT, decodeCursor } from "../../../src/repositories/pagination";

describe("cursor paging contract", function () {
  it("the repositories' default page size is the contract's", function () {
    assert.equal(REPOSITORY_DEFAULT, PAGE_SIZE_DEFAULT);
  });

  it("accepts page_size as a number or REST's text, within 1-200", function () {
    assert.equal(ListRequest.parse({ page_size: "20" }).page_size, 20);
    assert.equal(ListRequest.parse({ page_size: 200 }).page_size, 200);
    assert.equal(ListRequest.safeParse({ page_size: 0 }).success, false);
    assert.equal(ListRequest.safeParse({ page_size: "201" }).success, false);
    assert.equal(ListRequest.safeParse({ page_size: "ten" }).success, false);
  });

  it("refuses a cursor it did not issue, naming the field", function () {
    assert.equal(ListRequest.safeParse({ cursor: "a b" }).success, false);
    for (const cursor of ["bm90LWpzb24", Buffer.from(JSON.stringify({ s: 1, n: 0, id: "../x" })).toString("base64url")]) {
      assert.throws(() => decodeCursor(cursor), (e: { details?: { field: string }[] }) => e.details?.[0]?.field === "cursor");
    }
    assert.deepEqual(decodeCursor(Buffer.from(JSON.stringify({ s: 5, n: 7, id: "abc" })).toString("base64url")), { s: 5, n: 7, id: "abc" });
  });
});
