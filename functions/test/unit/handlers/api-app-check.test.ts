// The REST API refuses a request without a valid App Check token when APP_CHECK_ENFORCED is on,
// exactly like the callables, before it looks at the ID token or does any I/O.
import assert from "node:assert/strict";
import type { Request } from "firebase-functions/v2/https";
import type { Response } from "express";
import { handleApiRequest } from "../../../src/handlers/api";

function fakeRequest(method: string, path: string, headers: Record<string, string>): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method,
    path,
    query: {},
    body: {},
    get: (name: string) => lower[name.toLowerCase()],
    is: (type: string) => (lower["content-type"] ?? "").includes(type.replace("application/", "")),
  } as unknown as Request;
}

function fakeResponse() {
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    set: () => res,
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
      return res;
    },
    end: () => res,
    headersSent: false,
  };
  return { res: res as unknown as Response, sent };
}

describe("REST App Check (offline)", () => {
  const previous = process.env.APP_CHECK_ENFORCED;
  before(() => {
    process.env.APP_CHECK_ENFORCED = "true";
    process.env.CORS_ALLOWED_ORIGINS = "";
  });
  after(() => {
    process.env.APP_CHECK_ENFORCED = previous;
  });

  it("answers a route without X-Firebase-AppCheck with 401, naming App Check", async () => {
    const { res, sent } = fakeResponse();
    await handleApiRequest(fakeRequest("GET", "/api/dashboard", { authorization: "Bearer anything" }), res);
    assert.equal(sent.status, 401);
    assert.match(JSON.stringify(sent.body), /App Check/);
  });

  it("answers the audio route without a signed link and without App Check with 401", async () => {
    const { res, sent } = fakeResponse();
    await handleApiRequest(fakeRequest("GET", "/api/audio/abc/content", { authorization: "Bearer anything" }), res);
    assert.equal(sent.status, 401);
    assert.match(JSON.stringify(sent.body), /App Check/);
  });
});
