import assert from "node:assert/strict";
import { corsHeaders } from "../../../src/handlers/api";

describe("REST CORS allowlist", () => {
  const allowlist = "https://clinic.example, http://localhost:5173";

  it("gives an allowlisted origin its own origin back, never a wildcard", () => {
    assert.equal(corsHeaders("https://clinic.example", allowlist)?.["Access-Control-Allow-Origin"], "https://clinic.example");
    assert.equal(corsHeaders("http://localhost:5173", allowlist)?.Vary, "Origin");
  });

  it("gives any other origin no CORS headers", () => {
    assert.equal(corsHeaders("https://evil.example", allowlist), undefined);
    assert.equal(corsHeaders("https://clinic.example.evil", allowlist), undefined);
  });

  it("gives requests without an Origin, and an empty allowlist, no CORS headers", () => {
    assert.equal(corsHeaders(undefined, allowlist), undefined);
    assert.equal(corsHeaders("https://clinic.example", ""), undefined);
  });
});
